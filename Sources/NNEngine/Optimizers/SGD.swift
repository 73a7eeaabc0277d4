import CKernels

/// Stochastic gradient descent with momentum (PyTorch's `torch.optim.SGD`).
///
///     g ← -∇θ if maximize else ∇θ
///     g ← g + weight_decay · θ
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
///   - weight_decay: L2 penalty added to the gradient (default: 0)
///   - nesterov: Nesterov momentum; needs momentum > 0 and dampening 0 (default: false)
///   - maximize: maximize the objective instead of minimizing it (default: false)
///
/// Usage:
///
///     let sgd = try OptimizerSpec.sgd(lr: 0.1, momentum: 0.9, nesterov: true).make(parameters: net.parameters)
///     // run file: optimizer: {name: sgd, lr: 0.1, momentum: 0.9, nesterov: true}
public final class SGD: Optimizer {
    public static let declaration = Declaration<OptimizerBuilder>(
        "sgd", torch: "torch.optim.SGD", cycledMomentum: "momentum",
        [
            .number("lr", 1e-3, .positive), .number("momentum", 0), .number("dampening", 0), .number("weight_decay", 0),
            .flag("nesterov"), .maximize
        ],
        check: { o in
            o.bool("nesterov") && (o.double("momentum") <= 0 || o.double("dampening") != 0)
                ? OptionError(key: "nesterov", "nesterov needs momentum > 0 and dampening 0") : nil
        },
        build: { o in { try SGD(parameters: $0, options: o) } })

    public private(set) var momentum: Double
    public let dampening: Double, weightDecay: Double, nesterov: Bool, maximize: Bool
    private var cycled = false

    init(parameters: [Parameter], options o: OptionValues) throws {
        momentum = o.double("momentum")
        dampening = o.double("dampening")
        weightDecay = o.double("weight_decay")
        nesterov = o.bool("nesterov")
        maximize = o.bool("maximize")
        try super.init(parameters: parameters, lr: o.double("lr"))
    }

    public override var stateCount: Int { momentum != 0 || cycled ? 1 : 0 }

    public override var scalarState: [Double] {
        get { [momentum, cycled ? 1 : 0] }
        set {
            momentum = newValue[0]
            cycled = newValue[1] != 0
        }
    }

    public override var momentumForCycling: Double? {
        get { momentum }
        set {
            if let m = newValue {
                momentum = m
                cycled = true
            }
        }
    }

    public override func update(
        value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
        state: [UnsafeMutablePointer<Float>], count: Int, step: Int
    ) {
        nn_sgd_update(
            value, grad, momentum == 0 ? nil : state[0], count, Float(-lr), Float(weightDecay),
            weightDecay != 0 ? 1 : 0,
            Float(momentum), Float(1 - dampening), step == 1 ? 1 : 0, nesterov ? 1 : 0, maximize ? 1 : 0)
    }
}

extension OptimizerSpec {
    /// `torch.optim.SGD`; an option left out takes PyTorch's default.
    public static func sgd(
        lr: Double? = nil, momentum: Double? = nil, dampening: Double? = nil, weightDecay: Double? = nil,
        nesterov: Bool? = nil, maximize: Bool? = nil
    ) -> OptimizerSpec {
        make(
            SGD.declaration,
            [
                "lr": lr.option, "momentum": momentum.option, "dampening": dampening.option,
                "weight_decay": weightDecay.option, "nesterov": nesterov.option, "maximize": maximize.option
            ])
    }
}
