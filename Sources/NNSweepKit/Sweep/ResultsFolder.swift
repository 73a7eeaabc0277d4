import Foundation

/// What nnsweep may find, write and delete in a results folder. A folder is used only when all
/// it holds is nnsweep's own (by name and shape) and its manifest, if any, names the same
/// experiment; `--fresh` deletes only such entries. So a typo in `--out` or `name:` can never
/// overwrite or delete a user's files.
public enum ResultsFolder {
    /// The top-level entries a sweep writes.
    static let files: Set<String> = ["runs.csv", "epochs.csv", "layers.csv", "manifest.json", "report.html", "selection.csv", "rungs.csv"]
    static let folders: Set<String> = ["cells", "checkpoints", "plots", "slurm", "invalid", "search", "states"]
    static let locks: Set<String> = [".nnsweep.lock", ".nnsweep.tables.lock"]
    /// What a figure folder holds: figures, their gnuplot scripts and data.
    static let plotExtensions: Set<String> = ["svg", "png", "gp", "dat", "html"]

    /// "is a file, not a folder" for `dir` or any folder above it.
    public static func checkIsFolderPath(_ dir: URL) throws {
        let fm = FileManager.default
        var u = dir.standardizedFileURL
        var isDir: ObjCBool = false
        while u.path != "/" {
            if fm.fileExists(atPath: u.path, isDirectory: &isDir) {
                guard isDir.boolValue else {
                    throw SweepError(u.path == dir.standardizedFileURL.path
                        ? "\(dir.path) is a file, not a folder; name a folder for the results with --out"
                        : "\(dir.path) cannot be a folder: \(u.path) is a file, not a folder")
                }
                return
            }
            u = u.deletingLastPathComponent()
        }
    }

