import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

extension FigureBuilder {
    private struct Curve {
        var line: Int
        var rows: [(epoch: Int, train: Double?, val: Double?)]
        var markers: [(epoch: Int, y: Double?)]
        /// The 95% interval over seeds of the validation loss (training loss without a test
        /// part), per epoch, with two or more seeds.
        var band: [(epoch: Int, low: Double, high: Double)] = []
    }

    /// Training and validation loss per epoch: one line per value of the first axis, one panel
    /// per value of the second, one figure per combination of the others.
    mutating func lossFigures() -> [FigureModel] {
        guard t.epochs.values.contains(where: { !$0.isEmpty }) else {
            skipped.append((.loss, "epochs.csv has no rows"))
            return []
        }
        return curveFigures(.loss, train: "train_loss", val: "val_loss", word: "loss")
    }

    /// Training and validation accuracy per epoch, laid out as the loss figures (classification).
    mutating func accuracyFigures() -> [FigureModel] {
        let present = t.epochs.values.contains {
            $0.contains { e in
                [e.values["train_accuracy"], e.values["val_accuracy"]].contains { $0?.isFinite ?? false }
            }
        }
        guard present else {
            skipped.append((.accuracy, "epochs.csv has no accuracy (not a classification sweep)"))
            return []
        }
        return curveFigures(.accuracy, train: "train_accuracy", val: "val_accuracy", word: "accuracy")
    }

    /// The loss on the training samples in training mode during each epoch (solid) and in
    /// evaluation mode after it (dashed), laid out as the loss figures; drawn when a cell has
    /// dropout or batch norm, the modules whose two modes differ.
    mutating func modeFigures() -> [FigureModel] {
        let modal = t.runs.contains { r in
            (r.number("model.dropout") ?? 0) > 0 || r.text("model.batch_norm") == "true"
                || ["dropout", "batch_norm"].contains { r.text("model.layers").contains($0) }
        }
        let measured = t.epochs.values.contains { $0.contains { $0.values["train_eval_loss"]?.isFinite ?? false } }
        guard modal, measured else { return [] }
        return curveFigures(
            .modes, train: "train_loss", val: "train_eval_loss", word: "loss",
            curves: ("training mode", "evaluation mode"), prefix: "modes",
            explain:
                "Both are measured on the training samples: in training mode while the epoch runs (dropout masks on, "
                + "batch norm on each batch's statistics, the weights moving), in evaluation mode after it (dropout off, "
                + "batch norm on its running statistics). A cell without either module differs only by the moving weights."
        )
    }

    /// The curves of one family of figures (loss, accuracy, modes): the two epochs.csv columns
    /// (`train`: solid, `val`: dashed), what they are called in titles and legends, and the
    /// name and caption text of the figures.
    private struct CurveFamily {
        let kind: SweepFigure.Kind
        let trainColumn: String
        let valColumn: String
        /// "loss" or "accuracy": in titles, axis labels and captions.
        let word: String
        let names: (solid: String, dashed: String)
        /// The figures' file name stem (default `word`).
        let prefix: String?
        /// A sentence added to every caption.
        let explain: String?

        var solidName: String { names.solid.prefix(1).uppercased() + names.solid.dropFirst() }
        func train(_ e: SweepTables.Epoch) -> Double? { e.values[trainColumn] }
        func val(_ e: SweepTables.Epoch) -> Double? { e.values[valColumn] }
    }

    /// Which design axes give the lines, the panels and the figures of a curve family.
    private struct CurveLayout {
        let lineAxis: Int?
        let panelAxis: Int?
        let figureAxes: [Int]
        let lineValues: [String?]
        let panelValues: [String?]
        var used: [Int] { [lineAxis, panelAxis].compactMap { $0 } + figureAxes }
    }

    /// The y scale every figure of a family shares, so that they compare at a glance.
    private struct CurveScale {
        let log: Bool
        let lo: Double
        let hi: Double

