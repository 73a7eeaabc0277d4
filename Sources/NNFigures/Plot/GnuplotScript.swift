import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// Pieces of gnuplot scripts and their data files. Everything written is a function of the
/// numbers only (fixed number formats, stable order, no dates), so the same tables give the same
/// scripts, the same data files and, with the same gnuplot, the same SVG bytes.
enum GnuplotText {
    /// Text as a gnuplot string expression that shows it as written and does nothing else: the
    /// one way every label, title, path and name reaches a script.
    ///
    /// Single-quoted gnuplot strings are inert: no command substitution (backquotes), no macros
    /// (`@name`), no backslash escapes; a quote is written twice. A line break becomes a
    /// double-quoted `"\n"` joined with `.`, so the script has no raw line break inside a string;
    /// other control characters become spaces. `%` is only a character here: text never becomes
    /// a `sprintf` format (pass it as an argument, `sprintf('%s', ...)`). With `noenhanced` text,
    /// characters such as `_`, `^` and `@` are shown as written.
    static func str(_ s: String) -> String {
        var out = "'"
        for c in s.unicodeScalars {
            switch c {
            case "'": out += "''"
            case "\n": out += "'.\"\\n\".'"
            case "\0": break
            case _ where c.properties.generalCategory == .control: out += " "
            case "\u{2028}", "\u{2029}": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "'"
    }

    /// A label in an explicit tic list, `set xtics ('name' 1, ...)`: gnuplot reads such a label
    /// as a format for the tic's value, so a `%` is written twice to show as written.
    static func tic(_ s: String) -> String { str(s.replacingOccurrences(of: "%", with: "%%")) }

    /// Text shown under the mouse in an SVG (`with labels hypertext`). gnuplot writes it into a
    /// JavaScript string inside an XML attribute, escaping `<` and `&` but not quotes or
    /// backslashes, so a quote there would end the string or the attribute and let the text run
    /// as script in a browser. Quotes and backslashes are shown as their typographic look-alikes
    /// (’ ” ⧵) and line breaks as spaces; everything else as written.
    static func hypertext(_ s: String) -> String {
        str(
            String(
                String.UnicodeScalarView(
                    s.unicodeScalars.map { c -> Unicode.Scalar in
                        switch c {
                        case "'": return "\u{2019}"
                        case "\"": return "\u{201D}"
                        case "\\": return "\u{29F5}"
                        case "\n": return " "
                        default: return c
                        }
                    })))
    }

    /// Text for a `#` comment line of a script or data file: one line, control characters as
    /// spaces, and never ending in a backslash (gnuplot would join the next line to the comment).
    static func comment(_ s: String) -> String {
        var t = String(
            String.UnicodeScalarView(
                s.unicodeScalars.map {
                    $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
                }))
        while t.hasSuffix("\\") { t.removeLast() }
        return t
    }

    /// A number in a data file or a script: ten significant digits; NaN for none (gnuplot skips
    /// those points and breaks the line there).
    static func num(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "NaN" }
        if v == 0 { return "0" }
        return String(format: "%.10g", v)
    }

    /// A coordinate fraction for `set origin` / `set size`.
    static func frac(_ v: Double) -> String { String(format: "%.5f", v) }

    static let font = "DejaVu Sans"

    /// A file name part from a label: letters, digits, `.`, `_` and `-` kept, the rest `-`.
    static func fileSafe(_ s: String) -> String {
        let mapped = s.map { c -> Character in
            c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "_" || c == "-") ? c : "-"
        }
        let t = String(mapped)
        return t.isEmpty ? "x" : String(t.prefix(60))
    }

    /// Whether positive values spread over more than two decades (then a log scale reads better).
    static func spansDecades(_ values: [Double], _ decades: Double = 2) -> Bool {
        let pos = values.filter { $0.isFinite && $0 > 0 }
        guard let lo = pos.min(), let hi = pos.max() else { return false }
        return hi / lo > pow(10, decades)
    }

    /// A log-scale range covering `values` (positive ones), widened to whole decades.
    static func logRange(_ values: [Double]) -> (Double, Double)? {
        let pos = values.filter { $0.isFinite && $0 > 0 }
        guard let lo = pos.min(), let hi = pos.max() else { return nil }
        // A value exactly on a power of ten would sit on the border; leave a decade of room.
        var a = pow(10, (log10(lo * 0.999)).rounded(.down))
        var b = pow(10, (log10(hi * 1.001)).rounded(.up))
        if a == b {
            a /= 10
            b *= 10
        }
        return (a, b)
    }

