import Foundation
import NNData
import NNEngine

/// A sweep's results: the one type that writes `runs.csv`, `epochs.csv` and `layers.csv` (from
/// the cell records, `write`) and reads them back (`load`, `read`) for the figures, the report,
/// `compare` and the terminal summary. Every column is declared once, in `ResultColumns`;
/// readers find columns by those names, never by position. The axis columns sit between `run_id`
/// and the declared columns; an axis may carry the name of a declared column (such as `seed`).
public struct SweepTables: Sendable {
    public struct Axis: Sendable, Equatable {
        public let name: String
        public let values: [String]
    }

    /// One row of runs.csv.
    public struct Run: Sendable {
        public let id: String
        /// The row's number in runs.csv (the header is row 1).
        public let row: Int
        public let axisValues: [String]
        /// The declared columns by name, as written.
        public let columns: [String: String]

        public var seed: String { columns["seed"] ?? "" }
        public var status: String { columns["status"] ?? "" }
        public var message: String { columns["message"] ?? "" }
        public var isOK: Bool { status == "ok" }
        /// A numeric column: nil when empty or absent; `nan` and `inf` as written.
        public func number(_ name: String) -> Double? { columns[name].flatMap(tableNumber) }
        public func text(_ name: String) -> String { columns[name] ?? "" }
    }

    /// One row of epochs.csv: its epoch and its numeric columns by name (empty ones left out).
    public struct Epoch: Sendable {
        public let epoch: Int
        public let values: [String: Double]
        /// The row's number in epochs.csv (the header is row 1); 0 when not read from a file.
        public var row: Int = 0
        public var lr: Double? { values["lr"] }
        public var trainLoss: Double? { values["train_loss"] }
        public var valLoss: Double? { values["val_loss"] }
    }

    /// One row of layers.csv.
    public struct Layer: Sendable {
        public let stage: String
        public let depth: Int
        public let activationMean: Double?
        public let activationStd: Double?
        public let gradNorm: Double?
        /// Every numeric column by name (empty ones left out), such as `activation_q05`.
        public var values: [String: Double] = [:]
    }

    /// What `manifest.json` says of the sweep.
    public struct Manifest: Sendable {
        public let name: String
        public let fileText: String
        public let axes: [Axis]
        /// The counts (total, ok, diverged, failed, missing, ...), in a fixed order.
        public let counts: [(String, Int)]
        /// Scalar facts shown in the report (version, times, commit), in a fixed order.
        public let facts: [(String, String)]
        /// The axis values of every cell the plan has (including cells not run yet).
        public let plannedCells: [[String]]
        /// run id → the cell's resolved settings (`RunConfig.settings`).
        public let settings: [String: [String: String]]
    }

    public enum LoadError: Error, CustomStringConvertible {
        case notASweep(String)
        case badFile(String, String)
        public var description: String {
            switch self {
            case .notASweep(let p):
                "\(p) is not a sweep folder (no manifest.json and runs.csv; run nnsweep run FILE --out \(p) first)"
            case .badFile(let f, let why): "\(f): \(why)"
            }
        }
    }

    public let directory: URL
    public let runsURL: URL
    /// nil when the folder has no manifest.json (a runs.csv copied alone).
    public let manifest: Manifest?
    /// The axis columns of runs.csv, in order.
    public let axisNames: [String]
    public let runs: [Run]
    /// The numeric columns of epochs.csv after `epoch` (empty without epochs.csv).
    public let epochColumns: [String]
    /// epochs.csv rows by run id, in file order.
    public let epochs: [String: [Epoch]]
    /// Why epochs.csv could not be used (nil when it was read).
    public let epochsProblem: String?
    /// layers.csv rows by run id, in file order.
    public let layers: [String: [Layer]]
    /// The settings columns of runs.csv after the declared ones (`optimizer.lr`, ...; none in
    /// tables written before they were added); a run's `text` and `number` read them by name.
    public var settingColumns: [String] = []
    /// Built from the records of a sweep that is still running (see `live`): some runs have
    /// status `running` and only the epochs they have finished.
    public var running = false

