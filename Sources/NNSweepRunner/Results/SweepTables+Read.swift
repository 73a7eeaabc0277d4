import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// Reading the tables back: runs.csv with its rows checked, epochs.csv and layers.csv beside it,
/// and the manifest.
extension SweepTables {
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
        let (axisNames, runs) = try runRows(runsTable, manifest: manifest, url: url, running: texts != nil)
        let epochsURL = dir.appendingPathComponent(ResultsLayout.epochs)
        let (epochColumns, epochs, problem) = try readEpochs(
            readText(epochsURL), url: epochsURL, axisNames: runsTable.axisNames)
        let layersURL = dir.appendingPathComponent(ResultsLayout.layers)
        let layers = try readLayers(readText(layersURL), url: layersURL, fromFile: texts == nil)
        return SweepTables(
            directory: dir, runsURL: url, manifest: manifest, axisNames: axisNames, runs: runs,
            epochColumns: epochColumns,
            epochs: epochs, epochsProblem: problem, layers: layers, settingColumns: runsTable.extra,
            running: texts != nil, runColumns: runsTable.columns)
    }

    /// The runs of runs.csv with their seeds checked and each run once; the seed axis, written
    /// once as the seed column, takes its place among the axes again. `running`: the tables of
    /// a running sweep, built in memory, whose runs may have status `running`.
    static func runRows(
        _ runsTable: Table, manifest: Manifest?, url: URL, running: Bool
    ) throws -> (axisNames: [String], runs: [Run]) {
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
            guard ["ok", "diverged", "failed", "timed_out"].contains(run.status) || (running && run.status == "running")
            else {
                throw LoadError.badFile(
                    url.path,
                    "row \(row), column 'status': '\(quoted(run.status))' is not ok, diverged, failed or timed_out")
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
        return (axisNames, runs)
    }

    /// The rows of epochs.csv (`text`, nil when it cannot be read) by run, with its columns; why
    /// it cannot be used instead, when it cannot (the figures then say so).
    static func readEpochs(_ text: String?, url: URL, axisNames: [String]) throws -> (
        columns: [String], epochs: [String: [Epoch]], problem: String?
    ) {
        var epochs: [String: [Epoch]] = [:]
        var epochColumns: [String] = []
        var problem: String? = nil
        if let text {
            do {
                let t = try table(
                    text, declared: ResultColumns.epochNames, optional: ResultColumns.testEpochs.map(\.name),
                    source: url.path, what: ResultsLayout.epochs)
                guard t.axisNames == axisNames else {
                    throw LoadError.badFile(url.path, "its axis columns are not those of runs.csv")
                }
                // Further columns: a program's own metrics (settings are not in epochs.csv).
                epochColumns = Array(t.columns.dropFirst()) + t.extra
                for (row, r) in t.rows {
                    guard let e = Int(r.columns["epoch"] ?? "") else {
                        throw LoadError.badFile(
                            url.path,
                            "row \(row): epoch '\(quoted(r.columns["epoch"] ?? ""))' is not a whole number")
                    }
                    var values: [String: Double] = [:]
                    for c in epochColumns { if let v = r.columns[c].flatMap(tableNumber) { values[c] = v } }
                    epochs[r.id, default: []].append(Epoch(epoch: e, values: values, row: row))
                }
            } catch let LoadError.badFile(_, why) { problem = why }
        } else {
            problem =
                FileManager.default.fileExists(atPath: url.path)
                ? "cannot read the file as UTF-8 text" : "no such file"
        }
        return (epochColumns, epochs, problem)
    }

    /// The rows of layers.csv (`text`) by run; none without the file. `fromFile`: `text` was
    /// read from `url`, so a file that is there but nil is unreadable.
    static func readLayers(_ text: String?, url: URL, fromFile: Bool) throws -> [String: [Layer]] {
        var layers: [String: [Layer]] = [:]
        if let text {
            let t = try table(
                text, declared: ResultColumns.layerNames, source: url.path, what: ResultsLayout.layers)
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
        } else if fromFile && FileManager.default.fileExists(atPath: url.path) {
            throw LoadError.badFile(url.path, "cannot read the file as UTF-8 text")
        }
        return layers
    }

    struct Row {
        let id: String
        let axisValues: [String]
        let columns: [String: String]
    }

    /// A table as `table` reads it: the axis names, the declared columns present, the further
    /// columns, and the rows with their line numbers.
    typealias Table = (axisNames: [String], columns: [String], extra: [String], rows: [(Int, Row)])

    /// A results table: `run_id`, the axis columns, then exactly the declared columns (followed by
    /// the `optional` ones when present: the test part's, with a three-way split; and in runs.csv
    /// by the time-to-target columns when present), then any further columns (`extra`: the
    /// settings columns of runs.csv; none in tables written before they were added).
    static func table(
        _ text: String, declared given: [String], optional: [String] = [], source: String, what: String
    ) throws -> Table {
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
        var manifest = Manifest(
            name: (m["name"] as? String) ?? url.deletingLastPathComponent().lastPathComponent,
            fileText: (m["file_text"] as? String) ?? "", axes: axes, counts: counts, facts: facts,
            plannedCells: planned, settings: settings)
        if let h = m["headline"] as? [String: Any], let c = h["column"] as? String,
            let d = (h["direction"] as? String).flatMap(MetricDirection.init(rawValue:))
        {
            manifest.headline = (c, d)
        }
        if let f = m["figures"] as? [String: Any], let formats = f["formats"] as? [String] {
            manifest.figureFormats = formats.filter(FigureFormats.allowed.contains)
        }
        return manifest
    }

    static func readText(_ url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    static func duplicate(_ names: [String]) -> String? {
        var seen = Set<String>()
        return names.first { !seen.insert($0).inserted }
    }
}
