import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// Every name in a results folder, declared once: the tables, the manifest, the report, the
/// folders and what they hold, the lock files. Whatever reads or writes a results folder (the
/// runner, the tables, the figures and the report, the tuner, collect, Slurm, and the ownership
/// rules of `ResultsFolder`) takes its names from here.
///
///     DIR/
///       runs.csv, epochs.csv, layers.csv    the tables (`SweepTables`)
///       manifest.json                       what ran (`Manifest`); shows that the folder is nnsweep's
///       report.html                         the report page (`Report`)
///       selection.csv                       a tuned grid's chosen trials (`Selection`)
///       rungs.csv                           in search/: successive halving's rungs (`Halving`)
///       cells/<id>.json                     each cell's record (`CellRecord`)
///       cells/<id>.partial                  a running cell's finished epochs (`PartialRecord`)
///       checkpoints/<id>.safetensors        the final weights, with `checkpoint: true`
///       states/<id>.<epoch>.state           a halted trial's training state (`TrainingStateFile`)
///       invalid/<id>.json, <id>.<n>.json    records that could not be trusted, moved aside
///       plots/                              figures, their scripts and data; .nnsweep-written
///       search/                             a tuned grid's search: a results folder of its own
///       slurm/                              sweep.sbatch, collect.sbatch, submit.sh, logs/
///       .nnsweep.lock, .nnsweep.tables.lock the folder's locks (`DirectoryLock`, `TablesLock`)
///
/// The folders that `nnsweep compare --plot` and `--report` write are `CompareOutput`.
public enum ResultsLayout {
    // MARK: Files

    public static let runs = "runs.csv"
    public static let epochs = "epochs.csv"
    public static let layers = "layers.csv"
    public static let manifest = "manifest.json"
    public static let report = "report.html"
    public static let selection = "selection.csv"
    public static let rungs = "rungs.csv"

    // MARK: Folders

    public static let cells = "cells"
    public static let checkpoints = "checkpoints"
    public static let states = "states"
    public static let invalid = "invalid"
    public static let plots = "plots"
    public static let search = "search"
    public static let slurm = "slurm"
    /// A program cell's own folder, `programs/<id>/`: its working directory, with params.json,
    /// metrics.jsonl, stdout.txt, stderr.txt, its state and whatever it writes.
    public static let programs = "programs"

    // MARK: Locks and lists

    /// Held for a whole sweep (`DirectoryLock`).
    public static let lock = ".nnsweep.lock"
    /// Held while the tables and the manifest are rebuilt (`TablesLock`).
    public static let tablesLock = ".nnsweep.tables.lock"
    /// In `plots/`: the files there that nnsweep wrote, one name a line; the figures' clean-up
    /// and `--fresh` delete only these.
    public static let writtenList = ".nnsweep-written"

    /// The top-level files, folders and locks a sweep writes.
    static let files: Set<String> = [runs, epochs, layers, manifest, report, selection, rungs]
    static let folders: Set<String> = [cells, checkpoints, plots, slurm, invalid, search, states, programs]
    static let locks: Set<String> = [lock, tablesLock]

    // MARK: What the folders hold

    /// The extensions of the files in `cells/`, `checkpoints/` and `states/` (after the run id).
    static let recordExtension = "json"
    static let partialExtension = "partial"
    static let checkpointExtension = "safetensors"
    static let stateExtension = "state"
    /// What `plots/` holds: figures, their gnuplot scripts and data, the report's pages.
    static let plotExtensions: Set<String> = ["svg", "png", "gp", "dat", "html"]
    /// In `plots/`: every figure's script in one, for a single gnuplot process.
    package static let combinedScript = "figures.gp"
    /// In `slurm/`: the job scripts and the folder of their logs.
    package static let slurmSweepScript = "sweep.sbatch"
    package static let slurmCollectScript = "collect.sbatch"
    package static let slurmSubmitScript = "submit.sh"
    package static let slurmLogs = "logs"

    // MARK: Paths

    /// `DIR/cells/<id>.json`: a cell's record.
    public static func recordURL(_ dir: URL, _ id: String) -> URL {
        dir.appendingPathComponent(cells).appendingPathComponent("\(id).\(recordExtension)")
    }

    /// `DIR/cells/<id>.partial`: the epochs a running cell has finished so far (`PartialRecord`:
    /// JSON lines that grow by whole epochs while it trains), removed once its record is written.
    public static func partialURL(_ dir: URL, _ id: String) -> URL {
        dir.appendingPathComponent(cells).appendingPathComponent("\(id).\(partialExtension)")
    }

    /// `<id>.safetensors` in the checkpoint folder (`DIR/checkpoints`).
    static func checkpointURL(_ checkpointFolder: URL, _ id: String) -> URL {
        checkpointFolder.appendingPathComponent("\(id).\(checkpointExtension)")
    }

    /// `<id>.<epoch>.state` in the state folder (`DIR/states`): a cell's training state after
    /// `epoch` epochs.
    public static func stateURL(_ stateFolder: URL, _ id: String, epoch: Int) -> URL {
        stateFolder.appendingPathComponent("\(id).\(epoch).\(stateExtension)")
    }

    /// `DIR/invalid/<id>.json`, or `<id>.<copy>.json` for the second and later.
    static func invalidRecordURL(_ dir: URL, _ id: String, copy: Int) -> URL {
        dir.appendingPathComponent(invalid).appendingPathComponent(
            copy == 1 ? "\(id).\(recordExtension)" : "\(id).\(copy).\(recordExtension)")
    }

    /// `plots/NAME`: a file in the figure folder as the scripts and the report name it (relative
    /// to the results folder, where gnuplot runs).
    package static func inPlots(_ name: String) -> String { plots + "/" + name }

    /// `cells/<id>.json` as messages name a record (relative to the results folder).
    static func recordPath(_ id: String) -> String { "\(cells)/\(id).\(recordExtension)" }

    /// `DIR/search`: a tuned grid's search phase, a results folder of its own.
    public static func searchURL(_ dir: URL) -> URL { dir.appendingPathComponent(search) }

    /// Whether `dir` is the search folder of a tuned grid.
    package static func isSearch(_ dir: URL) -> Bool { dir.standardizedFileURL.lastPathComponent == search }

    /// The files and folders whose stale temporary files a run removes (`AtomicFile.removeStale`).
    static func temporaryFolders(_ dir: URL) -> [URL] {
        [dir] + [cells, checkpoints, states, plots].map { dir.appendingPathComponent($0) }
    }

    /// The folders of compare's outputs: `nnsweep compare --plot DIR` writes `plotFiles`,
    /// `--report DIR` the page with its deltas figure beside them.
    public enum CompareOutput {
        package static let plotScript = "compare.gp"
        package static let plotData = "compare.dat"
        package static let plotImage = "compare.png"
        package static let report = ResultsLayout.report
        package static let deltasScript = "deltas.gp"
        package static let deltasData = "deltas.dat"
        package static let deltasImage = "deltas.png"
        package static let plotFiles: Set<String> = [plotScript, plotData, plotImage]
        package static let reportFiles: Set<String> = plotFiles.union([report, deltasScript, deltasData, deltasImage])
    }
}
