import Foundation
import NNCluster
import NNCompare
import NNData
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

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
        for name in ["runs.csv", "epochs.csv", "layers.csv", "report.html"] {
            try? fm.removeItem(at: out.appendingPathComponent(name))
        }
        let cells = plan.cells
        // Cell 0 is in progress: its record so far, without the end.
        var r = try JSONDecoder().decode(
            CellRecord.self, from: Data(contentsOf: ResultsLayout.recordURL(out, cells[0].id)))
        r.epochs.removeLast()
        r.layers = []
        try SweepTables.encode(r).write(to: ResultsLayout.partialURL(out, cells[0].id))
        for c in [cells[0], cells[5], cells[6], cells[7]] { try fm.removeItem(at: ResultsLayout.recordURL(out, c.id)) }
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
        guard Gnuplot.locate() != nil else {
            Issue.record("gnuplot is not installed")
            return
        }
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
        #expect(!FileManager.default.fileExists(atPath: ResultsLayout.partialURL(out, plan.cells[0].id).path))
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
        let record = try CellRunner.run(cell, data: data, dataError: nil, checkpointDirectory: nil) {
            seen.append($0.epochs.count)
        }
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
        guard Gnuplot.locate() != nil else {
            Issue.record("gnuplot is not installed")
            return
        }
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(smallGrid, "g.yaml", in: dir))
        var pages: [Data] = []
        var figures: [[String: Data]] = []
        for name in ["a", "b"] {
            let out = dir.appendingPathComponent(name)
            try runSweep(plan, out: out)
            Thread.sleep(forTimeInterval: 1.1)
            try Plotter.plot(dir: out, format: .svg)
            pages.append(try Data(contentsOf: out.appendingPathComponent("report.html")))
            let plots = out.appendingPathComponent("plots")
            var files: [String: Data] = [:]
            for f in try FileManager.default.contentsOfDirectory(atPath: plots.path) {
                files[f] = try Data(contentsOf: plots.appendingPathComponent(f))
            }
            figures.append(files)
        }
        #expect(pages[0] == pages[1])
        #expect(figures[0] == figures[1])
        #expect(!String(decoding: pages[0], as: UTF8.self).contains(dir.path))
    }
}

/// A running cell's partial record grows by whole epoch lines: publishing costs the same for every
/// epoch however long the cell, a reader takes any prefix of the file (a writer killed in the
/// middle of an append), and the time spent publishing is not training time.
@Suite struct PartialRecordTests {
    static let cellText = """
        data: {synthetic: moons, samples: 64, noise: 0.2, test_fraction: 0.25}
        model: {hidden: [4]}
        optimizer: {name: sgd, momentum: 0.9}
        scheduler: {name: one_cycle, max_lr: 0.1}
        batch_size: 16
        seed: 3

        """

    /// A cell of `epochs` epochs trained with its partial record published after every epoch;
    /// the record, the writer, and the file's bytes as they were when the training ended.
    static func publishEveryEpoch(epochs: Int, in dir: URL) throws -> (CellRecord, PartialRecordWriter, Data) {
        let plan = try SweepPlan.load(write(cellText + "epochs: \(epochs)\n", "p\(epochs).yaml", in: dir))
        let cell = plan.cells[0]
        let writer = PartialRecordWriter(url: dir.appendingPathComponent("\(cell.id).\(epochs).partial"), interval: 0)
        let record = try CellRunner.run(
            cell, data: try PreparedData.prepare(cell.config), dataError: nil, checkpointDirectory: nil,
            publish: writer.publish)
        writer.close()
        return (record, writer, try Data(contentsOf: writer.url))
    }

