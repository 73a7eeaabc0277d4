import Foundation
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// "Which setting is best", answered honestly over seeds: the best setting is the one with the
/// best mean; every other setting is compared with it on the seeds both ran (paired, since starts
/// are paired; Welch's test when they share fewer than two seeds), and gets one of three
/// outcomes: *worse* (the difference from the best is significant: two-sided t-test, Holm over
/// the comparisons), *equivalent within ±m* (two one-sided tests against the margin m, Holm over
/// the comparisons: the difference's 90 % interval inside ±m), or *inconclusive* (neither shown),
/// with the difference's 95 % interval and the smallest difference the seeds could detect.
/// A difference that is significant but shown to lie inside the margin is *equivalent* (it is
/// smaller than what the margin says matters), and its verdict says it is significant. The
/// terminal summary and report.html use this one rule.
public struct SettingRanking: Sendable {
    /// One setting: its runs' metric by seed (ok runs only) and how many runs did not end ok.
    public struct Input: Sendable {
        public let label: String
        public let values: [String: Double]
        public let notOK: Int
        public init(label: String, values: [String: Double], notOK: Int) {
            self.label = label
            self.values = values
            self.notOK = notOK
        }

        /// A setting's runs: `metric` of the ok runs by seed; the others counted as not ok.
        package init(label: String, runs: [SweepTables.Run], metric: String) {
            var values: [String: Double] = [:]
            var notOK = 0
            for r in runs { if r.isOK, let v = r.number(metric) { values[r.seed] = v } else { notOK += 1 } }
            self.init(label: label, values: values, notOK: notOK)
        }
    }

    public struct Entry: Sendable {
        public let label: String
        public let n: Int
        public let mean: Double
        /// The 95% Student t interval of the mean; nil with one seed.
        public let interval: ConfidenceInterval?
        /// The interquartile mean and its percentile-bootstrap interval, with 10 or more seeds.
        public let iqm: (value: Double, interval: ConfidenceInterval)?
        /// The Holm-adjusted p-value of the difference from the best (nil for the best itself,
        /// or when it cannot be tested: one seed on a side).
        public let pVersusBest: Double?
        public let isBest: Bool
        /// How it stands against the best.
        public let outcome: Outcome
        /// This setting minus the best on the seeds they share (paired), or of their means
        /// (Welch), with its 95 % interval; nil for the best and when it cannot be tested.
        public let difference: (estimate: Double, interval: ConfidenceInterval)?
        /// The Holm-adjusted p-value of the two one-sided tests against ±`margin`.
        public let pEquivalent: Double?
        /// "paired" or "welch": how it was compared with the best.
        public let test: String?
        /// The smallest true difference from the best that this comparison would find with 80 %
        /// power (two-sided, at alpha divided by the number of comparisons, which Holm's first
        /// step uses): for this entry's seeds and spread, what "not significant" cannot exclude.
        public let detectable: Double?
        /// The test against the best (nil for the best and when it cannot be tested): its
        /// standard error is the pilot spread that `SeedPlanner` scales.
        public let result: TTestResult?
    }

    /// The three outcomes against the best (and the best itself, and a setting with one seed).
    public enum Outcome: String, Sendable, Equatable {
        case best
        /// The difference from the best is significant and not shown to lie inside the margin.
        case worse
        /// The difference is shown to lie inside ±margin (TOST, Holm).
        case equivalent
        /// Neither a difference nor an equivalence is shown: more seeds would tell.
        case inconclusive
        /// One seed on a side: no test.
        case untested
    }

    /// Ranked settings, best first; settings with a run that did not end ok, or no run, are left
    /// out (listed in `excluded`).
    public let entries: [Entry]
    public let excluded: [String]
    public let alpha: Double
    /// The equivalence margin, in the metric's unit, and whether the run file set it (else the
    /// stated default, `VerdictMargins.defaultMargin`, for the best's mean).
    public let margin: Double
    public let marginIsDefault: Bool

