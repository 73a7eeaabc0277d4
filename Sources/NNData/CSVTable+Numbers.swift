import Foundation
import NNEngine

#if canImport(Glibc)
    import Glibc
#endif

/// The common case of a data file read straight from its bytes: no quotes, an ASCII header,
/// every cell a plain decimal number. `dataset(text:)` tries this first; anything else (a quote,
/// a cell that is not a number, a short row, a bad label, a constant regression target) gives
/// nil, and the general reader then reads the file and says what is wrong, as before. The
/// numbers are C's `strtof`, as `Float(String)` reads them (in the C locale, nnsweep's: it never
/// calls setlocale; were the decimal point another, the reader steps aside), so both readers
/// give the same floats (`DataTaskTests` checks every built-in data set).
extension CSVTable {
    /// Whether strtof reads "1.5" as 1.5 (a C decimal point).
    private static let decimalPoint: Bool = strtof("1.5", nil) == 1.5

    static func plainDataset(text: String, target: String, task: TaskKind) -> Dataset? {
        var text = text
        return text.withUTF8 { b -> Dataset? in
            let n = b.count
            guard decimalPoint, !b.contains(UInt8(ascii: "\"")) else { return nil }
            // The header: ASCII names, trimmed of spaces and tabs.
            var i = 0
            var names: [String] = []
            var start = 0
            func isBlank(_ c: UInt8) -> Bool { c == 32 || c == 9 }
            func name(_ from: Int, _ to: Int) -> String? {
                var s = from
                var e = to
                while s < e && isBlank(b[s]) { s += 1 }
                while e > s && isBlank(b[e - 1]) { e -= 1 }
                for k in s..<e where b[k] >= 0x80 || b[k] < 32 { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
            }
            while i < n && b[i] != 10 && b[i] != 13 {
                if b[i] == UInt8(ascii: ",") {
                    guard let s = name(start, i) else { return nil }
                    names.append(s)
                    start = i + 1
                }
                i += 1
            }
            guard let last = name(start, i) else { return nil }
            names.append(last)
            guard names.count >= 2, !names.contains(""), Set(names).count == names.count,
                let tIndex = names.firstIndex(of: target)
            else { return nil }
            let columns = names.count
            var features: [Float] = []
            var targets: [Float] = []
            features.reserveCapacity(n / (2 * columns))
            var buffer = [CChar](repeating: 0, count: 64)
            var rows = 0
            // Each data row: exactly `columns` cells; a line with nothing on it is skipped.
            while i < n {
                // Past the line break(s) that ended the previous line.
                if b[i] == 13 || b[i] == 10 {
                    i += 1
                    continue
                }
                var column = 0
                var cellStart = i
                while true {
                    let end = i == n || b[i] == UInt8(ascii: ",") || b[i] == 10 || b[i] == 13
                    if !end {
                        i += 1
                        continue
                    }
                    guard column < columns else { return nil }
                    var s = cellStart
                    var e = i
                    while s < e && isBlank(b[s]) { s += 1 }
                    while e > s && isBlank(b[e - 1]) { e -= 1 }
                    guard e > s, e - s < buffer.count, isDecimal(bytes: b, s, e) else { return nil }
                    let v: Float = buffer.withUnsafeMutableBufferPointer { buf in
                        for k in s..<e { buf[k - s] = CChar(bitPattern: b[k]) }
                        buf[e - s] = 0
                        return strtof(buf.baseAddress!, nil)
                    }
                    guard v.isFinite else { return nil }
                    if column == tIndex {
                        if task == .classification && (v != v.rounded() || v < 0 || v >= maxLabel) { return nil }
                        targets.append(v)
                    } else {
                        features.append(v)
                    }
                    column += 1
                    if i == n || b[i] != UInt8(ascii: ",") { break }
                    i += 1
                    cellStart = i
                }
                guard column == columns else { return nil }
                rows += 1
            }
            guard rows > 0 else { return nil }
            if task == .regression, let first = targets.first, targets.allSatisfy({ $0 == first }) { return nil }
            let featureNames = names.enumerated().filter { $0.offset != tIndex }.map(\.element)
            let classes = task == .classification ? Int(targets.max() ?? 0) + 1 : 0
            return Dataset(
                features: features, targets: targets, featureCount: columns - 1, featureNames: featureNames,
                task: task, classes: classes)
        }
    }

    /// `isDecimal(_:)` on the bytes b[s..<e] (the one scanner both readers use).
    static func isDecimal(bytes b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var i = s
        func digits() -> Int {
            let from = i
            while i < e && b[i] &- UInt8(ascii: "0") < 10 { i += 1 }
            return i - from
        }
        func sign() { if i < e && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 } }
        sign()
        let whole = digits()
        var fraction = 0
        if i < e && b[i] == UInt8(ascii: ".") {
            i += 1
            fraction = digits()
        }
        guard whole + fraction > 0 else { return false }
        if i < e && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            sign()
            guard digits() > 0 else { return false }
        }
        return i == e
    }
}
