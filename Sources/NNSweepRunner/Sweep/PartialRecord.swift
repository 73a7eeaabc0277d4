import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// `cells/<id>.partial`: the epochs a running cell has finished, for readers while it trains (the
/// live tables, figures and report), removed once its record is written.
///
/// The file is JSON lines that only grow: the first line is the cell's record without epochs
/// (`CellRecord`, its fixed fields), then one line per finished epoch (`Line`: the epoch's row and
/// the learning rates of its steps for a schedule that steps per step). Publishing appends the
/// epochs finished since the last time and never rewrites what is there, so the cost of a long
/// cell's publishing grows with its epochs, not with their square. A reader takes the first line
/// and every whole line after it and ignores a last line that a writer killed in the middle of
/// an append left torn (or any line that does not read, with everything after it).
public enum PartialRecord {
    /// One epoch of a running cell.
    struct Line: Codable {
        var epoch: EpochRecord
        var stepLR: [Double]?
    }

    /// The record so far: the first line's record with the epochs of the whole lines after it;
    /// nil when not even the first line is whole. A file of one JSON object without a line
    /// break, as nnsweep wrote partial records before they grew by lines, reads as that record.
    public static func decode(_ data: Data) -> CellRecord? { decode(data, decoder: SweepTables.decoder()) }

    static func decode(_ data: Data, decoder: JSONDecoder) -> CellRecord? {
        let newline = UInt8(ascii: "\n")
        guard let end = data.firstIndex(of: newline) else { return try? decoder.decode(CellRecord.self, from: data) }
        guard var record = try? decoder.decode(CellRecord.self, from: data[data.startIndex..<end]) else { return nil }
        var start = data.index(after: end)
        while let next = data[start...].firstIndex(of: newline) {
            guard let line = try? decoder.decode(Line.self, from: data[start..<next]) else { break }
            record.epochs.append(line.epoch)
            if let lrs = line.stepLR {
                if record.stepLR == nil { record.stepLR = [] }
                record.stepLR!.append(contentsOf: lrs)
            }
            start = data.index(after: next)
        }
        return record
    }

    /// The first line: `record` without its epochs, layers and step learning rates.
    static func header(_ record: CellRecord, encoder: JSONEncoder) throws -> Data {
        var head = record
        head.epochs = []
        head.layers = []
        head.stepLR = nil
        var line = try encoder.encode(head)
        line.append(UInt8(ascii: "\n"))
        return line
    }

    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        e.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return e
    }
}

/// Publishes a running cell's epochs to its partial record (`PartialRecord`) at most every
/// `interval` nanoseconds: the first time the file with its first line and the epochs so far,
/// then only the epochs finished since, appended as whole lines. A write that fails is dropped
/// (readers then see the cell as not started or with fewer epochs) and the next publish starts the
/// file anew.
public final class PartialRecordWriter {
    public let url: URL
    let interval: UInt64
    let clock: () -> UInt64
    private var file: AtomicFile.AppendOnlyFile?
    private var last: UInt64
    private var epochsWritten = 0, stepLRWritten = 0
    private let encoder = PartialRecord.encoder()
    /// Bytes and write calls over the writer's life, every file it started included.
    public private(set) var bytesWritten = 0
    public private(set) var writes = 0

    /// `interval`: nanoseconds from the start, and between publishes; 0 publishes every epoch.
    public init(url: URL, interval: UInt64, clock: @escaping () -> UInt64 = CellRunner.uptime) {
        self.url = url
        self.interval = interval
        self.clock = clock
        last = clock()
    }

    /// Whether a file was written (which the caller then removes when the cell's record is in place).
    public var wrote: Bool { writes > 0 }

    /// Called after every epoch with the record so far (`CellRunner.run`'s `publish`).
    public func publish(_ record: CellRecord) {
        let now = clock()
        guard now &- last >= interval else { return }
        last = now
        do {
            try write(record)
        } catch {
            file?.close()
            file = nil
        }
    }

    private func write(_ record: CellRecord) throws {
        let fresh = file == nil
        if fresh {
            epochsWritten = 0
            stepLRWritten = 0
        }
        var chunk = fresh ? try PartialRecord.header(record, encoder: encoder) : Data()
        // The step learning rates are split among the new epochs as the epochs hold steps.
        let steps = record.stepLR ?? []
        let newEpochs = record.epochs.count - epochsWritten
        guard fresh || newEpochs > 0 else { return }
        let perEpoch = newEpochs > 0 && steps.count > stepLRWritten ? (steps.count - stepLRWritten) / newEpochs : 0
        for (k, e) in record.epochs[epochsWritten...].enumerated() {
            var lrs: [Double]? = nil
            if perEpoch > 0 {
                let from = stepLRWritten + k * perEpoch
                let to = k == newEpochs - 1 ? steps.count : from + perEpoch
                lrs = Array(steps[from..<to])
            }
            chunk.append(try encoder.encode(PartialRecord.Line(epoch: e, stepLR: lrs)))
            chunk.append(UInt8(ascii: "\n"))
        }
        if let file {
            try file.append(chunk)
        } else {
            file = try AtomicFile.AppendOnlyFile(url: url, first: chunk)
        }
        bytesWritten += chunk.count
        writes += 1
        epochsWritten = record.epochs.count
        stepLRWritten = steps.count
    }

    /// Closes the file; it stays for readers until the caller removes it.
    public func close() {
        file?.close()
        file = nil
    }
}
