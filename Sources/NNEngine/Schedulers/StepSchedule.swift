/// Multiplies the lr by `gamma` every `step_size` steps (PyTorch's `StepLR`).
///
///     lr_e = base · gamma^⌊e / step_size⌋
///
/// - Options:
///   - step_size: steps between decays (required)
///   - gamma: multiplicative factor (default: 0.1)
///
/// Example: `scheduler: {name: step, step_size: 5, gamma: 0.5}`
public enum StepSchedule: SchedulerKind {
    public static let name = "step"
    public static let pytorchName = "StepLR"
    public static let options: [DeclaredOption] = [
        DeclaredOption("step_size", .int, default: nil),
        DeclaredOption("gamma", .double(.any), default: .double(0.1))
    ]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        let s = o.int("step_size")
        let g = o.double("gamma")
        guard s > 0 else { throw OptionError(key: "step_size", "step_size must be a positive integer, got \(s)") }
        guard g > 0 else { throw OptionError(key: "gamma", "gamma must be > 0, got \(g)") }
    }

    public static func closedForm(_ o: OptionValues, base: Double, steps e: Int) -> Double? {
        base * _pow(o.double("gamma"), Double(e / o.int("step_size")))
    }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        State(options: o, baseLR: group.lr)
    }

    final class State: SchedulerState {
        let options: OptionValues, stepSize: Int, gamma: Double
        init(options: OptionValues, baseLR: Double) {
            self.options = options
            stepSize = options.int("step_size")
            gamma = options.double("gamma")
            super.init(baseLR: baseLR)
        }
        override func lr(_ g: inout ScheduleGroup) -> Double {
            lastEpoch == 0 || lastEpoch % stepSize != 0 ? g.lr : g.lr * gamma
        }
        override func closedFormLR() -> Double? { StepSchedule.closedForm(options, base: baseLR, steps: lastEpoch) }
    }
}

extension Schedule {
    public static func step(stepSize: Int, gamma: Double = 0.1) -> Schedule {
        Schedule(name: StepSchedule.name, values: ["step_size": .int(stepSize), "gamma": .double(gamma)])
    }
}
