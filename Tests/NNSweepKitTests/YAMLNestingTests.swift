import Foundation
import NNEngine
import Testing
import Yams

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// The scan that bounds a run file's nesting before the YAML reader sees it must never count
/// fewer levels than the reader builds (or a deep file would reach the reader's recursion).
@Suite struct YAMLNestingTests {
    /// The depth of the tree the reader builds: a scalar 0, a collection 1 + its deepest entry.
    func treeDepth(_ n: Node) -> Int {
        switch n {
        case .scalar: 0
        case .sequence(let s): 1 + (s.map(treeDepth).max() ?? 0)
        case .mapping(let m): 1 + (m.map { max(treeDepth($0.key), treeDepth($0.value)) }.max() ?? 0)
        }
    }

    @Test func countsTheLevelsOfEachForm() throws {
        let cases: [(String, Int)] = [
            ("a: 1\n", 1), ("[1, [2, [3]]]\n", 3), ("a:\n  b:\n    c: [1]\n", 4), ("- - - x\n", 3),
            ("a:\n- b: 1\n- c\n", 3),  // an indentless list under a key
            ("[a: [b: 1]]\n", 4),  // one-pair maps inside flow lists
            ("? [a, b]\n: c\n", 2), ("a: &x [[1]]\nb: [*x]\n", 4),  // an alias as deep as its anchor
            ("a: &x\n  b:\n    c: 1\nd: {e: *x}\n", 4),  // a block node anchored
            ("a: 'x [[[ # '\nb: \"]]] \\\" [[\"\nc: |\n  [[[[\n  - - -\nd: x [[ y # [[\n", 1)
        ]
        for (text, expected) in cases {
            let root = try #require(try Yams.compose(yaml: text))
            #expect(treeDepth(root) == expected, "tree of \(text)")
            #expect(YAMLNesting.depth(of: text) == expected, "scan of \(text)")
        }
    }

    /// Random documents in every style (block and flow, quotes holding brackets, block scalars,
    /// comments, anchors and aliases, explicit keys), then randomly damaged: wherever the reader
    /// builds a tree, the scan counts at least its depth.
    @Test func neverCountsLessThanTheReaderBuilds() throws {
        var random = RandomSource(seed: 20)
        func pick<T>(_ xs: [T]) -> T { xs[Int(random.nextUInt64() % UInt64(xs.count))] }
        func chance(_ p: Double) -> Bool { random.nextDouble() < p }
        var anchors: [String] = []
        var count = 0
        func scalar() -> String {
            if chance(0.15), let a = anchors.last { return "*" + a }
            return pick([
                "x", "1", "a b", "it's", "a#b", "x[y", "a:b", "-x", "'[['", "'a''b'", "\"]\\\"[\"", "'\n  [[\n  '",
                "\"a\\\n  [[\"", "~", "0x10"
            ])
        }
        func flow(_ d: Int) -> String {
            if d <= 0 || chance(0.2) { return scalar() }
            var pre = ""
            if chance(0.15) {
                count += 1
                pre = "&f\(count) "
            }
            let n = Int(random.nextUInt64() % 4)
            let body =
                chance(0.5)
                ? "[" + (0..<n).map { _ in flow(d - 1) }.joined(separator: ", ") + "]"
                : "{" + (0..<n).map { "k\($0): \(flow(d - 1))" }.joined(separator: ", ") + "}"
            if !pre.isEmpty { anchors.append("f\(count)") }
            return pre + body
        }
        func block(_ d: Int, _ indent: Int, _ prefix: String, _ lines: inout [String]) {
            let sp = String(repeating: " ", count: indent)
            let r = random.nextDouble()
            if d <= 0 || r < 0.15 {
                lines.append(sp + prefix + scalar())
                return
            }
            if r < 0.3 {
                lines.append(sp + prefix + flow(Int(random.nextUInt64() % 4) + 1))
                return
            }
            if r < 0.38 {
                lines.append(sp + prefix + pick(["|", ">", "|-", "|2", ">+"]))
                for _ in 0..<Int(random.nextUInt64() % 3) {
                    lines.append(
                        sp + String(repeating: " ", count: 1 + Int(random.nextUInt64() % 3))
                            + pick(["[[[", "- x", "k: {", "# c", "'"]))
                }
                return
            }
            var anchor = ""
            if chance(0.15) {
                count += 1
                anchor = "&b\(count)"
            }
            let step = pick([1, 2, 4])
            let n = 1 + Int(random.nextUInt64() % 3)
            let head =
                prefix.isEmpty
                ? anchor : prefix.trimmingCharacters(in: .whitespaces) + (anchor.isEmpty ? "" : " " + anchor)
            if !head.isEmpty { lines.append(sp + head) }
            let inner = prefix.isEmpty ? indent : indent + step
            if r < 0.65 {
                for i in 0..<n { block(d - 1, inner, "k\(i): ", &lines) }
            } else if r < 0.8 && prefix.hasPrefix("k") {
                for _ in 0..<n { block(d - 1, indent, "- ", &lines) }
            } else {
                for _ in 0..<n { block(d - 1, inner, "- ", &lines) }
            }
            if !anchor.isEmpty { anchors.append(String(anchor.dropFirst())) }
        }
        var parsed = 0
        for _ in 0..<2000 {
            anchors = []
            var lines: [String] = []
            block(3 + Int(random.nextUInt64() % 25), 0, "", &lines)
            var text = Array(
                lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: "\n") + "\n")
            if chance(0.5) {
                for _ in 0..<(1 + Int(random.nextUInt64() % 5)) where !text.isEmpty {
                    let at = Int(random.nextUInt64() % UInt64(text.count))
                    let c = pick(Array("[]{}-?:'\"#|>&* \n,\t"))
                    switch random.nextUInt64() % 3 {
                    case 0: text.insert(c, at: at)
                    case 1: text.remove(at: at)
                    default: text[at] = c
                    }
                }
            }
            let yaml = String(text)
            let scan = YAMLNesting.depth(of: yaml)
            guard scan <= 300, let root = try? Yams.compose(yaml: yaml) else { continue }
            parsed += 1
            #expect(treeDepth(root) <= scan, "tree \(treeDepth(root)) > scan \(scan):\n\(yaml)")
        }
        #expect(parsed > 500)
    }
}
