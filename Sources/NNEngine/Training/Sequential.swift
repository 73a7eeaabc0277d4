/// Per-layer initializers of a Linear module: each part given overrides the run's scheme.
public struct LayerInit: Equatable, Sendable {
    public var weight: Initializer?
    public var bias: Initializer?

    public init(weight: Initializer? = nil, bias: Initializer? = nil) {
        self.weight = weight
        self.bias = bias
    }
}

/// One module of a network, as `torch.nn` names it.
public enum ModuleKind: Equatable, Sendable {
    /// `nn.Linear(previous width, width, bias=bias)`.
    case linear(width: Int, bias: Bool = true, init: LayerInit = LayerInit())
    case activation(ActivationKind)
    /// `nn.Softmax(dim=1)` and `nn.LogSoftmax(dim=1)`.
    case softmax, logSoftmax
    /// `nn.BatchNorm1d` over the previous width.
    case batchNorm
    case dropout(Double)
}

/// A module with its state_dict name (nil: its index, as `nn.Sequential` names it).
public struct ModuleSpec: Equatable, Sendable {
    public var kind: ModuleKind
    public var name: String?

    public init(_ kind: ModuleKind, name: String? = nil) {
        self.kind = kind
        self.name = name
    }

    /// The canonical text (part of the settings that cell ids hash): `linear(3)`,
    /// `linear(2,bias=false,init.weight=xavier_normal(1.0))`, `sigmoid`, `dropout(0.2)`, `softmax`,
    /// with `name=...` when named.
    public var canonical: String {
        var base: String
        var options: [String] = []
        switch kind {
        case .linear(let w, let bias, let i):
            base = "linear"
            options.append("\(w)")
            if !bias { options.append("bias=false") }
            if let iw = i.weight { options.append("init.weight=\(iw.canonical)") }
            if let ib = i.bias { options.append("init.bias=\(ib.canonical)") }
        case .activation(let a): base = a.canonical
        case .softmax: base = "softmax"
        case .logSoftmax: base = "log_softmax"
        case .batchNorm: base = "batch_norm"
        case .dropout(let p):
            base = "dropout"
            options.append("\(p)")
        }
        if let name { options.append("name=\(name)") }
        return options.isEmpty ? base : "\(base)(\(options.joined(separator: ",")))"
    }

    /// The canonical text of a whole list.
    public static func canonical(_ modules: [ModuleSpec]) -> String {
        "[" + modules.map(\.canonical).joined(separator: ", ") + "]"
    }

    /// The shorthand's modules: hidden blocks of Linear, optional BatchNorm1d, activation and
    /// optional Dropout, then a Linear producing logits.
    public static func shorthand(
        hidden: [Int], outputs: Int, activation: ActivationKind, dropout: Double, batchNorm: Bool
    ) -> [ModuleSpec] {
        var out: [ModuleSpec] = []
        for h in hidden {
            out.append(ModuleSpec(.linear(width: h)))
            if batchNorm { out.append(ModuleSpec(.batchNorm)) }
            out.append(ModuleSpec(.activation(activation)))
            if dropout > 0 { out.append(ModuleSpec(.dropout(dropout))) }
        }
        out.append(ModuleSpec(.linear(width: outputs)))
        return out
    }
}

/// What a network's last module makes of its outputs.
public enum OutputKind: Equatable, Sendable {
    /// Unnormalized scores (or regression values).
    case logits
    /// Softmax probabilities.
    case probabilities
    /// Log-softmax.
    case logProbabilities
    /// A sigmoid: a probability per output.
    case sigmoid
}

/// The shape of a feed-forward network: its inputs and its modules in order.
public struct NetworkSpec: Equatable, Sendable {
    public var inputs: Int
    public var modules: [ModuleSpec]

    public init(inputs: Int, modules: [ModuleSpec]) {
        self.inputs = inputs
        self.modules = modules
    }

    /// The shorthand: hidden blocks of Linear, optional BatchNorm1d, activation and optional
    /// Dropout, then a Linear producing logits.
    public init(
        inputs: Int, hidden: [Int], outputs: Int, activation: ActivationKind = .relu,
        dropout: Double = 0, batchNorm: Bool = false
    ) {
        self.init(
            inputs: inputs,
            modules: ModuleSpec.shorthand(
                hidden: hidden, outputs: outputs, activation: activation,
                dropout: dropout, batchNorm: batchNorm))
    }

