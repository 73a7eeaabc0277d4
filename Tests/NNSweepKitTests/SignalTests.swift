import Foundation
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// Stopping nnsweep while it draws: Ctrl-C and SIGTERM stop gnuplot and leave no temporary file;
/// kill -9, which nnsweep cannot catch, still ends gnuplot (it dies with its parent), and the
/// next run removes the temporaries the killed one left.
@Suite(.serialized) struct SignalTests {
    @Test(arguments: [SIGINT, SIGTERM, SIGKILL])
    func stoppingNnsweepWhileDrawingStopsGnuplotAndCleansUp(signal: Int32) throws {
        let out = temporaryDirectory()
        try StorageTests.sweep(out)
        let pidFile = out.deletingLastPathComponent().appendingPathComponent("gnuplot-\(out.lastPathComponent).pid")
        let hung = try StorageTests.fakeGnuplot("echo $$ > '\(pidFile.path)'\nexec sleep 60")
        let path = hung.deletingLastPathComponent().path + ":/usr/bin:/bin"
        let err = Pipe()
        let p = try StorageTests.start(["plot", out.path], environment: ["PATH": path], errors: err)
        var pid: Int32?
        for _ in 0..<200 where pid == nil {
            pid = (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap {
                Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            if pid == nil { usleep(50_000) }
        }
        guard let pid else {
            p.terminate()
            Issue.record("the fake gnuplot did not start")
            return
        }
        defer { kill(pid, SIGKILL) }
        #expect(StorageTests.isRunning(pid))
        // gnuplot starts while nnsweep prepares the figures; once their scripts are there, under
        // their temporary names, it is drawing them.
        for _ in 0..<200 where StorageTests.temporaries(out).isEmpty { usleep(50_000) }
        #expect(!StorageTests.temporaries(out).isEmpty)
        kill(p.processIdentifier, signal)
        _ = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == signal)
        var running = true
        for _ in 0..<40 where running {
            running = StorageTests.isRunning(pid)
            if running { usleep(50_000) }
        }
        #expect(!running, "gnuplot (pid \(pid)) still runs after nnsweep got signal \(signal)")
        if signal == SIGKILL {
            // Left by the killed process; the next plot removes them (their process is gone).
            #expect(!StorageTests.temporaries(out).isEmpty)
            let (status, _, e) = try runTool(["plot", out.path, "--quiet"])
            #expect(status == 0 || status == 3, "\(e)")
        }
        #expect(StorageTests.temporaries(out).isEmpty, "\(StorageTests.temporaries(out))")
    }
}
