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

/// `model.layers` in run files: modules, names and per-layer initializers, settings texts,
/// checks against the data and the loss, summary and demo.
@Suite struct LayerListTests {
    static let tutorial = """
        data: {synthetic: moons, samples: 100}
        model:
          layers:
            - {linear: 3, name: linear1, init: {weight: xavier_normal, bias: zeros}}
            - sigmoid
            - {linear: 2, name: linear2, init: {weight: kaiming_normal, nonlinearity: relu}, bias: false}
            - relu
            - {batch_norm: {}}
            - {dropout: 0.2}
            - {linear: 2, name: out}
            - softmax
        epochs: 2

        """

    func config(_ yaml: String) throws -> RunConfig {
        try SweepPlan.parse(text: yaml, file: URL(fileURLWithPath: "/tmp/run.yaml")).cells[0].config
    }

    func expectError(_ yaml: String, _ fragments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        guard let e = planError(yaml) else {
            Issue.record("expected an error containing \(fragments)", sourceLocation: sourceLocation)
            return
        }
        for f in fragments { #expect(e.contains(f), "\(e)", sourceLocation: sourceLocation) }
        #expect(!e.contains("\n"), "one line: \(e)", sourceLocation: sourceLocation)
    }

    @Test func tutorialListParsesModuleByModule() throws {
        let c = try config(Self.tutorial)
        let layers = try #require(c.layers)
        #expect(
            layers == [
                ModuleSpec(
                    .linear(width: 3, init: LayerInit(weight: .xavierNormal(gain: 1), bias: .zeros)), name: "linear1"),
                ModuleSpec(.activation(.sigmoid)),
                ModuleSpec(
                    .linear(
                        width: 2, bias: false,
                        init: LayerInit(weight: .kaimingNormal(a: 0, mode: .fan_in, nonlinearity: "relu"))),
                    name: "linear2"),
                ModuleSpec(.activation(.relu)),
                ModuleSpec(.batchNorm),
                ModuleSpec(.dropout(0.2)),
                ModuleSpec(.linear(width: 2), name: "out"),
                ModuleSpec(.softmax)
            ])
        #expect(
            c.canonical.contains(
                ";layers=[linear(3,init.weight=xavier_normal(1.0),init.bias=zeros,name=linear1), sigmoid, "
                    + "linear(2,bias=false,init.weight=kaiming_normal(0.0,fan_in,relu),name=linear2), relu, batch_norm, dropout(0.2), linear(2,name=out), softmax];"
            ))
        #expect(!c.canonical.contains("hidden="))
        // Activations with options, and every module named by a plain name.
        let other = try config(
            "data: {builtin: iris}\nmodel: {layers: [{linear: 4}, {leaky_relu: {negative_slope: 0.2}}, gelu, {linear: 3}, log_softmax]}\nloss: nll\n"
        )
        #expect(other.layers?[1] == ModuleSpec(.activation(.leakyReLU(negativeSlope: 0.2))))
        #expect(other.layers?.last == ModuleSpec(.logSoftmax))
    }

    /// The shorthand keeps its settings text; a layer list's is its own, and changes with any module.
    @Test func settingsTextsAreStableAndDistinct() throws {
        let shorthand = try config("data: {builtin: iris}\nmodel: {hidden: [8]}\n")
        #expect(shorthand.canonical.contains(";hidden=8;activation=relu;dropout=0.0;batch_norm=false;init.weight="))
        #expect(!shorthand.canonical.contains("layers"))
        let list = try config("data: {builtin: iris}\nmodel: {layers: [{linear: 8}, relu, {linear: 3}]}\n")
        #expect(list.canonical != shorthand.canonical)
        #expect(
            list.canonical
                == (try config(
                    "data: {builtin: iris}\nmodel:\n  layers:\n    - linear: 8\n    - relu\n    - linear: 3\n"))
                .canonical)
        var texts: Set<String> = [list.canonical]
        for variant in [
            "[{linear: 8, name: a}, relu, {linear: 3}]", "[{linear: 8, bias: false}, relu, {linear: 3}]",
            "[{linear: 8}, tanh, {linear: 3}]", "[{linear: 8}, relu, {linear: 3}, softmax]",
            "[{linear: 8, init: {weight: zeros}}, relu, {linear: 3}]",
            "[{linear: 8}, relu, {dropout: 0.1}, {linear: 3}]"
        ] {
            texts.insert(try config("data: {builtin: iris}\nmodel: {layers: \(variant)}\n").canonical)
        }
        #expect(texts.count == 7)
        // The shorthand's modules are the list the engine builds.
        #expect(shorthand.modules(outputs: 3) == list.layers)
    }

    @Test func badLayerListsNameTheIndex() {
        let base = "data: {builtin: iris}\nmodel: {layers: "
        expectError(
            base + "[{linear: 8}, relux, {linear: 3}]}\n",
            ["run.yaml:2:", "model.layers[1]: unknown module 'relux' (did you mean 'relu'?)"])
        expectError(base + "[{linear: 8}, {conv2d: 3}, {linear: 3}]}\n", ["model.layers[1]: unknown module 'conv2d'"])
        expectError(
            base + "[{linear: 0}, relu, {linear: 3}]}\n", ["model.layers[0]: linear width must be at least 1, got 0"])
        expectError(
            base + "[{linear: 8, init: {weight: xavier_normall}}, {linear: 3}]}\n",
            ["model.layers[0]: unknown initializer 'xavier_normall'"])
        expectError(
            base + "[{linear: 8, init: {weight: zeros, bias: orthogonal}}, {linear: 3}]}\n",
            ["model.layers[0]: orthogonal cannot initialize a bias"])
        expectError(
            base + "[{linear: 8, init: {gain: 2}}, {linear: 3}]}\n", ["model.layers[0]: init.gain needs init.weight"])
        expectError(base + "[relu, {init: zeros, bias: false}]}\n", ["model.layers[1]: the module needs a kind"])
        expectError(
            base + "[relu, {relu: {}, bias: false}, {linear: 3}]}\n",
            ["model.layers[1]: bias goes with linear modules only"])
        expectError(
            base + "[{linear: 8, name: a}, {linear: 3, name: a}]}\n",
            ["model.layers[1]: the name 'a' is already the name of model.layers[0]"])
        expectError(
            base + "[{linear: 8, name: x.y}, {linear: 3}]}\n", ["model.layers[0]: name 'x.y' must not contain '.'"])
        expectError(base + "[{linear: 8, dropout: 0.5}]}\n", ["model.layers[0]: a module has one kind"])
        expectError(base + "[{dropout: 1.5}, {linear: 3}]}\n", ["model.layers[0]: dropout must be in [0, 1), got 1.5"])
        expectError(
            base + "[{leaky_relu: {slope: 2}}, {linear: 3}]}\n", ["model.layers[0]: unknown key in leaky_relu: 'slope'"]
        )
        expectError(base + "[relu, softmax]}\n", ["model.layers needs at least one linear module"])
        expectError(base + "[]}\n", ["model.layers must not be empty"])
        expectError(
            "data: {builtin: iris}\nmodel: {hidden: [8], layers: [{linear: 3}]}\n",
            ["model.hidden goes with the hidden/activation shorthand, not with model.layers"])
    }

    /// Checks that need the data: the last Linear's width against the data and the loss.
    @Test func outputWidthMustFitTheDataAndLoss() throws {
        let dir = temporaryDirectory()
        for (yaml, message) in [
            (
                "data: {builtin: iris}\nmodel: {layers: [{linear: 8}, relu, {linear: 2}, softmax]}\n",
                "model.layers[2]: the last linear has width 2, but the data with loss cross_entropy needs one output per class, 3"
            ),
            (
                "data: {synthetic: moons, samples: 100}\nmodel: {layers: [{linear: 8}, relu, {linear: 2}, sigmoid]}\nloss: bce\n",
                "model.layers[2]: the last linear has width 2, but the data with loss bce needs 1 output"
            ),
            (
                "data: {synthetic: moons, samples: 100}\nmodel: {layers: [{linear: 1}, sigmoid]}\nloss: {name: bce, pos_weight: 2}\n",
                "model.layers[1]: loss bce after a sigmoid is nn.BCELoss, which has no pos_weight"
            )
        ] {
            let file = write(yaml + "epochs: 1\n", "r.yaml", in: dir)
            let out = dir.appendingPathComponent("o")
            let (status, stdout, err) = try runTool(["run", file.path, "--out", out.path], in: dir)
            #expect(status == 2, "\(err)")
            #expect(stdout.isEmpty)
            #expect(err.contains(message) && err.filter { $0 == "\n" }.count == 1, "\(err)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "nothing written")
        }
    }

    /// A softmax between two Linear layers is a model PyTorch accepts; every output kind trains,
    /// and softmax + cross_entropy warns once per sweep.
    @Test func outputsTrainAndDoubleSoftmaxWarnsOnce() throws {
        let dir = temporaryDirectory()
        let file = write(
            """
            data: {synthetic: moons, samples: 100}
            model: {layers: [{linear: 4}, softmax, {linear: 2}, softmax]}
            epochs: 2
            grid:
              seed: [1, 2]
              optimizer.lr: [0.1, 0.5]

            """, "r.yaml", in: dir)
        let (status, _, err) = try runTool(["run", file.path, "--out", dir.appendingPathComponent("o").path], in: dir)
        #expect(status == 0, "\(err)")
        let warnings = err.split(separator: "\n").filter { $0.hasPrefix("warning:") }
        #expect(
            warnings.count == 1 && warnings[0].contains("4 of 4 cells") && warnings[0].contains("softmax again"),
            "\(err)")
        for (model, loss) in [
            ("[{linear: 4}, tanh, {linear: 2}, log_softmax]", "nll"),
            ("[{linear: 4}, tanh, {linear: 1}, sigmoid]", "bce")
        ] {
            let f = write(
                "data: {synthetic: moons, samples: 100}\nmodel: {layers: \(model)}\nloss: \(loss)\nepochs: 3\noptimizer: {name: sgd, lr: 0.5}\n",
                "\(loss).yaml", in: dir)
            let out = dir.appendingPathComponent("o-\(loss)")
            let (s, _, e) = try runTool(["run", f.path, "--out", out.path, "--quiet"], in: dir)
            #expect(s == 0 && !e.contains("warning"), "\(e)")
            let runs = CSVTable.rows(try String(contentsOf: out.appendingPathComponent("runs.csv"), encoding: .utf8))
            let col = try #require(runs[0].firstIndex(of: "final_val_accuracy"))
            // Better than chance: the predictions read probabilities (sigmoid above 0.5) correctly.
            #expect((Double(runs[1][col]) ?? 0) > 0.6, "\(loss): \(runs[1][col])")
        }
    }

    /// Named modules write checkpoints under their names, and init_from reads them back; a
    /// PyTorch nn.Sequential state_dict loads into the unnamed list of the same modules.
    @Test func checkpointsInBothDirections() throws {
        let dir = temporaryDirectory()
        var csv = "a,b,c,y\n"
        for i in 0..<40 { csv += "\(Double(i % 7) / 7),\(Double(i % 5) / 5 - 0.5),\(Double(i % 3)),\(i % 2)\n" }
        write(csv, "d.csv", in: dir)
        let named = write(
            "data: {csv: d.csv, target: y, scale: none}\nmodel: {layers: [{linear: 3, name: linear1}, sigmoid, {linear: 2, name: out}, softmax]}\nepochs: 1\ncheckpoint: true\n",
            "n.yaml", in: dir)
        let (s1, _, e1) = try runTool(
            ["run", named.path, "--out", dir.appendingPathComponent("n").path, "--quiet"], in: dir)
        #expect(s1 == 0, "\(e1)")
        let checkpoints = try FileManager.default.contentsOfDirectory(
            atPath: dir.appendingPathComponent("n/checkpoints").path)
        let ckpt = dir.appendingPathComponent("n/checkpoints/\(try #require(checkpoints.first))")
        let names = try SafeTensors.decode([UInt8](Data(contentsOf: ckpt))).tensors.map(\.0)
        #expect(names == ["linear1.weight", "linear1.bias", "out.weight", "out.bias"])
        let again = write(
            "data: {csv: d.csv, target: y, scale: none}\nmodel: {layers: [{linear: 3, name: linear1}, relu, {linear: 2, name: out}]}\nepochs: 1\ninit_from: \(ckpt.path)\n",
            "a.yaml", in: dir)
        let (s2, _, e2) = try runTool(
            ["run", again.path, "--out", dir.appendingPathComponent("a").path, "--quiet"], in: dir)
        #expect(s2 == 0, "\(e2)")
        // PyTorch's nn.Sequential(Linear(3,3), Sigmoid(), Linear(3,2,bias=False), ReLU(), Linear(2,2), Softmax(dim=1)).
        let torchFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../NNEngineTests/Fixtures/layer_list_tutorial_sequential.safetensors")
            .standardizedFileURL
        let sequential = "[{linear: 3}, sigmoid, {linear: 2, bias: false}, relu, {linear: 2}, softmax]"
        let torch = write(
            "data: {csv: d.csv, target: y, scale: none}\nmodel: {layers: \(sequential)}\nepochs: 1\ninit_from: \(torchFile.path)\n",
            "t.yaml", in: dir)
        let (s3, _, e3) = try runTool(
            ["run", torch.path, "--out", dir.appendingPathComponent("t").path, "--quiet"], in: dir)
        #expect(s3 == 0, "\(e3)")
        // With a bias where PyTorch has none, the checkpoint does not fit: one line, status 2.
        let wrong = write(
            "data: {csv: d.csv, target: y, scale: none}\nmodel: {layers: [{linear: 3}, sigmoid, {linear: 2}, relu, {linear: 2}, softmax]}\nepochs: 1\ninit_from: \(torchFile.path)\n",
            "w.yaml", in: dir)
        let (s4, _, e4) = try runTool(["run", wrong.path, "--out", dir.appendingPathComponent("w").path], in: dir)
        #expect(s4 == 2 && e4.contains("checkpoint is missing '2.bias'"), "\(e4)")
    }

    @Test func summaryPrintsOneRowPerModule() throws {
        let dir = temporaryDirectory()
        let file = write(Self.tutorial, "s.yaml", in: dir)
        let (status, out, err) = try runTool(["summary", file.path])
        #expect(status == 0, "\(err)")
        let lines = out.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        for row in [
            "Linear-1 [-1, 3] 9", "Sigmoid-2 [-1, 3] 0", "Linear-3 [-1, 2] 6", "ReLU-4 [-1, 2] 0",
            "BatchNorm1d-5 [-1, 2] 4",
            "Dropout-6 [-1, 2] 0", "Linear-7 [-1, 2] 6", "Softmax-8 [-1, 2] 0", "Total params: 25"
        ] {
            #expect(lines.contains(row), "missing \(row) in\n\(out)")
        }
        #expect(
            out.contains(
                "state_dict: linear1.weight, linear1.bias, linear2.weight, 4.weight, 4.bias, 4.running_mean, 4.running_var, 4.num_batches_tracked, out.weight, out.bias"
            ))
        // A grid prints each distinct model once, naming its cells.
        let grid = write(Self.tutorial + "grid:\n  seed: [1, 2]\n", "g.yaml", in: dir)
        let (gs, gout, _) = try runTool(["summary", grid.path])
        #expect(
            gs == 0 && gout.contains("the same model in all 2 cells")
                && gout.components(separatedBy: "Softmax-8").count == 2, "\(gout)")
    }

    /// The demo's network, given PyTorch's weights and input (torch.manual_seed(0), the
    /// tutorial's class), gives PyTorch's probabilities.
    @Test func demoModelMatchesPyTorch() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../NNEngineTests/Fixtures/layer_lists.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let demo = try #require(json["demo"] as? [String: Any])
        func tensor(_ t: Any?) throws -> (shape: [Int], data: [Float]) {
            let d = try #require(t as? [String: Any])
            return (try #require(d["shape"] as? [Int]), try #require(d["data"] as? [Double]).map { Float($0) })
        }
        let network = try NNSweepRunner.Demo(seed: 0).network
        let state = try #require(demo["state"] as? [String: Any])
        try network.load(
            try state.map { key, value in
                let t = try tensor(value)
                return (key, SafeTensors.Value.f32(shape: t.shape, values: t.data))
            })
        let x = try tensor(demo["x"])
        let expected = try tensor(demo["probabilities"])
        let p = NNSweepRunner.Demo.run(network, x.data, batch: 5)
        #expect(zip(p, expected.data).allSatisfy { abs($0 - $1) <= 1e-6 }, "\(p) vs \(expected.data)")
        #expect(network.namedParameters.map(\.0) == (try #require(demo["named_parameters"] as? [String])))
    }

    @Test func demoPrintsTheTutorialClass() throws {
        let (status, out, err) = try runTool(["demo", "--seed", "3", "--batch", "4"])
        #expect(status == 0, "\(err)")
        let lines = out.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        for row in ["Linear-1 [-1, 3] 12", "Linear-2 [-1, 2] 8", "Linear-3 [-1, 2] 6", "Total params: 26"] {
            #expect(lines.contains(row), "missing \(row)")
        }
        #expect(!out.contains("Sigmoid-") && !out.contains("Softmax-"), "the activations are functions, not modules")
        for s in [
            "linear1.weight Parameter containing:", "linear2.bias Parameter containing:",
            "out.bias Parameter containing:",
            "requires_grad=True)", "grad_fn=<SoftmaxBackward0>)", "xavier_normal_",
            "kaiming_normal_(weight, nonlinearity='relu')",
            "x = randn(4, 3)", "nnsweep's own generator"
        ] {
            #expect(out.contains(s), "missing \(s)")
        }
        // The weights follow the seed; `demo model` is `demo`.
        let (_, same, _) = try runTool(["demo", "model", "--seed", "3", "--batch", "4"])
        let (_, other, _) = try runTool(["demo", "--seed", "4", "--batch", "4"])
        #expect(same == out && other != out)
        let (bad, badOut, badErr) = try runTool(["demo", "--batch", "0"])
        #expect(bad == 2 && badOut.isEmpty && badErr.contains("--batch must be from 1 to 1000, got 0"), "\(badErr)")
    }
}
