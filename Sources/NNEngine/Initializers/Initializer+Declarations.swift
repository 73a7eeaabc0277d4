/// The initializers' declarations: torch.nn.init's names, keyword arguments and defaults. The
/// canonical text writes every option in order, `kaiming_normal(0.0,fan_in,relu)`.
extension Initializer: ConceptFamily {
    public static let familyName = "initializer"
    public static let canonicalStyle = CanonicalStyle.positional

    public static let declarations: [Declaration<Initializer>] = [
        Declaration("zeros", torch: "torch.nn.init.zeros_") { _ in .zeros },
        Declaration(
            "constant", torch: "torch.nn.init.constant_", [DeclaredOption("val", .double(.any), default: nil)],
            check: float32Range(["val"])
        ) {
            .constant($0.double("val"))
        },
        Declaration(
            "uniform", torch: "torch.nn.init.uniform_",
            [
                DeclaredOption("a", .double(.any), default: .double(0)),
                DeclaredOption("b", .double(.any), default: .double(1))
            ],
            check: float32Range(["a", "b"]) { o in
                o.double("a") < o.double("b")
                    ? nil : OptionError(key: "b", "uniform needs a < b, got a = \(o.double("a")), b = \(o.double("b"))")
            }
        ) {
            .uniform(a: $0.double("a"), b: $0.double("b"))
        },
        Declaration(
            "normal", torch: "torch.nn.init.normal_",
            [
                DeclaredOption("mean", .double(.any), default: .double(0)),
                DeclaredOption("std", .double(.nonNegative), default: .double(1))
            ],
            check: float32Range(["mean", "std"])
        ) {
            .normal(mean: $0.double("mean"), std: $0.double("std"))
        },
        Declaration(
            "xavier_uniform", torch: "torch.nn.init.xavier_uniform_",
            [DeclaredOption("gain", .gain, default: .double(1))],
            check: float32Range(["gain"])
        ) {
            .xavierUniform(gain: $0.double("gain"))
        },
        Declaration(
            "xavier_normal", torch: "torch.nn.init.xavier_normal_",
            [DeclaredOption("gain", .gain, default: .double(1))],
            check: float32Range(["gain"])
        ) {
            .xavierNormal(gain: $0.double("gain"))
        },
        Declaration("kaiming_uniform", torch: "torch.nn.init.kaiming_uniform_", kaimingOptions) {
            .kaimingUniform(
                a: $0.double("a"), mode: FanMode(rawValue: $0.name("mode"))!, nonlinearity: $0.name("nonlinearity"))
        },
        Declaration("kaiming_normal", torch: "torch.nn.init.kaiming_normal_", kaimingOptions) {
            .kaimingNormal(
                a: $0.double("a"), mode: FanMode(rawValue: $0.name("mode"))!, nonlinearity: $0.name("nonlinearity"))
        },
        Declaration(
            "orthogonal", torch: "torch.nn.init.orthogonal_", [DeclaredOption("gain", .gain, default: .double(1))],
            check: float32Range(["gain"])
        ) {
            .orthogonal(gain: $0.double("gain"))
        },
        Declaration(
            "trunc_normal", torch: "torch.nn.init.trunc_normal_",
            [
                DeclaredOption("mean", .double(.any), default: .double(0)),
                DeclaredOption("std", .double(.positive), default: .double(1)),
                DeclaredOption("a", .double(.any), default: .double(-2)),
                DeclaredOption("b", .double(.any), default: .double(2))
            ],
            check: float32Range(["a", "b"]) { o in
                o.double("a") < o.double("b")
                    ? nil
                    : OptionError(key: "b", "trunc_normal needs a < b, got a = \(o.double("a")), b = \(o.double("b"))")
            }
        ) {
            .truncNormal(mean: $0.double("mean"), std: $0.double("std"), a: $0.double("a"), b: $0.double("b"))
        },
        Declaration(
            "sparse", torch: "torch.nn.init.sparse_",
            [
                DeclaredOption("sparsity", .double(.unit), default: nil),
                DeclaredOption("std", .double(.nonNegative), default: .double(0.01))
            ],
            check: float32Range(["std"])
        ) {
            .sparse(sparsity: $0.double("sparsity"), std: $0.double("std"))
        },
        Declaration("eye", torch: "torch.nn.init.eye_") { _ in .eye },
        Declaration("default", torch: "nn.Linear.reset_parameters") { _ in .pytorchDefault }
    ]

    /// The weights are float32: an option beyond its range (±3.4e38) can only give infinite
    /// weights. `then` is the initializer's own check.
    static func float32Range(
        _ keys: [String], then: @escaping @Sendable (OptionValues) -> OptionError? = { _ in nil }
    )
        -> @Sendable (OptionValues) -> OptionError?
    {
        { o in
            for k in keys where abs(o.double(k)) > Double(Float.greatestFiniteMagnitude) {
                return OptionError(
                    key: k,
                    "\(k) must be within float32's range (±3.4e38), got \(o.double(k)); the weights are float32 and would be infinite"
                )
            }
            return then(o)
        }
    }

    static let kaimingOptions = [
        DeclaredOption("a", .double(.any), default: .double(0)),
        DeclaredOption("mode", .choice(FanMode.allCases.map(\.rawValue)), default: .name("fan_in")),
        DeclaredOption("nonlinearity", .choice(nonlinearities), default: .name("leaky_relu"))
    ]

    public var settings: (name: String, values: [OptionValue]) {
        switch self {
        case .zeros: ("zeros", [])
        case .constant(let v): ("constant", [.double(v)])
        case .uniform(let a, let b): ("uniform", [.double(a), .double(b)])
        case .normal(let m, let s): ("normal", [.double(m), .double(s)])
        case .xavierUniform(let g): ("xavier_uniform", [.double(g)])
        case .xavierNormal(let g): ("xavier_normal", [.double(g)])
        case .kaimingUniform(let a, let m, let n): ("kaiming_uniform", [.double(a), .name(m.rawValue), .name(n)])
        case .kaimingNormal(let a, let m, let n): ("kaiming_normal", [.double(a), .name(m.rawValue), .name(n)])
        case .orthogonal(let g): ("orthogonal", [.double(g)])
        case .truncNormal(let m, let s, let a, let b):
            ("trunc_normal", [.double(m), .double(s), .double(a), .double(b)])
        case .sparse(let p, let s): ("sparse", [.double(p), .double(s)])
        case .eye: ("eye", [])
        case .pytorchDefault: ("default", [])
        }
    }
}
