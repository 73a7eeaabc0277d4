import Foundation

/// Writes what `JSONSerialization.data(withJSONObject:options: [.prettyPrinted, .sortedKeys])`
/// writes, byte for byte, in a fraction of its time.
///
/// Foundation sorts every dictionary's keys with a locale-aware comparison (numeric, case
/// insensitive); a manifest has two dictionaries of some sixty keys per cell, and sorting them
/// took a tenth of a sweep's time, on the main thread before any cell started. Here each set of
/// keys is put in Foundation's order once, with Foundation's own comparison, and the order is
/// reused for every dictionary with the same keys. Everything else follows Foundation's writer:
/// two-space indent, `" : "`, `"\/"`, `\u00XX` for other control characters, integers as their
/// description, floating-point numbers as their description without a trailing `.0`.
/// `SortedJSONTests` checks the bytes against Foundation's for every experiment's manifest and
/// for random trees.
public struct SortedJSON {
    private var out: [UInt8] = []
    private var orders: [[String]: [String]] = [:]

    public init() {}

    /// The pretty-printed, key-sorted JSON text of `object` (dictionaries with String keys,
    /// arrays, strings, booleans, integers, finite floating-point numbers, NSNull).
    public static func data(_ object: Any) throws -> Data {
        var w = SortedJSON()
        w.out.reserveCapacity(1 << 16)
        try w.value(object, indent: 0)
        return Data(w.out)
    }

    public struct Unwritable: Error, CustomStringConvertible {
        public let description: String
    }

    private mutating func value(_ object: Any, indent: Int) throws {
        switch object {
        case let s as String: string(s)
        case let b as Bool: ascii(b ? "true" : "false")
        case let n as Int: ascii(n.description)
        case let n as Int8: ascii(n.description)
        case let n as Int16: ascii(n.description)
        case let n as Int32: ascii(n.description)
        case let n as Int64: ascii(n.description)
        case let n as UInt: ascii(n.description)
        case let n as UInt8: ascii(n.description)
        case let n as UInt16: ascii(n.description)
        case let n as UInt32: ascii(n.description)
        case let n as UInt64: ascii(n.description)
        case let a as [Any?]: try array(a, indent: indent)
        case let d as [String: Any?]: try dictionary(d, indent: indent)
        case let x as Float: try float(x)
        case let x as Double: try float(x)
        case is NSNull: ascii("null")
        default: throw Unwritable(description: "a value of type \(type(of: object)) cannot be written as JSON")
        }
    }

    private mutating func float<T: BinaryFloatingPoint & LosslessStringConvertible>(_ x: T) throws {
        guard x.isFinite else { throw Unwritable(description: "\(x) cannot be written as JSON") }
        var s = x.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        ascii(s)
    }

    private mutating func array(_ a: [Any?], indent: Int) throws {
        out.append(UInt8(ascii: "["))
        out.append(10)
        var first = true
        for element in a {
            if !first { out.append(contentsOf: [UInt8(ascii: ","), 10]) }
            first = false
            spaces(indent + 2)
            if let element { try value(element, indent: indent + 2) } else { ascii("null") }
        }
        out.append(10)
        spaces(indent)
        out.append(UInt8(ascii: "]"))
    }

    private mutating func dictionary(_ d: [String: Any?], indent: Int) throws {
        out.append(UInt8(ascii: "{"))
        out.append(10)
        if !d.isEmpty { spaces(indent + 2) }
        var first = true
        for key in sortedKeys(d) {
            if !first {
                out.append(contentsOf: [UInt8(ascii: ","), 10])
                spaces(indent + 2)
            }
            first = false
            string(key)
            out.append(contentsOf: [32, UInt8(ascii: ":"), 32])
            if let v = d[key]! { try value(v, indent: indent + 2) } else { ascii("null") }
        }
        out.append(10)
        spaces(indent)
        out.append(UInt8(ascii: "}"))
    }

    /// The keys in Foundation's order, found once per set of keys.
    private mutating func sortedKeys(_ d: [String: Any?]) -> [String] {
        let keys = d.keys.sorted()
        if let known = orders[keys] { return known }
        let order = keys.sorted { a, b in
            a.compare(
                b, options: [.numeric, .caseInsensitive, .forcedOrdering], range: a.startIndex..<a.endIndex,
                locale: NSLocale.system) == .orderedAscending
        }
        orders[keys] = order
        return order
    }

    private mutating func spaces(_ n: Int) {
        for _ in 0..<n { out.append(32) }
    }

    private mutating func ascii(_ s: String) { out.append(contentsOf: s.utf8) }

    private mutating func string(_ s: String) {
        out.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: out.append(contentsOf: [92, 0x22])
            case 0x5C: out.append(contentsOf: [92, 92])
            case 0x2F: out.append(contentsOf: [92, 0x2F])
            case 0x08: out.append(contentsOf: [92, UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [92, UInt8(ascii: "f")])
            case 0x0A: out.append(contentsOf: [92, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<0x20: ascii("\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16))
            case 0..<0x80: out.append(UInt8(scalar.value))
            default: out.append(contentsOf: String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
