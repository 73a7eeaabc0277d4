import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

@Suite struct SobolTests {
    /// The first points of the Sobol sequence in 8 dimensions, as SciPy gives them
    /// (`scipy.stats.qmc.Sobol(d=8, scramble=False).random(8)`).
    @Test func pointsAreSciPys() {
        let scipy: [[Double]] = [
            [0, 0, 0, 0, 0, 0, 0, 0],
            [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
            [0.75, 0.25, 0.25, 0.25, 0.75, 0.75, 0.25, 0.75],
            [0.25, 0.75, 0.75, 0.75, 0.25, 0.25, 0.75, 0.25],
            [0.375, 0.375, 0.625, 0.875, 0.375, 0.125, 0.375, 0.875],
            [0.875, 0.875, 0.125, 0.375, 0.875, 0.625, 0.875, 0.375],
            [0.625, 0.125, 0.875, 0.625, 0.625, 0.875, 0.125, 0.125],
            [0.125, 0.625, 0.375, 0.125, 0.125, 0.375, 0.625, 0.625]
        ]
        #expect(Sobol.dimensions == 8)
        for (i, row) in scipy.enumerated() {
            #expect((0..<8).map { Double(Sobol.point(i, dimension: $0)) / 4294967296.0 } == row, "point \(i)")
        }
    }
}
