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

/// The command line as a user runs it: the built `nnsweep` executable.
@Suite struct CLITests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("NNEngineTests/Fixtures/e2e")

    struct Expected: Decodable {
        struct Epoch: Decodable {
            let epoch: Int
            let lr: Double
            let train_loss: Double
            let val_loss: Double
            let val_accuracy: Double
        }
        let epochs_out: [Epoch]
    }

    /// `nnsweep run` from a PyTorch safetensors start, with a CSV training and test part,
    /// reproduces PyTorch's epochs (fixture made by scripts/make_fixtures.py).
    @Test func runMatchesPyTorchEpochByEpoch() throws {
        let dir = temporaryDirectory()
        for f in ["run.yaml", "train.csv", "val.csv", "start.safetensors"] {
            try FileManager.default.copyItem(
                at: Self.fixtures.appendingPathComponent(f), to: dir.appendingPathComponent(f))
        }
        let (status, out, err) = try runTool(["run", "run.yaml", "--out", "res"], in: dir)
        #expect(status == 0, "\(err)")
        #expect(out.contains("1 ok, 0 diverged, 0 failed"))
        // JSONDecoder reads decimal numbers exactly (JSONSerialization on Linux does not).
        let expected = try JSONDecoder().decode(
            Expected.self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("expected_epochs.json")))
        let rows = CSVTable.rows(try String(contentsOf: dir.appendingPathComponent("res/epochs.csv"), encoding: .utf8))
        let h = rows[0]
        func col(_ r: [String], _ name: String) -> Double { Double(r[h.firstIndex(of: name)!])! }
        #expect(rows.count == 1 + expected.epochs_out.count)
        for (r, e) in zip(rows.dropFirst(), expected.epochs_out) {
            #expect(Int(col(r, "epoch")) == e.epoch)
            #expect(col(r, "lr") == e.lr)
            // float32 sums in another order than PyTorch's: relative 3e-5 after several epochs.
            #expect(abs(col(r, "train_loss") - e.train_loss) <= 3e-5 * abs(e.train_loss), "epoch \(e.epoch)")
            #expect(abs(col(r, "val_loss") - e.val_loss) <= 3e-5 * abs(e.val_loss), "epoch \(e.epoch)")
            #expect(col(r, "val_accuracy") == e.val_accuracy, "epoch \(e.epoch)")
        }
        // The checkpoint was written, and a run from it loads it.
        let runs = CSVTable.rows(try String(contentsOf: dir.appendingPathComponent("res/runs.csv"), encoding: .utf8))
        #expect(
            FileManager.default.fileExists(
                atPath: dir.appendingPathComponent("res/checkpoints/\(runs[1][0]).safetensors").path))
    }

    @Test func demoPrintsTheTutorialNetwork() throws {
        let (status, out, _) = try runTool(["demo"])
        #expect(status == 0)
        for s in ["Total params: 26", "linear1.weight Parameter containing:", "out.bias Parameter containing:"] {
            #expect(out.contains(s), "missing \(s)")
        }
        // Parameter counts 12, 8, 6 and five rows of probabilities that sum to 1.
        let lines = out.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("Linear-1 [-1, 3] 12"))
        #expect(lines.contains("Linear-2 [-1, 2] 8"))
        #expect(lines.contains("Linear-3 [-1, 2] 6"))
        let all = out.components(separatedBy: "model(x)")[1].components(separatedBy: "grad_fn")[0]
        let rows = all.split(separator: "\n").dropFirst().map {
            $0.filter { "0123456789.,-".contains($0) }.split(separator: ",").compactMap { Double($0) }
        }
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.count == 2 && abs($0[0] + $0[1] - 1) < 2e-4 }, "\(rows)")
    }

    @Test func summaryLooksLikeTorchsummary() throws {
        let dir = temporaryDirectory()
        let file = write(
            "data: {builtin: digits}\nmodel: {hidden: [64, 32], batch_norm: true, dropout: 0.2}\n", "s.yaml", in: dir)
        let (status, out, err) = try runTool(["summary", file.path])
        #expect(status == 0, "\(err)")
        for s in [
            "Layer (type)", "Output Shape", "Param #", "Linear-1", "BatchNorm1d-2", "ReLU-3", "Dropout-4", "Linear-5",
            "BatchNorm1d-2                   [-1, 64]             128", "Total params: 6,762",
            "Trainable params: 6,762", "Non-trainable params: 0", "Params size (MB): 0.03",
            "1.running_mean", "1.num_batches_tracked"
        ] {
            #expect(out.contains(s), "missing \(s) in\n\(out)")
        }
    }

    /// On a grid, the batch and data lines describe one cell: the summary names it.
    @Test func summaryOfAGridNamesItsCell() throws {
        let dir = temporaryDirectory()
        let file = write(
            "data: {builtin: iris}\nmodel: {hidden: [8]}\ngrid:\n  batch_size: [16, 4]\n  model.hidden: [[8], [8, 4]]\n",
            "g.yaml", in: dir)
        let (status, out, err) = try runTool(["summary", file.path])
        #expect(status == 0, "\(err)")
        let plan = try SweepPlan.load(file)
        #expect(
            out.contains("cell batch_size=16, model.hidden=[8] (id \(plan.cells[0].id)); the model of the cells above"),
            "\(out)")
        #expect(out.contains("cell batch_size=16, model.hidden=[8, 4] (id \(plan.cells[1].id))"), "\(out)")
        #expect(out.contains("batch 16,"), "\(out)")
        let one = write("data: {builtin: iris}\ngrid:\n  batch_size: [16, 4]\n", "h.yaml", in: dir)
        let (_, out1, _) = try runTool(["summary", one.path])
        #expect(out1.contains("cell batch_size=16 (id "), "\(out1)")
        #expect(out1.contains("the same model in all 2 cells"), "\(out1)")
    }

    @Test func badInputIsOneLineAndExitTwo() throws {
        let dir = temporaryDirectory()
        let file = write("data: {builtin: iris}\noptimizer: {name: adamm, lr: 0.1}\n", "bad.yaml", in: dir)
        let (status, out, err) = try runTool(["run", file.path, "--out", dir.appendingPathComponent("o").path])
        #expect(status == 2)
        #expect(out.isEmpty)
        #expect(
            err
                == "nnsweep: \(file.path):2: unknown optimizer 'adamm' (did you mean 'adam'?); valid: \(OptimizerSpec.names.joined(separator: ", "))\n"
        )
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("o").path))
    }

    /// A bad option or argument is bad input like any other: one line on stderr that names it
    /// and what is allowed, status 2 (not ArgumentParser's usage text and status 64), nothing written.
    @Test func badOptionsAreOneLineAndExitTwo() throws {
        let dir = temporaryDirectory()
        let file = write("data: {builtin: iris}\nepochs: 1\n", "r.yaml", in: dir)
        let out = dir.appendingPathComponent("o").path
        let cases: [([String], String)] = [
            (["run", file.path, "--out", out, "-j", "0"], "-j must be at least 1, got 0"),
            (["run", file.path, "--out", out, "--blas-threads", "0"], "--blas-threads must be at least 1, got 0"),
            (["run", file.path, "--out", out, "--max-cells", "0"], "--max-cells must be at least 1, got 0"),
            (
                ["run", file.path, "--out", out, "--shard", "4/4"],
                "'--shard <I/N>': must be I/N with 0 <= I < N, such as 0/4"
            ),
            (
                ["run", file.path, "--out", out, "--shard", "1/x"],
                "'--shard <I/N>': must be I/N with 0 <= I < N, such as 0/4"
            ),
            (["run", file.path, "--out", out, "--bogus"], "Unknown option '--bogus'"),
            (["run", "--out", out], "Missing expected argument '<file>'"),
            (
                ["plot", out, "--format", "jpg"],
                "'--format <svg|png|both>'. Please provide one of 'png', 'svg' or 'both'."
            ),
            (["run", file.path, "--out", out, "--format", "jpg"], "'--format <svg|png|both>'. Please provide one of"),
            (
                ["run", file.path, "--out", out, "--format", "png", "--no-plots"],
                "--format chooses the figures' images; it cannot be combined with --no-plots"
            ),
            (["collect", out, "--format", "gif"], "'--format <svg|png|both>'. Please provide one of"),
            (["plot", out, "--time-limit", "0"], "--time-limit must be more than 0 seconds"),
            (["bench", "-j", "0"], "-j must be at least 1, got 0"),
            (["bench", "w3"], "Please provide one of 'w1', 'w2' or 'all'.")
        ]
        for (args, message) in cases {
            let (status, stdout, err) = try runTool(args, in: dir)
            #expect(status == 2, "\(args): \(err)")
            #expect(stdout.isEmpty, "\(args)")
            #expect(
                err.hasPrefix("nnsweep: ") && err.contains(message) && err.filter { $0 == "\n" }.count == 1,
                "\(args): \(err)")
            #expect(err.contains("(see 'nnsweep \(args[0]) --help')"), "\(args): \(err)")
        }
        #expect(!FileManager.default.fileExists(atPath: out), "nothing written")
    }

    /// Data and weights nothing can be learned from stop `run` with status 2 before any training.
    @Test func runRejectsUnlearnableDataAndNonFiniteWeights() throws {
        let dir = temporaryDirectory()
        func expectRejected(_ yaml: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        {
            let file = write(yaml, "r.yaml", in: dir)
            let out = dir.appendingPathComponent("o")
            let (status, stdout, err) = try runTool(["run", file.path, "--out", out.path], in: dir)
            #expect(status == 2, "\(err)", sourceLocation: sourceLocation)
            #expect(stdout.isEmpty, sourceLocation: sourceLocation)
            #expect(
                err.hasPrefix("nnsweep: ") && err.contains(message) && err.filter { $0 == "\n" }.count == 1, "\(err)",
                sourceLocation: sourceLocation)
            #expect(
                !FileManager.default.fileExists(atPath: out.path), "nothing written", sourceLocation: sourceLocation)
        }
        write("a,b,y\n" + (0..<20).map { "\($0),\($0 % 4),3\n" }.joined(), "one.csv", in: dir)
        try expectRejected(
            "data: {csv: one.csv, target: y}\nbatch_size: 4\nepochs: 1\n",
            "one.csv: the training part has only one class (label 3); classification needs at least two")

        // Weights for iris with hidden [3]: 0.weight [3, 4], 0.bias, 2.weight [3, 3], 2.bias.
        let net = try Sequential(
            spec: NetworkSpec(inputs: 4, hidden: [3], outputs: 3), initScheme: InitScheme.short("default")!,
            random: RandomSource(seed: 1))
        var state = net.stateTensors()
        let good = SafeTensors.encode(state)
        if case .f32(let shape, var values) = state[0].1 {
            values[7] = .nan
            state[0].1 = .f32(shape: shape, values: values)
        }
        try Data(SafeTensors.encode(state)).write(to: dir.appendingPathComponent("nan.safetensors"))
        try Data(good + [0, 0, 0, 0]).write(to: dir.appendingPathComponent("gap.safetensors"))
        let run = "data: {builtin: iris}\nmodel: {hidden: [3]}\nepochs: 1\ninit_from: "
        try expectRejected(
            run + "nan.safetensors\n",
            "init_from \(dir.appendingPathComponent("nan.safetensors").path): tensor '0.weight' has NaN at index 7")
        try expectRejected(run + "gap.safetensors\n", "the last 4 bytes of the file belong to no tensor")
        // The same weights without the fault load and train.
        try Data(good).write(to: dir.appendingPathComponent("good.safetensors"))
        let (status, _, err) = try runTool(
            ["run", write(run + "good.safetensors\n", "g.yaml", in: dir).path, "--out", "g", "--no-plots"], in: dir)
        #expect(status == 0, "\(err)")
    }

    @Test func dryRunListsCellsWithoutTraining() throws {
        let dir = temporaryDirectory()
        let file = write(smallGrid, "g.yaml", in: dir)
        let (status, out, _) = try runTool([
            "run", file.path, "--dry-run", "--out", dir.appendingPathComponent("o").path
        ])
        #expect(status == 0)
        #expect(out.contains("8 cells = 2 init x 2 optimizer x 2 seed"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("o").path))
    }

    @Test func rerunSaysThereIsNothingToDo() throws {
        let dir = temporaryDirectory()
        let file = write("data: {builtin: iris}\nepochs: 2\n", "r.yaml", in: dir)
        _ = try runTool(["run", file.path, "--out", "o", "--no-plots"], in: dir)
        let (status, _, err) = try runTool(["run", file.path, "--out", "o", "--no-plots"], in: dir)
        #expect(status == 0)
        #expect(err.contains("nothing to run: all 1 cells of r already have results"))
    }
}
