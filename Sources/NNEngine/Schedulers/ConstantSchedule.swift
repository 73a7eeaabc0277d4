/// Scales the start lr by `factor` for the first `total_iters` steps, then restores it
/// (PyTorch's `ConstantLR`).
///
///     lr_e = base · factor   for e < total_iters,   base afterwards
///
/// - Options:
///   - factor: the factor, in (0, 1] (default: 1/3)
///   - total_iters: steps with the factor (default: 5)
///
/// Example: `scheduler: {name: constant, factor: 0.5, total_iters: 3}`
public enum ConstantSchedule: SchedulerKind {
    public static let name = "constant"
    public static let pytorchName = "ConstantLR"
    public static let options: [DeclaredOption] = [
        DeclaredOption("factor", .double(.any), default: .double(1.0 / 3)),
        DeclaredOption("total_iters", .int, default: .int(5))
    ]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        let f = o.double("factor")
        let n = o.int("total_iters")
        guard f > 0 && f <= 1 else {
            throw OptionError(key: "factor", "factor must be greater than 0 and at most 1, got \(f)")
        }
        guard n > 0 else {
            throw OptionError(key: "total_iters", "total_iters must be a positive integer, got \(n)")
        }
    }

    public static func closedForm(_ o: OptionValues, base: Double, steps e: Int) -> Double? {
        let f = o.double("factor")
        return base * (f + (e >= o.int("total_iters") ? 1 - f : 0))
    }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        State(options: o, baseLR: group.lr)
    }

    final class State: SchedulerState {
        let options: OptionValues, factor: Double, total: Int
        init(options: OptionValues, baseLR: Double) {
            self.options = options
            factor = options.double("factor")
            total = options.int("total_iters")
            super.init(baseLR: baseLR)
        }
        override func lr(_ g: inout ScheduleGroup) -> Double {
            if lastEpoch == 0 { return g.lr * factor }
            if lastEpoch != total { return g.lr }
            return g.lr * (1.0 / factor)
        }
        override func closedFormLR() -> Double? { ConstantSchedule.closedForm(options, base: baseLR, steps: lastEpoch) }
    }
}