    /// `metric`: the runs.csv column ranked (it chooses the default margin).
    public init(
        _ inputs: [Input], higherIsBetter: Bool, metric: String, margins: VerdictMargins = .init(),
        alpha: Double = 0.05
    ) {
        self.alpha = alpha
        let usable = inputs.filter { $0.notOK == 0 && !$0.values.isEmpty && $0.values.values.allSatisfy(\.isFinite) }
        excluded = inputs.filter { $0.notOK > 0 || $0.values.isEmpty || !$0.values.values.allSatisfy(\.isFinite) }.map(
            \.label)
        // Summed in the order of the seeds, not the dictionary's (which changes from process to
        // process), so that the mean, and the order of settings with equal means, are the same bits each time.
        func mean(_ i: Input) -> Double {
            i.values.keys.sorted().reduce(0) { $0 + i.values[$1]! } / Double(i.values.count)
        }
        let order = usable.indices.sorted { a, b in
            let (x, y) = (mean(usable[a]), mean(usable[b]))
            return x == y ? a < b : (higherIsBetter ? x > y : x < y)
        }
        guard let bestIndex = order.first else {
            entries = []
            comparisons = 0
            margin = margins.margin(for: metric, reference: 0)
            marginIsDefault = margins.set(for: metric) == nil
            return
        }
        let best = usable[bestIndex]
        let margin = margins.margin(for: metric, reference: mean(best))
        self.margin = margin
        marginIsDefault = margins.set(for: metric) == nil
        // Raw two-sided p-values against the best, then Holm over the family.
        var raw: [Int: (p: Double, test: String)] = [:]
        var results: [Int: TTestResult] = [:]
        for i in order.dropFirst() {
            let other = usable[i]
            let common = best.values.keys.filter { other.values[$0] != nil }.sorted()
            let result: TTestResult?
            let kind: String
            if common.count >= 2 {
                result = TTest.paired(common.map { best.values[$0]! }, common.map { other.values[$0]! })
                kind = "paired"
            } else {
                result = TTest.welch(Array(best.values.values), Array(other.values.values))
                kind = "welch"
            }
            if let r = result { results[i] = r }
            if let r = result, r.pTwoSided.isFinite {
                raw[i] = (r.pTwoSided, kind)
            } else if let r = result, r.standardError == 0, r.estimate == 0 {
                raw[i] = (1, kind)
            }
        }
        let tested = order.filter { raw[$0] != nil }
        let adjusted = Holm.adjusted(tested.map { raw[$0]!.p })
        var pAdj: [Int: Double] = [:]
        for (k, i) in tested.enumerated() { pAdj[i] = adjusted[k] }
        let family = Double(max(1, tested.count))
        // Equivalence: TOST against ±margin on the same tests, Holm over the same family.
        let tostRaw = tested.map { EquivalenceTest(results[$0]!, margin: margin).p }
        let tostAdjusted = Holm.adjusted(tostRaw)
        var pEq: [Int: Double] = [:]
        for (k, i) in tested.enumerated() { pEq[i] = tostAdjusted[k] }
        entries = order.map { i in
            let s = usable[i]
            let xs = s.values.keys.sorted().map { s.values[$0]! }
            let m = mean(s)
            let iqm: (Double, ConfidenceInterval)?
            if xs.count >= 10, let v = InterquartileMean.of(xs),
                let ci = InterquartileMean.bootstrapInterval(xs, resamples: 2000)
            {
                iqm = (v, ci)
            } else {
                iqm = nil
            }
            let isBest = i == bestIndex
            let p = pAdj[i]
            let outcome: Outcome
            if isBest {
                outcome = .best
            } else if let e = pEq[i], e <= alpha {
                outcome = .equivalent
            } else if let p, p <= alpha {
                outcome = .worse
            } else {
                outcome = p == nil ? .untested : .inconclusive
            }
            let difference: (Double, ConfidenceInterval)? =
                p == nil
                ? nil
                : results[i].map { r in
                    // No spread: the difference is known exactly (and Welch's df is then undefined).
                    (
                        r.estimate,
                        r.standardError > 0
                            ? r.interval() : ConfidenceInterval(lower: r.estimate, upper: r.estimate, level: 0.95)
                    )
                }
            return Entry(
                label: s.label, n: xs.count, mean: m, interval: Descriptive.meanInterval(xs), iqm: iqm,
                pVersusBest: p, isBest: isBest, outcome: outcome, difference: difference, pEquivalent: pEq[i],
                test: raw[i]?.test,
                detectable: results[i].flatMap { r in
                    guard r.standardError.isFinite, r.df.isFinite, r.df > 0 else { return nil }
                    return EquivalenceTest.detectable(r, alpha: alpha / (2 * family))
                }, result: p == nil ? nil : results[i])
        }
        comparisons = tested.count
    }

