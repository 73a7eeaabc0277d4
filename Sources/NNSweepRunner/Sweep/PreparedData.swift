import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// A run's data after loading, splitting and scaling: what the trainer sees.
public struct PreparedData: Sendable {
    public let train: Dataset
    /// The held-out part the training may look at (selection, reduce_on_plateau): with a
    /// validation part that one, else the single held-out part (measured as `val_*`).
    public var validation: Dataset? { split ? heldOut : test }
    /// The part measured only for reporting (`test_*`), when there is a validation part.
    public var reportOnly: Dataset? { split ? test : nil }
    /// The validation part of a three-way split (nil without one).
    public let heldOut: Dataset?
    public let test: Dataset?
    public let outputs: Int
    var split: Bool { heldOut != nil }
    /// How a raw row of features becomes the network's input, as fitted on the training part.
    public var preprocessing = Preprocessing()

    /// In float32: x / divide_by (when set), then (x - offset) / scale, per column. A regression
    /// target was standardized with `targetMean` and `targetStd` when those are set.
    public struct Preprocessing: Sendable {
        public var featureNames: [String] = []
        public var divideBy: Double?
        public var scaling: Scaling = .none
        public var offset: [Float] = []
        public var scale: [Float] = []
        public var targetMean: Float?
        public var targetStd: Float?
    }

    /// Loads and prepares the data of `config` (the loss decides the number of outputs).
    public static func prepare(_ config: RunConfig) throws -> PreparedData {
        let d = config.data
        var full: Dataset
        switch d.source {
        case .builtin(let name): full = try BuiltinData.load(name)
        case .csv(let path, let target, let task):
            full = try CSVTable.dataset(
                file: URL(fileURLWithPath: path), target: target, task: task, maxBytes: config.maxInputBytes)
        case .synthetic(let name, let samples, let noise, let classes):
            guard
                let s = Synthetic.make(
                    name, samples: samples, noise: noise, classes: classes, seed: UInt64(d.splitSeed))
            else {
                throw DataError(unknownName("synthetic data set", name, allowed: Synthetic.names))
            }
            full = s
        }
        if let v = d.divideBy { full.features = full.features.map { $0 / Float(v) } }
        var train: Dataset
        var test: Dataset?
        if let n = d.testEvery {
            train = full.subset((0..<full.count).filter { $0 % n != n - 1 })
            let t = full.subset((0..<full.count).filter { $0 % n == n - 1 })
            test = t.count > 0 ? t : nil
        } else if let testPath = d.testCSV, case .csv(_, let target, let task) = d.source {
            let t = try CSVTable.dataset(
                file: URL(fileURLWithPath: testPath), target: target, task: task, maxBytes: config.maxInputBytes)
            guard t.featureNames == full.featureNames else {
                throw DataError(
                    "\(testPath): its columns (\(t.featureNames.joined(separator: ", "))) differ from the training file's (\(full.featureNames.joined(separator: ", ")))"
                )
            }
            train = full
            test = t
        } else if let k = d.folds {
            (train, test) = full.fold(d.fold, of: k, repeat: d.foldRepeat, seed: UInt64(d.splitSeed))
        } else {
            (train, test) = full.split(testFraction: d.testFraction, seed: UInt64(d.splitSeed))
        }
        // The validation part comes out of the training part, so the test part is the same
        // samples with or without one.
        var validation: Dataset? = nil
        if let path = d.validationCSV, case .csv(_, let target, let task) = d.source {
            let v = try CSVTable.dataset(
                file: URL(fileURLWithPath: path), target: target, task: task, maxBytes: config.maxInputBytes)
            guard v.featureNames == full.featureNames else {
                throw DataError(
                    "\(path): its columns (\(v.featureNames.joined(separator: ", "))) differ from the training file's (\(full.featureNames.joined(separator: ", ")))"
                )
            }
            validation = v
        } else if d.validationFraction > 0 {
            let n = Int((Double(full.count) * d.validationFraction).rounded())
            (train, validation) = train.split(
                holding: min(n, train.count), seed: UInt64(d.splitSeed), stream: "validation")
        }
        if let v = validation {
            for (part, data) in [("validation", v), ("test", test), ("training", train)] where (data?.count ?? 1) == 0 {
                throw DataError(
                    "the \(part) part has no samples (\(full.count) samples, validation \(v.count), test \(test?.count ?? 0)); change validation_fraction or test_fraction"
                )
            }
            if test == nil {
                throw DataError("a validation part needs a test part too; set test_fraction, test_every or test_csv")
            }
        }
        try checkLearnable(train, source: d.source)
        if full.task == .classification {
            // A label only the held-out parts have would widen the model by an output that
            // training never sees.
            let known = Set(train.targets)
            var parts: [(String, Dataset?, String?)] = [
                ("validation", validation, d.validationCSV), ("test", test, d.testCSV)
            ]
            if case .csv(let path, _, _) = d.source { parts = parts.map { ($0.0, $0.1, $0.2 ?? path) } }
            for (part, data, file) in parts {
                guard let data, let label = data.targets.first(where: { !known.contains($0) }) else { continue }
                throw DataError(
                    "\(file.map { "\($0): " } ?? "")the \(part) part has class label \(Int(label)), which no sample of the training part has; every class must appear in the training part"
                )
            }
        }
        if full.task == .classification {
            let classes = max(train.targets.max() ?? 0, test?.targets.max() ?? 0, validation?.targets.max() ?? 0)
            guard classes < Float(Limits.maxClasses) else {
                throw DataError(
                    "the largest class label is \(classes); labels are 0, 1, 2, ... and at most \(Limits.maxClasses - 1)"
                )
            }
            train.classes = Int(classes) + 1
            test?.classes = Int(classes) + 1
            validation?.classes = Int(classes) + 1
        }
        if d.outliers > 0 && full.task == .regression {
            // Gross errors in a fraction of the training targets: y ± (5..10) standard deviations.
            let std = TargetScaler(fittedOn: train).std
            var r = RandomSource(seed: UInt64(d.splitSeed)).derived("outliers")
            for i in r.permutation(train.count).prefix(Int((Double(train.count) * d.outliers).rounded())) {
                let sign: Float = r.nextDouble() < 0.5 ? -1 : 1
                train.targets[i] += sign * Float(5 + 5 * r.nextDouble()) * std
            }
        }
        let scaler = Scaler(d.scale, fittedOn: train)
        var pre = Preprocessing(
            featureNames: train.featureNames, divideBy: d.divideBy, scaling: d.scale,
            offset: scaler.offset, scale: scaler.scale)
        train = scaler.apply(train)
        test = test.map(scaler.apply)
        validation = validation.map(scaler.apply)
        if d.targetScale == .standard {
            let ts = TargetScaler(fittedOn: train)
            train = ts.apply(train)
            test = test.map(ts.apply)
            validation = validation.map(ts.apply)
            (pre.targetMean, pre.targetStd) = (ts.mean, ts.std)
        }
        let outputs: Int
        if config.loss.needsClassOutputs {
            outputs = train.classes
        } else {
            if case .bce = config.loss, train.classes > 2 {
                throw DataError(
                    "loss bce needs a 0/1 target, but the data has \(train.classes) classes; use cross_entropy")
            }
            outputs = 1
        }
        return PreparedData(train: train, heldOut: validation, test: test, outputs: outputs, preprocessing: pre)
    }

