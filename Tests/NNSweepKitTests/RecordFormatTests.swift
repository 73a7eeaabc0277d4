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
    /// layer's every property of `LayerStatistic`.
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
            measure: {layers: true, train_eval: true}

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
        for (e, r) in zip(epochs, record.epochs) {
            #expect(Set(e.keys) == Self.heldProperties(r).subtracting(["stepLR"]))
            #expect(Set(e.keys).isSuperset(of: ["seconds", "trainLoss", "valLoss", "testLoss", "emaValLoss"]))
        }
        #expect(record.epochs.allSatisfy { $0.stepLR == nil && $0.seconds != nil })
        let layers = try #require(json["layers"] as? [[String: Any]])
        #expect(!layers.isEmpty)
        for (l, r) in zip(layers, record.layers) {
            #expect(Set(l.keys) == Self.heldProperties(r))
            #expect(Set(l.keys).isSuperset(of: ["stage", "module", "depth", "activationQuantiles", "outputGradStd"]))
        }
        // The record reads back as itself.
        #expect(PartialRecord.decode(try SweepTables.encode(record)) == record)
    }

    /// The names of the properties of `x` that hold a value (not nil).
    static func heldProperties(_ x: Any) -> Set<String> {
        Set(
            Mirror(reflecting: x).children.filter {
                let m = Mirror(reflecting: $0.value)
                return m.displayStyle != .optional || !m.children.isEmpty
            }.compactMap(\.label))
    }

    /// Every property of `EpochRecord` but `stepLR` is written under its own name, and an
    /// optional one only when it holds a number (a new metric needs no change here).
    @Test func epochRecordWritesEveryPropertyButTheStepLearningRates() throws {
        func keys(_ e: EpochRecord) throws -> Set<String> {
            Set((try JSONSerialization.jsonObject(with: JSONEncoder().encode(e)) as? [String: Any])?.keys ?? [:].keys)
        }
        var e = EpochRecord(epoch: 3, lr: 0.1, trainLoss: 0.5)
        e.stepLR = [0.1, 0.2]
        #expect(try keys(e) == ["epoch", "lr", "trainLoss"])
        // A record with a number under every property's name (a program's further metrics: a
        // map of them) reads and writes back whole.
        let properties = Mirror(reflecting: e).children.compactMap(\.label).filter { $0 != "stepLR" }
        let full = Dictionary(
            uniqueKeysWithValues: properties.map { ($0, $0 == "extra" ? ["val_f1": 2] as Any : 2 as Any) })
        let read = try JSONDecoder().decode(EpochRecord.self, from: JSONSerialization.data(withJSONObject: full))
        #expect(try keys(read) == Set(properties))
        #expect(read.stepLR == nil)
        #expect(Set(properties).isSuperset(of: ["epoch", "lr", "trainLoss", "valLoss", "seconds", "emaValAccuracy"]))
        #expect(try JSONDecoder().decode(EpochRecord.self, from: JSONEncoder().encode(read)) == read)
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

    /// The headers this code writes are those of the committed tables, for every committed
    /// experiment that is not tuned (a tuned one's tables hold its selected plan's cells).
    @Test func headersAreThoseOfTheCommittedTables() throws {
        let experiments = Self.root.appendingPathComponent("experiments")
        var checked = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: experiments.path).sorted()
        where file.hasSuffix(".yaml") {
            let plan = try SweepPlan.load(experiments.appendingPathComponent(file))
            guard plan.tune == nil else { continue }
            let dir = Self.root.appendingPathComponent("results").appendingPathComponent(
                String(file.dropLast(".yaml".count)))
            let committed = ["runs.csv", "epochs.csv", "layers.csv"].map {
                CSVTable.rows((try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) ?? "")
                    .first ?? []
            }
            let h = SweepTables.headers(plan)
            #expect([h.runs, h.epochs, h.layers] == committed, "\(file)")
            checked += 1
        }
        #expect(checked >= 10)
    }

    /// The measured columns in their order: `final_` and `best_` of the training and validation
    /// losses and accuracies, `best_epoch`, then `final_` of the other metrics.
    @Test func measuredColumnsKeepTheirOrder() {
        let runs = ResultColumns.runNames
        let measured = runs[runs.firstIndex(of: "final_train_loss")!..<runs.firstIndex(of: "diverged_epoch")!]
        #expect(
            Array(measured) == [
                "final_train_loss", "final_train_accuracy", "final_val_loss", "final_val_accuracy", "best_train_loss",
                "best_train_accuracy", "best_val_loss", "best_val_accuracy", "best_epoch", "final_val_mae",
                "final_val_rmse", "final_train_eval_loss", "final_train_eval_accuracy", "final_ema_val_loss",
                "final_ema_val_accuracy"
            ] + ResultColumns.measured.dropFirst(10).map { "final_" + $0.name })
        #expect(
            ResultColumns.testRuns.map(\.name).prefix(6) == [
                "final_test_loss", "final_test_accuracy", "final_test_mae", "final_test_rmse", "best_epoch_test_loss",
                "best_epoch_test_accuracy"
            ])
        #expect(ResultColumns.epochNames == ["epoch", "lr"] + ResultColumns.measured.map(\.name))
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

/// The names of a results folder, which users, scripts and the documentation rely on.
@Suite struct ResultsLayoutTests {
    @Test func theNamesOfAResultsFolder() {
        let dir = URL(fileURLWithPath: "/r")
        #expect(ResultsLayout.recordURL(dir, "0123456789abcdef").path == "/r/cells/0123456789abcdef.json")
        #expect(ResultsLayout.partialURL(dir, "0123456789abcdef").path == "/r/cells/0123456789abcdef.partial")
        #expect(
            ResultsLayout.stateURL(dir.appendingPathComponent(ResultsLayout.states), "0123456789abcdef", epoch: 3).path
                == "/r/states/0123456789abcdef.3.state")
        #expect(
            ResultsLayout.checkpointURL(dir.appendingPathComponent(ResultsLayout.checkpoints), "0123456789abcdef")
                .path == "/r/checkpoints/0123456789abcdef.safetensors")
        #expect(ResultsLayout.invalidRecordURL(dir, "ab", copy: 1).path == "/r/invalid/ab.json")
        #expect(ResultsLayout.invalidRecordURL(dir, "ab", copy: 2).path == "/r/invalid/ab.2.json")
        #expect(
            ResultsLayout.searchURL(dir).path == "/r/search" && ResultsLayout.isSearch(ResultsLayout.searchURL(dir)))
        #expect(ResultsLayout.inPlots("loss.svg") == "plots/loss.svg")
        #expect(
            ResultsLayout.files == [
                "runs.csv", "epochs.csv", "layers.csv", "manifest.json", "report.html", "selection.csv", "rungs.csv"
            ])
        #expect(
            ResultsLayout.folders == [
                "cells", "checkpoints", "plots", "slurm", "invalid", "search", "states", "programs"
            ])
        #expect(ResultsLayout.locks == [".nnsweep.lock", ".nnsweep.tables.lock"])
        #expect(ResultsLayout.writtenList == ".nnsweep-written")
        #expect(
            ResultsLayout.CompareOutput.reportFiles == [
                "report.html", "deltas.gp", "deltas.dat", "deltas.png", "compare.gp", "compare.dat", "compare.png"
            ])
    }
}
