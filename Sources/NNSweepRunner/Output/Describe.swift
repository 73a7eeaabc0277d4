import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// `nnsweep summary`: the model of a run file in torchsummary's layout.
public enum ModelDescription {
    public static func render(plan: SweepPlan) throws -> String {
        if let program = plan.cells.first?.config.program {
            throw SweepError(
                "summary describes the built-in engine's network; this file's cells run \(program.spec.command.joined(separator: " ")), whose model is its own"
            )
        }
        var seen: [String: [String]] = [:]
        var order: [(String, Cell, PreparedData)] = []
        let cache = DataCache()
        for cell in plan.cells {
            let data = try cache.get(cell.config)
            let c = cell.config
            let key = "\(data.train.featureCount)|" + ModuleSpec.canonical(c.modules(outputs: data.outputs))
            if seen[key] == nil { order.append((key, cell, data)) }
            seen[key, default: []].append(cell.axisValues.joined(separator: "/"))
        }
        var out: [String] = []
        for (key, cell, data) in order {
            let (network, trainer) = try CellRunner.build(cell, data: data)
            if order.count > 1 { out.append("cells: " + seen[key]!.joined(separator: ", ")) }
            if !plan.axes.isEmpty {
                let same =
                    order.count > 1 ? "the model of the cells above" : "the same model in all \(plan.cells.count) cells"
                out.append("cell \(cell.label(plan.axes)) (id \(cell.id)); \(same); its batch and data below")
            }
            out.append(ModelSummary(network).render())
            out.append("state_dict: " + network.stateDict.map(\.0).joined(separator: ", "))
            let b = trainer.settings.batchSize
            out.append(
                "data: \(data.train.count) training samples\(data.heldOut.map { ", \($0.count) validation samples" } ?? "")\(data.test.map { ", \($0.count) test samples" } ?? ""), \(data.train.featureCount) features, \(data.outputs) outputs; batch \(b), \((data.train.count + b - 1) / b) iterations per epoch"
            )
        }
        return out.joined(separator: "\n")
    }
}

/// `nnsweep demo` (`demo model`): the tutorial's first network, built and run in Swift, as
/// the tutorial's class declares it:
///
///     class Model(nn.Module):
///         def __init__(self):
///             self.linear1 = nn.Linear(3, 3)    # xavier_normal_ weight, zero bias
///             self.linear2 = nn.Linear(3, 2)    # kaiming_normal_(nonlinearity='relu') weight, zero bias
///             self.out = nn.Linear(2, 2)        # PyTorch's default initialization
///         def forward(self, x):
///             x = torch.sigmoid(self.linear1(x))
///             x = torch.relu(self.linear2(x))
///             return torch.softmax(self.out(x), dim=1)
///
/// The activations are functions in its forward, not modules, so torchsummary shows the three
/// Linear rows only. The input is `batch` samples of 3 standard normal features, drawn from
/// nnsweep's generator (torch.randn's numbers cannot be reproduced outside PyTorch).
public struct Demo {
    public static let features = 3, classes = 2
    /// The model as a module list: what the class's forward runs, with the class's names.
    public static let spec = NetworkSpec(
        inputs: 3,
        modules: [
            ModuleSpec(
                .linear(width: 3, init: LayerInit(weight: .xavierNormal(gain: 1), bias: .zeros)), name: "linear1"),
            ModuleSpec(.activation(.sigmoid)),
            ModuleSpec(
                .linear(
                    width: 2,
                    init: LayerInit(weight: .kaimingNormal(a: 0, mode: .fan_in, nonlinearity: "relu"), bias: .zeros)),
                name: "linear2"),
            ModuleSpec(.activation(.relu)),
            ModuleSpec(.linear(width: 2), name: "out"),
            ModuleSpec(.softmax)
        ])
    /// The initializers as the tutorial calls them, per Linear module.
    public static let initializers = [
        ("linear1", "nn.init.xavier_normal_(weight), nn.init.zeros_(bias)"),
        ("linear2", "nn.init.kaiming_normal_(weight, nonlinearity='relu'), nn.init.zeros_(bias)"),
        (
            "out",
            "PyTorch's default: weight and bias ~ U(-1/sqrt(in_features), 1/sqrt(in_features)) = U(-0.7071, 0.7071)"
        )
    ]

    public let seed: UInt64
    public let batch: Int
    public let network: Sequential
    /// The input, `batch x features`, row-major.
    public let input: [Float]
    /// The network's output for it: class probabilities, `batch x classes`, row-major.
    public let probabilities: [Float]

    public init(seed: UInt64, batch: Int = 5) throws {
        guard batch >= 1 && batch <= 1_000 else { throw SweepError("--batch must be from 1 to 1000, got \(batch)") }
        let random = RandomSource(seed: seed)
        // Each layer's own initializers; the scheme given here applies to `out` only.
        let network = try Sequential(
            spec: Self.spec, initScheme: InitScheme(weight: .pytorchDefault, bias: .pytorchDefault),
            random: random.derived("init"))
        var dataRandom = random.derived("data")
        let x = (0..<(batch * Self.features)).map { _ in Float(dataRandom.nextNormal()) }
        self.seed = seed
        self.batch = batch
        self.network = network
        input = x
        probabilities = Self.run(network, x, batch: batch)
    }

    /// The model's output for `x` (`batch x 3`, row-major), in evaluation mode.
    public static func run(_ network: Sequential, _ x: [Float], batch: Int) -> [Float] {
        x.withUnsafeBufferPointer { xp in
            let out = network.forward(xp.baseAddress!, batch: batch, training: false)
            return Array(UnsafeBufferPointer(start: out, count: batch * network.spec.outputs))
        }
    }

    /// torchsummary of the class: its three Linear modules (its activations are functions).
    public var summary: ModelSummary {
        ModelSummary(layers: network.layers.filter { $0 is Linear }, inputs: Self.features)
    }

    /// Everything the demo prints.
    public func render() -> String {
        var out = ["nnsweep demo: the tutorial's network (seed \(seed))", ""]
        out.append("x = randn(\(batch), 3)  (nnsweep's own generator, seed \(seed): not the numbers torch.randn gives)")
        out.append(TorchPrint.tensor(input, shape: [batch, Self.features]))
        out.append("")
        out.append("model(x): class probabilities (softmax over \(Self.classes) classes; each row sums to 1)")
        out.append(TorchPrint.tensor(probabilities, shape: [batch, Self.classes], suffix: "grad_fn=<SoftmaxBackward0>"))
        out.append("")
        out.append("summary(model, (3,)):")
        out.append(summary.render())
        out.append("")
        out.append("initialization:")
        for (name, how) in Self.initializers { out.append("  \(name): \(how)") }
        out.append("")
        out.append("for name, param in model.named_parameters(): print(name, param)")
        for (name, p) in network.namedParameters {
            out.append("\(name) Parameter containing:")
            out.append(TorchPrint.tensor(p.value.array, shape: p.value.shape, suffix: "requires_grad=True"))
        }
        return out.joined(separator: "\n")
    }
}
