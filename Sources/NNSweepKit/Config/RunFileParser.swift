import Foundation
import NNEngine
import NNData
import Yams

/// Reads one run's settings from a YAML mapping node, checking every key and value.
///
/// Errors carry the line of the offending node. Paths are made absolute against `baseDirectory`.
struct RunFileParser {
    let baseDirectory: URL

    static let topKeys = ["name", "description", "data", "model", "init", "loss", "optimizer", "batch_size", "scheduler",
                          "regularization", "epochs", "shuffle", "seed", "init_from", "checkpoint", "grid", "exclude"]
    static let dataKeys = ["builtin", "csv", "synthetic", "test_csv", "target", "task", "test_fraction", "scale", "split_seed",
                           "target_scale", "samples", "noise", "classes", "test_every", "divide_by", "outliers"]
    static let modelKeys = ["hidden", "activation", "dropout", "batch_norm"]
    static let initKeys = ["weight", "bias", "mean", "std", "a", "b", "val", "gain", "mode", "nonlinearity"]
    static let lossKeys = ["name", "label_smoothing", "delta", "beta"]

    // MARK: Node helpers

    func pairs(_ node: Node, _ what: String, allowed: [String]) throws -> [(String, Node)] {
        guard case .mapping(let m) = node else {
            throw ConfigError("\(what) must be a map, got \(node.kindName)", line: node.line)
        }
        var seen = Set<String>()
        var out: [(String, Node)] = []
        for (k, v) in m {
            guard let key = k.scalar?.string else { throw ConfigError("\(what) has a key that is not a name", line: k.line) }
            guard allowed.contains(key) else {
                throw ConfigError(unknownName("key", key, allowed: allowed).replacingOccurrences(of: "unknown key", with: "unknown key in \(what):"), line: k.line)
            }
            guard seen.insert(key).inserted else { throw ConfigError("\(what) has '\(key)' twice", line: k.line) }
            out.append((key, v))
        }
        return out
    }

    func string(_ node: Node, _ what: String) throws -> String {
        guard case .scalar(let s) = node, !s.string.isEmpty else {
            throw ConfigError("\(what) must be a name, got \(node.kindName)", line: node.line)
        }
        return s.string
    }

    func double(_ node: Node, _ what: String) throws -> Double {
        guard case .scalar(let s) = node, let v = Double(s.string.trimmingCharacters(in: .whitespaces)), v.isFinite else {
            throw ConfigError("\(what) must be a number, got \(node.kindName)", line: node.line)
        }
        return v
    }

    func nonNegative(_ node: Node, _ what: String) throws -> Double {
        let v = try double(node, what)
        guard v >= 0 else { throw ConfigError("\(what) must be >= 0, got \(v)", line: node.line) }
        return v
    }

    func int(_ node: Node, _ what: String) throws -> Int {
        guard case .scalar(let s) = node, let v = Int(s.string.trimmingCharacters(in: .whitespaces)) else {
            throw ConfigError("\(what) must be a whole number, got \(node.kindName)", line: node.line)
        }
        return v
    }

    func positiveInt(_ node: Node, _ what: String) throws -> Int {
        let v = try int(node, what)
        guard v >= 1 else { throw ConfigError("\(what) must be at least 1, got \(v)", line: node.line) }
        return v
    }

