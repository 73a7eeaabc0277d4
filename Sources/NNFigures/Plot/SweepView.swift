import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// What the figures and the report need to know about a sweep's axes and its final metric.
///
/// Axes fall in three kinds: the `seed` axis (averaged over, its spread shown as error bars),
/// axes with a single value (constant, left out of the layouts), and the design axes, which the
/// figures lay out. The design axes are in grid order, except that an initializer axis comes
/// first: it is the one whose lines are compared within a panel.
public struct SweepView: Sendable {
    public let tables: SweepTables
    /// Index of the axis named `seed`, if any.
    public let seedAxis: Int?
    /// Indices of the design axes, initializer axis first, then grid order.
    public let design: [Int]
    /// The final metric: a runs.csv column and whether higher is better.
    public let metric: String
    public let higherIsBetter: Bool

    /// `validationOnly`: judge by the held-out `val_*` columns even with a test part (the search
    /// of a tuned grid, `search/`, whose figures show what its selection saw).
    public init(_ t: SweepTables, validationOnly: Bool = false) {
        tables = t
        let seed = t.axes.firstIndex { $0.name == "seed" }
        seedAxis = seed
        let others = t.axes.indices.filter { $0 != seed && t.axes[$0].values.count > 1 }
        let initAxis = others.first { Self.isInitializerAxis(t.axes[$0].name) }
        design = (initAxis.map { [$0] } ?? []) + others.filter { $0 != initAxis }
        let runs = t.runs
        func present(_ c: String) -> Bool { runs.contains { !$0.text(c).isEmpty } }
        let headline = Headline.final(hasValue: present, validationOnly: validationOnly, named: t.manifest?.headline)
        metric = headline.column
        higherIsBetter = headline.direction == .higher
    }

    static func isInitializerAxis(_ name: String) -> Bool {
        let n = name.lowercased()
        return n == "init" || n.hasPrefix("init.") || n == "initializer" || n == "initialization"
            || n == "initialisation"
    }

    static func isSchedulerAxis(_ name: String) -> Bool { name.lowercased().contains("sched") }

    /// The scheduler axis among the design axes, if any.
    public var schedulerAxis: Int? { design.first { Self.isSchedulerAxis(tables.axes[$0].name) } }

    /// The initializer axis among the design axes, if any.
    public var initializerAxis: Int? { design.first { Self.isInitializerAxis(tables.axes[$0].name) } }

    /// Number of seeds averaged over (1 without a seed axis).
    public var seedCount: Int { seedAxis.map { tables.axes[$0].values.count } ?? 1 }

    func axisName(_ a: Int) -> String { tables.axes[a].name }
    func values(_ a: Int) -> [String] { tables.axes[a].values }

    /// "mean over a, b and seeds" or "" when nothing is averaged.
    func averagedPhrase(except used: [Int]) -> String {
        let names = design.filter { !used.contains($0) }.map(axisName)
        var parts = names
        if seedCount > 1 { parts.append("\(seedCount) seeds") }
        guard !parts.isEmpty else { return "" }
        let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        return "mean over " + list
    }

    func runs(_ filter: [Int: String], in runs: [SweepTables.Run]? = nil) -> [SweepTables.Run] {
        (runs ?? tables.runs).filter { r in filter.allSatisfy { r.axisValues[$0.key] == $0.value } }
    }

    func seedKey(_ r: SweepTables.Run) -> String { seedAxis.map { r.axisValues[$0] } ?? r.seed }

    /// The metric over a set of runs: the mean per seed (over the other axes), then the mean of
    /// those over the seeds and the half-width of its 95% Student t interval; with the runs'
    /// status counts.
    struct Aggregate {
        var mean: Double?
        /// t(0.975, n - 1) · sd / sqrt(n) over the n seed means; nil with one seed.
        var ci95: Double?
        var seedMeans: [Double] = []
        var total = 0, ok = 0, diverged = 0, failed = 0, running = 0

        var notOK: Int { diverged + failed + running }
        /// "diverged", "failed", "2 diverged, 1 failed" for the runs that are not ok.
        var statusText: String {
            var parts: [String] = []
            if diverged > 0 { parts.append(total == diverged ? "diverged" : "\(diverged)/\(total) diverged") }
            if failed > 0 { parts.append(total == failed ? "failed" : "\(failed)/\(total) failed") }
            if running > 0 { parts.append(total == running ? "running" : "\(running)/\(total) running") }
            return parts.joined(separator: ", ")
        }
    }

    func aggregate(_ runs: [SweepTables.Run]) -> Aggregate {
        var a = Aggregate()
        a.total = runs.count
        var bySeed: [String: [Double]] = [:]
        var order: [String] = []
        for r in runs {
            switch r.status {
            case "ok": a.ok += 1
            case "diverged": a.diverged += 1
            case "running": a.running += 1
            default: a.failed += 1
            }
            guard r.isOK, let v = r.number(metric), v.isFinite else { continue }
            let k = seedKey(r)
            if bySeed[k] == nil { order.append(k) }
            bySeed[k, default: []].append(v)
        }
        a.seedMeans = order.map { k in
            let vs = bySeed[k]!
            return vs.reduce(0, +) / Double(vs.count)
        }
        if !a.seedMeans.isEmpty {
            let m = a.seedMeans.reduce(0, +) / Double(a.seedMeans.count)
            a.mean = m
            if seedAxis != nil, let ci = Descriptive.meanInterval(a.seedMeans) {
                a.ci95 = (ci.upper - ci.lower) / 2
            }
        }
        return a
    }

    /// The metric as shown in labels and tables.
    func format(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "-" }
        return higherIsBetter ? String(format: "%.3f", v) : Self.short(v)
    }

    /// A standard deviation shown next to `mean`: with as many decimals as the mean has.
    func formatSpread(_ sd: Double, of mean: Double) -> String {
        // No spread, or one that is only rounding: 0.
        if sd == 0 || (sd.isFinite && sd <= 1e-12 * max(abs(mean), 1)) { return "0" }
        let m = format(mean)
        guard sd.isFinite, !m.contains("e"), let dot = m.firstIndex(of: ".") else { return Self.short(sd) }
        let decimals = m.distance(from: dot, to: m.endIndex) - 1
        let text = String(format: "%.\(decimals)f", sd)
        return text.allSatisfy { $0 == "0" || $0 == "." } ? Self.short(sd) : text
    }

    /// Four significant digits (trailing zeros kept, so columns line up); an exponent only for very
    /// small or large numbers.
    static func short(_ v: Double) -> String {
        let a = abs(v)
        if a != 0 && (a < 1e-3 || a >= 1e5) { return String(format: "%.3e", v) }
        return String(format: "%#.4g", v)
    }

    /// Every combination of the given axes' values, first axis outermost.
    func combinations(_ axes: [Int]) -> [[Int: String]] {
        var out: [[Int: String]] = [[:]]
        for a in axes {
            out = out.flatMap { partial in values(a).map { v in partial.merging([a: v]) { $1 } } }
        }
        return out
    }

    /// Whether the plan has a cell with these axis values (false for cells dropped by exclude:).
    func planned(_ filter: [Int: String]) -> Bool {
        if tables.plannedCells.isEmpty { return true }
        return tables.plannedCells.contains { c in filter.allSatisfy { c.count > $0.key && c[$0.key] == $0.value } }
    }

    /// The metric's name for titles: "final val_accuracy".
    var metricTitle: String {
        metric.hasPrefix("final_") ? "final " + metric.dropFirst("final_".count) : metric
    }
}
