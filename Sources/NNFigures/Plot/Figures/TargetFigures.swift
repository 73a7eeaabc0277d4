import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// A performance profile (Dolan and Moré 2002, as AlgoPerf scores training algorithms): for each
/// method, the fraction of problems on which its cost is within a factor `tau` of the best
/// method's cost on that problem. A cost of infinity (never reached the target) is within no
/// factor; a problem that no method solves counts for none.
struct PerformanceProfile {
    /// `ratios[m][p]`: method m's cost on problem p over the least cost on p (infinity when m or
    /// every method never reached the target).
    let ratios: [[Double]]

    /// `costs[m][p]`: method m's cost on problem p, infinity for never.
    init(costs: [[Double]]) {
        let problems = costs.first?.count ?? 0
        let best = (0..<problems).map { p in costs.map { $0[p] }.filter { $0.isFinite && $0 > 0 }.min() ?? .infinity }
        ratios = costs.map { row in
            row.indices.map { p in row[p].isFinite && best[p].isFinite ? row[p] / best[p] : .infinity }
        }
    }

    /// The fraction of problems on which method `m` is within a factor `tau` of the best.
    func fraction(_ m: Int, tau: Double) -> Double {
        let r = ratios[m]
        guard !r.isEmpty else { return 0 }
        return Double(r.filter { $0 <= tau }.count) / Double(r.count)
    }

    /// The finite ratios where some method's fraction steps up, ascending, starting at 1.
    var breakpoints: [Double] { Array(Set([1] + ratios.flatMap { $0 }.filter(\.isFinite))).sorted() }
}

/// Ranks of methods on each problem by a metric (1 = best; equal values, up to rounding in the
/// last bits of a mean, share the mean of their places; a method without a value on a problem takes the places after every value),
/// and each method's mean rank over the problems.
struct RankTable {
    /// `ranks[m][p]`.
    let ranks: [[Double]]
    var meanRanks: [Double] { ranks.map { $0.isEmpty ? .nan : $0.reduce(0, +) / Double($0.count) } }

    init(values: [[Double?]], higherIsBetter: Bool) {
        let methods = values.count
        let problems = values.first?.count ?? 0
        var ranks = Array(repeating: Array(repeating: 0.0, count: problems), count: methods)
        for p in 0..<problems {
            // Missing values sort last; equal keys share the mean of their places.
            let key: (Int) -> Double = { m in
                guard let v = values[m][p], v.isFinite else { return .infinity }
                return higherIsBetter ? -v : v
            }
            let order = (0..<methods).sorted { key($0) < key($1) }
            var i = 0
            while i < order.count {
                var j = i
                while j + 1 < order.count && Self.equal(key(order[j + 1]), key(order[i])) { j += 1 }
                let shared = Double(i + j) / 2 + 1
                for k in i...j { ranks[order[k]][p] = shared }
                i = j + 1
            }
        }
        self.ranks = ranks
    }

    /// Equal up to the rounding of a mean summed in another order.
    static func equal(_ a: Double, _ b: Double) -> Bool {
        a == b || (a.isFinite && b.isFinite && abs(a - b) <= 1e-12 * max(abs(a), abs(b)))
    }
}

extension FigureBuilder {
    /// The design axis named `data`, if any.
    var dataAxis: Int? { v.design.first { v.axisName($0) == "data" } }

    /// The axis of the methods compared: the first design axis other than `data` whose values
    /// are not all numbers (such as `optimizer`; not a searched `optimizer.lr`).
    var methodAxis: Int? {
        let others = v.design.filter { $0 != dataAxis }
        return others.first { a in !v.values(a).allSatisfy { Double($0) != nil } } ?? others.first
    }

    /// Whether runs.csv has the time-to-target columns (a tuned grid whose `select` names a target).
    var hasTarget: Bool { t.runs.contains { $0.columns["epochs_to_target"] != nil } }

