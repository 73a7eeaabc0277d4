import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// Every mistake a user can make in a run file or a CSV: one clear line, before any training.
@Suite struct BadInputTests {
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

    @Test func unknownKeySuggestsTheNearest() {
        expectError(
            "data: {builtin: iris}\noptimzer: {name: sgd}\n",
            ["unknown key", "'optimzer'", "did you mean 'optimizer'?"], line: 2)
        expectError("data: {builtin: iris}\nmodel: {hiden: [4]}\n", ["'hiden'", "did you mean 'hidden'?"], line: 2)
        expectError(
            "data: {builtin: iris}\noptimizer: {name: adam, momentum: 0.9}\n",
            ["unknown key", "'momentum'", "valid: name, lr, betas"], line: 2)
    }

    @Test func wrongTypes() {
        expectError("data: {builtin: iris}\nepochs: ten\n", ["epochs must be a whole number", "'ten'"], line: 2)
        expectError("data: {builtin: iris}\nshuffle: maybe\n", ["shuffle must be true or false"], line: 2)
        expectError("data: {builtin: iris}\nmodel: {hidden: 4}\n", ["model.hidden must be a list"], line: 2)
        expectError(
            "data: {builtin: iris}\noptimizer: {name: sgd, lr: fast}\n", ["optimizer.lr must be a number", "'fast'"],
            line: 2)
        expectError("- just\n- a list\n", ["must be a map"])
    }

    @Test func unknownNamesListTheValidOnes() {
        expectError(
            "data: {builtin: iris}\noptimizer: {name: adamm}\n",
            ["unknown optimizer 'adamm'", "did you mean 'adam'?", "sgd, adagrad, rmsprop, adam, adamw"], line: 2)
        expectError(
            "data: {builtin: iris}\nloss: crossentropy\n", ["unknown loss 'crossentropy'", "cross_entropy"], line: 2)
        expectError("data: {builtin: iris}\ninit: xavir\n", ["unknown initializer 'xavir'", "xavier"], line: 2)
        expectError(
            "data: {builtin: iris}\nmodel: {activation: gleu}\n",
            ["unknown activation 'gleu'", "sigmoid, tanh, relu, leaky_relu, identity, gelu"], line: 2)
        expectError(
            "data: {builtin: iris}\nscheduler: {name: cosin}\n",
            ["unknown scheduler 'cosin'", "did you mean 'cosine'?", "step, multistep, exponential"], line: 2)
        expectError("data: {builtin: irs}\n", ["unknown builtin data set 'irs'", "did you mean 'iris'?"], line: 1)
    }

    @Test func invalidValues() {
        expectError("data: {builtin: iris}\noptimizer: {name: sgd, lr: 0}\n", ["optimizer.lr must be > 0"], line: 2)
        expectError("data: {builtin: iris}\noptimizer: {name: sgd, lr: -0.1}\n", ["optimizer.lr must be > 0"], line: 2)
        expectError("data: {builtin: iris}\nbatch_size: 0\n", ["batch_size must be full or at least 1"], line: 2)
        expectError("data: {builtin: iris}\nepochs: 0\n", ["epochs must be at least 1"], line: 2)
        expectError("data: {builtin: iris}\nmodel: {dropout: 1.5}\n", ["dropout must be in [0, 1)"], line: 2)
        expectError(
            "data: {builtin: iris}\noptimizer: {name: sgd, lr: 0.1, nesterov: true}\n", ["nesterov needs momentum > 0"],
            line: 2)
        expectError("data: {builtin: iris}\nloss: mse\n", ["loss mse needs a regression target"], line: 2)
        expectError("data: {builtin: diabetes}\nloss: cross_entropy\n", ["needs class labels"], line: 2)
        expectError(
            "data: {builtin: iris}\ninit: {weight: xavier_normal, bias: xavier_normal}\n", ["cannot initialize a bias"],
            line: 2)
        expectError(
            "data: {builtin: iris}\nscheduler: {name: multistep, milestones: [5, 2]}\n",
            ["milestones must be increasing"], line: 2)
        expectError("model: {hidden: [4]}\n", ["needs a 'data:' section"])
    }

