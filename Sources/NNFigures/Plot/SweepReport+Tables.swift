import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// The tables of the sweep's report: the summary of the final metric over the first two axes,
/// the axis importance, the best settings and every cell.
extension SweepReport {
    /// The axes and the number of cells per status.
    static func countsTable(_ t: SweepTables) -> [String] {
        var h: [String] = []
        var statusCounts: [String: Int] = [:]
        for r in t.runs { statusCounts[r.status, default: 0] += 1 }
        let planned =
            t.counts.first { $0.0 == "total" }?.1 ?? (t.plannedCells.isEmpty ? t.runs.count : t.plannedCells.count)
        var countRows: [(String, String)] = [("cells in the grid", "\(planned)"), ("with results", "\(t.runs.count)")]
        for s in ["ok", "diverged", "failed"] { countRows.append((s, "\(statusCounts[s] ?? 0)")) }
        for (s, n) in statusCounts.sorted(by: { $0.key < $1.key }) where !["ok", "diverged", "failed"].contains(s) {
            countRows.append((s, "\(n)"))
        }
        if planned > t.runs.count { countRows.append(("not run yet", "\(planned - t.runs.count)")) }
        let axesText =
            t.axes.isEmpty
            ? "none (a single run)" : t.axes.map { "\($0.name) (\($0.values.count))" }.joined(separator: " × ")
        h.append("<table>")
        h.append("<tr><th class=\"t\">axes</th><td class=\"t\">\(HTML.esc(axesText))</td></tr>")
        for (k, n) in countRows { h.append("<tr><th class=\"t\">\(HTML.esc(k))</th><td>\(n)</td></tr>") }
        h.append("</table>")
        return h
    }

    static func cell(_ v: SweepView, _ a: SweepView.Aggregate) -> String {
        guard let m = a.mean else { return a.statusText.isEmpty ? "-" : a.statusText }
        var s = v.format(m)
        if let sd = a.ci95 { s += " ± " + v.formatSpread(sd, of: m) }
        if a.notOK > 0 { s += " (" + a.statusText + ")" }
        return s
    }

    static func better(_ v: SweepView, _ a: Double, _ b: Double) -> Bool { v.higherIsBetter ? a > b : a < b }

    /// The final metric over the first two design axes, or per value of the only one.
    static func summaryTable(_ v: SweepView) -> [String] {
        var h: [String] = []
        let d = v.design
        let which = v.higherIsBetter ? "higher is better" : "lower is better"
        guard !d.isEmpty else {
            let a = v.aggregate(v.tables.runs)
            h.append(
                "<p>\(HTML.esc(v.metricTitle)) (\(which)): <b>\(HTML.esc(cell(v, a)))</b>"
                    + (v.seedCount > 1 ? " (mean ± half-width of the 95% interval over \(v.seedCount) seeds)" : "")
                    + "</p>")
            return h
        }
        let avg = v.averagedPhrase(except: Array(d.prefix(2)))
        h.append(
            "<p>\(HTML.esc(v.metricTitle)) (\(which))" + (avg.isEmpty ? "" : ", \(HTML.esc(avg))")
                + (v.seedCount > 1 ? "; ± is the half-width of the 95% Student t interval of the mean over seeds" : "")
                + ". The best value is in bold.</p>")
        h.append("<div class=\"scroll\"><table>")
        if d.count == 1 {
            let a = d[0]
            let aggs = v.values(a).map { v.aggregate(v.runs([a: $0])) }
            let best = aggs.compactMap(\.mean).reduce(nil as Double?) { b, x in b.map { better(v, x, $0) ? x : $0 } ?? x
            }
            h.append("<tr><th class=\"t\">\(HTML.esc(v.axisName(a)))</th><th>\(HTML.esc(v.metricTitle))</th></tr>")
            for (val, agg) in zip(v.values(a), aggs) {
                let cls = agg.mean != nil && agg.mean == best ? " class=\"best\"" : ""
                h.append(
                    "<tr><th class=\"t\">\(HTML.esc(val))</th><td\(cls)>\(HTML.esc(agg.total == 0 ? "" : cell(v, agg)))</td></tr>"
                )
            }
        } else {
            let ra = d[0]
            let ca = d[1]
            var grid: [[SweepView.Aggregate]] = []
            for rv in v.values(ra) { grid.append(v.values(ca).map { v.aggregate(v.runs([ra: rv, ca: $0])) }) }
            let best = grid.flatMap { $0.compactMap(\.mean) }.reduce(nil as Double?) { b, x in
                b.map { better(v, x, $0) ? x : $0 } ?? x
            }
            h.append(
                "<tr><th class=\"t\">\(HTML.esc(v.axisName(ra))) \\ \(HTML.esc(v.axisName(ca)))</th>"
                    + v.values(ca).map { "<th>\(HTML.esc($0))</th>" }.joined() + "</tr>")
            for (rv, row) in zip(v.values(ra), grid) {
                h.append(
                    "<tr><th class=\"t\">\(HTML.esc(rv))</th>"
                        + row.map { agg in
                            let cls = agg.mean != nil && agg.mean == best ? " class=\"best\"" : ""
                            return "<td\(cls)>\(HTML.esc(agg.total == 0 ? "" : cell(v, agg)))</td>"
                        }.joined() + "</tr>")
            }
        }
        h.append("</table></div>")
        return h
    }

