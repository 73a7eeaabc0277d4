import NNEngine
import Testing

// Forward values and gradients of each layer against PyTorch (layers.json).

@Suite("Layer parity with PyTorch")
struct LayerParityTests {
    let fx = Fixtures.layers

    // Linear: OpenBLAS sgemm vs PyTorch's CPU GEMM add the same float32 products in a different
    // order (and possibly with FMA), so sums of 3–5 products may differ in the last bits:
    // relative 1e-5 with an absolute floor of 1e-6 for values near zero.
    static let gemm = Tolerance(rel: 1e-5, abs: 1e-6)

    @Test func linear() {
        let c = fx["linear"]
        let x = c["x"].tensor
        let w = c["weight"].tensor
        let b = c["bias"].tensor
        let layer = Linear(x.shape[1], w.shape[0])
        #expect(layer.weight.value.shape == w.shape)
        #expect(layer.bias!.value.shape == b.shape)
        layer.weight.value.copy(from: w.floats)
        layer.bias!.value.copy(from: b.floats)
        let batch = x.shape[0]
        let xt = x.makeTensor()
        let y = forward(layer, xt, batch: batch, training: true)
        expectClose(y, c["y"].tensor.data, Self.gemm, "Linear y")
        let dx = backward(layer, c["grad_y"].tensor.floats, batch: batch)
        expectClose(dx, c["grad_x"].tensor.data, Self.gemm, "Linear grad_x")
        expectClose(layer.weight.grad.array, c["grad_weight"].tensor.data, Self.gemm, "Linear grad_weight")
        expectClose(layer.bias!.grad.array, c["grad_bias"].tensor.data, Self.gemm, "Linear grad_bias")
    }

    @Test func linearSingleSampleMatchesBatchedRows() {
        // batch == 1 takes the GEMV/GER path; it must agree with the GEMM path row by row.
        let c = fx["linear"]
        let x = c["x"].tensor
        let w = c["weight"].tensor
        let b = c["bias"].tensor
        let gy = c["grad_y"].tensor
        let (k, n) = (x.shape[1], w.shape[0])
        for r in 0..<x.shape[0] {
            let layer = Linear(k, n)
            layer.weight.value.copy(from: w.floats)
            layer.bias!.value.copy(from: b.floats)
            let xr = Tensor(shape: [1, k], values: Array(x.floats[(r * k)..<((r + 1) * k)]))
            let y = forward(layer, xr, batch: 1, training: true)
            expectClose(y, Array(c["y"].tensor.data[(r * n)..<((r + 1) * n)]), Self.gemm, "Linear row \(r) y")
            let gyr = Array(gy.floats[(r * n)..<((r + 1) * n)])
            let dx = backward(layer, gyr, batch: 1)
            expectClose(
                dx, Array(c["grad_x"].tensor.data[(r * k)..<((r + 1) * k)]), Self.gemm, "Linear row \(r) grad_x")
            // dW for one row is the outer product gy_r ⊗ x_r; db is gy_r.
            var outer: [Double] = []
            for i in 0..<n { for j in 0..<k { outer.append(Double(gyr[i]) * Double(xr[j])) } }
            expectClose(layer.weight.grad.array, outer, Self.gemm, "Linear row \(r) grad_weight")
            expectClose(layer.bias!.grad.array, gyr.map(Double.init), .exact, "Linear row \(r) grad_bias")
        }
    }

    @Test func linearGradientsAccumulate() {
        let c = fx["linear"]
        let x = c["x"].tensor
        let w = c["weight"].tensor
        let layer = Linear(x.shape[1], w.shape[0])
        layer.weight.value.copy(from: w.floats)
        let xt = x.makeTensor()
        let gy = c["grad_y"].tensor.floats
        _ = forward(layer, xt, batch: x.shape[0], training: true)
        _ = backward(layer, gy, batch: x.shape[0])
        _ = backward(layer, gy, batch: x.shape[0])
        expectClose(
            layer.weight.grad.array, c["grad_weight"].tensor.data.map { 2 * $0 }, Self.gemm,
            "twice-accumulated grad_weight")
        expectClose(
            layer.bias!.grad.array, c["grad_bias"].tensor.data.map { 2 * $0 }, Self.gemm, "twice-accumulated grad_bias")
    }

    /// The activation entries of layers.json, by index, labelled with their options.
    static let activationCases: [FixtureCase] = Fixtures.layers["activations"].array.enumerated().map { i, c in
        let p = c["params"]
        let options = p.keys.sorted().map { "\($0)=\(p[$0].text)" }.joined(separator: ", ")
        return FixtureCase(index: i, label: c["name"].string + (options.isEmpty ? "" : "(\(options))"))
    }

