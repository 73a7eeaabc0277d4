import CBLAS

/// Fully-connected layer, `y = x Wᵀ + b` (PyTorch's `nn.Linear`).
///
///     x: [B, in]   W: [out, in]   b: [out]   y: [B, out]
///     forward:  y  = x · Wᵀ + b
///     backward: dW += dyᵀ · x      db += Σ_batch dy      dx = dy · W
public final class Linear: Layer {
    public let typeName = "Linear"
    public let inputFeatures: Int
    public let outputFeatures: Int
    public let weight: Parameter
    /// nil for `nn.Linear(in, out, bias=False)`.
    public let bias: Parameter?
    private let output = Scratch()
    private let gradInput = Scratch()
    private var savedInput: UnsafePointer<Float>?

    public init(_ inputFeatures: Int, _ outputFeatures: Int, bias: Bool = true) {
        self.inputFeatures = inputFeatures
        self.outputFeatures = outputFeatures
        weight = Parameter(shape: [outputFeatures, inputFeatures], role: .linearWeight)
        self.bias = bias ? Parameter(shape: [outputFeatures], role: .linearBias) : nil
    }

    public var namedParameters: [(String, Parameter)] {
        if let bias { [("weight", weight), ("bias", bias)] } else { [("weight", weight)] }
    }

    public func reserve(batch: Int) {
        output.reserve(batch * outputFeatures)
        gradInput.reserve(batch * inputFeatures)
    }

    public func forward(_ input: UnsafePointer<Float>, batch: Int, training: Bool) -> UnsafeMutablePointer<Float> {
        savedInput = input
        let y = output.pointer
        let n = outputFeatures
        let k = inputFeatures
        let w = weight.value.data
        if let b = bias?.value.data {
            for r in 0..<batch { (y + r * n).update(from: b, count: n) }
        } else {
            y.update(repeating: 0, count: batch * n)
        }
        if batch == 1 {
            // One sample: a matrix-vector product avoids GEMM's set-up cost.
            cblas_sgemv(CblasRowMajor, CblasNoTrans, Int32(n), Int32(k), 1, w, Int32(k), input, 1, 1, y, 1)
        } else {
            cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans, Int32(batch), Int32(n), Int32(k),
                1, input, Int32(k), w, Int32(k), 1, y, Int32(n))
        }
        return y
    }

    public func backward(_ gradOutput: UnsafePointer<Float>, batch: Int, needInputGradient: Bool)
        -> UnsafeMutablePointer<Float>?
    {
        guard let x = savedInput else { preconditionFailure("Linear.backward before forward") }
        let n = outputFeatures
        let k = inputFeatures
        let dw = weight.grad.data
        let w = weight.value.data
        if batch == 1 {
            cblas_sger(CblasRowMajor, Int32(n), Int32(k), 1, gradOutput, 1, x, 1, dw, Int32(k))
        } else {
            cblas_sgemm(
                CblasRowMajor, CblasTrans, CblasNoTrans, Int32(n), Int32(k), Int32(batch),
                1, gradOutput, Int32(n), x, Int32(k), 1, dw, Int32(k))
        }
        if let db = bias?.grad.data {
            for r in 0..<batch {
                let g = gradOutput + r * n
                for j in 0..<n { db[j] += g[j] }
            }
        }
        guard needInputGradient else { return nil }
        let dx = gradInput.pointer
        if batch == 1 {
            cblas_sgemv(CblasRowMajor, CblasTrans, Int32(n), Int32(k), 1, w, Int32(k), gradOutput, 1, 0, dx, 1)
        } else {
            cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(batch), Int32(k), Int32(n),
                1, gradOutput, Int32(n), w, Int32(k), 0, dx, Int32(k))
        }
        return dx
    }
}
