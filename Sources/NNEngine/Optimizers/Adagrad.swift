import CKernels

/// Adagrad (PyTorch's `torch.optim.Adagrad`).
///
///     clr ← lr / (1 + (t - 1) · lr_decay)
///     g   ← ∇θ + weight_decay · θ
///     s   ← s + g²                         (s starts at initial_accumulator_value)
///     θ   ← θ - clr · g / (√s + eps)
///
/// - Parameters:
///   - lr: learning rate (default: 1e-2)
///   - lrDecay: learning-rate decay per step (default: 0)
///   - weightDecay: L2 penalty added to the gradient (default: 0)
///   - initialAccumulatorValue: starting value of the sum of squares (default: 0)
///   - eps: term added to the denominator (default: 1e-10)
public final class Adagrad: Optimizer {
    public let lrDecay: Double, weightDecay: Double, initialAccumulatorValue: Double, eps: Double

    public init(parameters: [Parameter], lr: Double = 1e-2, lrDecay: Double = 0, weightDecay: Double = 0,
                initialAccumulatorValue: Double = 0, eps: Double = 1e-10) throws {
        guard lrDecay >= 0 else { throw EngineError("lr_decay must be >= 0, got \(lrDecay)") }
        guard weightDecay >= 0 else { throw EngineError("weight_decay must be >= 0, got \(weightDecay)") }
        guard initialAccumulatorValue >= 0 else {
            throw EngineError("initial_accumulator_value must be >= 0, got \(initialAccumulatorValue)")
        }
        guard eps >= 0 else { throw EngineError("eps must be >= 0, got \(eps)") }
        self.lrDecay = lrDecay
        self.weightDecay = weightDecay
        self.initialAccumulatorValue = initialAccumulatorValue
        self.eps = eps
        try super.init(parameters: parameters, lr: lr)
    }

    public override var stateCount: Int { 1 }
    public override func initialState(index: Int) -> Float { Float(initialAccumulatorValue) }

    public override func update(value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
                                state: [UnsafeMutablePointer<Float>], count: Int, step: Int) {
        let clr = lr / (1 + Double(step - 1) * lrDecay)
        let minusClr = Float(-clr), wd = Float(weightDecay), e = Float(eps)
        nn_adagrad_update(value, grad, state[0], count, minusClr, wd, weightDecay != 0 ? 1 : 0, e)
    }
}