    /// A training part whose target never changes teaches nothing: one class, or one value.
    static func checkLearnable(_ train: Dataset, source: DataSource) throws {
        guard let first = train.targets.first, train.targets.allSatisfy({ $0 == first }) else { return }
        var prefix = ""
        if case .csv(let path, _, _) = source { prefix = "\(path): " }
        if train.task == .classification {
            throw DataError(
                "\(prefix)the training part has only one class (label \(Int(first))); classification needs at least two"
            )
        }
        throw DataError(
            "\(prefix)the training part's target is constant (every value is \(first)); a regression target must vary")
    }
}

/// Prepared data shared between cells with the same data settings (prepared once per process).
package final class DataCache: @unchecked Sendable {
    private var entries: [String: Result<PreparedData, Error>] = [:]
    private let lock = NSLock()

    package init() {}

    func get(_ config: RunConfig) throws -> PreparedData {
        // The data settings and how many outputs the loss needs decide the prepared data; the
        // key only has to be stable within this process.
        let key = "\(config.data)|\(config.loss.needsClassOutputs ? "classes" : "1")"
        lock.lock()
        if let r = entries[key] {
            lock.unlock()
            return try r.get()
        }
        lock.unlock()
        let r = Result { try PreparedData.prepare(config) }
        lock.lock()
        entries[key] = r
        lock.unlock()
        return try r.get()
    }
}
