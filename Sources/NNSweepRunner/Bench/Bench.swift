import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// The reference workloads, run the way the PyTorch scripts in the benchmark folder run them.
public enum Bench {
    public struct Result: Sendable {
        public var name: String
        public var seconds: Double
        public var samplesPerSecond: Double?
        public var gflops: Double?
        public var peakMemoryMB: Double

        public var line: String {
            var s = "\(name): wall_seconds=\(String(format: "%.3f", seconds))"
            if let v = samplesPerSecond { s += " samples_per_second=\(String(format: "%.0f", v))" }
            if let g = gflops { s += " effective_gflops=\(String(format: "%.1f", g))" }
            return s + " peak_memory_mb=\(String(format: "%.1f", peakMemoryMB))"
        }
    }

    /// Peak resident memory of this process so far.
    public static var peakMemoryMB: Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_maxrss) / 1024  // kilobytes on Linux
    }

    /// W2: 784-512-256-10 ReLU, cross-entropy, Adam(lr 1e-3), batch 128, 16384 standard-normal
    /// samples with uniform labels; one warm-up epoch, then `epochs` timed epochs.
    /// Effective GFLOP/s = 6 × parameters × samples/s, as the PyTorch script computes it.
    public static func wideMLP(threads: Int, epochs: Int = 2) throws -> Result {
        BLAS.setThreads(threads)
        let n = 16384
        let d = 784
        var r = RandomSource(seed: 0)
        let x = (0..<(n * d)).map { _ in Float(r.nextNormal()) }
        let y = (0..<n).map { _ in Float(r.nextInt(below: 10)) }
        let data = Dataset(features: x, targets: y, featureCount: d, task: .classification, classes: 10)
        let spec = NetworkSpec(inputs: d, hidden: [512, 256], outputs: 10, activation: .relu)
        let network = try Sequential(
            spec: spec, initScheme: InitScheme(weight: .pytorchDefault, bias: .pytorchDefault), random: r.derived("net")
        )
        let optimizer = try OptimizerSpec.adam(lr: 1e-3).make(parameters: network.parameters)
        optimizer.threads = threads
        let settings = TrainingSettings(loss: .crossEntropy(), batchSize: 128, epochs: 1 + epochs, shuffle: false)
        let trainer = try Trainer(
            network: network, optimizer: optimizer, settings: settings, train: data, validation: nil,
            random: r.derived("trainer"))
        _ = trainer.runEpoch(1)
        let start = DispatchTime.now().uptimeNanoseconds
        for e in 0..<epochs { _ = trainer.runEpoch(2 + e) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let sps = Double(epochs * n) / seconds
        return Result(
            name: "W2 wide MLP (threads \(threads))", seconds: seconds, samplesPerSecond: sps,
            gflops: 6 * Double(network.parameterCount) * sps / 1e9, peakMemoryMB: peakMemoryMB)
    }

    /// W1: the whole digits grid of a run file, from scratch, in a temporary folder.
    public static func grid(file: URL, jobs: Int) throws -> Result {
        let plan = try SweepPlan.load(file)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("nnsweep-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: out) }
        var options = SweepOptions(out: out)
        options.jobs = jobs
        options.fresh = true
        options.progress = .quiet
        let start = DispatchTime.now().uptimeNanoseconds
        let outcome = try SweepRunner(plan: plan, options: options, log: { _ in }).run()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard outcome.failed == 0 else { throw SweepError("\(outcome.failed) cells failed") }
        return Result(
            name: "W1 \(plan.name) grid, \(plan.cells.count) cells (-j \(jobs))", seconds: seconds,
            samplesPerSecond: nil,
            gflops: nil, peakMemoryMB: peakMemoryMB)
    }
}
