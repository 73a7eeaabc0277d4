import Foundation
import NNData
import NNEngine
import Yams

/// The `tune:` section of a grid file: which settings are searched (per value of every other
/// axis), how trials are chosen and selected, and how many seeds the search and the selected
/// setting get.
public struct TuneSpec: Sendable {
    public enum Sampler: String, Sendable, CaseIterable { case grid, random, sobol }
    /// The metric trials are selected on: for the built-in engine val_loss or val_accuracy, for a
    /// program one of the metrics it declares (never one of the test part).
    public struct Metric: Sendable, Equatable {
        public let name: String
        public let direction: MetricDirection
        public var rawValue: String { name }
        public var lowerIsBetter: Bool { direction == .lower }
        public static let valLoss = Metric(name: "val_loss", direction: .lower)
        public static let valAccuracy = Metric(name: "val_accuracy", direction: .higher)
        public static let builtin = [valLoss, valAccuracy]
    }
    public enum EpochChoice: String, Sendable, CaseIterable { case final, best }

    /// One searched key and what it may take.
    public struct Key: Sendable {
        public enum Domain: Sendable {
            /// Values as written (labels), for `values:` and for ranges with `points`.
            case list([String])
            /// A continuous range (random and sobol without `points`), log-uniform when `log`.
            case continuous(low: Double, high: Double, log: Bool)
        }
        public let name: String
        public let path: [String]
        public let domain: Domain
        public let line: Int?
    }

    public struct Halving: Sendable {
        public let eta: Int
        public let minEpochs: Int
    }

    public var keys: [Key]
    public var sampler: Sampler = .grid
    public var trials: Int?
    public var samplerSeed: Int = 0
    public var metric: Metric = .valLoss
    public var epoch: EpochChoice = .final
    public var target: Double?
    public var seeds: Int = 1
    public var finalSeeds: Int = 1
    public var halving: Halving?
    public var line: Int?

    static let sectionKeys = [
        "search", "sampler", "trials", "sampler_seed", "select", "seeds", "final_seeds", "halving"
    ]
    /// The first part of a dotted key that may be searched.
    static let searchable = [
        "model", "init", "loss", "optimizer", "batch_size", "scheduler", "regularization", "shuffle"
    ]

    /// Every (searched key, label) of each trial, in the sampler's order.
    public func trialLabels() -> [[String]] {
        switch sampler {
        case .grid:
            var out: [[String]] = [[]]
            for k in keys {
                guard case .list(let labels) = k.domain else { return [] }
                out = out.flatMap { t in labels.map { t + [$0] } }
            }
            return out
        case .random, .sobol:
            let n = trials ?? 0
            var random = RandomSource(seed: Hashing.fnv1a64("tune-\(sampler.rawValue)-\(samplerSeed)"))
            let shift = keys.map { _ in random.nextUInt64() >> 32 }
            var seen = Set<[String]>()
            var out: [[String]] = []
            for i in 0..<n {
                let u: [Double] = keys.indices.map { d in
                    if sampler == .random { return random.nextDouble() }
                    // A Sobol point with a seeded digital shift (XOR with random bits).
                    return Double(Sobol.point(i + 1, dimension: d) ^ UInt32(shift[d])) / 4294967296.0
                }
                let t = zip(keys, u).map { k, x in k.value(at: x) }
                if seen.insert(t).inserted { out.append(t) }
            }
            return out
        }
    }

    /// The node that sets a label's value (the YAML of the label, or of the written value).
    func node(_ key: Key, _ label: String) -> Node {
        (try? Yams.compose(yaml: label)) ?? Node(label)
    }
}

extension TuneSpec.Key {
    /// The value at `x` in [0, 1): a list entry, or a point of the range rounded to 4 significant digits.
    func value(at x: Double) -> String {
        switch domain {
        case .list(let labels): return labels[min(labels.count - 1, Int(x * Double(labels.count)))]
        case .continuous(let lo, let hi, let log):
            let v =
                log
                ? Foundation.exp(Foundation.log(lo) + x * (Foundation.log(hi) - Foundation.log(lo)))
                : lo + x * (hi - lo)
            return TuneSpec.label(v)
        }
    }
}

