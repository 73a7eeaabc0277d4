import Foundation
import NNCluster
import NNCompare
import NNData
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// Input that was accepted without a word and failed later (or never), and messages that named
/// the wrong problem: each now ends in one line that says what is wrong, where, and what is
/// allowed, before anything is trained or written.
@Suite struct StrictInputTests {
    func expectError(
        _ yaml: String, _ fragments: [String], line: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let e = planError(yaml) else {
            Issue.record("accepted; expected an error containing \(fragments)", sourceLocation: sourceLocation)
            return
        }
        for f in fragments { #expect(e.contains(f), "\(e)", sourceLocation: sourceLocation) }
        #expect(!e.contains("\n"), "one line: \(e)", sourceLocation: sourceLocation)
        if let line { #expect(e.contains("run.yaml:\(line):"), "\(e)", sourceLocation: sourceLocation) }
    }

    /// The error of loading and running `yaml` beside `files` (nil when it runs); nothing may be written.
    func runError(_ yaml: String, files: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation)
        -> String?
    {
        let dir = temporaryDirectory()
        for (name, text) in files { write(text, name, in: dir) }
        let out = dir.appendingPathComponent("out")
        do {
            try runSweep(try SweepPlan.load(write(yaml, "run.yaml", in: dir)), out: out)
            return nil
        } catch {
            #expect(
                !FileManager.default.fileExists(atPath: out.path), "nothing may be written on bad input",
                sourceLocation: sourceLocation)
            #expect(!"\(error)".contains("\n"), "one line: \(error)", sourceLocation: sourceLocation)
            return "\(error)"
        }
    }

    // MARK: A key twice

    /// Top-level keys given twice were refused; a key twice in any other map was not, and the
    /// later value won silently (a preset named twice trained both and failed after training).
    @Test func aKeyTwiceInAnyMapIsRefused() {
        let base = "data: {builtin: iris}\n"
        expectError(
            base + "grid:\n  optimizer:\n    A: {optimizer: sgd}\n    A: {optimizer: adam}\n",
            ["the key 'A' appears twice in the same map (line 4 and here)"], line: 5)
        expectError(base + "epochs: 2\nepochs: 3\n", ["the key 'epochs' appears twice", "line 2 and here"], line: 3)
        expectError(base + "optimizer: {name: sgd, lr: 0.1, lr: 0.2}\n", ["the key 'lr' appears twice"], line: 2)
        expectError(base + "grid:\n  init: [he]\n  init: [xavier]\n", ["the key 'init' appears twice"], line: 4)
        expectError(
            base + "grid:\n  o:\n    A:\n      optimizer: {name: sgd}\n      optimizer: {name: adam}\n",
            ["the key 'optimizer' appears twice"], line: 6)
        expectError(
            base + "model:\n  layers:\n  - {linear: 4, linear: 5}\n", ["the key 'linear' appears twice"], line: 4)
        expectError(
            base
                + "grid: {epochs: [1, 2]}\ntune:\n  search:\n    optimizer.lr: {values: [0.1]}\n    optimizer.lr: {values: [0.2]}\n",
            ["the key 'optimizer.lr' appears twice"], line: 6)
        expectError(
            base + "grid: {epochs: [1, 2], seed: [1, 2]}\nexclude:\n- {epochs: 1, epochs: 2}\n",
            ["the key 'epochs' appears twice"], line: 4)
        expectError("data: {builtin: iris, builtin: wine}\n", ["the key 'builtin' appears twice"], line: 1)
        // The same name in different maps is no repetition.
        #expect(
            planError(base + "grid:\n  a:\n    A: {optimizer: {name: sgd, lr: 0.1}}\n  b:\n    A: {epochs: 2}\n") == nil
        )
    }

    // MARK: Messages that named the wrong problem

