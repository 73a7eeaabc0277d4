import Foundation
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// The statistics behind one row's verdict: a one-sided t-test each way, Holm-adjusted over the
/// comparison's family of tests.
public struct SignificanceTest: Sendable, Equatable {
    /// The t-test of current against baseline (estimate: current mean - baseline mean).
    public let test: TTestResult
    /// One-sided p-value for "the current is worse", and for "the current is better".
    public let pWorse: Double
    public let pBetter: Double
    /// The same after Holm's correction over all the rows with a test (one family per tail).
    public let pWorseAdjusted: Double
    public let pBetterAdjusted: Double

    /// The adjusted p-value of the tail the change points to (worse when there is no change).
    public func adjustedP(towardWorse: Bool) -> Double { towardWorse ? pWorseAdjusted : pBetterAdjusted }
}

/// The rule a comparison applied: the footer of the report.
public struct AppliedRule: Sendable, Equatable {
    public let alpha: Double
    /// The rows with a t-test: the size of each Holm family.
    public let tests: Int
    public let paired: Int
    public let welch: Int
    /// Rows judged by the floor alone: one seed (or none that ended ok with a value) on a side,
    /// or a value that is infinite (epochs_to that never met its target).
    public let oneSeed: Int
    public let infinite: Int
    /// The rows with an equivalence margin and a test: the size of the TOST Holm family.
    public var equivalenceTests = 0
    /// The k of the collapsed-run rule (0: off).
    public var outlierK = 0.0

    /// The rule in one line.
    public var summary: String {
        var s = "rule: WORSE needs worse > atol + rtol*|baseline mean|"
        if tests > 0 {
            var kinds: [String] = []
            if paired > 0 { kinds.append("paired on the same seeds in \(paired)") }
            if welch > 0 { kinds.append("Welch in \(welch)") }
            s +=
                " and a one-sided t-test (" + kinds.joined(separator: ", ")
                + ") significant after Holm's correction over "
                + "\(tests) test\(tests == 1 ? "" : "s") at alpha \(alpha); p = the Holm-adjusted one-sided p-value in the direction of the change"
        } else {
            s += " (no t-test: no row has two or more seeds on both sides)"
        }
        if outlierK > 0 {
            s +=
                "; also WORSE: a collapsed run, a current value beyond every baseline seed of its cell by more than \(RegressionJudge.short(outlierK)) x the baseline's standard deviation (at least the floor)"
        }
        if equivalenceTests > 0 {
            s +=
                "; equivalent = both one-sided tests against the margin (TOST) significant after Holm's correction over \(equivalenceTests) test\(equivalenceTests == 1 ? "" : "s") at alpha \(alpha), i.e. the difference's \(Int((100 * (1 - 2 * alpha)).rounded()))% interval inside the margin; inconclusive = neither a regression nor an equivalence shown; p equiv = the Holm-adjusted TOST p-value; detectable = the smallest difference a one-sided test at alpha finds with 80% power"
        }
        return s
    }

    /// Notes on the rows judged by the floor alone.
    public var notes: [String] {
        var out: [String] = []
        if oneSeed > 0 {
            out.append(
                "\(oneSeed) row\(oneSeed == 1 ? "" : "s") with one seed on a side: judged by the floor atol + rtol*|baseline mean| alone (no test)"
            )
        }
        if infinite > 0 {
            out.append(
                "\(infinite) row\(infinite == 1 ? "" : "s") with an infinite value (never reached the target): judged by the floor alone (no test)"
            )
        }
        return out
    }
}

/// The fourth phase of a comparison: a verdict for every matched cell and metric.
///
/// Per cell and metric, with mb, mc the baseline and current means over the seeds that ended ok
/// and worse = mc - mb (lower is better) or mb - mc (higher is better), the row is WORSE when
/// (a) worse > atol + rtol·|mb| (the floor: a change too small to matter is never a regression)
/// and (b) when both sides have two or more values, the one-sided t-test for "worse" is
/// significant after Holm's correction over every row with a test, at family-wise level alpha.
/// The test is paired (on the per-seed differences) when both sides hold values for exactly the
/// same seeds, Welch's otherwise. With one value on a side, or an infinite one, (a) alone
/// decides. "better" mirrors it with the other tail (its own Holm family). A cell whose share of
/// seeds that diverged or failed grows is WORSE, one whose share shrinks is better.
public struct RegressionJudge: Sendable {
    public let alpha: Double
    public let allowMissing: Bool
    /// Equivalence margins by metric name: a row with one that is neither worse nor better is
    /// `equivalent` when the two one-sided tests stay significant after Holm's correction over
    /// every row with a margin and a test, `inconclusive` otherwise.
    public var margins: [String: Double] = [:]
    /// A metric without a margin in `margins` takes the stated default
    /// (`VerdictMargins.defaultMargin`: ±0.01 for accuracies, ±5 % of the cell's baseline mean
    /// otherwise).
    public var defaultMargins = false
    /// Welch's test in every cell, even when both sides ran the same seeds.
    public var unpaired = false
    /// A collapsed run: a current run whose value is worse than every baseline seed of its cell
    /// by more than `outlierK` times the baseline's spread makes the row WORSE on its own,
    /// whatever the mean test says: one run that stops training inflates the variance of a
    /// few-seed t-test and would hide behind it. The spread is the largest of the cell's
    /// standard deviation over its baseline seeds, the median of that over the metric's cells
    /// (five seeds of a discrete accuracy often agree, and a cell's own estimate is then far too
    /// small) and the floor atol + rtol·|mb|. 0 turns the rule off.
    public var outlierK = RegressionJudge.defaultOutlierK
    /// The default k of the collapsed-run rule, calibrated by `CompareSimulationTests`.
    public static let defaultOutlierK = 10.0

