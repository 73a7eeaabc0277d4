import Foundation
import NNData
import NNStatistics
import NNSweepRunner

/// A grid with a `data` axis summarized over its data sets as rliable does (`AcrossTasks`):
/// each method's interquartile mean and mean over every run, with stratified-bootstrap
/// intervals, and the probability that one method beats another.
struct AcrossTaskScores {
    let methods: [String]
    let tasks: [String]
    /// [method][task][run], the runs of a task in seed order.
    let scores: [[[Double]]]
    /// Accuracies rescaled to chance (0) and perfect (1) per data set (builtin classification
    /// sets, whose classes are known); otherwise the metric as it is.
    let normalized: Bool
    /// Runs left out for a metric that is not a finite number.
    let excluded: Int
    let higherIsBetter: Bool
    /// Resamples of the bootstrap intervals (seeded: the same folder gives the same intervals).
    static let resamples = 5000

    init?(_ v: SweepView, method m: Int, data d: Int) {
        let methods = v.values(m)
        let tasks = v.values(d)
        self.methods = methods
        self.tasks = tasks
        higherIsBetter = v.higherIsBetter
        // Not for a tuned grid's search (its runs mix the searched values), and only when each
        // method has one setting per data set (a tuned grid's final runs: one selected lr each),
        // so that no other axis is pooled into a method's runs.
        guard methods.count >= 2, tasks.count >= 2, !ResultsLayout.isSearch(v.tables.directory) else { return nil }
        let others = v.design.filter { $0 != m && $0 != d }
        for mv in methods {
            for t in tasks {
                let settings = Set(v.runs([m: mv, d: t]).map { r in others.map { r.axisValues[$0] } })
                guard settings.count <= 1 else { return nil }
            }
        }
        // Chance level per data set, from the name the cells record (`data` setting).
        let settings = v.tables.manifest?.settings ?? [:]
        var chance: [String: Double] = [:]
        let accuracy = v.metric.hasSuffix("accuracy")
        for t in tasks {
            // `builtin:NAME` for a built-in data set.
            let names = Set(v.runs([d: t]).compactMap { settings[$0.id]?["data"] })
            if accuracy, names.count == 1, names.first!.hasPrefix("builtin:"),
                let info = BuiltinData.all.first(where: { "builtin:" + $0.name == names.first! }),
                info.classes >= 2
            {
                chance[t] = 1 / Double(info.classes)
            }
        }
        normalized = accuracy && chance.count == tasks.count
        var excluded = 0
        let scores: [[[Double]]] = methods.map { mv in
            tasks.map { t in
                v.runs([m: mv, d: t]).sorted { (Int($0.seed) ?? 0, $0.seed) < (Int($1.seed) ?? 0, $1.seed) }
                    .compactMap { r -> Double? in
                        guard let x = r.number(v.metric), x.isFinite else {
                            excluded += 1
                            return nil
                        }
                        guard accuracy, let c = chance[t], chance.count == tasks.count else { return x }
                        return (x - c) / (1 - c)
                    }
            }
        }
        self.scores = scores
        self.excluded = excluded
        guard scores.allSatisfy({ $0.allSatisfy { !$0.isEmpty } }) else { return nil }
    }

    /// What the scores are, for captions and the report.
    var scale: String {
        normalized
            ? "accuracy rescaled per data set so that chance (1 / classes) is 0 and perfect is 1"
            : "the metric as it is (not normalized)"
    }

    /// Per method: the IQM and mean with their 95 % intervals.
    func aggregates() -> [(
        method: String, iqm: Double, iqmCI: ConfidenceInterval?, mean: Double, meanCI: ConfidenceInterval?
    )] {
        methods.indices.compactMap { i in
            guard let iqm = AcrossTasks.iqm(scores[i]), let mean = AcrossTasks.mean(scores[i]) else { return nil }
            let iqmCI = AcrossTasks.bootstrapInterval([scores[i]], resamples: Self.resamples) {
                AcrossTasks.iqm($0[0])
            }
            let meanCI = AcrossTasks.bootstrapInterval([scores[i]], resamples: Self.resamples) {
                AcrossTasks.mean($0[0])
            }
            return (methods[i], iqm, iqmCI, mean, meanCI)
        }
    }

