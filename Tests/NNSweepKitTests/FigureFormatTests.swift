import Foundation
import Testing

@testable import NNFigures
@testable import NNPlan
@testable import NNSweepRunner

/// Which images a sweep's figures become: SVG unless the run file's `figures: {formats: [...]}`
/// or `--format` says otherwise; `plot` and `collect` draw what the run file asked for.
@Suite struct FigureFormatTests {
    static let gnuplot = Gnuplot.locate()

    func images(_ dir: URL) throws -> (svg: Int, png: Int) {
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("plots").path)
        return (files.filter { $0.hasSuffix(".svg") }.count, files.filter { $0.hasSuffix(".png") }.count)
    }

    @Test func theRunFileSetsTheFormatsAndTheManifestKeepsThem() throws {
        #expect(FigureFormats.of(runFileText: "name: a\n") == nil)
        #expect(FigureFormats.of(runFileText: "figures: {formats: [png, svg]}\n") == ["svg", "png"])
        #expect(FigureFormats.of(runFileText: "figures: {formats: png}\n") == ["png"])
        #expect(PlotFormat(formats: FigureFormats.default) == .svg)
        #expect(PlotFormat(formats: ["svg", "png"]) == .both)
        #expect(PlotFormat(formats: ["png"]) == .png)
    }

    @Test func badFiguresGetOneLineWithTheLine() throws {
        let dir = temporaryDirectory()
        let cases: [(String, String)] = [
            ("figures: {formats: [svg, jpg]}", "figures.formats has 'jpg'; allowed: svg, png"),
            ("figures: {formats: []}", "figures.formats is empty"),
            ("figures: {formats: [svg, svg]}", "figures.formats lists svg twice"),
            ("figures: {format: svg}", "figures has no key 'format'; allowed: formats"),
            ("figures: svg", "figures must be a map such as {formats: [svg, png]}"),
            ("figures: {}", "figures needs formats")
        ]
        for (line, message) in cases {
            let file = write(smallGrid + "\n" + line + "\n", "bad.yaml", in: dir)
            do {
                _ = try SweepPlan.load(file)
                Issue.record("\(line) was accepted")
            } catch let e as ConfigError {
                #expect("\(e)".contains(message), "\(e)")
                #expect(e.line == smallGrid.split(separator: "\n").count + 1, "\(line): \(e)")
            }
        }
        // A grid axis cannot set it: it is the sweep's, not a cell's.
        let axis = smallGrid.replacingOccurrences(of: "  seed: [1, 2]", with: "  figures: [a, b]")
        #expect(throws: ConfigError.self) { try SweepPlan.load(write(axis, "axis.yaml", in: dir)) }
    }

    @Test(.enabled(if: FigureFormatTests.gnuplot != nil, "gnuplot is not installed"))
    func svgByDefaultAndWhatTheFileAsksForAfterwards() throws {
        let dir = temporaryDirectory()
        // Without figures: SVG only, and the report shows and links only SVGs.
        let plain = dir.appendingPathComponent("plain")
        var options = SweepOptions(out: plain)
        options.progress = .quiet
        _ = try SweepRunner(plan: try SweepPlan.load(write(smallGrid, "plain.yaml", in: dir)), options: options) {
            _ in
        }.run()
        let drawn = try Plotter.plot(dir: plain)
        #expect(try images(plain) == (drawn.figures.count, 0))
        let page = try String(contentsOf: drawn.report, encoding: .utf8)
        #expect(!page.contains(".png\""))
        // Drawn once with PNG too (or by a build from before the formats were a setting), a
        // folder keeps its PNGs when drawn again without --format.
        _ = try Plotter.plot(dir: plain, format: .both)
        _ = try Plotter.plot(dir: plain)
        #expect(try images(plain) == (drawn.figures.count, drawn.figures.count))
        _ = try Plotter.plot(dir: plain, format: .svg)
        #expect(try images(plain) == (drawn.figures.count, 0))
        // With figures: {formats: [svg, png]} the manifest keeps them, and plot draws both.
        let both = dir.appendingPathComponent("both")
        options = SweepOptions(out: both)
        options.progress = .quiet
        let file = write(smallGrid + "\nfigures: {formats: [svg, png]}\n", "both.yaml", in: dir)
        _ = try SweepRunner(plan: try SweepPlan.load(file), options: options) { _ in }.run()
        #expect(try SweepTables.load(both).manifest?.figureFormats == ["svg", "png"])
        let again = try Plotter.plot(dir: both)
        #expect(try images(both) == (again.figures.count, again.figures.count))
        // --format overrides the file; the images of the other format that nnsweep drew go.
        _ = try Plotter.plot(dir: both, format: .svg)
        #expect(try images(both) == (again.figures.count, 0))
    }

    /// gnuplot started before the figures are ready (`Gnuplot.start`) draws the same bytes, and
    /// a failing figure among others still names its own script.
    @Test(.enabled(if: FigureFormatTests.gnuplot != nil, "gnuplot is not installed"))
    func aStartedGnuplotDrawsTheSameAndNamesAFailingScript() throws {
        let dir = temporaryDirectory()
        let plots = dir.appendingPathComponent("plots")
        try FileManager.default.createDirectory(at: plots, withIntermediateDirectories: true)
        func job(_ name: String, _ plot: String) -> Gnuplot.Job {
            let out = plots.appendingPathComponent("\(name).svg")
            return Gnuplot.Job(
                text: "set terminal svg\nset output '\(AtomicFile.temporaryURL(for: out).path)'\n\(plot)\nset output\n",
                script: plots.appendingPathComponent("\(name).gp"), outputs: [out])
        }
        let g = Self.gnuplot!
        let jobs = [job("a", "plot x"), job("b", "plot 'plots/no_such_file.dat' using 1:2"), job("c", "plot x**2")]
        let started = g.start(2, in: dir)
        defer { started.forEach { $0.close() } }
        #expect(started.count == 2)
        let results = g.drawAll(
            jobs, costs: [1, 1, 1], processes: 2, combinedScript: plots.appendingPathComponent("figures.gp"),
            in: dir, until: Gnuplot.Deadline(seconds: 60), started: started)
        #expect(results.count == 3)
        if case .failure = results[0] { Issue.record("figure a should draw") }
        if case .failure = results[2] { Issue.record("figure c should draw") }
        guard case .failure(let e) = results[1], case GnuplotError.failed(let script, _, let message) = e else {
            Issue.record("figure b should fail: \(results[1])")
            return
        }
        #expect(script == jobs[1].script.path)
        #expect(message.contains("no_such_file.dat"))
        let a = try Data(contentsOf: plots.appendingPathComponent("a.svg"))
        // The same figure drawn by a gnuplot started for it.
        _ = try g.drawAll(
            [jobs[0]], costs: [1], processes: 1, combinedScript: plots.appendingPathComponent("figures.gp"), in: dir,
            until: Gnuplot.Deadline(seconds: 60)
        )[0].get()
        #expect(try Data(contentsOf: plots.appendingPathComponent("a.svg")) == a)
        // A started gnuplot that is never used ends when closed, leaving nothing behind.
        let unused = g.start(1, in: dir)
        unused.forEach { $0.close() }
        #expect(unused.allSatisfy { !$0.process.isRunning })
    }
}