    public init(alpha: Double = 0.05, allowMissing: Bool = false) {
        self.alpha = alpha
        self.allowMissing = allowMissing
    }

    /// One cell and metric, measured but not yet judged.
    struct Measured {
        let cell: [String]
        let metric: ResolvedMetric
        let baseline: CompareReport.Stats
        let current: CompareReport.Stats
        let test: TTestResult?
        /// worse = +delta (lower is better) or -delta (higher is better).
        var sign: Double { metric.metric.direction == .lower ? 1 : -1 }
    }

    enum Slot {
        case done(CompareReport.Row)
        case measured(Int)
    }

    public func judge(_ cells: CellMatch, metrics: [ResolvedMetric]) -> (
        rows: [CompareReport.Row], cells: [CompareReport.CellResult], rule: AppliedRule
    ) {
        var slots: [Slot] = []
        var measured: [Measured] = []
        var statusVerdicts: [[String]: CompareReport.Verdict] = [:]
        var oneSeed = 0
        var infinite = 0
        for key in cells.baselineOrder {
            let br = cells.baselineRuns[key]!
            guard let cr = cells.currentRuns[key] else {
                slots.append(
                    .done(
                        .init(
                            kind: .onlyInBaseline, cell: key, metric: "", direction: nil, baseline: nil, current: nil,
                            baselineText: Self.statusText(br), currentText: "-", delta: nil, tolerance: nil, test: nil,
                            verdict: .missing,
                            note: allowMissing
                                ? "only in baseline (allowed by --allow-missing)"
                                : "missing from the current sweep (fails; --allow-missing accepts it)")))
                continue
            }
            // Status: the share of seeds that did not end ok.
            let bBad = br.filter { $0.status != "ok" }.count
            let cBad = cr.filter { $0.status != "ok" }.count
            if bBad > 0 || cBad > 0 {
                let fb = Double(bBad) / Double(br.count)
                let fc = Double(cBad) / Double(cr.count)
                let v: CompareReport.Verdict = fc > fb ? .worse : (fc < fb ? .better : .ok)
                statusVerdicts[key] = v
                slots.append(
                    .done(
                        .init(
                            kind: .status, cell: key, metric: "status", direction: nil, baseline: nil, current: nil,
                            baselineText: Self.statusText(br), currentText: Self.statusText(cr), delta: nil,
                            tolerance: nil, test: nil,
                            verdict: v,
                            note: v == .worse
                                ? "status changed for the worse" : (v == .better ? "status recovered" : ""))))
            }
            for m in metrics {
                let b = Self.values(m.metric, br, cells.baseline)
                let c = Self.values(m.metric, cr, cells.current)
                let bs = CompareReport.Stats(values: b.map(\.value))
                let cs = CompareReport.Stats(values: c.map(\.value))
                var test: TTestResult? = nil
                if bs.n >= 2 && cs.n >= 2 {
                    if (bs.values + cs.values).allSatisfy(\.isFinite) {
                        test = Self.test(b, c, unpaired: unpaired)
                    } else {
                        infinite += 1
                    }
                } else if bs.n >= 1 && cs.n >= 1 {
                    oneSeed += 1
                }
                slots.append(.measured(measured.count))
                measured.append(Measured(cell: key, metric: m, baseline: bs, current: cs, test: test))
            }
        }

        // The typical seed spread of each metric: the median over its cells of the baseline's
        // standard deviation.
        var typicalSpread: [String: Double] = [:]
        for name in Set(measured.map(\.metric.name)) {
            typicalSpread[name] = Descriptive.median(
                measured.filter { $0.metric.name == name }.compactMap(\.baseline.std).filter(\.isFinite))
        }

        // Holm's correction over the family of rows with a test, one family per tail.
        let tested = measured.indices.filter { measured[$0].test != nil }
        func p(_ i: Int, worse: Bool) -> Double {
            let m = measured[i]
            let t = m.test!
            return (m.sign > 0) == worse ? t.pGreater : t.pLess
        }
        let worseAdjusted = Holm.adjusted(tested.map { p($0, worse: true) })
        let betterAdjusted = Holm.adjusted(tested.map { p($0, worse: false) })
        var significance: [Int: SignificanceTest] = [:]
        for (k, i) in tested.enumerated() {
            significance[i] = SignificanceTest(
                test: measured[i].test!, pWorse: p(i, worse: true), pBetter: p(i, worse: false),
                pWorseAdjusted: worseAdjusted[k], pBetterAdjusted: betterAdjusted[k])
        }

        // Equivalence: two one-sided tests per row with a margin and a test, Holm over them.
        func margin(_ i: Int) -> Double? {
            let name = measured[i].metric.name
            if let m = margins[name] { return m }
            guard defaultMargins, let mb = measured[i].baseline.mean else { return nil }
            let m = VerdictMargins.defaultMargin(metric: name, reference: mb)
            return m.isFinite && m > 0 ? m : nil
        }
        let withMargin = tested.filter { margin($0) != nil }
        let tosts = withMargin.map { EquivalenceTest(measured[$0].test!, margin: margin($0)!) }
        let tostAdjusted = Holm.adjusted(tosts.map(\.p))
        var equivalence: [Int: (EquivalenceTest, Double)] = [:]
        for (k, i) in withMargin.enumerated() { equivalence[i] = (tosts[k], tostAdjusted[k]) }

        var rows: [CompareReport.Row] = []
        for slot in slots {
            switch slot {
            case .done(let r): rows.append(r)
            case .measured(let i):
                var r = verdict(
                    measured[i], significance[i], typicalSpread: typicalSpread[measured[i].metric.name] ?? 0)
                if let margin = margin(i), r.verdict == .ok {
                    if let (e, p) = equivalence[i] {
                        r = r.with(verdict: p <= alpha ? .equivalent : .inconclusive, note: r.note)
                        r.equivalence = e
                        r.equivalenceAdjustedP = p
                    } else {
                        r = r.with(
                            verdict: .inconclusive,
                            note: "no equivalence test: fewer than two finite values on a side (margin \(margin))")
                    }
                }
                if let t = measured[i].test, margin(i) != nil {
                    r.detectable = EquivalenceTest.detectable(t, alpha: alpha)
                    if r.equivalence == nil, let e = equivalence[i] {
                        r.equivalence = e.0
                        r.equivalenceAdjustedP = e.1
                    }
                }
                rows.append(r)
            }
        }
        var cellVerdicts: [[String]: [CompareReport.Verdict]] = [:]
        for r in rows { cellVerdicts[r.cell, default: []].append(r.verdict) }
        var results: [CompareReport.CellResult] = []
        for key in cells.baselineOrder {
            let br = cells.baselineRuns[key]!.map(\.runID)
            guard let cr = cells.currentRuns[key] else {
                results.append(.init(cell: key, verdict: .missing, baselineRuns: br, currentRuns: []))
                continue
            }
            let verdicts = cellVerdicts[key] ?? []
            let v: CompareReport.Verdict =
                verdicts.contains(.worse)
                ? .worse
                : verdicts.contains(.better)
                    ? .better
                    : verdicts.contains(.inconclusive)
                        ? .inconclusive
                        : (!verdicts.isEmpty && verdicts.allSatisfy { $0 == .equivalent } ? .equivalent : .ok)
            results.append(.init(cell: key, verdict: v, baselineRuns: br, currentRuns: cr.map(\.runID)))
        }
        for key in cells.currentOrder where cells.baselineRuns[key] == nil {
            let runs = cells.currentRuns[key]!
            rows.append(
                .init(
                    kind: .onlyInCurrent, cell: key, metric: "", direction: nil, baseline: nil, current: nil,
                    baselineText: "-", currentText: Self.statusText(runs), delta: nil, tolerance: nil, test: nil,
                    verdict: .missing, note: "only in current (for information)"))
            results.append(.init(cell: key, verdict: .missing, baselineRuns: [], currentRuns: runs.map(\.runID)))
        }
        let paired = tested.filter { measured[$0].test!.kind == .paired }.count
        var rule = AppliedRule(
            alpha: alpha, tests: tested.count, paired: paired, welch: tested.count - paired,
            oneSeed: oneSeed, infinite: infinite)
        rule.equivalenceTests = withMargin.count
        rule.outlierK = outlierK
        return (rows, results, rule)
    }

