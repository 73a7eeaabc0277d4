import Foundation
import NNEngine

/// A data error with where it is: one line for the user.
public struct DataError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Reading numeric tables from CSV text: a header row, then one sample per row, every cell a
/// number; one column (named) is the target.
public enum CSVTable {
    /// Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF).
    public static func rows(_ text: String) -> [[String]] { split(text).rows }

    /// The rows, and where a quoted field that is never closed opens (its row, counted from 1
    /// with the header, and its line), if one is.
    public static func split(_ text: String) -> (rows: [[String]], unclosedQuote: (row: Int, line: Int)?) {
        if !text.utf8.contains(UInt8(ascii: "\"")) { return (unquotedRows(text), nil) }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var fieldStarted = false
        var line = 1
        var opened: (row: Int, line: Int)? = nil
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endField() {
            row.append(field)
            field = ""
            fieldStarted = false
        }
        func endRow() {
            endField()
            if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
            row = []
        }
        while let c = pending ?? it.next() {
            pending = nil
            if c == "\n" { line += 1 }
            if inQuotes {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            inQuotes = false
                            opened = nil
                            pending = n
                        }
                    } else {
                        inQuotes = false
                        opened = nil
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where !fieldStarted && field.isEmpty:
                inQuotes = true
                fieldStarted = true
                opened = (rows.count + 1, line)
            case ",": endField()
            case "\r":
                if let n = it.next(), n != "\n" { pending = n }
                endRow()
            case "\n": endRow()
            default:
                field.unicodeScalars.append(c)
                fieldStarted = true
            }
        }
        if !field.isEmpty || !row.isEmpty || fieldStarted { endRow() }
        return (rows, inQuotes ? opened : nil)
    }

    /// The same rows for text without quotes, split on the UTF-8 bytes (the common case, and
    /// much faster for large files such as mnist_5k).
    static func unquotedRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var text = text
        text.withUTF8 { bytes in
            var row: [String] = []
            var start = 0
            var i = 0
            let n = bytes.count
            func field(_ end: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
            func endRow() {
                if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
                row = []
            }
            while i < n {
                switch bytes[i] {
                case UInt8(ascii: ","):
                    row.append(field(i))
                    start = i + 1
                case UInt8(ascii: "\n"):
                    row.append(field(i))
                    start = i + 1
                    endRow()
                case UInt8(ascii: "\r"):
                    row.append(field(i))
                    if i + 1 < n && bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                    start = i + 1
                    endRow()
                default: break
                }
                i += 1
            }
            if start < n || !row.isEmpty {
                row.append(field(n))
                endRow()
            }
        }
        return rows
    }

    /// Class labels are whole numbers below 2^24, the largest float32 counts exactly.
    static let maxLabel: Float = 16_777_216

    /// A decimal number as written: an optional sign, digits with an optional point, an
    /// optional exponent. Not hexadecimal (`0x10`, which Float() reads), `nan`, `inf`, nor text
    /// with a NUL byte (Float() stops reading at one).
    static func isDecimal(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { isDecimal(bytes: $0, 0, $0.count) }
    }

    /// A cell without surrounding spaces as is, else trimmed.
    static func trimmed(_ cell: String) -> String {
        guard let f = cell.utf8.first, let l = cell.utf8.last else { return cell }
        if f != 32 && f != 9 && l != 32 && l != 9 { return cell }
        return cell.trimmingCharacters(in: .whitespaces)
    }

    /// Parses `text` (named `source` in messages) into a data set whose target is `target`.
    public static func dataset(text: String, source: String, target: String, task: TaskKind) throws -> Dataset {
        if let plain = plainDataset(text: text, target: target, task: task) { return plain }
        return try generalDataset(text: text, source: source, target: target, task: task)
    }

    /// The reader for every file (quotes, any text in the header), with its messages.
    static func generalDataset(text: String, source: String, target: String, task: TaskKind) throws -> Dataset {
        let (all, unclosed) = split(text)
        if let q = unclosed {
            throw DataError(
                "\(source): row \(q.row) (line \(q.line)) opens a quoted field that is never closed: an unterminated quote (\") runs to the end of the file"
            )
        }
        guard let header = all.first else {
            throw DataError("\(source): the file is empty; it needs a header row and at least one data row")
        }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
        guard all.count > 1 else { throw DataError("\(source): no data rows after the header") }
        var firstColumn: [String: Int] = [:]
        for (c, name) in names.enumerated() {
            if let first = firstColumn[name] {
                throw DataError(
                    "\(source): the header names column '\(clip(name))' twice (columns \(first + 1) and \(c + 1)); column names must be unique"
                )
            }
            firstColumn[name] = c
        }
        guard let tIndex = names.firstIndex(of: target) else {
            throw DataError(
                "\(source): no target column '\(clip(target))'; the columns are \(clip(names.joined(separator: ", "), 300))"
            )
        }
        guard names.count >= 2 else {
            throw DataError("\(source): needs at least one feature column besides the target '\(clip(target))'")
        }
        let d = names.count - 1
        var features: [Float] = []
        var targets: [Float] = []
        features.reserveCapacity((all.count - 1) * d)
        for (r, row) in all.enumerated().dropFirst() {
            let line = r + 1
            guard row.count == names.count else {
                throw DataError("\(source): row \(line) has \(row.count) fields, the header has \(names.count)")
            }
            for (c, cell) in row.enumerated() {
                let s = trimmed(cell)
                guard isDecimal(s), let v = Float(s), v.isFinite else {
                    let why =
                        cell.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\t" }
                        ? "holds a control character, not a number"
                        : "is not a number (write decimal numbers, such as 16, -0.5 or 1e-3)"
                    throw DataError("\(source): row \(line), column '\(clip(names[c]))': '\(clip(cell))' \(why)")
                }
                if c == tIndex {
                    if task == .classification && (v != v.rounded() || v < 0) {
                        throw DataError(
                            "\(source): row \(line), column '\(clip(names[c]))': class label '\(clip(cell))' is not a non-negative integer (use task: regression for real-valued targets)"
                        )
                    }
                    if task == .classification && v >= maxLabel {
                        throw DataError(
                            "\(source): row \(line), column '\(clip(names[c]))': class label '\(clip(cell))' is too large; labels are 0, 1, 2, ... below \(Int(maxLabel))"
                        )
                    }
                    targets.append(v)
                } else {
                    features.append(v)
                }
            }
        }
        if task == .regression, let first = targets.first, targets.allSatisfy({ $0 == first }) {
            let written = all[1][tIndex].trimmingCharacters(in: .whitespaces)
            throw DataError(
                "\(source): target column '\(target)' is constant (every value is \(clip(written))); a regression target must vary"
            )
        }
        let featureNames = names.enumerated().filter { $0.offset != tIndex }.map(\.element)
        let classes = task == .classification ? Int(targets.max() ?? 0) + 1 : 0
        return Dataset(
            features: features, targets: targets, featureCount: d, featureNames: featureNames, task: task,
            classes: classes)
    }

    /// How to raise the size limit of a data file, for messages.
    public static let sizeHint = "raise the limit with --max-input-bytes N"

    /// Reads the CSV file at `url` (a regular file of at most `maxBytes` bytes) into a data set.
    public static func dataset(
        file url: URL, target: String, task: TaskKind, maxBytes: Int = InputFile.defaultMaxDataBytes
    ) throws -> Dataset {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(url.path, maxBytes: maxBytes, hint: sizeHint) } catch {
            switch error.reason {
            case .missing: throw DataError("\(url.path): cannot read the file (no such file)")
            default: throw DataError(error.message(what: "a CSV file"))
            }
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw DataError("\(url.path): cannot read the file (not UTF-8 text)")
        }
        return try dataset(text: text, source: url.path, target: target, task: task)
    }
}

/// A value from a file for a message: one line, at most `limit` characters.
func clip(_ s: String, _ limit: Int = 60) -> String {
    let flat = s.unicodeScalars.map {
        $0 == "\n"
            ? "\\n"
            : $0 == "\r"
                ? "\\r" : $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0)
    }
    return flat.count > limit ? flat.prefix(limit).joined() + "…" : flat.joined()
}
