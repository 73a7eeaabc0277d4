/// Cuts the lr by `factor` when a watched loss has stopped improving for more than `patience`
/// steps (PyTorch's `ReduceLROnPlateau`). It watches the epoch's `val_loss`, or `train_loss`
/// when there is no test part, and steps once per epoch.
///
///     improved ⇔ loss < best · (1 - threshold)   (mode min, threshold_mode rel;
///                loss < best - threshold for abs; max mode: > best · (1 + threshold), > best + threshold)
///     after more than `patience` steps without improvement:
///         lr ← max(lr · factor, min_lr) when that lowers it by more than eps,
///         then `cooldown` steps in which bad steps are not counted
///
/// - Options:
///   - mode: min (a loss) or max (default: min)
///   - factor: the cut, < 1 (default: 0.1)
///   - patience: steps without improvement to wait (default: 10)
///   - threshold: the least change that counts as improvement (default: 1e-4)
///   - threshold_mode: rel or abs (default: rel)
///   - cooldown: steps to wait after a cut (default: 0)
///   - min_lr: the lowest lr (default: 0.0)
///   - eps: the least cut that is applied (default: 1e-8)
///
/// Example: `scheduler: {name: reduce_on_plateau, factor: 0.5, patience: 3}`
public enum ReduceOnPlateauSchedule: SchedulerKind {
    public static let name = "reduce_on_plateau"
    public static let pytorchName = "ReduceLROnPlateau"
    public static let allowsStepInterval = false
    public static let options: [DeclaredOption] = [
        DeclaredOption("mode", .choice(["min", "max"]), default: .name("min")),
        DeclaredOption("factor", .double(.any), default: .double(0.1)),
        DeclaredOption("patience", .int, default: .int(10)),
        DeclaredOption("threshold", .double(.any), default: .double(1e-4)),
        DeclaredOption("threshold_mode", .choice(["rel", "abs"]), default: .name("rel")),
        DeclaredOption("cooldown", .int, default: .int(0)),
        DeclaredOption("min_lr", .double(.any), default: .double(0)),
        DeclaredOption("eps", .double(.any), default: .double(1e-8))
    ]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        let f = o.double("factor")
        guard f >= 0 && f < 1 else { throw OptionError(key: "factor", "factor must be >= 0 and < 1, got \(f)") }
        for k in ["patience", "cooldown"] where o.int(k) < 0 {
            throw OptionError(key: k, "\(k) must be >= 0, got \(o.int(k))")
        }
        for k in ["threshold", "min_lr", "eps"] where o.double(k) < 0 {
            throw OptionError(key: k, "\(k) must be >= 0, got \(o.double(k))")
        }
    }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        State(options: o, baseLR: group.lr)
    }

    final class State: SchedulerState {
        let maximize: Bool, relative: Bool, factor: Double, patience: Int, threshold: Double, cooldown: Int,
            minLR: Double, eps: Double
        var best: Double, badSteps = 0, cooldownCounter = 0
        init(options o: OptionValues, baseLR: Double) {
            maximize = o.name("mode") == "max"
            relative = o.name("threshold_mode") == "rel"
            factor = o.double("factor")
            patience = o.int("patience")
            threshold = o.double("threshold")
            cooldown = o.int("cooldown")
            minLR = o.double("min_lr")
            eps = o.double("eps")
            best = maximize ? -.infinity : .infinity
            super.init(baseLR: baseLR)
        }
        /// ReduceLROnPlateau takes no initial step and leaves the lr alone.
        override func initialStep(_ g: inout ScheduleGroup) { lastEpoch = 0 }

        func isBetter(_ a: Double) -> Bool {
            switch (maximize, relative) {
            case (false, true): a < best * (1.0 - threshold)
            case (false, false): a < best - threshold
            case (true, true): a > best * (threshold + 1.0)
            case (true, false): a > best + threshold
            }
        }

        override func step(_ g: inout ScheduleGroup, metric: Double?) {
            guard let current = metric else { return }
            lastEpoch += 1
            if isBetter(current) {
                best = current
                badSteps = 0
            } else {
                badSteps += 1
            }
            if cooldownCounter > 0 {
                cooldownCounter -= 1
                badSteps = 0
            }
            if badSteps > patience {
                let old = g.lr
                let cut = old * factor
                let new = minLR > cut ? minLR : cut  // Python's max(cut, min_lr)
                if old - new > eps { g.lr = new }
                cooldownCounter = cooldown
                badSteps = 0
            }
        }
    }
}
