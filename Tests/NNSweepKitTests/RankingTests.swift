import Foundation
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// The one rule for "best" (terminal and report) and the figure of a numeric axis.
@Suite struct RankingTests {
    @Test func meansAreSummedInTheOrderOfTheSeeds() {
        // 1e16 + 1 rounds to 1e16: summed by seed the mean is 0, in another order 1/3. A
        // dictionary's order changes from process to process; the mean and the order of
        // settings with equal means must not.
        let values: [String: Double] = ["1": 1e16, "2": 1, "3": -1e16]
        for _ in 0..<20 {
            let shuffled = Dictionary(uniqueKeysWithValues: values.shuffled())
            let r = SettingRanking(
                [
                    .init(label: "a", values: shuffled, notOK: 0),
                    .init(label: "b", values: ["1": 0, "2": 0, "3": 0], notOK: 0)
                ],
                higherIsBetter: true, metric: "final_val_accuracy")
            #expect(r.entries.map(\.label) == ["a", "b"])
            #expect(r.entries.map(\.mean) == [0, 0])
        }
    }

    @Test func bestIsTheBestMeanAndEachOtherIsWorseEquivalentOrInconclusive() {
        // A is best; B differs from A by a constant 0.001 on every seed (paired: significant);
        // C differs by noise around zero (not significant); D is far worse.
        let seeds = (1...6).map(String.init)
        func values(_ f: (Int) -> Double) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: seeds.enumerated().map { ($1, f($0)) })
        }
        let noise = [0.004, -0.003, 0.002, -0.004, 0.003, -0.002]
        let a = values { 0.90 + 0.01 * Double($0) }
        let inputs = [
            SettingRanking.Input(label: "B", values: a.mapValues { $0 - 0.001 }, notOK: 0),
            SettingRanking.Input(label: "A", values: a, notOK: 0),
            SettingRanking.Input(
                label: "C", values: values { 0.90 + 0.01 * Double($0) + noise[$0] - 0.0001 }, notOK: 0),
            SettingRanking.Input(label: "D", values: a.mapValues { $0 - 0.2 }, notOK: 0),
            SettingRanking.Input(label: "E", values: a, notOK: 1)
        ]
        // The default margin of an accuracy: ±0.01.
        let r = SettingRanking(inputs, higherIsBetter: true, metric: "final_val_accuracy")
        #expect(r.margin == 0.01 && r.marginIsDefault)
        #expect(r.entries.map(\.label) == ["A", "C", "B", "D"])
        #expect(r.excluded == ["E"])
        let byLabel = Dictionary(uniqueKeysWithValues: r.entries.map { ($0.label, $0) })
        #expect(byLabel["A"]!.isBest && byLabel["A"]!.outcome == .best)
        // Noise of ±0.004 around the best, 6 seeds: within ±0.01 (TOST), not different.
        #expect(byLabel["C"]!.outcome == .equivalent)
        // A constant shift of 0.001 is significant, however small, but inside the margin.
        #expect(byLabel["B"]!.outcome == .equivalent)
        #expect(byLabel["B"]!.pVersusBest! < 0.05)
        #expect(r.verdict(byLabel["B"]!).contains("a significant difference inside the margin"))
        #expect(byLabel["D"]!.outcome == .worse)
        #expect(r.verdict(byLabel["D"]!).hasPrefix("worse: -0.2000 [-0.2000, -0.2000]"))
        #expect(byLabel["B"]!.test == "paired")
        // With a margin of 0.0005 set by the run file, B's constant shift is worse and C's
        // noise can be shown neither way: inconclusive.
        let strict = SettingRanking(
            inputs, higherIsBetter: true, metric: "final_val_accuracy", margins: VerdictMargins(all: 0.0005))
        let s = Dictionary(uniqueKeysWithValues: strict.entries.map { ($0.label, $0) })
        #expect(!strict.marginIsDefault && strict.margin == 0.0005)
        #expect(s["B"]!.outcome == .worse)
        #expect(s["C"]!.outcome == .inconclusive)
        #expect(strict.verdict(s["C"]!).hasPrefix("inconclusive: "))
        #expect(strict.tally == "0 equivalent to the best within ±0.0005, 1 inconclusive, 2 worse")
        #expect(strict.shown(atLeast: 1) == 2)
        // The difference's interval is the paired t interval (t(0.975, 5) = 2.5706).
        let dC = s["C"]!.difference!
        let cd = noise.map { $0 - 0.0001 }
        let cm = cd.reduce(0, +) / 6
        let cse = (cd.map { ($0 - cm) * ($0 - cm) }.reduce(0, +) / 5 / 6).squareRoot()
        #expect(abs(dC.estimate - cm) < 1e-12)
        #expect(abs(dC.interval.upper - (cm + 2.570581836 * cse)) < 1e-9)
        // The TOST p-value, Holm over the 3 comparisons: raw max(sf((d + m)/se), cdf((d - m)/se)).
        let t5 = StudentT(df: 5)
        let rawC = max(t5.sf((cm + 0.0005) / cse), t5.cdf((cm - 0.0005) / cse))
        #expect(s["C"]!.pEquivalent! >= rawC)
        // The interval is the Student t interval of the mean (t(0.975, 5) = 2.5706).
        let ci = byLabel["A"]!.interval!
        let sd = (a.values.map { ($0 - 0.925) * ($0 - 0.925) }.reduce(0, +) / 5).squareRoot()
        #expect(abs((ci.upper - ci.lower) / 2 - 2.570581836 * sd / 6.0.squareRoot()) < 1e-9)
        // The detectable difference: (t(1 - 0.05 / (2 x 3 comparisons), 5) + t(0.8, 5)) x the
        // paired standard error (SciPy: 3.534110704, 0.919543780).
        let diffs = noise.map { $0 - 0.0001 }  // C - A on each seed
        let meanDiff = diffs.reduce(0, +) / 6
        let se = (diffs.map { ($0 - meanDiff) * ($0 - meanDiff) }.reduce(0, +) / 5 / 6).squareRoot()
        #expect(abs(byLabel["C"]!.detectable! - (3.534110704 + 0.919543780) * se) < 1e-7)
        #expect(byLabel["A"]!.detectable == nil)
        #expect(r.comparisons == 3)
        #expect(r.power?.contains("median over 3 comparisons") == true)
        #expect(r.power?.contains("alpha 0.05 / 3") == true)
        // Lower is better reverses the order.
        #expect(
            SettingRanking(inputs, higherIsBetter: false, metric: "final_val_loss").entries.first?.label == "D")
    }

    @Test func aNumericAxisGetsASensitivityFigureOnALogAxis() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(
            write(
                """
                data: {builtin: iris}
                model: {hidden: [4]}
                epochs: 2
                seeds: 2
                grid:
                  optimizer.lr: [0.001, 0.01, 0.1, 1.0]
                """, "run.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        try runSweep(plan, out: out)
        var builder = FigureBuilder(SweepView(try SweepTables.load(out)))
        let figures = builder.sensitivityFigures()
        #expect(figures.count == 1)
        let f = try #require(figures.first)
        #expect(f.x.log == true && f.name == "sensitivity-optimizer_lr")
        #expect(f.panels[0].series[0].rows.count == 4)
        // Each row: x, mean, low, high with low <= mean <= high.
        for row in f.panels[0].series[0].rows { #expect(row[2]! <= row[1]! && row[1]! <= row[3]!) }
    }
}

/// The run file's `margin:`: checked when the plan is read, and read back from the file's text
/// (as a results folder's manifest keeps it) by the terminal summary and report.html.
@Suite struct VerdictMarginTests {
    @Test func theRunFileSetsTheMarginOrTheDefaultHolds() throws {
        let text = "data: {builtin: iris}\nmargin: {final_val_accuracy: 0.005, final_val_loss: 0.02}\n"
        #expect(planError(text) == nil)
        let m = VerdictMargins.of(runFileText: text)
        #expect(m.set(for: "final_val_accuracy") == 0.005 && m.set(for: "final_val_loss") == 0.02)
        #expect(m.set(for: "final_train_loss") == nil)
        #expect(m.margin(for: "final_train_loss", reference: -2) == 0.1)
        #expect(m.margin(for: "final_train_accuracy", reference: 0.5) == 0.01)
        let all = VerdictMargins.of(runFileText: "data: {builtin: iris}\nmargin: 0.002\n")
        #expect(all.set(for: "final_val_loss") == 0.002 && all.set(for: "anything") == 0.002)
        #expect(VerdictMargins.of(runFileText: "data: {builtin: iris}\n") == VerdictMargins())
    }

    @Test func aBadMarginIsOneLine() {
        let e1 = planError("data: {builtin: iris}\nmargin: -1\n") ?? ""
        #expect(e1.contains("margin must be a positive number"), "\(e1)")
        let e2 = planError("data: {builtin: iris}\nmargin: {final_val_acuracy: 0.01}\n") ?? ""
        #expect(e2.contains("final_val_acuracy") && e2.contains("final_val_accuracy"), "\(e2)")
        let e3 = planError("data: {builtin: iris}\nmargin: [0.01]\n") ?? ""
        #expect(e3.contains("margin must be a number"), "\(e3)")
        let e4 = planError("data: {builtin: iris}\nmargin: {final_val_loss: .inf}\n") ?? ""
        #expect(e4.contains("margin.final_val_loss must be a positive number"), "\(e4)")
        let e5 = planError("data: {builtin: iris}\ngrid:\n  margin: [0.01, 0.02]\n") ?? ""
        #expect(e5.contains("margin"), "\(e5)")
    }

    /// The summary of a sweep says the margin the run file set, and the outcomes.
    @Test func theSummaryUsesTheRunFilesMargin() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(
            write(
                """
                data: {builtin: iris}
                model: {hidden: [4]}
                epochs: 2
                seeds: 3
                margin: 0.3
                grid:
                  optimizer.lr: [0.05, 0.1]
                """, "m.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        try runSweep(plan, out: out)
        let text = SweepSummary.render(plan: plan, dir: out)
        #expect(text.contains("within ±0.3"), "\(text)")
        #expect(text.contains("margin ±0.3 set by the run file"), "\(text)")
        #expect(!text.contains("tied"))
    }
}