        /// A value as drawn: none when it is not finite, or not positive on a log scale.
        func y(_ x: Double?) -> Double? {
            guard let x, x.isFinite else { return nil }
            return log && x <= 0 ? nil : x
        }

        /// A marker inside the plotted range (on the edge when its loss is outside).
        func clamped(_ x: Double?) -> Double {
            guard let x, x.isFinite else { return hi }
            return min(max(x, lo), hi)
        }
    }

    /// One panel of a curve figure before it becomes a `Panel`.
    private struct CurvePanel {
        var title: String
        var curves: [Curve]
        /// The panel's note when it has no finished epoch to draw.
        var empty: String?
    }

    /// Curves of the epochs.csv columns `train` and `val` (`word`: "loss", "accuracy"), named
    /// `curves` in titles and legends, in figures named `prefix` (default `word`) and the figure axes.
    private mutating func curveFigures(
        _ kind: SweepFigure.Kind, train trainColumn: String, val valColumn: String, word: String,
        curves names: (solid: String, dashed: String) = ("training", "validation"),
        prefix: String? = nil, explain: String? = nil
    ) -> [FigureModel] {
        let family = CurveFamily(
            kind: kind, trainColumn: trainColumn, valColumn: valColumn, word: word, names: names, prefix: prefix,
            explain: explain)
        let lineAxis = v.design.first
        let panelAxis = v.design.count > 1 ? v.design[1] : nil
        var figureAxes = Array(v.design.dropFirst(2))
        if v.combinations(figureAxes).count > 12 { figureAxes = Array(figureAxes.prefix(1)) }
        let layout = CurveLayout(
            lineAxis: lineAxis, panelAxis: panelAxis, figureAxes: figureAxes,
            lineValues: lineAxis.map { v.values($0) } ?? [nil], panelValues: panelAxis.map { v.values($0) } ?? [nil])
        let hasVal = t.epochs.values.contains { $0.contains { family.val($0).map(\.isFinite) ?? false } }
        let maxEpoch = t.epochs.values.flatMap { $0.map(\.epoch) }.max() ?? 1
        let scale = curveScale(family)
        var out: [FigureModel] = []
        for key in v.combinations(figureAxes) {
            let figRuns = v.runs(key)
            if figRuns.isEmpty { continue }
            let keyText = figureAxes.map { label($0, key[$0]) }.joined(separator: ", ")
            let stem = prefix ?? word
            let name = uniqueName(
                figureAxes.isEmpty
                    ? stem : stem + "_" + figureAxes.map { GnuplotText.fileSafe(key[$0]!) }.joined(separator: "_")
            )
            let panels = curvePanels(family, layout, runs: figRuns, hasVal: hasVal)
            let anyMarker = panels.contains { $0.curves.contains { !$0.markers.isEmpty } }
            let entries = curveLegend(family, layout, hasVal: hasVal, anyMarker: anyMarker)
            let avg = v.averagedPhrase(except: layout.used)
            let title = curveTitle(
                family, keyText: keyText, averaged: avg, log: scale.log, hasVal: hasVal, anyMarker: anyMarker)
            var f = FigureModel(
                name: name, kind: kind, title: title, layout: .grid(minHeight: 100 + entries.count * 18))
            f.notes = [
                "Lines: " + (lineAxis.map(v.axisName) ?? "one per panel") + "; panels: "
                    + (panelAxis.map(v.axisName) ?? "one")
            ]
            f.dataNotes = [
                word.prefix(1).uppercased() + word.dropFirst() + " per epoch"
                    + (keyText.isEmpty ? "" : " for " + keyText) + (avg.isEmpty ? "" : " (" + avg + ")"),
                "curve blocks: epoch \(trainColumn) \(valColumn); marker blocks: epoch \(word) (diverged runs)"
            ]
            f.x = Self.epochAxis(maxEpoch)
            f.y = PlotAxis(
                label: scale.log ? "\(word) (log scale)" : word, range: (scale.lo, scale.hi), log: scale.log)
            f.legend = Legend(title: lineAxis.map(v.axisName), entries: entries)
            for p in panels {
                var panel = Panel(title: p.title, note: p.empty)
                for c in p.curves {
                    panel.series += curveSeries(
                        c, family, layout, scale: scale, panelTitle: p.title, hasVal: hasVal, maxEpoch: maxEpoch)
                }
                f.panels.append(panel)
            }
            f.caption = curveCaption(
                family, layout, keyText: keyText, averaged: avg, log: scale.log, hasVal: hasVal, anyMarker: anyMarker)
            out.append(f)
        }
        return out
    }

