import Foundation
import NNData
import NNEngine
import Yams

/// One value of a grid axis: a plain value for a run key, or a named preset.
public struct AxisValue: @unchecked Sendable {
    public let label: String
    let node: Node
    let isPreset: Bool
}

public struct Axis: @unchecked Sendable {
    public let name: String
    public let values: [AxisValue]
    /// The path of run keys a plain value sets (`model.activation` → ["model", "activation"]).
    let path: [String]
}

/// One cell of a grid: its axis values, its resolved settings and its identity.
public struct Cell: Sendable {
    /// Position in the grid's stable order (first axis outermost).
    public let index: Int
    /// Derived from the resolved settings, not the position: 16 hex digits.
    public let id: String
    public let axisValues: [String]
    public let config: RunConfig
    /// The seed the cell trains with, derived from the base seed and the id.
    public let cellSeed: UInt64

    public func label(_ axes: [Axis]) -> String {
        zip(axes, axisValues).map { "\($0.name)=\($1)" }.joined(separator: ", ")
    }
}

/// A run file expanded into its cells: a file without `grid:` is a grid of one cell.
public struct SweepPlan: Sendable {
    public let name: String
    public let file: URL
    public let text: String
    public let axes: [Axis]
    public let cells: [Cell]
    /// Cells dropped by `exclude:`.
    public let excluded: Int
    /// SHA-256 of every file the cells read (CSVs, init_from), by its path as the run file writes
    /// it (`InputPath`), never by where the checkout lies.
    public let inputDigests: [String: String]
    /// For a grid file with `tune:`: the search and selection; this plan holds the search's cells.
    public internal(set) var tune: TunePlan? = nil
    /// A validation target: runs.csv then says when each cell first reached it.
    public internal(set) var target: TimeToTarget? = nil

    /// FNV-1a of the file's bytes, for the manifest.
    public var fileHash: String { hex(Hashing.fnv1a64(text)) }

    public static func load(
        _ file: URL, maxCells: Int = Limits.defaultMaxCells,
        maxInputBytes: Int = Limits.defaultMaxInputBytes
    ) throws -> SweepPlan {
        let bytes: [UInt8]
        do {
            // A pipe (a run file given as <(...)) is read too, never beyond the limit.
            bytes = try InputFile.read(
                file.path, maxBytes: Limits.maxRunFileBytes, hint: "a run file needs a few kilobytes", streams: true)
        } catch {
            let message =
                switch error.reason {
                case .missing: "no such file"
                case .folder: "is a folder, not a run file"
                case .tooLarge:
                    "the file is larger than \(Limits.maxRunFileBytes) bytes (\(InputFile.bytesText(Int64(Limits.maxRunFileBytes)))); a run file needs a few kilobytes"
                default: error.message()
                }
            throw ConfigError(message, file: file.path)
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw ConfigError("cannot read the file as UTF-8 text", file: file.path)
        }
        do {
            return try parse(text: text, file: file, maxCells: maxCells, maxInputBytes: maxInputBytes)
        } catch var e as ConfigError {
            e.file = file.path
            throw e
        }
    }

