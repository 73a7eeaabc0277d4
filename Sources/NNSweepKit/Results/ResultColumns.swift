import Foundation
import NNEngine

/// Which way is better for a measured number.
public enum MetricDirection: String, Sendable, Equatable {
    case lower, higher

    /// The direction of a column: its declaration when the tables declare it, otherwise from the
    /// name (losses, errors and times lower, accuracies higher); nil when neither says.
    public static func of(_ name: String) -> MetricDirection? {
        if let c = ResultColumns.declared[name] { return c.direction }
        if name.contains("accuracy") { return .higher }
        if name.contains("loss") || name.hasSuffix("seconds") || name.hasSuffix("mae") || name.hasSuffix("rmse")
            || name.hasSuffix("mse")
        {
            return .lower
        }
        return nil
    }
}

/// One column of a results table, declared once: its name, which way is better (nil for
/// settings, counts and text) and how its value is written from a cell record.
public struct ResultColumn<Source>: Sendable {
    public let name: String
    public let direction: MetricDirection?
    let value: @Sendable (Source) -> String

    init(_ name: String, _ direction: MetricDirection? = nil, _ value: @escaping @Sendable (Source) -> String) {
        self.name = name
        self.direction = direction
        self.value = value
    }
}

/// The columns of runs.csv, epochs.csv and layers.csv after `run_id` and the axis columns. The
/// writer (`SweepTables.write`) and the reader (`SweepTables.load`) both use these lists, and
/// every reader finds a column by its name here.
public enum ResultColumns {
    public typealias Epoch = CellRecord.EpochRow
    public typealias Layer = CellRecord.LayerRow

    public static let runs: [ResultColumn<CellRecord>] = [
        .init("seed") { "\($0.seed)" },
        .init("status") { $0.status.rawValue },
        .init("epochs_run") { "\($0.epochsRun)" },
        .init("iterations_per_epoch") { "\($0.iterationsPerEpoch)" },
        .init("parameters") { "\($0.parameters)" },
        .init("final_train_loss", .lower) { csvNumber($0.last?.trainLoss) },
        .init("final_train_accuracy", .higher) { csvNumber($0.last?.trainAccuracy) },
        .init("final_val_loss", .lower) { csvNumber($0.last?.valLoss) },
        .init("final_val_accuracy", .higher) { csvNumber($0.last?.valAccuracy) },
        .init("best_train_loss", .lower) { r in
            csvNumber(r.epochs.filter { $0.trainLoss.isFinite }.min { $0.trainLoss < $1.trainLoss }?.trainLoss)
        },
        .init("best_train_accuracy", .higher) { csvNumber($0.epochs.compactMap(\.trainAccuracy).max()) },
        .init("best_val_loss", .lower) { csvNumber($0.epochs.compactMap(\.valLoss).filter(\.isFinite).min()) },
        .init("best_val_accuracy", .higher) { csvNumber($0.epochs.compactMap(\.valAccuracy).max()) },
        .init("best_epoch") { $0.bestEpoch.map { "\($0.epoch)" } ?? "" },
        .init("final_val_mae", .lower) { csvNumber($0.last?.valMAE) },
        .init("final_val_rmse", .lower) { csvNumber($0.last?.valRMSE) },
        .init("final_train_eval_loss", .lower) { csvNumber($0.last?.trainEvalLoss) },
        .init("final_train_eval_accuracy", .higher) { csvNumber($0.last?.trainEvalAccuracy) },
        .init("final_ema_val_loss", .lower) { csvNumber($0.last?.emaValLoss) },
        .init("final_ema_val_accuracy", .higher) { csvNumber($0.last?.emaValAccuracy) },
        .init("diverged_epoch") { $0.divergedEpoch.map(String.init) ?? "" },
        .init("message") { $0.message },
        .init("train_seconds", .lower) { String(format: "%.3f", $0.trainSeconds) }
    ]

    public static let epochs: [ResultColumn<Epoch>] = [
        .init("epoch") { "\($0.epoch)" },
        .init("lr") { csvNumber($0.lr) },
        .init("train_loss", .lower) { csvNumber($0.trainLoss) },
        .init("train_accuracy", .higher) { csvNumber($0.trainAccuracy) },
        .init("val_loss", .lower) { csvNumber($0.valLoss) },
        .init("val_accuracy", .higher) { csvNumber($0.valAccuracy) },
        .init("val_mae", .lower) { csvNumber($0.valMAE) },
        .init("val_rmse", .lower) { csvNumber($0.valRMSE) },
        .init("train_eval_loss", .lower) { csvNumber($0.trainEvalLoss) },
        .init("train_eval_accuracy", .higher) { csvNumber($0.trainEvalAccuracy) },
        .init("ema_val_loss", .lower) { csvNumber($0.emaValLoss) },
        .init("ema_val_accuracy", .higher) { csvNumber($0.emaValAccuracy) }
    ]

