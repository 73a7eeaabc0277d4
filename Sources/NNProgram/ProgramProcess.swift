import CProcess
import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// How a program run ended.
public struct ProcessOutcome: Equatable, Sendable {
    public enum Ending: Equatable, Sendable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it.
        case signaled(Int32)
    }
    public var ending: Ending
    /// It ran past its time limit and was stopped.
    public var timedOut = false
    public var seconds: Double
    /// The largest resident memory of the program (wait4's ru_maxrss), in bytes.
    public var peakMemoryBytes: Int
    /// What it wrote to standard output and error, counted in full although the kept files stop at the cap.
    public var stdoutBytes = 0
    public var stderrBytes = 0
    /// The end of its standard error (at most 4 KB, whole lines where it can).
    public var stderrTail = ""
}

/// What to start and how: an executable by its path, its argv (`arguments[0]` is the name it
/// sees), the whole environment, the working directory, where its output goes, and the limits.
public struct ProgramLaunch: Sendable {
    public var executable: String
    public var arguments: [String]
    public var environment: [String: String]
    public var directory: String
    public var stdoutPath: String
    public var stderrPath: String
    /// Seconds before it is stopped (nil: no limit).
    public var timeLimit: Double?
    /// Bytes of each of standard output and error kept in their files; the rest is counted and dropped.
    public var outputCap: Int
    /// Seconds between SIGTERM and SIGKILL when it is stopped.
    public var killGrace: Double
    /// Called with each line of standard output (for metrics read from it), on a reader thread.
    public var onStdoutLine: (@Sendable (String) -> Void)?

    public init(
        executable: String, arguments: [String], environment: [String: String], directory: String,
        stdoutPath: String, stderrPath: String, timeLimit: Double? = nil, outputCap: Int = 10 << 20,
        killGrace: Double = 5, onStdoutLine: (@Sendable (String) -> Void)? = nil
    ) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.directory = directory
        self.stdoutPath = stdoutPath
        self.stderrPath = stderrPath
        self.timeLimit = timeLimit
        self.outputCap = outputCap
        self.killGrace = killGrace
        self.onStdoutLine = onStdoutLine
    }
}

/// A program that could not be started: which and why.
public struct SpawnError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}

