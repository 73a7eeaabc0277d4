/// An element-wise activation layer.
///
///     sigmoid:    y = 1 / (1 + e^-x)          dx = dy · y (1 - y)
///     tanh:       y = tanh x                  dx = dy · (1 - y²)
///     relu:       y = max(x, 0)               dx = dy · [y > 0]
///     leaky_relu: y = x if x > 0 else s x     dx = dy · (1 if x > 0 else s)
///     identity:   y = x                       dx = dy
///
/// and the others in `ActivationKind+Kernels.swift`, with PyTorch's CPU formulas.
public final class Activation: Layer {
    public let kind: ActivationKind
    public let inputFeatures: Int
    public var outputFeatures: Int { inputFeatures }
    public var typeName: String { kind.typeName }
    private let output = Scratch()
    private let gradInput = Scratch()
    private var savedInput: UnsafePointer<Float>?

    public init(_ kind: ActivationKind, features: Int) {
        self.kind = kind
        inputFeatures = features
    }

    public func reserve(batch: Int) {
        output.reserve(batch * inputFeatures)
        gradInput.reserve(batch * inputFeatures)
    }

    public func forward(_ input: UnsafePointer<Float>, batch: Int, training: Bool) -> UnsafeMutablePointer<Float> {
        savedInput = input
        let n = batch * inputFeatures
        let y = output.pointer
        switch kind {
        case .sigmoid: for i in 0..<n { y[i] = 1 / (1 + _expf(-input[i])) }
        case .tanh: for i in 0..<n { y[i] = _tanhf(input[i]) }
        case .relu:
            var i = 0
            while i + 8 <= n {
                let x = input.load8(i)
                y.store8(x.replacing(with: 0, where: .!(x .> 0)), i)
                i += 8
            }
            while i < n {
                y[i] = input[i] > 0 ? input[i] : 0
                i += 1
            }
        case .leakyReLU(let s):
            for i in 0..<n { y[i] = input[i] > 0 ? input[i] : input[i] * s }
        case .identity: y.update(from: input, count: n)
        default: kind.forward(input, y, count: n)
        }
        return y
    }

    public func backward(_ gradOutput: UnsafePointer<Float>, batch: Int, needInputGradient: Bool)
        -> UnsafeMutablePointer<Float>?
    {
        guard needInputGradient else { return nil }
        let n = batch * inputFeatures
        let y = output.pointer
        let dx = gradInput.pointer
        switch kind {
        case .sigmoid: for i in 0..<n { dx[i] = gradOutput[i] * (1 - y[i]) * y[i] }
        case .tanh: for i in 0..<n { dx[i] = gradOutput[i] * (1 - y[i] * y[i]) }
        case .relu:
            var i = 0
            while i + 8 <= n {
                let g = gradOutput.load8(i)
                dx.store8(g.replacing(with: 0, where: .!(y.load8(i) .> 0)), i)
                i += 8
            }
            while i < n {
                dx[i] = y[i] > 0 ? gradOutput[i] : 0
                i += 1
            }
        case .leakyReLU(let s):
            let x = savedInput!
            for i in 0..<n { dx[i] = x[i] > 0 ? gradOutput[i] : gradOutput[i] * s }
        case .identity: dx.update(from: gradOutput, count: n)
        default: kind.backward(savedInput!, gradOutput, dx, count: n)
        }
        return dx
    }
}

/// Softmax over the features of each sample (class probabilities from logits).
public enum Softmax {
    public static func apply(
        _ logits: UnsafePointer<Float>, rows: Int, cols: Int, into out: UnsafeMutablePointer<Float>
    ) {
        for r in 0..<rows {
            let x = logits + r * cols
            let y = out + r * cols
            var m = x[0]
            for j in 1..<max(cols, 1) where x[j] > m { m = x[j] }
            var s: Float = 0
            for j in 0..<cols {
                y[j] = _expf(x[j] - m)
                s += y[j]
            }
            for j in 0..<cols { y[j] /= s }
        }
    }

    /// The shift of one row's log-softmax: its maximum m and log Σ_k e^{x_k - m}, so that
    /// log_softmax(x)_j = x_j - m - logSum. The LogSoftmax layer and cross_entropy both use it,
    /// and so give the same bits.
    @inline(__always)
    static func logShift(_ x: UnsafePointer<Float>, count c: Int) -> (max: Float, logSum: Float) {
        var m = x[0]
        for j in 1..<max(c, 1) where x[j] > m { m = x[j] }
        var s: Float = 0
        for j in 0..<c { s += _expf(x[j] - m) }
        return (m, _logf(s))
    }

    public static func apply(_ logits: [Float], rows: Int, cols: Int) -> [Float] {
        var out = [Float](repeating: 0, count: logits.count)
        logits.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { apply(x.baseAddress!, rows: rows, cols: cols, into: $0.baseAddress!) }
        }
        return out
    }
}