    public static func parse(
        text: String, file: URL, maxCells: Int = Limits.defaultMaxCells,
        maxInputBytes: Int = Limits.defaultMaxInputBytes
    ) throws -> SweepPlan {
        let scan = YAMLNesting.scan(text, limit: Limits.maxYAMLDepth)
        if let line = scan.lineBeyond {
            throw ConfigError(
                "the file nests lists and maps more than \(Limits.maxYAMLDepth) levels deep (an alias counting as deep as what it stands for); a run file needs a few",
                line: line)
        }
        let root: Node
        do {
            guard let r = try Yams.compose(yaml: text) else {
                throw ConfigError("the file is empty; a run file needs at least data:", line: 1)
            }
            root = r
        } catch let e as YamlError {
            throw ConfigError(yamlMessage(e), line: yamlLine(e))
        }
        guard case .mapping(let top) = root else {
            throw ConfigError(
                "a run file must be a map of settings (name:, data:, model:, ...), got \(root.kindName)",
                line: root.line)
        }
        try Limits.checkTree(root, aliases: scan.aliases)
        let parser = RunFileParser(baseDirectory: file.deletingLastPathComponent(), maxInputBytes: maxInputBytes)
        // Check the top-level keys first, so a typo is reported as such even inside a grid file.
        let isProgram = top.contains { $0.key.scalar?.string == "program" }
        _ = try parser.pairs(
            root, "the run file",
            allowed: isProgram ? RunFileParser.programTopKeys + RunFileParser.builtinOnlyKeys : RunFileParser.topKeys)
        var base = Node.Mapping([])
        var gridNode: Node?
        var excludeNode: Node?
        var seedsNode: Node?
        var tuneNode: Node?
        for (k, v) in top {
            switch k.scalar?.string {
            case "grid": gridNode = v
            case "tune": tuneNode = v
            case "exclude": excludeNode = v
            case "seeds": seedsNode = v
            // Read by the verdicts from the file's text (`VerdictMargins.of`); checked here.
            case "margin": _ = try VerdictMargins.parse(v, builtin: !isProgram)
            // Read by the figures from the manifest (`FigureFormats.of`); checked here.
            case "figures": _ = try FigureFormats.parse(v)
            default: base[k] = v
            }
        }
        let baseNode = Node.mapping(base)
        let name = try base["name"].map(parser.name) ?? file.deletingPathExtension().lastPathComponent
        try Limits.checkName(name, line: base["name"]?.line)
        var axes = try gridNode.map { try parseAxes($0, program: isProgram) } ?? []
        // `seeds: N` is a seed axis 1...N, the innermost axis, so a setting's seeds sit together.
        if let sn = seedsNode {
            if tuneNode != nil {
                throw ConfigError(
                    "seeds: and tune: cannot be used together; tune.seeds sets the seeds of the search and tune.final_seeds those of the selected setting",
                    line: sn.line)
            }
            guard case .scalar(let sc) = sn, let n = Int(sc.string.trimmingCharacters(in: .whitespaces)) else {
                throw ConfigError(
                    "seeds must be a whole number (seeds: 5 runs every cell with seeds 1 to 5), got \(sn.kindName)",
                    line: sn.line)
            }
            guard (1...Limits.maxSeeds).contains(n) else {
                throw ConfigError("seeds must be from 1 to \(Limits.maxSeeds), got \(n)", line: sn.line)
            }
            if axes.contains(where: { $0.name == "seed" }) {
                throw ConfigError(
                    "seeds: and a grid axis seed cannot be used together; keep one of them", line: sn.line)
            }
            if base["seed"] != nil {
                throw ConfigError(
                    "seed: and seeds: cannot be used together; seed: N runs one seed, seeds: N runs seeds 1 to N",
                    line: sn.line)
            }
            axes.append(
                Axis(
                    name: "seed",
                    values: (1...n).map { AxisValue(label: "\($0)", node: Node("\($0)"), isPreset: false) },
                    path: ["seed"]))
        }
        if let e = excludeNode, gridNode == nil {
            throw ConfigError(
                "exclude needs a grid: it drops cells of the grid's axes, and this file has no grid:", line: e.line)
        }
        let excludes = try excludeNode.map { try parseExcludes($0, axes: axes) } ?? []
        // The full product, before any cell is built; multiplied with overflow checks.
        var total = 1
        for a in axes {
            let (p, overflow) = total.multipliedReportingOverflow(by: a.values.count)
            total = overflow ? Int.max : p
        }
        if total > maxCells {
            let sizes = axes.map { "\($0.values.count) \(quoted($0.name))" }.joined(separator: " x ")
            throw ConfigError(
                "the grid has \(total == Int.max ? "more than \(Int.max)" : "\(total)") cells (\(sizes)), more than the limit of \(maxCells); split it, or raise the limit with --max-cells N",
                line: gridNode?.line)
        }

        var combos: [[Int]] = []
        var excluded = 0
        var choice = [Int](repeating: 0, count: axes.count)
        for _ in 0..<total {
            let labels = zip(axes, choice).map { $0.values[$1].label }
            let isExcluded = excludes.contains { rule in
                rule.allSatisfy { axis, allowed in allowed.contains(labels[axis]) }
            }
            if isExcluded { excluded += 1 } else { combos.append(choice) }
            // Advance the odometer, last axis fastest.
            var a = axes.count - 1
            while a >= 0 {
                choice[a] += 1
                if choice[a] < axes[a].values.count { break }
                choice[a] = 0
                a -= 1
            }
        }
        guard !combos.isEmpty else {
            throw ConfigError("exclude: drops every cell of the grid", line: excludeNode?.line)
        }
        if let tuneNode {
            let tune = try TunePlan.make(
                tuneNode, name: name, file: file, text: text, base: baseNode, axes: axes, groups: combos,
                excluded: excluded, parser: parser, maxCells: maxCells)
            return try tune.searchPlan()
        }
        let (cells, digests) = try expand(
            base: baseNode, axes: axes, combos: combos, parser: parser, gridLine: gridNode?.line)
        return SweepPlan(
            name: name, file: file, text: text, axes: axes, cells: cells, excluded: excluded, inputDigests: digests)
    }

