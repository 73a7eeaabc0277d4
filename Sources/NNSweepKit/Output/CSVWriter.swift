import Foundation

/// Streams RFC 4180 CSV to a file: fields with commas, quotes or line breaks are quoted and their
/// quotes doubled. Lines end in LF, which every CSV reader accepts (RFC 4180 names CRLF; gnuplot,
/// pandas and spreadsheets read both). Rows go to disk as they come, so memory stays flat.
public final class CSVWriter {
    public enum WriteError: Error, CustomStringConvertible {
        case cannotCreate(String)
        case wrongFieldCount(expected: Int, got: Int)
        public var description: String {
            switch self {
            case .cannotCreate(let p): "cannot create \(p)"
            case .wrongFieldCount(let e, let g): "a CSV row has \(g) fields, the header has \(e)"
            }
        }
    }

    private let handle: FileHandle
    private let columns: Int
    private var buffer = Data()
    private let tmpURL: URL
    private let url: URL

    /// Opens a temporary file next to `url`; `close()` moves it into place atomically.
    public init(url: URL, header: [String]) throws {
        self.url = url
        tmpURL = AtomicFile.temporaryURL(for: url)
        guard FileManager.default.createFile(atPath: tmpURL.path, contents: nil),
              let h = FileHandle(forWritingAtPath: tmpURL.path) else { throw WriteError.cannotCreate(url.path) }
        handle = h
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
        if buffer.count > 1 << 16 { flush() }
    }

    private func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    public func close() throws {
        flush()
        try handle.close()
        if rename(tmpURL.path, url.path) != 0 { throw WriteError.cannotCreate(url.path) }
    }
}

/// Numbers in tables: the shortest text that reads back as the same double; empty for none.
func csvNumber(_ v: Double?) -> String {
    guard let v else { return "" }
    if v.isNaN { return "nan" }
    if v.isInfinite { return v > 0 ? "inf" : "-inf" }
    return "\(v)"
}
