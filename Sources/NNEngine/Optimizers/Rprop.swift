import CKernels

/// Rprop (PyTorch's `torch.optim.Rprop`): a step size per weight that grows while the gradient
/// keeps its sign and shrinks when it flips; only the gradient's sign moves the weight.
///
///     g ← -∇θ if maximize else ∇θ
///     s ← g · g_prev
///     η ← η · (etaplus if s > 0, etaminus if s < 0, 1 if s = 0), clamped to step_sizes
///     g ← 0 where s < 0                  (no move after a sign flip; the next step starts afresh)
///     θ ← θ - sign(g) · η
///     g_prev ← g
///
/// η starts at lr for every weight; later changes of lr (a scheduler) do not affect it, as in PyTorch.
///
/// - Parameters:
///   - lr: initial step size (default: 1e-2)
///   - etas: (etaminus, etaplus), factors that shrink and grow the step size; 0 < etaminus < 1 < etaplus
///     (default: (0.5, 1.2))
///   - step_sizes: smallest and largest step size (default: (1e-6, 50))
///   - maximize: maximize the objective instead of minimizing it (default: false)
///
/// Usage:
///
///     let rprop = try OptimizerSpec.rprop(etaMinus: 0.3, etaPlus: 1.5).make(parameters: net.parameters)
///     // run file: optimizer: {name: rprop, etas: [0.3, 1.5], step_sizes: [1e-6, 1]}
public final class Rprop: Optimizer {
    public static let schema = OptimizerSchema(
        name: "rprop",
        options: [
            .number("lr", 1e-2, .positive),
            .pair(
                "etas", 0.5, 1.2,
                OptionCheck("satisfy 0 < etas[0] < 1 < etas[1]") {
                    if case .pair(let a, let b) = $0 { 0 < a && a < 1 && 1 < b } else { true }
                }),
            .pair(
                "step_sizes", 1e-6, 50,
                OptionCheck("satisfy 0 <= step_sizes[0] <= step_sizes[1]") {
                    if case .pair(let a, let b) = $0 { 0 <= a && a <= b } else { true }
                }),
            .maximize
        ],
        build: { try Rprop(parameters: $1, spec: $0) })

    public let etaMinus: Double, etaPlus: Double, stepSizeMin: Double, stepSizeMax: Double, maximize: Bool

    init(parameters: [Parameter], spec o: OptimizerSpec) throws {
        (etaMinus, etaPlus) = o.pair("etas")
        (stepSizeMin, stepSizeMax) = o.pair("step_sizes")
        maximize = o.flag("maximize")
        try super.init(parameters: parameters, lr: o.lr)
    }

    // state: prev, step_size (starts at lr)
    public override var stateCount: Int { 2 }
    public override func initialState(index: Int) -> Float { index == 1 ? Float(lr) : 0 }

    public override func update(
        value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>,
        state: [UnsafeMutablePointer<Float>], count: Int, step: Int
    ) {
        nn_rprop_update(
            value, grad, state[0], state[1], count, Float(etaMinus), Float(etaPlus), Float(stepSizeMin),
            Float(stepSizeMax), maximize ? 1 : 0)
    }
}

extension OptimizerSpec {
    /// `torch.optim.Rprop`; an option left out takes PyTorch's default.
    public static func rprop(
        lr: Double? = nil, etaMinus: Double? = nil, etaPlus: Double? = nil, stepSizeMin: Double? = nil,
        stepSizeMax: Double? = nil, maximize: Bool? = nil
    ) -> OptimizerSpec {
        make(
            Rprop.schema,
            [
                "lr": lr.option, "etas": pairOption(etaMinus, etaPlus, default: .pair(0.5, 1.2)),
                "step_sizes": pairOption(stepSizeMin, stepSizeMax, default: .pair(1e-6, 50)),
                "maximize": maximize.option
            ])
    }
}
