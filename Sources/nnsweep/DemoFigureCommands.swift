import ArgumentParser
import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner

/// `nnsweep demo ema`: the tutorial's exponential moving average illustration.
struct DemoEMA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ema",
        abstract:
            "Draw a noisy series with its exponential moving average for beta 0.5, 0.9 and 0.98, with and without bias correction."
    )
    @Option(help: "Seed of the noisy series.") var seed: UInt64 = 0
    @Option(help: "The PNG to write (its .gp and .dat go beside it).") var out: String = "out/demo-ema.png"

    func run() throws { try DemoFigureOutput.write(out) { try DemoFigures.writeEMA(to: $0, seed: seed) } }
}

/// `nnsweep demo activations`: every activation and its derivative, from the engine.
struct DemoActivations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activations",
        abstract: "Draw every activation of the engine and its derivative, computed by its forward and backward passes."
    )
    @Option(help: "The PNG to write (its .gp and .dat go beside it).") var out: String = "out/demo-activations.png"

    func run() throws { try DemoFigureOutput.write(out) { try DemoFigures.writeActivations(to: $0) } }
}

enum DemoFigureOutput {
    static func write(_ path: String, _ draw: (URL) throws -> [String]) throws {
        guard path.hasSuffix(".png") else { fail("--out must name a .png file, got '\(path)'") }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            fail("--out \(path) is a folder; give a .png file")
        }
        do {
            for w in try draw(url) { StandardError.write(w + "\n") }
            print(url.path)
        } catch {
            fail("cannot draw \(path): \("\(error)".split(separator: "\n").first ?? "")", code: 1)
        }
    }
}
