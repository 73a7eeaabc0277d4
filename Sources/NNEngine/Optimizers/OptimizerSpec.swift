/// An optimizer and its settings, by PyTorch's names, before it is bound to parameters: the
/// optimizer's name and the value of each of its options, in its schema's order.
///
///     let spec = OptimizerSpec.adam(lr: 0.01, weightDecay: 1e-4)
///     let optimizer = try spec.make(parameters: network.parameters)
public struct OptimizerSpec: Equatable, Sendable, CustomStringConvertible {
    /// Every optimizer, one line each; its file declares the rest.
    public static let registry: [OptimizerSchema] = [
        SGD.schema,
        Adagrad.schema,
        RMSprop.schema,
        Adam.schema,
        AdamW.schema,
        Adadelta.schema,
        Adamax.schema,
        NAdam.schema,
        RAdam.schema,
        Rprop.schema,
        ASGD.schema
    ]

    public static var names: [String] { registry.map(\.name) }

    public static func schema(named name: String) -> OptimizerSchema? { registry.first { $0.name == name } }

    public let name: String
    /// One value per option of the schema, in its order.
    public let values: [OptionValue]

    init(name: String, values: [OptionValue]) {
        self.name = name
        self.values = values
    }

    public var schema: OptimizerSchema {
        guard let s = Self.schema(named: name) else { preconditionFailure("unregistered optimizer \(name)") }
        return s
    }

    public subscript(key: String) -> OptionValue {
        guard let i = schema.options.firstIndex(where: { $0.key == key }) else {
            preconditionFailure("\(name) has no option \(key)")
        }
        return values[i]
    }

    public func number(_ key: String) -> Double {
        guard case .number(let v) = self[key] else { preconditionFailure("\(name).\(key) is not a number") }
        return v
    }

    public func flag(_ key: String) -> Bool {
        guard case .flag(let v) = self[key] else { preconditionFailure("\(name).\(key) is not a flag") }
        return v
    }

    public func pair(_ key: String) -> (Double, Double) {
        guard case .pair(let a, let b) = self[key] else { preconditionFailure("\(name).\(key) is not a pair") }
        return (a, b)
    }

    public var lr: Double { number("lr") }

    /// The settings by name, for laying new values over them.
    public var settings: [String: OptionValue] {
        Dictionary(uniqueKeysWithValues: zip(schema.keys, values))
    }

    /// The canonical text, `name(v1,v2,...)` in schema order (a pair as two numbers), with options
    /// marked `appended` written as `,key=value` only when they differ from their default.
    public var description: String {
        var parts: [String] = []
        for (o, v) in zip(schema.options, values) {
            if !o.appended { parts.append(v.description) } else if v != o.defaultValue { parts.append("\(o.key)=\(v)") }
        }
        return "\(name)(\(parts.joined(separator: ",")))"
    }

    /// The first value that breaks PyTorch's conditions, or nil.
    public func issue() -> OptimizerIssue? {
        for (o, v) in zip(schema.options, values) where !o.check.accepts(v) {
            return OptimizerIssue(
                key: o.key, description: "\(o.key) must \(o.check.requirement), got \(v.shown)", acrossOptions: false)
        }
        if let (key, message) = schema.condition(self) {
            return OptimizerIssue(key: key, description: message, acrossOptions: true)
        }
        return nil
    }

    /// Binds the optimizer to `parameters`, checking every setting.
    public func make(parameters: [Parameter]) throws -> Optimizer {
        if let issue = issue() { throw EngineError(issue.description) }
        return try schema.build(self, parameters)
    }

    /// `given` laid over the defaults; nil values keep the default.
    static func make(_ schema: OptimizerSchema, _ given: [String: OptionValue?]) -> OptimizerSpec {
        schema.spec(given.compactMapValues { $0 })
    }
}

extension Optional where Wrapped == Double {
    var option: OptionValue? { map(OptionValue.number) }
}

extension Optional where Wrapped == Bool {
    var option: OptionValue? { map(OptionValue.flag) }
}

func pairOption(_ a: Double?, _ b: Double?, default d: OptionValue) -> OptionValue? {
    guard a != nil || b != nil, case .pair(let da, let db) = d else { return nil }
    return .pair(a ?? da, b ?? db)
}
