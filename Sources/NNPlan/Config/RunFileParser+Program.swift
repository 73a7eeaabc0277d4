import Foundation
import NNEngine
import NNProgram
import Yams

/// A file with `program:` runs that program in every cell; its parameters are `params:`, and
/// the built-in engine's sections have no place in it.
extension RunFileParser {
    static let programTopKeys = [
        "name", "description", "program", "params", "epochs", "seed", "seeds", "grid", "exclude", "tune", "margin",
        "figures"
    ]

    /// The sections of the built-in engine, which a program file must not have.
    static var builtinOnlyKeys: [String] { topKeys.filter { !programTopKeys.contains($0) } }

    func parseProgramRun(_ root: Node) throws -> RunConfig {
        let top = try pairs(root, "the run file", allowed: Self.programTopKeys + Self.builtinOnlyKeys)
        if let (k, v) = top.first(where: { Self.builtinOnlyKeys.contains($0.0) }) {
            throw ConfigError(
                "\(k): belongs to the built-in engine; a file with program: gives the program's settings under params:",
                line: v.line)
        }
        let get = { (k: String) in top.first(where: { $0.0 == k })?.1 }
        var config = RunConfig(name: "run", data: DataConfig(source: .builtin("none")))
        if let n = get("name") { config.name = try name(n) }
        if let e = get("epochs") {
            config.epochs = try positiveInt(e, "epochs")
            guard config.epochs <= Limits.maxEpochs else {
                throw ConfigError("epochs must be at most \(Limits.maxEpochs), got \(config.epochs)", line: e.line)
            }
        }
        if let s = get("seed") {
            config.seed = try int(s, "seed")
            guard config.seed >= 0 else { throw ConfigError("seed must be >= 0, got \(config.seed)", line: s.line) }
        }
        let spec = try parseProgram(get("program")!)
        var parameters = ProgramParameters()
        if let p = get("params"), !p.isNull {
            guard case .mapping = p else {
                throw ConfigError(
                    "params must be a map of the program's parameters, such as {optimizer: {lr: 0.01}}, got \(p.kindName)",
                    line: p.line)
            }
            guard case .object(let o) = try json(p, "params") else { preconditionFailure() }
            parameters = ProgramParameters(o)
        }
        if let s = parameters.value(at: "seed") {
            throw ConfigError(
                "params.seed is \(s.text): the seed is nnsweep's (seed: or seeds:), and the program receives it as params' seed and NNSWEEP_SEED",
                line: get("params")?.line)
        }
        if let e = parameters.value(at: "epochs") {
            throw ConfigError(
                "params.epochs is \(e.text): the epochs are nnsweep's (epochs:), and the program receives them as params' epochs (the whole run) and NNSWEEP_EPOCHS (where to stop this time)",
                line: get("params")?.line)
        }
        try parameters.set("seed", to: .int(config.seed))
        try parameters.set("epochs", to: .int(config.epochs))
        // Every placeholder must name a parameter of every cell: checked here, before anything runs.
        do {
            _ = try ProgramCommand(spec.command).expand(
                parameters, contract: Dictionary(uniqueKeysWithValues: ProgramCommand.contractNames.map { ($0, "") }))
        } catch {
            throw ConfigError("program.command: \(error.description)", line: get("program")?.line)
        }
        config.program = ProgramCell(spec: spec, parameters: parameters)
        return config
    }