    /// The cells of `combos` (one choice of a value per axis each), in that order: the base with
    /// each axis value laid over it, checked, and identified by a hash of the resolved settings.
    /// `fallbackLine` is the line given to a mistake whose node has none (a value nnsweep made).
    static func expand(
        base baseNode: Node, axes: [Axis], combos: [[Int]], parser: RunFileParser, gridLine: Int?,
        fallbackLine: Int? = nil
    ) throws -> ([Cell], [String: String]) {
        let digests = FileDigest.Cache()
        var inputs: [String: String] = [:]
        var cells: [Cell] = []
        var seen: [String: String] = [:]
        for choice in combos {
            let labels = zip(axes, choice).map { $0.values[$1].label }
            var node = baseNode
            for (a, c) in zip(axes, choice) {
                let v = a.values[c]
                if !v.isPreset, a.path.first == "params", let bad = scalarOnPath(a.path, in: node) {
                    throw ConfigError(
                        "grid axis '\(quoted(a.name))': params.\(bad) is a value, not a map of parameters; the axis cannot set a key inside it",
                        line: gridLine ?? fallbackLine)
                }
                node = v.isPreset ? merge(node, v.node) : setting(a.path, to: v.node, in: node)
            }
            let label = zip(axes, labels).map { "\($0.name)=\($1)" }.joined(separator: ", ")
            var config: RunConfig
            do { config = try parser.parse(node) } catch var e as ConfigError {
                if !axes.isEmpty { e.cell = label }
                if e.line == nil { e.line = fallbackLine }
                throw e
            }
            let limit = config.maxInputBytes
            var files: [(role: String, path: String, limit: Int)] = []
            if case .csv(let path, _, _) = config.data.source { files.append(("csv", path, limit)) }
            if let p = config.data.testCSV { files.append(("test_csv", p, limit)) }
            if let p = config.data.validationCSV { files.append(("validation_csv", p, limit)) }
            if let p = config.initFrom { files.append(("init_from", p, Limits.maxCheckpointBytes)) }
            for f in files {
                let digest = digests.sha256(f.path, maxBytes: f.limit)
                config.fileDigests[f.role] = digest
                inputs[config.writtenPaths[f.role] ?? f.path] = digest
            }
            let id = hex(Hashing.fnv1a64(config.canonical))
            if let other = seen[id] {
                throw ConfigError(
                    "cells \(other) and \(label) have identical settings; remove one value or preset",
                    line: gridLine ?? fallbackLine)
            }
            seen[id] = label
            cells.append(
                Cell(
                    index: cells.count, id: id, axisValues: labels, config: config,
                    cellSeed: Hashing.fnv1a64(id, seed: UInt64(config.seed))))
        }
        return (cells, inputs)
    }

    /// Axis and preset names are labels in tables, figures and the terminal, one line each: a
    /// line break, tab or other control character in one is refused (as in `name:`).
    static func checkPrintable(_ s: String, what: String, line: Int?) throws {
        if let c = s.unicodeScalars.first(where: {
            $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
        }) {
            throw ConfigError(
                "\(what) '\(quoted(s))' contains \(c == "\n" ? "a line break" : String(format: "the control character U+%04X", c.value)); names are shown on one line in tables and figures",
                line: line)
        }
    }

