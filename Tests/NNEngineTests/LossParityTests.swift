import NNEngine
import Testing

// Loss values and d loss / d input against PyTorch (losses.json), reduction='mean'.

@Suite("Loss parity with PyTorch")
struct LossParityTests {
    static let cases = Fixtures.cases(Fixtures.losses)

    // PyTorch evaluates the loss in float32 and reduces in float32; the engine adds the float32
    // per-element terms in double. The values agree to float32 precision of the terms:
    // relative 1e-6. Gradients are float32 element-wise formulas (exp/log1p differ by ~1 ulp
    // from PyTorch's vectorized versions; cross-entropy's softmax is computed from logZ rather
    // than from log_softmax's backward): relative 1e-5, absolute 1e-8 (gradients are O(1/B)).
    static let value = Tolerance(rel: 1e-6, abs: 1e-9)
    static let grad = Tolerance(rel: 1e-5, abs: 1e-8)

    /// Class indices for cross_entropy and nll, a tensor of targets for the others.
    static func targets(_ c: JSON) -> [Float] {
        c["target"].tensor.shape.isEmpty ? c["target"].doubles.map { Float($0) } : c["target"].tensor.floats
    }

    @Test(arguments: cases)
    func loss(_ fc: FixtureCase) throws {
        let c = Fixtures.losses["cases"][fc.index]
        let name = c["name"].string
        let loss = try Settings.loss(name: name, params: c["params"])
        #expect(loss.name == name)
        let x = c["input"].tensor
        let (batch, outputs) = (x.shape[0], x.shape[1])
        try loss.validate(outputs: outputs)
        let targets = Self.targets(c)
        let (value, grad) = loss.compute(output: x.floats, targets: targets, batch: batch, outputs: outputs)
        expectClose(value, c["loss"].double, Self.value, "\(fc.label) loss")
        expectClose(grad, c["grad_input"].tensor.data, Self.grad, "\(fc.label) grad_input")
    }

    @Test func pointerFormWithoutGradientGivesTheSameValue() throws {
        for fc in Self.cases {
            let c = Fixtures.losses["cases"][fc.index]
            let loss = try Settings.loss(name: c["name"].string, params: c["params"])
            let x = c["input"].tensor
            let targets = Self.targets(c)
            let withGrad = loss.compute(output: x.floats, targets: targets, batch: x.shape[0], outputs: x.shape[1]).loss
            let without = x.floats.withUnsafeBufferPointer { xp in
                targets.withUnsafeBufferPointer { tp in
                    loss.compute(
                        output: xp.baseAddress!, targets: tp.baseAddress!, batch: x.shape[0], outputs: x.shape[1],
                        grad: nil)
                }
            }
            #expect(withGrad == without, "\(fc.label)")
        }
    }

    @Test func bceIsStableForLargeLogits() {
        // log(1 + e^-|x|) form: no overflow or cancellation at |x| = 100.
        let (v, g) = Loss.bce().compute(output: [100, -100, 100, -100], targets: [1, 0, 0, 1], batch: 4, outputs: 1)
        #expect(v.isFinite)
        expectClose(v, 50, Tolerance(rel: 1e-6, abs: 0), "bce value")  // (0 + 0 + 100 + 100) / 4
        expectClose(g, [0, 0, 0.25, -0.25], Tolerance(rel: 1e-6, abs: 1e-12), "bce grad")
        // pos_weight 3: the positive terms weigh 3 times as much.
        let (vp, gp) = Loss.bce(posWeight: 3).compute(
            output: [100, -100, 100, -100], targets: [1, 0, 0, 1], batch: 4, outputs: 1)
        expectClose(vp, 100, Tolerance(rel: 1e-6, abs: 0), "bce pos_weight value")  // (0 + 0 + 100 + 300) / 4
        expectClose(gp, [0, 0, 0.25, -0.75], Tolerance(rel: 1e-6, abs: 1e-12), "bce pos_weight grad")
    }

    @Test func fixturesCoverEveryLossAndOption() {
        // Each declared loss, and each of its options, appears in losses.json.
        let covered = Fixtures.losses["cases"].array.map { ($0["name"].string, $0["params"].keys) }
        for declaration in Loss.declarations {
            #expect(covered.contains { $0.0 == declaration.name }, "no fixture for \(declaration.name)")
            for key in declaration.keys {
                #expect(
                    covered.contains { $0.0 == declaration.name && $0.1.contains(key) },
                    "no fixture for \(declaration.name) with \(key)")
            }
        }
    }

    @Test func classWeightsMustMatchTheClasses() {
        #expect(throws: EngineError.self) { try Loss.crossEntropy(weight: [1, 2]).validate(outputs: 3) }
        #expect(throws: EngineError.self) { try Loss.nll(weight: [1, 2, 3, 4]).validate(outputs: 3) }
        #expect(throws: Never.self) { try Loss.crossEntropy(weight: [1, 2, 3]).validate(outputs: 3) }
    }
}
