import Foundation
import NNEngine
import Testing

// Equivalent losses (loss_pairs.json, loss_pair_<name>.safetensors): cross_entropy on logits
// and log_softmax + nll; BCEWithLogitsLoss on one logit and sigmoid + nn.BCELoss. Each member
// trains from PyTorch's state_dict to PyTorch's epochs with the same predictions; the cross-entropy
// pair is identical to the bit, the BCE pair differs no more than PyTorch's own (see below).

@Suite("Equivalent losses against PyTorch")
struct LossPairTests {
    static let file = try! Fixtures.json("loss_pairs.json")

    /// The epochs of each member of the pair `name`, trained by the engine.
    static func train(_ name: String) throws -> [(label: String, records: [EpochRecord], expected: [JSON])] {
        let c = try #require(file["cases"].array.first { $0["name"].string == name })
        let checkpoint = try SafeTensors.decode(try Fixtures.bytes("loss_pair_\(name).safetensors")).tensors
        func dataset(_ x: JSON, _ y: JSON) -> Dataset {
            let xt = x.tensor
            return Dataset(
                features: xt.floats, targets: y.doubles.map { Float($0) }, featureCount: xt.shape[1],
                task: .classification, classes: c["classes"].int)
        }
        let train = dataset(c["x_train"], c["y_train"])
        let validation = dataset(c["x_val"], c["y_val"])
        var out: [(String, [EpochRecord], [JSON])] = []
        for m in c["members"].array {
            let spec = NetworkSpec(
                inputs: c["inputs"].int, modules: try m["modules"].array.map(LayerListParityTests.module))
            let net = try Sequential(
                spec: spec, initScheme: try #require(InitScheme.short("zero")), random: RandomSource(seed: 0))
            try net.load(checkpoint)
            let loss: Loss =
                switch m["loss"].string {
                case "cross_entropy": .crossEntropy()
                case "nll": .nll()
                default: .bce()
                }
            let optimizer = try Settings.optimizer(name: "sgd", params: JSON(.object(["lr": .number(c["lr"].double)])))
                .make(parameters: net.parameters)
            let settings = TrainingSettings(
                loss: loss, batchSize: c["batch_size"].int, epochs: c["epochs"].int, shuffle: false)
            let trainer = try Trainer(
                network: net, optimizer: optimizer, settings: settings, train: train,
                validation: validation, random: RandomSource(seed: 0))
            var records: [EpochRecord] = []
            #expect(trainer.run { records.append($0) } == .completed)
            out.append((m["label"].string, records, m["epochs_out"].array))
        }
        return out
    }

    static func relativeDifference(_ a: Double, _ b: Double) -> Double {
        a == b ? 0 : abs(a - b) / max(abs(a), abs(b))
    }

    @Test(arguments: ["ce", "bce"])
    func pairsMatchPyTorchAndEachOther(name: String) throws {
        let members = try Self.train(name)
        try #require(members.count == 2)
        for m in members {
            try #require(m.records.count == m.expected.count)
            for (r, e) in zip(m.records, m.expected) {
                expectClose(
                    r.trainLoss, e["train_loss"].double, TrainingParityTests.lossTol,
                    "\(name) \(m.label) epoch \(r.epoch) train_loss")
                expectClose(
                    try #require(r.valLoss), e["val_loss"].double, TrainingParityTests.lossTol,
                    "\(name) \(m.label) epoch \(r.epoch) val_loss")
                #expect(r.valAccuracy == e["val_accuracy"].double, "\(name) \(m.label) epoch \(r.epoch)")
            }
        }
        // PyTorch's own difference between the two members, and the engine's.
        let c = try #require(Self.file["cases"].array.first { $0["name"].string == name })
        let torchTrain = c["max_rel_difference"]["train_loss"].double
        let torchVal = c["max_rel_difference"]["val_loss"].double
        var train = 0.0
        var val = 0.0
        for (a, b) in zip(members[0].records, members[1].records) {
            train = max(train, Self.relativeDifference(a.trainLoss, b.trainLoss))
            val = max(val, Self.relativeDifference(a.valLoss ?? .nan, b.valLoss ?? .nan))
            #expect(a.valAccuracy == b.valAccuracy && a.trainAccuracy == b.trainAccuracy, "\(name) epoch \(a.epoch)")
        }
        // PyTorch's cross_entropy is log_softmax + nll_loss, one computation, and so is the
        // engine's: its pair agrees to the bit (PyTorch's max_rel_difference is 0 as well). The
        // BCE forms are two computations in PyTorch as in the engine (the stable BCEWithLogits
        // formula; the logs of the sigmoid): the engine's pair may differ as much as PyTorch's.
        if name == "ce" {
            #expect(torchTrain == 0 && torchVal == 0)
            for (a, b) in zip(members[0].records, members[1].records) {
                #expect(a.trainLoss == b.trainLoss && a.valLoss == b.valLoss, "ce epoch \(a.epoch)")
            }
        }
        let bound = name == "bce" ? max(torchTrain, torchVal) : 0
        #expect(train <= bound && val <= bound, "\(name): engine \(train), \(val); PyTorch \(torchTrain), \(torchVal)")
    }
}
