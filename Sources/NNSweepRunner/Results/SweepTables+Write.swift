import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// Writing the tables from the cell records: the headers of a plan and the rows of each record.
extension SweepTables {
    /// Writes runs.csv, epochs.csv and layers.csv from the valid cell records in grid order
    /// (throws `FileWriteError` when one cannot be written, leaving the old ones); returns the
    /// records' statuses (nil for a cell without a valid record). Records are read one at a time.
    @discardableResult
    public static func write(plan: SweepPlan, dir: URL) throws -> [CellRecord.Status?] {
        let h = headers(plan)
        let runs = try CSVWriter(url: dir.appendingPathComponent(ResultsLayout.runs), header: h.runs)
        let epochs = try CSVWriter(url: dir.appendingPathComponent(ResultsLayout.epochs), header: h.epochs)
        let layers = try CSVWriter(url: dir.appendingPathComponent(ResultsLayout.layers), header: h.layers)
        // The three tables are replaced together, once all of them are on the device; on a
        // failure the old ones stay and the temporary files are removed.
        defer { for t in [runs, epochs, layers] { t.discard() } }
        let statuses = try rows(
            plan: plan, dir: dir, running: false, runs: runs.write, epochs: epochs.write, layers: layers.write)
        for t in [runs, epochs, layers] { try t.finish() }
        for t in [runs, epochs, layers] { try t.commit() }
        return statuses
    }

    /// The headers of runs.csv, epochs.csv and layers.csv for a plan.
    static func headers(_ plan: SweepPlan) -> (runs: [String], epochs: [String], layers: [String], settings: [String]) {
        // A seed axis is not written as an axis column: the seed column holds it.
        let axisNames = plan.axes.map(\.name).filter { $0 != seedAxisName }
        let c = columns(plan)
        let measured = c.runs.map(\.name) + (plan.target == nil ? [] : TimeToTarget.columns)
        let settingNames = plan.settingColumnNames(skipping: Set(axisNames + measured + ["run_id"]))
        return (
            ["run_id"] + axisNames + measured + settingNames, ["run_id"] + axisNames + c.epochs.map(\.name),
            ["run_id"] + axisNames + ResultColumns.layerNames, settingNames
        )
    }

    /// The declared columns of runs.csv and epochs.csv: the test part's too with a three-way split.
    static func columns(_ plan: SweepPlan) -> (
        runs: [ResultColumn<CellRecord>], epochs: [ResultColumn<EpochRecord>]
    ) {
        // A program that reports a test-part metric has held out a test part of its own.
        let testNames = Set(EpochRecord.metrics.filter(\.testPart).map(\.name))
        let split = plan.cells.contains {
            $0.config.data.hasValidationPart
                || $0.config.program?.spec.metrics.contains { testNames.contains($0.name) } == true
        }
        let extra = ResultColumns.programMetrics(plan)
        return (
            ResultColumns.runs(test: split)
                + extra.flatMap { [ResultColumns.final($0), ResultColumns.bestOverEpochs($0)] },
            ResultColumns.epochs(test: split) + extra.map(ResultColumns.perEpoch)
        )
    }

    /// The rows of the three tables from the valid cell records in grid order, read one at a
    /// time; with `running`, a cell without a record that has published its finished epochs
    /// (`cells/<id>.partial`) gives rows too, with status `running`. Returns the records'
    /// statuses (nil for a cell without a valid record).
    static func rows(
        plan: SweepPlan, dir: URL, running: Bool, runs: ([String]) throws -> Void,
        epochs: ([String]) throws -> Void, layers: ([String]) throws -> Void
    ) throws -> [CellRecord.Status?] {
        let written = plan.axes.indices.filter { plan.axes[$0].name != seedAxisName }
        let settingNames = headers(plan).settings
        let (runColumns, epochColumns) = columns(plan)
        var statuses: [CellRecord.Status?] = []
        // Each cell's record is read and its rows are built apart from the others, so a chunk
        // of cells is prepared on every core; the rows are then written in the cells' order
        // (the same bytes whatever the cores). A chunk bounds what is held at once.
        func prepare(_ cell: Cell, _ dec: JSONDecoder) -> Prepared {
            // Only a valid record of the cell counts (the same verdict as the runner's).
            var record: CellRecord? = nil
            var isRunning = false
            if case .valid(let r) = ResultsFolder.lookup(dir, cell, decoder: dec) {
                record = r
            } else if running,
                let data = FileManager.default.contents(atPath: ResultsLayout.partialURL(dir, cell.id).path),
                let r = PartialRecord.decode(data, decoder: dec), r.id == cell.id, r.seed == cell.config.seed
            {
                record = r
                isRunning = true
            }
            var p = Prepared(status: isRunning ? nil : record?.status)
            guard let r = record else { return p }
            let key = [cell.id] + written.map { cell.axisValues[$0] }
            var values = runColumns.map { $0.value(r) }
            if isRunning {
                values[ResultColumns.runNames.firstIndex(of: "status")!] = "running"
                values[ResultColumns.runNames.firstIndex(of: "message")!] =
                    "running: \(r.epochs.count) of \(cell.config.epochs) epochs done"
            }
            let settings = Dictionary(
                cell.config.settingColumns.map { ($0.key, $0.value.csv) }, uniquingKeysWith: { a, _ in a })
            p.runs = key + values + (plan.target.map { $0.values(r) } ?? []) + settingNames.map { settings[$0] ?? "" }
            p.epochs = r.epochs.map { e in key + epochColumns.map { $0.value(e) } }
            p.layers = r.layers.map { l in key + ResultColumns.layers.map { $0.value(l) } }
            return p
        }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let chunk = 64 * workers
        var start = 0
        while start < plan.cells.count {
            let cells = Array(plan.cells[start..<min(start + chunk, plan.cells.count)])
            let shared = ChunkRows(count: cells.count, prepare: prepare)
            DispatchQueue.concurrentPerform(iterations: min(workers, cells.count)) { w in
                let dec = decoder()
                var i = w
                while i < cells.count {
                    shared.slots[i] = shared.prepare(cells[i], dec)
                    i += workers
                }
            }
            let prepared = shared.slots.map { $0! }
            for p in prepared {
                statuses.append(p.status)
                if let row = p.runs { try runs(row) }
                for row in p.epochs { try epochs(row) }
                for row in p.layers { try layers(row) }
            }
            start += chunk
        }
        return statuses
    }
}

/// One cell's rows of the three tables, prepared apart from the other cells.
struct Prepared {
    var status: CellRecord.Status?
    var runs: [String]? = nil
    var epochs: [[String]] = []
    var layers: [[String]] = []
}

/// The rows of a chunk of cells, each slot written by exactly one thread of a concurrentPerform
/// and read after it returns.
private final class ChunkRows: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Prepared?>
    let prepare: (Cell, JSONDecoder) -> Prepared
    init(count: Int, prepare: @escaping (Cell, JSONDecoder) -> Prepared) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
        self.prepare = prepare
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}
