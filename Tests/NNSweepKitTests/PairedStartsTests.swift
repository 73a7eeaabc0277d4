import Foundation
import NNEngine
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// Common random numbers: cells that differ only in how they train start from the same weights
/// for the same seed; `seeds: N`; one seed column; evaluation-mode metrics on the training part.
@Suite struct PairedStartsTests {
    func plan(_ yaml: String) throws -> SweepPlan {
        try SweepPlan.load(write(yaml, "run.yaml", in: temporaryDirectory()))
    }

    /// The Linear layers' initial values of a cell.
    func initialWeights(_ cell: Cell) throws -> [[Float]] {
        let data = try PreparedData.prepare(cell.config)
        let (network, _) = try CellRunner.build(cell, data: data)
        return network.namedParameters.filter { $0.0.hasSuffix("weight") || $0.0.hasSuffix("bias") }
            .filter { name, _ in network.layers[Int(name.split(separator: ".")[0])!] is Linear }
            .map { Array(UnsafeBufferPointer(start: $0.1.value.data, count: $0.1.count)) }
    }

    @Test func cellsThatDifferInTrainingOnlyStartFromTheSameWeights() throws {
        let p = try plan(
            """
            data: {builtin: iris}
            model: {hidden: [8, 8], activation: relu}
            init: he
            grid:
              optimizer:
                SGD: {optimizer: {name: sgd, lr: 0.1}}
                Adam: {optimizer: {name: adam, lr: 0.01}}
              model.dropout: [0.0, 0.3]
              model.batch_norm: [false, true]
              model.activation: [relu, tanh]
              regularization.l2: [0.0, 0.001]
              seed: [1, 2]
            """)
        let bySeed = Dictionary(grouping: p.cells, by: { $0.config.seed })
        let one = try bySeed[1]!.map(initialWeights)
        let two = try bySeed[2]!.map(initialWeights)
        #expect(one.allSatisfy { $0 == one[0] }, "every cell with seed 1 starts from the same weights")
        #expect(two.allSatisfy { $0 == two[0] })
        #expect(one[0] != two[0], "another seed, other weights")
    }

    @Test func weightsDependOnTheInitializerAndTheWidths() throws {
        let p = try plan(
            "data: {builtin: iris}\nmodel: {hidden: [8]}\ngrid:\n  init: [xavier, he]\n  model.hidden: [[8], [8, 8]]\n")
        let w = try p.cells.map(initialWeights)
        // Cells in grid order: xavier [8], xavier [8, 8], he [8], he [8, 8]: the widths and the
        // initializer are part of the initial weights' stream.
        #expect(w[0][0] != w[1][0] && w[0][0] != w[2][0] && w[1][0] != w[3][0])
    }

    @Test func pairedStartsShowInTheLayerStatisticsAtInitialization() throws {
        let dir = temporaryDirectory()
        let p = try plan(
            """
            data: {builtin: wine}
            model: {hidden: [16]}
            init: xavier
            epochs: 2
            seeds: 2
            measure: {layers: true}
            grid:
              optimizer:
                SGD: {optimizer: {name: sgd, lr: 0.05}}
                Adam: {optimizer: {name: adam, lr: 0.01}}
            """)
        try runSweep(p, out: dir)
        let rows = tableWithoutTimes(dir.appendingPathComponent("layers.csv"))
        let h = rows[0]
        let stage = h.firstIndex(of: "stage")!
        let opt = h.firstIndex(of: "optimizer")!
        let initRows = rows.dropFirst().filter { $0[stage] == "init" }
        // Per optimizer, the init rows (stats columns) in order: seed 1 then seed 2.
        let stats = h.indices.filter { ["depth", "activation_mean", "activation_std", "grad_norm"].contains(h[$0]) }
        let sgd = initRows.filter { $0[opt] == "SGD" }.map { r in stats.map { r[$0] } }
        let adam = initRows.filter { $0[opt] == "Adam" }.map { r in stats.map { r[$0] } }
        #expect(!sgd.isEmpty && sgd == adam)
    }

    @Test func seedsMakesASeedAxisAndTheTablesHoldTheSeedOnce() throws {
        let p = try plan(
            "data: {builtin: iris}\nmodel: {hidden: [4]}\nepochs: 1\nseeds: 3\ngrid:\n  optimizer.lr: [0.01, 0.1]\n")
        #expect(p.axes.map(\.name) == ["optimizer.lr", "seed"])
        #expect(p.cells.map(\.config.seed) == [1, 2, 3, 1, 2, 3])
        let dir = temporaryDirectory()
        try runSweep(p, out: dir)
        let header = tableWithoutTimes(dir.appendingPathComponent("runs.csv"))[0]
        #expect(header.filter { $0 == "seed" }.count == 1, "\(header)")
        // Read back, the seed is an axis again (for figures and compare).
        let t = try SweepTables.load(dir)
        #expect(t.axisNames == ["optimizer.lr", "seed"])
        #expect(t.runs.map { $0.axisValues[1] } == t.runs.map(\.seed))
        for (yaml, message) in [
            ("seeds: 0", "seeds must be from 1"), ("seeds: many", "seeds must be a whole number"),
            ("seeds: 2\nseed: 4", "seed: and seeds: cannot be used together"),
            ("seeds: 2\ngrid: {seed: [1, 2]}", "seeds: and a grid axis seed")
        ] {
            let e = planError("data: {builtin: iris}\n\(yaml)\n") ?? ""
            #expect(e.contains(message), "\(e)")
        }
    }

    @Test func trainingPartMeasuredInEvaluationMode() throws {
        let dir = temporaryDirectory()
        let p = try plan(
            "data: {builtin: wine}\nmodel: {hidden: [32], dropout: 0.5}\nepochs: 3\noptimizer: {name: adam, lr: 0.01}\nmeasure: {train_eval: true}\n"
        )
        try runSweep(p, out: dir)
        let t = try SweepTables.load(dir)
        let e = t.epochs[t.runs[0].id]!
        #expect(e.count == 3)
        for row in e {
            let train = try #require(row.values["train_loss"])
            let eval = try #require(row.values["train_eval_loss"])
            #expect(
                train.isFinite && eval.isFinite && train != eval,
                "dropout is on in training mode, off in evaluation mode")
        }
        #expect(t.runs[0].number("final_train_eval_accuracy") != nil)
    }
}
