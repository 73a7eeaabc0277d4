import Foundation
import NNPlan
import NNSweepRunner
import XCTest

/// `measure: {layers, train_eval}`: the optional measurements are off by default, recorded when
/// asked for, and never change the training.
final class MeasureTests: XCTestCase {
    /// A grid with dropout and batch norm (the layers whose training state a measurement could
    /// disturb: the dropout stream and the running statistics).
    func yaml(_ measure: String) -> String {
        """
        name: measure
        data: {builtin: digits, test_fraction: 0.3, validation_fraction: 0.2}
        model: {hidden: [16], activation: relu, dropout: 0.2, batch_norm: true}
        epochs: 3
        seeds: 2
        \(measure)
        grid:
          optimizer:
            SGD: {optimizer: {name: sgd, lr: 0.05}}
            Adam: {optimizer: {name: adam, lr: 0.01}}
        """
    }

    func testOffByDefaultOnWhenAskedAndTheTrainingUnchanged() throws {
        let dir = temporaryDirectory()
        let lean = dir.appendingPathComponent("lean")
        let full = dir.appendingPathComponent("full")
        try runSweep(SweepPlan.load(write(yaml(""), "lean.yaml", in: dir)), out: lean)
        try runSweep(
            SweepPlan.load(write(yaml("measure: {layers: true, train_eval: true}"), "full.yaml", in: dir)), out: full)
        let (l, f) = (sweepTables(lean), sweepTables(full))
        // layers.csv: the header alone without the measurement, rows with it.
        XCTAssertEqual(l[2].count, 1)
        XCTAssertGreaterThan(f[2].count, 1)
        XCTAssertEqual(l[2][0], f[2][0])
        // runs.csv and epochs.csv: the same header and the same bytes in every column but the
        // train_eval ones, which are empty without the measurement and filled with it.
        for t in 0..<2 {
            XCTAssertEqual(l[t][0], f[t][0])
            XCTAssertEqual(l[t].count, f[t].count)
            let header = l[t][0]
            let evalColumns = header.indices.filter { header[$0].contains("train_eval") }
            XCTAssertFalse(evalColumns.isEmpty)
            for (a, b) in zip(l[t].dropFirst(), f[t].dropFirst()) {
                for c in header.indices {
                    if evalColumns.contains(c) {
                        XCTAssertEqual(a[c], "", header[c])
                        XCTAssertNotEqual(b[c], "", header[c])
                    } else {
                        XCTAssertEqual(a[c], b[c], header[c])
                    }
                }
            }
        }
    }

    func testOneMeasurementAlone() throws {
        let dir = temporaryDirectory()
        let out = dir.appendingPathComponent("out")
        try runSweep(SweepPlan.load(write(yaml("measure: {layers: true}"), "run.yaml", in: dir)), out: out)
        let t = sweepTables(out)
        XCTAssertGreaterThan(t[2].count, 1)
        let c = try XCTUnwrap(t[1][0].firstIndex(of: "train_eval_loss"))
        XCTAssertTrue(t[1].dropFirst().allSatisfy { $0[c] == "" })
    }

    func testBadInput() {
        let unknown = planError(yaml("measure: {layer: true}")) ?? ""
        XCTAssertTrue(unknown.contains("layer") && unknown.contains("train_eval"), unknown)
        let notBool = planError(yaml("measure: {layers: maybe}")) ?? ""
        XCTAssertTrue(notBool.contains("measure.layers must be true or false"), notBool)
        let notMap = planError(yaml("measure: true")) ?? ""
        XCTAssertTrue(notMap.contains("measure must be a map"), notMap)
        let axis =
            planError(
                """
                data: {builtin: digits}
                grid:
                  measure: [{layers: true}, {layers: false}]
                """) ?? ""
        XCTAssertTrue(axis.contains("measure"), axis)
    }
}
