/// One named float tensor of a network's `state_dict` (a parameter or a buffer).
public struct NamedValues: Equatable, Sendable {
    public var name: String
    public var shape: [Int]
    public var values: [Float]

    public init(name: String, shape: [Int], values: [Float]) {
        self.name = name
        self.shape = shape
        self.values = values
    }
}

/// Everything a `Trainer` carries from one epoch to the next, so that training can stop after
/// an epoch and continue later, in the same or a new trainer, exactly as if it had not stopped:
///
/// - the network's `state_dict`: parameters and buffers (batch norm's running statistics) in
///   `tensors`, and the integer entries (`num_batches_tracked`) in `counters`;
/// - the optimizer's state: step count, lr, running scalars and per-parameter tensors
///   (momentum buffers, moments, accumulators, averages, step sizes);
/// - the scheduler's state, kept as what determines it: the metric it was handed after each
///   epoch (an epoch-interval schedule; a step-interval schedule takes `epoch × iterations`
///   steps without one). `restore` replays these steps on the trainer's fresh scheduler, which
///   repeats its arithmetic to the bit, and checks the lr it arrives at against `scheduleLR`;
/// - the random streams: the shuffle stream with the current sample order, and each dropout
///   layer's stream;
/// - the epoch counter and the per-layer statistics recorded so far.
///
/// Gradients are not state: every step starts by zeroing them.
public struct TrainingState: Equatable, Sendable {
    /// Epochs completed.
    public var epoch: Int
    public var tensors: [NamedValues]
    public var counters: [String: Int64]
    public var optimizer: OptimizerState
    public var scheduleMetrics: [Double]
    /// The scheduler's lr after the saved steps.
    public var scheduleLR: Double
    public var shuffle: RandomSource
    /// The training samples' order after the last shuffle (the next shuffle permutes it).
    public var order: [Int]
    public var dropout: [RandomSource]
    public var layerStatistics: [LayerStatistic]

    public init(
        epoch: Int, tensors: [NamedValues], counters: [String: Int64], optimizer: OptimizerState,
        scheduleMetrics: [Double], scheduleLR: Double, shuffle: RandomSource, order: [Int],
        dropout: [RandomSource], layerStatistics: [LayerStatistic]
    ) {
        self.epoch = epoch
        self.tensors = tensors
        self.counters = counters
        self.optimizer = optimizer
        self.scheduleMetrics = scheduleMetrics
        self.scheduleLR = scheduleLR
        self.shuffle = shuffle
        self.order = order
        self.dropout = dropout
        self.layerStatistics = layerStatistics
    }
}

extension Trainer {
    /// The network's `state_dict` entries, then the exponential average's (`ema.K` in the
    /// order of the parameters and `ema.n_averaged`) when the run keeps one.
    var stateEntries: [(String, StateEntry)] {
        guard let a = average else { return network.stateDict }
        return network.stateDict + a.averages.enumerated().map { ("ema.\($0.offset)", StateEntry.float($0.element)) }
            + [("ema.n_averaged", .int64(get: { Int64(a.count) }, set: { a.count = Int($0) }))]
    }

    /// The complete training state after `completedEpochs` epochs.
    public func saveState() -> TrainingState {
        var tensors: [NamedValues] = []
        var counters: [String: Int64] = [:]
        for (name, entry) in stateEntries {
            switch entry {
            case .float(let t): tensors.append(NamedValues(name: name, shape: t.shape, values: t.array))
            case .int64(let get, _): counters[name] = get()
            }
        }
        return TrainingState(
            epoch: completedEpochs, tensors: tensors, counters: counters, optimizer: optimizer.saveState(),
            scheduleMetrics: scheduleMetrics, scheduleLR: scheduler.lr, shuffle: random, order: order,
            dropout: network.layers.compactMap { ($0 as? Dropout)?.random }, layerStatistics: layerStatistics)
    }

    /// Puts back a state saved by a trainer built the same way (network, optimizer, settings,
    /// training part): a new trainer restored from the state of another after epoch k trains
    /// epochs k+1... exactly as the other would. Throws when the state does not fit this trainer;
    /// nothing is changed then.
    public func restore(_ s: TrainingState) throws {
        guard s.epoch >= 0 && s.epoch <= settings.epochs else {
            throw EngineError("training state: epoch \(s.epoch) is outside the \(settings.epochs) epochs of this run")
        }
        let entries = stateEntries
        let floats = entries.compactMap { e -> (String, Tensor)? in
            if case .float(let t) = e.1 { (e.0, t) } else { nil }
        }
        guard floats.map(\.0) == s.tensors.map(\.name) else {
            throw EngineError(
                "training state: its tensors (\(s.tensors.map(\.name).joined(separator: ", "))) are not the network's (\(floats.map(\.0).joined(separator: ", ")))"
            )
        }
        for ((name, t), saved) in zip(floats, s.tensors) where saved.shape != t.shape || saved.values.count != t.count {
            throw EngineError("training state: \(name) has shape \(saved.shape), the network's \(t.shape)")
        }
        let counterNames = entries.compactMap { e -> String? in if case .int64 = e.1 { e.0 } else { nil } }
        guard Set(counterNames) == Set(s.counters.keys) else {
            throw EngineError(
                "training state: its counters (\(s.counters.keys.sorted().joined(separator: ", "))) are not the network's (\(counterNames.sorted().joined(separator: ", ")))"
            )
        }
        let perStep = settings.schedule.interval == .step
        guard s.scheduleMetrics.count == (perStep ? 0 : s.epoch) else {
            throw EngineError("training state: \(s.scheduleMetrics.count) scheduler metrics for \(s.epoch) epochs")
        }
        guard s.order.count == train.count, Set(s.order) == Set(0..<train.count) else {
            throw EngineError(
                "training state: the sample order is not a permutation of the \(train.count) training samples")
        }
        let dropouts = network.layers.compactMap { $0 as? Dropout }
        guard dropouts.count == s.dropout.count else {
            throw EngineError(
                "training state: \(s.dropout.count) dropout streams, the network has \(dropouts.count) dropout layers")
        }
        let replayed = LRScheduler(
            settings.schedule, base: scheduler.base, momentum: scheduler.initialMomentum,
            totalSteps: scheduler.totalSteps)
        if perStep {
            for _ in 0..<(s.epoch * iterations) { replayed.step() }
        } else {
            for m in s.scheduleMetrics { replayed.step(metric: m) }
        }
        guard replayed.lr.bitPattern == s.scheduleLR.bitPattern else {
            throw EngineError(
                "training state: the scheduler arrives at lr \(replayed.lr), the saved run was at \(s.scheduleLR); was it saved with other settings?"
            )
        }
        try optimizer.restore(s.optimizer)
        for ((_, t), saved) in zip(floats, s.tensors) { t.copy(from: saved.values) }
        for (name, entry) in entries {
            if case .int64(_, let set) = entry, let v = s.counters[name] { set(v) }
        }
        for (layer, stream) in zip(dropouts, s.dropout) { layer.random = stream }
        scheduler = replayed
        scheduleMetrics = s.scheduleMetrics
        random = s.shuffle
        order = s.order
        layerStatistics = s.layerStatistics
        completedEpochs = s.epoch
    }
}
