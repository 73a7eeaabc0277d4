import Foundation
import NNCluster
import NNCompare
import NNEngine
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// `ema: {decay: D}` in a run file: parsed, checked, part of the settings only when given, and
/// measured into the ema columns of the tables.
@Suite struct EMAConfigTests {
    func config(_ yaml: String) throws -> RunConfig {
        try SweepPlan.parse(text: yaml, file: URL(fileURLWithPath: "/tmp/run.yaml")).cells[0].config
    }

    @Test func decayIsReadAndOnlyThenInTheSettings() throws {
        let plain = try config("data: {builtin: iris}\n")
        #expect(plain.emaDecay == nil)
        #expect(!plain.canonical.contains("ema"))
        let averaged = try config("data: {builtin: iris}\nema: {decay: 0.99}\n")
        #expect(averaged.emaDecay == 0.99)
        #expect(averaged.canonical == plain.canonical + ";ema=0.99")
    }

    @Test func badDecayIsOneLineWithItsLine() {
        for (yaml, fragment) in [
            ("ema: {decay: 1}", "ema.decay must be in (0, 1), got 1.0"),
            ("ema: {decay: 0}", "ema.decay must be in (0, 1), got 0.0"),
            ("ema: {decay: -0.5}", "ema.decay must be in (0, 1)"),
            ("ema: 0.9", "ema must be a map such as {decay: 0.999}"),
            ("ema: {}", "ema needs decay"),
            ("ema: {decai: 0.9}", "unknown key in ema: 'decai'")
        ] {
            guard let e = planError("data: {builtin: iris}\n" + yaml + "\n") else {
                Issue.record("no error for \(yaml)")
                continue
            }
            #expect(e.contains(fragment), "\(e)")
            #expect(e.contains("run.yaml:2:"), "\(e)")
            #expect(!e.contains("\n"))
        }
    }

    @Test func sweepWritesTheEMAColumns() throws {
        let dir = temporaryDirectory()
        let file = write(
            """
            name: ema
            data: {builtin: iris, test_fraction: 0.3}
            model: {hidden: [8]}
            optimizer: {name: sgd, lr: 0.1}
            epochs: 3
            grid:
              ema: [{decay: 0.9}]
            """, "run.yaml", in: dir)
        let out = dir.appendingPathComponent("out")
        try runSweep(SweepPlan.load(file), out: out)
        let t = try SweepTables.load(out)
        let run = try #require(t.runs.first)
        let ema = try #require(run.number("final_ema_val_loss"))
        #expect(ema.isFinite && ema != run.number("final_val_loss"))
        #expect(run.number("final_ema_val_accuracy") != nil)
        let epochs = try #require(t.epochs[run.id])
        #expect(epochs.count == 3 && epochs.allSatisfy { $0.values["ema_val_loss"] != nil })
    }
}
