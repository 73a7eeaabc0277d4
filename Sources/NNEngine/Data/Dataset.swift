/// What a data set's target is: a class index (classification) or a number (regression). The
/// run file's `task:` uses the same names. (Named TaskKind, not Task, so that it does not hide
/// Swift's concurrency Task in modules that import the engine.)
public enum TaskKind: String, CaseIterable, Sendable { case classification, regression }

/// A table of samples in memory: features `[count, featureCount]` row-major and one target per
/// sample (a class index stored as a float for classification).
public struct Dataset: Sendable {
    public var features: [Float]
    public var targets: [Float]
    public var featureCount: Int
    public var featureNames: [String]
    public var task: TaskKind
    /// The number of classes (targets 0 ..< classes) for classification; 0 for regression.
    public var classes: Int
    public var count: Int { targets.count }

    public init(
        features: [Float], targets: [Float], featureCount: Int, featureNames: [String]? = nil,
        task: TaskKind, classes: Int = 0
    ) {
        precondition(features.count == targets.count * featureCount, "features and targets disagree in size")
        precondition(task == .classification || classes == 0, "a regression data set has no classes")
        self.features = features
        self.targets = targets
        self.featureCount = featureCount
        self.featureNames = featureNames ?? (0..<featureCount).map { "x\($0)" }
        self.task = task
        self.classes = classes
    }

    /// The samples at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Dataset {
        var f = [Float]()
        f.reserveCapacity(indices.count * featureCount)
        var t = [Float]()
        t.reserveCapacity(indices.count)
        for i in indices {
            f.append(contentsOf: features[(i * featureCount)..<((i + 1) * featureCount)])
            t.append(targets[i])
        }
        return Dataset(
            features: f, targets: t, featureCount: featureCount, featureNames: featureNames, task: task,
            classes: classes)
    }

    /// A seeded split: a random `testFraction` of the samples (rounded) become the test part.
    /// Both parts keep the original order of their samples.
    public func split(testFraction: Double, seed: UInt64) -> (train: Dataset, test: Dataset?) {
        let nTest = Int((Double(count) * testFraction).rounded())
        guard nTest > 0 else { return (self, nil) }
        let (rest, held) = split(holding: nTest, seed: seed, stream: "split")
        return (rest, held)
    }

    /// Fold `fold` of `k` of repeat `r`: the samples at positions `fold * count / k` up to
    /// `(fold + 1) * count / k` of a permutation drawn from the stream `folds-r` of `seed` are
    /// held out, the rest train; the k folds of a repeat hold out every sample once. Both parts
    /// keep the original order of their samples.
    public func fold(_ fold: Int, of k: Int, repeat r: Int, seed: UInt64) -> (train: Dataset, test: Dataset?) {
        precondition(k >= 2 && (0..<k).contains(fold) && r >= 0)
        var random = RandomSource(seed: seed).derived("folds-\(r)")
        let perm = random.permutation(count)
        let held = Set(perm[(fold * count / k)..<((fold + 1) * count / k)])
        let trainIdx = (0..<count).filter { !held.contains($0) }
        let testIdx = (0..<count).filter { held.contains($0) }
        return (subset(trainIdx), testIdx.isEmpty ? nil : subset(testIdx))
    }

    /// A seeded split by count: `n` samples, the first `n` of a permutation drawn from the
    /// stream `stream` of `seed`, are held out. Both parts keep the original order of their samples.
    public func split(holding n: Int, seed: UInt64, stream: String) -> (rest: Dataset, held: Dataset) {
        var random = RandomSource(seed: seed).derived(stream)
        let perm = random.permutation(count)
        let heldSet = Set(perm.prefix(n))
        let restIdx = (0..<count).filter { !heldSet.contains($0) }
        let heldIdx = (0..<count).filter { heldSet.contains($0) }
        return (subset(restIdx), subset(heldIdx))
    }
}

/// Feature scaling fitted on the training part and applied to every part.
public enum Scaling: String, CaseIterable, Sendable { case standard, minmax, none }

public struct Scaler: Sendable {
    public let offset: [Float]
    public let scale: [Float]

    /// standard: (x - mean) / std (population std; a constant column is only centred);
    /// minmax: (x - min) / (max - min), into [0, 1]; none: unchanged.
    public init(_ kind: Scaling, fittedOn data: Dataset) {
        let d = data.featureCount
        let n = data.count
        var offset = [Float](repeating: 0, count: d)
        var scale = [Float](repeating: 1, count: d)
        switch kind {
        case .none: break
        case .standard:
            for j in 0..<d {
                var s = 0.0
                var s2 = 0.0
                for i in 0..<n { s += Double(data.features[i * d + j]) }
                let mean = s / Double(max(n, 1))
                for i in 0..<n {
                    let v = Double(data.features[i * d + j]) - mean
                    s2 += v * v
                }
                let std = (s2 / Double(max(n, 1))).squareRoot()
                offset[j] = Float(mean)
                scale[j] = std > 0 ? Float(std) : 1
            }
        case .minmax:
            for j in 0..<d {
                var lo = Float.infinity
                var hi = -Float.infinity
                for i in 0..<n {
                    lo = min(lo, data.features[i * d + j])
                    hi = max(hi, data.features[i * d + j])
                }
                if n == 0 {
                    lo = 0
                    hi = 1
                }
                offset[j] = lo
                scale[j] = hi > lo ? hi - lo : 1
            }
        }
        self.offset = offset
        self.scale = scale
    }

    public func apply(_ data: Dataset) -> Dataset {
        var out = data
        let d = data.featureCount
        for i in 0..<data.count {
            for j in 0..<d { out.features[i * d + j] = (data.features[i * d + j] - offset[j]) / scale[j] }
        }
        return out
    }
}

/// Standardisation of a regression target, fitted on the training part.
public struct TargetScaler: Sendable {
    public let mean: Float, std: Float
    public init(fittedOn data: Dataset) {
        let n = Double(max(data.count, 1))
        let m = data.targets.reduce(0.0) { $0 + Double($1) } / n
        let v = data.targets.reduce(0.0) { $0 + (Double($1) - m) * (Double($1) - m) } / n
        mean = Float(m)
        std = v > 0 ? Float(v.squareRoot()) : 1
    }
    public func apply(_ data: Dataset) -> Dataset {
        var out = data
        out.targets = data.targets.map { ($0 - mean) / std }
        return out
    }
}
