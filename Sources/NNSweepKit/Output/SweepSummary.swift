import Foundation

/// The compact text shown when a sweep ends: a table of a final metric over the first two axes
/// (averaged over the other axes) and the best cells.
public enum SweepSummary {
    public static func render(plan: SweepPlan, dir: URL, best count: Int = 5) -> String {
        var rows: [(Cell, CellRecord)] = []
        for c in plan.cells { if let r = Tables.readRecord(dir, c.id) { rows.append((c, r)) } }
        guard !rows.isEmpty else { return "no results yet" }
        let classification = rows.contains { $0.1.last?.valAccuracy != nil }
        let hasVal = rows.contains { $0.1.last?.valLoss != nil }
        let metricName = classification ? "final val_accuracy" : (hasVal ? "final val_loss" : "final train_loss")
        func metric(_ r: CellRecord) -> Double? {
            guard r.status == .ok, let l = r.last else { return nil }
            return classification ? l.valAccuracy : (l.valLoss ?? l.trainLoss)
        }
        func fmt(_ v: Double?) -> String { v.map { String(format: "%.4f", $0) } ?? "-" }
        var out: [String] = []
        if plan.axes.count >= 2 {
            let a = plan.axes[0], b = plan.axes[1]
            out.append("\(metricName), \(a.name) x \(b.name)" + (plan.axes.count > 2 ? " (mean over the other axes; - = diverged or failed)" : ""))
            let width = max(10, (b.values.map(\.label.count).max() ?? 0) + 2)
            let first = max(a.name.count, a.values.map(\.label.count).max() ?? 0) + 2
            func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }
            out.append(pad(a.name, first) + b.values.map { pad($0.label, width) }.joined())
            for av in a.values {
                var line = pad(av.label, first)
                for bv in b.values {
                    let ms = rows.filter { $0.0.axisValues[0] == av.label && $0.0.axisValues[1] == bv.label }.map { metric($0.1) }
                    let valid = ms.compactMap { $0 }
                    line += pad(valid.isEmpty || valid.count < ms.count ? "-" : fmt(valid.reduce(0, +) / Double(valid.count)), width)
                }
                out.append(line)
            }
            out.append("")
        }
        let ranked = rows.compactMap { c, r in metric(r).map { (c, r, $0) } }
            .sorted { classification ? $0.2 > $1.2 : $0.2 < $1.2 }
        if plan.cells.count > 1 {
            out.append("best \(min(count, ranked.count)) cells by \(metricName):")
            for (c, _, m) in ranked.prefix(count) {
                out.append("  \(fmt(m))  \(c.label(plan.axes))  [\(c.id)]")
            }
        } else if let (c, r) = rows.first {
            out.append("\(c.config.name): \(r.status.rawValue), \(r.epochsRun) epochs, \(metricName) \(fmt(metric(r)))")
        }
        let bad = rows.filter { $0.1.status != .ok }
        if !bad.isEmpty {
            out.append("not ok: " + bad.map { "\($0.0.axisValues.joined(separator: "/")) \($0.1.status.rawValue)" }.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }
}
