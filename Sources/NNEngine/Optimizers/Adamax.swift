import CKernels

/// Adamax (PyTorch's `torch.optim.Adamax`): Adam with the infinity norm in place of the second moment.
///
///     g ← -∇θ if maximize else ∇θ
///     g ← g + weight_decay · θ
///     m ← β₁ m + (1 - β₁) g
///     u ← max(β₂ u, |g| + eps)
///     θ ← θ - (lr / (1 - β₁ᵗ)) · m / u
///
/// - Parameters:
///   - lr: learning rate (default: 2e-3)
///   - betas: coefficients of the running average and of the infinity norm (default: (0.9, 0.999))
///   - eps: term added to |g| (default: 1e-8)
///   - weight_decay: L2 penalty added to the gradient (default: 0)
///   - maximize: maximize the objective instead of minimizing it (default: false)
///
/// Usage:
///
///     let adamax = try OptimizerSpec.adamax(lr: 0.002).make(parameters: net.parameters)
///     // run file: optimizer: {name: adamax, lr: 0.002, betas: [0.9, 0.999]}
public final class Adamax: Optimizer {
    public static let declaration = Declaration<OptimizerBuilder>(
        "adamax", torch: "torch.optim.Adamax",
        [
            .number("lr", 2e-3, .positive), .pair("betas", 0.9, 0.999, .unitHalfOpen), .number("eps", 1e-8),
            .number("weight_decay", 0), .maximize
        ],
        build: { o in { try Adamax(parameters: $0, options: o) } })

    public let beta1: Double, beta2: Double, eps: Double, weightDecay: Double, maximize: Bool

    init(parameters: [Parameter], options o: OptionValues) throws {
        (beta1, beta2) = o.pair("betas")
        eps = o.double("eps")
        weightDecay = o.double("weight_decay")
        maximize = o.bool("maximize")
        try super.init(parameters: parameters, lr: o.double("lr"))
    }

    // state: exp_avg, exp_inf
    public override var stateCount: Int { 2 }

    public override func update(
        value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
        state: [UnsafeMutablePointer<Float>], count: Int, step: Int
    ) {
        let clr = lr / (1 - _pow(beta1, Double(step)))
        nn_adamax_update(
            value, grad, state[0], state[1], count, Float(1 - beta1), Float(beta2), Float(eps), Float(weightDecay),
            weightDecay != 0 ? 1 : 0, Float(-clr), maximize ? 1 : 0)
    }
}

extension OptimizerSpec {
    /// `torch.optim.Adamax`; an option left out takes PyTorch's default.
    public static func adamax(
        lr: Double? = nil, beta1: Double? = nil, beta2: Double? = nil, eps: Double? = nil,
        weightDecay: Double? = nil, maximize: Bool? = nil
    ) -> OptimizerSpec {
        make(
            Adamax.declaration,
            [
                "lr": lr.option, "betas": pairOption(beta1, beta2, default: .pair(0.9, 0.999)), "eps": eps.option,
                "weight_decay": weightDecay.option, "maximize": maximize.option
            ])
    }
}