    @Test func messagesNameTheProblem() throws {
        let base = "data: {builtin: iris}\n"
        // An empty list or map was reported as the wrong kind ("got a list", "got a map").
        expectError(base + "model: {layers: []}\n", ["model.layers must not be empty; list the modules"], line: 2)
        expectError(base + "tune: {search: {}}\n", ["tune.search is empty; give at least one searched key"], line: 2)
        #expect(!(planError(base + "model: {layers: []}\n") ?? "").contains("got a list"))
        // A scheme's short name where an initializer goes was "unknown ... (did you mean 'he'?)".
        for (key, short) in [("weight", "he"), ("weight", "xavier"), ("bias", "he")] {
            let s = planError(base + "init: {\(key): \(short)}\n") ?? ""
            #expect(
                s.contains("run.yaml:2: init.\(key): '\(short)' names a whole scheme, written init: \(short)")
                    && !s.contains("did you mean"), "\(s)")
        }
        // exclude: without grid: listed no valid axes.
        expectError(base + "exclude: [{a: 1}]\n", ["exclude needs a grid"], line: 2)
        expectError(base + "seeds: 3\nexclude:\n- {seed: 1}\n", ["exclude needs a grid"], line: 4)
        // Many plain values blamed aliases; they are counted and the largest list named.
        let axis = base + "grid:\n  seed: [" + (1...100_000).map(String.init).joined(separator: ", ") + "]\n"
        let e = planError(axis) ?? ""
        #expect(
            e.contains("the file has 100009 values") && e.contains("more than the limit of 100000")
                && e.contains("the list or map at line 3 has 100000 entries"), "\(e.prefix(300))")
        #expect(!e.contains("alias"), "\(e.prefix(300))")
        var presets = base + "grid:\n  o:\n"
        for i in 0..<34_000 { presets += "    p\(i): {epochs: 1}\n" }
        let p = planError(presets) ?? ""
        #expect(
            p.contains("values") && p.contains("the list or map at line 4 has 34000 entries") && !p.contains("alias"),
            "\(p.prefix(300))")
        // An unterminated quote was reported as a short row.
        for (csv, row, line) in [
            ("a,y\n\"1,0\n2,1\n3,0\n", 2, 2), ("a,y\n1,0\n2,\"1\n3,0\n", 3, 3), ("\"a,y\n1,0\n", 1, 1),
            ("a,y\n\"1\n0\",1\n3,\"0\n", 3, 4)
        ] {
            let q =
                runError("data: {csv: d.csv, target: y}\nbatch_size: full\nepochs: 1\n", files: ["d.csv": csv]) ?? ""
            #expect(
                q.contains(
                    "d.csv: row \(row) (line \(line)) opens a quoted field that is never closed: an unterminated quote"),
                "\(csv): \(q)")
        }
        #expect(
            runError(
                "data: {csv: d.csv, target: y, test_fraction: 0.25}\nbatch_size: full\nepochs: 1\n",
                files: ["d.csv": "a,y\n\"1\",0\n\"2\",1\n3,\"0\"\n4,1\n5,0\n6,1\n7,0\n8,1\n"]) == nil)
    }

    /// A Slurm --out with a newline or another control character was echoed raw, over two lines.
    @Test func slurmOutWithANewlineSaysSo() throws {
        let dir = temporaryDirectory()
        let file = write("data: {builtin: iris}\nepochs: 1\n", "r.yaml", in: dir)
        // Control characters cannot be in any line of a script; a space cannot be in an #SBATCH line.
        for (name, what) in [
            ("a\nb", "a line break, which a generated script cannot hold"),
            ("a\rb", "a carriage return, which a generated script cannot hold"),
            ("a\u{1}b", "the control character U+0001, which a generated script cannot hold"),
            ("a\tb", "the control character U+0009, which a generated script cannot hold"),
            ("a b", "a space, which #SBATCH lines cannot hold")
        ] {
            let out = dir.appendingPathComponent(name)
            let (status, stdout, err) = try runTool(["slurm", file.path, "--out", out.path], in: dir)
            #expect(status == 2 && stdout.isEmpty, "\(err)")
            #expect(err.contains("contains \(what)") && err.filter { $0 == "\n" }.count == 1, "\(err)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    // MARK: Accepted without a word

    @Test func seedsBelongAtTheTop() {
        let base = "data: {builtin: iris}\n"
        expectError(
            base + "grid:\n  o:\n    A: {seeds: 3}\n",
            ["preset 'A' of grid axis 'o': seeds: N goes at the top of the run file"], line: 4)
        expectError(
            base + "grid:\n  o:\n    A: {epochs: 2, seeds: 3}\n    B: {epochs: 3}\n",
            ["preset 'A'", "seeds: N goes at the top"], line: 4)
        expectError(base + "grid:\n  seeds: [1, 2]\n", ["grid axis 'seeds'", "use an axis seed: [1, 2, 3]"], line: 3)
        // At the top it is what it always was.
        #expect(planError(base + "seeds: 3\ngrid: {epochs: [1, 2]}\n") == nil)
    }

    @Test func theNameMustNameSomething() {
        for (name, fragment) in [
            ("~", "name must be a name (it names the results folder), got nothing"), ("null", "got nothing"),
            ("", "got nothing"),
            ("[a, b]", "got a list"), ("{a: 1}", "got a map"), ("\"  \"", "name is blank"),
            ("\"\\t\"", "name is blank"),
            ("\"\"", "name is empty")
        ] {
            expectError("name: \(name)\ndata: {builtin: iris}\n", [fragment], line: 1)
        }
        // A quoted "~" is a name like any other.
        #expect(planError("name: \"x~\"\ndata: {builtin: iris}\n") == nil)
    }

    @Test func theDescriptionIsText() {
        expectError("description: [a, b]\ndata: {builtin: iris}\n", ["description must be text", "got a list"], line: 1)
        expectError("description: {a: 1}\ndata: {builtin: iris}\n", ["description must be text", "got a map"], line: 1)
        for ok in ["description: a line", "description: |\n  two\n  lines", "description: ~", "description: 3"] {
            #expect(planError(ok + "\ndata: {builtin: iris}\n") == nil, "\(ok)")
        }
    }

    /// Hexadecimal cells parsed as numbers; a NUL byte ended the number before it.
    @Test func csvCellsAreDecimalNumbers() {
        let run = "data: {csv: d.csv, target: y, test_fraction: 0.25}\nbatch_size: full\nepochs: 1\n"
        for cell in ["0x10", "0X1p3", "0x1P-2", "nan", "-inf", "1_000", "1e", ".", "+", "1.2.3", "1e5e5", "١٢"] {
            let e = runError(run, files: ["d.csv": "a,y\n\(cell),0\n2,1\n3,0\n4,1\n5,0\n6,1\n7,0\n8,1\n"]) ?? ""
            #expect(e.contains("row 2, column 'a': '\(cell)' is not a number (write decimal numbers"), "\(cell): \(e)")
        }
        for cell in ["1\u{0}", "\u{0}", "1\u{0}5", "2\u{7}"] {
            let e = runError(run, files: ["d.csv": "a,y\n\(cell),0\n2,1\n3,0\n4,1\n5,0\n6,1\n7,0\n8,1\n"]) ?? ""
            #expect(
                e.contains("row 2, column 'a': '") && e.contains("' holds a control character, not a number")
                    && e.contains("\\u{"), "\(cell): \(e)")
        }
        let label = runError(run, files: ["d.csv": "a,y\n1,0x1\n2,1\n3,0\n4,1\n5,0\n6,1\n7,0\n8,1\n"]) ?? ""
        #expect(label.contains("column 'y': '0x1' is not a number"), "\(label)")
        // Decimal forms still read.
        #expect(runError(run, files: ["d.csv": "a,y\n1.5,0\n-2,1\n+3e2,0\n.5,1\n5.,0\n 6 ,1\n7E-1,0\n-0.0,1\n"]) == nil)
    }

    /// Seeds in a compared runs.csv must be nnsweep's: whole numbers from 0.
    @Test func comparedSeedsAreWholeNumbers() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write("name: s\ndata: {builtin: iris}\nepochs: 1\nseeds: 2\n", "s.yaml", in: dir))
        let base = dir.appendingPathComponent("base")
        try runSweep(plan, out: base)
        let runs = try String(contentsOf: base.appendingPathComponent("runs.csv"), encoding: .utf8)
        for bad in ["-3", "1.5", "x", "", "01", "+1", "1e0"] {
            let cur = dir.appendingPathComponent("cur\(bad.hashValue)")
            try FileManager.default.copyItem(at: base, to: cur)
            var rows = CSVTable.rows(runs)
            let seed = rows[0].firstIndex(of: "seed")!
            rows[2][seed] = bad
            try (rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n").write(
                to: cur.appendingPathComponent("runs.csv"), atomically: true, encoding: .utf8)
            let (status, stdout, err) = try runTool(["compare", base.path, cur.path])
            #expect(status == 2 && stdout.isEmpty, "\(bad): \(err)")
            #expect(
                err.contains("runs.csv: row 3, column 'seed': '\(bad)' is not a seed (a whole number >= 0"),
                "\(bad): \(err)")
        }
        let (status, _, err) = try runTool(["compare", base.path, base.path])
        #expect(status == 0, "\(err)")
    }

    /// A class only the test or validation part has widened the model by an output that
    /// training never saw.
    @Test func classesOnlyHeldOutAreRefused() {
        let train = "a,y\n" + (0..<12).map { "\($0),\($0 % 2)\n" }.joined()
        let cases: [(String, [String: String], String)] = [
            (
                "data: {csv: d.csv, target: y, test_csv: t.csv}\n", ["d.csv": train, "t.csv": "a,y\n1,0\n2,5\n"],
                "t.csv: the test part has class label 5"
            ),
            (
                "data: {csv: d.csv, target: y, test_csv: t.csv}\n",
                ["d.csv": "a,y\n1,0\n2,2\n3,0\n4,2\n", "t.csv": "a,y\n1,1\n"], "t.csv: the test part has class label 1"
            ),
            (
                "data: {csv: d.csv, target: y, validation_csv: v.csv, test_fraction: 0.25}\n",
                ["d.csv": train, "v.csv": "a,y\n1,0\n2,7\n"],
                "v.csv: the validation part has class label 7"
            ),
            (
                "data: {csv: d.csv, target: y, test_every: 4}\n",
                ["d.csv": "a,y\n1,0\n2,1\n3,0\n4,3\n5,1\n6,0\n7,1\n8,3\n"], "d.csv: the test part has class label 3"
            )
        ]
        for (yaml, files, fragment) in cases {
            let e = runError(yaml + "batch_size: full\nepochs: 1\n", files: files) ?? ""
            #expect(
                e.contains(fragment)
                    && e.contains(
                        "which no sample of the training part has; every class must appear in the training part"),
                "\(e)")
        }
        #expect(
            runError(
                "data: {csv: d.csv, target: y, test_csv: t.csv}\nbatch_size: full\nepochs: 1\n",
                files: ["d.csv": train, "t.csv": "a,y\n1,0\n2,1\n"]) == nil)
    }

    @Test func classWeightsMustWeighSomething() {
        for loss in [
            "{name: cross_entropy, weight: [0, 0, 0]}",
            "{name: cross_entropy, weight: [0.0, 0, 0], label_smoothing: 0.1}", "{name: nll, weight: [0, 0, 0]}"
        ] {
            let layers = loss.contains("nll") ? "model: {layers: [{linear: 3}, log_softmax]}\n" : ""
            expectError(
                "data: {builtin: iris}\n\(layers)loss: \(loss)\n",
                ["weight must give at least one class a weight above 0", "got [0.0,0.0,0.0]"],
                line: loss.contains("nll") ? 3 : 2)
        }
        #expect(planError("data: {builtin: iris}\nloss: {name: cross_entropy, weight: [0, 0, 1]}\n") == nil)
    }

    /// Initial weights that can only be infinite: an option beyond float32's range, or a scale
    /// that overflows for the layer's fans.
    @Test func initialWeightsMustBeFinite() {
        for (scheme, key) in [
            ("{weight: normal, std: 1e300}", "std"), ("{weight: normal, mean: -1e39}", "mean"),
            ("{weight: constant, val: 1e39}", "val"),
            ("{weight: uniform, a: 0, b: 1e40}", "b"), ("{weight: uniform, a: -1e40, b: 0}", "a"),
            ("{weight: xavier_uniform, gain: 1e39}", "gain"),
            ("{weight: xavier_normal, gain: 1e39}", "gain"), ("{weight: orthogonal, gain: -1e39}", "gain"),
            ("{weight: trunc_normal, a: -1e39, b: 0}", "a"), ("{weight: sparse, sparsity: 0.1, std: 1e39}", "std")
        ] {
            expectError(
                "data: {builtin: iris}\ninit: \(scheme)\n", ["\(key) must be within float32's range (±3.4e38)"], line: 2
            )
        }
        expectError(
            "data: {builtin: iris}\ninit: {weight: kaiming_normal, bias: {name: constant, val: 1e39}}\n",
            ["init.bias: val must be within float32's range"], line: 2)
        // Within the range, but the scale overflows for these fans (2 + 1): found when the network is built.
        let e =
            runError(
                "data: {synthetic: moons}\nmodel: {hidden: [1]}\ninit: {weight: xavier_uniform, gain: 3.3e38}\nepochs: 1\n"
            ) ?? ""
        #expect(e.contains("init: the initial 0.weight holds infinity"), "\(e)")
        // Such a file reads: the fans are known only once the data is.
        #expect(planError("data: {builtin: iris}\ninit: {weight: xavier_uniform, gain: 3.3e38}\n") == nil)
    }

    @Test func divideByIsANormalPositiveNumber() {
        for v in ["1e-320", "1e-39", "0", "-2", "-1e-30", "1e39"] {
            expectError(
                "data: {builtin: iris, divide_by: \(v)}\n",
                ["data.divide_by must be a positive number from 1.1754944e-38 to 3.4028235e+38 (a normal float32)"],
                line: 1)
        }
        for v in ["255", "1e-30", "0.5"] { #expect(planError("data: {builtin: iris, divide_by: \(v)}\n") == nil) }
    }
}