    /// A run's epochs to the target: infinity when it never reached it, nil when it did not end ok.
    static func epochsToTarget(_ r: SweepTables.Run) -> Double? {
        guard r.isOK else { return nil }
        return r.number("epochs_to_target") ?? .infinity
    }

    /// For a tuned grid with a validation target: the first epoch and the training seconds at
    /// which each final run reached it, per method and data set (mean over the seeds that
    /// reached it, with the 95% interval), and how many seeds never did.
    mutating func timeToTargetFigures() -> [FigureModel] {
        guard hasTarget, let m = methodAxis else { return [] }
        let methods = v.values(m)
        let datas: [String?] = dataAxis.map { v.values($0) } ?? [nil]
        let name = uniqueName("time-to-target")
        var panels: [Panel] = []
        for (row, column) in [("epochs_to_target", "epochs"), ("seconds_to_target", "seconds")].enumerated().map({
            ($0.offset, $0.element)
        }) {
            for (di, d) in datas.enumerated() {
                var panel = Panel(title: (d.map { "data=\($0)" } ?? "") + (d == nil ? column.0 : "\n" + column.0))
                panel.position = row * datas.count + di
                var rows: [[Double?]] = []
                var all: [Double] = []
                for (mi, mv) in methods.enumerated() {
                    var f = [m: mv]
                    if let a = dataAxis, let d { f[a] = d }
                    let runs = v.runs(f).filter(\.isOK)
                    guard !runs.isEmpty else { continue }
                    let xs = runs.compactMap { $0.number(column.0) }.filter(\.isFinite)
                    if !xs.isEmpty {
                        let mean = xs.reduce(0, +) / Double(xs.count)
                        let h = Descriptive.meanInterval(xs).map { ($0.upper - $0.lower) / 2 } ?? 0
                        rows.append([Double(mi), mean, h])
                        all += [mean - h, mean + h]
                    }
                    if xs.count < runs.count {
                        panel.labels.append(
                            TextLabel(
                                text: xs.isEmpty ? "never" : "\(runs.count - xs.count)/\(runs.count) never",
                                x: .data(Double(mi)), y: .graph(0.04), anchor: .left, rotation: 90, fontSize: 8,
                                color: "#b00000"))
                    }
                }
                panel.series.append(
                    Series(
                        about:
                            "\(panel.title.replacingOccurrences(of: "\n", with: " ")): method_index mean half_width_95",
                        rows: rows,
                        draws: [
                            Draw(
                                extra: 2,
                                style: Style(
                                    kind: .errorBars, color: Palette.color(row), width: 1.5, marker: .dot,
                                    markerSize: 1.1))
                        ]))
                let (lo, hi) = GnuplotText.linearRange(all, fromZero: true)
                panel.y = PlotAxis(label: column.1, range: (lo, hi + (hi - lo) * 0.08))
                if rows.isEmpty { panel.note = "no run reached the target" }
                panels.append(panel)
            }
        }
        let longest = methods.map(\.count).max() ?? 1
        var f = FigureModel(
            name: name, kind: .timeToTarget,
            title:
                "Time to the validation target per \(v.axisName(m))\nmean over the final seeds that reached it ± 95% interval",
            layout: .grid(
                panelWidth: 360, panelHeight: 280 + longest * 4, maxColumns: max(1, datas.count),
                bottomMargin: 3.5 + Double(longest) * 0.55))
        f.dataNotes = [
            "Epochs (first row of panels) and training seconds (second row) at which each run first reached the validation target;",
            "x: " + methods.enumerated().map { "\($0.offset)=\($0.element)" }.joined(separator: " ")
        ]
        f.x = PlotAxis(
            label: v.axisName(m), range: (-0.7, Double(methods.count) - 0.3),
            ticks: .named(methods.enumerated().map { ($0.element, Double($0.offset)) }, marks: true), tickRotation: -35,
            grid: false)
        f.panels = panels
        f.caption =
            "The first epoch (top) and the training seconds to that epoch's end (bottom) at which each final run's validation metric reached the target of the selection"
            + (dataAxis == nil ? "" : ", one column per data set")
            + "; points are means over the seeds that reached it with the 95% Student t interval; red: how many seeds never reached it."
        return [f]
    }