    /// With a three-way split, runs.csv and epochs.csv end with these: the test part's numbers
    /// (for reporting; `val_*` are then the validation part's). Without one they are not written,
    /// so the tables of a two-way split stay as they were.
    public static let testRuns: [ResultColumn<CellRecord>] = [
        .init("final_test_loss", .lower) { csvNumber($0.last?.testLoss) },
        .init("final_test_accuracy", .higher) { csvNumber($0.last?.testAccuracy) },
        .init("final_test_mae", .lower) { csvNumber($0.last?.testMAE) },
        .init("final_test_rmse", .lower) { csvNumber($0.last?.testRMSE) },
        // At `best_epoch` (the lowest validation loss): the test numbers of the epoch validation picks.
        .init("best_epoch_test_loss", .lower) { csvNumber($0.bestEpoch?.testLoss) },
        .init("best_epoch_test_accuracy", .higher) { csvNumber($0.bestEpoch?.testAccuracy) }
    ]

    public static let testEpochs: [ResultColumn<Epoch>] = [
        .init("test_loss", .lower) { csvNumber($0.testLoss) },
        .init("test_accuracy", .higher) { csvNumber($0.testAccuracy) },
        .init("test_mae", .lower) { csvNumber($0.testMAE) },
        .init("test_rmse", .lower) { csvNumber($0.testRMSE) }
    ]

    /// The columns of a sweep with (`test`) or without a separate test part.
    public static func runs(test: Bool) -> [ResultColumn<CellRecord>] { test ? runs + testRuns : runs }
    public static func epochs(test: Bool) -> [ResultColumn<Epoch>] { test ? epochs + testEpochs : epochs }

    public static let layers: [ResultColumn<Layer>] =
        [
            .init("stage") { $0.stage },
            .init("depth") { "\($0.depth)" },
            .init("module") { $0.module },
            .init("activation_mean") { csvNumber($0.activationMean) },
            .init("activation_std") { csvNumber($0.activationStd) },
            .init("grad_norm") { csvNumber($0.gradNorm) }
        ] + quantileColumns("activation", \.activationQuantiles) + [
            .init("output_grad_std") { csvNumber($0.outputGradStd) }
        ] + quantileColumns("output_grad", \.outputGradQuantiles)

    /// `<prefix>_q05`, `_q25`, ...: a layer's values at `LayerStatistic.quantileLevels`.
    static func quantileColumns(_ prefix: String, _ values: KeyPath<Layer, [Double]?> & Sendable) -> [ResultColumn<
        Layer
    >] {
        LayerStatistic.quantileLevels.enumerated().map { k, q in
            .init("\(prefix)_q\(String(format: "%02d", Int((q * 100).rounded())))") { row in
                csvNumber(row[keyPath: values].flatMap { k < $0.count ? $0[k] : nil })
            }
        }
    }

    public static var runNames: [String] { runs.map(\.name) }
    public static var epochNames: [String] { epochs.map(\.name) }
    public static var layerNames: [String] { layers.map(\.name) }

    /// Every declared column by name (runs, epochs and layers; the names do not clash).
    static let declared: [String: (name: String, direction: MetricDirection?)] = {
        var d: [String: (name: String, direction: MetricDirection?)] = [:]
        for c in runs { d[c.name] = (c.name, c.direction) }
        for c in epochs { d[c.name] = (c.name, c.direction) }
        for c in testRuns { d[c.name] = (c.name, c.direction) }
        for c in testEpochs { d[c.name] = (c.name, c.direction) }
        for c in layers { d[c.name] = (c.name, c.direction) }
        return d
    }()
}

/// The number a sweep is judged by, chosen in one place for the terminal summary, the figures,
/// the report and the overlay of `compare --plot`: accuracy for classification, the mean
/// absolute error for regression, else the loss; on the test part when the data has a
/// validation part beside it (a three-way split: `val_*` then served selection, and the test
/// part is the one no choice has seen), else on the held-out part, else the training loss.
public enum Headline {
    /// The runs.csv column, given which columns hold values. `validationOnly` keeps to the
    /// held-out `val_*` columns (the search of a tuned grid, judged as its selection was).
    public static func final(hasValue: (String) -> Bool, validationOnly: Bool = false) -> (
        column: String, direction: MetricDirection
    ) {
        let test = validationOnly ? [] : ["final_test_accuracy", "final_test_mae", "final_test_loss"]
        for c in test + ["final_val_accuracy", "final_val_mae", "final_val_loss"] where hasValue(c) {
            return (c, MetricDirection.of(c)!)
        }
        return ("final_train_loss", .lower)
    }

    /// The loss curve drawn for a sweep: validation when there is a test part, else training.
    public static func lossCurve(hasValidation: Bool) -> String { hasValidation ? "val_loss" : "train_loss" }
}

/// Numbers in tables: the shortest text that reads back as the same double; empty for none.
func csvNumber(_ v: Double?) -> String {
    guard let v else { return "" }
    if v.isNaN { return "nan" }
    if v.isInfinite { return v > 0 ? "inf" : "-inf" }
    return "\(v)"
}

/// A number as the tables write it: empty for none, `nan`, `inf`, `-inf`, or decimal text.
func tableNumber(_ s: String) -> Double? {
    switch s {
    case "": return nil
    case "nan", "NaN": return .nan
    case "inf", "+inf": return .infinity
    case "-inf": return -.infinity
    default: return Double(s)
    }
}
