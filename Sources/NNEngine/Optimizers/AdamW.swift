/// AdamW (PyTorch's `torch.optim.AdamW`): Adam with decoupled weight decay.
///
///     θ ← θ (1 - lr · weight_decay)              (before the update, not in the gradient)
///     m ← β₁ m + (1 - β₁) g
///     v ← β₂ v + (1 - β₂) g²
///     v̂ ← max(v̂, v) if amsgrad else v
///     θ ← θ - (lr / (1 - β₁ᵗ)) · m / (√v̂ / √(1 - β₂ᵗ) + eps)
///
/// - Parameters:
///   - lr: learning rate (default: 1e-3)
///   - betas: coefficients of the running averages (default: (0.9, 0.999))
///   - eps: term added to the denominator (default: 1e-8)
///   - weightDecay: decoupled weight decay (default: 1e-2)
///   - amsgrad: use the maximum of past second moments (default: false)
public final class AdamW: Adam {
    public init(parameters: [Parameter], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8,
                weightDecay: Double = 1e-2, amsgrad: Bool = false) throws {
        try super.init(parameters: parameters, lr: lr, betas: betas, eps: eps, weightDecay: weightDecay, amsgrad: amsgrad,
                       decoupled: true)
    }
}