    /// The grid's axes. In a file with `program:`, an axis or a preset key addresses the
    /// program's parameters (`optimizer.lr` is `params.optimizer.lr`), except `epochs` and `seed`.
    static func parseAxes(_ grid: Node, program: Bool = false) throws -> [Axis] {
        guard case .mapping(let m) = grid else {
            throw ConfigError(
                "grid must be a map of axes (a run key: a list of values, or a map of named presets), got \(grid.kindName)",
                line: grid.line)
        }
        guard !m.isEmpty else { throw ConfigError("grid has no axes", line: grid.line) }
        let settable = RunFileParser.topKeys.filter {
            !["grid", "exclude", "tune", "name", "description", "seeds", "measure", "margin", "figures"].contains($0)
        }
        func isSettable(_ key: String) -> Bool { program ? !key.isEmpty && key != "seeds" : settable.contains(key) }
        /// Where a program file's key lives: `epochs` and `seed` at the top, the rest in params.
        func programPath(_ path: [String]) -> [String] {
            ["epochs", "seed"].contains(path[0]) && path.count == 1 ? path : ["params"] + path
        }
        let seedsHint =
            "seeds: N goes at the top of the run file (every cell with seeds 1 to N); in a grid, use an axis seed: [1, 2, 3]"
        var axes: [Axis] = []
        for (k, v) in m {
            guard let name = k.scalar?.string, !name.isEmpty else {
                throw ConfigError("grid has an axis without a name", line: k.line)
            }
            try Self.checkPrintable(name, what: "the grid axis name", line: k.line)
            guard !axes.contains(where: { $0.name == name }) else {
                throw ConfigError("grid has the axis '\(name)' twice", line: k.line)
            }
            var path = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if path.first == "seeds" { throw ConfigError("grid axis 'seeds': " + seedsHint, line: k.line) }
            if program {
                guard !path.contains(where: \.isEmpty) else {
                    throw ConfigError("grid axis '\(quoted(name))' has an empty part", line: k.line)
                }
                path = programPath(path)
            }
            switch v {
            case .sequence(let seq):
                guard program || settable.contains(path[0]) else {
                    throw ConfigError(
                        unknownName("grid axis", name, allowed: settable)
                            + " (or a dotted key such as model.activation, or a map of presets)", line: k.line)
                }
                guard !seq.isEmpty else {
                    throw ConfigError("grid axis '\(name)' is empty; give it at least one value", line: v.line)
                }
                let values = seq.map { AxisValue(label: flowText($0), node: $0, isPreset: false) }
                if let dup = duplicate(values.map(\.label)) {
                    throw ConfigError("grid axis '\(name)' lists '\(dup)' twice", line: v.line)
                }
                axes.append(Axis(name: name, values: values, path: path))
            case .mapping(let presets):
                guard !presets.isEmpty else {
                    throw ConfigError("grid axis '\(name)' is empty; give it at least one preset", line: v.line)
                }
                var values: [AxisValue] = []
                for (pk, pv) in presets {
                    guard let label = pk.scalar?.string else {
                        throw ConfigError("grid axis '\(name)' has a preset without a name", line: pk.line)
                    }
                    try Self.checkPrintable(
                        label, what: "the preset name of grid axis '\(quoted(name))'", line: pk.line)
                    guard case .mapping = pv else {
                        throw ConfigError(
                            "preset '\(label)' of grid axis '\(name)' must be a map of run settings (such as {optimizer: {name: sgd, lr: 0.1}}), got \(pv.kindName)",
                            line: pv.line ?? pk.line)
                    }
                    if case .mapping(let pm) = pv {
                        for (fk, _) in pm {
                            let f = fk.scalar?.string ?? ""
                            if f == "seeds" {
                                throw ConfigError(
                                    "preset '\(label)' of grid axis '\(name)': " + seedsHint, line: fk.line)
                            }
                            guard isSettable(f) else {
                                throw ConfigError(
                                    "preset '\(label)' of grid axis '\(name)': "
                                        + unknownName("key", f, allowed: settable), line: fk.line)
                            }
                        }
                    }
                    var node = pv
                    if program, case .mapping(let pm) = pv {
                        // {optimizer: ..., epochs: 5} is {params: {optimizer: ...}, epochs: 5}.
                        var top = Node.Mapping([])
                        var params = Node.Mapping([])
                        for (fk, fv) in pm {
                            if ["epochs", "seed"].contains(fk.scalar?.string ?? "") {
                                top[fk] = fv
                            } else {
                                params[fk] = fv
                            }
                        }
                        if !params.isEmpty { top[Node("params")] = .mapping(params) }
                        node = .mapping(top)
                    }
                    values.append(AxisValue(label: label, node: node, isPreset: true))
                }
                axes.append(Axis(name: name, values: values, path: path))
            default:
                throw ConfigError(
                    "grid axis '\(name)' must be a list of values or a map of named presets, got \(v.kindName)",
                    line: v.line ?? k.line)
            }
        }
        return axes
    }

