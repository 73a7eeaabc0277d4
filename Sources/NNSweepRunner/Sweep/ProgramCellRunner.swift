import Foundation
import NNEngine
import NNPlan
import NNProgram

/// How a program cell's program ran, kept in its record.
public struct ProgramRunRecord: Codable, Equatable, Sendable {
    /// The argv it ran, placeholders filled.
    public var arguments: [String]
    /// Its exit status, or the signal that ended it.
    public var exitStatus: Int32?
    public var signal: Int32?
    public var timedOut: Bool
    public var wallSeconds: Double
    public var peakMemoryBytes: Int
    public var stdoutBytes: Int
    public var stderrBytes: Int
    /// The end of its standard error (the whole of it is in programs/<id>/stderr.txt, up to the cap).
    public var stderrTail: String
    public var device: String?
}

/// Runs one program cell: its folder, its parameters file, its environment, the program in its
/// own process group, and its metric lines read into the cell's record (status ok, diverged,
/// failed or timed_out, with the reason).
enum ProgramCellRunner {
    /// The file names inside a program cell's folder.
    static let paramsFile = "params.json"
    static let metricsFile = "metrics.jsonl"
    static let previousMetricsFile = "metrics.previous.jsonl"
    static let stdoutFile = "stdout.txt"
    static let stderrFile = "stderr.txt"
    static let stateFolder = "state"

