import Foundation

/// Two one-sided tests (TOST, Schuirmann 1987) of equivalence within a margin: the difference
/// is shown to lie inside (-margin, margin) when both H0: difference <= -margin and
/// H0: difference >= margin are rejected. Its p-value is the larger of the two one-sided
/// p-values; at level alpha it agrees with the (1 - 2 alpha) confidence interval of the
/// difference lying inside the margin. "No significant difference" is not equivalence: with few
/// seeds or a wide spread neither a difference nor an equivalence is shown (inconclusive).
public struct EquivalenceTest: Sendable, Equatable {
    public let margin: Double
    /// The p-value of the lower test (H0: difference <= -margin) and of the upper one.
    public let pLower: Double
    public let pUpper: Double
    public var p: Double { max(pLower, pUpper) }

    /// TOST on a t-test's estimate, standard error and degrees of freedom.
    public init(_ t: TTestResult, margin: Double) {
        self.margin = margin
        if t.standardError > 0 {
            let d = StudentT(df: t.df)
            pLower = d.sf((t.estimate + margin) / t.standardError)
            pUpper = d.cdf((t.estimate - margin) / t.standardError)
        } else {
            // No spread: the difference is known exactly.
            pLower = t.estimate > -margin ? 0 : 1
            pUpper = t.estimate < margin ? 0 : 1
        }
    }

    /// The smallest true difference a one-sided t-test at `alpha` detects with probability
    /// `power`, for this standard error and these degrees of freedom:
    /// (t(1 - alpha) + t(power)) * se. What "no difference was found" can be read to exclude.
    public static func detectable(_ t: TTestResult, alpha: Double, power: Double = 0.8) -> Double {
        let d = StudentT(df: t.df)
        return (d.quantile(1 - alpha) + d.quantile(power)) * t.standardError
    }
}
