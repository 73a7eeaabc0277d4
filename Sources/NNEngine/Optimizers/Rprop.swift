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
    public static let declaration = Declaration<OptimizerBuilder>(
        "rprop", torch: "torch.optim.Rprop",
        [
            .number("lr", 1e-2, .positive),
            .pair("etas", 0.5, 1.2, .any), .pair("step_sizes", 1e-6, 50, .any), .maximize
        ],
        check: { o in
            let (etaMinus, etaPlus) = o.pair("etas")
            let (low, high) = o.pair("step_sizes")
            if !(0 < etaMinus && etaMinus < 1 && 1 < etaPlus) {
                return OptionError(
                    key: "etas", "etas must satisfy 0 < etas[0] < 1 < etas[1], got \(o["etas"].shown)",
                    acrossOptions: false)
            }
            if !(0 <= low && low <= high) {
                return OptionError(
                    key: "step_sizes",
                    "step_sizes must satisfy 0 <= step_sizes[0] <= step_sizes[1], got \(o["step_sizes"].shown)",
                    acrossOptions: false)
            }
            return nil
        },
        build: { o in { try Rprop(parameters: $0, options: o) } })

    public let etaMinus: Double, etaPlus: Double, stepSizeMin: Double, stepSizeMax: Double, maximize: Bool

    init(parameters: [Parameter], options o: OptionValues) throws {
        (etaMinus, etaPlus) = o.pair("etas")
        (stepSizeMin, stepSizeMax) = o.pair("step_sizes")
        maximize = o.bool("maximize")
        try super.init(parameters: parameters, lr: o.double("lr"))
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
            Rprop.declaration,
            [
                "lr": lr.option, "etas": pairOption(etaMinus, etaPlus, default: .pair(0.5, 1.2)),
                "step_sizes": pairOption(stepSizeMin, stepSizeMax, default: .pair(1e-6, 50)),
                "maximize": maximize.option
            ])
    }
}
