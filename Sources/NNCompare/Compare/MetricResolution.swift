import Foundation
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// A metric to compare, with the tolerances of its floor.
public struct ResolvedMetric: Sendable, Equatable {
    public let metric: CompareMetric
    public let rtol: Double
    public let atol: Double

    public var name: String { metric.name }
    var info: CompareReport.MetricInfo {
        .init(name: metric.name, direction: metric.direction, rtol: rtol, atol: atol)
    }
}

/// The third phase of a comparison: the metrics as written (`CompareMetric.parse`) checked
/// against the columns both sweeps have, the defaults when none is named, the values of every
/// compared metric checked on both sides (no hole where a run that ended ok should hold one),
/// and the per-metric tolerances attached.
public enum MetricResolution {
    public static func resolve(_ options: CompareOptions, cells: CellMatch) throws -> [ResolvedMetric] {
        let baseline = cells.baseline
        let current = cells.current
        let bothCurves = baseline.epochsProblem == nil && current.epochsProblem == nil
        let curveColumns = bothCurves ? baseline.epochColumns.filter { current.epochColumns.contains($0) } : []
        let anyRunColumns = baseline.fixedColumns + current.fixedColumns.filter { !baseline.fixedColumns.contains($0) }
        var metrics: [CompareMetric] = []
        if options.metrics.isEmpty {
            func present(_ col: String) -> Bool {
                anyRunColumns.contains(col)
                    && (baseline.runs + current.runs).contains { !($0.fields[col] ?? "").isEmpty }
            }
            for col in ["final_val_loss", "final_val_accuracy"] where present(col) {
                metrics.append(CompareMetric(name: col, measure: .column(col), direction: MetricDirection.of(col)!))
            }
            if metrics.isEmpty {
                guard anyRunColumns.contains("final_train_loss") else {
                    throw CompareError(
                        .incompatible,
                        "the sweeps have no final_val_loss, final_val_accuracy or final_train_loss column; name a metric with --metric"
                    )
                }
                metrics.append(
                    CompareMetric(name: "final_train_loss", measure: .column("final_train_loss"), direction: .lower))
            }
        } else {
            for text in options.metrics {
                let m = try CompareMetric.parse(text, runColumns: anyRunColumns, curveColumns: curveColumns)
                if m.isCurve && !bothCurves {
                    throw CompareError(
                        .usage,
                        "metric '\(m.name)' needs epochs.csv: "
                            + [baseline.epochsProblem, current.epochsProblem].compactMap { $0 }.joined(separator: "; "))
                }
                if !metrics.contains(where: { $0.name == m.name }) { metrics.append(m) }
            }
        }
        for m in metrics {
            try checkValues(m, baseline, other: current)
            try checkValues(m, current, other: baseline)
            try checkHoles(m, cells)
        }
        for t in options.tolerances where !metrics.contains(where: { $0.name == t.metric }) {
            throw CompareError(
                .usage,
                "--tol \(t.metric): '\(t.metric)' is not a compared metric; the compared metrics are "
                    + metrics.map(\.name).joined(separator: ", "))
        }
        return metrics.map { m in
            let t = options.tolerances.first { $0.metric == m.name }
            return ResolvedMetric(metric: m, rtol: t?.rtol ?? options.rtol, atol: t?.atol ?? options.atol)
        }
    }

    /// A compared column must be in both runs.csv files, and every run that ended ok must hold a
    /// finite number in it or nothing (a run without such a value; `checkHoles` tells which
    /// runs must have one).
    static func checkValues(_ m: CompareMetric, _ side: CompareSide, other: CompareSide) throws {
        guard case .column(let column) = m.measure else { return }
        let source = "\(side.role) \(side.runsURL.path)"
        guard side.fixedColumns.contains(column) else {
            throw CompareError(
                .unreadable, "\(source): no column '\(column)', which the \(other.role) has and which is compared")
        }
        for run in side.runs where run.status == "ok" {
            let text = run.fields[column] ?? ""
            guard !text.isEmpty else { continue }
            guard let v = Double(text), v.isFinite else {
                throw CompareError(
                    .unreadable,
                    "\(source): row \(run.row), column '\(column)': '\(text)' is not a finite number, yet the run's status is ok"
                )
            }
        }
    }

