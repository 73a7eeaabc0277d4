import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

extension FigureBuilder {
    /// Viridis, five stops: dark purple to yellow.
    private static let heatStops: [(Double, (Double, Double, Double))] = [
        (0, (0x44, 0x01, 0x54)), (0.25, (0x3B, 0x52, 0x8B)), (0.5, (0x21, 0x90, 0x8C)), (0.75, (0x5D, 0xC8, 0x63)),
        (1, (0xFD, 0xE7, 0x25))
    ]

    private static func heatLuminance(_ t: Double) -> Double {
        let x = min(1, max(0, t))
        var (a, b) = (heatStops[0], heatStops[heatStops.count - 1])
        for i in 0..<(heatStops.count - 1) where x >= heatStops[i].0 && x <= heatStops[i + 1].0 {
            (a, b) = (heatStops[i], heatStops[i + 1])
        }
        let f = b.0 == a.0 ? 0 : (x - a.0) / (b.0 - a.0)
        func lin(_ c: Double) -> Double {
            let s = c / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        let r = a.1.0 + (b.1.0 - a.1.0) * f
        let g = a.1.1 + (b.1.1 - a.1.1) * f
        let bl = a.1.2 + (b.1.2 - a.1.2) * f
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl)
    }

    /// The final metric over the first two axes, one cell per pair of values.
    mutating func heatmapFigures() -> [FigureModel] {
        guard v.design.count >= 2 else {
            skipped.append((.heatmap, "needs two axes with several values each"))
            return []
        }
        let ra = v.design[0]
        let ca = v.design[1]
        let rows = v.values(ra)
        let cols = v.values(ca)
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
                    if let sd = a.ci95 { lines.append("±" + v.formatSpread(sd, of: m)) }
                    if a.notOK > 0 { lines.append("(" + a.statusText + ")") }
                } else {
                    lines.append(a.statusText.isEmpty ? "no value" : a.statusText)
                }
                cells.append((xi, yi, a, lines.joined(separator: "\n"), true))
            }
        }
        var lo = means.min() ?? 0
        var hi = means.max() ?? 1
        if hi - lo < 1e-12 {
            lo -= 0.5 * max(abs(lo), 1e-3)
            hi += 0.5 * max(abs(hi), 1e-3)
        }
        let longestCol = cols.map(\.count).max() ?? 1
        let longestRow = rows.map(\.count).max() ?? 1
        let cellW = min(170, max(96, longestCol * 8 + 24))
        let cellH = 64
        let lmargin = max(10, longestRow + 6)
        let rotate = longestCol * 7 > cellW - 10
        let title = "\(v.metricTitle) by \(v.axisName(ra)) and \(v.axisName(ca))" + (avg.isEmpty ? "" : "\n" + avg)
        let titleWidth = Int(Double(title.split(separator: "\n").map(\.count).max() ?? 0) * 8.5) + 60
        let width = max(560, cols.count * cellW + lmargin * 8 + 190, titleWidth)
        let height = max(360, rows.count * cellH + 150 + (rotate ? longestCol * 5 : 0))

        var f = FigureModel(
            name: name, kind: .heatmap, title: title,
            layout: .single(
                width: width, height: height,
                margins: Margins(
                    left: Double(lmargin), right: 14, top: 4.5, bottom: Double(rotate ? 5 + longestCol / 2 : 4))))
        f.notes = [
            "Each cell: the mean, ± the half-width of its 95% Student t interval over seeds when there are several, and how many runs diverged or failed."
        ]
        f.dataNotes = [
            "\(v.metricTitle) by \(v.axisName(ra)) (y) and \(v.axisName(ca)) (x)" + (avg.isEmpty ? "" : ", " + avg),
            "columns: x y mean std (only cells with a value; the others are drawn as grey boxes in the script)",
            "x: " + cols.enumerated().map { "\($0.offset)=\($0.element)" }.joined(separator: " "),
            "y: " + rows.enumerated().map { "\($0.offset)=\($0.element)" }.joined(separator: " ")
        ]
        f.x = PlotAxis(
            label: v.axisName(ca), range: (-0.5, Double(cols.count) - 0.5),
            ticks: .named(cols.enumerated().map { ($0.element, Double($0.offset)) }, marks: false),
            tickRotation: rotate ? -30 : nil)
        f.y = PlotAxis(
            label: v.axisName(ra), range: (Double(rows.count) - 0.5, -0.5),
            ticks: .named(rows.enumerated().map { ($0.element, Double($0.offset)) }, marks: false))
        let stops = v.higherIsBetter ? Self.heatStops : Self.heatStops.reversed().map { (1 - $0.0, $0.1) }
        f.colorScale = ColorScale(
            stops: stops.map { ($0.0, String(format: "#%02X%02X%02X", Int($0.1.0), Int($0.1.1), Int($0.1.2))) },
            range: (lo, hi), label: v.metricTitle + (v.higherIsBetter ? " (higher is better)" : " (lower is better)"))
        var panel = Panel()
        for c in cells {
            let x = Double(c.x)
            let y = Double(c.y)
            let text: String
            if let m = c.agg?.mean {
                let tpos = (m - lo) / (hi - lo)
                text = Self.heatLuminance(v.higherIsBetter ? tpos : 1 - tpos) < 0.3 ? "#ffffff" : "#000000"
            } else {
                panel.boxes.append(
                    Box(from: (x - 0.5, y - 0.5), to: (x + 0.5, y + 0.5), color: c.planned ? "#d9d9d9" : "#f2f2f2"))
                text = c.agg == nil ? "#606060" : "#b00000"
            }
            panel.labels.append(TextLabel(text: c.text, x: .data(x), y: .data(y), color: text))
        }
        let values = cells.compactMap { c in c.agg?.mean.map { [Double(c.x), Double(c.y), $0, c.agg?.ci95] } }
        panel.series = [
            Series(about: "x y mean std", rows: values, draws: means.isEmpty ? [] : [Draw(extra: 2, style: .cells)])
        ]
        f.panels = [panel]
        var caption = "\(v.metricTitle) for each \(v.axisName(ra)) and \(v.axisName(ca))"
        caption += avg.isEmpty ? "." : ", the \(avg)."
        if v.seedCount > 1 { caption += " Below each mean: ± the half-width of its 95% interval over seeds." }
        caption +=
            " Grey cells: every run diverged or failed (named in the cell); a cell where only some did shows the mean of the others and how many."
        f.caption = caption
        return [f]
    }
}
