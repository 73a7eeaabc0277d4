/// How a training run ended.
public enum TrainingOutcome: Equatable, Sendable {
    case completed
    /// The loss became NaN or infinite during this epoch; training stopped there.
    case diverged(epoch: Int)
}

/// Everything a training run needs besides the network and the optimizer.
public struct TrainingSettings: Sendable {
    public var loss: Loss
    public var batchSize: Int
    public var epochs: Int
    public var shuffle: Bool
    public var schedule: Schedule
    public var l1: Double
    public var l2: Double
    /// Record per-layer statistics at initialization and after the first epoch.
    public var layerStatistics: Bool
    /// Measure the training part in evaluation mode after each epoch (`trainEvalLoss`).
    public var trainEvaluation = false
    /// Keep an exponential moving average of the parameters with this decay, updated after
    /// every optimizer step, and measure it after each epoch (`emaValLoss`).
    public var emaDecay: Double? = nil

    public init(
        loss: Loss, batchSize: Int, epochs: Int, shuffle: Bool = true, schedule: Schedule = .none,
        l1: Double = 0, l2: Double = 0, layerStatistics: Bool = false
    ) {
        self.loss = loss
        self.batchSize = batchSize
        self.epochs = epochs
        self.shuffle = shuffle
        self.schedule = schedule
        self.l1 = l1
        self.l2 = l2
        self.layerStatistics = layerStatistics
    }
}

/// The training loop:
///
///     for epoch in 1...epochs:
///         order ← shuffle(0..<n) or 0..<n
///         for each batch B of `batchSize` samples in order (the last may be smaller):
///             zero gradients
///             ℓ  ← loss(network(x_B), y_B)                    (training mode)
///             objective ← ℓ + l1 Σ|W| + l2 Σ W²             (Linear weights only)
///             back-propagate; optimizer step
///             train_loss += ℓ · |B|
///             scheduler step                                 (interval: step)
///         train_loss /= n; validation loss and accuracy in evaluation mode
///         scheduler step                                     (interval: epoch; reduce_on_plateau
///                                                             watches val_loss, else train_loss)
///
/// A scheduler with `cycle_momentum` sets the optimizer's momentum whenever it sets the lr.
public final class Trainer {
    public let network: Sequential
    public let optimizer: Optimizer
    public let settings: TrainingSettings
    public let train: Dataset
    public let validation: Dataset?
    /// Measured after each epoch for the record only (`testLoss`, ...); the schedule, divergence
    /// checks and everything else watch `validation`.
    public let test: Dataset?
    public internal(set) var scheduler: LRScheduler
    public internal(set) var layerStatistics: [LayerStatistic] = []
    /// Epochs trained so far (by `run`, `runEpoch` or a restored state).
    public internal(set) var completedEpochs = 0
    var random: RandomSource
    var order: [Int]
    /// The metric handed to an epoch-interval scheduler after each epoch so far.
    var scheduleMetrics: [Double] = []
    let iterations: Int
    public let average: ExponentialAverage?
    private let batchX: Scratch
    private let batchY: Scratch
    private let gradOut: Scratch
    /// The values whose quantiles a layer statistic takes (reused).
    private var quantileScratch = LayerStatistic.QuantileScratch()
    private let outputs: Int
    private let outputKind: OutputKind

