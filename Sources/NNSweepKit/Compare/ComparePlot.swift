import Foundation

/// The figure of `nnsweep compare --plot DIR`: for each regressed cell, the baseline and current
/// curves of val_loss (train_loss when the sweeps have no validation part) over the epochs, one
/// panel per cell. With several seeds a curve is the mean over the seeds at each epoch.
/// Writes `compare.gp` and `compare.dat` into DIR and runs gnuplot there (pngcairo) when it is
/// installed, which makes `compare.png`.
public enum ComparePlot {
    public struct Outcome: Sendable {
        /// Files written, in the order written.
        public var files: [URL] = []
        /// The PNG, when gnuplot made it.
        public var figure: URL?
        /// Lines for the user (those starting "warning:" are problems): no regressed cells, gnuplot missing or failing, panels left out.
        public var warnings: [String] = []
    }

    /// Panels in one figure at most; further regressed cells are named in a warning.
    public static let maxPanels = 12

    public static func write(report: ComparisonReport, baseline: CompareSide, current: CompareSide, to dir: URL,
                             runGnuplot: Bool = true) throws -> Outcome {
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
        let hasVal = [baseline, current].contains { side in side.curves.values.contains { $0.contains { $0.values["val_loss"] != nil } } }
        let column = Headline.lossCurve(hasValidation: hasVal)

        try AtomicFile.createDirectory(dir)
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
            report.axisNames.isEmpty ? "the sweep" : zip(report.axisNames, cell).map { "\($0)=\($1)" }.joined(separator: ", ")
        }
        func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''").replacingOccurrences(of: "\n", with: " ") + "'" }

        var data = "# nnsweep compare: \(column) by epoch; blocks (gnuplot index) alternate baseline and current per cell\n"
        var panels: [String] = []
        var block = 0
        var shown = 0, looked = 0
        for cell in regressed {
            guard shown < maxPanels else { break }
            looked += 1
            let b = meanCurve(baseline, cell.baselineRuns), c = meanCurve(current, cell.currentRuns)
            guard !b.isEmpty || !c.isEmpty else {
                outcome.warnings.append("warning: \(label(cell.cell)) has no finite \(column) on either side; left out")
                continue
            }
            var plots: [String] = []
            for (name, curve, runs, style) in [("baseline", b, cell.baselineRuns.count, "lc rgb '#1f77b4' dt 2"),
                                               ("current", c, cell.currentRuns.count, "lc rgb '#d62728'")] where !curve.isEmpty {
                data += "# \(name): \(label(cell.cell))\n"
                for (e, v) in curve { data += "\(csvNumber(e)) \(csvNumber(v))\n" }
                data += "\n\n"
                let title = runs > 1 ? "\(name) (mean of \(runs) seeds)" : name
                plots.append("'compare.dat' index \(block) using 1:2 with linespoints pt 7 ps 0.5 lw 2 \(style) title \(quoted(title))")
                block += 1
            }
            // A log scale when the curves span more than two decades (a loss that blew up).
            let ys = (b + c).map(\.1)
            let log = (ys.min() ?? 0) > 0 && (ys.max() ?? 0) / (ys.min() ?? 1) > 100
            panels.append("set title \(quoted(label(cell.cell)))\n" + (log ? "set logscale y\n" : "unset logscale y\n") +
                          "plot " + plots.joined(separator: ", \\\n     "))
            shown += 1
        }
        if regressed.count > looked {
            let left = regressed.count - looked
            outcome.warnings.append("warning: the figure draws the first \(shown) regressed cells, not the \(left) others")
        }
        guard !panels.isEmpty else { return outcome }
        let cols = min(panels.count, 3), rows = (panels.count + cols - 1) / cols
        let png = dir.appendingPathComponent("compare.png")
        func script(output: String) -> String {
            var gp = """
                # Baseline and current \(column) curves of the cells that regressed (nnsweep compare).
                # Baseline: \(report.baselineLabel)
                # Current:  \(report.currentLabel)
                # Run it in this folder: gnuplot compare.gp
                set terminal pngcairo size \(cols * 520),\(rows * 380) font ',10'
                set termoption noenhanced
                set output \(quoted(output))
                set datafile missing 'nan'
                set xlabel 'epoch'
                set ylabel \(quoted(column))
                set grid
                set key top right opaque box
                set multiplot layout \(rows),\(cols) title \(quoted("\(column): baseline (dashed) vs current"))

                """
            gp += panels.joined(separator: "\n") + "\nunset multiplot\n"
            return gp
        }
        let gpURL = dir.appendingPathComponent("compare.gp"), datURL = dir.appendingPathComponent("compare.dat")
        try AtomicFile.write(Data(data.utf8), to: datURL)
        try AtomicFile.write(Data(script(output: png.lastPathComponent).utf8), to: gpURL)
        outcome.files = [gpURL, datURL]
        guard runGnuplot else { return outcome }
        guard let gnuplot = Gnuplot.locate() else {
            outcome.warnings.append("warning: gnuplot not found: wrote \(gpURL.path) and compare.dat; run 'gnuplot compare.gp' in \(dir.path) to draw compare.png")
            return outcome
        }
        do {
            // Drawn under a temporary name, so that a failure keeps the previous compare.png.
            let temporary = script(output: AtomicFile.temporaryURL(for: png).lastPathComponent)
            try gnuplot.draw(temporary, as: gpURL, outputs: [png], in: dir, until: Gnuplot.Deadline(seconds: gnuplot.timeout))
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
}
