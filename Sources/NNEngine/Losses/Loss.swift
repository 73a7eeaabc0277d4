/// Loss functions with `reduction='mean'`, as PyTorch defines them.
///
/// `output` is the network's last layer, `[B, C]`. Targets are given as floats: class indices for
/// cross_entropy and nll, 0/1 for bce, values for the regression losses (one output unit).
///
///     cross_entropy: ℓ = (1 - ls)(-log p_y) + (ls / C) Σ_c (-log p_c),  p = softmax(x)
///                    ∂ℓ/∂x_c = p_c - (1 - ls)[c = y] - ls / C            (mean over B)
///       without label smoothing computed as PyTorch does, nll(log_softmax(x)) with both
///       backward passes, so it gives the same bits as a `log_softmax` layer and `nll`
///       with weight w: ℓ_i = (1 - ls) w_y (-log p_y) + (ls / C) Σ_c w_c (-log p_c), and the
///                    mean divides Σ_i ℓ_i by Σ_i w_{y_i} (as PyTorch does)
///     nll:           ℓ = -w_y x_y (x: log-probabilities), mean over Σ_i w_{y_i} (w = 1 without weight)
///     bce:           ℓ = max(x, 0) - x y + log(1 + e^-|x|)      ∂ℓ/∂x = σ(x) - y
///       with pos_weight p: ℓ = (1 - y) x + (1 + (p - 1) y) · softplus(-x)    ∂ℓ/∂x = (1 + (p - 1) y) σ(x) - p y
///     mse:           ℓ = d²,  d = x - y                          ∂ℓ/∂x = 2d
///     mae:           ℓ = |d|                                     ∂ℓ/∂x = sign d
///     huber:         ℓ = d²/2 if |d| < δ else δ(|d| - δ/2)       ∂ℓ/∂x = clamp(d, -δ, δ)
///     smooth_l1:     ℓ = d²/(2β) if |d| < β else |d| - β/2        ∂ℓ/∂x = d/β if |d| < β else sign d
public enum Loss: Equatable, Sendable {
    case crossEntropy(labelSmoothing: Float = 0, weight: [Float]? = nil)
    case nll(weight: [Float]? = nil)
    case bce(posWeight: Float? = nil)
    case mse
    case mae
    case huber(delta: Float = 1)
    case smoothL1(beta: Float = 1)

    /// Whether the targets are class labels (accuracy is defined) or real values.
    public var isClassification: Bool {
        switch self {
        case .crossEntropy, .nll, .bce: true
        case .mse, .mae, .huber, .smoothL1: false
        }
    }

    /// Whether the network needs one output per class (otherwise one output).
    public var needsClassOutputs: Bool {
        switch self {
        case .crossEntropy, .nll: true
        case .bce, .mse, .mae, .huber, .smoothL1: false
        }
    }

    /// Checks the options against the number of outputs (a class weight per class) and the
    /// network's output: nn.BCELoss, which `bce` becomes after a sigmoid, has no pos_weight.
    public func validate(outputs: Int, output kind: OutputKind = .logits) throws {
        if case .bce(_?) = self, kind == .sigmoid {
            throw EngineError(
                "loss bce after a sigmoid output is nn.BCELoss, which has no pos_weight; drop the sigmoid (BCEWithLogitsLoss) or pos_weight"
            )
        }
        switch self {
        case .crossEntropy(_, let w?), .nll(let w?):
            guard w.count == outputs else {
                throw EngineError(
                    "loss \(name): weight has \(w.count) values, but the data has \(outputs) classes; give one weight per class"
                )
            }
        default: break
        }
    }