    /// P(row beats column) and its 95 % interval; nil on the diagonal. Computed for i < j; the
    /// mirror cell is its complement (1 - p, and the interval [1 - upper, 1 - lower]).
    func improvement() -> [[(p: Double, ci: ConfidenceInterval?)?]] {
        var out = [[(p: Double, ci: ConfidenceInterval?)?]](
            repeating: Array(repeating: nil, count: methods.count), count: methods.count)
        let better = higherIsBetter
        for i in methods.indices {
            for j in methods.indices where i < j {
                guard let p = AcrossTasks.probabilityOfImprovement(scores[i], scores[j], higherIsBetter: better)
                else { continue }
                let ci = AcrossTasks.bootstrapInterval([scores[i], scores[j]], resamples: Self.resamples) {
                    AcrossTasks.probabilityOfImprovement($0[0], $0[1], higherIsBetter: better)
                }
                out[i][j] = (p, ci)
                out[j][i] = (
                    1 - p, ci.map { ConfidenceInterval(lower: 1 - $0.upper, upper: 1 - $0.lower, level: $0.level) }
                )
            }
        }
        return out
    }
}

extension FigureBuilder {
    /// With `data` as an axis: the probability that each method beats each other, as a matrix.
    mutating func improvementFigure(methodAxis m: Int, dataAxis d: Int) -> FigureModel? {
        guard let s = AcrossTaskScores(v, method: m, data: d) else { return nil }
        let matrix = s.improvement()
        let methods = s.methods
        var panel = Panel()
        var cells: [[Double?]] = []
        for i in methods.indices {
            for j in methods.indices {
                guard let e = matrix[i][j] else { continue }
                cells.append([Double(j), Double(i), e.p])
                let ci = e.ci.map { String(format: "\n[%.2f, %.2f]", $0.lower, $0.upper) } ?? ""
                panel.labels.append(
                    TextLabel(
                        text: String(format: "%.2f", e.p) + ci, x: .data(Double(j)), y: .data(Double(i)),
                        color: abs(e.p - 0.5) > 0.3 ? "#ffffff" : "#000000"))
            }
        }
        panel.series = [
            Series(about: "x y P(row beats column)", rows: cells, draws: [Draw(extra: 2, style: .cells)])
        ]
        let longest = methods.map(\.count).max() ?? 1
        var f = FigureModel(
            name: uniqueName("probability-of-improvement"), kind: .improvement,
            title:
                "Probability that the row's \(v.axisName(m)) beats the column's\nover \(s.tasks.count) data sets, by \(v.metricTitle)",
            layout: .single(
                width: max(560, methods.count * 110 + longest * 8 + 140), height: max(360, methods.count * 56 + 150),
                margins: Margins(left: Double(max(12, longest + 9)), right: 14, top: 4.5, bottom: 5)))
        f.dataNotes = [
            "P(X > Y): on each data set the share of (run of X, run of Y) pairs in which X's \(v.metricTitle) is better (ties a half), averaged over the data sets; "
                + "95% stratified-bootstrap interval (\(AcrossTaskScores.resamples) resamples of the seeds within each data set)",
            "x (column): " + methods.enumerated().map { "\($0.offset)=\($0.element)" }.joined(separator: " "),
            "y (row): " + methods.enumerated().map { "\($0.offset)=\($0.element)" }.joined(separator: " ")
        ]
        f.x = PlotAxis(
            label: "column: Y", range: (-0.5, Double(methods.count) - 0.5),
            ticks: .named(methods.enumerated().map { ($0.element, Double($0.offset)) }, marks: false))
        f.y = PlotAxis(
            label: nil, range: (Double(methods.count) - 0.5, -0.5),
            ticks: .named(methods.enumerated().map { ($0.element, Double($0.offset)) }, marks: false))
        f.colorScale = ColorScale(
            stops: [(0, "#3B4CC0"), (0.5, "#F2F2F2"), (1, "#B40426")], range: (0, 1), label: "P(row beats column)")
        f.panels = [panel]
        f.caption =
            "The probability that a run of the row's \(v.axisName(m)) has a better \(v.metricTitle) than a run of the column's on the same data set "
            + "(ties count a half), averaged over the \(s.tasks.count) data sets, with its 95% stratified-bootstrap interval "
            + "(rliable's probability of improvement, Agarwal et al. 2021). 0.5 is no difference; an interval that excludes 0.5 "
            + "says the row is better (above) or worse (below) on these data sets. It says how often, not by how much: "
            + "the table \"Across data sets\" gives the interquartile mean and mean."
        return f
    }
}
