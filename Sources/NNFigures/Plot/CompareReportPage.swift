import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// `nnsweep compare --report DIR`: the comparison as a page of its own, `DIR/report.html`, with
/// its figures beside it: the change of every cell for each metric against its tolerance
/// (`deltas.png`) and, when cells regressed, their baseline and current curves (`compare.png`).
/// The table sorts and filters as a sweep's report does, and the page opens from disk.
public enum CompareReportPage {
    /// The line that marks a folder's report.html as this page, so that a later run may replace it.
    static let marker = "<meta name=\"generator\" content=\"nnsweep compare --report\">"

    /// Why `dir` cannot take the page (it is a file, or a folder holding files this page did not
    /// write), or nil when it is new, empty, or an earlier page's folder.
    public static func problem(with dir: URL) -> String? {
        ResultsFolder.outputFolderProblem(
            dir, option: "--report", files: files, markerFile: Output.report, marker: marker)
    }

    /// The names of the page's folder.
    typealias Output = ResultsLayout.CompareOutput
    /// What the page's folder holds.
    static let files = Output.reportFiles

    public struct Outcome: Sendable {
        public var page: URL
        /// Lines for the user (those starting "warning:" are problems).
        public var warnings: [String] = []
    }

    /// Writes the page and its figures into `dir` (check `problem(with:)` first).
    public static func write(report: CompareReport, baseline: CompareSide, current: CompareSide, to dir: URL) throws
        -> Outcome
    {
        try AtomicFile.createDirectory(dir)
        var warnings: [String] = []
        var figures: [(file: String, caption: String)] = []
        let gnuplot = Gnuplot.locate()
        if gnuplot == nil {
            warnings.append("warning: gnuplot not found: the page has no figures (apt-get install gnuplot-nox)")
        }

        let deltas = deltaFigure(report)
        let png = dir.appendingPathComponent(Output.deltasImage)
        let (script, data) = GnuplotRenderer.standalone(deltas, output: png.lastPathComponent)
        try AtomicFile.write(Data(data.text.utf8), to: dir.appendingPathComponent(Output.deltasData))
        try AtomicFile.write(Data(script.utf8), to: dir.appendingPathComponent(Output.deltasScript))
        if let gnuplot {
            do {
                let temporary = GnuplotRenderer.standalone(
                    deltas, output: AtomicFile.temporaryURL(for: png).lastPathComponent
                ).script
                try gnuplot.draw(
                    temporary, as: dir.appendingPathComponent(Output.deltasScript), outputs: [png], in: dir,
                    until: Gnuplot.Deadline(seconds: gnuplot.timeout))
                figures.append(
                    (
                        Output.deltasImage,
                        "Current minus baseline mean of each cell, per metric, cells numbered in the order of the table; "
                            + "the grey bar around zero is the tolerance of the cell (atol + rtol·|baseline mean|). "
                            + "Red: worse, green: better, blue: ok or not tested."
                    ))
            } catch let e as FileWriteError {
                throw e
            } catch {
                warnings.append("warning: " + "\(error)".split(separator: "\n").prefix(2).joined(separator: ": "))
            }
        }
        if gnuplot != nil, !report.regressedCells.isEmpty {
            let outcome = try CompareFigures.write(report: report, baseline: baseline, current: current, to: dir)
            warnings += outcome.warnings
            if outcome.figure != nil {
                figures.append(
                    (
                        Output.plotImage,
                        "Baseline (dashed) and current curves of the cells that regressed, one panel per cell."
                    ))
            }
        }
        let page = dir.appendingPathComponent(Output.report)
        try AtomicFile.write(Data(html(report, figures: figures).utf8), to: page)
        return Outcome(page: page, warnings: warnings)
    }

