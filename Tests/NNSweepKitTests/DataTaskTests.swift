import Foundation
import Testing
import NNEngine
import NNData
import NNSweepKit

/// One task type: the run file's `task:` and the data set's task are the same enum, and the
/// canonical settings (which cell ids hash) still spell it as before.
@Suite struct DataTaskTests {
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
