import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// Reference values from SciPy, written by scripts/make_stats_fixtures.py.
enum StatsFixture {
    static func load() throws -> [String: Any] {
        guard
            let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent(
                "stats.json")
        else {
            throw NSError(
                domain: "tests", code: 1,
                userInfo: [NSLocalizedDescriptionKey: "Fixtures/stats.json is missing from the test bundle"])
        }
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func list(_ key: String) throws -> [[String: Any]] {
        try #require(try load()[key] as? [[String: Any]], "no \(key) in stats.json")
    }
}

private func d(_ o: [String: Any], _ k: String) -> Double { (o[k] as? NSNumber)?.doubleValue ?? .nan }
private func ds(_ o: [String: Any], _ k: String) -> [Double] { ((o[k] as? [NSNumber]) ?? []).map(\.doubleValue) }

/// |a - b| within `tol`, relative for large values.
private func close(_ a: Double, _ b: Double, _ tol: Double) -> Bool { abs(a - b) <= tol * max(1, abs(b)) }

@Suite struct StatisticsTests {
    @Test func tQuantilesMatchSciPy() throws {
        let cases = try StatsFixture.list("t_quantile")
        #expect(cases.count >= 100)
        for c in cases {
            let t = StudentT(df: d(c, "df")).quantile(d(c, "p"))
            #expect(close(t, d(c, "t"), 1e-10), "df \(d(c, "df")), p \(d(c, "p")): \(t) vs \(d(c, "t"))")
        }
        // The classic table values.
        #expect(abs(StudentT(df: 1).quantile(0.975) - 12.706204736174698) < 1e-9)
        #expect(abs(StudentT(df: 29).quantile(0.975) - 2.045229642132703) < 1e-10)
    }

    @Test func tDistributionFunctionMatchesSciPy() throws {
        for c in try StatsFixture.list("t_cdf") {
            let dist = StudentT(df: d(c, "df"))
            let t = d(c, "t")
            #expect(
                close(dist.cdf(t), d(c, "cdf"), 1e-10), "df \(d(c, "df")), t \(t): cdf \(dist.cdf(t)) vs \(d(c, "cdf"))"
            )
            #expect(close(dist.sf(t), d(c, "sf"), 1e-10), "df \(d(c, "df")), t \(t): sf \(dist.sf(t)) vs \(d(c, "sf"))")
            // Far in the tail the survival function keeps its relative precision.
            if d(c, "sf") > 0 && d(c, "sf") < 1e-3 {
                #expect(abs(dist.sf(t) / d(c, "sf") - 1) < 1e-8, "df \(d(c, "df")), t \(t)")
            }
        }
        #expect(StudentT(df: 3).cdf(.infinity) == 1 && StudentT(df: 3).cdf(-.infinity) == 0)
    }

    @Test func welchTestMatchesSciPy() throws {
        let cases = try StatsFixture.list("welch")
        #expect(cases.count >= 5)
        for c in cases {
            let r = try #require(TTest.welch(ds(c, "x"), ds(c, "y")))
            #expect(r.kind == .welch)
            #expect(close(r.statistic, d(c, "t"), 1e-10))
            #expect(close(r.df, d(c, "df"), 1e-10))
            #expect(close(r.pGreater, d(c, "p_greater"), 1e-10))
            #expect(close(r.pLess, d(c, "p_less"), 1e-10))
            #expect(close(r.pTwoSided, d(c, "p_two_sided"), 1e-10))
            let ci = r.interval(level: 0.95)
            let ref = ds(c, "ci95")
            #expect(close(ci.lower, ref[0], 1e-10) && close(ci.upper, ref[1], 1e-10), "\(ci) vs \(ref)")
        }
        #expect(TTest.welch([1], [1, 2]) == nil)
    }

    @Test func equivalenceTestsMatchSciPy() throws {
        let cases = try StatsFixture.list("tost")
        #expect(cases.count >= 40)
        for c in cases {
            let paired = c["kind"] as? String == "paired"
            let t = try #require(paired ? TTest.paired(ds(c, "x"), ds(c, "y")) : TTest.welch(ds(c, "x"), ds(c, "y")))
            let e = EquivalenceTest(t, margin: d(c, "margin"))
            #expect(close(e.pLower, d(c, "p_lower"), 1e-9) && close(e.pUpper, d(c, "p_upper"), 1e-9), "\(c)")
            #expect(e.p == max(e.pLower, e.pUpper))
            #expect(close(EquivalenceTest.detectable(t, alpha: 0.05), d(c, "detectable"), 1e-8), "\(c)")
        }
    }

