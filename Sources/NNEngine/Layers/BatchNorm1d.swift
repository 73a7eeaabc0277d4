/// Batch normalization over the features of a batch (PyTorch's `nn.BatchNorm1d`, eps 1e-5, momentum 0.1).
///
///     x: [B, F]   weight γ, bias β, running_mean, running_var: [F]
///     training:   μ = mean_b x,  σ² = mean_b (x - μ)²  (biased),  y = γ (x - μ) / √(σ² + eps) + β
///                 running_mean ← (1 - m) running_mean + m μ
///                 running_var  ← (1 - m) running_var  + m σ² B / (B - 1)   (unbiased)
///                 dβ += Σ_b dy    dγ += Σ_b dy (x - μ) / √(σ² + eps)
///                 dx = γ / √(σ² + eps) · (dy - Σ_b dy / B - (x - μ) Σ_b dy (x - μ) / (B (σ² + eps)))
///     evaluation: the same with running_mean and running_var for μ and σ²,  dx = dy γ / √(running_var + eps)
///
/// The arithmetic is PyTorch's CPU kernel for a float32 [B, F] input on one thread (its
/// channels-last path, which 2-D inputs take), operation by operation, so that every output,
/// gradient and running statistic agrees to the last bit:
/// - Σx, Σ(x - μ)², Σdy and Σdy(x - μ) are float32 sums in sample order; the squares and
///   products are fused multiply-adds;
/// - μ = Float(Double(Σx) / B); σ² = Σ(x - μ)² / B and the unbiased Σ(x - μ)² / (B - 1) are
///   float divisions; 1/σ = 1/√(σ² + eps) in double, eps a double;
/// - y = x·a + (β - μ·a) with a = γ/σ, both fused multiply-adds;
/// - running_mean in float32 with momentum Float(0.1); running_var = m·unbiased + (1 - m)·running_var
///   with the first product and the sum in double;
/// - dx = ((dy - Σdy/B) - (x - μ)·k)·(1/σ)·γ with k = Σdy(x - μ)·(1/σ)·(1/σ)/B; the kernel fuses
///   the multiply-subtract in its 8-wide vector loop (AVX2), not in the last F mod 8 features;
/// - in evaluation, the forward pass takes 1/σ = 1/√(running_var + Float(eps)) in float32 and
///   the backward pass 1/√(running_var + eps) in double.
public final class BatchNorm1d: Layer {
    public let typeName = "BatchNorm1d"
    public let features: Int
    /// A double, as in PyTorch (the Python float that `nn.BatchNorm1d` receives).
    public let eps: Double
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
    private var savedInput: UnsafePointer<Float>?
    // Per feature: the mean and 1/σ used by the last forward pass, and two sums.
    private let mean: UnsafeMutablePointer<Float>
    private let invStd: UnsafeMutablePointer<Float>
    private let sumA: UnsafeMutablePointer<Float>
    private let sumB: UnsafeMutablePointer<Float>
    private var lastWasTraining = false

    public init(_ features: Int, eps: Double = 1e-5, momentum: Float = 0.1) {
        self.features = features
        self.eps = eps
        self.momentum = momentum
        weight = Parameter(shape: [features], role: .normWeight)
        bias = Parameter(shape: [features], role: .normBias)
        weight.value.fill(1)
        runningMean = Tensor(shape: [features])
        runningVar = Tensor(shape: [features])
        runningVar.fill(1)
        func buffer() -> UnsafeMutablePointer<Float> {
            let p = UnsafeMutablePointer<Float>.allocate(capacity: features)
            p.initialize(repeating: 0, count: features)
            return p
        }
        mean = buffer()
        invStd = buffer()
        sumA = buffer()
        sumB = buffer()
    }

    deinit {
        mean.deallocate()
        invStd.deallocate()
        sumA.deallocate()
        sumB.deallocate()
    }

    public var namedParameters: [(String, Parameter)] { [("weight", weight), ("bias", bias)] }
    public var namedBuffers: [(String, Tensor)] { [("running_mean", runningMean), ("running_var", runningVar)] }

    public func reserve(batch: Int) {
        output.reserve(batch * features)
        gradInput.reserve(batch * features)
    }

