/// The options every configurable concept declares (optimizers, schedulers, initializers,
/// losses, activations) share one set of types: a value (`OptionValue`), what values an option
/// accepts (`OptionKind`, `NumberRange`), the option itself (`Option`), the resolved options of
/// one concept (`OptionValues`), one error (`OptionError`) and one declaration per concept
/// (`Declaration`). Run-file parsing, the checks, the canonical settings text (which cell ids
/// hash), the settings columns and the option reference are all derived from these declarations.

/// One option's value, typed as the engine uses it.
public enum OptionValue: Equatable, Sendable, CustomStringConvertible {
    /// A whole number (a step count, a period).
    case int(Int)
    /// A number used in float64 (optimizers, schedulers, initializers).
    case double(Double)
    /// A number used in float32 (activations, losses).
    case float(Float)
    case bool(Bool)
    /// A name from a fixed set.
    case name(String)
    /// Two numbers, such as Adam's `betas`.
    case pair(Double, Double)
    /// A list of whole numbers (milestones).
    case ints([Int])
    /// A list of float32 numbers (per-class weights).
    case floats([Float])
    /// A list of named components with their own options (sequential's schedulers).
    case entries([OptionEntry])
    /// An optional option that was not given (PyTorch's `None`).
    case absent

    /// The text in a run's canonical settings: `0.001`, `true`, `0.9,0.999` (a pair), `3,6` (whole
    /// numbers), `[1.0,2.0]` (float32 numbers), `None`.
    public var description: String {
        switch self {
        case .int(let i): "\(i)"
        case .double(let v): "\(v)"
        case .float(let v): "\(v)"
        case .bool(let b): "\(b)"
        case .name(let s): s
        case .pair(let a, let b): "\(a),\(b)"
        case .ints(let l): l.map(String.init).joined(separator: ",")
        case .floats(let v): "[" + v.map { "\($0)" }.joined(separator: ",") + "]"
        case .entries(let es): es.map { Schedule(name: $0.name, values: $0.values).canonical }.joined(separator: ",")
        case .absent: "None"
        }
    }

    /// How a message shows the value: as `description`, but a pair as `[0.9, 1.0]`.
    public var shown: String {
        if case .pair(let a, let b) = self { return "[\(a), \(b)]" }
        return description
    }
}

/// A named component with its own options: an entry of an `.entries` option.
public struct OptionEntry: Equatable, Sendable {
    public var name: String
    public var values: [String: OptionValue]

    public init(name: String, values: [String: OptionValue]) {
        self.name = name
        self.values = values
    }
}

/// What values an option accepts.
public enum OptionKind: Sendable, Equatable {
    /// A whole number.
    case int
    /// A float64 number within a range.
    case double(NumberRange)
    /// A float32 number within a range.
    case float(NumberRange)
    case bool
    /// One of the given names.
    case choice([String])
    /// Two float64 numbers, each within a range.
    case pair(NumberRange)
    /// A list of whole numbers.
    case ints
    /// A non-empty list of float32 numbers, each within a range.
    case floats(NumberRange)
    /// A float64 number, or the name of a nonlinearity standing for its `calculate_gain`.
    case gain
    /// A list of maps, each naming a component of the same family with its own options.
    case entries

    /// The kind in words, for messages and the option reference.
    public var description: String {
        switch self {
        case .int: "a whole number"
        case .double, .float: "a number"
        case .bool: "true or false"
        case .choice(let names): "one of \(names.joined(separator: ", "))"
        case .pair: "a list of two numbers"
        case .ints: "a list of whole numbers"
        case .floats: "a list of numbers"
        case .gain: "a number or a nonlinearity's name"
        case .entries: "a list of maps, each with a name"
        }
    }

    /// The range of the numbers, for the kinds that have one.
    public var range: NumberRange? {
        switch self {
        case .double(let r), .float(let r), .pair(let r), .floats(let r): r
        default: nil
        }
    }

    /// Whether `value` is of this kind (a whole number stands for a number).
    public func accepts(_ value: OptionValue) -> Bool {
        switch (self, value) {
        case (.int, .int), (.double, .double), (.double, .int), (.float, .float), (.bool, .bool), (.pair, .pair),
            (.ints, .ints), (.floats, .floats), (.gain, .double), (.entries, .entries):
            true
        case (.choice(let names), .name(let s)): names.contains(s)
        default: false
        }
    }
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
    /// [0, 1].
    public static let unit = NumberRange(lower: 0, upper: 1)
    /// [0, 1), as Adam's betas.
    public static let unitHalfOpen = NumberRange(lower: 0, upper: 1, upperInclusive: false)

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

    /// "must be >= 0, got -1.0" when `v` is outside the range, else nil.
    public func violation(_ v: Double) -> String? {
        guard let r = requirement, !contains(v) else { return nil }
        return "\(r), got \(v)"
    }

    static func text(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? "\(Int(v))" : "\(v)" }
}
