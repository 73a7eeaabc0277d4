import Foundation

/// How much of a metric's variance over a full grid each axis, and each pair of axes, explains:
/// a functional ANOVA decomposition, exact on a full grid.
///
/// The values `y` are given for every combination of the axes' levels. With `m` the grand mean,
/// the main effect of axis `a` at level `i` is the mean of the cells with `a = i` minus `m`; the
/// interaction of axes `a` and `b` at `(i, j)` is the mean of the cells with `a = i, b = j` minus
/// `m` and both main effects. On a full grid these terms are orthogonal, so the variance of `y`
/// over the cells (divisor n) is the sum of the variances of the terms; the share of a term is its
/// variance over the total. What the main effects and pairs do not explain (interactions of three
/// or more axes) is `higherOrderShare`.
public struct FunctionalANOVA: Sendable, Equatable {
    /// One main effect (one axis) or one two-way interaction (two axes).
    public struct Term: Sendable, Equatable {
        /// Axis positions in `sizes`, one or two.
        public let axes: [Int]
        /// The mean square of the term over the grid's cells.
        public let variance: Double
        /// `variance` over the total variance; 0 when the values do not vary.
        public let share: Double
    }

    public let mean: Double
    /// The variance of the values over the cells (divisor n).
    public let totalVariance: Double
    /// One per axis, in axis order.
    public let mainEffects: [Term]
    /// One per pair of axes (a < b), in order (0,1), (0,2), ..., (1,2), ...
    public let interactions: [Term]

    /// The share left to interactions of three or more axes (0 for one or two axes, up to
    /// rounding).
    public var higherOrderShare: Double {
        totalVariance > 0 ? max(0, 1 - (mainEffects + interactions).reduce(0) { $0 + $1.share }) : 0
    }

    /// Why a grid cannot be decomposed.
    public enum Problem: Error, Equatable {
        /// No axis, or an axis with no level.
        case emptyGrid
        /// `values.count` is not the product of `sizes`.
        case wrongCount(expected: Int, got: Int)
        /// A value is NaN or infinite.
        case notFinite(index: Int)
    }

    /// - Parameters:
    ///   - sizes: the number of levels of each axis.
    ///   - values: one value per cell, first axis outermost (the last axis varies fastest).
    public init(sizes: [Int], values: [Double]) throws {
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else { throw Problem.emptyGrid }
        let n = sizes.reduce(1, *)
        guard values.count == n else { throw Problem.wrongCount(expected: n, got: values.count) }
        if let bad = values.firstIndex(where: { !$0.isFinite }) { throw Problem.notFinite(index: bad) }
        // strides[a]: how far apart consecutive levels of axis a are in `values`.
        var strides = [Int](repeating: 1, count: sizes.count)
        for a in stride(from: sizes.count - 2, through: 0, by: -1) { strides[a] = strides[a + 1] * sizes[a + 1] }
        func level(_ cell: Int, _ a: Int) -> Int { (cell / strides[a]) % sizes[a] }

        let m = values.reduce(0, +) / Double(n)
        let total = values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(n)
        func share(_ v: Double) -> Double { total > 0 ? v / total : 0 }

        var effects: [[Double]] = []
        var mains: [Term] = []
        for a in sizes.indices {
            var sums = [Double](repeating: 0, count: sizes[a])
            for c in 0..<n { sums[level(c, a)] += values[c] }
            let per = Double(n / sizes[a])
            let f = sums.map { $0 / per - m }
            effects.append(f)
            let v = f.reduce(0) { $0 + $1 * $1 } / Double(sizes[a])
            mains.append(Term(axes: [a], variance: v, share: share(v)))
        }
        var pairs: [Term] = []
        for a in sizes.indices {
            for b in sizes.indices where b > a {
                var sums = [Double](repeating: 0, count: sizes[a] * sizes[b])
                for c in 0..<n { sums[level(c, a) * sizes[b] + level(c, b)] += values[c] }
                let per = Double(n / (sizes[a] * sizes[b]))
                var v = 0.0
                for i in 0..<sizes[a] {
                    for j in 0..<sizes[b] {
                        let f = sums[i * sizes[b] + j] / per - m - effects[a][i] - effects[b][j]
                        v += f * f
                    }
                }
                v /= Double(sizes[a] * sizes[b])
                pairs.append(Term(axes: [a, b], variance: v, share: share(v)))
            }
        }
        mean = m
        totalVariance = total
        mainEffects = mains
        interactions = pairs
    }
}
