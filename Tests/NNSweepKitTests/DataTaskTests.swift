import Foundation
import NNCluster
import NNCompare
import NNEngine
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

@testable import NNData

/// One task type: the run file's `task:` and the data set's task are the same enum, and the
/// canonical settings (which cell ids hash) still spell it as before.
@Suite struct DataTaskTests {
    @Test func unquotedFastPathSplitsLikeTheQuotedParser() throws {
        // A quoted last row forces the general parser on the same layout.
        for text in ["a,b\r\n1,2\n3,4", "a,b\n1,2\n\n3,\n", "x\r1\r2\r", "a,b\n 1 ,2\n", ",\n,"] {
            let general = CSVTable.rows(text + "\n\"z\"")
            var fast = CSVTable.unquotedRows(text)
            fast.append(["z"])
            #expect(fast == general, "\(text.debugDescription)")
        }
    }

    @Test func mnistSubsetIsBuiltIn() throws {
        let d = try BuiltinData.load("mnist_5k")
        #expect(d.count == 5000 && d.featureCount == 784 && d.classes == 10)
        #expect(d.features.max() == 255 && d.features.min() == 0)
    }

    @Test func csvTaskKeepsItsSettingsTextAndCountsClasses() throws {
        let dir = temporaryDirectory()
        let csv = write("a,b,y\n" + (0..<12).map { "\($0),\($0 % 3),\($0 % 3)\n" }.joined(), "d.csv", in: dir)
        for task in ["classification", "regression"] {
            let file = write(
                "data: {csv: d.csv, target: y, task: \(task)}\nloss: \(task == "regression" ? "mse" : "cross_entropy")\n",
                "\(task).yaml", in: dir)
            let config = try SweepPlan.load(file).cells[0].config
            // The path as the run file writes it, never where the folder lies.
            #expect(config.settings.first { $0.key == "data" }?.value == "csv:d.csv:y:\(task)")
        }
        let classes = try CSVTable.dataset(file: csv, target: "y", task: .classification)
        #expect(classes.task == .classification && classes.classes == 3)
        let numbers = try CSVTable.dataset(file: csv, target: "y", task: .regression)
        #expect(numbers.task == .regression && numbers.classes == 0)
        #expect(TaskKind.allCases.map(\.rawValue) == ["classification", "regression"])
    }

    @Test func syntheticSetsComeFromTheDataModule() throws {
        let blobs = try #require(Synthetic.make("blobs", samples: 30, noise: 0.1, classes: 4, seed: 1))
        #expect(blobs.task == .classification && blobs.classes == 4 && blobs.count == 30)
        let sine = try #require(Synthetic.make("sine", samples: 10, noise: 0.1, seed: 1))
        #expect(sine.task == .regression && sine.classes == 0)
    }

    /// blobs3: three features, Gaussian clusters around (cos a, sin a, cos a) with `noise` as
    /// their standard deviation; classes alternate.
    @Test func blobs3IsThreeDimensional() throws {
        let d = try #require(Synthetic.make("blobs3", samples: 400, noise: 0.1, seed: 3))
        #expect(d.featureCount == 3 && d.classes == 2 && d.count == 400 && d.featureNames == ["x", "y", "z"])
        for c in 0..<2 {
            let rows = (0..<d.count).filter { Int(d.targets[$0]) == c }
            #expect(rows.count == 200 && rows.allSatisfy { $0 % 2 == c })
            let centre: [Float] = c == 0 ? [1, 0, 1] : [-1, 0, -1]
            for j in 0..<3 {
                let values = rows.map { d.features[3 * $0 + j] }
                let mean = values.reduce(0, +) / Float(values.count)
                let sd = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Float(values.count - 1)).squareRoot()
                #expect(abs(mean - centre[j]) < 0.03 && abs(sd - 0.1) < 0.02, "class \(c) feature \(j): \(mean), \(sd)")
            }
        }
        let three = try #require(Synthetic.make("blobs3", samples: 30, noise: 0, classes: 3, seed: 1))
        #expect(
            three.classes == 3
                && Array(three.features[3..<6]) == [
                    Float(cos(2 * Double.pi / 3)), Float(sin(2 * Double.pi / 3)), Float(cos(2 * Double.pi / 3))
                ])
    }
}