    public init(
        network: Sequential, optimizer: Optimizer, settings: TrainingSettings, train: Dataset,
        validation: Dataset?, test: Dataset? = nil, random: RandomSource
    ) throws {
        guard train.count > 0 else { throw EngineError("the training part has no samples") }
        guard settings.batchSize >= 1 && settings.batchSize <= train.count else {
            throw EngineError(
                "batch_size must be between 1 and the \(train.count) training samples, got \(settings.batchSize)")
        }
        guard settings.epochs >= 1 else { throw EngineError("epochs must be at least 1, got \(settings.epochs)") }
        if network.spec.batchNorm {
            if settings.batchSize == 1 || train.count % settings.batchSize == 1 {
                throw EngineError(
                    "batch_norm needs at least 2 samples in every batch, but batch_size \(settings.batchSize) with \(train.count) training samples leaves a batch of 1"
                )
            }
        }
        guard train.featureCount == network.spec.inputs else {
            throw EngineError("the model expects \(network.spec.inputs) features, the data has \(train.featureCount)")
        }
        try settings.loss.validate(outputs: network.spec.outputs, output: network.output)
        let iterations = (train.count + settings.batchSize - 1) / settings.batchSize
        let (stepsPerRun, overflow) = settings.epochs.multipliedReportingOverflow(by: iterations)
        guard !overflow else {
            throw EngineError("\(settings.epochs) epochs of \(iterations) steps are more steps than nnsweep can count")
        }
        let totalSteps = settings.schedule.interval == .step ? stepsPerRun : settings.epochs
        try settings.schedule.validate(totalSteps: totalSteps)
        if settings.schedule.cyclesMomentum && optimizer.momentumForCycling == nil {
            throw EngineError(
                "scheduler \(settings.schedule.name): cycle_momentum needs an optimizer with momentum or betas; set cycle_momentum: false"
            )
        }
        average = try settings.emaDecay.map { try ExponentialAverage(decay: $0, parameters: network.parameters) }
        self.network = network
        self.optimizer = optimizer
        self.settings = settings
        self.train = train
        self.validation = validation
        self.test = test
        self.random = random.derived("shuffle")
        scheduler = LRScheduler(
            settings.schedule, base: optimizer.lr, momentum: optimizer.momentumForCycling, totalSteps: totalSteps)
        order = Array(0..<train.count)
        self.iterations = iterations
        outputs = network.spec.outputs
        outputKind = network.output
        batchX = Scratch()
        batchX.reserve(settings.batchSize * train.featureCount)
        batchY = Scratch()
        batchY.reserve(settings.batchSize * outputs)
        gradOut = Scratch()
        gradOut.reserve(settings.batchSize * outputs)
        network.reserve(batch: settings.batchSize)
    }

    static let evalChunk = 512
    /// The rows evaluated at once.
    public static var evaluationRows: Int { evalChunk }
    /// The training samples measured in evaluation mode after each epoch: the first ones of the
    /// training part (already in the split's random order), at most this many.
    public static let trainEvaluationSamples = 2048
    private lazy var trainEvaluationPart: Dataset =
        train.count <= Trainer.trainEvaluationSamples ? train : train.subset(Array(0..<Trainer.trainEvaluationSamples))

    /// Trains for the configured epochs, calling `onEpoch` after each; stops early on divergence.
    @discardableResult
    public func run(onEpoch: (EpochRecord) -> Void = { _ in }) -> TrainingOutcome {
        run(through: settings.epochs, onEpoch: onEpoch)
    }

    /// Trains the epochs after `completedEpochs` up to and including `last` (at most
    /// `settings.epochs`), calling `onEpoch` after each; stops early on divergence. The
    /// schedule stays the one of `settings.epochs`: stopping at `last` and continuing later
    /// (also in another trainer, through `saveState` and `restore`) trains exactly as one call
    /// through to the end would.
    @discardableResult
    public func run(through last: Int, onEpoch: (EpochRecord) -> Void = { _ in }) -> TrainingOutcome {
        precondition(
            last <= settings.epochs, "run(through: \(last)) beyond the \(settings.epochs) epochs of the schedule")
        guard completedEpochs < last else { return .completed }
        if completedEpochs == 0 && settings.layerStatistics { recordLayerStatistics(stage: "init") }
        for epoch in (completedEpochs + 1)...last {
            guard let record = runEpoch(epoch) else { return .diverged(epoch: epoch) }
            onEpoch(record)
            if epoch == 1 && settings.layerStatistics { recordLayerStatistics(stage: "epoch1") }
            if let v = record.valLoss, !v.isFinite { return .diverged(epoch: epoch) }
        }
        if last == settings.epochs && settings.epochs > 1 && settings.layerStatistics {
            recordLayerStatistics(stage: "final")
        }
        return .completed
    }