    /// One scale for every figure of the family. It follows the runs that finished: a run that
    /// diverged may reach 1e30 before its loss becomes NaN and would flatten everything else.
    /// Losses that span two decades or more are drawn on a log scale.
    private func curveScale(_ family: CurveFamily) -> CurveScale {
        var okValues: [Double] = []
        var allValues: [Double] = []
        for r in t.runs {
            for e in t.epochs[r.id] ?? [] {
                for x in [family.train(e), family.val(e)].compactMap({ $0 }) where x.isFinite {
                    allValues.append(x)
                    if r.isOK { okValues.append(x) }
                }
            }
        }
        let rangeValues = okValues.isEmpty ? allValues : okValues
        let log = (family.kind == .loss || family.kind == .modes) && GnuplotText.spansDecades(rangeValues)
        let (lo, hi) = log ? (GnuplotText.logRange(rangeValues) ?? (0.1, 10)) : GnuplotText.linearRange(rangeValues)
        return CurveScale(log: log, lo: lo, hi: hi)
    }

    /// The panels of one figure (of the runs `runs`): per value of the panel axis, a curve per
    /// value of the line axis; a panel without runs is left out.
    private func curvePanels(_ family: CurveFamily, _ layout: CurveLayout, runs: [SweepTables.Run], hasVal: Bool)
        -> [CurvePanel]
    {
        var panels: [CurvePanel] = []
        for pv in layout.panelValues {
            var curves: [Curve] = []
            var notes: [String] = []
            var panelRuns = 0
            for (li, lv) in layout.lineValues.enumerated() {
                var filter: [Int: String] = [:]
                if let a = layout.panelAxis, let pv { filter[a] = pv }
                if let a = layout.lineAxis, let lv { filter[a] = lv }
                let group = v.runs(filter, in: runs)
                if group.isEmpty { continue }
                panelRuns += group.count
                let status = v.aggregate(group)
                if status.notOK > 0 { notes.append((lv ?? "run") + ": " + status.statusText) }
                if let c = curve(family, line: li, of: group, hasVal: hasVal) { curves.append(c) }
            }
            if panelRuns == 0 { continue }
            var title = label(layout.panelAxis, pv)
            if title.isEmpty { title = layout.lineAxis == nil ? t.name : "all cells" }
            if !notes.isEmpty { title += "\n" + Self.wrap(notes) }
            let hasData = curves.contains { c in c.rows.contains { $0.train != nil || $0.val != nil } }
            panels.append(CurvePanel(title: title, curves: curves, empty: hasData ? nil : "no finished epochs"))
        }
        return panels
    }

