import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// Streams RFC 4180 CSV to a file: fields with commas, quotes or line breaks are quoted and their
/// quotes doubled. Lines end in LF, which every CSV reader accepts (RFC 4180 names CRLF; gnuplot,
/// pandas and spreadsheets read both). Rows go to disk as they come, so memory stays flat.
public final class CSVWriter {
    public enum WriteError: Error, CustomStringConvertible {
        case wrongFieldCount(expected: Int, got: Int)
        public var description: String {
            switch self {
            case .wrongFieldCount(let e, let g): "a CSV row has \(g) fields, the header has \(e)"
            }
        }
    }

    private let file: AtomicFile.Writer
    private let columns: Int
    private var buffer = Data()

    /// Opens a temporary file next to `url`; `close()` moves it into place atomically. A write
    /// that fails throws `FileWriteError` and leaves `url` as it was.
    public init(url: URL, header: [String]) throws {
        file = try AtomicFile.Writer(url: url)
        columns = header.count
        try write(header)
    }

    public static func escape(_ field: String) -> String {
        if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return field
    }

    public func write(_ fields: [String]) throws {
        guard fields.count == columns else { throw WriteError.wrongFieldCount(expected: columns, got: fields.count) }
        buffer.append(contentsOf: Array((fields.map(Self.escape).joined(separator: ",") + "\n").utf8))
        if buffer.count > 1 << 16 { try flush() }
    }

    private func flush() throws {
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes the rest and flushes the file to the device, without moving it into place yet.
    public func finish() throws {
        try flush()
        try file.finish()
    }

    /// Moves the finished file into place.
    public func commit() throws {
        try file.commit()
    }

    public func close() throws {
        try finish()
        try commit()
    }

    /// Removes the temporary file; the file at `url` stays as it was.
    public func discard() { file.discard() }
}
