import Foundation
import NNData

/// A sweep folder as the figures and the report read it: `manifest.json` for the axes and the
/// settings, `runs.csv`, `epochs.csv` and `layers.csv` for the numbers.
///
/// Only the files are read (not the cell records), so a folder copied from elsewhere, or one
/// whose records were deleted, still plots. Columns are found by name, except the axis columns,
/// which are the ones after `run_id` in the manifest's axis order (an axis may be named like a
/// fixed column, such as `seed`).
public struct SweepTables: Sendable {
    public struct Axis: Sendable, Equatable {
        public let name: String
        public let values: [String]
    }

    /// One row of runs.csv.
    public struct Run: Sendable {
        public let id: String
        public let axisValues: [String]
        public let seed: String
        public let status: String
        public let message: String
        let columns: [String: String]

        public var isOK: Bool { status == "ok" }
        /// A numeric column: nil when empty or absent; `nan` and `inf` as written.
        public func number(_ name: String) -> Double? { columns[name].flatMap(SweepTables.number) }
        public func text(_ name: String) -> String { columns[name] ?? "" }
    }

    /// One row of epochs.csv.
    public struct Epoch: Sendable {
        public let epoch: Int
        public let lr: Double?
        public let trainLoss: Double?
        public let valLoss: Double?
    }

    /// One row of layers.csv.
    public struct Layer: Sendable {
        public let stage: String
        public let depth: Int
        public let activationMean: Double?
        public let activationStd: Double?
        public let gradNorm: Double?
    }

    public enum LoadError: Error, CustomStringConvertible {
        case notASweep(String)
        case badFile(String, String)
        public var description: String {
            switch self {
            case .notASweep(let p): "\(p) is not a sweep folder (no manifest.json and runs.csv; run nnsweep run FILE --out \(p) first)"
            case .badFile(let f, let why): "\(f): \(why)"
            }
        }
    }

    public let directory: URL
    public let name: String
    public let fileText: String
    public let axes: [Axis]
    /// The manifest's counts (total, ok, diverged, failed, missing, ...), in a fixed order.
    public let counts: [(String, Int)]
    /// Scalar facts from the manifest shown in the report (version, times, commit), in a fixed order.
    public let facts: [(String, String)]
    /// The axis values of every cell the plan has (including cells not run yet); empty when the
    /// manifest does not list them.
    public let plannedCells: [[String]]
    /// The column names of runs.csv after the axis columns, as written.
    public let runColumns: [String]
    public let runs: [Run]
    /// epochs.csv rows by run id, in file order.
    public let epochs: [String: [Epoch]]
    /// layers.csv rows by run id, in file order.
    public let layers: [String: [Layer]]

    public static func load(_ dir: URL) throws -> SweepTables {
        let fm = FileManager.default
        let manifestURL = dir.appendingPathComponent("manifest.json")
        let runsURL = dir.appendingPathComponent("runs.csv")
        guard fm.fileExists(atPath: manifestURL.path), fm.fileExists(atPath: runsURL.path) else {
            throw LoadError.notASweep(dir.path)
        }
        guard let data = try? Data(contentsOf: manifestURL),
              let m = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw LoadError.badFile(manifestURL.path, "not a JSON object")
        }
        let axes: [Axis] = ((m["axes"] as? [[String: Any]]) ?? []).compactMap { a in
            guard let n = a["name"] as? String else { return nil }
            let values = ((a["values"] as? [Any]) ?? []).map { v in (v as? String) ?? "\(v)" }
            return Axis(name: n, values: values)
        }
        let name = (m["name"] as? String) ?? dir.lastPathComponent
        let fileText = (m["file_text"] as? String) ?? ""
        let countOrder = ["total", "ok", "diverged", "failed", "missing", "ran_now", "skipped"]
        let rawCounts = (m["counts"] as? [String: Any]) ?? [:]
        let counts: [(String, Int)] = countOrder.compactMap { k in (rawCounts[k] as? Int).map { (k, $0) } }
            + rawCounts.keys.filter { !countOrder.contains($0) }.sorted().compactMap { k in (rawCounts[k] as? Int).map { (k, $0) } }
        let factOrder = ["nnsweep_version", "swift_version", "file", "file_hash_fnv1a64", "git_commit", "started", "finished", "host"]
        let facts: [(String, String)] = factOrder.compactMap { k in
            if let s = m[k] as? String { return (k, s) }
            return nil
        }
        let planned: [[String]] = ((m["cells"] as? [[String: Any]]) ?? []).map { c in
            let d = (c["axes"] as? [String: Any]) ?? [:]
            return axes.map { a in (d[a.name] as? String) ?? "" }
        }

