import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// What one cell left behind: written atomically to `DIR/cells/<id>.json` when the cell ends;
/// the tables are rebuilt from these records.
public struct CellRecord: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        case ok, diverged, failed
        /// A program cell stopped at its time limit.
        case timedOut = "timed_out"
    }

    public var id: String
    public var seed: Int
    public var cellSeed: String
    public var status: Status
    public var message: String
    public var divergedEpoch: Int?
    public var iterationsPerEpoch: Int
    public var parameters: Int
    /// The engine's records as they are: `EpochRecord` (its `seconds` set here, its `stepLR`
    /// moved to the record's `stepLR`) and `LayerStatistic`.
    public var epochs: [EpochRecord]
    public var layers: [LayerStatistic]
    public var trainSeconds: Double
    /// The cell's resolved settings (`RunConfig.settings`), so that a record shows what it measured.
    public var settings: [String: String]? = nil
    /// For a schedule that steps after every optimizer step (`interval: step`): the lr of every
    /// step of the run, in order; nil for schedules that step once per epoch.
    public var stepLR: [Double]? = nil
    /// Successive halving stopped the cell after this many of its `epochs` (nil: it ran them all).
    public var trainedThrough: Int? = nil
    /// The resolved settings as typed values under their dotted names (`RunConfig.settingColumns`):
    /// numbers as JSON numbers, the values runs.csv shows in its settings columns.
    public var settingValues: [String: SettingValue]? = nil
    /// For a program cell: how its program ran.
    public var program: ProgramRunRecord? = nil

    public var epochsRun: Int { epochs.count }
    public var last: EpochRecord? { epochs.last }

    /// The epoch with the lowest validation loss (training loss when there is no test part).
    public var bestEpoch: EpochRecord? {
        epochs.filter { ($0.valLoss ?? $0.trainLoss).isFinite }.min {
            ($0.valLoss ?? $0.trainLoss) < ($1.valLoss ?? $1.trainLoss)
        }
    }
}

