import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// The building blocks of nnsweep's HTML pages, the sweep's report (`SweepReport`) and compare's
/// page (`CompareReportPage`): escaping, the page's head and end, the shared style sheet, the
/// script that sorts and filters tables with its filter box, and the script that checks that
/// every figure loaded (read back by `scripts/check_report.sh` in a headless browser).
enum HTML {
    /// The page up to and including `<body>`: the character set, then `headExtra` (lines such as
    /// a generator mark or a reload script), the viewport, `title` (escaped here) and the style.
    static func head(title: String, headExtra: [String] = []) -> [String] {
        ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">"] + headExtra + [
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(esc(title))</title>", "<style>\n\(style)\n</style>", "</head>", "<body>"
        ]
    }

    /// The end of a page: the table and load-check scripts, `</body>` and `</html>`.
    static let end = ["<script>\n\(tableScript)\n\(loadCheck)\n</script>", "</body>", "</html>"]

    /// The lines of a page as one text, ending in a line break.
    static func page(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    /// `s` as HTML text or an attribute value: `&`, `<`, `>`, `"` and `'` escaped.
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

    /// A filter box for the sortable table `id`.
    static func filterBox(_ id: String) -> String {
        "<p><input type=\"search\" class=\"filter\" data-table=\"\(esc(id))\" placeholder=\"filter rows\" aria-label=\"filter rows\"> "
            + "<span class=\"meta\">click a column header to sort</span></p>"
    }
}
