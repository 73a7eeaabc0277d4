import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// What successive halving did: the epochs its search trained against the full search's.
public struct HalvingReport: Sendable {
    public var epochsTrained: Int
    public var epochsFull: Int
}

/// Successive halving over a tuned grid's search: in each group every trial trains
/// `min_epochs`; the best ceil(n / eta) by the selection metric (mean over the search seeds,
/// ties as in the selection) continue to eta times as many epochs, and so on up to the full
/// `epochs`. Each rung is one `SweepRunner` pass over the search folder with a budget per cell:
/// a surviving trial's cells continue their records, the schedule staying that of all
/// `epochs`, so a survivor ends with the records of a cell trained straight through. The
/// survivors are decided from the records alone, so a killed search resumes to the same bytes.
/// `search/rungs.csv` lists each trial's mean at each rung it reached and whether it continued.
struct HalvingRunner {
    let plan: SweepPlan
    let tune: TunePlan
    let halving: TuneSpec.Halving
    let options: SweepOptions
    let log: (String) -> Void

    /// The epochs of each rung for a budget of `epochs`.
    static func rungs(epochs: Int, _ h: TuneSpec.Halving) -> [Int] {
        var r = [min(h.minEpochs, epochs)]
        while r.last! < epochs { r.append(min(r.last! * h.eta, epochs)) }
        return r
    }

    func run() throws -> (SweepOutcome, HalvingReport) {
        let nt = tune.trials.count
        let ns = tune.spec.seeds
        let cellsOf = { (g: Int, t: Int) in (0..<ns).map { self.plan.cells[(g * nt + t) * ns + $0] } }
        // Rungs per group: a grid axis may set `epochs`.
        let groupRungs = tune.groups.indices.map { Self.rungs(epochs: cellsOf($0, 0)[0].config.epochs, halving) }
        var alive = tune.groups.indices.map { _ in Array(0..<nt) }
        var rows: [[String]] = []
        let decoder = SweepTables.decoder()
        var outcome: SweepOutcome?
        for r in 0..<(groupRungs.map(\.count).max() ?? 0) {
            var budget: [String: Int] = [:]
            for g in tune.groups.indices where r < groupRungs[g].count {
                for t in alive[g] { for c in cellsOf(g, t) { budget[c.id] = groupRungs[g][r] } }
            }
            var o = options
            o.budget = budget
            log("halving rung \(r + 1): \(budget.count) cells")
            outcome = try SweepRunner(plan: plan, options: o, log: log).run()
            if outcome!.failed + outcome!.ok + outcome!.diverged < budget.count, outcome!.missing > 0 {
                // Cells of this rung without a record (a write failed): stop, the rerun resumes.
                break
            }
            for g in tune.groups.indices where r < groupRungs[g].count {
                let epochs = groupRungs[g][r]
                var means: [Double?] = Array(repeating: nil, count: nt)
                for t in alive[g] {
                    var xs: [Double] = []
                    for c in cellsOf(g, t) {
                        guard case .valid(let rec) = ResultsFolder.lookup(options.out, c, decoder: decoder),
                            let v = Selection.value(rec, spec: tune.spec, through: epochs), v.isFinite
                        else {
                            xs = []
                            break
                        }
                        xs.append(v)
                    }
                    means[t] = xs.count == ns ? Descriptive.mean(xs) : nil
                }
                let last = r == groupRungs[g].count - 1
                let ranked = Selection.ranked(alive[g], means: means, labels: tune.trials, spec: tune.spec)
                let keep =
                    last
                    ? ranked
                    : Array(ranked.prefix((alive[g].count + halving.eta - 1) / halving.eta).filter { means[$0] != nil })
                for t in alive[g] {
                    rows.append(
                        tune.groupLabels(g) + tune.trials[t] + [
                            "\(r + 1)", "\(epochs)", csvNumber(means[t]),
                            last ? "" : (keep.contains(t) ? "true" : "false")
                        ])
                }
                alive[g] = keep.sorted()
            }
        }
        let w = try CSVWriter(
            url: options.out.appendingPathComponent(ResultsLayout.rungs),
            header: tune.groupAxes.map(\.name) + tune.spec.keys.map(\.name) + [
                "rung", "epochs", "mean_\(tune.spec.metric.rawValue)", "continued"
            ])
        defer { w.discard() }
        for row in rows { try w.write(row) }
        try w.finish()
        try w.commit()
        var report = HalvingReport(epochsTrained: 0, epochsFull: 0)
        for c in plan.cells {
            report.epochsFull += c.config.epochs
            if case .valid(let rec) = ResultsFolder.lookup(options.out, c, decoder: decoder) {
                report.epochsTrained += rec.epochs.count
            }
        }
        // Every cell not trained to the end was stopped by halving: the search is complete.
        var result = outcome!
        result.missing =
            plan.cells.filter {
                if case .valid = ResultsFolder.lookup(options.out, $0, decoder: decoder) { false } else { true }
            }.count
        return (result, report)
    }
}
