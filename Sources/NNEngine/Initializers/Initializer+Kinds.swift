#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// The initializers' declarations: torch.nn.init's names, keyword arguments and defaults. The
/// canonical text writes every option in order, `kaiming_normal(0.0,fan_in,relu)`.
extension Initializer: ConceptFamily {
    public static let familyName = "initializer"
    public static let canonicalStyle = CanonicalStyle.positional

    public static let schemas: [ConceptSchema<Initializer>] = [
        ConceptSchema("zeros", torch: "torch.nn.init.zeros_") { _ in .zeros },
        ConceptSchema(
            "constant", torch: "torch.nn.init.constant_", [OptionSpec("val", .double(.any), default: nil)],
            check: float32Range(["val"])
        ) {
            .constant($0.double("val"))
        },
        ConceptSchema(
            "uniform", torch: "torch.nn.init.uniform_",
            [
                OptionSpec("a", .double(.any), default: .double(0)),
                OptionSpec("b", .double(.any), default: .double(1))
            ],
            check: float32Range(["a", "b"]) { o in
                o.double("a") < o.double("b")
                    ? nil : OptionError(key: "b", "uniform needs a < b, got a = \(o.double("a")), b = \(o.double("b"))")
            }
        ) {
            .uniform(a: $0.double("a"), b: $0.double("b"))
        },
        ConceptSchema(
            "normal", torch: "torch.nn.init.normal_",
            [
                OptionSpec("mean", .double(.any), default: .double(0)),
                OptionSpec("std", .double(.nonNegative), default: .double(1))
            ],
            check: float32Range(["mean", "std"])
        ) {
            .normal(mean: $0.double("mean"), std: $0.double("std"))
        },
        ConceptSchema(
            "xavier_uniform", torch: "torch.nn.init.xavier_uniform_", [OptionSpec("gain", .gain, default: .double(1))],
            check: float32Range(["gain"])
        ) {
            .xavierUniform(gain: $0.double("gain"))
        },
        ConceptSchema(
            "xavier_normal", torch: "torch.nn.init.xavier_normal_", [OptionSpec("gain", .gain, default: .double(1))],
            check: float32Range(["gain"])
        ) {
            .xavierNormal(gain: $0.double("gain"))
        },
        ConceptSchema("kaiming_uniform", torch: "torch.nn.init.kaiming_uniform_", kaimingOptions) {
            .kaimingUniform(
                a: $0.double("a"), mode: FanMode(rawValue: $0.name("mode"))!, nonlinearity: $0.name("nonlinearity"))
        },
        ConceptSchema("kaiming_normal", torch: "torch.nn.init.kaiming_normal_", kaimingOptions) {
            .kaimingNormal(
                a: $0.double("a"), mode: FanMode(rawValue: $0.name("mode"))!, nonlinearity: $0.name("nonlinearity"))
        },
        ConceptSchema(
            "orthogonal", torch: "torch.nn.init.orthogonal_", [OptionSpec("gain", .gain, default: .double(1))],
            check: float32Range(["gain"])
        ) {
            .orthogonal(gain: $0.double("gain"))
        },
        ConceptSchema(
            "trunc_normal", torch: "torch.nn.init.trunc_normal_",
            [
                OptionSpec("mean", .double(.any), default: .double(0)),
                OptionSpec("std", .double(.positive), default: .double(1)),
                OptionSpec("a", .double(.any), default: .double(-2)),
                OptionSpec("b", .double(.any), default: .double(2))
            ],
            check: float32Range(["a", "b"]) { o in
                o.double("a") < o.double("b")
                    ? nil
                    : OptionError(key: "b", "trunc_normal needs a < b, got a = \(o.double("a")), b = \(o.double("b"))")
            }
        ) {
            .truncNormal(mean: $0.double("mean"), std: $0.double("std"), a: $0.double("a"), b: $0.double("b"))
        },
        ConceptSchema(
            "sparse", torch: "torch.nn.init.sparse_",
            [
                OptionSpec("sparsity", .double(.unit), default: nil),
                OptionSpec("std", .double(.nonNegative), default: .double(0.01))
            ],
            check: float32Range(["std"])
        ) {
            .sparse(sparsity: $0.double("sparsity"), std: $0.double("std"))
        },
        ConceptSchema("eye", torch: "torch.nn.init.eye_") { _ in .eye },
        ConceptSchema("default", torch: "nn.Linear.reset_parameters") { _ in .pytorchDefault }
    ]

    /// The weights are float32: an option beyond its range (±3.4e38) can only give infinite
    /// weights. `then` is the initializer's own check.
    static func float32Range(
        _ keys: [String], then: @escaping @Sendable (ConceptOptions) -> OptionError? = { _ in nil }
    )
        -> @Sendable (ConceptOptions) -> OptionError?
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
        OptionSpec("a", .double(.any), default: .double(0)),
        OptionSpec("mode", .choice(FanMode.allCases.map(\.rawValue)), default: .name("fan_in")),
        OptionSpec("nonlinearity", .choice(nonlinearities), default: .name("leaky_relu"))
    ]

    public var settings: (name: String, values: [ConceptValue]) {
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

    /// torch.nn.init.orthogonal_: a [rows, cols] matrix of N(0, 1) draws, transposed when wider
    /// than tall, factored A = QR, Q's columns signed so that R's diagonal is positive (here by
    /// Gram-Schmidt, which gives that sign directly), transposed back and scaled by `gain`.
    static func orthogonal(
        _ d: UnsafeMutablePointer<Float>, rows: Int, cols: Int, gain: Double, random: inout RandomSource
    ) {
        let m = max(rows, cols)
        let k = min(rows, cols)
        var a = [Double](repeating: 0, count: rows * cols)
        for i in 0..<a.count { a[i] = random.nextNormal() }
        // Column j of the tall matrix A (m × k): A[i][j] = a[i * cols + j], or a[j * cols + i] when transposed.
        var q = [[Double]](repeating: [], count: k)
        for j in 0..<k {
            var v = (0..<m).map { i in rows >= cols ? a[i * cols + j] : a[j * cols + i] }
            // Twice-applied Gram-Schmidt keeps Q orthonormal to rounding.
            for _ in 0..<2 {
                for p in 0..<j {
                    var r = 0.0
                    for i in 0..<m { r += q[p][i] * v[i] }
                    for i in 0..<m { v[i] -= r * q[p][i] }
                }
            }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            q[j] = v.map { $0 / norm }
        }
        for r in 0..<rows {
            for c in 0..<cols { d[r * cols + c] = Float(gain * (rows >= cols ? q[c][r] : q[r][c])) }
        }
    }

    /// Φ(x), the standard normal CDF.
    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// Φ⁻¹(p): Acklam's rational approximation (relative error below 1.2e-9), refined by one
    /// Halley step on erfc.
    static func normalQuantile(_ p: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00
        ]
        let b = [
            -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01
        ]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00
        ]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        func tail(_ q: Double) -> Double {
            (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let low = 0.02425
        var x: Double
        if p < low {
            x = tail((-2 * log(p)).squareRoot())
        } else if p > 1 - low {
            x = -tail((-2 * log(1 - p)).squareRoot())
        } else {
            let q = p - 0.5
            let r = q * q
            x =
                (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        }
        let e = normalCDF(x) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }
}
