import Foundation
import Testing
import NNSweepKit
import NNData

/// A sweep can be read, plotted and reported while it runs.
@Suite struct LiveTests {
    /// A folder caught mid-run: the running manifest, finished records, one cell that has
    /// published two of its three epochs, and cells not started.
    static func caughtMidRun() throws -> (dir: URL, plan: SweepPlan, out: URL) {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(smallGrid, "g.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        try runSweep(plan, out: out)
        let fm = FileManager.default
        for name in ["runs.csv", "epochs.csv", "layers.csv", "report.html"] { try? fm.removeItem(at: out.appendingPathComponent(name)) }
        let cells = plan.cells
        // Cell 0 is in progress: its record so far, without the end.
        var r = try JSONDecoder().decode(CellRecord.self, from: Data(contentsOf: SweepTables.recordURL(out, cells[0].id)))
        r.epochs.removeLast()
        r.layers = []
        try SweepTables.encode(r).write(to: SweepTables.partialURL(out, cells[0].id))
        for c in [cells[0], cells[5], cells[6], cells[7]] { try fm.removeItem(at: SweepTables.recordURL(out, c.id)) }
        // The manifest a run writes when it starts.
        let url = out.appendingPathComponent("manifest.json")
        var m = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        m["state"] = "running"
        try JSONSerialization.data(withJSONObject: m).write(to: url)
        return (dir, plan, out)
    }

    @Test func aRunningSweepReadsWithItsRunningCellsMarked() throws {
        let (_, plan, out) = try Self.caughtMidRun()
        #expect(SweepTables.isRunning(out))
        let t = try SweepTables.load(out)
        #expect(t.running)
        #expect(t.runs.count == 5)
        let running = t.runs.filter { $0.status == "running" }
        #expect(running.map(\.id) == [plan.cells[0].id])
        #expect(t.epochs[plan.cells[0].id]?.count == 2)
        #expect(t.runs.filter(\.isOK).count == 4)
        // Nothing was written: the runner owns the tables.
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("runs.csv").path))
    }

    @Test func aRunningSweepPlotsAndReportsWithRefreshThenTheFinalReportHasNone() throws {
        guard Gnuplot.locate() != nil else { Issue.record("gnuplot is not installed"); return }
        let (_, plan, out) = try Self.caughtMidRun()
        let result = try Plotter.plot(dir: out, format: .svg)
        #expect(!result.figures.isEmpty)
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<script id=\"live-reload\">"))
        #expect(html.contains("This sweep is running: 4 cells finished, 1 in progress"))
        #expect(html.contains(">running</td>"))
        let loss = try String(contentsOf: out.appendingPathComponent("plots/loss.dat"), encoding: .utf8)
        #expect(!loss.isEmpty)
        // The sweep resumes and ends: the stale partial is gone, the manifest has no state, and
        // the report no longer reloads itself.
        let o = try runSweep(plan, out: out)
        #expect(o.ranNow == 4 && o.ok == 8)
        #expect(!FileManager.default.fileExists(atPath: SweepTables.partialURL(out, plan.cells[0].id).path))
        #expect(!SweepTables.isRunning(out))
        try Plotter.plot(dir: out, format: .svg)
        let final = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(!final.contains("live-reload"))
        #expect(!final.contains("This sweep is running"))
    }

    /// A training cell publishes its record after every epoch; the runner writes it to
    /// cells/<id>.partial at most every publishSeconds and removes it once the record is written.
    @Test func aCellPublishesEveryEpoch() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(smallGrid, "g.yaml", in: dir))
        let cell = plan.cells[0]
        var seen: [Int] = []
        let data = try PreparedData.prepare(cell.config)
        let record = try CellRunner.run(cell, data: data, dataError: nil, checkpointDirectory: nil) { seen.append($0.epochs.count) }
        #expect(seen == [1, 2, 3])
        #expect(record.epochs.count == 3)
        var o = SweepOptions(out: dir.appendingPathComponent("out"))
        o.progress = .quiet
        o.publishSeconds = 0
        let outcome = try SweepRunner(plan: plan, options: o, log: { _ in }).run()
        #expect(outcome.ok == 8)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out/cells").path)
        #expect(!names.contains { $0.hasSuffix(".partial") })
        #expect(!SweepTables.isRunning(dir.appendingPathComponent("out")))
    }
}

/// Results carry no wall-clock time or path of the run outside the `*_seconds` columns and the
/// manifest's `this_run` line: the same sweep run twice gives the same report and figures.
@Suite struct ReproducibleOutputTests {
    @Test func theSameSweepGivesTheSameReportAndFigures() throws {
        guard Gnuplot.locate() != nil else { Issue.record("gnuplot is not installed"); return }
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(smallGrid, "g.yaml", in: dir))
        var pages: [Data] = [], figures: [[String: Data]] = []
        for name in ["a", "b"] {
            let out = dir.appendingPathComponent(name)
            try runSweep(plan, out: out)
            Thread.sleep(forTimeInterval: 1.1)
            try Plotter.plot(dir: out, format: .svg)
            pages.append(try Data(contentsOf: out.appendingPathComponent("report.html")))
            let plots = out.appendingPathComponent("plots")
            var files: [String: Data] = [:]
            for f in try FileManager.default.contentsOfDirectory(atPath: plots.path) { files[f] = try Data(contentsOf: plots.appendingPathComponent(f)) }
            figures.append(files)
        }
        #expect(pages[0] == pages[1])
        #expect(figures[0] == figures[1])
        #expect(!String(decoding: pages[0], as: UTF8.self).contains(dir.path))
    }
}
