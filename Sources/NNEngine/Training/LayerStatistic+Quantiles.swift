/// The layer quantiles of a block's floats, found without sorting them.
///
/// `quantiles(_:)` sorts Doubles; a layer statistic takes quantiles of 256 x width floats
/// several times per cell, where that sort was a fifth of a sweep's time. Here the (at most
/// ten) order statistics the levels need are found by one radix pass and a selection among few
/// values:
///
///     keys    = the floats as UInt32s in the same order (sign flipped, negatives inverted)
///     bins    = histogram of the top 11 bits of the keys           one pass, 2048 counters
///     rank r  -> its bin and its rank within the bin              prefix sums
///     gather  = the keys of the needed bins, grouped by bin       one pass
///     each group: all equal -> done; else selection (Hoare) among its keys
///
/// An order statistic is the same value however it is found and the interpolation is done in
/// Double as `quantiles(_:)` does, so the results are those of the sort bit for bit. -0 and +0
/// are one key: which zero stands at a rank does not change an interpolated quantile (both
/// give +0), except with a single value, which is returned as it is. With a NaN among the
/// values (no order), it falls back to the sort.
extension LayerStatistic {
    /// Buffers reused from call to call (a trainer keeps one).
    public struct QuantileScratch {
        var counts = [Int32](repeating: 0, count: 2 * 2048)
        var slot = [Int8](repeating: -1, count: 2048)
        var keys: [UInt32] = []
        public init() {}
    }

    /// The float's key: keys compare as the floats do (-0 and +0 equal: -0 + 0 is +0, and
    /// adding +0 changes no other float). Without branches: a negative float's bits are
    /// inverted, a positive one's sign bit set.
    @inline(__always) static func key(_ f: Float) -> UInt32 {
        let b = (f + 0).bitPattern
        let negative = UInt32(bitPattern: Int32(bitPattern: b) >> 31)
        return b ^ (negative | 0x8000_0000)
    }

    @inline(__always) static func float(key k: UInt32) -> Float {
        Float(bitPattern: k & 0x8000_0000 != 0 ? k & 0x7FFF_FFFF : ~k)
    }

    /// `quantiles(_:)` of `count` floats widened to Double, bit for bit, in O(count).
    public static func quantiles(
        of values: UnsafePointer<Float>, count: Int, scratch: inout QuantileScratch
    ) -> [Double] {
        guard count > 0 else { return [] }
        if count == 1 {
            let v = Double(values[0])
            return quantileLevels.map { _ in v }
        }
        var ranks: [Int] = []
        for q in quantileLevels {
            let i = Int(q * Double(count - 1))
            ranks.append(i)
            ranks.append(i + 1)  // count >= 2 and q < 1: i + 1 < count
        }
        ranks = Array(Set(ranks)).sorted()
        var found = [UInt32](repeating: 0, count: ranks.count)
        let ok = scratch.counts.withUnsafeMutableBufferPointer { counts in
            scratch.slot.withUnsafeMutableBufferPointer { slot in
                select(values, count, ranks, &found, counts, slot, &scratch.keys)
            }
        }
        if !ok {
            var all = (0..<count).map { Double(values[$0]) }
            return quantiles(&all)
        }
        let value = { (r: Int) in Double(float(key: found[ranks.firstIndex(of: r)!])) }
        return quantileLevels.map { q in
            let h = q * Double(count - 1)
            let i = Int(h)
            let a = value(i)
            return a + (h - Double(i)) * (value(i + 1) - a)
        }
    }

    /// Puts in `found[n]` the key a sort would place at `ranks[n]`; false when a value is NaN.
    /// Leaves `counts` zero and `slot` -1, as it found them.
    private static func select(
        _ values: UnsafePointer<Float>, _ count: Int, _ ranks: [Int], _ found: inout [UInt32],
        _ counts: UnsafeMutableBufferPointer<Int32>, _ slot: UnsafeMutableBufferPointer<Int8>,
        _ keys: inout [UInt32]
    ) -> Bool {
        // Histogram of the top 11 bits, in two halves (even and odd elements) so that runs of
        // equal values (a ReLU's zeros) do not wait on one counter; `counts` holds 2 x 2048.
        var nans = 0
        var k = 0
        while k + 1 < count {
            let v0 = values[k]
            let v1 = values[k + 1]
            nans &+= (v0.isNaN ? 1 : 0) &+ (v1.isNaN ? 1 : 0)
            counts[Int(key(v0) >> 21)] &+= 1
            counts[2048 + Int(key(v1) >> 21)] &+= 1
            k += 2
        }
        if k < count {
            nans &+= values[k].isNaN ? 1 : 0
            counts[Int(key(values[k]) >> 21)] &+= 1
        }
        for b in 0..<2048 {
            counts[b] &+= counts[2048 + b]
            counts[2048 + b] = 0
        }
        defer { for b in 0..<2048 { counts[b] = 0 } }
        if nans > 0 { return false }
        // Each rank's bin and its rank within the bin; the needed bins get slots 0, 1, ...
        var bins: [Int] = []  // by slot
        var starts: [Int] = []  // first rank of each slot's bin
        var rankBin: [(slot: Int, local: Int)] = []
        var below = 0
        var b = 0
        for r in ranks {
            while below + Int(counts[b]) <= r {
                below += Int(counts[b])
                b += 1
            }
            if bins.last != b {
                slot[b] = Int8(bins.count)
                bins.append(b)
                starts.append(below)
            }
            rankBin.append((bins.count - 1, r - below))
        }
        defer { for b in bins { slot[b] = -1 } }
        // Gather the needed bins' keys, grouped by slot.
        var offsets: [Int] = []
        var total = 0
        for b in bins {
            offsets.append(total)
            total += Int(counts[b])
        }
        // One more place at the end, where keys of the other bins are written and overwritten.
        if keys.count < total + 1 { keys = [UInt32](repeating: 0, count: total + 1) }
        keys.withUnsafeMutableBufferPointer { keys in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: bins.count + 1) { fill in
                for s in 0..<bins.count { fill[s] = offsets[s] }
                fill[bins.count] = total
                let other = bins.count
                for k in 0..<count {
                    let key = key(values[k])
                    let s = Int(slot[Int(key >> 21)])
                    let f = s >= 0 ? s : other
                    keys[fill[f]] = key
                    fill[f] &+= s >= 0 ? 1 : 0
                }
            }
            // Within each group: all keys equal, or a selection of its ranks.
            var n = 0
            for s in 0..<bins.count {
                let lo = offsets[s]
                let hi = offsets[s] + Int(counts[bins[s]]) - 1
                var local: [Int] = []
                var m = n
                while m < ranks.count && rankBin[m].slot == s {
                    local.append(lo + rankBin[m].local)
                    m += 1
                }
                var least = keys[lo]
                var most = keys[lo]
                for i in lo...hi {
                    least = min(least, keys[i])
                    most = max(most, keys[i])
                }
                if least != most { selectKeys(keys, lo, hi, local[...]) }
                for (j, i) in local.enumerated() { found[n + j] = least == most ? least : keys[i] }
                n = m
            }
        }
        return true
    }

    /// Places at each index of `ks` (sorted, within lo...hi) the key a sort would put there,
    /// partitioning only the ranges that hold one of them (Hoare partition, median of three).
    private static func selectKeys(
        _ a: UnsafeMutableBufferPointer<UInt32>, _ lo: Int, _ hi: Int, _ ks: ArraySlice<Int>
    ) {
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
                selectKeys(a, lo, j, left)
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
