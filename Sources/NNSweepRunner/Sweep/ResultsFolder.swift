import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// What nnsweep may find, write and delete in a results folder.
///
/// A folder is nnsweep's only when its `manifest.json` says so: a JSON object that nnsweep
/// wrote, with the format marker `"format": "nnsweep-results/1"` (or, from nnsweep before the
/// marker, the `nnsweep_version`, `file_hash_fnv1a64` and `cells` keys that only nnsweep writes)
/// and the experiment's `name`. File names prove nothing: a folder with `runs.csv` or
/// `plots/thesis.png` but no such manifest is someone else's. nnsweep writes only into a folder
/// that is new, empty (nothing but empty folders of nnsweep's and its lock files) or owned, and
/// holding nothing but what nnsweep writes; it never follows a symbolic link inside it, and
/// `--fresh` and the figures' clean-up delete only what nnsweep wrote. So a typo in `--out` or
/// `name:`, a copied or tampered folder, or a link planted in it can never make nnsweep
/// overwrite or delete a user's files.
public enum ResultsFolder {
    /// The names of the files and folders (`ResultsLayout`).
    typealias Layout = ResultsLayout
    /// The value of `format` in every manifest.json nnsweep writes.
    public static let formatMarker = "nnsweep-results/1"
    /// A manifest larger than this is not one of nnsweep's (100,000 cells take about 200 MB).
    static let maxManifestBytes = 1 << 30

