import Foundation
import NNEngine

/// Results over several tasks (data sets), summarized as rliable does (Agarwal et al. 2021, "Deep
/// reinforcement learning at the edge of the statistical precipice"): scores are indexed
/// `[task][run]`, runs being a method's seeds on that task.
///
/// - the interquartile mean of all the runs' scores (`InterquartileMean.of`, rliable's
///   `aggregate_iqm` when the number of scores is a multiple of 4) and the mean of the tasks'
///   means (`aggregate_mean`);
/// - the probability of improvement of X over Y: on each task, the probability that a run of X
///   scores higher than a run of Y (ties count a half: the Mann-Whitney U statistic over n x m),
///   averaged over the tasks (`probability_of_improvement`);
/// - intervals by the stratified bootstrap: each task's runs are resampled with replacement on
///   their own, X's and Y's independently (as rliable's `StratifiedBootstrap` does for the
///   probability of improvement: its intervals match only that way), and the percentile
///   interval of the statistic is taken.
///
/// Checked against rliable's own numbers (`AcrossTasksTests`, fixture from
/// `scripts/make_rliable_fixtures.py`).
public enum AcrossTasks {
    /// The interquartile mean of every run's score; nil without scores.
    public static func iqm(_ scores: [[Double]]) -> Double? { InterquartileMean.of(scores.flatMap { $0 }) }

    /// The mean over the tasks of each task's mean; nil when a task has no runs.
    public static func mean(_ scores: [[Double]]) -> Double? {
        guard !scores.isEmpty, scores.allSatisfy({ !$0.isEmpty }) else { return nil }
        return scores.map { $0.reduce(0, +) / Double($0.count) }.reduce(0, +) / Double(scores.count)
    }

    /// P(X > Y) averaged over the tasks, ties a half; `higherIsBetter` false compares the other
    /// way (lower losses win). nil when a task has no runs on a side.
    public static func probabilityOfImprovement(
        _ x: [[Double]], _ y: [[Double]], higherIsBetter: Bool = true
    ) -> Double? {
        guard x.count == y.count, !x.isEmpty else { return nil }
        var sum = 0.0
        for (a, b) in zip(x, y) {
            guard !a.isEmpty, !b.isEmpty else { return nil }
            var wins = 0.0
            for u in a {
                for v in b {
                    if u == v { wins += 0.5 } else if (u > v) == higherIsBetter { wins += 1 }
                }
            }
            sum += wins / Double(a.count * b.count)
        }
        return sum / Double(x.count)
    }

    /// The stratified-bootstrap percentile interval of `statistic` over `groups` (one or more
    /// score sets `[task][run]` with the same tasks): on each of `resamples` draws, every task's
    /// runs of every group are drawn with replacement, independently. nil when the statistic
    /// never has a value.
    public static func bootstrapInterval(
        _ groups: [[[Double]]], level: Double = 0.95, resamples: Int = 10_000, seed: UInt64 = 0,
        statistic: ([[[Double]]]) -> Double?
    ) -> ConfidenceInterval? {
        guard let first = groups.first, !first.isEmpty, resamples > 0 else { return nil }
        var random = RandomSource(seed: seed)
        var values: [Double] = []
        values.reserveCapacity(resamples)
        var sample = groups
        for _ in 0..<resamples {
            for g in groups.indices {
                for t in groups[g].indices {
                    let runs = groups[g][t]
                    for j in runs.indices { sample[g][t][j] = runs[random.nextInt(below: runs.count)] }
                }
            }
            if let v = statistic(sample) { values.append(v) }
        }
        return ConfidenceInterval.percentile(values, level: level)
    }
}