    /// A temporary file of `AtomicFile`, `.NAME.HOST-PID.tmp`.
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp")
    }

    static func isRunId(_ s: Substring) -> Bool {
        s.count == 16 && s.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// The entries of `dir` that nnsweep did not write (relative paths, at most a few).
    static func foreignEntries(_ dir: URL) -> [String] {
        let fm = FileManager.default
        var foreign: [String] = []
        func isDirectory(_ u: URL) -> Bool {
            var d: ObjCBool = false
            return fm.fileExists(atPath: u.path, isDirectory: &d) && d.boolValue
        }
        for name in ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() {
            let u = dir.appendingPathComponent(name)
            if locks.contains(name) || isTemporary(name) { continue }
            if files.contains(name) { if isDirectory(u) { foreign.append(name + "/") }; continue }
            guard folders.contains(name), isDirectory(u) else { foreign.append(name); continue }
            // A tuned grid's search is a results folder of its own.
            if name == "search" { foreign += foreignEntries(u).map { "search/" + $0 }; continue }
            for inner in ((try? fm.contentsOfDirectory(atPath: u.path)) ?? []).sorted() where !isTemporary(inner) {
                let ok: Bool
                let stem = inner.split(separator: ".").first ?? ""
                switch name {
                case "cells": ok = (inner.hasSuffix(".json") || inner.hasSuffix(".partial")) && isRunId(stem) && inner.split(separator: ".").count == 2
                case "invalid": ok = inner.hasSuffix(".json") && isRunId(stem)
                case "checkpoints": ok = inner.hasSuffix(".safetensors") && isRunId(stem)
                case "states": ok = inner.hasSuffix(".state") && isRunId(stem)
                case "plots": ok = plotExtensions.contains(URL(fileURLWithPath: inner).pathExtension)
                default: ok = inner.hasSuffix(".sbatch") || inner.hasSuffix(".sh") || inner.hasSuffix(".out") || inner.hasSuffix(".err") || inner == "logs"
                }
                if !ok || (name != "slurm" && isDirectory(u.appendingPathComponent(inner))) { foreign.append("\(name)/\(inner)") }
            }
        }
        return foreign
    }

    /// The experiment named by `dir/manifest.json`; nil when there is no manifest.
    static func manifestName(_ dir: URL) throws -> String? {
        let url = dir.appendingPathComponent("manifest.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = try? Data(contentsOf: url),
              let m = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let name = m["name"] as? String else {
            throw SweepError("\(url.path) is not an nnsweep manifest; \(dir.path) is not a results folder of nnsweep, choose another --out")
        }
        return name
    }

    /// Checks that `dir` is new, empty, or a results folder of experiment `name` holding only
    /// nnsweep's files.
    public static func checkOwnership(_ dir: URL, name: String) throws {
        try checkIsFolderPath(dir)
        guard FileManager.default.fileExists(atPath: dir.path) else { return }
        let foreign = foreignEntries(dir)
        if !foreign.isEmpty {
            let shown = foreign.prefix(3).map { "'\(quoted($0))'" }.joined(separator: ", ") + (foreign.count > 3 ? " and \(foreign.count - 3) more" : "")
            throw SweepError("\(dir.path) holds files nnsweep did not write (\(shown)); results go only into a new, empty or nnsweep results folder: choose another --out")
        }
        if let other = try manifestName(dir), other != name {
            throw SweepError("\(dir.path) holds the results of experiment '\(quoted(other))' (its manifest.json), not of '\(quoted(name))'; choose another --out")
        }
    }

    /// `--fresh`: deletes what an earlier run of the same experiment wrote, after `checkOwnership`
    /// has shown that the folder holds nothing else.
    static func clear(_ dir: URL, name: String) throws {
        try checkOwnership(dir, name: name)
        let fm = FileManager.default
        // slurm/ holds the job scripts and their logs: kept.
        for entry in files.union(folders).subtracting(["slurm"]).sorted() {
            let u = dir.appendingPathComponent(entry)
            guard fm.fileExists(atPath: u.path) else { continue }
            do { try fm.removeItem(at: u) } catch {
                throw SweepError("cannot delete \(u.path) for --fresh: \(error.localizedDescription)")
            }
        }
    }

    // MARK: Cell records

    /// Why the record of `cell` in `dir` cannot be trusted; nil when it is a complete record of
    /// this cell. A missing record is not checked here.
    static func problem(with record: CellRecord?, of cell: Cell) -> String? {
        guard let r = record else { return "it is not a cell record (empty, cut short or not JSON of nnsweep)" }
        if r.id != cell.id { return "it is the record of cell \(quoted(r.id)), not of \(cell.id)" }
        if r.seed != cell.config.seed { return "it was trained with seed \(r.seed), the cell has seed \(cell.config.seed)" }
        if String(cell.cellSeed) != r.cellSeed { return "its stream seed \(quoted(r.cellSeed)) is not the cell's" }
        if let s = r.settings {
            let mine = Dictionary(cell.config.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            if let k = mine.keys.sorted().first(where: { s[$0] != mine[$0] }) {
                return "it was trained with \(k) = \(quoted(s[k] ?? "(none)")), the cell has \(quoted(mine[k] ?? ""))"
            }
        }
        for (i, e) in r.epochs.enumerated() where e.epoch != i + 1 { return "its epochs are not numbered 1 to \(r.epochs.count)" }
        switch r.status {
        case .ok where r.epochs.count != (r.trainedThrough ?? cell.config.epochs):
            return "it has \(r.epochs.count) of the \(r.trainedThrough ?? cell.config.epochs) epochs"
        case .diverged where r.divergedEpoch == nil || r.epochs.count > cell.config.epochs:
            return "it says diverged but not when"
        default:
            return nil
        }
    }

    /// The record of `cell` when present and valid; `.invalid` with the reason otherwise.
    enum Lookup { case missing, valid(CellRecord), invalid(String) }

    static func lookup(_ dir: URL, _ cell: Cell, decoder: JSONDecoder = SweepTables.decoder()) -> Lookup {
        let url = SweepTables.recordURL(dir, cell.id)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return FileManager.default.fileExists(atPath: url.path) ? .invalid("it cannot be read") : .missing
        }
        let record = try? decoder.decode(CellRecord.self, from: data)
        if let p = problem(with: record, of: cell) { return .invalid(p) }
        return .valid(record!)
    }

    /// Moves an invalid record to `dir/invalid/` (never deletes it) and returns where it went.
    static func quarantine(_ dir: URL, _ id: String) throws -> URL {
        let fm = FileManager.default
        let target = dir.appendingPathComponent("invalid")
        try fm.createDirectory(at: target, withIntermediateDirectories: true)
        var n = 1
        var dest = target.appendingPathComponent("\(id).json")
        while fm.fileExists(atPath: dest.path) {
            n += 1
            dest = target.appendingPathComponent("\(id).\(n).json")
        }
        try fm.moveItem(at: SweepTables.recordURL(dir, id), to: dest)
        return dest
    }
}
