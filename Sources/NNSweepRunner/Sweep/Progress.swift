import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// Progress of a sweep on stderr: a live line on a terminal (cells done / total, the running
/// ones, elapsed time, an estimate of the time left), one plain line per finished cell otherwise.
final class Progress: @unchecked Sendable {
    private let total: Int
    private let axes: [Axis]
    private let live: Bool
    private let quiet: Bool
    private let log: (String) -> Void
    private let lock = NSLock()
    private var done = 0
    private var running: [String: String] = [:]
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var ticker: Thread?
    private var stopped = false

    init(total: Int, axes: [Axis], style: SweepOptions.ProgressStyle, log: @escaping (String) -> Void) {
        self.total = total
        self.axes = axes
        self.log = log
        quiet = style == .quiet
        live = !quiet && isatty(2) == 1
        if live {
            let t = Thread { [weak self] in
                while let s = self, !s.isStopped {
                    s.draw(force: true)
                    Thread.sleep(forTimeInterval: 0.5)
                }
            }
            ticker = t
            t.start()
        }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func name(_ cell: Cell) -> String {
        axes.isEmpty ? cell.config.name : cell.axisValues.joined(separator: "/")
    }

    func started(_ cell: Cell) {
        lock.lock()
        running[cell.id] = name(cell)
        lock.unlock()
        draw(force: false)
    }

    func finished(_ cell: Cell, _ r: CellRecord) {
        lock.lock()
        running[cell.id] = nil
        done += 1
        let n = done
        lock.unlock()
        if !live && !quiet {
            var s = "[\(n)/\(total)] \(name(cell)): \(r.status.rawValue)"
            if let last = r.last {
                if let a = last.valAccuracy {
                    s += ", val_accuracy \(String(format: "%.4f", a))"
                } else if let v = last.valLoss {
                    s += ", val_loss \(String(format: "%.4g", v))"
                } else {
                    s += ", train_loss \(String(format: "%.4g", last.trainLoss))"
                }
            }
            if r.status != .ok { s += " (\(r.message))" }
            s += String(format: ", %.2fs", r.trainSeconds)
            log(s)
        }
        draw(force: false)
    }

    private func draw(force: Bool) {
        guard live else { return }
        lock.lock()
        let now = Date()
        if !force && now.timeIntervalSince(lastDraw) < 0.1 {
            lock.unlock()
            return
        }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        var line = "[\(done)/\(total)] \(Self.duration(elapsed))"
        if done > 0 && done < total {
            line += ", ~\(Self.duration(elapsed / Double(done) * Double(total - done))) left"
        }
        if !running.isEmpty { line += " | running: " + running.values.sorted().joined(separator: ", ") }
        lock.unlock()
        let width = 118
        if line.count > width { line = String(line.prefix(width - 1)) + "…" }
        StandardError.write("\r\u{1B}[K" + line)
    }

    func end() {
        lock.lock()
        stopped = true
        lock.unlock()
        if live {
            draw(force: true)
            StandardError.write("\n")
        }
    }

    static func duration(_ s: Double) -> String {
        if s < 60 { return String(format: "%.1fs", s) }
        let m = Int(s) / 60
        let sec = Int(s) % 60
        if m < 60 { return "\(m)m\(sec < 10 ? "0" : "")\(sec)s" }
        return "\(m / 60)h\(m % 60 < 10 ? "0" : "")\(m % 60)m"
    }
}
