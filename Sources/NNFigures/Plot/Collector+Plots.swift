import Foundation
import NNSweepRunner

extension Collector {
    /// Draws the sweep's figures and report.html from its tables, as `nnsweep plot DIR` does;
    /// returns one line for the user. Throws `PlotError` when gnuplot is missing or a figure fails.
    /// `format` nil: the formats the sweep's run file asks for.
    public static func drawPlots(dir: URL, format: PlotFormat? = nil) throws -> String {
        let result = try Plotter.plot(dir: dir, format: format)
        return
            "\(result.figures.count) figures in \(dir.appendingPathComponent(ResultsLayout.plots).standardizedFileURL.path); report: \(result.report.standardizedFileURL.path)"
    }
}
