import Foundation
import NNEngine

/// The interquartile mean (IQM) and its percentile bootstrap interval, the robust aggregate
/// recommended for few-seed results by Agarwal et al. (2021, "Deep reinforcement learning at the
/// edge of the statistical precipice", the rliable library).
public enum InterquartileMean {
    /// The mean of the middle 50% of the values: with the sorted values each taking a share 1/n
    /// of the probability mass, the mean of the values between the 25% and 75% points, a value
    /// that straddles a cut counting with the fraction of its share inside. For n divisible by 4
    /// this is the 25% trimmed mean (rliable's IQM); for n = 5 it is (0.75 x2 + x3 + 0.75 x4) / 2.5.
    /// nil for an empty sample.
    public static func of(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted()
        let n = s.count
        // In units of 1/(4n): value i covers [4i, 4i+4), the middle half is [n, 3n); the weights add up to 2n.
        var sum = 0.0
        for (i, v) in s.enumerated() {
            let w = max(0, min(4 * i + 4, 3 * n) - max(4 * i, n))
            if w > 0 { sum += Double(w) * v }
        }
        return sum / Double(2 * n)
    }

    /// The percentile bootstrap interval of a statistic: `resamples` samples of the same size are
    /// drawn with replacement from xs (with the project's seeded generator, so the same seed
    /// gives the same interval), the statistic is computed on each, and the interval runs between
    /// the (1-level)/2 and (1+level)/2 quantiles of those values (linear interpolation between
    /// order statistics). nil for an empty sample.
    public static func bootstrapInterval(
        _ xs: [Double], level: Double = 0.95, resamples: Int = 10_000, seed: UInt64 = 0,
        statistic: ([Double]) -> Double? = { InterquartileMean.of($0) }
    ) -> ConfidenceInterval? {
        guard !xs.isEmpty, resamples > 0 else { return nil }
        var random = RandomSource(seed: seed)
        var values: [Double] = []
        values.reserveCapacity(resamples)
        var sample = [Double](repeating: 0, count: xs.count)
        for _ in 0..<resamples {
            for j in sample.indices { sample[j] = xs[random.nextInt(below: xs.count)] }
            if let v = statistic(sample) { values.append(v) }
        }
        return ConfidenceInterval.percentile(values, level: level)
    }
}

extension ConfidenceInterval {
    /// The percentile interval of bootstrap values: between their (1-level)/2 and (1+level)/2
    /// quantiles, interpolating linearly between order statistics (NumPy's default). nil without values.
    static func percentile(_ values: [Double], level: Double) -> ConfidenceInterval? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        func quantile(_ q: Double) -> Double {
            let h = q * Double(sorted.count - 1)
            let i = Int(h.rounded(.down))
            let f = h - Double(i)
            return i + 1 < sorted.count ? sorted[i] + f * (sorted[i + 1] - sorted[i]) : sorted[i]
        }
        return ConfidenceInterval(lower: quantile((1 - level) / 2), upper: quantile((1 + level) / 2), level: level)
    }
}
