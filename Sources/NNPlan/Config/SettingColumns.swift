import Foundation
import NNData
import NNEngine
import NNProgram

/// One resolved setting as a table value: a number, a flag or text. Written to runs.csv as its
/// own column, and to the cell records and the manifest as a JSON number, boolean or string.
public enum SettingValue: Codable, Equatable, Sendable {
    case number(Double)
    case flag(Bool)
    case text(String)

    /// The CSV text: numbers as the shortest text that reads back as the same double.
    public var csv: String {
        switch self {
        case .number(let v) where v == v.rounded() && abs(v) < 1e15: "\(Int(v))"
        case .number(let v): csvNumber(v)
        case .flag(let b): "\(b)"
        case .text(let s): s
        }
    }

    /// The value for JSONSerialization.
    package var json: Any {
        switch self {
        case .number(let v): v.isFinite ? v as Any : csvNumber(v) as Any
        case .flag(let b): b
        case .text(let s): s
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let b = try? c.decode(Bool.self) {
            self = .flag(b)
        } else if let v = try? c.decode(Double.self) {
            self = .number(v)
        } else {
            self = .text(try c.decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let v): try c.encode(v)
        case .flag(let b): try c.encode(b)
        case .text(let s): try c.encode(s)
        }
    }

    /// A float32 option as written (0.01, not its float64 widening 0.009999999776...).
    static func float(_ f: Float) -> SettingValue { .number(Double("\(f)") ?? Double(f)) }
}

extension RunConfig {
    /// Every resolved setting under a dotted name (`optimizer.name`, `optimizer.lr`,
    /// `scheduler.step_size`, `model.hidden`, ...), in a fixed order: the columns runs.csv adds
    /// after the measured ones. A concept's options follow its name in its schema's order; an
    /// option that is absent (PyTorch's None) has no entry. Files appear as the run file writes
    /// them, with their digests. Every setting in `settings` (what a cell's id hashes) has a
    /// column here, so two cells with the same columns are the same cell
    /// (`SettingColumnsTests.columnsTellEveryCellApart`); a model given as a layer list is its
    /// canonical text (`model.layers`), not the shorthand's keys it does not use.
    public var settingColumns: [(key: String, value: SettingValue)] {
        if let program { return Self.programColumns(program, epochs: epochs) }
        var out: [(key: String, value: SettingValue)] = []
        func add(_ k: String, _ v: SettingValue) { out.append((k, v)) }
        /// The column of one option's value; a pair as two columns (`.0`, `.1`), an absent one as none.
        func option(_ key: String, _ v: OptionValue) {
            switch v {
            case .int(let i): add(key, .number(Double(i)))
            case .double(let d): add(key, .number(d))
            case .float(let f): add(key, .float(f))
            case .bool(let b): add(key, .flag(b))
            case .name(let s): add(key, .text(s))
            case .pair(let a, let b):
                add("\(key).0", .number(a))
                add("\(key).1", .number(b))
            case .ints(let l): add(key, .text("[" + l.map(String.init).joined(separator: ", ") + "]"))
            case .floats(let l): add(key, .text("[" + l.map { "\($0)" }.joined(separator: ", ") + "]"))
            case .entries(let es):
                add(key, .text(es.map { Schedule(name: $0.name, values: $0.values).canonical }.joined(separator: ",")))
            case .absent: break
            }
        }
        func concept<C: ConceptFamily>(_ nameKey: String, _ prefix: String, _ c: C) {
            add(nameKey, .text(c.name))
            for (o, v) in zip(c.declaration.options, c.settings.values) { option("\(prefix).\(o.key)", v) }
        }
        func file(_ role: String, _ p: String) -> SettingValue {
            .text(writtenPaths[role] ?? URL(fileURLWithPath: p).lastPathComponent)
        }
        switch data.source {
        case .builtin(let n): add("data.name", .text(n))
        case .csv(let p, let t, let task):
            add("data.name", file("csv", p))
            add("data.target", .text(t))
            add("data.task", .text(task.rawValue))
        case .synthetic(let n, let s, let noise, let c):
            add("data.name", .text(n))
            add("data.samples", .number(Double(s)))
            add("data.noise", .number(noise))
            add("data.classes", .number(Double(c)))
        }
        if let t = data.testCSV { add("data.test_csv", file("test_csv", t)) }
        add("data.test_fraction", .number(data.testFraction))
        if data.validationFraction > 0 { add("data.validation_fraction", .number(data.validationFraction)) }
        if let v = data.validationCSV { add("data.validation_csv", file("validation_csv", v)) }
        if let n = data.testEvery { add("data.test_every", .number(Double(n))) }
        if let v = data.divideBy { add("data.divide_by", .number(v)) }
        if data.outliers > 0 { add("data.outliers", .number(data.outliers)) }
        add("data.scale", .text(data.scale.rawValue))
        add("data.split_seed", .number(Double(data.splitSeed)))
        if let k = data.folds {
            add("data.folds", .number(Double(k)))
            add("data.fold", .number(Double(data.fold)))
            add("data.fold_repeat", .number(Double(data.foldRepeat)))
        }
        add("data.target_scale", .text(data.targetScale.rawValue))
        if let layers {
            add("model.layers", .text(ModuleSpec.canonical(layers)))
        } else {
            add("model.hidden", .text("[" + hidden.map(String.init).joined(separator: ", ") + "]"))
            concept("model.activation", "model.activation", activation)
            add("model.dropout", .number(dropout))
            add("model.batch_norm", .flag(batchNorm))
        }
        concept("init.weight", "init.weight", initScheme.weight)
        concept("init.bias", "init.bias", initScheme.bias)
        concept("loss.name", "loss", loss)
        add("optimizer.name", .text(optimizer.name))
        for o in optimizer.declaration.options { option("optimizer.\(o.key)", optimizer.values[o.key]) }
        switch batchSize {
        case .full: add("batch_size", .text("full"))
        case .samples(let b): add("batch_size", .number(Double(b)))
        }
        add("scheduler.name", .text(schedule.name))
        for o in schedule.kind?.options ?? [] { option("scheduler.\(o.key)", schedule.options[o.key]) }
        add("scheduler.interval", .text(schedule.interval.rawValue))
        add("regularization.l1", .number(l1))
        add("regularization.l2", .number(l2))
        add("epochs", .number(Double(epochs)))
        add("shuffle", .flag(shuffle))
        add("seed", .number(Double(seed)))
        if let p = initFrom { add("init_from", file("init_from", p)) }
        if let d = emaDecay { add("ema.decay", .number(d)) }
        for (role, digest) in fileDigests.sorted(by: { $0.key < $1.key }) { add("\(role).sha256", .text(digest)) }
        return out
    }
}

extension SweepPlan {
    /// The settings columns of runs.csv: the union of the cells' `settingColumns` in the order
    /// they first appear, less names the table already has (an axis column, `seed`).
    package func settingColumnNames(skipping taken: Set<String>) -> [String] {
        var seen = taken
        var names: [String] = []
        for cell in cells {
            for (k, _) in cell.config.settingColumns where seen.insert(k).inserted { names.append(k) }
        }
        return names
    }
}

extension RunConfig {
    /// A program cell's columns: the command, then every parameter under its dotted key (a list
    /// as its JSON text), then `epochs` and `seed` (which the tables show in their own columns).
    static func programColumns(_ p: ProgramCell, epochs: Int) -> [(key: String, value: SettingValue)] {
        var out: [(key: String, value: SettingValue)] = [("program", .text(p.spec.command.joined(separator: " ")))]
        for (k, v) in p.parameters.leaves where k != "seed" && k != "epochs" {
            let value: SettingValue =
                switch v {
                case .int(let i): .number(Double(i))
                case .double(let d): .number(d)
                case .bool(let b): .flag(b)
                case .string(let s): .text(s)
                case .null: .text("")
                default: .text(v.text)
                }
            out.append(("params.\(k)", value))
        }
        out.append(("epochs", .number(Double(epochs))))
        if case .int(let seed) = p.parameters.value(at: "seed") { out.append(("seed", .number(Double(seed)))) }
        return out
    }
}