    /// A linear range covering `values`, from zero when they are all positive.
    static func linearRange(_ values: [Double], fromZero: Bool = true) -> (Double, Double) {
        let f = values.filter(\.isFinite)
        guard var lo = f.min(), var hi = f.max() else { return (0, 1) }
        if fromZero && lo >= 0 { lo = 0 }
        // Values equal up to rounding (a spread of 1e-17) span nothing gnuplot can draw.
        if hi - lo <= 1e-9 * max(abs(lo), abs(hi)) {
            hi = lo + (lo == 0 ? 1 : abs(lo) * 0.1)
            if !fromZero { lo -= (hi - lo) }
        }
        let pad = (hi - lo) * 0.05
        return (fromZero && lo == 0 ? 0 : lo - pad, hi + pad)
    }
}

/// A gnuplot data file made of blocks separated by two blank lines; a plot picks one with
/// `index N`. Each block starts with a comment saying what it holds.
final class GnuplotData {
    let fileName: String
    private(set) var text: String
    private(set) var blocks = 0
    private let number: (Double?) -> String

    /// `number` writes the numbers (`GnuplotText.num` unless told).
    init(fileName: String, about: [String], number: @escaping (Double?) -> String = GnuplotText.num) {
        self.fileName = fileName
        self.number = number
        text = about.map { "# " + GnuplotText.comment($0) + "\n" }.joined()
    }

    /// Adds a block and returns its index.
    @discardableResult
    func add(_ comment: String, _ rows: [[Double?]]) -> Int {
        if blocks > 0 { text += "\n\n" }
        text += "# [index \(blocks)] " + GnuplotText.comment(comment) + "\n"
        for r in rows { text += r.map(number).joined(separator: " ") + "\n" }
        blocks += 1
        return blocks - 1
    }
}

/// Panels on a grid with a legend column on the right and a title band on top, in pixels.
struct PanelGrid {
    let count: Int
    let cols: Int
    let rows: Int
    let panelWidth: Int
    let panelHeight: Int
    private(set) var legendWidth: Int
    let titleHeight: Int

    init(
        count: Int, panelWidth: Int = 400, panelHeight: Int = 300, legendWidth: Int = 190, titleHeight: Int = 50,
        maxCols: Int = 4
    ) {
        let n = max(1, count)
        let c: Int
        switch n {
        case 1...3: c = n
        case 4: c = 2
        case 5, 6: c = 3
        default: c = maxCols
        }
        self.count = n
        cols = min(c, maxCols)
        rows = (n + cols - 1) / cols
        self.panelWidth = panelWidth
        self.panelHeight = panelHeight
        self.legendWidth = legendWidth
        self.titleHeight = titleHeight
    }

    var width: Int { cols * panelWidth + legendWidth }

    /// Widens the legend column so that a title in the 12-point font (about 8.5 pixels a
    /// character) fits across the figure.
    mutating func fit(title: String) {
        let longest = title.split(separator: "\n").map(\.count).max() ?? 0
        let need = Int(Double(longest) * 8.5) + 40
        if need > width { legendWidth += need - width }
    }

    /// A legend column wide enough for the longest entry (DejaVu Sans 10 is about 7.5 pixels
    /// a character) plus the line sample.
    static func legendWidth(_ entries: [Legend.Entry], title: String? = nil) -> Int {
        let longest = max(entries.map(\.text.count).max() ?? 0, (title?.count ?? 0) - 5)
        return min(560, max(170, Int(Double(longest) * 7.6) + 80))
    }
    var height: Int { titleHeight + rows * panelHeight }

    /// `set origin` and `set size` for panel `i` (row by row from the top left).
    func place(_ i: Int) -> [String] {
        let r = i / cols
        let c = i % cols
        let x = Double(c * panelWidth) / Double(width)
        let y = Double(height - titleHeight - (r + 1) * panelHeight) / Double(height)
        return [
            "set origin \(GnuplotText.frac(x)),\(GnuplotText.frac(y))",
            "set size \(GnuplotText.frac(Double(panelWidth) / Double(width))),\(GnuplotText.frac(Double(panelHeight) / Double(height)))"
        ]
    }

