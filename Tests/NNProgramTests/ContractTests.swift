import Testing

@testable import NNProgram

/// The data of the program contract: parameters, command lines and metric lines.
struct ContractTests {
    @Test func jsonReadsWhatPythonWrites() throws {
        // json.dumps({"epoch": 3, "val_loss": float("nan"), "a": [1, 2.5e-3, -Infinity], "s": "é\n"})
        let v = try JSONValue.parse(#"{"epoch": 3, "val_loss": NaN, "a": [1, 0.0025, -Infinity], "s": "\u00e9\n"}"#)
        guard case .object(let o) = v else {
            Issue.record("not an object")
            return
        }
        #expect(o.keys == ["epoch", "val_loss", "a", "s"])
        #expect(o["epoch"] == .int(3))
        #expect(o["val_loss"]?.number?.isNaN == true)
        #expect(o["a"] == .array([.int(1), .double(0.0025), .double(-.infinity)]))
        #expect(o["s"] == .string("é\n"))
        for bad in ["{", #"{"a" 1}"#, "[1,]", "01x", #"{"a": 1, "a": 2}"#, "nul", #""\q""#, "1 2"] {
            #expect(throws: JSONError.self, "\(bad)") { try JSONValue.parse(bad) }
        }
    }

    @Test func jsonTextIsStableAndRoundTrips() throws {
        var p = ProgramParameters()
        try p.set("optimizer.name", to: .string("adam"))
        try p.set("optimizer.lr", to: .double(0.001))
        try p.set("epochs", to: .int(10))
        try p.set("model.hidden", to: .array([.int(64), .int(32)]))
        try p.set("note", to: .string("a \"quoted\"\ttab"))
        #expect(
            p.json
                == #"{"optimizer": {"name": "adam", "lr": 0.001}, "epochs": 10, "model": {"hidden": [64, 32]}, "note": "a \"quoted\"\ttab"}"#
                + "\n")
        #expect(try JSONValue.parse(p.json) == .object(p.root))
        #expect(p.leaves.map(\.key) == ["optimizer.name", "optimizer.lr", "epochs", "model.hidden", "note"])
        #expect(p.value(at: "optimizer.lr") == .double(0.001))
        #expect(p.value(at: "optimizer.momentum") == nil)
        #expect(throws: ParameterError.self) { try p.set("epochs.max", to: .int(3)) }
        #expect(throws: ParameterError.self) { try p.set("a..b", to: .int(3)) }
    }

