import Foundation
import NNData
import NNEngine
import Yams

/// The sizes beyond which a run file is refused before anything is allocated or written: a typo
/// such as an extra zero must end in one line, not in hours of work or an allocation failure.
public enum Limits {
    /// Cells in one grid (raise with `--max-cells`).
    public static let defaultMaxCells = 100_000
    /// Values in a run file once its YAML aliases are expanded.
    public static let maxYAMLValues = 100_000
    /// Levels of lists and maps inside each other in a run file (aliases count as deep as what
    /// they stand for), checked before the YAML is read: the reader recurses once per level.
    public static let maxYAMLDepth = 100
    /// Trainable parameters of one cell's network (float32: 400 MB each for values and gradients).
    public static let maxParameters = 100_000_000
    /// Values of one layer's activations for one batch (float32, 1 GiB): the batch (512 rows in
    /// evaluation) x the widest layer.
    public static let maxActivationValues = 1 << 28
    /// Output classes of a classification data set (the largest label + 1).
    public static let maxClasses = 100_000
    /// Hidden layers of one network.
    public static let maxLayers = 1_000
    /// Epochs of one cell.
    public static let maxEpochs = 1_000_000
    /// Samples of a synthetic data set.
    public static let maxSyntheticSamples = 10_000_000
    /// Classes of a synthetic data set.
    public static let maxSyntheticClasses = 1_000
    /// Bytes of a CSV data file (`csv`, `test_csv`, `validation_csv`; raise with `--max-input-bytes`).
    public static let defaultMaxInputBytes = InputFile.defaultMaxDataBytes
    /// Bytes of an `init_from` checkpoint: the largest network within `maxParameters` needs 400 MB.
    public static let maxCheckpointBytes = 1 << 30
    /// Bytes of a run file.
    public static let maxRunFileBytes = 16 << 20
    /// Seeds of `seeds: N`.
    public static let maxSeeds = 1_000
    /// What the size limit of a checkpoint allows, for messages.
    package static let checkpointHint = "the largest network nnsweep builds (\(maxParameters) parameters) needs 400 MB"
    /// Characters of a value quoted in a message.
    static let quotedValue = 60

    /// Refuses a YAML tree of more than `maxYAMLValues` values, a map that has a key twice (at
    /// any depth: a grid's presets too), and YAML merge keys (`<<:`), which the run file does not
    /// support. With `aliases` (the text uses `*name`) the walk stops at the limit, so a file of
    /// nested aliases costs at most that many steps; without, it counts every value, to say how
    /// many there are.
    static func checkTree(_ root: Node, aliases: Bool) throws {
        var count = 0
        var largest: (entries: Int, line: Int?) = (0, nil)
        func walk(_ n: Node) throws {
            count += 1
            if aliases && count > maxYAMLValues {
                throw ConfigError(
                    "the file's YAML aliases (*name) expand to more than \(maxYAMLValues) values; write the settings out or use a grid",
                    line: n.line)
            }
            switch n {
            case .scalar: break
            case .sequence(let s):
                if s.count > largest.entries { largest = (s.count, n.line) }
                for v in s { try walk(v) }
            case .mapping(let m):
                if m.count > largest.entries { largest = (m.count, n.line) }
                var seen: [String: Int?] = [:]
                for (k, v) in m {
                    if case .scalar(let s) = k {
                        if s.string == "<<", s.style == .plain {
                            throw ConfigError(
                                "YAML merge keys (<<:) are not supported; write the keys out, or use a grid preset",
                                line: k.line)
                        }
                        if let first = seen[s.string] {
                            throw ConfigError(
                                "the key '\(quoted(s.string))' appears twice in the same map (\(first.map { "line \($0) and " } ?? "")here); each key may appear once",
                                line: k.line)
                        }
                        seen[s.string] = k.line
                    }
                    try walk(k)
                    try walk(v)
                }
            }
        }
        try walk(root)
        if count > maxYAMLValues {
            let at = largest.line.map { "; the list or map at line \($0) has \(largest.entries) entries" } ?? ""
            throw ConfigError(
                "the file has \(count) values (each entry of a list or map counts), more than the limit of \(maxYAMLValues)\(at); split it into several run files",
                line: largest.line)
        }
    }

    /// Refuses a network too large to allocate, before any of it is.
    package static func checkNetwork(_ spec: NetworkSpec, classes: Int?) throws {
        if let classes, classes > maxClasses {
            throw SweepError(
                "the data has \(classes) classes (largest label \(classes - 1)); the limit is \(maxClasses) (labels are 0, 1, 2, ...)"
            )
        }
        guard let n = spec.parameterCount, n <= maxParameters else {
            let count = spec.parameterCount.map { "\($0)" } ?? "more than \(Int.max)"
            throw SweepError(
                "the model (\(spec.inputs) inputs, hidden \(spec.hidden), \(spec.outputs) outputs) has \(count) parameters, more than the limit of \(maxParameters)"
            )
        }
    }

    /// Refuses a network whose activations for one batch would not fit: every layer holds
    /// batch x width values (evaluation runs 512 rows at a time), for the output and its gradient.
    package static func checkActivations(_ spec: NetworkSpec, batch: Int, evaluationRows: Int) throws {
        let widest = ([spec.inputs] + spec.linearWidths).max() ?? 0
        let rows = max(batch, evaluationRows)
        let (values, overflow) = rows.multipliedReportingOverflow(by: widest)
        guard overflow || values > maxActivationValues else { return }
        let product = overflow ? "more than \(Int.max)" : "\(values)"
        throw SweepError(
            "batch_size \(batch) (and \(evaluationRows) rows at a time in evaluation): \(rows) rows x the widest layer's \(widest) values = \(product) values in one layer's activations, more than the limit of \(maxActivationValues) (1 GiB of float32); use a smaller batch_size or narrower layers"
        )
    }

    /// Checks the experiment name, which becomes a folder name under results/.
    static func checkName(_ name: String, line: Int?) throws {
        let problem: String?
        if name.isEmpty {
            problem = "is empty"
        } else if name.allSatisfy(\.isWhitespace) {
            problem = "is blank"
        } else if name == "." || name == ".." {
            problem = "is '\(name)'"
        } else if name.contains("/") {
            problem = "contains '/'"
        } else if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            problem = "contains a control character"
        } else if name.hasPrefix("-") {
            problem = "starts with '-'"
        } else if name.utf8.count > 200 {
            problem = "is longer than 200 bytes"
        } else {
            problem = nil
        }
        if let problem {
            throw ConfigError(
                "name \(problem); it names the results folder, so it must be a plain file name (letters, digits, '-', '_', '.'; no '/')",
                line: line)
        }
    }
}

/// A value for a message: one line, at most `Limits.quotedValue` characters, control characters escaped.
package func quoted(_ s: String) -> String {
    var out = ""
    var n = 0
    for u in s.unicodeScalars {
        if n >= Limits.quotedValue { return out + "…" }
        switch u {
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if u.properties.generalCategory == .control {
                out += "\\u{\(String(u.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        n += 1
    }
    return out
}

/// A whole message on one line, no longer than `limit` characters.
public func oneLine(_ s: String, limit: Int = 600) -> String {
    var out = ""
    var n = 0
    for u in s.unicodeScalars {
        if n >= limit { return out + " …" }
        if u == "\n" || u == "\r" {
            out += " "
        } else if u.properties.generalCategory == .control {
            out += "?"
        } else {
            out.unicodeScalars.append(u)
        }
        n += 1
    }
    return out
}
