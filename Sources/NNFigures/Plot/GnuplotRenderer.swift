import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// Turns a `FigureModel` into a gnuplot script and its data file. Sweep figures (`.grid`, `.single`)
/// are drawn from the sweep folder into `plots/`, as SVG and PNG; a `.tiled` figure stands alone
/// in its folder (the script next to its data) and draws one PNG.
enum GnuplotRenderer {
    /// A sweep figure: its entry for the report and its script.
    struct Built {
        let figure: SweepFigure
        let script: GnuplotScript
    }

    /// The script of a sweep figure (`.grid` or `.single` layout) and its entry for the report.
    static func build(_ f: FigureModel) -> Built {
        guard let kind = f.kind else { preconditionFailure("a figure of a sweep's report has a kind") }
        let s = script(f)
        let caption = f.caption.prefix(1).uppercased() + f.caption.dropFirst()
        return Built(
            figure: SweepFigure(
                name: f.name, kind: kind, title: f.title.replacingOccurrences(of: "\n", with: "; "),
                caption: caption, width: s.width, height: s.height, script: ResultsLayout.inPlots("\(f.name).gp"),
                dataFiles: s.data.map { ResultsLayout.inPlots($0.fileName) }),
            script: s)
    }

    static func script(_ f: FigureModel) -> GnuplotScript {
        var w = Writer(figure: f, syntax: .sweep, data: GnuplotData(fileName: "\(f.name).dat", about: f.dataNotes))
        switch f.layout {
        case .grid(let panelWidth, let panelHeight, let maxColumns, let bottomMargin, let minHeight):
            let legend = f.legend ?? Legend(title: nil, entries: [])
            var grid = PanelGrid(
                count: f.panels.count, panelWidth: panelWidth, panelHeight: panelHeight,
                legendWidth: PanelGrid.legendWidth(legend.entries, title: legend.title), maxCols: maxColumns)
            grid.fit(title: f.title)
            w.add("set multiplot title \(GnuplotText.str(f.title)) font \",12\"")
            w.add(
                "set lmargin 12", "set rmargin 3", "set tmargin 3.5", "set bmargin 3.5",
                "set border lw 1 lc rgb \"#404040\"", "set grid lw 1 lc rgb \"#dddddd\"",
                "set tics nomirror out scale 0.6",
                "unset key")
            if let b = bottomMargin { w.add("set bmargin \(GnuplotText.num(b))") }
            w.axes()
            w.add("set format y \"%g\"")
            for (i, p) in f.panels.enumerated() { w.panel(p, place: grid.place(p.position ?? i)) }
            w.legend(legend, place: grid.placeLegend())
            w.add("unset multiplot")
            return w.finish(width: grid.width, height: max(grid.height, minHeight))
        case .single(let width, let height, let m):
            w.add(
                "set title \(GnuplotText.str(f.title)) font \",12\"",
                "set lmargin \(GnuplotText.num(m.left))", "set rmargin \(GnuplotText.num(m.right))",
                "set tmargin \(GnuplotText.num(m.top))", "set bmargin \(GnuplotText.num(m.bottom))",
                "unset key", "unset grid", "set border lw 1 lc rgb \"#404040\"")
            w.axes()
            for p in f.panels { w.panel(p, place: []) }
            return w.finish(width: width, height: height)
        case .tiled:
            preconditionFailure("a tiled figure is written with standalone(_:output:)")
        }
    }

    /// The script of a `.tiled` figure drawing `output` (a PNG in the script's folder), and its data.
    static func standalone(_ f: FigureModel, output: String) -> (script: String, data: GnuplotData) {
        guard case .tiled(let panelWidth, let panelHeight) = f.layout else { preconditionFailure("not a tiled figure") }
        var w = Writer(
            figure: f, syntax: .standalone,
            data: GnuplotData(fileName: "\(f.name).dat", about: f.dataNotes, number: csvNumber))
        let cols = min(max(1, f.panels.count), 3)
        let rows = (f.panels.count + cols - 1) / cols
        w.add(
            "set terminal pngcairo size \(cols * panelWidth),\(rows * panelHeight) font ',10'",
            "set termoption noenhanced",
            "set output \(w.quote(output))",
            "set datafile missing 'nan'")
        w.axes()
        w.add(
            "set grid", "set key top right opaque box",
            "set multiplot layout \(rows),\(cols) title \(w.quote(f.title))")
        for p in f.panels { w.panel(p, place: []) }
        w.add("unset multiplot")
        let head = (f.notes + ["Run it in this folder: gnuplot \(f.name).gp"]).map { "# " + GnuplotText.comment($0) }
        return ((head + w.lines).joined(separator: "\n") + "\n", w.data)
    }

    /// How strings, numbers and the data file are written.
    private enum Syntax { case sweep, standalone }

    private struct Writer {
        let figure: FigureModel
        let syntax: Syntax
        let data: GnuplotData
        var lines: [String] = []

