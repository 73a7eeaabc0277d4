import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// The figure of `nnsweep compare --plot DIR`: for each regressed cell, the baseline and current
/// curves of val_loss (train_loss when the sweeps have no validation part) over the epochs, one
/// panel per cell. With several seeds a curve is the mean over the seeds at each epoch.
/// Writes `compare.gp` and `compare.dat` into DIR and runs gnuplot there (pngcairo) when it is
/// installed, which makes `compare.png`.
public enum CompareFigures {
    public struct Outcome: Sendable {
        /// Files written, in the order written.
        public var files: [URL] = []
        /// The PNG, when gnuplot made it.
        public var figure: URL?
        /// Lines for the user (those starting "warning:" are problems): no regressed cells, gnuplot missing or failing, panels left out.
        public var warnings: [String] = []
    }

    /// The first line of compare.gp, which shows that `--plot` wrote the folder's files.
    static let marker = "# Written by nnsweep compare --plot."
    static let files = ResultsLayout.CompareOutput.plotFiles

    /// Why `dir` cannot take the figure (it is a file, or a folder holding files that `--plot`
    /// did not write, or a link), or nil when it is new, empty, or an earlier figure's folder.
    public static func problem(with dir: URL) -> String? {
        ResultsFolder.outputFolderProblem(
            dir, option: "--plot", files: files, markerFile: ResultsLayout.CompareOutput.plotScript, marker: marker)
    }

    /// Panels in one figure at most; further regressed cells are named in a warning.
    public static let maxPanels = 12

    public static func write(
        report: CompareReport, baseline: CompareSide, current: CompareSide, to dir: URL,
        runGnuplot: Bool = true
    ) throws -> Outcome {
        var outcome = Outcome()
        let regressed = report.regressedCells
        guard !regressed.isEmpty else {
            outcome.warnings.append("no regressed cells: no figure written")
            return outcome
        }
        if let p = baseline.epochsProblem ?? current.epochsProblem {
            outcome.warnings.append("warning: no figure: \(p)")
            return outcome
        }
        try AtomicFile.createDirectory(dir)
        let (figure, warnings) = model(report: report, baseline: baseline, current: current)
        outcome.warnings += warnings
        guard !figure.panels.isEmpty else { return outcome }
        let png = dir.appendingPathComponent(ResultsLayout.CompareOutput.plotImage)
        let (script, data) = GnuplotRenderer.standalone(figure, output: png.lastPathComponent)
        let gpURL = dir.appendingPathComponent(ResultsLayout.CompareOutput.plotScript)
        let datURL = dir.appendingPathComponent(ResultsLayout.CompareOutput.plotData)
        try AtomicFile.write(Data(data.text.utf8), to: datURL)
        try AtomicFile.write(Data((marker + "\n" + script).utf8), to: gpURL)
        outcome.files = [gpURL, datURL]
        guard runGnuplot else { return outcome }
        guard let gnuplot = Gnuplot.locate() else {
            outcome.warnings.append(
                "warning: gnuplot not found: wrote \(gpURL.path) and compare.dat; run 'gnuplot compare.gp' in \(dir.path) to draw compare.png"
            )
            return outcome
        }
        do {
            // Drawn under a temporary name, so that a failure keeps the previous compare.png.
            let temporary = GnuplotRenderer.standalone(
                figure, output: AtomicFile.temporaryURL(for: png).lastPathComponent
            ).script
            try gnuplot.draw(
                marker + "\n" + temporary, as: gpURL, outputs: [png], in: dir,
                until: Gnuplot.Deadline(seconds: gnuplot.timeout))
            outcome.figure = png
            outcome.files.append(png)
        } catch let e as FileWriteError {
            throw e
        } catch {
            let first = "\(error)".split(separator: "\n").prefix(2).joined(separator: ": ")
            outcome.warnings.append("warning: \(first)")
        }
        return outcome
    }

    /// The figure of the regressed cells (the first `maxPanels` with a curve), and warnings for
    /// the cells left out.
    static func model(report: CompareReport, baseline: CompareSide, current: CompareSide) -> (FigureModel, [String]) {
        let hasVal = [baseline, current].contains { side in
            side.curves.values.contains { $0.contains { $0.values["val_loss"] != nil } }
        }
        let column = Headline.lossCurve(hasValidation: hasVal)
        func meanCurve(_ side: CompareSide, _ runs: [String]) -> [(Double, Double)] {
            var sums: [Double: (Double, Int)] = [:]
            for id in runs {
                for p in side.curves[id] ?? [] {
                    guard let v = p.values[column], v.isFinite else { continue }
                    let s = sums[Double(p.epoch)] ?? (0, 0)
                    sums[Double(p.epoch)] = (s.0 + v, s.1 + 1)
                }
            }
            return sums.keys.sorted().map { ($0, sums[$0]!.0 / Double(sums[$0]!.1)) }
        }
        func label(_ cell: [String]) -> String {
            report.axisNames.isEmpty
                ? "the sweep" : zip(report.axisNames, cell).map { "\($0)=\($1)" }.joined(separator: ", ")
        }

        var f = FigureModel(
            name: "compare", kind: nil, title: "\(column): baseline (dashed) vs current",
            layout: .tiled(panelWidth: 520, panelHeight: 380))
        f.notes = [
            "Baseline and current \(column) curves of the cells that regressed (nnsweep compare).",
            "Baseline: \(report.baselineLabel)", "Current:  \(report.currentLabel)"
        ]
        f.dataNotes = [
            "nnsweep compare: \(column) by epoch; blocks (gnuplot index) alternate baseline and current per cell"
        ]
        f.x = PlotAxis(label: "epoch")
        f.y = PlotAxis(label: column)
        var warnings: [String] = []
        let regressed = report.regressedCells
        var looked = 0
        for cell in regressed {
            guard f.panels.count < maxPanels else { break }
            looked += 1
            let b = meanCurve(baseline, cell.baselineRuns)
            let c = meanCurve(current, cell.currentRuns)
            guard !b.isEmpty || !c.isEmpty else {
                warnings.append("warning: \(label(cell.cell)) has no finite \(column) on either side; left out")
                continue
            }
            // A log scale when the curves span more than two decades (a loss that blew up).
            let ys = (b + c).map(\.1)
            let log = (ys.min() ?? 0) > 0 && (ys.max() ?? 0) / (ys.min() ?? 1) > 100
            var panel = Panel(title: label(cell.cell), y: PlotAxis(log: log))
            let sides: [(String, [(Double, Double)], Int, String, Style.Dash?)] = [
                ("baseline", b, cell.baselineRuns.count, "#1f77b4", .dashed),
                ("current", c, cell.currentRuns.count, "#d62728", nil)
            ]
            for (name, curve, runs, color, dash) in sides where !curve.isEmpty {
                let style = Style(kind: .linesPoints, color: color, width: 2, dash: dash, marker: .dot, markerSize: 0.5)
                panel.series.append(
                    Series(
                        about: "\(name): \(label(cell.cell))", rows: curve.map { [$0.0, $0.1] },
                        draws: [Draw(style: style, title: runs > 1 ? "\(name) (mean of \(runs) seeds)" : name)]))
            }
            f.panels.append(panel)
        }
        if regressed.count > looked {
            let left = regressed.count - looked
            warnings.append(
                "warning: the figure draws the first \(f.panels.count) regressed cells, not the \(left) others")
        }
        return (f, warnings)
    }
}
