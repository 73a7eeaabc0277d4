/// A constant learning rate: no scheduler.
///
///     lr_e = base
///
/// Example: `scheduler: none`
public enum NoSchedule: SchedulerKind {
    public static let name = "none"
    public static let pytorchName = "(none)"
    public static let options: [DeclaredOption] = []

    public static func closedForm(_ o: OptionValues, base: Double, steps e: Int) -> Double? { base }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        SchedulerState(baseLR: group.lr)
    }
}

extension Schedule {
    public static let none = Schedule(name: NoSchedule.name)
}
