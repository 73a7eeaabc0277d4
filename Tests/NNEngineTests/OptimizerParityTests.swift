import NNEngine
import Testing

// Parameter values after each of 6 (or more) optimizer steps against PyTorch (optimizers.json).

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
        let grads = c["grads"].array
        let after = c["after"].array
        let averages = c["averages"].array
        #expect(grads.count >= 6 && after.count == grads.count)
        #expect(averages.isEmpty || averages.count == grads.count)
        for (k, (g, expected)) in zip(grads, after).enumerated() {
            p.grad.copy(from: g.tensor.floats)
            opt.step()
            expectClose(p.value.array, expected.tensor.data, Self.tol, "\(fc.label) after step \(k + 1)")
            // The gradient is read, never written.
            #expect(bitsEqual(p.grad.array, g.tensor.floats), "\(fc.label) step \(k + 1) changed the gradient")
            // ASGD's running average (PyTorch's state "ax"), kept beside the raw parameters.
            if !averages.isEmpty {
                let ax = try #require((opt as? ASGD)?.average(ofParameter: 0))
                expectClose(ax.array, averages[k].tensor.data, Self.tol, "\(fc.label) average after step \(k + 1)")
            }
        }
        #expect(opt.stepCount == grads.count)
    }

    /// Every optimizer in the registry has fixture cases, and every option of every optimizer is
    /// set away from its default in at least one of them.
    @Test func fixturesCoverEveryOptimizerAndOption() {
        let cases = Fixtures.optimizers["cases"].array
        for schema in OptimizerSpec.registry {
            let mine = cases.filter { $0["name"].string == schema.name }
            #expect(mine.count >= 3, "\(schema.name) has \(mine.count) fixture cases")
            let set = Set(mine.flatMap { $0["params"].keys })
            for key in schema.keys where !set.contains(key) && key != "lr" {
                Issue.record("no fixture case of \(schema.name) sets \(key)")
            }
        }
    }

    /// RAdam's fixtures reach the rectified branch (rho_t > 5) and the plain one.
    @Test func radamFixturesCoverBothBranches() throws {
        let radam = try #require(
            try OptimizerSpec.radam().make(parameters: [Parameter(shape: [1], role: .linearWeight)]) as? RAdam)
        #expect(radam.rho(step: 5) <= 5 && radam.rho(step: 6) > 5)
        #expect(
            Fixtures.optimizers["cases"].array.contains { $0["name"].string == "radam" && $0["grads"].array.count >= 6 }
        )
    }

    @Test func rejectsBadSettings() {
        let p = [Parameter(shape: [2], role: .linearWeight)]
        #expect(throws: EngineError.self) { try OptimizerSpec.sgd(lr: 0).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.sgd(lr: -1).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.sgd(lr: .nan).make(parameters: p) }
        #expect(throws: EngineError.self) {
            try OptimizerSpec.sgd(lr: 0.1, momentum: 0, nesterov: true).make(parameters: p)
        }
        #expect(throws: EngineError.self) {
            try OptimizerSpec.sgd(lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true).make(parameters: p)
        }
        #expect(throws: EngineError.self) { try OptimizerSpec.adam(lr: 0.1, beta1: 1).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.adamw(lr: 0.1, weightDecay: -1).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.adagrad(lr: 0.1, lrDecay: -1).make(parameters: p) }
        #expect(throws: EngineError.self) { try OptimizerSpec.rmsprop(lr: 0.1, momentum: -1).make(parameters: p) }
        // PyTorch's conditions for the others
        #expect(throws: EngineError("rho must be in [0, 1], got 1.5")) {
            try OptimizerSpec.adadelta(rho: 1.5).make(parameters: p)
        }
        #expect(throws: EngineError("betas must each be in [0, 1), got [0.9, 1.0]")) {
            try OptimizerSpec.adamax(beta2: 1).make(parameters: p)
        }
        #expect(throws: EngineError("momentum_decay must be >= 0, got -1.0")) {
            try OptimizerSpec.nadam(momentumDecay: -1).make(parameters: p)
        }
        #expect(throws: EngineError.self) { try OptimizerSpec.radam(eps: -1).make(parameters: p) }
        #expect(throws: EngineError("etas must satisfy 0 < etas[0] < 1 < etas[1], got [0.5, 1.0]")) {
            try OptimizerSpec.rprop(etaPlus: 1).make(parameters: p)
        }
        #expect(throws: EngineError.self) {
            try OptimizerSpec.rprop(stepSizeMin: 1, stepSizeMax: 0.1).make(parameters: p)
        }
        #expect(throws: EngineError("lambd must be >= 0, got -1.0")) {
            try OptimizerSpec.asgd(lambd: -1).make(parameters: p)
        }
        #expect(throws: EngineError("nesterov needs momentum > 0 and dampening 0")) {
            try OptimizerSpec.sgd(lr: 0.1, nesterov: true).make(parameters: p)
        }
        // t0 may be any number, as in PyTorch
        #expect(throws: Never.self) { try OptimizerSpec.asgd(t0: -5).make(parameters: p) }
    }

    @Test func specDefaultsArePyTorchs() throws {
        let p = [Parameter(shape: [2], role: .linearWeight)]
        let adamw = try #require(try OptimizerSpec.adamw(lr: 1e-3).make(parameters: p) as? Adam)
        #expect(
            adamw.decoupled && adamw.weightDecay == 1e-2 && adamw.beta1 == 0.9 && adamw.beta2 == 0.999
                && adamw.eps == 1e-8)
        let adam = try #require(try OptimizerSpec.adam(lr: 1e-3).make(parameters: p) as? Adam)
        #expect(!adam.decoupled && adam.weightDecay == 0 && !adam.amsgrad)
        let rms = try #require(try OptimizerSpec.rmsprop(lr: 1e-2).make(parameters: p) as? RMSprop)
        #expect(rms.alpha == 0.99 && rms.eps == 1e-8 && rms.momentum == 0 && !rms.centered)
        let ada = try #require(try OptimizerSpec.adagrad(lr: 1e-2).make(parameters: p) as? Adagrad)
        #expect(ada.eps == 1e-10 && ada.lrDecay == 0 && ada.initialAccumulatorValue == 0)
    }
}
