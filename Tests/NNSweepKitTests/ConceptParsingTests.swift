import Foundation
import NNCluster
import NNCompare
import NNEngine
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// Activations, initializers and losses in a run file: names and options as their declarations
/// give them, and one clear line for each mistake.
@Suite struct ConceptParsingTests {
    func config(_ yaml: String) throws -> RunConfig {
        try SweepPlan.parse(text: yaml, file: URL(fileURLWithPath: "/tmp/run.yaml")).cells[0].config
    }

    func expectError(
        _ yaml: String, _ fragments: [String], line: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let e = planError(yaml) else {
            Issue.record("expected an error containing \(fragments)", sourceLocation: sourceLocation)
            return
        }
        for f in fragments { #expect(e.contains(f), "\(e)", sourceLocation: sourceLocation) }
        #expect(!e.contains("\n"), "one line: \(e)", sourceLocation: sourceLocation)
        if let line { #expect(e.contains("run.yaml:\(line):"), "\(e)", sourceLocation: sourceLocation) }
    }

    @Test func activationsByNameOrWithOptions() throws {
        #expect(
            try config("data: {builtin: iris}\nmodel: {activation: gelu}\n").activation == .gelu(approximate: .none))
        #expect(
            try config("data: {builtin: iris}\nmodel: {activation: leaky_relu}\n").activation
                == .leakyReLU(negativeSlope: 0.01))
        let elu = try config("data: {builtin: iris}\nmodel: {activation: {name: elu, alpha: 0.5}}\n")
        #expect(elu.activation == .elu(alpha: 0.5))
        #expect(elu.canonical.contains(";activation=elu(0.5);"))
        let gelu = try config("data: {builtin: iris}\nmodel: {activation: {name: gelu, approximate: tanh}}\n")
        #expect(gelu.activation == .gelu(approximate: .tanh))
        // Options at their defaults are the plain name: the same cell.
        let plain = try config("data: {builtin: iris}\nmodel: {activation: {name: softplus, beta: 1, threshold: 20}}\n")
        #expect(plain.canonical.contains(";activation=softplus;"))
        for name in ActivationKind.names {
            #expect(try config("data: {builtin: iris}\nmodel: {activation: \(name)}\n").activation.name == name)
        }
    }

    @Test func activationsInAGrid() throws {
        let plan = try SweepPlan.parse(
            text: """
                data: {builtin: iris}
                grid:
                  model.activation: [relu, {name: leaky_relu, negative_slope: 0.2}, selu]
                """, file: URL(fileURLWithPath: "/tmp/run.yaml"))
        #expect(plan.cells.map(\.config.activation) == [.relu, .leakyReLU(negativeSlope: 0.2), .selu])
        #expect(Set(plan.cells.map(\.id)).count == 3)
    }

    @Test func activationMistakes() {
        expectError(
            "data: {builtin: iris}\nmodel: {activation: {name: elu, alpah: 0.5}}\n",
            ["activation elu has no option 'alpah'", "did you mean 'alpha'?", "it takes alpha"], line: 2)
        expectError(
            "data: {builtin: iris}\nmodel: {activation: {name: relu, alpha: 0.5}}\n",
            ["activation relu has no option 'alpha'", "it takes none"], line: 2)
        expectError(
            "data: {builtin: iris}\nmodel: {activation: {name: softplus, beta: 0}}\n",
            ["model.activation.beta must be > 0, got 0.0"], line: 2)
        expectError(
            "data: {builtin: iris}\nmodel: {activation: {name: elu, alpha: big}}\n",
            ["model.activation.alpha must be a number", "'big'"], line: 2)
        expectError(
            "data: {builtin: iris}\nmodel: {activation: {name: gelu, approximate: fast}}\n",
            ["unknown model.activation.approximate 'fast'", "valid: none, tanh"], line: 2)
        expectError(
            "data: {builtin: iris}\nmodel: {activation: {name: hardtanh, min_val: 1, max_val: 0}}\n",
            ["hardtanh needs max_val > min_val"], line: 2)
        expectError(
            "data: {builtin: iris}\nmodel: {activation: {name: celu, alpha: 0}}\n", ["celu alpha must not be 0"],
            line: 2)
        expectError(
            "data: {builtin: iris}\nmodel: {activation: {alpha: 0.5}}\n", ["model.activation needs name", "gelu"],
            line: 2)
        expectError(
            "data: {builtin: iris}\nmodel: {activation: [relu]}\n", ["model.activation must be a name or a map"],
            line: 2)
        expectError(
            "data: {builtin: iris}\nmodel: {activation: gleu}\n", ["unknown activation 'gleu'", "did you mean 'gelu'?"],
            line: 2)
        expectError(
            "data: {builtin: iris}\nmodel: {activation: {name: elu, alpha: 1e60}}\n", ["too large for float32"], line: 2
        )
    }

