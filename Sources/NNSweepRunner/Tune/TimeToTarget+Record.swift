import Foundation
import NNPlan

extension TimeToTarget {
    /// The first epoch and the training seconds at which the cell reached the target, or empty.
    package func values(_ r: CellRecord) -> [String] {
        let hit = r.epochs.first { e in
            guard let v = e.value(named: metric.name), v.isFinite else { return false }
            return metric.lowerIsBetter ? v <= value : v >= value
        }
        guard let hit else { return ["", ""] }
        return ["\(hit.epoch)", hit.seconds.map { String(format: "%.3f", $0) } ?? ""]
    }
}
