import Foundation
import NNPlan
import NNStatistics
import NNSweepRunner

/// "How many seeds do I need to detect a difference of d?", answered from a pilot sweep: for each
/// setting's comparison with the best (as the summary makes it), the spread the pilot's seeds
/// measured is scaled to n seeds, and n is the smallest for which the comparison finds a true
/// difference `difference` with probability `power` (`SampleSize`), at the same level as the
/// verdicts: two-sided, alpha divided by the number of comparisons (Holm's first step).
public enum SeedPlanner {
    public struct Row: Sendable {
        public let label: String
        /// The pilot's seeds (shared with the best, for a paired test).
        public let pilotSeeds: Int
        /// The per-seed spread of the difference from the best (`SampleSize`'s `unitSD`).
        public let spread: Double
        /// What the pilot's seeds detect now (`SettingRanking.Entry.detectable`).
        public let detectableNow: Double?
        /// Seeds needed; nil when more than the limit.
        public let seeds: Int?
    }

    /// One row per setting tested against the best, in the ranking's order.
    public static func rows(
        _ ranking: SettingRanking, difference: Double, power: Double, maxSeeds: Int
    ) -> [Row] {
        let alpha = ranking.alpha / (2 * Double(max(1, ranking.comparisons)))
        return ranking.entries.compactMap { e in
            guard let r = e.result, r.standardError.isFinite, r.df.isFinite, r.df > 0 else { return nil }
            let paired = r.kind == .paired
            let pilot = paired ? Int(r.df.rounded()) + 1 : e.n
            let spread = r.standardError * Double(pilot).squareRoot()
            let seeds = SampleSize.seeds(
                unitSD: spread, difference: difference, alpha: alpha, power: power, maxSeeds: maxSeeds,
                degreesOfFreedom: paired ? { Double($0 - 1) } : { Double(2 * ($0 - 1)) })
            return Row(label: e.label, pilotSeeds: pilot, spread: spread, detectableNow: e.detectable, seeds: seeds)
        }
    }

    /// The answer for a pilot sweep's folder, as `nnsweep seeds` prints it.
    public static func render(
        plan: SweepPlan, dir: URL, difference: Double, power: Double = 0.8, maxSeeds: Int = 10_000
    ) -> String {
        guard let (metric, parts) = SweepSummary.rankings(plan: plan, dir: dir), !parts.isEmpty else {
            return "no settings to compare in \(dir.path)"
        }
        func g(_ v: Double) -> String { String(format: "%.3g", v) }
        var out: [String] = []
        for (on, ranking) in parts {
            let rows = rows(ranking, difference: difference, power: power, maxSeeds: maxSeeds)
            out.append(
                "seeds\(on) to find a true difference of \(g(difference)) in \(metric) from the best with "
                    + "\(Int((100 * power).rounded())) % power (two-sided t-tests at alpha \(ranking.alpha) / "
                    + "\(ranking.comparisons) comparison\(ranking.comparisons == 1 ? "" : "s"), as the verdicts use them; each comparison's spread as "
                    + "the pilot's seeds measured it):")
            guard !rows.isEmpty else {
                out.append(
                    "  no comparison with the best could be tested: the pilot needs at least two seeds a setting")
                continue
            }
            let needed = rows.compactMap(\.seeds).sorted()
            let beyond = rows.count - needed.count
            let now = rows.compactMap(\.detectableNow).sorted()
            if let m = Descriptive.median(now) {
                out.append(
                    "  the pilot (\(Descriptive.median(rows.map { Double($0.pilotSeeds) }).map { "\(Int($0))" } ?? "?") seeds) finds \(g(m)) "
                        + "(median over \(now.count) comparison\(now.count == 1 ? "" : "s"); from \(g(now.first!)) to \(g(now.last!)))"
                )
            }
            if let median = Descriptive.median(needed.map(Double.init)) {
                let p90 = needed[min(needed.count - 1, Int((0.9 * Double(needed.count)).rounded(.up)) - 1)]
                var line =
                    "  needed: \(Int(median.rounded(.up))) seeds for the median comparison, \(p90) for 90 % of them"
                if beyond == 0, let worst = rows.max(by: { ($0.seeds ?? 0) < ($1.seeds ?? 0) }) {
                    line += ", \(needed.last!) for every one (the noisiest: \(worst.label))"
                } else if beyond > 0 {
                    line += "; \(beyond) comparison\(beyond == 1 ? "" : "s") would need more than \(maxSeeds)"
                }
                out.append(line)
            } else {
                out.append("  needed: more than \(maxSeeds) seeds for every comparison")
            }
            out.append("  seeds  pilot spread  detectable now  setting")
            for r in rows {
                out.append(
                    "  "
                        + (r.seeds.map(String.init) ?? ">\(maxSeeds)").padding(toLength: 7, withPad: " ", startingAt: 0)
                        + g(r.spread).padding(toLength: 14, withPad: " ", startingAt: 0)
                        + (r.detectableNow.map(g) ?? "-").padding(toLength: 16, withPad: " ", startingAt: 0) + r.label)
            }
        }
        out.append(
            "the pilot spread is the standard deviation of the per-seed differences from the best (paired seeds); "
                + "estimated from a few seeds it is itself uncertain (from 5 seeds, its 95 % interval runs from about "
                + "0.6 to 2.9 times the estimate), so plan with the upper rows or a larger pilot; "
                + "more settings (more comparisons) need more seeds")
        return out.joined(separator: "\n")
    }
}