    @Test func optimizerOptions() {
        let base = "data: {builtin: iris}\n"
        expectError(
            base + "optimizer: {name: nadam, momentum_decy: 0.01}\n",
            [
                "unknown key in optimizer nadam: 'momentum_decy'", "did you mean 'momentum_decay'?",
                "decoupled_weight_decay, maximize"
            ], line: 2)
        expectError(base + "optimizer: {name: rprop, eta: [0.3, 1.5]}\n", ["'eta'", "did you mean 'etas'?"], line: 2)
        expectError(
            base + "optimizer: {name: radamm}\n",
            ["unknown optimizer 'radamm'", "did you mean 'radam'?", "adadelta, adamax, nadam, radam, rprop, asgd"],
            line: 2)
        expectError(base + "optimizer: asdg\n", ["unknown optimizer 'asdg'", "did you mean 'asgd'?"], line: 2)
        // Wrong kinds
        expectError(
            base + "optimizer: {name: adamax, betas: 0.9}\n",
            ["optimizer.betas must be a list of two numbers, such as [0.9, 0.999]"], line: 2)
        expectError(
            base + "optimizer: {name: rprop, step_sizes: [1e-6]}\n",
            ["optimizer.step_sizes must be a list of two numbers, such as [1e-06, 50.0]"], line: 2)
        expectError(
            base + "optimizer: {name: nadam, decoupled_weight_decay: 3}\n",
            ["optimizer.decoupled_weight_decay must be true or false"], line: 2)
        expectError(base + "optimizer: {name: asgd, t0: soon}\n", ["optimizer.t0 must be a number", "'soon'"], line: 2)
        expectError(
            base + "optimizer: {name: rprop, etas: [0.5, high]}\n", ["optimizer.etas[1] must be a number"], line: 2)
        // PyTorch's conditions, on the line of the option
        expectError(
            base + "optimizer:\n  name: rprop\n  etas: [1.5, 0.5]\n",
            ["optimizer.etas must satisfy 0 < etas[0] < 1 < etas[1], got [1.5, 0.5]"], line: 4)
        expectError(
            base + "optimizer: {name: adadelta, rho: 1.5}\n", ["optimizer.rho must be in [0, 1], got 1.5"], line: 2)
        expectError(
            base + "optimizer: {name: nadam, momentum_decay: -0.1}\n",
            ["optimizer.momentum_decay must be >= 0, got -0.1"], line: 2)
        expectError(
            base + "optimizer: {name: radam, betas: [0.9, 1]}\n",
            ["optimizer.betas must each be in [0, 1), got [0.9, 1.0]"], line: 2)
        expectError(base + "optimizer: {name: asgd, lambd: -1}\n", ["optimizer.lambd must be >= 0"], line: 2)
        expectError(base + "optimizer: {name: adamax, eps: -1e-8}\n", ["optimizer.eps must be >= 0"], line: 2)
        expectError(
            base + "optimizer: {name: sgd, lr: 0.1, nesterov: true}\n",
            ["optimizer sgd: nesterov needs momentum > 0 and dampening 0"], line: 2)
        expectError(base + "optimizer: [adam]\n", ["optimizer must be a name or a map"], line: 2)
    }

    @Test func yamlSyntaxErrorsNameTheLine() {
        expectError("data: {builtin: iris}\nmodel: {hidden: [4]\nepochs: 3\n", ["YAML"])
        let e = planError("data: {builtin: iris}\nepochs: 3\n  bad: indentation\n") ?? ""
        #expect(e.contains("run.yaml:") && e.contains("YAML"), "\(e)")
    }