    /// With `data` as an axis and a validation target: the performance profile of the methods
    /// over the data sets by epochs to the target, and the rank table by the final metric.
    mutating func profileFigures() -> [FigureModel] {
        // Not for a tuned grid's search (`selected` set), whose means would mix the searched values.
        guard selected.isEmpty, let d = dataAxis, let m = methodAxis else { return [] }
        let methods = v.values(m)
        let datas = v.values(d)
        var figures: [FigureModel] = []
        if hasTarget {
            // Epochs to the target per method and data set: the mean over the seeds, infinite
            // when a seed never reached it (or did not end ok).
            let costs: [[Double]] = methods.map { mv in
                datas.map { dv in
                    let runs = v.runs([m: mv, d: dv])
                    let xs = runs.map { Self.epochsToTarget($0) ?? .infinity }
                    return xs.isEmpty ? .infinity : xs.reduce(0, +) / Double(xs.count)
                }
            }
            let profile = PerformanceProfile(costs: costs)
            let finite = profile.breakpoints
            let tauMax = max(2, (finite.last ?? 1) * 1.5)
            var panel = Panel()
            var legend: [Legend.Entry] = []
            for (mi, mv) in methods.enumerated() {
                // A step function: at each breakpoint, the fraction before and after it.
                var rows: [[Double?]] = [[1, profile.fraction(mi, tau: 1)]]
                for tau in finite.dropFirst() {
                    rows.append([tau, profile.fraction(mi, tau: tau.nextDown)])
                    rows.append([tau, profile.fraction(mi, tau: tau)])
                }
                rows.append([tauMax, profile.fraction(mi, tau: tauMax)])
                // Alternate solid and dashed lines, so that methods with the same profile both show.
                let color = Palette.color(mi)
                let dash = mi % 2 == 0 ? Style.Dash.solid : .dashed
                panel.series.append(
                    Series(
                        about: "\(v.axisName(m))=\(mv): tau fraction", rows: rows,
                        draws: [Draw(style: .lines(color, width: dash == .solid ? 3.5 : 2, dash: dash))]))
                legend.append(.line(color, mv, dash: dash))
            }
            var f = FigureModel(
                name: uniqueName("performance-profile"), kind: .performanceProfile,
                title:
                    "Performance profile over \(datas.count) data sets\nepochs to the validation target, mean over the final seeds",
                layout: .grid(panelWidth: 560, panelHeight: 360, minHeight: 80 + legend.count * 18))
            f.dataNotes = [
                "Fraction of data sets on which each \(v.axisName(m))'s epochs to the target are within a factor tau of the best; never reached = infinite",
                "ratios (\(v.axisName(m)) x data: " + datas.joined(separator: " ") + "): "
                    + zip(methods, profile.ratios).map {
                        "\($0)=" + $1.map { $0.isFinite ? String(format: "%.3g", $0) : "inf" }.joined(separator: ",")
                    }.joined(separator: " ")
            ]
            let ticks = [1, 1.25, 1.5, 2, 3, 4, 6, 10, 20, 50, 100, 1000].filter { $0 <= tauMax }
            f.x = PlotAxis(
                label: "tau: factor of the best epochs to target (log scale)", range: (1, tauMax), log: true,
                ticks: .named(ticks.map { (String(format: "%g", $0), $0) }, marks: true))
            f.y = PlotAxis(label: "fraction of data sets", range: (-0.02, 1.05))
            f.panels = [panel]
            f.legend = Legend(title: v.axisName(m), entries: legend)
            f.caption =
                "For each \(v.axisName(m)), the fraction of the \(datas.count) data sets on which its epochs to the validation target "
                + "(the mean over the final seeds; infinite when a seed never reached it) are within a factor tau of the best \(v.axisName(m)) on that data set "
                + "(Dolan and Moré's performance profile, as AlgoPerf scores training algorithms). Higher and further left is better; "
                + "the value at tau = 1 is the fraction of data sets on which it was the fastest, the value on the right the fraction on which it reached the target at all."
            figures.append(f)
        }
        figures.append(rankFigure(methodAxis: m, dataAxis: d))
        if let f = improvementFigure(methodAxis: m, dataAxis: d) { figures.append(f) }
        return figures
    }

