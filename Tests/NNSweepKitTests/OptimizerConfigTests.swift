import Foundation
import NNCluster
import NNCompare
import NNEngine
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// Optimizers in run files: every optimizer of the registry by PyTorch's names, and canonical
/// texts (so cell ids) that do not move.
@Suite struct OptimizerConfigTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func config(_ optimizer: String) throws -> RunConfig {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write("data: {builtin: iris}\noptimizer: \(optimizer)\n", "run.yaml", in: dir))
        return try #require(plan.cells.first).config
    }

    /// The committed results were made with the canonical texts of before; their run ids are
    /// the cell ids the experiments plan today.
    @Test func committedResultsKeepTheirCellIds() throws {
        let experiments = Self.root.appendingPathComponent("experiments")
        let files = try FileManager.default.contentsOfDirectory(atPath: experiments.path).filter {
            $0.hasSuffix(".yaml")
        }.sorted()
        #expect(files.count >= 8)
        for file in files {
            let plan = try SweepPlan.load(experiments.appendingPathComponent(file))
            // A tuned grid's plan is its search, in the search/ folder of its results.
            let runs = Self.root.appendingPathComponent(
                "results/\(plan.name)/\(plan.tune == nil ? "" : "search/")runs.csv")
            let text = try String(contentsOf: runs, encoding: .utf8)
            let ids = text.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
            #expect(Set(ids) == Set(plan.cells.map(\.id)), "\(file)")
        }
    }

    /// The canonical text of the optimizers that existed before the declarations, written out.
    @Test func canonicalTextOfEarlierOptimizersIsUnchanged() throws {
        let dir = temporaryDirectory()
        let plain = try #require(try SweepPlan.load(write("data: {builtin: iris}\n", "run.yaml", in: dir)).cells.first)
            .config
        #expect(plain.canonical.contains(";optimizer=sgd(0.01,0.0,0.0,0.0,false);"))
        #expect(OptimizerSpec.sgd(lr: 0.05, momentum: 0.9).description == "sgd(0.05,0.9,0.0,0.0,false)")
        #expect(OptimizerSpec.adagrad(lr: 0.1).description == "adagrad(0.1,0.0,0.0,0.0,1e-10)")
        #expect(OptimizerSpec.rmsprop(lr: 0.01, centered: true).description == "rmsprop(0.01,0.99,1e-08,0.0,0.0,true)")
        #expect(OptimizerSpec.adam(lr: 0.005).description == "adam(0.005,0.9,0.999,1e-08,0.0,false)")
        #expect(
            OptimizerSpec.adamw(lr: 0.001, weightDecay: 0.1).description == "adamw(0.001,0.9,0.999,1e-08,0.1,false)")
        // An option added later appears only when it is set.
        #expect(
            OptimizerSpec.adam(lr: 0.005, maximize: true).description
                == "adam(0.005,0.9,0.999,1e-08,0.0,false,maximize=true)")
        #expect(OptimizerSpec.rprop().description == "rprop(0.01,0.5,1.2,1e-06,50.0)")
    }

    @Test func everyOptimizerParsesByPyTorchsNames() throws {
        #expect(
            try config("{name: adadelta, lr: 0.5, rho: 0.95, eps: 1e-5, weight_decay: 0.1, maximize: true}").optimizer
                == .adadelta(lr: 0.5, rho: 0.95, eps: 1e-5, weightDecay: 0.1, maximize: true))
        #expect(
            try config("{name: adamax, betas: [0.8, 0.99]}").optimizer == .adamax(lr: 2e-3, beta1: 0.8, beta2: 0.99))
        #expect(
            try config("{name: nadam, momentum_decay: 0.01, weight_decay: 0.1, decoupled_weight_decay: true}").optimizer
                == .nadam(weightDecay: 0.1, momentumDecay: 0.01, decoupledWeightDecay: true))
        #expect(
            try config("{name: radam, lr: 0.01, decoupled_weight_decay: yes}").optimizer
                == .radam(lr: 0.01, decoupledWeightDecay: true))
        #expect(
            try config("{name: rprop, etas: [0.3, 1.5], step_sizes: [1e-6, 1]}").optimizer
                == .rprop(etaMinus: 0.3, etaPlus: 1.5, stepSizeMin: 1e-6, stepSizeMax: 1))
        #expect(
            try config("{name: asgd, lambd: 0.001, alpha: 0.5, t0: 100}").optimizer
                == .asgd(lambd: 0.001, alpha: 0.5, t0: 100))
        #expect(try config("{name: sgd, lr: 0.1, maximize: true}").optimizer == .sgd(lr: 0.1, maximize: true))
        // A bare name takes PyTorch's defaults, lr included.
        let bare = try config("nadam").optimizer
        #expect(bare == .nadam() && bare.lr == 2e-3 && bare.values.double("momentum_decay") == 4e-3)
        #expect(try config("adadelta").optimizer.lr == 1.0)
        for declaration in OptimizerSpec.registry {
            #expect(try config(declaration.name).optimizer.name == declaration.name)
        }
    }

    /// Without a name, the options apply to the default optimizer (sgd, lr 0.01), so a grid axis
    /// such as optimizer.lr works on a base that has no optimizer section.
    @Test func missingNameTakesTheDefaultOptimizer() throws {
        #expect(try config("{momentum: 0.9}").optimizer == .sgd(lr: 0.01, momentum: 0.9))
        let dir = temporaryDirectory()
        let text = """
            data: {builtin: iris}
            model: {hidden: [4]}
            grid:
              optimizer.lr: [0.1, 0.5]
            """
        let plan = try SweepPlan.load(write(text, "g.yaml", in: dir))
        #expect(plan.cells.map(\.config.optimizer) == [.sgd(lr: 0.1), .sgd(lr: 0.5)])
    }

    @Test func momentumCyclingIsDeclaredAsTheOptimizerBehaves() throws {
        // The parser asks the declaration whether a momentum-cycling schedule has a momentum to
        // move; the built optimizer must agree.
        for declaration in OptimizerSpec.registry {
            let p = Parameter(shape: [1], role: .linearWeight)
            let built = try OptimizerSpec(declaration).make(parameters: [p])
            #expect((declaration.cycledMomentum != nil) == (built.momentumForCycling != nil), "\(declaration.name)")
        }
    }

    @Test func everyOptimizerTrains() throws {
        for declaration in OptimizerSpec.registry {
            let p = Parameter(shape: [3], role: .linearWeight)
            p.value.copy(from: [1, -2, 3])
            let opt = try OptimizerSpec(declaration).make(parameters: [p])
            for _ in 0..<3 {
                // gradient of sum(θ²)/2: every optimizer moves θ toward 0
                p.grad.copy(from: p.value.array)
                opt.step()
            }
            let v = p.value.array
            #expect(abs(v[0]) < 1 && abs(v[1]) < 2 && abs(v[2]) < 3, "\(declaration.name): \(v)")
        }
    }
}
