/// Learning-rate schedules (PyTorch's `torch.optim.lr_scheduler`).
///
/// Each scheduler is a `SchedulerKind` in its own file: its run-file name, PyTorch's class
/// name, its options with PyTorch's defaults and PyTorch's checks, and its running state, which
/// repeats PyTorch's arithmetic (most schedulers compute the next lr from the current one, the
/// "chainable" form) so that the doubles are PyTorch's to the last bit. `Schedulers.all` lists
/// them; nothing else names a scheduler.
///
/// A scheduler steps once per epoch (`interval: epoch`) or after every optimizer step
/// (`interval: step`); e counts its steps, and the lr before the first step is the start lr.

/// When a scheduler steps: after each epoch or after each optimizer step.
public enum ScheduleInterval: String, CaseIterable, Equatable, Sendable {
    case epoch, step
}

/// The optimizer settings a schedule moves: the lr and, for momentum cycling, the momentum
/// (SGD's and RMSprop's `momentum`, the Adam family's `betas[0]`). PyTorch's `param_group`.
public struct ScheduleGroup: Equatable, Sendable {
    public var lr: Double
    public var momentum: Double?
    public init(lr: Double, momentum: Double? = nil) {
        self.lr = lr
        self.momentum = momentum
    }
}

/// One scheduler's declaration.
public protocol SchedulerKind: Sendable {
    /// The run-file name.
    static var name: String { get }
    /// The class in `torch.optim.lr_scheduler`.
    static var pytorchName: String { get }
    /// Options in canonical order, with PyTorch's defaults.
    static var options: [DeclaredOption] { get }
    static var defaultInterval: ScheduleInterval { get }
    /// Whether `interval: step` is allowed.
    static var allowsStepInterval: Bool { get }
    /// PyTorch's checks of the option values (all present, of their declared kinds).
    static func validate(_ o: OptionValues) throws(OptionError)
    /// The checks that need the number of steps the schedule will take.
    static func checkSteps(_ o: OptionValues, totalSteps: Int) throws(OptionError)
    /// Whether the schedule sets the optimizer's momentum too.
    static func cyclesMomentum(_ o: OptionValues) -> Bool
    /// The lr after `e` steps as a formula, where there is one.
    static func closedForm(_ o: OptionValues, base: Double, steps e: Int) -> Double?
    /// The running state, created as PyTorch's constructor does (it may set `group`), before
    /// the initial step. `totalSteps` is how many times the schedule will step.
    static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState
}

extension SchedulerKind {
    public static var defaultInterval: ScheduleInterval { .epoch }
    public static var allowsStepInterval: Bool { true }
    public static func checkSteps(_ o: OptionValues, totalSteps: Int) throws(OptionError) {}
    public static func validate(_ o: OptionValues) throws(OptionError) {}
    public static func cyclesMomentum(_ o: OptionValues) -> Bool { false }
    public static func closedForm(_ o: OptionValues, base: Double, steps e: Int) -> Double? { nil }

    /// The scheduler's declaration, the shape every concept shares: its names, its options, its
    /// checks (`validate`) and what it builds (the schedule with those options).
    public static var declaration: Declaration<Schedule> {
        Declaration(
            name, torch: "torch.optim.lr_scheduler.\(pytorchName)", options,
            check: { o in
                do throws(OptionError) { try validate(o) } catch { return error }
                return nil
            },
            build: { Schedule(name: name, values: $0.values) })
    }
}

/// Every scheduler, in the order the run-file documentation lists them.
public enum Schedulers {
    public static let all: [any SchedulerKind.Type] = [
        NoSchedule.self, StepSchedule.self, MultiStepSchedule.self, ExponentialSchedule.self, CosineSchedule.self,
        CosineWarmRestartsSchedule.self, LinearSchedule.self, ConstantSchedule.self, PolynomialSchedule.self,
        SequentialSchedule.self, ReduceOnPlateauSchedule.self, OneCycleSchedule.self, CyclicSchedule.self
    ]

    public static func kind(named name: String) -> (any SchedulerKind.Type)? { all.first { $0.name == name } }
}

/// A scheduler and its option values (defaults filled in), by PyTorch's names.
public struct Schedule: Equatable, Sendable, CustomStringConvertible {
    public let name: String
    public let options: OptionValues
    public let interval: ScheduleInterval

    /// `values` are the options given; the declared defaults fill in the rest. The name must be
    /// one of `Schedulers.all` (checked by `validate`).
    public init(name: String, values: [String: OptionValue] = [:], interval: ScheduleInterval? = nil) {
        self.name = name
        let kind = Schedulers.kind(named: name)
        var resolved = values
        for o in kind?.options ?? [] {
            if resolved[o.key] == nil, let d = o.defaultValue, d != .absent { resolved[o.key] = d }
            // A whole number given for a number is that number.
            if case .double = o.kind, case .int(let i) = resolved[o.key] { resolved[o.key] = .double(Double(i)) }
        }
        options = OptionValues(resolved)
        self.interval = interval ?? kind?.defaultInterval ?? .epoch
    }

    public static let names = Schedulers.all.map { $0.name }

    /// The largest whole number a scheduler option takes (a step count, a period, a milestone):
    /// 2^53, beyond which the double arithmetic of the schedules (PyTorch's too) is not exact.
    public static let maxStepCount = 1 << 53

    public var kind: (any SchedulerKind.Type)? { Schedulers.kind(named: name) }