    /// `program: {command: [...], metrics: {NAME: lower | higher, ...}, headline: NAME, ...}`.
    func parseProgram(_ node: Node) throws -> ProgramSpec {
        let p = try pairs(node, "program", allowed: ProgramSpec.keys)
        let get = { (k: String) in p.first(where: { $0.0 == k })?.1 }
        guard let c = get("command") else {
            throw ConfigError(
                "program needs command: the program as a list of arguments, such as [python3, train.py]",
                line: node.line)
        }
        guard case .sequence(let items) = c, !items.isEmpty else {
            throw ConfigError(
                "program.command must be a list of arguments, such as [python3, train.py] (no shell runs it), got \(c.kindName)",
                line: c.line)
        }
        var command: [String] = []
        for (i, item) in items.enumerated() {
            guard case .scalar(let s) = item, !item.isNull else {
                throw ConfigError("program.command[\(i)] must be text, got \(item.kindName)", line: item.line)
            }
            guard !s.string.contains("\0") else {
                throw ConfigError("program.command[\(i)] holds a NUL character", line: item.line)
            }
            command.append(s.string)
        }
        do { _ = try ProgramCommand(command).parameterPlaceholders() } catch {
            throw ConfigError("program.command: \(error.description)", line: c.line)
        }
        let executable = try resolveExecutable(command[0], line: items[0].line)
        // Items that name a file beside the run file (train.py) run as its path, and its
        // contents are part of the cell's identity.
        var resolved = command
        var digests: [(name: String, sha256: String)] = []
        for i in command.indices where !command[i].contains("{") && !command[i].hasPrefix("-") {
            let candidate = baseDirectory.appendingPathComponent(command[i]).standardizedFileURL.path
            var isFolder: ObjCBool = false
            guard command[i].contains(".") || command[i].contains("/"),
                FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            if i > 0 || command[i].contains("/") { resolved[i] = candidate }
            let digest = FileDigest.sha256(path: candidate, maxBytes: Limits.maxCheckpointBytes) ?? "unreadable"
            if !digests.contains(where: { $0.name == command[i] }) { digests.append((command[i], digest)) }
        }
        guard let m = get("metrics") else {
            throw ConfigError(
                "program needs metrics: the metrics it reports with their direction, such as {val_loss: lower, val_accuracy: higher}",
                line: node.line)
        }
        var metrics: [ProgramMetric] = []
        for (k, v) in try pairs(m, "program.metrics", allowed: nil) {
            guard Self.isMetricName(k) else {
                throw ConfigError(
                    "program.metrics: '\(quoted(k))' is not a metric name (letters, digits and _, starting with a letter)",
                    line: v.line)
            }
            guard k != "epoch" else {
                throw ConfigError("program.metrics: epoch is the metric lines' counter, not a metric", line: v.line)
            }
            guard k != "lr" else {
                throw ConfigError(
                    "program.metrics: lr is the learning rate, read from the metric lines when there and not a metric",
                    line: v.line)
            }
            let d = try oneOf(v, "program.metrics.\(k)", ["lower", "higher"]) { $0 }
            if let declared = EpochRecord.metrics.first(where: { $0.name == k })?.direction, declared.rawValue != d {
                throw ConfigError(
                    "program.metrics.\(k): \(k) is \(declared.rawValue)-is-better in nnsweep's tables", line: v.line)
            }
            metrics.append(ProgramMetric(name: k, direction: d == "lower" ? .lower : .higher))
        }
        guard !metrics.isEmpty else {
            throw ConfigError(
                "program.metrics lists no metric; give at least one, such as {val_loss: lower}", line: m.line)
        }
        guard metrics.contains(where: { $0.name == "train_loss" }) else {
            throw ConfigError(
                "program.metrics needs train_loss: the tables and figures have a training loss for every epoch",
                line: m.line)
        }
        var spec = ProgramSpec(
            command: command, executable: executable, metrics: metrics,
            headline: metrics.first { $0.direction == .higher }?.name ?? metrics[0].name)
        spec.resolvedCommand = resolved
        spec.fileDigests = digests
        if let h = get("headline") {
            spec.headline = try oneOf(h, "program.headline", metrics.map(\.name)) { $0 }
        }
        if let t = get("time_limit") {
            let v = try double(t, "program.time_limit")
            guard v > 0 && v <= 30 * 86400 else {
                throw ConfigError("program.time_limit must be seconds in (0, 2592000], got \(v)", line: t.line)
            }
            spec.timeLimit = v
        }
        if let c = get("continues") { spec.continues = try bool(c, "program.continues") }
        let from = try get("metrics_from").map { try oneOf($0, "program.metrics_from", ["file", "stdout"]) { $0 } }
        if let pattern = get("pattern") {
            guard from == "stdout" else {
                throw ConfigError(
                    "program.pattern reads metrics from standard output and needs metrics_from: stdout",
                    line: pattern.line)
            }
            let text = try string(pattern, "program.pattern")
            do { _ = try MetricsReader.stdoutLines([], metrics: [], pattern: text) } catch {
                throw ConfigError(
                    "program.pattern is not a regular expression: \(error.description)", line: pattern.line)
            }
            guard text.contains("(?<epoch>") else {
                throw ConfigError(
                    "program.pattern needs a group named epoch, such as 'Epoch (?<epoch>\\d+) loss (?<val_loss>\\S+)'",
                    line: pattern.line)
            }
            spec.metricsFrom = .stdout(pattern: text)
        } else if from == "stdout" {
            spec.metricsFrom = .stdout(pattern: nil)
        }
        if let e = get("env") {
            for (k, v) in try pairs(e, "program.env", allowed: nil) {
                guard !k.isEmpty, !k.contains("="), !k.contains("\0"), !k.hasPrefix("NNSWEEP_") else {
                    throw ConfigError(
                        "program.env: '\(quoted(k))' cannot be set (a name without '=', not NNSWEEP_...)", line: v.line)
                }
                guard case .scalar(let s) = v, !v.isNull, !s.string.contains("\0") else {
                    throw ConfigError("program.env.\(k) must be text, got \(v.kindName)", line: v.line)
                }
                spec.environment.append((k, s.string))
            }
        }
        if spec.continues, case .stdout = spec.metricsFrom {
            throw ConfigError(
                "program.continues keeps the epochs of an interrupted attempt from NNSWEEP_METRICS; with metrics_from: stdout they would be lost, so write the metric lines to NNSWEEP_METRICS",
                line: node.line)
        }
        if let d = get("devices") {
            guard case .sequence(let list) = d, !list.isEmpty else {
                throw ConfigError("program.devices must be a list, such as [0, 1], got \(d.kindName)", line: d.line)
            }
            spec.devices = try list.enumerated().map { i, n in
                let s = try string(n, "program.devices[\(i)]")
                guard !s.isEmpty, !s.contains(","), !s.contains("\0") else {
                    throw ConfigError("program.devices[\(i)] must be one device, got '\(quoted(s))'", line: n.line)
                }
                return s
            }
            if Set(spec.devices).count != spec.devices.count {
                throw ConfigError("program.devices names a device twice", line: d.line)
            }
        }
        if let b = get("max_output_bytes") {
            spec.maxOutputBytes = try positiveInt(b, "program.max_output_bytes")
        }
        return spec
    }

