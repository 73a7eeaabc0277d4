import Foundation

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
        // Searched as bytes: the SVGs of large sweeps run to megabytes.
        let bytes = [UInt8](data), scriptBytes = Array(script.utf8)
        guard find(Array("_keyentry".utf8), in: bytes) != nil, find(scriptBytes, in: bytes) == nil,
              let end = find(Array("</svg>".utf8), in: bytes, last: true) else { return false }
        let out = bytes[..<end] + scriptBytes + [UInt8(ascii: "\n")] + bytes[end...]
        try AtomicFile.write(Data(out), to: url)
        return true
    }

    /// The offset of the first (or last) occurrence of `needle` (not empty) in `haystack`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], last: Bool = false) -> Int? {
        let n = needle.count, h = haystack.count
        guard n > 0, n <= h else { return nil }
        var start = last ? h - n : 0
        let step = last ? -1 : 1
        while start >= 0, start <= h - n {
            var k = 0
            while k < n, haystack[start + k] == needle[k] { k += 1 }
            if k == n { return start }
            start += step
        }
        return nil
    }
}
