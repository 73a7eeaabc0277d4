/// The value of one optimizer option.
public enum OptionValue: Equatable, Sendable, CustomStringConvertible {
    case number(Double)
    case flag(Bool)
    /// Two numbers, such as Adam's `betas`.
    case pair(Double, Double)

    /// The text in a run's canonical settings: `0.001`, `true`, `0.9,0.999`.
    public var description: String {
        switch self {
        case .number(let v): "\(v)"
        case .flag(let b): "\(b)"
        case .pair(let a, let b): "\(a),\(b)"
        }
    }

    /// How an error message shows the value: `-1.0`, `true`, `[0.9, 1.0]`.
    public var shown: String {
        if case .pair(let a, let b) = self { return "[\(a), \(b)]" }
        return description
    }
}

/// The kinds of option values, named as error messages name them.
public enum OptionKind: Sendable {
    case number, flag, pair

    public var name: String {
        switch self {
        case .number: "a number"
        case .flag: "true or false"
        case .pair: "a list of two numbers"
        }
    }
}

/// Which values an option accepts, with the words that say so ("must be >= 0").
public struct OptionCheck: Sendable {
    public let requirement: String
    public let accepts: @Sendable (OptionValue) -> Bool

    public init(_ requirement: String, _ accepts: @escaping @Sendable (OptionValue) -> Bool) {
        self.requirement = requirement
        self.accepts = accepts
    }

    static func number(_ requirement: String, _ ok: @escaping @Sendable (Double) -> Bool) -> OptionCheck {
        OptionCheck(requirement) { if case .number(let v) = $0 { ok(v) } else { true } }
    }

    public static let any = OptionCheck("be any value") { _ in true }
    public static let positive = number("be > 0") { $0 > 0 }
    public static let nonNegative = number("be >= 0") { $0 >= 0 }
    /// [0, 1], as Adadelta's rho.
    public static let unitClosed = number("be in [0, 1]") { $0 >= 0 && $0 <= 1 }
    /// Both numbers in [0, 1), as Adam's betas.
    public static let betas = OptionCheck("each be in [0, 1)") {
        if case .pair(let a, let b) = $0 { (0..<1).contains(a) && (0..<1).contains(b) } else { true }
    }
}

/// One option of an optimizer: its PyTorch name, its PyTorch default (which fixes its kind) and
/// the values it accepts.
public struct OptimizerOption: Sendable {
    public let key: String
    public let defaultValue: OptionValue
    public let check: OptionCheck
    /// Written into the canonical text only when not at its default, as `key=value` after the
    /// other options: an option added to an optimizer after its canonical form was fixed (such as
    /// `maximize`), so that the canonical text of every setting that existed before stays the same.
    public let appended: Bool

    public var kind: OptionKind {
        switch defaultValue {
        case .number: .number
        case .flag: .flag
        case .pair: .pair
        }
    }

    public static func number(_ key: String, _ value: Double, _ check: OptionCheck = .nonNegative) -> OptimizerOption {
        OptimizerOption(key: key, defaultValue: .number(value), check: check, appended: false)
    }

    public static func flag(_ key: String, _ value: Bool = false, appended: Bool = false) -> OptimizerOption {
        OptimizerOption(key: key, defaultValue: .flag(value), check: .any, appended: appended)
    }

    public static func pair(_ key: String, _ a: Double, _ b: Double, _ check: OptionCheck) -> OptimizerOption {
        OptimizerOption(key: key, defaultValue: .pair(a, b), check: check, appended: false)
    }

    /// `maximize` (default: false): step up the gradient instead of down it.
    public static let maximize = flag("maximize", appended: true)

    /// Whether `value` has this option's kind.
    public func fits(_ value: OptionValue) -> Bool {
        switch (defaultValue, value) {
        case (.number, .number), (.flag, .flag), (.pair, .pair): true
        default: false
        }
    }
}

/// A value that breaks an optimizer's conditions.
public struct OptimizerIssue: Error, Equatable, Sendable, CustomStringConvertible {
    /// The option at fault (for a condition across options, the one its message names first).
    public let key: String
    /// The whole message, such as "eps must be >= 0, got -1.0".
    public let description: String
    /// Whether the fault is in how several options combine rather than in one value.
    public let acrossOptions: Bool
}

/// One optimizer's declaration: its PyTorch name, its options in PyTorch's order with PyTorch's
/// defaults, the conditions that join several options, and how to build it from resolved
/// settings. Each optimizer's file declares its schema; `OptimizerSpec.registry` lists them.
public struct OptimizerSchema: Sendable {
    public let name: String
    public let options: [OptimizerOption]
    /// A condition across options: the key the message belongs to and the message, or nil.
    let condition: @Sendable (OptimizerSpec) -> (key: String, message: String)?
    let build: @Sendable (OptimizerSpec, [Parameter]) throws -> Optimizer

    public init(
        name: String, options: [OptimizerOption],
        condition: @escaping @Sendable (OptimizerSpec) -> (key: String, message: String)? = { _ in nil },
        build: @escaping @Sendable (OptimizerSpec, [Parameter]) throws -> Optimizer
    ) {
        self.name = name
        self.options = options
        self.condition = condition
        self.build = build
    }

    public var keys: [String] { options.map(\.key) }

    public func option(_ key: String) -> OptimizerOption? { options.first { $0.key == key } }

    /// Settings with `given` in place of the defaults. Unknown keys and values of the wrong kind
    /// are errors of the caller (the run-file parser checks them with line numbers first).
    public func spec(_ given: [String: OptionValue]) -> OptimizerSpec {
        for (key, value) in given {
            guard let o = option(key) else { preconditionFailure("\(name) has no option \(key)") }
            precondition(o.fits(value), "\(name) option \(key) must be \(o.kind.name)")
        }
        return OptimizerSpec(name: name, values: options.map { given[$0.key] ?? $0.defaultValue })
    }
}