/// Trains one cell and returns its record. A cell that cannot train is a record with status
/// failed; only a checkpoint that cannot be written throws (`FileWriteError`), which stops the sweep.
public enum CellRunner {
    /// `through`: train only the epochs up to this one (successive halving's rung), the schedule
    /// staying that of all `epochs`; the training state is then saved to
    /// `stateDirectory/<id>.<epoch>.state`. `previous`: a record of the same cell stopped after
    /// fewer epochs, which this run continues from its saved state (or, when that state is
    /// missing or unreadable, trains again from the start, to the same numbers). `publish` is
    /// called after every epoch with the record so far. `clock` (nanoseconds) times the training:
    /// `trainSeconds` and each epoch's `seconds` leave out the time spent in `publish`.
    public static func run(
        _ cell: Cell, data: PreparedData?, dataError: Error?, checkpointDirectory: URL?, threads: Int = 1,
        through: Int? = nil, previous: CellRecord? = nil, stateDirectory: URL? = nil,
        publish: ((CellRecord) -> Void)? = nil, clock: @escaping () -> UInt64 = uptime
    ) throws -> CellRecord {
        let c = cell.config
        var record = CellRecord(
            id: cell.id, seed: c.seed, cellSeed: String(cell.cellSeed), status: .ok, message: "",
            divergedEpoch: nil, iterationsPerEpoch: 0, parameters: 0, epochs: [], layers: [], trainSeconds: 0,
            settings: Dictionary(c.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))
        let last = min(through ?? c.epochs, c.epochs)
        if last < c.epochs { record.trainedThrough = last }
        record.settingValues = Dictionary(c.settingColumns.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let start = clock()
        var publishing: UInt64 = 0  // nanoseconds spent in publish, which is not training
        let elapsed = { Double(clock() &- start &- publishing) / 1e9 }
        var before = 0.0  // seconds of the epochs a continued record already holds
        do {
            if let e = dataError { throw e }
            guard let data else { throw EngineError("no data") }
            let (network, trainer) = try build(cell, data: data)
            trainer.optimizer.threads = threads
            record.parameters = network.parameterCount
            let b = trainer.settings.batchSize
            record.iterationsPerEpoch = (data.train.count + b - 1) / b
            if let p = previous, p.status == .ok, let dir = stateDirectory,
                let state = try? TrainingStateFile.read(
                    from: ResultsLayout.stateURL(dir, cell.id, epoch: p.epochs.count)),
                state.epoch == p.epochs.count, (try? trainer.restore(state)) != nil
            {
                record.epochs = p.epochs
                record.stepLR = p.stepLR
                before = p.trainSeconds
            }
            let outcome = trainer.run(through: last) { e in
                var e = e
                e.seconds = before + elapsed()
                if let lrs = e.stepLR {
                    if record.stepLR == nil { record.stepLR = [] }
                    record.stepLR!.append(contentsOf: lrs)
                    e.stepLR = nil
                }
                record.epochs.append(e)
                if let publish {
                    let t = clock()
                    publish(record)
                    publishing &+= clock() &- t
                }
            }
            record.layers = trainer.layerStatistics
            if case .diverged(let epoch) = outcome {
                record.status = .diverged
                record.divergedEpoch = epoch
                record.message = "loss became NaN or infinite in epoch \(epoch)"
                record.trainedThrough = nil
            } else if last < c.epochs, let dir = stateDirectory {
                try AtomicFile.createDirectory(dir)
                try TrainingStateFile.write(trainer.saveState(), to: ResultsLayout.stateURL(dir, cell.id, epoch: last))
            } else if c.checkpoint, last == c.epochs, let dir = checkpointDirectory {
                let bytes = SafeTensors.encode(
                    network.stateTensors(), metadata: CheckpointMetadata.make(cell, network: network, data: data))
                try AtomicFile.createDirectory(dir)
                try AtomicFile.write(Data(bytes), to: ResultsLayout.checkpointURL(dir, cell.id))
            }
        } catch let e as FileWriteError {
            throw e
        } catch {
            record.status = .failed
            record.message = "\(error)"
            record.trainedThrough = nil
        }
        record.trainSeconds = before + elapsed()
        return record
    }

    /// The default clock: nanoseconds since boot, never going back.
    public static func uptime() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Builds the network (from init_from when given), optimizer and trainer for a cell.
    public static func build(_ cell: Cell, data: PreparedData) throws -> (Sequential, Trainer) {
        let c = cell.config
        let streams = RandomStreams(cell.config, data: data)
        let spec = NetworkSpec(inputs: data.train.featureCount, modules: c.modules(outputs: data.outputs))
        if let layers = c.layers { try checkLayers(layers, loss: c.loss, outputs: data.outputs) }
        try Limits.checkNetwork(spec, classes: data.train.task == .classification ? data.train.classes : nil)
        try Limits.checkActivations(
            spec, batch: c.batchSize.resolve(trainingSamples: data.train.count),
            evaluationRows: min(
                Trainer.evaluationRows, [data.train, data.heldOut, data.test].compactMap { $0?.count }.max() ?? 0))
        let network = try Sequential(
            spec: spec, initScheme: c.initScheme, random: streams.initialWeights, dropoutRandom: streams.dropout)
        if c.initFrom == nil {
            // A scale that overflows float32 for these fans (a huge gain or bound): refused
            // before training, not one diverged epoch later.
            for (name, entry) in network.stateDict {
                guard case .float(let t) = entry, let bad = t.array.first(where: { !$0.isFinite }) else { continue }
                throw EngineError(
                    "init: the initial \(name) holds \(bad.isNaN ? "NaN" : "infinity"), the initializer's scale overflowing float32 for this layer; choose a smaller gain, std or bound"
                )
            }
        }
        if let path = c.initFrom {
            let bytes: [UInt8]
            do {
                bytes = try InputFile.read(path, maxBytes: Limits.maxCheckpointBytes, hint: Limits.checkpointHint)
            } catch {
                if case .missing = error.reason {
                    throw EngineError("init_from \(path): cannot read the file (no such file)")
                }
                throw EngineError("init_from: " + error.message(what: "a safetensors file"))
            }
            do {
                try network.load(SafeTensors.decode(bytes).tensors)
            } catch let e as EngineError {
                throw EngineError("init_from \(path): \(e.description)")
            } catch {
                throw EngineError("init_from \(path): not a safetensors file (\(error))")
            }
        }
        let optimizer = try c.optimizer.make(parameters: network.parameters)
        var settings = TrainingSettings(
            loss: c.loss, batchSize: c.batchSize.resolve(trainingSamples: data.train.count), epochs: c.epochs,
            shuffle: c.shuffle, schedule: c.schedule, l1: c.l1, l2: c.l2, layerStatistics: c.measureLayers)
        settings.trainEvaluation = c.measureTrainEvaluation
        settings.emaDecay = c.emaDecay
        let trainer = try Trainer(
            network: network, optimizer: optimizer, settings: settings, train: data.train,
            validation: data.validation, test: data.reportOnly, random: streams.batchOrder)
        return (network, trainer)
    }
}

extension CellRunner {
    /// A layer list against the data and the loss: the last Linear must give the outputs they
    /// need, and `bce` after a sigmoid (nn.BCELoss) takes no pos_weight.
    static func checkLayers(_ layers: [ModuleSpec], loss: Loss, outputs: Int) throws {
        guard let last = layers.lastIndex(where: { if case .linear = $0.kind { true } else { false } }),
            case .linear(let width, _, _) = layers[last].kind
        else { return }
        if width != outputs {
            let need =
                loss.needsClassOutputs
                ? "one output per class, \(outputs)"
                : (loss.isClassification ? "1 output (the logit or probability of class 1)" : "1 output (the target)")
            throw SweepError(
                "model.layers[\(last)]: the last linear has width \(width), but the data with loss \(loss.name) needs \(need)"
            )
        }
        if case .bce(_?) = loss, case .activation(.sigmoid) = layers.last?.kind {
            throw SweepError(
                "model.layers[\(layers.count - 1)]: loss bce after a sigmoid is nn.BCELoss, which has no pos_weight; drop the sigmoid (BCEWithLogitsLoss) or pos_weight"
            )
        }
    }

