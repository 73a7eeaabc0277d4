import Foundation

/// The sweep's tables, rebuilt from the cell records in the grid's order.
public enum Tables {
    public static let runsFixed = ["seed", "status", "epochs_run", "iterations_per_epoch", "parameters",
                                   "final_train_loss", "final_train_accuracy", "final_val_loss", "final_val_accuracy",
                                   "best_train_loss", "best_train_accuracy", "best_val_loss", "best_val_accuracy", "best_epoch",
                                   "final_val_mae", "final_val_rmse",
                                   "diverged_epoch", "message", "train_seconds"]
    public static let epochsFixed = ["epoch", "lr", "train_loss", "train_accuracy", "val_loss", "val_accuracy", "val_mae", "val_rmse"]
    public static let layersFixed = ["stage", "depth", "module", "activation_mean", "activation_std", "grad_norm"]

    public static func recordURL(_ dir: URL, _ id: String) -> URL {
        dir.appendingPathComponent("cells").appendingPathComponent("\(id).json")
    }

    /// The cell's record when it is there and valid.
    public static func readRecord(_ dir: URL, _ cell: Cell) -> CellRecord? {
        if case .valid(let r) = ResultsFolder.lookup(dir, cell) { return r }
        return nil
    }

    public static func encode(_ record: CellRecord) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        e.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try e.encode(record)
    }

    static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return d
    }

    /// Writes runs.csv, epochs.csv and layers.csv (throws `FileWriteError` when one cannot be written); returns the records' statuses in grid order
    /// (nil for a cell not yet run). Records are read one at a time.
    @discardableResult
    public static func rebuild(plan: SweepPlan, dir: URL) throws -> [CellRecord.Status?] {
        let axisNames = plan.axes.map(\.name)
        let runs = try CSVWriter(url: dir.appendingPathComponent("runs.csv"), header: ["run_id"] + axisNames + runsFixed)
        let epochs = try CSVWriter(url: dir.appendingPathComponent("epochs.csv"), header: ["run_id"] + axisNames + epochsFixed)
        let layers = try CSVWriter(url: dir.appendingPathComponent("layers.csv"), header: ["run_id"] + axisNames + layersFixed)
        // The three tables are replaced together, once all of them are on the device; on a
        // failure the old ones stay and the temporary files are removed.
        defer { for t in [runs, epochs, layers] { t.discard() } }
        var statuses: [CellRecord.Status?] = []
        let dec = decoder()
        for cell in plan.cells {
            // Only a valid record of the cell counts (the same verdict as the runner's).
            guard case .valid(let r) = ResultsFolder.lookup(dir, cell, decoder: dec) else {
                statuses.append(nil)
                continue
            }
            statuses.append(r.status)
            let key = [cell.id] + cell.axisValues
            let best = r.bestEpoch
            let bestTrain = r.epochs.filter { $0.trainLoss.isFinite }.min { $0.trainLoss < $1.trainLoss }
            let bestValAcc = r.epochs.compactMap(\.valAccuracy).max()
            let bestTrainAcc = r.epochs.compactMap(\.trainAccuracy).max()
            try runs.write(key + [
                "\(r.seed)", r.status.rawValue, "\(r.epochsRun)", "\(r.iterationsPerEpoch)", "\(r.parameters)",
                csvNumber(r.last?.trainLoss), csvNumber(r.last?.trainAccuracy), csvNumber(r.last?.valLoss), csvNumber(r.last?.valAccuracy),
                csvNumber(bestTrain?.trainLoss), csvNumber(bestTrainAcc), csvNumber(r.epochs.compactMap(\.valLoss).filter(\.isFinite).min()),
                csvNumber(bestValAcc), best.map { "\($0.epoch)" } ?? "", csvNumber(r.last?.valMAE), csvNumber(r.last?.valRMSE), r.divergedEpoch.map(String.init) ?? "", r.message,
                String(format: "%.3f", r.trainSeconds),
            ])
            for e in r.epochs {
                try epochs.write(key + ["\(e.epoch)", csvNumber(e.lr), csvNumber(e.trainLoss), csvNumber(e.trainAccuracy),
                                        csvNumber(e.valLoss), csvNumber(e.valAccuracy), csvNumber(e.valMAE), csvNumber(e.valRMSE)])
            }
            for l in r.layers {
                try layers.write(key + [l.stage, "\(l.depth)", l.module, csvNumber(l.activationMean), csvNumber(l.activationStd),
                                        csvNumber(l.gradNorm)])
            }
        }
        for t in [runs, epochs, layers] { try t.finish() }
        for t in [runs, epochs, layers] { try t.commit() }
        return statuses
    }
}
