import NNEngine
import Testing

// L1/L2 penalties: the trainer adds l1·sign(W) + 2·l2·W to the gradients of the Linear weights
// only. (TrainingParityTests' ce_tanh_adam_l1l2 case checks the integration against PyTorch.)

@Suite("Penalties")
struct PenaltyTests {
    /// One full-batch SGD step with lr 1 from identical networks, with and without penalties.
    /// The data gradient g is the same in both (the penalty is added after backward), so
    /// W_plain - W_penalized = (W - g) - (W - g - p) = p.
    @Test(arguments: [(0.0, 0.05), (0.01, 0.0), (0.01, 0.05), (0.3, 0.2)])
    func penaltyGradient(l1: Double, l2: Double) throws {
        let spec = NetworkSpec(inputs: 3, hidden: [4], outputs: 2, activation: .tanh, batchNorm: true)
        let x = normals(8 * 3, seed: 1)
        let data = Dataset(
            features: x, targets: (0..<8).map { Float($0 % 2) }, featureCount: 3, task: .classification, classes: 2)

        func trainedOneStep(l1: Double, l2: Double) throws -> (Sequential, [String: [Float]]) {
            let net = try Sequential(
                spec: spec, initScheme: try #require(InitScheme.short("default")), random: RandomSource(seed: 4))
            // An exactly-zero weight: sign(0) = 0, so only the l2 term (also 0) applies.
            (net.layers[0] as! Linear).weight.value[1] = 0
            let before = floatState(net)
            let settings = TrainingSettings(
                loss: .crossEntropy(), batchSize: 8, epochs: 1, shuffle: false, l1: l1, l2: l2)
            let trainer = try Trainer(
                network: net, optimizer: try OptimizerSpec.sgd(lr: 1).make(parameters: net.parameters),
                settings: settings, train: data, validation: nil, random: RandomSource(seed: 0))
            #expect(trainer.run() == .completed)
            return (net, before)
        }

        let (penalized, w0) = try trainedOneStep(l1: l1, l2: l2)
        let (plain, w0b) = try trainedOneStep(l1: 0, l2: 0)
        #expect(w0 == w0b)
        let a = floatState(penalized)
        let b = floatState(plain)
        for (name, p) in penalized.namedParameters {
            if p.role == .linearWeight {
                let expected = w0[name]!.map { w -> Double in
                    let s: Double = w > 0 ? 1 : (w < 0 ? -1 : 0)
                    return l1 * s + 2 * l2 * Double(w)
                }
                let diff = zip(b[name]!, a[name]!).map { Double($0) - Double($1) }
                // Both sides are float32 updates W - lr·g of O(1) weights: rounding ~1e-7.
                expectClose(diff, expected, Tolerance(rel: 1e-5, abs: 5e-7), "penalty on \(name)")
            } else {
                // Linear biases and batch-norm parameters are not penalized.
                #expect(bitsEqual(a[name]!, b[name]!), "\(name) must be untouched by the penalties")
            }
        }
        // Buffers are unaffected too.
        for name in ["1.running_mean", "1.running_var"] { #expect(bitsEqual(a[name]!, b[name]!)) }
        #expect(penalized.linearWeights.count == 2)
        #expect(penalized.linearWeights.allSatisfy { $0.role == .linearWeight })
    }
}
