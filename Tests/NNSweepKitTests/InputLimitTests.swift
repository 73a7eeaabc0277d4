import Foundation
import NNCluster
import NNCompare
import NNEngine
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// Input that crashed nnsweep or made it work without end: nesting deep enough to overflow the
/// stack, sizes whose products overflow, grids listed before they were counted, files that never
/// end. Each must end promptly in one line on stderr and exit 2, with nothing written. These run
/// the executable, so that a crash or a hang fails the test instead of the test process.
@Suite struct InputLimitTests {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
        let timedOut: Bool
        /// Ended with status 2 and one line on stderr, nothing on stdout.
        var refusedInOneLine: Bool {
            !timedOut && status == 2 && stdout.isEmpty && stderr.hasPrefix("nnsweep: ")
                && stderr.filter { $0 == "\n" }.count == 1
        }
    }

    /// Runs the executable for at most `seconds`, then stops it.
    func run(_ args: [String], in dir: URL? = nil, seconds: Double = 30) throws -> Outcome {
        let (p, out, err) = try toolProcess(args, in: dir)
        // Read as it comes, so that a full pipe cannot stall the process.
        let collected = Collected()
        out.fileHandleForReading.readabilityHandler = { h in collected.add(h.availableData, err: false) }
        err.fileHandleForReading.readabilityHandler = { h in collected.add(h.availableData, err: true) }
        try p.run()
        let deadline = Date().addingTimeInterval(seconds)
        while p.isRunning && Date() < deadline { usleep(20_000) }
        let timedOut = p.isRunning
        if timedOut { kill(p.processIdentifier, SIGKILL) }
        p.waitUntilExit()
        out.fileHandleForReading.readabilityHandler = nil
        err.fileHandleForReading.readabilityHandler = nil
        collected.add(out.fileHandleForReading.readDataToEndOfFile(), err: false)
        collected.add(err.fileHandleForReading.readDataToEndOfFile(), err: true)
        let (o, e) = collected.texts
        return Outcome(status: p.terminationStatus, stdout: o, stderr: e, timedOut: timedOut)
    }

    final class Collected: @unchecked Sendable {
        private var out = Data(), err = Data()
        private let lock = NSLock()
        func add(_ d: Data, err isErr: Bool) {
            lock.lock()
            if isErr { err.append(d) } else { out.append(d) }
            lock.unlock()
        }
        var texts: (String, String) {
            lock.lock()
            defer { lock.unlock() }
            return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
        }
    }

    /// Every command that reads a run file refuses `yaml` in one line containing `fragment`,
    /// writing nothing (`dryRun`: `run --dry-run` too, for what is found without the data).
    func expectRefusedByEveryCommand(
        _ yaml: String, _ fragment: String, seconds: Double = 30, dryRun: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let dir = temporaryDirectory()
        let file = write(yaml, "run.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        var commands = [
            ["run", file.path, "--out", out.path, "--quiet", "--no-plots"], ["summary", file.path],
            ["slurm", file.path, "--out", out.path]
        ]
        if dryRun { commands.append(["run", file.path, "--dry-run"]) }
        for args in commands {
            let o = try run(args, in: dir, seconds: seconds)
            #expect(
                o.refusedInOneLine, "\(args[0]): status \(o.status), timed out \(o.timedOut): \(o.stderr.prefix(300))",
                sourceLocation: sourceLocation)
            #expect(o.stderr.contains(fragment), "\(args[0]): \(o.stderr.prefix(300))", sourceLocation: sourceLocation)
        }
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing written", sourceLocation: sourceLocation)
    }

    // MARK: Crashes

    /// Every way YAML nests, a few thousand levels deep in a few kilobytes: flow lists and maps,
    /// block lists and maps by indentation, compact lists (`- - -`), explicit keys, and anchors
    /// whose aliases hold the anchor before (shallow each, deep once expanded).
    @Test func deepNestingIsRefusedBeforeTheYAMLReader() throws {
        let depth = 5000
        var forms: [(String, String)] = [
            (
                "flow lists",
                "data: {builtin: iris}\nmodel: {hidden: " + String(repeating: "[", count: depth)
                    + String(repeating: "]", count: depth) + "}\n"
            ),
            (
                "flow maps",
                "data: {builtin: iris}\nloss: " + String(repeating: "{a: ", count: depth) + "1"
                    + String(repeating: "}", count: depth) + "\n"
            ),
            (
                "compact lists",
                "data: {builtin: iris}\nmodel:\n  hidden: " + String(repeating: "- ", count: depth) + "1\n"
            ),
            ("unclosed lists", "data: {builtin: iris}\nmodel: {hidden: " + String(repeating: "[", count: depth) + "\n")
        ]
        var blockLists = "data: {builtin: iris}\nmodel:\n  hidden:\n"
        var blockMaps = "data: {builtin: iris}\nmodel:\n"
        var keys = "data: {builtin: iris}\nmodel:\n"
        for i in 0..<300 {
            blockLists += String(repeating: " ", count: i + 2) + "-\n"
            blockMaps += String(repeating: " ", count: i + 2) + "k:\n"
            keys +=
                String(repeating: " ", count: 2 * i + 2) + "? a\n" + String(repeating: " ", count: 2 * i + 2) + ":\n"
        }
        forms += [
            ("block lists", blockLists + String(repeating: " ", count: 303) + "- 1\n"), ("block maps", blockMaps),
            ("explicit keys", keys)
        ]
        var chain = "data: {builtin: iris}\nmodel:\n  hidden: [4]\n"
        var previous = "1"
        for i in 0..<200 {
            chain +=
                "a\(i): &a\(i) " + String(repeating: "[", count: 50) + previous + String(repeating: "]", count: 50)
                + "\n"
            previous = "*a\(i)"
        }
        forms.append(("aliases of aliases", chain))
        for (name, yaml) in forms {
            let dir = temporaryDirectory()
            let file = write(yaml, "run.yaml", in: dir)
            let o = try run(["run", file.path, "--dry-run"], in: dir)
            #expect(o.refusedInOneLine, "\(name): status \(o.status): \(o.stderr.prefix(300))")
            #expect(
                o.stderr.contains("nests lists and maps more than 100 levels deep") && o.stderr.contains("run.yaml:"),
                "\(name): \(o.stderr.prefix(300))")
        }
        try expectRefusedByEveryCommand(forms[0].1, "nests lists and maps more than 100 levels deep")
    }

    /// The limit is 100 levels, counted as the reader builds the tree; brackets in quotes,
    /// comments and block text are not levels.
    @Test func nestingUpToTheLimitIsRead() {
        // The file's map is level 1 and `model:`'s map level 2: 98 lists reach 100.
        func hidden(_ n: Int) -> String {
            "data: {builtin: iris}\nmodel: {hidden: " + String(repeating: "[", count: n) + "1"
                + String(repeating: "]", count: n) + "}\n"
        }
        let at = planError(hidden(98)) ?? ""
        #expect(at.contains("each entry of model.hidden must be a whole number"), "\(at)")
        let beyond = planError(hidden(99)) ?? ""
        #expect(beyond.contains("run.yaml:2: the file nests lists and maps more than 100 levels deep"), "\(beyond)")
        let brackets = String(repeating: "[{", count: 500)
        let text = """
            name: brackets # \(brackets)
            description: "\(brackets)"
            data: {builtin: iris}
            model: {hidden: ['\(brackets)']}
            """
        let quoted = planError(text) ?? ""
        #expect(quoted.contains("each entry of model.hidden must be a whole number"), "\(quoted)")
        let block = planError(
            "name: b\ndescription: |\n  \(brackets)\n  - - - - \(brackets)\ndata: {builtin: iris}\nepochs: 2\n")
        #expect(block == nil, "\(block ?? "")")
    }

    /// A checkpoint header's shape is a product of numbers from the file: [2^32, 2^32] and its
    /// kin overflow Int.
    @Test func checkpointShapesThatOverflowAreRefused() throws {
        let dir = temporaryDirectory()
        for (i, shape) in [
            "[4294967296, 4294967296]", "[3037000500, 3037000500]", "[2, 4611686018427387904]",
            "[65536, 65536, 65536, 65536]"
        ].enumerated() {
            for dtype in ["F32", "I64"] {
                var header = Array(
                    "{\"0.weight\":{\"dtype\":\"\(dtype)\",\"shape\":\(shape),\"data_offsets\":[0,8]}}".utf8)
                while header.count % 8 != 0 { header.append(0x20) }
                var bytes: [UInt8] = (0..<8).map { UInt8((UInt64(header.count) >> (8 * UInt64($0))) & 0xFF) }
                bytes += header + [UInt8](repeating: 0, count: 8)
                let name = "w\(i)\(dtype).safetensors"
                try Data(bytes).write(to: dir.appendingPathComponent(name))
                let file = write(
                    "data: {builtin: iris}\nmodel: {hidden: [3]}\nepochs: 1\ninit_from: \(name)\n",
                    "r\(i)\(dtype).yaml", in: dir)
                let o = try run(
                    ["run", file.path, "--out", dir.appendingPathComponent("o").path, "--quiet", "--no-plots"], in: dir)
                #expect(o.refusedInOneLine, "\(shape) \(dtype): status \(o.status): \(o.stderr.prefix(300))")
                #expect(
                    o.stderr.contains(
                        "tensor '0.weight' has shape \(shape.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ", ")), more elements than its 8 bytes can hold"
                    ), "\(o.stderr)")
            }
        }
        // Sizes that are not whole numbers within Int were truncated (1.5 as 1) or wrapped (2^64 as 0).
        for (i, shape) in ["[1.5]", "[18446744073709551616]", "[2, 1e30]"].enumerated() {
            var header = Array("{\"0.weight\":{\"dtype\":\"F32\",\"shape\":\(shape),\"data_offsets\":[0,8]}}".utf8)
            while header.count % 8 != 0 { header.append(0x20) }
            let bytes: [UInt8] =
                (0..<8).map { UInt8((UInt64(header.count) >> (8 * UInt64($0))) & 0xFF) } + header
                + [UInt8](repeating: 0, count: 8)
            try Data(bytes).write(to: dir.appendingPathComponent("m\(i).safetensors"))
            let file = write(
                "data: {builtin: iris}\nmodel: {hidden: [3]}\nepochs: 1\ninit_from: m\(i).safetensors\n", "m\(i).yaml",
                in: dir)
            let o = try run(
                ["run", file.path, "--out", dir.appendingPathComponent("o").path, "--quiet", "--no-plots"], in: dir)
            #expect(
                o.refusedInOneLine && o.stderr.contains("tensor '0.weight' has a malformed shape"),
                "\(shape): \(o.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("o").path))
    }

    /// Whole-number scheduler options are step counts: at most 2^53, so that no period,
    /// product or sum of them overflows (cosine's 2 T_max trapped from 2^62 on).
    @Test func schedulerStepCountsBeyond2To53AreRefused() throws {
        let big = "4611686018427387904"  // 2^62
        let cases = [
            "{name: cosine, T_max: \(big)}", "{name: cosine, T_max: 9223372036854775807}",
            "{name: cosine, T_max: 9007199254740993}",
            "{name: cosine_warm_restarts, T_0: 2, T_mult: \(big)}", "{name: cosine_warm_restarts, T_0: \(big)}",
            "{name: step, step_size: \(big)}", "{name: multistep, milestones: [2, \(big)]}",
            "{name: linear, total_iters: \(big)}",
            "{name: constant, total_iters: \(big)}", "{name: polynomial, total_iters: \(big)}",
            "{name: cyclic, base_lr: 0.01, max_lr: 0.1, step_size_up: \(big)}",
            "{name: cyclic, base_lr: 0.01, max_lr: 0.1, step_size_down: \(big)}",
            "{name: reduce_on_plateau, patience: \(big)}",
            "{name: sequential, schedulers: [constant, {name: step, step_size: \(big)}], milestones: [2]}",
            "{name: sequential, schedulers: [constant, {name: exponential, gamma: 0.9}], milestones: [\(big)]}"
        ]
        for s in cases {
            let e = planError("data: {builtin: iris}\nepochs: 3\nscheduler: \(s)\n") ?? ""
            #expect(e.contains("must be at most 2^53 = 9007199254740992, got"), "\(s): \(e)")
            #expect(e.contains("run.yaml:3:"), "\(s): \(e)")
        }
        // 2^53 itself is a period like any other.
        #expect(
            planError("data: {builtin: iris}\nepochs: 3\nscheduler: {name: cosine, T_max: 9007199254740992}\n") == nil)
        // Through the executable: the values that trapped during training end in one line.
        for s in cases.prefix(4) {
            try expectRefusedByEveryCommand(
                "data: {builtin: iris}\nepochs: 3\nbatch_size: full\nscheduler: \(s)\n", "must be at most 2^53")
        }
    }

    /// Class labels are counted in an Int from a float32: 1e30 trapped.
    @Test func classLabelsBeyondWhatFloat32CountsAreRefused() throws {
        let dir = temporaryDirectory()
        for label in ["1e30", "3.4e38", "16777216", "99999999999"] {
            write("a,y\n1,0\n2,\(label)\n3,0\n4,1\n", "d.csv", in: dir)
            let file = write("data: {csv: d.csv, target: y}\nbatch_size: full\nepochs: 1\n", "run.yaml", in: dir)
            let o = try run(
                ["run", file.path, "--out", dir.appendingPathComponent("o").path, "--quiet", "--no-plots"], in: dir)
            #expect(o.refusedInOneLine, "\(label): status \(o.status): \(o.stderr.prefix(300))")
            #expect(
                o.stderr.contains(
                    "row 3, column 'y': class label '\(label)' is too large; labels are 0, 1, 2, ... below 16777216"),
                "\(o.stderr)")
        }
        // Below 2^24, the class limit speaks.
        write("a,y\n1,0\n2,16777215\n3,0\n4,1\n", "d.csv", in: dir)
        let o = try run(
            [
                "run", dir.appendingPathComponent("run.yaml").path, "--out", dir.appendingPathComponent("o").path,
                "--quiet"
            ], in: dir)
        #expect(o.refusedInOneLine && o.stderr.contains("the largest class label is 16777215"), "\(o.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("o").path))
    }

    // MARK: Resource bombs

    /// A grid of searched points is counted (overflow-checked) before a trial is listed: 10^8
    /// trials took 2.4 GB and 18 s to list before the limit was checked; 10^30 overflowed.
    @Test func tuneGridsAreCountedBeforeTheyAreListed() throws {
        let start = "data: {builtin: iris}\ngrid: {epochs: [1]}\ntune:\n  search:\n"
        let wide =
            start + "    optimizer.lr: {values: [" + (1...10_000).map { "\($0)e-5" }.joined(separator: ", ") + "]}\n"
            + "    optimizer.momentum: {values: [" + (1...10_000).map { "\($0)e-5" }.joined(separator: ", ") + "]}\n"
        var huge = start
        for k in [
            "optimizer.lr", "optimizer.momentum", "optimizer.dampening", "optimizer.weight_decay", "regularization.l1",
            "regularization.l2", "model.dropout"
        ] {
            huge += "    \(k): {values: [" + (1...1_000).map { "0.00\($0)" }.joined(separator: ", ") + "]}\n"
        }
        for (yaml, fragment) in [
            (wide, "1 groups x 100000000 trials (10000 x 10000) x 1 seeds"),
            (huge, "1 groups x more than 9223372036854775807 trials"),
            (huge + "  halving: {eta: 3}\n", "1 groups x more than 9223372036854775807 trials")
        ] {
            let dir = temporaryDirectory()
            let file = write(yaml, "run.yaml", in: dir)
            for args in [["run", file.path, "--dry-run"], ["summary", file.path]] {
                let began = Date()
                let o = try run(args, in: dir, seconds: 15)
                #expect(o.refusedInOneLine, "status \(o.status), timed out \(o.timedOut): \(o.stderr.prefix(300))")
                #expect(
                    o.stderr.contains("the search has more than 100000 cells (\(fragment)"), "\(o.stderr.prefix(300))")
                #expect(Date().timeIntervalSince(began) < 10)
            }
        }
    }

    /// One searched key of 100 000 points: its labels are de-duplicated and found in linear
    /// time (quadratic before: 41 s for 100 000 points, minutes for these).
    @Test func planningIsLinearInTheSearchedPoints() throws {
        let dir = temporaryDirectory()
        let yaml =
            "data: {builtin: iris}\nepochs: 1\ntune:\n  search:\n    optimizer.lr: {log_range: [1.0e-9, 1.0e+9], points: 100000}\n"
        let file = write(yaml, "run.yaml", in: dir)
        let o = try run(["run", file.path, "--dry-run"], in: dir, seconds: 90)
        #expect(o.status == 0 && !o.timedOut, "timed out \(o.timedOut): \(o.stderr.prefix(300))")
        // 100 000 points, 4 significant digits each: 87 184 distinct values.
        #expect(o.stdout.contains("87184 cells = 87184 optimizer.lr x 1 seed"), "\(o.stdout.suffix(300))")
    }

    /// Data and checkpoints are read only from regular files: a named pipe waited for a writer
    /// and /dev/zero was read forever, already when the plan was made (the files' digests).
    @Test func inputFilesThatNeverEndAreRefusedAtOnce() throws {
        let dir = temporaryDirectory()
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        write("a,y\n1,0\n2,1\n3,0\n4,1\n5,0\n6,1\n", "d.csv", in: dir)
        for endless in [fifo, "/dev/zero"] {
            let kind =
                endless == fifo
                ? "is a named pipe (FIFO), not a regular file" : "is a character device, not a regular file"
            for (key, yaml) in [
                ("data.csv", "data: {csv: \(endless), target: y}\n"),
                ("data.test_csv", "data: {csv: d.csv, target: y, test_csv: \(endless)}\n"),
                ("data.validation_csv", "data: {csv: d.csv, target: y, validation_csv: \(endless)}\n"),
                ("init_from", "data: {builtin: iris}\ninit_from: \(endless)\n")
            ] {
                try expectRefusedByEveryCommand(yaml + "epochs: 1\n", "\(key): \(endless) \(kind)", seconds: 20)
            }
        }
        // A run file that never ends: read up to its limit, never waited on.
        for endless in [fifo, "/dev/zero"] {
            let o = try run(["run", endless, "--dry-run"], in: dir, seconds: 20)
            #expect(
                o.refusedInOneLine, "\(endless): status \(o.status), timed out \(o.timedOut): \(o.stderr.prefix(300))")
        }
        // A symbolic link to a regular file is read as the file.
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("link.csv").path,
            withDestinationPath: dir.appendingPathComponent("d.csv").path)
        let linked = write(
            "data: {csv: link.csv, target: y, test_fraction: 0.34}\nbatch_size: full\nepochs: 1\n", "l.yaml", in: dir)
        let o = try run(
            ["run", linked.path, "--out", dir.appendingPathComponent("l").path, "--quiet", "--no-plots"], in: dir)
        #expect(o.status == 0 && !o.timedOut, "\(o.stderr)")
    }

    /// CSV files above --max-input-bytes (2 GiB unless raised) are refused before a byte is
    /// read, on every command that reads a run file; the flag carries into the Slurm scripts.
    @Test func dataFilesLargerThanTheLimitAreRefused() throws {
        let dir = temporaryDirectory()
        let csv = "a,y\n" + (0..<20).map { "\($0),\($0 % 2)\n" }.joined()
        let size = csv.utf8.count
        write(csv, "d.csv", in: dir)
        write("a,y\n1,0\n2,1\n3,0\n", "t.csv", in: dir)
        for (key, yaml) in [
            ("data.csv", "data: {csv: d.csv, target: y}\n"),
            ("data.test_csv", "data: {csv: t.csv, target: y, test_csv: d.csv}\n")
        ] {
            let file = write(yaml + "batch_size: full\nepochs: 1\n", "r.yaml", in: dir)
            let out = dir.appendingPathComponent("o")
            for args in [
                ["run", file.path, "--out", out.path, "--quiet", "--no-plots"], ["summary", file.path],
                ["slurm", file.path, "--out", out.path]
            ] {
                let o = try run(args + ["--max-input-bytes", "\(size - 1)"], in: dir)
                #expect(o.refusedInOneLine, "\(args[0]): \(o.stderr)")
                #expect(
                    o.stderr.contains(
                        "\(key): \(dir.appendingPathComponent("d.csv").path) is \(size) bytes, more than the limit of \(size - 1) bytes; raise the limit with --max-input-bytes N"
                    ), "\(o.stderr)")
                #expect(!FileManager.default.fileExists(atPath: out.path))
                for limit in [size, Int.max] {
                    let ok = try run(args + ["--max-input-bytes", "\(limit)"], in: dir)
                    #expect(ok.status == 0, "\(args[0]) \(limit): \(ok.stderr)")
                    try? FileManager.default.removeItem(at: out)
                }
            }
        }
        let file = dir.appendingPathComponent("r.yaml").path
        _ = try run(
            ["slurm", file, "--out", dir.appendingPathComponent("s").path, "--max-input-bytes", "\(size)"], in: dir)
        let script =
            (try? String(contentsOf: dir.appendingPathComponent("s/slurm/sweep.sbatch"), encoding: .utf8)) ?? ""
        let collect =
            (try? String(contentsOf: dir.appendingPathComponent("s/slurm/collect.sbatch"), encoding: .utf8)) ?? ""
        #expect(
            script.contains("--max-input-bytes \(size)") && collect.contains("--max-input-bytes \(size)"), "\(script)")
        for command in ["run", "summary", "slurm", "collect"] {
            let o = try run([command, command == "collect" ? dir.path : file, "--max-input-bytes", "0"], in: dir)
            #expect(
                o.refusedInOneLine && o.stderr.contains("--max-input-bytes must be at least 1, got 0"),
                "\(command): \(o.stderr)")
        }
    }

    /// A network whose activations for one batch cannot be allocated is refused before any
    /// is: 512 evaluation rows x 10^7 units took 15 GB.
    @Test func activationsBeyondTheLimitAreRefused() throws {
        for (batch, hidden, samples) in [(1, 10_000_000, 600), (2_000_000, 200, 2_500_000), (16, 600_000, 1000)] {
            let yaml =
                "data: {synthetic: moons, samples: \(samples)}\nbatch_size: \(batch)\nepochs: 1\nmodel: {hidden: [\(hidden)]}\n"
            try expectRefusedByEveryCommand(
                yaml, "values in one layer's activations, more than the limit of 268435456 (1 GiB of float32)",
                seconds: 60, dryRun: false)
        }
    }
}
