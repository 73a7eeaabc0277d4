import Foundation
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// "Which setting is best", answered honestly over seeds: the best setting is the one with the
/// best mean; every other setting is compared with it by a two-sided t-test (paired on the seeds
/// both ran, since starts are paired; Welch's test when they share fewer than two seeds), the
/// p-values are Holm-corrected over those comparisons, and a setting whose difference from the
/// best is not significant at `alpha` is "tied with the best". The terminal summary and
/// report.html use this one rule.
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
        /// Not significantly different from the best (the best is tied with itself).
        public let tiedWithBest: Bool
        public let isBest: Bool
        /// "paired" or "welch": how it was compared with the best.
        public let test: String?
        /// The smallest true difference from the best that this comparison would find with 80 %
        /// power (two-sided, at alpha divided by the number of comparisons, which Holm's first
        /// step uses): for this entry's seeds and spread, what "not significant" cannot exclude.
        public let detectable: Double?
    }

    /// Ranked settings, best first; settings with a run that did not end ok, or no run, are left
    /// out (listed in `excluded`).
    public let entries: [Entry]
    public let excluded: [String]
    public let alpha: Double

    public init(_ inputs: [Input], higherIsBetter: Bool, alpha: Double = 0.05) {
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
            return
        }
        let best = usable[bestIndex]
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
            return Entry(
                label: s.label, n: xs.count, mean: m, interval: Descriptive.meanInterval(xs), iqm: iqm,
                pVersusBest: p, tiedWithBest: isBest || (p.map { $0 > alpha } ?? false), isBest: isBest,
                test: raw[i]?.test,
                detectable: results[i].flatMap { r in
                    guard r.standardError.isFinite, r.df.isFinite, r.df > 0 else { return nil }
                    return EquivalenceTest.detectable(r, alpha: alpha / (2 * family))
                })
        }
        comparisons = tested.count
    }

    /// How many settings were tested against the best (the Holm family).
    public let comparisons: Int

    /// The median detectable difference over the comparisons with the best, nil without one:
    /// a sentence for the summary and the report, so that "not significant" is not read as "equal".
    public var power: String? {
        let d = entries.compactMap(\.detectable).filter(\.isFinite).sorted()
        guard !d.isEmpty else { return nil }
        let median = d.count % 2 == 1 ? d[d.count / 2] : (d[d.count / 2 - 1] + d[d.count / 2]) / 2
        return "power: with these seeds a comparison with the best finds a true difference of "
            + String(format: "%.3g", median) + " with 80 % probability (median over \(d.count) comparison"
            + (d.count == 1 ? "" : "s") + String(format: "; range %.3g to %.3g", d.first!, d.last!)
            + "; two-sided, alpha \(alpha) / \(comparisons)); a smaller difference can hide behind \"not significant\""
    }

    /// `0.9612 [0.9550, 0.9674]` (the mean and its 95% interval) with `digits` decimals.
    public static func text(_ e: Entry, digits: Int = 4) -> String {
        let f = "%.\(digits)f"
        var s = String(format: f, e.mean)
        if let ci = e.interval { s += " [" + String(format: f, ci.lower) + ", " + String(format: f, ci.upper) + "]" }
        return s
    }

    /// How the entry stands against the best, in words.
    public func verdict(_ e: Entry) -> String {
        if e.isBest { return "best" }
        guard let p = e.pVersusBest else { return "not tested (one seed)" }
        let ps = p < 0.001 ? "p < 0.001" : String(format: "p = %.3f", p)
        return e.tiedWithBest ? "tied with the best (\(ps))" : "worse than the best (\(ps))"
    }

    /// One sentence on the rule, for footers.
    public var rule: String {
        "best = best mean over seeds; [ ] = 95% Student t interval of the mean; \"tied with the best\" = "
            + "difference from the best not significant (two-sided t-test, paired on common seeds, Holm-corrected over "
            + "\(max(0, entries.count - 1)) comparisons, alpha \(alpha))"
    }
}
