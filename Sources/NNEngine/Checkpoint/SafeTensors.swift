import Foundation

/// The safetensors format (as written by `safetensors.torch.save_file`), in memory.
///
///     [8 bytes: little-endian u64 N][N bytes: JSON header][tensor bytes]
///     header: {"name": {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}, ...,
///              "__metadata__": {"key": "value"}}     offsets relative to the end of the header
///
/// The engine reads F32 and I64 tensors (PyTorch saves BatchNorm's num_batches_tracked as I64)
/// and writes them in state_dict order. Reading and writing files is the caller's business.
public enum SafeTensors {
    public enum Value: Equatable {
        case f32(shape: [Int], values: [Float])
        case i64(shape: [Int], values: [Int64])

        public var shape: [Int] {
            switch self {
            case .f32(let s, _), .i64(let s, _): s
            }
        }
        public var dtype: String {
            switch self {
            case .f32: "F32"
            case .i64: "I64"
            }
        }
    }

    public struct FormatError: Error, CustomStringConvertible {
        public let description: String
    }

    // MARK: Decoding

    public static func decode(_ bytes: [UInt8]) throws -> (tensors: [(String, Value)], metadata: [String: String]) {
        guard bytes.count >= 8 else { throw FormatError(description: "file too short for a safetensors header") }
        var n: UInt64 = 0
        for i in 0..<8 { n |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        guard n <= UInt64(bytes.count - 8) else {
            throw FormatError(description: "header length \(n) exceeds the file size")
        }
        let headerBytes = bytes[8..<(8 + Int(n))]
        guard let text = String(bytes: headerBytes, encoding: .utf8) else {
            throw FormatError(description: "header is not UTF-8")
        }
        guard let header = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
            throw FormatError(description: "header is not a JSON object")
        }
        let dataStart = 8 + Int(n)
        var tensors: [(String, Value, Int, Int)] = []
        var metadata: [String: String] = [:]
        for (name, entry) in header {
            if name == "__metadata__" {
                for (k, v) in (entry as? [String: Any]) ?? [:] { if let s = v as? String { metadata[k] = s } }
                continue
            }
            guard let fields = entry as? [String: Any], let dtype = fields["dtype"] as? String,
                let shapeJ = fields["shape"] as? [Any], let offJ = fields["data_offsets"] as? [Any], offJ.count == 2,
                let b0 = wholeNumber(offJ[0]), let b1 = wholeNumber(offJ[1]), b0 >= 0, b1 >= 0
            else {
                throw FormatError(description: "tensor '\(name)' has a malformed header entry")
            }
            let shape = try shapeJ.map { j -> Int in
                guard let v = wholeNumber(j), v >= 0 else {
                    throw FormatError(description: "tensor '\(name)' has a malformed shape")
                }
                return v
            }
            guard b0 <= b1 else {
                throw FormatError(
                    description:
                        "tensor '\(name)' has data_offsets [\(b0), \(b1)], whose end comes before its beginning")
            }
            guard b1 <= bytes.count - dataStart else {
                throw FormatError(
                    description:
                        "tensor '\(name)' has data_offsets [\(b0), \(b1)], past the end of the \(bytes.count - dataStart) data bytes"
                )
            }
            let begin = dataStart + b0
            let end = dataStart + b1
            // The element count and byte size come from the file: checked, not trusted to fit.
            guard let count = elementCount(shape), count <= (end - begin) else {
                throw FormatError(
                    description:
                        "tensor '\(name)' has shape \(shape), more elements than its \(end - begin) bytes can hold")
            }
            switch dtype {
            case "F32":
                guard end - begin == 4 * count else {
                    throw FormatError(description: "tensor '\(name)' has \(end - begin) bytes for shape \(shape)")
                }
                var values = [Float](repeating: 0, count: count)
                for i in 0..<count {
                    var u: UInt32 = 0
                    for k in 0..<4 { u |= UInt32(bytes[begin + 4 * i + k]) << (8 * UInt32(k)) }
                    values[i] = Float(bitPattern: u)
                }
                tensors.append((name, .f32(shape: shape, values: values), begin, end))
            case "I64":
                guard end - begin == 8 * count else {
                    throw FormatError(description: "tensor '\(name)' has \(end - begin) bytes for shape \(shape)")
                }
                var values = [Int64](repeating: 0, count: count)
                for i in 0..<count {
                    var u: UInt64 = 0
                    for k in 0..<8 { u |= UInt64(bytes[begin + 8 * i + k]) << (8 * UInt64(k)) }
                    values[i] = Int64(bitPattern: u)
                }
                tensors.append((name, .i64(shape: shape, values: values), begin, end))
            default:
                throw FormatError(
                    description: "tensor '\(name)' has dtype \(dtype); nnsweep reads F32 (and I64 for counters)")
            }
        }
        // File order. A zero-size tensor shares its offset with the next one: (begin, end) puts it
        // first, as it was written; the name settles any remaining tie (the header is unordered).
        let ordered = tensors.sorted { ($0.2, $0.3, $0.0) < ($1.2, $1.3, $1.0) }
        try checkContiguous(
            ordered.map { ($0.0, $0.2 - dataStart, $0.3 - dataStart) }, dataBytes: bytes.count - dataStart)
        return (ordered.map { ($0.0, $0.1) }, metadata)
    }

    /// A JSON number that is a whole number within Int, as written: not 1.5 read as 1, nor
    /// 2^64 wrapped to 0.
    static func wholeNumber(_ j: Any) -> Int? {
        guard let n = j as? NSNumber else { return nil }
        let i = n.int64Value
        guard Double(i) == n.doubleValue, n.doubleValue.rounded() == n.doubleValue else { return nil }
        return Int(i)
    }

