import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

extension SweepTables {
    /// Rebuilds runs.csv, epochs.csv, layers.csv and manifest.json in `dir` from its cell records,
    /// holding the folder's tables lock so that processes writing into one folder (the shards of a
    /// sweep, `collect`) rebuild one at a time: the last one has seen every record. `outcome`
    /// gives the total and the cells run now; its status counts are filled in from the records,
    /// and `skipped`, when nil, becomes the count of cells with a record. Returns the outcome
    /// written to the manifest.
    static func rebuild(plan: SweepPlan, dir: URL, started: Date, ranNow: Int, skipped: Int?) throws -> SweepOutcome {
        try TablesLock.hold(dir) {
            var outcome = SweepOutcome(
                total: plan.cells.count, ranNow: ranNow, skipped: 0, ok: 0, diverged: 0, failed: 0, missing: 0)
            for s in try write(plan: plan, dir: dir) {
                switch s {
                case .ok?: outcome.ok += 1
                case .diverged?: outcome.diverged += 1
                case .failed?, .timedOut?: outcome.failed += 1
                case nil: outcome.missing += 1
                }
            }
            outcome.skipped = skipped ?? outcome.total - outcome.missing
            try NNSweepRunner.Manifest.write(plan: plan, dir: dir, started: started, finished: Date(), outcome: outcome)
            return outcome
        }
    }
}
