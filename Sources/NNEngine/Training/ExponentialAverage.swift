/// The exponential moving average of a network's parameters, as PyTorch's
/// `torch.optim.swa_utils.AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(decay))`
/// (`use_buffers=False`) keeps it, updated after every optimizer step:
///
///     first update:  W_ema ← W
///     later updates: W_ema ← lerp(W_ema, W, 1 - decay)        (torch._foreach_lerp_, float32)
///
/// Buffers (batch norm's running statistics) are not averaged: `AveragedModel` copies the
/// model's buffers at every update, so the averaged model evaluates with the model's own.
public final class ExponentialAverage {
    public let decay: Double
    private let parameters: [Parameter]
    let averages: [Tensor]
    /// How many updates have been made (`n_averaged`).
    public internal(set) var count = 0

    public init(decay: Double, parameters: [Parameter]) throws {
        guard decay > 0 && decay < 1 else { throw EngineError("ema decay must be in (0, 1), got \(decay)") }
        self.decay = decay
        self.parameters = parameters
        averages = parameters.map { Tensor(shape: $0.value.shape) }
    }

    /// One update from the parameters' current values.
    public func update() {
        defer { count += 1 }
        guard count > 0 else {
            for (a, p) in zip(averages, parameters) { a.copy(from: p.value) }
            return
        }
        // ATen's lerp with a scalar weight w: start + w (end - start) when |w| < 0.5,
        // else end - (end - start)(1 - w), each a fused multiply-add in float32.
        let w = Float(1 - decay)
        let small = abs(w) < 0.5
        for (a, p) in zip(averages, parameters) {
            let e = a.data
            let v = p.value.data
            for i in 0..<a.count {
                let d = v[i] - e[i]
                e[i] = small ? e[i].addingProduct(w, d) : v[i].addingProduct(w - 1, d)
            }
        }
    }

    /// The averaged values, in the order of the parameters.
    public var values: [[Float]] { averages.map(\.array) }

    /// Runs `body` with the averaged values in the parameters, then puts the trained values back.
    public func withAveraged<T>(_ body: () -> T) -> T {
        let trained = parameters.map(\.value.array)
        for (p, a) in zip(parameters, averages) { p.value.copy(from: a) }
        defer { for (p, t) in zip(parameters, trained) { p.value.copy(from: t) } }
        return body()
    }
}