    @Test func initializersWithGainsAndNewNames() throws {
        #expect(
            try config("data: {builtin: iris}\ninit: {weight: xavier_normal, gain: selu}\n").initScheme.weight
                == .xavierNormal(gain: 0.75))
        #expect(
            try config("data: {builtin: iris}\ninit: {weight: orthogonal, gain: relu}\n").initScheme.weight
                == .orthogonal(gain: 2.0.squareRoot()))
        #expect(
            try config("data: {builtin: iris}\ninit: {weight: kaiming_normal, nonlinearity: selu}\n").initScheme.weight
                == .kaimingNormal(a: 0, mode: .fan_in, nonlinearity: "selu"))
        let t = try config(
            "data: {builtin: iris}\ninit: {weight: {name: trunc_normal, std: 0.02}, bias: {name: trunc_normal, a: -1, b: 1}}\n"
        )
        #expect(
            t.initScheme
                == InitScheme(
                    weight: .truncNormal(mean: 0, std: 0.02, a: -2, b: 2),
                    bias: .truncNormal(mean: 0, std: 1, a: -1, b: 1)))
        #expect(
            t.canonical.contains(
                ";init.weight=trunc_normal(0.0,0.02,-2.0,2.0);init.bias=trunc_normal(0.0,1.0,-1.0,1.0);"))
        #expect(
            try config("data: {builtin: iris}\ninit: {weight: sparse, sparsity: 0.2}\n").initScheme.weight
                == .sparse(sparsity: 0.2, std: 0.01))
        #expect(try config("data: {builtin: iris}\ninit: eye\n").initScheme == InitScheme(weight: .eye, bias: .zeros))
        #expect(
            try config("data: {builtin: iris}\ninit: he\n").canonical.contains(
                ";init.weight=kaiming_normal(0.0,fan_in,relu);init.bias=zeros;"))
    }

    @Test func initializerMistakes() {
        expectError("data: {builtin: iris}\ninit: {weight: sparse}\n", ["sparse needs sparsity"], line: 2)
        expectError(
            "data: {builtin: iris}\ninit: {weight: sparse, sparsity: 1.5}\n",
            ["init.sparsity must be in [0, 1], got 1.5"], line: 2)
        expectError(
            "data: {builtin: iris}\ninit: {weight: {name: trunc_normal, a: 2, b: 1}}\n", ["trunc_normal needs a < b"],
            line: 2)
        expectError(
            "data: {builtin: iris}\ninit: {weight: xavier_normal, gain: gelu}\n",
            ["unknown nonlinearity for gain 'gelu'", "selu"], line: 2)
        expectError(
            "data: {builtin: iris}\ninit: {weight: {name: orthogonal, gian: 2}}\n",
            ["initializer orthogonal has no option 'gian'", "did you mean 'gain'?"], line: 2)
        expectError(
            "data: {builtin: iris}\ninit: {weight: orthogonal, bias: eye}\n", ["eye cannot initialize a bias"], line: 2)
        expectError(
            "data: {builtin: iris}\ninit: {weight: {name: normal, std: -1}}\n",
            ["init.weight.std must be >= 0, got -1.0"], line: 2)
        expectError("data: {builtin: iris}\ninit: {weight: uniform, a: 1, b: 0}\n", ["uniform needs a < b"], line: 2)
        expectError(
            "data: {builtin: iris}\ninit: orthogonl\n",
            ["unknown initializer 'orthogonl'", "did you mean 'orthogonal'?"], line: 2)
    }

    @Test func lossesWithOptions() throws {
        let ce = try config(
            "data: {builtin: iris}\nloss: {name: cross_entropy, weight: [1, 2, 0.5], label_smoothing: 0.1}\n")
        #expect(ce.loss == .crossEntropy(labelSmoothing: 0.1, weight: [1, 2, 0.5]))
        #expect(ce.canonical.contains(";loss=cross_entropy(0.1,weight=[1.0,2.0,0.5]);"))
        #expect(try config("data: {builtin: iris}\nloss: nll\n").loss == .nll())
        #expect(
            try config("data: {builtin: iris}\nloss: {name: nll, weight: [1, 1, 2]}\n").loss == .nll(weight: [1, 1, 2]))
        let bce = try config("data: {builtin: breast_cancer}\nloss: {name: bce, pos_weight: 2}\n")
        #expect(bce.loss == .bce(posWeight: 2))
        #expect(bce.canonical.contains(";loss=bce(pos_weight=2.0);"))
        // Unchanged settings text for the losses that existed before.
        #expect(try config("data: {builtin: iris}\n").canonical.contains(";loss=cross_entropy(0.0);"))
        #expect(try config("data: {builtin: breast_cancer}\nloss: bce\n").canonical.contains(";loss=bce;"))
        #expect(try config("data: {builtin: diabetes}\nloss: huber\n").canonical.contains(";loss=huber(1.0);"))
    }

    @Test func lossMistakes() {
        expectError(
            "data: {builtin: iris}\nloss: {name: cross_entropy, weight: 3}\n",
            ["loss.weight must be a list of numbers"], line: 2)
        expectError(
            "data: {builtin: iris}\nloss: {name: cross_entropy, weight: []}\n",
            ["loss.weight must be a list of numbers"], line: 2)
        expectError(
            "data: {builtin: iris}\nloss: {name: cross_entropy, weight: [1, -2, 1]}\n",
            ["each entry of loss.weight must be >= 0, got -2.0"], line: 2)
        expectError(
            "data: {builtin: iris}\nloss: {name: cross_entropy, label_smoothing: 2}\n",
            ["loss.label_smoothing must be in [0, 1], got 2.0"], line: 2)
        expectError(
            "data: {builtin: breast_cancer}\nloss: {name: bce, pos_weight: -1}\n", ["loss.pos_weight must be >= 0"],
            line: 2)
        expectError(
            "data: {builtin: diabetes}\nloss: {name: huber, detla: 1}\n",
            ["loss huber has no option 'detla'", "did you mean 'delta'?"], line: 2)
        expectError(
            "data: {builtin: diabetes}\nloss: {name: smooth_l2}\n",
            ["unknown loss 'smooth_l2'", "did you mean 'smooth_l1'?"], line: 2)
        expectError("data: {builtin: diabetes}\nloss: nll\n", ["loss nll needs class labels"], line: 2)
        expectError(
            "data: {builtin: iris}\nloss: {label_smoothing: 0.1}\n", ["loss needs name", "cross_entropy, nll, bce"],
            line: 2)
    }

    @Test func aClassWeightPerClassIsCheckedAgainstTheData() throws {
        let dir = temporaryDirectory()
        let url = write(
            "data: {builtin: iris}\nmodel: {hidden: [4]}\nloss: {name: cross_entropy, weight: [1, 2]}\nepochs: 1\n",
            "run.yaml", in: dir)
        let plan = try SweepPlan.load(url)
        let out = dir.appendingPathComponent("out")
        do {
            try runSweep(plan, out: out)
            Issue.record("a weight list of the wrong length must stop the sweep")
        } catch {
            let e = "\(error)"
            #expect(e.contains("weight has 2 values, but the data has 3 classes"), "\(e)")
            #expect(!e.contains("\n"), "\(e)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing written")
        // The right length runs.
        let ok = write(
            "data: {builtin: iris}\nmodel: {hidden: [4]}\nloss: {name: cross_entropy, weight: [1, 2, 1]}\nepochs: 1\n",
            "ok.yaml", in: dir)
        #expect(try runSweep(try SweepPlan.load(ok), out: dir.appendingPathComponent("ok")).ok == 1)
    }
}