    /// `through`: train up to this epoch only (successive halving's rung, NNSWEEP_EPOCHS); the
    /// program continues from its state when a later rung asks for more.
    static func run(
        _ cell: Cell, program p: ProgramCell, out: URL, device: String?, through: Int? = nil,
        previous: CellRecord? = nil
    ) throws -> CellRecord {
        do {
            var r = try attempt(cell, program: p, out: out, device: device, through: through)
            // A rung that continued a cell counts the seconds of the rungs before it.
            if let previous, p.spec.continues { r.trainSeconds += previous.trainSeconds }
            return r
        } catch {
            // What stops one cell (its folder made unusable, say) stops only that cell.
            var record = CellRecord(
                id: cell.id, seed: cell.config.seed, cellSeed: String(cell.cellSeed), status: .failed,
                message: oneLine("cannot prepare the cell's folder: \(error)", limit: 300), divergedEpoch: nil,
                iterationsPerEpoch: 0, parameters: 0, epochs: [], layers: [], trainSeconds: 0,
                settings: Dictionary(cell.config.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))
            record.settingValues = Dictionary(
                cell.config.settingColumns.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            return record
        }
    }

    /// The largest metrics file read (a program that writes more is failed, not read whole).
    static let maxMetricsBytes = 256 << 20

    static func attempt(_ cell: Cell, program p: ProgramCell, out: URL, device: String?, through: Int?) throws
        -> CellRecord
    {
        let c = cell.config
        // The epoch this attempt trains up to; the parameters' `epochs` stays the full length.
        let target = min(through ?? c.epochs, c.epochs)
        let dir = out.appendingPathComponent(ResultsLayout.programs).appendingPathComponent(cell.id)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var record = CellRecord(
            id: cell.id, seed: c.seed, cellSeed: String(cell.cellSeed), status: .ok, message: "", divergedEpoch: nil,
            iterationsPerEpoch: 0, parameters: 0, epochs: [], layers: [], trainSeconds: 0,
            settings: Dictionary(c.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))
        record.settingValues = Dictionary(c.settingColumns.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })

        let params = dir.appendingPathComponent(paramsFile)
        let metrics = dir.appendingPathComponent(metricsFile)
        let previous = dir.appendingPathComponent(previousMetricsFile)
        let state = dir.appendingPathComponent(stateFolder)
        try AtomicFile.write(Data(p.parameters.json.utf8), to: params)
        // A program that continues keeps the epochs it reported before it was stopped: they are
        // read from the previous attempt's lines, up to where the new attempt starts again.
        let fm = FileManager.default
        let names = p.spec.metrics.map(\.name)
        let readNames = names.contains("lr") ? names : names + ["lr"]
        if p.spec.continues {
            // Every earlier attempt's epochs are kept in metrics.previous.jsonl: the last
            // attempt's lines are merged into it before a new attempt starts.
            let before = readMetrics(previous, names: readNames).epochs
            let last = readMetrics(metrics, names: readNames).epochs
            let start = last.first?.epoch ?? Int.max
            let merged = before.filter { $0.epoch < start } + last
            try AtomicFile.write(Data(Self.lines(merged, names: readNames).utf8), to: previous)
        } else {
            try? fm.removeItem(at: previous)
        }
        try? fm.removeItem(at: metrics)
        if p.spec.continues { try fm.createDirectory(at: state, withIntermediateDirectories: true) }
        fm.createFile(atPath: metrics.path, contents: nil)

        var contract = [
            "params_file": params.path, "metrics_file": metrics.path, "run_dir": dir.path, "epochs": "\(target)",
            "seed": "\(c.seed)", "state_dir": p.spec.continues ? state.path : ""
        ]
        let arguments = try ProgramCommand(p.spec.resolvedCommand).expand(p.parameters, contract: contract)
        contract["state_dir"] = nil
        var env = ProcessInfo.processInfo.environment
        for (k, v) in p.spec.environment { env[k] = v }
        env["NNSWEEP_PARAMS"] = params.path
        env["NNSWEEP_SEED"] = "\(c.seed)"
        env["NNSWEEP_METRICS"] = metrics.path
        env["NNSWEEP_RUN_DIR"] = dir.path
        env["NNSWEEP_EPOCHS"] = "\(target)"
        if p.spec.continues { env["NNSWEEP_STATE"] = state.path } else { env["NNSWEEP_STATE"] = nil }
        if let device { env["CUDA_VISIBLE_DEVICES"] = device }

        let lines = Lines()
        var stdoutLine: (@Sendable (String) -> Void)? = nil
        var pattern: String?? = nil
        if case .stdout(let pt) = p.spec.metricsFrom {
            pattern = .some(pt)
            // Without a pattern only lines that start with "epoch" can report one.
            let any = pt != nil
            stdoutLine = { line in
                if any || line.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("epoch") { lines.add(line) }
            }
        }
        let launch = ProgramLaunch(
            executable: p.spec.executable, arguments: arguments, environment: env, directory: dir.path,
            stdoutPath: dir.appendingPathComponent(stdoutFile).path,
            stderrPath: dir.appendingPathComponent(stderrFile).path, timeLimit: p.spec.timeLimit,
            outputCap: p.spec.maxOutputBytes, onStdoutLine: stdoutLine)
        let outcome: ProcessOutcome
        do { outcome = try ProgramProcess.run(launch) } catch {
            record.status = .failed
            record.message = error.description
            return record
        }
        var run = ProgramRunRecord(
            arguments: arguments, exitStatus: nil, signal: nil, timedOut: outcome.timedOut,
            wallSeconds: outcome.seconds, peakMemoryBytes: outcome.peakMemoryBytes, stdoutBytes: outcome.stdoutBytes,
            stderrBytes: outcome.stderrBytes, stderrTail: outcome.stderrTail, device: device)
        switch outcome.ending {
        case .exited(let code): run.exitStatus = code
        case .signaled(let s): run.signal = s
        }
        record.program = run
        record.trainSeconds = outcome.seconds

        let finished = !outcome.timedOut && outcome.ending == .exited(0)
        var read: MetricsRead
        var source = "NNSWEEP_METRICS"
        if let pattern {
            source = "standard output"
            read = (try? MetricsReader.stdoutLines(lines.all, metrics: readNames, pattern: pattern)) ?? MetricsRead()
            if lines.dropped > 0 {
                read.problem = "more than \(Lines.limit) epoch lines; the rest were not read"
            }
        } else {
            read = readMetrics(metrics, names: readNames, complete: finished)
            if read.problem == nil, fm.fileExists(atPath: previous.path) {
                let before = readMetrics(previous, names: readNames).epochs
                let start = read.epochs.first?.epoch ?? Int.max
                read.epochs = before.filter { $0.epoch < start } + read.epochs
                try? AtomicFile.write(Data(Self.lines(read.epochs, names: readNames).utf8), to: metrics)
            }
        }
        // The tables hold epochs 1, 2, 3, ... of every cell: a gap ends what is kept.
        let consecutive = read.epochs.enumerated().prefix { $0.offset + 1 == $0.element.epoch }.count
        if consecutive < read.epochs.count {
            let e = read.epochs[consecutive].epoch
            if read.problem == nil {
                read.problem =
                    consecutive == 0
                    ? "the first epoch reported is \(e); epochs are reported from 1, one line each"
                    : "epoch \(e) follows epoch \(consecutive); epochs are reported one after another, one line each"
            }
            read.epochs = Array(read.epochs.prefix(consecutive))
        }
        record.epochs = read.epochs.map { e in
            var r = EpochRecord(epoch: e.epoch, lr: e.values["lr"] ?? .nan, trainLoss: e.values["train_loss"] ?? .nan)
            for (k, v) in e.values.sorted(by: { $0.key < $1.key }) where k != "train_loss" && k != "lr" {
                if !r.set(k, v) { r.extra = (r.extra ?? [:]).merging([k: v]) { $1 } }
            }
            return r
        }
        let lastEpoch = read.epochs.last?.epoch ?? 0
        if let problem = read.problem {
            record.status = .failed
            record.message = "\(source): \(problem)"
        } else if outcome.timedOut {
            record.status = .timedOut
            record.message =
                "stopped after \(Self.seconds(p.spec.timeLimit)) s (program.time_limit), at epoch \(lastEpoch) of \(target)"
        } else if case .signaled(let s) = outcome.ending {
            record.status = .failed
            record.message = "killed by signal \(s) (\(signalName(s))) after epoch \(lastEpoch)" + tail(outcome)
        } else if case .exited(let code) = outcome.ending, code != 0 {
            record.status = .failed
            record.message = "exited with status \(code) after epoch \(lastEpoch)" + tail(outcome)
        } else if read.epochs.isEmpty {
            record.status = .failed
            record.message = "reported no metrics on \(source)" + tail(outcome)
        } else if let bad = read.epochs.first(where: { e in e.values.values.contains { !$0.isFinite } }) {
            record.status = .diverged
            record.divergedEpoch = bad.epoch
            record.message = "a metric was not finite at epoch \(bad.epoch)"
        } else if lastEpoch < target {
            record.status = .failed
            record.message = "exited 0 after epoch \(lastEpoch) of \(target)"
        } else if lastEpoch > target {
            record.status = .failed
            record.message = "reported epoch \(lastEpoch), beyond the \(target) asked (NNSWEEP_EPOCHS)"
        }
        if target < c.epochs && record.status == .ok { record.trainedThrough = target }
        if record.status == .ok, let missing = names.first(where: { n in read.epochs.last?.values[n] == nil }) {
            record.status = .failed
            record.message = "the last epoch's line has no \(missing), a metric program.metrics declares"
        }
        // A program's text reaches the terminal and the tables as one plain line.
        record.message = oneLine(record.message, limit: 300)
        return record
    }

