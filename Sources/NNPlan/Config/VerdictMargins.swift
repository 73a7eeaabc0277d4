import Foundation
import NNEngine
import Yams

/// The equivalence margins of a sweep's verdicts: a setting whose difference from the best (or
/// a current sweep's from its baseline) lies within ±margin, shown by two one-sided tests, is
/// *equivalent*; one shown beyond zero is *worse*; one shown neither is *inconclusive*.
///
/// The run file sets them with `margin: M` (every metric) or `margin: {METRIC: M, ...}`
/// (runs.csv column names, such as `final_val_accuracy`); a metric without one takes the stated
/// default, `defaultMargin`. `compare --margin` sets them for a comparison.
public struct VerdictMargins: Sendable, Equatable {
    /// The margin of every metric without its own.
    public var all: Double?
    /// Margins by metric (runs.csv column name).
    public var byMetric: [String: Double]

    public init(all: Double? = nil, byMetric: [String: Double] = [:]) {
        self.all = all
        self.byMetric = byMetric
    }

    /// The default: accuracies ±0.01 (one percentage point); every other metric ±5 % of the
    /// reference's mean (the best setting's, or in `compare` the baseline's).
    public static func defaultMargin(metric: String, reference: Double) -> Double {
        metric.hasSuffix("accuracy") ? 0.01 : 0.05 * abs(reference)
    }

    /// The default margin of `metric` in words: `±0.01`, or `±5% of ` and `reference`.
    public static func defaultText(metric: String, reference: String) -> String {
        metric.hasSuffix("accuracy") ? "±0.01" : "±5% of \(reference)"
    }

    /// The default in words, for rules and footers.
    public static let defaultRule =
        "the default margin: accuracies ±0.01, other metrics ±5 % of the reference mean; the run file's margin: sets another"

    /// The margin set for `metric`, nil when it takes the default.
    public func set(for metric: String) -> Double? { byMetric[metric] ?? all }

    /// The margin for `metric`: the one set, else the default for `reference`.
    public func margin(for metric: String, reference: Double) -> Double {
        set(for: metric) ?? Self.defaultMargin(metric: metric, reference: reference)
    }

    /// The run file's `margin:` value. `builtin`: the names must be runs.csv columns of the
    /// built-in engine (a program's metrics are its own).
    static func parse(_ node: Node, builtin: Bool) throws -> VerdictMargins {
        func value(_ n: Node, _ what: String) throws -> Double {
            guard let s = n.scalar, let v = Double(s.string), v.isFinite, v > 0 else {
                throw ConfigError(
                    "\(what) must be a positive number in the metric's unit, such as 0.01, got '\(quoted(n.scalar?.string ?? n.kindName))'",
                    line: n.line)
            }
            return v
        }
        if case .scalar = node { return VerdictMargins(all: try value(node, "margin")) }
        guard case .mapping(let m) = node else {
            throw ConfigError(
                "margin must be a number (every metric) or a map such as {final_val_accuracy: 0.005}, got \(node.kindName)",
                line: node.line)
        }
        var out = VerdictMargins()
        let names = EpochRecord.metrics.flatMap { ["final_" + $0.name, "best_" + $0.name, "best_epoch_" + $0.name] }
        for (k, v) in m {
            guard let key = k.scalar?.string, !key.isEmpty,
                key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") })
            else {
                throw ConfigError("margin has a key that is not a metric name (letters, digits, _ and .)", line: k.line)
            }
            if builtin && !names.contains(key) {
                throw ConfigError(
                    unknownName("margin metric", key, allowed: EpochRecord.metrics.map { "final_" + $0.name }),
                    line: k.line)
            }
            guard out.byMetric[key] == nil else { throw ConfigError("margin.\(key) is given twice", line: k.line) }
            out.byMetric[key] = try value(v, "margin.\(key)")
        }
        return out
    }

    /// The margins of a run file's text (as a results folder's manifest keeps it); none when
    /// the text has no valid `margin:`.
    public static func of(runFileText text: String) -> VerdictMargins {
        // Most files set none: skip composing the YAML (and the Unicode tables it loads).
        guard text.contains("margin") else { return VerdictMargins() }
        guard let root = try? Yams.compose(yaml: text), case .mapping(let top) = root,
            let node = top.first(where: { $0.key.scalar?.string == "margin" })?.value
        else { return VerdictMargins() }
        return (try? parse(node, builtin: false)) ?? VerdictMargins()
    }
}
