import Foundation

/// A metric to compare, with the tolerances of its floor.
public struct ResolvedMetric: Sendable, Equatable {
    public let metric: CompareMetric
    public let rtol: Double
    public let atol: Double

    public var name: String { metric.name }
    var info: ComparisonReport.MetricInfo { .init(name: metric.name, direction: metric.direction, rtol: rtol, atol: atol) }
}

/// The third phase of a comparison: the metrics as written (`CompareMetric.parse`) checked
/// against the columns both sweeps have, the defaults when none is named, the values of every
/// compared column checked, and the per-metric tolerances attached.
public enum MetricResolution {
    public static func resolve(_ options: CompareOptions, baseline: CompareSide, current: CompareSide) throws -> [ResolvedMetric] {
        let bothCurves = baseline.epochsProblem == nil && current.epochsProblem == nil
        let curveColumns = bothCurves ? baseline.epochColumns.filter { current.epochColumns.contains($0) } : []
        let anyRunColumns = baseline.fixedColumns + current.fixedColumns.filter { !baseline.fixedColumns.contains($0) }
        var metrics: [CompareMetric] = []
        if options.metrics.isEmpty {
            func present(_ col: String) -> Bool {
                anyRunColumns.contains(col) && (baseline.runs + current.runs).contains { !($0.fields[col] ?? "").isEmpty }
            }
            for col in ["final_val_loss", "final_val_accuracy"] where present(col) {
                metrics.append(CompareMetric(name: col, measure: .column(col), direction: MetricDirection.of(col)!))
            }
            if metrics.isEmpty {
                guard anyRunColumns.contains("final_train_loss") else {
                    throw CompareError(.incompatible, "the sweeps have no final_val_loss, final_val_accuracy or final_train_loss column; name a metric with --metric")
                }
                metrics.append(CompareMetric(name: "final_train_loss", measure: .column("final_train_loss"), direction: .lower))
            }
        } else {
            for text in options.metrics {
                let m = try CompareMetric.parse(text, runColumns: anyRunColumns, curveColumns: curveColumns)
                if m.isCurve && !bothCurves {
                    throw CompareError(.usage, "metric '\(m.name)' needs epochs.csv: " + [baseline.epochsProblem, current.epochsProblem].compactMap { $0 }.joined(separator: "; "))
                }
                if !metrics.contains(where: { $0.name == m.name }) { metrics.append(m) }
            }
        }
        for m in metrics { try checkValues(m, baseline, other: current); try checkValues(m, current, other: baseline) }
        for t in options.tolerances where !metrics.contains(where: { $0.name == t.metric }) {
            throw CompareError(.usage, "--tol \(t.metric): '\(t.metric)' is not a compared metric; the compared metrics are " + metrics.map(\.name).joined(separator: ", "))
        }
        return metrics.map { m in
            let t = options.tolerances.first { $0.metric == m.name }
            return ResolvedMetric(metric: m, rtol: t?.rtol ?? options.rtol, atol: t?.atol ?? options.atol)
        }
    }

    /// A compared column must be in both runs.csv files, and every run that ended ok must hold a
    /// finite number in it (or nothing, when it has no such value).
    static func checkValues(_ m: CompareMetric, _ side: CompareSide, other: CompareSide) throws {
        guard case .column(let column) = m.measure else { return }
        let source = "\(side.role) \(side.runsURL.path)"
        guard side.fixedColumns.contains(column) else {
            throw CompareError(.unreadable, "\(source): no column '\(column)', which the \(other.role) has and which is compared")
        }
        for run in side.runs where run.status == "ok" {
            let text = run.fields[column] ?? ""
            guard !text.isEmpty else { continue }
            guard let v = Double(text), v.isFinite else {
                throw CompareError(.unreadable, "\(source): row \(run.row), column '\(column)': '\(text)' is not a finite number, yet the run's status is ok")
            }
        }
    }
}
