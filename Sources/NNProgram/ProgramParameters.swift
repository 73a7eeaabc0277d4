/// A program cell's parameters: a free-form tree (the run file's `params:` with the grid's values
/// laid over it), addressed by dotted keys (`optimizer.lr`) as grids, presets and `tune:`
/// address the built-in engine's settings.
public struct ProgramParameters: Equatable, Sendable {
    public private(set) var root: JSONObject

    public init(_ root: JSONObject = JSONObject()) { self.root = root }

    /// The value at a dotted key, or nil.
    public func value(at key: String) -> JSONValue? {
        var node = JSONValue.object(root)
        for part in key.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            guard case .object(let o) = node, let next = o[part] else { return nil }
            node = next
        }
        return node
    }

    /// Sets the value at a dotted key, making the maps on its way; a key whose way passes through
    /// a value that is not a map is an error (naming that part).
    public mutating func set(_ key: String, to value: JSONValue) throws(ParameterError) {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { throw ParameterError("'\(key)' has an empty part") }
        root = try Self.setting(root, parts[...], value, whole: key)
    }

    private static func setting(_ o: JSONObject, _ parts: ArraySlice<String>, _ value: JSONValue, whole: String)
        throws(ParameterError) -> JSONObject
    {
        var o = o
        let head = parts.first!
        if parts.count == 1 {
            o[head] = value
            return o
        }
        let child: JSONObject
        switch o[head] {
        case nil: child = JSONObject()
        case .object(let c)?: child = c
        case let other?:
            throw ParameterError("'\(whole)': '\(head)' is \(other.text), not a map of parameters")
        }
        o[head] = .object(try setting(child, parts.dropFirst(), value, whole: whole))
        return o
    }

    /// Every leaf under its dotted key, in the tree's order (a list is a leaf).
    public var leaves: [(key: String, value: JSONValue)] {
        var out: [(key: String, value: JSONValue)] = []
        func walk(_ o: JSONObject, _ prefix: String) {
            for (k, v) in o.pairs {
                let key = prefix.isEmpty ? k : "\(prefix).\(k)"
                if case .object(let c) = v, !c.pairs.isEmpty { walk(c, key) } else { out.append((key, v)) }
            }
        }
        walk(root, "")
        return out
    }

    /// The JSON text a program reads from `NNSWEEP_PARAMS`.
    public var json: String { JSONValue.object(root).text + "\n" }
}

/// A mistake in addressing the parameters.
public struct ParameterError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
