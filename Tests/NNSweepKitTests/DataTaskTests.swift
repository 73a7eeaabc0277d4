import Foundation
import Testing
import NNEngine
@testable import NNData
import NNSweepKit

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
            let file = write("data: {csv: d.csv, target: y, task: \(task)}\nloss: \(task == "regression" ? "mse" : "cross_entropy")\n",
                             "\(task).yaml", in: dir)
            let config = try SweepPlan.load(file).cells[0].config
            #expect(config.settings.first { $0.key == "data" }?.value == "csv:\(csv.path):y:\(task)")
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
}
