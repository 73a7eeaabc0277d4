import Foundation
import Testing

@testable import NNCompare
@testable import NNData
@testable import NNPlan
@testable import NNSweepRunner

/// `data: {split_seed: seed}`: the held-out samples drawn from each cell's seed, paired across
/// settings; and the note beside the intervals when they are not.
@Suite struct ResampledSplitTests {
    static let file = """
        name: resampled
        data: {synthetic: moons, samples: 120, noise: 0.2, test_fraction: 0.25, split_seed: seed}
        model: {hidden: [8], activation: tanh}
        loss: cross_entropy
        optimizer: {name: sgd, lr: 0.1}
        batch_size: 16
        epochs: 2
        seeds: 3
        grid:
          init: [xavier, he]
        """

    @Test func eachSeedDrawsItsSplitTheSameInEverySetting() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(Self.file, "r.yaml", in: dir))
        #expect(plan.cells.count == 6)
        for c in plan.cells {
            #expect(c.config.data.splitFromSeed)
            #expect(c.config.data.splitSeed == c.config.seed)
        }
        // The held-out part: the same for a seed in both settings, another for another seed.
        func heldOut(_ c: Cell) throws -> [Float] {
            let d = try PreparedData.prepare(c.config)
            return try #require(d.test).features
        }
        let bySeed = Dictionary(grouping: plan.cells, by: \.config.seed)
        for (_, cells) in bySeed { #expect(try heldOut(cells[0]) == heldOut(cells[1])) }
        #expect(try heldOut(bySeed[1]![0]) != heldOut(bySeed[2]![0]))
        // A fixed split note only when the split is fixed.
        let out = dir.appendingPathComponent("out")
        var options = SweepOptions(out: out)
        options.progress = .quiet
        _ = try SweepRunner(plan: plan, options: options) { _ in }.run()
        #expect(!SweepSummary.render(plan: plan, dir: out).contains("held-out samples: the same for every seed"))
        let fixed = try SweepPlan.load(
            write(Self.file.replacingOccurrences(of: ", split_seed: seed", with: ""), "f.yaml", in: dir))
        let fixedOut = dir.appendingPathComponent("fixed")
        options = SweepOptions(out: fixedOut)
        options.progress = .quiet
        _ = try SweepRunner(plan: fixed, options: options) { _ in }.run()
        #expect(
            SweepSummary.render(plan: fixed, dir: fixedOut).contains(
                "held-out samples: the same for every seed (data.split_seed 0)"))
    }

    /// `folds: K`: seeds 1 to K hold out the K folds of one permutation, each sample once; seeds
    /// K + 1 to 2K those of another; a seed's fold is the same in every setting.
    @Test func repeatedKFoldHoldsOutEverySampleOncePerRepeat() throws {
        let dir = temporaryDirectory()
        let text = Self.file.replacingOccurrences(of: "test_fraction: 0.25, split_seed: seed", with: "folds: 4")
            .replacingOccurrences(of: "seeds: 3", with: "seeds: 8")
        let plan = try SweepPlan.load(write(text, "k.yaml", in: dir))
        #expect(plan.cells.count == 16)
        // The held-out rows, identified by their features.
        // The held-out rows before scaling (which is fitted on each fold's training part): the
        // synthetic data of split_seed 0, cut by the cell's fold; the cell holds out as many.
        let full = try #require(Synthetic.make("moons", samples: 120, noise: 0.2, classes: 2, seed: 0))
        func heldOut(_ c: Cell) throws -> Set<[Float]> {
            let (_, test) = full.fold(c.config.data.fold, of: 4, repeat: c.config.data.foldRepeat, seed: 0)
            let rows = try #require(test)
            #expect(try PreparedData.prepare(c.config).test?.count == rows.count)
            let w = rows.featureCount
            var out = Set<[Float]>()
            for i in 0..<rows.count {
                let row: [Float] = Array(rows.features[(i * w)..<((i + 1) * w)])
                out.insert(row)
            }
            return out
        }
        let xavier = plan.cells.filter { $0.axisValues[0] == "xavier" }.sorted { $0.config.seed < $1.config.seed }
        let he = plan.cells.filter { $0.axisValues[0] == "he" }.sorted { $0.config.seed < $1.config.seed }
        #expect(xavier.map(\.config.data.fold) == [0, 1, 2, 3, 0, 1, 2, 3])
        #expect(xavier.map(\.config.data.foldRepeat) == [0, 0, 0, 0, 1, 1, 1, 1])
        for repeatCells in [Array(xavier.prefix(4)), Array(xavier.suffix(4))] {
            let folds = try repeatCells.map(heldOut)
            #expect(folds.map(\.count).reduce(0, +) == 120)
            #expect(folds.reduce(Set<[Float]>()) { $0.union($1) }.count == 120)
        }
        #expect(try heldOut(xavier[0]) != heldOut(xavier[4]))
        // The training run holds out the same fold in both settings.
        for (a, b) in zip(xavier, he) {
            #expect(try PreparedData.prepare(a.config).test!.features == PreparedData.prepare(b.config).test!.features)
        }
        #expect(throws: ConfigError.self) {
            try SweepPlan.load(write(text.replacingOccurrences(of: "seeds: 8", with: "seed: 0"), "z.yaml", in: dir))
        }
    }

    @Test func theNoteSaysWhatFixesTheSplit() {
        let a = ["split_seed": "0", "test_csv": "-"]
        #expect(HeldOutSplit.note(cellSettings: [a, a], seeds: 2)?.contains("(data.split_seed 0)") == true)
        #expect(HeldOutSplit.note(cellSettings: [a, a], seeds: 1) == nil)
        let every = ["split_seed": "0", "test_every": "5", "test_csv": "-"]
        #expect(HeldOutSplit.note(cellSettings: [every], seeds: 5)?.contains("(data.test_every)") == true)
        let drawn = [["split_seed": "1", "test_csv": "-"], ["split_seed": "2", "test_csv": "-"]]
        #expect(HeldOutSplit.note(cellSettings: drawn, seeds: 2) == nil)
        // A test file is fixed whatever the validation part does.
        let csv = [["split_seed": "1", "test_csv": "t.csv"], ["split_seed": "2", "test_csv": "t.csv"]]
        #expect(HeldOutSplit.note(cellSettings: csv, seeds: 2)?.contains("(data.test_csv)") == true)
        // A program's cells have no split of nnsweep's.
        #expect(HeldOutSplit.note(cellSettings: [["lr": "0.1"]], seeds: 3) == nil)
    }

    @Test func badSplitSeedsGetOneLine() throws {
        let dir = temporaryDirectory()
        let cases: [(String, String)] = [
            (", split_seed: sed", "data.split_seed must be a whole number >= 0 or seed"),
            (", split_seed: -1", "data.split_seed must be a whole number >= 0 or seed"),
            (", split_seed: seed, test_every: 4", "test_every fixes it")
        ]
        for (extra, message) in cases {
            let text = Self.file.replacingOccurrences(of: ", split_seed: seed", with: extra)
            do {
                _ = try SweepPlan.load(write(text, "bad.yaml", in: dir))
                Issue.record("\(extra) was accepted")
            } catch let e as ConfigError {
                #expect("\(e)".contains(message), "\(e)")
                #expect(e.line == 2, "\(e)")
            }
        }
    }
}
