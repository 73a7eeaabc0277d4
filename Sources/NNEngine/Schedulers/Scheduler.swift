/// Learning-rate schedules, stepped once per epoch (PyTorch's `torch.optim.lr_scheduler`).
///
/// e = scheduler steps taken so far; the lr of the first epoch (e = 0) is the base lr.
///
///     none:                         lr_e = base
///     step(step_size, gamma=0.1):   lr_e = base · gamma^⌊e / step_size⌋
///     multistep(milestones, gamma=0.1): lr_e = base · gamma^|{m ∈ milestones : m ≤ e}|
///     exponential(gamma):           lr_e = base · gamma^e
///
/// `LRScheduler` computes them the way PyTorch does, recursively from the previous value (the
/// "chainable" form), so the doubles it gives are PyTorch's to the last bit; `closedForm` is the
/// formula above.
public enum Schedule: Equatable, Sendable {
    case none
    case step(stepSize: Int, gamma: Double = 0.1)
    case multistep(milestones: [Int], gamma: Double = 0.1)
    case exponential(gamma: Double)

    public static let names = ["none", "step", "multistep", "exponential"]

    public var name: String {
        switch self {
        case .none: "none"
        case .step: "step"
        case .multistep: "multistep"
        case .exponential: "exponential"
        }
    }

    public func validate() throws {
        switch self {
        case .none: break
        case .step(let s, let g):
            guard s > 0 else { throw EngineError("step_size must be a positive integer, got \(s)") }
            guard g > 0 else { throw EngineError("gamma must be > 0, got \(g)") }
        case .multistep(let ms, let g):
            guard !ms.isEmpty else { throw EngineError("milestones must list at least one epoch") }
            guard ms.allSatisfy({ $0 > 0 }) else { throw EngineError("milestones must be positive integers, got \(ms)") }
            guard zip(ms, ms.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                throw EngineError("milestones must be increasing, got \(ms)")
            }
            guard g > 0 else { throw EngineError("gamma must be > 0, got \(g)") }
        case .exponential(let g):
            guard g > 0 else { throw EngineError("gamma must be > 0, got \(g)") }
        }
    }

    /// The closed form: lr after `e` scheduler steps.
    public func closedForm(base: Double, steps e: Int) -> Double {
        switch self {
        case .none: base
        case .step(let s, let g): base * _pow(g, Double(e / s))
        case .multistep(let ms, let g): base * _pow(g, Double(ms.filter { $0 <= e }.count))
        case .exponential(let g): base * _pow(g, Double(e))
        }
    }
}

/// A schedule in progress: the current lr and the number of steps taken.
public struct LRScheduler: Sendable {
    public let schedule: Schedule
    public let base: Double
    public private(set) var lr: Double
    public private(set) var steps = 0

    public init(_ schedule: Schedule, base: Double) {
        self.schedule = schedule
        self.base = base
        lr = base
    }

    /// Advances one epoch and returns the new lr.
    @discardableResult
    public mutating func step() -> Double {
        steps += 1
        let e = steps
        switch schedule {
        case .none: break
        case .step(let s, let g): if e % s == 0 { lr *= g }
        case .multistep(let ms, let g):
            let hits = ms.filter { $0 == e }.count
            if hits > 0 { lr *= _pow(g, Double(hits)) }
        case .exponential(let g): lr *= g
        }
        return lr
    }
}
