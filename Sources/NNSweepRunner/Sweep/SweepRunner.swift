import Foundation
import NNData
import NNEngine
import NNPlan
import NNProgram
import NNStatistics

public enum NNSweepVersion { public static let current = "0.1.0" }

public struct SweepOptions: Sendable {
    public var out: URL
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    public var fresh = false
    /// OpenBLAS threads inside each cell (1 keeps results identical whatever -j).
    public var blasThreads = 1
    public var progress: ProgressStyle = .auto
    /// Run only the cells of shard `index` of `count` (stable by cell id).
    public var shard: (index: Int, count: Int)? = nil
    /// Successive halving's rung: run only these cells, each through this many epochs; a cell
    /// whose record stops short of it is continued.
    public var budget: [String: Int]? = nil
    /// Draw the figures and report.html of the sweep so far every this many seconds while it
    /// runs (nil: only at the end, by the caller).
    public var liveSeconds: Double? = nil
    /// What drawing the figures and report.html of a results folder is (the figures module's
    /// `Plotter.plotSweep`): the sweep knows when to draw, not how.
    public var drawFigures: (@Sendable (URL) throws -> Void)? = nil
    /// A running cell publishes its finished epochs (`cells/<id>.partial`) at most this often.
    public var publishSeconds = 1.0

    public enum ProgressStyle: Sendable { case auto, quiet }

    public init(out: URL) { self.out = out }
}

public struct SweepOutcome: Sendable {
    public var total: Int
    public var ranNow: Int
    public var skipped: Int
    public var ok: Int
    public var diverged: Int
    public var failed: Int
    public var missing: Int

    package init(total: Int, ranNow: Int, skipped: Int, ok: Int, diverged: Int, failed: Int, missing: Int) {
        (self.total, self.ranNow, self.skipped, self.ok) = (total, ranNow, skipped, ok)
        (self.diverged, self.failed, self.missing) = (diverged, failed, missing)
    }
}

/// Runs the cells of a plan that have no record yet, in parallel, and rebuilds the tables.
public final class SweepRunner: @unchecked Sendable {
    public let plan: SweepPlan
    public let options: SweepOptions
    let log: (String) -> Void

    public init(plan: SweepPlan, options: SweepOptions, log: @escaping (String) -> Void) {
        self.plan = plan
        self.options = options
        self.log = log
    }

    var cellsDir: URL { options.out.appendingPathComponent(ResultsLayout.cells) }

    /// The cells this process is responsible for.
    public var myCells: [Cell] {
        if let b = options.budget { return plan.cells.filter { b[$0.id] != nil } }
        guard let s = options.shard else { return plan.cells }
        return plan.cells.filter { Shard.of($0.id, count: s.count) == s.index }
    }

    /// Checks every cell's data and settings, so that bad input stops the sweep before any cell
    /// trains. Every cell is checked, and the cells that cannot run are all reported (the first
    /// ones by name).
    package func validate(cache: DataCache) throws {
        try Self.checkColumns(plan)
        var problems: [String] = []
        for cell in myCells {
            let label = plan.axes.isEmpty ? "" : " (cell \(cell.label(plan.axes)))"
            // A program cell's command, placeholders and executable were checked with the plan.
            if cell.config.program != nil { continue }
            do {
                let data = try cache.get(cell.config)
                _ = try CellRunner.build(cell, data: data)
            } catch {
                problems.append(oneLine("\(label): \(error)"))
            }
        }
        guard let first = problems.first else { return }
        if problems.count == 1 { throw SweepError("\(plan.file.path)\(first)") }
        let shown = problems.prefix(5).map { "  " + oneLine(String($0.dropFirst()), limit: 300) }
        let more = problems.count > 5 ? ["  ... and \(problems.count - 5) more"] : []
        throw SweepError(
            (["\(plan.file.path): \(problems.count) of \(myCells.count) cells cannot run:"] + shown + more).joined(
                separator: "\n"))
    }

