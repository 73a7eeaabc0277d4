import Foundation
import NNData
import NNEngine
import Yams

/// Reads one run's settings from a YAML mapping node, checking every key and value.
///
/// Errors carry the line of the offending node. Paths are made absolute against `baseDirectory`.
struct RunFileParser {
    let baseDirectory: URL
    /// The most bytes a CSV file may hold (`--max-input-bytes`).
    var maxInputBytes = Limits.defaultMaxInputBytes

    static let topKeys = [
        "name", "description", "data", "model", "init", "loss", "optimizer", "batch_size", "scheduler",
        "regularization", "epochs", "shuffle", "seed", "seeds", "init_from", "checkpoint", "grid", "ema", "exclude",
        "tune"
    ]
    static let dataKeys = [
        "builtin", "csv", "synthetic", "test_csv", "target", "task", "test_fraction", "scale", "split_seed",
        "target_scale", "samples", "noise", "classes", "test_every", "divide_by", "outliers",
        "validation_fraction", "validation_csv"
    ]
    static let modelKeys = ["hidden", "activation", "dropout", "batch_norm", "layers"]
    /// The weight and bias, and every initializer option (given beside `weight:` for the weight).
    static let initKeys =
        ["weight", "bias"]
        + Initializer.declarations.flatMap(\.keys).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }

    // MARK: Node helpers

    func pairs(_ node: Node, _ what: String, allowed: [String]) throws -> [(String, Node)] {
        guard case .mapping(let m) = node else {
            throw ConfigError("\(what) must be a map, got \(node.kindName)", line: node.line)
        }
        var seen = Set<String>()
        var out: [(String, Node)] = []
        for (k, v) in m {
            guard let key = k.scalar?.string else {
                throw ConfigError("\(what) has a key that is not a name", line: k.line)
            }
            guard allowed.contains(key) else {
                throw ConfigError(
                    unknownName("key", key, allowed: allowed).replacingOccurrences(
                        of: "unknown key", with: "unknown key in \(what):"), line: k.line)
            }
            guard seen.insert(key).inserted else { throw ConfigError("\(what) has '\(key)' twice", line: k.line) }
            out.append((key, v))
        }
        return out
    }

    /// `name:`, the experiment's name: text, not null (`~`) nor blank; `Limits.checkName` says
    /// what else a folder name must not be.
    func name(_ node: Node) throws -> String {
        guard case .scalar(let s) = node, !node.isNull else {
            throw ConfigError(
                "name must be a name (it names the results folder), got \(node.kindName)", line: node.line)
        }
        return s.string
    }

    func string(_ node: Node, _ what: String) throws -> String {
        guard case .scalar(let s) = node, !s.string.isEmpty else {
            throw ConfigError("\(what) must be a name, got \(node.kindName)", line: node.line)
        }
        return s.string
    }

    func double(_ node: Node, _ what: String) throws -> Double {
        guard case .scalar(let s) = node, let v = Double(s.string.trimmingCharacters(in: .whitespaces)), v.isFinite
        else {
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
        guard case .scalar(let s) = node else {
            throw ConfigError("\(what) must be true or false, got \(node.kindName)", line: node.line)
        }
        switch s.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw ConfigError("\(what) must be true or false, got '\(quoted(s.string))'", line: node.line)
        }
    }

    func intList(_ node: Node, _ what: String) throws -> [Int] {
        guard case .sequence(let seq) = node else {
            throw ConfigError("\(what) must be a list of whole numbers, got \(node.kindName)", line: node.line)
        }
        return try seq.map { try int($0, "each entry of \(what)") }
    }

    func path(_ node: Node, _ what: String) throws -> String {
        let p = try string(node, what)
        return p.hasPrefix("/") ? p : baseDirectory.appendingPathComponent(p).standardizedFileURL.path
    }

    /// A file the run reads (a CSV or a checkpoint): its absolute path, refused at once when it
    /// is a folder, a pipe, a device or a socket, or larger than `maxBytes`. A missing file is
    /// reported when the data is loaded, with the other data errors.
    func inputPath(_ node: Node, _ what: String, maxBytes: Int, hint: String, kind: String) throws -> String {
        let p = try path(node, what)
        do { try InputFile.check(p, maxBytes: maxBytes, hint: hint) } catch {
            switch error.reason {
            case .missing, .unreadable: return p
            default: throw ConfigError("\(what): " + error.message(what: kind), line: node.line)
            }
        }
        return p
    }

    func csvPath(_ node: Node, _ what: String) throws -> String {
        try inputPath(node, what, maxBytes: maxInputBytes, hint: CSVTable.sizeHint, kind: "a CSV file")
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
            throw ConfigError(
                "the run file needs a 'data:' section, for example data: {builtin: digits}", line: root.line)
        }
        var config = RunConfig(name: "run", data: try parseData(dataNode))
        if let n = get("name") { config.name = try name(n) }
        if let d = get("description"), !d.isNull {
            guard case .scalar = d else {
                throw ConfigError(
                    "description must be text (a line, or a block after description: |), got \(d.kindName)",
                    line: d.line)
            }
        }
        if let m = get("model") {
            for (k, v) in try pairs(m, "model", allowed: Self.modelKeys) {
                switch k {
                case "hidden":
                    config.hidden = try intList(v, "model.hidden")
                    if let bad = config.hidden.first(where: { $0 < 1 }) {
                        throw ConfigError("model.hidden widths must be at least 1, got \(bad)", line: v.line)
                    }
                    if config.hidden.count > Limits.maxLayers {
                        throw ConfigError(
                            "model.hidden has \(config.hidden.count) layers, more than the limit of \(Limits.maxLayers)",
                            line: v.line)
                    }
                case "activation":
                    config.activation = try parseActivation(v)
                case "dropout":
                    config.dropout = try double(v, "model.dropout")
                    guard config.dropout >= 0 && config.dropout < 1 else {
                        throw ConfigError("model.dropout must be in [0, 1), got \(config.dropout)", line: v.line)
                    }
                case "batch_norm": config.batchNorm = try bool(v, "model.batch_norm")
                case "layers": config.layers = try parseLayers(v)
                default: break
                }
            }
            if config.layers != nil,
                let (k, v) = try pairs(m, "model", allowed: Self.modelKeys).first(where: { $0.0 != "layers" })
            {
                throw ConfigError(
                    "model.\(k) goes with the hidden/activation shorthand, not with model.layers; write it as a module of the list",
                    line: v.line)
            }
        }
        if let i = get("init") { config.initScheme = try parseInit(i) }
        if let l = get("loss") { config.loss = try parseLoss(l) }
        if let o = get("optimizer") { config.optimizer = try parseOptimizer(o, default: config.optimizer) }
        if let b = get("batch_size") {
            if case .scalar(let s) = b, s.string == "full" {
                config.batchSize = .full
            } else {
                guard case .scalar(let s) = b, let n = Int(s.string) else {
                    throw ConfigError(
                        "batch_size must be full or a whole number of samples, got \(b.kindName)", line: b.line)
                }
                guard n >= 1 else { throw ConfigError("batch_size must be full or at least 1, got \(n)", line: b.line) }
                config.batchSize = .samples(n)
            }
        }
        if let s = get("scheduler") { config.schedule = try parseScheduler(s) }
        if let r = get("regularization") {
            for (k, v) in try pairs(r, "regularization", allowed: ["l1", "l2"]) {
                if k == "l1" {
                    config.l1 = try nonNegative(v, "regularization.l1")
                } else {
                    config.l2 = try nonNegative(v, "regularization.l2")
                }
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
            if case .scalar(let s) = f, s.string.isEmpty || s.string == "null" || s.string == "~" {
                config.initFrom = nil
            } else {
                config.initFrom = try inputPath(
                    f, "init_from", maxBytes: Limits.maxCheckpointBytes, hint: Limits.checkpointHint,
                    kind: "a safetensors file")
            }
        }
        if let c = get("checkpoint") { config.checkpoint = try bool(c, "checkpoint") }
        if let e = get("ema") { config.emaDecay = try parseEMA(e) }
        config.writtenPaths = writtenPaths(config, data: dataNode, initFrom: get("init_from"))
        try checkCompatibility(config, root: root, get: get)
        config.maxInputBytes = maxInputBytes
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
            throw ConfigError(
                "loss \(c.loss.name) needs a regression target, but the data is classification; use cross_entropy (or bce for two classes)",
                line: line)
        }
        if !classification && c.loss.isClassification {
            throw ConfigError(
                "loss \(c.loss.name) needs class labels, but the data is regression; use mse, mae, huber or smooth_l1",
                line: line)
        }
        if c.schedule.cyclesMomentum, !c.optimizer.hasCycledMomentum {
            throw ConfigError(
                "scheduler \(c.schedule.name): cycle_momentum needs an optimizer with momentum or betas, and \(c.optimizer.name) has neither; set cycle_momentum: false",
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
            throw ConfigError(
                sources.isEmpty
                    ? "data needs one of builtin, csv or synthetic"
                    : "data takes one of builtin, csv or synthetic, not \(sources.joined(separator: " and "))",
                line: node.line)
        }
        var source: DataSource
        if let b = get("builtin") {
            source = .builtin(
                try oneOf(b, "builtin data set", BuiltinData.names) { BuiltinData.names.contains($0) ? $0 : nil })
        } else if let c = get("csv") {
            guard let t = get("target") else {
                throw ConfigError("data.csv needs target: the name of the target column", line: c.line)
            }
            let task: TaskKind =
                try get("task").map {
                    try oneOf($0, "task", TaskKind.allCases.map(\.rawValue)) { TaskKind(rawValue: $0) }
                } ?? .classification
            source = .csv(path: try csvPath(c, "data.csv"), target: try string(t, "data.target"), task: task)
        } else {
            let s = get("synthetic")!
            let name = try oneOf(s, "synthetic data set", Synthetic.names) { Synthetic.names.contains($0) ? $0 : nil }
            let samples = try get("samples").map { try positiveInt($0, "data.samples") } ?? 500
            let noise = try get("noise").map { try nonNegative($0, "data.noise") } ?? 0.1
            let classes =
                try get("classes").map { try positiveInt($0, "data.classes") }
                ?? (name == "spirals" || name == "blobs" ? 3 : 2)
            guard classes >= 2 || name == "sine" else {
                throw ConfigError("data.classes must be at least 2", line: get("classes")?.line)
            }
            guard samples <= Limits.maxSyntheticSamples else {
                throw ConfigError(
                    "data.samples must be at most \(Limits.maxSyntheticSamples), got \(samples)",
                    line: get("samples")?.line)
            }
            guard classes <= Limits.maxSyntheticClasses else {
                throw ConfigError(
                    "data.classes must be at most \(Limits.maxSyntheticClasses), got \(classes)",
                    line: get("classes")?.line)
            }
            source = .synthetic(name: name, samples: samples, noise: noise, classes: classes)
        }
        if get("builtin") != nil || get("synthetic") != nil {
            for k in ["target", "task"] where get(k) != nil {
                throw ConfigError(
                    "data.\(k) goes with csv only (builtin and synthetic data sets know their target)",
                    line: get(k)?.line)
            }
        }
        if get("csv") == nil, let t = get("test_csv") {
            throw ConfigError("data.test_csv goes with csv only", line: t.line)
        }
        var d = DataConfig(source: source)
        if let t = get("test_csv") { d.testCSV = try csvPath(t, "data.test_csv") }
        if let f = get("test_fraction") {
            d.testFraction = try double(f, "data.test_fraction")
            guard d.testFraction >= 0 && d.testFraction < 1 else {
                throw ConfigError("data.test_fraction must be in [0, 1), got \(d.testFraction)", line: f.line)
            }
        }
        if let t = get("test_every") {
            guard get("test_csv") == nil else {
                throw ConfigError("data.test_every and data.test_csv cannot be used together", line: t.line)
            }
            let n = try int(t, "data.test_every")
            guard n >= 2 else { throw ConfigError("data.test_every must be at least 2, got \(n)", line: t.line) }
            d.testEvery = n
        }
        if get("csv") == nil, let v = get("validation_csv") {
            throw ConfigError("data.validation_csv goes with csv only", line: v.line)
        }
        if let v = get("validation_csv") {
            if let f = get("validation_fraction") {
                throw ConfigError(
                    "data.validation_fraction and data.validation_csv cannot be used together", line: f.line)
            }
            d.validationCSV = try csvPath(v, "data.validation_csv")
        }
        if let f = get("validation_fraction") {
            d.validationFraction = try double(f, "data.validation_fraction")
            guard d.validationFraction >= 0 && d.validationFraction < 1 else {
                throw ConfigError(
                    "data.validation_fraction must be in [0, 1), got \(d.validationFraction)", line: f.line)
            }
            // The test part's share of the samples: none from csv with test_csv, 1/N with test_every.
            let test = d.testCSV != nil ? 0 : d.testEvery.map { 1 / Double($0) } ?? d.testFraction
            guard d.validationFraction + test < 1 else {
                throw ConfigError(
                    "data.validation_fraction + the test part's fraction (\(test)) must be less than 1, got \(d.validationFraction + test); nothing would be left to train on",
                    line: f.line)
            }
        }
        if let v = get("divide_by") {
            let x = try double(v, "data.divide_by")
            // The features are divided in float32: a divisor that is not a normal positive
            // float32 (0, negative, subnormal such as 1e-320, or beyond 3.4e38) gives zeros or infinities.
            guard x > 0, Float(x).isNormal, Float(x).isFinite else {
                throw ConfigError(
                    "data.divide_by must be a positive number from \(Float.leastNormalMagnitude) to \(Float.greatestFiniteMagnitude) (a normal float32), got \(x)",
                    line: v.line)
            }
            d.divideBy = x
        }
        if let s = get("scale") {
            d.scale = try oneOf(s, "scale", Scaling.allCases.map(\.rawValue)) { Scaling(rawValue: $0) }
        }
        if let s = get("split_seed") {
            d.splitSeed = try int(s, "data.split_seed")
            guard d.splitSeed >= 0 else { throw ConfigError("data.split_seed must be >= 0", line: s.line) }
        }
        if let o = get("outliers") {
            d.outliers = try double(o, "data.outliers")
            guard d.outliers >= 0 && d.outliers < 1 else {
                throw ConfigError("data.outliers must be in [0, 1), got \(d.outliers)", line: o.line)
            }
        }
        if let s = get("target_scale") {
            d.targetScale = try oneOf(s, "target_scale", ["standard", "none"]) {
                $0 == "standard" ? .standard : ($0 == "none" ? Scaling.none : nil)
            }
        }
        return d
    }

    // MARK: Declared concepts (activations, initializers, losses)

    /// A concept written as a plain name or as a map `{name: NAME, option: value, ...}`: the
    /// name, its node and the option nodes.
    func nameAndOptions(_ node: Node, _ what: String, example: String, names: [String]) throws -> (
        String, Node, [(String, Node)]
    ) {
        if case .scalar = node { return (try string(node, what), node, []) }
        guard case .mapping(let m) = node else {
            throw ConfigError(
                "\(what) must be a name or a map such as \(example), got \(node.kindName)", line: node.line)
        }
        var seen = Set<String>()
        var name: (String, Node)?
        var options: [(String, Node)] = []
        for (k, v) in m {
            guard let key = k.scalar?.string else {
                throw ConfigError("\(what) has a key that is not a name", line: k.line)
            }
            guard seen.insert(key).inserted else { throw ConfigError("\(what) has '\(key)' twice", line: k.line) }
            if key == "name" { name = (try string(v, "\(what).name"), v) } else { options.append((key, v)) }
        }
        guard let (n, nameNode) = name else {
            throw ConfigError("\(what) needs name: one of \(names.joined(separator: ", "))", line: node.line)
        }
        return (n, nameNode, options)
    }

    /// Builds a concept of `F` from its name and option nodes, checking each option against the
    /// concept's declaration: known keys, values of the declared kind and range, required
    /// options given, and the declaration's own check.
    func concept<F: ConceptFamily>(
        _: F.Type, _ name: String, _ nameNode: Node, _ options: [(String, Node)], what: String,
        alsoValid: [String] = []
    ) throws -> F {
        guard let declaration = F.declaration(name) else {
            throw ConfigError(unknownName(F.familyName, name, allowed: F.names + alsoValid), line: nameNode.line)
        }
        let given = try optionValues(declaration, options, family: F.familyName, what: what)
        do {
            return try declaration.make(given)
        } catch {
            throw ConfigError(
                error.acrossOptions ? "\(what): \(error.message)" : "\(what).\(error.message)",
                line: error.key.flatMap { k in options.first { $0.0 == k }?.1.line } ?? nameNode.line)
        }
    }

    /// The options given for one concept of any family, by key: each key one its declaration
    /// has, each value of the declared kind and within its range. The one reader of options.
    func optionValues<P>(_ declaration: Declaration<P>, _ options: [(String, Node)], family: String, what: String)
        throws -> [String: OptionValue]
    {
        var given: [String: OptionValue] = [:]
        for (key, node) in options {
            guard let option = declaration.option(key) else {
                var message = "\(family) \(declaration.name) has no option '\(quoted(key))'"
                if let n = nearest(key, in: declaration.keys) { message += " (did you mean '\(n)'?)" }
                message +=
                    declaration.keys.isEmpty
                    ? "; it takes none" : "; it takes \(declaration.keys.joined(separator: ", "))"
                throw ConfigError(message, line: node.line)
            }
            given[key] = try optionValue(node, option, "\(what).\(key)")
        }
        return given
    }

    /// One option's value, of the kind its declaration gives and within its range; `what` is its
    /// dotted path in the run file.
    func optionValue(_ node: Node, _ option: DeclaredOption, _ what: String) throws -> OptionValue {
        func number(_ n: Node, _ what: String, _ range: NumberRange) throws -> Double {
            let v = try double(n, what)
            if let m = range.violation(v) { throw ConfigError("\(what) \(m)", line: n.line) }
            return v
        }
        func float(_ n: Node, _ what: String, _ range: NumberRange) throws -> Float {
            let v = try number(n, what, range)
            guard Float(v).isFinite else {
                throw ConfigError("\(what) is too large for float32, got \(v)", line: n.line)
            }
            return Float(v)
        }
        switch option.kind {
        case .int: return .int(try int(node, what))
        case .double(let range): return .double(try number(node, what, range))
        case .float(let range): return .float(try float(node, what, range))
        case .bool: return .bool(try bool(node, what))
        case .choice(let names): return .name(try oneOf(node, what, names) { names.contains($0) ? $0 : nil })
        case .pair:
            guard case .sequence(let s) = node, s.count == 2 else {
                throw ConfigError(
                    "\(what) must be a list of two numbers, such as \(option.defaultValue?.shown ?? "[0, 1]")",
                    line: node.line)
            }
            let v = OptionValue.pair(try double(s[0], "\(what)[0]"), try double(s[1], "\(what)[1]"))
            if let m = option.violation(v) { throw ConfigError("\(what) \(m)", line: node.line) }
            return v
        case .ints: return .ints(try intList(node, what))
        case .floats(let range):
            guard case .sequence(let seq) = node, !seq.isEmpty else {
                throw ConfigError(
                    "\(what) must be a list of numbers, such as [1.0, 2.0], got \(node.kindName)", line: node.line)
            }
            return .floats(try seq.map { try float($0, "each entry of \(what)", range) })
        case .gain:
            if case .scalar(let s) = node, Double(s.string.trimmingCharacters(in: .whitespaces)) == nil {
                guard let v = Initializer.gain(nonlinearity: s.string) else {
                    throw ConfigError(
                        unknownName("nonlinearity for gain", s.string, allowed: Initializer.nonlinearities),
                        line: node.line)
                }
                return .double(v)
            }
            return .double(try double(node, what))
        case .entries:
            guard case .sequence(let seq) = node else {
                throw ConfigError("\(what) must be \(option.kind.description), got \(node.kindName)", line: node.line)
            }
            return .entries(
                try seq.enumerated().map { i, n in
                    let s = try parseScheduler(n, within: "\(what)[\(i)]")
                    return OptionEntry(name: s.name, values: s.options.values)
                })
        }
    }

    /// `model.activation: NAME` or `{name: NAME, option: value, ...}`.
    func parseActivation(_ node: Node) throws -> ActivationKind {
        let (name, nameNode, options) = try nameAndOptions(
            node, "model.activation", example: "{name: elu, alpha: 0.5}", names: ActivationKind.names)
        return try concept(ActivationKind.self, name, nameNode, options, what: "model.activation")
    }

    // MARK: Layer lists

    /// The modules a layer list may name besides the activations.
    static let moduleNames = ["linear", "batch_norm", "dropout", "softmax", "log_softmax"]

    /// `model.layers`: a list of modules, each a name (`sigmoid`, `softmax`) or a map with one
    /// module key (`{linear: 3, name: linear1, init: {...}, bias: false}`, `{dropout: 0.2}`,
    /// `{batch_norm: {}}`, `{leaky_relu: {negative_slope: 0.2}}`). Errors name the index.
    func parseLayers(_ node: Node) throws -> [ModuleSpec] {
        guard case .sequence(let seq) = node else {
            throw ConfigError(
                "model.layers must be a list of modules, such as [{linear: 8}, relu, {linear: 3}], got \(node.kindName)",
                line: node.line)
        }
        guard !seq.isEmpty else {
            throw ConfigError(
                "model.layers must not be empty; list the modules, such as [{linear: 8}, relu, {linear: 3}]",
                line: node.line)
        }
        guard seq.count <= 4 * Limits.maxLayers else {
            throw ConfigError(
                "model.layers has \(seq.count) modules, more than the limit of \(4 * Limits.maxLayers)", line: node.line
            )
        }
        var out: [ModuleSpec] = []
        for (i, entry) in seq.enumerated() {
            let what = "model.layers[\(i)]"
            do {
                out.append(try parseModule(entry, what))
            } catch var e as ConfigError {
                if !e.message.hasPrefix(what) { e.message = "\(what): " + e.message }
                throw e
            }
            if let n = out[i].name,
                let j = out[..<i].firstIndex(where: { ($0.name ?? "") == n })
                    ?? (Int(n).flatMap { $0 < i && out[$0].name == nil ? $0 : nil })
            {
                throw ConfigError(
                    "\(what): the name '\(quoted(n))' is already the name of model.layers[\(j)]; names must be unique",
                    line: entry.line)
            }
        }
        guard out.contains(where: { if case .linear = $0.kind { true } else { false } }) else {
            throw ConfigError("model.layers needs at least one linear module, such as {linear: 3}", line: node.line)
        }
        for (i, m) in out.enumerated() {
            if let n = m.name, let k = Int(n), k > i, k < out.count, out[k].name == nil {
                throw ConfigError(
                    "model.layers[\(i)]: the name '\(n)' is the index of model.layers[\(k)], which keeps it as its name; choose another",
                    line: seq[i].line)
            }
        }
        return out
    }

    func parseModule(_ node: Node, _ what: String) throws -> ModuleSpec {
        let valid = Self.moduleNames + ActivationKind.names
        if case .scalar = node {
            let name = try string(node, what)
            switch name {
            case "linear": throw ConfigError("linear needs its width, such as {linear: 3}", line: node.line)
            case "softmax": return ModuleSpec(.softmax)
            case "log_softmax": return ModuleSpec(.logSoftmax)
            case "batch_norm": return ModuleSpec(.batchNorm)
            case "dropout": return ModuleSpec(.dropout(0.5))
            default:
                guard ActivationKind.declaration(name) != nil else {
                    throw ConfigError(unknownName("module", name, allowed: valid), line: node.line)
                }
                return ModuleSpec(.activation(try concept(ActivationKind.self, name, node, [], what: what)))
            }
        }
        guard case .mapping(let m) = node else {
            throw ConfigError(
                "a module must be a name or a map such as {linear: 3}, got \(node.kindName)", line: node.line)
        }
        var moduleKey: (String, Node)?
        var extras: [(String, Node)] = []
        var seen = Set<String>()
        for (k, v) in m {
            guard let key = k.scalar?.string else {
                throw ConfigError("a module has a key that is not a name", line: k.line)
            }
            guard seen.insert(key).inserted else { throw ConfigError("the module has '\(key)' twice", line: k.line) }
            if ["name", "init", "bias"].contains(key) {
                extras.append((key, v))
                continue
            }
            guard valid.contains(key) else {
                throw ConfigError(unknownName("module", key, allowed: valid + ["name", "init", "bias"]), line: k.line)
            }
            if let (first, _) = moduleKey {
                throw ConfigError(
                    "a module has one kind, but this one has both \(first) and \(key); give each its own entry",
                    line: k.line)
            }
            moduleKey = (key, v)
        }
        guard let (key, value) = moduleKey else {
            throw ConfigError("the module needs a kind: one of \(valid.joined(separator: ", "))", line: node.line)
        }
        var name: String?
        var bias = true
        var layerInit = LayerInit()
        for (k, v) in extras {
            switch k {
            case "name":
                let n = try string(v, "name")
                guard !n.contains("."), !n.contains(" "), !n.contains(";") else {
                    throw ConfigError(
                        "name '\(quoted(n))' must not contain '.', ';' or spaces (it names state_dict entries such as \(n).weight)",
                        line: v.line)
                }
                name = n
            case "bias", "init":
                guard key == "linear" else {
                    throw ConfigError("\(k) goes with linear modules only, not with \(key)", line: v.line)
                }
                if k == "bias" { bias = try self.bool(v, "bias") } else { layerInit = try parseLayerInit(v) }
            default: break
            }
        }
        func noOptions() throws {
            if case .mapping(let o) = value, o.isEmpty { return }
            if case .scalar(let s) = value, ["", "~", "null"].contains(s.string) { return }
            throw ConfigError("\(key) takes no options; write it as \(key) or {\(key): {}}", line: value.line)
        }
        let kind: ModuleKind
        switch key {
        case "linear":
            let w = try int(value, "linear")
            guard w >= 1 else { throw ConfigError("linear width must be at least 1, got \(w)", line: value.line) }
            kind = .linear(width: w, bias: bias, init: layerInit)
        case "dropout":
            let p = try double(value, "dropout")
            guard p >= 0 && p < 1 else { throw ConfigError("dropout must be in [0, 1), got \(p)", line: value.line) }
            kind = .dropout(p)
        case "batch_norm":
            try noOptions()
            kind = .batchNorm
        case "softmax":
            try noOptions()
            kind = .softmax
        case "log_softmax":
            try noOptions()
            kind = .logSoftmax
        default:
            var options: [(String, Node)] = []
            if case .mapping = value {
                options = try pairs(value, key, allowed: ActivationKind.declaration(key)!.keys)
            } else {
                try noOptions()
            }
            kind = .activation(try concept(ActivationKind.self, key, value, options, what: key))
        }
        return ModuleSpec(kind, name: name)
    }

    /// A layer's `init:`, written as the run's `init:`; only the parts given override the run's.
    func parseLayerInit(_ node: Node) throws -> LayerInit {
        let scheme = try parseInit(node)
        guard case .mapping(let m) = node else { return LayerInit(weight: scheme.weight, bias: scheme.bias) }
        let keys = Set(m.compactMap { $0.key.scalar?.string })
        return LayerInit(
            weight: keys.contains("weight") ? scheme.weight : nil, bias: keys.contains("bias") ? scheme.bias : nil)
    }

    /// An initializer name with its options (`zero` is taken for `zeros`).
    func parseInitializer(_ name: String, _ node: Node, params: [(String, Node)], what: String) throws -> Initializer {
        try concept(
            Initializer.self, name == "zero" ? "zeros" : name, node, params, what: what,
            alsoValid: InitScheme.shortNames.filter { $0 != "default" })
    }

    /// `init: he` (a short name: zero, normal, xavier, he, default, or an initializer name for the
    /// weights with zero biases) or `init: {weight: NAME | {name: NAME, ...}, bias: NAME | {...}, ...weight parameters}`.
    func parseInit(_ node: Node) throws -> InitScheme {
        if case .scalar(let s) = node {
            if let scheme = InitScheme.short(s.string) { return scheme }
            return InitScheme(weight: try parseInitializer(s.string, node, params: [], what: "init"), bias: .zeros)
        }
        let p = try pairs(node, "init", allowed: Self.initKeys)
        func spec(_ n: Node, _ what: String, extra: [(String, Node)]) throws -> Initializer {
            if case .mapping = n {
                let (name, nameNode, options) = try nameAndOptions(
                    n, "init.\(what)", example: "{name: orthogonal, gain: 1.0}", names: Initializer.names)
                return try parseInitializer(name, nameNode, params: options, what: "init.\(what)")
            }
            let name = try string(n, "init.\(what)")
            if Initializer.declaration(name == "zero" ? "zeros" : name) == nil, InitScheme.short(name) != nil {
                throw ConfigError(
                    "init.\(what): '\(name)' names a whole scheme, written init: \(name); inside init: {\(what): ...} name an initializer: \(Initializer.names.joined(separator: ", "))",
                    line: n.line)
            }
            return try parseInitializer(name, n, params: extra, what: "init")
        }
        let weightParams = p.filter { $0.0 != "weight" && $0.0 != "bias" }
        let weight =
            try p.first(where: { $0.0 == "weight" }).map { try spec($0.1, "weight", extra: weightParams) }
            ?? .pytorchDefault
        if p.first(where: { $0.0 == "weight" }) == nil, let (k, v) = weightParams.first {
            throw ConfigError("init.\(k) needs init.weight to say which initializer it belongs to", line: v.line)
        }
        let bias = try p.first(where: { $0.0 == "bias" }).map { try spec($0.1, "bias", extra: []) } ?? .zeros
        if bias.needsFans {
            throw ConfigError(
                "\(bias.name) cannot initialize a bias (it needs a 2-D weight); use zeros, constant, uniform, normal, trunc_normal or default",
                line: p.first(where: { $0.0 == "bias" })?.1.line)
        }
        return InitScheme(weight: weight, bias: bias)
    }

    /// `ema: {decay: D}` with 0 < D < 1.
    func parseEMA(_ node: Node) throws -> Double {
        guard case .mapping = node else {
            throw ConfigError("ema must be a map such as {decay: 0.999}, got \(node.kindName)", line: node.line)
        }
        guard let (_, v) = try pairs(node, "ema", allowed: ["decay"]).first else {
            throw ConfigError("ema needs decay: a number in (0, 1), such as {decay: 0.999}", line: node.line)
        }
        let d = try double(v, "ema.decay")
        guard d > 0 && d < 1 else { throw ConfigError("ema.decay must be in (0, 1), got \(d)", line: v.line) }
        return d
    }

    func parseLoss(_ node: Node) throws -> Loss {
        let (name, nameNode, options) = try nameAndOptions(
            node, "loss", example: "{name: huber, delta: 0.5}", names: Loss.names)
        return try concept(Loss.self, name, nameNode, options, what: "loss")
    }

    /// `optimizer: NAME` or `optimizer: {name: NAME, OPTION: VALUE, ...}` with the options of that
    /// optimizer's declaration. Without a name the options apply to `base` (the run's default optimizer).
    func parseOptimizer(_ node: Node, default base: OptimizerSpec) throws -> OptimizerSpec {
        let declarationNamed = { (name: String, line: Int?) throws -> Declaration<OptimizerBuilder> in
            guard let declaration = OptimizerSpec.declaration(named: name) else {
                throw ConfigError(unknownName("optimizer", name, allowed: OptimizerSpec.names), line: line)
            }
            return declaration
        }
        if case .scalar = node { return OptimizerSpec(try declarationNamed(try string(node, "optimizer"), node.line)) }
        guard case .mapping(let m) = node else {
            throw ConfigError(
                "optimizer must be a name or a map such as {name: adam, lr: 0.001}, got \(node.kindName)",
                line: node.line)
        }
        var settings: [String: OptionValue] = [:]
        let declaration: Declaration<OptimizerBuilder>
        if let n = m.first(where: { $0.key.scalar?.string == "name" })?.value {
            declaration = try declarationNamed(try string(n, "optimizer.name"), n.line)
        } else {
            declaration = base.declaration
            settings = base.values.values
        }
        let params = try pairs(node, "optimizer \(declaration.name)", allowed: ["name"] + declaration.keys).filter {
            $0.0 != "name"
        }
        settings.merge(try optionValues(declaration, params, family: "optimizer", what: "optimizer")) { $1 }
        let spec = OptimizerSpec(declaration, settings)
        if let issue = spec.issue() {
            let line = params.first(where: { $0.0 == issue.key })?.1.line ?? node.line
            throw ConfigError(
                issue.acrossOptions ? "optimizer \(declaration.name): \(issue.message)" : "optimizer.\(issue.message)",
                line: line)
        }
        return spec
    }

    /// `scheduler: NAME` or `scheduler: {name: NAME, interval: epoch | step, ...options}`, read
    /// from the schedulers' declarations (`Schedulers.all`). `within` names a scheduler inside
    /// another (sequential's list), which takes no interval of its own.
    func parseScheduler(_ node: Node, within: String? = nil) throws -> Schedule {
        let what = within ?? "scheduler"
        var name: String
        var nameNode = node
        if case .scalar = node {
            name = try string(node, what)
        } else {
            guard case .mapping(let m) = node else {
                throw ConfigError(
                    "\(what) must be a name or a map such as {name: step, step_size: 3}, got \(node.kindName)",
                    line: node.line)
            }
            guard let n = m.first(where: { $0.key.scalar?.string == "name" })?.value else {
                throw ConfigError(
                    "\(what) needs name: one of \(Schedule.names.joined(separator: ", "))", line: node.line)
            }
            name = try string(n, "\(what).name")
            nameNode = n
        }
        guard let kind = Schedulers.kind(named: name) else {
            throw ConfigError(unknownName("scheduler", name, allowed: Schedule.names), line: nameNode.line)
        }
        var params: [(String, Node)] = []
        if case .mapping = node {
            let keys = ["name"] + (within == nil ? ["interval"] : []) + kind.options.map(\.key)
            params = try pairs(node, "scheduler \(name)", allowed: keys).filter { $0.0 != "name" }
        }
        let get = { (k: String) in params.first(where: { $0.0 == k })?.1 }
        for option in kind.options where option.isRequired && get(option.key) == nil {
            throw ConfigError("scheduler \(name) needs \(option.key): \(option.kind.description)", line: node.line)
        }
        let values = try optionValues(
            kind.declaration, params.filter { $0.0 != "interval" }, family: "scheduler", what: what)
        let interval = try get("interval").map {
            try oneOf($0, "interval", ScheduleInterval.allCases.map(\.rawValue)) { ScheduleInterval(rawValue: $0) }
        }
        let schedule = Schedule(name: name, values: values, interval: interval)
        do { try schedule.check() } catch {
            throw ConfigError(error.message, line: error.key.flatMap(get)?.line ?? node.line)
        }
        return schedule
    }
}
