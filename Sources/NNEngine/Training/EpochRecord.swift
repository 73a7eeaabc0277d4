/// What one epoch of training measured. The sweep's cell records hold these as they are (the
/// `epochs` of `cells/<id>.json`, under the property names of `CodingKeys`), and the tables'
/// epoch and run columns are derived from `metrics`.
///
/// Adding a metric: its property here (optional when not every run measures it), its line in
/// `metrics`, and its measurement in `Trainer.runEpoch`.
public struct EpochRecord: Codable, Equatable, Sendable {
    public var epoch: Int
    /// The learning rate of the epoch's first step.
    public var lr: Double
    /// For a schedule that steps after every optimizer step: the lr of each of the epoch's steps.
    /// Not encoded: a cell record keeps the lr of every step of the run once, beside its epochs.
    public var stepLR: [Double]? = nil
    /// Sample-weighted mean of the mini-batch data losses, each computed before its update.
    public var trainLoss: Double
    /// For classification: the fraction of training samples the network classified correctly
    /// in their mini-batch, before that batch's update (like `trainLoss`).
    public var trainAccuracy: Double? = nil
    /// Measured after the epoch in evaluation mode on the validation part (the single held-out
    /// part when there is no separate test part), when there is one.
    public var valLoss: Double? = nil
    public var valAccuracy: Double? = nil
    /// For regression: mean absolute error and root mean squared error on the test part, in
    /// target units, so that runs trained with different losses can be compared.
    public var valMAE: Double? = nil
    public var valRMSE: Double? = nil
    /// Measured after the epoch in evaluation mode (dropout off, batch norm on its running
    /// statistics) on the training part, or on its first `Trainer.trainEvaluationSamples`
    /// samples when it is larger: comparable with the validation numbers, unlike `trainLoss`.
    public var trainEvalLoss: Double? = nil
    public var trainEvalAccuracy: Double? = nil
    /// Measured after the epoch in evaluation mode on the test part, when the trainer has one
    /// beside the validation part: for reporting only, nothing in training reads them.
    public var testLoss: Double? = nil
    public var testAccuracy: Double? = nil
    public var testMAE: Double? = nil
    public var testRMSE: Double? = nil
    /// With `TrainingSettings.emaDecay`: the validation numbers of the parameters' exponential
    /// moving average (`ExponentialAverage`), measured like `valLoss` and `valAccuracy`.
    public var emaValLoss: Double? = nil
    public var emaValAccuracy: Double? = nil
    /// Training seconds from the start of the run to the end of this epoch (wall-clock). The
    /// trainer keeps no clock: whoever times the training sets it (the sweep's cell runner).
    public var seconds: Double? = nil
    /// Metrics of a program cell that have no field here, by the name the program reports them.
    public var extra: [String: Double]? = nil

    public init(epoch: Int, lr: Double, trainLoss: Double, trainAccuracy: Double? = nil) {
        self.epoch = epoch
        self.lr = lr
        self.trainLoss = trainLoss
        self.trainAccuracy = trainAccuracy
    }

    /// The encoded properties: every one but `stepLR`. An optional property that is nil is
    /// left out of the JSON.
    enum CodingKeys: String, CodingKey {
        case epoch, lr, trainLoss, trainAccuracy, valLoss, valAccuracy, valMAE, valRMSE
        case trainEvalLoss, trainEvalAccuracy, testLoss, testAccuracy, testMAE, testRMSE
        case emaValLoss, emaValAccuracy, seconds, extra
    }

    /// Sets the metric of that column name (one of `metrics`, as a program reports it); false for
    /// a name the record has no place for.
    public mutating func set(_ name: String, _ v: Double) -> Bool {
        switch name {
        case "train_loss": trainLoss = v
        case "train_accuracy": trainAccuracy = v
        case "val_loss": valLoss = v
        case "val_accuracy": valAccuracy = v
        case "val_mae": valMAE = v
        case "val_rmse": valRMSE = v
        case "train_eval_loss": trainEvalLoss = v
        case "train_eval_accuracy": trainEvalAccuracy = v
        case "ema_val_loss": emaValLoss = v
        case "ema_val_accuracy": emaValAccuracy = v
        case "test_loss": testLoss = v
        case "test_accuracy": testAccuracy = v
        case "test_mae": testMAE = v
        case "test_rmse": testRMSE = v
        default: return false
        }
        return true
    }

    /// The value of a metric by its column name: one of `metrics`, or a program's further metric
    /// (`extra`); nil when the epoch has none.
    public func value(named name: String) -> Double? {
        if let m = Self.metrics.first(where: { $0.name == name }) { return m.value(self) }
        return extra?[name]
    }

    /// The measured numbers in the order of the tables' columns. epochs.csv has a column
    /// `NAME` for each, after `epoch` and `lr` (a test-part metric only with a three-way split,
    /// after the others); runs.csv has `final_NAME`, the last epoch's value, and, for one with
    /// `best`, `best_NAME` or (test part) `best_epoch_NAME`. See `EpochMetric`.
    public static let metrics: [EpochMetric] = [
        .init("train_loss", .lower, best: true) { $0.trainLoss },
        .init("train_accuracy", .higher, best: true) { $0.trainAccuracy },
        .init("val_loss", .lower, best: true) { $0.valLoss },
        .init("val_accuracy", .higher, best: true) { $0.valAccuracy },
        .init("val_mae", .lower) { $0.valMAE },
        .init("val_rmse", .lower) { $0.valRMSE },
        .init("train_eval_loss", .lower) { $0.trainEvalLoss },
        .init("train_eval_accuracy", .higher) { $0.trainEvalAccuracy },
        .init("ema_val_loss", .lower) { $0.emaValLoss },
        .init("ema_val_accuracy", .higher) { $0.emaValAccuracy },
        .init("test_loss", .lower, testPart: true, best: true) { $0.testLoss },
        .init("test_accuracy", .higher, testPart: true, best: true) { $0.testAccuracy },
        .init("test_mae", .lower, testPart: true) { $0.testMAE },
        .init("test_rmse", .lower, testPart: true) { $0.testRMSE }
    ]
}

/// Which way is better for a measured number.
public enum MetricDirection: String, Sendable, Equatable {
    case lower, higher
}

/// One measured number of `EpochRecord`, declared once in `EpochRecord.metrics`.
public struct EpochMetric: Sendable {
    /// The column's name in epochs.csv (snake case); runs.csv prefixes it (`final_`, `best_`).
    public let name: String
    public let direction: MetricDirection
    /// Measured on the test part of a three-way split. Its columns are written only for a sweep
    /// with one, after the others, so that the tables of a two-way split stay as they were.
    public let testPart: Bool
    /// Whether runs.csv has a column of the best epoch's value beside the final one. For a
    /// held-out or training metric it is `best_NAME`: the lowest (`lower`) or highest finite
    /// value over the epochs. For a test-part metric it is `best_epoch_NAME`: the value at
    /// `best_epoch`, the epoch of the lowest validation loss, since the test part chooses nothing.
    public let best: Bool
    /// The epoch's value; nil when the run does not measure it (no accuracy for regression,
    /// no EMA without `emaDecay`, ...).
    public let value: @Sendable (EpochRecord) -> Double?

    public init(
        _ name: String, _ direction: MetricDirection, testPart: Bool = false, best: Bool = false,
        value: @escaping @Sendable (EpochRecord) -> Double?
    ) {
        self.name = name
        self.direction = direction
        self.testPart = testPart
        self.best = best
        self.value = value
    }
}
