import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

extension FigureBuilder {
    /// For every design axis whose values are all numbers (such as `optimizer.lr`): the final
    /// metric against that axis on a numeric axis (log-scaled when the values span two decades or
    /// more), one line per value of another design axis, each point the mean over seeds with a
    /// band for its 95% Student t interval (the learning-rate sensitivity figure of DeepOBS).
    mutating func sensitivityFigures() -> [FigureModel] {
        var figures: [FigureModel] = []
        for axis in v.design {
            let numbers = v.values(axis).map { Double($0) }
            guard numbers.count >= 3, numbers.allSatisfy({ $0?.isFinite == true }) else { continue }
            let xs = numbers.map { $0! }
            let log = xs.allSatisfy { $0 > 0 } && GnuplotText.spansDecades(xs, 2 - 1e-9)
            let lineAxis = v.design.first { $0 != axis }
            let lineValues: [String?] = lineAxis.map { v.values($0) } ?? [nil]
            let averaged = v.design.filter { $0 != axis && $0 != lineAxis }
            var panel = Panel(title: "")
            var legend: [Legend.Entry] = []
            var all: [Double] = []
            var marked = false
            for (li, lv) in lineValues.enumerated() {
                var rows: [[Double?]] = []
                for (xi, value) in v.values(axis).enumerated() {
                    var filter = [axis: value]
                    if let la = lineAxis, let lv { filter[la] = lv }
                    let a = v.aggregate(v.runs(filter))
                    guard let m = a.mean else { continue }
                    let h = a.ci95 ?? 0
                    rows.append([xs[xi], m, m - h, m + h])
                    all += [m - h, m + h]
                }
                guard !rows.isEmpty else { continue }
                let color = Palette.color(li)
                let about = lineAxis.map { "\(v.axisName($0))=\(lv ?? "")" } ?? v.metricTitle
                panel.series.append(
                    Series(
                        about: about + ": x mean low high", rows: rows,
                        draws: [
                            Draw(x: 0, y: 2, extra: 3, style: .band(color)),
                            Draw(style: .linesPoints(color, dash: Palette.dash(li), size: 0.7))
                        ]))
                legend.append(.linePoints(color, lineAxis == nil ? v.metricTitle : (lv ?? ""), dash: Palette.dash(li)))
                // A tuned grid's search: the point its selection chose on this line.
                if averaged.isEmpty,
                    let sel = selected.first(where: { r in lineAxis.map { r[v.axisName($0)] == lv } ?? true }),
                    let x = sel[v.axisName(axis)].flatMap(Double.init), let row = rows.first(where: { $0[0] == x })
                {
                    panel.series.append(
                        Series(
                            about: "selected: x mean", rows: [[x, row[1]]],
                            draws: [Draw(style: .points(color, .openCircle, size: 2.4, width: 2))]))
                    marked = true
                }
            }
            guard !panel.series.isEmpty else { continue }
            if marked { legend.append(.points("#000000", "selected", .openCircle, size: 2.4)) }
            let name = uniqueName("sensitivity-" + v.axisName(axis).map { $0.isLetter || $0.isNumber ? $0 : "_" })
            var title = "\(v.metricTitle) against \(v.axisName(axis))"
            var sub: [String] = []
            if v.seedCount > 1 { sub.append("mean over \(v.seedCount) seeds, band: 95% interval") }
            if !averaged.isEmpty { sub.append("averaged over " + averaged.map(v.axisName).joined(separator: ", ")) }
            if !sub.isEmpty { title += "\n" + sub.joined(separator: "; ") }
            var f = FigureModel(
                name: name, kind: .sensitivity, title: title,
                layout: .grid(panelWidth: 520, panelHeight: 340, minHeight: 80 + legend.count * 18))
            f.dataNotes = [
                "The final metric against \(v.axisName(axis)); each block: x mean low high (95% interval over seeds)"
            ]
            let (lo, hi) = GnuplotText.linearRange(all, fromZero: false)
            f.x = PlotAxis(
                label: v.axisName(axis) + (log ? " (log scale)" : ""),
                range: log ? GnuplotText.logRange(xs) : (xs.min()!, xs.max()!), log: log)
            f.y = PlotAxis(label: v.metricTitle, range: (lo, hi))
            f.panels = [panel]
            f.legend = Legend(title: lineAxis.map(v.axisName), entries: legend)
            f.caption =
                "The final \(v.metricTitle) against \(v.axisName(axis))" + (log ? " on a logarithmic axis" : "")
                + (selected.isEmpty || !averaged.isEmpty ? "" : "; a circle marks the setting the tuning selected")
                + (lineAxis.map { ", one line per \(v.axisName($0))" } ?? "")
                + (v.seedCount > 1
                    ? "; each point is the mean over \(v.seedCount) seeds and the band its 95% Student t interval" : "")
                + (averaged.isEmpty ? "." : "; averaged over " + averaged.map(v.axisName).joined(separator: ", ") + ".")
            figures.append(f)
        }
        // A sweep without a numeric axis simply has no such figure (it is not reported as skipped).
        return figures
    }
}
