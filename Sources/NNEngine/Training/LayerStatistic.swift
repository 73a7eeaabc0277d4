/// Per-layer statistics of a Linear layer's block (after its activation; logits for the last).
/// The sweep's cell records hold these as they are (the `layers` of `cells/<id>.json`, under
/// the property names), and layers.csv has a column for each number (`ResultColumns.layers`).
public struct LayerStatistic: Codable, Equatable, Sendable {
    /// `init` (before training), `epoch1` (after the first epoch) or `final` (after the last
    /// epoch, when there are more than one).
    public var stage: String
    /// The Linear layer's module name (`0`, `2`, ...) and its depth (1 = first).
    public var module: String
    public var depth: Int
    public var activationMean: Double
    public var activationStd: Double
    /// Frobenius norm of ∂loss/∂weight on the probe batch.
    public var gradNorm: Double
    /// The block output's values at `LayerStatistic.quantileLevels` (over samples and units).
    public var activationQuantiles: [Double] = []
    /// The back-propagated gradient ∂loss/∂s of the Linear layer's output s (before its
    /// activation), over samples and units: standard deviation and values at the quantile levels.
    /// The trainer always measures the standard deviation; it is nil only in a record written
    /// before it was measured.
    public var outputGradStd: Double? = 0
    public var outputGradQuantiles: [Double] = []

    public init(
        stage: String, module: String, depth: Int, activationMean: Double, activationStd: Double, gradNorm: Double,
        activationQuantiles: [Double] = [], outputGradStd: Double? = 0, outputGradQuantiles: [Double] = []
    ) {
        self.stage = stage
        self.module = module
        self.depth = depth
        self.activationMean = activationMean
        self.activationStd = activationStd
        self.gradNorm = gradNorm
        self.activationQuantiles = activationQuantiles
        self.outputGradStd = outputGradStd
        self.outputGradQuantiles = outputGradQuantiles
    }

    /// Reads a record's layer; one written before the quantiles and the output gradient were
    /// measured lacks their keys, which read as empty lists and nil.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        stage = try c.decode(String.self, forKey: .stage)
        module = try c.decode(String.self, forKey: .module)
        depth = try c.decode(Int.self, forKey: .depth)
        activationMean = try c.decode(Double.self, forKey: .activationMean)
        activationStd = try c.decode(Double.self, forKey: .activationStd)
        gradNorm = try c.decode(Double.self, forKey: .gradNorm)
        activationQuantiles = try c.decodeIfPresent([Double].self, forKey: .activationQuantiles) ?? []
        outputGradStd = try c.decodeIfPresent(Double.self, forKey: .outputGradStd)
        outputGradQuantiles = try c.decodeIfPresent([Double].self, forKey: .outputGradQuantiles) ?? []
    }

    public static let quantileLevels = [0.05, 0.25, 0.5, 0.75, 0.95]

    /// Linear-interpolation quantiles (numpy's default) of `values`, which it sorts.
    public static func quantiles(_ values: inout [Double]) -> [Double] {
        values.sort()
        guard !values.isEmpty else { return [] }
        return quantileLevels.map { q in
            let h = q * Double(values.count - 1)
            let i = Int(h)
            return i + 1 < values.count ? values[i] + (h - Double(i)) * (values[i + 1] - values[i]) : values[i]
        }
    }

    /// The same quantiles of `count` floats, found by selection instead of a full sort: only the
    /// (at most ten) order statistics the levels need are placed, in O(n log k). Equal to
    /// `quantiles(_:)` of the values widened to Double, bit for bit (an order statistic is the
    /// same value however it is found, and the interpolation is done in Double as there). With a
    /// NaN among the values (no order), it falls back to the sort.
    public static func quantiles(of values: UnsafePointer<Float>, count: Int, scratch: inout [Float]) -> [Double] {
        guard count > 0 else { return [] }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: values, count: count))
        if scratch.contains(where: { $0.isNaN }) {
            var all = scratch.map(Double.init)
            return quantiles(&all)
        }
        var needed: [Int] = []
        for q in quantileLevels {
            let i = Int(q * Double(count - 1))
            needed.append(i)
            if i + 1 < count { needed.append(i + 1) }
        }
        needed = Array(Set(needed)).sorted()
        scratch.withUnsafeMutableBufferPointer { select($0, 0, count - 1, needed[...]) }
        return quantileLevels.map { q in
            let h = q * Double(count - 1)
            let i = Int(h)
            let a = Double(scratch[i])
            return i + 1 < count ? a + (h - Double(i)) * (Double(scratch[i + 1]) - a) : a
        }
    }

    /// Places at each index of `ks` (sorted, within lo...hi) the value a sort would put there,
    /// partitioning only the ranges that hold one of them (Hoare partition, median of three).
    private static func select(_ a: UnsafeMutableBufferPointer<Float>, _ lo: Int, _ hi: Int, _ ks: ArraySlice<Int>) {
        var lo = lo
        var hi = hi
        var ks = ks
        while lo < hi, !ks.isEmpty {
            if hi - lo < 16 {
                // Insertion sort for a short range.
                for i in (lo + 1)...hi {
                    let v = a[i]
                    var j = i - 1
                    while j >= lo && a[j] > v {
                        a[j + 1] = a[j]
                        j -= 1
                    }
                    a[j + 1] = v
                }
                return
            }
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { a.swapAt(mid, lo) }
            if a[hi] < a[lo] { a.swapAt(hi, lo) }
            if a[hi] < a[mid] { a.swapAt(hi, mid) }
            let pivot = a[mid]
            var i = lo
            var j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Now a[lo...j] <= pivot <= a[i...hi], and every element between j and i equals pivot.
            let left = ks.prefix { $0 <= j }
            let right = ks.drop { $0 < i }
            if !left.isEmpty && !right.isEmpty {
                select(a, lo, j, left)
                lo = i
                ks = right
            } else if !left.isEmpty {
                hi = j
                ks = left
            } else {
                lo = i
                ks = right
            }
        }
    }
}
