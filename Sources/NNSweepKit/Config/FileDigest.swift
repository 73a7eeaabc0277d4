import Crypto
import Foundation

/// SHA-256 of the files a run reads (its CSVs and its `init_from` weights), so that a cell's id
/// changes when their contents change, and only then.
enum FileDigest {
    /// The digest in hex, or nil when the file cannot be read (the data check reports that).
    static func sha256(path: String) -> String? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: 1 << 20) ?? Data() } catch { return nil }
            if chunk.isEmpty { break }
            hasher.update(data: chunk)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Digests of many paths, each file read once.
    final class Cache {
        private var known: [String: String] = [:]
        func sha256(_ path: String) -> String {
            if let d = known[path] { return d }
            let d = FileDigest.sha256(path: path) ?? "unreadable"
            known[path] = d
            return d
        }
        var all: [String: String] { known }
    }
}
