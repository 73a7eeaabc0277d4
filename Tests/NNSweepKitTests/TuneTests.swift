import Foundation
import NNCluster
import NNCompare
import NNData
import NNEngine
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// A small tuned grid on iris: two optimizers, each with its lr searched on a log grid.
func tunedGrid(
    name: String = "tuned", epochs: Int = 4, tuneExtra: String = "",
    search: String = "optimizer.lr: {log_range: [0.001, 1.0], points: 4}"
) -> String {
    """
    name: \(name)
    data: {builtin: iris, test_fraction: 0.3}
    model: {hidden: [8]}
    batch_size: 16
    epochs: \(epochs)
    grid:
      optimizer:
        SGD: {optimizer: {name: sgd}}
        Adam: {optimizer: {name: adam}}
    tune:
      search:
        \(search)
      seeds: 2
      final_seeds: 3
    \(tuneExtra)
    """
}

func runTune(_ plan: SweepPlan, out: URL, jobs: Int = 1, shard: (Int, Int)? = nil) throws -> TuneRunner.Outcome {
    var o = SweepOptions(out: out)
    o.jobs = jobs
    o.progress = .quiet
    o.shard = shard
    return try TuneRunner(plan: plan, options: o, log: { _ in }).run()
}

func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

/// A CSV file as rows of named fields.
func records(_ url: URL) -> [[String: String]] {
    let rows = CSVTable.rows(text(url))
    guard let header = rows.first else { return [] }
    return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}

