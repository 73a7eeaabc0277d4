import Foundation
import NNData

/// Why two sweeps cannot be compared, or why the request itself is wrong; `nnsweep compare`
/// prints the description on one line and exits with status 2.
public struct CompareError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Kind: Sendable { case unreadable, incompatible, usage }
    public let kind: Kind
    public let description: String
    public init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }
}

/// One side of a comparison: a sweep's runs.csv, with epochs.csv and manifest.json from the same
/// folder when they are there.
public struct CompareSide: Sendable {
    /// One row of runs.csv.
    public struct Run: Sendable {
        public let runID: String
        /// The row's number in runs.csv (the header is row 1).
        public let row: Int
        /// In the order of `axisNames`, the seed axis included.
        public let axisValues: [String]
        public let status: String
        /// The columns after the axis columns, by name.
        public let fields: [String: String]
    }

    /// One row of epochs.csv, numbers by column name (empty fields left out).
    public struct EpochPoint: Sendable {
        public let epoch: Double
        public let values: [String: Double]
    }

    /// "baseline" or "current".
    public let role: String
    /// The path as given.
    public let label: String
    public let directory: URL
    public let runsURL: URL
    /// The grid's axes, in the order of the runs.csv columns (the seed axis included, if any).
    public let axisNames: [String]
    /// The columns of runs.csv after the axis columns.
    public let fixedColumns: [String]
    public let runs: [Run]
    /// run_id → the cell's canonical settings from manifest.json; nil without a manifest.
    public let settings: [String: String]?
    /// The experiment's name from manifest.json.
    public let name: String?
    /// The numeric columns of epochs.csv after `epoch` (empty without epochs.csv).
    public let epochColumns: [String]
    /// run_id → its epochs in file order.
    public let curves: [String: [EpochPoint]]
    /// Why epochs.csv could not be used (nil when it was read).
    public let epochsProblem: String?

    /// The name of the repetition axis: cells that differ only in it are replicates.
    public static let seedAxis = "seed"

    /// Reads a sweep from a results folder or from the path of its runs.csv.
    public static func load(_ path: String, role: String) throws -> CompareSide {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CompareError(.unreadable, "\(role) \(path): no such file or folder")
        }
        let given = URL(fileURLWithPath: path)
        let runsURL = isDir.boolValue ? given.appendingPathComponent("runs.csv") : given
        let dir = runsURL.deletingLastPathComponent()
        guard let text = readText(runsURL) else {
            throw CompareError(.unreadable, "\(role) \(runsURL.path): " +
                (fm.fileExists(atPath: runsURL.path) ? "cannot read the file as UTF-8 text" : "no runs.csv (is this a sweep's results folder?)"))
        }
        let (axisNames, fixed, runs) = try parseRuns(text, source: "\(role) \(runsURL.path)")

        var settings: [String: String]? = nil
        var name: String? = nil
        let manifestURL = dir.appendingPathComponent("manifest.json")
        if fm.fileExists(atPath: manifestURL.path) {
            guard let data = try? Data(contentsOf: manifestURL),
                  let object = try? JSONSerialization.jsonObject(with: data), let m = object as? [String: Any] else {
                throw CompareError(.unreadable, "\(role) \(manifestURL.path): not a JSON object")
            }
            name = m["name"] as? String
            var s: [String: String] = [:]
            for case let cell as [String: Any] in (m["cells"] as? [Any]) ?? [] {
                if let id = cell["id"] as? String, let text = cell["settings"] as? String { s[id] = text }
            }
            settings = s
        }

