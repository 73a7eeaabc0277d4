/// A JSON value, read and written by nnsweep itself: the parameters a program cell receives
/// (`NNSWEEP_PARAMS`) and the metric lines it writes (`NNSWEEP_METRICS`). The reader takes what
/// Python's `json.dumps` writes, `NaN`, `Infinity` and `-Infinity` included; the writer keeps a
/// map's keys in the order they were given, so the same parameters are always the same bytes.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The number, for an int or a double.
    public var number: Double? {
        switch self {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }

    /// Compact JSON text (`{"a": 1, "b": [0.1, true]}`); a non-finite number as Python writes it.
    public var text: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): "\(i)"
        case .double(let d): Self.number(d)
        case .string(let s): Self.quoted(s)
        case .array(let a): "[" + a.map(\.text).joined(separator: ", ") + "]"
        case .object(let o):
            "{" + o.pairs.map { Self.quoted($0.key) + ": " + $0.value.text }.joined(separator: ", ") + "}"
        }
    }

    /// The text a command-line placeholder receives: a string as it is, a number as its shortest
    /// text (`0.001`, `1e-05`), true/false, and lists and maps as JSON.
    public var argument: String {
        switch self {
        case .string(let s): s
        case .double(let d): Self.number(d)
        default: text
        }
    }

    static func number(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "Infinity" : "-Infinity" }
        return "\(d)"
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}

/// A JSON object whose keys keep their order.
public struct JSONObject: Equatable, Sendable {
    public private(set) var pairs: [(key: String, value: JSONValue)] = []

    public init(_ pairs: [(String, JSONValue)] = []) {
        for (k, v) in pairs { self[k] = v }
    }

    public var keys: [String] { pairs.map(\.key) }

    public subscript(key: String) -> JSONValue? {
        get { pairs.first { $0.key == key }?.value }
        set {
            if let i = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[i].value = newValue } else { pairs.remove(at: i) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

/// A mistake in JSON text: where (a character offset) and what.
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
    public let offset: Int
    public let message: String
    public var description: String { "\(message) at character \(offset + 1)" }
}

extension JSONValue {
    /// Parses one JSON value (with Python's NaN, Infinity and -Infinity); nothing but white space
    /// may follow it.
    public static func parse(_ text: String) throws(JSONError) -> JSONValue {
        var p = JSONParser(Array(text.utf8))
        let v = try p.value(depth: 0)
        p.skipSpace()
        guard p.i == p.s.count else { throw JSONError(offset: p.i, message: "unexpected text after the value") }
        return v
    }
}

struct JSONParser {
    let s: [UInt8]
    var i = 0
    static let maxDepth = 64

    init(_ s: [UInt8]) { self.s = s }

    mutating func skipSpace() {
        while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A || s[i] == 0x0D { i += 1 }
    }

    func fail(_ m: String) -> JSONError { JSONError(offset: i, message: m) }

    mutating func literal(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= s.count, Array(s[i..<(i + w.count)]) == w else { return false }
        i += w.count
        return true
    }

    mutating func value(depth: Int) throws(JSONError) -> JSONValue {
        guard depth < Self.maxDepth else { throw fail("nested too deeply") }
        skipSpace()
        guard i < s.count else { throw fail("unexpected end of the text") }
        switch s[i] {
        case UInt8(ascii: "{"):
            i += 1
            var o = JSONObject()
            skipSpace()
            if i < s.count, s[i] == UInt8(ascii: "}") {
                i += 1
                return .object(o)
            }
            while true {
                skipSpace()
                guard i < s.count, s[i] == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
                let k = try string()
                skipSpace()
                guard i < s.count, s[i] == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
                i += 1
                guard o[k] == nil else { throw fail("key \"\(k)\" appears twice") }
                o[k] = try value(depth: depth + 1)
                skipSpace()
                guard i < s.count else { throw fail("unexpected end of the text") }
                if s[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard s[i] == UInt8(ascii: "}") else { throw fail("expected ',' or '}'") }
                i += 1
                return .object(o)
            }
        case UInt8(ascii: "["):
            i += 1
            var a: [JSONValue] = []
            skipSpace()
            if i < s.count, s[i] == UInt8(ascii: "]") {
                i += 1
                return .array(a)
            }
            while true {
                a.append(try value(depth: depth + 1))
                skipSpace()
                guard i < s.count else { throw fail("unexpected end of the text") }
                if s[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard s[i] == UInt8(ascii: "]") else { throw fail("expected ',' or ']'") }
                i += 1
                return .array(a)
            }
        case UInt8(ascii: "\""): return .string(try string())
        default:
            if literal("true") { return .bool(true) }
            if literal("false") { return .bool(false) }
            if literal("null") { return .null }
            if literal("NaN") { return .double(.nan) }
            if literal("Infinity") { return .double(.infinity) }
            if literal("-Infinity") { return .double(-.infinity) }
            return try number()
        }
    }

    mutating func number() throws(JSONError) -> JSONValue {
        let start = i
        if i < s.count, s[i] == UInt8(ascii: "-") { i += 1 }
        var integral = true
        while i < s.count {
            let c = s[i]
            if c >= 0x30 && c <= 0x39 {
                i += 1
            } else if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                || ((c == UInt8(ascii: "+") || c == UInt8(ascii: "-")) && i > start
                    && (s[i - 1] == UInt8(ascii: "e") || s[i - 1] == UInt8(ascii: "E")))
            {
                integral = false
                i += 1
            } else {
                break
            }
        }
        let t = String(decoding: s[start..<i], as: UTF8.self)
        guard !t.isEmpty, t != "-" else {
            i = start
            throw fail("expected a value")
        }
        if integral, let n = Int(t) { return .int(n) }
        guard let d = Double(t) else {
            i = start
            throw fail("'\(t)' is not a number")
        }
        return .double(d)
    }

    mutating func string() throws(JSONError) -> String {
        i += 1  // the opening quote
        var bytes: [UInt8] = []
        while i < s.count {
            let c = s[i]
            i += 1
            if c == UInt8(ascii: "\"") { return String(decoding: bytes, as: UTF8.self) }
            if c < 0x20 { throw fail("a control character inside a string") }
            guard c == UInt8(ascii: "\\") else {
                bytes.append(c)
                continue
            }
            guard i < s.count else { break }
            let e = s[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(e)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "u"):
                guard i + 4 <= s.count, let u = UInt32(String(decoding: s[i..<(i + 4)], as: UTF8.self), radix: 16)
                else { throw fail("a bad \\u escape") }
                i += 4
                var code = u
                if (0xD800..<0xDC00).contains(u), i + 6 <= s.count, s[i] == UInt8(ascii: "\\"),
                    s[i + 1] == UInt8(ascii: "u"),
                    let low = UInt32(String(decoding: s[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16),
                    (0xDC00..<0xE000).contains(low)
                {
                    i += 6
                    code = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                }
                bytes += Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8)
            default: throw fail("a bad escape in a string")
            }
        }
        throw fail("a string without its closing quote")
    }
}
