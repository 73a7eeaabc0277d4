import Foundation

/// One figure of a sweep: its script `plots/NAME.gp`, its data and its images.
public struct PlotFigure: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Training and validation loss per epoch.
        case loss
        /// The final metric over two axes.
        case heatmap
        /// Learning rate per epoch.
        case learningRate = "lr"
        /// The final metric per cell, with error bars over seeds.
        case finalMetric = "final"
        /// Per-layer activation statistics and gradient norms at init and after epoch 1.
        case layers
    }

    /// The file name stem in `plots/`.
    public let name: String
    public let kind: Kind
    public let title: String
    /// A sentence or two saying what the figure shows and how it was averaged.
    public let caption: String
    public let width: Int
    public let height: Int
    /// The script and its data files, relative to the sweep folder.
    public let script: String
    public let dataFiles: [String]

    /// `plots/NAME.png` or `plots/NAME.svg`, relative to the sweep folder.
    public func image(_ format: String) -> String { "plots/\(name).\(format)" }
}

/// Builds the scripts and data files of a sweep's figures (without running gnuplot).
struct FigureBuilder {
    let v: SweepView
    var t: SweepTables { v.tables }
    /// Figures that could not be made from this sweep, with the reason.
    private(set) var skipped: [(PlotFigure.Kind, String)] = []
    private var usedNames: Set<String> = []

    init(_ view: SweepView) { v = view }

    struct Built {
        let figure: PlotFigure
        let script: GPScript
    }

    mutating func all() -> [Built] {
        lossFigures() + heatmapFigures() + learningRateFigures() + finalMetricFigures() + layerFigures()
    }

    private mutating func uniqueName(_ base: String) -> String {
        var n = base, k = 2
        while usedNames.contains(n) { n = "\(base)-\(k)"; k += 1 }
        usedNames.insert(n)
        return n
    }

    private func built(_ s: GPScript, kind: PlotFigure.Kind, caption: String) -> Built {
        Built(figure: PlotFigure(name: s.name, kind: kind, title: s.title.replacingOccurrences(of: "\n", with: "; "),
                                 caption: caption.prefix(1).uppercased() + caption.dropFirst(), width: s.width, height: s.height, script: "plots/\(s.name).gp",
                                 dataFiles: s.data.map { "plots/" + $0.fileName }),
              script: s)
    }

    private func label(_ axis: Int?, _ value: String?) -> String {
        guard let axis, let value else { return "" }
        return "\(v.axisName(axis))=\(value)"
    }

