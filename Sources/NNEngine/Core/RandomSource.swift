/// The project's own seeded random generator: xoshiro256** seeded through SplitMix64.
///
/// Every random draw in the engine (initial weights, shuffles, dropout masks, synthetic data,
/// train/test splits) comes from one of these, so the same seed gives the same bits on every run
/// and every machine. Streams for separate purposes are derived with `derived(_:)`, so that
/// adding a draw in one place does not shift the numbers drawn in another.
public struct RandomSource: Equatable, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// The second value of the last Box-Muller pair, returned by the next `nextNormal`.
    public private(set) var spareNormal: Double? = nil

    /// The generator's four state words: with `spareNormal`, everything it will draw next.
    public var words: [UInt64] { [s0, s1, s2, s3] }

    /// The stream whose state is `words` (four, not all zero) and `spareNormal`: restores a
    /// stream saved from `words` and `spareNormal`.
    public init?(words: [UInt64], spareNormal: Double?) {
        guard words.count == 4, words.contains(where: { $0 != 0 }) else { return nil }
        (s0, s1, s2, s3) = (words[0], words[1], words[2], words[3])
        self.spareNormal = spareNormal
    }

    public init(seed: UInt64) {
        var sm = seed
        func next() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = next()
        s1 = next()
        s2 = next()
        s3 = next()
    }

    /// A new independent stream for `purpose`, a pure function of this stream's seed state and the label.
    public func derived(_ purpose: String) -> RandomSource {
        RandomSource(seed: Hashing.fnv1a64(purpose, seed: s0 ^ (s3 &* 0x9E37_79B9_7F4A_7C15)))
    }

    @inline(__always)
    public mutating func nextUInt64() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inline(__always) private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// Uniform in [0, 1) with 53 random bits.
    @inline(__always)
    public mutating func nextDouble() -> Double { Double(nextUInt64() >> 11) * 0x1.0p-53 }

    /// Uniform in [0, 1) with 24 random bits.
    @inline(__always)
    public mutating func nextFloat() -> Float { Float(nextUInt64() >> 40) * 0x1.0p-24 }

    /// Uniform integer in 0..<bound, unbiased (Lemire's multiply-and-reject).
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0)
        let b = UInt64(bound)
        var m = nextUInt64().multipliedFullWidth(by: b)
        if m.low < b {
            let t = (0 &- b) % b
            while m.low < t { m = nextUInt64().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// Standard normal by the Box-Muller transform (pairs are used in turn).
    public mutating func nextNormal() -> Double {
        if let s = spareNormal {
            spareNormal = nil
            return s
        }
        var u1 = nextDouble()
        while u1 <= 0 { u1 = nextDouble() }
        let u2 = nextDouble()
        let r = (-2 * _log(u1)).squareRoot()
        let theta = 2 * Double.pi * u2
        spareNormal = r * _sin(theta)
        return r * _cos(theta)
    }

    /// Fisher-Yates shuffle of `indices` in place.
    public mutating func shuffle(_ indices: inout [Int]) {
        var i = indices.count - 1
        while i > 0 {
            let j = nextInt(below: i + 1)
            indices.swapAt(i, j)
            i -= 1
        }
    }

    /// A random permutation of 0..<n.
    public mutating func permutation(_ n: Int) -> [Int] {
        var p = Array(0..<n)
        shuffle(&p)
        return p
    }
}

/// Small stable hashes (unlike `Hasher`, the same on every run and machine).
public enum Hashing {
    public static func fnv1a64(_ text: String, seed: UInt64 = 0) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        // Final avalanche (SplitMix64's mixer), so close inputs give far-apart outputs.
        h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}
