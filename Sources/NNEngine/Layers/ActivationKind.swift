/// The element-wise nonlinearities a hidden block can use, with torch.nn's names, options and
/// defaults. Each is declared once in `schemas`; parsing, messages and the canonical settings
/// text (the bare name when every option has its default) follow from the declarations.
public enum ActivationKind: ConceptFamily {
    case sigmoid, tanh, relu, identity
    case leakyReLU(negativeSlope: Float)
    case gelu(approximate: GELUApproximation)
    case elu(alpha: Float)
    case selu
    case celu(alpha: Float)
    case silu, mish
    case softplus(beta: Float, threshold: Float)
    case softsign
    case hardtanh(minVal: Float, maxVal: Float)
    case relu6, hardswish, hardsigmoid

    /// nn.GELU's `approximate`: the exact form with erf, or the tanh approximation.
    public enum GELUApproximation: String, Sendable, CaseIterable { case none, tanh }

    public static let familyName = "activation"
    public static let canonicalStyle = CanonicalStyle.bareWhenDefault

    public static let schemas: [ConceptSchema<ActivationKind>] = [
        ConceptSchema("sigmoid", torch: "Sigmoid") { _ in .sigmoid },
        ConceptSchema("tanh", torch: "Tanh") { _ in .tanh },
        ConceptSchema("relu", torch: "ReLU") { _ in .relu },
        ConceptSchema(
            "leaky_relu", torch: "LeakyReLU", [OptionSpec("negative_slope", .float(.any), default: .float(0.01))]
        ) {
            .leakyReLU(negativeSlope: $0.float("negative_slope"))
        },
        ConceptSchema("identity", torch: "Identity") { _ in .identity },
        ConceptSchema(
            "gelu", torch: "GELU",
            [OptionSpec("approximate", .choice(GELUApproximation.allCases.map(\.rawValue)), default: .name("none"))]
        ) {
            .gelu(approximate: GELUApproximation(rawValue: $0.name("approximate"))!)
        },
        ConceptSchema("elu", torch: "ELU", [OptionSpec("alpha", .float(.any), default: .float(1))]) {
            .elu(alpha: $0.float("alpha"))
        },
        ConceptSchema("selu", torch: "SELU") { _ in .selu },
        ConceptSchema(
            "celu", torch: "CELU", [OptionSpec("alpha", .float(.any), default: .float(1))],
            check: {
                $0.float("alpha") == 0
                    ? OptionError(key: "alpha", "celu alpha must not be 0 (it divides by alpha)") : nil
            }
        ) {
            .celu(alpha: $0.float("alpha"))
        },
        ConceptSchema("silu", torch: "SiLU") { _ in .silu },
        ConceptSchema("mish", torch: "Mish") { _ in .mish },
        ConceptSchema(
            "softplus", torch: "Softplus",
            [
                OptionSpec("beta", .float(.positive), default: .float(1)),
                OptionSpec("threshold", .float(.any), default: .float(20))
            ]
        ) {
            .softplus(beta: $0.float("beta"), threshold: $0.float("threshold"))
        },
        ConceptSchema("softsign", torch: "Softsign") { _ in .softsign },
        ConceptSchema(
            "hardtanh", torch: "Hardtanh",
            [
                OptionSpec("min_val", .float(.any), default: .float(-1)),
                OptionSpec("max_val", .float(.any), default: .float(1))
            ],
            check: { o in
                o.float("max_val") > o.float("min_val")
                    ? nil
                    : OptionError(
                        key: "max_val",
                        "hardtanh needs max_val > min_val, got min_val = \(o.float("min_val")), max_val = \(o.float("max_val"))"
                    )
            }
        ) {
            .hardtanh(minVal: $0.float("min_val"), maxVal: $0.float("max_val"))
        },
        ConceptSchema("relu6", torch: "ReLU6") { _ in .relu6 },
        ConceptSchema("hardswish", torch: "Hardswish") { _ in .hardswish },
        ConceptSchema("hardsigmoid", torch: "Hardsigmoid") { _ in .hardsigmoid }
    ]

    public var settings: (name: String, values: [ConceptValue]) {
        switch self {
        case .sigmoid: ("sigmoid", [])
        case .tanh: ("tanh", [])
        case .relu: ("relu", [])
        case .leakyReLU(let s): ("leaky_relu", [.float(s)])
        case .identity: ("identity", [])
        case .gelu(let a): ("gelu", [.name(a.rawValue)])
        case .elu(let a): ("elu", [.float(a)])
        case .selu: ("selu", [])
        case .celu(let a): ("celu", [.float(a)])
        case .silu: ("silu", [])
        case .mish: ("mish", [])
        case .softplus(let b, let t): ("softplus", [.float(b), .float(t)])
        case .softsign: ("softsign", [])
        case .hardtanh(let lo, let hi): ("hardtanh", [.float(lo), .float(hi)])
        case .relu6: ("relu6", [])
        case .hardswish: ("hardswish", [])
        case .hardsigmoid: ("hardsigmoid", [])
        }
    }

    /// The activation of that name with PyTorch's default options.
    public init?(name: String) {
        guard let v = Self.schema(name)?.defaultValue else { return nil }
        self = v
    }

    /// Every activation with its default options, in declaration order.
    public static var allDefaults: [ActivationKind] { schemas.compactMap(\.defaultValue) }

    /// PyTorch's module class name.
    public var typeName: String { torchName }

    /// `torch.nn.init.calculate_gain` for this nonlinearity (leaky_relu with its own slope); nil
    /// where PyTorch has none.
    public var gain: Double? {
        switch self {
        // The slope as written (0.01, not its float32 neighbour 0.009999999776).
        case .leakyReLU(let s): Initializer.gain(nonlinearity: "leaky_relu", param: Double("\(s)") ?? Double(s))
        default: Initializer.gain(nonlinearity: name)
        }
    }
}
