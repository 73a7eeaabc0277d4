/// Scales the start lr by a factor that moves linearly from `start_factor` to `end_factor` over
/// `total_iters` steps, then stays (PyTorch's `LinearLR`; a linear warm-up with the defaults).
///
///     lr_e = base · (start_factor + (end_factor - start_factor) · min(e, total_iters) / total_iters)
///
/// computed step by step from the previous lr as PyTorch does.
///
/// - Options:
///   - start_factor: the factor at step 0, in (0, 1] (default: 1/3)
///   - end_factor: the factor from step total_iters on, in [0, 1] (default: 1.0)
///   - total_iters: steps of the ramp (default: 5)
///
/// Example: `scheduler: {name: linear, start_factor: 0.1, total_iters: 4}`
public enum LinearSchedule: SchedulerKind {
    public static let name = "linear"
    public static let pytorchName = "LinearLR"
    public static let options: [DeclaredOption] = [
        DeclaredOption("start_factor", .double(.any), default: .double(1.0 / 3)),
        DeclaredOption("end_factor", .double(.any), default: .double(1.0)),
        DeclaredOption("total_iters", .int, default: .int(5))
    ]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        let s = o.double("start_factor")
        let e = o.double("end_factor")
        let n = o.int("total_iters")
        guard s > 0 && s <= 1 else {
            throw OptionError(key: "start_factor", "start_factor must be greater than 0 and at most 1, got \(s)")
        }
        guard e >= 0 && e <= 1 else {
            throw OptionError(key: "end_factor", "end_factor must be between 0 and 1, got \(e)")
        }
        guard n > 0 else {
            throw OptionError(key: "total_iters", "total_iters must be a positive integer, got \(n)")
        }
    }

    public static func closedForm(_ o: OptionValues, base: Double, steps e: Int) -> Double? {
        let s = o.double("start_factor")
        let f = o.double("end_factor")
        let n = o.int("total_iters")
        return base * (s + (f - s) * Double(min(n, e)) / Double(n))
    }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        State(options: o, baseLR: group.lr)
    }

    final class State: SchedulerState {
        let options: OptionValues, start: Double, end: Double, total: Int
        init(options: OptionValues, baseLR: Double) {
            self.options = options
            start = options.double("start_factor")
            end = options.double("end_factor")
            total = options.int("total_iters")
            super.init(baseLR: baseLR)
        }
        override func lr(_ g: inout ScheduleGroup) -> Double {
            if lastEpoch == 0 { return g.lr * start }
            if isInitial || lastEpoch > total { return g.lr }
            return g.lr * (1.0 + (end - start) / (Double(total) * start + Double(lastEpoch - 1) * (end - start)))
        }
        override func closedFormLR() -> Double? { LinearSchedule.closedForm(options, base: baseLR, steps: lastEpoch) }
    }
}
