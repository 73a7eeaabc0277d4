/// The losses' declarations: torch.nn's loss modules, their keyword arguments and defaults
/// (reduction is always 'mean'). The canonical text writes the options that have defaults in
/// order and the optional ones as `key=value` when given: `cross_entropy(0.0)`, `huber(1.0)`,
/// `bce(pos_weight=2.0)`.
extension Loss: ConceptFamily {
    public static let familyName = "loss"
    public static let canonicalStyle = CanonicalStyle.positional

    static let classWeight = DeclaredOption("weight", .floats(.nonNegative), default: .absent)

    /// Class weights that are all 0 make every weighted mean 0 / 0 (PyTorch's loss is NaN).
    static func someClassWeighs(_ o: OptionValues) -> OptionError? {
        guard let w = o.floats("weight"), w.allSatisfy({ $0 == 0 }) else { return nil }
        return OptionError(
            key: "weight",
            "weight must give at least one class a weight above 0; with every weight 0 the loss is 0 / 0, got \(OptionValue.floats(w))"
        )
    }

    public static let declarations: [Declaration<Loss>] = [
        Declaration(
            "cross_entropy", torch: "CrossEntropyLoss",
            [DeclaredOption("label_smoothing", .float(.unit), default: .float(0)), classWeight],
            check: someClassWeighs
        ) {
            .crossEntropy(labelSmoothing: $0.float("label_smoothing"), weight: $0.floats("weight"))
        },
        Declaration("nll", torch: "NLLLoss", [classWeight], check: someClassWeighs) {
            .nll(weight: $0.floats("weight"))
        },
        Declaration(
            "bce", torch: "BCEWithLogitsLoss", [DeclaredOption("pos_weight", .float(.nonNegative), default: .absent)]
        ) {
            if case .float(let p) = $0["pos_weight"] { return .bce(posWeight: p) }
            return .bce(posWeight: nil)
        },
        Declaration("mse", torch: "MSELoss") { _ in .mse },
        Declaration("mae", torch: "L1Loss") { _ in .mae },
        Declaration("huber", torch: "HuberLoss", [DeclaredOption("delta", .float(.positive), default: .float(1))]) {
            .huber(delta: $0.float("delta"))
        },
        Declaration(
            "smooth_l1", torch: "SmoothL1Loss", [DeclaredOption("beta", .float(.nonNegative), default: .float(1))]
        ) {
            .smoothL1(beta: $0.float("beta"))
        }
    ]

    public var settings: (name: String, values: [OptionValue]) {
        switch self {
        case .crossEntropy(let ls, let w): ("cross_entropy", [.float(ls), w.map { .floats($0) } ?? .absent])
        case .nll(let w): ("nll", [w.map { .floats($0) } ?? .absent])
        case .bce(let p): ("bce", [p.map { .float($0) } ?? .absent])
        case .mse: ("mse", [])
        case .mae: ("mae", [])
        case .huber(let d): ("huber", [.float(d)])
        case .smoothL1(let b): ("smooth_l1", [.float(b)])
        }
    }
}