    /// The declared run columns (what follows the axes in runs.csv; the test part's too with a
    /// three-way split).
    public let runColumns: [String]
    public var name: String { manifest?.name ?? directory.lastPathComponent }
    public var axes: [Axis] {
        manifest?.axes
            ?? axisNames.enumerated().map { i, n in
                var seen = Set<String>()
                return Axis(name: n, values: runs.map { $0.axisValues[i] }.filter { seen.insert($0).inserted })
            }
    }

    public var fileText: String { manifest?.fileText ?? "" }
    public var counts: [(String, Int)] { manifest?.counts ?? [] }
    public var facts: [(String, String)] { manifest?.facts ?? [] }
    public var plannedCells: [[String]] { manifest?.plannedCells ?? [] }

    /// A number as the tables write it: empty for none, `nan`, `inf`, `-inf`, or decimal text.
    public static func number(_ s: String) -> Double? { tableNumber(s) }

    /// The axis whose values are repetitions: tables and figures average over it.
    public static let seedAxisName = "seed"

    // MARK: Reading

    /// A sweep folder for the figures and the report: manifest.json and runs.csv are required,
    /// and a damaged epochs.csv or layers.csv is an error (never silently no figure).
    public static func load(_ dir: URL) throws -> SweepTables {
        let fm = FileManager.default
        if isRunning(dir) { return try live(dir) }
        guard fm.fileExists(atPath: dir.appendingPathComponent(ResultsLayout.manifest).path),
            fm.fileExists(atPath: dir.appendingPathComponent(ResultsLayout.runs).path)
        else {
            throw LoadError.notASweep(dir.path)
        }
        let t = try read(runs: dir.appendingPathComponent(ResultsLayout.runs))
        guard !t.runs.isEmpty else {
            throw LoadError.badFile(
                t.runsURL.path, "only a header and no runs; rebuild the tables with nnsweep collect \(dir.path)")
        }
        let epochsURL = dir.appendingPathComponent(ResultsLayout.epochs)
        if let p = t.epochsProblem, fm.fileExists(atPath: epochsURL.path) { throw LoadError.badFile(epochsURL.path, p) }
        let trained = t.runs.filter { ($0.number("epochs_run") ?? 0) > 0 }.count
        if t.epochs.isEmpty && fm.fileExists(atPath: epochsURL.path) && trained > 0 {
            throw LoadError.badFile(
                epochsURL.path,
                "only a header and no rows, while runs.csv has \(trained) runs that trained; "
                    + "rebuild the tables with nnsweep collect \(dir.path)")
        }
        return t
    }

    /// Reads runs.csv at `url`, and beside it manifest.json, epochs.csv and layers.csv when they
    /// are there. A runs.csv that is not nnsweep's, a row of the wrong length, an unknown status
    /// or the same run twice is an error; so is a manifest whose axes differ from the columns.
    public static func read(runs url: URL) throws -> SweepTables { try read(runs: url, texts: nil) }

