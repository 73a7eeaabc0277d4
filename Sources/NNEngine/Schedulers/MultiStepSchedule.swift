/// Multiplies the lr by `gamma` at each milestone (PyTorch's `MultiStepLR`); a milestone listed
/// k times multiplies by gamma^k.
///
///     lr_e = base · gamma^|{m ∈ milestones : m ≤ e}|
///
/// - Options:
///   - milestones: increasing step numbers (required)
///   - gamma: multiplicative factor (default: 0.1)
///
/// Example: `scheduler: {name: multistep, milestones: [10, 15], gamma: 0.1}`
public enum MultiStepSchedule: SchedulerKind {
    public static let name = "multistep"
    public static let pytorchName = "MultiStepLR"
    public static let options: [DeclaredOption] = [
        DeclaredOption("milestones", .ints, default: nil),
        DeclaredOption("gamma", .double(.any), default: .double(0.1))
    ]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        let ms = o.ints("milestones")
        let g = o.double("gamma")
        guard !ms.isEmpty else { throw OptionError(key: "milestones", "milestones must list at least one epoch") }
        guard ms.allSatisfy({ $0 > 0 }) else {
            throw OptionError(key: "milestones", "milestones must be positive integers, got \(ms)")
        }
        guard zip(ms, ms.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw OptionError(key: "milestones", "milestones must be increasing, got \(ms)")
        }
        guard g > 0 else { throw OptionError(key: "gamma", "gamma must be > 0, got \(g)") }
    }

    public static func closedForm(_ o: OptionValues, base: Double, steps e: Int) -> Double? {
        base * _pow(o.double("gamma"), Double(o.ints("milestones").filter { $0 <= e }.count))
    }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        State(options: o, baseLR: group.lr)
    }

    final class State: SchedulerState {
        let options: OptionValues, milestones: [Int], gamma: Double
        init(options: OptionValues, baseLR: Double) {
            self.options = options
            milestones = options.ints("milestones")
            gamma = options.double("gamma")
            super.init(baseLR: baseLR)
        }
        override func lr(_ g: inout ScheduleGroup) -> Double {
            let hits = milestones.filter { $0 == lastEpoch }.count
            return hits == 0 ? g.lr : g.lr * _pow(gamma, Double(hits))
        }
        override func closedFormLR() -> Double? {
            MultiStepSchedule.closedForm(options, base: baseLR, steps: lastEpoch)
        }
    }
}

extension Schedule {
    public static func multistep(milestones: [Int], gamma: Double = 0.1) -> Schedule {
        Schedule(name: MultiStepSchedule.name, values: ["milestones": .ints(milestones), "gamma": .double(gamma)])
    }
}
