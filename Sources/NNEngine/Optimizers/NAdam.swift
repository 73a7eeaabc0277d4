import CKernels

/// NAdam (PyTorch's `torch.optim.NAdam`): Adam with Nesterov momentum.
///
///     g  ← -∇θ if maximize else ∇θ
///     g  ← g + weight_decay · θ              (decoupled_weight_decay: θ ← θ (1 - lr · weight_decay))
///     μₜ ← β₁ (1 - ½ · 0.96^(t · momentum_decay)),  μₜ₊₁ likewise
///     Πₜ ← Πₜ₋₁ · μₜ                          (mu_product, kept in float32 as PyTorch keeps it)
///     m  ← β₁ m + (1 - β₁) g
///     v  ← β₂ v + (1 - β₂) g²
///     d  ← √(v / (1 - β₂ᵗ)) + eps
///     θ  ← θ - lr (1 - μₜ) / (1 - Πₜ) · g / d - lr μₜ₊₁ / (1 - Πₜ μₜ₊₁) · m / d
///
/// - Parameters:
///   - lr: learning rate (default: 2e-3)
///   - betas: coefficients of the running averages (default: (0.9, 0.999))
///   - eps: term added to the denominator (default: 1e-8)
///   - weight_decay: weight decay, L2 in the gradient unless decoupled (default: 0)
///   - momentum_decay: decay of the momentum coefficient μₜ (default: 4e-3)
///   - decoupled_weight_decay: decay the weights directly, as AdamW does (default: false)
///   - maximize: maximize the objective instead of minimizing it (default: false)
///
/// Usage:
///
///     let nadam = try OptimizerSpec.nadam(weightDecay: 0.01, decoupledWeightDecay: true).make(parameters: net.parameters)
///     // run file: optimizer: {name: nadam, weight_decay: 0.01, decoupled_weight_decay: true}
public final class NAdam: Optimizer {
    public static let declaration = Declaration<OptimizerBuilder>(
        "nadam", torch: "torch.optim.NAdam",
        [
            .number("lr", 2e-3, .positive), .pair("betas", 0.9, 0.999, .unitHalfOpen), .number("eps", 1e-8),
            .number("weight_decay", 0), .number("momentum_decay", 4e-3), .flag("decoupled_weight_decay"), .maximize
        ],
        build: { o in { try NAdam(parameters: $0, options: o) } })

    public let beta1: Double, beta2: Double, eps: Double, weightDecay: Double, momentumDecay: Double
    public let decoupledWeightDecay: Bool, maximize: Bool
    /// Πₜ, the product of the momentum coefficients so far (float32, as PyTorch's state tensor).
    public private(set) var muProduct: Float = 1
    private var gradCoef: Float = 0, avgCoef: Float = 0

    init(parameters: [Parameter], options o: OptionValues) throws {
        (beta1, beta2) = o.pair("betas")
        eps = o.double("eps")
        weightDecay = o.double("weight_decay")
        momentumDecay = o.double("momentum_decay")
        decoupledWeightDecay = o.bool("decoupled_weight_decay")
        maximize = o.bool("maximize")
        try super.init(parameters: parameters, lr: o.double("lr"))
    }

    // state: exp_avg, exp_avg_sq
    public override var stateCount: Int { 2 }

    public override var scalarState: [Double] {
        get { [Double(muProduct), Double(gradCoef), Double(avgCoef)] }
        set {
            muProduct = Float(newValue[0])
            gradCoef = Float(newValue[1])
            avgCoef = Float(newValue[2])
        }
    }

    public override func prepare(step: Int) {
        let t = Double(step)
        let mu = beta1 * (1 - 0.5 * _pow(0.96, t * momentumDecay))
        let muNext = beta1 * (1 - 0.5 * _pow(0.96, (t + 1) * momentumDecay))
        muProduct = muProduct * Float(mu)
        let muProductNext = Double(muProduct) * muNext
        gradCoef = Float(-lr * (1 - mu) / (1 - Double(muProduct)))
        avgCoef = Float((-lr * muNext) / (1 - muProductNext))
    }

    public override func update(
        value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
        state: [UnsafeMutablePointer<Float>], count: Int, step: Int
    ) {
        let bc2 = 1 - _pow(beta2, Double(step))
        let decayMode =
            weightDecay == 0
            ? Int32(NN_DECAY_NONE) : decoupledWeightDecay ? Int32(NN_DECAY_DECOUPLED) : Int32(NN_DECAY_L2)
        nn_nadam_update(
            value, grad, state[0], state[1], count, Float(1 - beta1), Float(beta2), Float(1 - beta2), Float(bc2),
            Float(eps), Float(weightDecay), Float(1 - lr * weightDecay), decayMode, gradCoef, avgCoef, maximize ? 1 : 0)
    }
}

extension OptimizerSpec {
    /// `torch.optim.NAdam`; an option left out takes PyTorch's default.
    public static func nadam(
        lr: Double? = nil, beta1: Double? = nil, beta2: Double? = nil, eps: Double? = nil,
        weightDecay: Double? = nil, momentumDecay: Double? = nil, decoupledWeightDecay: Bool? = nil,
        maximize: Bool? = nil
    ) -> OptimizerSpec {
        make(
            NAdam.declaration,
            [
                "lr": lr.option, "betas": pairOption(beta1, beta2, default: .pair(0.9, 0.999)), "eps": eps.option,
                "weight_decay": weightDecay.option, "momentum_decay": momentumDecay.option,
                "decoupled_weight_decay": decoupledWeightDecay.option, "maximize": maximize.option
            ])
    }
}
