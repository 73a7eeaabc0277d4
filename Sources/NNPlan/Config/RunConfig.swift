import NNData
import NNEngine
import NNProgram

/// Where a run's data comes from.
public enum DataSource: Equatable, Sendable {
    case builtin(String)
    case csv(path: String, target: String, task: TaskKind)
    case synthetic(name: String, samples: Int, noise: Double, classes: Int)
}

/// The `data:` section.
public struct DataConfig: Equatable, Sendable {
    public var source: DataSource
    /// A separate test file (same columns as `csv`); when given, `test_fraction` is not used.
    public var testCSV: String?
    public var testFraction: Double = 0.2
    /// A fixed split instead of a random one: row i (from 0) is a test row when i % N == N - 1.
    public var testEvery: Int?
    /// A validation part carved from the training part after the test part is set aside: this
    /// fraction of all samples (of `csv`'s rows with `test_csv`), or the rows of `validation_csv`.
    /// Without one, the single held-out part is measured as `val_*`.
    public var validationFraction: Double = 0
    public var validationCSV: String?

    /// Whether there is a validation part beside the test part (a three-way split).
    public var hasValidationPart: Bool { validationFraction > 0 || validationCSV != nil }
    /// Divide every feature by this before scaling (digits' pixel counts by 16, as W1 does).
    public var divideBy: Double?
    public var scale: Scaling = .standard
    public var splitSeed: Int = 0
    /// `split_seed: seed`: `splitSeed` is each cell's seed, so that the held-out samples change
    /// with the seed, paired across settings like the initial weights.
    public var splitFromSeed = false
    /// `folds: K`: repeated K-fold. The cell with seed K r + f + 1 holds out fold f (`fold`) of
    /// the permutation of repeat r (`foldRepeat`, drawn from `splitSeed`), and trains on the rest.
    public var folds: Int?
    public var fold = 0
    public var foldRepeat = 0
    /// Fraction of training targets replaced by gross outliers (regression only; the test part stays clean).
    public var outliers: Double = 0
    /// Standardise a regression target on the training part (none or standard).
    public var targetScale: Scaling = .none
}

/// `batch_size`: full (the whole training part) or a number of samples.
public enum BatchSize: Equatable, Sendable, CustomStringConvertible {
    case full
    case samples(Int)

    public func resolve(trainingSamples n: Int) -> Int {
        switch self {
        case .full: n
        case .samples(let b): b
        }
    }
    public var description: String {
        switch self {
        case .full: "full"
        case .samples(let b): "\(b)"
        }
    }
}

/// One training run, every setting resolved (defaults filled in, paths absolute; the paths as
/// written in `writtenPaths`).
public struct RunConfig: Equatable, Sendable {
    public var name: String
    public var data: DataConfig
    public var hidden: [Int] = []
    public var activation: ActivationKind = .relu
    public var dropout: Double = 0
    public var batchNorm: Bool = false
    /// `model.layers`: the modules in order, instead of the hidden/activation shorthand.
    public var layers: [ModuleSpec]?
    public var initScheme: InitScheme = InitScheme(weight: .pytorchDefault, bias: .pytorchDefault)
    public var loss: Loss = .crossEntropy()
    /// Without an `optimizer:` section: sgd with lr 0.01; a section without a name sets options of it.
    public var optimizer: OptimizerSpec = .sgd(lr: 0.01)
    public var batchSize: BatchSize = .samples(32)
    public var schedule: Schedule = .none
    public var l1: Double = 0
    public var l2: Double = 0
    public var epochs: Int = 10
    public var shuffle: Bool = true
    public var seed: Int = 1
    /// Absolute path of a safetensors file to start from (as written: `writtenPaths["init_from"]`).
    public var initFrom: String?
    public var checkpoint: Bool = false
    /// `ema: {decay: D}`: also measure the exponential moving average of the parameters.
    public var emaDecay: Double?
    /// `measure: {layers: B, train_eval: B}`: whether a cell records the per-layer statistics
    /// (layers.csv, at initialization, after epoch 1 and at the end) and measures the training
    /// part in evaluation mode after each epoch (`train_eval_*`). Both off unless the run file
    /// asks (together they cost about a third more time on the digits grid); they change what is
    /// recorded, never the training, so they are not settings.
    public var measureLayers = false
    public var measureTrainEvaluation = false
    /// SHA-256 of the files the run reads, by role (`csv`, `test_csv`, `validation_csv`,
    /// `init_from`): part of the settings, so that changed contents give new cells and unchanged
    /// ones keep their results.
    public var fileDigests: [String: String] = [:]
    /// The same files' paths as the run file writes them (`InputPath.normalized`: relative to the
    /// run file's folder unless written absolute), by role. The settings, and so the cell ids,
    /// the records and the manifest, hold these, never the absolute paths the data is read from:
    /// a checkout moved with its data keeps its ids and results.
    public var writtenPaths: [String: String] = [:]
    /// Not a setting: the most bytes a CSV file of the run may hold (`--max-input-bytes`).
    public var maxInputBytes = Limits.defaultMaxInputBytes
    /// A program that trains the cell instead of the built-in engine (a file with `program:`);
    /// the built-in settings above are then unused but for `name`, `epochs` and `seed`.
    public var program: ProgramCell?

