import Foundation
import NNFigures
import NNPlan
import NNSweepRunner

/// `nnsweep slurm`: a sweep as a Slurm job array. Task I of N runs `nnsweep run FILE --shard I/N`
/// into one results folder on a file system the nodes share; a collect job that waits for the
/// whole array (`afterany`) rebuilds the tables and draws the plots.
public struct SlurmJob: Sendable {
    /// The run file, the results folder and the nnsweep executable, as absolute paths.
    public var file: URL
    public var out: URL
    public var executable: URL
    /// Array tasks, one shard each.
    public var shards: Int
    /// Array tasks running at once (`%K`); nil for no limit.
    public var parallel: Int?
    public var partition: String?
    /// Time limit of each task, in a form sbatch takes (minutes, HH:MM:SS, D-HH:MM, ...).
    public var time: String?
    /// CPUs of each task, which trains that many cells at once (`-j`).
    public var cpus: Int
    /// Memory of each task, as sbatch's `--mem` takes it (`4G`, `500M`, `4096`); nil: the partition's default.
    public var mem: String? = nil
    /// GPUs of each task (`--gpus-per-task`); nil: none asked for.
    public var gpus: Int? = nil
    /// The sweep's name, for the job names.
    public var name: String
    /// A grid with tune: the array and the collect job run twice, for the search and then for
    /// the final phase (which needs the collected search's selection).
    public var tuned = false
    /// `--max-input-bytes`, passed on to the nodes' run and collect when not the default.
    public var maxInputBytes = Limits.defaultMaxInputBytes

    public static let defaultCPUs = 4

    /// About two rounds of cells per task, at most 100 tasks.
    public static func defaultShards(cells: Int, cpus: Int) -> Int {
        max(1, min(100, (cells + 2 * cpus - 1) / (2 * cpus)))
    }

    /// Checks a run file (settings and data of every cell) and the options; throws one line.
    public static func prepare(
        file: String, out: String?, executable: String?, shards: Int?, parallel: Int?,
        partition: String?, time: String?, cpus: Int?, mem: String? = nil, gpus: Int? = nil,
        maxInputBytes: Int = Limits.defaultMaxInputBytes
    ) throws -> (SlurmJob, SweepPlan) {
        if let m = mem,
            m.isEmpty || m.count > 12 || !m.dropLast().allSatisfy(\.isASCIIDigitLike)
                || !(m.last!.isASCIIDigitLike || "KMGT".contains(m.last!)) || m.first == "0"
        {
            throw SweepError(
                "--mem '\(quoted(m))' is not a Slurm memory size; use megabytes or a number with K, M, G or T, such as 4G"
            )
        }
        if let g = gpus, g < 1 { throw SweepError("--gpus must be at least 1, got \(g)") }
        // Every path goes into the scripts: one with a control character (a line break would end
        // a comment or a command there) cannot be written safely, so it is refused.
        try checkScriptable(file, what: "the run file's path")
        if let out { try checkScriptable(out, what: "--out") }
        if let executable { try checkScriptable(executable, what: "--nnsweep") }
        let fileURL = URL(fileURLWithPath: file).standardizedFileURL
        try checkScriptable(fileURL.path, what: "the run file's path")
        let plan = try SweepPlan.load(fileURL, maxInputBytes: maxInputBytes)
        let outURL = URL(fileURLWithPath: out ?? "results/\(plan.name)").standardizedFileURL
        try checkScriptable(outURL.path, what: "the results folder")
        try SweepRunner(plan: plan, options: SweepOptions(out: outURL), log: { _ in }).validate(cache: DataCache())
        try ResultsFolder.checkOwnership(outURL, name: plan.name)

        let cpus = cpus ?? defaultCPUs
        guard cpus >= 1 else { throw SweepError("--cpus must be at least 1, got \(cpus)") }
        let shards = shards ?? defaultShards(cells: plan.cells.count, cpus: cpus)
        guard shards >= 1 else { throw SweepError("--shards must be at least 1, got \(shards)") }
        guard shards <= plan.cells.count else {
            throw SweepError(
                "--shards \(shards) is more than the \(plan.cells.count) cells of \(fileURL.path); use at most \(plan.cells.count)"
            )
        }
        if let k = parallel, k < 1 { throw SweepError("--parallel must be at least 1, got \(k)") }
        if let t = time, !isSlurmTime(t) {
            throw SweepError(
                "--time '\(t)' is not a Slurm time limit; use minutes, HH:MM:SS or D-HH:MM:SS, such as 30 or 2:00:00")
        }
        if let p = partition, p.isEmpty || !p.allSatisfy({ $0.isLetter || $0.isNumber || "_.,-".contains($0) }) {
            throw SweepError(
                "--partition '\(p)' is not a partition name (letters, digits, _ . - and commas between names)")
        }
        // #SBATCH lines are not read by a shell: the folder (for the logs) must need no quoting.
        if let bad = outURL.path.unicodeScalars.first(where: {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control
                || "%'\"\\".unicodeScalars.contains($0)
        }) {
            let what =
                switch bad {
                case "\n", "\r": "a newline"
                case "\t": "a tab"
                case " ": "a space"
                default:
                    bad.properties.generalCategory == .control || bad.properties.isWhitespace
                        ? "a control character (U+\(String(format: "%04X", bad.value)))" : "'\(bad)'"
                }
            throw SweepError(
                "the results folder \(quoted(outURL.path)) contains \(what), which #SBATCH lines cannot hold; choose another with --out"
            )
        }
        let exe: URL
        if let e = executable { exe = URL(fileURLWithPath: e).standardizedFileURL } else { exe = runningExecutable() }
        try checkScriptable(exe.path, what: "the nnsweep executable's path")
        guard FileManager.default.isExecutableFile(atPath: exe.path) else {
            throw SweepError("\(exe.path) is not an executable nnsweep; name it with --nnsweep PATH")
        }
        let name = String(plan.name.map { $0.isLetter || $0.isNumber || "_.-".contains($0) ? $0 : "_" })
        if plan.tune?.spec.halving != nil {
            throw SweepError(
                "\(fileURL.path): a search with tune.halving runs rung by rung in one process and cannot be a job array; run it with nnsweep run (or drop halving)"
            )
        }
        var job = SlurmJob(
            file: fileURL, out: outURL, executable: exe, shards: shards, parallel: parallel, partition: partition,
            time: time, cpus: cpus, name: name)
        job.tuned = plan.tune != nil
        job.mem = mem
        job.gpus = gpus
        job.maxInputBytes = maxInputBytes
        return (job, plan)
    }