extension TuneSpec {
    /// A searched number as written in the tables and trained with: 4 significant digits.
    static func label(_ v: Double) -> String { String(format: "%.4g", v) }

    /// Reads `tune:`. `axes` are the grid's axes (a searched key may not be one of them).
    /// `program`: the file's program, whose parameters the searched keys then address (as grid
    /// axes do) and whose declared metrics the selection reads.
    static func parse(_ node: Node, parser: RunFileParser, axes: [Axis], program: ProgramSpec? = nil) throws
        -> TuneSpec
    {
        let p = try parser.pairs(node, "tune", allowed: sectionKeys)
        let get = { (k: String) in p.first(where: { $0.0 == k })?.1 }
        guard let searchNode = get("search") else {
            throw ConfigError(
                "tune needs search: the settings to search, such as search: {optimizer.lr: {log_range: [1.0e-4, 1.0], points: 13}}",
                line: node.line)
        }
        var spec = TuneSpec(keys: [], line: node.line)
        if let s = get("sampler") {
            spec.sampler = try parser.oneOf(s, "sampler", Sampler.allCases.map(\.rawValue)) { Sampler(rawValue: $0) }
        }
        if let t = get("trials") {
            guard spec.sampler != .grid else {
                throw ConfigError(
                    "tune.trials goes with sampler random or sobol (the grid sampler tries every point)", line: t.line)
            }
            spec.trials = try parser.positiveInt(t, "tune.trials")
            guard spec.trials! <= Limits.defaultMaxCells else {
                throw ConfigError("tune.trials must be at most \(Limits.defaultMaxCells)", line: t.line)
            }
        } else if spec.sampler != .grid {
            throw ConfigError(
                "sampler \(spec.sampler.rawValue) needs tune.trials: the number of trials to draw",
                line: get("sampler")?.line)
        }
        if let s = get("sampler_seed") {
            spec.samplerSeed = try parser.int(s, "tune.sampler_seed")
            guard spec.samplerSeed >= 0 else { throw ConfigError("tune.sampler_seed must be >= 0", line: s.line) }
        }
        // The metrics a trial may be selected on: never one of the test part, which chooses nothing.
        let selectable: [Metric] =
            program.map { p in
                p.metrics.filter { !$0.name.hasPrefix("test_") }.map { Metric(name: $0.name, direction: $0.direction) }
            } ?? Metric.builtin
        // A program's default: its headline when that is a validation metric, else its first one.
        var defaultMetric = program == nil ? Metric.valLoss : nil
        if let p = program {
            let validation = selectable.filter { $0.name.hasPrefix("val_") }
            defaultMetric = validation.first { $0.name == p.headline } ?? validation.first
        }
        var metricGiven = false
        if let sel = get("select") {
            for (k, v) in try parser.pairs(sel, "tune.select", allowed: ["metric", "epoch", "target"]) {
                switch k {
                case "metric":
                    if program != nil, let name = v.scalar?.string, name.hasPrefix("test_") {
                        throw ConfigError(
                            "tune.select.metric: \(name) is measured on the test part, which selects nothing; select on a validation metric the program reports",
                            line: v.line)
                    }
                    spec.metric = try parser.oneOf(v, "selection metric", selectable.map(\.name)) { n in
                        selectable.first { $0.name == n }
                    }
                    metricGiven = true
                case "epoch":
                    spec.epoch = try parser.oneOf(v, "selection epoch", EpochChoice.allCases.map(\.rawValue)) {
                        EpochChoice(rawValue: $0)
                    }
                default: spec.target = try parser.double(v, "tune.select.target")
                }
            }
        }
        if !metricGiven {
            guard let m = defaultMetric else {
                throw ConfigError(
                    "tune needs a metric to select on, and the program reports no val_ metric: name one of \(selectable.map(\.name).joined(separator: ", ")) in tune.select.metric, measured on data the program does not train on",
                    line: node.line)
            }
            spec.metric = m
        }
        for (k, what) in [("seeds", "tune.seeds"), ("final_seeds", "tune.final_seeds")] {
            guard let v = get(k) else { continue }
            let n = try parser.int(v, what)
            guard (1...Limits.maxSeeds).contains(n) else {
                throw ConfigError("\(what) must be from 1 to \(Limits.maxSeeds), got \(n)", line: v.line)
            }
            if k == "seeds" { spec.seeds = n } else { spec.finalSeeds = n }
        }
        if let h = get("halving") {
            var eta = 3
            var minEpochs = 1
            for (k, v) in try parser.pairs(h, "tune.halving", allowed: ["eta", "min_epochs"]) {
                if k == "eta" {
                    eta = try parser.int(v, "tune.halving.eta")
                    guard (2...Limits.maxEpochs).contains(eta) else {
                        throw ConfigError(
                            "tune.halving.eta must be from 2 to \(Limits.maxEpochs), got \(eta)", line: v.line)
                    }
                } else {
                    minEpochs = try parser.positiveInt(v, "tune.halving.min_epochs")
                }
            }
            spec.halving = Halving(eta: eta, minEpochs: minEpochs)
        }
        guard case .mapping(let m) = searchNode else {
            throw ConfigError(
                "tune.search must be a map of searched keys, such as {optimizer.lr: {values: [0.01, 0.1]}}, got \(searchNode.kindName)",
                line: searchNode.line)
        }
        guard !m.isEmpty else {
            throw ConfigError(
                "tune.search is empty; give at least one searched key, such as {optimizer.lr: {values: [0.01, 0.1]}}",
                line: searchNode.line)
        }
        let optimizerKeys = Set(OptimizerSpec.registry.flatMap(\.keys))
        for (k, v) in m {
            guard let name = k.scalar?.string, !name.isEmpty else {
                throw ConfigError("tune.search has a key that is not a name", line: k.line)
            }
            guard !spec.keys.contains(where: { $0.name == name }) else {
                throw ConfigError("tune.search has '\(name)' twice", line: k.line)
            }
            let path = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if program != nil {
                // A program's parameters: any dotted key of params, as a grid axis addresses them.
                guard !path.contains("") else {
                    throw ConfigError("tune.search: '\(quoted(name))' has an empty part", line: k.line)
                }
                guard path != ["epochs"], path != ["seed"] else {
                    throw ConfigError(
                        "tune.search: \(name) is nnsweep's (epochs: is the budget, tune.seeds and tune.final_seeds the seeds); search the program's parameters",
                        line: k.line)
                }
                try SweepPlan.checkPrintable(name, what: "the searched key", line: k.line)
                if let a = axes.first(where: { $0.name == name }) {
                    throw ConfigError(
                        "tune.search: '\(name)' is also the grid axis '\(a.name)'; a setting is either an axis or searched, not both",
                        line: k.line)
                }
                spec.keys.append(
                    try parseKey(name, path: ["params"] + path, v, parser: parser, sampler: spec.sampler, line: k.line))
                continue
            }
            guard searchable.contains(path[0]), !path.contains(""),
                path[0] != "optimizer" || path.count == 1 || (path.count == 2 && optimizerKeys.contains(path[1])),
                path[0] != "model" || path.count == 1 || (path.count == 2 && RunFileParser.modelKeys.contains(path[1])),
                path[0] != "regularization" || path.count == 1 || (path.count == 2 && ["l1", "l2"].contains(path[1])),
                !["batch_size", "shuffle"].contains(path[0]) || path.count == 1
            else {
                let allowed = searchable.map {
                    ["optimizer", "model", "init", "loss", "scheduler", "regularization"].contains($0)
                        ? "\($0).OPTION" : $0
                }
                throw ConfigError(
                    "unknown key in tune.search: '\(quoted(name))'; search a setting by its dotted name: \(allowed.joined(separator: ", "))"
                        + (path[0] == "optimizer"
                            ? " (optimizer options: \(optimizerKeys.sorted().joined(separator: ", ")))" : ""),
                    line: k.line)
            }
            if let a = axes.first(where: {
                $0.name == name || $0.name == path[0] && !$0.values.contains(where: \.isPreset) && path.count == 1
            }) {
                throw ConfigError(
                    "tune.search: '\(name)' is also the grid axis '\(a.name)'; a setting is either an axis or searched, not both",
                    line: k.line)
            }
            spec.keys.append(try parseKey(name, path: path, v, parser: parser, sampler: spec.sampler, line: k.line))
        }
        if spec.sampler == .sobol && spec.keys.count > Sobol.dimensions {
            throw ConfigError(
                "sampler sobol draws at most \(Sobol.dimensions) searched keys, got \(spec.keys.count)",
                line: get("sampler")?.line)
        }
        if let p = program, !p.continues, let hn = get("halving") {
            throw ConfigError(
                "tune.halving continues the surviving trials from their saved state; it needs a program that can continue (program.continues: true, following NNSWEEP_STATE and NNSWEEP_EPOCHS), or drop halving to search every trial for all epochs",
                line: hn.line)
        }
        if spec.halving != nil, let hn = get("halving"), spec.trialCount < 2 {
            throw ConfigError(
                "tune.halving needs at least 2 trials to choose among, the search has \(spec.trialCount)", line: hn.line
            )
        }
        return spec
    }

