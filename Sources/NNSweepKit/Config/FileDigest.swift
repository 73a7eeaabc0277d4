import Crypto
import Foundation
import NNData

/// SHA-256 of the files a run reads (its CSVs and its `init_from` weights), so that a cell's id
/// changes when their contents change, and only then.
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
        var all: [String: String] { known }
    }
}