        init(figure: FigureModel, syntax: Syntax, data: GnuplotData) {
            self.figure = figure
            self.syntax = syntax
            self.data = data
        }

        mutating func add(_ l: String...) { lines += l }
        mutating func add(_ l: [String]) { lines += l }

        func quote(_ s: String) -> String { GnuplotText.str(s) }

        /// The data file as the script names it.
        var dataRef: String { quote(syntax == .sweep ? ResultsLayout.inPlots(data.fileName) : data.fileName) }

        func finish(width: Int, height: Int) -> GnuplotScript {
            var s = GnuplotScript(name: figure.name, title: figure.title, width: width, height: height)
            s.about = figure.notes
            s.data = [data]
            s.body = lines
            return s
        }

        /// The figure's shared axes and colour scale.
        mutating func axes() {
            let x = figure.x
            let y = figure.y
            if let l = x.label { add("set xlabel \(quote(l))") }
            if let l = y.label { add("set ylabel \(quote(l))") }
            if let r = x.range { add("set xrange [\(GnuplotText.num(r.0)):\(GnuplotText.num(r.1))]") }
            if let log = x.log {
                add(log ? "set logscale x" : "unset logscale x")
                if log { add("set format x \"%g\"") }
            }
            if let t = x.ticks { add("set xtics " + ticks(t, rotation: x.tickRotation)) }
            if !x.grid { add("set grid noxtics ytics") }
            yAxis(y, label: false)
            if let c = figure.colorScale {
                let stops = c.stops.map { String(format: "%.2f", $0.0) + " '\($0.1)'" }
                add(
                    "set palette defined (" + stops.joined(separator: ", ") + ")",
                    "set cbrange [\(GnuplotText.num(c.range.0)):\(GnuplotText.num(c.range.1))]",
                    "set cblabel \(quote(c.label))",
                    "set colorbox")
            }
        }

        mutating func yAxis(_ y: PlotAxis, label: Bool) {
            if label, let l = y.label { add("set ylabel \(quote(l))") }
            if let r = y.range { add("set yrange [\(GnuplotText.num(r.0)):\(GnuplotText.num(r.1))]") }
            if let t = y.ticks { add("set ytics " + ticks(t, rotation: y.tickRotation)) }
            if let log = y.log { add(log ? "set logscale y" : "unset logscale y") }
            if let z = y.zeroLine { add(z ? "set xzeroaxis lt 1 lw 1 lc rgb \"#999999\"" : "unset xzeroaxis") }
        }

        func ticks(_ t: PlotAxis.Ticks, rotation: Int?) -> String {
            var s: String
            switch t {
            case .auto: s = "autofreq"
            case .step(let d): s = GnuplotText.num(d)
            case .named(let names, let marks):
                s =
                    "(" + names.map { "\(GnuplotText.tic($0.0)) \(GnuplotText.num($0.1))" }.joined(separator: ", ")
                    + ")"
                    + (marks ? "" : " scale 0")
            }
            if let r = rotation { s += " rotate by \(r) left" }
            return s
        }

        mutating func panel(_ p: Panel, place: [String]) {
            add(place)
            if !p.title.isEmpty { add("set title \(quote(p.title))") }
            if let y = p.y { yAxis(y, label: true) }
            // A panel of a sweep figure shows none of the labels of the panel before, nor its
            // boxes and lines in figures that have them (a single plot clears its boxes anyway).
            if syntax == .sweep {
                if figure.layout.isSingle || figure.panels.contains(where: { !$0.boxes.isEmpty }) {
                    add("unset object")
                }
                add("unset label")
                if figure.panels.contains(where: { !$0.separators.isEmpty }) { add("unset arrow") }
            }
            for x in p.separators {
                add(
                    "set arrow from \(GnuplotText.num(x)), graph 0 to \(GnuplotText.num(x)), graph 1 nohead lw 1 lc rgb \"#e6e6e6\" back"
                )
            }
            for (i, b) in p.boxes.enumerated() {
                add(
                    "set object \(i + 1) rect from \(GnuplotText.num(b.from.0)),\(GnuplotText.num(b.from.1)) to \(GnuplotText.num(b.to.0)),\(GnuplotText.num(b.to.1)) "
                        + "fc rgb \(quote(b.color)) fs solid 1.0 border lc rgb \"#ffffff\" back")
            }
            for l in p.labels { add(label(l)) }
            if let n = p.note { add("set label 1 \(quote(n)) at graph 0.5, graph 0.5 center tc rgb \"#b00000\"") }
            var clauses: [String] = []
            var hovers: [String] = []
            for s in p.series {
                let i = data.add(s.about, s.rows)
                for d in s.draws {
                    clauses.append(clause(d, index: i))
                    if syntax == .sweep, let h = hover(d, of: s, index: i) { hovers.append(h) }
                }
            }
            if clauses.isEmpty, figure.colorScale != nil { add("unset colorbox") }
            let joint = syntax == .sweep ? ", " : ", \\\n     "
            let plot = "plot " + (clauses.isEmpty ? "NaN notitle" : clauses.joined(separator: joint))
            if hovers.isEmpty {
                add(plot)
            } else {
                add(
                    "if (hover) {", "    " + plot + joint + hovers.joined(separator: joint), "} else {", "    " + plot,
                    "}")
            }
        }

