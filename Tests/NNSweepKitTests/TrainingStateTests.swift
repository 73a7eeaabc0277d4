import Foundation
import NNData
import NNEngine
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// A run stopped after some epochs, saved to bytes, restored into a new trainer and continued
/// trains exactly as one run straight through: the same epoch rows, the same bits everywhere.
@Suite struct TrainingStateTests {
    static let epochs = 6
    static let stop = 2

    /// Options that give every optimizer state to carry: momentum buffers, amsgrad's maximum,
    /// ASGD's average after t0, a centered RMSprop.
    static func optimizer(_ name: String) -> OptimizerSpec {
        let declaration = OptimizerSpec.declaration(named: name)!
        var given: [String: OptionValue] = ["lr": .double(name == "adadelta" ? 0.5 : 0.01)]
        switch name {
        case "sgd":
            given["momentum"] = .double(0.9)
            given["nesterov"] = .bool(true)
        case "rmsprop":
            given["momentum"] = .double(0.5)
            given["centered"] = .bool(true)
        case "adam": given["amsgrad"] = .bool(true)
        case "asgd": given["t0"] = .double(5)
        default: break
        }
        return OptimizerSpec(declaration, given)
    }

    static let cycling: Set<String> = ["sgd", "rmsprop", "adam", "adamw"]

    static func schedules(optimizer: String) -> [Schedule] {
        [
            .step(stepSize: 2, gamma: 0.5),
            Schedule(
                name: "reduce_on_plateau",
                values: ["patience": .int(0), "factor": .double(0.5), "threshold": .double(0.5)]),
            Schedule(
                name: "one_cycle",
                values: ["max_lr": .double(0.05), "cycle_momentum": .bool(cycling.contains(optimizer))]),
            Schedule(
                name: "cyclic",
                values: [
                    "base_lr": .double(0.001), "max_lr": .double(0.02), "step_size_up": .int(5),
                    "cycle_momentum": .bool(cycling.contains(optimizer))
                ])
        ]
    }

    static let data: (train: Dataset, validation: Dataset) = {
        let all = Synthetic.make("blobs", samples: 150, noise: 0.6, classes: 3, seed: 8)!
        let split = all.split(testFraction: 0.2, seed: 8)
        return (split.train, split.test!)
    }()

    /// A trainer with batch norm and dropout, built the same way every time.
    static func trainer(_ optimizer: OptimizerSpec, _ schedule: Schedule, ema: Double? = nil) throws -> Trainer {
        let spec = NetworkSpec(
            inputs: 2, hidden: [12, 8], outputs: 3, activation: .relu, dropout: 0.25, batchNorm: true)
        let net = try Sequential(
            spec: spec, initScheme: InitScheme.short("default")!, random: RandomSource(seed: 3),
            dropoutRandom: RandomSource(seed: 4))
        var settings = TrainingSettings(
            loss: .crossEntropy(), batchSize: 16, epochs: epochs, schedule: schedule,
            l2: 1e-3, layerStatistics: true)
        settings.trainEvaluation = true
        settings.emaDecay = ema
        return try Trainer(
            network: net, optimizer: try optimizer.make(parameters: net.parameters), settings: settings,
            train: data.train, validation: data.validation, random: RandomSource(seed: 5))
    }

    /// Trains straight through, and in two parts with the state passed through its bytes;
    /// `change` may alter the saved state before it is restored.
    static func compare(
        _ optimizer: OptimizerSpec, _ schedule: Schedule, ema: Double? = nil,
        change: (inout TrainingState) -> Void = { _ in }
    )
        throws -> (sameRecords: Bool, sameState: Bool)
    {
        let straight = try trainer(optimizer, schedule, ema: ema)
        var all: [EpochRecord] = []
        #expect(straight.run { all.append($0) } == .completed)

        let first = try trainer(optimizer, schedule, ema: ema)
        var parts: [EpochRecord] = []
        #expect(first.run(through: stop) { parts.append($0) } == .completed)
        let bytes = TrainingStateFile.encode(first.saveState())
        var state = try TrainingStateFile.decode(bytes)
        change(&state)
        let second = try trainer(optimizer, schedule, ema: ema)
        try second.restore(state)
        #expect(second.completedEpochs == stop)
        #expect(second.run { parts.append($0) } == .completed)
        // The encoded states hold every value's bits, so equal bytes mean equal states.
        let sameState = TrainingStateFile.encode(straight.saveState()) == TrainingStateFile.encode(second.saveState())
        return (parts == all, sameState)
    }

    @Test(arguments: OptimizerSpec.names)
    func continuedEqualsStraightThrough(optimizer name: String) throws {
        for schedule in Self.schedules(optimizer: name) {
            let r = try Self.compare(Self.optimizer(name), schedule)
            #expect(r.sameRecords, "\(name) with \(schedule)")
            #expect(r.sameState, "\(name) with \(schedule)")
        }
    }

