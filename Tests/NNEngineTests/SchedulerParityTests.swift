import NNEngine
import Testing

// Learning rates (and the momentum of the momentum-cycling schedulers) after each scheduler step
// against PyTorch (schedulers.json), the closed forms against the step-by-step values, the
// declarations and PyTorch's checks.

@Suite("Scheduler parity with PyTorch")
struct SchedulerParityTests {
    static let cases = Fixtures.cases(Fixtures.schedulers)

    /// The momentum (or beta1) the fixture's optimizer starts with; nil for one without.
    static func momentum(_ o: JSON) -> Double? {
        switch o["name"].string {
        case "sgd", "rmsprop": o["momentum"].doubleOrNil ?? 0
        case "adam", "adamw": o["betas"].isNull ? 0.9 : o["betas"][0].double
        default: nil
        }
    }

    @Test(arguments: cases)
    func scheduler(_ fc: FixtureCase) throws {
        let c = Fixtures.schedulers["cases"][fc.index]
        let schedule = Settings.schedule(name: c["name"].string, params: c["params"])
        try schedule.validate()
        let base = c["base_lr"].double
        let expected = c["lrs"].doubles
        let optimizer = c["optimizer"]
        let s = LRScheduler(
            schedule, base: base, momentum: optimizer.isNull ? nil : Self.momentum(optimizer),
            totalSteps: c["total_steps"].isNull ? 0 : c["total_steps"].int)
        let metrics = c["metrics"].isNull ? nil : c["metrics"].doubles
        var got = [s.lr]
        var momenta = [s.momentum]
        for i in 1..<expected.count {
            got.append(s.step(metric: metrics?[i - 1]))
            momenta.append(s.momentum)
        }
        #expect(s.steps == expected.count - 1)
        // LRScheduler repeats PyTorch's double arithmetic (the chainable forms, the phases, the
        // cycles): the same doubles, bit for bit.
        #expect(got == expected, "\(fc.label): got \(got), expected \(expected)")
        if c["momentums"].isNull {
            #expect(momenta.allSatisfy { $0 == nil }, "\(fc.label): no momentum is set")
        } else {
            #expect(momenta == c["momentums"].doubles.map { Optional($0) }, "\(fc.label): momentum \(momenta)")
        }
        // The closed form computes the formula directly: equal within rounding.
        for (e, lr) in expected.enumerated() {
            guard let closed = schedule.closedForm(base: base, steps: e) else { break }
            expectClose(closed, lr, Tolerance(rel: 1e-12, abs: 0), "\(fc.label) closed form at \(e)")
        }
    }

    @Test func fixturesCoverEveryScheduler() {
        let covered = Set(Fixtures.schedulers["cases"].array.map { $0["name"].string })
        #expect(Set(Schedule.names).subtracting(covered) == ["none"])
    }

    static let extra: [Schedule] = [
        .none,
        .step(stepSize: 1, gamma: 0.9),
        .step(stepSize: 4, gamma: 0.3),
        .step(stepSize: 7),
        .multistep(milestones: [1], gamma: 0.5),
        .multistep(milestones: [3, 3, 3, 10, 25], gamma: 0.7),
        .multistep(milestones: [5, 10, 15, 20, 30]),
        .exponential(gamma: 0.99),
        .exponential(gamma: 0.5),
        .exponential(gamma: 1.05),
        Schedule(name: "linear", values: ["start_factor": .double(0.05), "total_iters": .int(30)]),
        Schedule(name: "constant", values: ["factor": .double(0.25), "total_iters": .int(17)]),
        Schedule(name: "polynomial", values: ["total_iters": .int(40), "power": .double(3)]),
        Schedule(name: "cosine", values: ["T_max": .int(60), "eta_min": .double(1e-4)])
    ]

