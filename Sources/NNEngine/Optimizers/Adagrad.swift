import CKernels

/// Adagrad (PyTorch's `torch.optim.Adagrad`).
///
///     g   ← -∇θ if maximize else ∇θ
///     clr ← lr / (1 + (t - 1) · lr_decay)
///     g   ← g + weight_decay · θ
///     s   ← s + g²                         (s starts at initial_accumulator_value)
///     θ   ← θ - clr · g / (√s + eps)
///
/// - Parameters:
///   - lr: learning rate (default: 1e-2)
///   - lr_decay: learning-rate decay per step (default: 0)
///   - weight_decay: L2 penalty added to the gradient (default: 0)
///   - initial_accumulator_value: starting value of the sum of squares (default: 0)
///   - eps: term added to the denominator (default: 1e-10)
///   - maximize: maximize the objective instead of minimizing it (default: false)
///
/// Usage:
///
///     let adagrad = try OptimizerSpec.adagrad(lr: 0.1, lrDecay: 0.01).make(parameters: net.parameters)
///     // run file: optimizer: {name: adagrad, lr: 0.1, lr_decay: 0.01}
public final class Adagrad: Optimizer {
    public static let declaration = Declaration<OptimizerBuilder>(
        "adagrad", torch: "torch.optim.Adagrad",
        [
            .number("lr", 1e-2, .positive), .number("lr_decay", 0), .number("weight_decay", 0),
            .number("initial_accumulator_value", 0), .number("eps", 1e-10), .maximize
        ],
        build: { o in { try Adagrad(parameters: $0, options: o) } })

    public let lrDecay: Double, weightDecay: Double, initialAccumulatorValue: Double, eps: Double, maximize: Bool

    init(parameters: [Parameter], options o: OptionValues) throws {
        lrDecay = o.double("lr_decay")
        weightDecay = o.double("weight_decay")
        initialAccumulatorValue = o.double("initial_accumulator_value")
        eps = o.double("eps")
        maximize = o.bool("maximize")
        try super.init(parameters: parameters, lr: o.double("lr"))
    }

    public override var stateCount: Int { 1 }
    public override func initialState(index: Int) -> Float { Float(initialAccumulatorValue) }

    public override func update(
        value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
        state: [UnsafeMutablePointer<Float>], count: Int, step: Int
    ) {
        let clr = lr / (1 + Double(step - 1) * lrDecay)
        let minusClr = Float(-clr)
        let wd = Float(weightDecay)
        let e = Float(eps)
        nn_adagrad_update(value, grad, state[0], count, minusClr, wd, weightDecay != 0 ? 1 : 0, e, maximize ? 1 : 0)
    }
}

extension OptimizerSpec {
    /// `torch.optim.Adagrad`; an option left out takes PyTorch's default.
    public static func adagrad(
        lr: Double? = nil, lrDecay: Double? = nil, weightDecay: Double? = nil,
        initialAccumulatorValue: Double? = nil, eps: Double? = nil, maximize: Bool? = nil
    ) -> OptimizerSpec {
        make(
            Adagrad.declaration,
            [
                "lr": lr.option, "lr_decay": lrDecay.option, "weight_decay": weightDecay.option,
                "initial_accumulator_value": initialAccumulatorValue.option, "eps": eps.option,
                "maximize": maximize.option
            ])
    }
}