@Suite struct TuneParsingTests {
    func expectError(
        _ yaml: String, _ fragments: [String], line: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let e = planError(yaml) else {
            Issue.record("expected an error containing \(fragments)", sourceLocation: sourceLocation)
            return
        }
        for f in fragments { #expect(e.contains(f), "\(e)", sourceLocation: sourceLocation) }
        #expect(!e.contains("\n"), "one line: \(e)", sourceLocation: sourceLocation)
        #expect(e.contains("run.yaml:\(line):"), "\(e)", sourceLocation: sourceLocation)
    }

    func tuned(
        _ search: String, extra: String = "",
        grid: String =
            "  optimizer:\n    SGD: {optimizer: {name: sgd}}\n    Mom: {optimizer: {name: sgd, momentum: 0.9}}\n"
    ) -> String {
        "data: {builtin: iris}\nepochs: 2\ngrid:\n" + grid + "tune:\n  search:\n    " + search + "\n" + extra
    }

    @Test func badSearchKeysAndRanges() {
        // Lines: 1 data, 2 epochs, 3 grid, 4-6 the axis, 7 tune, 8 search, 9 the key.
        expectError(
            tuned("optimizer.lrate: {values: [0.1]}"), ["unknown key in tune.search", "'optimizer.lrate'"], line: 9)
        expectError(tuned("colour: {values: [1]}"), ["unknown key in tune.search", "'colour'"], line: 9)
        expectError(tuned("optimizer.lr: {range: [0.5, 0.1], points: 3}"), ["range [0.5, 0.1] is empty"], line: 9)
        expectError(tuned("optimizer.lr: {values: []}"), ["values is empty"], line: 9)
        expectError(
            tuned("optimizer.lr: {log_range: [0.0, 1.0], points: 3}"), ["log_range needs positive bounds"], line: 9)
        expectError(
            tuned("optimizer.lr: {log_range: [-1, 1.0], points: 3}"), ["log_range needs positive bounds"], line: 9)
        expectError(
            tuned("optimizer.lr: {log_range: [0.001, 1.0], points: 0}"), ["points must be at least 1, got 0"], line: 9)
        expectError(tuned("optimizer.lr: {log_range: [0.001, 1.0]}"), ["needs points"], line: 9)
        expectError(
            tuned("optimizer.lr: {values: [0.1]}", grid: "  optimizer.lr: [0.1, 0.2]\n"),
            ["'optimizer.lr' is also the grid axis 'optimizer.lr'"], line: 7)
    }

    @Test func badTuneSettings() {
        expectError(
            tuned("optimizer.lr: {values: [0.1]}", extra: "  final_seeds: 0\n"), ["tune.final_seeds must be from 1"],
            line: 10)
        expectError(
            tuned("optimizer.lr: {values: [0.1]}", extra: "  sampler: bayes\n"), ["unknown sampler 'bayes'"], line: 10)
        expectError(
            tuned("optimizer.lr: {values: [0.1]}", extra: "  select: {metric: test_accuracy}\n"),
            ["unknown selection metric 'test_accuracy'"], line: 10)
        expectError(
            tuned("optimizer.lr: {values: [0.1]}", extra: "  sampler: random\n"), ["sampler random needs tune.trials"],
            line: 10)
        expectError(
            tuned("optimizer.lr: {values: [0.1]}", extra: "  seeds: 0\n"), ["tune.seeds must be from 1"], line: 10)
        expectError(
            tuned("optimizer.lr: {values: [0.1]}", extra: "  colour: red\n"), ["unknown key in tune", "'colour'"],
            line: 10)
        expectError(
            tuned("optimizer.lr: {values: [0.1]}", extra: "seeds: 3\n"), ["seeds: and tune: cannot be used together"],
            line: 10)
    }

    /// A searched optimizer option that one of the grid's optimizers lacks is an error that names it.
    @Test func anOptimizerWithoutTheSearchedOptionIsNamed() {
        let grid = "  optimizer:\n    SGD: {optimizer: {name: sgd}}\n    Adam: {optimizer: {name: adam}}\n"
        expectError(
            tuned("optimizer.momentum: {values: [0.0, 0.9]}", grid: grid),
            ["optimizer adam", "optimizer=Adam", "no option 'momentum'"], line: 9)
    }

    @Test func theSearchIsEveryGroupTimesTrialTimesSeed() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(
            write(
                tunedGrid(
                    search:
                        "optimizer.lr: {log_range: [0.001, 1.0], points: 4}\n    optimizer.weight_decay: {values: [0.0, 0.01]}"
                ), "t.yaml", in: dir))
        let tune = try #require(plan.tune)
        #expect(tune.trials.count == 8)
        #expect(plan.cells.count == 2 * 8 * 2)
        #expect(plan.axes.map(\.name) == ["optimizer", "optimizer.lr", "optimizer.weight_decay", "seed"])
        #expect(plan.axes[1].values.map(\.label) == ["0.001", "0.01", "0.1", "1"])
        #expect(plan.cells[0].config.optimizer.values["lr"] == .double(0.001))
        let final = try tune.finalPlan(selected: [["0.1", "0.01"], nil])
        #expect(final.cells.count == 3)
        #expect(final.cells.map(\.config.seed) == [3, 4, 5])
        #expect(final.cells.allSatisfy { $0.config.optimizer.values["lr"] == .double(0.1) })
    }

    @Test func randomAndSobolSamplersAreSeededAndInRange() throws {
        let dir = temporaryDirectory()
        for sampler in ["random", "sobol"] {
            let yaml = tunedGrid(
                tuneExtra: "  sampler: \(sampler)\n  trials: 6\n",
                search: "optimizer.lr: {log_range: [0.001, 1.0]}\n    optimizer.weight_decay: {range: [0.0, 0.1]}")
            let a = try #require(try SweepPlan.load(write(yaml, "\(sampler).yaml", in: dir)).tune)
            let b = try #require(try SweepPlan.load(write(yaml, "\(sampler)2.yaml", in: dir)).tune)
            #expect(a.trials == b.trials)
            #expect(a.trials.count == 6)
            for t in a.trials {
                let lr = try #require(Double(t[0]))
                let wd = try #require(Double(t[1]))
                #expect(lr >= 0.001 && lr <= 1.0 && wd >= 0 && wd <= 0.1)
            }
            let c = try #require(
                try SweepPlan.load(write(yaml + "  sampler_seed: 7\n", "\(sampler)3.yaml", in: dir)).tune)
            #expect(c.trials != a.trials)
        }
    }
}

