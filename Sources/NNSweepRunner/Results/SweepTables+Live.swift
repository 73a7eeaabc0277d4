import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

extension SweepTables {
    /// Whether manifest.json in `dir` says that a sweep is writing there now (`"state":
    /// "running"`, written when a run starts; the manifest written at its end has no state).
    public static func isRunning(_ dir: URL) -> Bool { manifestStateWord(dir) == "running" }

    /// Whether manifest.json in `dir` is the one `nnsweep slurm` writes before any task runs.
    static func isPlanned(_ dir: URL) -> Bool { manifestStateWord(dir) == "planned" }

    static func manifestStateWord(_ dir: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(ResultsLayout.manifest).path),
            let m = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { return nil }
        return m["state"] as? String
    }

    /// The tables of a sweep that is still running, built in memory from its cell records and
    /// the epochs its running cells have published (`cells/<id>.partial`): cells in progress
    /// have status `running` and the epochs finished so far. Nothing is written and no lock is
    /// taken, so reading never waits for the runner and never disturbs it.
    static func live(_ dir: URL) throws -> SweepTables {
        let manifestURL = dir.appendingPathComponent(ResultsLayout.manifest)
        let plan: SweepPlan
        do { plan = try Collector.plan(dir: dir, file: nil) } catch {
            throw LoadError.badFile(manifestURL.path, "\(error)")
        }
        let h = headers(plan)
        var runs = [h.runs]
        var epochs = [h.epochs]
        var layers = [h.layers]
        _ = try rows(
            plan: plan, dir: dir, running: true, runs: { runs.append($0) }, epochs: { epochs.append($0) },
            layers: { layers.append($0) })
        guard runs.count > 1 else {
            throw LoadError.badFile(
                dir.appendingPathComponent(ResultsLayout.cells).path,
                "the sweep is running and no cell has finished an epoch yet; try again in a moment")
        }
        func text(_ rows: [[String]]) -> String {
            rows.map { $0.map(CSVWriter.escape).joined(separator: ",") + "\n" }.joined()
        }
        return try read(
            runs: dir.appendingPathComponent(ResultsLayout.runs), texts: (text(runs), text(epochs), text(layers)))
    }
}