    /// A program file's axis and metric names become columns beside nnsweep's own: a name that
    /// would give a table a column twice (an axis `status`, a metric `run_id`) is refused.
    static func checkColumns(_ plan: SweepPlan) throws {
        guard plan.cells.first?.config.program != nil else { return }
        let h = SweepTables.headers(plan)
        let axes = Set(plan.axes.map(\.name))
        for (table, header) in [(ResultsLayout.runs, h.runs), (ResultsLayout.epochs, h.epochs)] {
            var seen = Set<String>()
            for name in header where !seen.insert(name).inserted {
                throw SweepError(
                    "\(plan.file.path): \(axes.contains(name) ? "the grid axis" : "the metric") '\(quoted(name))' would be a second column '\(quoted(name))' of \(table), which nnsweep's own columns already use; "
                        + (axes.contains(name)
                            ? "give the parameter another name, or nest it (such as train.\(name))"
                            : "report the metric under another name"))
            }
        }
    }

    public func run() throws -> SweepOutcome {
        if options.fresh && options.shard != nil {
            throw SweepError(
                "--fresh cannot be combined with --shard: it would delete the cells of the other shards; delete \(options.out.path) or run once without --shard --fresh"
            )
        }
        let cache = DataCache()
        try validate(cache: cache)
        let doubled = myCells.filter { CellRunner.doubleSoftmax($0.config) }
        if let first = doubled.first {
            let which =
                plan.axes.isEmpty
                ? "the model" : "\(doubled.count) of \(myCells.count) cells (first: \(first.label(plan.axes)))"
            log(
                "warning: \(which) ends in softmax and trains with cross_entropy, which applies softmax again: the loss is the cross-entropy of the probabilities, as in PyTorch (end in the last linear for the usual loss)"
            )
        }
        try ResultsFolder.checkOwnership(options.out, name: plan.name)
        try AtomicFile.createDirectory(cellsDir)
        let lock = try DirectoryLock(options.out, shared: options.shard != nil)
        defer { lock.release() }
        if options.fresh {
            try ResultsFolder.clear(options.out, name: plan.name)
            try AtomicFile.createDirectory(cellsDir)
        }
        Self.cleanTemporaries(options.out, shared: options.shard != nil)
        // The manifest claims the folder before any cell is written, so that a run stopped at
        // any moment leaves a folder that nnsweep knows as its own (ResultsFolder).
        if ResultsFolder.manifestState(options.out) == .none || SweepTables.isPlanned(options.out) {
            try Manifest.write(
                plan: plan, dir: options.out, started: Date(), finished: Date(),
                outcome: SweepOutcome(
                    total: plan.cells.count, ranNow: 0, skipped: 0, ok: 0, diverged: 0, failed: 0, missing: 0),
                running: true)
        }
        let mine = myCells
        let decoder = SweepTables.decoder()
        var pending: [Cell] = []
        var previous: [String: CellRecord] = [:]
        for cell in mine {
            switch ResultsFolder.lookup(options.out, cell, decoder: decoder) {
            case .valid(let r):
                if let b = options.budget?[cell.id], r.status == .ok, r.epochs.count < min(b, cell.config.epochs) {
                    previous[cell.id] = r
                    pending.append(cell)
                }
            case .missing: pending.append(cell)
            case .invalid(let why):
                let moved = try ResultsFolder.quarantine(options.out, cell.id)
                log(
                    "warning: cells/\(cell.id).json is not a valid record of its cell (\(why)); moved to \(moved.path), the cell runs again"
                )
                pending.append(cell)
            }
        }
        let started = Date()
        let skipped = mine.count - pending.count
        if !pending.isEmpty && options.shard == nil {
            // Readers (nnsweep plot, the report) build the tables from the records while the
            // sweep runs; the manifest written at the end replaces this one.
            for name in (try? FileManager.default.contentsOfDirectory(atPath: cellsDir.path)) ?? []
            where name.hasSuffix("." + ResultsLayout.partialExtension) {
                try? FileManager.default.removeItem(at: cellsDir.appendingPathComponent(name))
            }
            try Manifest.write(
                plan: plan, dir: options.out, started: started, finished: started,
                outcome: SweepOutcome(
                    total: plan.cells.count, ranNow: 0, skipped: skipped, ok: 0, diverged: 0, failed: 0, missing: 0),
                running: true)
        }
        if pending.isEmpty {
            log(
                "nothing to run: all \(mine.count) cells of \(plan.name) already have results in \(options.out.path) (--fresh starts over)"
            )
        } else {
            if skipped > 0 { log("resuming: \(skipped) of \(mine.count) cells already done, \(pending.count) to run") }
            try runCells(pending, cache: cache, previous: previous)
        }
        // Nothing ran and nothing was moved aside: the tables and the manifest stay as they are,
        // so a rerun with nothing to do changes no file.
        let fm = FileManager.default
        let complete = [ResultsLayout.runs, ResultsLayout.epochs, ResultsLayout.layers, ResultsLayout.manifest]
            .allSatisfy {
                fm.fileExists(atPath: options.out.appendingPathComponent($0).path)
            }
        if pending.isEmpty && complete && options.shard == nil {
            var outcome = SweepOutcome(
                total: plan.cells.count, ranNow: 0, skipped: skipped, ok: 0, diverged: 0, failed: 0, missing: 0)
            for cell in plan.cells {
                switch ResultsFolder.lookup(options.out, cell, decoder: decoder) {
                case .valid(let r) where r.status == .ok: outcome.ok += 1
                case .valid(let r) where r.status == .diverged: outcome.diverged += 1
                case .valid: outcome.failed += 1
                default: outcome.missing += 1
                }
            }
            return outcome
        }
        return try SweepTables.rebuild(
            plan: plan, dir: options.out, started: started, ranNow: pending.count, skipped: skipped)
    }

