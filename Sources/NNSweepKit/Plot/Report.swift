import Foundation

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
    public static func write(dir: URL, figures: [PlotFigure], drawn: Set<String>, format: PlotFormat,
                             skipped: [(kind: PlotFigure.Kind, reason: String)] = [], note: String? = nil) throws -> URL {
        let tables = try SweepTables.load(dir)
        let html = render(SweepView(tables, validationOnly: SweepView.isTuneSearch(dir)), figures: figures, drawn: drawn, format: format, skipped: skipped, note: note)
        let url = dir.appendingPathComponent("report.html")
        try AtomicFile.write(Data(html.utf8), to: url)
        return url
    }

    static func esc(_ s: String) -> String {
        var o = ""
        o.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            case "'": o += "&#39;"
            default: o.append(c)
            }
        }
        return o
    }

    static let style = """
    body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; margin: 24px auto; max-width: 1500px; padding: 0 16px; color: #222; line-height: 1.4; }
    h1 { margin-bottom: 4px; }
    h2 { margin-top: 36px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
    .meta { color: #666; font-size: 90%; }
    nav a { margin-right: 14px; }
    table { border-collapse: collapse; margin: 8px 0; font-size: 90%; }
    th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: right; vertical-align: top; }
    th { background: #f4f4f4; }
    td.t, th.t { text-align: left; }
    tr.bad td { background: #fdecea; }
    td.best { font-weight: bold; background: #e8f5e9; }
    .note { background: #fff8e1; border: 1px solid #f0d78c; padding: 8px 12px; }
    figure { margin: 24px 0; }
    figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
    figcaption { max-width: 1100px; margin-top: 6px; }
    pre { background: #f7f7f7; border: 1px solid #e3e3e3; padding: 10px; overflow-x: auto; font-size: 90%; }
    .scroll { overflow-x: auto; }
    """

    static let loadCheck = """
    window.addEventListener("load", function () {
      var imgs = document.querySelectorAll("img");
      var loaded = 0;
      for (var i = 0; i < imgs.length; i++) {
        var ok = imgs[i].complete && imgs[i].naturalWidth > 0;
        imgs[i].setAttribute("data-loaded", ok ? "yes" : "no");
        if (ok) { loaded++; }
      }
      document.body.setAttribute("data-images", loaded + "/" + imgs.length);
    });
    """

    static func render(_ v: SweepView, figures: [PlotFigure], drawn: Set<String>, format: PlotFormat,
                       skipped: [(kind: PlotFigure.Kind, reason: String)], note: String?) -> String {
        let t = v.tables
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"en\">")
        h.append("<head>")
        h.append("<meta charset=\"utf-8\">")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.append("<title>\(esc(t.name)): sweep report</title>")
        h.append("<style>\n\(style)\n</style>")
        h.append("</head>")
        h.append("<body>")
        h.append("<h1>\(esc(t.name))</h1>")
        let facts = t.facts.filter { ["nnsweep_version", "file", "this_run", "git_commit", "started", "finished"].contains($0.0) }
        if !facts.isEmpty {
            h.append("<p class=\"meta\">" + facts.map { "\(esc($0.0.replacingOccurrences(of: "_", with: " "))): \(esc($0.1))" }.joined(separator: " · ") + "</p>")
        }
        h.append("<nav><a href=\"#counts\">Counts</a><a href=\"#summary\">Summary</a><a href=\"#best\">Best cells</a>"
                 + "<a href=\"#figures\">Figures</a><a href=\"#cells\">All cells</a><a href=\"#settings\">Settings</a><a href=\"#files\">Files</a></nav>")

        // Counts
        h.append("<h2 id=\"counts\">Counts</h2>")
        var statusCounts: [String: Int] = [:]
        for r in t.runs { statusCounts[r.status, default: 0] += 1 }
        let planned = t.counts.first { $0.0 == "total" }?.1 ?? (t.plannedCells.isEmpty ? t.runs.count : t.plannedCells.count)
        var countRows: [(String, String)] = [("cells in the grid", "\(planned)"), ("with results", "\(t.runs.count)")]
        for s in ["ok", "diverged", "failed"] { countRows.append((s, "\(statusCounts[s] ?? 0)")) }
        for (s, n) in statusCounts.sorted(by: { $0.key < $1.key }) where !["ok", "diverged", "failed"].contains(s) { countRows.append((s, "\(n)")) }
        if planned > t.runs.count { countRows.append(("not run yet", "\(planned - t.runs.count)")) }
        let axesText = t.axes.isEmpty ? "none (a single run)" : t.axes.map { "\($0.name) (\($0.values.count))" }.joined(separator: " × ")
        h.append("<table>")
        h.append("<tr><th class=\"t\">axes</th><td class=\"t\">\(esc(axesText))</td></tr>")
        for (k, n) in countRows { h.append("<tr><th class=\"t\">\(esc(k))</th><td>\(n)</td></tr>") }
        h.append("</table>")

        // Summary
        h.append("<h2 id=\"summary\">Summary</h2>")
        h.append(contentsOf: summaryTable(v))

        // Best cells
        h.append("<h2 id=\"best\">Best cells</h2>")
        // With a data axis beside others, settings are ranked within each data set.
        if v.design.count > 1, let d = v.design.first(where: { v.axisName($0) == "data" }) {
            for dv in v.values(d) {
                h.append("<h3>data=\(esc(dv))</h3>")
                h.append(contentsOf: bestCells(v, within: [d: dv]))
            }
        } else {
            h.append(contentsOf: bestCells(v))
        }

        // Figures
        h.append("<h2 id=\"figures\">Figures</h2>")
        if let note { h.append("<p class=\"note\">\(esc(note))</p>") }
        let shown = format == .png ? "png" : "svg"
        for (i, f) in figures.enumerated() {
            h.append("<figure id=\"fig-\(esc(f.name))\">")
            if drawn.contains(f.name) {
                h.append("<img src=\"\(esc(f.image(shown)))\" alt=\"\(esc(f.title))\" width=\"\(f.width)\" height=\"\(f.height)\">")
            } else {
                h.append("<p class=\"note\">Not drawn: \(esc(f.image(shown)))</p>")
            }
            var links = format.extensions.map { "<a href=\"\(esc(f.image($0)))\">\($0.uppercased())</a>" }
            links.append("<a href=\"\(esc(f.script))\">script</a>")
            links += f.dataFiles.map { "<a href=\"\(esc($0))\">data</a>" }
            h.append("<figcaption><b>Figure \(i + 1).</b> \(esc(f.caption)) <span class=\"meta\">[" + links.joined(separator: " · ") + "]</span></figcaption>")
            h.append("</figure>")
        }
        if figures.isEmpty { h.append("<p>No figures.</p>") }
        if !skipped.isEmpty {
            h.append("<p class=\"meta\">Not made for this sweep: " + skipped.map { "\(esc(kindName($0.kind))) (\(esc($0.reason)))" }.joined(separator: "; ") + ".</p>")
        }

        // All cells
        h.append("<h2 id=\"cells\">All cells</h2>")
        h.append(contentsOf: cellsTable(v))

        // Settings
        h.append("<h2 id=\"settings\">Settings</h2>")
        h.append("<p>The run file as it was when the sweep ran:</p>")
        h.append("<pre>\(esc(t.fileText))</pre>")

        // Files
        h.append("<h2 id=\"files\">Files</h2>")
        h.append("<ul>")
        let about = [("runs.csv", "one row per cell: settings, status, final and best metrics"),
                     ("epochs.csv", "one row per cell and epoch: learning rate, losses, accuracies"),
                     ("layers.csv", "per-layer statistics at initialization and after epoch 1"),
                     ("manifest.json", "what ran, from which file, with which build")]
        for (f, what) in about where FileManager.default.fileExists(atPath: t.directory.appendingPathComponent(f).path) {
            h.append("<li><a href=\"\(f)\">\(f)</a>: \(esc(what))</li>")
        }
        h.append("<li><a href=\"plots/\">plots/</a>: each figure's gnuplot script and data; redraw one with <code>gnuplot plots/NAME.gp</code> from this folder</li>")
        h.append("</ul>")
        h.append("<script>\n\(loadCheck)\n</script>")
        h.append("</body>")
        h.append("</html>")
        return h.joined(separator: "\n") + "\n"
    }

    static func kindName(_ k: PlotFigure.Kind) -> String {
        switch k {
        case .loss: "loss curves"
        case .heatmap: "heatmap"
        case .learningRate: "learning rate"
        case .finalMetric: "final metric per cell"
        case .layers: "per-layer statistics"
        case .sensitivity: "sensitivity to a numeric axis"
        case .timeToTarget: "time to the validation target"
        case .performanceProfile: "performance profile"
        case .rankTable: "rank table"
        }
    }

    static func cell(_ v: SweepView, _ a: SweepView.Aggregate) -> String {
        guard let m = a.mean else { return a.statusText.isEmpty ? "-" : a.statusText }
        var s = v.format(m)
        if let sd = a.ci95 { s += " ± " + v.formatSpread(sd, of: m) }
        if a.notOK > 0 { s += " (" + a.statusText + ")" }
        return s
    }

    static func better(_ v: SweepView, _ a: Double, _ b: Double) -> Bool { v.higherIsBetter ? a > b : a < b }

    /// The final metric over the first two design axes, or per value of the only one.
    static func summaryTable(_ v: SweepView) -> [String] {
        var h: [String] = []
        let d = v.design
        let which = v.higherIsBetter ? "higher is better" : "lower is better"
        guard !d.isEmpty else {
            let a = v.aggregate(v.tables.runs)
            h.append("<p>\(esc(v.metricTitle)) (\(which)): <b>\(esc(cell(v, a)))</b>"
                     + (v.seedCount > 1 ? " (mean ± half-width of the 95% interval over \(v.seedCount) seeds)" : "") + "</p>")
            return h
        }
        let avg = v.averagedPhrase(except: Array(d.prefix(2)))
        h.append("<p>\(esc(v.metricTitle)) (\(which))" + (avg.isEmpty ? "" : ", \(esc(avg))")
                 + (v.seedCount > 1 ? "; ± is the half-width of the 95% Student t interval of the mean over seeds" : "") + ". The best value is in bold.</p>")
        h.append("<div class=\"scroll\"><table>")
        if d.count == 1 {
            let a = d[0]
            let aggs = v.values(a).map { v.aggregate(v.runs([a: $0])) }
            let best = aggs.compactMap(\.mean).reduce(nil as Double?) { b, x in b.map { better(v, x, $0) ? x : $0 } ?? x }
            h.append("<tr><th class=\"t\">\(esc(v.axisName(a)))</th><th>\(esc(v.metricTitle))</th></tr>")
            for (val, agg) in zip(v.values(a), aggs) {
                let cls = agg.mean != nil && agg.mean == best ? " class=\"best\"" : ""
                h.append("<tr><th class=\"t\">\(esc(val))</th><td\(cls)>\(esc(agg.total == 0 ? "" : cell(v, agg)))</td></tr>")
            }
        } else {
            let ra = d[0], ca = d[1]
            var grid: [[SweepView.Aggregate]] = []
            for rv in v.values(ra) { grid.append(v.values(ca).map { v.aggregate(v.runs([ra: rv, ca: $0])) }) }
            let best = grid.flatMap { $0.compactMap(\.mean) }.reduce(nil as Double?) { b, x in b.map { better(v, x, $0) ? x : $0 } ?? x }
            h.append("<tr><th class=\"t\">\(esc(v.axisName(ra))) \\ \(esc(v.axisName(ca)))</th>"
                     + v.values(ca).map { "<th>\(esc($0))</th>" }.joined() + "</tr>")
            for (rv, row) in zip(v.values(ra), grid) {
                h.append("<tr><th class=\"t\">\(esc(rv))</th>" + row.map { agg in
                    let cls = agg.mean != nil && agg.mean == best ? " class=\"best\"" : ""
                    return "<td\(cls)>\(esc(agg.total == 0 ? "" : cell(v, agg)))</td>"
                }.joined() + "</tr>")
            }
        }
        h.append("</table></div>")
        return h
    }

    /// The settings (combinations of the design axes) ranked by their mean over seeds, with every
    /// setting tied with the best marked (`SettingRanking`, the rule the terminal uses too).
    /// `within`: only the settings with these axis values (left out of the labels).
    static func bestCells(_ v: SweepView, count: Int = 5, within: [Int: String] = [:]) -> [String] {
        let axes = v.design.filter { within[$0] == nil }
        // Combinations without runs (a tuned grid's final runs have one searched value per group) are left out.
        let combos = v.combinations(axes).map { $0.merging(within) { a, _ in a } }.filter { !v.runs($0).isEmpty }
        var ids: [String: [String]] = [:]
        let inputs = combos.map { c -> SettingRanking.Input in
            let runs = v.runs(c)
            let label = axes.isEmpty ? v.tables.name : axes.map { "\(v.axisName($0))=\(c[$0] ?? "")" }.joined(separator: ", ")
            ids[label] = runs.map(\.id)
            return SettingRanking.Input(label: label, runs: runs, metric: v.metric)
        }
        let ranking = SettingRanking(inputs, higherIsBetter: v.higherIsBetter)
        guard !ranking.entries.isEmpty else { return ["<p>No setting finished without diverging or failing.</p>"] }
        let shown = max(count, (ranking.entries.lastIndex { $0.tiedWithBest } ?? 0) + 1)
        var h: [String] = []
        h.append("<p>By \(esc(v.metricTitle)): " + esc(ranking.rule) + ". Rows tied with the best are in bold.</p>")
        h.append("<table><tr><th>#</th><th class=\"t\">setting</th><th>\(esc(v.metricTitle))</th><th>seeds</th><th class=\"t\">against the best</th><th class=\"t\">run ids</th></tr>")
        for (k, e) in ranking.entries.prefix(shown).enumerated() {
            let runIDs = ids[e.label] ?? []
            let cls = e.tiedWithBest ? " class=\"best\"" : ""
            h.append("<tr\(cls)><td>\(k + 1)</td><td class=\"t\">\(esc(e.label))</td><td>\(esc(SettingRanking.text(e)))</td><td>\(e.n)</td>"
                     + "<td class=\"t\">\(esc(ranking.verdict(e)))</td><td class=\"t\">"
                     + esc(runIDs.count > 3 ? runIDs.prefix(3).joined(separator: ", ") + ", … (\(runIDs.count))" : runIDs.joined(separator: ", ")) + "</td></tr>")
        }
        h.append("</table>")
        if ranking.entries.count > shown { h.append("<p>\(ranking.entries.count - shown) more settings, none tied with the best.</p>") }
        if !ranking.excluded.isEmpty { h.append("<p>Not ranked (a seed diverged or failed): \(esc(ranking.excluded.joined(separator: "; "))).</p>") }
        return h
    }

    /// Every row of runs.csv with its main columns.
    static func cellsTable(_ v: SweepView) -> [String] {
        let t = v.tables
        var cols = ["epochs_run", "final_train_loss", "final_val_loss"]
        if !cols.contains(v.metric) { cols.append(v.metric) }
        cols += ["best_val_loss", "best_epoch"]
        if t.runs.contains(where: { !$0.text("diverged_epoch").isEmpty }) { cols.append("diverged_epoch") }
        cols.append("train_seconds")
        cols = cols.filter { c in t.runColumns.contains(c) && t.runs.contains { !$0.text(c).isEmpty } }
        let showMessage = t.runs.contains { !$0.message.isEmpty }
        var h: [String] = []
        h.append("<div class=\"scroll\"><table>")
        var head = "<tr><th class=\"t\">run_id</th>" + t.axes.map { "<th class=\"t\">\(esc($0.name))</th>" }.joined()
        if v.seedAxis == nil { head += "<th>seed</th>" }
        head += "<th class=\"t\">status</th>" + cols.map { "<th>\(esc($0))</th>" }.joined()
        if showMessage { head += "<th class=\"t\">message</th>" }
        h.append(head + "</tr>")
        for r in t.runs {
            var row = "<tr\(r.isOK ? "" : " class=\"bad\"")><td class=\"t\">\(esc(r.id))</td>" + r.axisValues.map { "<td class=\"t\">\(esc($0))</td>" }.joined()
            if v.seedAxis == nil { row += "<td>\(esc(r.seed))</td>" }
            row += "<td class=\"t\">\(esc(r.status))</td>"
            for c in cols {
                let raw = r.text(c)
                var shown = raw
                if let x = SweepTables.number(raw), !["epochs_run", "best_epoch", "diverged_epoch"].contains(c) {
                    shown = !x.isFinite ? raw : c.contains("accuracy") ? String(format: "%.4f", x)
                        : c.hasSuffix("seconds") ? String(format: "%.2f", x) : SweepView.short(x)
                }
                row += "<td>\(esc(shown))</td>"
            }
            if showMessage { row += "<td class=\"t\">\(esc(r.message))</td>" }
            h.append(row + "</tr>")
        }
        h.append("</table></div>")
        return h
    }
}
