import ArgumentParser
import Foundation
import NNSweepKit

@main
struct NNSweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nnsweep",
        abstract: "Train fully-connected networks and compare initializers, optimizers and schedulers.",
        version: NNSweepVersion.current,
        subcommands: [Run.self, Plot.self, Compare.self, Collect.self, Slurm.self, Bench.self, Summary.self, Demo.self, Datasets.self]
    )
}

/// Prints one line on stderr and exits with `code`: how every user mistake ends.
func fail(_ message: String, code: Int32 = 2) -> Never {
    FileHandle.standardError.write(("nnsweep: " + message + "\n").data(using: .utf8)!)
    exit(code)
}

func stderrLine(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8)!) }

func loadPlan(_ path: String) -> SweepPlan {
    do { return try SweepPlan.load(URL(fileURLWithPath: path)) } catch { fail("\(error)") }
}
