import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

extension FigureBuilder {
    /// Per-layer activation mean and standard deviation and gradient norm, at initialization and
    /// after epoch 1, one line per initializer (or per value of the first axis). With an
    /// activation axis, one row of panels per activation and stage: the right initializer
    /// depends on the activation, so the figure does not average over it.
    mutating func layerFigures() -> [FigureModel] {
        guard t.layers.values.contains(where: { !$0.isEmpty }) else {
            skipped.append((.layers, "layers.csv has no rows"))
            return []
        }
        let lineAxis = v.initializerAxis ?? v.design.first
        let lineValues: [String?] = lineAxis.map { v.values($0) } ?? [nil]
        var stageNames: [String] = []
        for r in t.runs {
            for l in t.layers[r.id] ?? [] where !stageNames.contains(l.stage) { stageNames.append(l.stage) }
        }
        let known = ["init", "epoch1"]
        // The statistics after the last epoch are drawn as distributions (`layerDistributionFigures`).
        stageNames =
            known.filter(stageNames.contains) + stageNames.filter { !known.contains($0) && $0 != "final" }.sorted()
        let rowAxis = v.design.first { v.axisName($0).contains("activation") && $0 != lineAxis }
        let rowValues: [String?] = rowAxis.map { v.values($0) } ?? [nil]
        let rows = rowValues.flatMap { rv in stageNames.map { (value: rv, stage: $0) } }
        let stats: [(String, KeyPath<SweepTables.Layer, Double?>)] = [
            ("activation mean", \.activationMean), ("activation std", \.activationStd), ("gradient norm", \.gradNorm)
        ]
        // means[stage][stat][line] = [(depth, mean)], plus lines with non-finite values per stage.
        var means: [[[[(Int, Double)]]]] = []
        var nonFinite: [[String]] = []
        var leftOut: [[String]] = []
        var maxDepth = 1
        for (rowValue, st) in rows {
            var perStat: [[[(Int, Double)]]] = Array(repeating: [], count: stats.count)
            var bad: [String] = []
            var left: [String: Int] = [:]
            for lv in lineValues {
                var filter = lineAxis.flatMap { a in lv.map { [a: $0] } } ?? [:]
                if let a = rowAxis, let rv = rowValue { filter[a] = rv }
                var group = v.runs(filter)
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
                            if x.isFinite {
                                var s = sums[k][l.depth] ?? (0, 0)
                                s.0 += x
                                s.1 += 1
                                sums[k][l.depth] = s
                            } else {
                                sawBad = true
                            }
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
        var entries = lineValues.enumerated().map {
            Legend.Entry.linePoints(Palette.color($0.offset), $0.element ?? "all runs", dash: Palette.dash($0.offset))
        }
        if anyZero {
            entries += [.gap, .points("#000000", "gradient norm 0", .openSquare), .text("(on the bottom edge)")]
        }
        let avg = v.averagedPhrase(except: [lineAxis, rowAxis].compactMap { $0 })
        let stageTitle: (String) -> String = {
            $0 == "init" ? "at initialization" : $0 == "epoch1" ? "after epoch 1" : $0
        }
        var title =
            "Per-layer statistics " + stageNames.map(stageTitle).joined(separator: " and ")
            + (lineAxis.map { ", one line per \(v.axisName($0))" } ?? "")
            + (rowAxis.map { ", one row per \(v.axisName($0)) and stage" } ?? "")
        if !avg.isEmpty { title += "\n" + avg.prefix(1).uppercased() + avg.dropFirst() }

        var f = FigureModel(
            name: name, kind: .layers, title: title,
            layout: .grid(panelWidth: 360, panelHeight: 280, maxColumns: stats.count))
        f.notes = [
            (rowAxis == nil ? "Rows: stages" : "Rows: \(v.axisName(rowAxis!)) values, each at every stage")
                + "; columns: activation mean, activation std, gradient norm of the layer's weights."
        ]
        f.dataNotes = [
            "Per-layer statistics from layers.csv (after each Linear block's activation; logits for the last)",
            "line blocks: depth value; zero blocks: depth bottom_of_log_axis (a gradient norm of exactly 0)"
        ]
        f.x = PlotAxis(label: "layer (1 = first)", range: (0.8, Double(maxDepth) + 0.2), ticks: .step(1))
        f.y = PlotAxis()
        f.legend = Legend(title: lineAxis.map(v.axisName), entries: entries)
        for (k, stat) in stats.enumerated() {
            let values = means.flatMap { $0[k].flatMap { $0.map(\.1) } }
            let log = k == 2 && values.contains { $0 > 0 }
            var range =
                log ? (GnuplotText.logRange(values) ?? (1e-3, 1)) : GnuplotText.linearRange(values, fromZero: k != 0)
            if log, values.contains(where: { $0 <= 0 }) { range.0 /= 10 }
            for (si, (rowValue, st)) in rows.enumerated() {
                var ptitle = "\(stat.0), \(stageTitle(st))" + (rowValue.map { "\n\(v.axisName(rowAxis!))=\($0)" } ?? "")
                if !leftOut[si].isEmpty && k == 0 {
                    ptitle += "\ndiverged runs left out: " + leftOut[si].joined(separator: ", ")
                }
                if !nonFinite[si].isEmpty && k == 1 {
                    ptitle += "\nnon-finite values left out: " + nonFinite[si].joined(separator: ", ")
                }
                // One row per stage, one column per statistic.
                var panel = Panel(
                    title: ptitle, position: si * stats.count + k,
                    y: PlotAxis(label: stat.0 + (log ? " (log scale)" : ""), range: range, log: log, zeroLine: k == 0))
                for (li, lv) in lineValues.enumerated() {
                    let rows = means[si][k][li]
                    if rows.isEmpty { continue }
                    let color = Palette.color(li)
                    let shown = rows.map { [Double($0.0), log && $0.1 <= 0 ? nil : $0.1] as [Double?] }
                    if shown.contains(where: { $0[1] != nil }) {
                        panel.series.append(
                            Series(
                                about:
                                    "\(stat.0), \(st)\(rowValue.map { " " + $0 } ?? "") | \(lv ?? "all"): depth value",
                                rows: shown,
                                draws: [Draw(style: .linesPoints(color, dash: Palette.dash(li), size: 0.8))]))
                    }
                    let zeros = log ? rows.filter { $0.1 <= 0 } : []
                    if !zeros.isEmpty {
                        panel.series.append(
                            Series(
                                about: "\(stat.0), \(st) | \(lv ?? "all"): depth, exactly zero (drawn at the bottom)",
                                rows: zeros.map { [Double($0.0), range.0] },
                                draws: [Draw(style: .points(color, .openSquare, size: 1.4, width: 2))]))
                    }
                }
                f.panels.append(panel)
            }
        }
        var caption =
            "Mean and standard deviation of each layer's output (after its activation; the logits for the last layer) and the norm of the loss gradient with respect to its weights, "
            + stageNames.map(stageTitle).joined(separator: " and ") + ", measured on up to 256 training samples"
        if let a = lineAxis { caption += ", one line per \(v.axisName(a))" }
        if let a = rowAxis { caption += ", one row of panels per \(v.axisName(a)) value and stage" }
        caption += "."
        if !avg.isEmpty { caption += " Values are the \(avg)." }
        caption +=
            " Shrinking gradient norms towards the first layer mean vanishing gradients, growing ones exploding gradients; identical zero statistics mean the units cannot become different (zero initialization)."
        if anyZero {
            caption +=
                " A gradient norm of exactly zero cannot be drawn on the log scale; it is shown as a square on the bottom edge."
        }
        f.caption = caption
        return [f]
    }
}
