import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

@Suite struct FunctionalANOVATests {
    /// The values of a grid, first axis outermost, from a function of the levels.
    static func grid(_ sizes: [Int], _ f: ([Int]) -> Double) -> [Double] {
        var out: [Double] = []
        func visit(_ prefix: [Int]) {
            if prefix.count == sizes.count {
                out.append(f(prefix))
                return
            }
            for i in 0..<sizes[prefix.count] { visit(prefix + [i]) }
        }
        visit([])
        return out
    }

    @Test func additiveEffectsGiveExactShares() throws {
        // y = a(i) + b(j) with effects of mean zero: a = (-1, 1) has variance 1, b = (-2, 0, 2)
        // has variance 8/3; a third axis changes nothing.
        let a = [-1.0, 1.0]
        let b = [-2.0, 0.0, 2.0]
        let y = Self.grid([2, 3, 4]) { 5 + a[$0[0]] + b[$0[1]] }
        let r = try FunctionalANOVA(sizes: [2, 3, 4], values: y)
        #expect(abs(r.mean - 5) < 1e-12)
        #expect(abs(r.totalVariance - (1 + 8.0 / 3)) < 1e-12)
        #expect(abs(r.mainEffects[0].share - 1 / (1 + 8.0 / 3)) < 1e-12)
        #expect(abs(r.mainEffects[1].share - (8.0 / 3) / (1 + 8.0 / 3)) < 1e-12)
        #expect(abs(r.mainEffects[2].share) < 1e-12)
        #expect(r.interactions.map(\.axes) == [[0, 1], [0, 2], [1, 2]])
        for t in r.interactions { #expect(abs(t.share) < 1e-12) }
        #expect(r.higherOrderShare < 1e-12)
    }

    @Test func pureInteractionHasNoMainEffects() throws {
        // y = s(i) * s(j) with s = (-1, 1): every row and column averages to zero.
        let s = [-1.0, 1.0]
        let r = try FunctionalANOVA(sizes: [2, 2], values: Self.grid([2, 2]) { s[$0[0]] * s[$0[1]] })
        #expect(r.mainEffects.allSatisfy { abs($0.share) < 1e-12 })
        #expect(abs(r.interactions[0].share - 1) < 1e-12)
    }

    @Test func threeWayInteractionIsLeftAsHigherOrder() throws {
        let s = [-1.0, 1.0]
        let r = try FunctionalANOVA(
            sizes: [2, 2, 2], values: Self.grid([2, 2, 2]) { 3 * s[$0[0]] + s[$0[0]] * s[$0[1]] * s[$0[2]] })
        #expect(abs(r.mainEffects[0].share - 0.9) < 1e-12)
        #expect(r.interactions.allSatisfy { abs($0.share) < 1e-12 })
        #expect(abs(r.higherOrderShare - 0.1) < 1e-12)
    }

    @Test func sharesOfANoisyGridSumToOne() throws {
        var g = SystemRandomNumberGenerator()
        let y = (0..<60).map { _ in Double.random(in: 0...1, using: &g) }
        let r = try FunctionalANOVA(sizes: [3, 4, 5], values: y)
        let sum = (r.mainEffects + r.interactions).reduce(0) { $0 + $1.variance } + r.higherOrderShare * r.totalVariance
        #expect(abs(sum - r.totalVariance) < 1e-12)
    }

    @Test func badGridsAreRefused() {
        #expect(throws: FunctionalANOVA.Problem.wrongCount(expected: 6, got: 5)) {
            try FunctionalANOVA(sizes: [2, 3], values: [1, 2, 3, 4, 5])
        }
        #expect(throws: FunctionalANOVA.Problem.emptyGrid) { try FunctionalANOVA(sizes: [], values: []) }
        #expect(throws: FunctionalANOVA.Problem.notFinite(index: 1)) {
            try FunctionalANOVA(sizes: [2], values: [1, .nan])
        }
    }

    @Test func constantValuesHaveZeroShares() throws {
        let r = try FunctionalANOVA(sizes: [2, 2], values: [1, 1, 1, 1])
        #expect(r.totalVariance == 0)
        #expect((r.mainEffects + r.interactions).allSatisfy { $0.share == 0 })
        #expect(r.higherOrderShare == 0)
    }
}
