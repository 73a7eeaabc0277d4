import Foundation
import NNEngine
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// The figures of `nnsweep demo ema` and `nnsweep demo activations`.
@Suite struct DemoFigureTests {
    @Test func emaStartsAtZeroUnlessCorrected() {
        let x = DemoFigures.noisySeries(seed: 3)
        #expect(x == DemoFigures.noisySeries(seed: 3) && x != DemoFigures.noisySeries(seed: 4))
        for beta in DemoFigures.betas {
            let plain = DemoFigures.ema(x, beta: beta, biasCorrected: false)
            let corrected = DemoFigures.ema(x, beta: beta, biasCorrected: true)
            #expect(abs(plain[0] - (1 - beta) * x[0]) < 1e-12)
            #expect(abs(corrected[0] - x[0]) < 1e-12)
            #expect(abs(plain[1] - (beta * (1 - beta) * x[0] + (1 - beta) * x[1])) < 1e-12)
        }
    }

    /// Every activation of the engine is drawn, and its derivative (from backward) agrees with a
    /// central difference of its forward values away from kinks.
    @Test func activationsAndDerivativesFromTheEngine() {
        let curves = DemoFigures.activationCurves(points: 161)
        #expect(curves.map(\.name) == ActivationKind.names)
        for c in curves {
            #expect(c.derivative.count == c.x.count, "\(c.name)")
            var checked = 0
            for i in 1..<(c.x.count - 1) {
                let h = Double(c.x[i + 1] - c.x[i - 1])
                let numeric = (Double(c.value[i + 1]) - Double(c.value[i - 1])) / h
                let left = (Double(c.value[i]) - Double(c.value[i - 1])) / (h / 2)
                let right = (Double(c.value[i + 1]) - Double(c.value[i])) / (h / 2)
                guard abs(left - right) < 0.05 else { continue }  // a kink (relu at 0, hardtanh at +-1, ...)
                #expect(abs(numeric - Double(c.derivative[i])) < 0.05, "\(c.name) at \(c.x[i])")
                checked += 1
            }
            #expect(checked > 100, "\(c.name)")
        }
    }

    @Test func figuresAreWritten() throws {
        let dir = temporaryDirectory()
        _ = try DemoFigures.writeEMA(to: dir.appendingPathComponent("e.png"), seed: 1)
        let dat = try String(contentsOf: dir.appendingPathComponent("e.dat"), encoding: .utf8)
        #expect(dat.contains("beta 0.98"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("e.gp").path))
    }
}
