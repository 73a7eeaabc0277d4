import Foundation
import NNEngine
import NNData

/// `nnsweep summary`: the model of a run file in torchsummary's layout.
public enum ModelDescription {
    public static func render(plan: SweepPlan) throws -> String {
        var seen: [String: [String]] = [:]
        var order: [(String, Cell, PreparedData)] = []
        let cache = DataCache()
        for cell in plan.cells {
            let data = try cache.get(cell.config)
            let c = cell.config
            let key = "\(data.train.featureCount)|\(c.hidden)|\(data.outputs)|\(c.activation)|\(c.dropout)|\(c.batchNorm)"
            if seen[key] == nil { order.append((key, cell, data)) }
            seen[key, default: []].append(cell.axisValues.joined(separator: "/"))
        }
        var out: [String] = []
        for (key, cell, data) in order {
            let (network, trainer) = try CellRunner.build(cell, data: data)
            if order.count > 1 { out.append("cells: " + seen[key]!.joined(separator: ", ")) }
            if !plan.axes.isEmpty {
                let same = order.count > 1 ? "the model of the cells above" : "the same model in all \(plan.cells.count) cells"
                out.append("cell \(cell.label(plan.axes)) (id \(cell.id)); \(same); its batch and data below")
            }
            out.append(ModelSummary(network).render())
            out.append("state_dict: " + network.stateDict.map(\.0).joined(separator: ", "))
            let b = trainer.settings.batchSize
            out.append("data: \(data.train.count) training samples\(data.test.map { ", \($0.count) test samples" } ?? ""), \(data.train.featureCount) features, \(data.outputs) outputs; batch \(b), \((data.train.count + b - 1) / b) iterations per epoch")
        }
        return out.joined(separator: "\n")
    }
}

/// `nnsweep demo`: the tutorial's first network, built and run in Swift.
///
/// Linear(3,3) + Sigmoid, Linear(3,2) + ReLU, Linear(2,2) + Softmax; xavier_normal on the first
/// weights, kaiming_normal on the second, zero biases (the third keeps PyTorch's default);
/// 5 samples of 3 standard-normal features.
public struct Demo {
    public static let samples = 5, features = 3, classes = 2
    public let seed: UInt64
    public let layers: [Layer]
    /// The input, `samples x features`, row-major.
    public let input: [Float]
    /// The network's output for it: class probabilities, `samples x classes`, row-major.
    public let probabilities: [Float]

    public init(seed: UInt64) {
        let random = RandomSource(seed: seed)
        let l0 = Linear(3, 3), l2 = Linear(3, 2), l4 = Linear(2, 2)
        let layers: [Layer] = [l0, Activation(.sigmoid, features: 3), l2, Activation(.relu, features: 2), l4, SoftmaxLayer(features: 2)]
        var r = random.derived("init.0.weight")
        Initializer.xavierNormal(gain: 1).fill(l0.weight.value, fanIn: 3, fanOut: 3, random: &r)
        r = random.derived("init.2.weight")
        Initializer.kaimingNormal(a: 0, mode: .fan_in, nonlinearity: "relu").fill(l2.weight.value, fanIn: 3, fanOut: 2, random: &r)
        r = random.derived("init.4.weight")
        Initializer.pytorchDefault.fill(l4.weight.value, fanIn: 2, fanOut: 2, random: &r)
        r = random.derived("init.4.bias")
        Initializer.pytorchDefault.fill(l4.bias.value, fanIn: 2, fanOut: 2, random: &r)
        var dataRandom = random.derived("data")
        let x = (0..<(Self.samples * Self.features)).map { _ in Float(dataRandom.nextNormal()) }
        for l in layers { l.reserve(batch: Self.samples) }
        var probabilities: [Float] = []
        x.withUnsafeBufferPointer { xp in
            var h = UnsafePointer(xp.baseAddress!)
            for l in layers { h = UnsafePointer(l.forward(h, batch: Self.samples, training: false)) }
            probabilities = Array(UnsafeBufferPointer(start: h, count: Self.samples * Self.classes))
        }
        self.seed = seed
        self.layers = layers
        self.input = x
        self.probabilities = probabilities
    }
}