    /// One epoch; nil when the loss became NaN or infinite.
    public func runEpoch(_ epoch: Int) -> EpochRecord? {
        let lr = scheduler.lr
        let perStep = settings.schedule.interval == .step
        var stepLR: [Double] = []
        applySchedule()
        if settings.shuffle { random.shuffle(&order) }
        let n = train.count
        let b = settings.batchSize
        let d = train.featureCount
        var total = 0.0
        var correct = 0
        let classify = settings.loss.isClassification
        let x = batchX.pointer
        let y = batchY.pointer
        let g = gradOut.pointer
        train.features.withUnsafeBufferPointer { features in
            train.targets.withUnsafeBufferPointer { targets in
                var start = 0
                while start < n {
                    let size = min(b, n - start)
                    for k in 0..<size {
                        let i = order[start + k]
                        (x + k * d).update(from: features.baseAddress! + i * d, count: d)
                        y[k] = targets[i]
                    }
                    optimizer.zeroGrad()
                    let out = network.forward(x, batch: size, training: true)
                    let loss = settings.loss.compute(
                        output: out, targets: y, batch: size, outputs: outputs, grad: g, kind: outputKind)
                    if !loss.isFinite {
                        total = .nan
                        return
                    }
                    if classify {
                        for r in 0..<size
                        where Trainer.predictedClass(out + r * outputs, outputs, kind: outputKind) == Int(y[r]) {
                            correct += 1
                        }
                    }
                    network.backward(g, batch: size)
                    addPenaltyGradients()
                    optimizer.step()
                    average?.update()
                    if perStep {
                        stepLR.append(optimizer.lr)
                        scheduler.step()
                        applySchedule()
                    }
                    total += loss * Double(size)
                    start += size
                }
            }
        }
        guard total.isFinite else { return nil }
        var record = EpochRecord(
            epoch: epoch, lr: lr, trainLoss: total / Double(n),
            trainAccuracy: classify ? Double(correct) / Double(n) : nil)
        if perStep { record.stepLR = stepLR }
        if let v = validation, v.count > 0 {
            let m = measure(v)
            record.valLoss = m.loss
            record.valAccuracy = m.accuracy
            record.valMAE = m.mae
            record.valRMSE = m.rmse
            if let average {
                let e = average.withAveraged { measure(v) }
                record.emaValLoss = e.loss
                record.emaValAccuracy = e.accuracy
            }
        }
        if let t = test, t.count > 0 {
            let m = measure(t)
            record.testLoss = m.loss
            record.testAccuracy = m.accuracy
            record.testMAE = m.mae
            record.testRMSE = m.rmse
        }
        if settings.trainEvaluation {
            let m = measure(trainEvaluationPart)
            record.trainEvalLoss = m.loss
            record.trainEvalAccuracy = m.accuracy
        }
        if !perStep {
            let metric = record.valLoss ?? record.trainLoss
            scheduler.step(metric: metric)
            scheduleMetrics.append(metric)
        }
        completedEpochs = epoch
        return record
    }

    /// Gives the optimizer the scheduler's lr (and momentum, when the schedule cycles it).
    private func applySchedule() {
        optimizer.lr = scheduler.lr
        if let m = scheduler.momentum { optimizer.momentumForCycling = m }
    }

    /// ∂/∂W of l1 Σ|W| + l2 Σ W² over the Linear weights: l1 sign(W) + 2 l2 W.
    private func addPenaltyGradients() {
        guard settings.l1 != 0 || settings.l2 != 0 else { return }
        let l1 = Float(settings.l1)
        let l2 = Float(2 * settings.l2)
        for p in network.penalizedWeights {
            let w = p.value.data
            let dw = p.grad.data
            for i in 0..<p.count {
                let s: Float = w[i] > 0 ? 1 : (w[i] < 0 ? -1 : 0)
                dw[i] += l1 * s + l2 * w[i]
            }
        }
    }

    /// Mean loss and (for classification) accuracy in evaluation mode.
    public func evaluate(_ data: Dataset) -> (loss: Double, accuracy: Double?) {
        let m = measure(data)
        return (m.loss, m.accuracy)
    }

    /// What one evaluation pass measures: the mean loss; for classification the accuracy; for
    /// regression (one output) the mean absolute and root mean squared error in target units.
    public struct Measures: Sendable {
        public var loss: Double
        public var accuracy: Double?
        public var mae: Double?
        public var rmse: Double?
    }

    /// One pass over `data` in evaluation mode, in chunks, measuring everything at once.
    public func measure(_ data: Dataset) -> Measures {
        let n = data.count
        let d = data.featureCount
        let classify = settings.loss.isClassification
        network.reserve(batch: Trainer.evalChunk)
        var total = 0.0
        var correct = 0
        var absError = 0.0
        var squaredError = 0.0
        data.features.withUnsafeBufferPointer { features in
            data.targets.withUnsafeBufferPointer { targets in
                var start = 0
                while start < n {
                    let size = min(Trainer.evalChunk, n - start)
                    let out = network.forward(features.baseAddress! + start * d, batch: size, training: false)
                    let t = targets.baseAddress! + start
                    total +=
                        settings.loss.compute(
                            output: out, targets: t, batch: size, outputs: outputs, grad: nil, kind: outputKind)
                        * Double(size)
                    for r in 0..<size {
                        if classify {
                            if Trainer.predictedClass(out + r * outputs, outputs, kind: outputKind) == Int(t[r]) {
                                correct += 1
                            }
                        } else {
                            let e = Double(out[r * outputs]) - Double(t[r])
                            absError += abs(e)
                            squaredError += e * e
                        }
                    }
                    start += size
                }
            }
        }
        let count = Double(n)
        return Measures(
            loss: total / count, accuracy: classify ? Double(correct) / count : nil,
            mae: classify ? nil : absError / count, rmse: classify ? nil : (squaredError / count).squareRoot())
    }

