import Foundation
import NNCluster
import NNCompare
import NNData
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// The five classification losses of experiments/classification-losses.yaml on a small case,
/// trained through the sweep: the equivalent forms give the same epochs.
@Suite struct EquivalentLossTests {
    static let file = """
        data: {synthetic: moons, samples: 90, noise: 0.2}
        model: {layers: [{linear: 8}, tanh, {linear: 2}]}
        optimizer: {name: sgd, lr: 0.5}
        batch_size: 12
        epochs: 6
        seeds: 3
        measure: {layers: true, train_eval: true}
        grid:
          loss:
            ce_logits:       {model: {layers: [{linear: 8}, tanh, {linear: 2}]}, loss: cross_entropy}
            softmax_ce:      {model: {layers: [{linear: 8}, tanh, {linear: 2}, softmax]}, loss: cross_entropy}
            log_softmax_nll: {model: {layers: [{linear: 8}, tanh, {linear: 2}, log_softmax]}, loss: nll}
            ce_weighted:     {model: {layers: [{linear: 8}, tanh, {linear: 2}]}, loss: {name: cross_entropy, weight: [1, 3]}}
            nll_weighted:    {model: {layers: [{linear: 8}, tanh, {linear: 2}, log_softmax]}, loss: {name: nll, weight: [1, 3]}}
            bce_logit:       {model: {layers: [{linear: 8}, tanh, {linear: 1}]}, loss: bce}
            sigmoid_bce:     {model: {layers: [{linear: 8}, tanh, {linear: 1}, sigmoid]}, loss: bce}

        """

    /// epochs.csv's rows by loss, each row the numbers of `columns` (seed by seed, epoch by epoch).
    static func epochs(_ out: URL, _ columns: [String]) throws -> [String: [[Double]]] {
        let rows = CSVTable.rows(try String(contentsOf: out.appendingPathComponent("epochs.csv"), encoding: .utf8))
        let header = rows[0]
        let loss = try #require(header.firstIndex(of: "loss"))
        let idx = try columns.map { c in try #require(header.firstIndex(of: c), "column \(c)") }
        var by: [String: [[Double]]] = [:]
        for r in rows.dropFirst() { by[r[loss], default: []].append(idx.map { Double(r[$0]) ?? .nan }) }
        return by
    }

    /// The largest relative difference between two tables of the same shape.
    static func largestDifference(_ a: [[Double]], _ b: [[Double]]) -> Double {
        var largest = 0.0
        for (rowA, rowB) in zip(a, b) {
            for (x, y) in zip(rowA, rowB) where x != y {
                largest = max(largest, abs(x - y) / max(abs(x), abs(y)))
            }
        }
        return largest
    }

    @Test func equivalentFormsGiveTheSameEpochs() throws {
        let dir = temporaryDirectory()
        let plan = try SweepPlan.load(write(Self.file, "losses.yaml", in: dir))
        let out = dir.appendingPathComponent("out")
        let outcome = try runSweep(plan, out: out)
        #expect(outcome.failed == 0 && outcome.diverged == 0)
        let accuracy = try Self.epochs(out, ["train_accuracy", "val_accuracy", "train_eval_accuracy"])
        let losses = try Self.epochs(out, ["train_loss", "val_loss", "train_eval_loss"])
        try #require(
            losses["ce_logits"]?.count == 18 && losses["ce_weighted"]?.count == 18 && losses["bce_logit"]?.count == 18)
        // cross_entropy is nll(log_softmax(x)) in the engine as in PyTorch: every number of
        // every epoch is the same, with class weights too.
        for (a, b) in [("ce_logits", "log_softmax_nll"), ("ce_weighted", "nll_weighted")] {
            #expect(accuracy[a] == accuracy[b], "\(a) vs \(b)")
            #expect(losses[a] == losses[b], "\(a) vs \(b): \(Self.largestDifference(losses[a]!, losses[b]!))")
        }
        // BCEWithLogitsLoss and sigmoid + BCELoss are two computations, in PyTorch too (its own
        // pair differs by 2e-7 relative, loss_pairs.json): every prediction the same, every loss
        // equal up to float32 rounding.
        #expect(accuracy["bce_logit"] == accuracy["sigmoid_bce"])
        let d = Self.largestDifference(losses["bce_logit"]!, losses["sigmoid_bce"]!)
        #expect(d <= 1e-5, "bce_logit vs sigmoid_bce: \(d)")
        // The double softmax is a different loss: its curves are not those of the logits.
        #expect(Self.largestDifference(losses["ce_logits"]!, losses["softmax_ce"]!) > 0.01)
    }
}
