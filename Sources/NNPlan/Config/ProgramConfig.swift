import Foundation
import NNEngine
import NNProgram

/// The `program:` section: a training program as the engine of every cell of the file, in place
/// of the built-in one. What the program is, what it reports and how it is run; the cell's
/// parameters are `ProgramCell.parameters`.
public struct ProgramSpec: Sendable, Equatable {
    /// The command as the run file writes it (placeholders not yet filled): what cell ids hash
    /// and the tables show, the same wherever the checkout lies.
    public var command: [String]
    /// The command that runs: items naming a file beside the run file as its full path.
    public var resolvedCommand: [String] = []
    /// SHA-256 of each file the command names beside the run file (`train.py`), by its name as
    /// written: a changed program is a new cell, as a changed data file is.
    public var fileDigests: [(name: String, sha256: String)] = []
    /// The first item resolved: a path relative to the run file, or found on PATH.
    public var executable: String
    /// The metrics the program reports, each with its direction, in the order of the tables.
    public var metrics: [ProgramMetric]
    /// The metric that ranks settings and decides the gate (one of `metrics`).
    public var headline: String
    /// Seconds a cell may run before it is stopped (status timed_out).
    public var timeLimit: Double = ProgramSpec.defaultTimeLimit
    /// Whether the program follows the state contract (NNSWEEP_STATE, NNSWEEP_EPOCHS), so that a
    /// cell can continue after a kill and successive halving can extend it.
    public var continues = false
    public var metricsFrom: MetricsSource = .file
    /// Added to the environment nnsweep itself was started with.
    public var environment: [(key: String, value: String)] = []
    /// Devices for CUDA_VISIBLE_DEVICES, one per running cell (empty: not set).
    public var devices: [String] = []
    /// Bytes of each of standard output and error kept per cell.
    public var maxOutputBytes = ProgramSpec.defaultMaxOutputBytes

    public static let defaultTimeLimit = 3600.0
    public static let defaultMaxOutputBytes = 10 << 20
    public static let keys = [
        "command", "metrics", "headline", "time_limit", "continues", "metrics_from", "pattern", "env", "devices",
        "max_output_bytes"
    ]

    public static func == (a: ProgramSpec, b: ProgramSpec) -> Bool {
        a.command == b.command && a.resolvedCommand == b.resolvedCommand
            && a.fileDigests.map(\.sha256) == b.fileDigests.map(\.sha256) && a.executable == b.executable
            && a.metrics == b.metrics && a.headline == b.headline
            && a.timeLimit == b.timeLimit && a.continues == b.continues && a.metricsFrom == b.metricsFrom
            && a.environment.map(\.key) == b.environment.map(\.key)
            && a.environment.map(\.value) == b.environment.map(\.value) && a.devices == b.devices
            && a.maxOutputBytes == b.maxOutputBytes
    }

    /// The direction of a declared metric.
    public func direction(_ name: String) -> MetricDirection? { metrics.first { $0.name == name }?.direction }
}

/// One metric a program reports: its name (a JSON key of its metric lines) and which way is better.
public struct ProgramMetric: Sendable, Equatable {
    public let name: String
    public let direction: MetricDirection

    public init(name: String, direction: MetricDirection) {
        self.name = name
        self.direction = direction
    }
}

/// A program cell: the program and this cell's parameters (the file's `params:` with the grid's
/// values laid over it, `seed` added).
public struct ProgramCell: Sendable, Equatable {
    public var spec: ProgramSpec
    public var parameters: ProgramParameters

    /// What the cell's id hashes: everything that changes what the program computes (its
    /// command, its environment, its parameters); not its limits nor the metrics it reports.
    public var settings: [(key: String, value: String)] {
        [
            ("program", JSONValue.array(spec.command.map(JSONValue.string)).text),
            (
                "program.env",
                JSONValue.object(JSONObject(spec.environment.map { ($0.key, JSONValue.string($0.value)) })).text
            ),
            ("params", JSONValue.object(parameters.root).text)
        ] + spec.fileDigests.map { ("program.\($0.name)_sha256", $0.sha256) }
    }
}
