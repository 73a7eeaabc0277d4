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
    /// as they are. Returns whether the file changed. `url` is an image gnuplot has just drawn
    /// under its temporary name (`Gnuplot.draw`): it is extended in place, only the closing tag
    /// rewritten, and moved into place (or removed) after.
    @discardableResult
    static func addScript(to url: URL) throws -> Bool {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return false }
        let scriptBytes = Array((script + "\n").utf8)
        // Searched as bytes: the SVGs of a sweep run to megabytes.
        let (hasKey, hasScript, end): (Bool, Bool, Int?) = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return (false, false, nil) }
            // memchr for the first byte, memcmp for the rest (memmem is not in Swift's Glibc).
            func find(_ needle: [UInt8]) -> Bool {
                var at = 0
                while at + needle.count <= raw.count {
                    guard let hit = memchr(base + at, Int32(needle[0]), raw.count - needle.count + 1 - at) else {
                        return false
                    }
                    let i = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + i, needle, needle.count) == 0 { return true }
                    at = i + 1
                }
                return false
            }
            // The last "</svg>" (gnuplot ends the file with it and a newline).
            let close = Array("</svg>".utf8)
            var end: Int?
            var i = raw.count - close.count
            while i >= max(0, raw.count - 4096) {
                if memcmp(base + i, close, close.count) == 0 {
                    end = i
                    break
                }
                i -= 1
            }
            return (find(Array("_keyentry".utf8)), find(Array(script.utf8)), end)
        }
        guard hasKey, !hasScript, let end else { return false }
        let tail = Array(data[(data.startIndex + end)...])
        let fd = open(url.path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileWriteError(path: url.path, code: errno) }
        defer { close(fd) }
        let bytes = scriptBytes + tail
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, bytes.count - done, off_t(end + done)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileWriteError(path: url.path, code: errno)
            }
            if n == 0 { throw FileWriteError(path: url.path, code: ENOSPC) }
            done += n
        }
        return true
    }
}
