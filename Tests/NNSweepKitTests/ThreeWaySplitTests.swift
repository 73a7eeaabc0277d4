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

/// `validation_fraction` and `validation_csv`: a validation part carved from the training part,
/// the test part unchanged and measured for reporting only.
@Suite struct ThreeWaySplitTests {
    static func plan(_ yaml: String, in dir: URL = temporaryDirectory()) throws -> SweepPlan {
        try SweepPlan.load(write(yaml, "run.yaml", in: dir))
    }

    static func prepared(_ data: String) throws -> PreparedData {
        try PreparedData.prepare(plan("data: \(data)\nepochs: 2\n").cells[0].config)
    }

    static func rows(_ d: Dataset?) -> [[Float]] {
        guard let d else { return [] }
        return (0..<d.count).map { i in
            Array(d.features[(i * d.featureCount)..<((i + 1) * d.featureCount)]) + [d.targets[i]]
        }
    }

    @Test func theTestPartIsTheSameWithOrWithoutAValidationPart() throws {
        let base =
            "{synthetic: blobs, samples: 200, noise: 0.5, classes: 3, scale: none, split_seed: 4, test_fraction: 0.25"
        let two = try Self.prepared(base + "}")
        let three = try Self.prepared(base + ", validation_fraction: 0.2}")
        #expect(two.heldOut == nil && two.validation != nil && two.reportOnly == nil)
        #expect(Self.rows(three.test) == Self.rows(two.test))
        #expect(three.test?.count == 50 && three.heldOut?.count == 40 && three.train.count == 110)
        // Disjoint, and together the training part of the two-way split.
        let train = Set(Self.rows(three.train))
        let validation = Set(Self.rows(three.heldOut))
        let test = Set(Self.rows(three.test))
        #expect(train.isDisjoint(with: validation) && train.isDisjoint(with: test) && validation.isDisjoint(with: test))
        #expect(train.union(validation) == Set(Self.rows(two.train)))
        // Deterministic, and drawn by split_seed.
        #expect(Self.rows(try Self.prepared(base + ", validation_fraction: 0.2}").heldOut) == Self.rows(three.heldOut))
        let other = try Self.prepared(
            base.replacingOccurrences(of: "split_seed: 4", with: "split_seed: 5") + ", validation_fraction: 0.2}")
        #expect(Set(Self.rows(other.heldOut)) != validation)
    }

    @Test func aValidationFile() throws {
        let dir = temporaryDirectory()
        write("a,b,y\n1,2,0\n2,3,1\n3,1,0\n4,4,1\n5,0,0\n6,2,1\n7,3,0\n8,1,1\n", "train.csv", in: dir)
        write("a,b,y\n1.5,2,1\n2.5,3,0\n", "val.csv", in: dir)
        write("b,a,y\n1.5,2,1\n", "swapped.csv", in: dir)
        let data = "{csv: train.csv, target: y, task: classification, test_fraction: 0.25, scale: none"
        let three = try PreparedData.prepare(
            Self.plan("data: \(data), validation_csv: val.csv}\n", in: dir).cells[0].config)
        let two = try PreparedData.prepare(Self.plan("data: \(data)}\n", in: dir).cells[0].config)
        #expect(Self.rows(three.heldOut) == [[1.5, 2, 1], [2.5, 3, 0]])
        #expect(Self.rows(three.test) == Self.rows(two.test) && Self.rows(three.train) == Self.rows(two.train))
        let plan = try Self.plan("data: \(data), validation_csv: swapped.csv}\n", in: dir)
        #expect(throws: (any Error).self) { try PreparedData.prepare(plan.cells[0].config) }
    }

    @Test func withoutAValidationPartTheSettingsAndCellIdsStay() throws {
        let a = try Self.plan("data: {builtin: iris}\nepochs: 2\n")
        let b = try Self.plan("data: {builtin: iris, validation_fraction: 0}\nepochs: 2\n")
        let c = try Self.plan("data: {builtin: iris, validation_fraction: 0.2}\nepochs: 2\n")
        #expect(a.cells[0].id == b.cells[0].id)
        #expect(!a.cells[0].config.canonical.contains("validation"))
        #expect(c.cells[0].id != a.cells[0].id)
        #expect(c.cells[0].config.canonical.contains("validation_fraction=0.2"))
    }

    static func expectError(_ yaml: String, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let e = planError(yaml) else {
            Issue.record("expected an error containing \(fragment)", sourceLocation: sourceLocation)
            return
        }
        #expect(e.contains(fragment), "\(e)", sourceLocation: sourceLocation)
        #expect(!e.contains("\n"), "one line: \(e)", sourceLocation: sourceLocation)
    }

    @Test func badSettingsAreOneLineErrors() {
        Self.expectError(
            "data: {builtin: iris, validation_fraction: 1.5}\n", "data.validation_fraction must be in [0, 1), got 1.5")
        Self.expectError(
            "data: {builtin: iris, validation_fraction: -0.1}\n", "data.validation_fraction must be in [0, 1)")
        Self.expectError(
            "data: {builtin: iris, validation_fraction: 0.8}\n",
            "validation_fraction + the test part's fraction (0.2) must be less than 1")
        Self.expectError("data: {builtin: iris, test_every: 2, validation_fraction: 0.5}\n", "must be less than 1")
        Self.expectError("data: {builtin: iris, validation_csv: v.csv}\n", "data.validation_csv goes with csv only")
        Self.expectError(
            "data: {csv: a.csv, target: y, validation_csv: v.csv, validation_fraction: 0.1}\n",
            "data.validation_fraction and data.validation_csv cannot be used together")
    }

