import Foundation
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// The second phase of a comparison: whether the two sweeps measure the same thing. Different
/// axes, no runs, no cell in common, or matched cells with different data, network or loss
/// (`ExperimentSettings`) make them incomparable (`CompareError.incompatible`); different seed
/// sets and missing manifests are reported as notes.
public enum Comparability {
    /// The axes both sweeps are matched on (the seed axis left out, in the baseline's order);
    /// throws when the sweeps have different axes.
    public static func axes(_ baseline: CompareSide, _ current: CompareSide) throws -> [String] {
        let seed = CompareSide.seedAxis
        let names = baseline.axisNames.filter { $0 != seed }
        let currentNames = current.axisNames.filter { $0 != seed }
        guard Set(names) == Set(currentNames) else {
            func list(_ n: [String]) -> String { n.isEmpty ? "none" : n.joined(separator: ", ") }
            throw CompareError(
                .incompatible,
                "different experiments: the baseline's axes are \(list(names)), the current's are \(list(currentNames))"
                    + (baseline.axisNames.contains(seed) || current.axisNames.contains(seed) ? " (seed aside)" : ""))
        }
        return names
    }

    /// Both sweeps have runs, and at least one cell in common.
    public static func overlap(_ cells: CellMatch) throws {
        guard !cells.baseline.runs.isEmpty else {
            throw CompareError(.incompatible, "the baseline \(cells.baseline.label) has no runs")
        }
        guard !cells.current.runs.isEmpty else {
            throw CompareError(.incompatible, "the current sweep \(cells.current.label) has no runs")
        }
        guard !cells.common.isEmpty else {
            throw CompareError(
                .incompatible,
                "no cell in common: the baseline has \(cells.baselineOrder.count) cells (such as \(cells.describe(cells.baselineOrder[0]))), "
                    + "the current \(cells.currentOrder.count) (such as \(cells.describe(cells.currentOrder[0])))")
        }
    }

    /// Same data, network and loss in every matched cell (throws otherwise); returns notes on what
    /// could not be checked and on different seed sets.
    public static func settings(_ cells: CellMatch) throws -> [String] {
        let baseline = cells.baseline
        let current = cells.current
        var notes: [String] = []
        if let bs = baseline.settings, let cs = current.settings {
            for key in cells.common {
                guard let bt = cells.baselineRuns[key]!.lazy.compactMap({ bs[$0.runID] }).first,
                    let ct = cells.currentRuns[key]!.lazy.compactMap({ cs[$0.runID] }).first
                else { continue }
                let be = ExperimentSettings.extract(bt)
                let ce = ExperimentSettings.extract(ct)
                for k in ExperimentSettings.keys {
                    let x = be[k] ?? ExperimentSettings.absent
                    let y = ce[k] ?? ExperimentSettings.absent
                    guard x != y else { continue }
                    let cell = cells.axisNames.isEmpty ? "" : " (cell " + cells.describe(key) + ")"
                    throw CompareError(
                        .incompatible,
                        "different data, model or loss: \(k) is \(x) in the baseline and \(y) in the current\(cell)")
                }
            }
        } else {
            let which = [baseline.settings == nil ? "baseline" : nil, current.settings == nil ? "current" : nil]
                .compactMap { $0 }
            notes.append(
                "no manifest.json for the \(which.joined(separator: " and ")): data, model and loss not checked, only the axis names"
            )
        }
        let bSeeds = Set(baseline.runs.compactMap { $0.fields["seed"] })
        let cSeeds = Set(current.runs.compactMap { $0.fields["seed"] })
        if bSeeds != cSeeds {
            func list(_ s: Set<String>) -> String {
                s.sorted { (Int($0) ?? .max, $0) < (Int($1) ?? .max, $1) }.joined(separator: ",")
            }
            notes.append("the sweeps use different seeds (baseline \(list(bSeeds)), current \(list(cSeeds)))")
        }
        return notes
    }
}