    /// `exclude:` is a list of maps from axis names to a value (or a list of values); a cell that
    /// matches every entry of one map is dropped.
    static func parseExcludes(_ node: Node, axes: [Axis]) throws -> [[(Int, Set<String>)]] {
        guard case .sequence(let seq) = node else {
            throw ConfigError(
                "exclude must be a list of maps such as - {optimizer: SGD, scheduler: StepLR}", line: node.line)
        }
        let known = axes.map { Set($0.values.map(\.label)) }
        return try seq.map { entry in
            guard case .mapping(let m) = entry, !m.isEmpty else {
                throw ConfigError("each exclude entry must be a map of axis names to values", line: entry.line)
            }
            return try m.map { k, v in
                let name = k.scalar?.string ?? ""
                guard let ai = axes.firstIndex(where: { $0.name == name }) else {
                    throw ConfigError(unknownName("axis in exclude", name, allowed: axes.map(\.name)), line: k.line)
                }
                let labels: [String]
                if case .sequence(let s) = v { labels = s.map(flowText) } else { labels = [flowText(v)] }
                for l in labels where !known[ai].contains(l) {
                    throw ConfigError(
                        "exclude names '\(l)', which is not a value of axis '\(name)' (\(axes[ai].values.map(\.label).joined(separator: ", ")))",
                        line: v.line)
                }
                return (ai, Set(labels))
            }
        }
    }

    /// A plain value's text for tables: scalars as written, collections in flow style.
    static func flowText(_ n: Node) -> String {
        switch n {
        case .scalar(let s): return s.string
        case .sequence(let s): return "[" + s.map(flowText).joined(separator: ", ") + "]"
        case .mapping(let m):
            return "{" + m.map { "\(flowText($0.key)): \(flowText($0.value))" }.joined(separator: ", ") + "}"

        }
    }

    static func duplicate(_ xs: [String]) -> String? {
        var seen = Set<String>()
        return xs.first { !seen.insert($0).inserted }
    }

    /// Lays `overlay` over `base`: maps merge key by key, except that a map with a `name` (a new
    /// optimizer, loss or scheduler) replaces what was there; anything else replaces.
    static func merge(_ base: Node, _ overlay: Node) -> Node {
        guard case .mapping(var b) = base, case .mapping(let o) = overlay, o["name"] == nil else { return overlay }
        for (k, v) in o {
            if let existing = b[k] { b[k] = merge(existing, v) } else { b[k] = v }
        }
        return .mapping(b)
    }

    /// The first part of `path` (below `params`) that holds a scalar although the path goes on
    /// through it, as a dotted key; nil when every part on the way is a map or absent.
    static func scalarOnPath(_ path: [String], in node: Node) -> String? {
        var current = node
        for (i, part) in path.enumerated().dropLast() {
            guard case .mapping(let m) = current, let next = m[Node(part)] else { return nil }
            if case .scalar = next, !next.isNull { return path[1...i].joined(separator: ".") }
            current = next
        }
        return nil
    }

    static func setting(_ path: [String], to value: Node, in node: Node) -> Node {
        guard let first = path.first else { return value }
        var m: Node.Mapping
        if case .mapping(let existing) = node { m = existing } else { m = Node.Mapping([]) }
        let key = Node(first)
        if path.count == 1 {
            m[key] = value
        } else {
            var inner = m[key] ?? Node.mapping(Node.Mapping([]))
            // A scalar form such as `optimizer: adam` becomes {name: adam} before a field is set in it.
            if case .scalar(let s) = inner { inner = .mapping(Node.Mapping([(Node("name"), Node(s.string))])) }
            m[key] = setting(Array(path.dropFirst()), to: value, in: inner)
        }
        return .mapping(m)
    }

    static func yamlMessage(_ e: YamlError) -> String {
        switch e {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _):
            return "YAML syntax: " + (context.map { "\($0.text) " } ?? "") + problem
        case .composer(let context, let problem, _, _):
            return "YAML: " + (context.map { "\($0.text) " } ?? "") + problem
        default:
            return "YAML: \(e)"
        }
    }

    static func yamlLine(_ e: YamlError) -> Int? {
        switch e {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }
}

func hex(_ v: UInt64) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
}
