import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// gnuplot, run as a separate process on a script file.
///
/// Each figure is a `.gp` script plus its data files, and drawing it is `gnuplot plots/NAME.gp`
/// from the sweep folder: the same command a user runs to redraw or restyle it. Driving the
/// program rather than a library: gnuplot has no library interface, and Debian's
/// `libgnuplot-iostream-dev` is a C++/Boost header that writes commands into the same kind of
/// pipe; from Swift it would need a C++ target and Boost, it would leave no script behind, and it
/// cannot report gnuplot's errors. Here gnuplot's standard error is read in full, a non-zero exit
/// becomes an error carrying gnuplot's own message and the script's path, and a run that takes
/// too long is killed. Images are drawn under temporary names and moved into place only when
/// gnuplot succeeded and they are complete, so a failed figure leaves the previous one as it was.
public struct Gnuplot: Sendable {
    public let executable: URL
    /// Seconds gnuplot may take for one plotting step: one `run`, or all the figures of one
    /// `Plotter.plot` together.
    public var timeout: TimeInterval

    public init(executable: URL, timeout: TimeInterval = 120) {
        self.executable = executable
        self.timeout = timeout
    }

    /// The `gnuplot` found on PATH, or nil when it is not installed.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Gnuplot? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("gnuplot")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return Gnuplot(executable: candidate)
            }
        }
        return nil
    }

    /// Runs `gnuplot SCRIPT` with `directory` as the working directory (the script's relative
    /// paths are resolved from there) and returns what gnuplot wrote on standard error (warnings;
    /// empty for a clean run).
    @discardableResult
    public func run(script: URL, in directory: URL) throws -> String {
        try run(script: script, in: directory, until: Deadline(seconds: timeout))
    }

    /// Like `run(script:in:)`, stopping gnuplot at `deadline`.
    @discardableResult
    public func run(script: URL, in directory: URL, until deadline: Deadline) throws -> String {
        try run(Self.relativePath(script, from: directory), shownAs: script, in: directory, until: deadline)
    }

    private func run(_ argument: String, shownAs script: URL, in directory: URL, until deadline: Deadline) throws
        -> String
    {
        if deadline.hasPassed {
            throw GnuplotError.timedOut(script: script.path, seconds: deadline.seconds, message: "")
        }
        let (status, _, err, timedOut) = try execute([argument], in: directory, until: deadline)
        if timedOut { throw GnuplotError.timedOut(script: script.path, seconds: deadline.seconds, message: err) }
        if status != 0 { throw GnuplotError.failed(script: script.path, status: status, message: err) }
        return err
    }

    /// Draws images: runs `text`, a script that writes each of `outputs` under its temporary name
    /// (`AtomicFile.temporaryURL`), and moves them into place once gnuplot has succeeded and
    /// every one is complete. Otherwise the previous images stay as they were, and no temporary
    /// file is left. Messages name `script`, the file the user can run. Throws `GnuplotError`, or
    /// `FileWriteError` when the images could not be written for lack of space.
    @discardableResult
    public func draw(
        _ text: String, as script: URL, outputs: [URL], in directory: URL, until deadline: Deadline,
        finish: Job.Finish? = nil
    ) throws -> String {
        let temporaryScript = AtomicFile.temporaryURL(for: script)
        let images = outputs.map(AtomicFile.temporaryURL(for:))
        let listed = ([temporaryScript] + images).map(TemporaryFiles.add)
        defer {
            unlink(temporaryScript.path)
            for i in images { unlink(i.path) }
            listed.forEach(TemporaryFiles.remove)
        }
        try AtomicFile.write(Data(text.utf8), to: temporaryScript)
        let shown = Self.relativePath(script, from: directory)
        let argument = Self.relativePath(temporaryScript, from: directory)
        do {
            let err = try run(argument, shownAs: script, in: directory, until: deadline)
            for (image, output) in zip(images, outputs) where !Self.isComplete(image, format: output.pathExtension) {
                if Self.isNearlyFull(output.deletingLastPathComponent()) {
                    throw FileWriteError(path: output.path, code: ENOSPC)
                }
                throw GnuplotError.incomplete(script: script.path, image: output.path)
            }
            for (image, output) in zip(images, outputs) {
                try finish?(image, output)
                try AtomicFile.replace(output, with: image)
            }
            return err.replacingOccurrences(of: argument, with: shown)
        } catch GnuplotError.failed(let path, let status, let message) {
            throw GnuplotError.failed(
                script: path, status: status, message: message.replacingOccurrences(of: argument, with: shown))
        }
    }

    /// One figure for `drawAll`: its script text (writing each output under its temporary name),
    /// the script file the user can run, its images, and what to do to each complete image
    /// (under its temporary name) before it is moved into place.
    public struct Job: Sendable {
        /// Called with the complete temporary image and the output it becomes.
        public typealias Finish = @Sendable (_ image: URL, _ output: URL) throws -> Void
        public let text: String
        public let script: URL
        public let outputs: [URL]
        public let finish: Finish?

        public init(text: String, script: URL, outputs: [URL], finish: Finish? = nil) {
            self.text = text
            self.script = script
            self.outputs = outputs
            self.finish = finish
        }
    }

    /// Draws several figures with one gnuplot process: their scripts run one after the other
    /// from one temporary script, each followed by a line on standard error saying it is done.
    /// Each figure's images are moved into place once checked complete, as with `draw`. When
    /// gnuplot stops on an error, the figures it finished are kept and the others are drawn one
    /// by one with `draw`, so that an error names the figure's own script and message. When the
    /// time runs out, the figure in progress times out and the ones after it are not attempted.
    /// Returns, per job, gnuplot's warnings or the error.
    /// `started`: a waiting gnuplot (`start`) to run them; a new one is started without it.
    public func drawAll(
        _ jobs: [Job], combinedScript: URL, in directory: URL, until deadline: Deadline, started: Started? = nil
    ) -> [Result<String, Error>] {
        if jobs.count <= 1 || deadline.hasPassed {
            return jobs.map { j in
                Result {
                    try draw(j.text, as: j.script, outputs: j.outputs, in: directory, until: deadline, finish: j.finish)
                }
            }
        }
        let temporaryScript = AtomicFile.temporaryURL(for: combinedScript)
        let images = jobs.map { $0.outputs.map(AtomicFile.temporaryURL(for:)) }
        let listed = ([temporaryScript] + images.joined()).map(TemporaryFiles.add)
        defer {
            unlink(temporaryScript.path)
            for i in images.joined() { unlink(i.path) }
            listed.forEach(TemporaryFiles.remove)
        }
        var text = ""
        for (k, j) in jobs.enumerated() { text += j.text + "print \"\(Self.doneMarker)\(k)\"\n" }
        let err: String
        let timedOut: Bool
        do {
            try AtomicFile.write(Data(text.utf8), to: temporaryScript)
            (_, _, err, timedOut) = try execute(
                [Self.relativePath(temporaryScript, from: directory)], in: directory, until: deadline, started: started)
        } catch {
            return jobs.map { _ in .failure(error) }
        }
        // What gnuplot printed for figure k: the lines after the marker of figure k - 1.
        var warnings = [String](repeating: "", count: jobs.count)
        var done = 0
        var current: [String] = []
        for line in err.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(Self.doneMarker), let k = Int(line.dropFirst(Self.doneMarker.count)), k < jobs.count {
                warnings[k] = current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                current = []
                done = k + 1
            } else {
                current.append(String(line))
            }
        }
        var results: [Result<String, Error>] = []
        for k in 0..<done {
            results.append(
                Result {
                    for (image, output) in zip(images[k], jobs[k].outputs)
                    where !Self.isComplete(image, format: output.pathExtension) {
                        if Self.isNearlyFull(output.deletingLastPathComponent()) {
                            throw FileWriteError(path: output.path, code: ENOSPC)
                        }
                        throw GnuplotError.incomplete(script: jobs[k].script.path, image: output.path)
                    }
                    for (image, output) in zip(images[k], jobs[k].outputs) {
                        try jobs[k].finish?(image, output)
                        try AtomicFile.replace(output, with: image)
                    }
                    return warnings[k]
                })
        }
        if done == jobs.count { return results }
        if timedOut {
            results.append(
                .failure(
                    GnuplotError.timedOut(
                        script: jobs[done].script.path, seconds: deadline.seconds,
                        message: current.joined(separator: "\n"))))
            let rest = jobs[(done + 1)...].map { Self.relativePath($0.script, from: directory) }
            if !rest.isEmpty {
                let e = GnuplotError.notAttempted(figures: rest, seconds: deadline.seconds)
                results += rest.map { _ in .failure(e) }
            }
            return results
        }
        for j in jobs[done...] {
            results.append(
                Result {
                    try draw(j.text, as: j.script, outputs: j.outputs, in: directory, until: deadline, finish: j.finish)
                })
        }
        return results
    }

    /// Draws `jobs` with up to `processes` gnuplot processes at once, each running `drawAll` on
    /// its share (`combinedScript` with `-1`, `-2`, ... before its extension). The shares are
    /// balanced by `costs`, one per job (the length of a figure's script is a fair guide to its
    /// drawing time); they depend only on `costs` and `processes`, so that the same figures give
    /// the same images (pass costs that do not depend on the temporary names in the jobs' text).
    /// Returns the results in the order of `jobs`. Share k runs in `started[k]` when there is
    /// one (the caller closes those left unused).
    public func drawAll(
        _ jobs: [Job], costs: [Int], processes: Int, combinedScript: URL, in directory: URL,
        until deadline: Deadline, started: [Started] = []
    ) -> [Result<String, Error>] {
        precondition(costs.count == jobs.count, "one cost per job")
        let shares = Self.balance(costs, into: processes)
        if shares.count <= 1 {
            return drawAll(
                jobs, combinedScript: combinedScript, in: directory, until: deadline, started: started.first)
        }
        let base = combinedScript.deletingPathExtension()
        let ext = combinedScript.pathExtension
        let results = Mutex([Result<String, Error>?](repeating: nil, count: jobs.count))
        DispatchQueue.concurrentPerform(iterations: shares.count) { k in
            let share = shares[k]
            let script = URL(fileURLWithPath: base.path + "-\(k + 1)").appendingPathExtension(ext)
            let drawn = drawAll(
                share.map { jobs[$0] }, combinedScript: script, in: directory, until: deadline,
                started: k < started.count ? started[k] : nil)
            results.withLock { for (i, r) in zip(share, drawn) { $0[i] = r } }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// Splits job indices into at most `count` shares of about equal total cost (longest job
    /// first, each to the least loaded share), each share in the jobs' order.
    public static func balance(_ costs: [Int], into count: Int) -> [[Int]] {
        let n = max(1, min(count, costs.count))
        var shares = [[Int]](repeating: [], count: n)
        var load = [Int](repeating: 0, count: n)
        for i in costs.indices.sorted(by: { (costs[$0], $1) > (costs[$1], $0) }) {
            let k = load.indices.min(by: { (load[$0], $0) < (load[$1], $1) })!
            shares[k].append(i)
            load[k] += costs[i]
        }
        return shares.filter { !$0.isEmpty }.map { $0.sorted() }
    }

    /// The number of gnuplot processes that draw a sweep's figures, each its share. It is fixed,
    /// not the number of cores: gnuplot carries a little state from one figure to the next in
    /// one process (a stroke colour of its SVG terminal, cairo's font cache for the PNGs), so an
    /// image's bytes depend on the figures drawn before it in its process, and the shares, which
    /// depend only on the figures, must be the same on every machine.
    public static let defaultProcesses = 2

    /// The line `drawAll` prints after each figure, followed by its number.
    static let doneMarker = "nnsweep: figure done "

    /// Whether gnuplot finished writing an image: a PNG ends with its IEND chunk, an SVG with
    /// `</svg>`, anything else is not empty.
    static func isComplete(_ url: URL, format: String) -> Bool {
        // The last bytes only: the images of a sweep run to megabytes.
        guard let h = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? h.close() }
        guard let size = try? h.seekToEnd(), size > 0, (try? h.seek(toOffset: size - min(size, 64))) != nil,
            let data = try? h.readToEnd(), !data.isEmpty
        else { return false }
        switch format {
        case "png":
            return data.suffix(8).elementsEqual([0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
        case "svg":
            return String(decoding: data.suffix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                .hasSuffix("</svg>")
        default:
            return true
        }
    }

    /// Whether the file system holding `dir` has less than 1 MiB free: an image cut short there
    /// ran out of space.
    static func isNearlyFull(_ dir: URL) -> Bool {
        var s = statvfs()
        guard statvfs(dir.path, &s) == 0 else { return false }
        return Double(s.f_bavail) * Double(s.f_frsize) < 1_048_576
    }

    /// The time by which a plotting step must be done.
    public struct Deadline: Sendable {
        public let end: DispatchTime
        /// The time limit it was made from, for messages.
        public let seconds: TimeInterval

        public init(seconds: TimeInterval) {
            self.seconds = seconds
            end = .now() + seconds
        }

        public var hasPassed: Bool { DispatchTime.now() >= end }
    }

    /// `url`'s path relative to `base` when it lies inside it, else its full path.
    static func relativePath(_ url: URL, from base: URL) -> String {
        let p = url.standardizedFileURL.path
        let b = base.standardizedFileURL.path
        let prefix = b.hasSuffix("/") ? b : b + "/"
        return p.hasPrefix(prefix) ? String(p.dropFirst(prefix.count)) : p
    }

    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() {
            lock.lock()
            value = true
            lock.unlock()
        }
        var isSet: Bool {
            lock.lock()
            defer { lock.unlock() }
            return value
        }
    }

    /// `setpriv`, when installed and able to set the parent-death signal.
    static let setpriv: URL? = {
        for dir in ["/usr/bin", "/bin"] {
            let u = URL(fileURLWithPath: dir).appendingPathComponent("setpriv")
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return nil
    }()

    /// A gnuplot process started before its script is ready (`start`), so that its start-up
    /// (about 15 ms of loading libraries) overlaps nnsweep's preparing the figures. It waits on
    /// its standard input for the one `load` command that `execute` sends; `close` ends one that
    /// was not used.
    public final class Started: @unchecked Sendable {
        let process: Process
        /// This end of the socket that is gnuplot's standard input (-1 without one). A socket,
        /// not a pipe: `send` with `MSG_NOSIGNAL` to a gnuplot that has already ended gives an
        /// error instead of a SIGPIPE that would end nnsweep.
        let input: Int32
        let out: Pipe
        let err: Pipe
        let slot: Int?
        private let lock = NSLock()
        private var taken = false

        init(process: Process, input: Int32, out: Pipe, err: Pipe, slot: Int?) {
            self.process = process
            self.input = input
            self.out = out
            self.err = err
            self.slot = slot
        }

        /// True once: whoever gets it sends the script (or closes the process).
        func take() -> Bool {
            lock.withLock {
                defer { taken = true }
                return !taken
            }
        }

        /// Sends `command` and closes the input, so that gnuplot runs it and ends. A gnuplot that
        /// has already ended gets nothing; its status and messages then say why.
        func send(_ command: String) {
            let bytes = Array(command.utf8)
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes {
                    Glibc.send(input, $0.baseAddress! + done, bytes.count - done, Int32(MSG_NOSIGNAL))
                }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                done += n
            }
            Glibc.close(input)
        }

        deinit { close() }

        /// Ends the process if no script was sent to it (a gnuplot that ignores its input too).
        public func close() {
            guard take() else { return }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            Glibc.close(input)
            _ = out.fileHandleForReading.readDataToEndOfFile()
            _ = err.fileHandleForReading.readDataToEndOfFile()
            while process.isRunning { usleep(200) }
            ChildProcesses.remove(slot)
        }
    }

    /// Starts `count` gnuplot processes in `directory` that wait for their scripts (none when
    /// gnuplot cannot be started: `drawAll` then starts its own).
    public func start(_ count: Int, in directory: URL) -> [Started] {
        (0..<count).compactMap { _ in try? launch([], in: directory, input: true) }
    }

    /// Starts gnuplot with `arguments` (through setpriv when there is one), its standard input a
    /// pipe (`input`) or empty, and lists it in `ChildProcesses`.
    private func launch(_ arguments: [String], in directory: URL?, input: Bool) throws -> Started {
        let p = Process()
        // Through setpriv (util-linux), gnuplot is killed when nnsweep dies, even by kill -9,
        // instead of drawing on alone. The thread that starts it waits for it to end.
        if let setpriv = Self.setpriv {
            p.executableURL = setpriv
            p.arguments = ["--pdeathsig", "KILL", executable.path] + arguments
        } else {
            p.executableURL = executable
            p.arguments = arguments
        }
        if let directory { p.currentDirectoryURL = directory }
        var pair: [Int32] = [-1, -1]
        if input {
            guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
                throw GnuplotError.cannotStart(
                    executable: executable.path, reason: String(cString: strerror(errno)))
            }
            p.standardInput = FileHandle(fileDescriptor: pair[1], closeOnDealloc: false)
        } else {
            p.standardInput = FileHandle.nullDevice
        }
        // The other end is gnuplot's: closed here once it is started (or could not be).
        defer { if input { Glibc.close(pair[1]) } }
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        // The child inherits this thread's signal mask, and a Dispatch worker thread blocks
        // SIGTERM and SIGINT: started from there, gnuplot would not stop when nnsweep is stopped
        // (`ChildProcesses.stopAll`). Unblock everything for the spawn.
        var none = sigset_t()
        var saved = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        guard !TemporaryFiles.isStopping else {
            if input { Glibc.close(pair[0]) }
            throw GnuplotError.cannotStart(executable: executable.path, reason: "nnsweep is being stopped")
        }
        do { try p.run() } catch {
            if input { Glibc.close(pair[0]) }
            throw GnuplotError.cannotStart(executable: executable.path, reason: "\(error)")
        }
        return Started(process: p, input: pair[0], out: out, err: err, slot: ChildProcesses.add(p.processIdentifier))
    }

    /// Runs gnuplot on `arguments` (or, with `started`, has that waiting process load the one
    /// script in `arguments`), reads its standard error to the end (standard output too, on
    /// another thread, so neither pipe can fill and stall it), then waits for it. A timer kills
    /// it at `deadline`; the pipes then close and the reads end. While it runs it is listed in
    /// `ChildProcesses`, so that a signal that stops nnsweep stops it too.
    private func execute(
        _ arguments: [String], in directory: URL?, until deadline: Deadline, started: Started? = nil
    ) throws -> (Int32, String, String, Bool) {
        let g: Started
        // The script's path goes into a gnuplot string: one without a line break (always so for
        // the relative paths nnsweep makes) or it is started the plain way.
        if let started, arguments.count == 1, !arguments[0].contains(where: \.isNewline), started.take() {
            g = started
            // A single-quoted gnuplot string; a quote inside is written twice.
            started.send("load '\(arguments[0].replacingOccurrences(of: "'", with: "''"))'\n")
        } else {
            g = try launch(arguments, in: directory, input: false)
        }
        defer { ChildProcesses.remove(g.slot) }
        let p = g.process
        let pid = p.processIdentifier
        let killed = Flag()
        let exited = Flag()
        let killer = DispatchWorkItem {
            guard !exited.isSet else { return }
            killed.set()
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: deadline.end, execute: killer)
        // Standard output, filled by the reading thread before it signals.
        let outData = Filled<Data>()
        let outDone = DispatchSemaphore(value: 0)
        let outReader = g.out.fileHandleForReading
        DispatchQueue.global().async {
            outData.value = outReader.readDataToEndOfFile()
            outDone.signal()
        }
        let errData = g.err.fileHandleForReading.readDataToEndOfFile()
        outDone.wait()
        // Both pipes are closed, so gnuplot has ended or is ending. Not `waitUntilExit()`: off
        // the main thread it notices the exit only at its next 50 ms tick, which was half the
        // drawing time of a sweep's figures.
        while p.isRunning { usleep(200) }
        exited.set()
        killer.cancel()
        return (
            p.terminationStatus, String(decoding: outData.value ?? Data(), as: UTF8.self),
            String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), killed.isSet
        )
    }
}

/// Why a figure could not be drawn.
public enum GnuplotError: Error, CustomStringConvertible, Equatable {
    static func seconds(_ s: Double) -> String { s == s.rounded() ? "\(Int(s)) s" : "\(s) s" }

    /// gnuplot is not on PATH.
    case notInstalled
    /// The executable exists but could not be started.
    case cannotStart(executable: String, reason: String)
    /// gnuplot exited with a non-zero status; `message` is its standard error.
    case failed(script: String, status: Int32, message: String)
    /// gnuplot ran longer than the time bound and was killed.
    case timedOut(script: String, seconds: Double, message: String)
    /// gnuplot exited without error but left an image cut short; the previous image was kept.
    case incomplete(script: String, image: String)
    /// The time limit ran out before these figures were started; their previous images were kept.
    case notAttempted(figures: [String], seconds: Double)

    public static let installHint =
        "gnuplot is not installed; install it with: apt-get install gnuplot-nox fonts-dejavu-core"

    public var description: String {
        switch self {
        case .notInstalled:
            return Self.installHint
        case .cannotStart(let exe, let reason):
            return "cannot start \(exe): \(reason)"
        case .failed(let script, let status, let message):
            return "gnuplot failed on \(script) (exit status \(status))" + (message.isEmpty ? "" : ":\n" + message)
        case .timedOut(let script, let seconds, let message):
            return "gnuplot did not finish \(script) within \(Self.seconds(seconds)) and was stopped"
                + (message.isEmpty ? "" : ":\n" + message)
        case .incomplete(let script, let image):
            return "gnuplot ran \(script) without error but left \(image) incomplete; the previous image was kept"
        case .notAttempted(let figures, let seconds):
            return
                "the time limit of \(Self.seconds(seconds)) for drawing all figures ran out; not drawn (previous images kept): "
                + figures.joined(separator: ", ")
        }
    }
}

/// The child processes running now (gnuplot), so that a signal handler can stop them before the
/// process dies: a child left running would keep drawing after nnsweep was stopped.
public enum ChildProcesses {
    static let capacity = 32
    /// Pids, 0 for a free slot. Plain memory that a signal handler can read.
    nonisolated(unsafe) static let pids: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        p.initialize(repeating: 0, count: capacity)
        return p
    }()
    static let lock = NSLock()

    static func add(_ pid: Int32) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard let i = (0..<capacity).first(where: { pids[$0] == 0 }) else { return nil }
        pids[i] = pid
        return i
    }

    static func remove(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        pids[slot] = 0
        lock.unlock()
    }

    /// Sets up the list; call before installing a signal handler that calls `stopAll`.
    public static func prepare() { _ = pids }

    /// Kills every child still running and waits for it to end, so that none writes a file
    /// after this returns. Safe in a signal handler after `prepare()`: it only reads the list and
    /// calls kill and waitpid.
    public static func stopAll() {
        for i in 0..<capacity where pids[i] > 0 { kill(pids[i], SIGKILL) }
        for i in 0..<capacity where pids[i] > 0 { _ = waitpid(pids[i], nil, 0) }
    }
}
