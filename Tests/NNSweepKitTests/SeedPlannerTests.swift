import Foundation
import Testing

@testable import NNCompare
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// How many seeds a comparison needs (`SampleSize`, `SeedPlanner`, `nnsweep seeds`).
@Suite struct SeedPlannerTests {
    /// The seeds a paired t-test needs agree with SciPy's exact answer (noncentral t).
    @Test func seedsMatchTheExactNoncentralTAnswer() throws {
        let cases = try StatsFixture.list("seeds_needed")
        #expect(cases.count >= 5)
        for c in cases {
            let n = (c["n"] as? NSNumber)?.intValue
            let got = SampleSize.seeds(
                unitSD: (c["sd"] as! NSNumber).doubleValue, difference: (c["difference"] as! NSNumber).doubleValue,
                alpha: (c["alpha"] as! NSNumber).doubleValue / 2, power: (c["power"] as! NSNumber).doubleValue)
            #expect(got == n, "\(c)")
        }
    }

    @Test func limitsAndEdges() {
        // No spread: two seeds; more than the limit: nil; a larger difference never needs more.
        #expect(SampleSize.seeds(unitSD: 0, difference: 0.01, alpha: 0.025) == 2)
        #expect(SampleSize.seeds(unitSD: 1, difference: 0.001, alpha: 0.025, maxSeeds: 1000) == nil)
        var last = Int.max
        for d in stride(from: 0.1, through: 2.0, by: 0.1) {
            let n = SampleSize.seeds(unitSD: 1, difference: d, alpha: 0.025)!
            #expect(n <= last)
            last = n
        }
    }

    /// A pilot whose settings differ from the best by a known spread: the planner scales it, and
    /// the seeds it names detect the difference (the pilot's own seeds do not).
    @Test func thePlannerScalesThePilotSpread() throws {
        // Five seeds; B differs from A by +-0.01 around -0.002 (sd of the differences 0.01).
        let a: [String: Double] = ["1": 0.90, "2": 0.91, "3": 0.92, "4": 0.93, "5": 0.94]
        let shifts = [0.01, -0.01, 0.0, 0.01, -0.01].map { $0 - 0.002 }
        var b: [String: Double] = [:]
        for (k, s) in zip(["1", "2", "3", "4", "5"], shifts) { b[k] = a[k]! + s }
        let ranking = SettingRanking(
            [.init(label: "A", values: a, notOK: 0), .init(label: "B", values: b, notOK: 0)], higherIsBetter: true,
            metric: "final_val_accuracy")
        let rows = SeedPlanner.rows(ranking, difference: 0.005, power: 0.8, maxSeeds: 10_000)
        #expect(rows.count == 1)
        let sd = Descriptive.standardDeviation(shifts)!
        #expect(abs(rows[0].spread - sd) < 1e-12)
        #expect(rows[0].pilotSeeds == 5)
        // One comparison: two-sided at 0.05, the same answer as SampleSize directly.
        #expect(rows[0].seeds == SampleSize.seeds(unitSD: sd, difference: 0.005, alpha: 0.025, power: 0.8))
        let n = rows[0].seeds!
        #expect(n > 5)
        // With the seeds it names, the detectable difference is at most 0.005; one fewer, more.
        func detectable(_ n: Int) -> Double {
            let t = StudentT(df: Double(n - 1))
            return (t.quantile(0.975) + t.quantile(0.8)) * sd / Double(n).squareRoot()
        }
        #expect(detectable(n) <= 0.005 && detectable(n - 1) > 0.005)
    }

    @Test func theCommandAnswersFromAPilotFolderAndRejectsBadInput() throws {
        let dir = temporaryDirectory()
        let file = write(smallGrid, "pilot.yaml", in: dir)
        let out = dir.appendingPathComponent("pilot").path
        let (status, _, err) = try runTool(["run", file.path, "--out", out, "--quiet", "--no-plots"], in: dir)
        #expect(status == 0, "\(err)")
        let (s2, text, e2) = try runTool(["seeds", out, "--difference", "0.05"], in: dir)
        #expect(s2 == 0, "\(e2)")
        #expect(
            text.contains("seeds to find a true difference of 0.05 in final_")
                && text.contains("accuracy from the best"))
        #expect(text.contains("(two-sided t-tests at alpha 0.05 / 3 comparisons"))
        #expect(text.contains("seeds  pilot spread  detectable now  setting"))
        // A tuned grid's pilot is its final runs: the committed tune example.
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let tuned = repo.appendingPathComponent("results/tune-example").path
        let (s3, t3, e3) = try runTool(["seeds", tuned, "--difference", "0.01"], in: dir)
        #expect(s3 == 0, "\(e3)")
        #expect(t3.contains("in final_test_accuracy from the best") && t3.contains("1 comparison,"), "\(t3)")
        for (args, message) in [
            (["seeds", out, "--difference", "0"], "--difference must be a positive number"),
            (["seeds", out, "--difference", "0.01", "--power", "1"], "--power must be from 0.5 to below 1"),
            (["seeds", dir.appendingPathComponent("none").path, "--difference", "0.01"], "none"),
            (["seeds", dir.path, "--difference", "0.01"], "no manifest.json")
        ] {
            let (s, o, e) = try runTool(args, in: dir)
            #expect(s == 2, "\(args): \(e)")
            #expect(o.isEmpty && e.hasPrefix("nnsweep: ") && e.contains(message), "\(args): \(e)")
        }
    }
}
