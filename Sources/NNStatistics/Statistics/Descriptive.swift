import Foundation

/// An interval [lower, upper] meant to hold a quantity with probability `level`.
public struct ConfidenceInterval: Sendable, Equatable {
    public let lower: Double
    public let upper: Double
    /// The coverage, such as 0.95.
    public let level: Double

    public init(lower: Double, upper: Double, level: Double) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    public func contains(_ v: Double) -> Bool { lower <= v && v <= upper }
}

/// Mean, spread and the Student t interval of a sample.
public enum Descriptive {
    /// The arithmetic mean; nil for an empty sample.
    public static func mean(_ xs: [Double]) -> Double? {
        xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count)
    }

    /// The middle value of the sorted sample (the mean of the two middle ones for an even count);
    /// nil for an empty sample.
    public static func median(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// The sample variance (divisor n - 1, two passes); nil for fewer than two values. Exactly
    /// 0 when every value is the same (their rounded mean would leave a spread of about 1e-17).
    public static func variance(_ xs: [Double]) -> Double? {
        guard xs.count >= 2, let m = mean(xs) else { return nil }
        if xs.allSatisfy({ $0 == xs[0] }) { return 0 }
        return xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)
    }

    /// The sample standard deviation (divisor n - 1); nil for fewer than two values.
    public static func standardDeviation(_ xs: [Double]) -> Double? {
        variance(xs).map { $0.squareRoot() }
    }

    /// The standard error of the mean, sd / sqrt(n); nil for fewer than two values.
    public static func standardError(_ xs: [Double]) -> Double? {
        standardDeviation(xs).map { $0 / Double(xs.count).squareRoot() }
    }

    /// The two-sided Student t confidence interval for the mean of the population the sample
    /// comes from: mean ± t(1 - (1 - level)/2, n - 1) · se. nil for fewer than two values.
    public static func meanInterval(_ xs: [Double], level: Double = 0.95) -> ConfidenceInterval? {
        guard let m = mean(xs), let se = standardError(xs) else { return nil }
        let t = StudentT(df: Double(xs.count - 1)).quantile(1 - (1 - level) / 2)
        return ConfidenceInterval(lower: m - t * se, upper: m + t * se, level: level)
    }
}
