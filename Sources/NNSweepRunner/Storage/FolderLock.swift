import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// An advisory lock on a results folder (flock): released by the kernel when the process dies.
/// Exclusive for a whole sweep; shared between shards of one sweep, which write different cells.
final class DirectoryLock {
    private let fd: Int32

    init(_ dir: URL, shared: Bool) throws {
        let path = dir.appendingPathComponent(ResultsLayout.lock).path
        fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SweepError("cannot create the lock file \(path)") }
        if flock(fd, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0 {
            close(fd)
            throw SweepError(
                "another nnsweep run is writing to \(dir.path); wait for it to finish or use another --out folder")
        }
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

/// Serializes the rebuilds of a folder's tables and manifest between the processes writing into
/// it (flock on DIR/.nnsweep.tables.lock, waiting for the holder). Each shard writes its records
/// before it rebuilds, so the last rebuild reads every record. On a file system without flock the
/// rebuild goes on unserialized (each table is still replaced atomically).
enum TablesLock {
    static func hold<T>(_ dir: URL, _ body: () throws -> T) throws -> T {
        let path = dir.appendingPathComponent(ResultsLayout.tablesLock).path
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SweepError("cannot create the lock file \(path)") }
        defer { close(fd) }
        var r = flock(fd, LOCK_EX)
        while r != 0 && errno == EINTR { r = flock(fd, LOCK_EX) }
        defer { if r == 0 { flock(fd, LOCK_UN) } }
        return try body()
    }
}
