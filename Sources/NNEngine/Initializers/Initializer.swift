/// How a weight is scaled against its fans, for the Kaiming initializers.
public enum FanMode: String, Sendable, CaseIterable { case fan_in, fan_out }

/// Parameter initializers, with `torch.nn.init`'s formulas. For a weight `[out, in]`,
/// fan_in = in and fan_out = out.
///
///     zeros                      w = 0
///     constant(v)                w = v
///     uniform(a, b)              w ~ U(a, b)
///     normal(mean, std)          w ~ N(mean, std²)
///     xavier_uniform(gain)       w ~ U(-g√(6/(fan_in+fan_out)), +…)
///     xavier_normal(gain)        w ~ N(0, (g√(2/(fan_in+fan_out)))²)
///     kaiming_uniform(a, mode, nonlinearity)  w ~ U(-gain·√(3/fan), +…)
///     kaiming_normal(a, mode, nonlinearity)   w ~ N(0, (gain/√fan)²)
///     orthogonal(gain)           w = gain · Q, Q with orthonormal rows (or columns) from the QR of a normal matrix
///     trunc_normal(mean, std, a, b)  w ~ N(mean, std²) restricted to [a, b]
///     sparse(sparsity, std)      w ~ N(0, std²), then ⌈sparsity · rows⌉ zeros in each column
///     eye                        the identity (ones on the diagonal of a 2-D weight)
///     pytorch_default            nn.Linear's own: U(-1/√fan_in, 1/√fan_in) for weight and bias
///
/// Each is declared once, with its options, in `Initializer+Declarations.swift`.
public enum Initializer: Equatable, Sendable {
    case zeros
    case constant(Double)
    case uniform(a: Double = 0, b: Double = 1)
    case normal(mean: Double = 0, std: Double = 1)
    case xavierUniform(gain: Double = 1)
    case xavierNormal(gain: Double = 1)
    case kaimingUniform(a: Double = 0, mode: FanMode = .fan_in, nonlinearity: String = "leaky_relu")
    case kaimingNormal(a: Double = 0, mode: FanMode = .fan_in, nonlinearity: String = "leaky_relu")
    case orthogonal(gain: Double = 1)
    case truncNormal(mean: Double = 0, std: Double = 1, a: Double = -2, b: Double = 2)
    case sparse(sparsity: Double, std: Double = 0.01)
    case eye
    case pytorchDefault

    /// Whether the initializer needs a 2-D weight (its fans or its shape), so cannot apply to a
    /// 1-D bias.
    public var needsFans: Bool {
        switch self {
        case .xavierUniform, .xavierNormal, .kaimingUniform, .kaimingNormal, .orthogonal, .sparse, .eye: true
        case .zeros, .constant, .uniform, .normal, .truncNormal, .pytorchDefault: false
        }
    }

    /// `torch.nn.init.calculate_gain(nonlinearity, param)`; nil for an unknown name.
    public static func gain(nonlinearity: String, param: Double? = nil) -> Double? {
        switch nonlinearity {
        case "linear", "identity", "conv1d", "conv2d", "conv3d", "sigmoid": return 1
        case "tanh": return 5.0 / 3.0
        case "relu": return 2.0.squareRoot()
        case "leaky_relu":
            let slope = param ?? 0.01
            return (2.0 / (1 + slope * slope)).squareRoot()
        case "selu": return 3.0 / 4.0
        default: return nil
        }
    }

    public static let nonlinearities = ["linear", "identity", "sigmoid", "tanh", "relu", "leaky_relu", "selu"]

