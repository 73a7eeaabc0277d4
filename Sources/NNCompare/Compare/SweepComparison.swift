import Foundation
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// The tolerance of one metric, as `--tol METRIC=RTOL[,ATOL]` gives it.
public struct MetricTolerance: Sendable, Equatable {
    /// The metric's name as compared (`final_val_loss`, `auc:val_loss`).
    public let metric: String
    public let rtol: Double
    /// nil: the comparison's `atol`.
    public let atol: Double?

    public init(metric: String, rtol: Double, atol: Double? = nil) {
        self.metric = metric
        self.rtol = rtol
        self.atol = atol
    }
}

/// An equivalence margin, as `--margin M` (every metric) or `--margin METRIC=M` gives it.
public struct MetricMargin: Sendable, Equatable {
    /// The metric's name as compared; nil for every metric without its own margin.
    public let metric: String?
    public let margin: Double

    public init(metric: String?, margin: Double) {
        self.metric = metric
        self.margin = margin
    }
}

/// What to compare and how strictly.
public struct CompareOptions: Sendable {
    /// Metrics as written on the command line (`NAME[:lower|higher]`); empty for the defaults:
    /// final_val_loss and final_val_accuracy where the sweeps have them, else final_train_loss.
    public var metrics: [String] = []
    /// Relative tolerance: a fraction of |baseline mean|.
    public var rtol: Double = 0.01
    /// Absolute tolerance, in the metric's unit.
    public var atol: Double = 1e-4
    /// Per-metric tolerances.
    public var tolerances: [MetricTolerance] = []
    /// The family-wise significance level of the t-tests (Holm's correction over all tests).
    public var alpha: Double = 0.05
    /// When false, a cell of the baseline that the current sweep lacks fails the comparison.
    public var allowMissing = false
    /// Equivalence margins: with one, a row that is neither worse nor better is `equivalent`
    /// (two one-sided tests, Holm-corrected) or `inconclusive`.
    public var margins: [MetricMargin] = []
    /// A metric without a margin takes the stated default (`VerdictMargins.defaultMargin`), so
    /// that every row gets one of the three outcomes.
    public var defaultMargins = true
    /// The k of the collapsed-run rule (`RegressionJudge.outlierK`); 0 turns it off.
    public var outlierK = RegressionJudge.defaultOutlierK
    /// Fail (exit 1) unless every compared row is equivalent within its margin.
    public var requireEquivalence = false
    /// The two sweeps ran on different engines (the built-in one and a program, or two
    /// programs): cells are matched by their axis values alone, the data/model/loss check is
    /// left out, and seeds are not paired (one seed does not give two engines the same start).
    public var acrossEngines = false

    public init() {}

    /// What is wrong with the options on their own (before any sweep is read), or nil.
    public var problem: String? {
        func bad(_ v: Double) -> Bool { !(v.isFinite && v >= 0) }
        if bad(rtol) || bad(atol) {
            return "--rtol and --atol must be finite and not negative (got rtol \(rtol), atol \(atol))"
        }
        if !(outlierK.isFinite && outlierK >= 0) {
            return "--outlier-k must be a finite number, 0 (off) or more, such as 10 (got \(outlierK))"
        }
        if !(alpha > 0 && alpha < 1) { return "--alpha must be between 0 and 1, such as 0.05 (got \(alpha))" }
        for t in tolerances where bad(t.rtol) || t.atol.map(bad) == true {
            return "--tol \(t.metric): RTOL and ATOL must be finite and not negative"
        }
        var seen = Set<String>()
        for t in tolerances where !seen.insert(t.metric).inserted { return "--tol \(t.metric) is given twice" }
        for m in margins where !(m.margin.isFinite && m.margin > 0) {
            return "--margin must be a positive finite number, such as 0.01 or val_accuracy=0.01 (got \(m.margin))"
        }
        var marginNames = Set<String>()
        for m in margins where !marginNames.insert(m.metric ?? "").inserted {
            return m.metric.map { "--margin \($0)=... is given twice" }
                ?? "--margin M (for every metric) is given twice"
        }
        if requireEquivalence && margins.isEmpty && !defaultMargins {
            return
                "--require-equivalence needs a margin: --margin M (such as 0.01, in the metric's unit) or --margin METRIC=M"
        }
        return nil
    }

