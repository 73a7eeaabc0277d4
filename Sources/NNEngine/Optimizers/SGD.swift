import CKernels

/// Stochastic gradient descent with momentum (PyTorch's `torch.optim.SGD`).
///
///     g ← ∇θ + weight_decay · θ
///     if momentum ≠ 0:
///         b ← g                                 (first step)
///         b ← momentum · b + (1 - dampening) · g (later steps)
///         g ← g + momentum · b if nesterov else b
///     θ ← θ - lr · g
///
/// Batch, stochastic and mini-batch gradient descent are this optimizer with a batch size of
/// the whole data, 1 or N.
///
/// - Parameters:
///   - lr: learning rate (default: 1e-3)
///   - momentum: momentum factor (default: 0)
///   - dampening: dampening for momentum (default: 0)
///   - weightDecay: L2 penalty added to the gradient (default: 0)
///   - nesterov: Nesterov momentum; needs momentum > 0 and dampening 0 (default: false)
public final class SGD: Optimizer {
    public private(set) var momentum: Double
    public let dampening: Double, weightDecay: Double, nesterov: Bool
    private var cycled = false

    public init(parameters: [Parameter], lr: Double = 1e-3, momentum: Double = 0, dampening: Double = 0,
                weightDecay: Double = 0, nesterov: Bool = false) throws {
        guard momentum >= 0 else { throw EngineError("momentum must be >= 0, got \(momentum)") }
        guard weightDecay >= 0 else { throw EngineError("weight_decay must be >= 0, got \(weightDecay)") }
        if nesterov && (momentum <= 0 || dampening != 0) {
            throw EngineError("nesterov needs momentum > 0 and dampening 0")
        }
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.nesterov = nesterov
        try super.init(parameters: parameters, lr: lr)
    }

    public override var stateCount: Int { momentum != 0 || cycled ? 1 : 0 }

    public override var momentumForCycling: Double? {
        get { momentum }
        set { if let m = newValue { momentum = m; cycled = true } }
    }

    public override func update(value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
                                state: [UnsafeMutablePointer<Float>], count: Int, step: Int) {
        nn_sgd_update(value, grad, momentum == 0 ? nil : state[0], count, Float(-lr), Float(weightDecay), weightDecay != 0 ? 1 : 0,
                      Float(momentum), Float(1 - dampening), step == 1 ? 1 : 0, nesterov ? 1 : 0)
    }
}