    @Test func gridMistakes() {
        let base = "data: {builtin: iris}\nmodel: {hidden: [4]}\n"
        expectError(
            base + "grid:\n  optimizer:\n    A: {optimizer: {name: sgd, lr: 0.1}, bach_size: 4}\n",
            ["preset 'A'", "unknown key 'bach_size'", "did you mean 'batch_size'?"], line: 5)
        expectError(base + "grid:\n  init: []\n", ["grid axis 'init' is empty"], line: 4)
        expectError(
            base + "grid:\n  optimizer:\n    A: sgd\n", ["preset 'A' of grid axis 'optimizer' must be a map"], line: 5)
        expectError(
            base
                + "grid:\n  optimizer:\n    A: {optimizer: {name: sgd, lr: 0.1}}\n    B: {optimizer: {name: sgd, lr: -1}}\n",
            ["in cell optimizer=B", "optimizer.lr must be > 0"], line: 6)
        expectError(base + "grid:\n  epoch: [1, 2]\n", ["unknown grid axis 'epoch'", "did you mean 'epochs'?"], line: 4)
        expectError(
            base + "grid:\n  init: [zero, he]\nexclude:\n  - {init: xavier}\n", ["exclude names 'xavier'"], line: 6)
    }

    /// Errors found when the data is loaded: reported before any cell trains, nothing written.
    func runError(_ yaml: String, files: [String: String] = [:]) -> String? {
        let dir = temporaryDirectory()
        for (name, text) in files { write(text, name, in: dir) }
        let out = dir.appendingPathComponent("out")
        do {
            let plan = try SweepPlan.load(write(yaml, "run.yaml", in: dir))
            try runSweep(plan, out: out)
            return nil
        } catch {
            #expect(!FileManager.default.fileExists(atPath: out.path), "nothing may be written on bad input")
            return "\(error)"
        }
    }

    @Test func csvMistakes() {
        let run = "data: {csv: d.csv, target: y, test_fraction: 0}\nbatch_size: 2\nepochs: 1\n"
        #expect(runError(run, files: ["d.csv": ""])?.contains("the file is empty") == true)
        #expect(runError(run, files: ["d.csv": "a,b,y\n"])?.contains("no data rows") == true)
        let ragged = runError(run, files: ["d.csv": "a,b,y\n1,2,0\n3,1\n"]) ?? ""
        #expect(ragged.contains("row 3 has 2 fields, the header has 3"), "\(ragged)")
        let nonNumeric = runError(run, files: ["d.csv": "a,b,y\n1,2,0\n3,x7,1\n"]) ?? ""
        #expect(nonNumeric.contains("row 3, column 'b': 'x7' is not a number"), "\(nonNumeric)")
        let noTarget =
            runError(
                run.replacingOccurrences(of: "target: y", with: "target: label"),
                files: ["d.csv": "a,b,y\n1,2,0\n3,4,1\n"]) ?? ""
        #expect(noTarget.contains("no target column 'label'; the columns are a, b, y"), "\(noTarget)")
        let labels = runError(run, files: ["d.csv": "a,b,y\n1,2,0\n3,4,1.5\n"]) ?? ""
        #expect(labels.contains("class label '1.5' is not a non-negative integer"), "\(labels)")
        let missing = runError(run) ?? ""
        #expect(missing.contains("d.csv: cannot read the file (no such file)"), "\(missing)")
    }