@Suite struct TuneRunTests {
    /// selection.csv says what search/runs.csv says: recomputed here from the table alone
    /// (mean of final_val_loss over the search seeds, lowest first, the smaller lr on a tie).
    @Test func selectionIsRecomputedFromTheSearchTable() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(tunedGrid(), "t.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        let outcome = try runTune(plan, out: out, jobs: 2)
        #expect(outcome.final?.ok == 6)
        var byTrial: [String: [String: [Double]]] = [:]
        for r in records(out.appendingPathComponent("search/runs.csv")) {
            byTrial[r["optimizer"]!, default: [:]][r["optimizer.lr"]!, default: []].append(
                Double(r["final_val_loss"]!)!)
        }
        let selection = records(out.appendingPathComponent("selection.csv"))
        #expect(selection.map { $0["optimizer"]! } == ["SGD", "Adam"])
        for row in selection {
            let trials = try #require(byTrial[row["optimizer"]!])
            #expect(trials.count == 4 && trials.values.allSatisfy { $0.count == 2 })
            let means = trials.mapValues { $0.reduce(0, +) / Double($0.count) }
            let best = means.min { a, b in a.value != b.value ? a.value < b.value : Double(a.key)! < Double(b.key)! }!
            #expect(row["optimizer.lr"] == best.key)
            #expect(abs(Double(row["mean"]!)! - best.value) <= 1e-12 * abs(best.value))
            #expect(
                row["seeds"] == "2" && row["trials"] == "4" && row["epochs_trained"] == "32"
                    && row["epochs_full_search"] == "32")
            let lrs = trials.keys.compactMap(Double.init)
            let onEdge = Double(best.key)! == lrs.min()! || Double(best.key)! == lrs.max()!
            #expect(row["on_edge"] == (onEdge ? "true" : "false"))
        }
        // The final runs are the selected lr of each group with seeds 3 to 5.
        let finals = records(out.appendingPathComponent("runs.csv"))
        #expect(finals.count == 6)
        for r in finals {
            let sel = selection.first { $0["optimizer"] == r["optimizer"] }!
            #expect(r["optimizer.lr"] == sel["optimizer.lr"])
            #expect(["3", "4", "5"].contains(r["seed"]!))
        }
    }

    /// A finished tuned run started again trains nothing and rewrites no table.
    @Test func runningAgainRunsNothingAndChangesNoFile() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(tunedGrid(), "t.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        _ = try runTune(plan, out: out)
        let files = ["selection.csv", "runs.csv", "epochs.csv", "search/runs.csv", "search/epochs.csv"]
        let before = files.map { text(out.appendingPathComponent($0)) }
        let again = try runTune(plan, out: out)
        #expect(again.search.ranNow == 0 && again.final?.ranNow == 0)
        #expect(files.map { text(out.appendingPathComponent($0)) } == before)
    }

    /// Killed at any moment (in the search or in the final phase) and started again, a tuned
    /// run ends with the bytes of an uninterrupted one.
    @Test(arguments: ["search", "final", "halving"])
    func aKilledTunedRunResumesToTheSameBytes(phase: String) throws {
        guard let exe = nnsweepExecutable() else {
            Issue.record("nnsweep executable not found beside the tests")
            return
        }
        let dir = temporaryDirectory()
        let halving = phase == "halving" ? "  halving: {eta: 2, min_epochs: 2}\n" : ""
        let file = write(tunedGrid(name: "killtune", epochs: 6, tuneExtra: halving), "k.yaml", in: dir)
        let out = dir.appendingPathComponent("killed")
        let p = Process()
        p.executableURL = exe
        p.arguments = ["run", file.path, "--out", out.path, "-j", "2", "--quiet", "--no-plots"]
        try p.run()
        let watched =
            phase == "final" ? out.appendingPathComponent("cells") : out.appendingPathComponent("search/cells")
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let n = ((try? FileManager.default.contentsOfDirectory(atPath: watched.path)) ?? []).filter {
                $0.hasSuffix(".json")
            }.count
            if n >= 2 { break }
            Thread.sleep(forTimeInterval: 0.005)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal, "the run was still going when it was killed")
        let (status, _, err) = try runTool(["run", file.path, "--out", out.path, "-j", "2", "--quiet", "--no-plots"])
        #expect(status == 0, "\(err)")
        let clean = dir.appendingPathComponent("clean")
        let (status2, _, _) = try runTool(["run", file.path, "--out", clean.path, "-j", "1", "--quiet", "--no-plots"])
        #expect(status2 == 0)
        #expect(sweepTables(out) == sweepTables(clean))
        #expect(
            sweepTables(out.appendingPathComponent("search")) == sweepTables(clean.appendingPathComponent("search")))
        #expect(
            text(out.appendingPathComponent("selection.csv")) == text(clean.appendingPathComponent("selection.csv")))
        #expect(
            text(out.appendingPathComponent("search/rungs.csv"))
                == text(clean.appendingPathComponent("search/rungs.csv")))
        #expect(sweepTables(out)[0].count == 7)
    }

    /// Shards run the search; the final phase waits for the search to be collected, then the
    /// shards run it; collected, the folder equals one run without shards.
    @Test func shardsRunBothPhasesAroundCollect() throws {
        let dir = temporaryDirectory()
        let file = write(tunedGrid(name: "sharded"), "s.yaml", in: dir)
        let plan = try SweepPlan.load(file)
        let out = dir.appendingPathComponent("sharded")
        for i in 0..<2 {
            let o = try runTune(plan, out: out, shard: (i, 2))
            #expect(o.waiting?.contains("nnsweep collect") == true)
            #expect(o.final == nil)
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("selection.csv").path))
        let first = try TuneRunner.collect(plan: plan, dir: out)
        #expect(first.final == nil && first.message?.contains("run the shards again") == true)
        for i in 0..<2 { #expect(try runTune(plan, out: out, shard: (i, 2)).waiting == nil) }
        let second = try TuneRunner.collect(plan: plan, dir: out)
        #expect(second.final?.missing == 0)
        let clean = dir.appendingPathComponent("clean")
        _ = try runTune(plan, out: clean)
        #expect(sweepTables(out) == sweepTables(clean))
        #expect(
            text(out.appendingPathComponent("selection.csv")) == text(clean.appendingPathComponent("selection.csv")))
    }

    /// A target in select: gives the final runs the first epoch (and seconds) that reach it.
    @Test func timeToTargetColumns() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(
            write(tunedGrid(tuneExtra: "  select: {metric: val_accuracy, target: 0.6}\n"), "t.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        _ = try runTune(plan, out: out)
        let epochs = records(out.appendingPathComponent("epochs.csv"))
        for r in records(out.appendingPathComponent("runs.csv")) {
            let mine = epochs.filter { $0["run_id"] == r["run_id"] }
            let first = mine.first { Double($0["val_accuracy"]!)! >= 0.6 }
            #expect(r["epochs_to_target"] == (first?["epoch"] ?? ""))
            #expect(r["seconds_to_target"]!.isEmpty == (first == nil))
        }
        // The tables still read back.
        #expect(try SweepTables.load(out).runs.count == 6)
        // Without a target there are no such columns.
        #expect(!text(out.appendingPathComponent("search/runs.csv")).contains("epochs_to_target"))
    }

    @Test func badTuneInputExitsWithTwoAndWritesNothing() throws {
        let dir = temporaryDirectory()
        let bad = tunedGrid().replacingOccurrences(of: "final_seeds: 3", with: "final_seeds: 0")
        let file = write(bad, "bad.yaml", in: dir)
        let out = dir.appendingPathComponent("never")
        let (status, stdout, err) = try runTool(["run", file.path, "--out", out.path])
        #expect(status == 2)
        #expect(stdout.isEmpty)
        #expect(err.contains("bad.yaml:14:") && err.contains("final_seeds"), "\(err)")
        #expect(err.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Successive halving: the survivors of each rung continue to the next, and a trial that
    /// reaches the full budget has the epochs rows of the same trial trained straight through.
    @Test func halvingSurvivorsEqualTrialsTrainedStraightThrough() throws {
        let dir = temporaryDirectory()
        let halved = try SweepPlan.load(
            write(tunedGrid(tuneExtra: "  halving: {eta: 2, min_epochs: 1}\n"), "h.yaml", in: dir))
        let full = try SweepPlan.load(write(tunedGrid(), "f.yaml", in: dir))
        #expect(halved.cells.map(\.id) == full.cells.map(\.id))
        let hOut = dir.appendingPathComponent("halved")
        let fOut = dir.appendingPathComponent("full")
        let h = try runTune(halved, out: hOut, jobs: 2)
        _ = try runTune(full, out: fOut, jobs: 2)
        // Rungs of 1, 2 and 4 epochs: 4 trials, then 2, then 1 per group; 2 seeds each.
        #expect(h.halving?.epochsFull == 2 * 4 * 2 * 4)
        #expect(h.halving?.epochsTrained == 2 * 2 * (2 * 1 + 1 * 2 + 1 * 4))
        let rungs = records(hOut.appendingPathComponent("search/rungs.csv"))
        #expect(
            rungs.filter { $0["rung"] == "1" }.count == 8 && rungs.filter { $0["rung"] == "2" }.count == 4
                && rungs.filter { $0["rung"] == "3" }.count == 2)
        #expect(rungs.filter { $0["rung"] == "1" && $0["continued"] == "true" }.count == 4)
        // The trial that reached the last rung is the one selected.
        for row in records(hOut.appendingPathComponent("selection.csv")) {
            let top = rungs.first { $0["rung"] == "3" && $0["optimizer"] == row["optimizer"] }
            #expect(top?["optimizer.lr"] == row["optimizer.lr"])
            #expect(row["epochs_trained"] == "16" && row["epochs_full_search"] == "32")
        }
        // Survivors' epochs rows equal the full search's, byte for byte (less wall-clock time).
        let hEpochs = tableWithoutTimes(hOut.appendingPathComponent("search/epochs.csv"))
        let fEpochs = tableWithoutTimes(fOut.appendingPathComponent("search/epochs.csv"))
        let hRuns = records(hOut.appendingPathComponent("search/runs.csv"))
        let survivors = Set(hRuns.filter { $0["epochs_run"] == "4" }.map { $0["run_id"]! })
        #expect(survivors.count == 4)
        for id in survivors {
            let a = hEpochs.filter { $0[0] == id }
            let b = fEpochs.filter { $0[0] == id }
            #expect(a.count == 4 && a == b)
        }
        // Stopped trials hold the first epochs of the full run.
        for r in hRuns where !survivors.contains(r["run_id"]!) {
            let a = hEpochs.filter { $0[0] == r["run_id"]! }
            #expect(a == Array(fEpochs.filter { $0[0] == r["run_id"]! }.prefix(a.count)))
            #expect(a.count == 1 || a.count == 2)
        }
        // Each stopped cell keeps the state it stopped with; the survivors' states are gone.
        let states = Set(
            try FileManager.default.contentsOfDirectory(atPath: hOut.appendingPathComponent("search/states").path))
        let stopped = hRuns.filter { !survivors.contains($0["run_id"]!) }.map {
            "\($0["run_id"]!).\($0["epochs_run"]!).state"
        }
        #expect(states == Set(stopped))
        // Run again: nothing trains, nothing changes.
        let before = text(hOut.appendingPathComponent("search/rungs.csv"))
        let again = try runTune(halved, out: hOut)
        #expect(again.search.ranNow == 0)
        #expect(text(hOut.appendingPathComponent("search/rungs.csv")) == before)
    }
}