    @Test func aPartWithoutSamplesStopsTheSweepBeforeAnythingIsWritten() throws {
        for data in [
            "{builtin: iris, validation_fraction: 0.001}", "{builtin: iris, test_fraction: 0, validation_fraction: 0.2}"
        ] {
            let dir = temporaryDirectory()
            let plan = try Self.plan("data: \(data)\nepochs: 2\n", in: dir)
            let out = dir.appendingPathComponent("out")
            do {
                try runSweep(plan, out: out)
                Issue.record("\(data) ran")
            } catch {
                #expect(
                    "\(error)".contains("part has no samples") || "\(error)".contains("needs a test part"), "\(error)")
                #expect(!"\(error)".contains("\n"))
            }
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    /// A classification CSV of blobs: training rows and test rows.
    static func csvFiles(in dir: URL, permuteTestLabels: Bool) {
        let all = Synthetic.make("blobs", samples: 240, noise: 0.7, classes: 3, seed: 2)!
        func text(_ range: Range<Int>, permute: Bool) -> String {
            var labels = range.map { Int(all.targets[$0]) }
            if permute { labels = Array(labels.dropFirst(1) + labels.prefix(1)) }
            return
                (["a,b,y"] + zip(range, labels).map { i, y in "\(all.features[2 * i]),\(all.features[2 * i + 1]),\(y)" })
                .joined(separator: "\n") + "\n"
        }
        write(text(0..<180, permute: false), "train.csv", in: dir)
        write(text(180..<240, permute: permuteTestLabels), "test.csv", in: dir)
    }

    /// The tables of a three-way split, with and without the test part's labels permuted: every
    /// column but the test part's (and the run ids, which hash the test file) is the same.
    @Test func nothingInTrainingReadsTheTestLabels() throws {
        var tables: [(runs: [[String]], epochs: [[String]])] = []
        // The same folder (paths are settings), the test file rewritten between the sweeps.
        let dir = temporaryDirectory()
        for permute in [false, true] {
            Self.csvFiles(in: dir, permuteTestLabels: permute)
            let plan = try Self.plan(
                """
                data: {csv: train.csv, target: y, task: classification, test_csv: test.csv, validation_fraction: 0.25}
                model: {hidden: [8], dropout: 0.2, batch_norm: true}
                optimizer: {name: adam, lr: 0.01}
                scheduler: {name: reduce_on_plateau, patience: 0, factor: 0.5, threshold: 0.5}
                batch_size: 16
                epochs: 5
                """, in: dir)
            let out = dir.appendingPathComponent(permute ? "permuted" : "out")
            try runSweep(plan, out: out)
            let runs = tableWithoutTimes(out.appendingPathComponent("runs.csv"))
            let epochs = tableWithoutTimes(out.appendingPathComponent("epochs.csv"))
            #expect(Array(epochs[0].suffix(4)) == ["test_loss", "test_accuracy", "test_mae", "test_rmse"])
            #expect(runs[0].contains("final_test_accuracy") && runs[0].contains("best_epoch_test_loss"))
            // The test part is measured, and it is not the validation part.
            let e = Dictionary(uniqueKeysWithValues: zip(epochs[0], epochs[1]))
            #expect(Double(e["test_loss"] ?? "") != nil && e["test_loss"] != e["val_loss"])
            let read = try SweepTables.read(runs: out.appendingPathComponent("runs.csv"))
            #expect(read.epochColumns.contains("test_loss") && read.runColumns.contains("final_test_loss"))
            func keep(_ t: [[String]]) -> [[String]] {
                let columns = t[0].indices.filter { !t[0][$0].contains("test") && t[0][$0] != "run_id" }
                return t.map { r in columns.map { r[$0] } }
            }
            tables.append((keep(runs), keep(epochs)))
        }
        #expect(tables[0].runs == tables[1].runs)
        #expect(tables[0].epochs == tables[1].epochs)
        // reduce_on_plateau cut the lr at least once, so it watched something that moved.
        let lrs = Set(tables[0].epochs.dropFirst().map { $0[1] })
        #expect(lrs.count > 1)
    }

    @Test func theTrainerMeasuresTheTestPartForTheRecordOnly() throws {
        let all = Synthetic.make("blobs", samples: 200, noise: 0.7, classes: 3, seed: 6)!
        let (rest, test) = all.split(holding: 50, seed: 1, stream: "t")
        let (train, validation) = rest.split(holding: 40, seed: 1, stream: "v")
        var records: [[EpochRecord]] = []
        var states: [[UInt8]] = []
        for permute in [false, true] {
            var t = test
            if permute { t.targets = Array(t.targets.dropFirst(7) + t.targets.prefix(7)) }
            let net = try Sequential(
                spec: NetworkSpec(inputs: 2, hidden: [8], outputs: 3, dropout: 0.2),
                initScheme: InitScheme.short("default")!,
                random: RandomSource(seed: 2))
            let settings = TrainingSettings(
                loss: .crossEntropy(), batchSize: 20, epochs: 4,
                schedule: Schedule(name: "reduce_on_plateau", values: ["patience": .int(0)]))
            let trainer = try Trainer(
                network: net, optimizer: try OptimizerSpec.sgd(lr: 0.1).make(parameters: net.parameters),
                settings: settings, train: train, validation: validation, test: t, random: RandomSource(seed: 3))
            var r: [EpochRecord] = []
            trainer.run { r.append($0) }
            #expect(r.allSatisfy { $0.testLoss != nil && $0.testAccuracy != nil && $0.testLoss != $0.valLoss })
            records.append(
                r.map {
                    var e = $0
                    e.testLoss = nil
                    e.testAccuracy = nil
                    return e
                })
            states.append(TrainingStateFile.encode(trainer.saveState()))
        }
        #expect(records[0] == records[1])
        #expect(states[0] == states[1])
    }
}
