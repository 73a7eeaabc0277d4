import Foundation
import Testing

@testable import NNProgram

/// Programs that behave, and programs that do not: each ends with the outcome it earned, within
/// its limits, and leaves no process behind.
struct ProcessTests {
    static func folder() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("nnprogram-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    /// Whether a process has ended: no such process, or a zombie waiting for whoever adopted it.
    static func gone(_ pid: Int32) -> Bool {
        for _ in 0..<50 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if let close = stat.lastIndex(of: ")"), stat[stat.index(close, offsetBy: 2)] == "Z" { return true }
            usleep(20_000)
        }
        return false
    }

    static func run(
        _ script: String, in dir: URL, timeLimit: Double? = nil, cap: Int = 1 << 20, grace: Double = 5,
        env: [String: String] = [:], onLine: (@Sendable (String) -> Void)? = nil
    ) throws -> ProcessOutcome {
        try ProgramProcess.run(
            ProgramLaunch(
                executable: "/bin/sh", arguments: ["sh", "-c", script],
                environment: ["PATH": "/usr/bin:/bin"].merging(env) { $1 }, directory: dir.path,
                stdoutPath: dir.appendingPathComponent("stdout.txt").path,
                stderrPath: dir.appendingPathComponent("stderr.txt").path, timeLimit: timeLimit, outputCap: cap,
                killGrace: grace, onStdoutLine: onLine))
    }

    @Test func exitStatusOutputDirectoryAndEnvironment() throws {
        let dir = try Self.folder()
        let lines = LineBox()
        let o = try Self.run(
            "pwd; echo \"$NNSWEEP_SEED\"; echo oops >&2; echo last words >&2; exit 3", in: dir,
            env: ["NNSWEEP_SEED": "42"],
            onLine: { lines.add($0) })
        #expect(o.ending == .exited(3) && !o.timedOut)
        #expect(lines.all == [dir.resolvingSymlinksInPath().path, "42"] || lines.all == [dir.path, "42"])
        #expect(o.stderrTail == "oops\nlast words\n")
        #expect(
            try String(contentsOf: dir.appendingPathComponent("stderr.txt"), encoding: .utf8) == "oops\nlast words\n")
        #expect(o.peakMemoryBytes > 0)
    }

    @Test func aCrashIsTheSignalThatEndedIt() throws {
        let o = try Self.run("kill -SEGV $$", in: try Self.folder())
        #expect(o.ending == .signaled(SIGSEGV))
    }

    @Test func aHangIsStoppedAtItsTimeLimitWithEverythingItStarted() throws {
        let dir = try Self.folder()
        // The child ignores SIGTERM, so the grace runs out and SIGKILL ends it; its own child too.
        let started = Date()
        let o = try Self.run(
            "trap '' TERM; sleep 300 & echo $! > child.pid; while :; do sleep 1; done", in: dir, timeLimit: 0.5,
            grace: 0.3)
        #expect(o.timedOut && o.ending == .signaled(SIGKILL))
        #expect(Date().timeIntervalSince(started) < 5)
        let child = Int32(
            try String(contentsOf: dir.appendingPathComponent("child.pid"), encoding: .utf8).trimmingCharacters(
                in: .whitespacesAndNewlines))!
        #expect(Self.gone(child), "the background child outlived its cell")
    }

    @Test func childrenThatOutliveAFinishedProgramAreStopped() throws {
        let dir = try Self.folder()
        let o = try Self.run("sleep 300 & echo $! > child.pid; exit 0", in: dir)
        #expect(o.ending == .exited(0))
        let child = Int32(
            try String(contentsOf: dir.appendingPathComponent("child.pid"), encoding: .utf8).trimmingCharacters(
                in: .whitespacesAndNewlines))!
        #expect(Self.gone(child), "the background child outlived its cell")
    }

    @Test func floodsOfOutputAreCountedButKeptOnlyUpToTheCap() throws {
        let dir = try Self.folder()
        let o = try Self.run("head -c 30000000 /dev/zero; head -c 3000000 /dev/zero >&2", in: dir, cap: 1 << 20)
        #expect(o.ending == .exited(0))
        #expect(o.stdoutBytes == 30_000_000 && o.stderrBytes == 3_000_000)
        let kept =
            try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("stdout.txt").path)[.size]
            as? Int
        #expect(kept == 1 << 20)
        #expect(o.stderrTail.utf8.count <= 4096)
    }

    @Test func aProgramThatCannotStartSaysWhy() throws {
        let dir = try Self.folder()
        #expect(ProgramProcess.resolve("no-such-program-here", path: "/usr/bin:/bin") == nil)
        #expect(ProgramProcess.resolve("sh", path: "/usr/bin:/bin") != nil)
        let notExecutable = dir.appendingPathComponent("train.py")
        try "print(1)\n".write(to: notExecutable, atomically: true, encoding: .utf8)
        #expect(ProgramProcess.resolve(notExecutable.path, path: nil) == nil)
        #expect(throws: SpawnError.self) {
            try ProgramProcess.run(
                ProgramLaunch(
                    executable: notExecutable.path, arguments: ["train.py"], environment: [:], directory: dir.path,
                    stdoutPath: dir.appendingPathComponent("o").path, stderrPath: dir.appendingPathComponent("e").path))
        }
    }
}

final class LineBox: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ s: String) { lock.withLock { lines.append(s) } }
    var all: [String] { lock.withLock { lines } }
}
