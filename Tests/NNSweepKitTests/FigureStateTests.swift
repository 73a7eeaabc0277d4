import Foundation
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// A figure's bytes depend only on its script and data: drawn by `run`, by `plot` with one or
/// two gnuplot processes, with `--format svg`, or alone by `gnuplot plots/NAME.gp` (whose SVG
/// lacks only the legend script that nnsweep adds), every image is the same.
@Suite struct FigureStateTests {
    static let gnuplot = Gnuplot.locate()

    static func images(_ plots: URL) throws -> [String: Data] {
        var all: [String: Data] = [:]
        for f in try FileManager.default.contentsOfDirectory(atPath: plots.path)
        where f.hasSuffix(".svg") || f.hasSuffix(".png") {
            all[f] = try Data(contentsOf: plots.appendingPathComponent(f))
        }
        return all
    }

    @Test(.enabled(if: FigureStateTests.gnuplot != nil, "gnuplot is not installed"))
    func everyFigureIsTheSameHoweverItIsDrawn() throws {
        let dir = temporaryDirectory()
        let out = dir.appendingPathComponent("out")
        var options = SweepOptions(out: out)
        options.progress = .quiet
        _ = try SweepRunner(
            plan: try SweepPlan.load(write(smallGrid, "small.yaml", in: dir)), options: options, log: { _ in }
        ).run()
        let plots = out.appendingPathComponent("plots")
        try Plotter.plot(dir: out, format: .both, processes: 2)
        let reference = try Self.images(plots)
        #expect(reference.count >= 16)
        // One process draws every figure after the others: the state they leave changes nothing.
        try Plotter.plot(dir: out, format: .both, processes: 1)
        #expect(try Self.images(plots) == reference)
        // Each script alone, in a gnuplot of its own, as the header of each script says.
        for f in try FileManager.default.contentsOfDirectory(atPath: plots.path)
        where f.hasSuffix(".png") || f.hasSuffix(".svg") {
            try FileManager.default.removeItem(at: plots.appendingPathComponent(f))
        }
        for script in try FileManager.default.contentsOfDirectory(atPath: plots.path) where script.hasSuffix(".gp") {
            _ = try Self.gnuplot!.run(script: plots.appendingPathComponent(script), in: out)
            let svg = plots.appendingPathComponent(script.replacingOccurrences(of: ".gp", with: ".svg"))
            _ = try SVGLegend.addScript(to: svg)
        }
        let alone = try Self.images(plots)
        #expect(alone.keys.sorted() == reference.keys.sorted())
        for (name, data) in reference { #expect(alone[name] == data, "\(name) drawn alone differs") }
        // SVG only: the same SVGs.
        try Plotter.plot(dir: out, format: .svg, processes: 2)
        #expect(try Self.images(plots) == reference.filter { $0.key.hasSuffix(".svg") })
    }
}