    /// Removes temporary files that a killed process left behind (see `AtomicFile.removeStale`).
    static func cleanTemporaries(_ out: URL, shared: Bool) {
        AtomicFile.removeStale(in: ResultsLayout.temporaryFolders(out), shared: shared)
    }

    func runCells(_ cells: [Cell], cache: DataCache, previous: [String: CellRecord] = [:]) throws {
        let progress = Progress(total: cells.count, axes: plan.axes, style: options.progress, log: log)
        let queue = WorkQueue(cells)
        var workers = max(1, min(options.jobs, cells.count))
        // Every running program's group must be in the list a stopping nnsweep reads.
        if cells.contains(where: { $0.config.program != nil }) { workers = min(workers, ProcessGroups.capacity) }
        // Cells run in parallel. When there are fewer cells than jobs, each cell shares its
        // element-wise optimizer updates among the spare cores, which changes no result. The
        // matrix products use `blasThreads` (default 1): OpenBLAS gives different last bits with
        // different thread counts, so more than one is an opt-in for one large network.
        let threadsPerCell = max(1, options.jobs / workers)
        BLAS.setThreads(options.blasThreads)
        let group = DispatchGroup()
        let out = options.out
        let states = options.budget == nil ? nil : out.appendingPathComponent(ResultsLayout.states)
        let publishNanoseconds = UInt64(max(0, options.publishSeconds) * 1e9)
        let live = options.liveSeconds.flatMap { seconds in
            options.drawFigures.map { LiveDrawing(dir: out, seconds: seconds, draw: $0, log: log) }
        }
        defer { live?.stop() }
        let devices = plan.cells.first?.config.program.flatMap {
            $0.spec.devices.isEmpty ? nil : DevicePool($0.spec.devices)
        }
        for _ in 0..<workers {
            group.enter()
            let t = Thread {
                defer { group.leave() }
                while let cell = queue.next() {
                    progress.started(cell)
                    if let program = cell.config.program {
                        do {
                            let device = devices?.take()
                            defer { if let device { devices?.give(device) } }
                            let record = try ProgramCellRunner.run(
                                cell, program: program, out: out, device: device,
                                through: self.options.budget?[cell.id], previous: previous[cell.id])
                            try AtomicFile.write(SweepTables.encode(record), to: ResultsLayout.recordURL(out, cell.id))
                            progress.finished(cell, record)
                        } catch {
                            queue.stop(error)
                        }
                        continue
                    }
                    var data: PreparedData?
                    var dataError: Error?
                    do { data = try cache.get(cell.config) } catch { dataError = error }
                    do {
                        // The epochs finished so far, appended for readers at most every publishSeconds.
                        let partial = PartialRecordWriter(
                            url: ResultsLayout.partialURL(out, cell.id), interval: publishNanoseconds)
                        let record = try CellRunner.run(
                            cell, data: data, dataError: dataError,
                            checkpointDirectory: out.appendingPathComponent(ResultsLayout.checkpoints),
                            threads: threadsPerCell, through: self.options.budget?[cell.id],
                            previous: previous[cell.id], stateDirectory: states, publish: partial.publish)
                        partial.close()
                        try AtomicFile.write(SweepTables.encode(record), to: ResultsLayout.recordURL(out, cell.id))
                        if partial.wrote { try? FileManager.default.removeItem(at: partial.url) }
                        // The state the cell continued from is superseded by the new record.
                        if let p = previous[cell.id], let states {
                            try? FileManager.default.removeItem(
                                at: ResultsLayout.stateURL(states, cell.id, epoch: p.epochs.count))
                        }
                        progress.finished(cell, record)
                    } catch {
                        queue.stop(error)
                    }
                }
            }
            t.stackSize = 8 << 20
            t.start()
        }
        group.wait()
        progress.end()
        if let e = queue.error as? FileWriteError { throw e }
        if let e = queue.error { throw SweepError("cannot write a cell record in \(cellsDir.path): \(e)") }
    }
}