    /// `command[0]`: a file beside the run file, a path, or a program on PATH; it must exist and
    /// be executable now, so that a typo stops the sweep before any cell.
    func resolveExecutable(_ name: String, line: Int?) throws -> String {
        if name.contains("/") {
            let path = name.hasPrefix("/") ? name : baseDirectory.appendingPathComponent(name).standardizedFileURL.path
            guard let found = ProgramProcess.resolve(path, path: nil) else {
                throw ConfigError(
                    "program.command[0]: \(path) \(FileManager.default.fileExists(atPath: path) ? "is not executable (chmod +x, or start it with its interpreter, such as [python3, \(name)])" : "does not exist")",
                    line: line)
            }
            return found
        }
        guard let found = ProgramProcess.resolve(name, path: ProcessInfo.processInfo.environment["PATH"]) else {
            throw ConfigError(
                "program.command[0]: no program '\(quoted(name))' on PATH; give its path, or the interpreter that runs it, such as [python3, train.py]",
                line: line)
        }
        return found
    }

    static func isMetricName(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, CharacterSet.letters.contains(f), s.count <= 64 else { return false }
        return s.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "_" }
            && s.allSatisfy(\.isASCII)
    }

    /// A YAML value as JSON: maps (keys in order), lists, and scalars typed as YAML's core schema
    /// reads them (a quoted scalar is always text).
    func json(_ node: Node, _ what: String) throws -> JSONValue {
        switch node {
        case .mapping(let m):
            var o = JSONObject()
            for (k, v) in m {
                guard let key = k.scalar?.string, !key.isEmpty, !key.contains(".") else {
                    throw ConfigError(
                        "\(what) has a key that is not a name (keys are names without dots; dots address nested keys in grids)",
                        line: k.line)
                }
                guard o[key] == nil else { throw ConfigError("\(what) has '\(key)' twice", line: k.line) }
                o[key] = try json(v, "\(what).\(key)")
            }
            return .object(o)
        case .sequence(let s): return .array(try s.enumerated().map { try json($1, "\(what)[\($0)]") })
        case .scalar(let s):
            guard !s.string.contains("\0") else {
                throw ConfigError("\(what) holds a NUL character, which no argument or file can carry", line: node.line)
            }
            if s.style != .plain { return .string(s.string) }
            if node.isNull { return .null }
            switch s.string {
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
            if let i = Int(s.string) { return .int(i) }
            if let d = Double(s.string), d.isFinite, s.string.contains(where: { $0.isNumber }) {
                return .double(d)
            }
            if [".nan", ".NaN", ".inf", "-.inf", ".Inf", "-.Inf"].contains(s.string) {
                throw ConfigError("\(what) is \(s.string); parameters must be finite numbers", line: node.line)
            }
            return .string(s.string)
        }
    }
}
