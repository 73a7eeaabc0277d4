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
    // One line; a report of several cells that cannot run keeps a few lines, one per cell.
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).map { oneLine(String($0)) }
    FileHandle.standardError.write(("nnsweep: " + lines.joined(separator: "\n") + "\n").data(using: .utf8)!)
    exit(code)
}

func stderrLine(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8)!) }

func loadPlan(_ path: String, maxCells: Int = Limits.defaultMaxCells) -> SweepPlan {
    do { return try SweepPlan.load(URL(fileURLWithPath: path), maxCells: maxCells) } catch { fail("\(error)") }
}

/// Ctrl-C and SIGTERM stop a sweep at once with a line that says how to resume. Finished cells
/// are already on disk (each written atomically); a cell in progress is run again next time.
/// The handlers are installed whatever the parent process left (an ignored or blocked signal is
/// inherited across exec), so that a sweep can always be stopped.
func installInterruptHandlers() {
    _ = interruptMessage.count   // initialized here, not inside the handler
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    sigaddset(&set, SIGTERM)
    sigprocmask(SIG_UNBLOCK, &set, nil)
    for sig in [SIGINT, SIGTERM] {
        signal(sig) { s in
            interruptMessage.withUnsafeBufferPointer { _ = write(2, $0.baseAddress, $0.count) }
            // Die of the signal itself, so that the parent sees how the process ended.
            signal(s, SIG_DFL)
            raise(s)
        }
    }
}

private let interruptMessage = Array("\nnnsweep: interrupted; finished cells are saved, run the same command again to resume\n".utf8)
