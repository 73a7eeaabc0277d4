import Foundation
import NNCluster
import NNCompare
import NNData
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner

/// A fresh temporary folder for one test.
func temporaryDirectory(_ name: String = #function) -> URL {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "nnsweep-tests-\(safe)-\(UUID().uuidString.prefix(8))")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `text` to `name` in `dir` and returns its URL.
@discardableResult
func write(_ text: String, _ name: String, in dir: URL) -> URL {
    let url = dir.appendingPathComponent(name)
    try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try! text.write(to: url, atomically: true, encoding: .utf8)
    return url
}

/// The error a run file gives, as the one line the user sees (nil when it parses).
func planError(_ yaml: String, file: String = "run.yaml") -> String? {
    let dir = temporaryDirectory()
    let url = write(yaml, file, in: dir)
    do {
        _ = try SweepPlan.load(url)
        return nil
    } catch { return "\(error)" }
}

/// Runs a plan to completion in `out` and returns the outcome.
@discardableResult
func runSweep(_ plan: SweepPlan, out: URL, jobs: Int = 1, fresh: Bool = false) throws -> SweepOutcome {
    var o = SweepOptions(out: out)
    o.jobs = jobs
    o.fresh = fresh
    o.progress = .quiet
    return try SweepRunner(plan: plan, options: o, log: { _ in }).run()
}

/// A CSV file's rows without the columns whose names end in `_seconds` (wall-clock time).
func tableWithoutTimes(_ url: URL) -> [[String]] {
    let rows = CSVTable.rows((try? String(contentsOf: url, encoding: .utf8)) ?? "")
    guard let header = rows.first else { return [] }
    let keep = header.indices.filter { !header[$0].hasSuffix("_seconds") }
    return rows.map { r in keep.map { $0 < r.count ? r[$0] : "" } }
}

/// A results folder's three tables without their wall-clock columns.
func sweepTables(_ dir: URL) -> [[[String]]] {
    ["runs.csv", "epochs.csv", "layers.csv"].map { tableWithoutTimes(dir.appendingPathComponent($0)) }
}

/// The path of the built `nnsweep` executable, beside the test bundle.
func nnsweepExecutable() -> URL? {
    var candidates: [URL] = []
    let arg0 = URL(fileURLWithPath: CommandLine.arguments[0])
    candidates.append(arg0.deletingLastPathComponent().appendingPathComponent("nnsweep"))
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("nnsweep"))
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("nnsweep"))
    var dir = arg0.deletingLastPathComponent()
    for _ in 0..<4 {
        candidates.append(dir.appendingPathComponent("nnsweep"))
        dir = dir.deletingLastPathComponent()
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
}

/// The executable as a process not yet started, its standard output and error on pipes.
func toolProcess(_ args: [String], in dir: URL? = nil) throws -> (process: Process, out: Pipe, err: Pipe) {
    guard let exe = nnsweepExecutable() else {
        throw NSError(domain: "tests", code: 1, userInfo: [NSLocalizedDescriptionKey: "nnsweep executable not found"])
    }
    let p = Process()
    p.executableURL = exe
    p.arguments = args
    if let dir { p.currentDirectoryURL = dir }
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    return (p, out, err)
}

/// Runs the executable; returns (exit status, stdout, stderr).
func runTool(_ args: [String], in dir: URL? = nil) throws -> (Int32, String, String) {
    let (p, out, err) = try toolProcess(args, in: dir)
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

let smallGrid = """
    name: small
    data: {synthetic: moons, samples: 120, noise: 0.2, test_fraction: 0.25}
    model: {hidden: [8], activation: tanh}
    loss: cross_entropy
    optimizer: {name: sgd, lr: 0.1}
    batch_size: 16
    epochs: 3
    seed: 7
    measure: {layers: true, train_eval: true}
    grid:
      init: [xavier, he]
      optimizer:
        SGD: {optimizer: {name: sgd, lr: 0.1}}
        Adam: {optimizer: {name: adam, lr: 0.01}}
      seed: [1, 2]
    """
