import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// Why a file named as input (a CSV, an `init_from` checkpoint, a run file) is not read.
public struct InputFileError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case missing
        case folder
        /// A named pipe, a device or a socket: its kind in words.
        case notRegular(String)
        /// The size (nil when it is only known to be more than the limit), the limit and how to raise it.
        case tooLarge(size: Int64?, limit: Int, hint: String)
        case unreadable(String)
    }
    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// `what` names the file's role in the folder case ("a CSV file").
    public func message(what: String = "a file") -> String {
        switch reason {
        case .missing: return "\(path): no such file"
        case .folder: return "\(path) is a folder, not \(what)"
        case .notRegular(let kind):
            return
                "\(path) is \(kind), not a regular file; nnsweep reads its input only from regular files (a symbolic link to one is fine)"
        case .tooLarge(let size, let limit, let hint):
            let s = size.map { "\($0) bytes" } ?? "more than that"
            let words = limit >= 1024 ? " (\(InputFile.bytesText(Int64(limit))))" : ""
            return "\(path) is \(s), more than the limit of \(limit) bytes\(words)" + (hint.isEmpty ? "" : "; \(hint)")
        case .unreadable(let why): return "\(path): cannot read the file (\(why))"
        }
    }

    public var description: String { message() }
}

/// The one way nnsweep opens a file it reads as input: only a regular file (a symbolic link to
/// one is fine), never more than a limit, and without waiting: a named pipe is opened without
/// blocking and refused, and `/dev/zero` is refused as a device instead of read forever.
public enum InputFile {
    /// CSV data files (`csv`, `test_csv`, `validation_csv`): 2 GiB unless raised.
    public static let defaultMaxDataBytes = 2 << 30

    /// The kind of file at `path` (following symbolic links), and its size.
    static func status(_ path: String) -> (mode: mode_t, size: Int64)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (st.st_mode, Int64(st.st_size))
    }

    static func kindName(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    /// Checks `path` without reading it: it exists, is a regular file and holds at most
    /// `maxBytes` bytes. `hint` says how to raise the limit.
    public static func check(_ path: String, maxBytes: Int, hint: String) throws(InputFileError) {
        guard let st = status(path) else {
            throw InputFileError(
                path: path,
                reason: errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(String(cString: strerror(errno))))
        }
        if st.mode & S_IFMT == S_IFDIR { throw InputFileError(path: path, reason: .folder) }
        if let kind = kindName(st.mode) { throw InputFileError(path: path, reason: .notRegular(kind)) }
        if st.size > Int64(maxBytes) {
            throw InputFileError(path: path, reason: .tooLarge(size: st.size, limit: maxBytes, hint: hint))
        }
    }

    /// An open input file, read in chunks.
    public final class Reader {
        let fd: Int32
        let path: String
        let maxBytes: Int
        let hint: String
        public private(set) var bytesRead = 0

        /// Opens `path` for reading. With `streams`, a pipe or device is read too (a run file
        /// given as `<(...)`), still never beyond `maxBytes`.
        public init(_ path: String, maxBytes: Int, hint: String, streams: Bool = false) throws(InputFileError) {
            self.path = path
            self.maxBytes = maxBytes
            self.hint = hint
            // O_NONBLOCK: opening a named pipe for reading would otherwise wait for a writer.
            let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else {
                let e = errno
                if e == ENOENT || e == ENOTDIR { throw InputFileError(path: path, reason: .missing) }
                if e == EISDIR { throw InputFileError(path: path, reason: .folder) }
                throw InputFileError(path: path, reason: .unreadable(String(cString: strerror(e))))
            }
            var st = stat()
            guard fstat(fd, &st) == 0 else {
                let why = String(cString: strerror(errno))
                close(fd)
                throw InputFileError(path: path, reason: .unreadable(why))
            }
            if st.st_mode & S_IFMT == S_IFDIR {
                close(fd)
                throw InputFileError(path: path, reason: .folder)
            }
            if let kind = InputFile.kindName(st.st_mode), !streams {
                close(fd)
                throw InputFileError(path: path, reason: .notRegular(kind))
            }
            if st.st_mode & S_IFMT == S_IFREG && Int64(st.st_size) > Int64(maxBytes) {
                close(fd)
                throw InputFileError(
                    path: path, reason: .tooLarge(size: Int64(st.st_size), limit: maxBytes, hint: hint))
            }
            // Reads block as usual from here on (a pipe given as a run file waits for its writer).
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            self.fd = fd
        }

        deinit { close(fd) }

        /// Up to `count` more bytes; empty at the end. Throws once the file has grown past the limit.
        public func read(upTo count: Int) throws(InputFileError) -> [UInt8] {
            // One byte beyond the limit at most, to tell a file that grew past it (no overflow
            // with a limit of Int.max: room + 1 only when room < count).
            let room = maxBytes - bytesRead
            var buffer = [UInt8](repeating: 0, count: max(1, room >= count ? count : room + 1))
            while true {
                let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw InputFileError(path: path, reason: .unreadable(String(cString: strerror(errno))))
                }
                bytesRead += n
                if bytesRead > maxBytes {
                    throw InputFileError(path: path, reason: .tooLarge(size: nil, limit: maxBytes, hint: hint))
                }
                return Array(buffer.prefix(n))
            }
        }
    }

    /// The whole file, checked as `Reader` checks it.
    public static func read(_ path: String, maxBytes: Int, hint: String, streams: Bool = false) throws(InputFileError)
        -> [UInt8]
    {
        let reader = try Reader(path, maxBytes: maxBytes, hint: hint, streams: streams)
        var out: [UInt8] = []
        while true {
            let chunk = try reader.read(upTo: 1 << 20)
            if chunk.isEmpty { return out }
            out.append(contentsOf: chunk)
        }
    }

    /// A byte count in words: "2 GiB", "16 MiB", "1.5 KiB".
    public static func bytesText(_ n: Int64) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var v = Double(n)
        var u = 0
        while v >= 1024 && u < units.count - 1 {
            v /= 1024
            u += 1
        }
        if u == 0 { return "\(n) bytes" }
        return v == v.rounded() ? "\(Int(v)) \(units[u])" : "\(String(format: "%.1f", v)) \(units[u])"
    }
}

/// read(2), under a name that the Reader's own `read` does not hide.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