    /// The curve of one line: the mean per epoch of the runs that finished (of all runs when none
    /// did), a marker per diverged run at its last finite training value, and with two or more
    /// seeds the 95% interval of the mean over seeds. Nil when there is nothing to draw.
    private func curve(_ family: CurveFamily, line: Int, of group: [SweepTables.Run], hasVal: Bool) -> Curve? {
        let okRuns = group.filter(\.isOK)
        let averaged = okRuns.isEmpty ? group : okRuns
        var sums: [Int: (Double, Int, Double, Int)] = [:]
        var bySeed: [Int: [String: [Double]]] = [:]
        for r in averaged {
            for e in t.epochs[r.id] ?? [] {
                if let x = hasVal ? family.val(e) : family.train(e), x.isFinite {
                    bySeed[e.epoch, default: [:]][v.seedKey(r), default: []].append(x)
                }
                var s = sums[e.epoch] ?? (0, 0, 0, 0)
                if let x = family.train(e), x.isFinite {
                    s.0 += x
                    s.1 += 1
                }
                if let x = family.val(e), x.isFinite {
                    s.2 += x
                    s.3 += 1
                }
                sums[e.epoch] = s
            }
        }
        var markers: [(Int, Double?)] = []
        for r in group where r.status == "diverged" {
            let rows = t.epochs[r.id] ?? []
            if let last = rows.last(where: { family.train($0).map(\.isFinite) ?? false }) {
                markers.append((last.epoch, family.train(last)))
            } else {
                markers.append((Int(r.number("diverged_epoch") ?? 1), nil))
            }
        }
        let rows = sums.keys.sorted().map { e -> (Int, Double?, Double?) in
            let s = sums[e]!
            return (e, s.1 > 0 ? s.0 / Double(s.1) : nil, s.3 > 0 ? s.2 / Double(s.3) : nil)
        }
        var band: [(Int, Double, Double)] = []
        if v.seedCount > 1 {
            for e in bySeed.keys.sorted() {
                let seeds = bySeed[e]!
                let means = seeds.keys.sorted().map { seeds[$0]!.reduce(0, +) / Double(seeds[$0]!.count) }
                if let ci = Descriptive.meanInterval(means) { band.append((e, ci.lower, ci.upper)) }
            }
        }
        guard !rows.isEmpty || !markers.isEmpty else { return nil }
        return Curve(line: line, rows: rows, markers: markers, band: band)
    }

    /// The legend: a colour per line value and the two line styles, or the two styles alone;
    /// the diverged marker when a panel has one.
    private func curveLegend(_ family: CurveFamily, _ layout: CurveLayout, hasVal: Bool, anyMarker: Bool)
        -> [Legend.Entry]
    {
        var entries: [Legend.Entry] = []
        if layout.lineAxis != nil {
            for (li, lv) in layout.lineValues.enumerated() {
                entries.append(.line(Palette.color(li), lv ?? "", dash: Palette.dash(li)))
            }
            entries.append(.gap)
            entries.append(.line("#000000", family.names.solid))
            if hasVal { entries.append(.line("#000000", family.names.dashed, dash: .dashed)) }
        } else {
            entries.append(.line(Palette.color(0), family.names.solid))
            if hasVal { entries.append(.line(Palette.color(0), family.names.dashed, dash: .dashed)) }
        }
        if anyMarker { entries.append(.points("#000000", "diverged", .cross, size: 1.5)) }
        return entries
    }