    @Test func publishingCostsTheSameForEveryEpoch() throws {
        let dir = temporaryDirectory()
        var perEpoch: [Double] = []
        for epochs in [20, 40, 80] {
            let (record, writer, file) = try Self.publishEveryEpoch(epochs: epochs, in: dir)
            #expect(record.epochs.count == epochs)
            // One write per epoch, and every byte written once: nothing already there is written again.
            #expect(writer.writes == epochs)
            #expect(writer.bytesWritten == file.count)
            // The first line is the record's fixed part; each epoch adds one line of about the same size.
            let header = file.prefix { $0 != UInt8(ascii: "\n") }.count + 1
            perEpoch.append(Double(writer.bytesWritten - header) / Double(epochs))
            // The file reads back as the whole record but its end (layers, seconds).
            var expected = record
            expected.layers = []
            expected.trainSeconds = 0
            #expect(PartialRecord.decode(file) == expected)
        }
        // Bytes per epoch do not grow with the cell's length (they would double with each
        // doubling if every publish wrote the record so far).
        #expect(perEpoch.max()! < 1.2 * perEpoch.min()!, "\(perEpoch)")
    }

    /// Cut anywhere, as a kill in the middle of an append leaves it, the file reads as the
    /// record with the epochs of its whole lines, or as nothing before its first line is whole.
    @Test func everyPrefixOfThePartialFileReads() throws {
        let dir = temporaryDirectory()
        let (record, _, file) = try Self.publishEveryEpoch(epochs: 4, in: dir)
        let bytes = [UInt8](file)
        let firstLine = bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1
        var seen = Set<Int>()
        for cut in 0...bytes.count {
            let r = PartialRecord.decode(Data(bytes[0..<cut]))
            // The first line without its line break is still the whole record so far (no epochs).
            guard cut >= firstLine - 1 else {
                #expect(r == nil, "cut at \(cut)")
                continue
            }
            let whole = max(0, bytes[0..<cut].filter { $0 == UInt8(ascii: "\n") }.count - 1)
            #expect(r?.epochs == Array(record.epochs.prefix(whole)), "cut at \(cut)")
            #expect(
                r?.stepLR ?? [] == Array((record.stepLR ?? []).prefix(whole * record.iterationsPerEpoch)),
                "cut at \(cut)")
            #expect(r?.id == record.id && r?.settings == record.settings)
            seen.insert(whole)
        }
        #expect(seen == [0, 1, 2, 3, 4])
    }

    /// The live tables read a partial record that ends in a torn line: the cell is running with
    /// the epochs of its whole lines.
    @Test func theLiveTablesIgnoreATornLastLine() throws {
        let (_, plan, out) = try LiveTests.caughtMidRun()
        let cell = plan.cells[0]
        let url = ResultsLayout.partialURL(out, cell.id)
        let old = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let epochs = try #require(old["epochs"] as? [Any])
        var head = old
        head["epochs"] = [Any]()
        func line(_ o: Any) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]), as: UTF8.self)
                + "\n"
        }
        var text = try line(head)
        for e in epochs { text += try line(["epoch": e]) }
        text += String(try line(["epoch": epochs[0]]).prefix(25))
        try Data(text.utf8).write(to: url)
        let t = try SweepTables.load(out)
        #expect(t.runs.filter { $0.status == "running" }.map(\.id) == [cell.id])
        #expect(t.epochs[cell.id]?.count == epochs.count)
    }

    /// `train_seconds` and the epochs' `seconds` count training only: a clock that moves only
    /// while the cell publishes gives zero.
    @Test func publishingIsNotTrainingTime() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(Self.cellText + "epochs: 5\n", "t.yaml", in: dir))
        let cell = plan.cells[0]
        var now: UInt64 = 0
        var published = 0
        let record = try CellRunner.run(
            cell, data: try PreparedData.prepare(cell.config), dataError: nil, checkpointDirectory: nil,
            publish: { _ in
                now += 1_000_000_000
                published += 1
            }, clock: { now })
        #expect(published == 5 && now == 5_000_000_000)
        #expect(record.trainSeconds == 0)
        #expect(record.epochs.map(\.seconds) == Array(repeating: 0, count: 5))
    }
}
