/// Runs schedulers one after another (PyTorch's `SequentialLR`): the first until the first
/// milestone, the second from there (restarted at its own step 0), and so on.
///
///     lr_e = scheduler_i's lr at step e - milestones[i-1],   i = |{m ∈ milestones : m ≤ e}|
///
/// computed as PyTorch does, where the schedulers share the lr: a chainable scheduler continues
/// from the lr the previous one left, except at its milestone, where it restarts from the start lr.
///
/// - Options:
///   - schedulers: the schedulers, each a map with its name and options (required); not
///     reduce_on_plateau (as in PyTorch), one_cycle, cyclic or sequential
///   - milestones: the steps at which the next scheduler takes over, one fewer than the
///     schedulers, increasing (required)
///
/// Example, a 3-epoch linear warm-up then cosine annealing:
/// `scheduler: {name: sequential, schedulers: [{name: linear, start_factor: 0.1, total_iters: 3}, {name: cosine, T_max: 7}], milestones: [3]}`
public enum SequentialSchedule: SchedulerKind {
    public static let name = "sequential"
    public static let pytorchName = "SequentialLR"
    public static let options: [DeclaredOption] = [
        DeclaredOption("schedulers", .entries, default: nil),
        DeclaredOption("milestones", .ints, default: nil)
    ]

    public static func validate(_ o: OptionValues) throws(OptionError) {
        let children = o.entries("schedulers")
        let ms = o.ints("milestones")
        guard !children.isEmpty else {
            throw OptionError(key: "schedulers", "schedulers must list at least one scheduler")
        }
        for (i, c) in children.enumerated() {
            let child = Schedule(name: c.name, values: c.values)
            do { try child.check() } catch {
                throw OptionError(key: "schedulers", "schedulers[\(i)]: \(error.message)")
            }
            if let kind = child.kind,
                kind.defaultInterval != .epoch || !kind.allowsStepInterval || kind.name == SequentialSchedule.name
            {
                throw OptionError(key: "schedulers", "schedulers[\(i)]: \(c.name) cannot run inside sequential")
            }
        }
        guard ms.count == children.count - 1 else {
            throw OptionError(
                key: "milestones",
                "milestones must list one step fewer than the \(children.count) schedulers, got \(ms.count)")
        }
        guard ms.allSatisfy({ $0 > 0 }) else {
            throw OptionError(key: "milestones", "milestones must be positive integers, got \(ms)")
        }
        guard zip(ms, ms.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw OptionError(key: "milestones", "milestones must be increasing, got \(ms)")
        }
    }

    public static func start(_ o: OptionValues, group: inout ScheduleGroup, totalSteps: Int) -> SchedulerState {
        // Each scheduler is made as PyTorch's constructors make them, taking its initial step.
        let children = o.entries("schedulers").map { c -> SchedulerState in
            let s = Schedule(name: c.name, values: c.values)
            var g = ScheduleGroup(lr: group.lr, momentum: group.momentum)
            let state = (s.kind ?? NoSchedule.self).start(s.options, group: &g, totalSteps: totalSteps)
            state.initialStep(&g)
            return state
        }
        return State(children: children, milestones: o.ints("milestones"), baseLR: group.lr)
    }

    final class State: SchedulerState {
        let children: [SchedulerState], milestones: [Int]
        init(children: [SchedulerState], milestones: [Int], baseLR: Double) {
            self.children = children
            self.milestones = milestones
            super.init(baseLR: baseLR)
        }
        /// bisect_right(milestones, e)
        func index(_ e: Int) -> Int { milestones.filter { $0 <= e }.count }

        /// SequentialLR's constructor: back to the start lr, the children's steps undone, and
        /// the initial step of the scheduler for step 0.
        override func initialStep(_ g: inout ScheduleGroup) {
            lastEpoch = 0
            g.lr = baseLR
            for c in children { c.lastEpoch -= 1 }
            children[index(0)].initialStep(&g)
        }
        override func step(_ g: inout ScheduleGroup, metric: Double?) {
            lastEpoch += 1
            let i = index(lastEpoch)
            if i > 0 && milestones[i - 1] == lastEpoch {
                children[i].jump(to: 0, &g)
            } else {
                children[i].step(&g, metric: metric)
            }
        }
    }
}
