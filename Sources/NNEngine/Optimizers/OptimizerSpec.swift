/// An optimizer and its settings, by PyTorch's names, before it is bound to parameters.
public enum OptimizerSpec: Equatable, Sendable {
    case sgd(lr: Double, momentum: Double = 0, dampening: Double = 0, weightDecay: Double = 0, nesterov: Bool = false)
    case adagrad(lr: Double, lrDecay: Double = 0, weightDecay: Double = 0, initialAccumulatorValue: Double = 0, eps: Double = 1e-10)
    case rmsprop(lr: Double, alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false)
    case adam(lr: Double, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0, amsgrad: Bool = false)
    case adamw(lr: Double, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 1e-2, amsgrad: Bool = false)

    public static let names = ["sgd", "adagrad", "rmsprop", "adam", "adamw"]

    /// Each optimizer's options with PyTorch's defaults (`lr` has one too, but run files must give it).
    public static let options: [String: [String]] = [
        "sgd": ["lr", "momentum", "dampening", "weight_decay", "nesterov"],
        "adagrad": ["lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps"],
        "rmsprop": ["lr", "alpha", "eps", "weight_decay", "momentum", "centered"],
        "adam": ["lr", "betas", "eps", "weight_decay", "amsgrad"],
        "adamw": ["lr", "betas", "eps", "weight_decay", "amsgrad"],
    ]

    public static let defaultLR: [String: Double] = ["sgd": 1e-3, "adagrad": 1e-2, "rmsprop": 1e-2, "adam": 1e-3, "adamw": 1e-3]

    public var name: String {
        switch self {
        case .sgd: "sgd"
        case .adagrad: "adagrad"
        case .rmsprop: "rmsprop"
        case .adam: "adam"
        case .adamw: "adamw"
        }
    }

    public var lr: Double {
        switch self {
        case .sgd(let lr, _, _, _, _), .adagrad(let lr, _, _, _, _), .rmsprop(let lr, _, _, _, _, _),
             .adam(let lr, _, _, _, _, _), .adamw(let lr, _, _, _, _, _): lr
        }
    }

    /// Binds the optimizer to `parameters`, checking every setting.
    public func make(parameters: [Parameter]) throws -> Optimizer {
        switch self {
        case let .sgd(lr, momentum, dampening, wd, nesterov):
            return try SGD(parameters: parameters, lr: lr, momentum: momentum, dampening: dampening, weightDecay: wd, nesterov: nesterov)
        case let .adagrad(lr, lrDecay, wd, iav, eps):
            return try Adagrad(parameters: parameters, lr: lr, lrDecay: lrDecay, weightDecay: wd, initialAccumulatorValue: iav, eps: eps)
        case let .rmsprop(lr, alpha, eps, wd, momentum, centered):
            return try RMSprop(parameters: parameters, lr: lr, alpha: alpha, eps: eps, weightDecay: wd, momentum: momentum, centered: centered)
        case let .adam(lr, b1, b2, eps, wd, amsgrad):
            return try Adam(parameters: parameters, lr: lr, betas: (b1, b2), eps: eps, weightDecay: wd, amsgrad: amsgrad)
        case let .adamw(lr, b1, b2, eps, wd, amsgrad):
            return try AdamW(parameters: parameters, lr: lr, betas: (b1, b2), eps: eps, weightDecay: wd, amsgrad: amsgrad)
        }
    }
}