    /// The share of the final metric's variance over the cell means explained by each design
    /// axis and pair of axes (`FunctionalANOVA`), or why it is not computed.
    static func importanceTable(_ v: SweepView) -> [String] {
        switch v.importance() {
        case .notComputed(let why):
            return [
                "<p>Not computed: \(HTML.esc(why)). The decomposition is exact only on a full grid, where every cell has a value.</p>"
            ]
        case .computed(let anova, let axes):
            var h: [String] = []
            h.append(
                "<p>The share of the variance of the cell means of \(HTML.esc(v.metricTitle))"
                    + (v.seedCount > 1 ? " (each cell's mean over its \(v.seedCount) seeds)" : "")
                    + " that each axis explains alone, and each pair of axes beyond their own effects: a functional ANOVA, exact on this full grid of "
                    + "\(v.combinations(axes).count) cells. Variance over the cell means: \(HTML.esc(SweepView.short(anova.totalVariance))).</p>"
            )
            h.append(
                "<table class=\"sortable\" id=\"importance-table\"><tr><th class=\"t\">axis or pair</th><th>share of the variance</th></tr>"
            )
            for r in GridFigures.importanceRows(v, anova, axes: axes) {
                h.append(
                    "<tr><td class=\"t\">\(HTML.esc(r.name))</td><td>\(String(format: "%.1f%%", 100 * r.share))</td></tr>"
                )
            }
            h.append("</table>")
            return h
        }
    }

    /// With a `data` axis: each method over all the data sets (`AcrossTaskScores`): the
    /// interquartile mean and the mean with their stratified-bootstrap intervals.
    static func acrossDataSets(_ v: SweepView) -> [String] {
        let builder = FigureBuilder(v)
        guard let m = builder.methodAxis, let d = builder.dataAxis, let s = AcrossTaskScores(v, method: m, data: d)
        else { return [] }
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        func ci(_ c: ConfidenceInterval?) -> String { c.map { "[\(f($0.lower)), \(f($0.upper))]" } ?? "" }
        let rows = s.aggregates().sorted { s.higherIsBetter ? $0.iqm > $1.iqm : $0.iqm < $1.iqm }
        var h = ["<h3>Across data sets</h3>"]
        h.append(
            "<p>Each \(HTML.esc(v.axisName(m))) over the \(s.tasks.count) data sets (\(HTML.esc(s.tasks.joined(separator: ", ")))), "
                + "every final run counted: the interquartile mean (IQM: the mean of the middle half of all the runs' scores, "
                + "robust to a few runs far off) and the mean of the data sets' means, each with its 95% stratified-bootstrap "
                + "interval (\(AcrossTaskScores.resamples) resamples of the seeds within each data set), as rliable computes them "
                + "(Agarwal et al. 2021). Scores: \(HTML.esc(s.scale)); \(HTML.esc(v.metricTitle))."
                + (s.excluded > 0 ? " \(s.excluded) runs without a finite value are left out." : "")
                + " Intervals that overlap do not make two methods equal: the probability-of-improvement figure compares them pair by pair.</p>"
        )
        h.append(
            "<table class=\"sortable\"><tr><th>\(HTML.esc(v.axisName(m)))</th><th>IQM</th><th>95% interval</th><th>mean</th><th>95% interval</th></tr>"
        )
        for r in rows {
            h.append(
                "<tr><td class=\"t\">\(HTML.esc(r.method))</td><td>\(f(r.iqm))</td><td>\(ci(r.iqmCI))</td><td>\(f(r.mean))</td><td>\(ci(r.meanCI))</td></tr>"
            )
        }
        h.append("</table>")
        return h
    }

    /// `HeldOutSplit.note` for the sweep, capitalized, from its manifest.
    static func heldOutNote(_ v: SweepView) -> String? {
        guard let manifest = v.tables.manifest,
            let split = HeldOutSplit.note(
                cellSettings: Array(manifest.settings.values),
                seeds: manifest.axes.first { $0.name == SweepTables.seedAxisName }?.values.count ?? 1)
        else { return nil }
        return split.prefix(1).uppercased() + split.dropFirst()
    }