    /// The widths of the Linear modules.
    public var linearWidths: [Int] {
        modules.compactMap { if case .linear(let w, _, _) = $0.kind { w } else { nil } }
    }
    /// The widths of every Linear module but the last.
    public var hidden: [Int] { Array(linearWidths.dropLast()) }
    /// The network's output width: the last Linear's (the modules after it keep the width).
    public var outputs: Int { linearWidths.last ?? inputs }
    public var batchNorm: Bool { modules.contains { $0.kind == .batchNorm } }

    public var output: OutputKind {
        switch modules.last?.kind {
        case .softmax: .probabilities
        case .logSoftmax: .logProbabilities
        case .activation(.sigmoid): .sigmoid
        default: .logits
        }
    }

    /// Trainable parameters (Linear weights and biases, BatchNorm's weight and bias), computed
    /// before anything is allocated; nil when the count does not fit in an Int.
    public var parameterCount: Int? {
        var total = 0
        var width = inputs
        for m in modules {
            var layer = 0
            switch m.kind {
            case .linear(let w, let bias, _):
                let (p, o1) = width.multipliedReportingOverflow(by: w)
                let (q, o2) = p.addingReportingOverflow(bias ? w : 0)
                if o1 || o2 { return nil }
                layer = q
                width = w
            case .batchNorm: layer = 2 * min(width, Int.max / 4)
            default: break
            }
            let (t, o) = total.addingReportingOverflow(layer)
            if o { return nil }
            total = t
        }
        return total
    }

    /// The module names, as the state_dict uses them: each module's name or its index.
    public var moduleNames: [String] { modules.enumerated().map { $1.name ?? "\($0)" } }

    public func validate() throws {
        guard inputs > 0 else { throw EngineError("the data has no feature columns") }
        guard !linearWidths.isEmpty else { throw EngineError("the model needs at least one linear layer") }
        for (i, m) in modules.enumerated() {
            switch m.kind {
            case .linear(let w, _, _) where w <= 0:
                throw EngineError("module \(i): linear widths must be positive integers, got \(w)")
            case .dropout(let p) where !(p >= 0 && p < 1):
                throw EngineError("module \(i): dropout must be in [0, 1), got \(p)")
            default: break
            }
        }
        let names = moduleNames
        for (i, n) in names.enumerated() where names[..<i].contains(n) {
            throw EngineError("module \(i): the name '\(n)' is taken by an earlier module")
        }
    }
}

/// One entry of a network's state, as PyTorch's `state_dict` names and stores it.
public enum StateEntry {
    case float(Tensor)
    case int64(get: () -> Int64, set: (Int64) -> Void)
}

/// A feed-forward network equivalent to PyTorch's `nn.Sequential` of the same modules: the same
/// module indices (or the names given, as an `OrderedDict` gives them), so the same `state_dict`
/// names (`0.weight`, `1.running_mean`, `linear1.weight`, ...).
public final class Sequential {
    public let spec: NetworkSpec
    public let layers: [Layer]
    /// Trainable parameters in `state_dict` order, with their names.
    public let namedParameters: [(String, Parameter)]
    public var parameters: [Parameter] { namedParameters.map(\.1) }
    private var reservedBatch = 0

    /// The module names (`0`, `linear1`, ...), one per layer.
    public let moduleNames: [String]
    /// What the last module outputs.
    public var output: OutputKind { spec.output }