    /// The verdict of one measured row: the floor, and the test when there is one.
    func verdict(_ m: Measured, _ s: SignificanceTest?, typicalSpread: Double = 0) -> CompareReport.Row {
        func row(_ delta: Double?, _ tol: Double?, _ v: CompareReport.Verdict, _ note: String)
            -> CompareReport.Row
        {
            .init(
                kind: .metric, cell: m.cell, metric: m.metric.name, direction: m.metric.metric.direction,
                baseline: m.baseline, current: m.current,
                baselineText: "", currentText: "", delta: delta, tolerance: tol, test: s, verdict: v, note: note)
        }
        guard let mb = m.baseline.mean, let mc = m.current.mean else {
            let b = m.baseline.mean == nil
            let c = m.current.mean == nil
            return row(
                nil, nil, .na,
                b && c ? "no value on either side" : (b ? "no value in the baseline" : "no value in the current"))
        }
        let delta = mb == mc ? 0 : mc - mb
        let worse = m.sign * delta
        let tol = mb.isFinite ? m.metric.atol + m.metric.rtol * abs(mb) : m.metric.atol
        if let note = collapsed(m, mb: mb, tol: tol, typicalSpread: typicalSpread) {
            return row(delta, tol, .worse, note)
        }
        let worseSignificant = s.map { $0.pWorseAdjusted <= alpha } ?? true
        let betterSignificant = s.map { $0.pBetterAdjusted <= alpha } ?? true
        if worse > tol && worseSignificant { return row(delta, tol, .worse, "") }
        if -worse > tol && betterSignificant { return row(delta, tol, .better, "") }
        return row(delta, tol, .ok, abs(worse) > tol ? "within seed noise" : "")
    }