@Suite struct TunePlotTests {
    /// The search's sensitivity figure marks each group's selected point, from selection.csv.
    @Test func theSearchSensitivityFigureMarksTheSelection() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(tunedGrid(), "t.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        _ = try runTune(plan, out: out)
        let search = out.appendingPathComponent("search")
        _ = try Plotter.writeScripts(dir: search)
        let data = text(search.appendingPathComponent("plots/sensitivity-optimizer_lr.dat"))
        let selection = records(out.appendingPathComponent("selection.csv"))
        let marks = data.components(separatedBy: "\n\n").filter { $0.contains("selected: x mean") }
        #expect(marks.count == 2)
        for (mark, row) in zip(marks, selection) {
            let point = mark.split(separator: "\n").last!.split(separator: " ")
            #expect(Double(point[0]) == Double(row["optimizer.lr"]!))
        }
    }
}

@Suite struct TrialContinuationTests {
    /// A cell stopped at a rung continues from its saved state, not from the start: with its own
    /// state it ends as if trained straight through; given another cell's state it does not.
    @Test func aStoppedCellContinuesFromItsSavedState() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(tunedGrid(), "t.yaml", in: dir))
        let a = plan.cells[0]
        let b = plan.cells[1]  // SGD at lr 0.001, seeds 1 and 2
        let data = try PreparedData.prepare(a.config)
        let states = dir.appendingPathComponent("states")
        let straight = try CellRunner.run(a, data: data, dataError: nil, checkpointDirectory: nil)
        let first = try CellRunner.run(
            a, data: data, dataError: nil, checkpointDirectory: nil, through: 2, stateDirectory: states)
        #expect(first.epochs.count == 2 && first.trainedThrough == 2)
        #expect(FileManager.default.fileExists(atPath: ResultsLayout.stateURL(states, a.id, epoch: 2).path))
        let continued = try CellRunner.run(
            a, data: data, dataError: nil, checkpointDirectory: nil, through: 4, previous: first, stateDirectory: states
        )
        func rows(_ r: CellRecord) -> [EpochRecord] {
            r.epochs.map {
                var e = $0
                e.seconds = nil
                return e
            }
        }
        #expect(continued.trainedThrough == nil)
        #expect(rows(continued) == rows(straight))
        #expect(continued.layers == straight.layers)
        // Another cell's state in its place: the continuation starts from those weights.
        _ = try CellRunner.run(
            b, data: data, dataError: nil, checkpointDirectory: nil, through: 2, stateDirectory: states)
        try FileManager.default.removeItem(at: ResultsLayout.stateURL(states, a.id, epoch: 2))
        try FileManager.default.copyItem(
            at: ResultsLayout.stateURL(states, b.id, epoch: 2), to: ResultsLayout.stateURL(states, a.id, epoch: 2))
        let foreign = try CellRunner.run(
            a, data: data, dataError: nil, checkpointDirectory: nil, through: 4, previous: first, stateDirectory: states
        )
        #expect(Array(rows(foreign).prefix(2)) == Array(rows(straight).prefix(2)))
        #expect(Array(rows(foreign).suffix(2)) != Array(rows(straight).suffix(2)))
    }
}

