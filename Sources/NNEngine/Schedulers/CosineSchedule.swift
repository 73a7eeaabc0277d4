import Foundation

/// Cosine annealing from the start lr down to `eta_min` over `T_max` steps, then back up
/// (PyTorch's `CosineAnnealingLR`, without restarts).
///
///     lr_e = eta_min + (base - eta_min) · (1 + cos(π e / T_max)) / 2
///
/// computed step by step from the previous lr as PyTorch does.
///
/// - Options:
///   - T_max: steps of the half cosine (required)
///   - eta_min: the lowest lr (default: 0.0)
///
/// Example: `scheduler: {name: cosine, T_max: 20, eta_min: 0.001}`
public enum CosineSchedule: SchedulerKind {
    public static let name = "cosine"
    public static let pytorchName = "CosineAnnealingLR"
    public static let options: [DeclaredOption] = [
        DeclaredOption("T_max", .int, default: nil),
        DeclaredOption("eta_min", .double(.any), default: .double(0))
    ]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        let t = o.int("T_max")
        guard t > 0 else { throw OptionError(key: "T_max", "T_max must be a positive integer, got \(t)") }
    }

    public static func closedForm(_ o: OptionValues, base: Double, steps e: Int) -> Double? {
        let eta = o.double("eta_min")
        let t = Double(o.int("T_max"))
        return eta + (base - eta) * (1 + cos(Double.pi * Double(e) / t)) / 2
    }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        State(options: o, baseLR: group.lr)
    }

    final class State: SchedulerState {
        let options: OptionValues, tMax: Int, eta: Double
        init(options: OptionValues, baseLR: Double) {
            self.options = options
            tMax = options.int("T_max")
            eta = options.double("eta_min")
            super.init(baseLR: baseLR)
        }
        override func lr(_ g: inout ScheduleGroup) -> Double {
            let e = Double(lastEpoch)
            let t = Double(tMax)
            if isInitial { return g.lr }
            if stepCount == 1 && lastEpoch > 0 { return eta + (baseLR - eta) * (1 + cos(e * Double.pi / t)) / 2 }
            // 2 T_max, overflow-checked: a period longer than any run never comes round.
            let (m, overflow) = tMax.multipliedReportingOverflow(by: 2)
            if !overflow && ((lastEpoch - 1 - tMax) % m + m) % m == 0 {
                return g.lr + (baseLR - eta) * (1 - cos(Double.pi / t)) / 2
            }
            return (1 + cos(Double.pi * e / t)) / (1 + cos(Double.pi * (e - 1) / t)) * (g.lr - eta) + eta
        }
        override func closedFormLR() -> Double? { CosineSchedule.closedForm(options, base: baseLR, steps: lastEpoch) }
    }
}
