import CKernels

/// RMSprop (PyTorch's `torch.optim.RMSprop`).
///
///     g ← ∇θ + weight_decay · θ
///     v ← α v + (1 - α) g²
///     if centered: ḡ ← α ḡ + (1 - α) g,  a ← √(v - ḡ²) + eps   else a ← √v + eps
///     if momentum > 0: b ← momentum · b + g / a,  θ ← θ - lr · b
///     else θ ← θ - lr · g / a
///
/// - Parameters:
///   - lr: learning rate (default: 1e-2)
///   - alpha: smoothing constant (default: 0.99)
///   - eps: term added to the denominator (default: 1e-8)
///   - weightDecay: L2 penalty added to the gradient (default: 0)
///   - momentum: momentum factor (default: 0)
///   - centered: normalise by an estimate of the gradient's variance (default: false)
public final class RMSprop: Optimizer {
    public private(set) var momentum: Double
    public let alpha: Double, eps: Double, weightDecay: Double, centered: Bool

    public init(parameters: [Parameter], lr: Double = 1e-2, alpha: Double = 0.99, eps: Double = 1e-8,
                weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false) throws {
        guard alpha >= 0 else { throw EngineError("alpha must be >= 0, got \(alpha)") }
        guard eps >= 0 else { throw EngineError("eps must be >= 0, got \(eps)") }
        guard weightDecay >= 0 else { throw EngineError("weight_decay must be >= 0, got \(weightDecay)") }
        guard momentum >= 0 else { throw EngineError("momentum must be >= 0, got \(momentum)") }
        self.alpha = alpha
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
        try super.init(parameters: parameters, lr: lr)
    }

    public override var momentumForCycling: Double? {
        get { momentum }
        set { if let m = newValue { momentum = m } }
    }

    // state: square_avg, momentum_buffer, grad_avg
    public override var stateCount: Int { 3 }

    public override func update(value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
                                state: [UnsafeMutablePointer<Float>], count: Int, step: Int) {
        let a = Float(alpha), oneMinusA = Float(1 - alpha), e = Float(eps), wd = Float(weightDecay)
        let mu = Float(momentum), minusLr = Float(-lr)
        nn_rmsprop_update(value, grad, state[0], state[1], state[2], count, a, oneMinusA, e, wd, weightDecay != 0 ? 1 : 0, mu, minusLr,
                          centered ? 1 : 0)
    }
}
