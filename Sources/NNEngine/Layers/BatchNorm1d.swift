/// Batch normalization over the features of a batch (PyTorch's `nn.BatchNorm1d`, eps 1e-5, momentum 0.1).
///
///     x: [B, F]   weight γ, bias β, running_mean, running_var: [F]
///     training:   μ = mean_b x,  σ² = mean_b (x - μ)²  (biased),  x̂ = (x - μ) / √(σ² + eps)
///                 y = γ x̂ + β
///                 running_mean ← (1 - m) running_mean + m μ
///                 running_var  ← (1 - m) running_var  + m σ² B / (B - 1)   (unbiased)
///                 dγ += Σ_b dy x̂    dβ += Σ_b dy
///                 dx = γ / (B √(σ² + eps)) · (B dy - Σ_b dy - x̂ Σ_b dy x̂)
///     evaluation: x̂ = (x - running_mean) / √(running_var + eps),  y = γ x̂ + β,
///                 dx = dy γ / √(running_var + eps)
public final class BatchNorm1d: Layer {
    public let typeName = "BatchNorm1d"
    public let features: Int
    public let eps: Float
    public let momentum: Float
    public let weight: Parameter
    public let bias: Parameter
    public let runningMean: Tensor
    public let runningVar: Tensor
    public var numBatchesTracked: Int64 = 0
    public var inputFeatures: Int { features }
    public var outputFeatures: Int { features }

    private let output = Scratch()
    private let gradInput = Scratch()
    private let xhat = Scratch()
    private let invStd: UnsafeMutablePointer<Float>
    private let sumA: UnsafeMutablePointer<Double>
    private let sumB: UnsafeMutablePointer<Double>
    private var lastWasTraining = false

    public init(_ features: Int, eps: Float = 1e-5, momentum: Float = 0.1) {
        self.features = features
        self.eps = eps
        self.momentum = momentum
        weight = Parameter(shape: [features], role: .normWeight)
        bias = Parameter(shape: [features], role: .normBias)
        weight.value.fill(1)
        runningMean = Tensor(shape: [features])
        runningVar = Tensor(shape: [features])
        runningVar.fill(1)
        invStd = .allocate(capacity: features)
        invStd.initialize(repeating: 0, count: features)
        sumA = .allocate(capacity: features)
        sumA.initialize(repeating: 0, count: features)
        sumB = .allocate(capacity: features)
        sumB.initialize(repeating: 0, count: features)
    }

    deinit {
        invStd.deallocate(); sumA.deallocate(); sumB.deallocate()
    }

    public var namedParameters: [(String, Parameter)] { [("weight", weight), ("bias", bias)] }
    public var namedBuffers: [(String, Tensor)] { [("running_mean", runningMean), ("running_var", runningVar)] }

    public func reserve(batch: Int) {
        output.reserve(batch * features)
        gradInput.reserve(batch * features)
        xhat.reserve(batch * features)
    }

    public func forward(_ input: UnsafePointer<Float>, batch: Int, training: Bool) -> UnsafeMutablePointer<Float> {
        let f = features, y = output.pointer, xh = xhat.pointer
        let g = weight.value.data, b = bias.value.data
        lastWasTraining = training
        if training {
            precondition(batch > 1, "BatchNorm1d needs more than 1 sample per batch in training")
            sumA.update(repeating: 0, count: f)
            sumB.update(repeating: 0, count: f)
            for r in 0..<batch {
                let x = input + r * f
                for j in 0..<f { sumA[j] += Double(x[j]) }
            }
            let n = Double(batch)
            for j in 0..<f { sumA[j] /= n }
            for r in 0..<batch {
                let x = input + r * f
                for j in 0..<f { let d = Double(x[j]) - sumA[j]; sumB[j] += d * d }
            }
            let m = momentum
            for j in 0..<f {
                let mean = Float(sumA[j])
                let variance = sumB[j] / n
                invStd[j] = 1 / (Float(variance) + eps).squareRoot()
                runningMean.data[j] = (1 - m) * runningMean.data[j] + m * mean
                runningVar.data[j] = (1 - m) * runningVar.data[j] + m * Float(variance * n / (n - 1))
            }
            numBatchesTracked += 1
            for r in 0..<batch {
                let x = input + r * f, o = y + r * f, h = xh + r * f
                for j in 0..<f {
                    h[j] = (x[j] - Float(sumA[j])) * invStd[j]
                    o[j] = h[j] * g[j] + b[j]
                }
            }
        } else {
            for j in 0..<f { invStd[j] = 1 / (runningVar.data[j] + eps).squareRoot() }
            for r in 0..<batch {
                let x = input + r * f, o = y + r * f, h = xh + r * f
                for j in 0..<f {
                    h[j] = (x[j] - runningMean.data[j]) * invStd[j]
                    o[j] = h[j] * g[j] + b[j]
                }
            }
        }
        return y
    }

    public func backward(_ gradOutput: UnsafePointer<Float>, batch: Int, needInputGradient: Bool) -> UnsafeMutablePointer<Float>? {
        let f = features, xh = xhat.pointer, dx = gradInput.pointer
        let g = weight.value.data, dg = weight.grad.data, db = bias.grad.data
        sumA.update(repeating: 0, count: f)   // Σ dy
        sumB.update(repeating: 0, count: f)   // Σ dy x̂
        for r in 0..<batch {
            let dy = gradOutput + r * f, h = xh + r * f
            for j in 0..<f {
                sumA[j] += Double(dy[j])
                sumB[j] += Double(dy[j]) * Double(h[j])
            }
        }
        for j in 0..<f {
            db[j] += Float(sumA[j])
            dg[j] += Float(sumB[j])
        }
        guard needInputGradient else { return nil }
        if lastWasTraining {
            let n = Float(batch)
            for r in 0..<batch {
                let dy = gradOutput + r * f, h = xh + r * f, o = dx + r * f
                for j in 0..<f {
                    o[j] = g[j] * invStd[j] / n * (n * dy[j] - Float(sumA[j]) - h[j] * Float(sumB[j]))
                }
            }
        } else {
            for r in 0..<batch {
                let dy = gradOutput + r * f, o = dx + r * f
                for j in 0..<f { o[j] = dy[j] * g[j] * invStd[j] }
            }
        }
        return dx
    }
}
