import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// The temporary files this process has open or is about to rename (`AtomicFile`'s writers,
/// gnuplot's scripts and images under their temporary names), so that a signal handler can
/// remove them before the process dies: Ctrl-C or SIGTERM while drawing leaves no `.NAME.*.tmp`
/// behind. The list is plain memory (C strings in fixed slots) that a handler can read; `unlink`
/// is safe to call there.
public enum TemporaryFiles {
    static let capacity = 256
    nonisolated(unsafe) static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        p.initialize(repeating: nil, count: capacity)
        return p
    }()
    static let lock = NSLock()
    /// Set by the signal handler before it removes the files: from then on no new temporary file
    /// is made and no gnuplot started (threads go on for the moment the process still lives).
    nonisolated(unsafe) static let stopping: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()

    /// Whether the process is being stopped by a signal.
    package static var isStopping: Bool { stopping.pointee != 0 }

    /// Marks the process as stopping. Safe in a signal handler after `prepare()`.
    public static func stop() { stopping.pointee = 1 }

    /// Lists `url`; returns its slot (nil when the list is full: the file is then only removed
    /// by the next run, as after a kill -9).
    package static func add(_ url: URL) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard let i = (0..<capacity).first(where: { paths[$0] == nil }) else { return nil }
        paths[i] = strdup(url.path)
        return i
    }

    package static func remove(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        let p = paths[slot]
        paths[slot] = nil
        lock.unlock()
        free(p)
    }

    /// Sets up the list; call before installing a signal handler that calls `removeAll`.
    public static func prepare() {
        _ = paths
        _ = stopping
    }

    /// Removes every listed file. Safe in a signal handler after `prepare()`: it only reads the
    /// list and calls unlink.
    public static func removeAll() {
        for i in 0..<capacity { if let p = paths[i] { unlink(p) } }
    }
}
