// The options a component declares: name, kind and PyTorch's default, so that run files can be
// read and checked from the declaration alone.

/// What kind of value an option takes.
public enum ScheduleOptionKind: Equatable, Sendable {
    case int
    case double
    case bool
    /// One of a few names.
    case choice([String])
    /// A list of whole numbers.
    case ints
    /// A list of maps, each naming a component of the same family with its own options.
    case entries

    /// The kind in words, for messages.
    public var description: String {
        switch self {
        case .int: "a whole number"
        case .double: "a number"
        case .bool: "true or false"
        case .choice(let names): "one of \(names.joined(separator: ", "))"
        case .ints: "a list of whole numbers"
        case .entries: "a list of maps, each with a name"
        }
    }
}

/// A named component with its resolved options (an entry of an `.entries` option).
public struct ScheduleOptionEntry: Equatable, Sendable {
    public var name: String
    public var values: [String: ScheduleOptionValue]
    public init(name: String, values: [String: ScheduleOptionValue]) {
        self.name = name
        self.values = values
    }
}

/// A resolved option value.
public enum ScheduleOptionValue: Equatable, Sendable {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case choice(String)
    case ints([Int])
    case entries([ScheduleOptionEntry])
}

/// One declared option. A nil `defaultValue` with `required` false means "absent unless given"
/// (PyTorch's `None`).
public struct ScheduleOptionSpec: Sendable {
    public let name: String
    public let kind: ScheduleOptionKind
    public let defaultValue: ScheduleOptionValue?
    public let required: Bool

    /// An option with a default.
    public init(_ name: String, _ kind: ScheduleOptionKind, default value: ScheduleOptionValue) {
        self.name = name
        self.kind = kind
        defaultValue = value
        required = false
    }

    /// An option without a default: required, or optional (absent unless given).
    public init(_ name: String, _ kind: ScheduleOptionKind, required: Bool) {
        self.name = name
        self.kind = kind
        defaultValue = nil
        self.required = required
    }
}

/// Resolved options by name, read with the accessor of their declared kind. Reading an option
/// that is absent or of another kind is a programming error (the declaration and the reader
/// disagree), not bad input: the parser and `Schedule` fill in and check values first.
public struct ScheduleOptionValues: Equatable, Sendable {
    public var values: [String: ScheduleOptionValue]
    public init(_ values: [String: ScheduleOptionValue] = [:]) { self.values = values }

    public subscript(_ name: String) -> ScheduleOptionValue? { values[name] }

    public func int(_ name: String) -> Int {
        guard case .int(let v) = values[name] else { preconditionFailure("option \(name) is not a whole number") }
        return v
    }
    public func intOrNil(_ name: String) -> Int? { values[name] == nil ? nil : int(name) }
    public func double(_ name: String) -> Double {
        switch values[name] {
        case .double(let v): return v
        case .int(let v): return Double(v)
        default: preconditionFailure("option \(name) is not a number")
        }
    }
    public func bool(_ name: String) -> Bool {
        guard case .bool(let v) = values[name] else { preconditionFailure("option \(name) is not true or false") }
        return v
    }
    public func choice(_ name: String) -> String {
        guard case .choice(let v) = values[name] else { preconditionFailure("option \(name) is not a name") }
        return v
    }
    public func ints(_ name: String) -> [Int] {
        guard case .ints(let v) = values[name] else {
            preconditionFailure("option \(name) is not a list of whole numbers")
        }
        return v
    }
    public func entries(_ name: String) -> [ScheduleOptionEntry] {
        guard case .entries(let v) = values[name] else {
            preconditionFailure("option \(name) is not a list of entries")
        }
        return v
    }

    /// `values` with the declared defaults filled in (and whole numbers given for numbers as numbers).
    public static func resolved(_ values: [String: ScheduleOptionValue], _ specs: [ScheduleOptionSpec])
        -> ScheduleOptionValues
    {
        var v = values
        for s in specs {
            if v[s.name] == nil, let d = s.defaultValue { v[s.name] = d }
            if s.kind == .double, case .int(let i) = v[s.name] { v[s.name] = .double(Double(i)) }
        }
        return ScheduleOptionValues(v)
    }
}

/// A bad option value, naming the option so that a reader can point at it.
public struct ScheduleOptionError: Error, CustomStringConvertible, Equatable {
    public let option: String
    public let message: String
    public init(_ option: String, _ message: String) {
        self.option = option
        self.message = message
    }
    public var description: String { message }
}
