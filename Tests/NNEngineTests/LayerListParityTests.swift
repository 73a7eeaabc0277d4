import Foundation
import NNEngine
import Testing

// Models written as layer lists against PyTorch (layer_lists.json and
// layer_list_<name>.safetensors): named modules, mixed activations, Linear without bias,
// softmax + cross_entropy, log_softmax + nll, sigmoid + nn.BCELoss. Each network loads
// PyTorch's initial state_dict as it is, trains with shuffle off and must reproduce every
// epoch's losses and accuracy, the final state_dict, and write back the names it read.

@Suite("Layer-list parity with PyTorch")
struct LayerListParityTests {
    static let file = try! Fixtures.json("layer_lists.json")
    static let names = file["cases"].array.map { $0["name"].string }
    static let lossTol = TrainingParityTests.lossTol
    static let stateTol = TrainingParityTests.stateTol

    static func module(_ m: JSON) throws -> ModuleSpec {
        let name = m["name"].isNull ? nil : m["name"].string
        let kind: ModuleKind
        switch m["kind"].string {
        case "linear": kind = .linear(width: m["width"].int, bias: m["bias"].isNull || m["bias"].bool)
        case "softmax": kind = .softmax
        case "log_softmax": kind = .logSoftmax
        case "batch_norm": kind = .batchNorm
        case "leaky_relu": kind = .activation(.leakyReLU(negativeSlope: Float(m["negative_slope"].double)))
        case let a: kind = .activation(try #require(ActivationKind(name: a)))
        }
        return ModuleSpec(kind, name: name)
    }

    /// (loss, output the network must report) for the fixture's loss name.
    static func loss(_ name: String) -> (Loss, OutputKind) {
        switch name {
        case "cross_entropy": (.crossEntropy(), .probabilities)
        case "nll": (.nll(), .logProbabilities)
        default: (.bce(), .sigmoid)
        }
    }

    @Test(arguments: names)
    func training(name: String) throws {
        let c = try #require(Self.file["cases"].array.first { $0["name"].string == name })
        let spec = NetworkSpec(inputs: c["inputs"].int, modules: try c["modules"].array.map(Self.module))
        // The init scheme does not matter: every tensor is overwritten from the checkpoint.
        let net = try Sequential(
            spec: spec, initScheme: try #require(InitScheme.short("zero")), random: RandomSource(seed: 0))
        let (loss, output) = Self.loss(c["loss"].string)
        #expect(net.output == output)

        let checkpoint = try SafeTensors.decode(try Fixtures.bytes("layer_list_\(name).safetensors")).tensors
        try net.load(checkpoint)
        // The names PyTorch wrote are the names the network writes, in the same order.
        #expect(
            net.stateTensors().map(\.0)
                == checkpoint.map(\.0).sorted { a, b in
                    net.stateDict.firstIndex { $0.0 == a }! < net.stateDict.firstIndex { $0.0 == b }!
                })
        #expect(Set(net.stateTensors().map(\.0)) == Set(checkpoint.map(\.0)))
        let initial = c["initial_state"]
        for key in initial.keys {
            expectClose(floatState(net)[key] ?? [], initial[key].tensor.data, .exact, "\(name) initial \(key)")
        }

        func dataset(_ x: JSON, _ y: JSON) -> Dataset {
            let xt = x.tensor
            return Dataset(
                features: xt.floats, targets: y.doubles.map { Float($0) }, featureCount: xt.shape[1],
                task: .classification, classes: c["classes"].int)
        }
        let train = dataset(c["x_train"], c["y_train"])
        let validation = dataset(c["x_val"], c["y_val"])
        let optimizer = try Settings.optimizer(name: c["optimizer"]["name"].string, params: c["optimizer"]).make(
            parameters: net.parameters)
        let settings = TrainingSettings(
            loss: loss, batchSize: c["batch_size"].int, epochs: c["epochs"].int, shuffle: false)
        let trainer = try Trainer(
            network: net, optimizer: optimizer, settings: settings, train: train,
            validation: validation, random: RandomSource(seed: 0))
        var records: [EpochRecord] = []
        #expect(trainer.run { records.append($0) } == .completed)
        let expected = c["epochs_out"].array
        try #require(records.count == expected.count)
        for (r, e) in zip(records, expected) {
            let ep = e["epoch"].int
            expectClose(r.trainLoss, e["train_loss"].double, Self.lossTol, "\(name) epoch \(ep) train_loss")
            expectClose(try #require(r.valLoss), e["val_loss"].double, Self.lossTol, "\(name) epoch \(ep) val_loss")
            #expect(
                r.valAccuracy == e["val_accuracy"].double,
                "\(name) epoch \(ep) val_accuracy \(String(describing: r.valAccuracy))")
        }
        let final = c["final_state"]
        let state = floatState(net)
        #expect(Set(state.keys) == Set(final.keys))
        for key in final.keys {
            expectClose(state[key] ?? [], final[key].tensor.data, Self.stateTol, "\(name) final \(key)")
        }
    }

    /// The nn.Sequential state_dict: no `2.bias`, and a network with a bias there refuses it.
    @Test func sequentialWithoutBiasNamesItsEntries() throws {
        let checkpoint = try SafeTensors.decode(try Fixtures.bytes("layer_list_tutorial_sequential.safetensors"))
            .tensors
        #expect(Set(checkpoint.map(\.0)) == ["0.weight", "0.bias", "2.weight", "4.weight", "4.bias"])
        let withBias = try Sequential(
            spec: NetworkSpec(
                inputs: 3,
                modules: [
                    ModuleSpec(.linear(width: 3)), ModuleSpec(.activation(.sigmoid)), ModuleSpec(.linear(width: 2)),
                    ModuleSpec(.activation(.relu)), ModuleSpec(.linear(width: 2)), ModuleSpec(.softmax)
                ]),
            initScheme: try #require(InitScheme.short("default")), random: RandomSource(seed: 1))
        #expect(throws: EngineError.self) { try withBias.load(checkpoint) }
    }

    /// nn.BCELoss at its edges: logs clamped at -100, the gradient's denominator floored at 1e-12.
    @Test func bceLossOnProbabilities() throws {
        let b = Self.file["bce_loss"]
        let p = b["input"].tensor.floats
        let y = b["target"].tensor.floats
        let (value, grad) = Loss.bce().compute(output: p, targets: y, batch: p.count, outputs: 1, kind: .sigmoid)
        expectClose(value, b["loss"].double, Tolerance(rel: 1e-6, abs: 0), "BCELoss value")
        expectClose(grad, b["grad"].tensor.data, Tolerance(rel: 1e-6, abs: 0), "BCELoss gradient")
        // On logits the same loss is BCEWithLogitsLoss: finite for every input.
        #expect(Loss.bce().compute(output: p, targets: y, batch: p.count, outputs: 1).loss < 10)
    }

    /// The tutorial's model class with PyTorch's weights and torch.randn(5, 3) input.
    @Test func tutorialClassOutputs() throws {
        let demo = Self.file["demo"]
        let spec = NetworkSpec(
            inputs: 3,
            modules: [
                ModuleSpec(.linear(width: 3), name: "linear1"), ModuleSpec(.activation(.sigmoid)),
                ModuleSpec(.linear(width: 2), name: "linear2"), ModuleSpec(.activation(.relu)),
                ModuleSpec(.linear(width: 2), name: "out"), ModuleSpec(.softmax)
            ])
        let net = try Sequential(
            spec: spec, initScheme: try #require(InitScheme.short("zero")), random: RandomSource(seed: 0))
        #expect(net.namedParameters.map(\.0) == demo["named_parameters"].array.map(\.string))
        var state: [(String, SafeTensors.Value)] = []
        for key in demo["state"].keys {
            let t = demo["state"][key].tensor
            state.append((key, .f32(shape: t.shape, values: t.floats)))
        }
        try net.load(state)
        let x = demo["x"].tensor
        let out = x.floats.withUnsafeBufferPointer {
            Array(UnsafeBufferPointer(start: net.forward($0.baseAddress!, batch: 5, training: false), count: 10))
        }
        expectClose(
            out, demo["probabilities"].tensor.data, Tolerance(rel: 1e-6, abs: 1e-7), "tutorial model probabilities")
    }

    /// A Linear's own initializers replace the run's for the parts given; the other parts, and
    /// the layers without their own, use the run's scheme.
    @Test func perLayerInitOverridesTheRunsScheme() throws {
        let spec = NetworkSpec(
            inputs: 4,
            modules: [
                ModuleSpec(.linear(width: 5, init: LayerInit(weight: .constant(0.5)))), ModuleSpec(.activation(.tanh)),
                ModuleSpec(.linear(width: 3, bias: false, init: LayerInit(bias: .constant(9)))),
                ModuleSpec(.activation(.relu)),
                ModuleSpec(.linear(width: 2, init: LayerInit(weight: .eye, bias: .constant(-1))))
            ])
        let net = try Sequential(
            spec: spec, initScheme: InitScheme(weight: .constant(2), bias: .constant(3)), random: RandomSource(seed: 1))
        let state = floatState(net)
        #expect(Array(state.keys).sorted() == ["0.bias", "0.weight", "2.weight", "4.bias", "4.weight"])
        #expect(state["0.weight"]!.allSatisfy { $0 == 0.5 } && state["0.bias"]!.allSatisfy { $0 == 3 })
        #expect(state["2.weight"]!.allSatisfy { $0 == 2 })
        #expect(state["4.weight"]! == [1, 0, 0, 0, 1, 0] && state["4.bias"]! == [-1, -1])
        #expect(net.parameterCount == 4 * 5 + 5 + 5 * 3 + 3 * 2 + 2 && spec.parameterCount == net.parameterCount)
        // A bias initializer that needs a 2-D weight is refused, but not for a Linear without bias.
        #expect(throws: EngineError.self) {
            try Sequential(
                spec: NetworkSpec(inputs: 2, modules: [ModuleSpec(.linear(width: 2, init: LayerInit(bias: .eye)))]),
                initScheme: InitScheme(weight: .zeros, bias: .zeros), random: RandomSource(seed: 1))
        }
        _ = try Sequential(
            spec: NetworkSpec(inputs: 2, modules: [ModuleSpec(.linear(width: 2, bias: false))]),
            initScheme: InitScheme(weight: .zeros, bias: .eye), random: RandomSource(seed: 1))
    }
}