    // Activations: relu, leaky_relu, identity, hardtanh and relu6 are exact (compares, one
    // multiplication). The others call libm's expf/tanhf/erff/log1pf, while PyTorch uses its own
    // vectorized (SLEEF) approximations, which agree to about 1 ulp; the backward formulas then
    // multiply those values: relative 1e-6, absolute 1e-7.
    static let transcendental = Tolerance(rel: 1e-6, abs: 1e-7)

    @Test(arguments: activationCases)
    func activation(_ fc: FixtureCase) throws {
        let c = fx["activations"][fc.index]
        let kind = try Settings.concept(ActivationKind.self, name: c["name"].string, params: c["params"])
        #expect(kind.name == c["name"].string)
        let x = c["x"].tensor
        let (batch, features) = (x.shape[0], x.shape[1])
        let layer = Activation(kind, features: features)
        let xt = x.makeTensor()
        let tol: Tolerance
        switch kind {
        case .relu, .leakyReLU, .identity, .hardtanh, .relu6: tol = .exact
        default: tol = Self.transcendental
        }
        let y = forward(layer, xt, batch: batch, training: true)
        expectClose(y, c["y"].tensor.data, tol, "\(fc.label) y")
        let dx = backward(layer, c["grad_y"].tensor.floats, batch: batch)
        expectClose(dx, c["grad_x"].tensor.data, tol, "\(fc.label) grad_x")
    }