    /// Wraps comma-separated notes onto lines of about `width` characters.
    private static func wrap(_ parts: [String], width: Int = 58) -> String {
        var lines: [String] = [], line = ""
        for p in parts {
            if line.isEmpty { line = p } else if line.count + 2 + p.count <= width { line += ", " + p } else {
                lines.append(line + ","); line = p
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    // MARK: 1. Loss per epoch

    private struct Curve {
        var line: Int
        var rows: [(epoch: Int, train: Double?, val: Double?)]
        var markers: [(epoch: Int, y: Double?)]
    }

    mutating func lossFigures() -> [Built] {
        guard t.epochs.values.contains(where: { !$0.isEmpty }) else {
            skipped.append((.loss, "epochs.csv has no rows"))
            return []
        }
        let lineAxis = v.design.first
        let panelAxis = v.design.count > 1 ? v.design[1] : nil
        var figureAxes = Array(v.design.dropFirst(2))
        if v.combinations(figureAxes).count > 12 { figureAxes = Array(figureAxes.prefix(1)) }
        let used = [lineAxis, panelAxis].compactMap { $0 } + figureAxes
        let lineValues: [String?] = lineAxis.map { v.values($0) } ?? [nil]
        let panelValues: [String?] = panelAxis.map { v.values($0) } ?? [nil]
        let hasVal = t.epochs.values.contains { $0.contains { $0.valLoss.map(\.isFinite) ?? false } }
        let maxEpoch = t.epochs.values.flatMap { $0.map(\.epoch) }.max() ?? 1
        // One scale for every loss figure, so that they compare at a glance. It follows the
        // runs that finished: a run that diverged may reach 1e30 before its loss becomes NaN
        // and would flatten everything else.
        var okValues: [Double] = [], allValues: [Double] = []
        for r in t.runs {
            for e in t.epochs[r.id] ?? [] {
                for x in [e.trainLoss, e.valLoss].compactMap({ $0 }) where x.isFinite {
                    allValues.append(x)
                    if r.isOK { okValues.append(x) }
                }
            }
        }
        let rangeValues = okValues.isEmpty ? allValues : okValues
        let log = GP.spansDecades(rangeValues)
        let (lo, hi) = log ? (GP.logRange(rangeValues) ?? (0.1, 10)) : GP.linearRange(rangeValues)
        func y(_ x: Double?) -> Double? {
            guard let x, x.isFinite else { return nil }
            return log && x <= 0 ? nil : x
        }
        /// A marker inside the plotted range (on the edge when its loss is outside).
        func clamped(_ x: Double?) -> Double {
            guard let x, x.isFinite else { return hi }
            return min(max(x, lo), hi)
        }
        var out: [Built] = []
        for key in v.combinations(figureAxes) {
            let figRuns = v.runs(key)
            if figRuns.isEmpty { continue }
            let keyText = figureAxes.map { label($0, key[$0]) }.joined(separator: ", ")
            let name = uniqueName(figureAxes.isEmpty ? "loss" : "loss_" + figureAxes.map { GP.fileSafe(key[$0]!) }.joined(separator: "_"))

            var panels: [(title: String, curves: [Curve], empty: String?)] = []
            var anyMarker = false
            for pv in panelValues {
                var curves: [Curve] = []
                var notes: [String] = []
                var panelRuns = 0
                for (li, lv) in lineValues.enumerated() {
                    var filter: [Int: String] = [:]
                    if let a = panelAxis, let pv { filter[a] = pv }
                    if let a = lineAxis, let lv { filter[a] = lv }
                    let group = v.runs(filter, in: figRuns)
                    if group.isEmpty { continue }
                    panelRuns += group.count
                    // The line is the mean of the runs that finished; of all runs when none did.
                    let okRuns = group.filter(\.isOK)
                    let averaged = okRuns.isEmpty ? group : okRuns
                    var sums: [Int: (Double, Int, Double, Int)] = [:]
                    for r in averaged {
                        for e in t.epochs[r.id] ?? [] {
                            var s = sums[e.epoch] ?? (0, 0, 0, 0)
                            if let x = e.trainLoss, x.isFinite { s.0 += x; s.1 += 1 }
                            if let x = e.valLoss, x.isFinite { s.2 += x; s.3 += 1 }
                            sums[e.epoch] = s
                        }
                    }
                    var markers: [(Int, Double?)] = []
                    for r in group where r.status == "diverged" {
                        let rows = t.epochs[r.id] ?? []
                        if let last = rows.last(where: { $0.trainLoss.map(\.isFinite) ?? false }) {
                            markers.append((last.epoch, last.trainLoss))
                        } else {
                            markers.append((Int(r.number("diverged_epoch") ?? 1), nil))
                        }
                    }
                    let status = v.aggregate(group)
                    if status.notOK > 0 { notes.append((lv ?? "run") + ": " + status.statusText) }
                    let rows = sums.keys.sorted().map { e -> (Int, Double?, Double?) in
                        let s = sums[e]!
                        return (e, s.1 > 0 ? s.0 / Double(s.1) : nil, s.3 > 0 ? s.2 / Double(s.3) : nil)
                    }
                    if !markers.isEmpty { anyMarker = true }
                    if !rows.isEmpty || !markers.isEmpty { curves.append(Curve(line: li, rows: rows, markers: markers)) }
                }
                if panelRuns == 0 { continue }
                var title = label(panelAxis, pv)
                if title.isEmpty { title = lineAxis == nil ? t.name : "all cells" }
                if !notes.isEmpty { title += "\n" + Self.wrap(notes) }
                let hasData = curves.contains { c in c.rows.contains { $0.train != nil || $0.val != nil } }
                panels.append((title, curves, hasData ? nil : "no finished epochs"))
            }

            var entries: [LegendEntry] = []
            if lineAxis != nil {
                for (li, lv) in lineValues.enumerated() { entries.append(.line(GP.color(li), lv ?? "", dash: GP.dash(li))) }
                entries.append(.gap)
                entries.append(.line("#000000", "training"))
                if hasVal { entries.append(.line("#000000", "validation", dash: 2)) }
            } else {
                entries.append(.line(GP.color(0), "training"))
                if hasVal { entries.append(.line(GP.color(0), "validation", dash: 2)) }
            }
            if anyMarker { entries.append(.points("#000000", "diverged", pt: 2, ps: 1.5)) }
            var grid = PanelGrid(count: panels.count, legendWidth: PanelGrid.legendWidth(entries, title: lineAxis.map(v.axisName)))
            var title = "Training (solid) and validation (dashed) loss per epoch"
            if !hasVal { title = "Training loss per epoch" }
            if !keyText.isEmpty { title += ", " + keyText }
            let avg = v.averagedPhrase(except: used)
            let sub = [avg.isEmpty ? nil : avg.prefix(1).uppercased() + avg.dropFirst(), log ? "log scale" : nil,
                       anyMarker ? "x = a run that diverged, at its last finite training loss (on the edge when off the scale)" : nil].compactMap { $0 }
            if !sub.isEmpty { title += "\n" + sub.joined(separator: "; ") }
            grid.fit(title: title)
            let data = GPData(fileName: "\(name).dat", about: [
                "Loss per epoch" + (keyText.isEmpty ? "" : " for " + keyText) + (avg.isEmpty ? "" : " (" + avg + ")"),
                "curve blocks: epoch train_loss val_loss; marker blocks: epoch loss (diverged runs)",
            ])
            var s = GPScript(name: name, title: title, width: grid.width, height: grid.height)
            s.about = ["Lines: " + (lineAxis.map(v.axisName) ?? "one per panel") + "; panels: " + (panelAxis.map(v.axisName) ?? "one")]
            s.data = [data]
            s.add("set multiplot title \(GP.str(title)) font \",12\"")
            s.panelDefaults()
            s.add("set xlabel \"epoch\"", "set ylabel \(GP.str(log ? "loss (log scale)" : "loss"))",
                  maxEpoch > 1 ? "set xrange [1:\(maxEpoch)]" : "set xrange [0.5:1.5]",
                  maxEpoch <= 12 ? "set xtics 1" : "set xtics autofreq",
                  "set yrange [\(GP.num(lo)):\(GP.num(hi))]", log ? "set logscale y" : "unset logscale y", "set format y \"%g\"")
            let style = maxEpoch <= 20 ? "with linespoints pt 7 ps 0.45" : "with lines"
            for (pi, p) in panels.enumerated() {
                s.add(grid.place(pi))
                s.add("set title \(GP.str(p.title))", "unset label")
                var clauses: [String] = []
                for c in p.curves {
                    let color = GP.str(GP.color(c.line)), dash = GP.dash(c.line)
                    let lineName = lineValues[c.line] ?? "loss"
                    let pname = p.title.split(separator: "\n").first.map(String.init) ?? ""
                    if c.rows.contains(where: { $0.train != nil || $0.val != nil }) {
                        let i = data.add("\(pname) | \(lineName): epoch train_loss val_loss",
                                         c.rows.map { [Double($0.epoch), y($0.train), y($0.val)] })
                        if c.rows.contains(where: { y($0.train) != nil }) {
                            clauses.append("\(data.ref) index \(i) using 1:2 \(style) lw 2 dt \(dash) lc rgb \(color) notitle")
                        }
                        if c.rows.contains(where: { y($0.val) != nil }) {
                            clauses.append("\(data.ref) index \(i) using 1:3 \(style) lw 2 dt 2 lc rgb \(color) notitle")
                        }
                    }
                    if !c.markers.isEmpty {
                        let i = data.add("\(pname) | \(lineName): diverged runs, epoch last_finite_train_loss",
                                         c.markers.map { [Double($0.epoch), clamped($0.y)] })
                        clauses.append("\(data.ref) index \(i) using 1:2 with points pt 2 ps 1.8 lw 2.5 lc rgb \(color) notitle")
                    }
                }
                if let why = p.empty { s.add("set label 1 \(GP.str(why)) at graph 0.5, graph 0.5 center tc rgb \"#b00000\"") }
                s.add("plot " + (clauses.isEmpty ? "NaN notitle" : clauses.joined(separator: ", ")))
            }
            s.legend(grid, title: lineAxis.map(v.axisName), entries: entries)
            s.add("unset multiplot")
            var caption = hasVal ? "Training loss (solid) and validation loss (dashed) after each epoch" : "Training loss after each epoch"
            if let a = lineAxis { caption += ", one line per \(v.axisName(a))" }
            if let a = panelAxis { caption += ", one panel per \(v.axisName(a))" }
            if !keyText.isEmpty { caption += "; this figure: \(keyText)" }
            caption += "."
            if !avg.isEmpty { caption += " Curves are the \(avg)." }
            if log { caption += " The losses span more than two decades, so the scale is logarithmic." }
            if !figureAxes.isEmpty { caption += " All loss figures share one scale." }
            if anyMarker { caption += " A cross marks a run that diverged, at its last finite training loss (on the top edge when that is off the scale); lines are the mean of the runs that finished, or of the diverged runs when none did, and the axis range follows the runs that finished." }
            out.append(built(s, kind: .loss, caption: caption))
        }
        return out
    }

    // MARK: 2. Heatmap of the final metric

    /// Viridis, five stops: dark purple to yellow.
    private static let heatStops: [(Double, (Double, Double, Double))] = [
        (0, (0x44, 0x01, 0x54)), (0.25, (0x3B, 0x52, 0x8B)), (0.5, (0x21, 0x90, 0x8C)), (0.75, (0x5D, 0xC8, 0x63)), (1, (0xFD, 0xE7, 0x25)),
    ]

    private static func heatLuminance(_ t: Double) -> Double {
        let x = min(1, max(0, t))
        var (a, b) = (heatStops[0], heatStops[heatStops.count - 1])
        for i in 0..<(heatStops.count - 1) where x >= heatStops[i].0 && x <= heatStops[i + 1].0 { (a, b) = (heatStops[i], heatStops[i + 1]) }
        let f = b.0 == a.0 ? 0 : (x - a.0) / (b.0 - a.0)
        func lin(_ c: Double) -> Double { let s = c / 255; return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4) }
        let r = a.1.0 + (b.1.0 - a.1.0) * f, g = a.1.1 + (b.1.1 - a.1.1) * f, bl = a.1.2 + (b.1.2 - a.1.2) * f
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl)
    }

    mutating func heatmapFigures() -> [Built] {
        guard v.design.count >= 2 else {
            skipped.append((.heatmap, "needs two axes with several values each"))
            return []
        }
        let ra = v.design[0], ca = v.design[1]
        let rows = v.values(ra), cols = v.values(ca)
        let name = uniqueName("heatmap")
        let avg = v.averagedPhrase(except: [ra, ca])
        var cells: [(x: Int, y: Int, agg: SweepView.Aggregate?, text: String, planned: Bool)] = []
        var means: [Double] = []
        for (yi, rv) in rows.enumerated() {
            for (xi, cv) in cols.enumerated() {
                let f = [ra: rv, ca: cv]
                let group = v.runs(f)
                if group.isEmpty {
                    cells.append((xi, yi, nil, v.planned(f) ? "not run" : "excluded", v.planned(f)))
                    continue
                }
                let a = v.aggregate(group)
                var lines: [String] = []
                if let m = a.mean {
                    means.append(m)
                    lines.append(v.format(m))
                    if let sd = a.std { lines.append("±" + v.formatSpread(sd, of: m)) }
                    if a.notOK > 0 { lines.append("(" + a.statusText + ")") }
                } else {
                    lines.append(a.statusText.isEmpty ? "no value" : a.statusText)
                }
                cells.append((xi, yi, a, lines.joined(separator: "\n"), true))
            }
        }
        var lo = means.min() ?? 0, hi = means.max() ?? 1
        if hi - lo < 1e-12 { lo -= 0.5 * max(abs(lo), 1e-3); hi += 0.5 * max(abs(hi), 1e-3) }
        let longestCol = cols.map(\.count).max() ?? 1, longestRow = rows.map(\.count).max() ?? 1
        let cellW = min(170, max(96, longestCol * 8 + 24)), cellH = 64
        let lmargin = max(10, longestRow + 6)
        let rotate = longestCol * 7 > cellW - 10
        let title = "\(v.metricTitle) by \(v.axisName(ra)) and \(v.axisName(ca))" + (avg.isEmpty ? "" : "\n" + avg)
        let titleWidth = Int(Double(title.split(separator: "\n").map(\.count).max() ?? 0) * 8.5) + 60
        let width = max(560, cols.count * cellW + lmargin * 8 + 190, titleWidth)
        let height = max(360, rows.count * cellH + 150 + (rotate ? longestCol * 5 : 0))
        let data = GPData(fileName: "\(name).dat", about: [
            "\(v.metricTitle) by \(v.axisName(ra)) (y) and \(v.axisName(ca)) (x)" + (avg.isEmpty ? "" : ", " + avg),
            "columns: x y mean std (only cells with a value; the others are drawn as grey boxes in the script)",
            "x: " + cols.enumerated().map { "\($0.offset)=\($0.element)" }.joined(separator: " "),
            "y: " + rows.enumerated().map { "\($0.offset)=\($0.element)" }.joined(separator: " "),
        ])
        var s = GPScript(name: name, title: title, width: width, height: height)
        s.about = ["Each cell: the mean, ± the standard deviation over seeds when there are several, and how many runs diverged or failed."]
        s.data = [data]
        let idx = data.add("x y mean std", cells.compactMap { c in c.agg?.mean.map { [Double(c.x), Double(c.y), $0, c.agg?.std] } })
        let stops = (v.higherIsBetter ? Self.heatStops : Self.heatStops.reversed().map { (1 - $0.0, $0.1) })
            .map { String(format: "%.2f '#%02X%02X%02X'", $0.0, Int($0.1.0), Int($0.1.1), Int($0.1.2)) }
        s.add("set title \(GP.str(title)) font \",12\"",
              "set lmargin \(lmargin)", "set rmargin 14", "set tmargin 4.5", "set bmargin \(rotate ? 5 + longestCol / 2 : 4)",
              "unset key", "unset grid", "set border lw 1 lc rgb \"#404040\"",
              "set xrange [-0.5:\(GP.num(Double(cols.count) - 0.5))]", "set yrange [\(GP.num(Double(rows.count) - 0.5)):-0.5]",
              "set xtics (" + cols.enumerated().map { "\(GP.str($0.element)) \($0.offset)" }.joined(separator: ", ") + ") scale 0"
                + (rotate ? " rotate by -30 left" : ""),
              "set ytics (" + rows.enumerated().map { "\(GP.str($0.element)) \($0.offset)" }.joined(separator: ", ") + ") scale 0",
              "set xlabel \(GP.str(v.axisName(ca)))", "set ylabel \(GP.str(v.axisName(ra)))",
              "set palette defined (" + stops.joined(separator: ", ") + ")",
              "set cbrange [\(GP.num(lo)):\(GP.num(hi))]", "set cblabel \(GP.str(v.metricTitle + (v.higherIsBetter ? " (higher is better)" : " (lower is better)")))",
              "set colorbox", "unset object", "unset label")
        var n = 1
        for c in cells {
            let x = Double(c.x), y = Double(c.y)
            let text: String
            if let m = c.agg?.mean {
                let tpos = (m - lo) / (hi - lo)
                text = Self.heatLuminance(v.higherIsBetter ? tpos : 1 - tpos) < 0.3 ? "#ffffff" : "#000000"
            } else {
                s.add("set object \(n) rect from \(GP.num(x - 0.5)),\(GP.num(y - 0.5)) to \(GP.num(x + 0.5)),\(GP.num(y + 0.5)) "
                      + "fc rgb \(GP.str(c.planned ? "#d9d9d9" : "#f2f2f2")) fs solid 1.0 border lc rgb \"#ffffff\" back")
                n += 1
                text = c.agg == nil ? "#606060" : "#b00000"
            }
            s.add("set label \(GP.str(c.text)) at \(GP.num(x)),\(GP.num(y)) center front tc rgb \(GP.str(text))")
        }
        if means.isEmpty {
            s.add("unset colorbox", "plot NaN notitle")
        } else {
            s.add("plot \(data.ref) index \(idx) using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 border lc rgb \"#ffffff\" fc palette notitle")
        }
        var caption = "\(v.metricTitle) for each \(v.axisName(ra)) and \(v.axisName(ca))"
        caption += avg.isEmpty ? "." : ", the \(avg)."
        if v.seedCount > 1 { caption += " Below each mean: ± the standard deviation over seeds." }
        caption += " Grey cells: every run diverged or failed (named in the cell); a cell where only some did shows the mean of the others and how many."
        return [built(s, kind: .heatmap, caption: caption)]
    }

    // MARK: 3. Learning rate per epoch

    mutating func learningRateFigures() -> [Built] {
        guard t.epochs.values.contains(where: { $0.contains { $0.lr != nil } }) else {
            skipped.append((.learningRate, "epochs.csv has no learning rates"))
            return []
        }
        let panelAxis = v.schedulerAxis
        let others = v.design.filter { $0 != panelAxis }
        let panelValues: [String?] = panelAxis.map { v.values($0) } ?? [nil]
        let name = uniqueName("lr")
        var labels: [String] = []
        var panels: [(title: String, curves: [(label: String, rows: [(Int, Double)])])] = []
        var all: [Double] = []
        for pv in panelValues {
            let runs = v.runs(panelAxis.flatMap { a in pv.map { [a: $0] } } ?? [:])
            if runs.isEmpty { continue }
            // Unique schedules in grid order; a shorter one (a run that diverged) joins the
            // first longer schedule it begins.
            var seqs: [[(Int, Double)]] = [], members: [[SweepTables.Run]] = []
            var noEpochs = 0
            for r in runs {
                let seq = (t.epochs[r.id] ?? []).compactMap { e in e.lr.map { (e.epoch, $0) } }
                if seq.isEmpty { noEpochs += 1; continue }
                if let i = seqs.firstIndex(where: { $0.count == seq.count && zip($0, seq).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 } }) {
                    members[i].append(r)
                } else { seqs.append(seq); members.append([r]) }
            }
            var keep = Array(repeating: true, count: seqs.count)
            for i in seqs.indices {
                if let j = seqs.indices.first(where: { $0 != i && keep[$0] && seqs[$0].count > seqs[i].count
                    && zip(seqs[$0], seqs[i]).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 } }) {
                    members[j] += members[i]; keep[i] = false
                }
            }
            var curves: [(String, [(Int, Double)])] = []
            for i in seqs.indices where keep[i] {
                var parts: [String] = []
                for a in others {
                    let present = v.values(a).filter { val in runs.contains { $0.axisValues[a] == val } }
                    let mine = v.values(a).filter { val in members[i].contains { $0.axisValues[a] == val } }
                    if mine != present { parts.append("\(v.axisName(a))=" + mine.joined(separator: ", ")) }
                }
                var l = parts.isEmpty ? (others.isEmpty && panelAxis == nil ? t.name : "all cells") : parts.joined(separator: "; ")
                if curves.contains(where: { $0.0 == l }) { l += " (\(i + 1))" }
                if !labels.contains(l) { labels.append(l) }
                curves.append((l, seqs[i]))
                all += seqs[i].map(\.1)
            }
            let st = v.aggregate(runs)
            var title = panelAxis.map { "\(v.axisName($0))=\(pv ?? "")" } ?? "learning rate"
            if st.notOK > 0 { title += "\n" + st.statusText + (noEpochs > 0 ? " (\(noEpochs) with no epochs)" : "") }
            panels.append((title, curves))
        }
        guard !panels.isEmpty else { return [] }
        let log = GP.spansDecades(all)
        let (lo, hi) = log ? (GP.logRange(all) ?? (1e-4, 1)) : GP.linearRange(all)
        let maxEpoch = t.epochs.values.flatMap { $0.map(\.epoch) }.max() ?? 1
        let entries = labels.enumerated().map { LegendEntry.linePoints(GP.color($0.offset), $0.element, pt: 7, dash: GP.dash($0.offset)) }
        var grid = PanelGrid(count: panels.count, panelWidth: 380, panelHeight: 290, legendWidth: PanelGrid.legendWidth(entries))
        let title = "Learning rate per epoch" + (panelAxis.map { ", one panel per \(v.axisName($0))" } ?? "")
            + (log ? "\nlog scale" : "")
        grid.fit(title: title)
        let data = GPData(fileName: "\(name).dat", about: ["Learning rate per epoch; each block: epoch lr"])
        var s = GPScript(name: name, title: title, width: grid.width, height: max(grid.height, 80 + labels.count * 18))
        s.about = ["Runs with the same schedule share one line, named by the axis values that set it apart."]
        s.data = [data]
        s.add("set multiplot title \(GP.str(title)) font \",12\"")
        s.panelDefaults()
        s.add("set xlabel \"epoch\"", "set ylabel \(GP.str(log ? "learning rate (log scale)" : "learning rate"))",
              maxEpoch > 1 ? "set xrange [1:\(maxEpoch)]" : "set xrange [0.5:1.5]",
              maxEpoch <= 12 ? "set xtics 1" : "set xtics autofreq",
              "set yrange [\(GP.num(lo)):\(GP.num(hi))]", log ? "set logscale y" : "unset logscale y", "set format y \"%g\"")
        let style = maxEpoch <= 30 ? "with linespoints pt 7 ps 0.5" : "with lines"
        for (pi, p) in panels.enumerated() {
            s.add(grid.place(pi))
            s.add("set title \(GP.str(p.title))")
            var clauses: [String] = []
            for c in p.curves {
                let li = labels.firstIndex(of: c.label) ?? 0
                let i = data.add("\(p.title.split(separator: "\n").first ?? "") | \(c.label)",
                                 c.rows.map { [Double($0.0), log && $0.1 <= 0 ? nil : $0.1] })
                clauses.append("\(data.ref) index \(i) using 1:2 \(style) lw 2 dt \(GP.dash(li)) lc rgb \(GP.str(GP.color(li))) notitle")
            }
            s.add("plot " + (clauses.isEmpty ? "NaN notitle" : clauses.joined(separator: ", ")))
        }
        s.legend(grid, title: nil, entries: entries)
        s.add("unset multiplot")
        var caption = "The learning rate used in each epoch"
        caption += panelAxis.map { ", one panel per \(v.axisName($0))." } ?? "."
        caption += " Runs that follow the same schedule share one line, named by the axis values that set them apart"
        caption += others.isEmpty ? "." : " (\(others.map(v.axisName).joined(separator: ", ")))."
        if log { caption += " Logarithmic scale." }
        return [built(s, kind: .learningRate, caption: caption)]
    }

