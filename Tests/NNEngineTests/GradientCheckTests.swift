import NNEngine
import Testing

// Analytic gradients against central finite differences, evaluated in double on the float32
// engine.
//
// Each numeric derivative is (f(v + h) - f(v - h)) / (v₊ - v₋), where v₊ and v₋ are the float32
// values actually stored (so the representation error of v ± h cancels) and f is summed in
// double. Error budget with h = 1e-2: the float32 rounding of the outputs (~6e-8 relative)
// divided by 2h gives ~1e-5 absolute; the truncation error h²/6 · f''' is below ~1e-4 for
// these smooth functions on O(1) inputs. Tolerance: relative 1e-3 plus absolute 1e-4 — a wrong
// formula (a missing term, a factor of 2, a wrong sign) is off by far more.

/// Central differences of `f` with respect to every element of `t`.
func numericGradient(_ t: Tensor, h: Double, _ f: () -> Double) -> [Double] {
    (0..<t.count).map { i in
        let v = t[i]
        let up = Float(Double(v) + h)
        let down = Float(Double(v) - h)
        t[i] = up
        let fUp = f()
        t[i] = down
        let fDown = f()
        t[i] = v
        return (fUp - fDown) / (Double(up) - Double(down))
    }
}

@Suite("Finite-difference gradient checks")
struct GradientCheckTests {
    static let h = 1e-2
    static let tol = Tolerance(rel: 1e-3, abs: 1e-4)

    /// f(x, θ) = Σ gy · layer(x): its gradient is what backward computes for upstream gradient gy.
    func objective(_ layer: Layer, _ x: Tensor, _ gy: [Float], batch: Int, training: Bool) -> Double {
        let y = layer.forward(x.data, batch: batch, training: training)
        var s = 0.0
        for i in 0..<gy.count { s += Double(gy[i]) * Double(y[i]) }
        return s
    }

