import Crypto
import Foundation
import NNData
import NNEngine
import Yams

/// SHA-256 of the files a run reads (its CSVs and its `init_from` weights), so that a cell's id
/// changes when their contents change, and only then (with their paths as written, never with
/// where the checkout lies: `InputPath`).
enum FileDigest {
    /// The digest in hex, or nil when the file cannot be read (the data check reports that):
    /// also when it is not a regular file or holds more than `maxBytes` bytes.
    static func sha256(path: String, maxBytes: Int) -> String? {
        guard let reader = try? InputFile.Reader(path, maxBytes: maxBytes, hint: "") else { return nil }
        var hasher = SHA256()
        while true {
            guard let chunk = try? reader.read(upTo: 1 << 20) else { return nil }
            if chunk.isEmpty { break }
            hasher.update(data: chunk)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Digests of many paths, each file read once.
    final class Cache {
        private var known: [String: String] = [:]
        func sha256(_ path: String, maxBytes: Int) -> String {
            if let d = known[path] { return d }
            let d = FileDigest.sha256(path: path, maxBytes: maxBytes) ?? "unreadable"
            known[path] = d
            return d
        }
    }
}

/// A path to a file a run reads, as the run file writes it: what the settings, the cell ids, the
/// records and the manifest hold, so that moving a checkout (run file, data and results together)
/// or a data folder with its run file changes none of them.
public enum InputPath {
    /// `path` with `.` and empty components dropped and `dir/..` folded, without looking at the
    /// file system: `./data/../data/x.csv` is `data/x.csv`; a path written absolute stays absolute.
    public static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for p in path.split(separator: "/", omittingEmptySubsequences: true) where p != "." {
            if p == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if p == "..", absolute {
                continue  // "/.." is "/"
            } else {
                parts.append(p)
            }
        }
        let body = parts.joined(separator: "/")
        return absolute ? "/" + body : (body.isEmpty ? "." : body)
    }
}

extension RunFileParser {
    /// The paths of the files `config` reads, by role, as the run file writes them (normalized).
    func writtenPaths(_ config: RunConfig, data: Node, initFrom: Node?) -> [String: String] {
        let fields = (try? pairs(data, "data", allowed: Self.dataKeys)) ?? []
        func written(_ node: Node?) -> String? {
            guard case .scalar(let s)? = node, !s.string.isEmpty else { return nil }
            return InputPath.normalized(s.string)
        }
        func field(_ k: String) -> Node? { fields.first { $0.0 == k }?.1 }
        var out: [String: String] = [:]
        if case .csv = config.data.source { out["csv"] = written(field("csv")) }
        if config.data.testCSV != nil { out["test_csv"] = written(field("test_csv")) }
        if config.data.validationCSV != nil { out["validation_csv"] = written(field("validation_csv")) }
        if config.initFrom != nil { out["init_from"] = written(initFrom) }
        return out
    }
}
