import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

extension FigureBuilder {
    /// Per-layer distributions of the activations and of the back-propagated gradients (the
    /// gradient of the loss with respect to each Linear layer's output), drawn as quantile bands
    /// (5-95 % and 25-75 %) and the median against the layer: one figure per stage, one row of
    /// panels per setting, the quantiles averaged over seeds. Made only when layers.csv has the
    /// quantile columns.
    static let maxDistributionRows = 12

    mutating func layerDistributionFigures() -> [FigureModel] {
        let levels = ["q05", "q25", "q50", "q75", "q95"]
        let kinds = [
            ("activation", "activation (after the block's activation)"),
            ("output_grad", "gradient w.r.t. the Linear output")
        ]
        guard t.layers.values.contains(where: { $0.contains { $0.values["output_grad_q50"] != nil } }) else {
            return []
        }
        var stages: [String] = []
        for r in t.runs { for l in t.layers[r.id] ?? [] where !stages.contains(l.stage) { stages.append(l.stage) } }
        stages = ["init", "epoch1", "final"].filter(stages.contains)
        let settings = v.combinations(v.design).filter { v.planned($0) }
        // One row of panels per setting: beyond a page of rows the figure is unreadable and slow.
        guard settings.count <= Self.maxDistributionRows else {
            skipped.append(
                (
                    .layers,
                    "layer distributions: \(settings.count) settings, one row each, more than \(Self.maxDistributionRows); layers.csv holds the quantiles"
                ))
            return []
        }
        let stageTitle: (String) -> String = {
            $0 == "init" ? "at initialization" : $0 == "epoch1" ? "after epoch 1" : "after the last epoch"
        }
        var figures: [FigureModel] = []
        for st in stages {
            // rows[setting][kind] = [(depth, [mean quantile per level])]
            var rows: [[[(Int, [Double])]]] = []
            var maxDepth = 1
            for s in settings {
                var group = v.runs(s)
                if st != "init", group.contains(where: \.isOK) { group = group.filter(\.isOK) }
                rows.append(
                    kinds.map { kind in
                        var sums: [Int: ([Double], Int)] = [:]
                        for r in group {
                            for l in t.layers[r.id] ?? [] where l.stage == st {
                                let q = levels.compactMap { l.values["\(kind.0)_\($0)"] }
                                guard q.count == levels.count, q.allSatisfy(\.isFinite) else { continue }
                                maxDepth = max(maxDepth, l.depth)
                                var e = sums[l.depth] ?? (Array(repeating: 0, count: levels.count), 0)
                                for k in q.indices { e.0[k] += q[k] }
                                e.1 += 1
                                sums[l.depth] = e
                            }
                        }
                        return sums.keys.sorted().map { d in (d, sums[d]!.0.map { $0 / Double(sums[d]!.1) }) }
                    })
            }
            var f = FigureModel(
                name: uniqueName("layer-distributions-\(st)"), kind: .layers,
                title: "Per-layer distributions \(stageTitle(st)): activations and back-propagated gradients\n"
                    + "band: 5-95 %, dark band: 25-75 %, line: median"
                    + (v.seedCount > 1 ? "; quantiles averaged over \(v.seedCount) seeds" : ""),
                layout: .grid(panelWidth: 420, panelHeight: 260, maxColumns: kinds.count))
            f.notes = [
                "Rows: settings; columns: activations, gradients of the loss with respect to each Linear layer's output (before its activation)."
            ]
            f.dataNotes = [
                "Quantiles per layer from layers.csv, averaged over seeds", "blocks: depth q05 q25 q50 q75 q95"
            ]
            f.x = PlotAxis(label: "layer (1 = first)", range: (0.8, Double(maxDepth) + 0.2), ticks: .step(1))
            f.legend = Legend(entries: [.line("#0072B2", "median"), .text("bands: 5-95 % and 25-75 %")])
            for (k, kind) in kinds.enumerated() {
                // One range per column, so that rows (settings) compare at a glance; for gradients
                // from the hidden layers only (the output layer's are far larger and go off the top).
                let all = rows.flatMap {
                    $0[k].filter { k == 0 || $0.0 < maxDepth || maxDepth == 1 }.flatMap { [$0.1[0], $0.1[4]] }
                }
                let range = GnuplotText.linearRange(all, fromZero: false)
                for (si, s) in settings.enumerated() {
                    let label = v.design.compactMap { a in s[a].map { "\(v.axisName(a))=\($0)" } }.joined(
                        separator: ", ")
                    var panel = Panel(
                        title: "\(kind.1)\n\(label)", position: si * kinds.count + k,
                        y: PlotAxis(
                            label: kind.0 == "activation" ? "activation" : "gradient", range: range, zeroLine: true))
                    let data = rows[si][k].map { [Double($0.0)] + $0.1.map { Optional($0) } } as [[Double?]]
                    if !data.isEmpty {
                        panel.series.append(
                            Series(
                                about: "\(kind.0), \(st) | \(label): depth q05 q25 q50 q75 q95", rows: data,
                                draws: [
                                    Draw(x: 0, y: 1, extra: 5, style: .band("#0072B2")),
                                    Draw(x: 0, y: 2, extra: 4, style: .band("#0072B2")),
                                    Draw(x: 0, y: 3, style: .linesPoints("#0072B2", size: 0.6))
                                ]))
                    }
                    f.panels.append(panel)
                }
            }
            f.caption =
                "Quantiles (5, 25, 50, 75 and 95 %) over samples and units of each layer's activations and of the gradient of the loss with respect to each Linear layer's output, "
                + stageTitle(st)
                + ", measured on up to 256 training samples; one row per setting, quantiles averaged over seeds."
                + " A band that narrows towards layer 1 in the gradient column means gradients vanish on their way down."
            figures.append(f)
        }
        return figures
    }
}