    /// The product of a shape's sizes, or nil when it does not fit in an Int.
    public static func elementCount(_ shape: [Int]) -> Int? {
        var n = 1
        for d in shape {
            let (p, overflow) = n.multipliedReportingOverflow(by: d)
            if overflow { return nil }
            n = p
        }
        return n
    }

    /// The format stores the tensors back to back: in offset order, each starts where the one
    /// before ends, the first at 0, and the last ends at the end of the file.
    static func checkContiguous(_ ordered: [(name: String, begin: Int, end: Int)], dataBytes: Int) throws {
        var expected = 0
        var previous: String? = nil
        for t in ordered {
            if t.begin < expected, let previous {
                throw FormatError(
                    description:
                        "tensors '\(previous)' and '\(t.name)' overlap (data_offsets of '\(t.name)' start at \(t.begin), before \(expected)); the tensors must lie back to back"
                )
            }
            if t.begin > expected {
                throw FormatError(
                    description:
                        "bytes \(expected)..<\(t.begin) of the data, before tensor '\(t.name)', belong to no tensor; the tensors must lie back to back"
                )
            }
            expected = t.end
            previous = t.name
        }
        if expected != dataBytes {
            throw FormatError(
                description:
                    "the last \(dataBytes - expected) bytes of the file belong to no tensor; the tensors must lie back to back"
            )
        }
    }

    // MARK: Encoding

    public static func encode(_ tensors: [(String, Value)], metadata: [String: String] = [:]) -> [UInt8] {
        var entries: [String] = []
        if !metadata.isEmpty {
            let m = metadata.keys.sorted().map { "\(jsonString($0)):\(jsonString(metadata[$0]!))" }.joined(
                separator: ",")
            entries.append("\"__metadata__\":{\(m)}")
        }
        var offset = 0
        for (name, v) in tensors {
            let size: Int
            switch v {
            case .f32(_, let vals): size = 4 * vals.count
            case .i64(_, let vals): size = 8 * vals.count
            }
            let shape = v.shape.map(String.init).joined(separator: ",")
            entries.append(
                "\(jsonString(name)):{\"dtype\":\"\(v.dtype)\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(offset + size)]}"
            )
            offset += size
        }
        var header = Array("{\(entries.joined(separator: ","))}".utf8)
        while (8 + header.count) % 8 != 0 { header.append(0x20) }
        var out: [UInt8] = []
        out.reserveCapacity(8 + header.count + offset)
        let n = UInt64(header.count)
        for k in 0..<8 { out.append(UInt8((n >> (8 * UInt64(k))) & 0xFF)) }
        out.append(contentsOf: header)
        for (_, v) in tensors {
            switch v {
            case .f32(_, let vals):
                for x in vals {
                    let u = x.bitPattern
                    for k in 0..<4 { out.append(UInt8((u >> (8 * UInt32(k))) & 0xFF)) }
                }
            case .i64(_, let vals):
                for x in vals {
                    let u = UInt64(bitPattern: x)
                    for k in 0..<8 { out.append(UInt8((u >> (8 * UInt64(k))) & 0xFF)) }
                }
            }
        }
        return out
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default:
                if c.value < 0x20 {
                    out +=
                        "\\u" + String(repeating: "0", count: 4 - String(c.value, radix: 16).count)
                        + String(c.value, radix: 16)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}

extension Sequential {
    /// The network's state_dict as safetensors values, in PyTorch's order.
    public func stateTensors() -> [(String, SafeTensors.Value)] {
        stateDict.map { name, entry in
            switch entry {
            case .float(let t): (name, .f32(shape: t.shape, values: t.array))
            case .int64(let get, _): (name, .i64(shape: [], values: [get()]))
            }
        }
    }

    /// Loads a state_dict: every name must be present with its shape; extra names are an error too.
    public func load(_ tensors: [(String, SafeTensors.Value)]) throws {
        var given: [String: SafeTensors.Value] = [:]
        for (n, v) in tensors { given[n] = v }
        let expected = stateDict
        let expectedNames = Set(expected.map(\.0))
        if let extra = tensors.map(\.0).first(where: { !expectedNames.contains($0) }) {
            throw EngineError(
                "checkpoint has '\(extra)', which this model does not have (it expects \(expected.map(\.0).joined(separator: ", ")))"
            )
        }
        // Check every entry before changing any, so a checkpoint that does not fit leaves the network as it was.
        for (name, entry) in expected {
            guard let v = given[name] else {
                throw EngineError(
                    "checkpoint is missing '\(name)' (it has \(tensors.map(\.0).joined(separator: ", ")))")
            }
            switch (entry, v) {
            case (.float(let t), .f32(let shape, let values)):
                guard shape == t.shape else {
                    throw EngineError("checkpoint '\(name)' has shape \(shape), the model needs \(t.shape)")
                }
                if let i = values.firstIndex(where: { !$0.isFinite }) {
                    let what = values[i].isNaN ? "NaN" : (values[i] > 0 ? "infinity" : "-infinity")
                    throw EngineError("tensor '\(name)' has \(what) at index \(i); the weights must be finite numbers")
                }
            case (.int64, .i64(let shape, _)):
                guard SafeTensors.elementCount(shape) == 1 else {
                    throw EngineError("checkpoint '\(name)' has shape \(shape), the model needs []")
                }
            default:
                throw EngineError("checkpoint '\(name)' has dtype \(v.dtype), which does not fit the model")
            }
        }
        for (name, entry) in expected {
            switch (entry, given[name]!) {
            case (.float(let t), .f32(_, let values)): t.copy(from: values)
            case (.int64(_, let set), .i64(_, let values)): set(values[0])
            default: break
            }
        }
    }
}