    /// argmax of the outputs (logits, probabilities or log-probabilities); for one output (bce),
    /// 1 when the logit is positive or the sigmoid's probability above 0.5.
    static func predictedClass(_ logits: UnsafePointer<Float>, _ c: Int, kind: OutputKind = .logits) -> Int {
        if c == 1 { return logits[0] > (kind == .sigmoid ? 0.5 : 0) ? 1 : 0 }
        var best = 0
        for j in 1..<c where logits[j] > logits[best] { best = j }
        return best
    }

    /// Activation mean/std after each Linear block (its activation's output, or the logits for
    /// the last) and the weight-gradient norm, measured in evaluation mode on the first (up to)
    /// 256 training samples. Gradients are restored afterwards: no training state changes.
    private func recordLayerStatistics(stage: String) {
        let m = min(256, train.count)
        let saved = network.parameters.map(\.grad.array)
        network.zeroGrad()
        gradOut.reserve(m * outputs)
        network.reserve(batch: m)
        // Each Linear's block ends at the last activation (or softmax) before the next Linear;
        // a block without one reports the Linear's own output.
        var blockOutputs: [(mean: Double, std: Double, quantiles: [Double])] = []
        var outputGrads: [(std: Double, quantiles: [Double])] = []
        train.features.withUnsafeBufferPointer { features in
            train.targets.withUnsafeBufferPointer { targets in
                let layers = network.layers
                // The layer whose output stands for each block: of the Linear and the
                // activations after it, the last before the next Linear.
                var measured = [Bool](repeating: false, count: layers.count)
                var last: Int? = nil
                for (i, l) in layers.enumerated() {
                    if l is Linear {
                        if let j = last { measured[j] = true }
                        last = i
                    } else if last != nil && (l is Activation || l is SoftmaxLayer || l is LogSoftmaxLayer) {
                        last = i
                    }
                }
                if let j = last { measured[j] = true }
                var h = UnsafePointer(features.baseAddress!)
                for (i, l) in layers.enumerated() {
                    let o = l.forward(h, batch: m, training: false)
                    if measured[i] {
                        let count = m * l.outputFeatures
                        var s = 0.0
                        var s2 = 0.0
                        for k in 0..<count {
                            let v = Double(o[k])
                            s += v
                            s2 += v * v
                        }
                        let mean = s / Double(count)
                        let stat = (
                            mean, max(0, s2 / Double(count) - mean * mean).squareRoot(),
                            LayerStatistic.quantiles(of: o, count: count, scratch: &quantileScratch)
                        )
                        blockOutputs.append(stat)
                    }
                    h = UnsafePointer(o)
                }
                _ = settings.loss.compute(
                    output: h, targets: targets.baseAddress!, batch: m, outputs: outputs,
                    grad: gradOut.pointer, kind: outputKind)
                // network.backward, keeping each Linear layer's output gradient (top layer first).
                var g = UnsafePointer(gradOut.pointer)
                for i in layers.indices.reversed() {
                    if let linear = layers[i] as? Linear {
                        let count = m * linear.outputFeatures
                        var sum = 0.0
                        for k in 0..<count { sum += Double(g[k]) }
                        let mean = sum / Double(count)
                        var squares = 0.0
                        for k in 0..<count {
                            let d = Double(g[k]) - mean
                            squares += d * d
                        }
                        let variance = squares / Double(count)
                        outputGrads.insert(
                            (
                                variance.squareRoot(),
                                LayerStatistic.quantiles(of: g, count: count, scratch: &quantileScratch)
                            ), at: 0)
                    }
                    guard let gi = layers[i].backward(g, batch: m, needInputGradient: i > 0) else { break }
                    g = UnsafePointer(gi)
                }
            }
        }
        var depth = 0
        for (i, layer) in network.layers.enumerated() {
            guard let linear = layer as? Linear else { continue }
            var gn = 0.0
            for k in 0..<linear.weight.count {
                let v = Double(linear.weight.grad.data[k])
                gn += v * v
            }
            let block = blockOutputs[depth]
            depth += 1
            let grad = outputGrads[depth - 1]
            layerStatistics.append(
                LayerStatistic(
                    stage: stage, module: network.moduleNames[i], depth: depth, activationMean: block.mean,
                    activationStd: block.std, gradNorm: gn.squareRoot(), activationQuantiles: block.quantiles,
                    outputGradStd: grad.std, outputGradQuantiles: grad.quantiles))
        }
        for (p, values) in zip(network.parameters, saved) { p.grad.copy(from: values) }
    }
}
