import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

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
        /// The runs.csv column that judges the settings, when the run file names it
        /// (`program.headline`); otherwise `Headline.final` chooses.
        public var headline: (column: String, direction: MetricDirection)? = nil
        /// The image formats the run file asks for (`figures:`); nil: `FigureFormats.default`.
        public var figureFormats: [String]? = nil
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
}