    /// `set origin` and `set size` for the legend column.
    func placeLegend() -> [String] {
        let x = Double(cols * panelWidth) / Double(width)
        let h = Double(height - titleHeight) / Double(height)
        return [
            "set origin \(GnuplotText.frac(x)),0",
            "set size \(GnuplotText.frac(Double(legendWidth) / Double(width))),\(GnuplotText.frac(h))"
        ]
    }
}

/// The text of one figure's script: a header saying how to redraw it, then a loop over the
/// output formats that sets the terminal and runs the body once per format.
struct GnuplotScript {
    let name: String
    let title: String
    let width: Int
    let height: Int
    var about: [String] = []
    var data: [GnuplotData] = []
    var body: [String] = []

    /// A PNG is a preview (the README, slides; the SVG is the figure at full size): at most
    /// `maxPNGWidth` pixels wide, a wider figure drawn smaller as a whole, its text, lines and
    /// points with it. Encoding the PNG costs time in proportion to its pixels.
    static let maxPNGWidth = 1280

    /// The pngcairo size and, for a figure wider than `maxPNGWidth`, its scale.
    var pngSize: String {
        guard width > Self.maxPNGWidth else { return "size \(width),\(height)" }
        let scale = Double(Self.maxPNGWidth) / Double(width)
        let s = String(format: "%.4g", scale)
        return
            "size \(Self.maxPNGWidth),\(Int((Double(height) * scale).rounded())) fontscale \(s) linewidth \(s) pointscale \(s)"
    }

    /// The script. With `temporaryOutput` it writes each image under its temporary name
    /// (`AtomicFile.temporaryURL`), for `Gnuplot.draw` to move into place.
    func text(formats: [String], temporaryOutput: Bool = false) -> String {
        var lines: [String] = []
        for l in ([title] + about).flatMap({ $0.split(separator: "\n", omittingEmptySubsequences: false) }) {
            lines.append("# " + GnuplotText.comment(String(l)))
        }
        lines.append("#")
        lines.append("# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/\(name).gp")
        if !data.isEmpty {
            lines.append(
                "# Data: " + data.map { ResultsLayout.inPlots($0.fileName) }.joined(separator: ", ")
                    + " (blocks separated by two blank lines, chosen with `index N`).")
        }
        lines.append("# One format only: gnuplot -e 'formats=\"png\"' plots/\(name).gp")
        lines.append("")
        lines.append("if (!exists(\"formats\")) formats = \(GnuplotText.str(formats.joined(separator: " ")))")
        lines.append("do for [fmt in formats] {")
        lines.append("    reset")
        lines.append("    # hover = 1: the SVG shows each point's values under the mouse (points drawn only there).")
        lines.append("    hover = (fmt eq \"svg\")")
        // A terminal remembers some state from one plot to the next (the SVG's last stroke
        // colour, cairo's fonts): a small plot to nowhere first sets it the same way whatever
        // this gnuplot drew before, so that the figure's bytes depend only on its script and
        // data (drawn alone, or after other figures in one gnuplot).
        lines.append("    # A clean start: the same terminal state whatever was drawn before.")
        for size in ["size 240,180", nil] as [String?] {
            lines.append("    if (fmt eq \"svg\") {")
            lines.append(
                "        set terminal svg \(size ?? "size \(width),\(height)") mouse standalone font \"\(GnuplotText.font),10\" background rgb \"white\""
            )
            lines.append("    } else {")
            lines.append(
                "        set terminal pngcairo \(size ?? pngSize) font \"\(GnuplotText.font),10\" background rgb \"white\""
            )
            lines.append("    }")
            if size != nil {
                lines += ["    set output '/dev/null'", "    plot [0:1] [0:1] 0.5 notitle", "    set output"]
            }
        }
        lines.append("    set termoption noenhanced")
        if temporaryOutput {
            lines.append(
                "    set output \(GnuplotText.str(ResultsLayout.inPlots(".\(name)."))) . fmt . \(GnuplotText.str(".\(AtomicFile.tag).tmp"))"
            )
        } else {
            lines.append("    set output \(GnuplotText.str(ResultsLayout.inPlots("\(name)."))) . fmt")
        }
        for b in body { lines.append("    " + b) }
        lines.append("    set output")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
