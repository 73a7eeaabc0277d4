import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

@Suite struct GridTests {
    @Test func expandsTheFullProductInStableOrder() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(smallGrid, "g.yaml", in: dir))
        #expect(plan.axes.map(\.name) == ["init", "optimizer", "seed"])
        #expect(plan.cells.count == 8)
        #expect(
            plan.cells.map { $0.axisValues.joined(separator: "/") } == [
                "xavier/SGD/1", "xavier/SGD/2", "xavier/Adam/1", "xavier/Adam/2",
                "he/SGD/1", "he/SGD/2", "he/Adam/1", "he/Adam/2"
            ])
        #expect(Set(plan.cells.map(\.id)).count == 8)
        #expect(plan.cells.allSatisfy { $0.id.count == 16 })
        // Presets lay their settings over the base.
        let adam = plan.cells[2].config.optimizer
        #expect(adam == .adam(lr: 0.01))
        #expect(plan.cells[0].config.seed == 1 && plan.cells[1].config.seed == 2)
    }

    @Test func idsDependOnSettingsNotPosition() throws {
        let dir = temporaryDirectory()
        let a = try SweepPlan.load(write(smallGrid, "a.yaml", in: dir))
        let grown = smallGrid.replacingOccurrences(of: "init: [xavier, he]", with: "init: [normal, xavier, he]")
        let b = try SweepPlan.load(write(grown, "b.yaml", in: dir))
        #expect(b.cells.count == 12)
        let idsA = Dictionary(uniqueKeysWithValues: a.cells.map { ($0.axisValues, ($0.id, $0.cellSeed)) })
        for c in b.cells where c.axisValues[0] != "normal" {
            #expect(idsA[c.axisValues]?.0 == c.id)
            #expect(idsA[c.axisValues]?.1 == c.cellSeed)
        }
        // Changing a base setting changes every id (the cells are different experiments).
        let changed = try SweepPlan.load(
            write(smallGrid.replacingOccurrences(of: "epochs: 3", with: "epochs: 4"), "c.yaml", in: dir))
        #expect(Set(changed.cells.map(\.id)).isDisjoint(with: Set(a.cells.map(\.id))))
    }

    @Test func excludeDropsMatchingCells() throws {
        let dir = temporaryDirectory()
        let text = smallGrid + "\nexclude:\n  - {init: he, optimizer: Adam}\n  - {seed: [2]}\n"
        let plan = try SweepPlan.load(write(text, "e.yaml", in: dir))
        #expect(plan.cells.count == 3)
        #expect(plan.excluded == 5)
        #expect(!plan.cells.contains { $0.axisValues[0] == "he" && $0.axisValues[1] == "Adam" })
    }

    @Test func dottedAxesAndPlainValues() throws {
        let dir = temporaryDirectory()
        let text = """
            data: {builtin: iris}
            model: {hidden: [4]}
            optimizer: adam
            grid:
              model.activation: [sigmoid, tanh, relu]
              optimizer.lr: [0.1, 0.01]
            """
        let plan = try SweepPlan.load(write(text, "d.yaml", in: dir))
        #expect(plan.cells.count == 6)
        #expect(plan.cells[0].config.activation == .sigmoid)
        #expect(plan.cells[1].config.optimizer == .adam(lr: 0.01))
    }

    @Test func aFileWithoutGridIsOneCell() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write("data: {builtin: iris}\nepochs: 2\n", "one.yaml", in: dir))
        #expect(plan.cells.count == 1 && plan.axes.isEmpty)
        #expect(plan.name == "one")
    }

    @Test func identicalCellsAreRejected() {
        let e = planError("data: {builtin: iris}\ngrid:\n  epochs: [2, 2]\n")
        #expect(e?.contains("lists '2' twice") == true)
    }
}
