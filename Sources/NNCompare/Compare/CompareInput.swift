import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

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
