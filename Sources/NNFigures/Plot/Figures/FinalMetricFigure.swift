import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

extension FigureBuilder {
    /// One position of the final metric figure: a cell's mean over seeds (with the 95% interval
    /// and each seed's mean), or the status of a cell that did not finish or did not run.
    private struct FinalMark {
        var x: Double
        var color: Int
        var mean: Double?
        var std: Double?
        var seedMeans: [Double]
        var status: String
        var missing: String?
    }

    /// Which design axes give the groups on the x axis, the colours inside a group and the panels.
    private struct FinalLayout {
        let groupAxis: Int?
        let colorAxis: Int?
        let panelAxes: [Int]
        let groups: [String?]
        let colors: [String?]
        /// Positions on the x axis: a group's colours side by side, one free position between groups.
        var span: Int { groups.count * (colors.count + 1) - 1 }
    }

    /// The final metric of every cell, grouped by the second-to-last axis, coloured by the last,
    /// one panel per combination of the others; error bars over seeds.
    mutating func finalMetricFigures() -> [FigureModel] {
        guard t.runs.count > 1 else {
            skipped.append((.finalMetric, "a single run; its numbers are in the table above"))
            return []
        }
        let d = v.design
        let colorAxis: Int? = d.count >= 2 ? d[d.count - 1] : nil
        let groupAxis: Int? = d.count >= 2 ? d[d.count - 2] : d.first
        let layout = FinalLayout(
            groupAxis: groupAxis, colorAxis: colorAxis, panelAxes: d.count > 2 ? Array(d[0..<(d.count - 2)]) : [],
            groups: groupAxis.map { v.values($0) } ?? [nil], colors: colorAxis.map { v.values($0) } ?? [nil])
        let nc = layout.colors.count
        let name = uniqueName("final")
        let seeds = v.seedCount > 1
        let (panels, all) = finalPanels(layout)
        let log = !v.higherIsBetter && GnuplotText.spansDecades(all)
        var (lo, hi) = log ? (GnuplotText.logRange(all) ?? (0.1, 10)) : GnuplotText.linearRange(all, fromZero: false)
        if !log { hi += (hi - lo) * 0.06 }
        if v.higherIsBetter && v.metric.contains("accuracy") {
            lo = max(lo, 0)
            hi = min(hi, 1.0)
            if hi <= lo { (lo, hi) = (0, 1) }
        }
        let groupLabels = layout.groups.map { $0 ?? (d.isEmpty ? "all runs" : "") }
        let span = layout.span
        let longest = groupLabels.map(\.count).max() ?? 1
        let panelWidth = max(380, min(900, (span + 2) * (nc > 1 ? 18 : 40) + 130))
        let groupPixels = Double(panelWidth - 130) * Double(nc + 1) / Double(span + 2)
        let rotate = Double(longest) * 7.5 > groupPixels - 6
        let anyBad = panels.contains { $0.marks.contains { $0.missing == nil && !$0.status.isEmpty } }
        var entries: [Legend.Entry] = []
        for (ci, cv) in layout.colors.enumerated() {
            entries.append(.points(Palette.color(ci), cv ?? (seeds ? "mean" : v.metricTitle), .dot))
        }
        if seeds { entries += [.gap, .points("#000000", "one seed", .openCircle, size: 0.7)] }
        if anyBad { entries += [.gap, .text("red: diverged or failed")] }
        let avg = v.averagedPhrase(except: d)
        var title = "\(v.metricTitle) per cell"
        let sub = [
            seeds ? "mean ± 95% interval over \(v.seedCount) seeds" : avg.isEmpty ? nil : avg, log ? "log scale" : nil
        ].compactMap { $0 }
        if !sub.isEmpty { title += "\n" + sub.joined(separator: "; ") }

        var f = FigureModel(
            name: name, kind: .finalMetric, title: title,
            layout: .grid(
                panelWidth: panelWidth, panelHeight: 320 + (rotate ? longest * 4 : 0),
                maxColumns: panelWidth > 600 ? 2 : 4,
                bottomMargin: rotate ? 3.5 + Double(longest) * 0.55 : nil,
                minHeight: 100 + entries.count * 18))
        f.notes = ["Runs that diverged or failed are named in red at their position."]
        f.dataNotes = [
            "\(v.metricTitle) per cell; x positions: groups of \(groupAxis.map(v.axisName) ?? "cells")"
                + (colorAxis.map { ", one position per \(v.axisName($0)) inside a group" } ?? ""),
            "mean blocks: x mean std; seed blocks: x mean_of_one_seed"
        ]
        f.x = PlotAxis(
            label: groupAxis.map(v.axisName) ?? "", range: (-1, Double(span + 1)),
            ticks: .named(
                groupLabels.enumerated().map { ($0.element, Double($0.offset * (nc + 1)) + Double(nc - 1) / 2) },
                marks: true),
            tickRotation: rotate ? -35 : nil, grid: false)
        f.y = PlotAxis(label: v.metricTitle + (log ? " (log scale)" : ""), range: (lo, hi), log: log)
        f.legend = Legend(title: colorAxis.map(v.axisName), entries: entries)
        for p in panels { f.panels.append(finalPanel(p.title, p.marks, layout, top: hi)) }
        f.caption = finalCaption(layout, averaged: avg)
        return [f]
    }