    @Test func dataThatCannotBeLearned() {
        // One class in the training part: counted after the split.
        let oneClass = "a,b,y\n" + (0..<10).map { "\($0),\($0 % 3),3\n" }.joined()
        let classes =
            runError(
                "data: {csv: d.csv, target: y, test_fraction: 0.2}\nbatch_size: 2\nepochs: 1\n",
                files: ["d.csv": oneClass]) ?? ""
        #expect(
            classes.contains(
                "d.csv: the training part has only one class (label 3); classification needs at least two"),
            "\(classes)")
        // Two classes in the file, but every test_every row holds the second: the training part has one.
        let split = "a,y\n" + (0..<10).map { "\($0),\($0 % 2 == 1 ? 1 : 0)\n" }.joined()
        let e =
            runError(
                "data: {csv: d.csv, target: y, test_every: 2}\nbatch_size: 2\nepochs: 1\n", files: ["d.csv": split])
            ?? ""
        #expect(e.contains("the training part has only one class (label 0)"), "\(e)")
        // A constant regression target.
        let constant = "a,b,y\n" + (0..<10).map { "\($0),\($0 % 3),2.5\n" }.joined()
        let regression =
            runError(
                "data: {csv: d.csv, target: y, task: regression, test_fraction: 0.2}\nloss: mse\nbatch_size: 2\nepochs: 1\n",
                files: ["d.csv": constant]) ?? ""
        #expect(
            regression.contains(
                "d.csv: target column 'y' is constant (every value is 2.5); a regression target must vary"),
            "\(regression)")
        #expect(!regression.contains("\n"))
    }

    @Test func csvPathsAndHeaders() {
        let run = "data: {csv: d.csv, target: y, test_fraction: 0}\nbatch_size: 2\nepochs: 1\n"
        let dir = temporaryDirectory()
        try? FileManager.default.createDirectory(
            at: dir.appendingPathComponent("folder"), withIntermediateDirectories: true)
        let folder =
            runError(run.replacingOccurrences(of: "d.csv", with: dir.appendingPathComponent("folder").path)) ?? ""
        #expect(
            folder.contains("\(dir.appendingPathComponent("folder").path) is a folder, not a CSV file"), "\(folder)")
        let testFolder =
            runError(
                "data: {csv: d.csv, target: y, test_csv: \(dir.path)}\nbatch_size: 2\nepochs: 1\n",
                files: ["d.csv": "a,y\n1,0\n2,1\n"]) ?? ""
        #expect(testFolder.contains("\(dir.path) is a folder, not a CSV file"), "\(testFolder)")
        let twice = runError(run, files: ["d.csv": "a,b,y,c,y\n1,2,0,3,1\n3,4,1,5,0\n"]) ?? ""
        #expect(twice.contains("the header names column 'y' twice (columns 3 and 5)"), "\(twice)")
        let feature = runError(run, files: ["d.csv": "a,b, a,y\n1,2,3,0\n3,4,5,1\n"]) ?? ""
        #expect(feature.contains("the header names column 'a' twice (columns 1 and 3)"), "\(feature)")
    }

    @Test func batchLargerThanTheData() {
        let e = runError("data: {builtin: iris, test_fraction: 0.2}\nbatch_size: 500\nepochs: 1\n") ?? ""
        #expect(e.contains("batch_size must be between 1 and the 120 training samples, got 500"), "\(e)")
    }

    @Test func checkpointsThatDoNotFit() throws {
        // A checkpoint from a smaller model: the first name that differs in shape is named.
        let dir = temporaryDirectory()
        let small = "data: {builtin: iris}\nmodel: {hidden: [3]}\nepochs: 1\ncheckpoint: true\n"
        let plan = try SweepPlan.load(write(small, "s.yaml", in: dir))
        try runSweep(plan, out: dir.appendingPathComponent("s"))
        let ck = dir.appendingPathComponent("s/checkpoints/\(plan.cells[0].id).safetensors").path
        let wrongShape = runError("data: {builtin: iris}\nmodel: {hidden: [5]}\nepochs: 1\ninit_from: \(ck)\n") ?? ""
        #expect(wrongShape.contains("checkpoint '0.weight' has shape [3, 4], the model needs [5, 4]"), "\(wrongShape)")
        let missingName =
            runError("data: {builtin: iris}\nmodel: {hidden: [3, 3]}\nepochs: 1\ninit_from: \(ck)\n") ?? ""
        #expect(missingName.contains("is missing '4.weight'"), "\(missingName)")
        let notAFile =
            runError("data: {builtin: iris}\nmodel: {hidden: [3]}\nepochs: 1\ninit_from: nowhere.safetensors\n") ?? ""
        #expect(notAFile.contains("nowhere.safetensors: cannot read the file"), "\(notAFile)")
    }
}
