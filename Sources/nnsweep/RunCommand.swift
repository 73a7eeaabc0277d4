import ArgumentParser
import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the network of a run file, or every cell of its grid.",
        discussion:
            "Results go to DIR (default results/<name>): runs.csv, epochs.csv, layers.csv, manifest.json, one record per cell in cells/. Running again skips finished cells."
    )

    @Argument(help: "The run file (YAML).") var file: String
    @Option(name: .long, help: "Results folder (default: results/<name>).") var out: String?
    @Option(name: .short, help: "Cells trained at once (default: the number of cores).") var j: Int?
    @Flag(help: "Discard earlier results in the folder and start over.") var fresh = false
    @Flag(help: "No progress output.") var quiet = false
    @Flag(name: .customLong("dry-run"), help: "List the cells and their count without training.") var dryRun = false
    @Option(
        help: ArgumentHelp("Run only shard I of N (from 0), for clusters.", valueName: "I/N"),
        transform: ShardArgument.init(parsing:))
    var shard: ShardArgument?
    @Option(
        name: .customLong("blas-threads"),
        help:
            "Threads inside each matrix product (default 1). More speeds up one large network, but results then differ in the last bits between thread counts."
    ) var blasThreads = 1
    @Flag(name: .customLong("no-plots"), help: "Do not draw the figures and report at the end.") var noPlots = false
    @Option(help: formatHelp) var format: PlotFormat?
    @Option(
        name: .customLong("live"),
        help: ArgumentHelp(
            "Draw the figures and report.html of the sweep so far every this many seconds while it runs (default: only at the end; 'nnsweep plot DIR' draws a running sweep at any time).",
            valueName: "seconds"))
    var live: Double?
    @Option(
        name: .customLong("max-cells"),
        help: "Refuse grids with more cells than this (default: \(Limits.defaultMaxCells)).") var maxCells = Limits
        .defaultMaxCells
    @Option(name: .customLong("max-input-bytes"), help: maxInputBytesHelp) var maxInputBytes = Limits
        .defaultMaxInputBytes

    func validate() throws {
        try requireAtLeastOne(j, "-j")
        try requireAtLeastOne(blasThreads, "--blas-threads")
        try requireAtLeastOne(maxCells, "--max-cells")
        try requireAtLeastOne(maxInputBytes, "--max-input-bytes")
        if let live, !(live > 0) { throw ValidationError("--live must be more than 0 seconds, got \(live)") }
        if format != nil && noPlots {
            throw ValidationError("--format chooses the figures' images; it cannot be combined with --no-plots")
        }
        if live != nil && noPlots {
            throw ValidationError("--live draws figures while the sweep runs; it cannot be combined with --no-plots")
        }
    }

    func run() throws {
        let plan = loadPlan(file, maxCells: maxCells, maxInputBytes: maxInputBytes)
        if dryRun {
            let axes = plan.axes
            print((["#", "run_id"] + axes.map(\.name)).joined(separator: "\t"))
            for c in plan.cells { print((["\(c.index + 1)", c.id] + c.axisValues).joined(separator: "\t")) }
            print(
                "\(plan.cells.count) cells" + (plan.excluded > 0 ? " (\(plan.excluded) excluded)" : "")
                    + (axes.isEmpty
                        ? "" : " = " + axes.map { "\($0.values.count) \($0.name)" }.joined(separator: " x ")))
            if let t = plan.tune {
                print(
                    "(the search; then the selected setting of each of the \(t.groups.count) groups x \(t.spec.finalSeeds) final seeds)"
                )
            }
            return
        }
        var options = SweepOptions(out: URL(fileURLWithPath: out ?? "results/\(plan.name)"))
        if let jobs = j { options.jobs = jobs }
        options.fresh = fresh
        options.blasThreads = blasThreads
        options.progress = quiet ? .quiet : .auto
        if let s = shard { options.shard = (s.index, s.count) }
        options.liveSeconds = shard == nil ? live : nil
        options.drawFigures = { try Plotter.plotSweep(dir: $0, format: format) }
        installInterruptHandlers()
        if plan.tune != nil { return try runTuned(plan, options) }
        let runner = SweepRunner(plan: plan, options: options, log: { if !quiet { stderrLine($0) } })
        let outcome: SweepOutcome
        do { outcome = try runner.run() } catch { fail(error) }
        var plotStatus: Int32 = 0
        if !noPlots && options.shard == nil {
            do { try Plotter.plotSweep(dir: options.out, format: format) } catch PlotError.gnuplotMissing {
                stderrLine("nnsweep: " + GnuplotError.installHint)
                plotStatus = 3
            } catch {
                stderrLine("nnsweep: \(error)")
                plotStatus = 1
            }
        }
        if !quiet {
            print(SweepSummary.render(plan: plan, dir: options.out))
            var line = "\(outcome.ok) ok, \(outcome.diverged) diverged, \(outcome.failed) failed"
            if outcome.missing > 0 {
                line += ", \(outcome.missing) not run" + (options.shard != nil ? " (other shards)" : "")
            }
            print(line + "; results in \(options.out.path)")
        }
        if outcome.failed > 0 { throw ExitCode(1) }
        if plotStatus != 0 { throw ExitCode(plotStatus) }
    }

    /// A grid with tune: the search, the selection and the final runs.
    func runTuned(_ plan: SweepPlan, _ options: SweepOptions) throws {
        let runner = TuneRunner(plan: plan, options: options, log: { if !quiet { stderrLine($0) } })
        let outcome: TuneRunner.Outcome
        do { outcome = try runner.run() } catch { fail(error) }
        var plotStatus: Int32 = 0
        if !noPlots && options.shard == nil {
            var dirs = [ResultsLayout.searchURL(options.out)]
            if outcome.final != nil { dirs.append(options.out) }
            for dir in dirs {
                do { try Plotter.plotSweep(dir: dir, format: format) } catch PlotError.gnuplotMissing {
                    stderrLine("nnsweep: " + GnuplotError.installHint)
                    plotStatus = 3
                    break
                } catch {
                    stderrLine("nnsweep: \(error)")
                    plotStatus = 1
                }
            }
        }
        if !quiet {
            if let final = outcome.finalPlan, outcome.final != nil {
                print(SweepSummary.render(plan: final, dir: options.out))
            }
            print(TuneSummary.render(outcome, tune: runner.tune))
            var line =
                "search: \(outcome.search.ok) ok, \(outcome.search.diverged) diverged, \(outcome.search.failed) failed"
            if let f = outcome.final { line += "; final: \(f.ok) ok, \(f.diverged) diverged, \(f.failed) failed" }
            print(line + "; results in \(options.out.path)")
        }
        if (outcome.final?.failed ?? 0) > 0 { throw ExitCode(1) }
        if plotStatus != 0 { throw ExitCode(plotStatus) }
    }
}