    /// The marks of each panel, and every value the y range must hold.
    private func finalPanels(_ layout: FinalLayout) -> (panels: [(title: String, marks: [FinalMark])], all: [Double]) {
        let nc = layout.colors.count
        let seeds = v.seedCount > 1
        var panels: [(title: String, marks: [FinalMark])] = []
        var all: [Double] = []
        for key in v.combinations(layout.panelAxes) {
            var marks: [FinalMark] = []
            let panelRuns = v.runs(key)
            if panelRuns.isEmpty { continue }
            for (gi, gv) in layout.groups.enumerated() {
                for (ci, cv) in layout.colors.enumerated() {
                    var f = key
                    if let a = layout.groupAxis, let gv { f[a] = gv }
                    if let a = layout.colorAxis, let cv { f[a] = cv }
                    let x = Double(gi * (nc + 1) + ci)
                    let group = v.runs(f, in: panelRuns)
                    if group.isEmpty {
                        if v.planned(f) {
                            marks.append(
                                FinalMark(
                                    x: x, color: ci, mean: nil, std: nil, seedMeans: [], status: "", missing: "not run")
                            )
                        }
                        continue
                    }
                    let a = v.aggregate(group)
                    marks.append(
                        FinalMark(
                            x: x, color: ci, mean: a.mean, std: a.ci95, seedMeans: seeds ? a.seedMeans : [],
                            status: a.statusText, missing: nil))
                    if let m = a.mean {
                        all.append(m)
                        if let sd = a.ci95 { all += [m - sd, m + sd] }
                    }
                    if seeds { all += a.seedMeans }
                }
            }
            let title =
                layout.panelAxes.isEmpty
                ? v.metricTitle : layout.panelAxes.map { label($0, key[$0]) }.joined(separator: ", ")
            panels.append((title, marks))
        }
        return (panels, all)
    }

    /// One panel: per colour the means (with error bars over seeds), the single seeds, and the
    /// status of cells that did not finish (above the point's error bar, at most at `top`) or did
    /// not run.
    private func finalPanel(_ title: String, _ marks: [FinalMark], _ layout: FinalLayout, top hi: Double) -> Panel {
        let nc = layout.colors.count
        let seeds = v.seedCount > 1
        var panel = Panel(title: title)
        panel.separators = (1..<max(1, layout.groups.count)).map { Double($0 * (nc + 1)) - 1 }
        for ci in 0..<nc {
            let ms = marks.filter { $0.color == ci }
            let color = Palette.color(ci)
            let withMean = ms.filter { $0.mean != nil }
            if !withMean.isEmpty {
                let draw =
                    seeds
                    ? Draw(
                        extra: 2,
                        style: Style(kind: .errorBars, color: color, width: 1.5, marker: .dot, markerSize: 1.1))
                    : Draw(style: .points(color, .dot, size: 1.2))
                panel.series.append(
                    Series(
                        about: "\(title) | \(layout.colors[ci] ?? "all"): x mean std",
                        rows: withMean.map { [$0.x, $0.mean, $0.std ?? 0] }, draws: [draw]))
            }
            let seedRows = ms.flatMap { m in m.seedMeans.map { [m.x, $0] as [Double?] } }
            if !seedRows.isEmpty {
                panel.series.append(
                    Series(
                        about: "\(title) | \(layout.colors[ci] ?? "all"): x mean_of_one_seed", rows: seedRows,
                        draws: [Draw(style: .points(color, .openCircle, size: 0.6))]))
            }
            for m in ms {
                let text = m.missing ?? m.status
                guard !text.isEmpty else { continue }
                let color = m.missing == nil ? "#b00000" : "#707070"
                if let mean = m.mean {
                    // Some seeds did not finish: say how many above the point's error bar.
                    let top = min(hi, mean + (m.std ?? 0))
                    panel.labels.append(
                        TextLabel(text: text, x: .data(m.x), y: .data(top), raise: 0.9, fontSize: 8, color: color))
                } else {
                    panel.labels.append(
                        TextLabel(
                            text: text, x: .data(m.x), y: .graph(0.03), anchor: .left, rotation: 90, fontSize: 9,
                            color: color))
                }
            }
        }
        return panel
    }

    /// The caption: how the cells are grouped, coloured and split into panels, and what a point is.
    private func finalCaption(_ layout: FinalLayout, averaged avg: String) -> String {
        var caption = "\(v.metricTitle) of every cell"
        if let g = layout.groupAxis { caption += ", grouped by \(v.axisName(g))" }
        if let c = layout.colorAxis { caption += ", coloured by \(v.axisName(c))" }
        if !layout.panelAxes.isEmpty {
            caption += ", one panel per " + layout.panelAxes.map(v.axisName).joined(separator: " and ")
        }
        caption += "."
        if v.seedCount > 1 {
            caption +=
                " Points are means over \(v.seedCount) seeds with error bars of the 95% Student t interval of the mean; small circles are single seeds."
        } else if !avg.isEmpty {
            caption += " Values are the \(avg)."
        }
        caption += " Runs that diverged or failed are named in red at their position instead of a point."
        return caption
    }
}
