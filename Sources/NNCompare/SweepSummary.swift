import Foundation
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// The compact text shown when a sweep ends: a final metric over the first two axes (mean over
/// the other axes and the seeds), or per value of a single axis with its spread over seeds; then
/// the best cells.
public enum SweepSummary {
    /// The plan's cells with their rows of runs.csv in `dir`, and the metric that judges them;
    /// nil when there are no results yet.
    static func rows(plan: SweepPlan, dir: URL) -> (
        rows: [(Cell, SweepTables.Run)], headline: (column: String, direction: MetricDirection)
    )? {
        // The tables as every reader sees them; a folder whose tables cannot be read has no summary.
        guard let tables = try? SweepTables.read(runs: dir.appendingPathComponent(ResultsLayout.runs)) else {
            return nil
        }
        let byID = Dictionary(tables.runs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [(Cell, SweepTables.Run)] = []
        for c in plan.cells { if let r = byID[c.id] { rows.append((c, r)) } }
        guard !rows.isEmpty else { return nil }
        let program = plan.cells.first?.config.program
        let named = program.flatMap { p in p.spec.direction(p.spec.headline).map { ("final_" + p.spec.headline, $0) } }
        let headline = Headline.final(hasValue: { c in rows.contains { !$0.1.text(c).isEmpty } }, named: named)
        return (rows, (headline.column, headline.direction))
    }

    /// The settings ranked against the best, as the summary shows them: one ranking per data set
    /// when a `data` axis stands beside others (`on` says which), else one; empty for a single
    /// cell or a single setting.
    public static func rankings(plan: SweepPlan, dir: URL) -> (
        metric: String, rankings: [(on: String, ranking: SettingRanking)]
    )? {
        guard let (rows, headline) = rows(plan: plan, dir: dir) else { return nil }
        return (headline.column, rankings(plan: plan, rows: rows, headline: headline))
    }

    static func rankings(
        plan: SweepPlan, rows: [(Cell, SweepTables.Run)], headline: (column: String, direction: MetricDirection)
    ) -> [(on: String, ranking: SettingRanking)] {
        let seedIndex = plan.axes.firstIndex { $0.name == SweepTables.seedAxisName }
        let settingAxes = plan.axes.indices.filter { $0 != seedIndex }
        guard plan.cells.count > 1, !settingAxes.isEmpty else { return [] }
        // A `data` axis beside others: settings are ranked within each data set (numbers of
        // different data sets do not compare).
        let dataIndex = settingAxes.count > 1 ? settingAxes.first { plan.axes[$0].name == "data" } : nil
        let parts: [(String, [(Cell, SweepTables.Run)])] =
            dataIndex.map { d in
                plan.axes[d].values.map { dv in (" on data=\(dv.label)", rows.filter { $0.0.axisValues[d] == dv.label })
                }.filter { !$0.1.isEmpty }
            } ?? [("", rows)]
        let margins = VerdictMargins.of(runFileText: plan.text)
        return parts.map { on, part in
            (
                on,
                ranking(
                    part, settingAxes: settingAxes.filter { $0 != dataIndex }, axes: plan.axes,
                    metric: headline.column, higherIsBetter: headline.direction == .higher, margins: margins)
            )
        }
    }

    public static func render(plan: SweepPlan, dir: URL, best count: Int = 5) -> String {
        guard let (rows, headline) = rows(plan: plan, dir: dir) else { return "no results yet" }
        let metricName = headline.column.replacingOccurrences(of: "final_", with: "final ")
        func metric(_ r: SweepTables.Run) -> Double? {
            guard r.isOK else { return nil }
            return r.number(headline.column)
        }
        func fmt(_ v: Double?) -> String { v.map { String(format: "%.4f", $0) } ?? "-" }
        func pad(_ s: String, _ w: Int) -> String {
            s.count >= w ? s + " " : s + String(repeating: " ", count: w - s.count)
        }
        /// Mean of the cells' metric, or nil when one of them diverged or failed.
        func mean(_ cells: [(Cell, SweepTables.Run)]) -> (Double, Double, Int)? {
            let ms = cells.map { metric($0.1) }
            let valid = ms.compactMap { $0 }
            guard !valid.isEmpty, valid.count == ms.count else { return nil }
            let m = valid.reduce(0, +) / Double(valid.count)
            return (m, Descriptive.standardDeviation(valid) ?? 0, valid.count)
        }
        let shown = plan.axes.enumerated().filter { $0.element.name != "seed" }.map(\.offset)
        var out: [String] = []
        if shown.count >= 2 {
            let ai = shown[0]
            let bi = shown[1]
            let a = plan.axes[ai]
            let b = plan.axes[bi]
            let others = plan.axes.count > 2
            out.append(
                "\(metricName), \(a.name) x \(b.name)"
                    + (others
                        ? " (mean over the other axes\(plan.axes.contains { $0.name == "seed" } ? " and seeds" : ""))"
                        : "") + "; - = diverged or failed")
            let width = max(10, (b.values.map(\.label.count).max() ?? 0) + 2)
            let first = max(a.name.count, a.values.map(\.label.count).max() ?? 0) + 2
            out.append(pad(a.name, first) + b.values.map { pad($0.label, width) }.joined())
            for av in a.values {
                var line = pad(av.label, first)
                for bv in b.values {
                    let cells = rows.filter { $0.0.axisValues[ai] == av.label && $0.0.axisValues[bi] == bv.label }
                    line += pad(cells.isEmpty ? "" : fmt(mean(cells)?.0), width)
                }
                out.append(line)
            }
            out.append("")
        } else if shown.count == 1, plan.axes.count > 1 {
            let ai = shown[0]
            let a = plan.axes[ai]
            out.append("\(metricName) by \(a.name): mean ± standard deviation over seeds; - = diverged or failed")
            let first = max(a.name.count, a.values.map(\.label.count).max() ?? 0) + 2
            for av in a.values {
                let cells = rows.filter { $0.0.axisValues[ai] == av.label }
                if let (m, sd, n) = mean(cells) {
                    out.append(pad(av.label, first) + "\(fmt(m)) ± \(fmt(sd))  (\(n) seeds)")
                } else {
                    out.append(pad(av.label, first) + "-")
                }
            }
            out.append("")
        } else if shown.isEmpty, plan.axes.count == 1 {
            let ms = rows.compactMap { metric($0.1) }
            if let (m, sd, n) = mean(rows) {
                out.append(
                    "\(metricName) over \(n) seeds: \(fmt(m)) ± \(fmt(sd)) (standard deviation), from \(fmt(ms.min())) to \(fmt(ms.max()))"
                )
                out.append("")
            }
        }
        // Settings (every axis but the seed), ranked by their mean over seeds.
        let seedIndex = plan.axes.firstIndex { $0.name == SweepTables.seedAxisName }
        let settingAxes = plan.axes.indices.filter { $0 != seedIndex }
        if plan.cells.count > 1, settingAxes.isEmpty {
            // One setting with several seeds: the distribution line above says it all.
        } else if plan.cells.count > 1 {
            let parts = rankings(plan: plan, rows: rows, headline: headline)
            for (k, (on, ranking)) in parts.enumerated() {
                out.append(
                    "best settings\(on) by \(metricName), mean [95% interval] over seeds (\(ranking.tally)):")
                // Every setting not shown worse than the best is listed, and at least `count`.
                let shown = ranking.shown(atLeast: count)
                for e in ranking.entries.prefix(shown) {
                    out.append(
                        "  \(SettingRanking.text(e))  \(e.label)  (\(e.n) seed\(e.n == 1 ? "" : "s"); \(ranking.verdict(e)))"
                    )
                }
                if ranking.entries.count > shown {
                    out.append("  ... \(ranking.entries.count - shown) more, each worse than the best")
                }
                if !ranking.excluded.isEmpty {
                    out.append("  not ranked (a seed diverged or failed): " + ranking.excluded.joined(separator: "; "))
                }
                if let power = ranking.power { out.append("  " + power) }
                if k == 0, let split = heldOutNote(plan) { out.append("  " + split) }
                if k == parts.count - 1 {
                    out.append("  " + ranking.rule + (parts.count > 1 ? ", within each data set" : ""))
                }
            }
        } else if let (c, r) = rows.first {
            out.append("\(c.config.name): \(r.status), \(r.text("epochs_run")) epochs, \(metricName) \(fmt(metric(r)))")
        }
        let bad = rows.filter { !$0.1.isOK }
        if !bad.isEmpty {
            out.append(
                "not ok: "
                    + bad.map { "\($0.0.axisValues.joined(separator: "/")) \($0.1.status)" }.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }

    /// `HeldOutSplit.note` for the plan's cells.
    static func heldOutNote(_ plan: SweepPlan) -> String? {
        let seeds = plan.axes.first { $0.name == SweepTables.seedAxisName }?.values.count ?? 1
        return HeldOutSplit.note(
            cellSettings: plan.cells.map { c in
                Dictionary(c.config.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            }, seeds: seeds)
    }

    /// The settings of `rows` ranked by `metric`, one entry per combination of `settingAxes`.
    static func ranking(
        _ rows: [(Cell, SweepTables.Run)], settingAxes: [Int], axes: [Axis], metric: String,
        higherIsBetter: Bool, margins: VerdictMargins = .init()
    ) -> SettingRanking {
        var order: [[String]] = []
        var groups: [[String]: [(Cell, SweepTables.Run)]] = [:]
        for row in rows {
            let key = settingAxes.map { row.0.axisValues[$0] }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        let inputs = order.map { key -> SettingRanking.Input in
            let label = zip(settingAxes, key).map { "\(axes[$0].name)=\($1)" }.joined(separator: ", ")
            return SettingRanking.Input(label: label, runs: groups[key]!.map(\.1), metric: metric)
        }
        return SettingRanking(inputs, higherIsBetter: higherIsBetter, metric: metric, margins: margins)
    }
}
