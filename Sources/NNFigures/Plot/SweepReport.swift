import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// `report.html`: one static page per sweep that opens from disk without a server. It shows the
/// sweep's name and counts, a summary table of the final metric, the best cells, every figure
/// with a caption, every cell, the run file and links to the CSVs.
///
/// The page is a function of the sweep's files only (no dates of its own, fixed number formats),
/// so the same results give the same page. A small script at the end marks each image
/// `data-loaded="yes"` or `"no"` once the page has loaded and sets `data-images="LOADED/TOTAL"`
/// on the body, which `scripts/check_report.sh` reads back from a headless browser.
public enum SweepReport {
    /// Writes `DIR/report.html` for the figures in `plots/` and returns its URL.
    ///
    /// - Parameters:
    ///   - figures: the figures to show, in order.
    ///   - drawn: names of the figures whose images exist; the others are listed as not drawn.
    ///   - format: which images the figures have; SVG is shown when there is one.
    ///   - skipped: figures the sweep cannot have, with the reason.
    ///   - note: a remark shown above the figures (such as gnuplot being missing).
    @discardableResult
    public static func write(
        dir: URL, figures: [SweepFigure], drawn: Set<String>, format: PlotFormat,
        skipped: [(kind: SweepFigure.Kind, reason: String)] = [], note: String? = nil
    ) throws -> URL {
        let tables = try SweepTables.load(dir)
        return try write(
            SweepView(tables, validationOnly: ResultsLayout.isSearch(dir)), dir: dir, figures: figures, drawn: drawn,
            format: format, skipped: skipped, note: note)
    }

    /// Writes `DIR/report.html` from the sweep's view (its tables as read already).
    static func write(
        _ v: SweepView, dir: URL, figures: [SweepFigure], drawn: Set<String>, format: PlotFormat,
        skipped: [(kind: SweepFigure.Kind, reason: String)], note: String?
    ) throws -> URL {
        try write(render(v, figures: figures, drawn: drawn, format: format, skipped: skipped, note: note), dir: dir)
    }

    /// Writes a page made by `render` as `DIR/report.html`.
    static func write(_ html: String, dir: URL) throws -> URL {
        let url = dir.appendingPathComponent(ResultsLayout.report)
        try AtomicFile.write(Data(html.utf8), to: url)
        return url
    }

    /// How often the report of a running sweep reloads itself.
    public static let liveRefreshSeconds = 10

    /// A figure: the interactive SVG (gnuplot's own script: values under the mouse, a click on a
    /// key entry hides its curve) when there is one, else the PNG.
    static func figureImage(_ f: SweepFigure, format: PlotFormat) -> String {
        if format == .png {
            return
                "<img src=\"\(HTML.esc(f.image("png")))\" alt=\"\(HTML.esc(f.title))\" width=\"\(f.width)\" height=\"\(f.height)\">"
        }
        return
            "<object type=\"image/svg+xml\" data=\"\(HTML.esc(f.image("svg")))\" width=\"\(f.width)\" height=\"\(f.height)\" "
            + "aria-label=\"\(HTML.esc(f.title))\">\(HTML.esc(f.title))</object>"
    }

    static func render(
        _ v: SweepView, figures: [SweepFigure], drawn: Set<String>, format: PlotFormat,
        skipped: [(kind: SweepFigure.Kind, reason: String)], note: String?
    ) -> String {
        let t = v.tables
        var note = note
        if t.running {
            let running = t.runs.filter { $0.status == "running" }.count
            note =
                "This sweep is running: \(t.runs.count - running) cells finished, \(running) in progress (status running, "
                + "drawn up to their last finished epoch); the page reloads every \(liveRefreshSeconds) seconds."
                + (note.map { " " + $0 } ?? "")
        }
        // While the sweep runs the page reloads itself (not in the `?selftest` check, which reads
        // it once); the report written at its end does not.
        let reload =
            "<script id=\"live-reload\">if (!location.search.includes(\"selftest\")) setTimeout(function () { location.reload(); }, \(liveRefreshSeconds * 1000));</script>"
        var h = HTML.head(title: "\(t.name): sweep report", headExtra: t.running ? [reload] : [])
        h.append("<h1>\(HTML.esc(t.name))</h1>")
        // Not the times, host and commit of this run (manifest.json's `this_run`): the same
        // results give the same page.
        let facts = t.facts.filter { ["nnsweep_version", "file"].contains($0.0) }
        if !facts.isEmpty {
            let shown = facts.map { "\(HTML.esc($0.0.replacingOccurrences(of: "_", with: " "))): \(HTML.esc($0.1))" }
            h.append("<p class=\"meta\">" + shown.joined(separator: " · ") + "</p>")
        }
        h.append(
            "<nav><a href=\"#counts\">Counts</a><a href=\"#summary\">Summary</a><a href=\"#importance\">Axis importance</a><a href=\"#best\">Best cells</a>"
                + "<a href=\"#figures\">Figures</a><a href=\"#cells\">All cells</a><a href=\"#settings\">Settings</a><a href=\"#files\">Files</a></nav>"
        )

        h.append("<h2 id=\"counts\">Counts</h2>")
        h.append(contentsOf: countsTable(t))

        h.append("<h2 id=\"summary\">Summary</h2>")
        h.append(contentsOf: summaryTable(v))

        h.append("<h2 id=\"importance\">Axis importance</h2>")
        h.append(contentsOf: importanceTable(v))

        h.append("<h2 id=\"best\">Best cells</h2>")
        // With a data axis beside others, settings are ranked within each data set.
        if v.design.count > 1, let d = v.design.first(where: { v.axisName($0) == "data" }) {
            for dv in v.values(d) {
                h.append("<h3>data=\(HTML.esc(dv))</h3>")
                h.append(contentsOf: bestCells(v, within: [d: dv]))
            }
            h.append(contentsOf: acrossDataSets(v))
        } else {
            h.append(contentsOf: bestCells(v))
        }
        if let split = heldOutNote(v) { h.append("<p>" + HTML.esc(split) + ".</p>") }

        h.append("<h2 id=\"figures\">Figures</h2>")
        h.append(contentsOf: figuresSection(figures, drawn: drawn, format: format, skipped: skipped, note: note))

        h.append("<h2 id=\"cells\">All cells</h2>")
        h.append(contentsOf: cellsTable(v))

        h.append("<h2 id=\"settings\">Settings</h2>")
        h.append("<p>The run file as it was when the sweep ran:</p>")
        h.append("<pre>\(HTML.esc(t.fileText))</pre>")

        h.append("<h2 id=\"files\">Files</h2>")
        h.append(contentsOf: filesSection(t))
        h += HTML.end
        return HTML.page(h)
    }