@Suite struct TuneTestPartTests {
    /// Rows of a small two-class CSV: x1, x2, y (a fixed formula, no randomness).
    static func rows(_ range: Range<Int>, flip: Bool = false) -> String {
        var s = "x1,x2,y\n"
        for i in range {
            let x1 = sin(Double(i) * 0.7)
            let x2 = cos(Double(i) * 1.3)
            var y = x1 + 0.5 * x2 > 0 ? 1 : 0
            if flip && i % 3 == 0 { y = 1 - y }
            s += "\(x1),\(x2),\(y)\n"
        }
        return s
    }

    /// Selection reads validation metrics only: permuting the test part's labels changes the
    /// final runs' test numbers and leaves selection.csv byte for byte the same.
    @Test func permutingTheTestLabelsLeavesTheSelectionUnchanged() throws {
        let dir = temporaryDirectory()
        write(Self.rows(0..<150), "train.csv", in: dir)
        write(Self.rows(150..<200), "val.csv", in: dir)
        let yaml = tunedGrid().replacingOccurrences(
            of: "data: {builtin: iris, test_fraction: 0.3}",
            with: "data: {csv: train.csv, target: y, validation_csv: val.csv, test_csv: test.csv}")
        let file = write(yaml, "t.yaml", in: dir)
        var outs: [URL] = []
        for k in 0..<2 {
            // The same test rows, their labels permuted (reversed) the second time.
            var lines = Self.rows(200..<260).split(separator: "\n").map(String.init)
            if k == 1 {
                let labels = lines.dropFirst().map { $0.split(separator: ",").last! }.reversed()
                lines =
                    [lines[0]]
                    + zip(lines.dropFirst(), labels).map {
                        $0.split(separator: ",").dropLast().joined(separator: ",") + ",\($1)"
                    }
            }
            write(lines.joined(separator: "\n") + "\n", "test.csv", in: dir)
            let out = dir.appendingPathComponent("out\(k)")
            _ = try runTune(try SweepPlan.load(file), out: out, jobs: 2)
            outs.append(out)
        }
        let selection = text(outs[0].appendingPathComponent("selection.csv"))
        #expect(!selection.isEmpty)
        #expect(text(outs[1].appendingPathComponent("selection.csv")) == selection)
        // The validation numbers of the search are the same; the test numbers are not.
        let a = records(outs[0].appendingPathComponent("runs.csv"))
        let b = records(outs[1].appendingPathComponent("runs.csv"))
        #expect(a.count == 6 && b.count == 6)
        #expect(a.map { $0["final_val_loss"] } == b.map { $0["final_val_loss"] })
        #expect(a.map { $0["final_test_accuracy"] } != b.map { $0["final_test_accuracy"] })
    }
}