    /// The number of trials: for the grid sampler the product of the keys' point counts,
    /// computed without listing them and overflow-checked (Int.max when it does not fit).
    public var trialCount: Int {
        guard sampler == .grid else { return trialLabels().count }
        var n = 1
        for k in keys {
            let (p, overflow) = n.multipliedReportingOverflow(by: k.count)
            if overflow { return .max }
            n = p
        }
        return n
    }

    static func parseKey(
        _ name: String, path: [String], _ node: Node, parser: RunFileParser, sampler: Sampler, line: Int?
    ) throws -> Key {
        let what = "tune.search.\(name)"
        let p = try parser.pairs(node, what, allowed: ["values", "range", "log_range", "points"])
        let get = { (k: String) in p.first(where: { $0.0 == k })?.1 }
        let kinds = ["values", "range", "log_range"].filter { get($0) != nil }
        guard kinds.count == 1 else {
            throw ConfigError(
                kinds.isEmpty
                    ? "\(what) needs one of values: [...], range: [a, b] with points: n, or log_range: [a, b] with points: n"
                    : "\(what) takes one of values, range or log_range, not \(kinds.joined(separator: " and "))",
                line: node.line)
        }
        if let v = get("values") {
            if let pn = get("points") {
                throw ConfigError("\(what): points goes with range or log_range, not values", line: pn.line)
            }
            guard case .sequence(let seq) = v else {
                throw ConfigError("\(what).values must be a list, got \(v.kindName)", line: v.line)
            }
            guard !seq.isEmpty else {
                throw ConfigError("\(what).values is empty; give at least one value", line: v.line)
            }
            let labels = seq.map(SweepPlan.flowText)
            if let d = SweepPlan.duplicate(labels) {
                throw ConfigError("\(what).values lists '\(d)' twice", line: v.line)
            }
            return Key(name: name, path: path, domain: .list(labels), line: line)
        }
        let log = get("log_range") != nil
        let r = get(log ? "log_range" : "range")!
        let rangeName = "\(what).\(log ? "log_range" : "range")"
        guard case .sequence(let s) = r, s.count == 2 else {
            throw ConfigError("\(rangeName) must be a list of two numbers [low, high]", line: r.line)
        }
        let lo = try parser.double(s[0], "\(rangeName)[0]")
        let hi = try parser.double(s[1], "\(rangeName)[1]")
        if log && (lo <= 0 || hi <= 0) {
            throw ConfigError(
                "\(rangeName) needs positive bounds (it is searched on a log scale), got [\(lo), \(hi)]", line: r.line)
        }
        guard lo < hi else {
            throw ConfigError("\(rangeName) [\(lo), \(hi)] is empty; give [low, high] with low < high", line: r.line)
        }
        guard let pn = get("points") else {
            if sampler == .grid {
                throw ConfigError("\(what) needs points: n, the number of grid points in the range", line: node.line)
            }
            return Key(name: name, path: path, domain: .continuous(low: lo, high: hi, log: log), line: line)
        }
        let n = try parser.int(pn, "\(what).points")
        guard n >= 1 else { throw ConfigError("\(what).points must be at least 1, got \(n)", line: pn.line) }
        guard n <= Limits.defaultMaxCells else {
            throw ConfigError("\(what).points must be at most \(Limits.defaultMaxCells), got \(n)", line: pn.line)
        }
        var labels: [String] = []
        for i in 0..<n {
            let f = n == 1 ? 0 : Double(i) / Double(n - 1)
            let v =
                i == n - 1 && n > 1
                ? hi
                : (log
                    ? Foundation.exp(Foundation.log(lo) + f * (Foundation.log(hi) - Foundation.log(lo)))
                    : lo + f * (hi - lo))
            let l = label(v)
            if labels.last != l { labels.append(l) }
        }
        return Key(name: name, path: path, domain: .list(labels), line: line)
    }
}

