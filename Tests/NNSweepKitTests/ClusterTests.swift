import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// Shards of one sweep writing into one folder, `nnsweep collect`, and the scripts of `nnsweep slurm`.
@Suite struct ClusterTests {
    static let grid = """
        name: shards
        data: {builtin: iris, test_fraction: 0.2}
        model: {hidden: [8]}
        loss: cross_entropy
        optimizer: {name: sgd, lr: 0.1}
        batch_size: 16
        epochs: 4
        grid:
          init: [xavier, he]
          optimizer:
            SGD: {optimizer: {name: sgd, lr: 0.1}}
            Adam: {optimizer: {name: adam, lr: 0.01}}
          seed: [1, 2, 3]
        """

    func temporaries(_ dir: URL) -> [String] {
        let fm = FileManager.default
        return [dir, dir.appendingPathComponent("cells")].flatMap { d in
            ((try? fm.contentsOfDirectory(atPath: d.path)) ?? []).filter { $0.hasSuffix(".tmp") }
        }
    }

    /// Starts processes of the built nnsweep together and waits for all; returns their exit statuses.
    func runTogether(_ argumentLists: [[String]], env: [String: String]? = nil) throws -> [Int32] {
        guard let exe = nnsweepExecutable() else {
            throw NSError(
                domain: "tests", code: 1, userInfo: [NSLocalizedDescriptionKey: "nnsweep executable not found"])
        }
        let processes = argumentLists.map { args -> Process in
            let p = Process()
            p.executableURL = exe
            p.arguments = args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit() }
        return processes.map(\.terminationStatus)
    }

