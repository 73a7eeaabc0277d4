import CKernels

/// Adam (PyTorch's `torch.optim.Adam`); `AdamW` is the same update with decoupled decay.
///
///     g ← -∇θ if maximize else ∇θ
///     g ← g + weight_decay · θ                   (L2 in the gradient; AdamW: θ ← θ (1 - lr · weight_decay))
///     m ← β₁ m + (1 - β₁) g
///     v ← β₂ v + (1 - β₂) g²
///     v̂ ← max(v̂, v) if amsgrad else v
///     θ ← θ - (lr / (1 - β₁ᵗ)) · m / (√v̂ / √(1 - β₂ᵗ) + eps)
///
/// - Parameters:
///   - lr: learning rate (default: 1e-3)
///   - betas: coefficients of the running averages (default: (0.9, 0.999))
///   - eps: term added to the denominator (default: 1e-8)
///   - weight_decay: L2 penalty added to the gradient (default: 0)
///   - amsgrad: use the maximum of past second moments (default: false)
///   - maximize: maximize the objective instead of minimizing it (default: false)
///
/// Usage:
///
///     let adam = try OptimizerSpec.adam(lr: 0.01, beta1: 0.8).make(parameters: net.parameters)
///     // run file: optimizer: {name: adam, lr: 0.01, betas: [0.8, 0.999]}
public class Adam: Optimizer {
    public class var declaration: Declaration<OptimizerBuilder> { adamDeclaration }

    /// Adam's and AdamW's options, which differ only in weight_decay's default.
    static func options(weightDecay: Double) -> [DeclaredOption] {
        [
            .number("lr", 1e-3, .positive), .pair("betas", 0.9, 0.999, .unitHalfOpen), .number("eps", 1e-8),
            .number("weight_decay", weightDecay), .flag("amsgrad"), .maximize
        ]
    }

    public private(set) var beta1: Double
    public let beta2: Double, eps: Double, weightDecay: Double, amsgrad: Bool, maximize: Bool
    /// Decoupled weight decay, as AdamW applies it.
    public let decoupled: Bool

    init(parameters: [Parameter], options o: OptionValues, decoupled: Bool) throws {
        (beta1, beta2) = o.pair("betas")
        eps = o.double("eps")
        weightDecay = o.double("weight_decay")
        amsgrad = o.bool("amsgrad")
        maximize = o.bool("maximize")
        self.decoupled = decoupled
        try super.init(parameters: parameters, lr: o.double("lr"))
    }

    public override var momentumForCycling: Double? {
        get { beta1 }
        set { if let b = newValue { beta1 = b } }
    }

    // state: exp_avg, exp_avg_sq, max_exp_avg_sq
    public override var stateCount: Int { amsgrad ? 3 : 2 }

    public override var scalarState: [Double] {
        get { [beta1] }
        set { beta1 = newValue[0] }
    }

    public override func update(
        value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
        state: [UnsafeMutablePointer<Float>], count: Int, step: Int
    ) {
        let t = Double(step)
        let bc1 = 1 - _pow(beta1, t)
        let bc2 = 1 - _pow(beta2, t)
        let minusStepSize = Float(-(lr / bc1))
        let bc2Sqrt = Float(bc2.squareRoot())
        let w1 = Float(1 - beta1)
        let b2 = Float(beta2)
        let w2 = Float(1 - beta2)
        let e = Float(eps)
        let wd = Float(weightDecay)
        let decay = Float(1 - lr * weightDecay)
        let decayMode =
            weightDecay == 0 ? Int32(NN_DECAY_NONE) : decoupled ? Int32(NN_DECAY_DECOUPLED) : Int32(NN_DECAY_L2)
        nn_adam_update(
            value, grad, state[0], state[1], amsgrad ? state[2] : nil, count, minusStepSize, bc2Sqrt, w1, b2, w2, e,
            wd, decay, decayMode, amsgrad ? 1 : 0, maximize ? 1 : 0)
    }
}

extension OptimizerSpec {
    /// `torch.optim.Adam`; an option left out takes PyTorch's default.
    public static func adam(
        lr: Double? = nil, beta1: Double? = nil, beta2: Double? = nil, eps: Double? = nil,
        weightDecay: Double? = nil, amsgrad: Bool? = nil, maximize: Bool? = nil
    ) -> OptimizerSpec {
        make(
            Adam.declaration,
            [
                "lr": lr.option, "betas": pairOption(beta1, beta2, default: .pair(0.9, 0.999)), "eps": eps.option,
                "weight_decay": weightDecay.option, "amsgrad": amsgrad.option, "maximize": maximize.option
            ])
    }
}

private let adamDeclaration = Declaration<OptimizerBuilder>(
    "adam", torch: "torch.optim.Adam", cycledMomentum: "betas", Adam.options(weightDecay: 0),
    build: { o in { try Adam(parameters: $0, options: o, decoupled: false) } })
