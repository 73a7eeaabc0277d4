import Foundation
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

@Suite struct PerformanceProfileTests {
    /// Three methods on four problems; costs by hand:
    ///   A: 2, 4, never, never   B: 4, 2, 6, never   C: never, 8, 3, never
    /// best per problem: 2, 2, 3, none -> ratios A: 1, 2, inf, inf; B: 2, 1, 2, inf; C: inf, 4, 1, inf.
    @Test func ratiosAndFractionsByHand() {
        let inf = Double.infinity
        let p = PerformanceProfile(costs: [[2, 4, inf, inf], [4, 2, 6, inf], [inf, 8, 3, inf]])
        #expect(p.ratios[0] == [1, 2, inf, inf])
        #expect(p.ratios[1] == [2, 1, 2, inf])
        #expect(p.ratios[2] == [inf, 4, 1, inf])
        #expect(p.breakpoints == [1, 2, 4])
        // At tau = 1 each method is the fastest on one problem of four.
        for m in 0..<3 { #expect(p.fraction(m, tau: 1) == 0.25) }
        #expect(p.fraction(0, tau: 1.99) == 0.25)
        #expect(p.fraction(0, tau: 2) == 0.5)
        #expect(p.fraction(1, tau: 2) == 0.75)
        #expect(p.fraction(2, tau: 3.99) == 0.25)
        #expect(p.fraction(2, tau: 4) == 0.5)
        // The problem no method solved counts for none, however large tau.
        for m in 0..<3 { #expect(p.fraction(m, tau: 1e9) < 1) }
        #expect(p.fraction(1, tau: 1e9) == 0.75)
    }

    @Test func ranksShareTiedPlacesAndMissingValuesRankLast() {
        // Higher is better. Problem 1: B (0.95) 1, A (0.9) 2, C (none) 3.
        // Problem 2: A and B tie at 0.8 -> 1.5 each, C (0.7) 3.
        let t = RankTable(values: [[0.9, 0.8], [0.95, 0.8], [nil, 0.7]], higherIsBetter: true)
        #expect(t.ranks == [[2, 1.5], [1, 1.5], [3, 3]])
        #expect(t.meanRanks == [1.75, 1.25, 3])
        // Lower is better turns the order around, a missing value still ranks last.
        let l = RankTable(values: [[0.9, 0.8], [0.95, 0.8], [nil, 0.7]], higherIsBetter: false)
        #expect(l.ranks == [[1, 2.5], [2, 2.5], [3, 1]])
        // Means equal but for the last bits of their sums tie.
        let (a, b, c): (Double, Double, Double) = (0.1, 0.2, 0.3)
        let left: Double = (a + b) + c
        let right: Double = a + (b + c)
        #expect(left != right)
        let sums = RankTable(values: [[left], [right], [0.5]], higherIsBetter: true)
        #expect(sums.ranks == [[1.5], [1.5], [3]])
    }

    @Test func headlineIsTheTestPartBesideAValidationPart() {
        let three: Set = ["final_val_accuracy", "final_test_accuracy", "final_val_loss", "final_test_loss"]
        #expect(Headline.final(hasValue: three.contains).column == "final_test_accuracy")
        #expect(Headline.final(hasValue: three.contains, validationOnly: true).column == "final_val_accuracy")
        let two: Set = ["final_val_accuracy", "final_val_loss"]
        #expect(Headline.final(hasValue: two.contains).column == "final_val_accuracy")
        let regression: Set = ["final_val_mae", "final_test_mae", "final_test_loss"]
        #expect(Headline.final(hasValue: regression.contains).column == "final_test_mae")
    }

    /// A tuned grid over two data sets with a target: the final runs are judged on the test part,
    /// ranked within each data set, and get the time-to-target, profile and rank figures; the
    /// search stays judged on the validation part.
    @Test func tunedGridOverDataSets() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(
            write(
                """
                name: profile
                data: {builtin: iris, test_fraction: 0.3, validation_fraction: 0.3}
                model: {hidden: [8]}
                batch_size: 16
                epochs: 3
                grid:
                  optimizer:
                    SGD: {optimizer: {name: sgd}}
                    Adam: {optimizer: {name: adam}}
                  data:
                    iris: {data: {builtin: iris, test_fraction: 0.3, validation_fraction: 0.3, scale: standard}}
                    wine: {data: {builtin: wine, test_fraction: 0.3, validation_fraction: 0.3, scale: standard}}
                tune:
                  search:
                    optimizer.lr: {log_range: [0.01, 1.0], points: 3}
                  select: {metric: val_accuracy, target: 0.5}
                  seeds: 1
                  final_seeds: 3
                """, "run.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        let outcome = try runTune(plan, out: out)
        let final = try #require(outcome.finalPlan)
        let summary = SweepSummary.render(plan: final, dir: out)
        #expect(summary.contains("best settings on data=iris by final test_accuracy"), "\(summary)")
        #expect(summary.contains("best settings on data=wine by final test_accuracy"), "\(summary)")
        #expect(!summary.contains("data=wine, "), "a data set is not part of a ranked setting: \(summary)")

        var builder = FigureBuilder(SweepView(try SweepTables.load(out)))
        #expect(builder.v.metric == "final_test_accuracy")
        let figures = builder.all()
        let names = figures.map(\.name)
        #expect(
            names.contains("time-to-target") && names.contains("performance-profile") && names.contains("rank-table"),
            "\(names)")
        let rank = try #require(figures.first { $0.name == "rank-table" })
        // Two optimizers x (two data sets + the mean rank); ranks 1 or 2 (1.5 when tied).
        let cells = rank.panels[0].series[0].rows
        #expect(cells.count == 6)
        for c in cells { #expect((1...2).contains(c[2]!)) }
        // Per data set the two ranks add up to 3.
        for x in [0.0, 1.0] { #expect(cells.filter { $0[0] == x }.map { $0[2]! }.reduce(0, +) == 3) }

        // The probability of improvement: one cell per ordered pair, P(a over b) + P(b over a) = 1.
        let improvement = try #require(figures.first { $0.kind == .improvement })
        let p = improvement.panels[0].series[0].rows
        #expect(p.count == 2)
        #expect(p.allSatisfy { (0...1).contains($0[2]!) })
        #expect(abs(p[0][2]! + p[1][2]! - 1) < 1e-12)

        // The report ranks within each data set and does not list the combinations no group selected.
        let html = SweepReport.render(builder.v, figures: [], drawn: [], format: .svg, skipped: [], note: nil)
        #expect(html.contains("<h3>data=iris</h3>") && html.contains("<h3>data=wine</h3>"))
        // Over the data sets: iris and wine are built-in 3-class sets, so the accuracies are rescaled.
        #expect(html.contains("<h3>Across data sets</h3>"))
        #expect(html.contains("accuracy rescaled per data set so that chance (1 / classes) is 0 and perfect is 1"))
        #expect(!html.contains("Not ranked"), "only combinations that ran are ranked")

        let search = SweepView(try SweepTables.load(out.appendingPathComponent("search")), validationOnly: true)
        #expect(search.metric == "final_val_accuracy")
        #expect(ResultsLayout.isSearch(out.appendingPathComponent("search")))
        // The search's figures have no rank table (its means would mix the searched values).
        var searchBuilder = FigureBuilder(search)
        searchBuilder.selected = records(out.appendingPathComponent("selection.csv"))
        #expect(
            !searchBuilder.all().contains {
                $0.kind == .rankTable || $0.kind == .performanceProfile || $0.kind == .improvement
            })
        let searchPage = SweepReport.render(search, figures: [], drawn: [], format: .svg, skipped: [], note: nil)
        #expect(!searchPage.contains("Across data sets"))
    }
}
