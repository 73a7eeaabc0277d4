/// The metrics of one epoch as a program reported them.
public struct EpochMetrics: Equatable, Sendable {
    public let epoch: Int
    /// The declared metrics this epoch reported, by name (NaN and infinities as they came).
    public let values: [String: Double]

    public init(epoch: Int, values: [String: Double]) {
        self.epoch = epoch
        self.values = values
    }
}

/// What the metrics of a cell came to: the epochs read, and the first line that could not be read
/// (which makes the cell failed), as "line 3: ...".
public struct MetricsRead: Equatable, Sendable {
    public var epochs: [EpochMetrics] = []
    public var problem: String?

    public init(epochs: [EpochMetrics] = [], problem: String? = nil) {
        self.epochs = epochs
        self.problem = problem
    }

    /// Whether a metric was NaN or infinite.
    public var diverged: Bool { epochs.contains { $0.values.values.contains { !$0.isFinite } } }
}

/// Where a program's metrics come from: the JSON-lines file of `NNSWEEP_METRICS`, or lines of its
/// standard output, read with the default form (`epoch 3 val_loss: 0.41 val_accuracy: 0.88`, also
/// `epoch=3 val_loss=0.41`) or with a regular expression whose named groups are `epoch` and metric
/// names (`Epoch (?<epoch>\d+).*loss (?<val_loss>\S+)`).
public enum MetricsSource: Equatable, Sendable {
    case file
    case stdout(pattern: String?)
}

public enum MetricsReader {
    /// Reads JSON lines: one object per line with a whole `epoch` >= 1, epochs increasing, and a
    /// number (or NaN, Infinity) for each declared metric it has; keys not declared are ignored.
    /// `complete` is false when the program was stopped, so that a last line without its line
    /// break (cut off mid-write) is left out instead of read as a mistake.
    public static func jsonLines(_ text: String, metrics: [String], complete: Bool) -> MetricsRead {
        var read = MetricsRead()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let last = lines.last, !text.hasSuffix("\n") {
            lines.removeLast()
            if complete && !last.trimmingSpaces.isEmpty { lines.append(last) }
        }
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty { continue }
            func fail(_ m: String) -> MetricsRead {
                read.problem = "line \(i + 1): \(m)"
                return read
            }
            let value: JSONValue
            do { value = try JSONValue.parse(line) } catch { return fail("not JSON (\(error)): \(clip(line))") }
            guard case .object(let o) = value else { return fail("not a JSON object: \(clip(line))") }
            guard case .int(let epoch)? = o["epoch"], epoch >= 1 else {
                return fail("needs \"epoch\": a whole number >= 1, got \(o["epoch"]?.text ?? "none")")
            }
            var values: [String: Double] = [:]
            for name in metrics {
                guard let v = o[name] else { continue }
                guard let n = v.number else { return fail("\"\(name)\" must be a number, got \(clip(v.text))") }
                values[name] = n
            }
            if let problem = order(epoch, after: read.epochs.last?.epoch) { return fail(problem) }
            read.epochs.append(EpochMetrics(epoch: epoch, values: values))
        }
        return read
    }

    /// "epoch 3 comes after epoch 3" when epochs do not increase.
    static func order(_ epoch: Int, after previous: Int?) -> String? {
        guard let previous, epoch <= previous else { return nil }
        return epoch == previous ? "epoch \(epoch) reported twice" : "epoch \(epoch) comes after epoch \(previous)"
    }

    /// Reads the lines of standard output that report an epoch; the others are the program's own.
    public static func stdoutLines(_ lines: [String], metrics: [String], pattern: String?) throws(PatternError)
        -> MetricsRead
    {
        var read = MetricsRead()
        let regex: Regex<AnyRegexOutput>?
        if let pattern {
            do { regex = try Regex(pattern) } catch { throw PatternError("\(error)") }
        } else {
            regex = nil
        }
        for (i, line) in lines.enumerated() {
            let found: (Int, [String: Double])?
            if let regex {
                guard let m = try? regex.firstMatch(in: line) else { continue }
                guard let e = m.output["epoch"]?.substring, let epoch = Int(e) else { continue }
                var values: [String: Double] = [:]
                for name in metrics {
                    if let s = m.output[name]?.substring, let v = number(String(s)) { values[name] = v }
                }
                found = (epoch, values)
            } else {
                found = defaultForm(line, metrics: metrics)
            }
            guard let (epoch, values) = found else { continue }
            if let problem = order(epoch, after: read.epochs.last?.epoch) {
                read.problem = "standard output line \(i + 1): \(problem)"
                return read
            }
            read.epochs.append(EpochMetrics(epoch: epoch, values: values))
        }
        return read
    }

    /// `epoch 3 val_loss: 0.41 val_accuracy=0.88` (also `Epoch 3/10`, commas between pairs): the
    /// epoch and each declared metric found after it; nil for a line that does not start so.
    static func defaultForm(_ line: String, metrics: [String]) -> (Int, [String: Double])? {
        let tokens = line.split { $0 == " " || $0 == "\t" || $0 == "," || $0 == "|" || $0 == "\r" }.flatMap {
            t -> [String] in
            // `key=value` and `key:value` as two tokens
            if let i = t.firstIndex(where: { $0 == "=" || $0 == ":" }) {
                let k = String(t[..<i])
                let v = String(t[t.index(after: i)...])
                return v.isEmpty ? [k] : [k, v]
            }
            return [String(t)]
        }
        guard tokens.count >= 2, tokens[0].lowercased() == "epoch" else { return nil }
        let e = tokens[1].split(separator: "/").first.map(String.init) ?? ""
        guard let epoch = Int(e), epoch >= 1 else { return nil }
        var values: [String: Double] = [:]
        var i = 2
        while i + 1 < tokens.count {
            if metrics.contains(tokens[i]), let v = number(tokens[i + 1]) {
                values[tokens[i]] = v
                i += 2
            } else {
                i += 1
            }
        }
        return (epoch, values)
    }

    /// A number as Python or C prints it, `nan` and `inf` included.
    static func number(_ s: String) -> Double? {
        switch s.lowercased() {
        case "nan", "-nan": return .nan
        case "inf", "infinity", "+inf": return .infinity
        case "-inf", "-infinity": return -.infinity
        default: return Double(s)
        }
    }

    static func clip(_ s: String) -> String { s.count <= 80 ? s : String(s.prefix(77)) + "..." }
}

/// A metrics pattern that is not a regular expression.
public struct PatternError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