    /// "is a file, not a folder" for `dir` or any folder above it.
    public static func checkIsFolderPath(_ dir: URL) throws {
        // A results folder's path is shown on one line and written into scripts (Slurm's).
        if let c = dir.path.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            let what = c == "\n" ? "a line break" : String(format: "the control character U+%04X", c.value)
            throw SweepError(
                "the results folder '\(quoted(dir.path))' contains \(what); name a folder without control characters with --out"
            )
        }
        let fm = FileManager.default
        var u = dir.standardizedFileURL
        var isDir: ObjCBool = false
        while u.path != "/" {
            if fm.fileExists(atPath: u.path, isDirectory: &isDir) {
                guard isDir.boolValue else {
                    throw SweepError(
                        u.path == dir.standardizedFileURL.path
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
        name.hasPrefix(".") && name.hasSuffix(".tmp") && AtomicFile.owner(ofTemporary: name) != nil
    }

    static func isRunId(_ s: Substring) -> Bool {
        s.count == 16 && s.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// What an entry of a folder is, without following a symbolic link.
    enum EntryKind { case missing, file, folder, link, other }

    static func kind(_ url: URL) -> EntryKind {
        var st = stat()
        guard lstat(url.path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// The symbolic links in `dir` and in the folders nnsweep writes inside it (relative paths).
    static func links(_ dir: URL) -> [String] {
        let fm = FileManager.default
        var found: [String] = []
        for name in ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() {
            let u = dir.appendingPathComponent(name)
            switch kind(u) {
            case .link: found.append(name)
            case .folder where Layout.folders.contains(name):
                found += links(u).map { name + "/" + $0 }
            default: break
            }
        }
        return found
    }

    /// Whether `dir` holds nothing: no entries but lock files, nnsweep's temporary files and
    /// empty folders of nnsweep's (what a run that was stopped before its manifest leaves).
    static func holdsNothing(_ dir: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.allSatisfy { name in
            if Layout.locks.contains(name) || isTemporary(name) {
                return kind(dir.appendingPathComponent(name)) == .file
            }
            return Layout.folders.contains(name) && kind(dir.appendingPathComponent(name)) == .folder
                && holdsNothing(dir.appendingPathComponent(name))
        }
    }

    /// The entries of `dir` that nnsweep did not write (relative paths, at most a few).
    static func foreignEntries(_ dir: URL) -> [String] {
        let fm = FileManager.default
        var foreign: [String] = []
        for name in ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() {
            let u = dir.appendingPathComponent(name)
            let k = kind(u)
            if Layout.locks.contains(name) || isTemporary(name) {
                if k != .file { foreign.append(name) }
                continue
            }
            if Layout.files.contains(name) {
                if k != .file { foreign.append(name + (k == .folder ? "/" : "")) }
                continue
            }
            guard Layout.folders.contains(name), k == .folder else {
                foreign.append(name)
                continue
            }
            // A tuned grid's search is a results folder of its own.
            if name == Layout.search {
                foreign += foreignEntries(u).map { Layout.search + "/" + $0 }
                continue
            }
            for inner in ((try? fm.contentsOfDirectory(atPath: u.path)) ?? []).sorted() where !isTemporary(inner) {
                let ok: Bool
                let stem = inner.split(separator: ".").first ?? ""
                let innerKind = kind(u.appendingPathComponent(inner))
                func ends(_ ext: String) -> Bool { inner.hasSuffix("." + ext) }
                switch name {
                case Layout.cells:
                    ok =
                        (ends(Layout.recordExtension) || ends(Layout.partialExtension)) && isRunId(stem)
                        && inner.split(separator: ".").count == 2
                case Layout.invalid: ok = ends(Layout.recordExtension) && isRunId(stem)
                case Layout.checkpoints: ok = ends(Layout.checkpointExtension) && isRunId(stem)
                case Layout.states: ok = ends(Layout.stateExtension) && isRunId(stem)
                // A program cell's folder: what is inside is the program's own.
                case Layout.programs: ok = isRunId(Substring(inner))
                case Layout.plots:
                    ok =
                        Layout.plotExtensions.contains(URL(fileURLWithPath: inner).pathExtension)
                        || inner == Layout.writtenList
                default:
                    ok =
                        ends("sbatch") || ends("sh") || ends("out") || ends("err") || inner == Layout.slurmLogs
                }
                let shapeOK =
                    (name == Layout.slurm && inner == Layout.slurmLogs) || name == Layout.programs
                    ? innerKind == .folder : innerKind == .file
                if !ok || !shapeOK { foreign.append("\(name)/\(inner)") }
            }
        }
        return foreign
    }

    /// What `dir/manifest.json` says of the folder.
    package enum ManifestState: Equatable {
        /// No manifest.json.
        case none
        /// A manifest of nnsweep's naming this experiment.
        case nnsweep(name: String)
        /// A manifest.json that nnsweep did not write, and why not.
        case foreign(String)
    }

    package static func manifestState(_ dir: URL) -> ManifestState {
        let url = dir.appendingPathComponent(Layout.manifest)
        switch kind(url) {
        case .missing: return .none
        case .file: break
        case .link: return .foreign("it is a symbolic link")
        default: return .foreign("it is not a regular file")
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxManifestBytes else { return .foreign("it is larger than any manifest nnsweep writes") }
        guard let data = FileManager.default.contents(atPath: url.path),
            let m = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else {
            return .foreign("it is not a JSON object")
        }
        let marked = (m["format"] as? String) == formatMarker
        let legacy =
            m["format"] == nil && m["nnsweep_version"] is String && m["file_hash_fnv1a64"] != nil && m["cells"] is [Any]
        guard marked || legacy else {
            if let f = m["format"] as? String { return .foreign("its format is '\(quoted(f))', not \(formatMarker)") }
            return .foreign("it has no \"format\": \"\(formatMarker)\"")
        }
        guard let name = m["name"] as? String else { return .foreign("it names no experiment") }
        return .nnsweep(name: name)
    }

    /// The experiment named by `dir/manifest.json`; nil when there is no manifest.
    static func manifestName(_ dir: URL) throws -> String? {
        switch manifestState(dir) {
        case .none: return nil
        case .nnsweep(let name): return name
        case .foreign(let why):
            throw SweepError(
                "\(dir.appendingPathComponent(Layout.manifest).path) was not written by nnsweep (\(why)); \(dir.path) is not a results folder of nnsweep, choose another --out"
            )
        }
    }

    /// The manifest that shows `dir` is nnsweep's: its own, or for a tuned grid whose final
    /// phase has not started, its search's.
    static func owningManifest(_ dir: URL) throws -> String? {
        if let name = try manifestName(dir) { return name }
        let search = Layout.searchURL(dir)
        return kind(search) == .folder ? try manifestName(search) : nil
    }

    static func shown(_ entries: [String]) -> String {
        entries.prefix(3).map { "'\(quoted($0))'" }.joined(separator: ", ")
            + (entries.count > 3 ? " and \(entries.count - 3) more" : "")
    }

    package static func checkNoLinks(_ dir: URL) throws {
        let found = links(dir)
        guard let first = found.first else { return }
        throw SweepError(
            "\(dir.appendingPathComponent(first).path) is a symbolic link; nnsweep never follows a link inside a results folder it writes: replace it with the folder or file itself"
        )
    }

    /// Checks that `dir` is new, empty, or a results folder of experiment `name` holding only
    /// nnsweep's files (`name` nil: of any experiment).
    public static func checkOwnership(_ dir: URL, name: String?) throws {
        try checkIsFolderPath(dir)
        guard kind(dir.standardizedFileURL.resolvingSymlinksInPath()) != .missing else { return }
        try checkNoLinks(dir)
        if holdsNothing(dir) { return }
        guard let other = try owningManifest(dir) else {
            // Entries that nnsweep never writes first: they show best whose folder it is.
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
                .filter { !Layout.locks.contains($0) && !isTemporary($0) }
                .sorted {
                    !(Layout.files.contains($0) || Layout.folders.contains($0))
                        && (Layout.files.contains($1) || Layout.folders.contains($1))
                }
            throw SweepError(
                "\(dir.path) is not empty and has no manifest.json written by nnsweep (it holds \(shown(entries))); results go only into a new, empty or nnsweep results folder: choose another --out"
            )
        }
        let foreign = foreignEntries(dir)
        if !foreign.isEmpty {
            throw SweepError(
                "\(dir.path) holds files nnsweep did not write (\(shown(foreign))); results go only into a new, empty or nnsweep results folder: choose another --out"
            )
        }
        if let name, other != name {
            throw SweepError(
                "\(dir.path) holds the results of experiment '\(quoted(other))' (its manifest.json), not of '\(quoted(name))'; choose another --out"
            )
        }
    }

    /// Checks that `dir` is an existing results folder of nnsweep (for `plot` and `collect`,
    /// which write into it) and returns its experiment's name.
    @discardableResult
    public static func checkOwned(_ dir: URL) throws -> String {
        guard kind(dir.standardizedFileURL.resolvingSymlinksInPath()) == .folder else {
            throw SweepError("\(dir.path) is not a folder; name the results folder of a sweep")
        }
        try checkNoLinks(dir)
        guard let name = try manifestName(dir) else {
            throw SweepError(
                "\(dir.path) has no manifest.json, so it is not a results folder of nnsweep; name the folder that nnsweep run wrote"
            )
        }
        let foreign = foreignEntries(dir)
        if !foreign.isEmpty {
            throw SweepError(
                "\(dir.path) holds files nnsweep did not write (\(shown(foreign))); nnsweep writes only into its own results folders"
            )
        }
        return name
    }

    /// `--fresh`: deletes what an earlier run of the same experiment wrote, after `checkOwnership`
    /// has shown that the folder holds nothing else. In `plots/`, only the files nnsweep lists
    /// as written go.
    static func clear(_ dir: URL, name: String) throws {
        try checkOwnership(dir, name: name)
        let fm = FileManager.default
        // slurm/ holds the job scripts and their logs: kept.
        for entry in Layout.files.union(Layout.folders).subtracting([Layout.slurm]).sorted() {
            let u = dir.appendingPathComponent(entry)
            guard kind(u) != .missing else { continue }
            do {
                if entry == Layout.plots {
                    removeWritten(in: u, except: [])
                    try? fm.removeItem(atPath: u.appendingPathComponent(Layout.writtenList).path)
                    if (try? fm.contentsOfDirectory(atPath: u.path))?.isEmpty ?? false { try fm.removeItem(at: u) }
                } else if entry == Layout.search {
                    try clear(u, name: name)
                    if (try? fm.contentsOfDirectory(atPath: u.path))?.isEmpty ?? false { try fm.removeItem(at: u) }
                } else {
                    try fm.removeItem(at: u)
                }
            } catch let e as SweepError { throw e } catch {
                throw SweepError("cannot delete \(u.path) for --fresh: \(error.localizedDescription)")
            }
        }
    }
}
