import Foundation
import NNCluster
import NNCompare
import NNEngine
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// The scheduler section, read from the schedulers' declarations: the values it gives, and one
/// clear line with the line number for each mistake.
@Suite struct SchedulerInputTests {
    func expectError(
        _ scheduler: String, _ fragments: [String], line: Int? = 2, optimizer: String = "{name: sgd, lr: 0.1}",
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let e = planError("data: {builtin: iris}\nscheduler: \(scheduler)\noptimizer: \(optimizer)\n") else {
            Issue.record("expected an error containing \(fragments)", sourceLocation: sourceLocation)
            return
        }
        for f in fragments { #expect(e.contains(f), "\(e)", sourceLocation: sourceLocation) }
        #expect(!e.contains("\n"), "one line: \(e)", sourceLocation: sourceLocation)
        if let line { #expect(e.contains("run.yaml:\(line):"), "\(e)", sourceLocation: sourceLocation) }
    }

    func schedule(_ text: String) throws -> Schedule {
        let plan = try SweepPlan.load(
            write("data: {builtin: iris}\nscheduler: \(text)\n", "run.yaml", in: temporaryDirectory()))
        return plan.cells[0].config.schedule
    }

    @Test func readsEveryScheduler() throws {
        #expect(try schedule("none") == .none)
        #expect(try schedule("{name: step, step_size: 3}") == .step(stepSize: 3))
        #expect(
            try schedule("{name: multistep, milestones: [2, 4], gamma: 0.5}")
                == .multistep(milestones: [2, 4], gamma: 0.5))
        #expect(try schedule("{name: exponential, gamma: 1}") == .exponential(gamma: 1))
        let cosine = try schedule("{name: cosine, T_max: 10}")
        #expect(cosine.options.int("T_max") == 10 && cosine.options.double("eta_min") == 0 && cosine.interval == .epoch)
        let linear = try schedule("linear")
        #expect(linear.options.double("start_factor") == 1.0 / 3 && linear.options.int("total_iters") == 5)
        let plateau = try schedule("reduce_on_plateau")
        #expect(
            plateau.options.name("mode") == "min" && plateau.options.int("patience") == 10
                && plateau.options.double("eps") == 1e-8)
        let oneCycle = try schedule("{name: one_cycle, max_lr: 0.5, anneal_strategy: linear}")
        #expect(
            oneCycle.interval == .step && oneCycle.options.name("anneal_strategy") == "linear"
                && oneCycle.options.double("div_factor") == 25)
        #expect(try schedule("{name: one_cycle, max_lr: 0.5, interval: epoch}").interval == .epoch)
        let cyclic = try schedule("{name: cyclic, base_lr: 0.01, max_lr: 0.1, step_size_up: 4}")
        #expect(cyclic.options.intOrNil("step_size_down") == nil && cyclic.options.name("mode") == "triangular")
        #expect(try schedule("{name: step, step_size: 2, interval: step}").interval == .step)
        let seq = try schedule(
            "{name: sequential, schedulers: [{name: linear, total_iters: 2}, {name: cosine, T_max: 4}], milestones: [2]}"
        )
        #expect(seq.options.entries("schedulers").map(\.name) == ["linear", "cosine"])
        #expect(seq.canonical == "sequential(linear(0.3333333333333333,1.0,2),cosine(4,0.0),2)")
    }

    /// Committed cell ids hash these texts: they must not change.
    @Test func canonicalTextOfTheFirstSchedulersIsUnchanged() throws {
        let text = "data: {builtin: iris}\nscheduler: {name: multistep, milestones: [5, 10], gamma: 0.5}\n"
        let plan = try SweepPlan.load(write(text, "run.yaml", in: temporaryDirectory()))
        #expect(plan.cells[0].config.canonical.contains(";scheduler=multistep(5,10,0.5);"))
        #expect(try schedule("{name: step, step_size: 5}").canonical == "step(5,0.1)")
        #expect(try schedule("{name: exponential, gamma: 0.95}").canonical == "exponential(0.95)")
        #expect(try schedule("none").canonical == "none")
    }

    @Test func unknownNamesAndKeys() {
        expectError(
            "{name: one_cycel, max_lr: 1}",
            ["unknown scheduler 'one_cycel'", "did you mean 'one_cycle'?", "valid: none, step"])
        expectError("platau", ["unknown scheduler 'platau'"])
        expectError(
            "{name: cosine, T_max: 5, eta_mni: 0.1}",
            ["unknown key in scheduler cosine", "'eta_mni'", "did you mean 'eta_min'?"])
        expectError("{name: cosine, T_max: 5, interval: hourly}", ["unknown interval 'hourly'", "epoch, step"])
        expectError("{step_size: 5}", ["scheduler needs name"])
        expectError("[step]", ["scheduler must be a name or a map"])
    }

    @Test func wrongKinds() {
        expectError("{name: cosine, T_max: 2.5}", ["scheduler.T_max must be a whole number", "'2.5'"])
        expectError("{name: linear, start_factor: half}", ["scheduler.start_factor must be a number"])
        expectError("{name: one_cycle, max_lr: 1, three_phase: maybe}", ["scheduler.three_phase must be true or false"])
        expectError("{name: reduce_on_plateau, mode: minimum}", ["unknown scheduler.mode 'minimum'", "min, max"])
        expectError("{name: multistep, milestones: 5}", ["scheduler.milestones must be a list of whole numbers"])
        expectError(
            "{name: sequential, schedulers: linear, milestones: []}", ["scheduler.schedulers must be a list of maps"])
    }

    @Test func missingRequiredOptions() {
        expectError("{name: step}", ["scheduler step needs step_size"])
        expectError("cosine", ["scheduler cosine needs T_max"])
        expectError("{name: one_cycle}", ["scheduler one_cycle needs max_lr"])
        expectError("{name: cyclic, max_lr: 0.1}", ["scheduler cyclic needs base_lr"])
        expectError("{name: sequential, milestones: [2]}", ["scheduler sequential needs schedulers"])
    }

    @Test func pytorchsConditions() {
        expectError("{name: linear, start_factor: 0}", ["start_factor must be greater than 0"])
        expectError("{name: constant, factor: 2}", ["factor must be greater than 0 and at most 1"])
        expectError("{name: cosine_warm_restarts, T_0: 3, T_mult: 0}", ["T_mult must be an integer >= 1"])
        expectError("{name: reduce_on_plateau, factor: 1.5}", ["factor must be >= 0 and < 1"])
        expectError("{name: reduce_on_plateau, interval: step}", ["interval: step is not allowed"])
        expectError("{name: one_cycle, max_lr: 1, pct_start: 2}", ["pct_start must be between 0 and 1"])
        expectError(
            "{name: sequential, schedulers: [{name: linear}, {name: cosine, T_max: 3}], milestones: [2, 4]}",
            ["milestones must list one step fewer than the 2 schedulers"])
        expectError(
            "{name: sequential, schedulers: [{name: linear}, {name: reduce_on_plateau}], milestones: [2]}",
            ["schedulers[1]: reduce_on_plateau cannot run inside sequential"])
        expectError(
            "{name: sequential, schedulers: [{name: linear}, {name: cosine}], milestones: [2]}",
            ["scheduler cosine needs T_max"])
        expectError(
            "{name: sequential, schedulers: [{name: linear, interval: step}], milestones: []}",
            ["unknown key in scheduler linear", "'interval'"])
        // PyTorch: "optimizer must support momentum or beta1 with `cycle_momentum` option enabled"
        expectError(
            "{name: one_cycle, max_lr: 1}", ["cycle_momentum needs an optimizer with momentum or betas", "adagrad"],
            optimizer: "{name: adagrad, lr: 0.1}")
        #expect(
            planError(
                "data: {builtin: iris}\nscheduler: {name: one_cycle, max_lr: 1, cycle_momentum: false}\noptimizer: {name: adagrad, lr: 0.1}\n"
            ) == nil)
        #expect(
            planError(
                "data: {builtin: iris}\nscheduler: {name: cyclic, base_lr: 0.01, max_lr: 0.1}\noptimizer: {name: adam, lr: 0.1}\n"
            ) == nil)
    }

    /// A per-step schedule records the lr of every step; a per-epoch one records none, so
    /// existing records keep their bytes.
    @Test func cellRecordsCarryTheLrOfEveryStep() throws {
        let dir = temporaryDirectory()
        func record(_ scheduler: String) throws -> CellRecord {
            let text =
                "data: {builtin: iris}\nmodel: {hidden: [4]}\nbatch_size: 40\nepochs: 2\nscheduler: \(scheduler)\noptimizer: {name: sgd, lr: 0.1, momentum: 0.9}\n"
            let plan = try SweepPlan.load(write(text, "r.yaml", in: dir))
            let cell = plan.cells[0]
            return try CellRunner.run(
                cell, data: try PreparedData.prepare(cell.config), dataError: nil, checkpointDirectory: nil)
        }
        let oneCycle = try record("{name: one_cycle, max_lr: 0.5}")
        #expect(oneCycle.status == .ok, "\(oneCycle.message)")
        let steps = try #require(oneCycle.stepLR)
        #expect(steps.count == 2 * oneCycle.iterationsPerEpoch)
        #expect(
            abs(steps[0] - 0.5 / 25) < 1e-15
                && oneCycle.epochs.map(\.lr) == [steps[0], steps[oneCycle.iterationsPerEpoch]])
        #expect(steps.max()! <= 0.5 && steps.contains { $0 > 0.4 })
        let step = try record("{name: step, step_size: 1, gamma: 0.5}")
        #expect(step.stepLR == nil && step.epochs.map(\.lr) == [0.1, 0.05])
        let json = String(decoding: try JSONEncoder().encode(step), as: UTF8.self)
        #expect(!json.contains("stepLR"))
    }
}
