/// Decays the start lr to 0 over `total_iters` steps along a polynomial (PyTorch's
/// `PolynomialLR`).
///
///     lr_e = base · (1 - min(e, total_iters) / total_iters)^power
///
/// computed step by step from the previous lr as PyTorch does.
///
/// - Options:
///   - total_iters: steps of the decay (default: 5)
///   - power: the polynomial's power, >= 0 (default: 1.0)
///
/// Example: `scheduler: {name: polynomial, total_iters: 10, power: 2.0}`
public enum PolynomialSchedule: SchedulerKind {
    public static let name = "polynomial"
    public static let pytorchName = "PolynomialLR"
    public static let options: [DeclaredOption] = [
        DeclaredOption("total_iters", .int, default: .int(5)),
        DeclaredOption("power", .double(.any), default: .double(1.0))
    ]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        let n = o.int("total_iters")
        let p = o.double("power")
        guard n > 0 else {
            throw OptionError(key: "total_iters", "total_iters must be a positive integer, got \(n)")
        }
        guard p >= 0 else { throw OptionError(key: "power", "power must be >= 0, got \(p)") }
    }

    public static func closedForm(_ o: OptionValues, base: Double, steps e: Int) -> Double? {
        let n = o.int("total_iters")
        return base * _pow(1.0 - Double(min(n, e)) / Double(n), o.double("power"))
    }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        State(options: o, baseLR: group.lr)
    }

    final class State: SchedulerState {
        let options: OptionValues, total: Int, power: Double
        init(options: OptionValues, baseLR: Double) {
            self.options = options
            total = options.int("total_iters")
            power = options.double("power")
            super.init(baseLR: baseLR)
        }
        override func lr(_ g: inout ScheduleGroup) -> Double {
            if isInitial || lastEpoch > total { return g.lr }
            let n = Double(total)
            let e = Double(lastEpoch)
            return g.lr * _pow((1.0 - e / n) / (1.0 - (e - 1) / n), power)
        }
        override func closedFormLR() -> Double? {
            PolynomialSchedule.closedForm(options, base: baseLR, steps: lastEpoch)
        }
    }
}
