import Foundation
import Testing

@testable import NNFigures
@testable import NNStatistics

/// Results over several data sets as rliable summarizes them: its own numbers on a fixture
/// (`scripts/make_rliable_fixtures.py`).
@Suite struct AcrossTasksTests {
    static func fixture() throws -> [String: Any] {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("rliable.json"))
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func numbers(_ o: Any?) -> [Double] { ((o as? [NSNumber]) ?? []).map(\.doubleValue) }

    static func scores(_ methods: [String: Any], _ name: String) throws -> [[Double]] {
        let m = try #require(methods[name] as? [String: Any])
        return ((m["scores"] as? [[NSNumber]]) ?? []).map { $0.map(\.doubleValue) }
    }

    /// The point estimates are rliable's to the last digits; the bootstrap intervals (another
    /// generator, fewer resamples) within a tenth of their width.
    @Test func aggregatesAndTheirIntervalsMatchRliable() throws {
        let f = try Self.fixture()
        let methods = try #require(f["methods"] as? [String: Any])
        #expect(methods.count == 3)
        for (name, value) in methods {
            let m = try #require(value as? [String: Any])
            let s = try Self.scores(methods, name)
            #expect(s.count == 4 && s.allSatisfy { $0.count == 10 })
            let iqm = try #require(AcrossTasks.iqm(s))
            let mean = try #require(AcrossTasks.mean(s))
            #expect(abs(iqm - (m["iqm"] as! NSNumber).doubleValue) < 1e-12, "\(name)")
            #expect(abs(mean - (m["mean"] as! NSNumber).doubleValue) < 1e-12, "\(name)")
            for (key, statistic) in [
                ("iqm_ci", { (g: [[[Double]]]) in AcrossTasks.iqm(g[0]) }),
                ("mean_ci", { (g: [[[Double]]]) in AcrossTasks.mean(g[0]) })
            ] {
                let want = Self.numbers(m[key])
                let got = try #require(AcrossTasks.bootstrapInterval([s], resamples: 20_000, statistic: statistic))
                let width = want[1] - want[0]
                #expect(abs(got.lower - want[0]) <= 0.1 * width, "\(name) \(key): \(got) against \(want)")
                #expect(abs(got.upper - want[1]) <= 0.1 * width, "\(name) \(key): \(got) against \(want)")
            }
        }
    }

    @Test func probabilityOfImprovementMatchesRliable() throws {
        let f = try Self.fixture()
        let methods = try #require(f["methods"] as? [String: Any])
        let poi = try #require(f["probability_of_improvement"] as? [String: Any])
        #expect(poi.count == 6)
        for (key, value) in poi {
            let pair = key.split(separator: ",").map(String.init)
            let (x, y) = (try Self.scores(methods, pair[0]), try Self.scores(methods, pair[1]))
            let e = try #require(value as? [String: Any])
            let p = try #require(AcrossTasks.probabilityOfImprovement(x, y))
            #expect(abs(p - (e["p"] as! NSNumber).doubleValue) < 1e-12, "\(key)")
            // X over Y and Y over X add up to 1.
            #expect(abs(p + AcrossTasks.probabilityOfImprovement(y, x)! - 1) < 1e-12)
            let want = Self.numbers(e["ci"])
            let got = try #require(
                AcrossTasks.bootstrapInterval([x, y], resamples: 20_000) {
                    AcrossTasks.probabilityOfImprovement($0[0], $0[1])
                })
            let width = want[1] - want[0]
            #expect(abs(got.lower - want[0]) <= 0.1 * width, "\(key): \(got) against \(want)")
            #expect(abs(got.upper - want[1]) <= 0.1 * width, "\(key): \(got) against \(want)")
        }
    }

    @Test func edgesAndDirection() {
        // Lower is better (a loss): the smaller values win.
        #expect(AcrossTasks.probabilityOfImprovement([[1, 2]], [[3, 4]], higherIsBetter: false) == 1)
        #expect(AcrossTasks.probabilityOfImprovement([[1, 2]], [[3, 4]]) == 0)
        // Ties count a half; tasks weigh equally whatever their runs.
        #expect(AcrossTasks.probabilityOfImprovement([[1], [5, 5]], [[1], [4, 6]]) == 0.5)
        #expect(AcrossTasks.mean([[1, 1, 1, 1], [3]]) == 2)
        #expect(AcrossTasks.mean([[1], []]) == nil)
        #expect(AcrossTasks.probabilityOfImprovement([[1]], [[1], [2]]) == nil)
        // The same seed gives the same interval.
        let s: [[Double]] = [[0.9, 0.8, 0.85], [0.7, 0.75, 0.72]]
        #expect(
            AcrossTasks.bootstrapInterval([s], resamples: 500) { AcrossTasks.mean($0[0]) }
                == AcrossTasks.bootstrapInterval([s], resamples: 500) { AcrossTasks.mean($0[0]) })
    }
}
