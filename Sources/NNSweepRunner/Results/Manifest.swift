import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// `manifest.json`: what ran, from which file, with which build, where and when.
public enum Manifest {
    /// `running`: the manifest written when a run starts, marked `"state": "running"` so that
    /// readers build the tables from the records as they come (`SweepTables.live`); the
    /// manifest written at the end has no state.
    /// `planned`: written by `nnsweep slurm` before any task has run (`"state": "planned"`), so
    /// that the folder is known to be nnsweep's when the tasks start.
    public static func write(
        plan: SweepPlan, dir: URL, started: Date, finished: Date, outcome: SweepOutcome, running: Bool = false,
        planned: Bool = false
    ) throws {
        let m = object(
            plan: plan, dir: dir, started: started, finished: finished, outcome: outcome, running: running,
            planned: planned)
        try AtomicFile.write(try SortedJSON.data(m), to: dir.appendingPathComponent(ResultsLayout.manifest))
    }

    /// The manifest as a JSON object (what `write` writes, sorted and indented).
    package static func object(
        plan: SweepPlan, dir: URL, started: Date, finished: Date, outcome: SweepOutcome, running: Bool = false,
        planned: Bool = false
    ) -> [String: Any] {
        let iso = ISO8601DateFormatter()
        let cells: [[String: Any]] = plan.cells.map { c in
            var d: [String: Any] = [
                "id": c.id,
                "settings": Dictionary(c.config.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }),
                "setting_values": Dictionary(
                    c.config.settingColumns.map { ($0.key, $0.value.json) }, uniquingKeysWith: { a, _ in a })
            ]
            if !plan.axes.isEmpty {
                d["axes"] = Dictionary(uniqueKeysWithValues: zip(plan.axes.map(\.name), c.axisValues))
            }
            return d
        }
        // Everything but `this_run` is a function of the run file, the data and the build, so
        // regenerated results differ from the committed ones in that one line only.
        var run =
            planned
            ? "planned"
            : "started \(iso.string(from: started)), "
                + (running ? "running" : "finished \(iso.string(from: finished))")
                + ", host \(ProcessInfo.processInfo.hostName)"
        if let commit = gitCommit(plan.file.deletingLastPathComponent()) { run += ", git commit \(commit)" }
        run += ", \(outcome.ranNow) cells trained, \(outcome.skipped) already done"
        var m: [String: Any] = [
            // What shows that nnsweep wrote this folder (ResultsFolder.manifestState).
            "format": ResultsFolder.formatMarker,
            "name": plan.name,
            "file": relativePath(of: plan.file, from: dir),
            "file_hash_fnv1a64": plan.fileHash,
            "file_text": plan.text,
            "axes": plan.axes.map { ["name": $0.name, "values": $0.values.map(\.label)] as [String: Any] },
            "cells": cells,
            "excluded_cells": plan.excluded,
            "input_sha256": plan.inputDigests,
            "nnsweep_version": NNSweepVersion.current,
            "swift_version": swiftVersion,
            "this_run": run,
            "counts": [
                "total": outcome.total, "ok": outcome.ok, "diverged": outcome.diverged, "failed": outcome.failed,
                "missing": outcome.missing
            ]
        ]
        if running { m["state"] = "running" } else if planned { m["state"] = "planned" }
        // The image formats the run file asks for (absent: FigureFormats.default).
        if let formats = FigureFormats.of(runFileText: plan.text) { m["figures"] = ["formats": formats] }
        // A program file names the metric that judges its settings.
        if let p = plan.cells.first?.config.program, let d = p.spec.direction(p.spec.headline) {
            m["headline"] = ["column": "final_" + p.spec.headline, "direction": d.rawValue]
        }
        return m
    }

    /// `file` relative to the folder `dir` (such as `../../experiments/gate.yaml`), so that the
    /// manifest holds no absolute path; the absolute path when they share nothing but the root.
    static func relativePath(of file: URL, from dir: URL) -> String {
        let a = dir.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let b = file.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        var common = 0
        while common < min(a.count, b.count) && a[common] == b[common] { common += 1 }
        guard common > 1 else { return file.standardizedFileURL.path }
        return (Array(repeating: "..", count: a.count - common) + b[common...]).joined(separator: "/")
    }

    /// The time the sweep started, from the `this_run` line of an earlier manifest.
    static func started(_ manifest: [String: Any]) -> Date? {
        guard let line = manifest["this_run"] as? String, let r = line.range(of: "started ") else { return nil }
        let stamp = line[r.upperBound...].prefix { $0 != "," }
        return ISO8601DateFormatter().date(from: String(stamp))
    }

    static var swiftVersion: String {
        #if compiler(>=6.4)
            return "6.4 or later"
        #elseif compiler(>=6.3)
            return "6.3"
        #elseif compiler(>=6.2)
            return "6.2"
        #elseif compiler(>=6.1)
            return "6.1"
        #else
            return "6.0"
        #endif
    }

    /// The commit of the git checkout holding `dir`, when there is one and git is installed.
    /// The commit of the repository holding `dir`, asked of git once per process and folder
    /// (a sweep writes its manifest up to three times).
    static func gitCommit(_ dir: URL) -> String? {
        commits.lock.lock()
        defer { commits.lock.unlock() }
        if let known = commits.byFolder[dir.path] { return known }
        let commit = askGit(dir)
        commits.byFolder[dir.path] = .some(commit)
        return commit
    }

    private final class Commits: @unchecked Sendable {
        let lock = NSLock()
        var byFolder: [String: String?] = [:]
    }
    private static let commits = Commits()

    private static func askGit(_ dir: URL) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", dir.path, "rev-parse", "HEAD"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
