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
        "tune", "measure", "margin", "figures"
    ]
    static let dataKeys = [
        "builtin", "csv", "synthetic", "test_csv", "target", "task", "test_fraction", "scale", "split_seed", "folds",
        "target_scale", "samples", "noise", "classes", "test_every", "divide_by", "outliers",
        "validation_fraction", "validation_csv"
    ]
    static let modelKeys = ["hidden", "activation", "dropout", "batch_norm", "layers"]
    /// The weight and bias, and every initializer option (given beside `weight:` for the weight).
    static let initKeys =
        ["weight", "bias"]
        + Initializer.declarations.flatMap(\.keys).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }

    // MARK: Node helpers

    /// The keys and values of a map, each key once and (unless `allowed` is nil) one of `allowed`.
    func pairs(_ node: Node, _ what: String, allowed: [String]?) throws -> [(String, Node)] {
        guard case .mapping(let m) = node else {
            throw ConfigError("\(what) must be a map, got \(node.kindName)", line: node.line)
        }
        var seen = Set<String>()
        var out: [(String, Node)] = []
        for (k, v) in m {
            guard let key = k.scalar?.string else {
                throw ConfigError("\(what) has a key that is not a name", line: k.line)
            }
            if let allowed, !allowed.contains(key) {
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
        if case .mapping(let m) = root, m.contains(where: { $0.key.scalar?.string == "program" }) {
            return try parseProgramRun(root)
        }
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
        if config.data.splitFromSeed { config.data.splitSeed = config.seed }
        if let k = config.data.folds {
            // Seed k r + f + 1 holds out fold f of repeat r: seeds 1 to k are one k-fold.
            guard config.seed >= 1 else {
                throw ConfigError(
                    "data.folds numbers the folds from seed 1 (seed k r + f + 1 holds out fold f of repeat r); seed 0 has no fold",
                    line: get("seed")?.line ?? dataNode.line)
            }
            config.data.fold = (config.seed - 1) % k
            config.data.foldRepeat = (config.seed - 1) / k
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
        if let m = get("measure") { try parseMeasure(m, into: &config) }
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

}
