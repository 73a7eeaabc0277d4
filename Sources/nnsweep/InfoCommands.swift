import ArgumentParser
import Foundation
import NNCluster
import NNCompare
import NNData
import NNEngine
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the model of a run file the way torchsummary does.")
    @Argument(help: "The run file (YAML).") var file: String
    @Option(name: .customLong("max-input-bytes"), help: maxInputBytesHelp) var maxInputBytes = Limits
        .defaultMaxInputBytes

    func validate() throws { try requireAtLeastOne(maxInputBytes, "--max-input-bytes") }

    func run() throws {
        let plan = loadPlan(file, maxInputBytes: maxInputBytes)
        do { print(try ModelDescription.render(plan: plan)) } catch { fail("\(plan.file.path): \(error)") }
    }
}

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the tutorial's examples in Swift and print what they show.",
        subcommands: [DemoModel.self, DemoEMA.self, DemoActivations.self], defaultSubcommand: DemoModel.self)
}

struct DemoModel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Build and run the tutorial's three-layer network and print everything about it.")
    @Option(help: "Seed for the weights and the data.") var seed: UInt64 = 0
    @Option(help: "Number of samples in the input (randn(batch, 3)).") var batch: Int = 5

    func run() throws {
        do { print(try NNSweepRunner.Demo(seed: seed, batch: batch).render()) } catch { fail("\(error)") }
    }
}

struct Datasets: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the built-in data sets and synthetic generators.")

    func run() throws { print(Self.text) }

    static var text: String {
        var lines = ["builtin data sets (data: {builtin: NAME}):"]
        for d in BuiltinData.all {
            lines.append(
                "  \(d.name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(d.rows) rows, \(d.features) features, \(d.task.rawValue); \(d.source)"
            )
        }
        lines.append("synthetic generators (data: {synthetic: NAME, samples: 500, noise: 0.1, classes: N}):")
        lines.append("  " + Synthetic.names.joined(separator: ", ") + " (sine is regression)")
        return lines.joined(separator: "\n")
    }
}

struct Options: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Print every optimizer, scheduler, initializer, loss and activation with its options and defaults (Markdown; docs/options.md is this text)."
    )

    func run() throws { print(OptionReference.markdown()) }
}