@Suite struct TuneClusterTests {
    /// For a tuned grid, submit.sh chains the search's array and collect, then the final phase's.
    @Test func slurmChainsBothPhases() throws {
        let dir = temporaryDirectory().resolvingSymlinksInPath()
        write(tunedGrid(name: "slurmtune"), "t.yaml", in: dir)
        let (status, _, err) = try runTool(["slurm", "t.yaml", "--shards", "2", "--out", "res"], in: dir)
        #expect(status == 0, "\(err)")
        let slurm = dir.appendingPathComponent("res/slurm")
        let submit = text(slurm.appendingPathComponent("submit.sh"))
        let sweep = slurm.appendingPathComponent("sweep.sbatch").path
        let collect = slurm.appendingPathComponent("collect.sbatch").path
        #expect(
            submit.contains(
                "search=$(sbatch --parsable \(sweep)) && selection=$(sbatch --parsable --dependency=afterany:$search \(collect))"
                    + " && final=$(sbatch --parsable --dependency=afterok:$selection \(sweep)) && sbatch --dependency=afterany:$final \(collect)"
            ))
        // Halving cannot be a job array: one line, status 2, no job written.
        write(tunedGrid(name: "slurmhalving", tuneExtra: "  halving: {eta: 2, min_epochs: 1}\n"), "h.yaml", in: dir)
        let (s2, _, e2) = try runTool(["slurm", "h.yaml", "--out", "hres"], in: dir)
        #expect(s2 == 2 && e2.contains("halving") && e2.split(separator: "\n").count == 1, "\(e2)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("hres/slurm/submit.sh").path))
    }
}