    @Test func placeholdersAreFilledAsWholeArguments() throws {
        var p = ProgramParameters()
        try p.set("optimizer.lr", to: .double(1e-5))
        try p.set("optimizer.name", to: .string("a b; rm -rf /"))
        try p.set("flag", to: .bool(true))
        let c = ProgramCommand([
            "python3", "train.py", "--lr={optimizer.lr}", "{optimizer.name}", "{args}", "{{x}}", "{seed}"
        ])
        #expect(try c.parameterPlaceholders() == ["optimizer.lr", "optimizer.name"])
        #expect(
            try c.expand(p, contract: ["seed": "7"]) == [
                "python3", "train.py", "--lr=1e-05", "a b; rm -rf /", "--optimizer.lr=1e-05",
                "--optimizer.name=a b; rm -rf /", "--flag=true", "{x}", "7"
            ])
        #expect {
            try ProgramCommand(["--lr={optimizer.lrr}"]).expand(p, contract: [:])
        } throws: { ($0 as? ParameterError)?.description.contains("did you mean {optimizer.lr}?") == true }
        #expect(throws: ParameterError.self) { try ProgramCommand(["--x={args}"]).expand(p, contract: [:]) }
        #expect(throws: ParameterError.self) { try ProgramCommand(["{unclosed"]).parameterPlaceholders() }
        #expect(throws: ParameterError.self) { try ProgramCommand(["stray}"]).parameterPlaceholders() }
    }

    @Test func metricLinesAreReadAndCheckedLineByLine() {
        let metrics = ["val_loss", "val_accuracy"]
        let ok = MetricsReader.jsonLines(
            "{\"epoch\": 1, \"val_loss\": 0.5, \"val_accuracy\": 0.8, \"other\": \"x\"}\n\n{\"epoch\": 2, \"val_loss\": 0.4}\n",
            metrics: metrics, complete: true)
        #expect(ok.problem == nil && !ok.diverged)
        #expect(
            ok.epochs == [
                EpochMetrics(epoch: 1, values: ["val_loss": 0.5, "val_accuracy": 0.8]),
                EpochMetrics(epoch: 2, values: ["val_loss": 0.4])
            ])
        let nan = MetricsReader.jsonLines("{\"epoch\": 1, \"val_loss\": NaN}\n", metrics: metrics, complete: true)
        #expect(nan.problem == nil && nan.diverged)
        let cases: [(String, String)] = [
            ("{\"epoch\": 2}\n{\"epoch\": 1}\n", "line 2: epoch 1 comes after epoch 2"),
            ("{\"epoch\": 1}\n{\"epoch\": 1}\n", "line 2: epoch 1 reported twice"),
            ("garbage\n", "line 1: not JSON"),
            ("[1]\n", "line 1: not a JSON object"),
            ("{\"val_loss\": 1}\n", "line 1: needs \"epoch\""),
            ("{\"epoch\": 0}\n", "line 1: needs \"epoch\""),
            ("{\"epoch\": 1.5}\n", "line 1: needs \"epoch\""),
            ("{\"epoch\": 1, \"val_loss\": \"low\"}\n", "line 1: \"val_loss\" must be a number")
        ]
        for (text, expected) in cases {
            let r = MetricsReader.jsonLines(text, metrics: metrics, complete: true)
            #expect(r.problem?.hasPrefix(expected) == true, "\(text): \(r.problem ?? "no problem")")
        }
        // A last line cut off mid-write by a stop is not a mistake; from a finished program it is.
        let cut = "{\"epoch\": 1, \"val_loss\": 0.5}\n{\"epoch\": 2, \"val_lo"
        #expect(MetricsReader.jsonLines(cut, metrics: metrics, complete: false).problem == nil)
        #expect(MetricsReader.jsonLines(cut, metrics: metrics, complete: false).epochs.count == 1)
        #expect(MetricsReader.jsonLines(cut, metrics: metrics, complete: true).problem?.hasPrefix("line 2") == true)
    }

    @Test func metricsFromStandardOutput() throws {
        let lines = [
            "loading data", "epoch 1 val_loss: 0.41 val_accuracy: 0.88", "Epoch 2/10, val_loss=0.35, val_accuracy=0.9",
            "epoch 3 | val_loss nan", "epochs are fun", "epoch 4 train_loss: 1.0"
        ]
        let r = try MetricsReader.stdoutLines(lines, metrics: ["val_loss", "val_accuracy"], pattern: nil)
        #expect(r.epochs.map(\.epoch) == [1, 2, 3, 4])
        #expect(r.epochs[0].values == ["val_loss": 0.41, "val_accuracy": 0.88])
        #expect(r.epochs[1].values == ["val_loss": 0.35, "val_accuracy": 0.9])
        #expect(r.epochs[2].values["val_loss"]?.isNaN == true && r.diverged)
        #expect(r.epochs[3].values.isEmpty)
        let custom = try MetricsReader.stdoutLines(
            ["[it 5] loss 0.25 acc 91%", "noise"], metrics: ["val_loss", "val_accuracy"],
            pattern: #"\[it (?<epoch>\d+)\] loss (?<val_loss>\S+) acc (?<val_accuracy>[0-9.]+)%"#)
        #expect(custom.epochs == [EpochMetrics(epoch: 5, values: ["val_loss": 0.25, "val_accuracy": 91])])
        let twice = try MetricsReader.stdoutLines(
            ["epoch 1 val_loss: 1", "epoch 1 val_loss: 2"], metrics: ["val_loss"], pattern: nil)
        #expect(twice.problem == "standard output line 2: epoch 1 reported twice")
        #expect(throws: PatternError.self) { try MetricsReader.stdoutLines([], metrics: [], pattern: "(unclosed") }
    }
}
