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
    public static func write(
        dir: URL, figures: [PlotFigure], drawn: Set<String>, format: PlotFormat,
        skipped: [(kind: PlotFigure.Kind, reason: String)] = [], note: String? = nil
    ) throws -> URL {
        let tables = try SweepTables.load(dir)
        var note = note
        if tables.running {
            let running = tables.runs.filter { $0.status == "running" }.count
            note =
                "This sweep is running: \(tables.runs.count - running) cells finished, \(running) in progress (status running, "
                + "drawn up to their last finished epoch); the page reloads every \(liveRefreshSeconds) seconds."
                + (note.map { " " + $0 } ?? "")
        }
        let html = render(
            SweepView(tables, validationOnly: ResultsLayout.isSearch(dir)), figures: figures, drawn: drawn,
            format: format, skipped: skipped, note: note)
        let url = dir.appendingPathComponent(ResultsLayout.report)
        try AtomicFile.write(Data(html.utf8), to: url)
        return url
    }

    /// How often the report of a running sweep reloads itself.
    public static let liveRefreshSeconds = 10

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
        figure img, figure object { max-width: 100%; height: auto; border: 1px solid #eee; }
        table.sortable th { cursor: pointer; }
        th[data-sort="asc"]::after { content: " \\25B2"; }
        th[data-sort="desc"]::after { content: " \\25BC"; }
        figcaption { max-width: 1100px; margin-top: 6px; }
        pre { background: #f7f7f7; border: 1px solid #e3e3e3; padding: 10px; overflow-x: auto; font-size: 90%; }
        .scroll { overflow-x: auto; }
        """

    /// Marks each figure `data-loaded="yes"` or `"no"` once the page has loaded and sets
    /// `data-images="LOADED/TOTAL"` on the body; for the interactive SVGs (`<object>`), also
    /// whether gnuplot's script runs in them (`data-scripts="RUNNING/TOTAL"`; a browser that
    /// keeps pages opened from disk apart shows them without telling). Script errors on the page
    /// are counted in `data-errors`. With `?selftest` in the address it clicks a table header
    /// and types in a filter box, and writes "ok" or what failed in `data-selftest`.
    static let loadCheck = """
        (function () {
          var errors = 0;
          window.addEventListener("error", function () { errors++; document.body.setAttribute("data-errors", String(errors)); });
          function svgOf(o) { try { return o.contentDocument; } catch (e) { return null; } }
          function selftest() {
            var table = document.getElementById("cells-table") || document.querySelector("table.sortable");
            if (!table || table.rows.length < 2) { return "no sortable table"; }
            // The numeric column with the most distinct values.
            var heads = table.rows[0].cells, col = 0, most = 0;
            for (var c = 0; c < heads.length; c++) {
              var seen = {}, distinct = 0, numeric = true;
              for (var r = 1; r < table.rows.length; r++) {
                var t = table.rows[r].cells[c].textContent.trim();
                if (isNaN(parseFloat(t))) { numeric = false; break; }
                if (!seen[t]) { seen[t] = true; distinct++; }
              }
              if (numeric && distinct > most) { col = c; most = distinct; }
            }
            function column() {
              var out = [];
              for (var r = 1; r < table.rows.length; r++) { out.push(table.rows[r].cells[col].textContent.trim()); }
              return out;
            }
            function ordered(xs, sign) {
              for (var i = 1; i < xs.length; i++) {
                var a = parseFloat(xs[i - 1]), b = parseFloat(xs[i]);
                var d = !isNaN(a) && !isNaN(b) ? b - a : xs[i].localeCompare(xs[i - 1]);
                if (sign * d < 0) { return false; }
              }
              return true;
            }
            heads[col].click();
            if (!ordered(column(), 1)) { return "a click on '" + heads[col].textContent + "' did not sort ascending"; }
            heads[col].click();
            if (!ordered(column(), -1)) { return "a second click on '" + heads[col].textContent + "' did not sort descending"; }
            var box = document.querySelector("input.filter[data-table='" + table.id + "']");
            if (box) {
              var word = table.rows[1].cells[0].textContent.trim();
              box.value = word;
              box.dispatchEvent(new Event("input"));
              var shown = 0;
              for (var r = 1; r < table.rows.length; r++) { if (table.rows[r].style.display !== "none") { shown++; } }
              box.value = "";
              box.dispatchEvent(new Event("input"));
              if (shown < 1) { return "filtering by '" + word + "' hid every row"; }
            }
            return "ok";
          }
          window.addEventListener("load", function () {
            var figs = document.querySelectorAll("figure > img, figure > object");
            var loaded = 0, objects = 0, running = 0;
            for (var i = 0; i < figs.length; i++) {
              var f = figs[i], ok;
              if (f.tagName.toLowerCase() === "img") {
                ok = f.complete && f.naturalWidth > 0;
              } else {
                objects++;
                var d = svgOf(f);
                ok = !!(d && d.documentElement && d.documentElement.localName === "svg");
                var w = null;
                try { w = f.contentWindow; } catch (e) { w = null; }
                var live = ok && !!w && typeof w.gnuplot_svg === "function";
                f.setAttribute("data-script", live ? "yes" : "no");
                if (live) { running++; }
              }
              f.setAttribute("data-loaded", ok ? "yes" : "no");
              if (ok) { loaded++; }
            }
            document.body.setAttribute("data-images", loaded + "/" + figs.length);
            document.body.setAttribute("data-scripts", running + "/" + objects);
            document.body.setAttribute("data-errors", String(errors));
            if (location.search.indexOf("selftest") >= 0) {
              var result;
              try { result = selftest(); } catch (e) { result = "error: " + e; }
              document.body.setAttribute("data-selftest", result);
            }
          });
        })();
        """

    /// Sorting and filtering for tables of class `sortable` (`filterBox` adds the text box).
    static let tableScript = """
        (function () {
          // Sortable and filterable tables: a click on a header sorts the rows by that column (numbers
          // as numbers, empty and "-" last; a second click reverses), and the box above a table shows
          // only the rows that contain its text.
          function key(td) {
            var t = td ? td.textContent.trim() : "";
            var x = parseFloat(t);
            return { num: isNaN(x) ? null : x, text: t.toLowerCase() };
          }
          function compare(a, b) {
            if (a.num !== null && b.num !== null) { return a.num - b.num; }
            if (a.num !== null) { return -1; }
            if (b.num !== null) { return 1; }
            return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
          }
          function sortBy(table, col) {
            var th = table.rows[0].cells[col];
            var dir = th.getAttribute("data-sort") === "asc" ? "desc" : "asc";
            var heads = table.rows[0].cells;
            for (var i = 0; i < heads.length; i++) { heads[i].removeAttribute("data-sort"); }
            th.setAttribute("data-sort", dir);
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows).filter(function (r) { return r.parentNode === body && r !== table.rows[0]; });
            var keyed = rows.map(function (r, i) { return { row: r, key: key(r.cells[col]), i: i }; });
            keyed.sort(function (a, b) { return (dir === "asc" ? compare(a.key, b.key) : compare(b.key, a.key)) || a.i - b.i; });
            keyed.forEach(function (k) { body.appendChild(k.row); });
          }
          function filter(table, text) {
            var q = text.trim().toLowerCase();
            for (var i = 1; i < table.rows.length; i++) {
              var r = table.rows[i];
              r.style.display = q === "" || r.textContent.toLowerCase().indexOf(q) >= 0 ? "" : "none";
            }
          }
          document.querySelectorAll("table.sortable").forEach(function (table) {
            var heads = table.rows[0].cells;
            for (var c = 0; c < heads.length; c++) {
              (function (col) {
                heads[col].title = "click to sort";
                heads[col].addEventListener("click", function () { sortBy(table, col); });
              })(c);
            }
            var box = document.querySelector("input.filter[data-table='" + table.id + "']");
            if (box) { box.addEventListener("input", function () { filter(table, box.value); }); }
          });
          window.nnsweepTables = { sortBy: sortBy, filter: filter };
        })();
        """

    /// A figure: the interactive SVG (gnuplot's own script: values under the mouse, a click on a
    /// key entry hides its curve) when there is one, else the PNG.
    static func figureImage(_ f: PlotFigure, format: PlotFormat) -> String {
        if format == .png {
            return
                "<img src=\"\(esc(f.image("png")))\" alt=\"\(esc(f.title))\" width=\"\(f.width)\" height=\"\(f.height)\">"
        }
        return
            "<object type=\"image/svg+xml\" data=\"\(esc(f.image("svg")))\" width=\"\(f.width)\" height=\"\(f.height)\" "
            + "aria-label=\"\(esc(f.title))\">\(esc(f.title))</object>"
    }

    /// A filter box for the sortable table `id`.
    static func filterBox(_ id: String) -> String {
        "<p><input type=\"search\" class=\"filter\" data-table=\"\(esc(id))\" placeholder=\"filter rows\" aria-label=\"filter rows\"> "
            + "<span class=\"meta\">click a column header to sort</span></p>"
    }

    static func render(
        _ v: SweepView, figures: [PlotFigure], drawn: Set<String>, format: PlotFormat,
        skipped: [(kind: PlotFigure.Kind, reason: String)], note: String?
    ) -> String {
        let t = v.tables
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"en\">")
        h.append("<head>")
        h.append("<meta charset=\"utf-8\">")
        // While the sweep runs, the page reloads itself; the report written at its end does not.
        // While the sweep runs the page reloads itself (not in the `?selftest` check, which reads it once).
        if v.tables.running {
            h.append(
                "<script id=\"live-reload\">if (!location.search.includes(\"selftest\")) setTimeout(function () { location.reload(); }, \(liveRefreshSeconds * 1000));</script>"
            )
        }
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.append("<title>\(esc(t.name)): sweep report</title>")
        h.append("<style>\n\(style)\n</style>")
        h.append("</head>")
        h.append("<body>")
        h.append("<h1>\(esc(t.name))</h1>")
        // Not the times, host and commit of this run (manifest.json's `this_run`): the same
        // results give the same page.
        let facts = t.facts.filter { ["nnsweep_version", "file"].contains($0.0) }
        if !facts.isEmpty {
            h.append(
                "<p class=\"meta\">"
                    + facts.map { "\(esc($0.0.replacingOccurrences(of: "_", with: " "))): \(esc($0.1))" }.joined(
                        separator: " · ") + "</p>")
        }
        h.append(
            "<nav><a href=\"#counts\">Counts</a><a href=\"#summary\">Summary</a><a href=\"#importance\">Axis importance</a><a href=\"#best\">Best cells</a>"
                + "<a href=\"#figures\">Figures</a><a href=\"#cells\">All cells</a><a href=\"#settings\">Settings</a><a href=\"#files\">Files</a></nav>"
        )

        // Counts
        h.append("<h2 id=\"counts\">Counts</h2>")
        var statusCounts: [String: Int] = [:]
        for r in t.runs { statusCounts[r.status, default: 0] += 1 }
        let planned =
            t.counts.first { $0.0 == "total" }?.1 ?? (t.plannedCells.isEmpty ? t.runs.count : t.plannedCells.count)
        var countRows: [(String, String)] = [("cells in the grid", "\(planned)"), ("with results", "\(t.runs.count)")]
        for s in ["ok", "diverged", "failed"] { countRows.append((s, "\(statusCounts[s] ?? 0)")) }
        for (s, n) in statusCounts.sorted(by: { $0.key < $1.key }) where !["ok", "diverged", "failed"].contains(s) {
            countRows.append((s, "\(n)"))
        }
        if planned > t.runs.count { countRows.append(("not run yet", "\(planned - t.runs.count)")) }
        let axesText =
            t.axes.isEmpty
            ? "none (a single run)" : t.axes.map { "\($0.name) (\($0.values.count))" }.joined(separator: " × ")
        h.append("<table>")
        h.append("<tr><th class=\"t\">axes</th><td class=\"t\">\(esc(axesText))</td></tr>")
        for (k, n) in countRows { h.append("<tr><th class=\"t\">\(esc(k))</th><td>\(n)</td></tr>") }
        h.append("</table>")

        // Summary
        h.append("<h2 id=\"summary\">Summary</h2>")
        h.append(contentsOf: summaryTable(v))

        // Axis importance
        h.append("<h2 id=\"importance\">Axis importance</h2>")
        h.append(contentsOf: importanceTable(v))

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
                h.append(figureImage(f, format: format))
            } else {
                h.append("<p class=\"note\">Not drawn: \(esc(f.image(shown)))</p>")
            }
            var links = format.extensions.map { "<a href=\"\(esc(f.image($0)))\">\($0.uppercased())</a>" }
            links.append("<a href=\"\(esc(f.script))\">script</a>")
            links += f.dataFiles.map { "<a href=\"\(esc($0))\">data</a>" }
            h.append(
                "<figcaption><b>Figure \(i + 1).</b> \(esc(f.caption)) <span class=\"meta\">["
                    + links.joined(separator: " · ") + "]</span></figcaption>")
            h.append("</figure>")
        }
        if figures.isEmpty { h.append("<p>No figures.</p>") }
        if !skipped.isEmpty {
            h.append(
                "<p class=\"meta\">Not made for this sweep: "
                    + skipped.map { "\(esc(kindName($0.kind))) (\(esc($0.reason)))" }.joined(separator: "; ") + ".</p>")
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
        let about = [
            (ResultsLayout.runs, "one row per cell: settings, status, final and best metrics"),
            (ResultsLayout.epochs, "one row per cell and epoch: learning rate, losses, accuracies"),
            (ResultsLayout.layers, "per-layer statistics at initialization and after epoch 1"),
            (ResultsLayout.manifest, "what ran, from which file, with which build")
        ]
        for (f, what) in about where FileManager.default.fileExists(atPath: t.directory.appendingPathComponent(f).path)
        {
            h.append("<li><a href=\"\(f)\">\(f)</a>: \(esc(what))</li>")
        }
        let plots = ResultsLayout.plots
        h.append(
            "<li><a href=\"\(plots)/\">\(plots)/</a>: each figure's gnuplot script and data; redraw one with <code>gnuplot \(plots)/NAME.gp</code> from this folder</li>"
        )
        h.append("</ul>")
        h.append("<script>\n\(tableScript)\n\(loadCheck)\n</script>")
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
        case .accuracy: "accuracy curves"
        case .modes: "training and evaluation mode"
        case .parallel: "parallel coordinates"
        case .importance: "axis importance"
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
            h.append(
                "<p>\(esc(v.metricTitle)) (\(which)): <b>\(esc(cell(v, a)))</b>"
                    + (v.seedCount > 1 ? " (mean ± half-width of the 95% interval over \(v.seedCount) seeds)" : "")
                    + "</p>")
            return h
        }
        let avg = v.averagedPhrase(except: Array(d.prefix(2)))
        h.append(
            "<p>\(esc(v.metricTitle)) (\(which))" + (avg.isEmpty ? "" : ", \(esc(avg))")
                + (v.seedCount > 1 ? "; ± is the half-width of the 95% Student t interval of the mean over seeds" : "")
                + ". The best value is in bold.</p>")
        h.append("<div class=\"scroll\"><table>")
        if d.count == 1 {
            let a = d[0]
            let aggs = v.values(a).map { v.aggregate(v.runs([a: $0])) }
            let best = aggs.compactMap(\.mean).reduce(nil as Double?) { b, x in b.map { better(v, x, $0) ? x : $0 } ?? x
            }
            h.append("<tr><th class=\"t\">\(esc(v.axisName(a)))</th><th>\(esc(v.metricTitle))</th></tr>")
            for (val, agg) in zip(v.values(a), aggs) {
                let cls = agg.mean != nil && agg.mean == best ? " class=\"best\"" : ""
                h.append(
                    "<tr><th class=\"t\">\(esc(val))</th><td\(cls)>\(esc(agg.total == 0 ? "" : cell(v, agg)))</td></tr>"
                )
            }
        } else {
            let ra = d[0]
            let ca = d[1]
            var grid: [[SweepView.Aggregate]] = []
            for rv in v.values(ra) { grid.append(v.values(ca).map { v.aggregate(v.runs([ra: rv, ca: $0])) }) }
            let best = grid.flatMap { $0.compactMap(\.mean) }.reduce(nil as Double?) { b, x in
                b.map { better(v, x, $0) ? x : $0 } ?? x
            }
            h.append(
                "<tr><th class=\"t\">\(esc(v.axisName(ra))) \\ \(esc(v.axisName(ca)))</th>"
                    + v.values(ca).map { "<th>\(esc($0))</th>" }.joined() + "</tr>")
            for (rv, row) in zip(v.values(ra), grid) {
                h.append(
                    "<tr><th class=\"t\">\(esc(rv))</th>"
                        + row.map { agg in
                            let cls = agg.mean != nil && agg.mean == best ? " class=\"best\"" : ""
                            return "<td\(cls)>\(esc(agg.total == 0 ? "" : cell(v, agg)))</td>"
                        }.joined() + "</tr>")
            }
        }
        h.append("</table></div>")
        return h
    }

    /// The share of the final metric's variance over the cell means explained by each design
    /// axis and pair of axes (`FunctionalANOVA`), or why it is not computed.
    static func importanceTable(_ v: SweepView) -> [String] {
        switch v.importance() {
        case .notComputed(let why):
            return [
                "<p>Not computed: \(esc(why)). The decomposition is exact only on a full grid, where every cell has a value.</p>"
            ]
        case .computed(let anova, let axes):
            var h: [String] = []
            h.append(
                "<p>The share of the variance of the cell means of \(esc(v.metricTitle))"
                    + (v.seedCount > 1 ? " (each cell's mean over its \(v.seedCount) seeds)" : "")
                    + " that each axis explains alone, and each pair of axes beyond their own effects: a functional ANOVA, exact on this full grid of "
                    + "\(v.combinations(axes).count) cells. Variance over the cell means: \(esc(SweepView.short(anova.totalVariance))).</p>"
            )
            h.append(
                "<table class=\"sortable\" id=\"importance-table\"><tr><th class=\"t\">axis or pair</th><th>share of the variance</th></tr>"
            )
            for r in GridFigures.importanceRows(v, anova, axes: axes) {
                h.append(
                    "<tr><td class=\"t\">\(esc(r.name))</td><td>\(String(format: "%.1f%%", 100 * r.share))</td></tr>")
            }
            h.append("</table>")
            return h
        }
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
            let label =
                axes.isEmpty ? v.tables.name : axes.map { "\(v.axisName($0))=\(c[$0] ?? "")" }.joined(separator: ", ")
            ids[label] = runs.map(\.id)
            return SettingRanking.Input(label: label, runs: runs, metric: v.metric)
        }
        let ranking = SettingRanking(inputs, higherIsBetter: v.higherIsBetter)
        guard !ranking.entries.isEmpty else { return ["<p>No setting finished without diverging or failing.</p>"] }
        let shown = max(count, (ranking.entries.lastIndex { $0.tiedWithBest } ?? 0) + 1)
        var h: [String] = []
        h.append("<p>By \(esc(v.metricTitle)): " + esc(ranking.rule) + ". Rows tied with the best are in bold.</p>")
        h.append(
            "<table class=\"sortable\" id=\"best-table\"><tr><th>#</th><th class=\"t\">setting</th><th>\(esc(v.metricTitle))</th><th>seeds</th><th class=\"t\">against the best</th><th class=\"t\">run ids</th></tr>"
        )
        for (k, e) in ranking.entries.prefix(shown).enumerated() {
            let runIDs = ids[e.label] ?? []
            let cls = e.tiedWithBest ? " class=\"best\"" : ""
            h.append(
                "<tr\(cls)><td>\(k + 1)</td><td class=\"t\">\(esc(e.label))</td><td>\(esc(SettingRanking.text(e)))</td><td>\(e.n)</td>"
                    + "<td class=\"t\">\(esc(ranking.verdict(e)))</td><td class=\"t\">"
                    + esc(
                        runIDs.count > 3
                            ? runIDs.prefix(3).joined(separator: ", ") + ", … (\(runIDs.count))"
                            : runIDs.joined(separator: ", ")) + "</td></tr>")
        }
        h.append("</table>")
        if ranking.entries.count > shown {
            h.append("<p>\(ranking.entries.count - shown) more settings, none tied with the best.</p>")
        }
        if !ranking.excluded.isEmpty {
            h.append("<p>Not ranked (a seed diverged or failed): \(esc(ranking.excluded.joined(separator: "; "))).</p>")
        }
        return h
    }

    /// Every row of runs.csv with its main columns.
    static func cellsTable(_ v: SweepView) -> [String] {
        let t = v.tables
        var cols = ["epochs_run", "final_train_loss", "final_val_loss"]
        if !cols.contains(v.metric) { cols.append(v.metric) }
        cols += ["best_val_loss", "best_epoch"]
        if t.runs.contains(where: { !$0.text("diverged_epoch").isEmpty }) { cols.append("diverged_epoch") }
        cols = cols.filter { c in t.runColumns.contains(c) && t.runs.contains { !$0.text(c).isEmpty } }
        let showMessage = t.runs.contains { !$0.message.isEmpty }
        var h: [String] = []
        h.append(filterBox("cells-table"))
        h.append("<div class=\"scroll\"><table class=\"sortable\" id=\"cells-table\">")
        var head = "<tr><th class=\"t\">run_id</th>" + t.axes.map { "<th class=\"t\">\(esc($0.name))</th>" }.joined()
        if v.seedAxis == nil { head += "<th>seed</th>" }
        head += "<th class=\"t\">status</th>" + cols.map { "<th>\(esc($0))</th>" }.joined()
        if showMessage { head += "<th class=\"t\">message</th>" }
        h.append(head + "</tr>")
        for r in t.runs {
            var row =
                "<tr\(r.isOK ? "" : " class=\"bad\"")><td class=\"t\">\(esc(r.id))</td>"
                + r.axisValues.map { "<td class=\"t\">\(esc($0))</td>" }.joined()
            if v.seedAxis == nil { row += "<td>\(esc(r.seed))</td>" }
            row += "<td class=\"t\">\(esc(r.status))</td>"
            for c in cols {
                let raw = r.text(c)
                var shown = raw
                if let x = SweepTables.number(raw), !["epochs_run", "best_epoch", "diverged_epoch"].contains(c) {
                    shown =
                        !x.isFinite
                        ? raw
                        : c.contains("accuracy")
                            ? String(format: "%.4f", x)
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
