import CKernels

/// RMSprop (PyTorch's `torch.optim.RMSprop`).
///
///     g ← -∇θ if maximize else ∇θ
///     g ← g + weight_decay · θ
///     v ← α v + (1 - α) g²
///     if centered: ḡ ← α ḡ + (1 - α) g,  a ← √(v - ḡ²) + eps   else a ← √v + eps
///     if momentum > 0: b ← momentum · b + g / a,  θ ← θ - lr · b
///     else θ ← θ - lr · g / a
///
/// - Parameters:
///   - lr: learning rate (default: 1e-2)
///   - alpha: smoothing constant (default: 0.99)
///   - eps: term added to the denominator (default: 1e-8)
///   - weight_decay: L2 penalty added to the gradient (default: 0)
///   - momentum: momentum factor (default: 0)
///   - centered: normalise by an estimate of the gradient's variance (default: false)
///   - maximize: maximize the objective instead of minimizing it (default: false)
///
/// Usage:
///
///     let rms = try OptimizerSpec.rmsprop(lr: 0.01, momentum: 0.5, centered: true).make(parameters: net.parameters)
///     // run file: optimizer: {name: rmsprop, lr: 0.01, momentum: 0.5, centered: true}
public final class RMSprop: Optimizer {
    public static let declaration = Declaration<OptimizerBuilder>(
        "rmsprop", torch: "torch.optim.RMSprop", cycledMomentum: "momentum",
        [
            .number("lr", 1e-2, .positive), .number("alpha", 0.99), .number("eps", 1e-8), .number("weight_decay", 0),
            .number("momentum", 0), .flag("centered"), .maximize
        ],
        build: { o in { try RMSprop(parameters: $0, options: o) } })

    public private(set) var momentum: Double
    public let alpha: Double, eps: Double, weightDecay: Double, centered: Bool, maximize: Bool

    init(parameters: [Parameter], options o: OptionValues) throws {
        alpha = o.double("alpha")
        eps = o.double("eps")
        weightDecay = o.double("weight_decay")
        momentum = o.double("momentum")
        centered = o.bool("centered")
        maximize = o.bool("maximize")
        try super.init(parameters: parameters, lr: o.double("lr"))
    }

    public override var momentumForCycling: Double? {
        get { momentum }
        set { if let m = newValue { momentum = m } }
    }

    // state: square_avg, momentum_buffer, grad_avg
    public override var stateCount: Int { 3 }

    public override var scalarState: [Double] {
        get { [momentum] }
        set { momentum = newValue[0] }
    }

    public override func update(
        value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
        state: [UnsafeMutablePointer<Float>], count: Int, step: Int
    ) {
        let a = Float(alpha)
        let oneMinusA = Float(1 - alpha)
        let e = Float(eps)
        let wd = Float(weightDecay)
        let mu = Float(momentum)
        let minusLr = Float(-lr)
        nn_rmsprop_update(
            value, grad, state[0], state[1], state[2], count, a, oneMinusA, e, wd, weightDecay != 0 ? 1 : 0, mu,
            minusLr,
            centered ? 1 : 0, maximize ? 1 : 0)
    }
}

extension OptimizerSpec {
    /// `torch.optim.RMSprop`; an option left out takes PyTorch's default.
    public static func rmsprop(
        lr: Double? = nil, alpha: Double? = nil, eps: Double? = nil, weightDecay: Double? = nil,
        momentum: Double? = nil, centered: Bool? = nil, maximize: Bool? = nil
    ) -> OptimizerSpec {
        make(
            RMSprop.declaration,
            [
                "lr": lr.option, "alpha": alpha.option, "eps": eps.option, "weight_decay": weightDecay.option,
                "momentum": momentum.option, "centered": centered.option, "maximize": maximize.option
            ])
    }
}
