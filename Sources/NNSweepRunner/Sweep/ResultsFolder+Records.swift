import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// The cell records of a results folder: whether a record can be trusted for its cell, and where
/// one that cannot goes (`invalid/`, never deleted).
extension ResultsFolder {
    /// Why the record of `cell` in `dir` cannot be trusted; nil when it is a complete record of
    /// this cell. A missing record is not checked here.
    static func problem(with record: CellRecord?, of cell: Cell) -> String? {
        guard let r = record else { return "it is not a cell record (empty, cut short or not JSON of nnsweep)" }
        if r.id != cell.id { return "it is the record of cell \(quoted(r.id)), not of \(cell.id)" }
        if r.seed != cell.config.seed {
            return "it was trained with seed \(r.seed), the cell has seed \(cell.config.seed)"
        }
        if String(cell.cellSeed) != r.cellSeed { return "its stream seed \(quoted(r.cellSeed)) is not the cell's" }
        if let s = r.settings {
            let mine = Dictionary(cell.config.settings.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            if let k = mine.keys.sorted().first(where: { s[$0] != mine[$0] }) {
                return "it was trained with \(k) = \(quoted(s[k] ?? "(none)")), the cell has \(quoted(mine[k] ?? ""))"
            }
        }
        for (i, e) in r.epochs.enumerated() where e.epoch != i + 1 {
            return "its epochs are not numbered 1 to \(r.epochs.count)"
        }
        switch r.status {
        case .ok where r.epochs.count != (r.trainedThrough ?? cell.config.epochs):
            return "it has \(r.epochs.count) of the \(r.trainedThrough ?? cell.config.epochs) epochs"
        case .diverged where r.divergedEpoch == nil || r.epochs.count > cell.config.epochs:
            return "it says diverged but not when"
        default:
            return nil
        }
    }

    /// The record of `cell` when present and valid; `.invalid` with the reason otherwise.
    enum Lookup {
        case missing
        case valid(CellRecord)
        case invalid(String)
    }

    static func lookup(_ dir: URL, _ cell: Cell, decoder: JSONDecoder = SweepTables.decoder()) -> Lookup {
        let url = Layout.recordURL(dir, cell.id)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return FileManager.default.fileExists(atPath: url.path) ? .invalid("it cannot be read") : .missing
        }
        let record = try? decoder.decode(CellRecord.self, from: data)
        if let p = problem(with: record, of: cell) { return .invalid(p) }
        return .valid(record!)
    }

    /// Moves an invalid record to `dir/invalid/` (never deletes it) and returns where it went.
    static func quarantine(_ dir: URL, _ id: String) throws -> URL {
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent(Layout.invalid), withIntermediateDirectories: true)
        var n = 1
        var dest = Layout.invalidRecordURL(dir, id, copy: n)
        while fm.fileExists(atPath: dest.path) {
            n += 1
            dest = Layout.invalidRecordURL(dir, id, copy: n)
        }
        try fm.moveItem(at: Layout.recordURL(dir, id), to: dest)
        return dest
    }
}
