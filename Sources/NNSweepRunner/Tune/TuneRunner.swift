import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// Runs a tuned grid: the search into `DIR/search` (an ordinary sweep of every group x trial x
/// search seed, or successive halving), the selection into `DIR/selection.csv`, then the
/// selected setting of each group with the final seeds into `DIR` itself. Each phase is a
/// `SweepRunner` over its own folder, so a killed run resumes where it stopped with the same bytes.
public final class TuneRunner: @unchecked Sendable {
    public let plan: SweepPlan
    public let tune: TunePlan
    public let options: SweepOptions
    let log: (String) -> Void

    public struct Outcome: Sendable {
        public var search: SweepOutcome
        public var selections: [GroupSelection]?
        public var finalPlan: SweepPlan?
        public var final: SweepOutcome?
        /// Why the final phase did not run (a shard before the search was collected).
        public var waiting: String?
        public var halving: HalvingReport?
    }

    public init(plan: SweepPlan, options: SweepOptions, log: @escaping (String) -> Void) {
        precondition(plan.tune != nil, "TuneRunner needs a plan with tune:")
        self.plan = plan
        self.tune = plan.tune!
        self.options = options
        self.log = log
    }

    public func run() throws -> Outcome {
        let out = options.out
        let searchDir = ResultsLayout.searchURL(out)
        if options.fresh && options.shard != nil {
            throw SweepError(
                "--fresh cannot be combined with --shard: it would delete the cells of the other shards; delete \(out.path) or run once without --shard --fresh"
            )
        }
        if tune.spec.halving != nil && options.shard != nil {
            throw SweepError(
                "\(plan.file.path): a search with tune.halving runs rung by rung in one process and cannot be split with --shard; run it without --shard (or drop halving to shard the search)"
            )
        }
        try SweepRunner(plan: plan, options: options, log: log).validate(cache: DataCache())
        try ResultsFolder.checkOwnership(out, name: plan.name)
        if options.fresh {
            try AtomicFile.createDirectory(out)
            let lock = try DirectoryLock(out, shared: false)
            defer { lock.release() }
            try ResultsFolder.clear(out, name: plan.name)
        }
        if !options.fresh && !FileManager.default.fileExists(atPath: searchDir.path),
            plan.cells.contains(where: { $0.config.program == nil && !$0.config.data.hasValidationPart })
        {
            log(
                "note: the data has no validation part (data.validation_fraction or validation_csv), so the final runs are measured on the held-out part the selection used; a three-way split reports them on a test part"
            )
        }
        var phase = options
        phase.out = searchDir
        phase.fresh = false
        var outcome: Outcome
        if let h = tune.spec.halving {
            let (search, report) = try HalvingRunner(plan: plan, tune: tune, halving: h, options: phase, log: log).run()
            outcome = Outcome(search: search, halving: report)
        } else {
            if !plan.cells.isEmpty {
                log(
                    "search: \(plan.cells.count) cells (\(tune.groups.count) groups x \(tune.trials.count) trials x \(tune.spec.seeds) seeds)"
                )
            }
            outcome = Outcome(search: try SweepRunner(plan: plan, options: phase, log: log).run())
        }
        let selected: [[String]?]
        if options.shard != nil {
            // A shard of the final phase needs the whole search, collected into selection.csv.
            guard let s = Selection.read(tune: tune, dir: out), Self.searchComplete(plan, searchDir) else {
                outcome.waiting =
                    "the final phase needs the whole search: once every shard has ended, run nnsweep collect \(out.path), then run the shards again for the final phase"
                return outcome
            }
            selected = s
        } else {
            guard outcome.search.missing == 0 else {
                outcome.waiting =
                    "\(outcome.search.missing) search cells have no record; run again to finish the search"
                return outcome
            }
            let selections = Selection.select(tune: tune, search: plan, searchDir: searchDir)
            try Selection.write(selections, tune: tune, dir: out)
            outcome.selections = selections
            for s in selections { for e in s.edges { log("warning: " + Self.edgeWarning(s, e, tune: tune)) } }
            selected = selections.map(\.selected)
        }
        let finalPlan = try tune.finalPlan(selected: selected)
        outcome.finalPlan = finalPlan
        guard !finalPlan.cells.isEmpty else {
            outcome.waiting =
                "no group has a trial that ended ok on every search seed; nothing to run in the final phase"
            return outcome
        }
        var final = options
        final.fresh = false
        log(
            "final: \(finalPlan.cells.count) cells (the selected setting of each group x \(tune.spec.finalSeeds) seeds)"
        )
        outcome.final = try SweepRunner(plan: finalPlan, options: final, log: log).run()
        return outcome
    }