    /// The bound (uniform) or standard deviation (normal) this initializer uses for given fans.
    public func scale(fanIn: Int, fanOut: Int) -> Double {
        switch self {
        case .xavierUniform(let g): return g * (6.0 / Double(fanIn + fanOut)).squareRoot()
        case .xavierNormal(let g): return g * (2.0 / Double(fanIn + fanOut)).squareRoot()
        case .kaimingUniform(let a, let mode, let nl):
            let gain = Initializer.gain(nonlinearity: nl, param: a) ?? 1
            return gain * (3.0 / Double(mode == .fan_in ? fanIn : fanOut)).squareRoot()
        case .kaimingNormal(let a, let mode, let nl):
            let gain = Initializer.gain(nonlinearity: nl, param: a) ?? 1
            return gain / Double(mode == .fan_in ? fanIn : fanOut).squareRoot()
        case .pytorchDefault: return 1 / Double(fanIn).squareRoot()
        case .uniform(_, let b): return b
        case .normal(_, let std), .truncNormal(_, let std, _, _), .sparse(_, let std): return std
        case .orthogonal(let g): return g
        case .constant(let v): return v
        case .zeros: return 0
        case .eye: return 1
        }
    }

    /// Fills `tensor` for a layer with the given fans, drawing from `random`.
    public func fill(_ tensor: Tensor, fanIn: Int, fanOut: Int, random: inout RandomSource) {
        let n = tensor.count
        let d = tensor.data
        func uniform(_ lo: Double, _ hi: Double) {
            for i in 0..<n { d[i] = Float(lo + (hi - lo) * random.nextDouble()) }
        }
        func normal(_ mean: Double, _ std: Double) {
            for i in 0..<n { d[i] = Float(mean + std * random.nextNormal()) }
        }
        switch self {
        case .zeros: tensor.fill(0)
        case .constant(let v): tensor.fill(Float(v))
        case .uniform(let a, let b): uniform(a, b)
        case .normal(let mean, let std): normal(mean, std)
        case .xavierUniform, .kaimingUniform, .pytorchDefault:
            let bound = scale(fanIn: fanIn, fanOut: fanOut)
            uniform(-bound, bound)
        case .xavierNormal, .kaimingNormal: normal(0, scale(fanIn: fanIn, fanOut: fanOut))
        case .orthogonal(let gain): Self.orthogonal(d, rows: fanOut, cols: fanIn, gain: gain, random: &random)
        case .truncNormal(let mean, let std, let a, let b):
            let lo = Self.normalCDF((a - mean) / std)
            let hi = Self.normalCDF((b - mean) / std)
            for i in 0..<n {
                let x = mean + std * Self.normalQuantile(lo + (hi - lo) * random.nextDouble())
                d[i] = Float(min(max(x, a), b))
            }
        case .sparse(let sparsity, let std):
            normal(0, std)
            let rows = fanOut
            let cols = fanIn
            let zeros = Int((sparsity * Double(rows)).rounded(.up))
            for c in 0..<cols {
                for r in random.permutation(rows).prefix(zeros) { d[r * cols + c] = 0 }
            }
        case .eye:
            tensor.fill(0)
            for i in 0..<min(fanOut, fanIn) { d[i * fanIn + i] = 1 }
        }
    }
}

/// The initializers for a network's Linear weights and biases.
public struct InitScheme: Equatable, Sendable {
    public var weight: Initializer
    public var bias: Initializer

    public init(weight: Initializer, bias: Initializer) {
        self.weight = weight
        self.bias = bias
    }

    /// The short names used in grids: biases are zero in each.
    public static let shortNames = ["zero", "normal", "xavier", "he", "default"]

    public static func short(_ name: String) -> InitScheme? {
        switch name {
        case "zero", "zeros": InitScheme(weight: .zeros, bias: .zeros)
        case "normal": InitScheme(weight: .normal(mean: 0, std: 0.01), bias: .zeros)
        case "xavier": InitScheme(weight: .xavierNormal(gain: 1), bias: .zeros)
        case "he", "kaiming":
            InitScheme(weight: .kaimingNormal(a: 0, mode: .fan_in, nonlinearity: "relu"), bias: .zeros)
        case "default": InitScheme(weight: .pytorchDefault, bias: .pytorchDefault)
        default: nil
        }
    }
}