    /// How many settings were tested against the best (the Holm family).
    public let comparisons: Int

    /// The median detectable difference over the comparisons with the best, nil without one:
    /// a sentence for the summary and the report, so that "not significant" is not read as "equal".
    public var power: String? {
        let d = entries.compactMap(\.detectable).filter(\.isFinite).sorted()
        guard let median = Descriptive.median(d) else { return nil }
        return "power: with these seeds a comparison with the best finds a true difference of "
            + String(format: "%.3g", median) + " with 80 % probability (median over \(d.count) comparison"
            + (d.count == 1 ? "" : "s") + String(format: "; range %.3g to %.3g", d.first!, d.last!)
            + "; two-sided, alpha \(alpha) / \(comparisons)); a smaller difference can hide behind \"not significant\" "
            + "(nnsweep seeds DIR --difference D says how many seeds find D)"
    }

    /// `0.9612 [0.9550, 0.9674]` (the mean and its 95% interval) with `digits` decimals.
    public static func text(_ e: Entry, digits: Int = 4) -> String {
        let f = "%.\(digits)f"
        var s = String(format: f, e.mean)
        if let ci = e.interval { s += " [" + String(format: f, ci.lower) + ", " + String(format: f, ci.upper) + "]" }
        return s
    }

    /// How many entries have each outcome.
    public func count(_ o: Outcome) -> Int { entries.filter { $0.outcome == o }.count }

    /// The entries to list: at least `count`, and every one up to the last that is not worse
    /// (so that no setting equivalent to the best, or not shown worse, is left out).
    public func shown(atLeast count: Int) -> Int {
        max(count, (entries.lastIndex { $0.outcome != .worse } ?? 0) + 1)
    }

    /// `±0.01` or `±0.0123`: the margin as the verdicts print it.
    public var marginText: String { "±" + String(format: "%.3g", margin) }

    /// The counts of the outcomes, for a headline: `2 equivalent to the best within ±0.01, 3
    /// inconclusive, 10 worse`.
    public var tally: String {
        var parts = ["\(count(.equivalent)) equivalent to the best within \(marginText)"]
        parts.append("\(count(.inconclusive)) inconclusive")
        parts.append("\(count(.worse)) worse")
        if count(.untested) > 0 { parts.append("\(count(.untested)) not tested") }
        return parts.joined(separator: ", ")
    }

    /// How the entry stands against the best, in words: the outcome, the difference from the
    /// best with its 95 % interval, and the p-value that decided it.
    public func verdict(_ e: Entry, digits: Int = 4) -> String {
        func p(_ v: Double) -> String { v < 0.001 ? "< 0.001" : String(format: "= %.3f", v) }
        let f = "%+.\(digits)f"
        let d =
            e.difference.map {
                String(format: f, $0.estimate) + " [" + String(format: f, $0.interval.lower) + ", "
                    + String(format: f, $0.interval.upper) + "]"
            } ?? ""
        switch e.outcome {
        case .best: return "best"
        case .untested: return "not tested (one seed)"
        case .worse: return "worse: \(d), p \(p(e.pVersusBest ?? 1))"
        case .equivalent:
            let significant = (e.pVersusBest ?? 1) <= alpha ? "; a significant difference inside the margin" : ""
            return "equivalent within \(marginText): \(d), p equiv \(p(e.pEquivalent ?? 1))\(significant)"
        case .inconclusive:
            let det = e.detectable.map { "; detectable " + String(format: "%.3g", $0) } ?? ""
            return "inconclusive: \(d), p \(p(e.pVersusBest ?? 1)), p equiv \(p(e.pEquivalent ?? 1))\(det)"
        }
    }

    /// One sentence on the rule, for footers.
    public var rule: String {
        let n = comparisons
        return
            "best = best mean over seeds; [ ] = 95% Student t interval; against the best = this setting minus the best "
            + "(paired on common seeds) with its 95% interval; worse = the difference significant (two-sided t-test, "
            + "Holm-corrected over \(n) comparison\(n == 1 ? "" : "s"), alpha \(alpha)); equivalent = the difference shown "
            + "within \(marginText) (two one-sided tests, Holm-corrected, alpha \(alpha)); inconclusive = neither; margin "
            + (marginIsDefault ? "\(marginText) is " + VerdictMargins.defaultRule : "\(marginText) set by the run file")
    }
}
