/// The element-wise nonlinearities a hidden block can use, with torch.nn's names, options and
/// defaults. Each is declared once in `declarations`; parsing, messages and the canonical settings
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

    public static let declarations: [Declaration<ActivationKind>] = [
        Declaration("sigmoid", torch: "Sigmoid") { _ in .sigmoid },
        Declaration("tanh", torch: "Tanh") { _ in .tanh },
        Declaration("relu", torch: "ReLU") { _ in .relu },
        Declaration(
            "leaky_relu", torch: "LeakyReLU", [DeclaredOption("negative_slope", .float(.any), default: .float(0.01))]
        ) {
            .leakyReLU(negativeSlope: $0.float("negative_slope"))
        },
        Declaration("identity", torch: "Identity") { _ in .identity },
        Declaration(
            "gelu", torch: "GELU",
            [DeclaredOption("approximate", .choice(GELUApproximation.allCases.map(\.rawValue)), default: .name("none"))]
        ) {
            .gelu(approximate: GELUApproximation(rawValue: $0.name("approximate"))!)
        },
        Declaration("elu", torch: "ELU", [DeclaredOption("alpha", .float(.any), default: .float(1))]) {
            .elu(alpha: $0.float("alpha"))
        },
        Declaration("selu", torch: "SELU") { _ in .selu },
        Declaration(
            "celu", torch: "CELU", [DeclaredOption("alpha", .float(.any), default: .float(1))],
            check: {
                $0.float("alpha") == 0
                    ? OptionError(key: "alpha", "celu alpha must not be 0 (it divides by alpha)") : nil
            }
        ) {
            .celu(alpha: $0.float("alpha"))
        },
        Declaration("silu", torch: "SiLU") { _ in .silu },
        Declaration("mish", torch: "Mish") { _ in .mish },
        Declaration(
            "softplus", torch: "Softplus",
            [
                DeclaredOption("beta", .float(.positive), default: .float(1)),
                DeclaredOption("threshold", .float(.any), default: .float(20))
            ]
        ) {
            .softplus(beta: $0.float("beta"), threshold: $0.float("threshold"))
        },
        Declaration("softsign", torch: "Softsign") { _ in .softsign },
        Declaration(
            "hardtanh", torch: "Hardtanh",
            [
                DeclaredOption("min_val", .float(.any), default: .float(-1)),
                DeclaredOption("max_val", .float(.any), default: .float(1))
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
        Declaration("relu6", torch: "ReLU6") { _ in .relu6 },
        Declaration("hardswish", torch: "Hardswish") { _ in .hardswish },
        Declaration("hardsigmoid", torch: "Hardsigmoid") { _ in .hardsigmoid }
    ]

    public var settings: (name: String, values: [OptionValue]) {
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
        guard let v = Self.declaration(name)?.defaultValue else { return nil }
        self = v
    }

    /// Every activation with its default options, in declaration order.
    public static var allDefaults: [ActivationKind] { declarations.compactMap(\.defaultValue) }

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