    /// `read(runs:)`, from the given table texts instead of the files when `texts` is set.
    static func read(runs url: URL, texts: (runs: String, epochs: String, layers: String)?) throws -> SweepTables {
        let dir = url.deletingLastPathComponent()
        let manifest = try readManifest(dir.appendingPathComponent(ResultsLayout.manifest))
        func readText(_ u: URL) -> String? {
            guard let texts else { return SweepTables.readText(u) }
            switch u.lastPathComponent {
            case ResultsLayout.runs: return texts.runs
            case ResultsLayout.epochs: return texts.epochs
            default: return texts.layers
            }
        }
        guard let text = readText(url) else {
            throw LoadError.badFile(
                url.path,
                FileManager.default.fileExists(atPath: url.path)
                    ? "cannot read the file as UTF-8 text" : "no runs.csv (is this a sweep's results folder?)")
        }
        let runsTable = try table(
            text, declared: ResultColumns.runNames, optional: ResultColumns.testRuns.map(\.name), source: url.path,
            what: ResultsLayout.runs)
        let columnAxes = runsTable.axisNames
        // A seed axis is written once, as the seed column; it takes its place among the axes again.
        let seedPosition = manifest?.axes.firstIndex { $0.name == seedAxisName }
        let reinsertSeed = seedPosition != nil && !columnAxes.contains(seedAxisName)
        var axisNames = columnAxes
        if reinsertSeed, let i = seedPosition { axisNames.insert(seedAxisName, at: min(i, axisNames.count)) }
        if let m = manifest, m.axes.map(\.name) != axisNames {
            throw LoadError.badFile(
                url.path,
                "the axis columns (\(axisNames.joined(separator: ", "))) are not the manifest's axes (\(m.axes.map(\.name).joined(separator: ", ")))"
            )
        }
        var runs: [Run] = []
        var rowOfRun: [[String]: Int] = [:]
        for (row, r) in runsTable.rows {
            var values = r.axisValues
            if reinsertSeed, let i = seedPosition { values.insert(r.columns["seed"] ?? "", at: min(i, values.count)) }
            let run = Run(id: r.id, row: row, axisValues: values, columns: r.columns)
            // `running` only in the tables of a running sweep, built in memory (never in runs.csv).
            guard ["ok", "diverged", "failed"].contains(run.status) || (texts != nil && run.status == "running") else {
                throw LoadError.badFile(
                    url.path, "row \(row), column 'status': '\(quoted(run.status))' is not ok, diverged or failed")
            }
            // nnsweep's seeds are whole numbers from 0; another value (-3, 1.5) would pair runs wrongly.
            guard let seed = Int(run.seed), seed >= 0, String(seed) == run.seed else {
                throw LoadError.badFile(
                    url.path,
                    "row \(row), column 'seed': '\(quoted(run.seed))' is not a seed (a whole number >= 0, written as nnsweep writes it)"
                )
            }
            // A run is its axis values and its seed: the same run twice is not a second seed.
            let key = run.axisValues + [run.seed]
            if let first = rowOfRun[key] {
                let cell =
                    zip(axisNames, run.axisValues).map { "\($0)=\($1)" }
                    + (axisNames.contains("seed") ? [] : ["seed \(run.seed)"])
                throw LoadError.badFile(
                    url.path,
                    "rows \(first) and \(row) are the same run (\(cell.joined(separator: ", "))); each run may appear once"
                )
            }
            rowOfRun[key] = row
            runs.append(run)
        }

        var epochs: [String: [Epoch]] = [:]
        var epochColumns: [String] = []
        var problem: String? = nil
        let epochsURL = dir.appendingPathComponent(ResultsLayout.epochs)
        if let text = readText(epochsURL) {
            do {
                let t = try table(
                    text, declared: ResultColumns.epochNames, optional: ResultColumns.testEpochs.map(\.name),
                    source: epochsURL.path, what: ResultsLayout.epochs)
                guard t.axisNames == columnAxes else {
                    throw LoadError.badFile(epochsURL.path, "its axis columns are not those of runs.csv")
                }
                epochColumns = Array(t.columns.dropFirst())
                for (row, r) in t.rows {
                    guard let e = Int(r.columns["epoch"] ?? "") else {
                        throw LoadError.badFile(
                            epochsURL.path,
                            "row \(row): epoch '\(quoted(r.columns["epoch"] ?? ""))' is not a whole number")
                    }
                    var values: [String: Double] = [:]
                    for c in epochColumns { if let v = r.columns[c].flatMap(tableNumber) { values[c] = v } }
                    epochs[r.id, default: []].append(Epoch(epoch: e, values: values, row: row))
                }
            } catch let LoadError.badFile(_, why) { problem = why }
        } else {
            problem =
                FileManager.default.fileExists(atPath: epochsURL.path)
                ? "cannot read the file as UTF-8 text" : "no such file"
        }

        var layers: [String: [Layer]] = [:]
        let layersURL = dir.appendingPathComponent(ResultsLayout.layers)
        if let text = readText(layersURL) {
            let t = try table(
                text, declared: ResultColumns.layerNames, source: layersURL.path, what: ResultsLayout.layers)
            for (_, r) in t.rows {
                guard let d = Int(r.columns["depth"] ?? "") else { continue }
                layers[r.id, default: []].append(
                    Layer(
                        stage: r.columns["stage"] ?? "", depth: d,
                        activationMean: r.columns["activation_mean"].flatMap(tableNumber),
                        activationStd: r.columns["activation_std"].flatMap(tableNumber),
                        gradNorm: r.columns["grad_norm"].flatMap(tableNumber),
                        values: r.columns.compactMapValues(tableNumber)))
            }
        } else if texts == nil && FileManager.default.fileExists(atPath: layersURL.path) {
            throw LoadError.badFile(layersURL.path, "cannot read the file as UTF-8 text")
        }
        return SweepTables(
            directory: dir, runsURL: url, manifest: manifest, axisNames: axisNames, runs: runs,
            epochColumns: epochColumns,
            epochs: epochs, epochsProblem: problem, layers: layers, settingColumns: runsTable.extra,
            running: texts != nil, runColumns: runsTable.columns)
    }

