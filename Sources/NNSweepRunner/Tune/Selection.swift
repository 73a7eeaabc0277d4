import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// The selection of one group: the trial with the best mean of the selection metric over the
/// search seeds, on validation metrics only.
public struct GroupSelection: Sendable {
    public let group: [String]
    /// The selected trial's label on each searched key; nil when no trial ended ok on every seed.
    public let selected: [String]?
    public let mean: Double?
    public let interval: ConfidenceInterval?
    public let seeds: Int
    public let trials: Int
    /// Epochs trained by the group's search cells, and what the full search would train.
    public let epochsTrained: Int
    public let epochsFull: Int
    /// Searched keys whose selected value is the smallest or largest tried: (key, "low" or "high").
    public let edges: [(key: String, end: String)]
}

public enum Selection {
    /// The selection metric of one search record: the metric of its last epoch trained up to
    /// `epochs` (`final`), or the best of those epochs (`best`); nil when the cell did not end ok.
    static func value(_ r: CellRecord, spec: TuneSpec, through epochs: Int) -> Double? {
        guard r.status == .ok, r.epochs.count >= epochs else { return nil }
        let rows = r.epochs.prefix(epochs)
        let xs = rows.map { $0.value(named: spec.metric.name) }
        switch spec.epoch {
        case .final: return xs.last ?? nil
        case .best:
            let finite = xs.compactMap { $0 }.filter(\.isFinite)
            return spec.metric.lowerIsBetter ? finite.min() : finite.max()
        }
    }

    /// Ranks trials (indices into `means`) best first: by the mean (nil, not finite: last), then
    /// the smaller lr when `optimizer.lr` is searched, then the sampler's order.
    static func ranked(_ trials: [Int], means: [Double?], labels: [[String]], spec: TuneSpec) -> [Int] {
        let lrKey = spec.keys.firstIndex { $0.name == "optimizer.lr" }
        func score(_ m: Double?) -> Double {
            guard let m, m.isFinite else { return .infinity }
            return spec.metric.lowerIsBetter ? m : -m
        }
        return trials.sorted { a, b in
            let sa = score(means[a])
            let sb = score(means[b])
            if sa != sb { return sa < sb }
            if let k = lrKey, let la = Double(labels[a][k]), let lb = Double(labels[b][k]), la != lb { return la < lb }
            return a < b
        }
    }

    /// The selection of every group from the search's cell records in `searchDir`.
    /// `reached[g][t]`: the epochs trial t of group g was trained to (all: the full `epochs`).
    static func select(tune: TunePlan, search: SweepPlan, searchDir: URL) -> [GroupSelection] {
        let spec = tune.spec
        let nt = tune.trials.count
        let ns = spec.seeds
        let decoder = SweepTables.decoder()
        var out: [GroupSelection] = []
        for g in tune.groups.indices {
            var means: [Double?] = Array(repeating: nil, count: nt)
            var values: [[Double]] = Array(repeating: [], count: nt)
            var trained = 0
            var full = 0
            for t in 0..<nt {
                var xs: [Double] = []
                var complete = true
                for s in 0..<ns {
                    let cell = search.cells[(g * nt + t) * ns + s]
                    full += cell.config.epochs
                    guard case .valid(let r) = ResultsFolder.lookup(searchDir, cell, decoder: decoder) else {
                        complete = false
                        continue
                    }
                    trained += r.epochs.count
                    if let v = value(r, spec: spec, through: cell.config.epochs), v.isFinite {
                        xs.append(v)
                    } else {
                        complete = false
                    }
                }
                if complete {
                    means[t] = Descriptive.mean(xs)
                    values[t] = xs
                }
            }
            let best = ranked(Array(0..<nt), means: means, labels: tune.trials, spec: spec).first.flatMap {
                means[$0] == nil ? nil : $0
            }
            var edges: [(key: String, end: String)] = []
            if let b = best {
                for (i, k) in spec.keys.enumerated() {
                    let tried = Set(tune.trials.map { $0[i] }).compactMap(Double.init)
                    guard tried.count >= 3, let v = Double(tune.trials[b][i]) else { continue }
                    if v == tried.min() {
                        edges.append((k.name, "low"))
                    } else if v == tried.max() {
                        edges.append((k.name, "high"))
                    }
                }
            }
            out.append(
                GroupSelection(
                    group: tune.groupLabels(g), selected: best.map { tune.trials[$0] },
                    mean: best.flatMap { means[$0] },
                    interval: best.flatMap { Descriptive.meanInterval(values[$0]) },
                    seeds: best.map { values[$0].count } ?? 0,
                    trials: nt, epochsTrained: trained, epochsFull: full, edges: edges))
        }
        return out
    }

    /// The header of selection.csv.
    static func header(_ tune: TunePlan) -> [String] {
        tune.groupAxes.map(\.name) + tune.spec.keys.map(\.name) + [
            "metric", "epoch", "mean", "ci_low", "ci_high", "seeds", "trials", "epochs_trained", "epochs_full_search",
            "on_edge", "edge"
        ]
    }

    /// Writes `dir/selection.csv`, one row per group, atomically.
    static func write(_ selections: [GroupSelection], tune: TunePlan, dir: URL) throws {
        let w = try CSVWriter(url: dir.appendingPathComponent(ResultsLayout.selection), header: header(tune))
        defer { w.discard() }
        for s in selections {
            try w.write(
                s.group + (s.selected ?? tune.spec.keys.map { _ in "" }) + [
                    tune.spec.metric.rawValue, tune.spec.epoch.rawValue, csvNumber(s.mean),
                    csvNumber(s.interval?.lower), csvNumber(s.interval?.upper),
                    "\(s.seeds)", "\(s.trials)", "\(s.epochsTrained)", "\(s.epochsFull)",
                    s.edges.isEmpty ? "false" : "true",
                    s.edges.map { "\($0.key)=\($0.end)" }.joined(separator: " ")
                ])
        }
        try w.finish()
        try w.commit()
    }

    /// Reads the selected trial of each group back from `dir/selection.csv`; nil when the file
    /// is missing or does not match the plan (its header, or a group or value it does not have).
    static func read(tune: TunePlan, dir: URL) -> [[String]?]? {
        guard let text = try? String(contentsOf: dir.appendingPathComponent(ResultsLayout.selection), encoding: .utf8)
        else {
            return nil
        }
        let rows = CSVTable.rows(text)
        guard rows.first == header(tune), rows.count == tune.groups.count + 1 else { return nil }
        let ng = tune.groupAxes.count
        let nk = tune.spec.keys.count
        var out: [[String]?] = []
        for (g, row) in rows.dropFirst().enumerated() {
            guard row.count == header(tune).count, Array(row[0..<ng]) == tune.groupLabels(g) else { return nil }
            let sel = Array(row[ng..<(ng + nk)])
            if sel.allSatisfy(\.isEmpty) {
                out.append(nil)
                continue
            }
            guard tune.trials.contains(sel) else { return nil }
            out.append(sel)
        }
        return out
    }
}
