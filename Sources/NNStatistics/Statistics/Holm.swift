import Foundation

/// Holm's step-down correction for a family of m tests (Holm 1979): it keeps the probability of
/// any false rejection in the family (the family-wise error rate) at most alpha, for any
/// dependence between the tests.
///
/// Sort the p-values p(1) <= ... <= p(m); reject H(1), H(2), ... while p(k) <= alpha / (m - k + 1),
/// and stop at the first that is not. Equivalently, the adjusted p-value of the k-th smallest is
/// max over j <= k of min(1, (m - j + 1) p(j)), and a test is rejected when its adjusted p-value
/// is at most alpha.
public enum Holm {
    /// The adjusted p-values, in the order given (NaN counts as 1).
    public static func adjusted(_ p: [Double]) -> [Double] {
        let m = p.count
        let order = p.indices.sorted { (p[$0].isNaN ? 1 : p[$0], $0) < (p[$1].isNaN ? 1 : p[$1], $1) }
        var out = [Double](repeating: 1, count: m)
        var running = 0.0
        for (rank, i) in order.enumerated() {
            let v = p[i].isNaN ? 1 : p[i]
            running = max(running, min(1, Double(m - rank) * v))
            out[i] = running
        }
        return out
    }

    /// Which hypotheses are rejected at family-wise level alpha, in the order given.
    public static func rejected(_ p: [Double], alpha: Double) -> [Bool] {
        adjusted(p).map { $0 <= alpha }
    }
}