    /// Leaving out any part of the state (keeping a fresh trainer's value for it) changes the
    /// continued run, so the test above would notice a part that is not saved or restored.
    @Test func everyPartOfTheStateMatters() throws {
        let fresh = try Self.trainer(Self.optimizer("adam"), .step(stepSize: 2)).saveState()
        let changes: [(String, (inout TrainingState) -> Void)] = [
            ("weights", { $0.tensors = Self.replaced($0.tensors, from: fresh.tensors) { $0.hasSuffix("weight") } }),
            (
                "running statistics",
                { $0.tensors = Self.replaced($0.tensors, from: fresh.tensors) { $0.contains("running") } }
            ),
            ("num_batches_tracked", { $0.counters = fresh.counters }),
            ("optimizer tensors", { $0.optimizer.tensors = [] }),
            ("optimizer step count", { $0.optimizer.stepCount = 0 }),
            ("shuffle stream", { $0.shuffle = fresh.shuffle }),
            ("sample order", { $0.order = fresh.order }),
            ("dropout streams", { $0.dropout = fresh.dropout }),
            ("layer statistics", { $0.layerStatistics = [] })
        ]
        for (part, change) in changes {
            let r = try Self.compare(Self.optimizer("adam"), .step(stepSize: 2), change: change)
            #expect(!(r.sameRecords && r.sameState), "\(part)")
        }
        // The optimizers' running scalars: NAdam's μ product, ASGD's η and μ. (A cycled
        // momentum is saved too, but the scheduler sets it again before the next step.)
        for (name, schedule) in [("nadam", Schedule.step(stepSize: 2)), ("asgd", .step(stepSize: 2))] {
            let scalars = try Self.trainer(Self.optimizer(name), schedule).saveState().optimizer.scalars
            let r = try Self.compare(Self.optimizer(name), schedule) { $0.optimizer.scalars = scalars }
            #expect(!(r.sameRecords && r.sameState), "\(name) scalars")
        }
    }

    /// The exponential average of the parameters (`ema:`) is part of the state too.
    @Test func anExponentialAverageContinuesToo() throws {
        let r = try Self.compare(Self.optimizer("sgd"), .step(stepSize: 2), ema: 0.9)
        #expect(r.sameRecords && r.sameState)
        let fresh = try Self.trainer(Self.optimizer("sgd"), .step(stepSize: 2), ema: 0.9).saveState()
        #expect(fresh.tensors.contains { $0.name == "ema.0" } && fresh.counters["ema.n_averaged"] == 0)
        let changed = try Self.compare(Self.optimizer("sgd"), .step(stepSize: 2), ema: 0.9) {
            $0.tensors = Self.replaced($0.tensors, from: fresh.tensors) { $0.hasPrefix("ema.") }
        }
        #expect(!(changed.sameRecords && changed.sameState))
    }

    static func replaced(_ tensors: [NamedValues], from other: [NamedValues], where pick: (String) -> Bool)
        -> [NamedValues]
    {
        tensors.map { t in pick(t.name) ? other.first { $0.name == t.name }! : t }
    }

    @Test func aStateFromOtherSettingsIsRefused() throws {
        let a = try Self.trainer(Self.optimizer("adam"), .step(stepSize: 2))
        a.run(through: 3)
        let saved = a.saveState()
        // Another schedule arrives at another lr after the same epochs.
        let b = try Self.trainer(Self.optimizer("adam"), .step(stepSize: 1))
        #expect(throws: EngineError.self) { try b.restore(saved) }
        #expect(b.completedEpochs == 0)
        // Another optimizer keeps other tensors.
        let c = try Self.trainer(Self.optimizer("sgd"), .step(stepSize: 2))
        #expect(throws: EngineError.self) { try c.restore(saved) }
        var shuffled = saved
        shuffled.order[0] = shuffled.order[1]
        #expect(throws: EngineError.self) { try a.restore(shuffled) }
    }

    @Test func damagedFilesAreRefusedWithOneLine() throws {
        let t = try Self.trainer(Self.optimizer("rmsprop"), .step(stepSize: 2))
        t.run(through: 1)
        let dir = temporaryDirectory()
        let url = dir.appendingPathComponent("trial.state")
        try TrainingStateFile.write(t.saveState(), to: url)
        #expect(try TrainingStateFile.read(from: url) == t.saveState())
        let bytes = try [UInt8](Data(contentsOf: url))

        func message(_ b: [UInt8]) -> String? {
            do {
                _ = try TrainingStateFile.decode(b)
                return nil
            } catch { return error.description }
        }
        #expect(message(Array(bytes.prefix(bytes.count / 2)))?.contains("damaged or cut short") == true)
        #expect(message(Array(bytes.prefix(5)))?.contains("not a training state file") == true)
        var flipped = bytes
        flipped[bytes.count / 3] ^= 0x10
        #expect(message(flipped)?.contains("damaged") == true)
        #expect(message(Array("hello, world".utf8)) == "not a training state file")

        try Data(bytes.prefix(100)).write(to: url)
        do {
            _ = try TrainingStateFile.read(from: url)
            Issue.record("a cut file was read")
        } catch {
            #expect(error.description.hasPrefix(url.path + ": "))
            #expect(!error.description.contains("\n"))
        }
        #expect(throws: TrainingStateFileError.self) {
            try TrainingStateFile.read(from: dir.appendingPathComponent("missing"))
        }
    }
}