        let axisNames = axes.map(\.name)
        let runsTable = try readTable(runsURL, axisNames: axisNames, required: true)
        guard !runsTable.rows.isEmpty else {
            throw LoadError.badFile(runsURL.path, "only a header and no runs; rebuild the tables with nnsweep collect \(dir.path)")
        }
        var runs: [Run] = []
        for row in runsTable.rows {
            let cols = row.fixed
            runs.append(Run(id: row.id, axisValues: row.axisValues, seed: cols["seed"] ?? "", status: cols["status"] ?? "",
                            message: cols["message"] ?? "", columns: cols))
        }
        var epochs: [String: [Epoch]] = [:]
        let epochsURL = dir.appendingPathComponent("epochs.csv")
        let epochsTable = try readTable(epochsURL, axisNames: axisNames, required: false)
        let trained = runs.filter { ($0.number("epochs_run") ?? 0) > 0 }.count
        if epochsTable.rows.isEmpty && FileManager.default.fileExists(atPath: epochsURL.path) && trained > 0 {
            throw LoadError.badFile(epochsURL.path, "only a header and no rows, while runs.csv has \(trained) runs that trained; "
                                    + "rebuild the tables with nnsweep collect \(dir.path)")
        }
        for row in epochsTable.rows {
            let c = row.fixed
            guard let e = c["epoch"].flatMap({ Int($0) }) else { continue }
            epochs[row.id, default: []].append(Epoch(epoch: e, lr: c["lr"].flatMap(number), trainLoss: c["train_loss"].flatMap(number),
                                                     valLoss: c["val_loss"].flatMap(number)))
        }
        var layers: [String: [Layer]] = [:]
        for row in try readTable(dir.appendingPathComponent("layers.csv"), axisNames: axisNames, required: false).rows {
            let c = row.fixed
            guard let d = c["depth"].flatMap({ Int($0) }) else { continue }
            layers[row.id, default: []].append(Layer(stage: c["stage"] ?? "", depth: d,
                                                     activationMean: c["activation_mean"].flatMap(number),
                                                     activationStd: c["activation_std"].flatMap(number),
                                                     gradNorm: c["grad_norm"].flatMap(number)))
        }
        return SweepTables(directory: dir, name: name, fileText: fileText, axes: axes, counts: counts, facts: facts,
                           plannedCells: planned, runColumns: runsTable.columns, runs: runs, epochs: epochs, layers: layers)
    }

    struct Row {
        let id: String
        let axisValues: [String]
        let fixed: [String: String]
    }

    /// Reads a result table: `run_id`, the axis columns, then named columns.
    static func readTable(_ url: URL, axisNames: [String], required: Bool) throws -> (columns: [String], rows: [Row]) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            if required || FileManager.default.fileExists(atPath: url.path) {
                throw LoadError.badFile(url.path, "cannot read the file as UTF-8 text")
            }
            return ([], [])
        }
        let all = CSVTable.rows(text)
        guard let header = all.first else {
            throw LoadError.badFile(url.path, "empty (not even a header); rebuild the tables with nnsweep collect \(url.deletingLastPathComponent().path)")
        }
        let n = axisNames.count
        guard header.count > n, header[0] == "run_id", Array(header[1..<(n + 1)]) == axisNames else {
            throw LoadError.badFile(url.path, "the columns do not start with run_id and the manifest's axes (\(axisNames.joined(separator: ", ")))")
        }
        let named = Array(header[(n + 1)...])
        var rows: [Row] = []
        for (i, r) in all.enumerated().dropFirst() {
            guard r.count == header.count else {
                throw LoadError.badFile(url.path, "row \(i + 1) has \(r.count) fields, the header has \(header.count)")
            }
            var fixed: [String: String] = [:]
            for (k, v) in zip(named, r[(n + 1)...]) where fixed[k] == nil { fixed[k] = v }
            rows.append(Row(id: r[0], axisValues: Array(r[1..<(n + 1)]), fixed: fixed))
        }
        return (named, rows)
    }

    /// A number as the tables write it: empty for none, `nan`, `inf`, `-inf`, or decimal text.
    static func number(_ s: String) -> Double? {
        switch s {
        case "": return nil
        case "nan", "NaN": return .nan
        case "inf", "+inf": return .infinity
        case "-inf": return -.infinity
        default: return Double(s)
        }
    }
}
