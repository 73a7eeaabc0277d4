import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// `nnsweep collect`: rebuilds a results folder's tables and manifest from its cell records, such
/// as after the shards of a sweep have ended (each on its own machine, all writing one folder).
public enum Collector {
    public struct Outcome: Sendable {
        public var total: Int
        public var ok: Int
        public var diverged: Int
        public var failed: Int
        /// Cells of the plan without a record (their shard has not run, or failed before them).
        public var missing: Int
        /// Records in cells/ that belong to no cell of the plan (the run file changed since).
        public var strays: Int
        /// Records that are not a valid record of their cell (cut short, foreign, incomplete):
        /// counted as missing, as `run` counts them, and named here.
        public var invalid: [String] = []
    }

    /// The plan of the sweep in `dir`: from `file` when given, otherwise the run file named in
    /// manifest.json, as it was when the manifest was written (its "file_text").
    public static func plan(dir: URL, file: URL?, maxInputBytes: Int = Limits.defaultMaxInputBytes) throws -> SweepPlan
    {
        if let file { return try SweepPlan.load(file, maxInputBytes: maxInputBytes) }
        let manifestURL = dir.appendingPathComponent(ResultsLayout.manifest)
        let searchDir = dir.appendingPathComponent(ResultsLayout.search)
        if !FileManager.default.fileExists(atPath: manifestURL.path),
            FileManager.default.fileExists(atPath: searchDir.appendingPathComponent(ResultsLayout.manifest).path)
        {
            // A tuned grid before its final phase: the search's manifest names the file.
            return try plan(dir: searchDir, file: nil, maxInputBytes: maxInputBytes)
        }
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw SweepError(
                "\(dir.path) has no manifest.json (no shard has finished yet); name the run file with --file FILE")
        }
        guard let data = try? Data(contentsOf: manifestURL),
            let m = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let path = m["file"] as? String, !path.isEmpty
        else {
            throw SweepError("\(manifestURL.path) does not name the run file; name it with --file FILE")
        }
        // The manifest names the file relative to the results folder (absolute in older ones).
        let file =
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : dir.appendingPathComponent(path).standardizedFileURL
        guard let text = m["file_text"] as? String else {
            return try SweepPlan.load(file, maxInputBytes: maxInputBytes)
        }
        do {
            return try SweepPlan.parse(text: text, file: file, maxInputBytes: maxInputBytes)
        } catch var e as ConfigError {
            e.file = path
            throw SweepError(
                "the run file recorded in \(manifestURL.path) no longer reads: \(e); name a run file with --file FILE")
        }
    }

    /// Rebuilds runs.csv, epochs.csv, layers.csv and manifest.json in `dir` from the records in
    /// `dir/cells`. Shards may still be running: the folder is held shared, like a shard holds it.
    public static func collect(plan: SweepPlan, dir: URL) throws -> Outcome {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw SweepError("no such folder: \(dir.path)")
        }
        try ResultsFolder.checkOwnership(dir, name: plan.name)
        let cells = dir.appendingPathComponent(ResultsLayout.cells)
        let names = ((try? fm.contentsOfDirectory(atPath: cells.path)) ?? []).filter {
            !$0.hasPrefix(".") && $0.hasSuffix("." + ResultsLayout.recordExtension)
        }
        let ids = Set(plan.cells.map(\.id))
        let strays = names.filter { !ids.contains(String($0.dropLast(ResultsLayout.recordExtension.count + 1))) }.count
        guard names.count > strays else {
            throw SweepError(
                names.isEmpty
                    ? "\(cells.path) holds no cell records yet; run the sweep (or its shards) first"
                    : "none of the \(names.count) records in \(cells.path) belongs to a cell of \(plan.file.path); is it the run file of this folder?"
            )
        }
        let lock = try DirectoryLock(dir, shared: true)
        defer { lock.release() }
        SweepRunner.cleanTemporaries(dir, shared: true)
        let started = previousStart(dir) ?? Date()
        var invalid: [String] = []
        for cell in plan.cells {
            if case .invalid(let why) = ResultsFolder.lookup(dir, cell) {
                invalid.append("\(ResultsLayout.recordPath(cell.id)): \(why)")
            }
        }
        let counts = try SweepTables.rebuild(plan: plan, dir: dir, started: started, ranNow: 0, skipped: nil)
        return Outcome(
            total: counts.total, ok: counts.ok, diverged: counts.diverged, failed: counts.failed,
            missing: counts.missing, strays: strays, invalid: invalid)
    }

    /// The "started" time of the manifest already in `dir`, kept so the manifest spans the whole sweep.
    static func previousStart(_ dir: URL) -> Date? {
        guard let data = try? Data(contentsOf: dir.appendingPathComponent(ResultsLayout.manifest)),
            let m = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let started = Manifest.started(m)
        else { return nil }
        return started
    }
}
