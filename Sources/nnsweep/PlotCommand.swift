import ArgumentParser
import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner

extension PlotFormat: ExpressibleByArgument {}

/// `--format` of run, plot and collect.
let formatHelp = ArgumentHelp(
    "Images to draw: svg, png or both (default: the run file's figures: {formats: [...]}, else svg).",
    valueName: "svg|png|both")

struct Plot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a sweep's figures with gnuplot and write its report.html.",
        discussion: """
            Reads runs.csv, epochs.csv, layers.csv and manifest.json in DIR and writes DIR/plots/NAME.gp with its data \
            and images (redraw one with 'gnuplot plots/NAME.gp' from DIR) and DIR/report.html. \
            A figure that does not draw keeps its previous image. \
            Exit status: 0 when every figure drew, 1 when gnuplot rejected a script or ran out of time or a file could not be \
            written (such as on a full disk), 2 for a folder that is not a sweep or whose tables are damaged, \
            3 when gnuplot is not installed (the scripts and the report are still written).
            """)

    @Argument(help: "The sweep's results folder.") var dir: String
    @Option(help: formatHelp) var format: PlotFormat?
    @Flag(help: "No output besides errors.") var quiet = false
    @Option(
        name: .customLong("time-limit"),
        help: ArgumentHelp("Seconds gnuplot may take for all the figures together.", valueName: "seconds"))
    var timeLimit: Double = 120

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be more than 0 seconds, got \(timeLimit)") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: dir)
        var gnuplot = Gnuplot.locate()
        gnuplot?.timeout = timeLimit
        installInterruptHandlers(message: "interrupted; figures not drawn again keep their previous images")
        do {
            let result = try Plotter.plot(dir: url, format: format, gnuplot: gnuplot)
            for w in result.warnings { stderrLine("nnsweep: gnuplot warning in \(w)") }
            if !quiet {
                print(
                    "\(result.figures.count) figures in \(url.appendingPathComponent(ResultsLayout.plots).path); report: \(result.report.path)"
                )
            }
        } catch PlotError.gnuplotMissing {
            fail(GnuplotError.installHint + " (scripts and report.html written; the CSVs are unchanged)", code: 3)
        } catch PlotError.figuresFailed(let errors) {
            for e in errors { stderrLine("nnsweep: \(e)") }
            throw ExitCode(1)
        } catch {
            fail(error)
        }
    }
}
