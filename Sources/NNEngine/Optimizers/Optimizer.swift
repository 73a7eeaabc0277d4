/// An error in an optimizer's, scheduler's or network's settings, rejected up front.
public struct EngineError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Base of the optimizers: holds the parameters, their per-parameter state and the step count,
/// and applies `update` to each parameter in turn. The learning rate can be changed between
/// steps (schedulers do).
///
/// Subclasses give `stateCount` (how many state tensors a parameter needs, each shaped like it)
/// and `update(value:grad:state:count:step:)`, which changes `value` in place. The gradient is
/// read, never written.
open class Optimizer {
    public let parameters: [Parameter]
    public var lr: Double
    /// Optimizer steps taken (t in the formulas, counted from 1 inside `update`).
    public private(set) var stepCount = 0
    private var state: [[Tensor]] = []
    /// The state tensors' memory, per parameter, looked up once (no allocation per step).
    private var statePointers: [[UnsafeMutablePointer<Float>]] = []

    public init(parameters: [Parameter], lr: Double) throws {
        guard lr > 0, lr.isFinite else { throw EngineError("lr must be a positive number, got \(lr)") }
        self.parameters = parameters
        self.lr = lr
    }

    /// How many state tensors each parameter keeps.
    open var stateCount: Int { 0 }

    /// Initial value of the state tensors (Adagrad's initial accumulator overrides it).
    open func initialState(index: Int) -> Float { 0 }

    open func update(value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>, state: [UnsafeMutablePointer<Float>],
                     count: Int, step: Int) {
        fatalError("subclass must implement update")
    }

    /// One optimizer step over all parameters.
    public func step() {
        if state.isEmpty && stateCount > 0 {
            state = parameters.map { p in
                (0..<stateCount).map { i in
                    let t = Tensor(shape: p.value.shape)
                    t.fill(initialState(index: i))
                    return t
                }
            }
        }
        if statePointers.isEmpty { statePointers = parameters.indices.map { state.isEmpty ? [] : state[$0].map(\.data) } }
        stepCount += 1
        for i in parameters.indices {
            let p = parameters[i]
            update(value: p.value.data, grad: p.grad.data, state: statePointers[i], count: p.count, step: stepCount)
        }
    }

    public func zeroGrad() {
        for p in parameters { p.zeroGrad() }
    }

    // MARK: Element-wise helpers with PyTorch's order of float operations

    /// `torch.lerp`: a + w (b - a) for w < 0.5, else b - (b - a)(1 - w).
    @inline(__always)
    static func lerp(_ a: Float, _ b: Float, _ w: Float) -> Float {
        w < 0.5 ? a + w * (b - a) : b - (b - a) * (1 - w)
    }
}
