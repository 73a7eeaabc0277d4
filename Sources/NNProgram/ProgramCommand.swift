/// A program's command line: argv items, never a shell. An item may hold placeholders that are
/// filled from the cell's parameters, each as its own text (no word splitting, no quoting):
///
/// - `{optimizer.lr}`: the parameter's value (`0.001`, `adam`, `true`, a list as JSON);
/// - `{args}`, alone as an item: one item `--KEY=VALUE` per parameter, dotted keys, in order;
/// - `{params_file}`, `{metrics_file}`, `{run_dir}`, `{state_dir}`, `{epochs}`, `{seed}`: what the
///   environment variables of the contract hold;
/// - `{{` and `}}`: literal braces.
public struct ProgramCommand: Equatable, Sendable {
    public let items: [String]

    /// The names that stand for the contract's values rather than a parameter.
    public static let contractNames = ["params_file", "metrics_file", "run_dir", "state_dir", "epochs", "seed"]

    public init(_ items: [String]) { self.items = items }

    /// One part of an item: literal text or a placeholder's name.
    enum Part: Equatable {
        case text(String)
        case placeholder(String)
    }

    /// The parts of one item; an unclosed or empty `{` is an error.
    static func parts(_ item: String) throws(ParameterError) -> [Part] {
        var out: [Part] = []
        var text = ""
        var i = item.startIndex
        while i < item.endIndex {
            let c = item[i]
            let next = item.index(after: i)
            if c == "{" && next < item.endIndex && item[next] == "{" {
                text.append("{")
                i = item.index(after: next)
            } else if c == "}" && next < item.endIndex && item[next] == "}" {
                text.append("}")
                i = item.index(after: next)
            } else if c == "{" {
                guard let close = item[next...].firstIndex(of: "}") else {
                    throw ParameterError("'\(item)' has a '{' without its '}' (write {{ for a brace)")
                }
                let name = String(item[next..<close]).trimmingSpaces
                guard !name.isEmpty else { throw ParameterError("'\(item)' has an empty {}") }
                if !text.isEmpty { out.append(.text(text)) }
                text = ""
                out.append(.placeholder(name))
                i = item.index(after: close)
            } else if c == "}" {
                throw ParameterError("'\(item)' has a '}' without its '{' (write }} for a brace)")
            } else {
                text.append(c)
                i = next
            }
        }
        if !text.isEmpty || out.isEmpty { out.append(.text(text)) }
        return out
    }

    /// Every placeholder that names a parameter (not `args` nor a contract name), in order.
    public func parameterPlaceholders() throws(ParameterError) -> [String] {
        var out: [String] = []
        for item in items {
            for case .placeholder(let n) in try Self.parts(item)
            where n != "args" && !Self.contractNames.contains(n) && !out.contains(n) {
                out.append(n)
            }
        }
        return out
    }

    /// The argv with every placeholder filled. `contract` holds the contract names' values.
    public func expand(_ parameters: ProgramParameters, contract: [String: String]) throws(ParameterError) -> [String] {
        var out: [String] = []
        for item in items {
            let parts = try Self.parts(item)
            if parts == [.placeholder("args")] {
                out += parameters.leaves.map { "--\($0.key)=\($0.value.argument)" }
                continue
            }
            var s = ""
            for part in parts {
                switch part {
                case .text(let t): s += t
                case .placeholder("args"):
                    throw ParameterError("'\(item)': {args} stands for many items and must be an item of its own")
                case .placeholder(let n):
                    if let v = contract[n] {
                        s += v
                    } else if let v = parameters.value(at: n) {
                        s += v.argument
                    } else {
                        var m = "'\(item)': {\(n)} names no parameter"
                        let keys = parameters.leaves.map(\.key) + Self.contractNames
                        if let near = nearestName(n, in: keys) { m += " (did you mean {\(near)}?)" }
                        throw ParameterError(m)
                    }
                }
            }
            out.append(s)
        }
        return out
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

/// The name in `names` nearest to `word` by edit distance, when it is near enough to be a typo.
func nearestName(_ word: String, in names: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var prev = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let t = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = t
            }
        }
        return row[b.count]
    }
    let w = Array(word)
    let best = names.map { ($0, distance(w, Array($0))) }.min { $0.1 < $1.1 }
    guard let (name, d) = best, d <= max(2, w.count / 3) else { return nil }
    return name
}
