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

/// One side of a comparison: a sweep's tables as `SweepTables` reads them, from a results folder
/// or the path of its runs.csv (epochs.csv and manifest.json from the same folder when there).
public struct CompareSide: Sendable {
    public typealias Run = SweepTables.Run
    public typealias EpochPoint = SweepTables.Epoch

    /// "baseline" or "current".
    public let role: String
    /// The path as given.
    public let label: String
    public let tables: SweepTables

    public var directory: URL { tables.directory }
    public var runsURL: URL { tables.runsURL }
    /// The grid's axes, in the order of the runs.csv columns (the seed axis included, if any).
    public var axisNames: [String] { tables.axisNames }
    /// The columns of runs.csv after the axis columns.
    public var fixedColumns: [String] { tables.runColumns }
    public var runs: [Run] { tables.runs }
    /// run_id → the cell's resolved settings from manifest.json; nil without a manifest.
    public var settings: [String: [String: String]]? { tables.manifest?.settings }
    /// The experiment's name from manifest.json.
    public var name: String? { tables.manifest?.name }
    /// The numeric columns of epochs.csv after `epoch` (empty without epochs.csv).
    public var epochColumns: [String] { tables.epochColumns }
    /// run_id → its epochs in file order.
    public var curves: [String: [EpochPoint]] { tables.epochs }
    /// Why epochs.csv could not be used (nil when it was read).
    public var epochsProblem: String? {
        tables.epochsProblem.map { "\(directory.appendingPathComponent(ResultsLayout.epochs).path): \($0)" }
    }

    /// The name of the repetition axis: cells that differ only in it are replicates.
    public static let seedAxis = "seed"

    /// Reads a sweep from a results folder or from the path of its runs.csv.
    public static func load(_ path: String, role: String) throws -> CompareSide {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CompareError(.unreadable, "\(role) \(path): no such file or folder")
        }
        let given = URL(fileURLWithPath: path)
        let runsURL = isDir.boolValue ? given.appendingPathComponent(ResultsLayout.runs) : given
        do {
            return CompareSide(role: role, label: path, tables: try SweepTables.read(runs: runsURL))
        } catch {
            throw CompareError(.unreadable, "\(role) \(error)")
        }
    }
}

extension SweepTables.Run {
    /// The run's id, as compare names it.
    public var runID: String { id }
    /// The columns after the axis columns, by name.
    public var fields: [String: String] { columns }
}

/// The parts of a cell's canonical settings that define the experiment rather than the training
/// recipe: the data (source, split, scaling), the network's layers and activation (or its layer list), and the loss.
/// Two sweeps whose matched cells differ in any of these measure different things and are not
/// compared. Dropout and batch norm are regularizers, like the optimizer and the epochs: changing
/// them is a change a comparison is meant to judge.
public enum ExperimentSettings {
    /// The settings that say which data a cell trains on.
    public static let dataKeys = [
        "data", "test_csv", "test_fraction", "test_every", "divide_by", "outliers", "scale", "split_seed",
        "target_scale"
    ]
    /// The validation part's settings, written only when set.
    public static let validationKeys = ["validation_fraction", "validation_csv"]
    public static let keys = dataKeys + validationKeys + ["hidden", "activation", "layers", "loss"]

    /// The value standing for a key the settings text leaves out (it writes some only when set).
    public static let absent = "(not set)"

    /// The experiment-defining settings, file paths reduced to their file names so that the same
    /// sweep run from two checkouts (or two machines) still compares.
    public static func extract(_ settings: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for (k, v) in settings where keys.contains(k) {
            switch k {
            case "data" where v.hasPrefix("csv:"):
                // csv:PATH:TARGET:TASK, where PATH may itself hold colons.
                let parts = v.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                if parts.count >= 4 {
                    let path = parts[1..<(parts.count - 2)].joined(separator: ":")
                    out[k] = "csv:" + fileName(path) + ":" + parts[parts.count - 2] + ":" + parts[parts.count - 1]
                } else {
                    out[k] = v
                }
            case "test_csv" where v != "-", "validation_csv": out[k] = fileName(v)
            default: out[k] = v
            }
        }
        return out
    }

    static func fileName(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }
}
