import NNEngine
import Testing

// End-to-end training runs against PyTorch (training.json and training_<name>.safetensors):
// the network starts from PyTorch's own checkpoint, trains with shuffle off, and must reproduce
// every epoch's lr, losses and accuracy and the final state_dict.

@Suite("Training parity with PyTorch")
struct TrainingParityTests {
    static let names = Fixtures.training["cases"].array.map { $0["name"].string }

    // Tolerances. Each step's forward/backward agrees with PyTorch to float32 rounding (GEMM
    // summation order, ~1 ulp transcendental functions), and those differences are carried and
    // amplified by up to 30 optimizer steps (Adam and RMSprop divide by small square roots).
    // Observed: losses within ~6e-6 relative, weights within ~4e-6 absolute. Losses: relative
    // 3e-5. Final state: relative 5e-5 with a 5e-6 absolute floor for near-zero entries. The
    // margin allows for OpenBLAS picking other kernels (other summation orders) on other CPUs.
    static let lossTol = Tolerance(rel: 3e-5, abs: 1e-6)
    static let stateTol = Tolerance(rel: 5e-5, abs: 5e-6)

    // Rounding-noise-driven entries. A Linear layer followed by BatchNorm1d has a bias whose
    // gradient is exactly zero in exact arithmetic (batch norm subtracts the batch mean), so in
    // float32 both PyTorch and the engine give it pure rounding noise (~1e-9 to 1e-7, depending
    // on summation order). SGD turns that into noise-sized steps, but an optimizer that divides
    // by the gradient's own running magnitude (Adagrad, RMSprop, Adam without an L2 term to
    // dominate the noise; AdamW's decoupled decay does not enter the gradient) turns it into
    // lr-sized steps of arbitrary sign. Those biases then follow a trajectory set by the last
    // bits of float sums, which no implementation can reproduce — PyTorch's own would change
    // with its thread count, and its float64 run ends as far from its float32 run (0.13 in
    // ce_bn_relu_rmsprop). BatchNorm1d rounds as PyTorch's kernel does, bit for bit, but the
    // noise also carries the last bits of every GEMM before it (OpenBLAS and PyTorch's BLAS
    // sum in other orders) and of the loss. The batch norm's running_mean tracks those
    // biases, and evaluation-mode outputs (val_loss, val_accuracy) depend on bias -
    // running_mean. Training-mode outputs, and so train_loss and every other parameter, do not
    // depend on those biases at all.
    //
    // For such cases (ce_bn_relu_rmsprop, ce_bn_relu_adam) the test (1) checks the premise —
    // those gradients are noise, below 1e-4 of the layer's weight gradient — (2) compares
    // train_loss and every other state entry at the usual tolerance, and (3) checks evaluation
    // by putting PyTorch's values of just those entries into the trained network and
    // recomputing the last epoch's val_loss and val_accuracy. The per-epoch val metrics of earlier epochs are not comparable: PyTorch
    // did not record its noise-driven entries at those epochs.
    static func amplifiesNoise(_ spec: OptimizerSpec) -> Bool {
        switch spec.name {
        case "sgd": false
        case "adamw": true
        default: spec.values.double("weight_decay") == 0  // adagrad, rmsprop, adam: L2 in the gradient
        }
    }

    static func noiseDrivenEntries(_ net: Sequential, _ optimizer: OptimizerSpec) -> Set<String> {
        guard amplifiesNoise(optimizer) else { return [] }
        var out: Set<String> = []
        for i in net.layers.indices.dropLast() where net.layers[i] is Linear && net.layers[i + 1] is BatchNorm1d {
            out.insert("\(i).bias")
            out.insert("\(i + 1).running_mean")
        }
        return out
    }

    /// The premise: on the first batch, the bias gradients are rounding noise.
    func expectNoiseGradients(
        _ names: Set<String>, spec: NetworkSpec, checkpoint: [(String, SafeTensors.Value)],
        train: Dataset, loss: Loss, batchSize: Int
    ) throws {
        let net = try Sequential(
            spec: spec, initScheme: try #require(InitScheme.short("zero")), random: RandomSource(seed: 0))
        try net.load(checkpoint)
        let x = Tensor(
            shape: [batchSize, train.featureCount], values: Array(train.features[0..<(batchSize * train.featureCount)]))
        let g = Tensor(shape: [batchSize, spec.outputs])
        let out = net.forward(x.data, batch: batchSize, training: true)
        _ = Array(train.targets[0..<batchSize]).withUnsafeBufferPointer {
            loss.compute(output: out, targets: $0.baseAddress!, batch: batchSize, outputs: spec.outputs, grad: g.data)
        }
        net.backward(g.data, batch: batchSize)
        let params = Dictionary(uniqueKeysWithValues: net.namedParameters)
        for name in names where name.hasSuffix(".bias") {
            let module = name.dropLast(".bias".count)
            let bias = try #require(params[name]).grad.array.map { abs($0) }.max()!
            let weight = try #require(params["\(module).weight"]).grad.array.map { abs($0) }.max()!
            #expect(
                bias <= 1e-4 * weight, "\(name) gradient \(bias) is not noise next to the weight gradient \(weight)")
        }
    }

