/// The options a configurable concept (an activation, an initializer, a loss) takes, declared
/// once: its run-file name, PyTorch's name for it, and for each option its key, kind and
/// PyTorch's default. Run-file parsing, validation messages and the canonical settings text are
/// all derived from these declarations.

/// One option's value, typed as the engine uses it.
public enum ConceptValue: Equatable, Sendable, CustomStringConvertible {
    /// A number used in float64 (initializers).
    case double(Double)
    /// A number used in float32 (activations, losses).
    case float(Float)
    /// A name from a fixed set.
    case name(String)
    /// A list of float32 numbers (per-class weights).
    case floats([Float])
    /// An optional option that was not given (PyTorch's `None`).
    case absent

    public var description: String {
        switch self {
        case .double(let v): "\(v)"
        case .float(let v): "\(v)"
        case .name(let s): s
        case .floats(let v): "[" + v.map { "\($0)" }.joined(separator: ",") + "]"
        case .absent: "None"
        }
    }
}

/// What values an option accepts.
public enum ConceptOptionKind: Sendable, Equatable {
    /// A float64 number within a range.
    case double(NumberRange)
    /// A float32 number within a range.
    case float(NumberRange)
    /// One of the given names.
    case choice([String])
    /// A float64 number, or the name of a nonlinearity standing for its `calculate_gain`.
    case gain
    /// A non-empty list of float32 numbers, each within a range.
    case floats(NumberRange)
}

/// The numbers an option accepts: any finite number, or bounded below and/or above.
public struct NumberRange: Sendable, Equatable {
    public var lower: Double?
    public var lowerInclusive = true
    public var upper: Double?
    public var upperInclusive = true

    public static let any = NumberRange()
    public static let positive = NumberRange(lower: 0, lowerInclusive: false)
    public static let nonNegative = NumberRange(lower: 0)
    public static let unit = NumberRange(lower: 0, upper: 1)

    public func contains(_ v: Double) -> Bool {
        if let l = lower, lowerInclusive ? v < l : v <= l { return false }
        if let u = upper, upperInclusive ? v > u : v >= u { return false }
        return true
    }

    /// "must be > 0", "must be in [0, 1]"; nil for any number.
    public var requirement: String? {
        switch (lower, upper) {
        case (nil, nil): nil
        case (let l?, nil): "must be \(lowerInclusive ? ">=" : ">") \(Self.text(l))"
        case (nil, let u?): "must be \(upperInclusive ? "<=" : "<") \(Self.text(u))"
        case (let l?, let u?):
            "must be in \(lowerInclusive ? "[" : "(")\(Self.text(l)), \(Self.text(u))\(upperInclusive ? "]" : ")")"
        }
    }

    static func text(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? "\(Int(v))" : "\(v)" }
}

/// One option: its key (as PyTorch spells the keyword argument), its kind and its default
/// (nil: the option must be given; `.absent`: optional, PyTorch's `None`).
public struct OptionSpec: Sendable {
    public let key: String
    public let kind: ConceptOptionKind
    public let defaultValue: ConceptValue?

    public init(_ key: String, _ kind: ConceptOptionKind, default defaultValue: ConceptValue?) {
        self.key = key
        self.kind = kind
        self.defaultValue = defaultValue
    }

    public var isRequired: Bool { defaultValue == nil }
}

/// How a family writes its canonical text (part of the settings that cell ids hash).
public enum CanonicalStyle: Sendable {
    /// `name(v1,v2,...)` with every option that has a default, in declaration order; optional
    /// options as `key=value` when given; the bare name when there is nothing to write.
    case positional
    /// The bare name when every option has its default, otherwise `name(v1,v2,...)` with all.
    case bareWhenDefault
}

/// The resolved options of one concept, by key.
public struct ConceptOptions: Sendable, Equatable {
    public var values: [String: ConceptValue]

    public init(_ values: [String: ConceptValue] = [:]) { self.values = values }

    public subscript(key: String) -> ConceptValue { values[key] ?? .absent }

    public func double(_ key: String) -> Double {
        switch self[key] {
        case .double(let v): v
        case .float(let v): Double(v)
        default: preconditionFailure("option \(key) is not a number")
        }
    }

