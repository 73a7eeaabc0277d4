import CKernels

/// Averaged SGD (PyTorch's `torch.optim.ASGD`).
///
///     g  ← -∇θ if maximize else ∇θ
///     g  ← g + weight_decay · θ
///     θ  ← θ (1 - λ ηₜ) - ηₜ g
///     θ̄  ← θ̄ + μₜ (θ - θ̄)   (θ̄ ← θ while μₜ = 1)
///     ηₜ₊₁ ← lr / (1 + λ · lr · t)^α,   μₜ₊₁ ← 1 / max(1, t - t0)      (η₁ = lr, μ₁ = 1; both float32)
///
/// As in PyTorch, training and evaluation use the raw parameters θ: the average θ̄ (PyTorch's
/// `ax`) is only kept, in `average(ofParameter:)`, and is never swapped in.
///
/// - Parameters:
///   - lr: learning rate (default: 1e-2)
///   - lambd: decay term λ (default: 1e-4)
///   - alpha: power α of the η update (default: 0.75)
///   - t0: step from which averaging starts (default: 1e6)
///   - weight_decay: L2 penalty added to the gradient (default: 0)
///   - maximize: maximize the objective instead of minimizing it (default: false)
///
/// Usage:
///
///     let asgd = try OptimizerSpec.asgd(lr: 0.05, t0: 100).make(parameters: net.parameters)
///     // run file: optimizer: {name: asgd, lr: 0.05, t0: 100}
public final class ASGD: Optimizer {
    public static let declaration = Declaration<OptimizerBuilder>(
        "asgd", torch: "torch.optim.ASGD",
        [
            .number("lr", 1e-2, .positive), .number("lambd", 1e-4), .number("alpha", 0.75), .number("t0", 1e6, .any),
            .number("weight_decay", 0), .maximize
        ],
        build: { o in { try ASGD(parameters: $0, options: o) } })

    public let lambd: Double, alpha: Double, t0: Double, weightDecay: Double, maximize: Bool
    /// ηₜ and μₜ of the current step, and the lr of the previous one (ηₜ₊₁ is formed with it).
    private var eta: Float = 0, mu: Float = 1, previousLR = 0.0

    init(parameters: [Parameter], options o: OptionValues) throws {
        lambd = o.double("lambd")
        alpha = o.double("alpha")
        t0 = o.double("t0")
        weightDecay = o.double("weight_decay")
        maximize = o.bool("maximize")
        try super.init(parameters: parameters, lr: o.double("lr"))
    }

    // state: ax
    public override var stateCount: Int { 1 }

    public override var scalarState: [Double] {
        get { [Double(eta), Double(mu), previousLR] }
        set {
            eta = Float(newValue[0])
            mu = Float(newValue[1])
            previousLR = newValue[2]
        }
    }

    /// θ̄, the running average of parameter `index` (zeros before the first step).
    public func average(ofParameter index: Int) -> Tensor? { state(ofParameter: index).first }

    public override func prepare(step: Int) {
        if step == 1 {
            eta = Float(lr)
            mu = 1
        } else {
            // PyTorch forms these at the end of the previous step, with that step's lr.
            let t = Double(step - 1)
            eta = Float(previousLR / _pow(1 + lambd * previousLR * t, alpha))
            mu = Float(1 / max(1, t - t0))
        }
        previousLR = lr
    }

    public override func update(
        value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
        state: [UnsafeMutablePointer<Float>], count: Int, step: Int
    ) {
        let e = Double(eta)
        nn_asgd_update(
            value, grad, state[0], count, Float(1 - lambd * e), Float(-e), mu, mu != 1 ? 1 : 0, Float(weightDecay),
            weightDecay != 0 ? 1 : 0, maximize ? 1 : 0)
    }
}

extension OptimizerSpec {
    /// `torch.optim.ASGD`; an option left out takes PyTorch's default.
    public static func asgd(
        lr: Double? = nil, lambd: Double? = nil, alpha: Double? = nil, t0: Double? = nil,
        weightDecay: Double? = nil, maximize: Bool? = nil
    ) -> OptimizerSpec {
        make(
            ASGD.declaration,
            [
                "lr": lr.option, "lambd": lambd.option, "alpha": alpha.option, "t0": t0.option,
                "weight_decay": weightDecay.option, "maximize": maximize.option
            ])
    }
}
