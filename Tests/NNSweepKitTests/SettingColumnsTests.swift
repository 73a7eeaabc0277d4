import Foundation
import NNData
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// runs.csv carries every resolved setting as its own column, with numbers as numbers.
@Suite struct SettingColumnsTests {
    static let grid = """
        name: cols
        data: {builtin: iris, test_fraction: 0.3}
        model: {hidden: [6]}
        epochs: 2
        grid:
          optimizer:
            SGD:  {optimizer: {name: sgd, lr: 0.05, momentum: 0.9}}
            Adam: {optimizer: {name: adam, lr: 0.001}}
          scheduler: [none, {name: step, step_size: 1, gamma: 0.5}]
        """

    @Test func runsCSVHasADottedColumnPerSetting() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(Self.grid, "g.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        try runSweep(plan, out: out)
        let rows = CSVTable.rows(try String(contentsOf: out.appendingPathComponent("runs.csv"), encoding: .utf8))
        let h = rows[0]
        // The union over the cells, each name once, after the measured columns.
        #expect(Set(h).count == h.count)
        let first = try #require(h.firstIndex(of: "data.name"))
        #expect(first == h.firstIndex(of: "train_seconds")! + 1)
        for c in [
            "optimizer.name", "optimizer.lr", "optimizer.momentum", "optimizer.betas.0", "optimizer.betas.1",
            "batch_size",
            "epochs", "scheduler.name", "scheduler.step_size", "scheduler.gamma", "model.hidden", "model.activation",
            "init.weight", "loss.name", "regularization.l2"
        ] {
            #expect(h.contains(c), "no column \(c) in \(h)")
        }
        func value(_ r: [String], _ c: String) -> String { r[h.firstIndex(of: c)!] }
        let sgd = rows.dropFirst().filter { value($0, "optimizer") == "SGD" }
        let adam = rows.dropFirst().filter { value($0, "optimizer") == "Adam" }
        #expect(sgd.count == 2 && adam.count == 2)
        #expect(
            sgd.allSatisfy {
                value($0, "optimizer.name") == "sgd" && value($0, "optimizer.lr") == "0.05"
                    && value($0, "optimizer.momentum") == "0.9" && value($0, "optimizer.betas.0").isEmpty
            })
        #expect(
            adam.allSatisfy {
                value($0, "optimizer.lr") == "0.001" && value($0, "optimizer.betas.1") == "0.999"
                    && value($0, "optimizer.momentum").isEmpty
            })
        #expect(
            rows.dropFirst().allSatisfy {
                value($0, "batch_size") == "32" && value($0, "epochs") == "2" && value($0, "model.hidden") == "[6]"
            })
        let step = rows.dropFirst().filter { value($0, "scheduler.name") == "step" }
        #expect(
            step.count == 2
                && step.allSatisfy { value($0, "scheduler.step_size") == "1" && value($0, "scheduler.gamma") == "0.5" })

        // The readers see them by name; the cell record and the manifest hold them as JSON.
        let t = try SweepTables.load(out)
        #expect(t.settingColumns.contains("optimizer.lr"))
        #expect(t.runs.allSatisfy { $0.number("optimizer.lr") == ($0.axisValues[0] == "SGD" ? 0.05 : 0.001) })
        let record =
            try JSONSerialization.jsonObject(with: Data(contentsOf: ResultsLayout.recordURL(out, plan.cells[0].id)))
            as? [String: Any]
        let values = try #require(record?["settingValues"] as? [String: Any])
        #expect(values["optimizer.lr"] as? Double == 0.05)
        #expect(values["model.batch_norm"] as? Bool == false)
        let manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("manifest.json")))
            as? [String: Any]
        let cell = try #require((manifest?["cells"] as? [[String: Any]])?.first)
        #expect((cell["setting_values"] as? [String: Any])?["optimizer.momentum"] as? Double == 0.9)
    }

    /// A results folder written before the settings columns existed still reads, plots and
    /// compares, against a new one in either order.
    @Test func compareAcceptsTablesWithAndWithoutSettingsColumns() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(Self.grid, "g.yaml", in: dir))
        let new = dir.appendingPathComponent("new")
        let old = dir.appendingPathComponent("old")
        try runSweep(plan, out: new)
        try FileManager.default.copyItem(at: new, to: old)
        let rows = CSVTable.rows(try String(contentsOf: new.appendingPathComponent("runs.csv"), encoding: .utf8))
        let keep = rows[0].firstIndex(of: "train_seconds")! + 1
        let oldText =
            rows.map { r in r.prefix(keep).map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",") }.joined(
                separator: "\n") + "\n"
        try oldText.write(to: old.appendingPathComponent("runs.csv"), atomically: true, encoding: .utf8)
        let t = try SweepTables.load(old)
        #expect(t.settingColumns.isEmpty && t.runs.count == 4)
        for (a, b) in [(old, new), (new, old)] {
            let (status, out, err) = try runTool(["compare", a.path, b.path])
            #expect(status == 0, "\(out)\(err)")
            #expect(out.contains("4 cells in common"), "\(out)")
        }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every setting that changes training has a column: in every committed experiment, two cells
    /// with the same settings columns are the same cell; a layer list is a column of its own, and
    /// the shorthand's columns appear only for cells that use the shorthand.
    @Test func columnsTellEveryCellApart() throws {
        let experiments = Self.root.appendingPathComponent("experiments")
        let files = try FileManager.default.contentsOfDirectory(atPath: experiments.path).filter {
            $0.hasSuffix(".yaml")
        }.sorted()
        var layerLists = 0
        for file in files {
            let plan = try SweepPlan.load(experiments.appendingPathComponent(file))
            var byColumns: [String: String] = [:]
            for cell in plan.cells {
                let columns = cell.config.settingColumns
                let text = columns.map { "\($0.key)=\($0.value.csv)" }.joined(separator: ";")
                if let other = byColumns[text] {
                    #expect(other == cell.config.canonical, "\(file): cells with the same columns differ: \(text)")
                }
                byColumns[text] = cell.config.canonical
                let keys = Set(columns.map(\.key))
                if cell.config.program != nil {
                    #expect(keys.contains("program") && !keys.contains("model.hidden"), "\(file)")
                } else if cell.config.layers != nil {
                    layerLists += 1
                    #expect(
                        keys.contains("model.layers") && !keys.contains("model.hidden")
                            && !keys.contains("model.activation"), "\(file)")
                } else {
                    #expect(!keys.contains("model.layers") && keys.contains("model.hidden"), "\(file)")
                }
                #expect(keys.contains("ema.decay") == (cell.config.emaDecay != nil), "\(file)")
                #expect(
                    keys.contains("data.validation_fraction") == (cell.config.data.validationFraction > 0), "\(file)")
            }
        }
        #expect(layerLists > 0, "some committed experiment uses a layer list")
    }

    /// The committed tables agree with the run records: rows of runs.csv with the same settings
    /// columns and seed belong to records with the same settings (what a cell's id hashes).
    @Test func committedTablesHaveAColumnForEverySettingThatDiffers() throws {
        let results = Self.root.appendingPathComponent("results")
        var folders: [URL] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: results.path).sorted() {
            let dir = results.appendingPathComponent(name)
            for d in [dir, dir.appendingPathComponent("search")]
            where FileManager.default.fileExists(atPath: d.appendingPathComponent("runs.csv").path) {
                folders.append(d)
            }
        }
        #expect(folders.count >= 8)
        for dir in folders {
            let rows = CSVTable.rows(try String(contentsOf: dir.appendingPathComponent("runs.csv"), encoding: .utf8))
            let h = rows[0]
            guard let first = h.firstIndex(of: "train_seconds").map({ $0 + 1 }) else {
                Issue.record("\(dir.path): no train_seconds")
                continue
            }
            var seen: [String: [String: String]] = [:]
            for r in rows.dropFirst() {
                // The axis columns (seed among them) and the settings columns: an axis's setting is
                // not repeated among the settings columns.
                let status = h.firstIndex(of: "status") ?? 1
                let key = (Array(1..<status) + Array(first..<h.count)).map { "\(h[$0])=\(r[$0])" }.joined(
                    separator: ";")
                let record =
                    try JSONSerialization.jsonObject(
                        with: Data(contentsOf: dir.appendingPathComponent("cells/\(r[0]).json"))) as? [String: Any]
                let settings = try #require(record?["settings"] as? [String: String], "\(dir.path) \(r[0])")
                if let other = seen[key] {
                    let differing = Set(settings.keys).union(other.keys).filter { settings[$0] != other[$0] }.sorted()
                    #expect(
                        differing.isEmpty,
                        "\(dir.lastPathComponent): \(r[0]) has the columns of another run but differs in \(differing)")
                }
                seen[key] = settings
            }
            // Each row's settings columns are the cell's declared settings, and no others: a
            // layer-list cell has model.layers, not the shorthand's model.hidden.
            let plan = try Collector.plan(dir: dir, file: nil)
            let cells = Dictionary(uniqueKeysWithValues: plan.cells.map { ($0.id, $0) })
            let settingsColumns = Set(try SweepTables.load(dir).settingColumns)
            for r in rows.dropFirst() {
                guard let cell = cells[r[0]] else { continue }
                let declared = Dictionary(
                    cell.config.settingColumns.map { ($0.key, $0.value.csv) }, uniquingKeysWith: { a, _ in a })
                for i in first..<h.count where settingsColumns.contains(h[i]) {
                    #expect(
                        r[i] == (declared[h[i]] ?? ""),
                        "\(dir.lastPathComponent) \(r[0]): \(h[i]) is '\(r[i])', the cell's setting is '\(declared[h[i]] ?? "")'"
                    )
                }
                for k in declared.keys where !h.contains(k) {
                    Issue.record("\(dir.lastPathComponent): no column \(k) for \(r[0])")
                }
            }
        }
    }
}