    /// Builds the network and initializes its Linear layers with `scheme` (or a layer's own
    /// initializers): the k-th Linear layer (from 0) draws its weight and bias from the streams
    /// `init.linearK.weight` and `init.linearK.bias` of `random`, so its values do not depend on
    /// the batch-norm, activation or dropout modules around it. Dropout masks draw from
    /// `dropoutRandom` (default: `random`).
    public init(spec: NetworkSpec, initScheme: InitScheme, random: RandomSource, dropoutRandom: RandomSource? = nil)
        throws
    {
        try spec.validate()
        for m in spec.modules {
            guard case .linear(_, let hasBias, let i) = m.kind, hasBias else { continue }
            let bias = i.bias ?? initScheme.bias
            if bias.needsFans {
                throw EngineError(
                    "\(bias.name) needs a 2-D weight and cannot initialize a bias; use zeros, constant, uniform, normal, trunc_normal or default"
                )
            }
        }
        self.spec = spec
        var layers: [Layer] = []
        var schemes: [InitScheme] = []
        var width = spec.inputs
        for m in spec.modules {
            switch m.kind {
            case .linear(let w, let bias, let i):
                layers.append(Linear(width, w, bias: bias))
                schemes.append(InitScheme(weight: i.weight ?? initScheme.weight, bias: i.bias ?? initScheme.bias))
                width = w
            case .activation(let a): layers.append(Activation(a, features: width))
            case .softmax: layers.append(SoftmaxLayer(features: width))
            case .logSoftmax: layers.append(LogSoftmaxLayer(features: width))
            case .batchNorm: layers.append(BatchNorm1d(width))
            case .dropout(let p):
                layers.append(
                    Dropout(
                        p: Float(p), features: width,
                        random: (dropoutRandom ?? random).derived("dropout.\(layers.count)")))
            }
        }
        self.layers = layers
        moduleNames = spec.moduleNames
        var named: [(String, Parameter)] = []
        for (i, layer) in layers.enumerated() {
            for (n, p) in layer.namedParameters { named.append(("\(moduleNames[i]).\(n)", p)) }
        }
        namedParameters = named
        for (k, linear) in layers.compactMap({ $0 as? Linear }).enumerated() {
            var rw = random.derived("init.linear\(k).weight")
            schemes[k].weight.fill(
                linear.weight.value, fanIn: linear.inputFeatures, fanOut: linear.outputFeatures, random: &rw)
            if let bias = linear.bias {
                var rb = random.derived("init.linear\(k).bias")
                schemes[k].bias.fill(
                    bias.value, fanIn: linear.inputFeatures, fanOut: linear.outputFeatures, random: &rb)
            }
        }
    }

    /// Every `state_dict` entry in PyTorch's order: parameters, then buffers, per module.
    public var stateDict: [(String, StateEntry)] {
        var out: [(String, StateEntry)] = []
        for (i, layer) in layers.enumerated() {
            let m = moduleNames[i]
            for (n, p) in layer.namedParameters { out.append(("\(m).\(n)", .float(p.value))) }
            for (n, t) in layer.namedBuffers { out.append(("\(m).\(n)", .float(t))) }
            if let bn = layer as? BatchNorm1d {
                out.append(
                    (
                        "\(m).num_batches_tracked",
                        .int64(get: { bn.numBatchesTracked }, set: { bn.numBatchesTracked = $0 })
                    ))
            }
        }
        return out
    }

    /// The Linear weights, which the L1 and L2 penalties cover.
    public var linearWeights: [Parameter] { namedParameters.map(\.1).filter { $0.role == .linearWeight } }
    /// The same, computed once for the training loop.
    public private(set) lazy var penalizedWeights: [Parameter] = linearWeights

    public func reserve(batch: Int) {
        guard batch > reservedBatch else { return }
        for l in layers { l.reserve(batch: batch) }
        reservedBatch = batch
    }

    /// `x: [batch, inputs]` → outputs `[batch, outputs]` (the last layer's buffer).
    public func forward(_ x: UnsafePointer<Float>, batch: Int, training: Bool) -> UnsafeMutablePointer<Float> {
        reserve(batch: batch)
        var h = UnsafePointer(layers[0].forward(x, batch: batch, training: training))
        for l in layers.dropFirst() { h = UnsafePointer(l.forward(h, batch: batch, training: training)) }
        return UnsafeMutablePointer(mutating: h)
    }

    /// Back-propagates `gradOutput: [batch, outputs]`, accumulating every parameter's gradient.
    public func backward(_ gradOutput: UnsafePointer<Float>, batch: Int) {
        var g = gradOutput
        var i = layers.count - 1
        while i >= 0 {
            guard let gi = layers[i].backward(g, batch: batch, needInputGradient: i > 0) else { break }
            g = UnsafePointer(gi)
            i -= 1
        }
    }

    public func zeroGrad() { for p in parameters { p.zeroGrad() } }

    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }
}
