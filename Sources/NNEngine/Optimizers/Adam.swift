import CKernels

/// Adam (PyTorch's `torch.optim.Adam`); `AdamW` is the same update with decoupled decay.
///
///     g ← ∇θ + weight_decay · θ                  (L2 in the gradient; AdamW: θ ← θ (1 - lr · weight_decay))
///     m ← β₁ m + (1 - β₁) g
///     v ← β₂ v + (1 - β₂) g²
///     v̂ ← max(v̂, v) if amsgrad else v
///     θ ← θ - (lr / (1 - β₁ᵗ)) · m / (√v̂ / √(1 - β₂ᵗ) + eps)
///
/// - Parameters:
///   - lr: learning rate (default: 1e-3)
///   - betas: coefficients of the running averages (default: (0.9, 0.999))
///   - eps: term added to the denominator (default: 1e-8)
///   - weightDecay: L2 penalty added to the gradient (default: 0)
///   - amsgrad: use the maximum of past second moments (default: false)
///   - decoupled: decoupled weight decay, as AdamW applies it (default: false)
public class Adam: Optimizer {
    public private(set) var beta1: Double
    public let beta2: Double, eps: Double, weightDecay: Double, amsgrad: Bool, decoupled: Bool

    public init(parameters: [Parameter], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8,
                weightDecay: Double = 0, amsgrad: Bool = false, decoupled: Bool = false) throws {
        guard (0..<1).contains(betas.0) else { throw EngineError("betas[0] must be in [0, 1), got \(betas.0)") }
        guard (0..<1).contains(betas.1) else { throw EngineError("betas[1] must be in [0, 1), got \(betas.1)") }
        guard eps >= 0 else { throw EngineError("eps must be >= 0, got \(eps)") }
        guard weightDecay >= 0 else { throw EngineError("weight_decay must be >= 0, got \(weightDecay)") }
        beta1 = betas.0
        beta2 = betas.1
        self.eps = eps
        self.weightDecay = weightDecay
        self.amsgrad = amsgrad
        self.decoupled = decoupled
        try super.init(parameters: parameters, lr: lr)
    }

    public override var momentumForCycling: Double? {
        get { beta1 }
        set { if let b = newValue { beta1 = b } }
    }

    // state: exp_avg, exp_avg_sq, max_exp_avg_sq
    public override var stateCount: Int { amsgrad ? 3 : 2 }

    public override func update(value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
                                state: [UnsafeMutablePointer<Float>], count: Int, step: Int) {
        let t = Double(step)
        let bc1 = 1 - _pow(beta1, t), bc2 = 1 - _pow(beta2, t)
        let minusStepSize = Float(-(lr / bc1)), bc2Sqrt = Float(bc2.squareRoot())
        let w1 = Float(1 - beta1), b2 = Float(beta2), w2 = Float(1 - beta2), e = Float(eps)
        let wd = Float(weightDecay), decay = Float(1 - lr * weightDecay)
        let decayMode = weightDecay == 0 ? Int32(NN_DECAY_NONE) : decoupled ? Int32(NN_DECAY_DECOUPLED) : Int32(NN_DECAY_L2)
        nn_adam_update(value, grad, state[0], state[1], amsgrad ? state[2] : nil, count, minusStepSize, bc2Sqrt, w1, b2, w2, e,
                       wd, decay, decayMode, amsgrad ? 1 : 0)
    }
}
