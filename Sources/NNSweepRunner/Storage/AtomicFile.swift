import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file that could not be written: one line naming the file and the cause.
public struct FileWriteError: Error, CustomStringConvertible, Equatable {
    /// The file that was to be written (not its temporary name).
    public let path: String
    /// The `errno` of the failed call.
    public let code: Int32

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    public var description: String {
        if code == ENOSPC || code == EDQUOT { return "no space left on \(path)" }
        return "cannot write \(path): \(String(cString: strerror(code)))"
    }
}

/// Writes files so that readers see either the old or the new content, never a part: the bytes
/// go to a temporary file beside the target (`open`, `write`, `fsync`, each checked for its
/// errno), which is then renamed over it. On any failure the temporary file is removed, the old
/// file stays as it was, and a `FileWriteError` names the target. Every file nnsweep writes goes
/// through here.
public enum AtomicFile {
    /// The POSIX `write` call; tests pass one that fails.
    typealias WriteCall = (Int32, UnsafeRawPointer, Int) -> Int

    static func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(fd, bytes, count)
        #else
            Darwin.write(fd, bytes, count)
        #endif
    }

    /// `.NAME.HOST-PID.tmp` beside `url`: unique per process on every host sharing the folder.
    public static func temporaryURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(tag).tmp")
    }

    /// `HOST-PID`, the part of a temporary name that says which process writes it.
    package static var tag: String { "\(host)-\(getpid())" }

    /// This host's name, letters, digits and hyphens only (a cluster node's short name).
    static let host: String = {
        let first = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "host"
        let clean = String(first.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == "-" })
        return clean.isEmpty ? "host" : clean
    }()

    /// The host and pid of a temporary name made by `temporaryURL`.
    static func owner(ofTemporary name: String) -> (host: String, pid: Int32)? {
        let parts = name.split(separator: ".")
        guard parts.count >= 3, let dash = parts[parts.count - 2].lastIndex(of: "-") else { return nil }
        let field = parts[parts.count - 2]
        guard let pid = Int32(field[field.index(after: dash)...]) else { return nil }
        return (String(field[..<dash]), pid)
    }

    /// Replaces `url` with `data`; `permissions` are the new file's mode.
    public static func write(_ data: Data, to url: URL, permissions: mode_t = 0o644) throws {
        try write(data, to: url, permissions: permissions, call: posixWrite)
    }

    static func write(_ data: Data, to url: URL, permissions: mode_t = 0o644, call: @escaping WriteCall) throws {
        let file = try Writer(url: url, permissions: permissions, call: call)
        do {
            try file.write(data)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Writes all of `data` to `fd`, again after an interrupted or partial write; returns the
    /// error code when it cannot (a write that stores nothing can only mean a full device).
    static func writeAll(_ data: Data, to fd: Int32, call: WriteCall) -> Int32? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int32? in
            guard let base = raw.baseAddress else { return nil }
            var done = 0
            while done < raw.count {
                let n = call(fd, base + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if n == 0 { return ENOSPC }
                done += n
            }
            return nil
        }
    }

    /// Creates `url` and the folders above it that are missing.
    public static func createDirectory(_ url: URL) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue { return }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path { try createDirectory(parent) }
        if mkdir(url.path, 0o755) != 0 && errno != EEXIST { throw FileWriteError(path: url.path, code: errno) }
    }

    /// Moves a finished temporary file over `url` (both in one folder).
    public static func replace(_ url: URL, with temporary: URL) throws {
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            unlink(temporary.path)
            throw FileWriteError(path: url.path, code: code)
        }
    }

    /// A file written in pieces: `write` as often as needed, then `commit` (or `discard`).
    public final class Writer {
        public let url: URL
        let temporary: URL
        private var fd: Int32
        /// Set once the temporary file was renamed into place or removed.
        private var settled = false
        private let call: WriteCall
        /// Its slot in `TemporaryFiles`, so that a signal removes it.
        private var listed: Int?

        public convenience init(url: URL, permissions: mode_t = 0o644) throws {
            try self.init(url: url, permissions: permissions, call: AtomicFile.posixWrite)
        }

        init(url: URL, permissions: mode_t, call: @escaping WriteCall) throws {
            self.url = url
            self.call = call
            temporary = AtomicFile.temporaryURL(for: url)
            // A process being stopped by a signal makes no new file.
            guard !TemporaryFiles.isStopping else { throw FileWriteError(path: url.path, code: EINTR) }
            listed = TemporaryFiles.add(temporary)
            // Never through a link someone left at the temporary name.
            fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, permissions)
            guard fd >= 0 else {
                TemporaryFiles.remove(listed)
                throw FileWriteError(path: url.path, code: errno)
            }
            // The mode asked for, whatever the umask.
            if fchmod(fd, permissions) != 0 { throw abandon(errno) }
        }

        deinit { discard() }

        /// Appends `data`; throws when it cannot (the temporary file is then removed).
        public func write(_ data: Data) throws {
            guard fd >= 0, !settled else { throw FileWriteError(path: url.path, code: EBADF) }
            if let code = AtomicFile.writeAll(data, to: fd, call: call) { throw abandon(code) }
        }

        /// Flushes the file to the device and closes it, without moving it into place yet.
        public func finish() throws {
            guard fd >= 0 else { return }
            if fsync(fd) != 0 && errno != EINVAL { throw abandon(errno) }
            let r = close(fd)
            fd = -1
            if r != 0 && errno != EINTR { throw abandon(errno) }
        }

        /// Finishes the file and renames it over `url`.
        public func commit() throws {
            try finish()
            guard !settled else { throw FileWriteError(path: url.path, code: EBADF) }
            settled = true
            defer {
                TemporaryFiles.remove(listed)
                listed = nil
            }
            try AtomicFile.replace(url, with: temporary)
        }

        /// Closes and removes the temporary file unless it was moved into place; `url` stays as it was.
        public func discard() {
            if fd >= 0 { close(fd) }
            fd = -1
            if !settled { unlink(temporary.path) }
            settled = true
            TemporaryFiles.remove(listed)
            listed = nil
        }

        private func abandon(_ code: Int32) -> FileWriteError {
            discard()
            return FileWriteError(path: url.path, code: code)
        }
    }

    /// A file that only grows, for a reader that follows it while it is written (a running cell's
    /// `cells/<id>.partial`): created with its first bytes as `write` creates a file (readers see
    /// all of them or no file), then extended by `append`, each call written out in full before
    /// it returns. What a reader sees is always the first bytes followed by some prefix of the
    /// appended ones: a process killed during an append leaves the start of that append only, so
    /// a format of whole lines lets the reader drop a torn last line. No call rewrites what is
    /// already there, so the cost of an append is that of its own bytes (`bytesWritten` counts
    /// them all). Nothing is flushed to the device: the file serves readers while the writer
    /// lives, not a restart after a crash.
    public final class AppendOnlyFile {
        public let url: URL
        private var fd: Int32 = -1
        private let call: WriteCall
        /// Every byte handed to the file so far, the first ones included.
        public private(set) var bytesWritten = 0
        /// The calls that wrote: the creation, then each append.
        public private(set) var writes = 0

        public convenience init(url: URL, first: Data, permissions: mode_t = 0o644) throws {
            try self.init(url: url, first: first, permissions: permissions, call: AtomicFile.posixWrite)
        }

        init(url: URL, first: Data, permissions: mode_t, call: @escaping WriteCall) throws {
            self.url = url
            self.call = call
            let temporary = AtomicFile.temporaryURL(for: url)
            guard !TemporaryFiles.isStopping else { throw FileWriteError(path: url.path, code: EINTR) }
            let listed = TemporaryFiles.add(temporary)
            defer { TemporaryFiles.remove(listed) }
            fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC | O_NOFOLLOW, permissions)
            guard fd >= 0 else { throw FileWriteError(path: url.path, code: errno) }
            do {
                if fchmod(fd, permissions) != 0 { throw FileWriteError(path: url.path, code: errno) }
                try put(first)
                // The open descriptor follows the file to its name.
                try AtomicFile.replace(url, with: temporary)
            } catch {
                close()
                unlink(temporary.path)
                throw error
            }
        }

        deinit { close() }

        /// Writes `data` after what the file holds; throws when it cannot (the file may then end
        /// in part of `data`, and takes no more appends).
        public func append(_ data: Data) throws {
            guard fd >= 0 else { throw FileWriteError(path: url.path, code: EBADF) }
            do { try put(data) } catch {
                close()
                throw error
            }
        }

        private func put(_ data: Data) throws {
            if let code = AtomicFile.writeAll(data, to: fd, call: call) {
                throw FileWriteError(path: url.path, code: code)
            }
            bytesWritten += data.count
            writes += 1
        }

        /// Closes the file (it stays where it is); later appends throw.
        public func close() {
            if fd >= 0 { closeDescriptor(fd) }
            fd = -1
        }
    }

    /// Removes temporary files that a killed process left in `dirs`. When the folder is `shared`,
    /// a process on another machine may be writing one whose pid means nothing here: its
    /// temporaries are removed only once untouched for an hour.
    package static func removeStale(in dirs: [URL], shared: Bool) {
        let fm = FileManager.default
        for dir in dirs {
            for name in (try? fm.contentsOfDirectory(atPath: dir.path)) ?? []
            where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                // Another process may be writing its own temporaries: keep those of live processes
                // on this host, and (for shared folders) recent ones of other hosts.
                // Only nnsweep's own temporaries (`.NAME.HOST-PID.tmp`), never through a link.
                guard let owner = owner(ofTemporary: name),
                    ResultsFolder.kind(dir.appendingPathComponent(name)) == .file
                else { continue }
                if owner.host == host, kill(owner.pid, 0) == 0 { continue }
                let url = dir.appendingPathComponent(name)
                if shared && owner.host != host {
                    let modified = (try? fm.attributesOfItem(atPath: url.path)[.modificationDate]) as? Date
                    if let modified, Date().timeIntervalSince(modified) < 3600 { continue }
                }
                try? fm.removeItem(at: url)
            }
        }
    }
}

/// `close(2)`, for types with a `close` method of their own.
private func closeDescriptor(_ fd: Int32) { _ = close(fd) }
