import Foundation
import Testing

@testable import NNEngine

/// Quantiles by selection on floats equal, bit for bit, those of a full sort of the values
/// widened to Double: on random values, many ties, tiny and large counts, and with NaN.
@Suite struct QuantileTests {
    @Test func selectionEqualsTheSortBitForBit() {
        var random = RandomSource(seed: 20_261_204)
        var scratch = LayerStatistic.QuantileScratch()
        for round in 0..<2000 {
            let count = [1, 2, 3, 5, 16, 17, 31, 100, 257, 4096, 16384][round % 11] + Int(random.nextUInt64() % 7)
            let distinct = [2, 5, 1000, 1 << 30][round % 4]
            var floats: [Float] = (0..<count).map { _ in
                Float(Int(random.nextUInt64() % UInt64(distinct)) - distinct / 2) * (round % 3 == 0 ? 1e-3 : 1.7)
            }
            if round % 6 == 1 {
                // Signed zeros, infinities, subnormals and the extremes among the values.
                let special: [Float] = [
                    0, -0.0, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                    .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNormalMagnitude
                ]
                for k in 0..<floats.count where random.nextUInt64() % 3 == 0 { floats[k] = special[k % special.count] }
            }
            if round % 13 == 0 { floats = floats.map { $0 <= 0 ? (random.nextUInt64() % 2 == 0 ? 0 : -0.0) : $0 } }
            if round % 5 == 0 { floats.sort() }
            if round % 7 == 0 { floats.reverse() }
            var doubles = floats.map(Double.init)
            let expected = LayerStatistic.quantiles(&doubles)
            let got = floats.withUnsafeBufferPointer {
                LayerStatistic.quantiles(of: $0.baseAddress!, count: count, scratch: &scratch)
            }
            #expect(got.map(\.bitPattern) == expected.map(\.bitPattern), "round \(round): \(got) vs \(expected)")
        }
        let withNaN: [Float] = [3, .nan, 1, 2, -.infinity, .infinity]
        var doubles = withNaN.map(Double.init)
        let expected = LayerStatistic.quantiles(&doubles)
        let got = withNaN.withUnsafeBufferPointer {
            LayerStatistic.quantiles(of: $0.baseAddress!, count: 6, scratch: &scratch)
        }
        #expect(got.map(\.bitPattern) == expected.map(\.bitPattern))
        #expect(LayerStatistic.quantiles(of: withNaN, count: 0, scratch: &scratch).isEmpty)
        // The scratch is left as it was found: a NaN call does not change the next call's answer.
        let after: [Float] = [5, 1, 4, 2, 3]
        var afterDoubles = after.map(Double.init)
        #expect(
            after.withUnsafeBufferPointer { LayerStatistic.quantiles(of: $0.baseAddress!, count: 5, scratch: &scratch) }
                == LayerStatistic.quantiles(&afterDoubles))
    }
}
