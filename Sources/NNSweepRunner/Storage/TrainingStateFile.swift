import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// A training state that cannot be read: one line naming the file and what is wrong.
public struct TrainingStateFileError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A `TrainingState` as the bytes of one file, so that a trial can stop after an epoch and be
/// continued later, in another process, to the same bits.
///
/// Layout (all numbers little-endian; floats and doubles as their IEEE-754 bit patterns, so
/// every value, NaN payloads included, comes back exactly):
///
///     magic      8 bytes  "NNSTATE\n"
///     version    u32      2
///     epoch      u64
///     tensors    u64 n, then n × (name, shape: u64 k + k × u64, values: u64 m + m × f32)
///     counters   u64 n, then n × (name, i64)           sorted by name
///     optimizer  step count u64, lr f64, scalars (u64 n + n × f64),
///                tensors (u64 p, then p × (u64 k, then k × (u64 m + m × f32)))
///     schedule   metrics (u64 n + n × f64), lr f64
///     shuffle    random stream, then order (u64 n + n × u64)
///     dropout    u64 n, then n × random stream
///     layers     u64 n, then n × (stage, module, depth u64, mean f64, std f64, grad norm f64,
///                activation quantiles (u64 n + n × f64), output-gradient std f64 and
///                quantiles (u64 n + n × f64))
///     checksum   u64      FNV-1a 64 of every byte before it
///
/// A string is u64 byte count + UTF-8; a random stream is 4 × u64 words, then u8 1 and f64 for
/// a spare normal value (u8 0 without one).
public enum TrainingStateFile {
    static let magic: [UInt8] = Array("NNSTATE\n".utf8)
    static let version: UInt32 = 2

    public static func encode(_ s: TrainingState) -> [UInt8] {
        var w = ByteWriter()
        w.bytes(magic)
        w.u32(version)
        w.int(s.epoch)
        w.int(s.tensors.count)
        for t in s.tensors {
            w.string(t.name)
            w.ints(t.shape)
            w.floats(t.values)
        }
        w.int(s.counters.count)
        for name in s.counters.keys.sorted() {
            w.string(name)
            w.u64(UInt64(bitPattern: s.counters[name]!))
        }
        w.int(s.optimizer.stepCount)
        w.double(s.optimizer.lr)
        w.doubles(s.optimizer.scalars)
        w.int(s.optimizer.tensors.count)
        for perParameter in s.optimizer.tensors {
            w.int(perParameter.count)
            for t in perParameter { w.floats(t) }
        }
        w.doubles(s.scheduleMetrics)
        w.double(s.scheduleLR)
        w.random(s.shuffle)
        w.ints(s.order)
        w.int(s.dropout.count)
        for r in s.dropout { w.random(r) }
        w.int(s.layerStatistics.count)
        for l in s.layerStatistics {
            w.string(l.stage)
            w.string(l.module)
            w.int(l.depth)
            w.double(l.activationMean)
            w.double(l.activationStd)
            w.double(l.gradNorm)
            w.doubles(l.activationQuantiles)
            w.double(l.outputGradStd ?? .nan)
            w.doubles(l.outputGradQuantiles)
        }
        w.u64(checksum(w.out[...]))
        return w.out
    }

    /// Reads the bytes `encode` wrote; a short, altered or foreign file throws.
    public static func decode(_ bytes: [UInt8]) throws(TrainingStateFileError) -> TrainingState {
        guard bytes.count >= magic.count + 4 + 8, Array(bytes.prefix(magic.count)) == magic else {
            throw TrainingStateFileError("not a training state file")
        }
        let body = bytes.dropLast(8)
        var stored: UInt64 = 0
        for (k, b) in bytes.suffix(8).enumerated() { stored |= UInt64(b) << (8 * UInt64(k)) }
        guard checksum(body) == stored else {
            throw TrainingStateFileError("the training state is damaged or cut short (its checksum does not match)")
        }
        var r = ByteReader(bytes: body, position: body.startIndex + magic.count)
        let v = try r.u32()
        guard v == version else {
            throw TrainingStateFileError("training state version \(v); this nnsweep reads version \(version)")
        }
        let epoch = try r.int()
        var tensors: [NamedValues] = []
        for _ in 0..<(try r.count(minimumBytes: 24)) {
            tensors.append(NamedValues(name: try r.string(), shape: try r.ints(), values: try r.floats()))
        }
        var counters: [String: Int64] = [:]
        for _ in 0..<(try r.count(minimumBytes: 16)) {
            let name = try r.string()
            counters[name] = Int64(bitPattern: try r.u64())
        }
        let stepCount = try r.int()
        let lr = try r.double()
        let scalars = try r.doubles()
        var optimizerTensors: [[[Float]]] = []
        for _ in 0..<(try r.count(minimumBytes: 8)) {
            var perParameter: [[Float]] = []
            for _ in 0..<(try r.count(minimumBytes: 8)) { perParameter.append(try r.floats()) }
            optimizerTensors.append(perParameter)
        }
        let metrics = try r.doubles()
        let scheduleLR = try r.double()
        let shuffle = try r.random()
        let order = try r.ints()
        var dropout: [RandomSource] = []
        for _ in 0..<(try r.count(minimumBytes: 33)) { dropout.append(try r.random()) }
        var statistics: [LayerStatistic] = []
        for _ in 0..<(try r.count(minimumBytes: 72)) {
            statistics.append(
                LayerStatistic(
                    stage: try r.string(), module: try r.string(), depth: try r.int(),
                    activationMean: try r.double(), activationStd: try r.double(), gradNorm: try r.double(),
                    activationQuantiles: try r.doubles(), outputGradStd: try r.double(),
                    outputGradQuantiles: try r.doubles()))
        }
        guard r.position == body.endIndex else {
            throw TrainingStateFileError("the training state has \(body.endIndex - r.position) bytes after its end")
        }
        return TrainingState(
            epoch: epoch, tensors: tensors, counters: counters,
            optimizer: OptimizerState(stepCount: stepCount, lr: lr, scalars: scalars, tensors: optimizerTensors),
            scheduleMetrics: metrics, scheduleLR: scheduleLR, shuffle: shuffle, order: order, dropout: dropout,
            layerStatistics: statistics)
    }

