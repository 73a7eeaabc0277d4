import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// The folders of `nnsweep compare --plot` and `--report` (`ResultsLayout.CompareOutput`): written
/// only when new, empty, or holding only what an earlier run of the same option wrote.
extension ResultsFolder {
    /// Why `dir` cannot take an output of `nnsweep compare` (`option`: `--plot` or `--report`),
    /// or nil when it is new, empty, or holds only `files`, none a link, with `marker` found in
    /// `markerFile` (which shows that an earlier run of the same option wrote them).
    public static func outputFolderProblem(
        _ dir: URL, option: String, files: Set<String>, markerFile: String, marker: String
    ) -> String? {
        switch kind(dir.standardizedFileURL.resolvingSymlinksInPath()) {
        case .missing: return nil
        case .folder: break
        default: return "\(option) \(dir.path): a file, not a folder; give a new or empty folder"
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted().filter {
            !isTemporary($0)
        }
        if entries.isEmpty { return nil }
        if let link = entries.first(where: { kind(dir.appendingPathComponent($0)) == .link }) {
            return
                "\(option) \(dir.appendingPathComponent(link).path) is a symbolic link; nnsweep never writes through a link: give a new or empty folder"
        }
        let foreign = entries.filter { !files.contains($0) || kind(dir.appendingPathComponent($0)) != .file }
        let proven =
            kind(dir.appendingPathComponent(markerFile)) == .file
            && ((try? String(contentsOf: dir.appendingPathComponent(markerFile), encoding: .utf8))?.contains(marker)
                ?? false)
        guard foreign.isEmpty, proven else {
            let shownEntries = shown(foreign.isEmpty ? entries : foreign)
            return
                "\(option) \(dir.path): the folder holds files that nnsweep compare \(option) did not write (\(shownEntries)); give a new or empty folder"
        }
        return nil
    }
}
