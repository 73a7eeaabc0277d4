import ArgumentParser
import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNProgram
import NNStatistics
import NNSweepRunner

@main
struct NNSweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nnsweep",
        abstract: "Train fully-connected networks and compare initializers, optimizers and schedulers.",
        version: NNSweepVersion.current,
        subcommands: [
            Run.self, Plot.self, Compare.self, Collect.self, Slurm.self, Bench.self, Summary.self, Demo.self,
            Datasets.self, Options.self, Seeds.self
        ]
    )

    /// ArgumentParser's main, except for a bad option or argument (which ArgumentParser reports
    /// with its usage text and status 64): that ends like all bad input, in one line on stderr
    /// with status 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            fail(usageLine(for: error))
        }
    }

    /// ArgumentParser's message for a usage error, on one line, with where to read more.
    static func usageLine(for error: Error) -> String {
        let message = message(for: error).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        // The last line of the full text reads "  See 'nnsweep run --help' for more information."
        let see = fullMessage(for: error).components(separatedBy: "See '").dropFirst().last?.prefix { $0 != "'" }
        return see.map { "\(message) (see '\($0)')" } ?? message
    }
}

/// `--shard I/N`: shard I of N, counted from 0.
struct ShardArgument {
    let index: Int, count: Int

    init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 2, let i = parts[0], let n = parts[1], n >= 1, i >= 0, i < n else {
            throw ValidationError("must be I/N with 0 <= I < N, such as 0/4")
        }
        index = i
        count = n
    }
}

/// A ValidationError unless `value` is at least 1.
func requireAtLeastOne(_ value: Int?, _ name: String) throws {
    if let value, value < 1 { throw ValidationError("\(name) must be at least 1, got \(value)") }
}

/// Prints one line on stderr and exits with `code`: how every user mistake ends.
func fail(_ message: String, code: Int32 = 2) -> Never {
    // One line; a report of several cells that cannot run keeps a few lines, one per cell.
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).map { oneLine(String($0)) }
    StandardError.write("nnsweep: " + lines.joined(separator: "\n") + "\n")
    exit(code)
}

func stderrLine(_ s: String) { StandardError.write(s + "\n") }

/// Ends the command for `error`: one line, status 1 for a file that could not be written (a full
/// disk, a read-only folder), 2 for bad input.
func fail(_ error: Error) -> Never {
    fail("\(error)", code: error is FileWriteError ? 1 : 2)
}

func loadPlan(_ path: String, maxCells: Int = Limits.defaultMaxCells, maxInputBytes: Int = Limits.defaultMaxInputBytes)
    -> SweepPlan
{
    do { return try SweepPlan.load(URL(fileURLWithPath: path), maxCells: maxCells, maxInputBytes: maxInputBytes) } catch
    { fail("\(error)") }
}

/// `--max-input-bytes`, on every command that reads a run file's data.
let maxInputBytesHelp = ArgumentHelp(
    "Refuse CSV data files larger than this many bytes (default: \(Limits.defaultMaxInputBytes), 2 GiB).",
    valueName: "bytes")

/// Ctrl-C and SIGTERM stop nnsweep at once with `message` (for a sweep, a line that says how to
/// resume: finished cells are already on disk, each written atomically, and a cell in progress
/// is run again next time). A running gnuplot is stopped too. The handlers are installed
/// whatever the parent process left (an ignored or blocked signal is inherited across exec), so
/// that nnsweep can always be stopped.
func installInterruptHandlers(
    message: String = "interrupted; finished cells are saved, run the same command again to resume"
) {
    let bytes = Array("\nnnsweep: \(message)\n".utf8)
    interruptMessage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = interruptMessage.initialize(from: bytes)
    ChildProcesses.prepare()  // initialized here, not inside the handler
    ProcessGroups.prepare()
    TemporaryFiles.prepare()
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    sigaddset(&set, SIGTERM)
    sigaddset(&set, SIGHUP)
    sigaddset(&set, SIGQUIT)
    sigprocmask(SIG_UNBLOCK, &set, nil)
    for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
        signal(sig) { s in
            TemporaryFiles.stop()
            ChildProcesses.stopAll()
            ProcessGroups.stopAll()
            TemporaryFiles.removeAll()
            _ = write(2, interruptMessage.baseAddress, interruptMessage.count)
            // Die of the signal itself, so that the parent sees how the process ended.
            signal(s, SIG_DFL)
            raise(s)
        }
    }
}

/// The line the handlers print: plain memory, readable from a signal handler.
nonisolated(unsafe) private var interruptMessage = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
