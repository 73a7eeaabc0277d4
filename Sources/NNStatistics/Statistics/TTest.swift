import Foundation

/// The outcome of a two-sample t-test of y against x: the estimate is mean(y) - mean(x) (Welch)
/// or the mean of the differences y - x (paired), and the statistic is estimate / standardError
/// with `df` degrees of freedom.
public struct TTestResult: Sendable, Equatable {
    public enum Kind: String, Sendable { case welch, paired }

    public let kind: Kind
    /// mean(y) - mean(x), or mean(y - x) for the paired test (the same number).
    public let estimate: Double
    public let standardError: Double
    public let df: Double
    /// estimate / standardError; ±infinity when the standard error is 0 and the estimate is not,
    /// 0 when both are 0 (no spread and no difference: no evidence either way).
    public let statistic: Double

    init(kind: Kind, estimate: Double, standardError: Double, df: Double) {
        self.kind = kind
        self.estimate = estimate
        self.standardError = standardError
        self.df = df
        if standardError > 0 {
            statistic = estimate / standardError
        } else {
            statistic = estimate > 0 ? .infinity : (estimate < 0 ? -.infinity : 0)
        }
    }

    /// One-sided p-value for the alternative mean(y) > mean(x): P(T >= t).
    public var pGreater: Double { StudentT(df: df).sf(statistic) }
    /// One-sided p-value for the alternative mean(y) < mean(x): P(T <= t).
    public var pLess: Double { StudentT(df: df).cdf(statistic) }
    /// Two-sided p-value: P(|T| >= |t|).
    public var pTwoSided: Double { min(1, 2 * StudentT(df: df).sf(abs(statistic))) }

    /// The two-sided confidence interval of the estimate: estimate ± t(1 - (1 - level)/2, df) · se.
    public func interval(level: Double = 0.95) -> ConfidenceInterval {
        let t = StudentT(df: df).quantile(1 - (1 - level) / 2)
        return ConfidenceInterval(
            lower: estimate - t * standardError, upper: estimate + t * standardError, level: level)
    }
}

/// Student t-tests of two samples.
public enum TTest {
    /// Welch's unequal-variance t-test of y against x, with the Welch–Satterthwaite degrees of
    /// freedom (vx/nx + vy/ny)² / ((vx/nx)²/(nx-1) + (vy/ny)²/(ny-1)). nil when a sample has
    /// fewer than two values. When neither sample varies, df is nx + ny - 2.
    public static func welch(_ x: [Double], _ y: [Double]) -> TTestResult? {
        guard let mx = Descriptive.mean(x), let my = Descriptive.mean(y),
            let vx = Descriptive.variance(x), let vy = Descriptive.variance(y)
        else { return nil }
        let ax = vx / Double(x.count)
        let ay = vy / Double(y.count)
        let se2 = ax + ay
        let denominator = ax * ax / Double(x.count - 1) + ay * ay / Double(y.count - 1)
        let df = denominator > 0 ? se2 * se2 / denominator : Double(x.count + y.count - 2)
        return TTestResult(kind: .welch, estimate: my - mx, standardError: se2.squareRoot(), df: df)
    }

    /// The paired t-test of y against x on the differences y[i] - x[i] (a one-sample t-test of
    /// the differences against 0, df = n - 1). nil unless both have the same count, at least two.
    public static func paired(_ x: [Double], _ y: [Double]) -> TTestResult? {
        guard x.count == y.count else { return nil }
        let d = zip(y, x).map { $0 - $1 }
        guard let m = Descriptive.mean(d), let se = Descriptive.standardError(d) else { return nil }
        return TTestResult(kind: .paired, estimate: m, standardError: se, df: Double(d.count - 1))
    }
}
