import Foundation
import NNData
import NNEngine
import Yams

/// `data:`: a built-in data set, a CSV file or a synthetic generator, with its split and scaling.
extension RunFileParser {
    func parseData(_ node: Node) throws -> DataConfig {
        let p = try pairs(node, "data", allowed: Self.dataKeys)
        let get = { (k: String) in p.first(where: { $0.0 == k })?.1 }
        let sources = ["builtin", "csv", "synthetic"].filter { get($0) != nil }
        guard sources.count == 1 else {
            throw ConfigError(
                sources.isEmpty
                    ? "data needs one of builtin, csv or synthetic"
                    : "data takes one of builtin, csv or synthetic, not \(sources.joined(separator: " and "))",
                line: node.line)
        }
        var source: DataSource
        if let b = get("builtin") {
            source = .builtin(
                try oneOf(b, "builtin data set", BuiltinData.names) { BuiltinData.names.contains($0) ? $0 : nil })
        } else if let c = get("csv") {
            guard let t = get("target") else {
                throw ConfigError("data.csv needs target: the name of the target column", line: c.line)
            }
            let task: TaskKind =
                try get("task").map {
                    try oneOf($0, "task", TaskKind.allCases.map(\.rawValue)) { TaskKind(rawValue: $0) }
                } ?? .classification
            source = .csv(path: try csvPath(c, "data.csv"), target: try string(t, "data.target"), task: task)
        } else {
            let s = get("synthetic")!
            let name = try oneOf(s, "synthetic data set", Synthetic.names) { Synthetic.names.contains($0) ? $0 : nil }
            let samples = try get("samples").map { try positiveInt($0, "data.samples") } ?? 500
            let noise = try get("noise").map { try nonNegative($0, "data.noise") } ?? 0.1
            let classes =
                try get("classes").map { try positiveInt($0, "data.classes") }
                ?? (name == "spirals" || name == "blobs" ? 3 : 2)
            guard classes >= 2 || name == "sine" else {
                throw ConfigError("data.classes must be at least 2", line: get("classes")?.line)
            }
            guard samples <= Limits.maxSyntheticSamples else {
                throw ConfigError(
                    "data.samples must be at most \(Limits.maxSyntheticSamples), got \(samples)",
                    line: get("samples")?.line)
            }
            guard classes <= Limits.maxSyntheticClasses else {
                throw ConfigError(
                    "data.classes must be at most \(Limits.maxSyntheticClasses), got \(classes)",
                    line: get("classes")?.line)
            }
            source = .synthetic(name: name, samples: samples, noise: noise, classes: classes)
        }
        if get("builtin") != nil || get("synthetic") != nil {
            for k in ["target", "task"] where get(k) != nil {
                throw ConfigError(
                    "data.\(k) goes with csv only (builtin and synthetic data sets know their target)",
                    line: get(k)?.line)
            }
        }
        if get("csv") == nil, let t = get("test_csv") {
            throw ConfigError("data.test_csv goes with csv only", line: t.line)
        }
        var d = DataConfig(source: source)
        if let t = get("test_csv") { d.testCSV = try csvPath(t, "data.test_csv") }
        if let f = get("test_fraction") {
            d.testFraction = try double(f, "data.test_fraction")
            guard d.testFraction >= 0 && d.testFraction < 1 else {
                throw ConfigError("data.test_fraction must be in [0, 1), got \(d.testFraction)", line: f.line)
            }
        }
        if let t = get("test_every") {
            guard get("test_csv") == nil else {
                throw ConfigError("data.test_every and data.test_csv cannot be used together", line: t.line)
            }
            let n = try int(t, "data.test_every")
            guard n >= 2 else { throw ConfigError("data.test_every must be at least 2, got \(n)", line: t.line) }
            d.testEvery = n
        }
        if get("csv") == nil, let v = get("validation_csv") {
            throw ConfigError("data.validation_csv goes with csv only", line: v.line)
        }
        if let v = get("validation_csv") {
            if let f = get("validation_fraction") {
                throw ConfigError(
                    "data.validation_fraction and data.validation_csv cannot be used together", line: f.line)
            }
            d.validationCSV = try csvPath(v, "data.validation_csv")
        }
        if let f = get("validation_fraction") {
            d.validationFraction = try double(f, "data.validation_fraction")
            guard d.validationFraction >= 0 && d.validationFraction < 1 else {
                throw ConfigError(
                    "data.validation_fraction must be in [0, 1), got \(d.validationFraction)", line: f.line)
            }
            // The test part's share of the samples: none from csv with test_csv, 1/N with test_every.
            // With folds the fold's share is checked below, once K is read.
            let test =
                get("folds") != nil ? 0 : d.testCSV != nil ? 0 : d.testEvery.map { 1 / Double($0) } ?? d.testFraction
            guard d.validationFraction + test < 1 else {
                throw ConfigError(
                    "data.validation_fraction + the test part's fraction (\(test)) must be less than 1, got \(d.validationFraction + test); nothing would be left to train on",
                    line: f.line)
            }
        }
        if let v = get("divide_by") {
            let x = try double(v, "data.divide_by")
            // The features are divided in float32: a divisor that is not a normal positive
            // float32 (0, negative, subnormal such as 1e-320, or beyond 3.4e38) gives zeros or infinities.
            guard x > 0, Float(x).isNormal, Float(x).isFinite else {
                throw ConfigError(
                    "data.divide_by must be a positive number from \(Float.leastNormalMagnitude) to \(Float.greatestFiniteMagnitude) (a normal float32), got \(x)",
                    line: v.line)
            }
            d.divideBy = x
        }
        if let s = get("scale") {
            d.scale = try oneOf(s, "scale", Scaling.allCases.map(\.rawValue)) { Scaling(rawValue: $0) }
        }
        if let k = get("folds") {
            let n = try int(k, "data.folds")
            guard n >= 2 else { throw ConfigError("data.folds must be at least 2, got \(n)", line: k.line) }
            for other in ["test_fraction", "test_every", "test_csv"] where get(other) != nil {
                throw ConfigError(
                    "data.folds and data.\(other) cannot be used together: with folds: \(n) each cell holds out one fold, 1/\(n) of the samples",
                    line: k.line)
            }
            if get("split_seed")?.scalar?.string == "seed" {
                throw ConfigError(
                    "data.folds and data.split_seed: seed cannot be used together: the seed already chooses the fold (and the repeat); split_seed: N draws the repeats' permutations",
                    line: k.line)
            }
            guard d.validationFraction + 1 / Double(n) < 1 else {
                throw ConfigError(
                    "data.validation_fraction + the fold's share (1/\(n)) must be less than 1; nothing would be left to train on",
                    line: k.line)
            }
            d.folds = n
            d.testFraction = 1 / Double(n)
        }
        if let s = get("split_seed") {
            if s.scalar?.string == "seed" {
                // Drawn from each cell's seed: set once the seed is read (`parse`).
                d.splitFromSeed = true
            } else {
                guard case .scalar(let sc) = s, let v = Int(sc.string.trimmingCharacters(in: .whitespaces)), v >= 0
                else {
                    throw ConfigError(
                        "data.split_seed must be a whole number >= 0 or seed (each cell's seed draws its split), got '\(quoted(s.scalar?.string ?? s.kindName))'",
                        line: s.line)
                }
                d.splitSeed = v
            }
            if d.splitFromSeed, d.testEvery != nil || (d.testCSV != nil && d.validationFraction == 0) {
                throw ConfigError(
                    "data.split_seed: seed draws the held-out part from the seed, but \(d.testEvery != nil ? "test_every" : "test_csv") fixes it; use test_fraction (or validation_fraction with test_csv)",
                    line: s.line)
            }
        }
        if let o = get("outliers") {
            d.outliers = try double(o, "data.outliers")
            guard d.outliers >= 0 && d.outliers < 1 else {
                throw ConfigError("data.outliers must be in [0, 1), got \(d.outliers)", line: o.line)
            }
        }
        if let s = get("target_scale") {
            d.targetScale = try oneOf(s, "target_scale", ["standard", "none"]) {
                $0 == "standard" ? .standard : ($0 == "none" ? Scaling.none : nil)
            }
        }
        return d
    }
}