    /// One panel per metric: each cell's change, against its tolerance.
    static func deltaFigure(_ report: CompareReport) -> FigureModel {
        var f = FigureModel(
            name: "deltas", kind: nil, title: "Current minus baseline, per cell",
            layout: .tiled(panelWidth: 520, panelHeight: 360))
        f.notes = [
            "nnsweep compare: the change of each cell's mean, per metric.", "Baseline: \(report.baselineLabel)",
            "Current:  \(report.currentLabel)"
        ]
        f.dataNotes = ["nnsweep compare: per metric, blocks of rows: cell_position delta zero tolerance"]
        f.x = PlotAxis(label: "cell (in the order of the table)")
        var cells = 0
        for m in report.metrics {
            var panel = Panel(
                title: "\(m.name) (\(m.direction.rawValue) is better)",
                y: PlotAxis(label: "current - baseline", zeroLine: true))
            var groups: [CompareReport.Verdict: [[Double?]]] = [:]
            var tolerance: [[Double?]] = []
            var k = 0
            for r in report.rows where r.kind == .metric && r.metric == m.name {
                k += 1
                guard let d = r.delta, d.isFinite else { continue }
                groups[r.verdict, default: []].append([Double(k), d])
                tolerance.append([Double(k), 0, r.tolerance ?? 0])
            }
            if !tolerance.isEmpty {
                panel.series.append(
                    Series(
                        about: "\(m.name) tolerance: cell zero tolerance", rows: tolerance,
                        draws: [
                            Draw(
                                x: 0, y: 1, extra: 2,
                                style: Style(kind: .errorBars, color: "#bbbbbb", width: 3, marker: Style.Marker.none))
                        ]))
            }
            for (verdict, color, name) in [
                (CompareReport.Verdict.worse, "#d62728", "worse"), (.better, "#2ca02c", "better"),
                (.ok, "#1f77b4", "ok"), (.na, "#1f77b4", "not tested")
            ] {
                guard let rows = groups[verdict] else { continue }
                panel.series.append(
                    Series(
                        about: "\(m.name) \(name): cell delta", rows: rows,
                        draws: [Draw(style: .points(color, .dot, size: 1.0), title: name)]))
            }
            if panel.series.isEmpty { panel.note = "no cell with a value on both sides" }
            cells = max(cells, k)
            f.panels.append(panel)
        }
        f.x.range = (0.5, Double(max(cells, 1)) + 0.5)
        return f
    }

    static func html(_ report: CompareReport, figures: [(file: String, caption: String)]) -> String {
        let esc = HTML.esc
        var h = HTML.head(
            title: "nnsweep compare: \(report.currentLabel) against \(report.baselineLabel)", headExtra: [marker])
        h.append("<h1>Comparison</h1>")
        h.append("<p class=\"meta\">baseline: \(esc(report.baselineLabel)) · current: \(esc(report.currentLabel))</p>")
        h.append("<ul>" + report.summaryLines.map { "<li>\(esc($0))</li>" }.joined() + "</ul>")
        h.append("<h2 id=\"figures\">Figures</h2>")
        if figures.isEmpty {
            h.append("<p class=\"note\">No figures (gnuplot is not installed or did not draw them).</p>")
        }
        for (i, f) in figures.enumerated() {
            h.append("<figure><img src=\"\(esc(f.file))\" alt=\"\(esc(f.caption))\">")
            let stem = (f.file as NSString).deletingPathExtension
            h.append(
                "<figcaption><b>Figure \(i + 1).</b> \(esc(f.caption)) <span class=\"meta\">[<a href=\"\(esc(stem)).gp\">script</a> · "
                    + "<a href=\"\(esc(stem)).dat\">data</a>]</span></figcaption></figure>")
        }
        h.append("<h2 id=\"cells\">Cells</h2>")
        h.append(HTML.filterBox("cells-table"))
        var header = report.header()
        let rows = report.rows.map(report.displayCells)
        let hasNote = report.rows.contains { !$0.note.isEmpty }
        if !hasNote { header.removeLast() }
        let numeric = Set(["baseline", "current", "delta", "p"])
        h.append(
            "<div class=\"scroll\"><table class=\"sortable\" id=\"cells-table\"><tr>"
                + header.map { "<th\(numeric.contains($0) ? "" : " class=\"t\"")>\(esc($0))</th>" }.joined() + "</tr>")
        for (r, cells) in zip(report.rows, rows) {
            let shown = hasNote ? cells : Array(cells.dropLast())
            h.append(
                "<tr\(r.verdict == .worse ? " class=\"bad\"" : "")>"
                    + zip(header, shown).map { col, text in
                        "<td\(numeric.contains(col) ? "" : " class=\"t\"")>\(esc(text))</td>"
                    }.joined() + "</tr>")
        }
        h.append("</table></div>")
        h += HTML.end
        return HTML.page(h)
    }
}