    struct Row {
        let id: String
        let axisValues: [String]
        let columns: [String: String]
    }

    /// A results table: `run_id`, the axis columns, then exactly the declared columns (followed by
    /// the `optional` ones when present: the test part's, with a three-way split; and in runs.csv
    /// by the time-to-target columns when present), then any further columns (`extra`: the
    /// settings columns of runs.csv; none in tables written before they were added).
    static func table(_ text: String, declared given: [String], optional: [String] = [], source: String, what: String)
        throws
        -> (axisNames: [String], columns: [String], extra: [String], rows: [(Int, Row)])
    {
        let all = CSVTable.rows(text)
        guard let header = all.first, !(header.count == 1 && header[0].isEmpty) else {
            throw LoadError.badFile(
                source,
                "empty (not even a header); rebuild the tables with nnsweep collect \(URL(fileURLWithPath: source).deletingLastPathComponent().path)"
            )
        }
        let start =
            header.first == "run_id" && header.count > given.count
            ? (1...(header.count - given.count)).first { Array(header[$0..<($0 + given.count)]) == given } : nil
        guard let start else {
            throw LoadError.badFile(
                source,
                "not an nnsweep \(what) (its columns are run_id, the axes, then \(given.prefix(3).joined(separator: ", ")), ...)"
            )
        }
        var declared = given
        func follows(_ names: [String]) -> Bool {
            let at = start + declared.count
            return !names.isEmpty && header.count >= at + names.count && Array(header[at..<(at + names.count)]) == names
        }
        if follows(optional) { declared += optional }
        if given == ResultColumns.runNames && follows(TimeToTarget.columns) { declared += TimeToTarget.columns }
        let axisNames = Array(header[1..<start])
        let extra = Array(header[(start + declared.count)...])
        if let dup = duplicate(extra + declared) {
            throw LoadError.badFile(source, "the column '\(quoted(dup))' appears twice")
        }
        if let dup = duplicate(axisNames) {
            throw LoadError.badFile(source, "the axis column '\(quoted(dup))' appears twice")
        }
        let n = axisNames.count
        var rows: [(Int, Row)] = []
        for (i, r) in all.enumerated().dropFirst() {
            guard r.count == header.count else {
                throw LoadError.badFile(source, "row \(i + 1) has \(r.count) fields, the header has \(header.count)")
            }
            var columns: [String: String] = [:]
            for (k, v) in zip(declared + extra, r[(n + 1)...]) { columns[k] = v }
            rows.append((i + 1, Row(id: r[0], axisValues: Array(r[1..<(n + 1)]), columns: columns)))
        }
        return (axisNames, declared, extra, rows)
    }