    @Test func pairedTestMatchesSciPy() throws {
        for c in try StatsFixture.list("paired") {
            let r = try #require(TTest.paired(ds(c, "x"), ds(c, "y")))
            #expect(r.kind == .paired)
            #expect(close(r.statistic, d(c, "t"), 1e-9))
            #expect(r.df == d(c, "df"))
            #expect(close(r.pGreater, d(c, "p_greater"), 1e-10))
            #expect(close(r.pLess, d(c, "p_less"), 1e-10))
            let ci = r.interval(level: 0.95)
            let ref = ds(c, "ci95")
            #expect(close(ci.lower, ref[0], 1e-10) && close(ci.upper, ref[1], 1e-10), "\(ci) vs \(ref)")
        }
        #expect(TTest.paired([1, 2], [1, 2, 3]) == nil)
        // No spread: a consistent shift is certain, no shift is no evidence either way.
        let shift = try #require(TTest.paired([1, 2, 3], [2, 3, 4]))
        #expect(shift.statistic == .infinity && shift.pGreater == 0 && shift.pLess == 1)
        let none = try #require(TTest.paired([1, 2, 3], [1, 2, 3]))
        #expect(none.statistic == 0 && none.pGreater == 0.5)
    }

    @Test func meanIntervalAndSpreadMatchSciPy() throws {
        for c in try StatsFixture.list("mean") {
            let x = ds(c, "x")
            #expect(close(Descriptive.mean(x)!, d(c, "mean"), 1e-12))
            #expect(close(Descriptive.standardDeviation(x)!, d(c, "sd"), 1e-12))
            #expect(close(Descriptive.standardError(x)!, d(c, "se"), 1e-12))
            let ci = try #require(Descriptive.meanInterval(x))
            let ref = ds(c, "ci95")
            #expect(close(ci.lower, ref[0], 1e-10) && close(ci.upper, ref[1], 1e-10), "\(ci) vs \(ref)")
        }
        #expect(Descriptive.mean([]) == nil && Descriptive.variance([1]) == nil && Descriptive.meanInterval([3]) == nil)
    }

    @Test func holmMatchesTheStepDownProcedure() throws {
        for c in try StatsFixture.list("holm") {
            let adjusted = Holm.adjusted(ds(c, "p"))
            let ref = ds(c, "adjusted")
            #expect(zip(adjusted, ref).allSatisfy { close($0, $1, 1e-14) }, "\(adjusted) vs \(ref)")
        }
        // By hand: p = 0.01, 0.04, 0.03, 0.005 at alpha 0.05. Sorted 0.005 <= 0.05/4, 0.01 <= 0.05/3,
        // 0.03 > 0.05/2: stop; 0.04 is not rejected either, although 0.04 <= 0.05/1.
        #expect(Holm.rejected([0.01, 0.04, 0.03, 0.005], alpha: 0.05) == [true, false, false, true])
        #expect(Holm.adjusted([]) == [])
    }

    @Test func interquartileMeanWeighsTheCut() throws {
        for c in try StatsFixture.list("iqm") {
            let v = try #require(InterquartileMean.of(ds(c, "x")))
            #expect(close(v, d(c, "iqm"), 1e-12), "\(ds(c, "x")): \(v) vs \(d(c, "iqm"))")
        }
        // n = 5: (0.75 x2 + x3 + 0.75 x4) / 2.5.
        #expect(abs(InterquartileMean.of([1, 2, 3, 4, 100])! - (0.75 * 2 + 3 + 0.75 * 4) / 2.5) < 1e-12)
        #expect(InterquartileMean.of([]) == nil)
    }

    @Test func bootstrapIntervalIsSeededAndAgreesWithSciPy() throws {
        let ref = try #require(try StatsFixture.load()["bootstrap_iqm"] as? [String: Any])
        let x = ds(ref, "x")
        let refCI = ds(ref, "ci")
        let a = try #require(InterquartileMean.bootstrapInterval(x, level: 0.95, resamples: 20_000, seed: 7))
        let b = try #require(InterquartileMean.bootstrapInterval(x, level: 0.95, resamples: 20_000, seed: 7))
        let other = try #require(InterquartileMean.bootstrapInterval(x, level: 0.95, resamples: 20_000, seed: 8))
        #expect(a == b)
        #expect(a != other)
        #expect(a.contains(InterquartileMean.of(x)!))
        // Another generator and fewer resamples: the ends agree within a few percent of the width.
        let width = refCI[1] - refCI[0]
        #expect(abs(a.lower - refCI[0]) < 0.05 * width && abs(a.upper - refCI[1]) < 0.05 * width, "\(a) vs \(refCI)")
        #expect(InterquartileMean.bootstrapInterval([], seed: 1) == nil)
    }

    /// Equal values have no spread: exactly 0, not the 1e-17 that their rounded mean leaves, so
    /// that intervals print as "± 0".
    @Test func equalValuesHaveNoSpread() {
        for x in [0.058, 0.1, 0.9722222222222222, 1e-300, 123456.789] {
            let xs = [Double](repeating: x, count: 5)
            #expect(Descriptive.variance(xs) == 0 && Descriptive.standardError(xs) == 0, "\(x)")
            let ci = Descriptive.meanInterval(xs)!
            #expect(ci.upper - ci.lower == 0 || ci.upper - ci.lower <= 2 * x.ulp, "\(x): \(ci)")
        }
        #expect(Descriptive.variance([1, 1, 2])! > 0)
    }
}
