/// Multiplies the lr by `gamma` at every step (PyTorch's `ExponentialLR`).
///
///     lr_e = base · gamma^e
///
/// - Options:
///   - gamma: multiplicative factor (required)
///
/// Example: `scheduler: {name: exponential, gamma: 0.9}`
public enum ExponentialSchedule: SchedulerKind {
    public static let name = "exponential"
    public static let pytorchName = "ExponentialLR"
    public static let options: [DeclaredOption] = [DeclaredOption("gamma", .double(.any), default: nil)]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        let g = o.double("gamma")
        guard g > 0 else { throw OptionError(key: "gamma", "gamma must be > 0, got \(g)") }
    }

    public static func closedForm(_ o: OptionValues, base: Double, steps e: Int) -> Double? {
        base * _pow(o.double("gamma"), Double(e))
    }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        State(options: o, baseLR: group.lr)
    }

    final class State: SchedulerState {
        let options: OptionValues, gamma: Double
        init(options: OptionValues, baseLR: Double) {
            self.options = options
            gamma = options.double("gamma")
            super.init(baseLR: baseLR)
        }
        override func lr(_ g: inout ScheduleGroup) -> Double { isInitial ? g.lr : g.lr * gamma }
        override func closedFormLR() -> Double? {
            ExponentialSchedule.closedForm(options, base: baseLR, steps: lastEpoch)
        }
    }
}

extension Schedule {
    public static func exponential(gamma: Double) -> Schedule {
        Schedule(name: ExponentialSchedule.name, values: ["gamma": .double(gamma)])
    }
}