extension TuneSpec.Key {
    var count: Int {
        if case .list(let l) = domain { return l.count }
        return 0
    }
}

/// Sobol points (Joe and Kuo's direction numbers) for the first few dimensions.
enum Sobol {
    /// (degree s, polynomial a, initial m_1...m_s) for dimensions 2 onwards.
    static let table: [(Int, UInt32, [UInt32])] = [
        (1, 0, [1]), (2, 1, [1, 3]), (3, 1, [1, 3, 1]), (3, 2, [1, 1, 1]), (4, 1, [1, 1, 3, 3]),
        (4, 4, [1, 3, 5, 13]), (5, 2, [1, 1, 5, 5, 17])
    ]
    static let dimensions = table.count + 1

    static func directions(_ dimension: Int) -> [UInt32] {
        var v = [UInt32](repeating: 0, count: 32)
        if dimension == 0 {
            for i in 0..<32 { v[i] = 1 << (31 - UInt32(i)) }
            return v
        }
        let (s, a, m) = table[dimension - 1]
        for i in 0..<s { v[i] = m[i] << (31 - UInt32(i)) }
        if s < 32 {
            for i in s..<32 {
                var x = v[i - s] ^ (v[i - s] >> UInt32(s))
                for k in 1..<s where (a >> UInt32(s - 1 - k)) & 1 == 1 { x ^= v[i - k] }
                v[i] = x
            }
        }
        return v
    }

    /// The `index`-th point's coordinate in `dimension`, as 32 bits of a fraction, in the Gray
    /// code order of the usual implementations (SciPy's `qmc.Sobol` without scrambling).
    static func point(_ index: Int, dimension: Int) -> UInt32 {
        let v = directions(dimension)
        var x: UInt32 = 0
        var i = index ^ (index >> 1)
        var bit = 0
        while i > 0 && bit < 32 {
            if i & 1 == 1 { x ^= v[bit] }
            i >>= 1
            bit += 1
        }
        return x
    }
}

/// Time to a validation target (AlgoPerf's measure): the first epoch, and the training
/// seconds, at which a cell's validation metric reaches `value`.
public struct TimeToTarget: Sendable {
    public let metric: TuneSpec.Metric
    public let value: Double

    package static let columns = ["epochs_to_target", "seconds_to_target"]
}