    /// Whether every search cell has a valid record in `searchDir`.
    static func searchComplete(_ plan: SweepPlan, _ searchDir: URL) -> Bool {
        let decoder = SweepTables.decoder()
        return plan.cells.allSatisfy {
            if case .valid = ResultsFolder.lookup(searchDir, $0, decoder: decoder) { true } else { false }
        }
    }

    static func groupName(_ s: GroupSelection, tune: TunePlan) -> String {
        tune.groupAxes.isEmpty
            ? "the search" : zip(tune.groupAxes, s.group).map { "\($0.name)=\($1)" }.joined(separator: ", ")
    }

    static func edgeWarning(_ s: GroupSelection, _ e: (key: String, end: String), tune: TunePlan) -> String {
        let value = s.selected.map { $0[tune.spec.keys.firstIndex { $0.name == e.key }!] } ?? ""
        return
            "\(groupName(s, tune: tune)): the selected \(e.key) = \(value) is the \(e.end == "low" ? "smallest" : "largest") value searched; the best may lie beyond it, so extend the search range"
    }

    /// The final phase's plan of a tuned folder whose search is complete, from the search's
    /// tables (nothing is written); nil while the search has cells without a record.
    public static func finalPlan(plan: SweepPlan, dir: URL) throws -> SweepPlan? {
        guard let tune = plan.tune else { return plan }
        let searchDir = ResultsLayout.searchURL(dir)
        let complete = plan.cells.allSatisfy {
            FileManager.default.fileExists(atPath: ResultsLayout.recordURL(searchDir, $0.id).path)
        }
        guard complete else { return nil }
        let selections = Selection.select(tune: tune, search: plan, searchDir: searchDir)
        return try tune.finalPlan(selected: selections.map(\.selected))
    }

    /// `collect` for a tuned folder: rebuilds the search's tables; when the search is complete
    /// writes selection.csv and rebuilds the final phase's tables from the records it has.
    public static func collect(plan: SweepPlan, dir: URL) throws -> (
        search: Collector.Outcome, final: Collector.Outcome?, message: String?
    ) {
        let tune = plan.tune!
        let searchDir = ResultsLayout.searchURL(dir)
        let search = try Collector.collect(plan: plan, dir: searchDir)
        guard search.missing == 0 else {
            return (
                search, nil,
                "the search has \(search.missing) cells without a record; run the missing shards, then collect again"
            )
        }
        let selections = Selection.select(tune: tune, search: plan, searchDir: searchDir)
        try Selection.write(selections, tune: tune, dir: dir)
        let finalPlan = try tune.finalPlan(selected: selections.map(\.selected))
        let hasFinal = finalPlan.cells.contains {
            FileManager.default.fileExists(atPath: ResultsLayout.recordURL(dir, $0.id).path)
        }
        guard hasFinal else {
            return (
                search, nil,
                "the search is complete and selection.csv written; run the shards again (nnsweep run FILE --shard I/N) for the final phase, then collect"
            )
        }
        return (search, try Collector.collect(plan: finalPlan, dir: dir), nil)
    }
}

/// The terminal summary of a tuned grid: per group the selected values with the interval of
/// the selection metric, the edge warnings and what halving saved.
public enum TuneSummary {
    public static func render(_ outcome: TuneRunner.Outcome, tune: TunePlan) -> String {
        var lines: [String] = []
        if let sels = outcome.selections {
            lines.append(
                "selected on \(tune.spec.metric.rawValue) (\(tune.spec.epoch.rawValue) epoch, mean over \(tune.spec.seeds) search seeds, 95% interval):"
            )
            for s in sels {
                let name = TuneRunner.groupName(s, tune: tune)
                guard let sel = s.selected else {
                    lines.append("  \(name): no trial ended ok on every seed")
                    continue
                }
                let values = zip(tune.spec.keys, sel).map { "\($0.name)=\($1)" }.joined(separator: ", ")
                var line = "  \(name): \(values)  \(format(s.mean))"
                if let i = s.interval { line += " [\(format(i.lower)), \(format(i.upper))]" }
                line += "  (\(s.trials) trials, \(s.epochsTrained) epochs)"
                if !s.edges.isEmpty {
                    line += "  ON EDGE: " + s.edges.map { "\($0.key) \($0.end)" }.joined(separator: ", ")
                }
                lines.append(line)
            }
        }
        if let h = outcome.halving {
            lines.append(
                "halving trained \(h.epochsTrained) of the full search's \(h.epochsFull) epochs"
                    + (h.epochsTrained > 0
                        ? String(format: " (%.1fx fewer)", Double(h.epochsFull) / Double(h.epochsTrained)) : ""))
        }
        if let w = outcome.waiting { lines.append(w) }
        return lines.joined(separator: "\n")
    }

    static func format(_ v: Double?) -> String {
        guard let v else { return "-" }
        return String(format: "%.4g", v)
    }
}
