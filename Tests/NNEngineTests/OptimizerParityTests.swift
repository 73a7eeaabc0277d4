import Testing
import NNEngine

// Parameter values after each of 6 optimizer steps against PyTorch (optimizers.json).

@Suite("Optimizer parity with PyTorch")
struct OptimizerParityTests {
    static let cases = Fixtures.cases(Fixtures.optimizers)

    // The optimizers replay torch.optim's single-tensor float32 operations in PyTorch's order
    // (add with alpha, lerp, addcmul, addcdiv), with the scalars (lr, bias corrections) formed in
    // double and rounded to float32 as PyTorch does. What remains is FMA contraction and libm's
    // sqrt vs the vectorized one, a few ulps after 6 steps: relative 2e-6 with a 1e-7 floor.
    static let tol = Tolerance(rel: 2e-6, abs: 1e-7)

    @Test(arguments: cases)
    func optimizer(_ fc: FixtureCase) throws {
        let c = Fixtures.optimizers["cases"][fc.index]
        let initial = c["initial"].tensor
        let p = Parameter(shape: initial.shape, role: .linearWeight)
        p.value.copy(from: initial.floats)
        let spec = Settings.optimizer(name: c["name"].string, params: c["params"])
        #expect(spec.name == c["name"].string)
        let opt = try spec.make(parameters: [p])
        let grads = c["grads"].array, after = c["after"].array
        #expect(grads.count == 6 && after.count == 6)
        for (k, (g, expected)) in zip(grads, after).enumerated() {
            p.grad.copy(from: g.tensor.floats)
            opt.step()
            expectClose(p.value.array, expected.tensor.data, Self.tol, "\(fc.label) after step \(k + 1)")
            // The gradient is read, never written.
            #expect(bitsEqual(p.grad.array, g.tensor.floats), "\(fc.label) step \(k + 1) changed the gradient")
        }
        #expect(opt.stepCount == 6)
    }

    @Test func rejectsBadSettings() {
        let p = [Parameter(shape: [2], role: .linearWeight)]
        #expect(throws: EngineError.self) { try OptimizerSpec.sgd(lr: 0).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.sgd(lr: -1).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.sgd(lr: .nan).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.sgd(lr: 0.1, momentum: 0, nesterov: true).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.sgd(lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.adam(lr: 0.1, beta1: 1).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.adamw(lr: 0.1, weightDecay: -1).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.adagrad(lr: 0.1, lrDecay: -1).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.rmsprop(lr: 0.1, momentum: -1).make(parameters: p) }
    }

    @Test func specDefaultsArePyTorchs() throws {
        let p = [Parameter(shape: [2], role: .linearWeight)]
        let adamw = try #require(try OptimizerSpec.adamw(lr: 1e-3).make(parameters: p) as? Adam)
        #expect(adamw.decoupled && adamw.weightDecay == 1e-2 && adamw.beta1 == 0.9 && adamw.beta2 == 0.999 && adamw.eps == 1e-8)
        let adam = try #require(try OptimizerSpec.adam(lr: 1e-3).make(parameters: p) as? Adam)
        #expect(!adam.decoupled && adam.weightDecay == 0 && !adam.amsgrad)
        let rms = try #require(try OptimizerSpec.rmsprop(lr: 1e-2).make(parameters: p) as? RMSprop)
        #expect(rms.alpha == 0.99 && rms.eps == 1e-8 && rms.momentum == 0 && !rms.centered)
        let ada = try #require(try OptimizerSpec.adagrad(lr: 1e-2).make(parameters: p) as? Adagrad)
        #expect(ada.eps == 1e-10 && ada.lrDecay == 0 && ada.initialAccumulatorValue == 0)
    }
}
