import Foundation
import NNData
import NNEngine

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
    /// Repeated K-fold's settings (`data.folds`), written only when set. Like the validation
    /// keys they key the random streams only when present, so that files without them keep
    /// their streams (and their results) bit for bit.
    public static let foldKeys = ["folds", "fold"]
    public static let keys = dataKeys + validationKeys + foldKeys + ["hidden", "activation", "layers", "loss"]

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