    /// The absolute path of this process's executable.
    public static func runningExecutable() -> URL {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: p)
        }
        if let u = Bundle.main.executableURL { return u.resolvingSymlinksInPath() }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Refuses text that no line of a generated script can hold: control characters (a line
    /// break, a carriage return, NUL, escapes) and the Unicode line and paragraph separators.
    static func checkScriptable(_ s: String, what: String) throws {
        if let bad = s.unicodeScalars.first(where: {
            $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
        }) {
            let name =
                bad == "\n"
                ? "a line break"
                : bad == "\r" ? "a carriage return" : String(format: "the control character U+%04X", bad.value)
            throw SweepError(
                "\(what) '\(quoted(s))' contains \(name), which a generated script cannot hold; rename it (or use another folder) and run again"
            )
        }
    }

    /// `s` in a `#` comment line of a script: one line (control characters are refused up front
    /// by `checkScriptable`; any left become spaces).
    static func comment(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }

    /// `s` as one shell word: unchanged when it needs no quoting, otherwise in single quotes.
    public static func shellQuote(_ s: String) -> String {
        let plain =
            !s.isEmpty && s.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "/._-+=:,@".contains($0) }
        return plain ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func isSlurmTime(_ t: String) -> Bool {
        if ["UNLIMITED", "INFINITE"].contains(t.uppercased()) { return true }
        var rest = Substring(t)
        if let dash = rest.firstIndex(of: "-") {
            guard !rest[..<dash].isEmpty, rest[..<dash].allSatisfy(\.isASCIIDigit) else { return false }
            rest = rest[rest.index(after: dash)...]
        }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        return (1...3).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    public var slurmDirectory: URL { out.appendingPathComponent(ResultsLayout.slurm) }
    public var logsDirectory: URL { slurmDirectory.appendingPathComponent(ResultsLayout.slurmLogs) }
    public var sweepScriptURL: URL { slurmDirectory.appendingPathComponent(ResultsLayout.slurmSweepScript) }
    public var collectScriptURL: URL { slurmDirectory.appendingPathComponent(ResultsLayout.slurmCollectScript) }
    public var submitScriptURL: URL { slurmDirectory.appendingPathComponent(ResultsLayout.slurmSubmitScript) }

    /// The `--array` value: tasks 0 to N-1, at most K at once.
    public var arraySpec: String { "0-\(shards - 1)" + (parallel.map { "%\($0)" } ?? "") }

    private var commonOptions: [String] {
        var lines: [String] = []
        if let p = partition { lines.append("#SBATCH --partition=\(p)") }
        if let t = time { lines.append("#SBATCH --time=\(t)") }
        return lines
    }

    private var inputLimitOption: String {
        maxInputBytes == Limits.defaultMaxInputBytes ? "" : " --max-input-bytes \(maxInputBytes)"
    }

    /// The job array: task I runs shard I of N.
    public var sweepScript: String {
        var lines = [
            "#!/bin/bash",
            "#SBATCH --job-name=nnsweep-\(name)",
            "#SBATCH --array=\(arraySpec)",
            "#SBATCH --ntasks=1",
            "#SBATCH --cpus-per-task=\(cpus)"
        ]
        if let mem { lines.append("#SBATCH --mem=\(mem)") }
        if let gpus { lines.append("#SBATCH --gpus-per-task=\(gpus)") }
        lines += commonOptions
        lines += [
            "#SBATCH --output=\(logsDirectory.path)/sweep_%A_%a.out",
            "#",
            "# The sweep \(Self.comment(file.path)) as a Slurm job array: task I of \(shards) trains the cells of",
            "# shard I, \(cpus) at a time, into \(Self.comment(out.path)), which every node must see.",
            "# A failed task can be resubmitted as it is (sbatch --array=I this-file): finished cells are skipped.",
            "set -eu",
            "exec \(Self.shellQuote(executable.path)) run \(Self.shellQuote(file.path)) --out \(Self.shellQuote(out.path)) --shard \"$SLURM_ARRAY_TASK_ID/\(shards)\" -j \(cpus) --quiet"
                + inputLimitOption
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The collect job, submitted to wait for the whole array.
    public var collectScript: String {
        var lines = [
            "#!/bin/bash",
            "#SBATCH --job-name=nnsweep-\(name)-collect",
            "#SBATCH --ntasks=1",
            "#SBATCH --cpus-per-task=1"
        ]
        lines += commonOptions
        lines += [
            "#SBATCH --output=\(logsDirectory.path)/collect_%j.out",
            "#",
            "# Rebuilds the tables of \(Self.comment(out.path)) from its cell records and draws the plots,",
            "# once every task of the sweep's array has ended (submitted with --dependency=afterany).",
            "set -eu",
            "exec \(Self.shellQuote(executable.path)) collect \(Self.shellQuote(out.path)) --file \(Self.shellQuote(file.path))"
                + inputLimitOption
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Submits the array, then the collect job that waits for all of it.
    /// For a tuned grid: the array and collect for the search, then (once that collect has
    /// written the selection) the array and collect again for the final phase.
    public var submitCommand: String {
        let sweep = Self.shellQuote(sweepScriptURL.path)
        let collect = Self.shellQuote(collectScriptURL.path)
        guard tuned else {
            return "jobid=$(sbatch --parsable \(sweep)) && sbatch --dependency=afterany:$jobid \(collect)"
        }
        return
            "search=$(sbatch --parsable \(sweep)) && selection=$(sbatch --parsable --dependency=afterany:$search \(collect))"
            + " && final=$(sbatch --parsable --dependency=afterok:$selection \(sweep)) && sbatch --dependency=afterany:$final \(collect)"
    }

    public var submitScript: String {
        [
            "#!/bin/bash", "# Submits the sweep's job array and the collect job that waits for it.", "set -eu",
            submitCommand
        ]
        .joined(separator: "\n") + "\n"
    }

    /// Writes sweep.sbatch, collect.sbatch and submit.sh into DIR/slurm and creates DIR/slurm/logs;
    /// a new folder gets a manifest saying the sweep is planned, which claims it for the tasks.
    @discardableResult
    public func write(plan: SweepPlan) throws -> [URL] {
        try ResultsFolder.checkOwnership(out, name: plan.name)
        try AtomicFile.createDirectory(out)
        if ResultsFolder.manifestState(out) == .none {
            try Manifest.write(
                plan: plan, dir: out, started: Date(), finished: Date(),
                outcome: SweepOutcome(
                    total: plan.cells.count, ranNow: 0, skipped: 0, ok: 0, diverged: 0, failed: 0, missing: 0),
                planned: true)
        }
        try AtomicFile.createDirectory(logsDirectory)
        let files = [(sweepScriptURL, sweepScript), (collectScriptURL, collectScript), (submitScriptURL, submitScript)]
        for (url, text) in files { try AtomicFile.write(Data(text.utf8), to: url, permissions: 0o755) }
        return files.map(\.0)
    }

    /// What to tell the user once the scripts are written.
    public func instructions(plan: SweepPlan) -> String {
        var perShard = [Int](repeating: 0, count: shards)
        for c in plan.cells { perShard[Shard.of(c.id, count: shards)] += 1 }
        let spread = perShard.min()! == perShard.max()! ? "\(perShard[0])" : "\(perShard.min()!) to \(perShard.max()!)"
        let atOnce = parallel.map { "at most \($0) at once" } ?? "all at once"
        let indent = String(repeating: " ", count: 6)
        return """
            wrote \(sweepScriptURL.path)
            \(indent)\(collectScriptURL.path)
            \(indent)\(submitScriptURL.path)
            \(plan.cells.count) cells of \(plan.name) in \(shards) array tasks (\(spread) cells each, \(cpus) CPU\(cpus == 1 ? "" : "s") each, \(atOnce)); \
            the collect job waits for all of them.
            The nodes must see \(out.path), \(file.path) and \(executable.path) at these paths (a shared file system).

            Submit (or run \(Self.shellQuote(submitScriptURL.path))):
              \(submitCommand)

            Results: \(out.path) (runs.csv, epochs.csv, layers.csv, plots); logs in \(logsDirectory.path).
            A failed or timed-out task can be resubmitted as it is, since finished cells are skipped:
              sbatch --array=I \(Self.shellQuote(sweepScriptURL.path))    then    \(Self.shellQuote(executable.path)) collect \(Self.shellQuote(out.path))
            """
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Character {
    fileprivate var isASCIIDigitLike: Bool { ("0"..."9").contains(self) }
}
