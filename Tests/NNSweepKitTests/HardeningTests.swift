import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// Hostile and unlucky input: names that would leave the results folder, records that lie, data
/// that changed, sizes that would exhaust the machine. Each ends in one line and exit 2 with
/// nothing written, or is recovered from without losing anything.
@Suite struct HardeningTests {
    /// Every file below `dir` with its bytes, to show that nothing changed.
    func snapshot(_ dir: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: dir.path) else { return out }
        while let rel = e.nextObject() as? String {
            var isDir: ObjCBool = false
            let p = dir.appendingPathComponent(rel).path
            if fm.fileExists(atPath: p, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = fm.contents(atPath: p) ?? Data()
            } else {
                out[rel + "/"] = Data()
            }
        }
        return out
    }

    // MARK: 1. Paths

    @Test(arguments: ["../escape", "..", ".", "a/b", "a\\nb", "bell\\u0007", "-rf"])
    func namesMustBePlainFileNames(_ name: String) {
        let e = planError("name: \"\(name)\"\ndata: {builtin: iris}\n") ?? ""
        #expect(e.contains("plain file name"), "\(e)")
        #expect(!e.contains("\n"))
    }

    @Test func freshNeverDeletesWhatNnsweepDidNotWrite() throws {
        // name: "../.." from results/x/y would land on the user's own folder; the name is refused.
        let home = temporaryDirectory()
        let mine = home.appendingPathComponent("project")
        write("my notes\n", "runs.csv", in: mine)
        write("<p>mine</p>\n", "report.html", in: mine)
        write("figure\n", "plots/keep.svg", in: mine)
        write("data\n", "thesis.tex", in: mine)
        let file = write(
            "name: \"../..\"\ndata: {builtin: iris}\nepochs: 1\n", "run.yaml", in: mine.appendingPathComponent("exp"))
        let before = snapshot(mine)
        let (status, _, err) = try runTool(
            ["run", file.path, "--fresh", "--quiet", "--no-plots"], in: mine.appendingPathComponent("exp"))
        #expect(status == 2, "\(err)")
        #expect(err.contains("plain file name"), "\(err)")
        // --out at a folder holding the user's files: refused, with or without --fresh.
        let plain = write("data: {builtin: iris}\nepochs: 1\nmodel: {hidden: [4]}\n", "ok.yaml", in: home)
        for extra in [["--fresh"], []] {
            let (s, _, e) = try runTool(["run", plain.path, "--out", mine.path, "--quiet", "--no-plots"] + extra)
            #expect(s == 2, "\(e)")
            #expect(e.contains("has no manifest.json written by nnsweep") && e.contains("thesis.tex"), "\(e)")
            #expect(e.split(separator: "\n").count == 1, "\(e)")
        }
        #expect(snapshot(mine) == before)
    }

    @Test func aFolderOfAnotherExperimentIsRefused() throws {
        let dir = temporaryDirectory()
        let out = dir.appendingPathComponent("results")
        try runSweep(
            try SweepPlan.load(
                write("name: first\ndata: {builtin: iris}\nepochs: 1\nmodel: {hidden: [4]}\n", "a.yaml", in: dir)),
            out: out)
        let before = snapshot(out)
        let other = try SweepPlan.load(
            write("name: second\ndata: {builtin: iris}\nepochs: 1\nmodel: {hidden: [4]}\n", "b.yaml", in: dir))
        for fresh in [false, true] {
            #expect(throws: (any Error).self) { try runSweep(other, out: out, fresh: fresh) }
            do { try runSweep(other, out: out, fresh: fresh) } catch {
                #expect("\(error)".contains("holds the results of experiment 'first'"), "\(error)")
            }
        }
        #expect(snapshot(out) == before)
        // The same experiment with --fresh starts over and keeps only its own new files.
        let first = try SweepPlan.load(dir.appendingPathComponent("a.yaml"))
        #expect(try runSweep(first, out: out, fresh: true).ranNow == 1)
    }

    @Test func outNamingAFileSaysSo() throws {
        let dir = temporaryDirectory()
        let file = write("data: {builtin: iris}\nepochs: 1\nmodel: {hidden: [4]}\n", "run.yaml", in: dir)
        let notAFolder = write("text\n", "notes.txt", in: dir)
        let (s1, _, e1) = try runTool(["run", file.path, "--out", notAFolder.path, "--quiet", "--no-plots"])
        #expect(s1 == 2 && e1.contains("is a file, not a folder") && !e1.contains("NSCocoaErrorDomain"), "\(e1)")
        let (s2, _, e2) = try runTool([
            "run", file.path, "--out", notAFolder.appendingPathComponent("sub/dir").path, "--quiet", "--no-plots"
        ])
        #expect(s2 == 2 && e2.contains("notes.txt is a file, not a folder"), "\(e2)")
        #expect((try? String(contentsOf: notAFolder, encoding: .utf8)) == "text\n")
    }

    // MARK: 2. Records that lie

    @Test func invalidRecordsAreMovedAsideAndRunAgain() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(smallGrid, "grid.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        try runSweep(plan, out: out)
        let expected = sweepTables(out)
        let ids = plan.cells.map(\.id)
        let cells = out.appendingPathComponent("cells")
        let full = try Data(contentsOf: cells.appendingPathComponent("\(ids[0]).json"))
        try full.prefix(full.count / 2).write(to: cells.appendingPathComponent("\(ids[0]).json"))  // cut short
        try Data().write(to: cells.appendingPathComponent("\(ids[1]).json"))  // empty
        try full.write(to: cells.appendingPathComponent("\(ids[2]).json"))  // another cell's
        // A record with too few epochs.
        var r = try JSONDecoder().decode(
            CellRecord.self, from: try Data(contentsOf: cells.appendingPathComponent("\(ids[3]).json")))
        r.epochs.removeLast()
        try JSONEncoder().encode(r).write(to: cells.appendingPathComponent("\(ids[3]).json"))

        // collect gives the same verdict: counted as missing, named.
        let collected = try Collector.collect(plan: plan, dir: out)
        #expect(collected.missing == 4 && collected.invalid.count == 4, "\(collected.invalid)")

        var warnings: [String] = []
        var o = SweepOptions(out: out)
        o.jobs = 1
        o.progress = .quiet
        let outcome = try SweepRunner(plan: plan, options: o, log: { warnings.append($0) }).run()
        #expect(outcome.ranNow == 4 && outcome.missing == 0 && outcome.ok == plan.cells.count)
        #expect(warnings.filter { $0.contains("is not a valid record") }.count == 4, "\(warnings)")
        #expect(sweepTables(out) == expected)
        let moved = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("invalid").path)
        #expect(moved.count == 4)
    }

    // MARK: 3. Stale results

    @Test func changedDataOrWeightsRunAgainUnchangedDoNot() throws {
        let dir = temporaryDirectory()
        var csv = "a,b,y\n"
        for i in 0..<40 { csv += "\(Double(i) / 10),\(Double(i % 7)),\(i % 2)\n" }
        write(csv, "data.csv", in: dir)
        let file = write(
            "data: {csv: data.csv, target: y, test_fraction: 0.25}\nmodel: {hidden: [4]}\nepochs: 2\nbatch_size: 8\n",
            "run.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        let first = try runSweep(try SweepPlan.load(file), out: out)
        #expect(first.ranNow == 1)
        #expect(try runSweep(try SweepPlan.load(file), out: out).ranNow == 0)
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("input_sha256") && manifest.contains("data.csv"))
        // Same path, new contents: a new cell.
        write(csv.replacingOccurrences(of: "0.5,5", with: "0.5,6"), "data.csv", in: dir)
        let plan2 = try SweepPlan.load(file)
        #expect(plan2.cells[0].config.fileDigests["csv"] != nil)
        #expect(try runSweep(plan2, out: out).ranNow == 1)
    }

    /// A checkout moved or copied elsewhere with its data and results (the run file, the data it
    /// names by relative paths and the results folder, together) reruns nothing: the cells keep
    /// their ids, which hold the paths as the run file writes them and the files' digests, never
    /// where the checkout lies; so do the records and the manifest. The same relative names with
    /// other contents are other cells.
    @Test func aMovedCheckoutRerunsNothing() throws {
        let dir = temporaryDirectory()
        let tree = dir.appendingPathComponent("checkout")
        func rows(_ n: Int, _ shift: Int) -> String {
            var csv = "a,b,y\n"
            for i in 0..<n { csv += "\(Double(i + shift) / 10),\(Double((i + shift) % 7)),\(i % 2)\n" }
            return csv
        }
        write(rows(40, 0), "data/train.csv", in: tree)
        write(rows(12, 3), "data/test.csv", in: tree)
        write(rows(12, 5), "data/val.csv", in: tree)
        // Weights to start from: a checkpoint of the same network on the same data.
        let base =
            "data: {csv: ../data/train.csv, target: y, test_csv: ../data/test.csv, validation_csv: ./../data/val.csv}\nmodel: {hidden: [4]}\nepochs: 2\nbatch_size: 8\n"
        let weightsPlan = try SweepPlan.load(write(base + "checkpoint: true\n", "exp/w.yaml", in: tree))
        try runSweep(weightsPlan, out: tree.appendingPathComponent("results/w"))
        try FileManager.default.createDirectory(
            at: tree.appendingPathComponent("weights"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: tree.appendingPathComponent("results/w/checkpoints/\(weightsPlan.cells[0].id).safetensors"),
            to: tree.appendingPathComponent("weights/w.safetensors"))
        write(base + "init_from: ../weights/w.safetensors\nseeds: 2\n", "exp/run.yaml", in: tree)
        let plan = try SweepPlan.load(tree.appendingPathComponent("exp/run.yaml"))
        let first = try runSweep(plan, out: tree.appendingPathComponent("results/run"))
        #expect(first.ranNow == 2 && first.ok == 2)
        let ids = plan.cells.map(\.id)
        let settings = plan.cells[0].config.settings.map { "\($0.key)=\($0.value)" }
        #expect(settings.contains("data=csv:../data/train.csv:y:classification"), "\(settings)")
        #expect(
            settings.contains("test_csv=../data/test.csv") && settings.contains("validation_csv=../data/val.csv"),
            "\(settings)")
        #expect(settings.contains("init_from=../weights/w.safetensors"), "\(settings)")
        #expect(
            plan.inputDigests.keys.sorted() == [
                "../data/test.csv", "../data/train.csv", "../data/val.csv", "../weights/w.safetensors"
            ])

        /// The results folder's files (records, tables, manifest) by their path inside it.
        func files(_ out: URL) throws -> [String: Data] {
            var d: [String: Data] = [:]
            for name in try FileManager.default.subpathsOfDirectory(atPath: out.path) {
                var isDir: ObjCBool = false
                let u = out.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: u.path, isDirectory: &isDir), !isDir.boolValue {
                    d[name] = try Data(contentsOf: u)
                }
            }
            return d
        }
        let before = try files(tree.appendingPathComponent("results/run"))
        // Neither the records nor the manifest say where the checkout was.
        for (name, data) in before where name.hasSuffix(".json") {
            #expect(!String(decoding: data, as: UTF8.self).contains(dir.path), "\(name) holds an absolute path")
        }

        // Moved, then copied: nothing trains, and no file of the results changes.
        let moved = dir.appendingPathComponent("elsewhere/moved")
        try FileManager.default.createDirectory(
            at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: tree, to: moved)
        let copied = dir.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: moved, to: copied)
        for root in [moved, copied] {
            let again = try SweepPlan.load(root.appendingPathComponent("exp/run.yaml"))
            #expect(again.cells.map(\.id) == ids)
            let o = try runSweep(again, out: root.appendingPathComponent("results/run"))
            #expect(o.ranNow == 0 && o.skipped == 2 && o.ok == 2)
            #expect(try files(root.appendingPathComponent("results/run")) == before)
        }

        // The same relative names with other contents: other digests, other cells, trained again.
        write(rows(40, 1), "data/train.csv", in: copied)
        let changed = try SweepPlan.load(copied.appendingPathComponent("exp/run.yaml"))
        #expect(Set(changed.cells.map(\.id)).isDisjoint(with: ids))
        #expect(changed.inputDigests["../data/train.csv"] != plan.inputDigests["../data/train.csv"])
        #expect(changed.inputDigests["../data/test.csv"] == plan.inputDigests["../data/test.csv"])
        #expect(try runSweep(changed, out: copied.appendingPathComponent("results/run")).ranNow == 2)
    }

    /// Spellings of one path are one path, in the settings and the id; a path written absolute stays absolute.
    @Test func pathsAreKeptAsWrittenNormalized() throws {
        let dir = temporaryDirectory()
        write("a,y\n1,0\n2,1\n3,0\n4,1\n5,0\n6,1\n", "data/x.csv", in: dir)
        var ids: [String] = []
        for (i, p) in ["data/x.csv", "./data/../data//x.csv", "sub/../data/./x.csv"].enumerated() {
            let plan = try SweepPlan.load(write("data: {csv: \(p), target: y}\n", "r\(i).yaml", in: dir))
            #expect(
                plan.cells[0].config.settings.first { $0.key == "data" }?.value == "csv:data/x.csv:y:classification")
            #expect(Array(plan.inputDigests.keys) == ["data/x.csv"])
            ids.append(plan.cells[0].id)
        }
        #expect(Set(ids).count == 1)
        let absolute = dir.appendingPathComponent("data/x.csv").path
        let plan = try SweepPlan.load(write("data: {csv: \(absolute), target: y}\n", "abs.yaml", in: dir))
        #expect(plan.cells[0].config.settings.first { $0.key == "data" }?.value == "csv:\(absolute):y:classification")
        #expect(InputPath.normalized("a/b/../../../x.csv") == "../x.csv")
        #expect(InputPath.normalized("/srv/./d/../x.csv") == "/srv/x.csv")
    }

    @Test func digestIsSHA256OfTheContents() throws {
        let dir = temporaryDirectory()
        write("abc", "abc.csv", in: dir)
        write("a,y\n1,0\n2,1\n3,0\n4,1\n", "d.csv", in: dir)
        let plan = try SweepPlan.load(write("data: {csv: d.csv, target: y, test_csv: abc.csv}\n", "run.yaml", in: dir))
        // SHA-256("abc"), the standard test vector.
        #expect(
            plan.cells[0].config.fileDigests["test_csv"]
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    // MARK: 4. Resource bombs

    @Test func nestedAliasesAreRefusedQuickly() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "data: *a9\n"
        let start = Date()
        let e = planError(yaml) ?? ""
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(e.count < 700 && !e.contains("\n"), "\(e.prefix(200))")
        #expect(e.contains("aliases"), "\(e)")
        // Aliases nested under one key: `model: {hidden: *deep}`.
        var nest =
            "data: {builtin: iris}\nmodel:\n  hidden: &h0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n  dropout: &h1 [*h0, *h0, *h0, *h0, *h0, *h0, *h0, *h0, *h0, *h0]\n"
        for i in 2...8 {
            nest += "  d\(i): &h\(i) [" + Array(repeating: "*h\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let e2 = planError(nest) ?? ""
        #expect(e2.contains("aliases") && e2.contains("100000"), "\(e2.prefix(300))")
    }

    @Test func longValuesAreNotEchoed() {
        let long = String(repeating: "x", count: 100_000)
        let e = planError("data: {builtin: iris}\nepochs: \(long)\n") ?? ""
        #expect(e.count < 300, "\(e.count)")
        let e2 = planError("data: {builtin: iris}\noptimizer: {name: \(long)}\n") ?? ""
        #expect(e2.count < 700, "\(e2.count)")
    }

    @Test func gridsAboveTheCellLimitAreRefusedUpFront() throws {
        let values = "[" + (1...100).map(String.init).joined(separator: ", ") + "]"
        let yaml = "data: {builtin: iris}\ngrid:\n  seed: \(values)\n  epochs: \(values)\n  batch_size: \(values)\n"
        let start = Date()
        let e = planError(yaml) ?? ""
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(e.contains("1000000 cells") && e.contains("--max-cells"), "\(e)")
        let dir = temporaryDirectory()
        let small = write("data: {builtin: iris}\ngrid:\n  seed: [1, 2, 3]\n", "run.yaml", in: dir)
        #expect(throws: ConfigError.self) { try SweepPlan.load(small, maxCells: 2) }
        #expect(try SweepPlan.load(small, maxCells: 3).cells.count == 3)
        let (s, _, err) = try runTool(["run", small.path, "--dry-run", "--max-cells", "2"])
        #expect(s == 2 && err.contains("3 cells"), "\(err)")
    }

    @Test func impossibleNetworksAreRefusedBeforeAllocating() throws {
        let dir = temporaryDirectory()
        for (hidden, fragment) in [("[1000000, 1000000]", "1000009000003"), ("[9223372036854775807]", "more than")] {
            let file = write("data: {builtin: iris}\nmodel: {hidden: \(hidden)}\nepochs: 1\n", "run.yaml", in: dir)
            let out = dir.appendingPathComponent("out")
            let (s, _, e) = try runTool(["run", file.path, "--out", out.path, "--quiet", "--no-plots"])
            #expect(s == 2 && e.contains("parameters") && e.contains(fragment) && !e.contains("Fatal"), "\(e)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        #expect(planError("data: {builtin: iris}\nepochs: 1000000000000\n")?.contains("epochs must be at most") == true)
        #expect(
            planError("data: {synthetic: moons, samples: 1000000000000}\n")?.contains("data.samples must be at most")
                == true)
    }

    @Test func hugeClassLabelsAreRefused() throws {
        let dir = temporaryDirectory()
        write("a,y\n1,0\n2,1000000000000\n3,0\n4,1\n5,0\n6,1\n", "d.csv", in: dir)
        let file = write("data: {csv: d.csv, target: y}\nepochs: 1\n", "run.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        let (s, _, e) = try runTool(["run", file.path, "--out", out.path, "--quiet", "--no-plots"])
        #expect(s == 2 && e.contains("class label") && !e.contains("Fatal"), "\(e)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func everyImpossibleCellOfAGridIsReported() throws {
        let dir = temporaryDirectory()
        let file = write(
            """
            data: {builtin: iris}
            epochs: 1
            grid:
              model.hidden: [[4], [1000000, 1000000], [8], [9223372036854775807]]
            """, "run.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        let (s, _, e) = try runTool(["run", file.path, "--out", out.path, "--quiet", "--no-plots"])
        #expect(s == 2, "\(e)")
        #expect(
            e.contains("2 of 4 cells cannot run") && e.contains("[1000000, 1000000]")
                && e.contains("[9223372036854775807]"), "\(e)")
        #expect(e.split(separator: "\n").count == 3, "\(e)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    // MARK: 10. Messages

    @Test func mergeKeysAreNamed() {
        let e =
            planError("data: {builtin: iris}\nbase: &b {name: sgd, lr: 0.1}\noptimizer:\n  <<: *b\n  momentum: 0.9\n")
            ?? ""
        #expect(e.contains("merge keys (<<:) are not supported") || e.contains("unknown key"), "\(e)")
        let e2 = planError("data: {builtin: iris}\noptimizer:\n  <<: {name: sgd, lr: 0.1}\n  momentum: 0.9\n") ?? ""
        #expect(e2.contains("merge keys (<<:) are not supported") && e2.contains("run.yaml:3:"), "\(e2)")
    }
}

/// What a results folder holds is a function of the run file, apart from one marked line.
@Suite struct ReproducibleFolderTests {
    @Test func aRerunWithNothingToDoChangesNoFileAndTheManifestHoldsNoAbsolutePath() throws {
        let dir = temporaryDirectory()
        let file = write(
            "name: tiny\ndata: {builtin: iris}\nmodel: {hidden: [4]}\nepochs: 2\nseeds: 2\n", "run.yaml",
            in: dir.appendingPathComponent("exp"))
        let out = dir.appendingPathComponent("results/tiny")
        let (s1, _, e1) = try runTool(["run", file.path, "--out", out.path, "--quiet"])
        #expect(s1 == 0 || s1 == 3, "\(e1)")
        func snapshot() -> [String: Data] {
            var d: [String: Data] = [:]
            let e = FileManager.default.enumerator(atPath: out.path)!
            while let rel = e.nextObject() as? String {
                if let data = FileManager.default.contents(atPath: out.appendingPathComponent(rel).path) {
                    d[rel] = data
                }
            }
            return d
        }
        let before = snapshot()
        let (s2, _, _) = try runTool(["run", file.path, "--out", out.path, "--quiet"])
        #expect(s2 == 0 || s2 == 3)
        #expect(snapshot() == before, "a rerun with nothing to do rewrote a file")
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        let lines = manifest.split(separator: "\n")
        #expect(lines.filter { $0.contains(dir.path) }.isEmpty, "absolute paths in the manifest")
        #expect(lines.filter { $0.contains("started ") }.count == 1, "the time of the run sits in one line")
        // collect still finds the run file from the relative path.
        let (s3, o3, e3) = try runTool(["collect", out.path, "--no-plots"])
        #expect(s3 == 0 && o3.contains("collected 2 of 2 cells of tiny"), "\(o3) \(e3)")
    }
}
