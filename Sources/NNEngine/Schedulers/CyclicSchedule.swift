import Foundation

/// A cyclical lr between `base_lr` and `max_lr` (PyTorch's `CyclicLR`): up over `step_size_up`
/// steps, down over `step_size_down`, again and again; with `cycle_momentum` the momentum moves
/// the opposite way between `max_momentum` and `base_momentum`. It replaces the optimizer's lr
/// and steps after every optimizer step by default.
///
///     cycle = ⌊1 + e / (up + down)⌋,  x = 1 + e / (up + down) - cycle,  r = up / (up + down)
///     s = x / r if x ≤ r else (x - 1) / (r - 1)
///     lr_e = base_lr + (max_lr - base_lr) · s · scale
///     scale = 1 (triangular), 1 / 2^(cycle - 1) (triangular2), gamma^e (exp_range)
///
/// The momentum is the optimizer's `momentum` (sgd, rmsprop) or `betas[0]` (adam, adamw).
///
/// - Options:
///   - base_lr: the lowest lr (required)
///   - max_lr: the highest lr (required)
///   - step_size_up: steps of the rise (default: 2000)
///   - step_size_down: steps of the fall (default: step_size_up)
///   - mode: triangular, triangular2 or exp_range (default: triangular)
///   - gamma: exp_range's factor per step (default: 1.0)
///   - cycle_momentum: move the momentum inversely to the lr (default: true)
///   - base_momentum: the momentum at max_lr (default: 0.8)
///   - max_momentum: the momentum at base_lr (default: 0.9)
///
/// Example: `scheduler: {name: cyclic, base_lr: 0.001, max_lr: 0.1, step_size_up: 50}`
public enum CyclicSchedule: SchedulerKind {
    public static let name = "cyclic"
    public static let pytorchName = "CyclicLR"
    public static let defaultInterval = ScheduleInterval.step
    public static let options: [DeclaredOption] = [
        DeclaredOption("base_lr", .double(.any), default: nil),
        DeclaredOption("max_lr", .double(.any), default: nil),
        DeclaredOption("step_size_up", .int, default: .int(2000)),
        DeclaredOption("step_size_down", .int, default: .absent),
        DeclaredOption("mode", .choice(["triangular", "triangular2", "exp_range"]), default: .name("triangular")),
        DeclaredOption("gamma", .double(.any), default: .double(1.0)),
        DeclaredOption("cycle_momentum", .bool, default: .bool(true)),
        DeclaredOption("base_momentum", .double(.any), default: .double(0.8)),
        DeclaredOption("max_momentum", .double(.any), default: .double(0.9))
    ]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        for k in ["base_lr", "max_lr"] where o.double(k) < 0 {
            throw OptionError(key: k, "\(k) must be >= 0, got \(o.double(k))")
        }
        for k in ["step_size_up", "step_size_down"] {
            if let n = o.intOrNil(k), n < 1 {
                throw OptionError(key: k, "\(k) must be a positive integer, got \(n)")
            }
        }
    }

    public static func cyclesMomentum(_ o: OptionValues) -> Bool { o.bool("cycle_momentum") }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        group.lr = o.double("base_lr")
        if o.bool("cycle_momentum") { group.momentum = o.double("max_momentum") }
        return State(options: o)
    }

    final class State: SchedulerState {
        let maxLR: Double, totalSize: Double, stepRatio: Double, mode: String, gamma: Double
        let cycleMomentum: Bool, baseMomentum: Double, maxMomentum: Double
        init(options o: OptionValues) {
            maxLR = o.double("max_lr")
            let up = Double(o.int("step_size_up"))
            totalSize = up + Double(o.intOrNil("step_size_down") ?? o.int("step_size_up"))
            stepRatio = up / totalSize
            mode = o.name("mode")
            gamma = o.double("gamma")
            cycleMomentum = o.bool("cycle_momentum")
            baseMomentum = o.double("base_momentum")
            maxMomentum = o.double("max_momentum")
            super.init(baseLR: o.double("base_lr"))
        }
        override func lr(_ g: inout ScheduleGroup) -> Double {
            let cycle = (1 + Double(lastEpoch) / totalSize).rounded(.down)
            let x = 1.0 + Double(lastEpoch) / totalSize - cycle
            let s = x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1)
            let scale: Double =
                switch mode {
                case "triangular2": 1 / _pow(2.0, cycle - 1)
                case "exp_range": _pow(gamma, Double(lastEpoch))
                default: 1.0  // triangular
                }
            if cycleMomentum { g.momentum = maxMomentum - (maxMomentum - baseMomentum) * s * scale }
            return baseLR + (maxLR - baseLR) * s * scale
        }
    }
}