    /// The settings (combinations of the design axes) ranked by their mean over seeds, with every
    /// setting's outcome against the best (`SettingRanking`, the rule the terminal uses too).
    /// `within`: only the settings with these axis values (left out of the labels).
    static func bestCells(_ v: SweepView, count: Int = 5, within: [Int: String] = [:]) -> [String] {
        let axes = v.design.filter { within[$0] == nil }
        // Combinations without runs (a tuned grid's final runs have one searched value per group) are left out.
        let combos = v.combinations(axes).map { $0.merging(within) { a, _ in a } }.filter { !v.runs($0).isEmpty }
        var ids: [String: [String]] = [:]
        let inputs = combos.map { c -> SettingRanking.Input in
            let runs = v.runs(c)
            let label =
                axes.isEmpty ? v.tables.name : axes.map { "\(v.axisName($0))=\(c[$0] ?? "")" }.joined(separator: ", ")
            ids[label] = runs.map(\.id)
            return SettingRanking.Input(label: label, runs: runs, metric: v.metric)
        }
        let ranking = SettingRanking(
            inputs, higherIsBetter: v.higherIsBetter, metric: v.metric,
            margins: VerdictMargins.of(runFileText: v.tables.manifest?.fileText ?? ""))
        guard !ranking.entries.isEmpty else { return ["<p>No setting finished without diverging or failing.</p>"] }
        let shown = ranking.shown(atLeast: count)
        var h: [String] = []
        h.append(
            "<p>By \(HTML.esc(v.metricTitle)) (\(HTML.esc(ranking.tally))): " + HTML.esc(ranking.rule)
                + ". The best and the rows equivalent to it are in bold.</p>"
        )
        h.append(
            "<table class=\"sortable\" id=\"best-table\"><tr><th>#</th><th class=\"t\">setting</th><th>\(HTML.esc(v.metricTitle))</th><th>seeds</th><th class=\"t\">against the best</th><th class=\"t\">run ids</th></tr>"
        )
        for (k, e) in ranking.entries.prefix(shown).enumerated() {
            let runIDs = ids[e.label] ?? []
            let cls = e.outcome == .best || e.outcome == .equivalent ? " class=\"best\"" : ""
            h.append(
                "<tr\(cls)><td>\(k + 1)</td><td class=\"t\">\(HTML.esc(e.label))</td><td>\(HTML.esc(SettingRanking.text(e)))</td><td>\(e.n)</td>"
                    + "<td class=\"t\">\(HTML.esc(ranking.verdict(e)))</td><td class=\"t\">"
                    + HTML.esc(
                        runIDs.count > 3
                            ? runIDs.prefix(3).joined(separator: ", ") + ", … (\(runIDs.count))"
                            : runIDs.joined(separator: ", ")) + "</td></tr>")
        }
        h.append("</table>")
        if ranking.entries.count > shown {
            h.append("<p>\(ranking.entries.count - shown) more settings, each worse than the best.</p>")
        }
        if let power = ranking.power {
            h.append("<p>" + HTML.esc(power.prefix(1).uppercased() + power.dropFirst()) + ".</p>")
        }
        if !ranking.excluded.isEmpty {
            h.append(
                "<p>Not ranked (a seed diverged or failed): \(HTML.esc(ranking.excluded.joined(separator: "; "))).</p>")
        }
        return h
    }

    /// Every row of runs.csv with its main columns.
    static func cellsTable(_ v: SweepView) -> [String] {
        let t = v.tables
        var cols = ["epochs_run", "final_train_loss", "final_val_loss"]
        if !cols.contains(v.metric) { cols.append(v.metric) }
        cols += ["best_val_loss", "best_epoch"]
        if t.runs.contains(where: { !$0.text("diverged_epoch").isEmpty }) { cols.append("diverged_epoch") }
        cols = cols.filter { c in t.runColumns.contains(c) && t.runs.contains { !$0.text(c).isEmpty } }
        let showMessage = t.runs.contains { !$0.message.isEmpty }
        var h: [String] = []
        h.append(HTML.filterBox("cells-table"))
        h.append("<div class=\"scroll\"><table class=\"sortable\" id=\"cells-table\">")
        var head =
            "<tr><th class=\"t\">run_id</th>" + t.axes.map { "<th class=\"t\">\(HTML.esc($0.name))</th>" }.joined()
        if v.seedAxis == nil { head += "<th>seed</th>" }
        head += "<th class=\"t\">status</th>" + cols.map { "<th>\(HTML.esc($0))</th>" }.joined()
        if showMessage { head += "<th class=\"t\">message</th>" }
        h.append(head + "</tr>")
        for r in t.runs {
            var row =
                "<tr\(r.isOK ? "" : " class=\"bad\"")><td class=\"t\">\(HTML.esc(r.id))</td>"
                + r.axisValues.map { "<td class=\"t\">\(HTML.esc($0))</td>" }.joined()
            if v.seedAxis == nil { row += "<td>\(HTML.esc(r.seed))</td>" }
            row += "<td class=\"t\">\(HTML.esc(r.status))</td>"
            for c in cols {
                let raw = r.text(c)
                var shown = raw
                if let x = SweepTables.number(raw), !["epochs_run", "best_epoch", "diverged_epoch"].contains(c) {
                    shown =
                        !x.isFinite
                        ? raw
                        : c.contains("accuracy")
                            ? String(format: "%.4f", x)
                            : c.hasSuffix("seconds") ? String(format: "%.2f", x) : SweepView.short(x)
                }
                row += "<td>\(HTML.esc(shown))</td>"
            }
            if showMessage { row += "<td class=\"t\">\(HTML.esc(r.message))</td>" }
            h.append(row + "</tr>")
        }
        h.append("</table></div>")
        return h
    }
}