    @Test(arguments: extra)
    func closedFormMatchesSteps(_ schedule: Schedule) throws {
        try schedule.validate()
        for base in [0.1, 3e-4, 1.0] {
            let s = LRScheduler(schedule, base: base)
            expectClose(
                try #require(schedule.closedForm(base: base, steps: 0)), s.lr, Tolerance(rel: 1e-15, abs: 0),
                "\(schedule) at 0")
            for e in 1...60 {
                let lr = s.step()
                expectClose(
                    try #require(schedule.closedForm(base: base, steps: e)), lr, Tolerance(rel: 1e-12, abs: 0),
                    "\(schedule) base \(base) at \(e)")
            }
        }
    }

    @Test func closedFormFormulas() {
        #expect(Schedule.step(stepSize: 3, gamma: 0.5).closedForm(base: 1, steps: 8) == 0.25)
        #expect(Schedule.multistep(milestones: [2, 2, 6], gamma: 0.5).closedForm(base: 1, steps: 5) == 0.25)
        #expect(Schedule.multistep(milestones: [2, 2, 6], gamma: 0.5).closedForm(base: 1, steps: 6) == 0.125)
        #expect(Schedule.exponential(gamma: 0.5).closedForm(base: 2, steps: 3) == 0.25)
        #expect(Schedule.none.closedForm(base: 0.3, steps: 100) == 0.3)
        #expect(
            Schedule(name: "linear", values: ["start_factor": .double(0.5), "total_iters": .int(4)]).closedForm(
                base: 1, steps: 2) == 0.75)
        #expect(Schedule(name: "cosine", values: ["T_max": .int(4)]).closedForm(base: 2, steps: 2) == 1)
        #expect(Schedule(name: "one_cycle", values: ["max_lr": .double(1)]).closedForm(base: 1, steps: 2) == nil)
    }

    /// The canonical texts of the first four schedulers are part of committed cell ids.
    @Test func canonicalText() {
        #expect(Schedule.none.canonical == "none")
        #expect(Schedule.step(stepSize: 3, gamma: 0.5).canonical == "step(3,0.5)")
        #expect(Schedule(name: "step", values: ["step_size": .int(5)]).canonical == "step(5,0.1)")
        #expect(Schedule.multistep(milestones: [5, 10, 15]).canonical == "multistep(5,10,15,0.1)")
        #expect(Schedule.exponential(gamma: 0.9).canonical == "exponential(0.9)")
        #expect(Schedule(name: "exponential", values: ["gamma": .int(1)]).canonical == "exponential(1.0)")
        #expect(Schedule(name: "cosine", values: ["T_max": .int(10)]).canonical == "cosine(10,0.0)")
        #expect(
            Schedule(name: "cyclic", values: ["base_lr": .double(0.1), "max_lr": .double(1)]).canonical
                == "cyclic(0.1,1.0,2000,-,triangular,1.0,true,0.8,0.9)")
        #expect(
            Schedule(name: "one_cycle", values: ["max_lr": .double(1)], interval: .epoch).canonical
                == "one_cycle(1.0,0.3,cos,25.0,10000.0,false,true,0.85,0.95)@epoch")
        #expect(Schedule(name: "step", values: ["step_size": .int(2)], interval: .step).canonical == "step(2,0.1)@step")
        let seq = Schedule(
            name: "sequential",
            values: [
                "schedulers": .entries([
                    OptionEntry(name: "linear", values: [:]),
                    OptionEntry(name: "cosine", values: ["T_max": .int(3)])
                ]),
                "milestones": .ints([5])
            ])
        #expect(seq.canonical == "sequential(linear(0.3333333333333333,1.0,5),cosine(3,0.0),5)")
        #expect(
            Schedule.step(stepSize: 2) == Schedule(name: "step", values: ["step_size": .int(2), "gamma": .double(0.1)]))
    }

    @Test func declarations() {
        #expect(Set(Schedule.names).count == Schedulers.all.count)
        for kind in Schedulers.all {
            #expect(Set(kind.options.map(\.key)).count == kind.options.count, "\(kind.name) lists an option twice")
            #expect(!kind.options.contains { $0.key == "name" || $0.key == "interval" })
        }
        #expect(Schedulers.all.filter { $0.defaultInterval == .step }.map { $0.name } == ["one_cycle", "cyclic"])
    }

    static func bad(_ name: String, _ values: [String: OptionValue], interval: ScheduleInterval? = nil)
        -> Schedule
    {
        Schedule(name: name, values: values, interval: interval)
    }

    @Test func rejectsBadSchedules() {
        #expect(throws: EngineError.self) { try Schedule.step(stepSize: 0).validate() }
        #expect(throws: EngineError.self) { try Schedule.step(stepSize: 2, gamma: 0).validate() }
        #expect(throws: EngineError.self) { try Schedule.multistep(milestones: []).validate() }
        #expect(throws: EngineError.self) { try Schedule.multistep(milestones: [3, 2]).validate() }
        #expect(throws: EngineError.self) { try Schedule.multistep(milestones: [0, 2]).validate() }
        #expect(throws: EngineError.self) { try Schedule.exponential(gamma: -0.5).validate() }
        let bad: [Schedule] = [
            Self.bad("cosine", [:]),  // T_max is required
            Self.bad("cosine", ["T_max": .int(0)]),
            Self.bad("cosine", ["T_max": .double(2.5)]),  // wrong kind
            Self.bad("cosine_warm_restarts", ["T_0": .int(0)]),
            Self.bad("cosine_warm_restarts", ["T_0": .int(2), "T_mult": .int(0)]),
            Self.bad("linear", ["start_factor": .double(0)]),
            Self.bad("linear", ["start_factor": .double(1.5)]),
            Self.bad("linear", ["end_factor": .double(-0.1)]),
            Self.bad("constant", ["factor": .double(1.5)]),
            Self.bad("polynomial", ["total_iters": .int(0)]),
            Self.bad("sequential", ["schedulers": .entries([]), "milestones": .ints([])]),
            Self.bad(
                "sequential",
                ["schedulers": .entries([OptionEntry(name: "linear", values: [:])]), "milestones": .ints([3])]),
            Self.bad(
                "sequential",
                [
                    "schedulers": .entries([
                        OptionEntry(name: "linear", values: [:]),
                        OptionEntry(name: "reduce_on_plateau", values: [:])
                    ]), "milestones": .ints([3])
                ]),
            Self.bad(
                "sequential",
                [
                    "schedulers": .entries([
                        OptionEntry(name: "linear", values: [:]),
                        OptionEntry(name: "cosine", values: [:])
                    ]), "milestones": .ints([3])
                ]),
            Self.bad("reduce_on_plateau", ["factor": .double(1)]),
            Self.bad("reduce_on_plateau", ["mode": .name("maximum")]),
            Self.bad("reduce_on_plateau", [:], interval: .step),
            Self.bad("one_cycle", [:]),
            Self.bad("one_cycle", ["max_lr": .double(0.1), "pct_start": .double(1.2)]),
            Self.bad("cyclic", ["base_lr": .double(0.1)]),
            Self.bad("cyclic", ["base_lr": .double(0.1), "max_lr": .double(1), "step_size_up": .int(0)]),
            Self.bad("cyclic", ["base_lr": .double(0.1), "max_lr": .double(1), "step_size_down": .int(0)]),
            Self.bad("step", ["step_size": .int(2), "T_max": .int(3)]),  // an undeclared option
            Self.bad("cosin", [:])
        ]
        for s in bad {
            #expect(throws: EngineError.self, "\(s)") { try s.validate() }
        }
        // one_cycle's phases must each have a step: pct_start 0.25 of 4 steps leaves none.
        let oneCycle = Schedule(name: "one_cycle", values: ["max_lr": .double(0.1), "pct_start": .double(0.25)])
        #expect(throws: EngineError.self) { try oneCycle.validate(totalSteps: 4) }
        #expect(throws: Never.self) { try oneCycle.validate(totalSteps: 5) }
    }
}