    @Test func threeShardsStartedTogetherGiveTheTablesOfOneRun() throws {
        let dir = temporaryDirectory()
        let file = write(Self.grid, "g.yaml", in: dir)
        let plan = try SweepPlan.load(file)
        let sharded = dir.appendingPathComponent("sharded")
        let statuses = try runTogether(
            (0..<3).map { ["run", file.path, "--out", sharded.path, "--shard", "\($0)/3", "-j", "1", "--quiet"] })
        #expect(statuses == [0, 0, 0])

        let whole = dir.appendingPathComponent("whole")
        let o = try runSweep(plan, out: whole)
        #expect(o.ok == 12)
        let expected = sweepTables(whole)
        #expect(expected[0].count == 13)
        // The shards rebuild the tables one at a time, so the last one left them complete.
        #expect(sweepTables(sharded) == expected)
        #expect(temporaries(sharded).isEmpty)

        // collect rebuilds the same tables, from --file or from the manifest.
        try FileManager.default.removeItem(at: sharded.appendingPathComponent("runs.csv"))
        let (s1, out1, err1) = try runTool(["collect", sharded.path, "--file", file.path, "--no-plots"])
        #expect(s1 == 0, "\(err1)")
        #expect(out1.contains("collected 12 of 12 cells of shards"))
        #expect(sweepTables(sharded) == expected)
        let (s2, _, err2) = try runTool(["collect", sharded.path, "--no-plots"])
        #expect(s2 == 0, "\(err2)")
        #expect(sweepTables(sharded) == expected)
        let manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: sharded.appendingPathComponent("manifest.json")))
            as? [String: Any]
        let counts = manifest?["counts"] as? [String: Int]
        #expect(counts?["ok"] == 12 && counts?["missing"] == 0)
        // collect trains nothing: its line of the run says so.
        #expect((manifest?["this_run"] as? String)?.contains("0 cells trained, 12 already done") == true)
        // The run file, relative to the results folder (no absolute path in a manifest).
        let named = try #require(manifest?["file"] as? String)
        #expect(
            !named.hasPrefix("/")
                && sharded.appendingPathComponent(named).standardizedFileURL.path == file.standardizedFileURL.path,
            "\(named)")
    }

    @Test func collectReportsMissingCellsAndExplainsAFolderWithoutAPlan() throws {
        let dir = temporaryDirectory()
        let file = write(Self.grid, "g.yaml", in: dir)
        let plan = try SweepPlan.load(file)
        let out = dir.appendingPathComponent("out")

        // A folder no shard has finished in: no manifest, no records.
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let (s0, _, e0) = try runTool(["collect", out.path])
        #expect(s0 == 2)
        #expect(e0.contains("no manifest.json") && e0.contains("--file"))
        let (s1, _, e1) = try runTool(["collect", out.path, "--file", file.path])
        #expect(s1 == 2)
        #expect(e1.contains("no cell records"))
        let (s2, _, e2) = try runTool(["collect", dir.appendingPathComponent("nope").path, "--file", file.path])
        #expect(s2 == 2)
        #expect(e2.contains("no such folder"))

        // One shard of three: the others' cells are missing, and collect says so with status 1.
        var o = SweepOptions(out: out)
        o.progress = .quiet
        o.shard = (1, 3)
        let mine = SweepRunner(plan: plan, options: o, log: { _ in }).myCells.count
        _ = try SweepRunner(plan: plan, options: o, log: { _ in }).run()
        let (s3, out3, _) = try runTool(["collect", out.path, "--no-plots"])
        #expect(s3 == 1)
        #expect(out3.contains("collected \(mine) of 12 cells"))
        #expect(out3.contains("\(12 - mine) cells have no valid record yet"))
        #expect(tableWithoutTimes(out.appendingPathComponent("runs.csv")).count == 1 + mine)
    }

    @Test func freshCannotBeCombinedWithAShard() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(Self.grid, "g.yaml", in: dir))
        var o = SweepOptions(out: dir.appendingPathComponent("out"))
        o.shard = (0, 2)
        o.fresh = true
        #expect(throws: SweepError.self) { try SweepRunner(plan: plan, options: o, log: { _ in }).run() }
    }

    @Test(arguments: [1, 2, 3, 5, 12, 40])
    func everyCellIsInExactlyOneShard(count: Int) throws {
        let dir = temporaryDirectory()
        let text = Self.grid.replacingOccurrences(of: "seed: [1, 2, 3]", with: "seed: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]")
        let plan = try SweepPlan.load(write(text, "g.yaml", in: dir))
        #expect(plan.cells.count == 40)
        var seen: [String: Int] = [:]
        for i in 0..<count {
            var o = SweepOptions(out: dir)
            o.shard = (i, count)
            for c in SweepRunner(plan: plan, options: o, log: { _ in }).myCells {
                #expect(seen[c.id] == nil, "cell \(c.id) in shards \(seen[c.id] ?? -1) and \(i)")
                seen[c.id] = i
                #expect(Shard.of(c.id, count: count) == i)
            }
        }
        #expect(Set(seen.keys) == Set(plan.cells.map(\.id)))
        // The assignment depends on the cell's id only, not on the rest of the grid.
        let smaller = try SweepPlan.load(write(Self.grid, "s.yaml", in: dir))
        for c in smaller.cells { #expect(Shard.of(c.id, count: count) == seen[c.id]) }
    }

    @Test func slurmWritesAJobArrayACollectJobAndTheCommandsToSubmitThem() throws {
        let dir = temporaryDirectory().resolvingSymlinksInPath()
        write(Self.grid, "g.yaml", in: dir)
        guard let exe = nnsweepExecutable() else {
            Issue.record("nnsweep executable not found")
            return
        }
        // Relative paths in, absolute paths out.
        let (status, stdout, stderr) = try runTool(
            [
                "slurm", "g.yaml", "--shards", "3", "--parallel", "2", "--partition", "debug",
                "--time", "0:10:00", "--cpus", "2", "--out", "res"
            ], in: dir)
        #expect(status == 0, "\(stderr)")
        let out = dir.appendingPathComponent("res").path
        let file = dir.appendingPathComponent("g.yaml").path
        let slurm = dir.appendingPathComponent("res/slurm")
        let sweep = try String(contentsOf: slurm.appendingPathComponent("sweep.sbatch"), encoding: .utf8)
        let lines = sweep.split(separator: "\n").map(String.init)
        #expect(lines.first == "#!/bin/bash")
        #expect(lines.contains("#SBATCH --array=0-2%2"))
        #expect(lines.contains("#SBATCH --cpus-per-task=2"))
        #expect(lines.contains("#SBATCH --partition=debug"))
        #expect(lines.contains("#SBATCH --time=0:10:00"))
        #expect(lines.contains("#SBATCH --output=\(out)/slurm/logs/sweep_%A_%a.out"))
        let binary = exe.resolvingSymlinksInPath().path
        #expect(lines.last == "exec \(binary) run \(file) --out \(out) --shard \"$SLURM_ARRAY_TASK_ID/3\" -j 2 --quiet")
        #expect(FileManager.default.fileExists(atPath: slurm.appendingPathComponent("logs").path))

        let collect = try String(contentsOf: slurm.appendingPathComponent("collect.sbatch"), encoding: .utf8)
        #expect(collect.contains("#SBATCH --partition=debug\n"))
        #expect(collect.contains("#SBATCH --output=\(out)/slurm/logs/collect_%j.out\n"))
        #expect(collect.contains("exec \(binary) collect \(out) --file \(file)\n"))
        #expect(!collect.contains("--array"))

        let command =
            "jobid=$(sbatch --parsable \(out)/slurm/sweep.sbatch) && sbatch --dependency=afterany:$jobid \(out)/slurm/collect.sbatch"
        #expect(stdout.contains(command))
        #expect(stdout.contains("resubmitted as it is"))
        let submit = try String(contentsOf: slurm.appendingPathComponent("submit.sh"), encoding: .utf8)
        #expect(submit.hasSuffix(command + "\n"))

        // --nnsweep names the binary; no --parallel means no limit.
        let (s2, _, e2) = try runTool(["slurm", file, "--shards", "4", "--out", out, "--nnsweep", exe.path])
        #expect(s2 == 0, "\(e2)")
        let sweep2 = try String(contentsOf: slurm.appendingPathComponent("sweep.sbatch"), encoding: .utf8)
        #expect(sweep2.contains("#SBATCH --array=0-3\n"))
        #expect(!sweep2.contains("--partition") && !sweep2.contains("--time"))
        #expect(sweep2.contains("exec \(exe.standardizedFileURL.path) run "))
    }

    @Test(arguments: [
        (["bad.yaml"], "no such file"),
        (["g.yaml", "--shards", "0"], "--shards must be at least 1"),
        (["g.yaml", "--shards", "13"], "more than the 12 cells"),
        (["g.yaml", "--parallel", "0"], "--parallel must be at least 1"),
        (["g.yaml", "--cpus", "0"], "--cpus must be at least 1"),
        (["g.yaml", "--time", "ten minutes"], "not a Slurm time limit"),
        (["g.yaml", "--partition", "a b"], "not a partition name"),
        (["g.yaml", "--mem", "4X"], "not a Slurm memory size"),
        (["g.yaml", "--mem", "4G\n#SBATCH --x"], "not a Slurm memory size"),
        (["g.yaml", "--gpus", "0"], "--gpus must be at least 1"),
        (["g.yaml", "--nnsweep", "/nonexistent/nnsweep"], "--nnsweep PATH"),
        (["broken.yaml"], "broken.yaml")
    ])
    func slurmRejectsBadInputWithOneLineAndWritesNothing(args: [String], message: String) throws {
        let dir = temporaryDirectory()
        write(Self.grid, "g.yaml", in: dir)
        write(Self.grid.replacingOccurrences(of: "hidden: [8]", with: "hidden: [eight]"), "broken.yaml", in: dir)
        let out = dir.appendingPathComponent("res")
        let (status, stdout, stderr) = try runTool(["slurm"] + args + ["--out", out.path], in: dir)
        #expect(status == 2)
        #expect(stdout.isEmpty)
        #expect(stderr.hasPrefix("nnsweep: ") && stderr.contains(message), "\(stderr)")
        #expect(stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func memoryAndGPUsGoIntoTheArrayScriptOnly() throws {
        let dir = temporaryDirectory()
        let file = write(Self.grid, "g.yaml", in: dir)
        let out = dir.appendingPathComponent("res")
        let (status, _, stderr) = try runTool([
            "slurm", file.path, "--shards", "2", "--mem", "4G", "--gpus", "2", "--out", out.path
        ])
        #expect(status == 0, "\(stderr)")
        let sweep = try String(contentsOf: out.appendingPathComponent("slurm/sweep.sbatch"), encoding: .utf8)
        let collect = try String(contentsOf: out.appendingPathComponent("slurm/collect.sbatch"), encoding: .utf8)
        #expect(sweep.contains("#SBATCH --mem=4G\n#SBATCH --gpus-per-task=2\n"))
        #expect(!collect.contains("--mem") && !collect.contains("--gpus"))
    }

    /// The generated scripts run as Slurm would run them (each task with its SLURM_ARRAY_TASK_ID,
    /// then the collect job) and give the tables of a local run.
    @Test func theGeneratedScriptsRunWithoutSlurmToTheSameTables() throws {
        let dir = temporaryDirectory().resolvingSymlinksInPath()
        let file = write(Self.grid, "g.yaml", in: dir)
        let out = dir.appendingPathComponent("res")
        let (status, _, stderr) = try runTool(["slurm", file.path, "--shards", "3", "--cpus", "1", "--out", out.path])
        #expect(status == 0, "\(stderr)")
        let script = out.appendingPathComponent("slurm/sweep.sbatch").path
        let tasks = (0..<3).map { i -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = [script]
            p.environment = ProcessInfo.processInfo.environment.merging(["SLURM_ARRAY_TASK_ID": "\(i)"]) { $1 }
            return p
        }
        for p in tasks { try p.run() }
        for p in tasks { p.waitUntilExit() }
        #expect(tasks.map(\.terminationStatus) == [0, 0, 0])
        let c = Process()
        c.executableURL = URL(fileURLWithPath: "/bin/bash")
        c.arguments = [out.appendingPathComponent("slurm/collect.sbatch").path]
        c.standardOutput = FileHandle.nullDevice
        c.standardError = FileHandle.nullDevice
        try c.run()
        c.waitUntilExit()
        // Status 0, or 1 when only the plots could not be drawn (gnuplot missing).
        #expect(c.terminationStatus == 0 || (c.terminationStatus == 1 && Gnuplot.locate() == nil))
        let whole = dir.appendingPathComponent("whole")
        try runSweep(try SweepPlan.load(file), out: whole)
        #expect(sweepTables(out) == sweepTables(whole))
    }
}
