import Foundation
import Testing

@testable import NNPlan
@testable import NNSweepRunner

/// SortedJSON writes Foundation's pretty-printed, key-sorted JSON byte for byte: for the
/// manifest of every committed experiment and for random trees (keys that sort by number and
/// by case, every control character, slashes and non-ASCII text, integers, floating-point
/// numbers from random bits, empty arrays and dictionaries, nesting).
@Suite struct SortedJSONTests {
    static func foundation(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    @Test func everyExperimentsManifestIsFoundationsBytes() throws {
        let experiments = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("experiments")
        let files = try FileManager.default.contentsOfDirectory(atPath: experiments.path).filter {
            $0.hasSuffix(".yaml")
        }
        #expect(files.count >= 10)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("results")
        for name in files.sorted() {
            let plan = try SweepPlan.load(experiments.appendingPathComponent(name))
            let outcome = SweepOutcome(
                total: plan.cells.count, ranNow: 3, skipped: 1, ok: 2, diverged: 1, failed: 0, missing: 1)
            for running in [false, true] {
                let m = Manifest.object(
                    plan: plan, dir: dir, started: Date(timeIntervalSince1970: 1.8e9),
                    finished: Date(timeIntervalSince1970: 1.8e9 + 61), outcome: outcome, running: running)
                #expect(try SortedJSON.data(m) == Self.foundation(m), "\(name)")
            }
        }
    }

    @Test func randomTreesAreFoundationsBytes() throws {
        var random = SplitMix(seed: 20_261_205)
        let pieces = [
            "a", "A", "b", "B", "z", "1", "2", "10", "9", "01", "x10", "x9", "x09", "_", ".", "-", "/", "\\", "\"", "é",
            "É", "ß", "日本", "🙂", " ", "\n", "\t", "\r", "\u{0}", "\u{1f}", "\u{7f}", "\u{8}", "\u{c}", "\u{10}",
            "optimizer.lr", "model.hidden", "data.divide_by"
        ]
        func text() -> String {
            (0..<Int(random.next() % 4)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
        func tree(_ depth: Int) -> Any {
            switch random.next() % (depth > 3 ? 6 : 8) {
            case 0: return text()
            case 1: return random.next() % 2 == 0
            case 2: return Int(bitPattern: UInt(random.next())) >> Int(random.next() % 64)
            case 3:
                let d = Double(bitPattern: random.next())
                return d.isFinite ? d : Double(random.next() % 1000) / 8
            case 4: return [0.1, 1e-5, 1e21, -0.0, 0, 5e-324, 1.0, 100, 0.30000000000000004][Int(random.next() % 9)]
            case 5: return NSNull()
            case 6: return (0..<Int(random.next() % 4)).map { _ in tree(depth + 1) }
            default:
                var d: [String: Any] = [:]
                for _ in 0..<Int(random.next() % 6) { d[text()] = tree(depth + 1) }
                return d
            }
        }
        for round in 0..<3000 {
            var top: [String: Any] = [:]
            for _ in 0..<Int(random.next() % 5) { top[text()] = tree(1) }
            let object: Any = round % 4 == 0 ? [tree(1), top] : top
            #expect(try SortedJSON.data(object) == Self.foundation(object), "round \(round)")
        }
        #expect(throws: SortedJSON.Unwritable.self) { try SortedJSON.data(["x": Double.nan]) }
    }
}

private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
