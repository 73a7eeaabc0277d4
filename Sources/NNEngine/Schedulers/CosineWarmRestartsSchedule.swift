import Foundation

/// Cosine annealing with warm restarts (PyTorch's `CosineAnnealingWarmRestarts`, SGDR): the lr
/// falls from the start lr towards `eta_min` over a period of T_i steps, then restarts; the
/// first period is `T_0` steps and each next one `T_mult` times longer.
///
///     lr_e = eta_min + (base - eta_min) · (1 + cos(π T_cur / T_i)) / 2
///
/// where T_cur is the number of steps since the last restart.
///
/// - Options:
///   - T_0: steps of the first period (required)
///   - T_mult: growth factor of the periods (default: 1)
///   - eta_min: the lowest lr (default: 0.0)
///
/// Example: `scheduler: {name: cosine_warm_restarts, T_0: 5, T_mult: 2}`
public enum CosineWarmRestartsSchedule: SchedulerKind {
    public static let name = "cosine_warm_restarts"
    public static let pytorchName = "CosineAnnealingWarmRestarts"
    public static let options: [DeclaredOption] = [
        DeclaredOption("T_0", .int, default: nil),
        DeclaredOption("T_mult", .int, default: .int(1)),
        DeclaredOption("eta_min", .double(.any), default: .double(0))
    ]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        let t0 = o.int("T_0")
        let mult = o.int("T_mult")
        guard t0 > 0 else { throw OptionError(key: "T_0", "T_0 must be a positive integer, got \(t0)") }
        guard mult >= 1 else { throw OptionError(key: "T_mult", "T_mult must be an integer >= 1, got \(mult)") }
    }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        State(options: o, baseLR: group.lr)
    }

    final class State: SchedulerState {
        let t0: Int, tMult: Int, eta: Double
        var tI: Int, tCur: Int
        init(options: OptionValues, baseLR: Double) {
            t0 = options.int("T_0")
            tMult = options.int("T_mult")
            eta = options.double("eta_min")
            tI = t0
            tCur = -1
            super.init(baseLR: baseLR)
        }
        override func step(_ g: inout ScheduleGroup, metric: Double?) {
            stepCount += 1
            if lastEpoch < 0 {
                tI = t0
                tCur = 0
                lastEpoch = 0
            } else {
                lastEpoch += 1
                tCur += 1
                if tCur >= tI {
                    tCur %= tI
                    // Overflow-checked: a period longer than Int.max steps never ends.
                    let (next, overflow) = tI.multipliedReportingOverflow(by: tMult)
                    tI = overflow ? .max : next
                }
            }
            g.lr = lr(&g)
        }
        override func lr(_ g: inout ScheduleGroup) -> Double {
            eta + (baseLR - eta) * (1 + cos(Double.pi * Double(tCur) / Double(tI))) / 2
        }
    }
}
