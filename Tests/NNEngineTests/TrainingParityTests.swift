import Testing
import NNEngine

// End-to-end training runs against PyTorch (training.json and training_<name>.safetensors):
// the network starts from PyTorch's own checkpoint, trains with shuffle off, and must reproduce
// every epoch's lr, losses and accuracy and the final state_dict.

@Suite("Training parity with PyTorch")
struct TrainingParityTests {
    static let names = Fixtures.training["cases"].array.map { $0["name"].string }

    // Tolerances. Each step's forward/backward agrees with PyTorch to float32 rounding (GEMM
    // summation order, ~1 ulp transcendental functions), and those differences are carried and
    // amplified by up to ~30 optimizer steps (Adam and RMSprop divide by small square roots).
    // Losses are measured in float32 per batch on both sides: relative 1e-4. Final weights:
    // relative 1e-4 with a 1e-5 absolute floor for near-zero entries.
    static let lossTol = Tolerance(rel: 1e-4, abs: 1e-6)
    static let stateTol = Tolerance(rel: 1e-4, abs: 1e-5)

    func spec(_ m: JSON) throws -> NetworkSpec {
        NetworkSpec(inputs: m["inputs"].int, hidden: m["hidden"].array.map(\.int), outputs: m["outputs"].int,
                    activation: try #require(ActivationKind(rawValue: m["activation"].string)),
                    dropout: m["dropout"].double, batchNorm: m["batch_norm"].bool)
    }

    func dataset(_ x: JSON, _ y: JSON, loss: Loss, outputs: Int) -> Dataset {
        let xt = x.tensor
        let task: Task = switch loss {
        case .crossEntropy: .classification(classes: outputs)
        case .bce: .classification(classes: 2)
        default: .regression
        }
        return Dataset(features: xt.floats, targets: y.doubles.map { Float($0) }, featureCount: xt.shape[1], task: task)
    }

    @Test(arguments: names)
    func training(name: String) throws {
        let c = try #require(Fixtures.training["cases"].array.first { $0["name"].string == name })
        let spec = try spec(c["model"])
        // The init scheme does not matter: every tensor is overwritten from the checkpoint.
        let net = try Sequential(spec: spec, initScheme: try #require(InitScheme.short("zero")), random: RandomSource(seed: 0))

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
        let optimizer = try Settings.optimizer(name: c["optimizer"]["name"].string, params: c["optimizer"]).make(parameters: net.parameters)
        let settings = TrainingSettings(loss: loss, batchSize: c["batch_size"].int, epochs: c["epochs"].int, shuffle: false,
                                        schedule: Settings.schedule(c["scheduler"]),
                                        l1: c["regularization"]["l1"].double, l2: c["regularization"]["l2"].double)
        let trainer = try Trainer(network: net, optimizer: optimizer, settings: settings, train: train,
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
            expectClose(r.trainLoss, e["train_loss"].double, Self.lossTol, "\(name) epoch \(ep) train_loss")
            expectClose(try #require(r.valLoss), e["val_loss"].double, Self.lossTol, "\(name) epoch \(ep) val_loss")
            if let acc = e["val_accuracy"].doubleOrNil {
                // Accuracy counts argmax hits over 20 samples: it must be identical.
                #expect(r.valAccuracy == acc, "\(name) epoch \(ep) val_accuracy \(String(describing: r.valAccuracy)), expected \(acc)")
            } else {
                #expect(r.valAccuracy == nil)
            }
        }

        let final = c["final_state"]
        let state = floatState(net)
        #expect(Set(state.keys) == Set(final.keys))
        for key in final.keys {
            expectClose(state[key] ?? [], final[key].tensor.data, Self.stateTol, "\(name) final \(key)")
        }
        // num_batches_tracked counts the training steps (validation runs in eval mode).
        let batchesPerEpoch = (train.count + settings.batchSize - 1) / settings.batchSize
        for (i, layer) in net.layers.enumerated() {
            guard let bn = layer as? BatchNorm1d else { continue }
            #expect(bn.numBatchesTracked == Int64(batchesPerEpoch * settings.epochs), "\(name) \(i).num_batches_tracked")
        }
        for (key, v) in net.stateTensors() where key.hasSuffix("num_batches_tracked") {
            #expect(v == .i64(shape: [], values: [Int64(batchesPerEpoch * settings.epochs)]))
        }
    }
}