    /// The figures with their captions and links, the note above them, and the figures this
    /// sweep cannot have.
    static func figuresSection(
        _ figures: [SweepFigure], drawn: Set<String>, format: PlotFormat,
        skipped: [(kind: SweepFigure.Kind, reason: String)], note: String?
    ) -> [String] {
        var h: [String] = []
        if let note { h.append("<p class=\"note\">\(HTML.esc(note))</p>") }
        let shown = format == .png ? "png" : "svg"
        for (i, f) in figures.enumerated() {
            h.append("<figure id=\"fig-\(HTML.esc(f.name))\">")
            if drawn.contains(f.name) {
                h.append(figureImage(f, format: format))
            } else {
                h.append("<p class=\"note\">Not drawn: \(HTML.esc(f.image(shown)))</p>")
            }
            var links = format.extensions.map { "<a href=\"\(HTML.esc(f.image($0)))\">\($0.uppercased())</a>" }
            links.append("<a href=\"\(HTML.esc(f.script))\">script</a>")
            links += f.dataFiles.map { "<a href=\"\(HTML.esc($0))\">data</a>" }
            h.append(
                "<figcaption><b>Figure \(i + 1).</b> \(HTML.esc(f.caption)) <span class=\"meta\">["
                    + links.joined(separator: " · ") + "]</span></figcaption>")
            h.append("</figure>")
        }
        if figures.isEmpty { h.append("<p>No figures.</p>") }
        if !skipped.isEmpty {
            h.append(
                "<p class=\"meta\">Not made for this sweep: "
                    + skipped.map { "\(HTML.esc(kindName($0.kind))) (\(HTML.esc($0.reason)))" }.joined(separator: "; ")
                    + ".</p>")
        }
        return h
    }

    /// The links to the tables, the manifest and the figure folder.
    static func filesSection(_ t: SweepTables) -> [String] {
        var h: [String] = []
        h.append("<ul>")
        let about = [
            (ResultsLayout.runs, "one row per cell: settings, status, final and best metrics"),
            (ResultsLayout.epochs, "one row per cell and epoch: learning rate, losses, accuracies"),
            (ResultsLayout.layers, "per-layer statistics at initialization and after epoch 1"),
            (ResultsLayout.manifest, "what ran, from which file, with which build")
        ]
        for (f, what) in about where FileManager.default.fileExists(atPath: t.directory.appendingPathComponent(f).path)
        {
            h.append("<li><a href=\"\(f)\">\(f)</a>: \(HTML.esc(what))</li>")
        }
        let plots = ResultsLayout.plots
        h.append(
            "<li><a href=\"\(plots)/\">\(plots)/</a>: each figure's gnuplot script and data; redraw one with <code>gnuplot \(plots)/NAME.gp</code> from this folder</li>"
        )
        h.append("</ul>")
        return h
    }

    static func kindName(_ k: SweepFigure.Kind) -> String {
        switch k {
        case .loss: "loss curves"
        case .heatmap: "heatmap"
        case .learningRate: "learning rate"
        case .finalMetric: "final metric per cell"
        case .layers: "per-layer statistics"
        case .sensitivity: "sensitivity to a numeric axis"
        case .accuracy: "accuracy curves"
        case .modes: "training and evaluation mode"
        case .parallel: "parallel coordinates"
        case .importance: "axis importance"
        case .timeToTarget: "time to the validation target"
        case .performanceProfile: "performance profile"
        case .rankTable: "rank table"
        case .improvement: "probability of improvement"
        }
    }
}