    /// The metric lines of a file, refused when larger than `maxMetricsBytes` (never read whole).
    static func readMetrics(_ url: URL, names: [String], complete: Bool = false) -> MetricsRead {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > maxMetricsBytes {
            return MetricsRead(
                problem: "larger than \(maxMetricsBytes >> 20) MiB; a metric line per epoch needs far less")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return MetricsRead() }
        return MetricsReader.jsonLines(String(decoding: data, as: UTF8.self), metrics: names, complete: complete)
    }

    /// Epochs as metric lines, in the order of `names`.
    static func lines(_ epochs: [EpochMetrics], names: [String]) -> String {
        epochs.map { e in
            JSONValue.object(
                JSONObject(
                    [("epoch", JSONValue.int(e.epoch))]
                        + names.compactMap { n in e.values[n].map { (n, JSONValue.double($0)) } })
            ).text + "\n"
        }.joined()
    }

    /// `0.5`, `60`: a time limit as the run file gives it.
    static func seconds(_ s: Double) -> String { s == s.rounded() ? "\(Int(s))" : "\(s)" }

    /// "; stderr: the last line it wrote" when it wrote one.
    static func tail(_ o: ProcessOutcome) -> String {
        let last = o.stderrTail.split(separator: "\n").last.map(String.init) ?? ""
        return last.isEmpty ? "" : "; stderr: \(oneLine(last, limit: 200))"
    }

    static func signalName(_ s: Int32) -> String {
        switch s {
        case SIGKILL: "SIGKILL"
        case SIGSEGV: "SIGSEGV"
        case SIGABRT: "SIGABRT"
        case SIGTERM: "SIGTERM"
        case SIGINT: "SIGINT"
        case SIGBUS: "SIGBUS"
        case SIGFPE: "SIGFPE"
        default: "signal \(s)"
        }
    }
}

/// Lines gathered from a reader thread.
final class Lines: @unchecked Sendable {
    /// The most lines kept; a program that prints more epoch lines than this is failed.
    static let limit = 1_000_000
    private let lock = NSLock()
    private var lines: [String] = []
    private(set) var dropped = 0
    func add(_ s: String) {
        lock.withLock {
            if lines.count < Self.limit { lines.append(s) } else { dropped += 1 }
        }
    }
    var all: [String] { lock.withLock { lines } }
}

/// The devices of `program.devices`, each lent to one running cell at a time.
final class DevicePool: @unchecked Sendable {
    private let condition = NSCondition()
    private var free: [String]

    init(_ devices: [String]) { free = devices }

    func take() -> String {
        condition.lock()
        while free.isEmpty { condition.wait() }
        let d = free.removeFirst()
        condition.unlock()
        return d
    }

    func give(_ d: String) {
        condition.lock()
        free.append(d)
        condition.signal()
        condition.unlock()
    }
}