    /// Whether a run that ended ok holds no value of `m` where it must: the runs of a cell on both
    /// sides share the data, split and loss (`Comparability`), and every epoch measures the same
    /// parts, so when one run of the cell that ended ok has a value (a curve: in any epoch), every
    /// run of the cell that ended ok has one in the same place (a curve: every epoch). An empty
    /// field there is a hole in the table, never "no value": left out, it would make the row n/a
    /// or its mean one of fewer seeds, and the gate would pass what it never saw. A cell whose runs
    /// all lack the value does not measure it (accuracy of a regression cell) and stays n/a; a
    /// metric that no run that ended ok in a common cell has is refused.
    static func checkHoles(_ m: CompareMetric, _ cells: CellMatch) throws {
        struct Side {
            let side: CompareSide
            let runs: [CompareSide.Run]
        }
        var measuredSomewhere = false
        var okInCommon = false
        let keys = cells.baselineOrder + cells.currentOrder.filter { cells.baselineRuns[$0] == nil }
        for key in keys {
            let sides = [
                Side(side: cells.baseline, runs: (cells.baselineRuns[key] ?? []).filter { $0.status == "ok" }),
                Side(side: cells.current, runs: (cells.currentRuns[key] ?? []).filter { $0.status == "ok" })
            ]
            if cells.baselineRuns[key] != nil && cells.currentRuns[key] != nil
                && sides.contains(where: { !$0.runs.isEmpty })
            {
                okInCommon = true
            }
            let cell = cells.axisNames.isEmpty ? "its cell" : "its cell (\(cells.describe(key)))"
            switch m.measure {
            case .column(let column):
                func has(_ r: CompareSide.Run) -> Bool { !(r.fields[column] ?? "").isEmpty }
                let holding = sides.filter { $0.runs.contains(where: has) }.map(\.side.role)
                guard !holding.isEmpty else { continue }
                measuredSomewhere = true
                for s in sides {
                    guard let r = s.runs.first(where: { !has($0) }) else { continue }
                    throw CompareError(
                        .unreadable,
                        "\(s.side.role) \(s.side.runsURL.path): row \(r.row), column '\(column)': empty, yet the run's status is ok and \(cell) has values in \(sideNames(holding))"
                    )
                }
            case .best(let column), .auc(let column), .epochsTo(let column, _, _):
                let holding = sides.filter { s in
                    s.runs.contains { (s.side.curves[$0.runID] ?? []).contains { $0.values[column] != nil } }
                }.map(\.side.role)
                guard !holding.isEmpty else { continue }
                measuredSomewhere = true
                for s in sides {
                    let epochsPath = s.side.directory.appendingPathComponent(ResultsLayout.epochs).path
                    for r in s.runs {
                        let curve = s.side.curves[r.runID] ?? []
                        guard !curve.isEmpty else {
                            throw CompareError(
                                .unreadable,
                                "\(s.side.role) \(epochsPath): no rows for run \(r.runID) (row \(r.row) of runs.csv), yet its status is ok and \(cell) has '\(column)' curves in \(sideNames(holding))"
                            )
                        }
                        if let e = curve.first(where: { $0.values[column] == nil || $0.values[column]!.isNaN }) {
                            let what = e.values[column] == nil ? "no number" : "nan"
                            throw CompareError(
                                .unreadable,
                                "\(s.side.role) \(epochsPath): row \(e.row) (run \(r.runID), epoch \(e.epoch)), column '\(column)': \(what), yet the run's status is ok and \(cell) has values in \(sideNames(holding))"
                            )
                        }
                    }
                }
            }
        }
        if okInCommon && !measuredSomewhere {
            throw CompareError(
                .usage,
                "metric '\(m.name)' has no value in any run that ended ok, in either sweep: nothing would be compared; name a metric the sweeps measure"
            )
        }
    }

    /// "the baseline", "the current" or "both sweeps".
    private static func sideNames(_ roles: [String]) -> String {
        roles.count == 1 ? "the \(roles[0])" : "both sweeps"
    }
}
