/// The shape of a fully-connected network: hidden blocks of Linear, optional BatchNorm1d,
/// activation and optional Dropout, then a Linear producing logits.
public struct NetworkSpec: Equatable, Sendable {
    public var inputs: Int
    public var hidden: [Int]
    public var outputs: Int
    public var activation: ActivationKind
    public var dropout: Double
    public var batchNorm: Bool

    public init(inputs: Int, hidden: [Int], outputs: Int, activation: ActivationKind = .relu,
                dropout: Double = 0, batchNorm: Bool = false) {
        self.inputs = inputs
        self.hidden = hidden
        self.outputs = outputs
        self.activation = activation
        self.dropout = dropout
        self.batchNorm = batchNorm
    }

    /// Trainable parameters (Linear weights and biases, BatchNorm's weight and bias), computed
    /// before anything is allocated; nil when the count does not fit in an Int.
    public var parameterCount: Int? {
        var total = 0, fanIn = inputs
        for width in hidden + [outputs] {
            let (w, o1) = fanIn.multipliedReportingOverflow(by: width)
            let (layer, o2) = w.addingReportingOverflow(width)
            if o1 || o2 { return nil }
            let (t, o3) = total.addingReportingOverflow(layer)
            if o3 { return nil }
            total = t
            fanIn = width
        }
        if batchNorm {
            for width in hidden {
                let (t, o) = total.addingReportingOverflow(2 * min(width, Int.max / 4))
                if o { return nil }
                total = t
            }
        }
        return total
    }

    public func validate() throws {
        guard inputs > 0 else { throw EngineError("the data has no feature columns") }
        guard outputs > 0 else { throw EngineError("the model needs at least one output") }
        if let bad = hidden.first(where: { $0 <= 0 }) {
            throw EngineError("hidden layer widths must be positive integers, got \(bad)")
        }
        guard dropout >= 0 && dropout < 1 else { throw EngineError("dropout must be in [0, 1), got \(dropout)") }
    }
}

/// One entry of a network's state, as PyTorch's `state_dict` names and stores it.
public enum StateEntry {
    case float(Tensor)
    case int64(get: () -> Int64, set: (Int64) -> Void)
}

/// A feed-forward network equivalent to PyTorch's `nn.Sequential` of the same modules:
/// the same module indices, so the same `state_dict` names (`0.weight`, `1.running_mean`, ...).
public final class Sequential {
    public let spec: NetworkSpec
    public let layers: [Layer]
    /// Trainable parameters in `state_dict` order, with their names.
    public let namedParameters: [(String, Parameter)]
    public var parameters: [Parameter] { namedParameters.map(\.1) }
    private var reservedBatch = 0

    /// Builds the network and initializes its Linear layers with `scheme`: the k-th Linear layer
    /// (from 0) draws its weight and bias from the streams `init.linearK.weight` and
    /// `init.linearK.bias` of `random`, so its values do not depend on the batch-norm, activation
    /// or dropout modules around it. Dropout masks draw from `dropoutRandom` (default: `random`).
    public init(spec: NetworkSpec, initScheme: InitScheme, random: RandomSource, dropoutRandom: RandomSource? = nil) throws {
        try spec.validate()
        if initScheme.bias.needsFans {
            throw EngineError("\(initScheme.bias.name) needs a 2-D weight and cannot initialize a bias; use zeros, constant, uniform, normal, trunc_normal or default")
        }
        self.spec = spec
        var layers: [Layer] = []
        var width = spec.inputs
        for h in spec.hidden {
            layers.append(Linear(width, h))
            if spec.batchNorm { layers.append(BatchNorm1d(h)) }
            layers.append(Activation(spec.activation, features: h))
            if spec.dropout > 0 {
                layers.append(Dropout(p: Float(spec.dropout), features: h, random: (dropoutRandom ?? random).derived("dropout.\(layers.count)")))
            }
            width = h
        }
        layers.append(Linear(width, spec.outputs))
        self.layers = layers
        var named: [(String, Parameter)] = []
        for (i, layer) in layers.enumerated() {
            for (n, p) in layer.namedParameters { named.append(("\(i).\(n)", p)) }
        }
        namedParameters = named
        for (k, linear) in layers.compactMap({ $0 as? Linear }).enumerated() {
            var rw = random.derived("init.linear\(k).weight")
            initScheme.weight.fill(linear.weight.value, fanIn: linear.inputFeatures, fanOut: linear.outputFeatures, random: &rw)
            var rb = random.derived("init.linear\(k).bias")
            initScheme.bias.fill(linear.bias.value, fanIn: linear.inputFeatures, fanOut: linear.outputFeatures, random: &rb)
        }
    }

    /// Every `state_dict` entry in PyTorch's order: parameters, then buffers, per module.
    public var stateDict: [(String, StateEntry)] {
        var out: [(String, StateEntry)] = []
        for (i, layer) in layers.enumerated() {
            for (n, p) in layer.namedParameters { out.append(("\(i).\(n)", .float(p.value))) }
            for (n, t) in layer.namedBuffers { out.append(("\(i).\(n)", .float(t))) }
            if let bn = layer as? BatchNorm1d {
                out.append(("\(i).num_batches_tracked", .int64(get: { bn.numBatchesTracked }, set: { bn.numBatchesTracked = $0 })))
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

    /// `x: [batch, inputs]` → logits `[batch, outputs]` (the last layer's buffer).
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