    /// The note of a collapsed run in the row, or nil: the current value farthest on the worse
    /// side, when it lies beyond every baseline value by more than `outlierK` spreads.
    func collapsed(_ m: Measured, mb: Double, tol: Double, typicalSpread: Double) -> String? {
        guard outlierK > 0, mb.isFinite, !m.baseline.values.isEmpty,
            (m.baseline.values + m.current.values).allSatisfy(\.isFinite)
        else { return nil }
        // In "worse" units: larger is worse.
        let worstBaseline = m.baseline.values.map { m.sign * $0 }.max()!
        guard let worstCurrent = m.current.values.map({ m.sign * $0 }).max() else { return nil }
        let spread = max(m.baseline.std ?? 0, typicalSpread, tol)
        let beyond = worstCurrent - worstBaseline
        guard beyond > outlierK * spread else { return nil }
        let value = m.sign * worstCurrent
        return "collapsed run: a current value \(Self.short(value)) lies beyond every baseline seed by "
            + "\(Self.short(beyond)), more than \(Self.short(outlierK)) x the baseline spread \(Self.short(spread))"
    }

    static func short(_ v: Double) -> String { String(format: "%.4g", v) }

    /// The t-test of a cell's current values against its baseline values: paired on the seeds
    /// when both sides hold values for exactly the same seeds, Welch's otherwise.
    static func test(_ b: [(seed: String, value: Double)], _ c: [(seed: String, value: Double)], unpaired: Bool = false)
        -> TTestResult?
    {
        let bSeeds = b.map(\.seed)
        let cSeeds = c.map(\.seed)
        if !unpaired, Set(bSeeds).count == b.count, Set(bSeeds) == Set(cSeeds), b.count == c.count {
            let cByID = Dictionary(uniqueKeysWithValues: c.map { ($0.seed, $0.value) })
            return TTest.paired(b.map(\.value), b.map { cByID[$0.seed]! })
        }
        return TTest.welch(b.map(\.value), c.map(\.value))
    }

    /// A metric's value for each of a cell's runs that ended ok and has one, with the run's seed.
    static func values(_ m: CompareMetric, _ runs: [CompareSide.Run], _ side: CompareSide) -> [(
        seed: String, value: Double
    )] {
        runs.filter { $0.status == "ok" }.compactMap { r in m.value(r, curve: side.curves[r.runID]).map { (r.seed, $0) }
        }
    }

    static func statusText(_ runs: [CompareSide.Run]) -> String {
        if runs.count == 1 {
            let r = runs[0]
            if r.status == "diverged", let e = r.fields["diverged_epoch"], !e.isEmpty { return "diverged (epoch \(e))" }
            return r.status
        }
        var counts: [(String, Int)] = []
        for r in runs {
            if let i = counts.firstIndex(where: { $0.0 == r.status }) {
                counts[i].1 += 1
            } else {
                counts.append((r.status, 1))
            }
        }
        counts.sort { ($0.0 == "ok" ? 0 : 1, $0.0) < ($1.0 == "ok" ? 0 : 1, $1.0) }
        return counts.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }
}
