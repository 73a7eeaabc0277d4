import ArgumentParser
import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the reference workloads: W1 (the digits grid) and W2 (a wide MLP).",
        discussion: "scripts/bench.sh runs these beside the PyTorch reference scripts and prints the ratios.")

    enum Workload: String, ExpressibleByArgument, CaseIterable { case w1, w2, all }

    @Argument(help: "w1, w2 or all.") var workload: Workload = .all
    @Option(help: "W1: the grid's run file.") var file = "experiments/optimizers.yaml"
    @Option(name: .short, help: "W1: cells trained at once (default: the number of cores).") var j = ProcessInfo
        .processInfo.activeProcessorCount
    @Option(help: "W2: BLAS threads (default: the number of cores).") var threads = ProcessInfo.processInfo
        .activeProcessorCount

    func validate() throws {
        try requireAtLeastOne(j, "-j")
        try requireAtLeastOne(threads, "--threads")
    }

    func run() throws {
        do {
            if workload != .w2 { print(try NNSweepRunner.Bench.grid(file: URL(fileURLWithPath: file), jobs: j).line) }
            if workload != .w1 { print(try NNSweepRunner.Bench.wideMLP(threads: threads).line) }
        } catch { fail("\(error)") }
    }
}