    /// Checks the name and the options, naming the option at fault.
    public func check() throws(OptionError) {
        guard let kind else {
            throw OptionError(
                key: "name", "unknown scheduler '\(name)'; valid: \(Self.names.joined(separator: ", "))")
        }
        for option in kind.options {
            let v = options[option.key]
            guard v != .absent else {
                if option.isRequired { throw OptionError(key: option.key, "scheduler \(name) needs \(option.key)") }
                continue
            }
            guard option.kind.accepts(v) else {
                throw OptionError(
                    key: option.key, "scheduler \(name): \(option.key) must be \(option.kind.description)")
            }
            let whole: [Int] =
                switch v {
                case .int(let i): [i]
                case .ints(let l): l
                default: []
                }
            if let big = whole.first(where: { $0 > Self.maxStepCount }) {
                throw OptionError(
                    key: option.key,
                    "scheduler \(name): \(option.key) must be at most 2^53 = \(Self.maxStepCount), got \(big)")
            }
        }
        if let extra = options.values.keys.sorted().first(where: { k in !kind.options.contains { $0.key == k } }) {
            throw OptionError(key: extra, "scheduler \(name) takes no '\(extra)'")
        }
        if interval == .step && !kind.allowsStepInterval {
            throw OptionError(
                key: "interval", "scheduler \(name) steps once per epoch; interval: step is not allowed")
        }
        try kind.validate(options)
    }

    /// The checks that need the number of steps: `check`, then the scheduler's own, as an engine error.
    public func validate(totalSteps: Int) throws {
        try validate()
        do { try kind?.checkSteps(options, totalSteps: totalSteps) } catch { throw EngineError(error.message) }
    }

    /// `check`, as an engine error.
    public func validate() throws {
        do { try check() } catch { throw EngineError(error.message) }
    }

    public var cyclesMomentum: Bool { kind?.cyclesMomentum(options) ?? false }

    /// The closed form: lr after `e` steps, for the schedulers that have one.
    public func closedForm(base: Double, steps e: Int) -> Double? { kind?.closedForm(options, base: base, steps: e) }

    /// The canonical text, part of a run's settings: `name` or `name(v1,v2,...)` with the
    /// options in declared order (`-` for an absent optional one), then `@interval` when it is
    /// not the scheduler's default.
    public var canonical: String {
        guard let kind else { return name }
        var s = kind.declaration.canonical(options, style: .everyValue)
        if interval != kind.defaultInterval { s += "@\(interval.rawValue)" }
        return s
    }

    public var description: String { canonical }
}

/// A schedule in progress, as PyTorch's `LRScheduler` runs one: `lastEpoch` counts from -1 and
/// the constructor takes an initial step to 0. Subclasses give `lr(_:)` (PyTorch's `get_lr`,
/// which may also set the group's momentum) and, where PyTorch has it, `closedFormLR()`.
open class SchedulerState {
    /// PyTorch's `base_lrs` (the group's `initial_lr`).
    public let baseLR: Double
    public internal(set) var lastEpoch = -1
    var stepCount = 0
    var isInitial = false

    public init(baseLR: Double) { self.baseLR = baseLR }

    /// PyTorch's `_initial_step`.
    open func initialStep(_ g: inout ScheduleGroup) {
        stepCount = 0
        isInitial = true
        step(&g, metric: nil)
        isInitial = false
    }

    /// PyTorch's `step()`; `metric` is for schedulers that watch one.
    open func step(_ g: inout ScheduleGroup, metric: Double?) {
        stepCount += 1
        lastEpoch += 1
        g.lr = lr(&g)
    }

    /// PyTorch's `_update_lr(epoch)`: jump to `epoch`, by the closed form when there is one.
    open func jump(to epoch: Int, _ g: inout ScheduleGroup) {
        lastEpoch = epoch
        g.lr = closedFormLR() ?? lr(&g)
    }

    /// PyTorch's `get_lr()`: the lr at `lastEpoch`, from the current group.
    open func lr(_ g: inout ScheduleGroup) -> Double { g.lr }

    /// PyTorch's `_get_closed_form_lr()`, where it exists.
    open func closedFormLR() -> Double? { nil }
}

/// A schedule bound to a start lr (and momentum): the lr and momentum to use now, and the
/// number of steps taken.
public final class LRScheduler {
    public let schedule: Schedule
    public let base: Double
    /// The momentum and number of steps the scheduler was created with.
    public let initialMomentum: Double?
    public let totalSteps: Int
    public private(set) var steps = 0
    private var group: ScheduleGroup
    private let state: SchedulerState

    public var lr: Double { group.lr }
    /// The momentum a momentum-cycling schedule sets (nil for the others).
    public var momentum: Double? { schedule.cyclesMomentum ? group.momentum : nil }

    /// `base` is the optimizer's lr, `momentum` its momentum (or beta1); `totalSteps` how many
    /// times `step` will be called (one_cycle needs it).
    public init(_ schedule: Schedule, base: Double, momentum: Double? = nil, totalSteps: Int = 0) {
        self.schedule = schedule
        self.base = base
        initialMomentum = momentum
        self.totalSteps = totalSteps
        group = ScheduleGroup(lr: base, momentum: momentum)
        let kind = schedule.kind ?? NoSchedule.self
        state = kind.start(schedule.options, group: &group, totalSteps: totalSteps)
        state.initialStep(&group)
    }

    /// Takes one step and returns the new lr. `metric` is the quantity `reduce_on_plateau`
    /// watches; the other schedulers ignore it.
    @discardableResult
    public func step(metric: Double? = nil) -> Double {
        steps += 1
        state.step(&group, metric: metric)
        return group.lr
    }
}
