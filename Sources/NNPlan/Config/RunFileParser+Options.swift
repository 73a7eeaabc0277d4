import Foundation
import NNData
import NNEngine
import Yams

/// Concepts with options, read through their declarations: activations, initializers, losses,
/// optimizers and schedulers (one reader of option values for every family).
extension RunFileParser {
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

    /// `measure: {layers: B, train_eval: B}`: the optional measurements, each off unless asked for.
    func parseMeasure(_ node: Node, into config: inout RunConfig) throws {
        guard case .mapping = node else {
            throw ConfigError(
                "measure must be a map such as {layers: true, train_eval: true}, got \(node.kindName)", line: node.line)
        }
        for (k, v) in try pairs(node, "measure", allowed: ["layers", "train_eval"]) {
            switch k {
            case "layers": config.measureLayers = try bool(v, "measure.layers")
            default: config.measureTrainEvaluation = try bool(v, "measure.train_eval")
            }
        }
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
