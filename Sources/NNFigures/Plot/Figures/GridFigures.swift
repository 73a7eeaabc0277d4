import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

extension SweepView {
    /// The functional ANOVA of the final metric over the design axes, or why there is none.
    enum Importance {
        /// Computed from the cell means (each cell's mean over seeds), design axes in `axes` order.
        case computed(FunctionalANOVA, axes: [Int])
        case notComputed(String)
    }

    /// The share of the final metric's variance explained by each design axis and each pair of
    /// them, over the means of the grid's cells (mean over seeds). Only on a full grid: every
    /// combination of the axes' values planned, run, and finished without diverging or failing
    /// for every seed.
    func importance() -> Importance {
        guard !design.isEmpty else { return .notComputed("the sweep has no axis with more than one value") }
        var means: [Double] = []
        var excluded = 0
        var missing: [String] = []
        var bad: [String] = []
        for c in combinations(design) {
            let name = design.map { "\(axisName($0))=\(c[$0] ?? "")" }.joined(separator: ", ")
            if !planned(c) {
                excluded += 1
                continue
            }
            let runs = runs(c)
            if runs.isEmpty {
                missing.append(name)
                continue
            }
            let a = aggregate(runs)
            guard a.notOK == 0, let m = a.mean, a.seedMeans.count == seedCount else {
                bad.append(name)
                continue
            }
            means.append(m)
        }
        func few(_ xs: [String]) -> String {
            xs.prefix(3).joined(separator: "; ") + (xs.count > 3 ? "; … (\(xs.count))" : "")
        }
        if excluded > 0 {
            return .notComputed("the grid is not full: the run file excludes \(excluded) combination(s) of the axes")
        }
        if !missing.isEmpty { return .notComputed("the grid is not full: not run yet: \(few(missing))") }
        if !bad.isEmpty { return .notComputed("the grid is not full: diverged, failed or missing a seed: \(few(bad))") }
        do {
            return .computed(try FunctionalANOVA(sizes: design.map { values($0).count }, values: means), axes: design)
        } catch {
            return .notComputed("the cell means could not be decomposed (\(error))")
        }
    }
}

/// Figures of the whole grid drawn straight as gnuplot scripts (styles the `FigureModel` model does
/// not have): parallel coordinates of every cell, and the axis-importance bars.
enum GridFigures {
    static func all(_ v: SweepView, skipped: inout [(SweepFigure.Kind, String)]) -> [GnuplotRenderer.Built] {
        var out: [GnuplotRenderer.Built] = []
        if let p = parallel(v) {
            out.append(p)
        } else {
            skipped.append(
                (.parallel, "fewer than two cells with a finite \(v.metricTitle), or no axis with more than one value"))
        }
        switch v.importance() {
        case .computed(let anova, let axes): out.append(importance(v, anova, axes: axes))
        case .notComputed(let why): skipped.append((.importance, why))
        }
        return out
    }

    /// Colours from low to high (viridis stops).
    static let palette = "set palette defined (0 '#440154', 0.25 '#3B528B', 0.5 '#21908C', 0.75 '#5DC863', 1 '#FDE725')"

    static func built(_ s: GnuplotScript, kind: SweepFigure.Kind, caption: String) -> GnuplotRenderer.Built {
        GnuplotRenderer.Built(
            figure: SweepFigure(
                name: s.name, kind: kind, title: s.title.replacingOccurrences(of: "\n", with: "; "),
                caption: caption, width: s.width, height: s.height, script: ResultsLayout.inPlots("\(s.name).gp"),
                dataFiles: s.data.map { ResultsLayout.inPlots($0.fileName) }),
            script: s)
    }