    /// Writes the state atomically (readers see the old file or the whole new one).
    public static func write(_ s: TrainingState, to url: URL) throws {
        try AtomicFile.write(Data(encode(s)), to: url)
    }

    /// Reads a state file; the error names the file.
    public static func read(from url: URL) throws(TrainingStateFileError) -> TrainingState {
        let bytes: [UInt8]
        do { bytes = try [UInt8](Data(contentsOf: url)) } catch {
            throw TrainingStateFileError("\(url.path): cannot read the training state")
        }
        do { return try decode(bytes) } catch { throw TrainingStateFileError("\(url.path): \(error.description)") }
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}

private struct ByteWriter {
    var out: [UInt8] = []

    mutating func bytes(_ b: [UInt8]) { out += b }
    mutating func u8(_ v: UInt8) { out.append(v) }
    mutating func u32(_ v: UInt32) { for k in 0..<4 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(k)))) } }
    mutating func u64(_ v: UInt64) { for k in 0..<8 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(k)))) } }
    mutating func int(_ v: Int) { u64(UInt64(bitPattern: Int64(v))) }
    mutating func double(_ v: Double) { u64(v.bitPattern) }
    mutating func string(_ s: String) {
        let b = Array(s.utf8)
        int(b.count)
        out += b
    }
    mutating func ints(_ v: [Int]) {
        int(v.count)
        for x in v { int(x) }
    }
    mutating func doubles(_ v: [Double]) {
        int(v.count)
        for x in v { double(x) }
    }
    mutating func floats(_ v: [Float]) {
        int(v.count)
        out.reserveCapacity(out.count + 4 * v.count)
        for x in v { u32(x.bitPattern) }
    }
    mutating func random(_ r: RandomSource) {
        for w in r.words { u64(w) }
        if let s = r.spareNormal {
            u8(1)
            double(s)
        } else {
            u8(0)
        }
    }
}

private struct ByteReader {
    let bytes: ArraySlice<UInt8>
    var position: Int

    private func truncated() -> TrainingStateFileError {
        TrainingStateFileError("the training state ends early (at byte \(position))")
    }

    mutating func u8() throws(TrainingStateFileError) -> UInt8 {
        guard position < bytes.endIndex else { throw truncated() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func u32() throws(TrainingStateFileError) -> UInt32 {
        guard bytes.endIndex - position >= 4 else { throw truncated() }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[position + k]) << (8 * UInt32(k)) }
        position += 4
        return v
    }

    mutating func u64() throws(TrainingStateFileError) -> UInt64 {
        guard bytes.endIndex - position >= 8 else { throw truncated() }
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[position + k]) << (8 * UInt64(k)) }
        position += 8
        return v
    }

    /// A non-negative integer.
    mutating func int() throws(TrainingStateFileError) -> Int {
        let start = position
        let v = Int64(bitPattern: try u64())
        guard v >= 0 else { throw TrainingStateFileError("the training state has a negative number at byte \(start)") }
        return Int(v)
    }

    /// A count of items of at least `minimumBytes` each, checked against the bytes left.
    mutating func count(minimumBytes: Int) throws(TrainingStateFileError) -> Int {
        let n = try int()
        guard n <= (bytes.endIndex - position) / minimumBytes else { throw truncated() }
        return n
    }

    mutating func double() throws(TrainingStateFileError) -> Double { Double(bitPattern: try u64()) }

    mutating func string() throws(TrainingStateFileError) -> String {
        let n = try count(minimumBytes: 1)
        let b = bytes[position..<(position + n)]
        guard let s = String(validating: b, as: UTF8.self) else {
            throw TrainingStateFileError("the training state has text that is not UTF-8 at byte \(position)")
        }
        position += n
        return s
    }

    mutating func ints() throws(TrainingStateFileError) -> [Int] {
        let n = try count(minimumBytes: 8)
        var v: [Int] = []
        v.reserveCapacity(n)
        for _ in 0..<n { v.append(try int()) }
        return v
    }

    mutating func doubles() throws(TrainingStateFileError) -> [Double] {
        let n = try count(minimumBytes: 8)
        var v: [Double] = []
        v.reserveCapacity(n)
        for _ in 0..<n { v.append(try double()) }
        return v
    }

    mutating func floats() throws(TrainingStateFileError) -> [Float] {
        let n = try count(minimumBytes: 4)
        var v: [Float] = []
        v.reserveCapacity(n)
        for _ in 0..<n { v.append(Float(bitPattern: try u32())) }
        return v
    }

    mutating func random() throws(TrainingStateFileError) -> RandomSource {
        let start = position
        let words = [try u64(), try u64(), try u64(), try u64()]
        let spare: Double?
        switch try u8() {
        case 0: spare = nil
        case 1: spare = try double()
        default: throw TrainingStateFileError("the training state has a bad random stream at byte \(start)")
        }
        guard let r = RandomSource(words: words, spareNormal: spare) else {
            throw TrainingStateFileError("the training state has a bad random stream at byte \(start)")
        }
        return r
    }
}