    func check(
        _ layer: Layer, x: Tensor, batch: Int, training: Bool, label: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        layer.reserve(batch: batch)
        let gy = normals(batch * layer.outputFeatures, seed: 99)
        let params = layer.namedParameters
        for (_, p) in params { p.zeroGrad() }
        _ = layer.forward(x.data, batch: batch, training: training)
        let dx = backward(layer, gy, batch: batch)
        let analytic = params.map { $0.1.grad.array }
        let f = { objective(layer, x, gy, batch: batch, training: training) }
        expectClose(dx, numericGradient(x, h: Self.h, f), Self.tol, "\(label) ∂/∂input", sourceLocation: sourceLocation)
        for ((name, p), a) in zip(params, analytic) {
            expectClose(
                a, numericGradient(p.value, h: Self.h, f), Self.tol, "\(label) ∂/∂\(name)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func linear() {
        let layer = Linear(5, 4)
        layer.weight.value.copy(from: normals(20, seed: 1, scale: 0.5))
        layer.bias!.value.copy(from: normals(4, seed: 2, scale: 0.5))
        for batch in [1, 6] {
            let x = Tensor(shape: [batch, 5], values: normals(batch * 5, seed: 3))
            check(layer, x: x, batch: batch, training: true, label: "Linear batch \(batch)")
        }
    }

    /// Every activation with its defaults, and with options that move its kinks or curvature.
    static let activations: [ActivationKind] =
        ActivationKind.allDefaults + [
            .leakyReLU(negativeSlope: 0.2), .gelu(approximate: .tanh), .elu(alpha: 0.5), .celu(alpha: 2),
            .softplus(beta: 2, threshold: 1), .hardtanh(minVal: -0.5, maxVal: 2)
        ]

    @Test(arguments: activations)
    func activation(_ kind: ActivationKind) {
        let layer = Activation(kind, features: 5)
        // Spread the inputs over [-4.5, 4.5] and keep each at least 0.15 (15 h) away from the kinks
        // (0; ±1, -0.5 and 2 of hardtanh; ±3 of hardswish and hardsigmoid; softplus's switch to
        // linear at βx = threshold, x = 0.5 here).
        let kinks: [Float] = [0, 1, -1, -0.5, 2, 3, -3, 0.5]
        let x = Tensor(
            shape: [4, 5],
            values: normals(20, seed: 4, scale: 2).map { v in
                guard let k = kinks.first(where: { abs(v - $0) < 0.15 }) else { return v }
                return v < k ? k - 0.15 : k + 0.15
            })
        check(layer, x: x, batch: 4, training: true, label: "\(kind.canonical)")
    }

    func makeBatchNorm() -> BatchNorm1d {
        let bn = BatchNorm1d(3)
        bn.weight.value.copy(from: [1.3, 0.7, -0.9])
        bn.bias.value.copy(from: [0.2, -0.4, 0.1])
        bn.runningMean.copy(from: [0.3, -0.2, 0.5])
        bn.runningVar.copy(from: [1.2, 0.8, 2.0])
        return bn
    }

    @Test func batchNormTraining() {
        let bn = makeBatchNorm()
        let x = Tensor(shape: [6, 3], values: normals(18, seed: 5, scale: 1.5, offset: 0.7))
        check(bn, x: x, batch: 6, training: true, label: "BatchNorm1d train")
    }

    @Test func batchNormEvaluation() {
        let bn = makeBatchNorm()
        let x = Tensor(shape: [6, 3], values: normals(18, seed: 6, scale: 1.5, offset: 0.7))
        check(bn, x: x, batch: 6, training: false, label: "BatchNorm1d eval")
    }

    static let losses: [(Loss, Int)] = [
        (.crossEntropy(labelSmoothing: 0), 4), (.crossEntropy(labelSmoothing: 0.1), 4),
        (.crossEntropy(labelSmoothing: 0.3), 3),
        (.crossEntropy(labelSmoothing: 0, weight: [0.5, 2, 1, 3]), 4),
        (.crossEntropy(labelSmoothing: 0.2, weight: [1, 0, 2.5]), 3),
        (.nll(), 4), (.nll(weight: [0.5, 2, 1]), 3),
        (.bce(), 1), (.bce(), 2), (.bce(posWeight: 2), 1), (.bce(posWeight: 0.3), 2), (.mse, 1), (.mse, 2), (.mae, 1),
        (.huber(delta: 1), 1), (.huber(delta: 0.5), 1),
        (.smoothL1(beta: 1), 1), (.smoothL1(beta: 0.5), 2)
    ]
    static let lossIndices = Array(losses.indices)

    @Test(arguments: lossIndices)
    func loss(_ index: Int) {
        let (loss, c) = Self.losses[index]
        let batch = 6
        let n = batch * c
        let x = Tensor(shape: [batch, c], values: normals(n, seed: 7, scale: 1.5))
        var targets: [Float]
        switch loss {
        case .crossEntropy, .nll: targets = (0..<batch).map { Float($0 % c) }
        case .bce: targets = (0..<n).map { [0, 1, 1, 0, 0.3][$0 % 5] }  // soft targets too
        default:
            // Residuals x - t at least 0.1 (10 h) away from the kinks at 0, ±0.5 and ±1.
            let residuals: [Float] = [-2.1, -0.8, -0.3, 0.2, 0.7, 1.6, -1.3, 0.35, 2.4, -0.65, 1.2, -0.15]
            targets = (0..<n).map { x[$0] - residuals[$0 % residuals.count] }
        }
        let analytic = loss.compute(output: x.array, targets: targets, batch: batch, outputs: c).grad
        let numeric = numericGradient(x, h: Self.h) {
            loss.compute(output: x.array, targets: targets, batch: batch, outputs: c).loss
        }
        expectClose(analytic, numeric, Self.tol, "\(loss) with \(c) outputs")
    }

    @Test func wholeNetwork() throws {
        // Linear → BatchNorm1d → tanh → Linear → BatchNorm1d → tanh → Linear (and the same with
        // sigmoid, without batch norm), cross-entropy: backward through the whole Sequential
        // against finite differences of the loss. Step 1e-3 here: through two training-mode
        // batch norms over 7 samples the third derivatives are large enough that h = 1e-2 leaves a
        // truncation error of ~0.5%; at 1e-3 it is 100 times smaller, while the roundoff (float32
        // loss ~1e-7 / 2h) stays ~5e-5, inside the absolute 1e-4.
        let h = 1e-3
        for (activation, bn) in [
            (ActivationKind.tanh, true), (.sigmoid, false), (.gelu(approximate: .none), false), (.mish, true)
        ] {
            let spec = NetworkSpec(inputs: 3, hidden: [5, 4], outputs: 3, activation: activation, batchNorm: bn)
            let net = try Sequential(
                spec: spec, initScheme: try #require(InitScheme.short("default")), random: RandomSource(seed: 11))
            let batch = 7
            let x = Tensor(shape: [batch, 3], values: normals(batch * 3, seed: 12))
            let targets = (0..<batch).map { Float($0 % 3) }
            let loss = Loss.crossEntropy(labelSmoothing: 0.05)
            func lossValue(grad: UnsafeMutablePointer<Float>?) -> Double {
                let out = net.forward(x.data, batch: batch, training: true)
                return targets.withUnsafeBufferPointer {
                    loss.compute(output: out, targets: $0.baseAddress!, batch: batch, outputs: 3, grad: grad)
                }
            }
            net.zeroGrad()
            let g = Tensor(shape: [batch, 3])
            _ = lossValue(grad: g.data)
            net.backward(g.data, batch: batch)
            for (name, p) in net.namedParameters {
                let analytic = p.grad.array
                let numeric = numericGradient(p.value, h: h) { lossValue(grad: nil) }
                expectClose(analytic, numeric, Self.tol, "\(activation.canonical) bn=\(bn) ∂loss/∂\(name)")
            }
        }
    }
}