    public func forward(_ input: UnsafePointer<Float>, batch: Int, training: Bool) -> UnsafeMutablePointer<Float> {
        let f = features
        let y = output.pointer
        let g = weight.value.data
        let b = bias.value.data
        let rm = runningMean.data
        let rv = runningVar.data
        savedInput = input
        lastWasTraining = training
        if training {
            precondition(batch > 1, "BatchNorm1d needs more than 1 sample per batch in training")
            sumA.update(repeating: 0, count: f)  // Σ x
            for r in 0..<batch {
                let x = input + r * f
                for j in 0..<f { sumA[j] += x[j] }
            }
            for j in 0..<f { mean[j] = Float(Double(sumA[j]) / Double(batch)) }
            sumB.update(repeating: 0, count: f)  // Σ (x - μ)²
            for r in 0..<batch {
                let x = input + r * f
                for j in 0..<f {
                    let d = x[j] - mean[j]
                    sumB[j] = sumB[j].addingProduct(d, d)
                }
            }
            let m = momentum
            for j in 0..<f {
                let variance = sumB[j] / Float(batch)
                invStd[j] = Float(1 / (Double(variance) + eps).squareRoot())
                rm[j] = m * mean[j] + (1 - m) * rm[j]
                let unbiased = Double(sumB[j] / Float(batch - 1))
                rv[j] = Float(Double(m) * unbiased + Double((1 - m) * rv[j]))
            }
            numBatchesTracked += 1
        } else {
            for j in 0..<f {
                mean[j] = rm[j]
                invStd[j] = 1 / (rv[j] + Float(eps)).squareRoot()
            }
        }
        // y = x·a + (β - μ·a) with a = γ/σ; sumA holds a, sumB holds β - μ·a.
        for j in 0..<f {
            sumA[j] = invStd[j] * g[j]
            sumB[j] = b[j].addingProduct(-mean[j], sumA[j])
        }
        for r in 0..<batch {
            let x = input + r * f
            let o = y + r * f
            for j in 0..<f { o[j] = sumB[j].addingProduct(x[j], sumA[j]) }
        }
        return y
    }

    public func backward(_ gradOutput: UnsafePointer<Float>, batch: Int, needInputGradient: Bool)
        -> UnsafeMutablePointer<Float>?
    {
        guard let input = savedInput else { preconditionFailure("BatchNorm1d.backward before forward") }
        let f = features
        let dx = gradInput.pointer
        let g = weight.value.data
        let dg = weight.grad.data
        let db = bias.grad.data
        if !lastWasTraining {
            // PyTorch's backward recomputes 1/σ from running_var in double.
            for j in 0..<f { invStd[j] = Float(1 / (Double(runningVar.data[j]) + eps).squareRoot()) }
        }
        sumA.update(repeating: 0, count: f)  // Σ dy
        sumB.update(repeating: 0, count: f)  // Σ dy (x - μ)
        for r in 0..<batch {
            let dy = gradOutput + r * f
            let x = input + r * f
            for j in 0..<f {
                sumA[j] += dy[j]
                sumB[j] = sumB[j].addingProduct(x[j] - mean[j], dy[j])
            }
        }
        for j in 0..<f {
            db[j] += sumA[j]
            dg[j] += sumB[j] * invStd[j]
        }
        guard needInputGradient else { return nil }
        if lastWasTraining {
            let n = Float(batch)
            let vectorized = f - f % 8
            for j in 0..<f {
                sumB[j] = sumB[j] * invStd[j] * invStd[j] / n  // k
                sumA[j] = sumA[j] / n  // mean of dy
            }
            for r in 0..<batch {
                let dy = gradOutput + r * f
                let x = input + r * f
                let o = dx + r * f
                for j in 0..<vectorized {
                    o[j] = (dy[j] - sumA[j]).addingProduct(-(x[j] - mean[j]), sumB[j]) * invStd[j] * g[j]
                }
                for j in vectorized..<f {
                    o[j] = ((dy[j] - sumA[j]) - (x[j] - mean[j]) * sumB[j]) * invStd[j] * g[j]
                }
            }
        } else {
            for r in 0..<batch {
                let dy = gradOutput + r * f
                let o = dx + r * f
                for j in 0..<f { o[j] = dy[j] * invStd[j] * g[j] }
            }
        }
        return dx
    }
}