    func spec(_ m: JSON) throws -> NetworkSpec {
        NetworkSpec(
            inputs: m["inputs"].int, hidden: m["hidden"].array.map(\.int), outputs: m["outputs"].int,
            activation: try #require(ActivationKind(name: m["activation"].string)),
            dropout: m["dropout"].double, batchNorm: m["batch_norm"].bool)
    }

    func dataset(_ x: JSON, _ y: JSON, loss: Loss, outputs: Int) -> Dataset {
        let xt = x.tensor
        let classes =
            switch loss {
            case .crossEntropy: outputs
            case .bce: 2
            default: 0
            }
        return Dataset(
            features: xt.floats, targets: y.doubles.map { Float($0) }, featureCount: xt.shape[1],
            task: classes > 0 ? .classification : .regression, classes: classes)
    }

    @Test(arguments: names)
    func training(name: String) throws {
        let c = try #require(Fixtures.training["cases"].array.first { $0["name"].string == name })
        let spec = try spec(c["model"])
        // The init scheme does not matter: every tensor is overwritten from the checkpoint.
        let net = try Sequential(
            spec: spec, initScheme: try #require(InitScheme.short("zero")), random: RandomSource(seed: 0))

        // PyTorch's checkpoint loads as-is (names, shapes, F32 and the I64 counters).
        let file = try SafeTensors.decode(try Fixtures.bytes("training_\(name).safetensors"))
        try net.load(file.tensors)
        let bnCount = net.layers.filter { $0 is BatchNorm1d }.count
        #expect(file.tensors.filter { $0.1.dtype == "I64" }.count == bnCount)

        // The loaded state is the JSON's initial_state, exactly, with the same names.
        let initial = c["initial_state"]
        let state0 = floatState(net)
        #expect(Set(state0.keys) == Set(initial.keys), "state_dict names")
        for key in initial.keys {
            expectClose(state0[key] ?? [], initial[key].tensor.data, .exact, "\(name) initial \(key)")
        }
        let tracked0 = net.layers.compactMap { ($0 as? BatchNorm1d)?.numBatchesTracked }
        #expect(tracked0.allSatisfy { $0 == 0 })

        let loss = Settings.loss(c["loss"])
        let train = dataset(c["x_train"], c["y_train"], loss: loss, outputs: spec.outputs)
        let validation = dataset(c["x_val"], c["y_val"], loss: loss, outputs: spec.outputs)
        let optimizerSpec = Settings.optimizer(name: c["optimizer"]["name"].string, params: c["optimizer"])
        let optimizer = try optimizerSpec.make(parameters: net.parameters)
        let noisy = Self.noiseDrivenEntries(net, optimizerSpec)
        if !noisy.isEmpty {
            try expectNoiseGradients(
                noisy, spec: spec, checkpoint: file.tensors, train: train, loss: loss, batchSize: c["batch_size"].int)
        }
        let settings = TrainingSettings(
            loss: loss, batchSize: c["batch_size"].int, epochs: c["epochs"].int, shuffle: false,
            schedule: Settings.schedule(c["scheduler"]),
            l1: c["regularization"]["l1"].double, l2: c["regularization"]["l2"].double)
        let trainer = try Trainer(
            network: net, optimizer: optimizer, settings: settings, train: train,
            validation: validation, random: RandomSource(seed: 0))
        var records: [EpochRecord] = []
        let outcome = trainer.run { records.append($0) }
        #expect(outcome == .completed)

        let expected = c["epochs_out"].array
        try #require(records.count == expected.count, "\(records.count) epochs, expected \(expected.count)")
        for (r, e) in zip(records, expected) {
            let ep = e["epoch"].int
            #expect(r.epoch == ep)
            // The scheduler's lr is PyTorch's double, bit for bit.
            #expect(r.lr == e["lr"].double, "\(name) epoch \(ep) lr \(r.lr), expected \(e["lr"].double)")
            // A scheduler that steps after every optimizer step: the lr of each step, bit for bit.
            if e["step_lrs"].isNull {
                #expect(r.stepLR == nil, "\(name) epoch \(ep) has no per-step lr")
            } else {
                #expect(
                    r.stepLR == e["step_lrs"].doubles, "\(name) epoch \(ep) step lrs \(String(describing: r.stepLR))")
            }
            expectClose(r.trainLoss, e["train_loss"].double, Self.lossTol, "\(name) epoch \(ep) train_loss")
            guard noisy.isEmpty else { continue }  // see noiseDrivenEntries
            expectClose(try #require(r.valLoss), e["val_loss"].double, Self.lossTol, "\(name) epoch \(ep) val_loss")
            if let acc = e["val_accuracy"].doubleOrNil {
                // Accuracy counts argmax hits over 20 samples: it must be identical.
                #expect(
                    r.valAccuracy == acc,
                    "\(name) epoch \(ep) val_accuracy \(String(describing: r.valAccuracy)), expected \(acc)")
            } else {
                #expect(r.valAccuracy == nil)
            }
        }

        let final = c["final_state"]
        let state = floatState(net)
        #expect(Set(state.keys) == Set(final.keys))
        for key in final.keys where !noisy.contains(key) {
            expectClose(state[key] ?? [], final[key].tensor.data, Self.stateTol, "\(name) final \(key)")
        }
        if !noisy.isEmpty {
            // Evaluation with PyTorch's values of the noise-driven entries: the last epoch's
            // val_loss and val_accuracy (measured on the final state) must come out.
            for (key, entry) in net.stateDict where noisy.contains(key) {
                guard case .float(let t) = entry else { continue }
                t.copy(from: final[key].tensor.floats)
            }
            let (valLoss, valAccuracy) = trainer.evaluate(validation)
            let last = try #require(expected.last)
            expectClose(
                valLoss, last["val_loss"].double, Self.lossTol,
                "\(name) final val_loss with PyTorch's noise-driven entries")
            #expect(
                valAccuracy == last["val_accuracy"].doubleOrNil,
                "\(name) final val_accuracy with PyTorch's noise-driven entries")
        }
        // num_batches_tracked counts the training steps (validation runs in eval mode).
        let batchesPerEpoch = (train.count + settings.batchSize - 1) / settings.batchSize
        for (i, layer) in net.layers.enumerated() {
            guard let bn = layer as? BatchNorm1d else { continue }
            #expect(
                bn.numBatchesTracked == Int64(batchesPerEpoch * settings.epochs), "\(name) \(i).num_batches_tracked")
        }
        for (key, v) in net.stateTensors() where key.hasSuffix("num_batches_tracked") {
            #expect(v == .i64(shape: [], values: [Int64(batchesPerEpoch * settings.epochs)]))
        }
    }

    @Test func noiseExceptionIsNarrow() throws {
        // Only the cases the exception was written for are affected, and only those entries.
        var affected: [String: Set<String>] = [:]
        for c in Fixtures.training["cases"].array {
            let net = try Sequential(
                spec: try spec(c["model"]), initScheme: try #require(InitScheme.short("zero")),
                random: RandomSource(seed: 0))
            let entries = Self.noiseDrivenEntries(
                net, Settings.optimizer(name: c["optimizer"]["name"].string, params: c["optimizer"]))
            if !entries.isEmpty { affected[c["name"].string] = entries }
        }
        let entries: Set<String> = ["0.bias", "1.running_mean", "3.bias", "4.running_mean"]
        #expect(affected == ["ce_bn_relu_rmsprop": entries, "ce_bn_relu_adam": entries])
    }

    @Test func rejectsBadSettings() throws {
        let data = Dataset(
            features: normals(10 * 2, seed: 1), targets: (0..<10).map { Float($0 % 2) }, featureCount: 2,
            task: .classification, classes: 2)
        func make(_ spec: NetworkSpec, batch: Int, epochs: Int = 1) throws {
            let net = try Sequential(
                spec: spec, initScheme: try #require(InitScheme.short("default")), random: RandomSource(seed: 1))
            _ = try Trainer(
                network: net, optimizer: try OptimizerSpec.sgd(lr: 0.1).make(parameters: net.parameters),
                settings: TrainingSettings(loss: .crossEntropy(), batchSize: batch, epochs: epochs),
                train: data, validation: nil, random: RandomSource(seed: 1))
        }
        let plain = NetworkSpec(inputs: 2, hidden: [3], outputs: 2)
        let bn = NetworkSpec(inputs: 2, hidden: [3], outputs: 2, batchNorm: true)
        try make(plain, batch: 10)
        try make(bn, batch: 4)  // batches of 4, 4, 2
        #expect(throws: EngineError.self) { try make(plain, batch: 0) }
        #expect(throws: EngineError.self) { try make(plain, batch: 11) }
        #expect(throws: EngineError.self) { try make(plain, batch: 5, epochs: 0) }
        #expect(throws: EngineError.self) { try make(bn, batch: 1) }
        #expect(throws: EngineError.self) { try make(bn, batch: 3) }  // 3, 3, 3, 1: a batch of 1
        #expect(throws: EngineError.self) { try make(NetworkSpec(inputs: 3, hidden: [3], outputs: 2), batch: 5) }
        // PyTorch: "optimizer must support momentum or beta1 with `cycle_momentum` option enabled".
        func cycling(_ optimizer: OptimizerSpec, cycleMomentum: Bool = true) throws {
            let net = try Sequential(
                spec: plain, initScheme: try #require(InitScheme.short("default")), random: RandomSource(seed: 1))
            let schedule = Schedule(
                name: "one_cycle", values: ["max_lr": .double(0.1), "cycle_momentum": .bool(cycleMomentum)])
            _ = try Trainer(
                network: net, optimizer: try optimizer.make(parameters: net.parameters),
                settings: TrainingSettings(loss: .crossEntropy(), batchSize: 5, epochs: 1, schedule: schedule),
                train: data, validation: nil, random: RandomSource(seed: 1))
        }
        #expect(throws: EngineError.self) { try cycling(.adagrad(lr: 0.1)) }
        try cycling(.adagrad(lr: 0.1), cycleMomentum: false)
        try cycling(.sgd(lr: 0.1))
        try cycling(.adam(lr: 0.1))
    }
}
