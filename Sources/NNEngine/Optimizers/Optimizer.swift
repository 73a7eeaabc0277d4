import Dispatch

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
    /// The work of one step: slices of parameters (whole small ones, chunks of large ones), each
    /// with its state pointers, made once (no allocation per step).
    private var slices: [Slice] = []
    private struct Slice {
        let value: UnsafeMutablePointer<Float>
        let grad: UnsafePointer<Float>
        let state: [UnsafeMutablePointer<Float>]
        let count: Int
    }

    /// Threads that share the element-wise update (1: the calling thread only). Each element's
    /// update is independent of the others, so the result does not depend on this.
    public var threads = 1 {
        didSet { slices = [] }
    }

    public init(parameters: [Parameter], lr: Double) throws {
        guard lr > 0, lr.isFinite else { throw EngineError("lr must be a positive number, got \(lr)") }
        self.parameters = parameters
        self.lr = lr
    }

    /// The momentum a scheduler with `cycle_momentum` sets before each step (SGD's and RMSprop's
    /// `momentum`, the Adam family's `betas[0]`); nil for an optimizer without one.
    open var momentumForCycling: Double? {
        get { nil }
        set {}
    }

    /// How many state tensors each parameter keeps.
    open var stateCount: Int { 0 }

    /// Initial value of the state tensors (Adagrad's initial accumulator overrides it).
    open func initialState(index: Int) -> Float { 0 }

    /// Called once per step, before any parameter is updated, with the step number (from 1):
    /// where an optimizer forms the scalars its update shares across parameters.
    open func prepare(step: Int) {}

    /// The state tensors of parameter `index` (empty before the first step).
    public func state(ofParameter index: Int) -> [Tensor] { state.isEmpty ? [] : state[index] }

    open func update(
        value: UnsafeMutablePointer<Float>, grad: UnsafePointer<Float>, state: [UnsafeMutablePointer<Float>],
        count: Int, step: Int
    ) {
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
        if slices.isEmpty { makeSlices() }
        stepCount += 1
        let step = stepCount
        prepare(step: step)
        if threads > 1 && slices.count > 1 {
            // Each thread updates its own slices (disjoint memory) and reads only what no thread
            // writes during the step; the step returns once every thread has finished.
            nonisolated(unsafe) let optimizer = self
            nonisolated(unsafe) let work = slices
            DispatchQueue.concurrentPerform(iterations: work.count) { k in
                let s = work[k]
                optimizer.update(value: s.value, grad: s.grad, state: s.state, count: s.count, step: step)
            }
        } else {
            for s in slices { update(value: s.value, grad: s.grad, state: s.state, count: s.count, step: step) }
        }
    }

    private func makeSlices() {
        let minimum = 1 << 15
        for (i, p) in parameters.enumerated() {
            let pointers = state.isEmpty ? [] : state[i].map(\.data)
            let pieces = threads > 1 && p.count >= 2 * minimum ? min(threads, p.count / minimum) : 1
            let size = (p.count + pieces - 1) / pieces
            var start = 0
            while start < p.count {
                let n = min(size, p.count - start)
                slices.append(
                    Slice(
                        value: p.value.data + start, grad: UnsafePointer(p.grad.data + start),
                        state: pointers.map { $0 + start }, count: n))
                start += n
            }
        }
    }

    public func zeroGrad() {
        for p in parameters { p.zeroGrad() }
    }

    /// The running scalars a subclass carries from one step to the next besides its tensors
    /// (a cycled momentum, NAdam's μ product, ASGD's η and μ), in a fixed order.
    open var scalarState: [Double] {
        get { [] }
        set {}
    }

    /// Everything the optimizer carries from step to step.
    public func saveState() -> OptimizerState {
        OptimizerState(stepCount: stepCount, lr: lr, scalars: scalarState, tensors: state.map { $0.map(\.array) })
    }

    /// Puts back a state saved from an optimizer of the same kind and options over parameters
    /// of the same shapes; the next `step` continues as the saved optimizer's would.
    public func restore(_ saved: OptimizerState) throws {
        guard saved.stepCount >= 0 else { throw EngineError("optimizer state: negative step count \(saved.stepCount)") }
        guard saved.scalars.count == scalarState.count else {
            throw EngineError(
                "optimizer state: \(saved.scalars.count) running scalars, this optimizer keeps \(scalarState.count)")
        }
        let previousScalars = scalarState
        scalarState = saved.scalars
        if !saved.tensors.isEmpty {
            var problem: String? = nil
            if saved.tensors.count != parameters.count {
                problem = "state for \(saved.tensors.count) parameters, the optimizer has \(parameters.count)"
            } else {
                for (i, (p, ts)) in zip(parameters, saved.tensors).enumerated() {
                    if ts.count != stateCount {
                        problem = "parameter \(i) has \(ts.count) state tensors, the optimizer keeps \(stateCount)"
                    } else if let t = ts.first(where: { $0.count != p.count }) {
                        problem = "parameter \(i) has \(p.count) values, its saved state \(t.count)"
                    }
                    if problem != nil { break }
                }
            }
            if let problem {
                scalarState = previousScalars
                throw EngineError("optimizer state: \(problem)")
            }
        }
        stepCount = saved.stepCount
        lr = saved.lr
        state = zip(parameters, saved.tensors).map { p, ts in ts.map { Tensor(shape: p.value.shape, values: $0) } }
        slices = []
    }
}

/// What an optimizer carries from one step to the next (`Optimizer.saveState`).
public struct OptimizerState: Equatable, Sendable {
    public var stepCount: Int
    public var lr: Double
    /// The subclass's `scalarState`.
    public var scalars: [Double]
    /// Per parameter, the values of each of its state tensors (none before the first step).
    public var tensors: [[[Float]]]

    public init(stepCount: Int, lr: Double, scalars: [Double], tensors: [[[Float]]]) {
        self.stepCount = stepCount
        self.lr = lr
        self.scalars = scalars
        self.tensors = tensors
    }
}
