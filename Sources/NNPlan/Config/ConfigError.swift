import NNData
import NNEngine
import Yams

/// A mistake in a run file: one line that says what is wrong, where, and what is allowed.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public var file: String?
    public var line: Int?
    /// The grid cell the mistake shows up in, when it depends on the cell.
    public var cell: String?

    public init(_ message: String, line: Int? = nil, file: String? = nil, cell: String? = nil) {
        self.message = message
        self.line = line
        self.file = file
        self.cell = cell
    }

    public var description: String {
        var s = ""
        if let f = file {
            s += f
            if let l = line { s += ":\(l)" }
            s += ": "
        } else if let l = line {
            s += "line \(l): "
        }
        if let c = cell { s += "in cell \(quoted(c)): " }
        return oneLine(s + message)
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        cur[0] = i
        for j in 1...b.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&prev, &cur)
    }
    return prev[b.count]
}

/// The allowed name nearest to `word`, when it is near enough to be a likely typo.
func nearest(_ word: String, in allowed: [String]) -> String? {
    let scored = allowed.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(2, word.count / 3) ? best.0 : nil
}

package func unknownName(_ what: String, _ word: String, allowed: [String]) -> String {
    var s = "unknown \(what) '\(quoted(word))'"
    if let n = nearest(word, in: allowed) { s += " (did you mean '\(n)'?)" }
    return s + "; valid: \(allowed.joined(separator: ", "))"
}

extension Node {
    var line: Int? { mark?.line }

    /// YAML's null written plainly: `~`, `null` or nothing.
    var isNull: Bool {
        guard case .scalar(let s) = self, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// What YAML type this node is, in words, for error messages.
    var kindName: String {
        switch self {
        case .scalar(let s):
            s.string.isEmpty || s.string == "~" || s.string == "null" ? "nothing" : "'\(quoted(s.string))'"
        case .mapping: "a map"
        case .sequence: "a list"

        }
    }
}