/// What CSV cells count as decimal numbers: the grammar written out as a regular expression,
/// against the scanner, on every string of up to four characters from a small alphabet.
@Suite struct DecimalCellTests {
    @Test func theScannerIsTheGrammar() throws {
        let grammar = try Regex(#"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$"#)
        let alphabet = ["0", "7", ".", "e", "E", "+", "-", "x", " ", "n", "é"]
        var strings = [""]
        var frontier = [""]
        for _ in 0..<4 {
            frontier = frontier.flatMap { s in alphabet.map { s + $0 } }
            strings += frontier
        }
        #expect(strings.count > 16_000)
        for s in strings {
            #expect(CSVTable.isDecimal(s) == (s.wholeMatch(of: grammar) != nil), "'\(s)'")
        }
        for s in ["0x10", "nan", "inf", "1e", "1e+", ".", "-.5", "5.", "1\u{0}2", "12.5e-3"] {
            #expect(CSVTable.isDecimal(s) == (s.wholeMatch(of: grammar) != nil), "'\(s)'")
        }
    }
}

/// The plain reader (straight from the bytes) gives the general reader's data set, float for
/// float, on every built-in data set, and steps aside (nil) whenever the general reader has
/// something to say or the file is not plain.
@Suite struct PlainCSVReaderTests {
    static func same(_ a: Dataset, _ b: Dataset) -> Bool {
        a.features.map(\.bitPattern) == b.features.map(\.bitPattern)
            && a.targets.map(\.bitPattern) == b.targets.map(\.bitPattern)
            && a.featureCount == b.featureCount && a.featureNames == b.featureNames && a.classes == b.classes
    }

    @Test func everyBuiltinDataSetIsReadTheSame() throws {
        let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/NNData/Resources")
        for info in BuiltinData.all {
            let text = try String(contentsOf: resources.appendingPathComponent(info.name + ".csv"), encoding: .utf8)
            let target = CSVTable.rows(String(text.prefix(while: { $0 != "\n" }))).first!.last!
            let plain = try #require(CSVTable.plainDataset(text: text, target: target, task: info.task), "\(info.name)")
            let general = try CSVTable.generalDataset(text: text, source: info.name, target: target, task: info.task)
            #expect(Self.same(plain, general), "\(info.name)")
            #expect(plain.count == info.rows)
            #expect(plain.featureCount == info.features, "\(info.name)")
            #expect(plain.classes == info.classes, "\(info.name)")
        }
    }

    @Test func plainTextsAgreeAndTheRestStepAside() throws {
        let agree = [
            "a,b,y\n1,2,0\n3,4,1\n", "a, b ,y\r\n 1.5 ,-2e-3,0\r\n\r\n3,4,1", "a,b,y\n1,+.5,0\n\n3,4.,1\n\n",
            "x,y\n0.1,1\n0.30000001,2\n1e-45,3\n3.4028235e38,0\n"
        ]
        for text in agree {
            let plain = try #require(CSVTable.plainDataset(text: text, target: "y", task: .classification), "\(text)")
            #expect(
                Self.same(
                    plain, try CSVTable.generalDataset(text: text, source: "t", target: "y", task: .classification)))
        }
        let aside = [
            "a,\"b\",y\n1,2,0\n", "a,b,y\n1,x,0\n", "a,b,y\n1,2\n", "a,b,y\n1,2,0,4\n", "a,b,y\n1,2,0.5\n",
            "a,b,y\n1,2,-1\n", "a,b,y\n1,0x10,0\n", "a,b,y\n1,nan,0\n", "a,b,y\n1,1e39,0\n", "a,a,y\n1,2,0\n",
            "a,b,z\n1,2,0\n", "a,b,y\n", "é,b,y\n1,2,0\n", "a,b,y\n1, ,0\n", "a,,y\n1,2,0\n", "y\n1\n",
            "a,b,y\n1,2,\u{0}\n"
        ]
        for text in aside {
            #expect(CSVTable.plainDataset(text: text, target: "y", task: .classification) == nil, "\(text)")
        }
        #expect(CSVTable.plainDataset(text: "a,y\n1,2\n3,2\n", target: "y", task: .regression) == nil)
    }
}