    // MARK: 4. Final metric per cell

    mutating func finalMetricFigures() -> [Built] {
        guard t.runs.count > 1 else {
            skipped.append((.finalMetric, "a single run; its numbers are in the table above"))
            return []
        }
        let d = v.design
        let colorAxis: Int? = d.count >= 2 ? d[d.count - 1] : nil
        let groupAxis: Int? = d.count >= 2 ? d[d.count - 2] : d.first
        let panelAxes = d.count > 2 ? Array(d[0..<(d.count - 2)]) : []
        let groups: [String?] = groupAxis.map { v.values($0) } ?? [nil]
        let colors: [String?] = colorAxis.map { v.values($0) } ?? [nil]
        let nc = colors.count
        let name = uniqueName("final")
        let seeds = v.seedCount > 1
        struct Mark { var x: Double; var color: Int; var mean: Double?; var std: Double?; var seedMeans: [Double]; var status: String; var missing: String? }
        var panels: [(title: String, marks: [Mark])] = []
        var all: [Double] = []
        for key in v.combinations(panelAxes) {
            var marks: [Mark] = []
            let panelRuns = v.runs(key)
            if panelRuns.isEmpty { continue }
            for (gi, gv) in groups.enumerated() {
                for (ci, cv) in colors.enumerated() {
                    var f = key
                    if let a = groupAxis, let gv { f[a] = gv }
                    if let a = colorAxis, let cv { f[a] = cv }
                    let x = Double(gi * (nc + 1) + ci)
                    let group = v.runs(f, in: panelRuns)
                    if group.isEmpty {
                        if v.planned(f) { marks.append(Mark(x: x, color: ci, mean: nil, std: nil, seedMeans: [], status: "", missing: "not run")) }
                        continue
                    }
                    let a = v.aggregate(group)
                    marks.append(Mark(x: x, color: ci, mean: a.mean, std: a.std, seedMeans: seeds ? a.seedMeans : [], status: a.statusText, missing: nil))
                    if let m = a.mean { all.append(m); if let sd = a.std { all += [m - sd, m + sd] } }
                    if seeds { all += a.seedMeans }
                }
            }
            let title = panelAxes.isEmpty ? v.metricTitle : panelAxes.map { label($0, key[$0]) }.joined(separator: ", ")
            panels.append((title, marks))
        }
        let log = !v.higherIsBetter && GP.spansDecades(all)
        var (lo, hi) = log ? (GP.logRange(all) ?? (0.1, 10)) : GP.linearRange(all, fromZero: false)
        if !log { hi += (hi - lo) * 0.06 }
        if v.higherIsBetter && v.metric.contains("accuracy") { lo = max(lo, 0); hi = min(hi, 1.0); if hi <= lo { (lo, hi) = (0, 1) } }
        let groupLabels = groups.map { $0 ?? (d.isEmpty ? "all runs" : "") }
        let span = groups.count * (nc + 1) - 1
        let longest = groupLabels.map(\.count).max() ?? 1
        let panelWidth = max(380, min(900, (span + 2) * (nc > 1 ? 18 : 40) + 130))
        let groupPixels = Double(panelWidth - 130) * Double(nc + 1) / Double(span + 2)
        let rotate = Double(longest) * 7.5 > groupPixels - 6
        let anyBad = panels.contains { $0.marks.contains { $0.missing == nil && !$0.status.isEmpty } }
        var entries: [LegendEntry] = []
        for (ci, cv) in colors.enumerated() { entries.append(.points(GP.color(ci), cv ?? (seeds ? "mean" : v.metricTitle), pt: 7)) }
        if seeds { entries += [.gap, .points("#000000", "one seed", pt: 6, ps: 0.7)] }
        if anyBad { entries += [.gap, LegendEntry(style: "with points pt 0 lc rgb \"#ffffff\"", title: "red: diverged or failed")] }
        var grid = PanelGrid(count: panels.count, panelWidth: panelWidth, panelHeight: 320 + (rotate ? longest * 4 : 0),
                             legendWidth: PanelGrid.legendWidth(entries, title: colorAxis.map(v.axisName)), maxCols: panelWidth > 600 ? 2 : 4)
        let avg = v.averagedPhrase(except: d)
        var title = "\(v.metricTitle) per cell"
        let sub = [seeds ? "mean ± standard deviation over \(v.seedCount) seeds" : avg.isEmpty ? nil : avg, log ? "log scale" : nil].compactMap { $0 }
        if !sub.isEmpty { title += "\n" + sub.joined(separator: "; ") }
        grid.fit(title: title)
        let data = GPData(fileName: "\(name).dat", about: [
            "\(v.metricTitle) per cell; x positions: groups of \(groupAxis.map(v.axisName) ?? "cells")"
                + (colorAxis.map { ", one position per \(v.axisName($0)) inside a group" } ?? ""),
            "mean blocks: x mean std; seed blocks: x mean_of_one_seed",
        ])
        var s = GPScript(name: name, title: title, width: grid.width, height: grid.height)
        s.about = ["Runs that diverged or failed are named in red at their position."]
        s.data = [data]
        s.add("set multiplot title \(GP.str(title)) font \",12\"")
        s.panelDefaults()
        if rotate { s.add("set bmargin \(GP.num(3.5 + Double(longest) * 0.55))") }
        s.add("set xrange [-1:\(span + 1)]",
              "set xtics (" + groupLabels.enumerated().map { "\(GP.str($0.element)) \(GP.num(Double($0.offset * (nc + 1)) + Double(nc - 1) / 2))" }
                .joined(separator: ", ") + ")" + (rotate ? " rotate by -35 left" : ""),
              "set grid noxtics ytics",
              "set xlabel \(GP.str(groupAxis.map(v.axisName) ?? ""))", "set ylabel \(GP.str(v.metricTitle + (log ? " (log scale)" : "")))",
              "set yrange [\(GP.num(lo)):\(GP.num(hi))]", log ? "set logscale y" : "unset logscale y", "set format y \"%g\"")
        for (pi, p) in panels.enumerated() {
            s.add(grid.place(pi))
            s.add("set title \(GP.str(p.title))", "unset label", "unset arrow")
            for g in 1..<max(1, groups.count) {
                let x = Double(g * (nc + 1)) - 1
                s.add("set arrow from \(GP.num(x)), graph 0 to \(GP.num(x)), graph 1 nohead lw 1 lc rgb \"#e6e6e6\" back")
            }
            var clauses: [String] = []
            for ci in 0..<nc {
                let ms = p.marks.filter { $0.color == ci }
                let color = GP.str(GP.color(ci))
                let withMean = ms.filter { $0.mean != nil }
                if !withMean.isEmpty {
                    let i = data.add("\(p.title) | \(colors[ci] ?? "all"): x mean std", withMean.map { [$0.x, $0.mean, $0.std ?? 0] })
                    clauses.append(seeds ? "\(data.ref) index \(i) using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb \(color) notitle"
                                         : "\(data.ref) index \(i) using 1:2 with points pt 7 ps 1.2 lc rgb \(color) notitle")
                }
                let seedRows = ms.flatMap { m in m.seedMeans.map { [m.x, $0] as [Double?] } }
                if !seedRows.isEmpty {
                    let i = data.add("\(p.title) | \(colors[ci] ?? "all"): x mean_of_one_seed", seedRows)
                    clauses.append("\(data.ref) index \(i) using 1:2 with points pt 6 ps 0.6 lc rgb \(color) notitle")
                }
                for m in ms {
                    let text = m.missing ?? m.status
                    guard !text.isEmpty else { continue }
                    let color = GP.str(m.missing == nil ? "#b00000" : "#707070")
                    if let mean = m.mean {
                        // Some seeds did not finish: say how many above the point's error bar.
                        let top = min(hi, mean + (m.std ?? 0))
                        s.add("set label \(GP.str(text)) at \(GP.num(m.x)), \(GP.num(top)) center offset 0,0.9 front font \",8\" tc rgb \(color)")
                    } else {
                        s.add("set label \(GP.str(text)) at \(GP.num(m.x)), graph 0.03 rotate by 90 left front font \",9\" tc rgb \(color)")
                    }
                }
            }
            s.add("plot " + (clauses.isEmpty ? "NaN notitle" : clauses.joined(separator: ", ")))
        }
        s.legend(grid, title: colorAxis.map(v.axisName), entries: entries)
        s.add("unset multiplot")
        var caption = "\(v.metricTitle) of every cell"
        if let g = groupAxis { caption += ", grouped by \(v.axisName(g))" }
        if let c = colorAxis { caption += ", coloured by \(v.axisName(c))" }
        if !panelAxes.isEmpty { caption += ", one panel per " + panelAxes.map(v.axisName).joined(separator: " and ") }
        caption += "."
        if seeds { caption += " Points are means over \(v.seedCount) seeds with error bars of one standard deviation; small circles are single seeds." }
        else if !avg.isEmpty { caption += " Values are the \(avg)." }
        caption += " Runs that diverged or failed are named in red at their position instead of a point."
        return [built(s, kind: .finalMetric, caption: caption)]
    }