        /// Invisible points that show a point's values when the mouse is over it (the SVG only):
        /// the series' name and column names from its `about` ("name: x y1 y2"), else the axes.
        func hover(_ d: Draw, of s: Series, index: Int) -> String? {
            guard [.lines, .linesPoints, .points, .errorBars].contains(d.style.kind) else { return nil }
            let parts = s.about.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let columns = parts.count == 2 ? parts[1].split(separator: " ").map(String.init) : []
            func name(_ c: Int, _ fallback: String?) -> String {
                c < columns.count ? columns[c] : (fallback ?? (c == d.x ? "x" : "y"))
            }
            // The names are arguments of the format, never part of it: a `%` in a name is text.
            let head = parts.count == 2 ? parts[0] + ": " : ""
            // A column named "x" is only a position (the final-metric figure): its value says nothing.
            let xName = name(d.x, figure.x.label)
            let text =
                xName == "x"
                ? "sprintf('%s%s %.5g', \(GnuplotText.hypertext(head)), \(GnuplotText.hypertext(name(d.y, figure.y.label))), $\(d.y + 1))"
                : "sprintf('%s%s %g, %s %.5g', \(GnuplotText.hypertext(head)), \(GnuplotText.hypertext(xName)), $\(d.x + 1), \(GnuplotText.hypertext(name(d.y, figure.y.label))), $\(d.y + 1))"
            return "\(dataRef) index \(index) using \(d.x + 1):\(d.y + 1):(\(text)) "
                + "with labels hypertext point pt 7 ps 1.2 lc rgb \"#FF000000\" notitle"
        }

        func label(_ l: TextLabel) -> String {
            func place(_ p: TextLabel.Place) -> String {
                switch p {
                case .data(let v): return GnuplotText.num(v)
                case .graph(let v): return "graph " + GnuplotText.num(v)
                }
            }
            var s = "set label \(quote(l.text)) at \(place(l.x)),\(place(l.y))"
            if let r = l.rotation { s += " rotate by \(r)" }
            s += l.anchor == .center ? " center" : " left"
            if let r = l.raise { s += " offset 0,\(GnuplotText.num(r))" }
            s += " front"
            if let f = l.fontSize { s += " font \",\(f)\"" }
            return s + " tc rgb \(quote(l.color))"
        }

        func clause(_ d: Draw, index: Int) -> String {
            var using = "\(d.x + 1):\(d.y + 1)"
            if d.style.kind == .cells, let v = d.extra {
                using += ":(0.5):(0.5):\(v + 1)"
            } else if let e = d.extra {
                using += ":\(e + 1)"
            }
            return "\(dataRef) index \(index) using \(using) \(style(d.style)) "
                + (d.title.map { "title \(quote($0))" } ?? "notitle")
        }

        func style(_ s: Style) -> String {
            let word: String
            switch s.kind {
            case .lines: word = "lines"
            case .linesPoints: word = "linespoints"
            case .points: word = "points"
            case .errorBars: word = "yerrorbars"
            case .cells: return "with boxxyerror fs solid 1.0 border lc rgb \(quote("#ffffff")) fc palette"
            case .band:
                return "with filledcurves fs transparent solid 0.18 noborder lc rgb \(quote(s.color ?? "#000000"))"
            }
            var parts = ["with " + word]
            if let m = s.marker { parts.append("pt \(m.rawValue)") }
            if let ps = s.markerSize { parts.append("ps \(GnuplotText.num(ps))") }
            if let lw = s.width { parts.append("lw \(GnuplotText.num(lw))") }
            if let dt = s.dash { parts.append("dt \(dt.rawValue)") }
            if let c = s.color { parts.append("lc rgb \(quote(c))") }
            return parts.joined(separator: " ")
        }

        /// A legend panel: no axes, only the key with these entries.
        mutating func legend(_ legend: Legend, place: [String]) {
            add(place)
            add(
                "unset title", "unset xlabel", "unset ylabel", "unset logscale", "unset grid", "unset border",
                "unset tics",
                "unset label", "unset object", "unset arrow", "unset colorbox", "unset xzeroaxis",
                "set lmargin 1", "set rmargin 1", "set tmargin 4", "set bmargin 1",
                "set xrange [0:1]", "set yrange [0:1]",
                "set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox"
                    + (legend.title.map { " title \(quote($0)) left" } ?? ""))
            let clauses = legend.entries.map { "NaN \(style($0.style)) title \(quote($0.text))" }
            add("plot " + (clauses.isEmpty ? "NaN notitle" : clauses.joined(separator: ", ")))
        }
    }
}

extension Layout {
    fileprivate var isSingle: Bool { if case .single = self { return true } else { return false } }
}
