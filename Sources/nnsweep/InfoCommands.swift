import ArgumentParser
import Foundation
import NNSweepKit
import NNEngine
import NNData

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the model of a run file the way torchsummary does.")
    @Argument(help: "The run file (YAML).") var file: String

    func run() throws {
        let plan = loadPlan(file)
        do { print(try ModelDescription.render(plan: plan)) } catch { fail("\(plan.file.path): \(error)") }
    }
}

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build and run the tutorial's three-layer network and print everything about it.",
                                                    subcommands: [DemoEMA.self, DemoActivations.self])
    @Option(help: "Seed for the weights and the data.") var seed: UInt64 = 0

    func run() throws { print(Self.text(NNSweepKit.Demo(seed: seed))) }

    /// The input, the probabilities, the summary and every parameter.
    static func text(_ demo: NNSweepKit.Demo) -> String {
        typealias D = NNSweepKit.Demo
        func row(_ v: ArraySlice<Float>) -> String { "[" + v.map { String(format: "%9.6f", $0) }.joined(separator: ", ") + "]" }
        var out = ["nnsweep demo: the tutorial's network (seed \(demo.seed))", "",
                   "input: \(D.samples) samples x \(D.features) features, standard normal"]
        for i in 0..<D.samples { out.append("  x[\(i)] = " + row(demo.input[(D.features * i)..<(D.features * (i + 1))])) }
        out.append("")
        out.append("output: class probabilities (Softmax over \(D.classes) classes)")
        for i in 0..<D.samples {
            let p = demo.probabilities[(D.classes * i)..<(D.classes * (i + 1))]
            out.append("  p[\(i)] = " + row(p) + String(format: "   sum = %.6f", p.reduce(0, +)))
        }
        out.append("")
        out.append(ModelSummary(layers: demo.layers, inputs: D.features).render())
        out.append("")
        out.append("named parameters:")
        for (i, l) in demo.layers.enumerated() {
            for (n, p) in l.namedParameters {
                out.append("  \(i).\(n) \(p.value.shape):")
                let cols = p.value.shape.count == 2 ? p.value.shape[1] : p.value.count
                let vals = p.value.array
                for start in stride(from: 0, to: vals.count, by: cols) { out.append("    " + row(vals[start..<(start + cols)])) }
            }
        }
        return out.joined(separator: "\n")
    }
}

struct Datasets: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the built-in data sets and synthetic generators.")

    func run() throws { print(Self.text) }

    static var text: String {
        var lines = ["builtin data sets (data: {builtin: NAME}):"]
        for d in BuiltinData.all {
            lines.append("  \(d.name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(d.rows) rows, \(d.features) features, \(d.task.rawValue); \(d.source)")
        }
        lines.append("synthetic generators (data: {synthetic: NAME, samples: 500, noise: 0.1, classes: N}):")
        lines.append("  " + Synthetic.names.joined(separator: ", ") + " (sine is regression)")
        return lines.joined(separator: "\n")
    }
}
