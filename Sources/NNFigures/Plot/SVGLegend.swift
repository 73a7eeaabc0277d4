import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// Makes the legend column of a sweep figure's SVG hide and show curves in every panel.
///
/// gnuplot's `mouse standalone` script hides a curve when its key entry is clicked, but only the
/// curve of that entry, and the legend of a sweep figure is a panel of its own whose entries are
/// samples. This adds a few lines of script to the SVG: a click on an entry also hides (or shows
/// again) every curve of the other panels drawn in the entry's colour, or, for a black entry (such
/// as "training" or "validation"), every curve with its dash pattern.
enum SVGLegend {
    static let script = """
        <script type="text/javascript"><![CDATA[
        (function () {
          function panel(id) { var m = /^gnuplot_plot_\\d+([a-z]*)$/.exec(id); return m ? m[1] : null; }
          function look(g) {
            var p = g ? g.querySelector("path") : null;
            if (!p) { return null; }
            var colour = (p.getAttribute("stroke") || p.getAttribute("fill") || "").replace(/\\s/g, "");
            return { colour: colour, dash: p.getAttribute("stroke-dasharray") || "", black: colour === "rgb(0,0,0)" };
          }
          window.addEventListener("load", function () {
            var svg = document.documentElement;
            var plots = Array.prototype.filter.call(svg.querySelectorAll("g[id^='gnuplot_plot_']"), function (g) { return panel(g.id) !== null; });
            Array.prototype.forEach.call(svg.querySelectorAll("g[id$='_keyentry']"), function (entry) {
              var id = entry.id.replace("_keyentry", ""), sample = svg.getElementById(id), s = look(sample);
              if (!s || s.colour === "rgb(255,255,255)") { return; }
              entry.style.cursor = "pointer";
              entry.addEventListener("click", function () {
                var hide = sample.getAttribute("visibility") === "hidden";
                plots.forEach(function (g) {
                  if (panel(g.id) === panel(id)) { return; }
                  var t = look(g);
                  if (t && (s.black ? t.dash === s.dash : t.colour === s.colour)) { g.setAttribute("visibility", hide ? "hidden" : "visible"); }
                });
              });
            });
          });
        })();
        ]]></script>
        """

    /// Adds the script to an SVG that has key entries (before its closing tag); others are left
    /// as they are. Returns whether the file changed.
    @discardableResult
    static func addScript(to url: URL) throws -> Bool {
        guard let data = try? Data(contentsOf: url) else { return false }
        // Searched as bytes: a String search of SVGs that run to megabytes is slow.
        let scriptBytes = Data(script.utf8)
        guard data.range(of: Data("_keyentry".utf8)) != nil, data.range(of: scriptBytes) == nil,
            let end = data.range(of: Data("</svg>".utf8), options: .backwards)
        else { return false }
        var out = data[..<end.lowerBound]
        out.append(scriptBytes + Data("\n".utf8))
        out.append(data[end.lowerBound...])
        try AtomicFile.write(Data(out), to: url)
        return true
    }
}