    /// One line per run that finished, across the design axes (each value at its position in the
    /// grid, named) and the final metric, coloured by the final metric.
    static func parallel(_ v: SweepView) -> GnuplotRenderer.Built? {
        let axes = v.design
        let runs = v.tables.runs.filter { $0.isOK && ($0.number(v.metric)?.isFinite ?? false) }
        guard !axes.isEmpty, runs.count >= 2 else { return nil }
        let metrics = runs.compactMap { $0.number(v.metric) }
        var (lo, hi) = (metrics.min()!, metrics.max()!)
        if hi == lo { hi = lo + 1 }
        let n = axes.count + 1
        let data = GnuplotData(
            fileName: "parallel.dat",
            about: [
                "One row per run that finished: the position of its value on each axis ("
                    + axes.map(v.axisName).joined(separator: ", ") + ", from 0 in grid order), then \(v.metric)"
            ])
        data.add(
            "runs: " + axes.map(v.axisName).joined(separator: " ") + " " + v.metric,
            runs.map { r in
                axes.map { a in v.values(a).firstIndex(of: r.axisValues[a]).map(Double.init) } + [r.number(v.metric)]
            })
        let which = v.higherIsBetter ? "higher is better" : "lower is better"
        let title = "Every run across the axes, coloured by \(v.metricTitle) (\(which))"
        var s = GnuplotScript(name: "parallel", title: title, width: max(700, 190 * n + 260), height: 460)
        s.about = ["One line per run that finished; runs that diverged or failed are left out."]
        s.data = [data]
        var body = [
            "set title \(GnuplotText.str(title)) font \",12\"", "set border 0", "unset ytics", "unset key",
            "set lmargin 12", "set rmargin 22", "set bmargin 3", "set tmargin 3",
            "set xrange [0.8:\(GnuplotText.num(Double(n) + 0.2))]",
            "set xtics ("
                + (axes.map(v.axisName) + [v.metricTitle]).enumerated().map {
                    "\(GnuplotText.tic($0.element)) \($0.offset + 1)"
                }
                .joined(separator: ", ") + ") scale 0",
            palette, "set cbrange [\(GnuplotText.num(lo)):\(GnuplotText.num(hi))]",
            "set cblabel \(GnuplotText.str(v.metricTitle))", "set colorbox"
        ]
        for (k, a) in axes.enumerated() {
            let vals = v.values(a)
            body.append("set paxis \(k + 1) range [-0.3:\(GnuplotText.num(Double(vals.count) - 0.7))]")
            body.append(
                "set paxis \(k + 1) tics ("
                    + vals.enumerated().map { "\(GnuplotText.tic($0.element)) \($0.offset)" }.joined(separator: ", ")
                    + ") left offset 4,0 nomirror")
        }
        body.append("set paxis \(n) range [\(GnuplotText.num(lo)):\(GnuplotText.num(hi))]")
        body.append("set paxis \(n) tics left offset 4,0 nomirror")
        body.append(
            "plot for [c=1:\(n)] \(GnuplotText.str(ResultsLayout.inPlots("parallel.dat"))) index 0 using c:\(n) with parallelaxes lw 1.2 lc palette"
        )
        s.body = body
        let caption =
            "Parallel coordinates: one line per run that finished (\(runs.count) of \(v.tables.runs.count)), crossing each axis "
            + "at its value and ending at its \(v.metricTitle); the colour is \(v.metricTitle) too (\(which)). "
            + "Runs that share their axis values (seeds) overlap."
        return built(s, kind: .parallel, caption: caption)
    }

    /// One bar per axis and per pair of axes, and one for what is left: the share of the variance
    /// of the cell means.
    static func importance(_ v: SweepView, _ anova: FunctionalANOVA, axes: [Int]) -> GnuplotRenderer.Built {
        let terms = importanceRows(v, anova, axes: axes)
        let data = GnuplotData(
            fileName: "importance.dat",
            about: [
                "Share of the variance of the cell means of \(v.metric) (mean over seeds) explained by each axis and pair of axes"
            ])
        data.add("position share", terms.enumerated().map { [Double($0.offset), $0.element.share] })
        let title =
            "Variance of \(v.metricTitle) explained per axis and pair\n"
            + "functional ANOVA over the \(anova.mainEffects.isEmpty ? 0 : v.combinations(axes).count) cell means"
            + (v.seedCount > 1 ? " (mean over \(v.seedCount) seeds)" : "")
        var s = GnuplotScript(name: "importance", title: title, width: max(640, 90 * terms.count + 260), height: 460)
        s.data = [data]
        let ticks = terms.enumerated().map { "\(GnuplotText.tic($0.element.name)) \($0.offset)" }.joined(
            separator: ", ")
        let plot =
            "plot \(GnuplotText.str(ResultsLayout.inPlots("importance.dat"))) index 0 using 1:2 with boxes lc rgb \"#0072B2\" notitle"
        s.body = [
            "set title \(GnuplotText.str(title)) font \",12\"", "unset key", "set border 3 lw 1 lc rgb \"#404040\"",
            "set grid ytics lw 1 lc rgb \"#dddddd\"", "set tics nomirror out scale 0.6",
            "set lmargin 10", "set rmargin 14", "set tmargin 4", "set bmargin 10",
            "set style fill solid 0.85 noborder", "set boxwidth 0.7",
            "set xrange [-0.6:\(GnuplotText.num(Double(terms.count) - 0.4))]", "set yrange [0:1]",
            "set xtics (\(ticks)) rotate by -35 left", "set ytics 0.2", "set ylabel \"share of the variance\"",
            "if (hover) {",
            "    " + plot
                + ", \(GnuplotText.str(ResultsLayout.inPlots("importance.dat"))) index 0 using 1:2:(sprintf(\"%.1f%%\", 100 * $2)) with labels hypertext point pt 5 ps 2 lc rgb \"#FF000000\" notitle",
            "} else {", "    " + plot, "}"
        ]
        let caption =
            "Axis importance: the share of the variance of the cell means of \(v.metricTitle)"
            + (v.seedCount > 1 ? " (each the mean over \(v.seedCount) seeds)" : "")
            + " explained by each axis alone and by each pair of axes beyond their own effects (a functional ANOVA, exact on a full grid); "
            + "the last bar is what interactions of three or more axes explain."
        return built(s, kind: .importance, caption: caption)
    }

    /// The terms in the order of the figure and the table: axes, then pairs, then the rest.
    static func importanceRows(_ v: SweepView, _ anova: FunctionalANOVA, axes: [Int]) -> [(name: String, share: Double)]
    {
        var rows = anova.mainEffects.map { (name: v.axisName(axes[$0.axes[0]]), share: $0.share) }
        rows += anova.interactions.map {
            (name: v.axisName(axes[$0.axes[0]]) + " × " + v.axisName(axes[$0.axes[1]]), share: $0.share)
        }
        if axes.count > 2 { rows.append((name: "3 or more axes", share: anova.higherOrderShare)) }
        return rows
    }
}