    /// The margin of a compared metric: its own, else the one for every metric, else none.
    public func margin(_ name: String) -> Double? {
        margins.first { $0.metric == name }?.margin ?? margins.first { $0.metric == nil }?.margin
    }
}

/// Compares two sweeps cell by cell, in phases: match the cells by their axis values
/// (`CellMatch`), check that the sweeps measure the same thing (`Comparability`), resolve the
/// metrics and their tolerances (`MetricResolution`), judge every cell and metric
/// (`RegressionJudge`), and render the report (`CompareRender.swift`).
///
/// The `seed` axis is the repetition axis: runs that differ only in seed are the replicates of
/// one cell. Runs that diverged or failed are left out of the metric values; the cell's status
/// row covers them. Cells present on one side only are listed; a cell of the baseline missing
/// from the current sweep fails the comparison (unless `allowMissing`).
public enum SweepComparison {
    /// The rule in the words the help text and the README use.
    public static let ruleText = """
        For each cell (matched by axis values; the seed axis holds the replicates) and each metric: \
        mb, mc = baseline and current means over the seeds that ended ok; worse = mc - mb when lower \
        is better, mb - mc when higher is better. A regression (WORSE) needs both (a) the floor: \
        worse > atol + rtol*|mb|, and (b) when both sides have 2 or more seeds, significance: the \
        one-sided t-test for "worse" (paired on the per-seed differences when both sides ran the same \
        seeds, Welch's test otherwise) stays significant after Holm's correction over all the \
        cell-metric tests of the comparison, at family-wise level --alpha (0.05). With one seed on a \
        side the floor alone decides, and the report says so. "better" is the mirror image (its own \
        Holm family; it never fails); anything else is ok. A cell whose share of diverged or failed \
        seeds grows (ok -> diverged/failed) is a regression, one whose share shrinks is better. \
        A collapsed run is a regression on its own: a current value worse than every baseline seed \
        of its cell by more than --outlier-k (10) times the baseline's standard deviation over seeds \
        (at least the floor). \
        A cell of the baseline missing from the current sweep fails the comparison unless \
        --allow-missing is given; cells only in the current sweep are listed for information.
        """

    public static func compare(baseline: CompareSide, current: CompareSide, options: CompareOptions) throws
        -> CompareReport
    {
        if let p = options.problem { throw CompareError(.usage, p) }
        let axisNames = try Comparability.axes(baseline, current)
        let cells = CellMatch(baseline: baseline, current: current, axisNames: axisNames)
        try Comparability.overlap(cells)
        var notes = try options.acrossEngines ? [] : Comparability.settings(cells)
        if options.acrossEngines {
            notes.append(
                "--across-engines: cells matched by their axis values alone (data, model and loss not checked), Welch's test in every cell (seeds not paired across engines)"
            )
        }
        let metrics = try MetricResolution.resolve(options, cells: cells)
        for m in options.margins {
            guard let name = m.metric else { continue }
            guard metrics.contains(where: { $0.name == name }) else {
                throw CompareError(
                    .usage,
                    "--margin \(name)=\(m.margin): \(name) is not a compared metric (compared: \(metrics.map(\.name).joined(separator: ", ")))"
                )
            }
        }
        var judge = RegressionJudge(alpha: options.alpha, allowMissing: options.allowMissing)
        judge.margins = Dictionary(
            uniqueKeysWithValues: metrics.compactMap { m in options.margin(m.name).map { (m.name, $0) } })
        judge.defaultMargins = options.defaultMargins
        judge.outlierK = options.outlierK
        judge.unpaired = options.acrossEngines
        let judged = judge.judge(cells, metrics: metrics)
        let seeds =
            baseline.axisNames.contains(CompareSide.seedAxis) || current.axisNames.contains(CompareSide.seedAxis)
        return CompareReport(
            baselineLabel: baseline.label, currentLabel: current.label, axisNames: axisNames,
            metrics: metrics.map(\.info), rtol: options.rtol, atol: options.atol, rows: judged.rows,
            cells: judged.cells, seedsAggregated: seeds, notes: notes + judged.rule.notes, rule: judged.rule,
            allowMissing: options.allowMissing, margins: judge.margins, defaultMargins: options.defaultMargins,
            requireEquivalence: options.requireEquivalence)
    }
}