/// The cells still to run, handed out one at a time to the worker threads.
final class WorkQueue: @unchecked Sendable {
    private let cells: [Cell]
    private var position = 0
    private(set) var error: Error?
    private let lock = NSLock()

    init(_ cells: [Cell]) { self.cells = cells }

    func next() -> Cell? {
        lock.lock()
        defer { lock.unlock() }
        guard error == nil, position < cells.count else { return nil }
        position += 1
        return cells[position - 1]
    }

    func stop(_ e: Error) {
        lock.lock()
        error = e
        lock.unlock()
    }
}

/// Stable assignment of cells to shards by id.
public enum Shard {
    public static func of(_ id: String, count: Int) -> Int {
        Int(Hashing.fnv1a64(id) % UInt64(count))
    }
}

/// `--live`: draws the figures and report.html of the sweep so far every `seconds` while the
/// cells train, on a thread of its own (one drawing at a time; a drawing that fails is reported
/// once and tried again at the next turn).
final class LiveDrawing: @unchecked Sendable {
    private let condition = NSCondition()
    private var stopped = false, finished = false
    private let log: (String) -> Void

    init(dir: URL, seconds: Double, draw: @escaping @Sendable (URL) throws -> Void, log: @escaping (String) -> Void) {
        self.log = log
        let t = Thread { [self] in
            var warned = false
            while true {
                condition.lock()
                if !stopped { _ = condition.wait(until: Date(timeIntervalSinceNow: seconds)) }
                let stop = stopped
                condition.unlock()
                if stop { break }
                do { try draw(dir) } catch {
                    if !warned { self.log("warning: the live figures were not drawn: \(error)") }
                    warned = true
                }
            }
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        t.start()
    }

    /// Stops the drawing and waits for one under way to end.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
