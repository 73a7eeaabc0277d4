import Foundation
import NNData
import NNEngine
import Yams

/// `model.layers` (a layer list, module by module) and `init:`.
extension RunFileParser {
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
}