    /// Mean loss over the batch; when `grad` is given, writes ∂loss/∂output there (`[B, C]`).
    /// The output is taken as it is (cross_entropy after a softmax is the cross-entropy of the
    /// probabilities, as in PyTorch), except that `bce` after a sigmoid output is nn.BCELoss.
    public func compute(
        output x: UnsafePointer<Float>, targets t: UnsafePointer<Float>, batch: Int, outputs c: Int,
        grad: UnsafeMutablePointer<Float>?, kind: OutputKind = .logits
    ) -> Double {
        var total = 0.0
        if case .bce = self, kind == .sigmoid { return bceOnProbabilities(x, t, count: batch * c, grad: grad) }
        switch self {
        case .crossEntropy(0, let w):
            return logSoftmaxNLL(x, t, batch: batch, classes: c, weight: w, grad: grad)
        case .crossEntropy(let ls, let w?):
            return weightedCrossEntropy(x, t, batch: batch, classes: c, labelSmoothing: ls, weight: w, grad: grad)
        case .nll(let w):
            return nll(x, t, batch: batch, classes: c, weight: w, grad: grad)
        case .bce(let p?):
            return weightedBCE(x, t, count: batch * c, posWeight: p, grad: grad)
        case .crossEntropy(let ls, nil):
            // With label smoothing (ls > 0; without, the case above).
            let scale = 1 / Float(batch)
            for r in 0..<batch {
                let row = x + r * c
                let y = Int(t[r])
                let shift = Softmax.logShift(row, count: c)
                let logZ = shift.max + shift.logSum
                var sumNeg = 0.0
                for j in 0..<c { sumNeg += Double(logZ - row[j]) }
                total += Double(1 - ls) * Double(logZ - row[y]) + Double(ls) / Double(c) * sumNeg
                if let g = grad {
                    let gr = g + r * c
                    for j in 0..<c {
                        var target = ls / Float(c)
                        if j == y { target += 1 - ls }
                        gr[j] = (_expf(row[j] - logZ) - target) * scale
                    }
                }
            }
            return total / Double(batch)
        case .bce(nil):
            let n = batch * c
            let scale = 1 / Float(n)
            for i in 0..<n {
                let v = x[i]
                let y = t[i]
                total += Double(max(v, 0) - v * y + _log1pf(_expf(-abs(v))))
                if let g = grad {
                    let sig = v >= 0 ? 1 / (1 + _expf(-v)) : _expf(v) / (1 + _expf(v))
                    g[i] = (sig - y) * scale
                }
            }
            return total / Double(n)
        case .mse, .mae, .huber, .smoothL1:
            let n = batch * c
            let scale = 1 / Float(n)
            for i in 0..<n {
                let d = x[i] - t[i]
                let a = abs(d)
                var value: Float
                var slope: Float
                switch self {
                case .mse:
                    value = d * d
                    slope = 2 * d
                case .mae:
                    value = a
                    slope = d > 0 ? 1 : (d < 0 ? -1 : 0)
                case .huber(let delta):
                    if a < delta {
                        value = 0.5 * d * d
                        slope = d
                    } else {
                        value = delta * (a - 0.5 * delta)
                        slope = d > 0 ? delta : -delta
                    }
                case .smoothL1(let beta):
                    if a < beta {
                        value = 0.5 * d * d / beta
                        slope = d / beta
                    } else {
                        value = a - 0.5 * beta
                        slope = d > 0 ? 1 : (d < 0 ? -1 : 0)
                    }
                default: fatalError()
                }
                total += Double(value)
                grad?[i] = slope * scale
            }
            return total / Double(n)
        }
    }

    /// Convenience for arrays (tests, small uses).
    public func compute(output: [Float], targets: [Float], batch: Int, outputs: Int, kind: OutputKind = .logits) -> (
        loss: Double, grad: [Float]
    ) {
        var g = [Float](repeating: 0, count: output.count)
        let l = output.withUnsafeBufferPointer { o in
            targets.withUnsafeBufferPointer { t in
                g.withUnsafeMutableBufferPointer {
                    compute(
                        output: o.baseAddress!, targets: t.baseAddress!, batch: batch, outputs: outputs,
                        grad: $0.baseAddress!, kind: kind)
                }
            }
        }
        return (l, g)
    }
}