    @Test func fixturesCoverEveryActivation() {
        let covered = Set(fx["activations"].array.map { $0["name"].string })
        for name in ActivationKind.names { #expect(covered.contains(name), "no fixture for \(name)") }
    }

    @Test func activationGainsMatchCalculateGain() throws {
        // torch.nn.init.calculate_gain values, written out; nil where PyTorch has none.
        let gain = { (name: String) in ActivationKind(name: name).map(\.gain) }
        #expect(gain("sigmoid") == 1)
        #expect(gain("identity") == 1)
        #expect(gain("tanh") == 5.0 / 3.0)
        #expect(gain("relu") == 2.0.squareRoot())
        #expect(gain("selu") == 0.75)
        #expect(
            abs(try #require(ActivationKind(name: "leaky_relu")?.gain) - (2.0 / (1 + 0.01 * 0.01)).squareRoot()) < 1e-15
        )
        #expect(
            abs(try #require(ActivationKind.leakyReLU(negativeSlope: 0.2).gain) - (2.0 / 1.04).squareRoot()) < 1e-15)
        for name in [
            "gelu", "elu", "celu", "silu", "mish", "softplus", "softsign", "hardtanh", "relu6", "hardswish",
            "hardsigmoid"
        ] {
            #expect(gain(name) == .some(nil), "\(name) has no calculate_gain")
        }
    }

    @Test func canonicalTextIsTheBareNameForDefaults() {
        #expect(ActivationKind.relu.canonical == "relu")
        #expect(ActivationKind.leakyReLU(negativeSlope: 0.01).canonical == "leaky_relu")
        #expect(ActivationKind.leakyReLU(negativeSlope: 0.2).canonical == "leaky_relu(0.2)")
        #expect(ActivationKind.gelu(approximate: .tanh).canonical == "gelu(tanh)")
        #expect(ActivationKind.softplus(beta: 2, threshold: 20).canonical == "softplus(2.0,20.0)")
        #expect(ActivationKind.elu(alpha: 1).canonical == "elu")
    }

    @Test func softmax() {
        let c = fx["softmax"]
        let x = c["x"].tensor
        let y = Softmax.apply(x.floats, rows: x.shape[0], cols: x.shape[1])
        // exp and a division per element; PyTorch's vectorized exp differs by ~1 ulp.
        expectClose(y, c["y"].tensor.data, Self.transcendental, "softmax")
        for r in 0..<x.shape[0] {
            let s = y[(r * x.shape[1])..<((r + 1) * x.shape[1])].reduce(0.0) { $0 + Double($1) }
            #expect(abs(s - 1) < 1e-6, "softmax row \(r) sums to \(s)")
        }
    }

    // BatchNorm1d repeats PyTorch's CPU kernel operation by operation (float32 sums in sample
    // order, fused multiply-adds where the kernel has them, double where it uses double), so
    // every output, gradient and running statistic is PyTorch's to the last bit.
    static let norm = Tolerance.exact

    func makeBatchNorm(_ c: JSON) -> BatchNorm1d {
        let w = c["weight"].tensor
        let bn = BatchNorm1d(w.count)
        #expect(bn.eps == 1e-5 && bn.momentum == 0.1)
        bn.weight.value.copy(from: w.floats)
        bn.bias.value.copy(from: c["bias"].tensor.floats)
        bn.runningMean.copy(from: c["running_mean_before"].tensor.floats)
        bn.runningVar.copy(from: c["running_var_before"].tensor.floats)
        return bn
    }

    @Test func batchNormTraining() {
        let c = fx["batchnorm_train"]
        let bn = makeBatchNorm(c)
        let x = c["x"].tensor
        let xt = x.makeTensor()
        let y = forward(bn, xt, batch: x.shape[0], training: true)
        expectClose(y, c["y"].tensor.data, Self.norm, "BatchNorm1d train y")
        expectClose(bn.runningMean.array, c["running_mean_after"].tensor.data, Self.norm, "running_mean after")
        expectClose(bn.runningVar.array, c["running_var_after"].tensor.data, Self.norm, "running_var after")
        #expect(bn.numBatchesTracked == 1)
        let dx = backward(bn, c["grad_y"].tensor.floats, batch: x.shape[0])
        expectClose(dx, c["grad_x"].tensor.data, Self.norm, "BatchNorm1d train grad_x")
        expectClose(bn.weight.grad.array, c["grad_weight"].tensor.data, Self.norm, "BatchNorm1d train grad_weight")
        expectClose(bn.bias.grad.array, c["grad_bias"].tensor.data, Self.norm, "BatchNorm1d train grad_bias")
    }

    @Test func batchNormEvaluation() {
        let c = fx["batchnorm_eval"]
        let bn = makeBatchNorm(c)
        let x = c["x"].tensor
        let xt = x.makeTensor()
        let y = forward(bn, xt, batch: x.shape[0], training: false)
        expectClose(y, c["y"].tensor.data, Self.norm, "BatchNorm1d eval y")
        // Evaluation leaves the running statistics and the counter alone.
        expectClose(bn.runningMean.array, c["running_mean_after"].tensor.data, .exact, "running_mean after eval")
        expectClose(bn.runningVar.array, c["running_var_after"].tensor.data, .exact, "running_var after eval")
        #expect(bn.numBatchesTracked == 0)
        let dx = backward(bn, c["grad_y"].tensor.floats, batch: x.shape[0])
        expectClose(dx, c["grad_x"].tensor.data, Self.norm, "BatchNorm1d eval grad_x")
        expectClose(bn.weight.grad.array, c["grad_weight"].tensor.data, Self.norm, "BatchNorm1d eval grad_weight")
        expectClose(bn.bias.grad.array, c["grad_bias"].tensor.data, Self.norm, "BatchNorm1d eval grad_bias")
    }

    @Test func dropoutWithPyTorchMask() {
        let c = fx["dropout"]
        let p = c["p"].double
        let x = c["x"].tensor
        let yRef = c["y"].tensor
        let (batch, features) = (x.shape[0], x.shape[1])
        let layer = Dropout(p: Float(p), features: features, random: RandomSource(seed: 0))
        layer.reserve(batch: batch)
        // x has no zeros, so PyTorch's mask is exactly where y is non-zero.
        let mask: [Float] = yRef.data.map { $0 != 0 ? 1 : 0 }
        let xt = x.makeTensor()
        let yp = layer.forward(xt.data, batch: batch, mask: mask)
        let y = Array(UnsafeBufferPointer(start: yp, count: batch * features))
        // x · (1 / (1 - p)) in float32 on both sides: exact.
        expectClose(y, yRef.data, .exact, "Dropout y")
        let dx = backward(layer, c["grad_y"].tensor.floats, batch: batch)
        expectClose(dx, c["grad_x"].tensor.data, .exact, "Dropout grad_x")
    }

    @Test func dropoutOwnMaskAndEvaluation() {
        let p: Float = 0.3
        let batch = 50
        let features = 8
        let layer = Dropout(p: p, features: features, random: RandomSource(seed: 42))
        let xt = Tensor(shape: [batch, features], values: normals(batch * features, seed: 3, offset: 5))
        let y = forward(layer, xt, batch: batch, training: true)
        let x = xt.array
        var kept = 0
        for i in 0..<y.count {
            if y[i] == 0 { continue }
            kept += 1
            #expect(y[i] == x[i] * (1 / (1 - p)), "kept element \(i) must be scaled by 1/(1-p)")
        }
        // 400 Bernoulli(0.7) draws: mean 280, sd 9.2; ±40 is over 4 sd.
        #expect(abs(kept - 280) <= 40, "kept \(kept) of 400")
        // The gradient passes through the same mask.
        let gy = [Float](repeating: 1, count: y.count)
        let dx = backward(layer, gy, batch: batch)
        for i in 0..<y.count { #expect(dx[i] == (y[i] == 0 ? 0 : 1 / (1 - p))) }
        // Evaluation: identity both ways.
        let ye = forward(layer, xt, batch: batch, training: false)
        #expect(bitsEqual(ye, x))
        #expect(bitsEqual(backward(layer, gy, batch: batch), gy))
    }
}