/// Runs one program as the leader of its own process group, so that stopping it (time limit,
/// nnsweep stopped) stops every process it started, and nothing it forked outlives the cell
/// (a process that leaves the group with setsid is beyond reach, as with any process group).
/// Written on posix_spawn rather than Foundation's Process: it needs the process group, the
/// resource usage of the ended child (peak memory) and output capped while it is drained.
public enum ProgramProcess {
    public static func run(_ launch: ProgramLaunch) throws(SpawnError) -> ProcessOutcome {
        let start = now()
        // A link left where an output file goes (by the program, say) is removed, never followed.
        unlink(launch.stdoutPath)
        unlink(launch.stderrPath)
        let outFile = open(launch.stdoutPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        let errFile = open(launch.stderrPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        defer {
            if outFile >= 0 { close(outFile) }
            if errFile >= 0 { close(errFile) }
        }
        guard outFile >= 0, errFile >= 0 else {
            throw SpawnError(
                "cannot write the output files in \(launch.directory): \(String(cString: strerror(errno)))")
        }
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        guard nn_pipe(&outPipe) == 0, nn_pipe(&errPipe) == 0 else {
            throw SpawnError("cannot make a pipe: \(String(cString: strerror(errno)))")
        }
        let argv = launch.arguments.map { strdup($0) } + [nil]
        let envp = launch.environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = argv.withUnsafeBufferPointer { a in
            envp.withUnsafeBufferPointer { e in
                nn_spawn(
                    &pid, launch.executable, a.baseAddress, e.baseAddress, launch.directory, outPipe[1], errPipe[1])
            }
        }
        close(outPipe[1])
        close(errPipe[1])
        guard rc == 0 else {
            close(outPipe[0])
            close(errPipe[0])
            throw SpawnError("cannot start \(launch.executable): \(String(cString: strerror(rc)))")
        }
        let slot = ProcessGroups.add(pid)
        defer { ProcessGroups.remove(slot) }

        let reader = OutputReader(
            out: outPipe[0], err: errPipe[0], outFile: outFile, errFile: errFile, cap: launch.outputCap,
            onLine: launch.onStdoutLine)
        let readerDone = DispatchSemaphore(value: 0)
        Thread.detached {
            reader.run()
            readerDone.signal()
        }
        // Wait (without reaping, so that the group id cannot be reused) until it ends or its time is up.
        let exited = DispatchSemaphore(value: 0)
        let leader = pid
        Thread.detached {
            var info = siginfo_t()
            while waitid(P_PID, id_t(leader), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
            exited.signal()
        }
        var timedOut = false
        if let limit = launch.timeLimit, exited.wait(timeout: .now() + limit) == .timedOut {
            timedOut = true
            kill(-pid, SIGTERM)
            if exited.wait(timeout: .now() + launch.killGrace) == .timedOut {
                kill(-pid, SIGKILL)
                exited.wait()
            }
        } else if launch.timeLimit == nil {
            exited.wait()
        }
        // Whatever it left running in its group goes with it; then the leader is reaped.
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        // A process that left the group may still hold the pipes: stop reading after a moment.
        if readerDone.wait(timeout: .now() + 1) == .timedOut {
            reader.stop()
            readerDone.wait()
        }
        let ending: ProcessOutcome.Ending =
            (status & 0x7f) == 0 ? .exited((status >> 8) & 0xff) : .signaled(status & 0x7f)
        return ProcessOutcome(
            ending: ending, timedOut: timedOut, seconds: now() - start, peakMemoryBytes: Int(usage.ru_maxrss) * 1024,
            stdoutBytes: reader.outBytes, stderrBytes: reader.errBytes, stderrTail: reader.tail)
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// The path of `name` as execvp would find it on `path` (a name with a slash is itself), or nil.
    public static func resolve(_ name: String, path: String?) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        for dir in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            var st = stat()
            if stat(candidate, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }
}

/// Drains standard output and error on one thread: each into its file up to the cap, the rest
/// counted; the end of standard error kept; standard output cut into lines for `onLine`.
final class OutputReader: @unchecked Sendable {
    let fds: [Int32]
    let files: [Int32]
    let cap: Int
    let onLine: (@Sendable (String) -> Void)?
    private let lock = NSLockLike()
    private var stopped = false
    var outBytes = 0
    var errBytes = 0
    private var errTail: [UInt8] = []
    private var partial: [UInt8] = []
    static let tailBytes = 4096
    static let maxLine = 1 << 16

    init(out: Int32, err: Int32, outFile: Int32, errFile: Int32, cap: Int, onLine: (@Sendable (String) -> Void)?) {
        fds = [out, err]
        files = [outFile, errFile]
        self.cap = cap
        self.onLine = onLine
    }

    func stop() { lock.withLock { stopped = true } }

    var tail: String {
        var t = errTail[...]
        if t.count == Self.tailBytes, let nl = t.firstIndex(of: 0x0A) { t = t[(nl + 1)...] }
        return String(decoding: t, as: UTF8.self)
    }

    func run() {
        var open = [true, true]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while open.contains(true) && !lock.withLock({ stopped }) {
            var polls = (0..<2).filter { open[$0] }.map { pollfd(fd: fds[$0], events: Int16(POLLIN), revents: 0) }
            let n = poll(&polls, nfds_t(polls.count), 100)
            if n <= 0 { continue }
            for p in polls where p.revents != 0 {
                let which = p.fd == fds[0] ? 0 : 1
                let got = buffer.withUnsafeMutableBytes { read(p.fd, $0.baseAddress, $0.count) }
                if got <= 0 {
                    if got < 0 && errno == EINTR { continue }
                    open[which] = false
                    continue
                }
                let chunk = buffer[0..<got]
                let before = which == 0 ? outBytes : errBytes
                if before < cap {
                    let keep = min(got, cap - before)
                    chunk.withUnsafeBytes { _ = write(files[which], $0.baseAddress, keep) }
                }
                if which == 0 {
                    outBytes += got
                    lines(chunk)
                } else {
                    errBytes += got
                    errTail += chunk
                    if errTail.count > Self.tailBytes { errTail.removeFirst(errTail.count - Self.tailBytes) }
                }
            }
        }
        if !partial.isEmpty, let onLine { onLine(String(decoding: partial, as: UTF8.self)) }
        close(fds[0])
        close(fds[1])
    }

    private func lines(_ chunk: ArraySlice<UInt8>) {
        guard let onLine else { return }
        for b in chunk {
            if b == 0x0A {
                onLine(String(decoding: partial, as: UTF8.self))
                partial.removeAll(keepingCapacity: true)
            } else if partial.count < Self.maxLine {
                partial.append(b)
            }
        }
    }
}

/// A lock usable without Foundation.
final class NSLockLike: @unchecked Sendable {
    private var m = pthread_mutex_t()
    init() { pthread_mutex_init(&m, nil) }
    deinit { pthread_mutex_destroy(&m) }
    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&m)
        defer { pthread_mutex_unlock(&m) }
        return body()
    }
}

/// Starts `body` on a thread of its own (a blocking wait must not hold a Dispatch worker).
enum Thread {
    static func detached(_ body: @escaping @Sendable () -> Void) {
        final class Box: @unchecked Sendable {
            let body: @Sendable () -> Void
            init(_ b: @escaping @Sendable () -> Void) { body = b }
        }
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var t = pthread_t()
        pthread_create(
            &t, nil,
            { raw in
                let b = Unmanaged<AnyObject>.fromOpaque(raw!).takeRetainedValue() as! Box
                b.body()
                return nil
            }, box)
        pthread_detach(t)
    }
}

/// The process groups of the programs running now, in plain memory that a signal handler can
/// read: `stopAll` stops every one when nnsweep itself is stopped.
public enum ProcessGroups {
    public static let capacity = 4096
    nonisolated(unsafe) static let groups: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        p.initialize(repeating: 0, count: capacity)
        return p
    }()
    static let lock = NSLockLike()

    static func add(_ pgid: Int32) -> Int? {
        lock.withLock {
            guard let i = (0..<capacity).first(where: { groups[$0] == 0 }) else { return nil }
            groups[i] = pgid
            return i
        }
    }

    static func remove(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { groups[slot] = 0 }
    }

    /// Sets up the list; call before installing a signal handler that calls `stopAll`.
    public static func prepare() { _ = groups }

    /// SIGTERM to every running program's group, a moment for them to end, then SIGKILL. Safe in
    /// a signal handler after `prepare()`: it reads the list and calls kill and nanosleep.
    public static func stopAll() {
        var any = false
        for i in 0..<capacity where groups[i] > 0 {
            kill(-groups[i], SIGTERM)
            any = true
        }
        guard any else { return }
        var t = timespec(tv_sec: 0, tv_nsec: 300_000_000)
        nanosleep(&t, nil)
        for i in 0..<capacity where groups[i] > 0 { kill(-groups[i], SIGKILL) }
    }
}
