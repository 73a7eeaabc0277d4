import Foundation
import Testing

@testable import NNCompare
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
