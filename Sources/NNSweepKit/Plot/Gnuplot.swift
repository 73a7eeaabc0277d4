import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// gnuplot, run as a separate process on a script file.
///
/// Each figure is a `.gp` script plus its data files, and drawing it is `gnuplot plots/NAME.gp`
/// from the sweep folder: the same command a user runs to redraw or restyle it. Driving the
/// program rather than a library: gnuplot has no library interface, and Debian's
/// `libgnuplot-iostream-dev` is a C++/Boost header that writes commands into the same kind of
/// pipe; from Swift it would need a C++ target and Boost, it would leave no script behind, and it
/// cannot report gnuplot's errors. Here gnuplot's standard error is read in full, a non-zero exit
/// becomes an error carrying gnuplot's own message and the script's path, and a run that takes
/// too long is killed.
public struct Gnuplot: Sendable {
    public let executable: URL
    /// Seconds one script may run before gnuplot is killed.
    public var timeout: TimeInterval

    public init(executable: URL, timeout: TimeInterval = 120) {
        self.executable = executable
        self.timeout = timeout
    }

    /// The `gnuplot` found on PATH, or nil when it is not installed.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Gnuplot? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("gnuplot")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return Gnuplot(executable: candidate)
            }
        }
        return nil
    }

    /// Runs `gnuplot SCRIPT` with `directory` as the working directory (the script's relative
    /// paths are resolved from there) and returns what gnuplot wrote on standard error (warnings;
    /// empty for a clean run).
    @discardableResult
    public func run(script: URL, in directory: URL) throws -> String {
        let scriptArgument = Self.relativePath(script, from: directory)
        let (status, _, err, timedOut) = try execute([scriptArgument], in: directory)
        if timedOut { throw GnuplotError.timedOut(script: script.path, seconds: timeout, message: err) }
        if status != 0 { throw GnuplotError.failed(script: script.path, status: status, message: err) }
        return err
    }

    /// `url`'s path relative to `base` when it lies inside it, else its full path.
    static func relativePath(_ url: URL, from base: URL) -> String {
        let p = url.standardizedFileURL.path, b = base.standardizedFileURL.path
        let prefix = b.hasSuffix("/") ? b : b + "/"
        return p.hasPrefix(prefix) ? String(p.dropFirst(prefix.count)) : p
    }

    /// Standard output, filled by the reading thread before it signals.
    private final class Box: @unchecked Sendable { var data = Data() }

    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }

    /// Starts gnuplot, reads its standard error to the end (standard output too, on another
    /// thread, so neither pipe can fill and stall it), then waits for it. A timer kills it after
    /// `timeout` seconds; the pipes then close and the reads end.
    private func execute(_ arguments: [String], in directory: URL?) throws -> (Int32, String, String, Bool) {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = directory }
        p.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch {
            throw GnuplotError.cannotStart(executable: executable.path, reason: "\(error)")
        }
        let pid = p.processIdentifier
        let killed = Flag()
        let exited = Flag()
        let killer = DispatchWorkItem {
            guard !exited.isSet else { return }
            killed.set()
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let outData = Box()
        let outDone = DispatchSemaphore(value: 0)
        let outReader = out.fileHandleForReading
        DispatchQueue.global().async {
            outData.data = outReader.readDataToEndOfFile()
            outDone.signal()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        outDone.wait()
        p.waitUntilExit()
        exited.set()
        killer.cancel()
        return (p.terminationStatus, String(decoding: outData.data, as: UTF8.self),
                String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), killed.isSet)
    }
}

/// Why a figure could not be drawn.
public enum GnuplotError: Error, CustomStringConvertible, Equatable {
    /// gnuplot is not on PATH.
    case notInstalled
    /// The executable exists but could not be started.
    case cannotStart(executable: String, reason: String)
    /// gnuplot exited with a non-zero status; `message` is its standard error.
    case failed(script: String, status: Int32, message: String)
    /// gnuplot ran longer than the time bound and was killed.
    case timedOut(script: String, seconds: Double, message: String)

    public static let installHint = "gnuplot is not installed; install it with: apt-get install gnuplot-nox fonts-dejavu-core"

    public var description: String {
        switch self {
        case .notInstalled:
            return Self.installHint
        case .cannotStart(let exe, let reason):
            return "cannot start \(exe): \(reason)"
        case .failed(let script, let status, let message):
            return "gnuplot failed on \(script) (exit status \(status))" + (message.isEmpty ? "" : ":\n" + message)
        case .timedOut(let script, let seconds, let message):
            return "gnuplot did not finish \(script) within \(Int(seconds)) s and was stopped" + (message.isEmpty ? "" : ":\n" + message)
        }
    }
}