    /// Whether a cell trains `cross_entropy` on a softmax output (the cross-entropy of
    /// probabilities: softmax applied twice).
    public static func doubleSoftmax(_ c: RunConfig) -> Bool {
        guard case .crossEntropy = c.loss, case .softmax? = c.layers?.last?.kind else { return false }
        return true
    }
}

/// The random streams of a cell, each keyed by the seed and by the settings it depends on and
/// nothing else (common random numbers): cells that differ only in optimizer, scheduler, lr,
/// regularization, activation, dropout or batch norm start from the same weights for the same
/// seed, and cells whose data and batch size agree also see the same batches. The data split
/// depends on `split_seed` and the data alone (see `PreparedData`).
struct RandomStreams {
    /// Initial weights: (seed, data shape, widths, initializer).
    let initialWeights: RandomSource
    /// The order of the training samples: (seed, data, batch size).
    let batchOrder: RandomSource
    /// Dropout masks: (seed, data shape, widths, dropout, batch size).
    let dropout: RandomSource

    init(_ c: RunConfig, data: PreparedData) {
        let all = Dictionary(c.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        func key(_ stream: String, _ names: [String], _ extra: [String]) -> RandomSource {
            let text = ([stream, "seed=\(c.seed)"] + names.map { "\($0)=\(all[$0] ?? "-")" } + extra).joined(
                separator: ";")
            return RandomSource(seed: Hashing.fnv1a64(text))
        }
        let shape = ["inputs=\(data.train.featureCount)", "outputs=\(data.outputs)"]
        var dataKeys =
            ExperimentSettings.dataKeys
            + (ExperimentSettings.validationKeys + ExperimentSettings.foldKeys).filter { all[$0] != nil }
            + c.fileDigests.keys.sorted().map { "\($0)_sha256" }
        // With a validation part, the test part is for reporting only: not even its file's name
        // or contents may change how the network trains.
        if c.data.hasValidationPart { dataKeys.removeAll { $0 == "test_csv" || $0 == "test_csv_sha256" } }
        // A layer list keys the weights on its Linear modules only (width, bias, own init), so
        // lists that differ in activations or other modules start from the same weights.
        let linears =
            c.layers.map {
                [
                    "layers.linear="
                        + $0.filter { if case .linear = $0.kind { true } else { false } }.map {
                            ModuleSpec($0.kind).canonical
                        }.joined(separator: ",")
                ]
            } ?? []
        initialWeights = key("init", ["hidden", "init.weight", "init.bias"], shape + linears)
        batchOrder = key("batches", dataKeys + ["batch_size", "shuffle"], ["samples=\(data.train.count)"])
        dropout = key(
            "dropout", ["hidden", "dropout", "batch_size"] + (c.layers == nil ? [] : ["layers"]) + dataKeys, shape)
    }
}
