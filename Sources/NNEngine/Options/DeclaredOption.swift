/// One option: its key (as PyTorch spells the keyword argument), its kind, its default (nil:
/// the option must be given; `.absent`: optional, PyTorch's `None`) and whether it is
/// `appended` to the canonical text.
public struct DeclaredOption: Sendable {
    public let key: String
    public let kind: OptionKind
    public let defaultValue: OptionValue?
    /// Written into the canonical text only when not at its default, as `key=value` after the
    /// other options: an option added after the concept's canonical form was fixed (such as
    /// `maximize`), so that the canonical text of every setting that existed before stays the same.
    public let appended: Bool

    public init(_ key: String, _ kind: OptionKind, default defaultValue: OptionValue?, appended: Bool = false) {
        self.key = key
        self.kind = kind
        self.defaultValue = defaultValue
        self.appended = appended
    }

    public var isRequired: Bool { defaultValue == nil }

    /// A float64 number with a default (by default one that must be >= 0, as most of torch.optim's).
    public static func number(_ key: String, _ value: Double, _ range: NumberRange = .nonNegative) -> DeclaredOption {
        DeclaredOption(key, .double(range), default: .double(value))
    }

    /// true or false, false unless given.
    public static func flag(_ key: String, _ value: Bool = false, appended: Bool = false) -> DeclaredOption {
        DeclaredOption(key, .bool, default: .bool(value), appended: appended)
    }

    /// Two float64 numbers with a default, each within `range`.
    public static func pair(_ key: String, _ a: Double, _ b: Double, _ range: NumberRange) -> DeclaredOption {
        DeclaredOption(key, .pair(range), default: .pair(a, b))
    }

    /// `maximize` (default: false): step up the gradient instead of down it.
    public static let maximize = flag("maximize", appended: true)

    /// What is wrong with `value` for this option's range ("must be >= 0, got -1.0",
    /// "must each be in [0, 1), got [0.9, 1.0]"), or nil.
    public func violation(_ value: OptionValue) -> String? {
        guard let range = kind.range, let r = range.requirement else { return nil }
        switch value {
        case .double(let v): return range.violation(v)
        case .float(let v): return range.violation(Double(v))
        case .int(let v): return range.violation(Double(v))
        case .pair(let a, let b):
            if range.contains(a) && range.contains(b) { return nil }
            return "must each be" + r.dropFirst("must be".count) + ", got \(value.shown)"
        case .floats(let l):
            guard let bad = l.first(where: { !range.contains(Double($0)) }) else { return nil }
            return "must each be" + r.dropFirst("must be".count) + ", got \(bad)"
        default: return nil
        }
    }

    /// The default as the option reference shows it: `0.001`, `(0.9, 0.999)`, `None`, `required`.
    public var shownDefault: String {
        switch defaultValue {
        case nil: "required"
        case .pair(let a, let b): "(\(a), \(b))"
        case .ints(let l): "[" + l.map(String.init).joined(separator: ", ") + "]"
        case let v?: v.description
        }
    }
}

/// The resolved options of one concept, by key, read with the accessor of their declared kind.
/// Reading an option that is absent or of another kind is a programming error (the declaration
/// and the reader disagree), not bad input: parsing and `Declaration.resolve` check values first.
public struct OptionValues: Equatable, Sendable {
    public var values: [String: OptionValue]

    public init(_ values: [String: OptionValue] = [:]) { self.values = values }

    /// The value, `.absent` when it was not given and has no default.
    public subscript(key: String) -> OptionValue { values[key] ?? .absent }

    public func double(_ key: String) -> Double {
        switch self[key] {
        case .double(let v): v
        case .float(let v): Double(v)
        case .int(let v): Double(v)
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

    public func int(_ key: String) -> Int {
        guard case .int(let v) = self[key] else { preconditionFailure("option \(key) is not a whole number") }
        return v
    }

    /// The whole number, nil when absent.
    public func intOrNil(_ key: String) -> Int? { self[key] == .absent ? nil : int(key) }

    public func bool(_ key: String) -> Bool {
        guard case .bool(let v) = self[key] else { preconditionFailure("option \(key) is not true or false") }
        return v
    }

    public func name(_ key: String) -> String {
        guard case .name(let s) = self[key] else { preconditionFailure("option \(key) is not a name") }
        return s
    }

    public func pair(_ key: String) -> (Double, Double) {
        guard case .pair(let a, let b) = self[key] else { preconditionFailure("option \(key) is not a pair") }
        return (a, b)
    }

    public func ints(_ key: String) -> [Int] {
        guard case .ints(let v) = self[key] else { preconditionFailure("option \(key) is not a list of whole numbers") }
        return v
    }

    /// The float32 numbers, nil when absent.
    public func floats(_ key: String) -> [Float]? {
        if case .floats(let v) = self[key] { return v }
        return nil
    }

    public func entries(_ key: String) -> [OptionEntry] {
        guard case .entries(let v) = self[key] else { preconditionFailure("option \(key) is not a list of entries") }
        return v
    }
}

/// A mistake in a concept's options: which option (nil for the concept as a whole), what is
/// wrong, and whether the fault is in how several options combine rather than in one value.
public struct OptionError: Error, Equatable, Sendable, CustomStringConvertible {
    public let key: String?
    public let message: String
    public let acrossOptions: Bool

    public init(key: String?, _ message: String, acrossOptions: Bool = true) {
        self.key = key
        self.message = message
        self.acrossOptions = acrossOptions
    }

    public var description: String { message }
}
