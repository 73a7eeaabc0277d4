import Foundation
import NNData
import NNEngine
import Yams

/// A grid file with `tune:` expanded: the groups (one per cell of the other axes), the trials
/// searched in each, and how the search's and the final phase's cells are made.
///
/// The search's cells are the groups x trials x search seeds 1...seeds, with an axis for each
/// searched key; the final phase's cells are each group's selected trial x the final seeds
/// seeds+1...seeds+final_seeds, the same for every group (so they pair across groups).
public struct TunePlan: @unchecked Sendable {
    public let spec: TuneSpec
    public let name: String
    public let file: URL
    public let text: String
    /// The grid's own axes (the groups); never a seed axis.
    public let groupAxes: [Axis]
    /// The value chosen on each group axis, per group, after `exclude:`.
    public let groups: [[Int]]
    /// Each trial's label on each searched key, in the sampler's order.
    public let trials: [[String]]
    /// One axis per searched key, its values the labels the trials use.
    public let searchAxes: [Axis]
    let excluded: Int
    let base: Node
    let parser: RunFileParser

    public var searchSeeds: [Int] { Array(1...spec.seeds) }
    public var finalSeeds: [Int] { Array((spec.seeds + 1)...(spec.seeds + spec.finalSeeds)) }

    public func groupLabels(_ g: Int) -> [String] { zip(groupAxes, groups[g]).map { $0.values[$1].label } }

    static func make(
        _ node: Node, name: String, file: URL, text: String, base: Node, axes: [Axis], groups: [[Int]],
        excluded: Int, parser: RunFileParser, maxCells: Int
    ) throws -> TunePlan {
        if let a = axes.first(where: { $0.name == "seed" }) {
            throw ConfigError(
                "a grid axis seed and tune: cannot be used together; tune.seeds and tune.final_seeds set the seeds",
                line: a.values.first?.node.line ?? node.line)
        }
        if case .mapping(let m) = base, let s = m["seed"] {
            throw ConfigError(
                "seed: and tune: cannot be used together; tune.seeds and tune.final_seeds set the seeds", line: s.line)
        }
        var program: ProgramSpec?
        if case .mapping(let m) = base, let p = m["program"] { program = try parser.parseProgram(p) }
        let spec = try TuneSpec.parse(node, parser: parser, axes: axes, program: program)
        // The search's size, overflow-checked: for the grid sampler before any trial is listed.
        func checkSize(_ trials: Int) throws {
            let searchCells = groups.count.multipliedReportingOverflow(by: trials)
            let total = searchCells.partialValue.multipliedReportingOverflow(by: spec.seeds)
            if trials == .max || searchCells.overflow || total.overflow || total.partialValue > maxCells {
                let points =
                    spec.sampler == .grid && spec.keys.count > 1
                    ? " (" + spec.keys.map { "\($0.count)" }.joined(separator: " x ") + ")" : ""
                throw ConfigError(
                    "the search has more than \(maxCells) cells (\(groups.count) groups x \(trials == .max ? "more than \(Int.max)" : "\(trials)") trials\(points) x \(spec.seeds) seeds); search fewer points, or raise the limit with --max-cells N",
                    line: node.line)
            }
        }
        if spec.sampler == .grid { try checkSize(spec.trialCount) }
        let trials = spec.trialLabels()
        try checkSize(trials.count)
        let searchAxes = spec.keys.enumerated().map { i, k in
            var labels: [String] = []
            var seen = Set<String>()
            for t in trials where seen.insert(t[i]).inserted { labels.append(t[i]) }
            return Axis(
                name: k.name, values: labels.map { AxisValue(label: $0, node: spec.node(k, $0), isPreset: false) },
                path: k.path)
        }
        let plan = TunePlan(
            spec: spec, name: name, file: file, text: text, groupAxes: axes, groups: groups, trials: trials,
            searchAxes: searchAxes, excluded: excluded, base: base, parser: parser)
        if program == nil { try plan.checkOptimizers() }
        return plan
    }

    /// A searched optimizer option must be an option of every group's optimizer: searching
    /// `optimizer.momentum` where one optimizer has none would give that optimizer a smaller
    /// search than the others under the same name.
    func checkOptimizers() throws {
        let options = spec.keys.filter { $0.path.count == 2 && $0.path[0] == "optimizer" }
        guard !options.isEmpty else { return }
        for g in groups.indices {
            let (cells, _) = try SweepPlan.expand(
                base: base, axes: groupAxes, combos: [groups[g]], parser: parser, gridLine: nil, fallbackLine: spec.line
            )
            let declaration = cells[0].config.optimizer.declaration
            for k in options where declaration.option(k.path[1]) == nil {
                let cell = groupAxes.isEmpty ? "" : " (cell \(cells[0].label(groupAxes)))"
                throw ConfigError(
                    "tune.search: optimizer \(declaration.name)\(cell) has no option '\(k.path[1])'; search only options that every optimizer of the grid has, or tune \(declaration.name) in a file of its own",
                    line: k.line)
            }
        }
    }

    static func seedAxis(_ seeds: [Int]) -> Axis {
        Axis(
            name: "seed", values: seeds.map { AxisValue(label: "\($0)", node: Node("\($0)"), isPreset: false) },
            path: ["seed"])
    }

    /// The search's cells: every group x trial x search seed.
    public func searchPlan() throws -> SweepPlan {
        let axes = groupAxes + searchAxes + [Self.seedAxis(searchSeeds)]
        let index = searchAxes.map(Self.positions)
        let trialChoices = trials.map { t in t.indices.map { index[$0][t[$0]]! } }
        var combos: [[Int]] = []
        for g in groups { for t in trialChoices { for s in searchSeeds.indices { combos.append(g + t + [s]) } } }
        let (cells, digests) = try SweepPlan.expand(
            base: base, axes: axes, combos: combos, parser: parser, gridLine: nil, fallbackLine: spec.line)
        var plan = SweepPlan(
            name: name, file: file, text: text, axes: axes, cells: cells, excluded: excluded, inputDigests: digests)
        plan.tune = self
        return plan
    }

    /// Each value's position on an axis, by label.
    static func positions(_ axis: Axis) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, v) in axis.values.enumerated() where out[v.label] == nil { out[v.label] = i }
        return out
    }

    /// The final phase's cells: each group's selected trial (nil: the group has none) x the final seeds.
    public func finalPlan(selected: [[String]?]) throws -> SweepPlan {
        let axes0 = searchAxes.enumerated().map { i, a in
            let labels = Set(selected.compactMap { $0?[i] })
            return Axis(name: a.name, values: a.values.filter { labels.contains($0.label) }, path: a.path)
        }
        let axes = groupAxes + axes0 + [Self.seedAxis(finalSeeds)]
        let index = axes0.map(Self.positions)
        var combos: [[Int]] = []
        for (g, sel) in zip(groups, selected) {
            guard let sel else { continue }
            let t = sel.indices.map { index[$0][sel[$0]]! }
            for s in finalSeeds.indices { combos.append(g + t + [s]) }
        }
        let (cells, digests) = try SweepPlan.expand(
            base: base, axes: axes, combos: combos, parser: parser, gridLine: nil, fallbackLine: spec.line)
        var plan = SweepPlan(
            name: name, file: file, text: text, axes: axes, cells: cells, excluded: excluded, inputDigests: digests)
        plan.target = spec.target.map { TimeToTarget(metric: spec.metric, value: $0) }
        return plan
    }
}
