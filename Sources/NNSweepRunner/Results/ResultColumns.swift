import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

extension MetricDirection {
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
/// every reader finds a column by its name here. The measured columns of runs.csv and
/// epochs.csv are derived from `EpochRecord.metrics`, in its order.
public enum ResultColumns {
    public typealias Epoch = EpochRecord
    public typealias Layer = LayerStatistic

    /// The metrics of every run, and those of the test part of a three-way split.
    static let measured = EpochRecord.metrics.filter { !$0.testPart }
    static let measuredOnTest = EpochRecord.metrics.filter(\.testPart)

    /// `seed` ... `parameters`; `final_NAME` of the metrics with a best column, then their
    /// `best_NAME`, `best_epoch`, then `final_NAME` of the other metrics; `diverged_epoch`,
    /// `message`, `train_seconds`.
    public static let runs: [ResultColumn<CellRecord>] =
        [
            .init("seed") { "\($0.seed)" },
            .init("status") { $0.status.rawValue },
            .init("epochs_run") { "\($0.epochsRun)" },
            .init("iterations_per_epoch") { "\($0.iterationsPerEpoch)" },
            .init("parameters") { "\($0.parameters)" }
        ] + measured.filter(\.best).map(final) + measured.filter(\.best).map(bestOverEpochs) + [
            .init("best_epoch") { $0.bestEpoch.map { "\($0.epoch)" } ?? "" }
        ] + measured.filter { !$0.best }.map(final) + [
            .init("diverged_epoch") { $0.divergedEpoch.map(String.init) ?? "" },
            .init("message") { $0.message },
            .init("train_seconds", .lower) { String(format: "%.3f", $0.trainSeconds) }
        ]

    /// `epoch`, `lr`, then a column per metric.
    public static let epochs: [ResultColumn<Epoch>] =
        [
            .init("epoch") { "\($0.epoch)" },
            .init("lr") { csvNumber($0.lr) }
        ] + measured.map(perEpoch)

    /// With a three-way split, runs.csv and epochs.csv end with these: the test part's numbers
    /// (for reporting; `val_*` are then the validation part's). Without one they are not written,
    /// so the tables of a two-way split stay as they were. runs.csv: `final_NAME` of each, then
    /// `best_epoch_NAME` (at `best_epoch`, the lowest validation loss: the test numbers of the
    /// epoch validation picks) of those with a best column.
    public static let testRuns: [ResultColumn<CellRecord>] =
        measuredOnTest.map(final) + measuredOnTest.filter(\.best).map(atBestEpoch)

    public static let testEpochs: [ResultColumn<Epoch>] = measuredOnTest.map(perEpoch)

    /// The columns of a sweep with (`test`) or without a separate test part.
    public static func runs(test: Bool) -> [ResultColumn<CellRecord>] { test ? runs + testRuns : runs }
    public static func epochs(test: Bool) -> [ResultColumn<Epoch>] { test ? epochs + testEpochs : epochs }

    /// The metrics a program file declares that the built-in columns do not have (`f1`, `bleu`):
    /// in epochs.csv `NAME` after the others, in runs.csv `final_NAME` and `best_NAME` after the
    /// measured columns. Tables read them as further columns, by name.
    static func programMetrics(_ plan: SweepPlan) -> [EpochMetric] {
        let known = Set(EpochRecord.metrics.map(\.name))
        return (plan.cells.first?.config.program?.spec.metrics ?? []).filter { !known.contains($0.name) }.map { m in
            let name = m.name
            return EpochMetric(name, m.direction, best: true) { $0.extra?[name] }
        }
    }

    /// A metric's column in epochs.csv: `NAME`.
    static func perEpoch(_ m: EpochMetric) -> ResultColumn<Epoch> {
        .init(m.name, m.direction) { csvNumber(m.value($0)) }
    }

    /// `final_NAME`: the last epoch's value.
    static func final(_ m: EpochMetric) -> ResultColumn<CellRecord> {
        .init("final_" + m.name, m.direction) { csvNumber($0.last.flatMap(m.value)) }
    }

    /// `best_NAME`: the lowest or highest finite value over the epochs.
    static func bestOverEpochs(_ m: EpochMetric) -> ResultColumn<CellRecord> {
        .init("best_" + m.name, m.direction) { r in
            let values = r.epochs.compactMap(m.value).filter(\.isFinite)
            return csvNumber(m.direction == .lower ? values.min() : values.max())
        }
    }

    /// `best_epoch_NAME`: the value at `best_epoch`.
    static func atBestEpoch(_ m: EpochMetric) -> ResultColumn<CellRecord> {
        .init("best_epoch_" + m.name, m.direction) { csvNumber($0.bestEpoch.flatMap(m.value)) }
    }

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
    static func quantileColumns(_ prefix: String, _ values: KeyPath<Layer, [Double]> & Sendable) -> [ResultColumn<
        Layer
    >] {
        LayerStatistic.quantileLevels.enumerated().map { k, q in
            .init("\(prefix)_q\(String(format: "%02d", Int((q * 100).rounded())))") { row in
                let v = row[keyPath: values]
                return csvNumber(k < v.count ? v[k] : nil)
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
    public static func final(
        hasValue: (String) -> Bool, validationOnly: Bool = false,
        named: (column: String, direction: MetricDirection)? = nil
    ) -> (column: String, direction: MetricDirection) {
        if let named, hasValue(named.column) { return named }
        let test = validationOnly ? [] : ["final_test_accuracy", "final_test_mae", "final_test_loss"]
        for c in test + ["final_val_accuracy", "final_val_mae", "final_val_loss"] where hasValue(c) {
            return (c, MetricDirection.of(c)!)
        }
        return ("final_train_loss", .lower)
    }

    /// The loss curve drawn for a sweep: validation when there is a test part, else training.
    public static func lossCurve(hasValidation: Bool) -> String { hasValidation ? "val_loss" : "train_loss" }
}
