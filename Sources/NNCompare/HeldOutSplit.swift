import Foundation

/// Whether the seeds of a sweep hold out the same samples. Seeds change the initial weights and
/// the batch order; unless the run file says `split_seed: seed`, they do not change which
/// samples are held out, and an interval over seeds then says nothing of how the settings would
/// do on other samples. The summary and report.html say so beside their intervals.
public enum HeldOutSplit {
    /// The sentence for a sweep whose cells have these resolved settings (`RunConfig.settings`),
    /// nil when the split is drawn from the seed, when there are fewer than two seeds, or for a
    /// program (whose data nnsweep does not split).
    public static func note(cellSettings: [[String: String]], seeds: Int) -> String? {
        guard seeds >= 2, !cellSettings.isEmpty, cellSettings.allSatisfy({ $0["split_seed"] != nil }) else {
            return nil
        }
        if cellSettings.contains(where: { $0["folds"] != nil }) {
            // Folds change the held-out part with the seed; with one K everywhere say what that means.
            guard let k = cellSettings[0]["folds"], cellSettings.allSatisfy({ $0["folds"] == k }) else { return nil }
            return "held-out samples: one of \(k) folds per seed (data.folds); the folds' training parts overlap, "
                + "so the intervals over seeds are somewhat too narrow (Nadeau and Bengio 2003)"
        }
        let fixedBy: String
        if cellSettings.allSatisfy({ $0["test_every"] != nil }) {
            fixedBy = "data.test_every"
        } else if cellSettings.allSatisfy({ ($0["test_csv"] ?? "-") != "-" }) {
            fixedBy = "data.test_csv"
        } else if Set(cellSettings.map { $0["split_seed"]! }).count == 1 {
            fixedBy = "data.split_seed \(cellSettings[0]["split_seed"]!)"
        } else {
            return nil
        }
        return "held-out samples: the same for every seed (\(fixedBy)), so the intervals cover the initial weights "
            + "and the batch order, not which samples are held out; data: {split_seed: seed} draws the split "
            + "from each seed (with test_fraction)"
    }
}
