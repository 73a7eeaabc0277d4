import NNEngine
import Testing

// The parameters' exponential moving average against PyTorch's
// AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(decay)) updated after every optimizer
// step (ema.json, ema_start.safetensors): a batch-norm network trained with shuffle off, the
// averaged model measured on the validation part after every epoch.

@Suite("Exponential moving average parity with PyTorch")
struct EMAParityTests {
    static let fixture = try! Fixtures.json("ema.json")

    @Test func averagedModelMatchesPyTorch() throws {
        let c = Self.fixture
        let m = c["model"]
        let spec = NetworkSpec(
            inputs: m["inputs"].int, hidden: m["hidden"].array.map(\.int), outputs: m["outputs"].int,
            activation: try #require(ActivationKind(name: m["activation"].string)), batchNorm: m["batch_norm"].bool)
        let net = try Sequential(
            spec: spec, initScheme: try #require(InitScheme.short("zero")), random: RandomSource(seed: 0))
        try net.load(SafeTensors.decode(try Fixtures.bytes("ema_start.safetensors")).tensors)
        let xt = c["x_train"].tensor
        let xv = c["x_val"].tensor
        let train = Dataset(
            features: xt.floats, targets: c["y_train"].doubles.map { Float($0) }, featureCount: xt.shape[1],
            task: .classification, classes: spec.outputs)
        let validation = Dataset(
            features: xv.floats, targets: c["y_val"].doubles.map { Float($0) }, featureCount: xv.shape[1],
            task: .classification, classes: spec.outputs)
        let optimizer = try Settings.optimizer(name: c["optimizer"]["name"].string, params: c["optimizer"]).make(
            parameters: net.parameters)
        var settings = TrainingSettings(
            loss: .crossEntropy(), batchSize: c["batch_size"].int, epochs: c["epochs"].int, shuffle: false)
        settings.emaDecay = c["decay"].double
        let trainer = try Trainer(
            network: net, optimizer: optimizer, settings: settings, train: train,
            validation: validation, random: RandomSource(seed: 0))
        var records: [EpochRecord] = []
        #expect(trainer.run { records.append($0) } == .completed)

        let expected = c["epochs_out"].array
        try #require(records.count == expected.count)
        for (r, e) in zip(records, expected) {
            let ep = r.epoch
            expectClose(
                try #require(r.valLoss), e["val_loss"].double, TrainingParityTests.lossTol, "epoch \(ep) val_loss")
            expectClose(
                try #require(r.emaValLoss), e["ema_val_loss"].double, TrainingParityTests.lossTol,
                "epoch \(ep) ema_val_loss")
            #expect(r.emaValAccuracy == e["ema_val_accuracy"].double, "epoch \(ep) ema_val_accuracy")
            // The average differs from the trained weights: the test measures something.
            #expect(abs(try #require(r.emaValLoss) - e["val_loss"].double) > 1e-3)
        }
        let average = try #require(trainer.average)
        #expect(average.count == c["n_averaged"].int)
        // The averaged parameters; the model's own weights are back in place after measuring.
        let emaState = c["ema_state"]
        for ((name, _), values) in zip(net.namedParameters, average.values) {
            expectClose(values, emaState[name].tensor.data, TrainingParityTests.stateTol, "ema \(name)")
        }
        let state = floatState(net)
        for key in c["final_state"].keys {
            expectClose(
                state[key] ?? [], c["final_state"][key].tensor.data, TrainingParityTests.stateTol, "final \(key)")
        }
        // Buffers are not averaged: use_buffers=False copies the model's at every update, so
        // the averaged model evaluates with the trained model's running statistics (which the
        // engine keeps in place while it measures the average).
        let buffers = emaState.keys.filter { $0.contains("running") }
        #expect(!buffers.isEmpty)
        for key in buffers {
            #expect(emaState[key].tensor.data == c["final_state"][key].tensor.data, "PyTorch's ema buffer \(key)")
        }
    }

    @Test func firstUpdateCopiesAndDecayIsChecked() throws {
        let p = Parameter(shape: [2], role: .linearWeight)
        p.value.copy(from: [1, -2])
        let ema = try ExponentialAverage(decay: 0.5, parameters: [p])
        ema.update()
        #expect(ema.values == [[1, -2]])
        p.value.copy(from: [3, 0])
        ema.update()
        #expect(ema.values == [[2, -1]])
        #expect(throws: EngineError.self) { try ExponentialAverage(decay: 1, parameters: [p]) }
        #expect(throws: EngineError.self) { try ExponentialAverage(decay: 0, parameters: [p]) }
    }
}
