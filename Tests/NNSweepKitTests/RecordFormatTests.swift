import Foundation
import NNEngine
import Testing

@testable import NNSweepKit

/// The cell records hold the engine's `EpochRecord` and `LayerStatistic` as they are, and the
/// tables' measured columns are derived from `EpochRecord.metrics`: these tests pin the JSON of
/// the records and the columns of the tables, so that neither changes by accident.
@Suite struct RecordFormatTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every committed cell record reads and writes back to the same bytes.
    @Test func committedRecordsReadAndWriteBackToTheirBytes() throws {
        let results = Self.root.appendingPathComponent("results")
        var checked = 0
        var folders: [URL] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: results.path).sorted() {
            let dir = results.appendingPathComponent(name)
            folders += [dir, dir.appendingPathComponent("search")].map { $0.appendingPathComponent("cells") }
        }
        for cells in folders {
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: cells.path) else { continue }
            // A few records of each folder: enough to meet every kind (test part, regression,
            // diverged, searched) without decoding all of them.
            for file in files.filter({ $0.hasSuffix(".json") }).sorted().prefix(4) {
                let bytes = try Data(contentsOf: cells.appendingPathComponent(file))
                let record = try PartialRecord.decode(bytes).map { try SweepTables.encode($0) }
                #expect(record == bytes, "\(cells.path)/\(file)")
                checked += 1
            }
        }
        #expect(checked >= 40)
    }

    /// A record as a sweep writes it: each epoch's keys are the `EpochRecord` properties that
    /// were measured (no per-epoch step learning rates: those are the record's `stepLR`), each
    /// layer's the nine of `LayerStatistic`.
    @Test func aFreshRecordHasTheKeysOfTheEngineTypes() throws {
        let dir = temporaryDirectory()
        let text = """
            data: {builtin: iris, validation_fraction: 0.2}
            model: {hidden: [4]}
            batch_size: 40
            epochs: 2
            scheduler: {name: one_cycle, max_lr: 0.5}
            optimizer: {name: sgd, lr: 0.1, momentum: 0.9}
            ema: {decay: 0.9}

            """
        let plan = try SweepPlan.load(write(text, "r.yaml", in: dir))
        let cell = plan.cells[0]
        let record = try CellRunner.run(
            cell, data: try PreparedData.prepare(cell.config), dataError: nil, checkpointDirectory: nil)
        #expect(record.status == .ok, "\(record.message)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: SweepTables.encode(record)) as? [String: Any])
        #expect(
            Set(json.keys) == [
                "cellSeed", "epochs", "id", "iterationsPerEpoch", "layers", "message", "parameters", "seed",
                "settingValues", "settings", "status", "stepLR", "trainSeconds"
            ])
        #expect((json["stepLR"] as? [Double])?.count == 2 * record.iterationsPerEpoch)
        let epochs = try #require(json["epochs"] as? [[String: Any]])
        #expect(epochs.count == 2)
        for e in epochs {
            #expect(
                Set(e.keys) == [
                    "epoch", "lr", "seconds", "trainLoss", "trainAccuracy", "valLoss", "valAccuracy",
                    "trainEvalLoss", "trainEvalAccuracy", "testLoss", "testAccuracy", "emaValLoss", "emaValAccuracy"
                ])
        }
        #expect(record.epochs.allSatisfy { $0.stepLR == nil && $0.seconds != nil })
        let layers = try #require(json["layers"] as? [[String: Any]])
        #expect(!layers.isEmpty)
        for l in layers {
            #expect(
                Set(l.keys) == [
                    "stage", "module", "depth", "activationMean", "activationStd", "gradNorm", "activationQuantiles",
                    "outputGradStd", "outputGradQuantiles"
                ])
        }
        // The record reads back as itself.
        #expect(PartialRecord.decode(try SweepTables.encode(record)) == record)
    }

    /// Every property of `EpochRecord` but `stepLR` is written under its own name, and an
    /// optional one only when it holds a number.
    @Test func epochRecordWritesEveryPropertyButTheStepLearningRates() throws {
        func keys(_ e: EpochRecord) throws -> Set<String> {
            Set((try JSONSerialization.jsonObject(with: JSONEncoder().encode(e)) as? [String: Any])?.keys ?? [:].keys)
        }
        var e = EpochRecord(epoch: 3, lr: 0.1, trainLoss: 0.5)
        #expect(try keys(e) == ["epoch", "lr", "trainLoss"])
        e.stepLR = [0.1, 0.2]
        e.trainAccuracy = 1
        e.valLoss = 1
        e.valAccuracy = 1
        e.valMAE = 1
        e.valRMSE = 1
        e.trainEvalLoss = 1
        e.trainEvalAccuracy = 1
        e.testLoss = 1
        e.testAccuracy = 1
        e.testMAE = 1
        e.testRMSE = 1
        e.emaValLoss = 1
        e.emaValAccuracy = 1
        e.seconds = 1
        let properties = Set(Mirror(reflecting: e).children.compactMap(\.label))
        #expect(properties.allSatisfy { Mirror(reflecting: e).descendant($0).map { "\($0)" } != "nil" })
        #expect(try keys(e) == properties.subtracting(["stepLR"]))
        let back = try JSONDecoder().decode(EpochRecord.self, from: JSONEncoder().encode(e))
        e.stepLR = nil
        #expect(back == e)
    }

    /// A record's layer written before the quantiles and the output gradient were measured still
    /// reads; its quantile and output-gradient columns are empty.
    @Test func aLayerWithoutQuantilesReads() throws {
        let json = #"{"stage":"init","depth":1,"module":"0","activationMean":0.5,"activationStd":1,"gradNorm":2}"#
        let l = try JSONDecoder().decode(LayerStatistic.self, from: Data(json.utf8))
        #expect(l.activationQuantiles.isEmpty && l.outputGradQuantiles.isEmpty && l.outputGradStd == nil)
        let row = ResultColumns.layers.map { $0.value(l) }
        #expect(row == ["init", "1", "0", "0.5", "1.0", "2.0"] + Array(repeating: "", count: 11))
    }

    /// The columns of the tables, as every committed CSV has them.
    @Test func columnsAreThoseOfTheCommittedTables() {
        #expect(
            ResultColumns.runNames == [
                "seed", "status", "epochs_run", "iterations_per_epoch", "parameters", "final_train_loss",
                "final_train_accuracy", "final_val_loss", "final_val_accuracy", "best_train_loss",
                "best_train_accuracy",
                "best_val_loss", "best_val_accuracy", "best_epoch", "final_val_mae", "final_val_rmse",
                "final_train_eval_loss", "final_train_eval_accuracy", "final_ema_val_loss", "final_ema_val_accuracy",
                "diverged_epoch", "message", "train_seconds"
            ])
        #expect(
            ResultColumns.testRuns.map(\.name) == [
                "final_test_loss", "final_test_accuracy", "final_test_mae", "final_test_rmse", "best_epoch_test_loss",
                "best_epoch_test_accuracy"
            ])
        #expect(
            ResultColumns.epochNames == [
                "epoch", "lr", "train_loss", "train_accuracy", "val_loss", "val_accuracy", "val_mae", "val_rmse",
                "train_eval_loss", "train_eval_accuracy", "ema_val_loss", "ema_val_accuracy"
            ])
        #expect(ResultColumns.testEpochs.map(\.name) == ["test_loss", "test_accuracy", "test_mae", "test_rmse"])
        #expect(
            ResultColumns.layerNames == [
                "stage", "depth", "module", "activation_mean", "activation_std", "grad_norm", "activation_q05",
                "activation_q25", "activation_q50", "activation_q75", "activation_q95", "output_grad_std",
                "output_grad_q05", "output_grad_q25", "output_grad_q50", "output_grad_q75", "output_grad_q95"
            ])
        // And the headers of the committed tables hold them in this order.
        for name in ["optimizers", "fair-optimizers", "losses"] {
            let dir = Self.root.appendingPathComponent("results").appendingPathComponent(name)
            let runs = sweepTables(dir)[0].first ?? []
            #expect(Self.isSubsequence(ResultColumns.runNames.filter { $0 != "train_seconds" }, of: runs), "\(name)")
            let epochs = sweepTables(dir)[1].first ?? []
            let names = ResultColumns.epochs(test: name == "fair-optimizers").map(\.name)
            #expect(Array(epochs.suffix(names.count)) == names, "\(name)")
        }
    }

    static func isSubsequence(_ a: [String], of b: [String]) -> Bool {
        var i = a.startIndex
        for x in b where i < a.endIndex && a[i] == x { i += 1 }
        return i == a.endIndex
    }

    /// The measured columns come from `EpochRecord.metrics`: one per metric in epochs.csv,
    /// `final_` of each and `best_` (test part: `best_epoch_`) of those with `best` in runs.csv,
    /// with the metric's direction and its value.
    @Test func measuredColumnsDeriveFromTheMetricDeclarations() {
        let metrics = EpochRecord.metrics
        #expect(Set(metrics.map(\.name)).count == metrics.count)
        let epochColumns = ResultColumns.epochs(test: true)
        let runColumns = ResultColumns.runs(test: true)
        #expect(epochColumns.count == 2 + metrics.count)
        for m in metrics {
            let perEpoch = epochColumns.first { $0.name == m.name }
            #expect(perEpoch?.direction == m.direction, "\(m.name)")
            #expect(runColumns.first { $0.name == "final_" + m.name }?.direction == m.direction, "\(m.name)")
            let best = m.testPart ? "best_epoch_" + m.name : "best_" + m.name
            #expect(runColumns.contains { $0.name == best } == m.best, "\(m.name)")
            #expect(MetricDirection.of(m.name) == m.direction)
        }
        let measured = runColumns.filter { $0.name.hasPrefix("final_") || $0.name.hasPrefix("best_") }
        #expect(measured.count == metrics.count + metrics.filter(\.best).count + 1)  // + best_epoch
    }

    /// The columns' values are the metric's: final, best over the epochs, at the best epoch.
    @Test func measuredColumnsTakeTheirValuesFromTheRecord() throws {
        func epoch(_ n: Int, train: Double, val: Double, accuracy: Double, test: Double) -> EpochRecord {
            var e = EpochRecord(epoch: n, lr: 0.1, trainLoss: train)
            e.valLoss = val
            e.valAccuracy = accuracy
            e.testLoss = test
            return e
        }
        let record = CellRecord(
            id: "x", seed: 1, cellSeed: "1", status: .ok, message: "", divergedEpoch: nil, iterationsPerEpoch: 1,
            parameters: 1,
            epochs: [
                epoch(1, train: 0.9, val: 0.8, accuracy: 0.5, test: 0.7),
                epoch(2, train: .nan, val: 0.4, accuracy: 0.75, test: 0.6),
                epoch(3, train: 0.5, val: 0.6, accuracy: 0.7, test: 0.3)
            ], layers: [], trainSeconds: 1.5)
        let columns = ResultColumns.runs(test: true)
        func value(_ name: String) throws -> String { try #require(columns.first { $0.name == name }).value(record) }
        #expect(try value("final_train_loss") == "0.5")
        #expect(try value("best_train_loss") == "0.5")
        #expect(try value("best_val_loss") == "0.4")
        #expect(try value("best_val_accuracy") == "0.75")
        #expect(try value("best_epoch") == "2")
        #expect(try value("final_test_loss") == "0.3")
        #expect(try value("best_epoch_test_loss") == "0.6")
        #expect(try value("final_val_mae") == "")
        #expect(try value("train_seconds") == "1.500")
    }
}