        var epochColumns: [String] = [], curves: [String: [EpochPoint]] = [:], problem: String? = nil
        let epochsURL = dir.appendingPathComponent("epochs.csv")
        if let text = readText(epochsURL) {
            do {
                (epochColumns, curves) = try parseEpochs(text, axisCount: axisNames.count, source: epochsURL.path)
            } catch let e as CompareError { problem = e.description }
        } else {
            problem = "\(epochsURL.path): " + (fm.fileExists(atPath: epochsURL.path) ? "cannot read the file as UTF-8 text" : "no such file")
        }
        return CompareSide(role: role, label: path, directory: dir, runsURL: runsURL, axisNames: axisNames, fixedColumns: fixed, runs: runs,
                           settings: settings, name: name, epochColumns: epochColumns, curves: curves, epochsProblem: problem)
    }

    static func readText(_ url: URL) -> String? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// Splits runs.csv into its axis columns, the columns after them and the rows. The axis
    /// columns sit between `run_id` and the fixed block that starts `seed,status,...`; a grid
    /// axis named seed therefore appears twice, once as an axis and once as the fixed column.
    static func parseRuns(_ text: String, source: String) throws -> ([String], [String], [Run]) {
        let rows = CSVTable.rows(text)
        guard let header = rows.first else { throw CompareError(.unreadable, "\(source): the file is empty") }
        guard header.first == "run_id", let statusIndex = header.lastIndex(of: "status") else {
            throw CompareError(.unreadable, "\(source): not an nnsweep runs.csv (it needs the columns run_id and status)")
        }
        let fixedStart = statusIndex >= 2 && header[statusIndex - 1] == "seed" ? statusIndex - 1 : statusIndex
        let axisNames = Array(header[1..<fixedStart])
        let fixed = Array(header[fixedStart...])
        if let dup = duplicate(axisNames) { throw CompareError(.unreadable, "\(source): the axis column '\(dup)' appears twice") }
        var runs: [Run] = []
        // A run is its axis values and its seed: the same run twice is not a second seed.
        var rowOfRun: [[String]: Int] = [:]
        for (i, row) in rows.enumerated().dropFirst() {
            guard row.count == header.count else {
                throw CompareError(.unreadable, "\(source): row \(i + 1) has \(row.count) fields, the header has \(header.count)")
            }
            var fields: [String: String] = [:]
            for (k, v) in zip(fixed, row[fixedStart...]) { fields[k] = v }
            let status = row[statusIndex]
            guard ["ok", "diverged", "failed"].contains(status) else {
                throw CompareError(.unreadable, "\(source): row \(i + 1), column 'status': '\(status)' is not ok, diverged or failed")
            }
            let axisValues = Array(row[1..<fixedStart])
            let key = axisValues + [fields["seed"] ?? ""]
            if let first = rowOfRun[key] {
                let cell = zip(axisNames, axisValues).map { "\($0)=\($1)" } + (axisNames.contains(seedAxis) ? [] : ["seed \(fields["seed"] ?? "")"])
                throw CompareError(.unreadable, "\(source): rows \(first) and \(i + 1) are the same run (\(cell.joined(separator: ", "))); each run may appear once")
            }
            rowOfRun[key] = i + 1
            runs.append(Run(runID: row[0], row: i + 1, axisValues: axisValues, status: status, fields: fields))
        }
        return (axisNames, fixed, runs)
    }

    static func parseEpochs(_ text: String, axisCount: Int, source: String) throws -> ([String], [String: [EpochPoint]]) {
        let rows = CSVTable.rows(text)
        guard let header = rows.first, header.first == "run_id", header.count > axisCount + 1, header[axisCount + 1] == "epoch" else {
            throw CompareError(.unreadable, "\(source): not an nnsweep epochs.csv (run_id, the axis columns, then epoch)")
        }
        let start = axisCount + 2
        let columns = Array(header[start...])
        var curves: [String: [EpochPoint]] = [:]
        for (i, row) in rows.enumerated().dropFirst() {
            guard row.count == header.count else {
                throw CompareError(.unreadable, "\(source): row \(i + 1) has \(row.count) fields, the header has \(header.count)")
            }
            guard let epoch = Double(row[axisCount + 1]) else {
                throw CompareError(.unreadable, "\(source): row \(i + 1): epoch '\(row[axisCount + 1])' is not a number")
            }
            var values: [String: Double] = [:]
            for (k, v) in zip(columns, row[start...]) { if let d = Double(v) { values[k] = d } }
            curves[row[0], default: []].append(EpochPoint(epoch: epoch, values: values))
        }
        return (columns, curves)
    }

    static func duplicate(_ names: [String]) -> String? {
        var seen = Set<String>()
        for n in names where !seen.insert(n).inserted { return n }
        return nil
    }
}

/// The parts of a cell's canonical settings that define the experiment rather than the training
/// recipe: the data (source, split, scaling), the network's layers and activation, and the loss.
/// Two sweeps whose matched cells differ in any of these measure different things and are not
/// compared. Dropout and batch norm are regularizers, like the optimizer and the epochs: changing
/// them is a change a comparison is meant to judge.
public enum ExperimentSettings {
    public static let keys = ["data", "test_csv", "test_fraction", "test_every", "divide_by", "outliers", "scale", "split_seed",
                              "target_scale", "hidden", "activation", "loss"]

    /// `key=value` pairs of a canonical settings text (`;`-separated; a piece without `=` belongs
    /// to the value before it, so a path with `;` survives).
    public static func pairs(_ settings: String) -> [(String, String)] {
        var out: [(String, String)] = []
        for piece in settings.split(separator: ";", omittingEmptySubsequences: false) {
            if let eq = piece.firstIndex(of: "="), piece[..<eq].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }),
               eq != piece.startIndex {
                out.append((String(piece[..<eq]), String(piece[piece.index(after: eq)...])))
            } else if !out.isEmpty {
                out[out.count - 1].1 += ";" + piece
            }
        }
        return out
    }

    /// The value standing for a key the settings text leaves out (it writes some only when set).
    public static let absent = "(not set)"

    /// The experiment-defining settings, file paths reduced to their file names so that the same
    /// sweep run from two checkouts (or two machines) still compares.
    public static func extract(_ settings: String) -> [String: String] {
        var out: [String: String] = [:]
        for (k, v) in pairs(settings) where keys.contains(k) {
            switch k {
            case "data" where v.hasPrefix("csv:"):
                // csv:PATH:TARGET:TASK, where PATH may itself hold colons.
                let parts = v.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                if parts.count >= 4 {
                    let path = parts[1..<(parts.count - 2)].joined(separator: ":")
                    out[k] = "csv:" + fileName(path) + ":" + parts[parts.count - 2] + ":" + parts[parts.count - 1]
                } else { out[k] = v }
            case "test_csv" where v != "-": out[k] = fileName(v)
            default: out[k] = v
            }
        }
        return out
    }

    static func fileName(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }
}