    /// Each method's rank on each data set by the final metric (mean over the seeds), and its mean rank.
    mutating func rankFigure(methodAxis m: Int, dataAxis d: Int) -> FigureModel {
        let methods = v.values(m)
        let datas = v.values(d)
        let means: [[Double?]] = methods.map { mv in datas.map { dv in v.aggregate(v.runs([m: mv, d: dv])).mean } }
        let table = RankTable(values: means, higherIsBetter: v.higherIsBetter)
        let columns = datas + ["mean rank"]
        var panel = Panel()
        var cells: [[Double?]] = []
        for (mi, _) in methods.enumerated() {
            for (di, _) in columns.enumerated() {
                let rank = di < datas.count ? table.ranks[mi][di] : table.meanRanks[mi]
                cells.append([Double(di), Double(mi), rank])
                let text =
                    di < datas.count
                    ? Self.rankText(rank) + "\n" + v.format(means[mi][di]) : String(format: "%.2f", rank)
                panel.labels.append(
                    TextLabel(
                        text: text, x: .data(Double(di)), y: .data(Double(mi)),
                        color: rank <= Double(methods.count + 1) / 2 ? "#000000" : "#ffffff"))
            }
        }
        panel.series = [
            Series(
                about: "x y rank (x: data sets then the mean rank)", rows: cells, draws: [Draw(extra: 2, style: .cells)]
            )
        ]
        panel.separators = [Double(datas.count) - 0.5]
        let longestRow = methods.map(\.count).max() ?? 1
        var f = FigureModel(
            name: uniqueName("rank-table"), kind: .rankTable,
            title:
                "Rank of each \(v.axisName(m)) per data set by \(v.metricTitle)\nmean over the final seeds; 1 = best",
            layout: .single(
                width: max(560, columns.count * 120 + longestRow * 8 + 120), height: max(320, methods.count * 48 + 150),
                margins: Margins(left: Double(max(12, longestRow + 9)), right: 14, top: 4.5, bottom: 4)))
        f.dataNotes = [
            "Ranks by the mean \(v.metricTitle) over the final seeds; equal means share the mean of their places; no value ranks last",
            "x: " + columns.enumerated().map { "\($0.offset)=\($0.element)" }.joined(separator: " "),
            "y: " + methods.enumerated().map { "\($0.offset)=\($0.element)" }.joined(separator: " ")
        ]
        f.x = PlotAxis(
            label: "data", range: (-0.5, Double(columns.count) - 0.5),
            ticks: .named(columns.enumerated().map { ($0.element, Double($0.offset)) }, marks: false))
        f.y = PlotAxis(
            label: nil, range: (Double(methods.count) - 0.5, -0.5),
            ticks: .named(methods.enumerated().map { ($0.element, Double($0.offset)) }, marks: false))
        f.colorScale = ColorScale(
            stops: [(0, "#FDE725"), (0.5, "#21908C"), (1, "#440154")], range: (1, Double(max(2, methods.count))),
            label: "rank (1 = best)")
        f.panels = [panel]
        f.caption =
            "The rank of each \(v.axisName(m)) on each data set by the mean \(v.metricTitle) over the final seeds (shown under the rank; 1 = best, "
            + "equal means share their places), and the mean rank over the data sets in the last column. Ranks order means only: "
            + "which differences are significant is in the table of best settings."
        return f
    }

    static func rankText(_ r: Double) -> String { r == r.rounded() ? "\(Int(r))" : String(format: "%.1f", r) }
}
