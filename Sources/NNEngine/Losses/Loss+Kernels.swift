/// The losses whose forward and backward need more than a line: class weights, log-softmax, BCE.
extension Loss {
    /// Cross-entropy with class weights: PyTorch's weighted mean divides by the sum of the
    /// targets' weights, for the label-smoothing term as well.
    func weightedCrossEntropy(
        _ x: UnsafePointer<Float>, _ t: UnsafePointer<Float>, batch: Int, classes c: Int,
        labelSmoothing ls: Float, weight w: [Float], grad: UnsafeMutablePointer<Float>?
    ) -> Double {
        var nllSum = 0.0
        var smoothSum = 0.0
        var weightSum = 0.0
        var sumW: Float = 0
        for j in 0..<c { sumW += w[j] }
        for r in 0..<batch { weightSum += Double(w[Int(t[r])]) }
        let scale = Float(1 / weightSum)
        for r in 0..<batch {
            let row = x + r * c
            let y = Int(t[r])
            let shift = Softmax.logShift(row, count: c)
            let logZ = shift.max + shift.logSum
            nllSum += Double(w[y]) * Double(logZ - row[y])
            if ls > 0 { for j in 0..<c { smoothSum += Double(w[j]) * Double(logZ - row[j]) } }
            if let g = grad {
                let gr = g + r * c
                for j in 0..<c {
                    let p = _expf(row[j] - logZ)
                    var v = (1 - ls) * w[y] * (p - (j == y ? 1 : 0))
                    if ls > 0 { v += ls / Float(c) * (sumW * p - w[j]) }
                    gr[j] = v * scale
                }
            }
        }
        return Double(1 - ls) * nllSum / weightSum + Double(ls) / Double(c) * smoothSum / weightSum
    }

    /// CrossEntropyLoss without label smoothing, as PyTorch computes it: NLLLoss of log_softmax,
    /// forward and backward, each step in the same float32 operations as `LogSoftmaxLayer`
    /// followed by `nll`, so that the two give identical bits.
    ///
    ///     y_c = (x_c - m) - log Σ_k e^{x_k - m}          ℓ = -Σ_i w_{y_i} y_{i,t_i} / Σ_i w_{y_i}
    ///     g = ∂ℓ/∂y = -w_t s at the target, 0 elsewhere (s = 1 / Σ w)
    ///     ∂ℓ/∂x_c = g_c - e^{y_c} Σ_k g_k
    func logSoftmaxNLL(
        _ x: UnsafePointer<Float>, _ t: UnsafePointer<Float>, batch: Int, classes c: Int,
        weight w: [Float]?, grad: UnsafeMutablePointer<Float>?
    ) -> Double {
        var total = 0.0
        var weightSum = 0.0
        for r in 0..<batch { weightSum += Double(w?[Int(t[r])] ?? 1) }
        let scale = Float(1 / weightSum)
        for r in 0..<batch {
            let row = x + r * c
            let y = Int(t[r])
            let wy = w?[y] ?? 1
            let (m, logSum) = Softmax.logShift(row, count: c)
            total -= Double(wy) * Double(row[y] - m - logSum)
            if let g = grad {
                let gy = -wy * scale
                let gr = g + r * c
                // Σ_k g_k summed as LogSoftmaxLayer sums it: zeros and the one target entry.
                var sum: Float = 0
                for j in 0..<c { sum += j == y ? gy : 0 }
                for j in 0..<c { gr[j] = (j == y ? gy : 0) - _expf(row[j] - m - logSum) * sum }
            }
        }
        return total / weightSum
    }

    /// NLLLoss: the outputs are log-probabilities; ℓ = -Σ w_y x_y / Σ w_y.
    func nll(
        _ x: UnsafePointer<Float>, _ t: UnsafePointer<Float>, batch: Int, classes c: Int,
        weight w: [Float]?, grad: UnsafeMutablePointer<Float>?
    ) -> Double {
        var total = 0.0
        var weightSum = 0.0
        for r in 0..<batch { weightSum += Double(w?[Int(t[r])] ?? 1) }
        let scale = Float(1 / weightSum)
        grad?.update(repeating: 0, count: batch * c)
        for r in 0..<batch {
            let y = Int(t[r])
            let wy = w?[y] ?? 1
            total -= Double(wy) * Double(x[r * c + y])
            grad?[r * c + y] = -wy * scale
        }
        return total / weightSum
    }

    /// BCEWithLogitsLoss with pos_weight p: ℓ = (1 - y) x + (1 + (p - 1) y) softplus(-x).
    func weightedBCE(
        _ x: UnsafePointer<Float>, _ t: UnsafePointer<Float>, count n: Int, posWeight p: Float,
        grad: UnsafeMutablePointer<Float>?
    ) -> Double {
        var total = 0.0
        let scale = 1 / Float(n)
        for i in 0..<n {
            let v = x[i]
            let y = t[i]
            let lw = (p - 1) * y + 1
            total += Double((1 - y) * v + lw * (_log1pf(_expf(-abs(v))) + max(-v, 0)))
            if let g = grad {
                let sig = v >= 0 ? 1 / (1 + _expf(-v)) : _expf(v) / (1 + _expf(v))
                g[i] = (lw * sig - p * y) * scale
            }
        }
        return total / Double(n)
    }

    /// nn.BCELoss on probabilities p, each log clamped at -100 as PyTorch does:
    /// ℓ = (y - 1) max(log1p(-p), -100) - y max(log p, -100)      ∂ℓ/∂p = (p - y) / max((1 - p) p, 1e-12)
    func bceOnProbabilities(
        _ x: UnsafePointer<Float>, _ t: UnsafePointer<Float>, count n: Int,
        grad: UnsafeMutablePointer<Float>?
    ) -> Double {
        var total = 0.0
        let scale = 1 / Float(n)
        for i in 0..<n {
            let p = x[i]
            let y = t[i]
            total += Double((y - 1) * max(_log1pf(-p), -100) - y * max(_logf(p), -100))
            grad?[i] = scale * (p - y) / max((1 - p) * p, 1e-12)
        }
        return total / Double(n)
    }
}
