import CKernels

/// Adadelta (PyTorch's `torch.optim.Adadelta`).
///
///     g ← -∇θ if maximize else ∇θ
///     g ← g + weight_decay · θ
///     v ← ρ v + (1 - ρ) g²
///     Δ ← √(u + eps) / √(v + eps) · g
///     u ← ρ u + (1 - ρ) Δ²
///     θ ← θ - lr · Δ
///
/// - Parameters:
///   - lr: coefficient that scales Δ before it is applied (default: 1.0)
///   - rho: coefficient of the running averages of g² and Δ² (default: 0.9)
///   - eps: term added inside the square roots (default: 1e-6)
///   - weight_decay: L2 penalty added to the gradient (default: 0)
///   - maximize: maximize the objective instead of minimizing it (default: false)
///
/// Usage:
///
///     let adadelta = try OptimizerSpec.adadelta(rho: 0.95).make(parameters: net.parameters)
///     // run file: optimizer: {name: adadelta, rho: 0.95}
public final class Adadelta: Optimizer {
    public static let declaration = Declaration<OptimizerBuilder>(
        "adadelta", torch: "torch.optim.Adadelta",
        [
            .number("lr", 1.0, .positive), .number("rho", 0.9, .unit), .number("eps", 1e-6),
            .number("weight_decay", 0),
            .maximize
        ],
        build: { o in { try Adadelta(parameters: $0, options: o) } })

    public let rho: Double, eps: Double, weightDecay: Double, maximize: Bool

    init(parameters: [Parameter], options o: OptionValues) throws {
        rho = o.double("rho")
        eps = o.double("eps")
        weightDecay = o.double("weight_decay")
        maximize = o.bool("maximize")
        try super.init(parameters: parameters, lr: o.double("lr"))
    }

    // state: square_avg, acc_delta
    public override var stateCount: Int { 2 }

    public override func update(
        value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
        state: [UnsafeMutablePointer<Float>], count: Int, step: Int
    ) {
        nn_adadelta_update(
            value, grad, state[0], state[1], count, Float(rho), Float(1 - rho), Float(eps), Float(weightDecay),
            weightDecay != 0 ? 1 : 0, Float(-lr), maximize ? 1 : 0)
    }
}

extension OptimizerSpec {
    /// `torch.optim.Adadelta`; an option left out takes PyTorch's default.
    public static func adadelta(
        lr: Double? = nil, rho: Double? = nil, eps: Double? = nil, weightDecay: Double? = nil,
        maximize: Bool? = nil
    ) -> OptimizerSpec {
        make(
            Adadelta.declaration,
            [
                "lr": lr.option, "rho": rho.option, "eps": eps.option, "weight_decay": weightDecay.option,
                "maximize": maximize.option
            ])
    }
}
