import Foundation

/// Student's t distribution with `df` degrees of freedom (any real df > 0, as Welch's test needs).
///
/// The distribution function comes from the regularized incomplete beta function:
/// for t < 0, P(T <= t) = I_x(df/2, 1/2) / 2 with x = df/(df + t²); the upper tail mirrors it.
/// The quantile inverts the distribution function by bisection to full double precision.
public struct StudentT: Sendable, Equatable {
    public let df: Double

    public init(df: Double) {
        precondition(df > 0, "the t distribution needs df > 0")
        self.df = df
    }

    /// P(T <= t).
    public func cdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return t > 0 ? 1 - tail(t) : tail(t)
    }

    /// P(T >= t), the survival function, computed without cancellation in the upper tail.
    public func sf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return t < 0 ? 1 - tail(t) : tail(t)
    }

    /// P(T >= |t|) = P(T <= -|t|).
    func tail(_ t: Double) -> Double {
        if t.isInfinite { return 0 }
        let t2 = t * t
        return 0.5 * IncompleteBeta.regularized(a: df / 2, b: 0.5, x: df / (df + t2), y: t2 / (df + t2))
    }

    /// The t with P(T <= t) = p, for 0 < p < 1 (-inf at 0, +inf at 1).
    public func quantile(_ p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a probability is between 0 and 1")
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        // The tail probability beyond |t|; 1 - p is exact for p >= 0.5.
        let q = p < 0.5 ? p : 1 - p
        var lo = 0.0
        var hi = 1.0
        while tail(hi) > q {
            lo = hi
            hi *= 2
        }
        for _ in 0..<2000 {
            let mid = lo + (hi - lo) / 2
            if mid <= lo || mid >= hi { break }
            if tail(mid) > q { lo = mid } else { hi = mid }
        }
        let t = lo + (hi - lo) / 2
        return p < 0.5 ? -t : t
    }
}
