import CKernels

/// RAdam (PyTorch's `torch.optim.RAdam`): Adam whose adaptive step is switched on, and rectified,
/// once the variance of the second moment can be estimated.
///
///     g  ← -∇θ if maximize else ∇θ
///     g  ← g + weight_decay · θ              (decoupled_weight_decay: θ ← θ (1 - lr · weight_decay))
///     m  ← β₁ m + (1 - β₁) g
///     v  ← β₂ v + (1 - β₂) g²
///     m̂  ← m / (1 - β₁ᵗ)
///     ρ∞ ← 2 / (1 - β₂) - 1,  ρₜ ← ρ∞ - 2t β₂ᵗ / (1 - β₂ᵗ)
///     if ρₜ > 5:  r ← √((ρₜ - 4)(ρₜ - 2) ρ∞ / ((ρ∞ - 4)(ρ∞ - 2) ρₜ))
///                 θ ← θ - m̂ · lr · √(1 - β₂ᵗ) / (√v + eps) · r
///     else:       θ ← θ - m̂ · lr                     (plain momentum)
///
/// - Parameters:
///   - lr: learning rate (default: 1e-3)
///   - betas: coefficients of the running averages (default: (0.9, 0.999))
///   - eps: term added to the denominator (default: 1e-8)
///   - weight_decay: weight decay, L2 in the gradient unless decoupled (default: 0)
///   - decoupled_weight_decay: decay the weights directly, as AdamW does (default: false)
///   - maximize: maximize the objective instead of minimizing it (default: false)
///
/// Usage:
///
///     let radam = try OptimizerSpec.radam(lr: 0.01).make(parameters: net.parameters)
///     // run file: optimizer: {name: radam, lr: 0.01}
public final class RAdam: Optimizer {
    public static let declaration = Declaration<OptimizerBuilder>(
        "radam", torch: "torch.optim.RAdam",
        [
            .number("lr", 1e-3, .positive), .pair("betas", 0.9, 0.999, .unitHalfOpen), .number("eps", 1e-8),
            .number("weight_decay", 0), .flag("decoupled_weight_decay"), .maximize
        ],
        build: { o in { try RAdam(parameters: $0, options: o) } })

    public let beta1: Double, beta2: Double, eps: Double, weightDecay: Double, decoupledWeightDecay: Bool,
        maximize: Bool

    init(parameters: [Parameter], options o: OptionValues) throws {
        (beta1, beta2) = o.pair("betas")
        eps = o.double("eps")
        weightDecay = o.double("weight_decay")
        decoupledWeightDecay = o.bool("decoupled_weight_decay")
        maximize = o.bool("maximize")
        try super.init(parameters: parameters, lr: o.double("lr"))
    }

    // state: exp_avg, exp_avg_sq
    public override var stateCount: Int { 2 }

    /// ρₜ, the length of the approximated simple moving average at step t; the adaptive step is
    /// used from the first step where it exceeds 5.
    public func rho(step: Int) -> Double {
        let t = Double(step)
        let rhoInf = 2 / (1 - beta2) - 1
        return rhoInf - 2 * t * _pow(beta2, t) / (1 - _pow(beta2, t))
    }

    public override func update(
        value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
        state: [UnsafeMutablePointer<Float>], count: Int, step: Int
    ) {
        let t = Double(step)
        let bc1 = 1 - _pow(beta1, t)
        let bc2 = 1 - _pow(beta2, t)
        let rhoInf = 2 / (1 - beta2) - 1
        let rhoT = rho(step: step)
        let rectify = rhoT > 5
        let rect = rectify ? _pow((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT), 0.5) : 0
        let decayMode =
            weightDecay == 0
            ? Int32(NN_DECAY_NONE) : decoupledWeightDecay ? Int32(NN_DECAY_DECOUPLED) : Int32(NN_DECAY_L2)
        nn_radam_update(
            value, grad, state[0], state[1], count, Float(1 - beta1), Float(beta2), Float(1 - beta2), Float(bc1),
            Float(lr), rectify ? 1 : 0, Float(_pow(bc2, 0.5)), Float(rect), Float(eps), Float(weightDecay),
            Float(1 - lr * weightDecay), decayMode, maximize ? 1 : 0)
    }
}

extension OptimizerSpec {
    /// `torch.optim.RAdam`; an option left out takes PyTorch's default.
    public static func radam(
        lr: Double? = nil, beta1: Double? = nil, beta2: Double? = nil, eps: Double? = nil,
        weightDecay: Double? = nil, decoupledWeightDecay: Bool? = nil, maximize: Bool? = nil
    ) -> OptimizerSpec {
        make(
            RAdam.declaration,
            [
                "lr": lr.option, "betas": pairOption(beta1, beta2, default: .pair(0.9, 0.999)), "eps": eps.option,
                "weight_decay": weightDecay.option, "decoupled_weight_decay": decoupledWeightDecay.option,
                "maximize": maximize.option
            ])
    }
}