    public func float(_ key: String) -> Float {
        switch self[key] {
        case .float(let v): v
        case .double(let v): Float(v)
        default: preconditionFailure("option \(key) is not a number")
        }
    }

    public func name(_ key: String) -> String {
        guard case .name(let s) = self[key] else { preconditionFailure("option \(key) is not a name") }
        return s
    }

    public func floats(_ key: String) -> [Float]? {
        if case .floats(let v) = self[key] { return v }
        return nil
    }
}

/// A mistake in a concept's options that its declaration finds: which option (nil for the
/// concept as a whole) and what is wrong.
public struct OptionError: Error, Equatable, Sendable {
    public let key: String?
    public let message: String

    public init(key: String?, _ message: String) {
        self.key = key
        self.message = message
    }
}

/// One concept: its run-file name, PyTorch's name, its options, a check across options, and how
/// to build the engine value.
public struct ConceptSchema<Value: Sendable>: Sendable {
    public let name: String
    public let torchName: String
    public let options: [OptionSpec]
    let check: @Sendable (ConceptOptions) -> OptionError?
    let build: @Sendable (ConceptOptions) -> Value

    public init(
        _ name: String, torch torchName: String, _ options: [OptionSpec] = [],
        check: @escaping @Sendable (ConceptOptions) -> OptionError? = { _ in nil },
        build: @escaping @Sendable (ConceptOptions) -> Value
    ) {
        self.name = name
        self.torchName = torchName
        self.options = options
        self.check = check
        self.build = build
    }

    public var keys: [String] { options.map(\.key) }

    /// The value from options already parsed and range-checked (missing ones take defaults).
    public func make(_ given: [String: ConceptValue]) throws(OptionError) -> Value {
        var all: [String: ConceptValue] = [:]
        for o in options {
            if let v = given[o.key] {
                all[o.key] = v
            } else if let d = o.defaultValue {
                all[o.key] = d
            } else {
                throw OptionError(key: nil, "\(name) needs \(o.key)")
            }
        }
        let resolved = ConceptOptions(all)
        if let e = check(resolved) { throw e }
        return build(resolved)
    }

    /// The value with every option at its default (nil when an option is required).
    public var defaultValue: Value? { try? make([:]) }

    /// The canonical text of this concept with the given option values (in declaration order).
    public func canonical(_ values: [ConceptValue], style: CanonicalStyle) -> String {
        precondition(values.count == options.count, "\(name): \(values.count) values for \(options.count) options")
        var parts: [String] = []
        switch style {
        case .positional:
            for (o, v) in zip(options, values) {
                if o.defaultValue == .absent {
                    if v != .absent { parts.append("\(o.key)=\(v)") }
                } else {
                    parts.append("\(v)")
                }
            }
        case .bareWhenDefault:
            if zip(options, values).contains(where: { $0.defaultValue != $1 }) { parts = values.map(\.description) }
        }
        return parts.isEmpty ? name : "\(name)(\(parts.joined(separator: ",")))"
    }
}

/// A family of concepts (all activations, all initializers, all losses).
public protocol ConceptFamily: Sendable, Equatable {
    /// What the family is called in messages ("activation", "initializer", "loss").
    static var familyName: String { get }
    static var schemas: [ConceptSchema<Self>] { get }
    static var canonicalStyle: CanonicalStyle { get }
    /// The run-file name and the option values, in the order its schema declares them.
    var settings: (name: String, values: [ConceptValue]) { get }
}

extension ConceptFamily {
    public static var names: [String] { schemas.map(\.name) }

    public static func schema(_ name: String) -> ConceptSchema<Self>? { schemas.first { $0.name == name } }

    public var name: String { settings.name }

    public var schema: ConceptSchema<Self> {
        guard let s = Self.schema(settings.name) else { preconditionFailure("\(settings.name) has no schema") }
        return s
    }

    /// The options by key.
    public var options: ConceptOptions {
        ConceptOptions(Dictionary(uniqueKeysWithValues: zip(schema.keys, settings.values)))
    }

    /// PyTorch's name for it.
    public var torchName: String { schema.torchName }

    /// The canonical settings text: cell ids hash it.
    public var canonical: String { schema.canonical(settings.values, style: Self.canonicalStyle) }
}
