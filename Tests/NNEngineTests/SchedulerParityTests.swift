import Testing
import NNEngine

// Learning rates after 0...11 scheduler steps against PyTorch (schedulers.json), and the closed
// forms against the step-by-step values.

@Suite("Scheduler parity with PyTorch")
struct SchedulerParityTests {
    static let cases = Fixtures.cases(Fixtures.schedulers)

    @Test(arguments: cases)
    func scheduler(_ fc: FixtureCase) throws {
        let c = Fixtures.schedulers["cases"][fc.index]
        let schedule = Settings.schedule(name: c["name"].string, params: c["params"])
        try schedule.validate()
        let base = c["base_lr"].double
        let expected = c["lrs"].doubles
        var s = LRScheduler(schedule, base: base)
        var got = [s.lr]
        for _ in 1..<expected.count { got.append(s.step()) }
        #expect(s.steps == expected.count - 1)
        // LRScheduler repeats PyTorch's chainable double arithmetic (lr ← lr · gamma^k): the same
        // doubles, bit for bit.
        #expect(got == expected, "\(fc.label): got \(got), expected \(expected)")
        // The closed form computes base · gamma^n with pow instead: equal within rounding.
        for (e, lr) in expected.enumerated() {
            expectClose(schedule.closedForm(base: base, steps: e), lr, Tolerance(rel: 1e-12, abs: 0), "\(fc.label) closed form at \(e)")
        }
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
    ]

    @Test(arguments: extra)
    func closedFormMatchesSteps(_ schedule: Schedule) throws {
        try schedule.validate()
        for base in [0.1, 3e-4, 1.0] {
            var s = LRScheduler(schedule, base: base)
            expectClose(schedule.closedForm(base: base, steps: 0), base, .exact, "\(schedule) at 0")
            for e in 1...60 {
                let lr = s.step()
                expectClose(schedule.closedForm(base: base, steps: e), lr, Tolerance(rel: 1e-12, abs: 0), "\(schedule) base \(base) at \(e)")
            }
        }
    }

    @Test func closedFormFormulas() {
        #expect(Schedule.step(stepSize: 3, gamma: 0.5).closedForm(base: 1, steps: 8) == 0.25)
        #expect(Schedule.multistep(milestones: [2, 2, 6], gamma: 0.5).closedForm(base: 1, steps: 5) == 0.25)
        #expect(Schedule.multistep(milestones: [2, 2, 6], gamma: 0.5).closedForm(base: 1, steps: 6) == 0.125)
        #expect(Schedule.exponential(gamma: 0.5).closedForm(base: 2, steps: 3) == 0.25)
        #expect(Schedule.none.closedForm(base: 0.3, steps: 100) == 0.3)
    }

    @Test func rejectsBadSchedules() {
        #expect(throws: EngineError.self) { try Schedule.step(stepSize: 0).validate() }
        #expect(throws: EngineError.self) { try Schedule.step(stepSize: 2, gamma: 0).validate() }
        #expect(throws: EngineError.self) { try Schedule.multistep(milestones: []).validate() }
        #expect(throws: EngineError.self) { try Schedule.multistep(milestones: [3, 2]).validate() }
        #expect(throws: EngineError.self) { try Schedule.multistep(milestones: [0, 2]).validate() }
        #expect(throws: EngineError.self) { try Schedule.exponential(gamma: -0.5).validate() }
    }
}
