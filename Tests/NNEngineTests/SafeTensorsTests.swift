import Foundation
import NNEngine
import Testing

// The safetensors codec and checkpoint loading.

@Suite("SafeTensors")
struct SafeTensorsTests {
    func network(batchNorm: Bool = true, seed: UInt64 = 1) throws -> Sequential {
        try Sequential(
            spec: NetworkSpec(inputs: 3, hidden: [4, 5], outputs: 2, activation: .relu, batchNorm: batchNorm),
            initScheme: try #require(InitScheme.short("default")), random: RandomSource(seed: seed))
    }

    @Test func roundTrip() throws {
        let tensors: [(String, SafeTensors.Value)] = [
            (
                "a.weight",
                .f32(shape: [2, 3], values: [1, -2.5, .pi, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude])
            ),
            ("b", .f32(shape: [], values: [42])),
            ("counter", .i64(shape: [], values: [Int64.max])),
            ("ints", .i64(shape: [3], values: [-1, 0, 7])),
            ("empty", .f32(shape: [0, 4], values: [])),
            ("we\"ird\\name\n", .f32(shape: [1], values: [.infinity]))
        ]
        let meta = ["format": "pt", "note": "a \"quoted\" value"]
        let bytes = SafeTensors.encode(tensors, metadata: meta)
        // 8-byte little-endian header length; data starts 8-byte aligned.
        var n = 0
        for i in 0..<8 { n |= Int(bytes[i]) << (8 * i) }
        #expect((8 + n) % 8 == 0)
        let decoded = try SafeTensors.decode(bytes)
        #expect(decoded.metadata == meta)
        #expect(decoded.tensors.map(\.0) == tensors.map(\.0), "decode keeps the file order")
        for ((_, a), (_, b)) in zip(decoded.tensors, tensors) {
            switch (a, b) {
            case (.f32(let s1, let v1), .f32(let s2, let v2)): #expect(s1 == s2 && bitsEqual(v1, v2))
            case (.i64(let s1, let v1), .i64(let s2, let v2)): #expect(s1 == s2 && v1 == v2)
            default: Issue.record("dtype changed: \(a.dtype) vs \(b.dtype)")
            }
        }
        // The header is plain JSON that other readers accept.
        let header = try JSONSerialization.jsonObject(with: Data(bytes[8..<(8 + n)])) as? [String: Any]
        #expect(header?["__metadata__"] as? [String: String] == meta)
    }

    @Test func networkRoundTrip() throws {
        let a = try network(seed: 1)
        let b = try network(seed: 2)
        // Give the batch-norm buffers non-default values.
        let x = Tensor(shape: [5, 3], values: normals(15, seed: 3))
        _ = a.forward(x.data, batch: 5, training: true)
        #expect(floatState(a) != floatState(b))
        let names = a.stateTensors().map(\.0)
        #expect(
            names == [
                "0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked",
                "3.weight", "3.bias", "4.weight", "4.bias", "4.running_mean", "4.running_var", "4.num_batches_tracked",
                "6.weight", "6.bias"
            ])
        try b.load(SafeTensors.decode(SafeTensors.encode(a.stateTensors())).tensors)
        #expect(b.stateTensors().map(\.0) == names)
        for ((_, va), (_, vb)) in zip(a.stateTensors(), b.stateTensors()) { #expect(va == vb) }
        #expect((b.layers[1] as? BatchNorm1d)?.numBatchesTracked == 1)
    }

    @Test func pyTorchCheckpointDecodes() throws {
        let file = try SafeTensors.decode(try Fixtures.bytes("training_ce_bn_relu_rmsprop.safetensors"))
        let byName = Dictionary(uniqueKeysWithValues: file.tensors.map { ($0.0, $0.1) })
        #expect(byName["0.weight"]?.shape == [8, 6] && byName["0.weight"]?.dtype == "F32")
        #expect(byName["1.running_var"]?.shape == [8])
        #expect(byName["1.num_batches_tracked"] == .i64(shape: [], values: [0]))
    }

    /// Expects `load` to throw an EngineError whose message names `name`.
    func expectLoadError(
        _ tensors: [(String, SafeTensors.Value)], into net: Sequential, naming name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            try net.load(tensors)
            Issue.record("loading succeeded; expected an error naming '\(name)'", sourceLocation: sourceLocation)
        } catch let error as EngineError {
            #expect(
                error.description.contains("'\(name)'"), "message: \(error.description)", sourceLocation: sourceLocation
            )
        } catch {
            Issue.record("expected an EngineError, got \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func loadRejectsMismatchedCheckpoints() throws {
        let source = try network(seed: 1)
        let good = source.stateTensors()
        let net = try network(seed: 2)

        // Missing name.
        expectLoadError(good.filter { $0.0 != "3.bias" }, into: net, naming: "3.bias")
        expectLoadError(good.filter { $0.0 != "4.num_batches_tracked" }, into: net, naming: "4.num_batches_tracked")
        // Extra name.
        expectLoadError(good + [("7.weight", .f32(shape: [1], values: [0]))], into: net, naming: "7.weight")
        // Wrong shape (same count, transposed; and a different count).
        expectLoadError(
            good.map {
                $0.0 == "0.weight" ? ($0.0, .f32(shape: [3, 4], values: [Float](repeating: 0, count: 12))) : $0
            },
            into: net, naming: "0.weight")
        expectLoadError(
            good.map {
                $0.0 == "1.running_mean" ? ($0.0, .f32(shape: [5], values: [Float](repeating: 0, count: 5))) : $0
            },
            into: net, naming: "1.running_mean")
        // Wrong dtype.
        expectLoadError(
            good.map { $0.0 == "6.bias" ? ($0.0, .i64(shape: [2], values: [0, 0])) : $0 }, into: net, naming: "6.bias")

        // A network without batch norm cannot take a checkpoint with it, and vice versa.
        let plain = try network(batchNorm: false)
        #expect(throws: EngineError.self) { try plain.load(good) }
        #expect(throws: EngineError.self) { try net.load(plain.stateTensors()) }

        // The extra-name check runs before anything is copied.
        let net2 = try network(seed: 2)
        let state2 = floatState(net2)
        #expect(throws: EngineError.self) { try net2.load(good + [("extra", .f32(shape: [1], values: [0]))]) }
        #expect(floatState(net2) == state2)
    }

    @Test func loadRejectsWeightsThatAreNotNumbers() throws {
        let good = try network(seed: 1).stateTensors()
        func with(_ name: String, _ index: Int, _ value: Float) -> [(String, SafeTensors.Value)] {
            good.map { n, v in
                guard n == name, case .f32(let shape, var values) = v else { return (n, v) }
                values[index] = value
                return (n, .f32(shape: shape, values: values))
            }
        }
        let cases: [(String, Int, Float, String)] = [
            ("0.weight", 7, .nan, "tensor '0.weight' has NaN at index 7"),
            ("3.bias", 0, .infinity, "tensor '3.bias' has infinity at index 0"),
            ("1.running_var", 3, -.infinity, "tensor '1.running_var' has -infinity at index 3")
        ]
        for (name, index, value, message) in cases {
            let net = try network(seed: 2)
            let before = floatState(net)
            // Through the codec, as a file would come.
            let tensors = try SafeTensors.decode(SafeTensors.encode(with(name, index, value))).tensors
            do {
                try net.load(tensors)
                Issue.record("loading \(name) with \(value) succeeded")
            } catch let e as EngineError {
                #expect(e.description.contains(message), "\(e.description)")
            }
            #expect(floatState(net) == before, "a rejected checkpoint leaves the network as it was")
        }
    }

    /// A header of `entries` (name → [begin, end] of a one-float F32 tensor) over `data` bytes.
    func file(_ entries: [(String, Int, Int)], data: Int) -> [UInt8] {
        let json =
            "{"
            + entries.map { n, b, e in
                "\"\(n)\":{\"dtype\":\"F32\",\"shape\":[\(abs(e - b) / 4)],\"data_offsets\":[\(b),\(e)]}"
            }.joined(separator: ",") + "}"
        let h = Array(json.utf8)
        return (0..<8).map { UInt8((UInt64(h.count) >> (8 * UInt64($0))) & 0xFF) } + h
            + [UInt8](repeating: 0, count: data)
    }

    @Test func decodingRequiresTensorsBackToBack() throws {
        // Back to back (in any header order) decodes.
        let ok = try SafeTensors.decode(file([("b", 4, 12), ("a", 0, 4)], data: 12))
        #expect(ok.tensors.map(\.0) == ["a", "b"])
        let layouts: [(String, [(String, Int, Int)], Int, String)] = [
            ("overlap", [("a", 0, 8), ("b", 4, 12)], 12, "tensors 'a' and 'b' overlap"),
            ("same bytes twice", [("a", 0, 4), ("b", 0, 4)], 4, "overlap"),
            (
                "gap between", [("a", 0, 4), ("b", 8, 12)], 12,
                "bytes 4..<8 of the data, before tensor 'b', belong to no tensor"
            ),
            ("gap at the start", [("a", 4, 8)], 8, "bytes 0..<4 of the data, before tensor 'a', belong to no tensor"),
            ("bytes after the last", [("a", 0, 4)], 8, "the last 4 bytes of the file belong to no tensor"),
            ("end before beginning", [("a", 4, 0)], 4, "data_offsets [4, 0], whose end comes before its beginning"),
            (
                "past the end", [("a", 0, 4), ("b", 4, 12)], 8,
                "tensor 'b' has data_offsets [4, 12], past the end of the 8 data bytes"
            ),
            ("far past the end", [("a", 0, Int.max)], 4, "past the end")
        ]
        for (label, entries, data, message) in layouts {
            do {
                _ = try SafeTensors.decode(file(entries, data: data))
                Issue.record("\(label): decoded")
            } catch let e as SafeTensors.FormatError {
                #expect(e.description.contains(message), "\(label): \(e.description)")
            }
        }
        // Files written by nnsweep and by PyTorch are back to back.
        _ = try SafeTensors.decode(SafeTensors.encode(try network().stateTensors()))
        _ = try SafeTensors.decode(try Fixtures.bytes("training_ce_bn_relu_rmsprop.safetensors"))
    }

    @Test func decodingGarbageThrows() throws {
        func header(_ json: String, data: [UInt8] = []) -> [UInt8] {
            let h = Array(json.utf8)
            let out: [UInt8] = (0..<8).map { UInt8((UInt64(h.count) >> (8 * UInt64($0))) & 0xFF) }
            return out + h + data
        }
        var random = RandomSource(seed: 77)
        let noise = (0..<256).map { _ in UInt8(truncatingIfNeeded: random.nextUInt64()) }
        let garbage: [(String, [UInt8])] = [
            ("empty", []),
            ("too short", [1, 2, 3]),
            ("random bytes", noise),
            ("all 0xFF", [UInt8](repeating: 0xFF, count: 64)),
            ("header length beyond the file", Array(header("{}").prefix(8)) + [0x7B]),
            ("header not JSON", header("not json")),
            ("header not an object", header("[1, 2, 3]")),
            ("header not UTF-8", Array(header("\u{FF}").dropLast(2)) + [0xC3, 0x28]),
            ("zero-length header", header("")),
            ("entry not an object", header(#"{"a": 3}"#)),
            ("missing dtype", header(#"{"a": {"shape": [1], "data_offsets": [0, 4]}}"#, data: [0, 0, 0, 0])),
            (
                "unknown dtype",
                header(#"{"a": {"dtype": "F16", "shape": [2], "data_offsets": [0, 4]}}"#, data: [0, 0, 0, 0])
            ),
            (
                "negative shape",
                header(#"{"a": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 4]}}"#, data: [0, 0, 0, 0])
            ),
            (
                "offsets outside the file",
                header(#"{"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}"#, data: [0, 0, 0, 0])
            ),
            (
                "offsets reversed",
                header(#"{"a": {"dtype": "F32", "shape": [1], "data_offsets": [4, 0]}}"#, data: [0, 0, 0, 0])
            ),
            (
                "size does not fit shape",
                header(#"{"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 4]}}"#, data: [0, 0, 0, 0])
            ),
            ("one offset", header(#"{"a": {"dtype": "F32", "shape": [1], "data_offsets": [0]}}"#, data: [0, 0, 0, 0]))
        ]
        for (label, bytes) in garbage {
            #expect(throws: (any Error).self, "\(label)") { try SafeTensors.decode(bytes) }
        }
        // A truncated real file.
        let real = try Fixtures.bytes("training_ce_relu_sgd_momentum.safetensors")
        #expect(throws: (any Error).self) { try SafeTensors.decode(Array(real.dropLast(4))) }
    }
}