    /// The series of one curve in its panel: the seeds' band, the solid and dashed lines, the
    /// diverged markers.
    private func curveSeries(
        _ c: Curve, _ family: CurveFamily, _ layout: CurveLayout, scale: CurveScale, panelTitle: String,
        hasVal: Bool, maxEpoch: Int
    ) -> [Series] {
        let (word, names) = (family.word, family.names)
        let color = Palette.color(c.line)
        let dash = Palette.dash(c.line)
        let line = maxEpoch <= 20 ? Style.linesPoints(color, dash: dash, size: 0.45) : Style.lines(color, dash: dash)
        var dashed = line
        dashed.dash = .dashed
        let lineName = layout.lineValues[c.line] ?? word
        let pname = panelTitle.split(separator: "\n").first.map(String.init) ?? ""
        var series: [Series] = []
        if !c.band.isEmpty {
            series.append(
                Series(
                    about:
                        "\(pname) | \(lineName): epoch low high (95% interval over seeds of the \(hasVal ? names.dashed : names.solid) \(word))",
                    rows: c.band.map {
                        [Double($0.epoch), scale.y($0.low) ?? (scale.log ? scale.lo : $0.low), scale.y($0.high)]
                    },
                    draws: [Draw(x: 0, y: 1, extra: 2, style: .band(color))]))
        }
        if c.rows.contains(where: { $0.train != nil || $0.val != nil }) {
            var s = Series(
                about: "\(pname) | \(lineName): epoch \(family.trainColumn) \(family.valColumn)",
                rows: c.rows.map { [Double($0.epoch), scale.y($0.train), scale.y($0.val)] })
            if c.rows.contains(where: { scale.y($0.train) != nil }) { s.draws.append(Draw(y: 1, style: line)) }
            if c.rows.contains(where: { scale.y($0.val) != nil }) { s.draws.append(Draw(y: 2, style: dashed)) }
            series.append(s)
        }
        if !c.markers.isEmpty {
            series.append(
                Series(
                    about: "\(pname) | \(lineName): diverged runs, epoch last_finite_\(family.trainColumn)",
                    rows: c.markers.map { [Double($0.epoch), scale.clamped($0.y)] },
                    draws: [Draw(style: .points(color, .cross, size: 1.8, width: 2.5))]))
        }
        return series
    }

    /// The title: what is drawn and for which figure axes, then on a second line what the
    /// curves average, the log scale and the diverged markers.
    private func curveTitle(
        _ family: CurveFamily, keyText: String, averaged avg: String, log: Bool, hasVal: Bool, anyMarker: Bool
    ) -> String {
        let word = family.word
        var title = "\(family.solidName) (solid) and \(family.names.dashed) (dashed) \(word) per epoch"
        if !hasVal { title = "\(family.solidName) \(word) per epoch" }
        if !keyText.isEmpty { title += ", " + keyText }
        let sub = [
            avg.isEmpty ? nil : avg.prefix(1).uppercased() + avg.dropFirst(), log ? "log scale" : nil,
            anyMarker
                ? "x = a run that diverged, at its last finite training \(word) (on the edge when off the scale)" : nil
        ].compactMap { $0 }
        if !sub.isEmpty { title += "\n" + sub.joined(separator: "; ") }
        return title
    }

    /// The caption: what is drawn, how the lines, panels and this figure are chosen, what the
    /// curves average, the band, the scale and the diverged markers.
    private func curveCaption(
        _ family: CurveFamily, _ layout: CurveLayout, keyText: String, averaged avg: String, log: Bool,
        hasVal: Bool, anyMarker: Bool
    ) -> String {
        let (word, names, solidName) = (family.word, family.names, family.solidName)
        var caption =
            hasVal
            ? "\(solidName) \(word) (solid) and \(names.dashed) \(word) (dashed) after each epoch"
            : "\(solidName) \(word) after each epoch"
        if let a = layout.lineAxis { caption += ", one line per \(v.axisName(a))" }
        if let a = layout.panelAxis { caption += ", one panel per \(v.axisName(a))" }
        if !keyText.isEmpty { caption += "; this figure: \(keyText)" }
        caption += "."
        if !avg.isEmpty { caption += " Curves are the \(avg)." }
        if let explain = family.explain { caption += " " + explain }
        if v.seedCount > 1 {
            caption +=
                " The shaded band around each \(hasVal ? names.dashed : names.solid) curve is the 95% Student t interval of its mean over the \(v.seedCount) seeds."
        }
        if log { caption += " The losses span more than two decades, so the scale is logarithmic." }
        if !layout.figureAxes.isEmpty { caption += " All \(word) figures share one scale." }
        if anyMarker {
            caption +=
                " A cross marks a run that diverged, at its last finite training \(word) (on the top edge when that is off the scale); lines are the mean of the runs that finished, or of the diverged runs when none did, and the axis range follows the runs that finished."
        }
        return caption
    }
}
