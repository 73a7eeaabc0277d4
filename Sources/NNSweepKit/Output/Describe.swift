import Foundation
import NNEngine
import NNData

/// Text for `nnsweep datasets`.
public enum DataCatalog {
    public static var text: String {
        var lines = ["builtin data sets (data: {builtin: NAME}):"]
        for d in BuiltinData.all {
            lines.append("  \(d.name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(d.rows) rows, \(d.features) features, \(d.task.rawValue); \(d.source)")
        }
        lines.append("synthetic generators (data: {synthetic: NAME, samples: 500, noise: 0.1, classes: N}):")
        lines.append("  " + Synthetic.names.joined(separator: ", ") + " (sine is regression)")
        return lines.joined(separator: "\n")
    }
}

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
public enum Demo {
    public static func render(seed: UInt64) -> String {
        var random = RandomSource(seed: seed)
        let layers: [Layer] = [Linear(3, 3), Activation(.sigmoid, features: 3), Linear(3, 2), Activation(.relu, features: 2),
                               Linear(2, 2), SoftmaxLayer(features: 2)]
        let l0 = layers[0] as! Linear, l2 = layers[2] as! Linear, l4 = layers[4] as! Linear
        var r = random.derived("init.0.weight")
        Initializer.xavierNormal(gain: 1).fill(l0.weight.value, fanIn: 3, fanOut: 3, random: &r)
        r = random.derived("init.2.weight")
        Initializer.kaimingNormal(a: 0, mode: .fan_in, nonlinearity: "relu").fill(l2.weight.value, fanIn: 3, fanOut: 2, random: &r)
        r = random.derived("init.4.weight")
        Initializer.pytorchDefault.fill(l4.weight.value, fanIn: 2, fanOut: 2, random: &r)
        r = random.derived("init.4.bias")
        Initializer.pytorchDefault.fill(l4.bias.value, fanIn: 2, fanOut: 2, random: &r)
        var dataRandom = random.derived("data")
        let x = (0..<15).map { _ in Float(dataRandom.nextNormal()) }
        for l in layers { l.reserve(batch: 5) }
        var probabilities: [Float] = []
        x.withUnsafeBufferPointer { xp in
            var h = UnsafePointer(xp.baseAddress!)
            for l in layers { h = UnsafePointer(l.forward(h, batch: 5, training: false)) }
            probabilities = Array(UnsafeBufferPointer(start: h, count: 10))
        }
        func row(_ v: ArraySlice<Float>) -> String { "[" + v.map { String(format: "%9.6f", $0) }.joined(separator: ", ") + "]" }
        var out = ["nnsweep demo: the tutorial's network (seed \(seed))", "",
                   "input: 5 samples x 3 features, standard normal"]
        for i in 0..<5 { out.append("  x[\(i)] = " + row(x[(3 * i)..<(3 * i + 3)])) }
        out.append("")
        out.append("output: class probabilities (Softmax over 2 classes)")
        for i in 0..<5 {
            let p = probabilities[(2 * i)..<(2 * i + 2)]
            out.append("  p[\(i)] = " + row(p) + String(format: "   sum = %.6f", p.reduce(0, +)))
        }
        out.append("")
        out.append(ModelSummary(layers: layers, inputs: 3).render())
        out.append("")
        out.append("named parameters:")
        for (i, l) in layers.enumerated() {
            for (n, p) in l.namedParameters {
                out.append("  \(i).\(n) \(p.value.shape):")
                let cols = p.value.shape.count == 2 ? p.value.shape[1] : p.value.count
                let vals = p.value.array
                for start in stride(from: 0, to: vals.count, by: cols) { out.append("    " + row(vals[start..<(start + cols)])) }
            }
        }
        return out.joined(separator: "\n")
    }
}
