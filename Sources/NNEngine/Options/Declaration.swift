/// One concept, declared once: its run-file name, PyTorch's name, its options in PyTorch's
/// order with PyTorch's defaults, a check across options, and how to build the engine value
/// (`Product`) from resolved options. Every family declares its members this way: optimizers
/// (`OptimizerSpec.registry`), schedulers (`Schedulers.all`), initializers, losses and
/// activations (`ConceptFamily.declarations`).
///
///     static let declaration = Declaration<Loss>(
///         "huber", torch: "HuberLoss", [DeclaredOption("delta", .float(.positive), default: .float(1))]
///     ) { .huber(delta: $0.float("delta")) }
public struct Declaration<Product>: Sendable {
    public let name: String
    public let torchName: String
    public let options: [DeclaredOption]
    /// For an optimizer, the option a momentum-cycling schedule moves (`momentum`, or `betas`,
    /// whose first number is the momentum); nil when it has none.
    public let cycledMomentum: String?
    let check: @Sendable (OptionValues) -> OptionError?
    let builder: @Sendable (OptionValues) -> Product

    public init(
        _ name: String, torch torchName: String, cycledMomentum: String? = nil, _ options: [DeclaredOption] = [],
        check: @escaping @Sendable (OptionValues) -> OptionError? = { _ in nil },
        build: @escaping @Sendable (OptionValues) -> Product
    ) {
        self.name = name
        self.torchName = torchName
        self.options = options
        self.cycledMomentum = cycledMomentum
        self.check = check
        self.builder = build
    }

    public var keys: [String] { options.map(\.key) }

    public func option(_ key: String) -> DeclaredOption? { options.first { $0.key == key } }

    /// `given` laid over the defaults. A key the declaration does not have, a value of another
    /// kind or a missing required option is an error.
    public func resolve(_ given: [String: OptionValue]) throws(OptionError) -> OptionValues {
        if let extra = given.keys.sorted().first(where: { option($0) == nil }) {
            throw OptionError(key: extra, "\(name) takes no '\(extra)'", acrossOptions: false)
        }
        var all: [String: OptionValue] = [:]
        for o in options {
            if let v = given[o.key], v != .absent {
                guard o.kind.accepts(v) else {
                    throw OptionError(key: o.key, "\(o.key) must be \(o.kind.description)", acrossOptions: false)
                }
                all[o.key] = v
            } else if let d = o.defaultValue {
                if d != .absent { all[o.key] = d }
            } else {
                throw OptionError(key: nil, "\(name) needs \(o.key)")
            }
        }
        return OptionValues(all)
    }

    /// The first value outside its range ("eps must be >= 0, got -1.0"), then the check across
    /// options; nil when the values are valid.
    public func issue(_ values: OptionValues) -> OptionError? {
        for o in options {
            if let v = o.violation(values[o.key]) {
                return OptionError(key: o.key, "\(o.key) \(v)", acrossOptions: false)
            }
        }
        return check(values)
    }

    /// The value from `given` laid over the defaults, checked.
    public func make(_ given: [String: OptionValue] = [:]) throws(OptionError) -> Product {
        let values = try resolve(given)
        if let e = issue(values) { throw e }
        return builder(values)
    }

    /// The value from options already resolved and checked.
    public func build(_ values: OptionValues) -> Product { builder(values) }

    /// The value with every option at its default (nil when an option is required).
    public var defaultValue: Product? { try? make() }

    /// The canonical text of this concept with `values`, in declaration order: the part of the
    /// settings that cell ids hash, so its form never changes for a setting that exists.
    public func canonical(_ values: OptionValues, style: CanonicalStyle) -> String {
        var parts: [String] = []
        switch style {
        case .positional:
            for o in options {
                let v = values[o.key]
                if o.appended || o.defaultValue == .absent {
                    if v != (o.defaultValue ?? .absent) { parts.append("\(o.key)=\(v)") }
                } else {
                    parts.append(v.description)
                }
            }
        case .bareWhenDefault:
            if options.contains(where: { $0.defaultValue != values[$0.key] }) {
                parts = options.map { values[$0.key].description }
            }
        case .everyValue:
            parts = options.map { values[$0.key] == .absent ? "-" : values[$0.key].description }
        }
        return parts.isEmpty ? name : "\(name)(\(parts.joined(separator: ",")))"
    }
}

/// How a family writes its canonical text (part of the settings that cell ids hash).
public enum CanonicalStyle: Sendable {
    /// `name(v1,v2,...)` with every option that has a default or is required, in declaration
    /// order; optional and appended options as `key=value` when not at their default; the bare
    /// name when there is nothing to write (initializers, losses, optimizers).
    case positional
    /// The bare name when every option has its default, otherwise `name(v1,v2,...)` with all
    /// (activations).
    case bareWhenDefault
    /// The bare name when there are no options, otherwise every value with `-` for an absent
    /// one (schedulers).
    case everyValue
}

/// A family of concepts whose value is an engine enum (all activations, all initializers, all
/// losses): its declarations, and for a value its name and option values.
public protocol ConceptFamily: Sendable, Equatable {
    /// What the family is called in messages ("activation", "initializer", "loss").
    static var familyName: String { get }
    static var declarations: [Declaration<Self>] { get }
    static var canonicalStyle: CanonicalStyle { get }
    /// The run-file name and the option values, in the order its declaration gives them.
    var settings: (name: String, values: [OptionValue]) { get }
}

extension ConceptFamily {
    public static var names: [String] { declarations.map(\.name) }

    public static func declaration(_ name: String) -> Declaration<Self>? { declarations.first { $0.name == name } }

    public var name: String { settings.name }

    public var declaration: Declaration<Self> {
        guard let d = Self.declaration(settings.name) else { preconditionFailure("\(settings.name) is not declared") }
        return d
    }

    /// The options by key (an absent one is left out).
    public var options: OptionValues {
        OptionValues(
            Dictionary(uniqueKeysWithValues: zip(declaration.keys, settings.values).filter { $0.1 != .absent }))
    }

    /// PyTorch's name for it.
    public var torchName: String { declaration.torchName }

    /// The canonical settings text: cell ids hash it.
    public var canonical: String { declaration.canonical(options, style: Self.canonicalStyle) }
}
