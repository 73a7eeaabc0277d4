import CKernels

/// Adam and AdamW (PyTorch's `torch.optim.Adam` and `torch.optim.AdamW`).
///
///     Adam:  g ← ∇θ + weight_decay · θ          (L2 in the gradient)
///     AdamW: θ ← θ (1 - lr · weight_decay)       (decoupled, before the update)
///     m ← β₁ m + (1 - β₁) g
///     v ← β₂ v + (1 - β₂) g²
///     v̂ ← max(v̂, v) if amsgrad else v
///     θ ← θ - (lr / (1 - β₁ᵗ)) · m / (√v̂ / √(1 - β₂ᵗ) + eps)
///
/// - Parameters:
///   - lr: learning rate (default: 1e-3)
///   - betas: coefficients of the running averages (default: (0.9, 0.999))
///   - eps: term added to the denominator (default: 1e-8)
///   - weightDecay: L2 penalty (Adam, default: 0) or decoupled decay (AdamW, default: 1e-2)
///   - amsgrad: use the maximum of past second moments (default: false)
///   - decoupled: AdamW's decoupled weight decay (default: false, i.e. Adam)
public final class Adam: Optimizer {
    public let beta1: Double, beta2: Double, eps: Double, weightDecay: Double, amsgrad: Bool, decoupled: Bool

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

    /// AdamW: Adam with decoupled weight decay (default weight_decay 1e-2).
    public static func adamW(parameters: [Parameter], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999),
                             eps: Double = 1e-8, weightDecay: Double = 1e-2, amsgrad: Bool = false) throws -> Adam {
        try Adam(parameters: parameters, lr: lr, betas: betas, eps: eps, weightDecay: weightDecay,
                 amsgrad: amsgrad, decoupled: true)
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
