import ArgumentParser
import Foundation
import NNCompare
import NNPlan
import NNSweepRunner

struct Seeds: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How many seeds find a given difference, planned from a pilot sweep.",
        discussion: """
            Reads the pilot sweep's results in DIR (run with a few seeds, say 5) and, for each setting's comparison \
            with the best (as the terminal summary and report.html make it), scales the spread of its per-seed \
            differences to n seeds: n is the smallest for which that comparison finds a true difference of \
            --difference with --power, two-sided at alpha 0.05 divided by the number of comparisons. Prints the \
            median, the 90th percentile and the largest n, and one row per setting. Writes nothing.
            """)

    @Argument(help: "The pilot sweep's results folder.") var dir: String
    @Option(help: ArgumentHelp("The difference to find, in the metric's unit (such as 0.005).", valueName: "d"))
    var difference: Double
    @Option(help: "The probability of finding it (default 0.8).") var power: Double = 0.8
    @Option(name: .customLong("max-seeds"), help: "The most seeds to consider (default 10000).") var maxSeeds = 10_000
    @Option(help: "The run file (default: the one recorded in DIR/manifest.json).") var file: String?

    func validate() throws {
        guard difference.isFinite, difference > 0 else {
            throw ValidationError("--difference must be a positive number in the metric's unit, got \(difference)")
        }
        guard power >= 0.5, power < 1 else {
            throw ValidationError("--power must be from 0.5 to below 1, got \(power)")
        }
        guard maxSeeds >= 2 else { throw ValidationError("--max-seeds must be at least 2, got \(maxSeeds)") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: dir)
        var plan: SweepPlan
        do {
            plan = try Collector.plan(dir: url, file: file.map { URL(fileURLWithPath: $0) })
            // A tuned grid's pilot is its final runs (the selected setting of each group).
            if plan.tune != nil {
                guard let final = try TuneRunner.finalPlan(plan: plan, dir: url) else {
                    fail("\(dir): the tuned search is not complete; finish the pilot sweep first")
                }
                plan = final
            }
        } catch { fail(error) }
        guard let parts = SweepSummary.rankings(plan: plan, dir: url)?.rankings else {
            fail("\(dir) has no results yet; run the pilot sweep into it first")
        }
        guard parts.contains(where: { $0.ranking.comparisons > 0 }) else {
            fail("\(dir) has no two settings with two seeds each to compare; a pilot needs a grid and seeds: N")
        }
        print(SeedPlanner.render(plan: plan, dir: url, difference: difference, power: power, maxSeeds: maxSeeds))
    }
}
