import ArgumentParser
import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner

struct Collect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild a sweep's tables and plots from its cell records.",
        discussion:
            "For a folder that shards of a sweep (nnsweep run --shard I/N) wrote into: rewrites runs.csv, epochs.csv, layers.csv and manifest.json from DIR/cells, then draws the plots. Exits with status 1 when cells are missing or failed."
    )

    @Argument(help: "The results folder.") var dir: String
    @Option(help: "The run file (default: the one recorded in DIR/manifest.json).") var file: String?
    @Flag(help: "Rebuild the tables only.") var noPlots = false
    @Option(help: formatHelp) var format: PlotFormat?
    @Option(name: .customLong("max-input-bytes"), help: maxInputBytesHelp) var maxInputBytes = Limits
        .defaultMaxInputBytes

    func validate() throws {
        try requireAtLeastOne(maxInputBytes, "--max-input-bytes")
        if format != nil && noPlots {
            throw ValidationError("--format chooses the figures' images; it cannot be combined with --no-plots")
        }
    }

    func run() throws {
        let out = URL(fileURLWithPath: dir)
        let plan: SweepPlan
        let outcome: Collector.Outcome
        do {
            plan = try Collector.plan(
                dir: out, file: file.map { URL(fileURLWithPath: $0) }, maxInputBytes: maxInputBytes)
            installInterruptHandlers(message: "interrupted; run the same command again")
            if plan.tune != nil {
                let (search, final, message) = try TuneRunner.collect(plan: plan, dir: out)
                print(
                    "collected \(search.total - search.missing) of \(search.total) search cells of \(plan.name): \(search.ok) ok, \(search.diverged) diverged, \(search.failed) failed"
                )
                if let message { print(message) }
                guard let final else { throw ExitCode(search.missing > 0 ? 1 : 0) }
                outcome = final
            } else {
                outcome = try Collector.collect(plan: plan, dir: out)
            }
        } catch let e as ExitCode { throw e } catch { fail(error) }
        print(
            "collected \(outcome.total - outcome.missing) of \(outcome.total) cells of \(plan.name): "
                + "\(outcome.ok) ok, \(outcome.diverged) diverged, \(outcome.failed) failed; tables in \(out.standardizedFileURL.path)"
        )
        for line in outcome.invalid.prefix(5) { stderrLine("nnsweep: warning: \(line); counted as missing") }
        if outcome.invalid.count > 5 {
            stderrLine("nnsweep: warning: \(outcome.invalid.count - 5) more invalid records")
        }
        if outcome.missing > 0 {
            print(
                "\(outcome.missing) cells have no valid record yet: rerun the sweep or its shards (finished cells are skipped; invalid records are moved to invalid/ and redone), then collect again"
            )
        }
        if outcome.strays > 0 {
            print(
                "\(outcome.strays) records in \(out.appendingPathComponent(ResultsLayout.cells).path) belong to no cell of \(plan.file.path) (left out)"
            )
        }
        var status: Int32 = outcome.missing > 0 || outcome.failed > 0 ? 1 : 0
        if !noPlots {
            do { print(try Collector.drawPlots(dir: out, format: format)) } catch {
                stderrLine("nnsweep: plots: \(error) (the tables are complete; --no-plots skips the plots)")
                status = 1
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}

struct Slurm: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write sbatch scripts that run a sweep as a Slurm job array.",
        discussion:
            "Writes DIR/slurm/sweep.sbatch (array task I runs shard I of N), DIR/slurm/collect.sbatch (rebuilds the tables and draws the plots once the whole array has ended) and DIR/slurm/submit.sh, and prints the sbatch commands. DIR must be on a file system that every node shares. A failed task can be resubmitted as it is: finished cells are skipped."
    )

    @Argument(help: "The run file (YAML).") var file: String
    @Option(help: "Array tasks, one shard of the grid each (default: about two rounds of cells per task, at most 100).")
    var shards: Int?
    @Option(help: "Array tasks running at once (default: no limit).") var parallel: Int?
    @Option(help: "Slurm partition.") var partition: String?
    @Option(help: "Time limit of each task (minutes, HH:MM:SS or D-HH:MM:SS).") var time: String?
    @Option(help: "CPUs of each task, which trains that many cells at once (default: \(SlurmJob.defaultCPUs)).")
    var cpus: Int?
    @Option(help: "Memory of each task, as sbatch takes it (such as 4G; default: the partition's).") var mem: String?
    @Option(help: "GPUs of each task (#SBATCH --gpus-per-task); with program.devices, each running cell gets one.")
    var gpus: Int?
    @Option(help: "Results folder (default: results/<name>).") var out: String?
    @Option(help: "The nnsweep executable the nodes run (default: this one).") var nnsweep: String?
    @Option(name: .customLong("max-input-bytes"), help: maxInputBytesHelp) var maxInputBytes = Limits
        .defaultMaxInputBytes

    func validate() throws { try requireAtLeastOne(maxInputBytes, "--max-input-bytes") }

    func run() throws {
        do {
            let (job, plan) = try SlurmJob.prepare(
                file: file, out: out, executable: nnsweep, shards: shards, parallel: parallel,
                partition: partition, time: time, cpus: cpus, mem: mem, gpus: gpus, maxInputBytes: maxInputBytes)
            try job.write(plan: plan)
            print(job.instructions(plan: plan))
        } catch { fail(error) }
    }
}