    /// A canonical text of every setting that affects the result; cell ids hash it.
    public var canonical: String { settings.map { "\($0.key)=\($0.value)" }.joined(separator: ";") }

    /// Every setting that affects the result, resolved, in a fixed order: what the manifest and
    /// the cell records store as JSON, and what `canonical` joins.
    public var settings: [(key: String, value: String)] {
        if let program { return program.settings + [("epochs", "\(epochs)"), ("seed", "\(seed)")] }
        var parts: [(key: String, value: String)] = []
        func add(_ k: String, _ v: Any) { parts.append((k, "\(v)")) }
        switch data.source {
        case .builtin(let n): add("data", "builtin:\(n)")
        case .csv(let p, let t, let task): add("data", "csv:\(writtenPaths["csv"] ?? p):\(t):\(task.rawValue)")
        case .synthetic(let n, let s, let noise, let c): add("data", "synthetic:\(n):\(s):\(noise):\(c)")
        }
        add("test_csv", data.testCSV.map { writtenPaths["test_csv"] ?? $0 } ?? "-")
        add("test_fraction", data.testFraction)
        if let n = data.testEvery { add("test_every", n) }
        if data.validationFraction > 0 { add("validation_fraction", data.validationFraction) }
        if let v = data.validationCSV { add("validation_csv", writtenPaths["validation_csv"] ?? v) }
        if let v = data.divideBy { add("divide_by", v) }
        if data.outliers > 0 { add("outliers", data.outliers) }
        add("scale", data.scale.rawValue)
        add("split_seed", data.splitSeed)
        if let k = data.folds {
            add("folds", k)
            add("fold", "\(data.fold) of repeat \(data.foldRepeat)")
        }
        add("target_scale", data.targetScale.rawValue)
        if let layers {
            add("layers", ModuleSpec.canonical(layers))
        } else {
            add("hidden", hidden.map(String.init).joined(separator: ","))
            add("activation", activation.canonical)
            add("dropout", dropout)
            add("batch_norm", batchNorm)
        }
        add("init.weight", initScheme.weight.canonical)
        add("init.bias", initScheme.bias.canonical)
        add("loss", loss.canonical)
        add("optimizer", optimizer)
        add("batch_size", batchSize)
        add("scheduler", Self.describe(schedule))
        add("l1", l1)
        add("l2", l2)
        add("epochs", epochs)
        add("shuffle", shuffle)
        add("seed", seed)
        add("init_from", initFrom.map { writtenPaths["init_from"] ?? $0 } ?? "-")
        if let d = emaDecay { add("ema", d) }
        for (role, digest) in fileDigests.sorted(by: { $0.key < $1.key }) { add("\(role)_sha256", digest) }
        return parts
    }

    static func describe(_ s: Schedule) -> String { s.canonical }

    /// The network's modules for data with `outputs` outputs: the layer list, or the shorthand's.
    public func modules(outputs: Int) -> [ModuleSpec] {
        layers
            ?? ModuleSpec.shorthand(
                hidden: hidden, outputs: outputs, activation: activation, dropout: dropout, batchNorm: batchNorm)
    }
}
