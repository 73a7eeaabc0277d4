/// What an optimizer's declaration builds: the optimizer bound to the parameters it updates.
public typealias OptimizerBuilder = @Sendable ([Parameter]) throws -> Optimizer

/// An optimizer and its settings, by PyTorch's names, before it is bound to parameters: the
/// optimizer's name and the value of each of its options (defaults filled in).
///
///     let spec = OptimizerSpec.adam(lr: 0.01, weightDecay: 1e-4)
///     let optimizer = try spec.make(parameters: network.parameters)
public struct OptimizerSpec: Equatable, Sendable, CustomStringConvertible {
    /// Every optimizer, one line each; its file declares the rest.
    public static let registry: [Declaration<OptimizerBuilder>] = [
        SGD.declaration,
        Adagrad.declaration,
        RMSprop.declaration,
        Adam.declaration,
        AdamW.declaration,
        Adadelta.declaration,
        Adamax.declaration,
        NAdam.declaration,
        RAdam.declaration,
        Rprop.declaration,
        ASGD.declaration
    ]

    /// The canonical text's form: every option in order, `maximize` (appended) only when set.
    public static let canonicalStyle = CanonicalStyle.positional

    public static var names: [String] { registry.map(\.name) }

    public static func declaration(named name: String) -> Declaration<OptimizerBuilder>? {
        registry.first { $0.name == name }
    }

    public let name: String
    /// Every option's value, by key.
    public let values: OptionValues

    /// `given` laid over the declaration's defaults. An unknown key or a value of the wrong kind
    /// is an error of the caller (the run-file parser checks them with line numbers first).
    public init(_ declaration: Declaration<OptimizerBuilder>, _ given: [String: OptionValue] = [:]) {
        name = declaration.name
        do { values = try declaration.resolve(given) } catch { preconditionFailure("\(name): \(error.message)") }
    }

    public var declaration: Declaration<OptimizerBuilder> {
        guard let d = Self.declaration(named: name) else { preconditionFailure("unregistered optimizer \(name)") }
        return d
    }

    public var lr: Double { values.double("lr") }

    /// The canonical text, `name(v1,v2,...)` in declaration order (a pair as two numbers), with
    /// options marked `appended` written as `,key=value` only when they differ from their default.
    public var description: String { declaration.canonical(values, style: Self.canonicalStyle) }

    /// The first value that breaks PyTorch's conditions, or nil.
    public func issue() -> OptionError? { declaration.issue(values) }

    /// Binds the optimizer to `parameters`, checking every setting.
    public func make(parameters: [Parameter]) throws -> Optimizer {
        if let issue = issue() { throw EngineError(issue.message) }
        return try declaration.build(values)(parameters)
    }

    /// Whether a momentum-cycling schedule has a momentum to move (its declaration says which option).
    public var hasCycledMomentum: Bool { declaration.cycledMomentum != nil }

    /// `given` laid over the defaults; nil values keep the default.
    static func make(_ declaration: Declaration<OptimizerBuilder>, _ given: [String: OptionValue?]) -> OptimizerSpec {
        OptimizerSpec(declaration, given.compactMapValues { $0 })
    }
}

extension Optional where Wrapped == Double {
    var option: OptionValue? { map(OptionValue.double) }
}

extension Optional where Wrapped == Bool {
    var option: OptionValue? { map(OptionValue.bool) }
}

func pairOption(_ a: Double?, _ b: Double?, default d: OptionValue) -> OptionValue? {
    guard a != nil || b != nil, case .pair(let da, let db) = d else { return nil }
    return .pair(a ?? da, b ?? db)
}
