/// AdamW (PyTorch's `torch.optim.AdamW`): Adam with decoupled weight decay.
///
///     g ← -∇θ if maximize else ∇θ
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
///   - weight_decay: decoupled weight decay (default: 1e-2)
///   - amsgrad: use the maximum of past second moments (default: false)
///   - maximize: maximize the objective instead of minimizing it (default: false)
///
/// Usage:
///
///     let adamw = try OptimizerSpec.adamw(lr: 1e-3, weightDecay: 0.1).make(parameters: net.parameters)
///     // run file: optimizer: {name: adamw, lr: 0.001, weight_decay: 0.1}
public final class AdamW: Adam {
    public override class var declaration: Declaration<OptimizerBuilder> { adamWDeclaration }
}

extension OptimizerSpec {
    /// `torch.optim.AdamW`; an option left out takes PyTorch's default.
    public static func adamw(
        lr: Double? = nil, beta1: Double? = nil, beta2: Double? = nil, eps: Double? = nil,
        weightDecay: Double? = nil, amsgrad: Bool? = nil, maximize: Bool? = nil
    ) -> OptimizerSpec {
        make(
            AdamW.declaration,
            [
                "lr": lr.option, "betas": pairOption(beta1, beta2, default: .pair(0.9, 0.999)), "eps": eps.option,
                "weight_decay": weightDecay.option, "amsgrad": amsgrad.option, "maximize": maximize.option
            ])
    }
}

private let adamWDeclaration = Declaration<OptimizerBuilder>(
    "adamw", torch: "torch.optim.AdamW", cycledMomentum: "betas", Adam.options(weightDecay: 1e-2),
    build: { o in { try AdamW(parameters: $0, options: o, decoupled: true) } })
