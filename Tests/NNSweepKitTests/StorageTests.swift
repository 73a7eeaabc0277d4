import Foundation
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// Files written on a full disk, damaged tables, and a gnuplot that hangs or outlives nnsweep.
@Suite struct StorageTests {
    // MARK: Helpers

    /// Every file under `dir` (recursively), by path relative to it, with its bytes.
    static func snapshot(_ dir: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = dir.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) ?? .init() {
            var isDir: ObjCBool = false
            let path = url.standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            files[String(path.dropFirst(base.count + 1))] = FileManager.default.contents(atPath: path)
        }
        return files
    }

    static func temporaries(_ dir: URL) -> [String] {
        snapshot(dir).keys.filter { $0.hasSuffix(".tmp") }.sorted()
    }

    /// Runs a command; returns its exit status (nil when it could not start).
    @discardableResult
    static func shell(_ args: [String]) -> Int32? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// Whether this machine lets the tests mount a small tmpfs (root in a container that allows it).
    static let canMount: Bool = {
        let dir = temporaryDirectory("mountprobe")
        defer { try? FileManager.default.removeItem(at: dir) }
        guard shell(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.path]) == 0 else { return false }
        shell(["umount", dir.path])
        return true
    }()
    static let noMount =
        "mounting a tmpfs is not permitted here (needs root and mount rights); skipping the full-disk checks on a real file system"

    /// Runs `body` in a fresh tmpfs of `size` (such as "1m"), unmounted afterwards.
    static func withTmpfs(size: String, _ body: (URL) throws -> Void) throws {
        let dir = temporaryDirectory("tmpfs")
        guard shell(["mount", "-t", "tmpfs", "-o", "size=\(size)", "tmpfs", dir.path]) == 0 else {
            Issue.record("cannot mount a tmpfs on \(dir.path)")
            return
        }
        defer {
            shell(["umount", dir.path])
            try? FileManager.default.removeItem(at: dir)
        }
        try body(dir)
    }

    /// Fills the file system holding `dir` with 4 KiB files `fill-N` until a write fails; returns them.
    static func fill(_ dir: URL) -> [URL] {
        var files: [URL] = []
        let page = [UInt8](repeating: 0, count: 4096)
        while files.count < 100_000 {
            let url = dir.appendingPathComponent("fill-\(files.count)")
            let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { break }
            let n = page.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            guard n == page.count else {
                unlink(url.path)
                break
            }
            files.append(url)
        }
        return files
    }

    /// A small finished sweep (tables, records, manifest) in `out`.
    static func sweep(_ out: URL) throws {
        let dir = temporaryDirectory("sweepfile")
        try runSweep(try SweepPlan.load(write(smallGrid, "small.yaml", in: dir)), out: out)
    }

    /// Replaces every image of the sweep's figures and report.html with short stand-ins, which a
    /// complete drawing of the same figures could never equal; returns the figures.
    @discardableResult
    static func standInImages(_ dir: URL) throws -> [SweepFigure] {
        let figures = try Plotter.writeScripts(dir: dir).figures
        for f in figures {
            for ext in ["svg", "png"] {
                try Data("previous \(f.name).\(ext)\n".utf8).write(to: dir.appendingPathComponent(f.image(ext)))
            }
        }
        try Data("previous report\n".utf8).write(to: dir.appendingPathComponent("report.html"))
        return figures
    }

    /// An executable `gnuplot` in a folder of its own, running `body` (sh).
    static func fakeGnuplot(_ body: String) throws -> URL {
        let bin = temporaryDirectory("fakegnuplot")
        let exe = bin.appendingPathComponent("gnuplot")
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: exe)
        chmod(exe.path, 0o755)
        return exe
    }

    /// Starts the nnsweep executable with `environment` added to this process's.
    static func start(_ args: [String], environment: [String: String] = [:], errors: Pipe) throws -> Process {
        guard let exe = nnsweepExecutable() else { throw SweepError("nnsweep executable not found") }
        let p = Process()
        p.executableURL = exe
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = errors
        try p.run()
        return p
    }

    /// Whether `pid` names a process that still runs (a zombie has stopped).
    static func isRunning(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        guard let close = stat.lastIndex(of: ")") else { return true }
        return !stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    // MARK: The atomic-file helper, without a full disk

    @Test func aFailedWriteKeepsTheOldFileAndLeavesNoTemporary() throws {
        let dir = temporaryDirectory()
        let url = dir.appendingPathComponent("runs.csv")
        try AtomicFile.write(Data("old\n".utf8), to: url)
        // Half the bytes go out, then the device is full.
        var calls = 0
        let full: AtomicFile.WriteCall = { fd, bytes, count in
            calls += 1
            if calls == 1 { return AtomicFile.posixWrite(fd, bytes, count / 2) }
            errno = ENOSPC
            return -1
        }
        #expect(throws: FileWriteError(path: url.path, code: ENOSPC)) {
            try AtomicFile.write(Data(String(repeating: "new,", count: 1000).utf8), to: url, call: full)
        }
        #expect("\(FileWriteError(path: url.path, code: ENOSPC))" == "no space left on \(url.path)")
        let broken: AtomicFile.WriteCall = { _, _, _ in
            errno = EIO
            return -1
        }
        do {
            try AtomicFile.write(Data("new\n".utf8), to: url, call: broken)
            Issue.record("expected the write to fail")
        } catch {
            #expect("\(error)" == "cannot write \(url.path): Input/output error")
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "old\n")
        #expect(Self.temporaries(dir).isEmpty)
        // A writer left unfinished removes its temporary file too.
        do {
            let w = try AtomicFile.Writer(url: url)
            try w.write(Data("partial".utf8))
        }
        #expect(Self.temporaries(dir).isEmpty)
        #expect(try String(contentsOf: url, encoding: .utf8) == "old\n")
    }

    /// A file that only grows (a running cell's partial record): it appears with its first
    /// bytes or not at all, each append adds its bytes after the others, and a failed append
    /// leaves what was there followed by part of the append, then takes no more.
    @Test func anAppendOnlyFileGrowsAndAFailedAppendKeepsWhatWasThere() throws {
        let dir = temporaryDirectory()
        let url = dir.appendingPathComponent("x.partial")
        let broken: AtomicFile.WriteCall = { _, _, _ in
            errno = ENOSPC
            return -1
        }
        #expect(throws: FileWriteError(path: url.path, code: ENOSPC)) {
            try AtomicFile.AppendOnlyFile(url: url, first: Data("head\n".utf8), permissions: 0o644, call: broken)
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
        #expect(Self.temporaries(dir).isEmpty)
        // The creation and one append go out, then half of the next, then the device is full.
        var calls = 0
        let full: AtomicFile.WriteCall = { fd, bytes, count in
            calls += 1
            if calls <= 2 { return AtomicFile.posixWrite(fd, bytes, count) }
            if calls == 3 { return AtomicFile.posixWrite(fd, bytes, count / 2) }
            errno = ENOSPC
            return -1
        }
        let file = try AtomicFile.AppendOnlyFile(url: url, first: Data("head\n".utf8), permissions: 0o644, call: full)
        #expect(try String(contentsOf: url, encoding: .utf8) == "head\n")
        try file.append(Data("one\n".utf8))
        #expect(file.bytesWritten == 9 && file.writes == 2)
        #expect(throws: FileWriteError(path: url.path, code: ENOSPC)) { try file.append(Data("two\n".utf8)) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "head\none\ntw")
        #expect(throws: FileWriteError(path: url.path, code: EBADF)) { try file.append(Data("three\n".utf8)) }
        #expect(Self.temporaries(dir).isEmpty)
    }

    /// No file may grow (ulimit -f 0, SIGXFSZ ignored): every write fails with EFBIG, on any
    /// file system and without mount rights. Rebuilding the tables then says which file and why,
    /// keeps the old tables and leaves no temporary file.
    @Test func tablesThatCannotBeWrittenKeepTheOldOnes() throws {
        let out = temporaryDirectory()
        try Self.sweep(out)
        try Data("old runs\n".utf8).write(to: out.appendingPathComponent("runs.csv"))
        let before = Self.snapshot(out)
        guard let exe = nnsweepExecutable() else {
            Issue.record("nnsweep executable not found")
            return
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\" collect \"$1\" --no-plots", exe.path, out.path]
        let err = Pipe()
        p.standardOutput = FileHandle.nullDevice
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(
            p.terminationReason == .exit && p.terminationStatus == 1,
            "\(p.terminationReason) \(p.terminationStatus): \(message)")
        #expect(message == "nnsweep: cannot write \(out.path)/runs.csv: File too large\n")
        #expect(Self.snapshot(out) == before)
    }

    /// Standard error on a full device: the message is lost, the exit status is not.
    @Test func aMessageThatCannotBeWrittenKeepsTheExitStatus() throws {
        guard let exe = nnsweepExecutable() else {
            Issue.record("nnsweep executable not found")
            return
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "exec \"$0\" plot \"$1\" 2>/dev/full", exe.path, temporaryDirectory().path]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(
            p.terminationReason == .exit && p.terminationStatus == 2, "\(p.terminationReason) \(p.terminationStatus)")
    }

    // MARK: A full disk (tmpfs)

    @Test(.enabled(if: StorageTests.canMount, "\(StorageTests.noMount)"))
    func tablesOnAFullDiskKeepTheOldOnes() throws {
        try Self.withTmpfs(size: "1m") { disk in
            let out = disk.appendingPathComponent("res")
            try Self.sweep(out)
            let before = Self.snapshot(out)
            #expect(!Self.fill(disk).isEmpty)
            let err = Pipe()
            let p = try Self.start(["collect", out.path, "--no-plots"], errors: err)
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(
                p.terminationReason == .exit && p.terminationStatus == 1,
                "\(p.terminationReason) \(p.terminationStatus): \(message)")
            #expect(message.hasPrefix("nnsweep: no space left on \(out.path)/"), "\(message)")
            #expect(message.filter { $0 == "\n" }.count == 1, "\(message)")
            #expect(Self.snapshot(out) == before)
        }
    }

    /// A few KiB free: the scripts and data fit, the images do not. gnuplot exits without error
    /// on a full disk; the images it cut short must not replace the previous ones.
    @Test(
        .enabled(
            if: StorageTests.canMount && Gnuplot.locate() != nil, "\(StorageTests.noMount), or gnuplot is not installed"
        ))
    func figuresOnAFullDiskKeepThePreviousOnes() throws {
        try Self.withTmpfs(size: "1m") { disk in
            let out = disk.appendingPathComponent("res")
            try Self.sweep(out)
            try Self.standInImages(out)
            let before = Self.snapshot(out)
            let fillers = Self.fill(disk)
            for f in fillers.suffix(3) { unlink(f.path) }
            let err = Pipe()
            let p = try Self.start(["plot", out.path], errors: err)
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(
                p.terminationReason == .exit && p.terminationStatus == 1,
                "\(p.terminationReason) \(p.terminationStatus): \(message)")
            #expect(message.hasPrefix("nnsweep: no space left on \(out.path)/plots/"), "\(message)")
            #expect(message.filter { $0 == "\n" }.count == 1, "\(message)")
            let after = Self.snapshot(out)
            #expect(Self.temporaries(out).isEmpty)
            for (name, data) in before where !name.hasSuffix(".gp") && !name.hasSuffix(".dat") {
                #expect(after[name] == data, "\(name) changed")
            }
        }
    }

    // MARK: Damaged tables

    @Test(arguments: [("epochs.csv", "header"), ("epochs.csv", "empty"), ("runs.csv", "header"), ("runs.csv", "empty")])
    func damagedTablesLeaveTheFiguresAsTheyWere(file: String, damage: String) throws {
        let out = temporaryDirectory()
        try Self.sweep(out)
        try Self.standInImages(out)
        let url = out.appendingPathComponent(file)
        let header = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")[0]
        try Data((damage == "header" ? header + "\n" : "").utf8).write(to: url)
        let before = Self.snapshot(out)
        let (status, _, err) = try runTool(["plot", out.path])
        #expect(status == 2, "\(err)")
        #expect(err.hasPrefix("nnsweep: \(url.path): "), "\(err)")
        #expect(err.filter { $0 == "\n" }.count == 1, "\(err)")
        #expect(Self.snapshot(out) == before)
    }

    // MARK: gnuplot that fails quietly, hangs, or outlives nnsweep

    @Test func anImageGnuplotDidNotWriteKeepsThePreviousOne() throws {
        let out = temporaryDirectory()
        try Self.sweep(out)
        let figures = try Self.standInImages(out)
        let quiet = try Self.fakeGnuplot("exit 0")
        let before = Self.snapshot(out).filter { $0.key.hasSuffix(".svg") || $0.key.hasSuffix(".png") }
        #expect(before.count == 2 * figures.count)
        do {
            _ = try Plotter.plot(dir: out, gnuplot: Gnuplot(executable: quiet))
            Issue.record("expected the figures to fail")
        } catch PlotError.figuresFailed(let errors) {
            #expect(errors.count == figures.count)
            #expect(errors.allSatisfy { if case .incomplete = $0 { true } else { false } }, "\(errors)")
        }
        let after = Self.snapshot(out)
        for (name, data) in before { #expect(after[name] == data, "\(name) changed") }
        #expect(Self.temporaries(out).isEmpty)
    }

    @Test func aHungGnuplotCostsOneTimeLimitForAllFigures() throws {
        let out = temporaryDirectory()
        try Self.sweep(out)
        let figures = try Self.standInImages(out)
        #expect(figures.count >= 4)
        let starts = temporaryDirectory().appendingPathComponent("starts")
        let hung = try Self.fakeGnuplot("echo started >> '\(starts.path)'\nexec sleep 60")
        let limit = 1.5
        do {
            _ = try Plotter.plot(dir: out, gnuplot: Gnuplot(executable: hung, timeout: limit))
            Issue.record("expected the time limit to stop gnuplot")
        } catch PlotError.figuresFailed(let errors) {
            // Each gnuplot process times out on its first figure and starts none of the others.
            let processes = min(Gnuplot.defaultProcesses, figures.count)
            var timedOut = 0
            var rest: [String] = []
            for e in errors {
                switch e {
                case .timedOut: timedOut += 1
                case .notAttempted(let r, _):
                    rest += r
                    #expect("\(e)".contains("time limit of 1.5 s for drawing all figures ran out"))
                default: Issue.record("\(e)")
                }
            }
            #expect(timedOut == processes, "\(errors)")
            #expect(rest.count == figures.count - processes)
        }
        // One limit, not one per figure: gnuplot was started once per process, never again
        // once the time had run out (counted, not timed, so that a loaded machine cannot fail it).
        let started = ((try? String(contentsOf: starts, encoding: .utf8)) ?? "").split(separator: "\n").count
        #expect(started == min(Gnuplot.defaultProcesses, figures.count), "gnuplot started \(started) times")
        #expect(Self.temporaries(out).isEmpty)
    }
}
