import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

extension FigureBuilder {
    /// The learning rate per epoch, one panel per scheduler; runs with the same schedule share
    /// one line.
    mutating func learningRateFigures() -> [FigureModel] {
        // A program cell that does not report its lr has `nan` there.
        guard t.epochs.values.contains(where: { $0.contains { $0.lr?.isFinite == true } }) else {
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
            var seqs: [[(Int, Double)]] = []
            var members: [[SweepTables.Run]] = []
            var noEpochs = 0
            for r in runs {
                let seq = (t.epochs[r.id] ?? []).compactMap { e in e.lr.flatMap { $0.isFinite ? (e.epoch, $0) : nil } }
                if seq.isEmpty {
                    noEpochs += 1
                    continue
                }
                if let i = seqs.firstIndex(where: {
                    $0.count == seq.count && zip($0, seq).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
                }) {
                    members[i].append(r)
                } else {
                    seqs.append(seq)
                    members.append([r])
                }
            }
            var keep = Array(repeating: true, count: seqs.count)
            for i in seqs.indices {
                if let j = seqs.indices.first(where: {
                    $0 != i && keep[$0] && seqs[$0].count > seqs[i].count
                        && zip(seqs[$0], seqs[i]).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
                }) {
                    members[j] += members[i]
                    keep[i] = false
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
                var l =
                    parts.isEmpty
                    ? (others.isEmpty && panelAxis == nil ? t.name : "all cells") : parts.joined(separator: "; ")
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
        let log = GnuplotText.spansDecades(all)
        let (lo, hi) = log ? (GnuplotText.logRange(all) ?? (1e-4, 1)) : GnuplotText.linearRange(all)
        let maxEpoch = t.epochs.values.flatMap { $0.map(\.epoch) }.max() ?? 1
        let title =
            "Learning rate per epoch" + (panelAxis.map { ", one panel per \(v.axisName($0))" } ?? "")
            + (log ? "\nlog scale" : "")

        var f = FigureModel(
            name: name, kind: .learningRate, title: title,
            layout: .grid(panelWidth: 380, panelHeight: 290, minHeight: 80 + labels.count * 18))
        f.notes = ["Runs with the same schedule share one line, named by the axis values that set it apart."]
        f.dataNotes = ["Learning rate per epoch; each block: epoch lr"]
        f.x = Self.epochAxis(maxEpoch)
        f.y = PlotAxis(label: log ? "learning rate (log scale)" : "learning rate", range: (lo, hi), log: log)
        f.legend = Legend(
            title: nil,
            entries: labels.enumerated().map {
                .linePoints(Palette.color($0.offset), $0.element, dash: Palette.dash($0.offset))
            })
        for p in panels {
            var panel = Panel(title: p.title)
            for c in p.curves {
                let li = labels.firstIndex(of: c.label) ?? 0
                let color = Palette.color(li)
                let dash = Palette.dash(li)
                let style =
                    maxEpoch <= 30 ? Style.linesPoints(color, dash: dash, size: 0.5) : Style.lines(color, dash: dash)
                panel.series.append(
                    Series(
                        about: "\(p.title.split(separator: "\n").first ?? "") | \(c.label)",
                        rows: c.rows.map { [Double($0.0), log && $0.1 <= 0 ? nil : $0.1] },
                        draws: [Draw(style: style)]))
            }
            f.panels.append(panel)
        }
        var caption = "The learning rate used in each epoch"
        caption += panelAxis.map { ", one panel per \(v.axisName($0))." } ?? "."
        caption += " Runs that follow the same schedule share one line, named by the axis values that set them apart"
        caption += others.isEmpty ? "." : " (\(others.map(v.axisName).joined(separator: ", ")))."
        if log { caption += " Logarithmic scale." }
        f.caption = caption
        return [f]
    }
}
