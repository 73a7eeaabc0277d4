import Foundation
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// The outcome of a comparison: one row per cell and metric (and a status row for cells where a
/// seed diverged or failed), one per cell present on one side only.
public struct CompareReport: Sendable {
    public enum Verdict: String, Sendable, Equatable {
        case ok, better
        case worse = "WORSE"
        /// With a margin: equivalent within it (two one-sided tests, Holm-corrected), or
        /// neither a difference nor an equivalence shown.
        case equivalent, inconclusive
        case missing
        case na = "n/a"
    }

    /// One side of a cell for one metric.
    public struct Stats: Sendable, Equatable {
        public let values: [Double]
        public var n: Int { values.count }
        /// nil without values; infinite when a value is (epochs_to that never met its target).
        public var mean: Double? {
            guard !values.isEmpty else { return nil }
            if let inf = values.first(where: { $0.isInfinite }) { return inf }
            return values.reduce(0, +) / Double(values.count)
        }
        /// Sample standard deviation (n - 1); nil for fewer than two values or an infinite one.
        public var std: Double? {
            guard values.count >= 2, let m = mean, m.isFinite else { return nil }
            return (values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count - 1)).squareRoot()
        }
        public init(values: [Double]) { self.values = values }
    }

    public struct Row: Sendable {
        public enum Kind: String, Sendable {
            case metric, status
            case onlyInBaseline = "only_in_baseline"
            case onlyInCurrent = "only_in_current"
        }
        public let kind: Kind
        /// The cell's axis values, in the order of `axisNames`.
        public let cell: [String]
        /// The metric's name, "status" for a status row, empty for a cell on one side only.
        public let metric: String
        public let direction: MetricDirection?
        public let baseline: Stats?
        public let current: Stats?
        /// For status rows and one-sided cells: the statuses.
        public let baselineText: String
        public let currentText: String
        /// current mean - baseline mean.
        public let delta: Double?
        /// atol + rtol * |baseline mean|.
        public let tolerance: Double?
        /// The t-tests of the row; nil unless both sides have two or more finite values.
        public let test: SignificanceTest?
        public let verdict: Verdict
        public let note: String
        /// With a margin and a test: the two one-sided tests, their Holm-adjusted p-value, and
        /// the smallest difference the one-sided test at alpha detects with 80% power.
        public var equivalence: EquivalenceTest? = nil
        public var equivalenceAdjustedP: Double? = nil
        public var detectable: Double? = nil

        /// The same row with another verdict and note.
        func with(verdict: Verdict, note: String) -> Row {
            var r = Row(
                kind: kind, cell: cell, metric: metric, direction: direction, baseline: baseline, current: current,
                baselineText: baselineText, currentText: currentText, delta: delta, tolerance: tolerance, test: test,
                verdict: verdict, note: note)
            r.equivalence = equivalence
            r.equivalenceAdjustedP = equivalenceAdjustedP
            r.detectable = detectable
            return r
        }
    }

    public struct CellResult: Sendable {
        public let cell: [String]
        /// WORSE when any row of the cell is, better when any is and none is WORSE, missing for
        /// a cell on one side only, ok otherwise.
        public let verdict: Verdict
        public let baselineRuns: [String]
        public let currentRuns: [String]
    }

    public struct MetricInfo: Sendable, Equatable {
        public let name: String
        public let direction: MetricDirection
        public let rtol: Double
        public let atol: Double
    }

    public let baselineLabel: String
    public let currentLabel: String
    /// The axes cells are matched on (the seed axis left out).
    public let axisNames: [String]
    public let metrics: [MetricInfo]
    /// The tolerances of metrics without their own `--tol`.
    public let rtol: Double
    public let atol: Double
    public let rows: [Row]
    public let cells: [CellResult]
    public let seedsAggregated: Bool
    public let notes: [String]
    /// The rule applied: alpha, the size of the Holm family, the tests used.
    public let rule: AppliedRule
    /// Whether cells of the baseline missing from the current sweep are accepted.
    public let allowMissing: Bool
    /// The equivalence margin of each compared metric that has one.
    public var margins: [String: Double] = [:]
    /// Metrics without a margin in `margins` take the stated default (`VerdictMargins`).
    public var defaultMargins = false
    /// Whether rows are judged for equivalence (a margin given, or the defaults).
    public var judgesEquivalence: Bool { defaultMargins || !margins.isEmpty }
    /// Whether a row that is not equivalent fails the comparison.
    public var requireEquivalence = false

    public var regressedCells: [CellResult] { cells.filter { $0.verdict == .worse } }
    public var improvedCells: [CellResult] { cells.filter { $0.verdict == .better } }
    public var onlyInBaseline: Int { rows.filter { $0.kind == .onlyInBaseline }.count }
    /// The baseline's cells that the current sweep lacks.
    public var missingCells: [[String]] { rows.filter { $0.kind == .onlyInBaseline }.map(\.cell) }
    public var onlyInCurrent: Int { rows.filter { $0.kind == .onlyInCurrent }.count }
    public var cellsInCommon: Int { cells.filter { $0.verdict != .missing }.count }

    /// 0 when nothing regressed, 1 when at least one cell did or (without `allowMissing`) a cell of
    /// the baseline is missing from the current sweep.
    public var exitStatus: Int32 {
        regressedCells.isEmpty && (allowMissing || missingCells.isEmpty) && notEquivalent.isEmpty ? 0 : 1
    }

    /// With `requireEquivalence`: the metric rows not shown equivalent within their margin.
    public var notEquivalent: [Row] {
        requireEquivalence ? rows.filter { $0.kind == .metric && $0.verdict != .equivalent } : []
    }
    public var equivalentCells: [CellResult] { cells.filter { $0.verdict == .equivalent } }
    public var inconclusiveCells: [CellResult] { cells.filter { $0.verdict == .inconclusive } }

    /// The rows `--only-changed` keeps: those with a change shown (worse, better, a status,
    /// a missing cell), not the ok, equivalent or inconclusive rows, nor rows with no value on
    /// either side.
    public var changedRows: [Row] {
        rows.filter {
            ![.ok, .equivalent, .inconclusive].contains($0.verdict)
                && !($0.verdict == .na && $0.baseline?.mean == nil && $0.current?.mean == nil)
        }
    }
}
