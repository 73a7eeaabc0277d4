import Foundation

/// The one-cycle policy (PyTorch's `OneCycleLR`): the lr rises from max_lr / div_factor to
/// `max_lr` over the first `pct_start` of the steps, then falls to
/// max_lr / (div_factor · final_div_factor); with `cycle_momentum` the momentum moves the
/// opposite way, from `max_momentum` down to `base_momentum` and back. It steps after every
/// optimizer step by default, over epochs × iterations per epoch steps (PyTorch's total_steps).
///
///     phases (end step, lr from → to):  pct_start · total - 1: initial → max_lr,
///                                       total - 1:             max_lr → min_lr
///     three_phase:  pct_start · total - 1: initial → max_lr,  2 pct_start · total - 2: max_lr → initial,
///                   total - 1: initial → min_lr
///     within a phase, pct = (e - phase start) / (phase end - phase start) and
///     cos: to + (from - to) / 2 · (1 + cos(π pct)),   linear: (to - from) · pct + from
///
/// The momentum is the optimizer's `momentum` (sgd, rmsprop) or `betas[0]` (adam, adamw).
///
/// - Options:
///   - max_lr: the peak lr (required)
///   - pct_start: fraction of the steps spent rising, in [0, 1] (default: 0.3)
///   - anneal_strategy: cos or linear (default: cos)
///   - div_factor: initial lr = max_lr / div_factor (default: 25.0)
///   - final_div_factor: min lr = initial lr / final_div_factor (default: 1e4)
///   - three_phase: a third phase back to the initial lr before the final fall (default: false)
///   - cycle_momentum: move the momentum inversely to the lr (default: true)
///   - base_momentum: the momentum at the peak lr (default: 0.85)
///   - max_momentum: the momentum at the start and end (default: 0.95)
///
/// Example: `scheduler: {name: one_cycle, max_lr: 0.1}`
public enum OneCycleSchedule: SchedulerKind {
    public static let name = "one_cycle"
    public static let pytorchName = "OneCycleLR"
    public static let defaultInterval = ScheduleInterval.step
    public static let options: [DeclaredOption] = [
        DeclaredOption("max_lr", .double(.any), default: nil),
        DeclaredOption("pct_start", .double(.any), default: .double(0.3)),
        DeclaredOption("anneal_strategy", .choice(["cos", "linear"]), default: .name("cos")),
        DeclaredOption("div_factor", .double(.any), default: .double(25)),
        DeclaredOption("final_div_factor", .double(.any), default: .double(1e4)),
        DeclaredOption("three_phase", .bool, default: .bool(false)),
        DeclaredOption("cycle_momentum", .bool, default: .bool(true)),
        DeclaredOption("base_momentum", .double(.any), default: .double(0.85)),
        DeclaredOption("max_momentum", .double(.any), default: .double(0.95))
    ]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        let p = o.double("pct_start")
        guard p >= 0 && p <= 1 else {
            throw OptionError(key: "pct_start", "pct_start must be between 0 and 1, got \(p)")
        }
        for k in ["max_lr", "div_factor", "final_div_factor"] where o.double(k) <= 0 {
            throw OptionError(key: k, "\(k) must be > 0, got \(o.double(k))")
        }
    }

    public static func cyclesMomentum(_ o: OptionValues) -> Bool { o.bool("cycle_momentum") }

    /// The phases for `totalSteps`; PyTorch divides by each phase's length, so none may be empty.
    public static func checkSteps(_ o: OptionValues, totalSteps: Int) throws(OptionError) {
        var start = 0.0
        for p in phases(o, totalSteps: totalSteps) {
            guard p.end != start else {
                throw OptionError(
                    key: "pct_start",
                    "pct_start \(o.double("pct_start")) gives a phase of no steps over \(totalSteps) steps"
                )
            }
            start = p.end
        }
    }

    struct Phase { let end: Double, startLR: Double, endLR: Double, startMomentum: Double, endMomentum: Double }

    static func phases(_ o: OptionValues, totalSteps: Int) -> [Phase] {
        let pct = o.double("pct_start")
        let total = Double(totalSteps)
        let maxLR = o.double("max_lr")
        let initial = maxLR / o.double("div_factor")
        let minLR = initial / o.double("final_div_factor")
        let hi = o.double("max_momentum")
        let lo = o.double("base_momentum")
        if o.bool("three_phase") {
            return [
                Phase(end: pct * total - 1, startLR: initial, endLR: maxLR, startMomentum: hi, endMomentum: lo),
                Phase(end: 2 * pct * total - 2, startLR: maxLR, endLR: initial, startMomentum: lo, endMomentum: hi),
                Phase(end: Double(totalSteps - 1), startLR: initial, endLR: minLR, startMomentum: hi, endMomentum: hi)
            ]
        }
        return [
            Phase(end: pct * total - 1, startLR: initial, endLR: maxLR, startMomentum: hi, endMomentum: lo),
            Phase(end: Double(totalSteps - 1), startLR: maxLR, endLR: minLR, startMomentum: lo, endMomentum: hi)
        ]
    }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        if o.bool("cycle_momentum") { group.momentum = o.double("max_momentum") }
        return State(options: o, totalSteps: totalSteps)
    }

    final class State: SchedulerState {
        let phases: [Phase], cosine: Bool, cycleMomentum: Bool
        init(options o: OptionValues, totalSteps: Int) {
            phases = OneCycleSchedule.phases(o, totalSteps: totalSteps)
            cosine = o.name("anneal_strategy") == "cos"
            cycleMomentum = o.bool("cycle_momentum")
            super.init(baseLR: o.double("max_lr") / o.double("div_factor"))
        }
        func anneal(_ from: Double, _ to: Double, _ pct: Double) -> Double {
            cosine ? to + (from - to) / 2.0 * (cos(Double.pi * pct) + 1) : (to - from) * pct + from
        }
        override func lr(_ g: inout ScheduleGroup) -> Double {
            let e = Double(lastEpoch)
            var start = 0.0
            for (i, p) in phases.enumerated() {
                if e <= p.end || i == phases.count - 1 {
                    let pct = (e - start) / (p.end - start)
                    if cycleMomentum { g.momentum = anneal(p.startMomentum, p.endMomentum, pct) }
                    return anneal(p.startLR, p.endLR, pct)
                }
                start = p.end
            }
            return g.lr
        }
    }
}
