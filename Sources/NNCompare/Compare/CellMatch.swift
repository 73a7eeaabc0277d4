import Foundation
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// The first phase of a comparison: the runs of both sweeps grouped into cells by their axis
/// values (the seed axis left out), never by run id or row order.
public struct CellMatch: Sendable {
    public let baseline: CompareSide
    public let current: CompareSide
    /// The axes cells are matched on, in the baseline's order.
    public let axisNames: [String]
    /// Cells in the order of their first run in each runs.csv.
    public let baselineOrder: [[String]]
    public let currentOrder: [[String]]
    /// Cell → its runs (the replicates), in file order.
    public let baselineRuns: [[String]: [CompareSide.Run]]
    public let currentRuns: [[String]: [CompareSide.Run]]

    /// Groups both sides' runs on `axisNames`, which both sides must have.
    public init(baseline: CompareSide, current: CompareSide, axisNames: [String]) {
        func group(_ side: CompareSide) -> (order: [[String]], runs: [[String]: [CompareSide.Run]]) {
            let index = axisNames.map { side.axisNames.firstIndex(of: $0)! }
            var order: [[String]] = []
            var runs: [[String]: [CompareSide.Run]] = [:]
            for r in side.runs {
                let key = index.map { r.axisValues[$0] }
                if runs[key] == nil { order.append(key) }
                runs[key, default: []].append(r)
            }
            return (order, runs)
        }
        let b = group(baseline)
        let c = group(current)
        self.baseline = baseline
        self.current = current
        self.axisNames = axisNames
        baselineOrder = b.order
        currentOrder = c.order
        baselineRuns = b.runs
        currentRuns = c.runs
    }

    /// The baseline's cells that the current sweep has too, in the baseline's order.
    public var common: [[String]] { baselineOrder.filter { currentRuns[$0] != nil } }

    /// `a=a1, b=b2`, or "(one cell)" for sweeps without axes.
    public func describe(_ cell: [String]) -> String {
        axisNames.isEmpty ? "(one cell)" : zip(axisNames, cell).map { "\($0)=\($1)" }.joined(separator: ", ")
    }
}
