import ArgumentParser
import Foundation
import NNSweepKit

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the model of a run file the way torchsummary does.")
    @Argument(help: "The run file (YAML).") var file: String

    func run() throws {
        let plan = loadPlan(file)
        do { print(try ModelDescription.render(plan: plan)) } catch { fail("\(plan.file.path): \(error)") }
    }
}

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build and run the tutorial's three-layer network and print everything about it.")
    @Option(help: "Seed for the weights and the data.") var seed: UInt64 = 0

    func run() throws { print(NNSweepKit.Demo.render(seed: seed)) }
}
