import Foundation

/// How many seeds a comparison needs: the smallest n for which a t-test finds a true difference
/// `difference` with probability `power`, given the spread a pilot measured.
///
/// With n seeds the difference's standard error is `unitSD / sqrt(n)` (for the paired test,
/// `unitSD` is the standard deviation of the per-seed differences; for Welch's test with n seeds
/// a side, the square root of the sum of the two variances) and the test has
/// `degreesOfFreedom(n)`. The power is the exact one of the noncentral t distribution (the
/// probability that |T| exceeds the t quantile at 1 - alpha, T noncentral with
/// `difference / (unitSD / sqrt(n))`), computed by integrating the normal tails over the
/// chi-square of the variance; the normal-shift rule of `EquivalenceTest.detectable` only finds
/// where to start, and undershoots by a seed at small alpha. Pass alpha / 2 for a two-sided test,
/// divided again by the comparisons for Holm's first step. Checked against SciPy's
/// noncentral t (`SeedPlannerTests`).
public enum SampleSize {
    /// The number of seeds, 2 to `maxSeeds`; nil when even `maxSeeds` is not enough, and 2 when
    /// the pilot had no spread.
    public static func seeds(
        unitSD: Double, difference: Double, alpha: Double, power: Double = 0.8, maxSeeds: Int = 10_000,
        degreesOfFreedom: (Int) -> Double = { Double($0 - 1) }
    ) -> Int? {
        precondition(difference > 0 && alpha > 0 && alpha < 1 && power > 0 && power < 1 && maxSeeds >= 2)
        guard unitSD > 0 else { return 2 }
        guard unitSD.isFinite else { return nil }
        func shift(_ n: Int) -> Double {
            let t = StudentT(df: degreesOfFreedom(n))
            return (t.quantile(1 - alpha) + t.quantile(power)) * unitSD / Double(n).squareRoot()
        }
        func reaches(_ n: Int) -> Bool {
            let df = degreesOfFreedom(n)
            return Self.power(
                df: df, noncentrality: difference / unitSD * Double(n).squareRoot(),
                critical: StudentT(df: df).quantile(1 - alpha)) >= power
        }
        // The normal-shift rule's n, by bisection (its detectable difference falls as n grows).
        var lo = 2
        var hi = maxSeeds
        if shift(hi) > difference {
            lo = maxSeeds
        } else if shift(lo) > difference {
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if shift(mid) <= difference { hi = mid } else { lo = mid }
            }
            lo = hi
        }
        // Then the exact power decides, a seed or two either way.
        var n = lo
        while n <= maxSeeds && !reaches(n) { n += 1 }
        guard n <= maxSeeds else { return nil }
        while n > 2 && reaches(n - 1) { n -= 1 }
        return n
    }

    /// P(T > c) + P(T < -c) for T noncentral t with `df` degrees of freedom and noncentrality
    /// `noncentrality`: the expectation over W (W^2 chi-square with df degrees of freedom) of
    /// Phi(delta - c W / sqrt(df)) + Phi(-delta - c W / sqrt(df)), by Simpson's rule in W.
    public static func power(df: Double, noncentrality delta: Double, critical c: Double) -> Double {
        let k = df
        // The density of W = sqrt(V), V chi-square(k): 2 w^(k-1) exp(-w^2/2) / (2^(k/2) Gamma(k/2)).
        let logNorm = log(2) - (k / 2) * log(2) - lgamma(k / 2)
        func density(_ w: Double) -> Double {
            w <= 0 ? (k == 1 ? exp(logNorm) : 0) : exp(logNorm + (k - 1) * log(w) - w * w / 2)
        }
        func phi(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }
        let upper = (k + 12 * (2 * k).squareRoot() + 40).squareRoot()
        let lower = max(0, k - 12 * (2 * k).squareRoot()).squareRoot()
        // The normal tail falls from 1 to 0 over about sqrt(df) / c in w: at least 20 steps there.
        let fall = k.squareRoot() / max(c, 1)
        let steps = min(400_000, max(2000, 2 * Int(((upper - lower) / fall * 10).rounded(.up))))
        let h = (upper - lower) / Double(steps)
        var sum = 0.0
        for i in 0...steps {
            let w = lower + Double(i) * h
            let u = c * w / k.squareRoot()
            let f = density(w) * (phi(delta - u) + phi(-delta - u))
            sum += f * (i == 0 || i == steps ? 1 : (i % 2 == 1 ? 4 : 2))
        }
        return min(1, max(0, sum * h / 3))
    }
}