    // MARK: 5. Per-layer statistics

    mutating func layerFigures() -> [Built] {
        guard t.layers.values.contains(where: { !$0.isEmpty }) else {
            skipped.append((.layers, "layers.csv has no rows"))
            return []
        }
        let lineAxis = v.initializerAxis ?? v.design.first
        let lineValues: [String?] = lineAxis.map { v.values($0) } ?? [nil]
        var stageNames: [String] = []
        for r in t.runs { for l in t.layers[r.id] ?? [] where !stageNames.contains(l.stage) { stageNames.append(l.stage) } }
        let known = ["init", "epoch1"]
        stageNames = known.filter(stageNames.contains) + stageNames.filter { !known.contains($0) }.sorted()
        let stats: [(String, KeyPath<SweepTables.Layer, Double?>)] = [
            ("activation mean", \.activationMean), ("activation std", \.activationStd), ("gradient norm", \.gradNorm),
        ]
        // means[stage][stat][line] = [(depth, mean)], plus lines with non-finite values per stage.
        var means: [[[[(Int, Double)]]]] = []
        var nonFinite: [[String]] = []
        var leftOut: [[String]] = []
        var maxDepth = 1
        for st in stageNames {
            var perStat: [[[(Int, Double)]]] = Array(repeating: [], count: stats.count)
            var bad: [String] = []
            var left: [String: Int] = [:]
            for lv in lineValues {
                var group = v.runs(lineAxis.flatMap { a in lv.map { [a: $0] } } ?? [:])
                // After training has started, runs that diverged are left out (their numbers can
                // be 1e8 or NaN), unless no run of the line finished.
                if st != "init", group.contains(where: \.isOK), group.contains(where: { !$0.isOK }) {
                    left[lv ?? "runs", default: 0] += group.filter { !$0.isOK }.count
                    group = group.filter(\.isOK)
                }
                var sums: [[Int: (Double, Int)]] = Array(repeating: [:], count: stats.count)
                var sawBad = false
                for r in group {
                    for l in t.layers[r.id] ?? [] where l.stage == st {
                        maxDepth = max(maxDepth, l.depth)
                        for (k, stat) in stats.enumerated() {
                            guard let x = l[keyPath: stat.1] else { continue }
                            if x.isFinite { var s = sums[k][l.depth] ?? (0, 0); s.0 += x; s.1 += 1; sums[k][l.depth] = s } else { sawBad = true }
                        }
                    }
                }
                if sawBad { bad.append(lv ?? "runs") }
                for k in stats.indices {
                    perStat[k].append(sums[k].keys.sorted().map { ($0, sums[k][$0]!.0 / Double(sums[k][$0]!.1)) })
                }
            }
            means.append(perStat)
            nonFinite.append(bad)
            leftOut.append(lineValues.compactMap { lv in left[lv ?? "runs"].map { "\(lv ?? "runs"): \($0)" } })
        }
        let name = uniqueName("layers")
        let gradValues = means.flatMap { $0[2].flatMap { $0.map(\.1) } }
        let anyZero = gradValues.contains { $0 > 0 } && gradValues.contains { $0 <= 0 }
        var entries = lineValues.enumerated().map { LegendEntry.linePoints(GP.color($0.offset), $0.element ?? "all runs", pt: 7, dash: GP.dash($0.offset)) }
        if anyZero { entries += [.gap, .points("#000000", "gradient norm 0", pt: 4, ps: 1.2), LegendEntry(style: "with points pt 0 lc rgb \"#ffffff\"", title: "(on the bottom edge)")] }
        var grid = PanelGrid(count: stageNames.count * stats.count, panelWidth: 360, panelHeight: 280,
                             legendWidth: PanelGrid.legendWidth(entries, title: lineAxis.map(v.axisName)), maxCols: stats.count)
        let avg = v.averagedPhrase(except: lineAxis.map { [$0] } ?? [])
        let stageTitle: (String) -> String = { $0 == "init" ? "at initialization" : $0 == "epoch1" ? "after epoch 1" : $0 }
        var title = "Per-layer statistics " + stageNames.map(stageTitle).joined(separator: " and ")
            + (lineAxis.map { ", one line per \(v.axisName($0))" } ?? "")
        if !avg.isEmpty { title += "\n" + avg.prefix(1).uppercased() + avg.dropFirst() }
        grid.fit(title: title)
        let data = GPData(fileName: "\(name).dat", about: [
            "Per-layer statistics from layers.csv (after each Linear block's activation; logits for the last)",
            "line blocks: depth value; zero blocks: depth bottom_of_log_axis (a gradient norm of exactly 0)",
        ])
        var s = GPScript(name: name, title: title, width: grid.width, height: grid.height)
        s.about = ["Rows: stages; columns: activation mean, activation std, gradient norm of the layer's weights."]
        s.data = [data]
        s.add("set multiplot title \(GP.str(title)) font \",12\"")
        s.panelDefaults()
        s.add("set xlabel \"layer (1 = first)\"", "set xrange [\(GP.num(0.8)):\(GP.num(Double(maxDepth) + 0.2))]", "set xtics 1", "set format y \"%g\"")
        for (k, stat) in stats.enumerated() {
            let values = means.flatMap { $0[k].flatMap { $0.map(\.1) } }
            let log = k == 2 && values.contains { $0 > 0 }
            var range = log ? (GP.logRange(values) ?? (1e-3, 1)) : GP.linearRange(values, fromZero: k != 0)
            if log, values.contains(where: { $0 <= 0 }) { range.0 /= 10 }
            for (si, st) in stageNames.enumerated() {
                s.add(grid.place(si * stats.count + k))
                var ptitle = "\(stat.0), \(stageTitle(st))"
                if !leftOut[si].isEmpty && k == 0 { ptitle += "\ndiverged runs left out: " + leftOut[si].joined(separator: ", ") }
                if !nonFinite[si].isEmpty && k == 1 { ptitle += "\nnon-finite values left out: " + nonFinite[si].joined(separator: ", ") }
                s.add("set title \(GP.str(ptitle))", "set ylabel \(GP.str(stat.0 + (log ? " (log scale)" : "")))",
                      "set yrange [\(GP.num(range.0)):\(GP.num(range.1))]", log ? "set logscale y" : "unset logscale y",
                      k == 0 ? "set xzeroaxis lt 1 lw 1 lc rgb \"#999999\"" : "unset xzeroaxis")
                var clauses: [String] = []
                for (li, lv) in lineValues.enumerated() {
                    let rows = means[si][k][li]
                    if rows.isEmpty { continue }
                    let color = GP.str(GP.color(li))
                    let shown = rows.map { [Double($0.0), log && $0.1 <= 0 ? nil : $0.1] as [Double?] }
                    if shown.contains(where: { $0[1] != nil }) {
                        let i = data.add("\(stat.0), \(st) | \(lv ?? "all"): depth value", shown)
                        clauses.append("\(data.ref) index \(i) using 1:2 with linespoints lw 2 dt \(GP.dash(li)) pt 7 ps 0.8 lc rgb \(color) notitle")
                    }
                    let zeros = log ? rows.filter { $0.1 <= 0 } : []
                    if !zeros.isEmpty {
                        let i = data.add("\(stat.0), \(st) | \(lv ?? "all"): depth, exactly zero (drawn at the bottom)",
                                         zeros.map { [Double($0.0), range.0] })
                        clauses.append("\(data.ref) index \(i) using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb \(color) notitle")
                    }
                }
                s.add("plot " + (clauses.isEmpty ? "NaN notitle" : clauses.joined(separator: ", ")))
            }
        }
        s.legend(grid, title: lineAxis.map(v.axisName), entries: entries)
        s.add("unset multiplot")
        var caption = "Mean and standard deviation of each layer's output (after its activation; the logits for the last layer) and the norm of the loss gradient with respect to its weights, "
            + stageNames.map(stageTitle).joined(separator: " and ") + ", measured on up to 256 training samples"
        if let a = lineAxis { caption += ", one line per \(v.axisName(a))" }
        caption += "."
        if !avg.isEmpty { caption += " Values are the \(avg)." }
        caption += " Shrinking gradient norms towards the first layer mean vanishing gradients, growing ones exploding gradients; identical zero statistics mean the units cannot become different (zero initialization)."
        if anyZero { caption += " A gradient norm of exactly zero cannot be drawn on the log scale; it is shown as a square on the bottom edge." }
        return [built(s, kind: .layers, caption: caption)]
    }
}
