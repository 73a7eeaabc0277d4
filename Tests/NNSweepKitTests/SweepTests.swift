import Foundation
import NNCluster
import NNCompare
import NNData
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

@Suite struct SweepTests {

    @Test func resultsDoNotDependOnJobs() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(smallGrid, "g.yaml", in: dir))
        try runSweep(plan, out: dir.appendingPathComponent("j1"), jobs: 1)
        try runSweep(plan, out: dir.appendingPathComponent("j2"), jobs: 2)
        try runSweep(plan, out: dir.appendingPathComponent("j4"), jobs: 4)
        let t1 = sweepTables(dir.appendingPathComponent("j1"))
        #expect(t1[0].count == 9)  // header + 8 cells
        #expect(t1[1].count == 1 + 8 * 3)  // 3 epochs each
        #expect(t1 == sweepTables(dir.appendingPathComponent("j2")))
        #expect(t1 == sweepTables(dir.appendingPathComponent("j4")))
    }

    /// One cell with spare jobs shares its optimizer updates among threads: same bits as one thread.
    @Test func spareThreadsInsideACellChangeNoResult() throws {
        let dir = temporaryDirectory()
        let text =
            "data: {builtin: digits}\nmodel: {hidden: [512, 256]}\noptimizer: {name: adam, lr: 0.001}\nbatch_size: 128\nepochs: 1\ncheckpoint: true\n"
        let plan = try SweepPlan.load(write(text, "w.yaml", in: dir))
        try runSweep(plan, out: dir.appendingPathComponent("j1"), jobs: 1)
        try runSweep(plan, out: dir.appendingPathComponent("j3"), jobs: 3)
        let ck = "checkpoints/\(plan.cells[0].id).safetensors"
        #expect(
            try Data(contentsOf: dir.appendingPathComponent("j1/" + ck))
                == Data(contentsOf: dir.appendingPathComponent("j3/" + ck)))
        #expect(sweepTables(dir.appendingPathComponent("j1")) == sweepTables(dir.appendingPathComponent("j3")))
    }

    @Test func rerunSkipsFinishedCellsAndResumesMissingOnes() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(smallGrid, "g.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        let first = try runSweep(plan, out: out)
        #expect(first.ranNow == 8 && first.ok == 8)
        let clean = sweepTables(out)
        let again = try runSweep(plan, out: out)
        #expect(again.ranNow == 0 && again.skipped == 8)
        #expect(sweepTables(out) == clean)
        // A sweep interrupted between cells: two records missing.
        for c in plan.cells.prefix(2) { try FileManager.default.removeItem(at: ResultsLayout.recordURL(out, c.id)) }
        let resumed = try runSweep(plan, out: out)
        #expect(resumed.ranNow == 2 && resumed.skipped == 6)
        #expect(sweepTables(out) == clean)
        // --fresh starts over.
        let fresh = try runSweep(plan, out: out, fresh: true)
        #expect(fresh.ranNow == 8)
        #expect(sweepTables(out) == clean)
    }

    @Test func aGrownGridRunsOnlyItsNewCells() throws {
        let dir = temporaryDirectory()
        let out = dir.appendingPathComponent("out")
        try runSweep(try SweepPlan.load(write(smallGrid, "g.yaml", in: dir)), out: out)
        let grown = smallGrid.replacingOccurrences(of: "seed: [1, 2]", with: "seed: [1, 2, 3]")
        let plan = try SweepPlan.load(write(grown, "g.yaml", in: dir))
        let o = try runSweep(plan, out: out)
        #expect(o.ranNow == 4 && o.skipped == 8 && o.ok == 12)
        // Same tables as a clean run of the grown grid.
        let clean = dir.appendingPathComponent("clean")
        try runSweep(plan, out: clean)
        #expect(sweepTables(out) == sweepTables(clean))
    }

    @Test func divergedCellsStopAndTheOthersGoOn() throws {
        let dir = temporaryDirectory()
        let text = """
            data: {builtin: iris, test_fraction: 0.2}
            model: {hidden: [16]}
            loss: cross_entropy
            batch_size: 8
            epochs: 5
            grid:
              optimizer:
                sane: {optimizer: {name: sgd, lr: 0.1}}
                wild: {optimizer: {name: sgd, lr: 1.0e+12}}
            """
        let plan = try SweepPlan.load(write(text, "d.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        let o = try runSweep(plan, out: out)
        #expect(o.ok == 1 && o.diverged == 1 && o.failed == 0)
        let runs = CSVTable.rows(try String(contentsOf: out.appendingPathComponent("runs.csv"), encoding: .utf8))
        let h = runs[0]
        let wild = runs.first { $0[1] == "wild" }!
        #expect(wild[h.firstIndex(of: "status")!] == "diverged")
        let epoch = Int(wild[h.firstIndex(of: "diverged_epoch")!])!
        #expect(epoch >= 1 && epoch <= 5)
        #expect(Int(wild[h.firstIndex(of: "epochs_run")!])! <= epoch)
        #expect(wild[h.firstIndex(of: "message")!].contains("NaN or infinite"))
    }

    @Test func aFailingCellIsRecordedAsFailed() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write("data: {builtin: iris}\nepochs: 1\n", "f.yaml", in: dir))
        struct Boom: Error, CustomStringConvertible { var description: String { "disk on fire" } }
        let r = try CellRunner.run(plan.cells[0], data: nil, dataError: Boom(), checkpointDirectory: nil)
        #expect(r.status == .failed)
        #expect(r.message == "disk on fire")
    }

    @Test func aSecondSweepOnTheSameFolderIsRefused() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(smallGrid, "g.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let fd = open(out.appendingPathComponent(".nnsweep.lock").path, O_CREAT | O_RDWR, 0o644)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        defer {
            flock(fd, LOCK_UN)
            close(fd)
        }
        #expect {
            try runSweep(plan, out: out)
        } throws: { e in "\(e)".contains("another nnsweep run is writing to") }
        // Nothing was written.
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("runs.csv").path))
    }

    @Test func namesWithCommasAndQuotesAreEscaped() throws {
        let dir = temporaryDirectory()
        let text = """
            data: {builtin: iris}
            model: {hidden: [4]}
            epochs: 1
            grid:
              optimizer:
                "sgd, fast": {optimizer: {name: sgd, lr: 0.5}}
                'the "slow" one': {optimizer: {name: sgd, lr: 0.01}}
            """
        let plan = try SweepPlan.load(write(text, "q.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        try runSweep(plan, out: out)
        let raw = try String(contentsOf: out.appendingPathComponent("runs.csv"), encoding: .utf8)
        #expect(raw.contains("\"sgd, fast\""))
        #expect(raw.contains("\"the \"\"slow\"\" one\""))
        let rows = CSVTable.rows(raw)
        #expect(rows.map { $0.count }.allSatisfy { $0 == rows[0].count })
        #expect(rows[1][1] == "sgd, fast" && rows[2][1] == "the \"slow\" one")
    }

    @Test func checkpointsAreSafetensorsThatLoadBack() throws {
        let dir = temporaryDirectory()
        let text =
            "data: {builtin: iris}\nmodel: {hidden: [5], batch_norm: true}\nbatch_size: 10\nepochs: 2\ncheckpoint: true\n"
        let plan = try SweepPlan.load(write(text, "c.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        try runSweep(plan, out: out)
        let ck = out.appendingPathComponent("checkpoints/\(plan.cells[0].id).safetensors")
        #expect(FileManager.default.fileExists(atPath: ck.path))
        // Start a new run from it: it must load (names and shapes fit).
        let text2 = text.replacingOccurrences(
            of: "checkpoint: true", with: "init_from: out/checkpoints/\(plan.cells[0].id).safetensors")
        let plan2 = try SweepPlan.load(write(text2, "c2.yaml", in: dir))
        let o = try runSweep(plan2, out: dir.appendingPathComponent("out2"))
        #expect(o.ok == 1)
    }

    /// Kills a real sweep process halfway (kill -9, SIGTERM, Ctrl-C's SIGINT) and starts it
    /// again: the tables equal those of an uninterrupted run, with no cell lost and none twice.
    @Test(arguments: [SIGKILL, SIGTERM, SIGINT])
    func aKilledSweepResumesToTheSameTables(signal: Int32) throws {
        guard let exe = nnsweepExecutable() else {
            Issue.record("nnsweep executable not found beside the tests")
            return
        }
        let dir = temporaryDirectory()
        let text = """
            name: killme
            data: {builtin: digits, test_fraction: 0.2}
            model: {hidden: [32]}
            optimizer: {name: sgd, lr: 0.01}
            batch_size: 1
            epochs: 3
            grid:
              seed: [1, 2, 3, 4, 5, 6, 7, 8]
            """
        let file = write(text, "k.yaml", in: dir)
        let out = dir.appendingPathComponent("killed")
        let p = Process()
        p.executableURL = exe
        p.arguments = ["run", file.path, "--out", out.path, "-j", "2", "--quiet"]
        try p.run()
        // Wait until some, but not all, cells have finished.
        let cells = out.appendingPathComponent("cells")
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let n = ((try? FileManager.default.contentsOfDirectory(atPath: cells.path)) ?? []).filter {
                $0.hasSuffix(".json")
            }.count
            if n >= 2 { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal, "the sweep was still running when it was killed")
        let done = ((try? FileManager.default.contentsOfDirectory(atPath: cells.path)) ?? []).filter {
            $0.hasSuffix(".json")
        }.count
        #expect(done >= 2 && done < 8)
        let (status, _, _) = try runTool(["run", file.path, "--out", out.path, "-j", "2", "--quiet"])
        #expect(status == 0)
        let clean = dir.appendingPathComponent("clean")
        let (status2, _, _) = try runTool(["run", file.path, "--out", clean.path, "-j", "1", "--quiet"])
        #expect(status2 == 0)
        #expect(sweepTables(out) == sweepTables(clean))
        #expect(sweepTables(out)[0].count == 9)
        // No temporary files are left behind.
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: cells.path)) ?? []).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty)
    }
}
