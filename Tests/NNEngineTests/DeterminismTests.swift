import NNData
import NNEngine
import Testing

// The same spec and seed give bit-identical networks and training runs; another seed does not.

@Suite("Determinism")
struct DeterminismTests {
    static let spec = NetworkSpec(
        inputs: 2, hidden: [16, 8], outputs: 3, activation: .relu, dropout: 0.3, batchNorm: true)

    func network(seed: UInt64, scheme: String = "default") throws -> Sequential {
        try Sequential(
            spec: Self.spec, initScheme: try #require(InitScheme.short(scheme)), random: RandomSource(seed: seed))
    }

    func stateBits(_ net: Sequential) -> [String: [UInt64]] {
        var out: [String: [UInt64]] = [:]
        for (name, v) in net.stateTensors() {
            switch v {
            case .f32(_, let values): out[name] = values.map { UInt64($0.bitPattern) }
            case .i64(_, let values): out[name] = values.map { UInt64(bitPattern: $0) }
            }
        }
        return out
    }

    @Test(arguments: ["default", "normal", "xavier", "he"])
    func sameSeedSameWeights(scheme: String) throws {
        let a = try network(seed: 123, scheme: scheme)
        let b = try network(seed: 123, scheme: scheme)
        #expect(stateBits(a) == stateBits(b))
        let c = try network(seed: 124, scheme: scheme)
        #expect(stateBits(a)["0.weight"] != stateBits(c)["0.weight"])
        #expect(stateBits(a)["4.weight"] != stateBits(c)["4.weight"])
    }

    @Test func layersDrawFromSeparateStreams() throws {
        // Each parameter has its own stream: the first layer's weights do not depend on how many
        // values other layers draw (a wider second layer leaves layer 0 unchanged).
        let a = try network(seed: 5)
        let wider = NetworkSpec(
            inputs: 2, hidden: [16, 12], outputs: 3, activation: .relu, dropout: 0.3, batchNorm: true)
        let b = try Sequential(
            spec: wider, initScheme: try #require(InitScheme.short("default")), random: RandomSource(seed: 5))
        #expect(stateBits(a)["0.weight"] == stateBits(b)["0.weight"])
        #expect(stateBits(a)["0.bias"] == stateBits(b)["0.bias"])
    }

    func data() throws -> (Dataset, Dataset) {
        let all = try #require(Synthetic.make("blobs", samples: 150, noise: 0.3, classes: 3, seed: 8))
        let split = all.split(testFraction: 0.2, seed: 8)
        return (split.train, try #require(split.test))
    }

    func run(seed: UInt64, optimizer: OptimizerSpec) throws -> ([EpochRecord], [String: [UInt64]]) {
        let (train, test) = try data()
        let net = try network(seed: seed)
        let settings = TrainingSettings(
            loss: .crossEntropy(labelSmoothing: 0.05), batchSize: 16, epochs: 4, shuffle: true,
            schedule: .step(stepSize: 2, gamma: 0.5), l1: 1e-4, l2: 1e-3)
        let trainer = try Trainer(
            network: net, optimizer: try optimizer.make(parameters: net.parameters), settings: settings,
            train: train, validation: test, random: RandomSource(seed: seed))
        var records: [EpochRecord] = []
        #expect(trainer.run { records.append($0) } == .completed)
        return (records, stateBits(net))
    }

    @Test(arguments: [
        OptimizerSpec.adam(lr: 0.01), .sgd(lr: 0.05, momentum: 0.9, nesterov: true), .rmsprop(lr: 0.005, centered: true)
    ])
    func identicalTrainingRuns(optimizer: OptimizerSpec) throws {
        let (r1, s1) = try run(seed: 31, optimizer: optimizer)
        let (r2, s2) = try run(seed: 31, optimizer: optimizer)
        #expect(r1.count == 4)
        // EpochRecord equality compares the doubles exactly.
        #expect(r1 == r2)
        #expect(s1 == s2)
        #expect(r1.allSatisfy { $0.trainLoss.isFinite && ($0.valLoss ?? .nan).isFinite })

        let (r3, s3) = try run(seed: 32, optimizer: optimizer)
        #expect(r1.map(\.trainLoss) != r3.map(\.trainLoss))
        #expect(s1 != s3)
    }

    @Test func shuffleAndDropoutDependOnTheTrainerSeed() throws {
        // Same initial weights, different shuffle/dropout streams → different runs.
        let (train, test) = try data()
        var results: [[Double]] = []
        for shuffleSeed in [UInt64(1), 2] {
            let net = try network(seed: 3)
            let settings = TrainingSettings(loss: .crossEntropy(), batchSize: 10, epochs: 2, shuffle: true)
            let trainer = try Trainer(
                network: net, optimizer: try OptimizerSpec.sgd(lr: 0.1).make(parameters: net.parameters),
                settings: settings, train: train, validation: test, random: RandomSource(seed: shuffleSeed))
            var losses: [Double] = []
            trainer.run { losses.append($0.trainLoss) }
            results.append(losses)
        }
        #expect(results[0] != results[1])
    }

    @Test func layerStatisticsDoNotChangeTraining() throws {
        // Recording per-layer statistics runs extra forward/backward passes in evaluation mode;
        // they must not touch running statistics, dropout streams or gradients.
        let (train, test) = try data()
        var runs: [([EpochRecord], [String: [UInt64]])] = []
        for statistics in [false, true] {
            let net = try network(seed: 17)
            let settings = TrainingSettings(
                loss: .crossEntropy(), batchSize: 16, epochs: 3, shuffle: true, layerStatistics: statistics)
            let trainer = try Trainer(
                network: net, optimizer: try OptimizerSpec.adam(lr: 0.01).make(parameters: net.parameters),
                settings: settings, train: train, validation: test, random: RandomSource(seed: 17))
            var records: [EpochRecord] = []
            trainer.run { records.append($0) }
            #expect(trainer.layerStatistics.count == (statistics ? 9 : 0))  // 3 Linear layers × (init, epoch1, final)
            if statistics {
                #expect(
                    trainer.layerStatistics.map(\.stage) == [
                        "init", "init", "init", "epoch1", "epoch1", "epoch1", "final", "final", "final"
                    ])
                for s in trainer.layerStatistics {
                    #expect(s.activationQuantiles.count == 5 && s.outputGradQuantiles.count == 5)
                    #expect(zip(s.activationQuantiles, s.activationQuantiles.dropFirst()).allSatisfy { $0 <= $1 })
                    #expect((s.outputGradStd ?? 0) > 0)
                }
            }
            runs.append((records, stateBits(net)))
        }
        #expect(runs[0].0 == runs[1].0)
        #expect(runs[0].1 == runs[1].1)
    }
}
