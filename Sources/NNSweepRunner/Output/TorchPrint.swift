import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// Tensors printed as PyTorch prints them (`print(tensor)` with the default print options:
/// 4 decimals, one width for every entry, scientific notation when the magnitudes call for it).
public enum TorchPrint {
    /// `tensor([[a, b],\n        [c, d]], suffix)` for `[rows, cols]` values, or `tensor([a, b], suffix)`
    /// for one dimension. `suffix` is, for example, `requires_grad=True`.
    public static func tensor(_ values: [Float], shape: [Int], suffix: String? = nil) -> String {
        let cells = format(values)
        let tail = suffix.map { ", " + $0 } ?? ""
        guard shape.count == 2, shape[0] > 0 else {
            return "tensor([" + cells.joined(separator: ", ") + "]" + tail + ")"
        }
        let cols = shape[1]
        let rows = stride(from: 0, to: cells.count, by: max(cols, 1)).map {
            "[" + cells[$0..<min($0 + cols, cells.count)].joined(separator: ", ") + "]"
        }
        return "tensor([" + rows.joined(separator: ",\n        ") + "]" + tail + ")"
    }

    /// The entries, each padded to the widest, as torch's `_Formatter` writes floats.
    static func format(_ values: [Float]) -> [String] {
        let finite = values.filter { $0.isFinite }.map { abs(Double($0)) }
        let nonzero = finite.filter { $0 != 0 }
        let integral = finite.allSatisfy { $0 == $0.rounded() }
        var texts: [String]
        if integral && !finite.isEmpty {
            // Whole numbers print with a trailing dot: `1.`, `0.`.
            texts = values.map { $0.isFinite ? String(format: "%.0f.", Double($0)) : "\($0)" }
        } else {
            let lo = nonzero.min() ?? 0
            let hi = nonzero.max() ?? 0
            let scientific = !nonzero.isEmpty && (hi / lo > 1000 || hi > 1e8 || lo < 1e-4)
            texts = values.map { v in
                guard v.isFinite else { return v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf") }
                return String(format: scientific ? "%.4e" : "%.4f", Double(v))
            }
        }
        let width = texts.map(\.count).max() ?? 0
        return texts.map { String(repeating: " ", count: width - $0.count) + $0 }
    }
}
