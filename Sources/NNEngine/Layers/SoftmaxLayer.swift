/// Softmax over each sample's features as a module (PyTorch's `nn.Softmax(dim=1)`), for models
/// that output probabilities. Training uses logits with cross_entropy instead.
///
///     y_c = e^{x_c} / Σ_k e^{x_k}        dx_c = y_c (dy_c - Σ_k dy_k y_k)
public final class SoftmaxLayer: Layer {
    public let typeName = "Softmax"
    public let inputFeatures: Int
    public var outputFeatures: Int { inputFeatures }
    private let output = Scratch()
    private let gradInput = Scratch()

    public init(features: Int) { inputFeatures = features }

    public func reserve(batch: Int) {
        output.reserve(batch * inputFeatures)
        gradInput.reserve(batch * inputFeatures)
    }

    public func forward(_ input: UnsafePointer<Float>, batch: Int, training: Bool) -> UnsafeMutablePointer<Float> {
        Softmax.apply(input, rows: batch, cols: inputFeatures, into: output.pointer)
        return output.pointer
    }

    public func backward(_ gradOutput: UnsafePointer<Float>, batch: Int, needInputGradient: Bool)
        -> UnsafeMutablePointer<Float>?
    {
        guard needInputGradient else { return nil }
        let c = inputFeatures
        let y = output.pointer
        let dx = gradInput.pointer
        for r in 0..<batch {
            var dot: Float = 0
            for j in 0..<c { dot += gradOutput[r * c + j] * y[r * c + j] }
            for j in 0..<c { dx[r * c + j] = y[r * c + j] * (gradOutput[r * c + j] - dot) }
        }
        return dx
    }
}

/// Log-softmax over each sample's features as a module (PyTorch's `nn.LogSoftmax(dim=1)`),
/// the output `nll` expects.
///
///     y_c = (x_c - m) - log Σ_k e^{x_k - m},  m = max_k x_k        dx_c = dy_c - e^{y_c} Σ_k dy_k
public final class LogSoftmaxLayer: Layer {
    public let typeName = "LogSoftmax"
    public let inputFeatures: Int
    public var outputFeatures: Int { inputFeatures }
    private let output = Scratch()
    private let gradInput = Scratch()

    public init(features: Int) { inputFeatures = features }

    public func reserve(batch: Int) {
        output.reserve(batch * inputFeatures)
        gradInput.reserve(batch * inputFeatures)
    }

    public func forward(_ input: UnsafePointer<Float>, batch: Int, training: Bool) -> UnsafeMutablePointer<Float> {
        let c = inputFeatures
        for r in 0..<batch {
            let x = input + r * c
            let y = output.pointer + r * c
            let (m, logSum) = Softmax.logShift(x, count: c)
            for j in 0..<c { y[j] = x[j] - m - logSum }
        }
        return output.pointer
    }

    public func backward(_ gradOutput: UnsafePointer<Float>, batch: Int, needInputGradient: Bool)
        -> UnsafeMutablePointer<Float>?
    {
        guard needInputGradient else { return nil }
        let c = inputFeatures
        let y = output.pointer
        let dx = gradInput.pointer
        for r in 0..<batch {
            var sum: Float = 0
            for j in 0..<c { sum += gradOutput[r * c + j] }
            for j in 0..<c { dx[r * c + j] = gradOutput[r * c + j] - _expf(y[r * c + j]) * sum }
        }
        return dx
    }
}