    static func readManifest(_ url: URL) throws -> Manifest? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = try? Data(contentsOf: url),
            let m = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else {
            throw LoadError.badFile(url.path, "not a JSON object")
        }
        let axes: [Axis] = ((m["axes"] as? [[String: Any]]) ?? []).compactMap { a in
            guard let n = a["name"] as? String else { return nil }
            return Axis(name: n, values: ((a["values"] as? [Any]) ?? []).map { v in (v as? String) ?? "\(v)" })
        }
        let countOrder = ["total", "ok", "diverged", "failed", "missing"]
        let rawCounts = (m["counts"] as? [String: Any]) ?? [:]
        let counts: [(String, Int)] =
            countOrder.compactMap { k in (rawCounts[k] as? Int).map { (k, $0) } }
            + rawCounts.keys.filter { !countOrder.contains($0) }.sorted().compactMap { k in
                (rawCounts[k] as? Int).map { (k, $0) }
            }
        let factOrder = [
            "nnsweep_version", "swift_version", "file", "file_hash_fnv1a64", "this_run", "git_commit", "started",
            "finished", "host"
        ]
        let facts: [(String, String)] = factOrder.compactMap { k in (m[k] as? String).map { (k, $0) } }
        var planned: [[String]] = []
        var settings: [String: [String: String]] = [:]
        for case let c as [String: Any] in (m["cells"] as? [Any]) ?? [] {
            let d = (c["axes"] as? [String: Any]) ?? [:]
            planned.append(axes.map { a in (d[a.name] as? String) ?? "" })
            if let id = c["id"] as? String, let s = c["settings"] as? [String: Any] {
                settings[id] = s.compactMapValues { $0 as? String }
            }
        }
        return Manifest(
            name: (m["name"] as? String) ?? url.deletingLastPathComponent().lastPathComponent,
            fileText: (m["file_text"] as? String) ?? "", axes: axes, counts: counts, facts: facts,
            plannedCells: planned, settings: settings)
    }

    static func readText(_ url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    static func duplicate(_ names: [String]) -> String? {
        var seen = Set<String>()
        return names.first { !seen.insert($0).inserted }
    }

    // MARK: Writing

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
        let split = plan.cells.contains { $0.config.data.hasValidationPart }
        return (ResultColumns.runs(test: split), ResultColumns.epochs(test: split))
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
        let dec = decoder()
        for cell in plan.cells {
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
            statuses.append(isRunning ? nil : record?.status)
            guard let r = record else { continue }
            let key = [cell.id] + written.map { cell.axisValues[$0] }
            var values = runColumns.map { $0.value(r) }
            if isRunning {
                values[ResultColumns.runNames.firstIndex(of: "status")!] = "running"
                values[ResultColumns.runNames.firstIndex(of: "message")!] =
                    "running: \(r.epochs.count) of \(cell.config.epochs) epochs done"
            }
            let settings = Dictionary(
                cell.config.settingColumns.map { ($0.key, $0.value.csv) }, uniquingKeysWith: { a, _ in a })
            try runs(key + values + (plan.target.map { $0.values(r) } ?? []) + settingNames.map { settings[$0] ?? "" })
            for e in r.epochs { try epochs(key + epochColumns.map { $0.value(e) }) }
            for l in r.layers { try layers(key + ResultColumns.layers.map { $0.value(l) }) }
        }
        return statuses
    }

    // MARK: Cell records

    /// The cell's record when it is there and valid.
    public static func readRecord(_ dir: URL, _ cell: Cell) -> CellRecord? {
        if case .valid(let r) = ResultsFolder.lookup(dir, cell) { return r }
        return nil
    }

    public static func encode(_ record: CellRecord) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        e.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try e.encode(record)
    }

    static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return d
    }
}