    func bool(_ node: Node, _ what: String) throws -> Bool {
        guard case .scalar(let s) = node else { throw ConfigError("\(what) must be true or false, got \(node.kindName)", line: node.line) }
        switch s.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw ConfigError("\(what) must be true or false, got '\(quoted(s.string))'", line: node.line)
        }
    }

    func intList(_ node: Node, _ what: String) throws -> [Int] {
        guard case .sequence(let seq) = node else { throw ConfigError("\(what) must be a list of whole numbers, got \(node.kindName)", line: node.line) }
        return try seq.map { try int($0, "each entry of \(what)") }
    }

    func path(_ node: Node, _ what: String) throws -> String {
        let p = try string(node, what)
        return p.hasPrefix("/") ? p : baseDirectory.appendingPathComponent(p).standardizedFileURL.path
    }

    func oneOf<T>(_ node: Node, _ what: String, _ options: [String], _ make: (String) -> T?) throws -> T {
        let s = try string(node, what)
        guard let v = make(s) else { throw ConfigError(unknownName(what, s, allowed: options), line: node.line) }
        return v
    }

    // MARK: The run

    func parse(_ root: Node) throws -> RunConfig {
        let top = try pairs(root, "the run file", allowed: Self.topKeys)
        let get = { (k: String) in top.first(where: { $0.0 == k })?.1 }
        guard let dataNode = get("data") else {
            throw ConfigError("the run file needs a 'data:' section, for example data: {builtin: digits}", line: root.line)
        }
        var config = RunConfig(name: "run", data: try parseData(dataNode))
        if let n = get("name") { config.name = try string(n, "name") }
        if let m = get("model") {
            for (k, v) in try pairs(m, "model", allowed: Self.modelKeys) {
                switch k {
                case "hidden":
                    config.hidden = try intList(v, "model.hidden")
                    if let bad = config.hidden.first(where: { $0 < 1 }) {
                        throw ConfigError("model.hidden widths must be at least 1, got \(bad)", line: v.line)
                    }
                    if config.hidden.count > Limits.maxLayers {
                        throw ConfigError("model.hidden has \(config.hidden.count) layers, more than the limit of \(Limits.maxLayers)", line: v.line)
                    }
                case "activation":
                    config.activation = try oneOf(v, "activation", ActivationKind.allCases.map(\.rawValue)) { ActivationKind(rawValue: $0) }
                case "dropout":
                    config.dropout = try double(v, "model.dropout")
                    guard config.dropout >= 0 && config.dropout < 1 else {
                        throw ConfigError("model.dropout must be in [0, 1), got \(config.dropout)", line: v.line)
                    }
                case "batch_norm": config.batchNorm = try bool(v, "model.batch_norm")
                default: break
                }
            }
        }
        if let i = get("init") { config.initScheme = try parseInit(i) }
        if let l = get("loss") { config.loss = try parseLoss(l) }
        if let o = get("optimizer") { config.optimizer = try parseOptimizer(o) }
        if let b = get("batch_size") {
            if case .scalar(let s) = b, s.string == "full" { config.batchSize = .full } else {
                guard case .scalar(let s) = b, let n = Int(s.string) else {
                    throw ConfigError("batch_size must be full or a whole number of samples, got \(b.kindName)", line: b.line)
                }
                guard n >= 1 else { throw ConfigError("batch_size must be full or at least 1, got \(n)", line: b.line) }
                config.batchSize = .samples(n)
            }
        }
        if let s = get("scheduler") { config.schedule = try parseScheduler(s) }
        if let r = get("regularization") {
            for (k, v) in try pairs(r, "regularization", allowed: ["l1", "l2"]) {
                if k == "l1" { config.l1 = try nonNegative(v, "regularization.l1") } else { config.l2 = try nonNegative(v, "regularization.l2") }
            }
        }
        if let e = get("epochs") {
            config.epochs = try positiveInt(e, "epochs")
            guard config.epochs <= Limits.maxEpochs else {
                throw ConfigError("epochs must be at most \(Limits.maxEpochs), got \(config.epochs)", line: e.line)
            }
        }
        if let s = get("shuffle") { config.shuffle = try bool(s, "shuffle") }
        if let s = get("seed") {
            config.seed = try int(s, "seed")
            guard config.seed >= 0 else { throw ConfigError("seed must be >= 0, got \(config.seed)", line: s.line) }
        }
        if let f = get("init_from") {
            if case .scalar(let s) = f, s.string.isEmpty || s.string == "null" || s.string == "~" { config.initFrom = nil } else {
                config.initFrom = try path(f, "init_from")
            }
        }
        if let c = get("checkpoint") { config.checkpoint = try bool(c, "checkpoint") }
        try checkCompatibility(config, root: root, get: get)
        return config
    }

    func checkCompatibility(_ c: RunConfig, root: Node, get: (String) -> Node?) throws {
        let line = get("loss")?.line ?? root.line
        let classification: Bool
        switch c.data.source {
        case .builtin(let n): classification = BuiltinData.all.first { $0.name == n }?.task == .classification
        case .csv(_, _, let t): classification = t == .classification
        case .synthetic(let n, _, _, _): classification = n != "sine"
        }
        if classification && !c.loss.isClassification {
            throw ConfigError("loss \(c.loss.name) needs a regression target, but the data is classification; use cross_entropy (or bce for two classes)", line: line)
        }
        if !classification && c.loss.isClassification {
            throw ConfigError("loss \(c.loss.name) needs class labels, but the data is regression; use mse, mae, huber or smooth_l1", line: line)
        }
        if c.schedule.cyclesMomentum, let o = try? c.optimizer.make(parameters: []), o.momentumForCycling == nil {
            throw ConfigError("scheduler \(c.schedule.name): cycle_momentum needs an optimizer with momentum or betas, and \(c.optimizer.name) has neither; set cycle_momentum: false",
                              line: get("scheduler")?.line)
        }
        if c.data.outliers > 0 && classification {
            throw ConfigError("data.outliers applies to regression targets only", line: get("data")?.line)
        }
        if c.data.targetScale != .none && classification {
            throw ConfigError("data.target_scale applies to regression targets only", line: get("data")?.line)
        }
    }

    func parseData(_ node: Node) throws -> DataConfig {
        let p = try pairs(node, "data", allowed: Self.dataKeys)
        let get = { (k: String) in p.first(where: { $0.0 == k })?.1 }
        let sources = ["builtin", "csv", "synthetic"].filter { get($0) != nil }
        guard sources.count == 1 else {
            throw ConfigError(sources.isEmpty ? "data needs one of builtin, csv or synthetic" : "data takes one of builtin, csv or synthetic, not \(sources.joined(separator: " and "))", line: node.line)
        }
        var source: DataSource
        if let b = get("builtin") {
            source = .builtin(try oneOf(b, "builtin data set", BuiltinData.names) { BuiltinData.names.contains($0) ? $0 : nil })
        } else if let c = get("csv") {
            guard let t = get("target") else { throw ConfigError("data.csv needs target: the name of the target column", line: c.line) }
            let task: TaskKind = try get("task").map { try oneOf($0, "task", TaskKind.allCases.map(\.rawValue)) { TaskKind(rawValue: $0) } } ?? .classification
            source = .csv(path: try path(c, "data.csv"), target: try string(t, "data.target"), task: task)
        } else {
            let s = get("synthetic")!
            let name = try oneOf(s, "synthetic data set", Synthetic.names) { Synthetic.names.contains($0) ? $0 : nil }
            let samples = try get("samples").map { try positiveInt($0, "data.samples") } ?? 500
            let noise = try get("noise").map { try nonNegative($0, "data.noise") } ?? 0.1
            let classes = try get("classes").map { try positiveInt($0, "data.classes") } ?? (name == "spirals" || name == "blobs" ? 3 : 2)
            guard classes >= 2 || name == "sine" else { throw ConfigError("data.classes must be at least 2", line: get("classes")?.line) }
            guard samples <= Limits.maxSyntheticSamples else {
                throw ConfigError("data.samples must be at most \(Limits.maxSyntheticSamples), got \(samples)", line: get("samples")?.line)
            }
            guard classes <= Limits.maxSyntheticClasses else {
                throw ConfigError("data.classes must be at most \(Limits.maxSyntheticClasses), got \(classes)", line: get("classes")?.line)
            }
            source = .synthetic(name: name, samples: samples, noise: noise, classes: classes)
        }
        if get("builtin") != nil || get("synthetic") != nil {
            for k in ["target", "task"] where get(k) != nil {
                throw ConfigError("data.\(k) goes with csv only (builtin and synthetic data sets know their target)", line: get(k)?.line)
            }
        }
        if get("csv") == nil, let t = get("test_csv") { throw ConfigError("data.test_csv goes with csv only", line: t.line) }
        var d = DataConfig(source: source)
        if let t = get("test_csv") { d.testCSV = try path(t, "data.test_csv") }
        if let f = get("test_fraction") {
            d.testFraction = try double(f, "data.test_fraction")
            guard d.testFraction >= 0 && d.testFraction < 1 else {
                throw ConfigError("data.test_fraction must be in [0, 1), got \(d.testFraction)", line: f.line)
            }
        }
        if let t = get("test_every") {
            guard get("test_csv") == nil else { throw ConfigError("data.test_every and data.test_csv cannot be used together", line: t.line) }
            let n = try int(t, "data.test_every")
            guard n >= 2 else { throw ConfigError("data.test_every must be at least 2, got \(n)", line: t.line) }
            d.testEvery = n
        }
        if let v = get("divide_by") {
            let x = try double(v, "data.divide_by")
            guard x != 0 else { throw ConfigError("data.divide_by must not be 0", line: v.line) }
            d.divideBy = x
        }
        if let s = get("scale") { d.scale = try oneOf(s, "scale", Scaling.allCases.map(\.rawValue)) { Scaling(rawValue: $0) } }
        if let s = get("split_seed") {
            d.splitSeed = try int(s, "data.split_seed")
            guard d.splitSeed >= 0 else { throw ConfigError("data.split_seed must be >= 0", line: s.line) }
        }
        if let o = get("outliers") {
            d.outliers = try double(o, "data.outliers")
            guard d.outliers >= 0 && d.outliers < 1 else { throw ConfigError("data.outliers must be in [0, 1), got \(d.outliers)", line: o.line) }
        }
        if let s = get("target_scale") {
            d.targetScale = try oneOf(s, "target_scale", ["standard", "none"]) { $0 == "standard" ? .standard : ($0 == "none" ? Scaling.none : nil) }
        }
        return d
    }

    func parseInitializer(_ name: String, _ node: Node, params: [(String, Node)]) throws -> Initializer {
        let get = { (k: String) in params.first(where: { $0.0 == k })?.1 }
        func num(_ k: String, _ def: Double) throws -> Double { try get(k).map { try double($0, "init.\(k)") } ?? def }
        func gain() throws -> Double {
            guard let g = get("gain") else { return 1 }
            if case .scalar(let s) = g, Double(s.string) == nil {
                guard let v = Initializer.gain(nonlinearity: s.string) else {
                    throw ConfigError(unknownName("nonlinearity for gain", s.string, allowed: Initializer.nonlinearities), line: g.line)
                }
                return v
            }
            return try double(g, "init.gain")
        }
        func mode() throws -> FanMode {
            try get("mode").map { try oneOf($0, "mode", FanMode.allCases.map(\.rawValue)) { FanMode(rawValue: $0) } } ?? .fan_in
        }
        func nonlinearity() throws -> String {
            try get("nonlinearity").map { try oneOf($0, "nonlinearity", Initializer.nonlinearities) { Initializer.nonlinearities.contains($0) ? $0 : nil } } ?? "leaky_relu"
        }
        let allowed: [String: [String]] = [
            "zeros": [], "constant": ["val"], "uniform": ["a", "b"], "normal": ["mean", "std"], "xavier_uniform": ["gain"],
            "xavier_normal": ["gain"], "kaiming_uniform": ["a", "mode", "nonlinearity"], "kaiming_normal": ["a", "mode", "nonlinearity"],
            "default": [],
        ]
        guard let ok = allowed[name] else {
            throw ConfigError(unknownName("initializer", name, allowed: Initializer.names + InitScheme.shortNames.filter { $0 != "default" }), line: node.line)
        }
        if let (k, v) = params.first(where: { !ok.contains($0.0) }) {
            throw ConfigError("\(name) takes no '\(k)'" + (ok.isEmpty ? "" : "; it takes \(ok.joined(separator: ", "))"), line: v.line)
        }
        switch name {
        case "zeros": return .zeros
        case "constant":
            guard let v = get("val") else { throw ConfigError("constant needs val: the value", line: node.line) }
            return .constant(try double(v, "init.val"))
        case "uniform":
            let a = try num("a", 0), b = try num("b", 1)
            guard a < b else { throw ConfigError("uniform needs a < b, got a = \(a), b = \(b)", line: node.line) }
            return .uniform(a: a, b: b)
        case "normal":
            let std = try num("std", 1)
            guard std >= 0 else { throw ConfigError("normal needs std >= 0, got \(std)", line: get("std")?.line) }
            return .normal(mean: try num("mean", 0), std: std)
        case "xavier_uniform": return .xavierUniform(gain: try gain())
        case "xavier_normal": return .xavierNormal(gain: try gain())
        case "kaiming_uniform": return .kaimingUniform(a: try num("a", 0), mode: try mode(), nonlinearity: try nonlinearity())
        case "kaiming_normal": return .kaimingNormal(a: try num("a", 0), mode: try mode(), nonlinearity: try nonlinearity())
        default: return .pytorchDefault
        }
    }

    /// `init: he` (a short name: zero, normal, xavier, he, default, or an initializer name for the
    /// weights with zero biases) or `init: {weight: NAME | {name: NAME, ...}, bias: NAME | {...}, ...weight parameters}`.
    func parseInit(_ node: Node) throws -> InitScheme {
        if case .scalar(let s) = node {
            if let scheme = InitScheme.short(s.string) { return scheme }
            return InitScheme(weight: try parseInitializer(s.string, node, params: []), bias: .zeros)
        }
        let p = try pairs(node, "init", allowed: Self.initKeys)
        func spec(_ n: Node, _ what: String, extra: [(String, Node)]) throws -> Initializer {
            if case .mapping = n {
                let inner = try pairs(n, "init.\(what)", allowed: ["name"] + Self.initKeys.filter { $0 != "weight" && $0 != "bias" })
                guard let nameNode = inner.first(where: { $0.0 == "name" })?.1 else {
                    throw ConfigError("init.\(what) needs name: the initializer", line: n.line)
                }
                return try parseInitializer(try string(nameNode, "init.\(what).name"), nameNode, params: inner.filter { $0.0 != "name" })
            }
            let name = try string(n, "init.\(what)")
            return try parseInitializer(name == "zero" ? "zeros" : name, n, params: extra)
        }
        let weightParams = p.filter { $0.0 != "weight" && $0.0 != "bias" }
        let weight = try p.first(where: { $0.0 == "weight" }).map { try spec($0.1, "weight", extra: weightParams) } ?? .pytorchDefault
        if p.first(where: { $0.0 == "weight" }) == nil, let (k, v) = weightParams.first {
            throw ConfigError("init.\(k) needs init.weight to say which initializer it belongs to", line: v.line)
        }
        let bias = try p.first(where: { $0.0 == "bias" }).map { try spec($0.1, "bias", extra: []) } ?? .zeros
        if bias.needsFans {
            throw ConfigError("\(bias.name) cannot initialize a bias (it needs a weight's fans); use zeros, constant, uniform, normal or default",
                              line: p.first(where: { $0.0 == "bias" })?.1.line)
        }
        return InitScheme(weight: weight, bias: bias)
    }

    func parseLoss(_ node: Node) throws -> Loss {
        var name: String, params: [(String, Node)] = []
        if case .scalar = node { name = try string(node, "loss") } else {
            let p = try pairs(node, "loss", allowed: Self.lossKeys)
            guard let n = p.first(where: { $0.0 == "name" })?.1 else { throw ConfigError("loss needs name: one of \(Loss.names.joined(separator: ", "))", line: node.line) }
            name = try string(n, "loss.name")
            params = p.filter { $0.0 != "name" }
        }
        let allowed: [String: [String]] = ["cross_entropy": ["label_smoothing"], "bce": [], "mse": [], "mae": [], "huber": ["delta"], "smooth_l1": ["beta"]]
        guard let ok = allowed[name] else { throw ConfigError(unknownName("loss", name, allowed: Loss.names), line: node.line) }
        if let (k, v) = params.first(where: { !ok.contains($0.0) }) {
            throw ConfigError("loss \(name) takes no '\(k)'" + (ok.isEmpty ? "" : "; it takes \(ok.joined(separator: ", "))"), line: v.line)
        }
        let get = { (k: String) in params.first(where: { $0.0 == k })?.1 }
        switch name {
        case "cross_entropy":
            let ls = try get("label_smoothing").map { try double($0, "loss.label_smoothing") } ?? 0
            guard ls >= 0 && ls <= 1 else { throw ConfigError("label_smoothing must be in [0, 1], got \(ls)", line: get("label_smoothing")?.line) }
            return .crossEntropy(labelSmoothing: Float(ls))
        case "bce": return .bce
        case "mse": return .mse
        case "mae": return .mae
        case "huber":
            let d = try get("delta").map { try double($0, "loss.delta") } ?? 1
            guard d > 0 else { throw ConfigError("huber delta must be > 0, got \(d)", line: get("delta")?.line) }
            return .huber(delta: Float(d))
        default:
            let b = try get("beta").map { try nonNegative($0, "loss.beta") } ?? 1
            return .smoothL1(beta: Float(b))
        }
    }

    func parseOptimizer(_ node: Node) throws -> OptimizerSpec {
        var name: String, params: [(String, Node)] = []
        if case .scalar = node { name = try string(node, "optimizer") } else {
            guard case .mapping(let m) = node else { throw ConfigError("optimizer must be a map such as {name: adam, lr: 0.001}, got \(node.kindName)", line: node.line) }
            guard let n = m.first(where: { $0.key.scalar?.string == "name" })?.value else {
                throw ConfigError("optimizer needs name: one of \(OptimizerSpec.names.joined(separator: ", "))", line: node.line)
            }
            name = try string(n, "optimizer.name")
            guard let options = OptimizerSpec.options[name] else {
                throw ConfigError(unknownName("optimizer", name, allowed: OptimizerSpec.names), line: n.line)
            }
            params = try pairs(node, "optimizer \(name)", allowed: ["name"] + options).filter { $0.0 != "name" }
        }
        guard OptimizerSpec.options[name] != nil else {
            throw ConfigError(unknownName("optimizer", name, allowed: OptimizerSpec.names), line: node.line)
        }
        let get = { (k: String) in params.first(where: { $0.0 == k })?.1 }
        func num(_ k: String, _ def: Double) throws -> Double {
            try get(k).map { try nonNegative($0, "optimizer.\(k)") } ?? def
        }
        func flag(_ k: String) throws -> Bool { try get(k).map { try bool($0, "optimizer.\(k)") } ?? false }
        let lr: Double
        if let l = get("lr") {
            lr = try double(l, "optimizer.lr")
            guard lr > 0 else { throw ConfigError("optimizer.lr must be > 0, got \(lr)", line: l.line) }
        } else { lr = OptimizerSpec.defaultLR[name]! }
        func betas() throws -> (Double, Double) {
            guard let b = get("betas") else { return (0.9, 0.999) }
            guard case .sequence(let s) = b, s.count == 2 else { throw ConfigError("optimizer.betas must be a list of two numbers, such as [0.9, 0.999]", line: b.line) }
            let b1 = try double(s[0], "betas[0]"), b2 = try double(s[1], "betas[1]")
            guard (0..<1).contains(b1), (0..<1).contains(b2) else { throw ConfigError("optimizer.betas must each be in [0, 1), got [\(b1), \(b2)]", line: b.line) }
            return (b1, b2)
        }
        switch name {
        case "sgd":
            let momentum = try num("momentum", 0), dampening = try num("dampening", 0), nesterov = try flag("nesterov")
            if nesterov && (momentum <= 0 || dampening != 0) {
                throw ConfigError("optimizer sgd: nesterov needs momentum > 0 and dampening 0", line: get("nesterov")?.line)
            }
            return .sgd(lr: lr, momentum: momentum, dampening: dampening, weightDecay: try num("weight_decay", 0), nesterov: nesterov)
        case "adagrad":
            return .adagrad(lr: lr, lrDecay: try num("lr_decay", 0), weightDecay: try num("weight_decay", 0),
                            initialAccumulatorValue: try num("initial_accumulator_value", 0), eps: try num("eps", 1e-10))
        case "rmsprop":
            return .rmsprop(lr: lr, alpha: try num("alpha", 0.99), eps: try num("eps", 1e-8), weightDecay: try num("weight_decay", 0),
                            momentum: try num("momentum", 0), centered: try flag("centered"))
        case "adam":
            let (b1, b2) = try betas()
            return .adam(lr: lr, beta1: b1, beta2: b2, eps: try num("eps", 1e-8), weightDecay: try num("weight_decay", 0), amsgrad: try flag("amsgrad"))
        default:
            let (b1, b2) = try betas()
            return .adamw(lr: lr, beta1: b1, beta2: b2, eps: try num("eps", 1e-8), weightDecay: try num("weight_decay", 1e-2), amsgrad: try flag("amsgrad"))
        }
    }

    /// `scheduler: NAME` or `scheduler: {name: NAME, interval: epoch | step, ...options}`, read
    /// from the schedulers' declarations (`Schedulers.all`). `within` names a scheduler inside
    /// another (sequential's list), which takes no interval of its own.
    func parseScheduler(_ node: Node, within: String? = nil) throws -> Schedule {
        let what = within ?? "scheduler"
        var name: String, nameNode = node
        if case .scalar = node { name = try string(node, what) } else {
            guard case .mapping(let m) = node else {
                throw ConfigError("\(what) must be a name or a map such as {name: step, step_size: 3}, got \(node.kindName)", line: node.line)
            }
            guard let n = m.first(where: { $0.key.scalar?.string == "name" })?.value else {
                throw ConfigError("\(what) needs name: one of \(Schedule.names.joined(separator: ", "))", line: node.line)
            }
            name = try string(n, "\(what).name")
            nameNode = n
        }
        guard let kind = Schedulers.kind(named: name) else {
            throw ConfigError(unknownName("scheduler", name, allowed: Schedule.names), line: nameNode.line)
        }
        var params: [(String, Node)] = []
        if case .mapping = node {
            let keys = ["name"] + (within == nil ? ["interval"] : []) + kind.options.map(\.name)
            params = try pairs(node, "scheduler \(name)", allowed: keys).filter { $0.0 != "name" }
        }
        let get = { (k: String) in params.first(where: { $0.0 == k })?.1 }
        var values: [String: OptionValue] = [:]
        for spec in kind.options {
            guard let v = get(spec.name) else {
                if spec.required {
                    throw ConfigError("scheduler \(name) needs \(spec.name): \(spec.kind.description)", line: node.line)
                }
                continue
            }
            values[spec.name] = try optionValue(v, spec.kind, "\(what).\(spec.name)")
        }
        let interval = try get("interval").map {
            try oneOf($0, "interval", ScheduleInterval.allCases.map(\.rawValue)) { ScheduleInterval(rawValue: $0) }
        }
        let schedule = Schedule(name: name, values: values, interval: interval)
        do { try schedule.check() } catch {
            throw ConfigError(error.message, line: get(error.option)?.line ?? node.line)
        }
        return schedule
    }

    /// A declared option's value, checked against its kind.
    func optionValue(_ node: Node, _ kind: OptionKind, _ what: String) throws -> OptionValue {
        switch kind {
        case .int: return .int(try int(node, what))
        case .double: return .double(try double(node, what))
        case .bool: return .bool(try bool(node, what))
        case .choice(let names): return .choice(try oneOf(node, what, names) { names.contains($0) ? $0 : nil })
        case .ints: return .ints(try intList(node, what))
        case .entries:
            guard case .sequence(let seq) = node else {
                throw ConfigError("\(what) must be \(kind.description), got \(node.kindName)", line: node.line)
            }
            return .entries(try seq.enumerated().map { i, n in
                let s = try parseScheduler(n, within: "\(what)[\(i)]")
                return OptionEntry(name: s.name, values: s.options.values)
            })
        }
    }
}
