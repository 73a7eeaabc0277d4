import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// The files of `plots/`: nnsweep lists those it wrote (`ResultsLayout.writtenList`), and only
/// those are ever deleted.
extension ResultsFolder {
    /// The names in `plots/` that nnsweep wrote, from its list. A folder from before the list
    /// has none: then nothing there is deleted.
    package static func written(in plots: URL) -> Set<String> {
        let list = plots.appendingPathComponent(Layout.writtenList)
        guard kind(list) == .file, let text = try? String(contentsOf: list, encoding: .utf8)
        else { return [] }
        return Set(text.split(separator: "\n").map(String.init).filter { !$0.contains("/") && !$0.hasPrefix(".") })
    }

    /// Records that nnsweep wrote `names` in `plots/` (added to the list).
    package static func recordWritten(_ names: some Sequence<String>, in plots: URL) throws {
        let all = written(in: plots).union(names)
        try AtomicFile.write(
            Data((all.sorted().joined(separator: "\n") + "\n").utf8),
            to: plots.appendingPathComponent(Layout.writtenList)
        )
    }

    /// Deletes the files of `plots/` that nnsweep wrote and that are not in `keep` (regular files
    /// only, never through a link), and lists what is left.
    package static func removeWritten(in plots: URL, except keep: Set<String>, extensions: Set<String>? = nil) {
        let listed = written(in: plots)
        guard !listed.isEmpty else { return }
        var left = listed
        for f in listed.sorted()
        where !keep.contains(f) && (extensions?.contains((f as NSString).pathExtension) ?? true) {
            let u = plots.appendingPathComponent(f)
            switch kind(u) {
            case .file: if (try? FileManager.default.removeItem(at: u)) != nil { left.remove(f) }
            case .missing: left.remove(f)
            default: break
            }
        }
        if left != listed {
            try? AtomicFile.write(
                Data((left.sorted().joined(separator: "\n") + "\n").utf8),
                to: plots.appendingPathComponent(Layout.writtenList)
            )
        }
    }
}
