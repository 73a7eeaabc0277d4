import Foundation
import Testing

@testable import NNPlan
@testable import NNSweepRunner

/// Program cells through `nnsweep run`: the example program of examples/programs/stdlib as a
/// well-behaved engine, and small shell programs that crash, hang, lie or flood.
@Suite(.serialized) struct ProgramCellTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/programs/stdlib/train.py")

    static func folder() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("nnsweep-program-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    /// Writes `run.yaml` and runs it into `out`; returns (status, stdout, stderr).
    static func run(_ yaml: String, in dir: URL, extra: [String] = []) throws -> (Int32, String, String) {
        let file = dir.appendingPathComponent("run.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return try runTool(["run", file.path, "--out", dir.appendingPathComponent("out").path, "--quiet"] + extra)
    }

    static func runs(_ dir: URL) throws -> [[String: String]] {
        try SweepTables.load(dir.appendingPathComponent("out")).runs.map { r in
            r.columns.merging(["run_id": r.id, "seed": r.seed, "status": r.status]) { a, _ in a }
        }
    }

    /// A shell program (no placeholders: braces are doubled) that reports through NNSWEEP_METRICS.
    static func shell(_ script: String, epochs: Int = 3, limit: Double = 20, extra: String = "") -> String {
        """
        program:
          command: [sh, -c, '\(script)']
          metrics: {train_loss: lower}
          time_limit: \(limit)
        \(extra)
        epochs: \(epochs)
        """
    }

    @Test func aGridOfTheExampleProgramRunsResumesAndHasItsParametersAsColumns() throws {
        let dir = try Self.folder()
        let yaml = """
            name: example
            program:
              command: [python3, \(Self.example.path)]
              metrics: {train_loss: lower, test_loss: lower, test_accuracy: higher}
            params: {optimizer: {name: sgd, lr: 0.1}, batch_size: 16, hidden: 8}
            epochs: 4
            seeds: 2
            grid:
              optimizer.lr: [0.05, 0.2]
            """
        let (status, _, err) = try Self.run(yaml, in: dir)
        #expect(status == 0, "\(err)")
        let rows = try Self.runs(dir)
        #expect(rows.count == 4 && rows.allSatisfy { $0["status"] == "ok" && $0["epochs_run"] == "4" })
        #expect(Set(rows.map { $0["params.optimizer.lr"] ?? "" }) == ["0.05", "0.2"])
        #expect(rows.allSatisfy { $0["params.batch_size"] == "16" && $0["final_test_accuracy"]?.isEmpty == false })
        // The program received its parameters and its seed.
        let id = try #require(rows.first?["run_id"])
        let params = try String(
            contentsOf: dir.appendingPathComponent("out/programs/\(id)/params.json"), encoding: .utf8)
        #expect(params.contains("\"seed\": \(rows[0]["seed"]!)") && params.contains("\"lr\": "))
        // Run again: every cell has its record, nothing runs, the records stay as they are.
        let records = dir.appendingPathComponent("out/cells")
        let before = try FileManager.default.contentsOfDirectory(atPath: records.path).sorted().map {
            try Data(contentsOf: records.appendingPathComponent($0))
        }
        let (again, out, _) = try runTool([
            "run", dir.appendingPathComponent("run.yaml").path, "--out", dir.appendingPathComponent("out").path
        ])
        #expect(again == 0 && out.contains("4 ok"))
        let after = try FileManager.default.contentsOfDirectory(atPath: records.path).sorted().map {
            try Data(contentsOf: records.appendingPathComponent($0))
        }
        #expect(before == after)
        // The same seed gives the same metric lines in a fresh folder.
        let dir2 = try Self.folder()
        #expect(try Self.run(yaml, in: dir2).0 == 0)
        let m1 = try Data(contentsOf: dir.appendingPathComponent("out/programs/\(id)/metrics.jsonl"))
        let m2 = try Data(contentsOf: dir2.appendingPathComponent("out/programs/\(id)/metrics.jsonl"))
        #expect(m1 == m2)
    }

    @Test func aProgramsOwnMetricHasItsColumnsAndCanBeTheHeadline() throws {
        let dir = try Self.folder()
        let script =
            #"for e in 1 2; do printf "{{\"epoch\": $e, \"train_loss\": 1, \"val_f1\": 0.$e$0}}\n" >> $NNSWEEP_METRICS; done"#
        let yaml = """
            program:
              command: [sh, -c, '\(script)', '{k}']
              metrics: {train_loss: lower, val_f1: higher}
              headline: val_f1
            params: {k: 1}
            epochs: 2
            grid:
              k: [1, 2]
            """
        let file = dir.appendingPathComponent("run.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let (status, out, err) = try runTool([
            "run", file.path, "--out", dir.appendingPathComponent("out").path, "--no-plots"
        ])
        #expect(status == 0, "\(err)")
        #expect(out.contains("best settings by final val_f1"), "\(out)")
        let tables = try SweepTables.load(dir.appendingPathComponent("out"))
        #expect(tables.runs.map { $0.number("final_val_f1") } == [0.21, 0.22])
        #expect(tables.runs.map { $0.number("best_val_f1") } == [0.21, 0.22])
        #expect(tables.epochs[tables.runs[0].id]?.map { $0.values["val_f1"] } == [0.11, 0.21])
        #expect(tables.manifest?.headline?.column == "final_val_f1")
    }

    @Test func metricsPrintedOnStandardOutputAreRead() throws {
        let dir = try Self.folder()
        let yaml = """
            program:
              command: [python3, \(Self.example.path), --metrics-to-stdout, "--lr={optimizer.lr}"]
              metrics: {train_loss: lower, test_accuracy: higher}
              metrics_from: stdout
            params: {optimizer: {name: sgd, lr: 0.1}}
            epochs: 3
            """
        let (status, _, err) = try Self.run(yaml, in: dir)
        #expect(status == 0, "\(err)")
        let rows = try Self.runs(dir)
        #expect(rows.count == 1 && rows[0]["status"] == "ok" && rows[0]["epochs_run"] == "3")
    }

    @Test func badProgramsEndAsFailedDivergedOrTimedOutWithTheirReason() throws {
        let cases: [(String, String, String)] = [
            (
                Self.shell(
                    #"printf "{{\"epoch\": 1, \"train_loss\": 1}}\n" >> $NNSWEEP_METRICS; echo boom >&2; exit 3"#),
                "failed", "exited with status 3 after epoch 1; stderr: boom"
            ),
            (Self.shell("kill -SEGV $$"), "failed", "killed by signal 11 (SIGSEGV)"),
            (Self.shell("echo garbage >> $NNSWEEP_METRICS"), "failed", "NNSWEEP_METRICS: line 1: not JSON"),
            (
                Self.shell(
                    #"printf "{{\"epoch\": 2, \"train_loss\": 1}}\n{{\"epoch\": 1, \"train_loss\": 1}}\n" >> $NNSWEEP_METRICS"#
                ), "failed", "line 2: epoch 1 comes after epoch 2"
            ),
            (
                Self.shell(#"printf "{{\"epoch\": 2, \"train_loss\": 1}}\n" >> $NNSWEEP_METRICS"#), "failed",
                "the first epoch reported is 2"
            ),
            (Self.shell("exit 0"), "failed", "reported no metrics"),
            (
                Self.shell(#"printf "{{\"epoch\": 1, \"train_loss\": 1}}\n" >> $NNSWEEP_METRICS"#), "failed",
                "exited 0 after epoch 1 of 3"
            ),
            (
                Self.shell(
                    #"for e in 1 2 3; do printf "{{\"epoch\": $e, \"train_loss\": NaN}}\n" >> $NNSWEEP_METRICS; done"#),
                "diverged", "not finite at epoch 1"
            ),
            (
                Self.shell("sleep 30", limit: 0.5), "timed_out",
                "stopped after 0.5 s (program.time_limit), at epoch 0 of 3"
            )
        ]
        for (yaml, status, message) in cases {
            let dir = try Self.folder()
            let started = Date()
            let (code, _, err) = try Self.run(yaml, in: dir)
            // A sweep with a failed cell ends with status 1, after writing its tables.
            #expect(code == (status == "diverged" ? 0 : 1), "\(err)")
            let rows: [[String: String]]
            do { rows = try Self.runs(dir) } catch {
                Issue.record("\(yaml): \(error)")
                continue
            }
            #expect(rows.first?["status"] == status, "\(yaml): \(rows)")
            #expect(rows.first?["message"]?.contains(message) == true, "\(yaml): \(rows.first?["message"] ?? "")")
            #expect(Date().timeIntervalSince(started) < 20)
        }
    }

    @Test func aFloodOfOutputIsCappedAndChildrenDoNotOutliveTheCell() throws {
        let dir = try Self.folder()
        let script =
            #"sleep 300 & echo $! > child.pid; head -c 20000000 /dev/zero; for e in 1 2 3; do printf "{{\"epoch\": $e, \"train_loss\": 1}}\n" >> $NNSWEEP_METRICS; done"#
        let (code, _, err) = try Self.run(Self.shell(script, extra: "  max_output_bytes: 1000"), in: dir)
        #expect(code == 0, "\(err)")
        let rows = try Self.runs(dir)
        #expect(rows.first?["status"] == "ok")
        let id = try #require(rows.first?["run_id"])
        let cell = dir.appendingPathComponent("out/programs/\(id)")
        let size =
            try FileManager.default.attributesOfItem(atPath: cell.appendingPathComponent("stdout.txt").path)[.size]
            as? Int
        #expect(size == 1000)
        let pid = Int32(
            try String(contentsOf: cell.appendingPathComponent("child.pid"), encoding: .utf8).trimmingCharacters(
                in: .whitespacesAndNewlines))!
        var gone = false
        for _ in 0..<50 {
            let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
            if stat == nil || stat!.contains(") Z ") {
                gone = true
                break
            }
            usleep(20_000)
        }
        #expect(gone, "the program's child outlived its cell")
    }

    @Test func mistakesInAProgramFileStopBeforeAnythingRuns() throws {
        let cases: [(String, String)] = [
            (
                "program: {command: [no-such-program-anywhere], metrics: {train_loss: lower}}",
                "no program 'no-such-program-anywhere' on PATH"
            ),
            (
                "program: {command: [sh, '-c', 'exit 0', '{optimizer.lrr}'], metrics: {train_loss: lower}}\nparams: {optimizer: {lr: 0.1}}",
                "{optimizer.lrr} names no parameter (did you mean {optimizer.lr}?)"
            ),
            ("program: {command: [sh], metrics: {train_loss: lower, val_loss: higher}}", "val_loss is lower-is-better"),
            ("program: {command: [sh], metrics: {train_loss: lower, 'f 1': higher}}", "is not a metric name"),
            (
                "program: {command: [sh], metrics: {train_loss: lower}}\ndata: {builtin: iris}",
                "data: belongs to the built-in engine"
            ),
            ("program: {command: [sh], metrics: {train_loss: lower}}\nparams: {seed: 3}", "params.seed is 3"),
            ("program: {command: [sh], metrics: {train_loss: lower}, time_limt: 5}", "did you mean 'time_limit'?"),
            ("program: {command: sh, metrics: {train_loss: lower}}", "program.command must be a list of arguments"),
            ("program: {command: [./missing.py], metrics: {train_loss: lower}}", "does not exist"),
            ("program: {command: [sh], metrics: {train_loss: lower}}\nparams: {epochs: 3}", "params.epochs is 3"),
            (
                "program: {command: [sh], metrics: {train_loss: lower, val_loss: lower}}\ntune: {search: {x: {values: [1, 2]}}, halving: {eta: 2}}",
                "tune.halving continues the surviving trials from their saved state; it needs a program that can continue"
            ),
            (
                "program: {command: [sh], metrics: {train_loss: lower, test_accuracy: higher}}\ntune: {search: {x: {values: [1]}}}",
                "tune needs a metric to select on, and the program reports no val_ metric"
            ),
            (
                "program: {command: [sh], metrics: {train_loss: lower, val_loss: lower, test_accuracy: higher}}\ntune: {search: {x: {values: [1]}}, select: {metric: test_accuracy}}",
                "test_accuracy is measured on the test part"
            ),
            (
                "program: {command: [sh], metrics: {train_loss: lower, val_loss: lower}}\ntune: {search: {epochs: {values: [1]}}}",
                "tune.search: epochs is nnsweep's"
            ),
            (
                "program: {command: [sh], metrics: {train_loss: lower, val_loss: lower}}\ngrid: {x: [1]}\ntune: {search: {x: {values: [1]}}}",
                "'x' is also the grid axis 'x'"
            ),
            (
                "program: {command: [sh], metrics: {train_loss: lower}}\ngrid: {status: [1, 2]}",
                "the grid axis 'status' would be a second column 'status' of runs.csv"
            ),
            (
                "program: {command: [sh], metrics: {train_loss: lower, run_id: higher}}",
                "the metric 'run_id' would be a second column 'run_id' of epochs.csv"
            )
        ]
        for (yaml, message) in cases {
            let dir = try Self.folder()
            let (code, out, err) = try Self.run(yaml, in: dir)
            #expect(code == 2, "\(yaml)")
            #expect(out.isEmpty && err.contains(message) && err.split(separator: "\n").count == 1, "\(yaml): \(err)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        }
    }

    @Test func parametersAreAddressedByTheGridAsTheBuiltInSettingsAre() throws {
        let dir = try Self.folder()
        let file = dir.appendingPathComponent("run.yaml")
        try """
        program: {command: [sh, -c, 'exit 0'], metrics: {train_loss: lower}}
        params: {optimizer: {name: sgd, lr: 0.1}, note: "a b"}
        epochs: 2
        seed: 4
        grid:
          model:
            small: {hidden: 8, epochs: 3}
            large: {hidden: 64}
          optimizer.lr: [0.01, 0.1]
        """.write(to: file, atomically: true, encoding: .utf8)
        let plan = try SweepPlan.load(file)
        #expect(plan.cells.count == 4)
        let first = try #require(plan.cells.first?.config)
        #expect(first.epochs == 3 && first.seed == 4)
        let params = try #require(first.program?.parameters)
        #expect(params.value(at: "optimizer.lr") == .double(0.01) && params.value(at: "hidden") == .int(8))
        #expect(params.value(at: "seed") == .int(4) && params.value(at: "note") == .string("a b"))
        #expect(Set(plan.cells.map(\.id)).count == 4)
        let columns = first.settingColumns.map(\.key)
        #expect(
            columns == [
                "program", "params.optimizer.name", "params.optimizer.lr", "params.note", "params.hidden", "epochs",
                "seed"
            ])
    }
}

/// What a review of program cells found, each kept fixed.
@Suite(.serialized) struct ProgramCellHardeningTests {
    /// A program that saves its state after every epoch, interrupted twice, keeps every epoch.
    @Test func twoInterruptsOfAContinuingCellLoseNoEpoch() throws {
        let dir = try ProgramCellTests.folder()
        let prog = dir.appendingPathComponent("prog.sh")
        try """
        #!/bin/sh
        e=1; [ -f "$NNSWEEP_STATE/s" ] && e=$(( $(cat "$NNSWEEP_STATE/s") + 1 ))
        while [ $e -le "$NNSWEEP_EPOCHS" ]; do
          sleep 0.3
          echo "{\\"epoch\\": $e, \\"train_loss\\": 0.$e}" >> "$NNSWEEP_METRICS"
          echo $e > "$NNSWEEP_STATE/s.tmp"; mv "$NNSWEEP_STATE/s.tmp" "$NNSWEEP_STATE/s"
          e=$((e+1))
        done
        """.write(to: prog, atomically: true, encoding: .utf8)
        chmod(prog.path, 0o755)
        let file = dir.appendingPathComponent("run.yaml")
        try "program: {command: [./prog.sh], metrics: {train_loss: lower}, continues: true}\nepochs: 8\n".write(
            to: file, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out").path
        for delay in [1.2, 0.8] {
            let (p, _, _) = try toolProcess(["run", file.path, "--out", out, "--no-plots", "--quiet"])
            try p.run()
            usleep(useconds_t(delay * 1e6))
            kill(p.processIdentifier, SIGINT)
            p.waitUntilExit()
        }
        let (status, _, err) = try runTool(["run", file.path, "--out", out, "--no-plots", "--quiet"])
        #expect(status == 0, "\(err)")
        let run = try #require(try SweepTables.load(URL(fileURLWithPath: out)).runs.first)
        #expect(run.status == "ok" && run.number("epochs_run") == 8, "\(run.columns)")
    }

    /// A link left where the cell's output goes is replaced, not written through.
    @Test func aLinkInTheCellFolderIsNotFollowed() throws {
        let dir = try ProgramCellTests.folder()
        let victim = dir.appendingPathComponent("victim")
        try "precious\n".write(to: victim, atomically: true, encoding: .utf8)
        let script =
            #"if [ ! -e marker ]; then touch marker; ln -sf \#(victim.path) stdout.txt; exit 1; fi; echo "{{\"epoch\": 1, \"train_loss\": 1}}" > $NNSWEEP_METRICS"#
        let yaml = "program:\n  command: [sh, -c, '\(script)']\n  metrics: {train_loss: lower}\nepochs: 1\n"
        let file = dir.appendingPathComponent("run.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out").path
        _ = try runTool(["run", file.path, "--out", out, "--no-plots", "--quiet"])
        try FileManager.default.removeItem(atPath: out + "/cells")
        _ = try runTool(["run", file.path, "--out", out, "--no-plots", "--quiet"])
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
    }

    @Test func aGridKeyThroughAValueAndAContinuingStdoutProgramAreRefused() throws {
        let cases: [(String, String)] = [
            (
                "program: {command: [sh], metrics: {train_loss: lower}}\nparams: {batch: 32}\ngrid: {batch.size: [1]}",
                "params.batch is a value, not a map of parameters"
            ),
            (
                "program: {command: [sh], metrics: {train_loss: lower}, continues: true, metrics_from: stdout}",
                "program.continues keeps the epochs"
            ),
            ("program: {command: [sh], metrics: {train_loss: lower}}\nparams: {x: \"a\\0b\"}", "holds a NUL character"),
            ("program: {command: [sh], metrics: {train_loss: lower}}\ngrid: {seeds: [1]}", "grid axis 'seeds'")
        ]
        for (yaml, message) in cases {
            let dir = try ProgramCellTests.folder()
            let (code, _, err) = try ProgramCellTests.run(yaml, in: dir)
            #expect(code == 2 && err.contains(message) && err.split(separator: "\n").count == 1, "\(yaml): \(err)")
        }
    }

    /// Escape sequences a program writes reach the message column as plain text.
    @Test func aProgramsTextIsOneLine() throws {
        let dir = try ProgramCellTests.folder()
        let (_, _, _) = try ProgramCellTests.run(
            ProgramCellTests.shell(#"printf "\033[31mRED\033]0;T\007\r{{\n" > $NNSWEEP_METRICS"#), in: dir)
        let message = try #require(try ProgramCellTests.runs(dir).first?["message"])
        #expect(!message.contains("\u{1B}") && !message.contains("\u{07}") && !message.contains("\r"), "\(message)")
    }

    @Test func aTunedSearchWithHalvingContinuesTheSurvivorsToTheBytesOfTheFullSearch() throws {
        func yaml(_ halving: Bool) -> String {
            """
            name: tuned
            program:
              command: [python3, \(ProgramCellTests.example.path)]
              metrics: {train_loss: lower, val_loss: lower, val_accuracy: higher, test_accuracy: higher}
              headline: test_accuracy
              continues: true
            params: {optimizer: {name: sgd}, batch_size: 16, hidden: 8, validation: true}
            epochs: 4
            tune:
              search: {optimizer.lr: {log_range: [0.01, 1.0], points: 4}}
              seeds: 2
              final_seeds: 2
            """ + (halving ? "\n  halving: {eta: 2, min_epochs: 1}" : "")
        }
        let full = try ProgramCellTests.folder()
        let halved = try ProgramCellTests.folder()
        var (status, _, err) = try ProgramCellTests.run(yaml(false), in: full)
        #expect(status == 0, "\(err)")
        (status, _, err) = try ProgramCellTests.run(yaml(true), in: halved)
        #expect(status == 0, "\(err)")
        let selection = try String(contentsOf: halved.appendingPathComponent("out/selection.csv"), encoding: .utf8)
        // The headline is of the test part: the selection reads the validation loss.
        #expect(selection.contains(",val_loss,final,"))
        // Every epoch a survivor trained, rung after rung from its saved state, is the full search's.
        func epochs(_ dir: URL) throws -> [String: String] {
            let t = try String(contentsOf: dir.appendingPathComponent("out/search/epochs.csv"), encoding: .utf8)
            var out: [String: String] = [:]
            for line in t.split(separator: "\n").dropFirst() {
                let f = line.split(separator: ",", omittingEmptySubsequences: false)
                out[f[0] + "/" + f[2]] = String(line)
            }
            return out
        }
        let a = try epochs(halved)
        let b = try epochs(full)
        #expect(a.count < b.count && !a.isEmpty)
        for (k, v) in a { #expect(b[k] == v, "\(k)") }
        let rungs = try String(contentsOf: halved.appendingPathComponent("out/search/rungs.csv"), encoding: .utf8)
        #expect(rungs.hasPrefix("optimizer.lr,rung,epochs,mean_val_loss,continued"))
        // Interrupted during the search and run again, the search ends in the same bytes.
        let again = try ProgramCellTests.folder()
        let file = again.appendingPathComponent("run.yaml")
        try yaml(true).write(to: file, atomically: true, encoding: .utf8)
        let records = again.appendingPathComponent("out/search/cells")
        let out = again.appendingPathComponent("out").path
        let (p, _, _) = try toolProcess(["run", file.path, "--out", out, "--no-plots", "--quiet", "-j", "1"])
        try p.run()
        for _ in 0..<600 {
            let n = ((try? FileManager.default.contentsOfDirectory(atPath: records.path)) ?? []).filter {
                $0.hasSuffix(".json")
            }.count
            if n >= 3 { break }
            usleep(20_000)
        }
        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        #expect(try runTool(["run", file.path, "--out", out, "--no-plots", "--quiet"]).0 == 0)
        #expect(try String(contentsOf: again.appendingPathComponent("out/selection.csv"), encoding: .utf8) == selection)
        #expect(try epochs(again) == a)
    }
}
