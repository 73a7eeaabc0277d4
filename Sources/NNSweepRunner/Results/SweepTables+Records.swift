import Foundation
import NNData
import NNEngine
import NNPlan
import NNStatistics

/// The cell records as JSON: how they are written and read (`cells/<id>.json`).
extension SweepTables {
    /// The cell's record when it is there and valid.
    public static func readRecord(_ dir: URL, _ cell: Cell) -> CellRecord? {
        if case .valid(let r) = ResultsFolder.lookup(dir, cell) { return r }
        return nil
    }

    public static func encode(_ record: CellRecord) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        e.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try e.encode(record)
    }

    static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return d
    }
}
