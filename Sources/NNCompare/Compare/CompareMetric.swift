import Foundation
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// A number measured on every run of a sweep, compared between two sweeps.
///
/// - `COLUMN`: a numeric column of runs.csv (`final_val_loss`, `best_val_accuracy`,
///   `train_seconds`, ...).
/// - `best:CURVE`: the best value of an epochs.csv column over the epochs (the lowest for a
///   lower-is-better curve, the highest otherwise).
/// - `auc:CURVE`: the area under the curve with one unit of width per epoch, that is, the mean of
///   the column over all recorded epochs (rectangle rule). It rewards fast and steady progress, not
///   only the end point; sweeps with different epoch counts compare as averages.
/// - `epochs_to:CURVE>=X` (also `>`, `<=`, `<`): the number of the first epoch whose value meets
///   the target; a run that never meets it counts as +infinity ("never"), worse than any epoch.
///   Lower is better.
///
/// Any metric takes `:lower` or `:higher` at the end to set its direction; without it the
/// direction comes from the name (losses, mae, rmse and seconds lower, accuracies higher,
/// epochs_to lower).
public struct CompareMetric: Sendable, Equatable {
    public enum Measure: Sendable, Equatable {
        case column(String)
        case best(String)
        case auc(String)
        case epochsTo(String, Relation, Double)
    }

    public enum Relation: String, Sendable, Equatable, CaseIterable {
        case atLeast = ">="
        case atMost = "<="
        case above = ">"
        case below = "<"
        func holds(_ v: Double, _ target: Double) -> Bool {
            switch self {
            case .atLeast: v >= target
            case .atMost: v <= target
            case .above: v > target
            case .below: v < target
            }
        }
    }

    /// The metric as written, without a direction suffix: `final_val_loss`, `auc:val_loss`.
    public let name: String
    public let measure: Measure
    public let direction: MetricDirection

    public init(name: String, measure: Measure, direction: MetricDirection) {
        self.name = name
        self.measure = measure
        self.direction = direction
    }

    /// True for measures read from epochs.csv.
    public var isCurve: Bool {
        if case .column = measure { return false }
        return true
    }

    /// Parses `NAME[:lower|higher]` against the columns both sweeps have.
    public static func parse(_ text: String, runColumns: [String], curveColumns: [String]) throws -> CompareMetric {
        var body = text.trimmingCharacters(in: .whitespaces)
        var given: MetricDirection? = nil
        for d in [MetricDirection.lower, .higher] where body.hasSuffix(":" + d.rawValue) {
            given = d
            body.removeLast(d.rawValue.count + 1)
        }
        func unknown(_ why: String) -> CompareError {
            CompareError(
                .usage,
                "unknown metric '\(text)'\(why); valid metrics: "
                    + validList(runColumns: runColumns, curveColumns: curveColumns))
        }
        func direction(_ name: String) throws -> MetricDirection {
            if let d = given ?? MetricDirection.of(name) { return d }
            throw CompareError(
                .usage,
                "metric '\(body)': cannot tell whether lower or higher is better; write '\(body):lower' or '\(body):higher'"
            )
        }
        func curve(_ c: String) throws -> String {
            guard curveColumns.contains(c) else {
                throw unknown(
                    curveColumns.isEmpty ? " (curve measures need epochs.csv beside both runs.csv files)" : "")
            }
            return c
        }
        if body.hasPrefix("best:") {
            let c = try curve(String(body.dropFirst(5)))
            return CompareMetric(name: body, measure: .best(c), direction: try direction(c))
        }
        if body.hasPrefix("auc:") {
            let c = try curve(String(body.dropFirst(4)))
            return CompareMetric(name: body, measure: .auc(c), direction: try direction(c))
        }
        if body.hasPrefix("epochs_to:") {
            let rest = String(body.dropFirst(10))
            // Two-character relations first, so ">=" is not read as ">".
            for r in [Relation.atLeast, .atMost, .above, .below] {
                guard let range = rest.range(of: r.rawValue) else { continue }
                let c = try curve(String(rest[..<range.lowerBound]).trimmingCharacters(in: .whitespaces))
                let t = rest[range.upperBound...].trimmingCharacters(in: .whitespaces)
                guard let target = Double(t), target.isFinite else {
                    throw CompareError(
                        .usage,
                        "metric '\(text)': the target '\(t)' is not a number (example: epochs_to:val_accuracy>=0.9)")
                }
                return CompareMetric(name: body, measure: .epochsTo(c, r, target), direction: given ?? .lower)
            }
            throw unknown(" (epochs_to needs a target, such as epochs_to:val_accuracy>=0.9)")
        }
        guard numericRunColumns(runColumns).contains(body) else { throw unknown("") }
        return CompareMetric(name: body, measure: .column(body), direction: try direction(body))
    }

    /// The runs.csv columns that can be metrics: all after the axes except seed, status, message.
    public static func numericRunColumns(_ columns: [String]) -> [String] {
        columns.filter { !["seed", "status", "message"].contains($0) }
    }

    public static func validList(runColumns: [String], curveColumns: [String]) -> String {
        var s = numericRunColumns(runColumns).joined(separator: ", ")
        if curveColumns.isEmpty {
            s += " (no curve measures: epochs.csv is missing)"
        } else {
            let c = curveColumns.joined(separator: "|")
            s += "; best:CURVE, auc:CURVE, epochs_to:CURVE>=X (or >, <=, <) with CURVE one of \(c)"
        }
        return s + "; append :lower or :higher to set the direction"
    }

    /// The metric's value for one run; nil when the run has none.
    func value(_ run: CompareSide.Run, curve: [CompareSide.EpochPoint]?) -> Double? {
        switch measure {
        case .column(let c):
            guard let text = run.fields[c], let v = Double(text), !v.isNaN else { return nil }
            return v
        case .best(let c):
            let vs = (curve ?? []).compactMap { $0.values[c] }.filter { !$0.isNaN }
            return direction == .lower ? vs.min() : vs.max()
        case .auc(let c):
            let vs = (curve ?? []).compactMap { $0.values[c] }
            guard !vs.isEmpty else { return nil }
            let mean = vs.reduce(0, +) / Double(vs.count)
            return mean.isNaN ? nil : mean
        case .epochsTo(let c, let r, let target):
            guard let curve, !curve.isEmpty else { return nil }
            for p in curve { if let v = p.values[c], r.holds(v, target) { return Double(p.epoch) } }
            return .infinity
        }
    }
}
