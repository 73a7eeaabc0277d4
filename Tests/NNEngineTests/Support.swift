import Foundation
import NNEngine
import Testing

// Shared helpers for the engine tests: fixture loading, JSON access, tolerant comparisons and
// mappings from the fixtures' PyTorch-style settings to engine values.

// MARK: - Fixtures

enum Fixtures {
    static let directory: URL = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the Fixtures folder is missing from the test bundle")
        }
        return url
    }()

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func json(_ name: String) throws -> JSON {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return JSON(try JSONDecoder().decode(JSONValue.self, from: data))
    }

    /// Loaded once: the fixtures do not change while the tests run.
    static let layers = try! json("layers.json")
    static let losses = try! json("losses.json")
    static let optimizers = try! json("optimizers.json")
    static let schedulers = try! json("schedulers.json")
    static let training = try! json("training.json")

    /// One fixture case, by its index in the file's "cases" list, labelled for test output.
    static func cases(_ file: JSON) -> [FixtureCase] {
        file["cases"].array.enumerated().map { i, c in
            let params = c["params"]
            var label = c["name"].string
            if !params.isNull {
                let parts = params.keys.sorted().map { "\($0)=\(params[$0].text)" }
                if !parts.isEmpty { label += "(" + parts.joined(separator: ", ") + ")" }
            }
            return FixtureCase(index: i, label: label)
        }
    }
}

struct FixtureCase: Sendable, CustomTestStringConvertible {
    let index: Int
    let label: String
    var testDescription: String { "#\(index) \(label)" }
}

/// A parsed JSON document. Decoded with JSONDecoder, not JSONSerialization: on Linux,
/// Foundation's JSONSerialization does not round decimal numbers correctly (it reads
/// 0.010000000000000002 as 0.010000000000000005), which would corrupt the exact fixture values.
indirect enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }
}

/// Read-only access to a JSON tree. A missing key or wrong type is a test bug, so the typed
/// accessors stop with a message naming what was asked for.
struct JSON {
    let value: JSONValue?
    init(_ value: JSONValue?) { self.value = value }

    subscript(key: String) -> JSON {
        guard case .object(let o)? = value else { return JSON(nil) }
        return JSON(o[key])
    }
    subscript(index: Int) -> JSON {
        guard case .array(let a)? = value, index < a.count else { return JSON(nil) }
        return JSON(a[index])
    }

    var isNull: Bool {
        if case .null? = value { return true }
        return value == nil
    }
    var array: [JSON] {
        guard case .array(let a)? = value else { return [] }
        return a.map(JSON.init)
    }
    var keys: [String] {
        guard case .object(let o)? = value else { return [] }
        return o.keys.sorted()
    }
    var doubleOrNil: Double? {
        guard case .number(let d)? = value else { return nil }
        return d
    }
    var double: Double {
        guard let d = doubleOrNil else { fatalError("JSON value \(String(describing: value)) is not a number") }
        return d
    }
    var int: Int {
        guard let d = doubleOrNil, let i = Int(exactly: d) else {
            fatalError("JSON value \(String(describing: value)) is not an integer")
        }
        return i
    }
    var bool: Bool {
        guard case .bool(let b)? = value else { fatalError("JSON value \(String(describing: value)) is not a boolean") }
        return b
    }
    var string: String {
        guard case .string(let s)? = value else {
            fatalError("JSON value \(String(describing: value)) is not a string")
        }
        return s
    }
    /// A short rendering for labels.
    var text: String {
        switch value {
        case .string(let s)?: return s
        case .array(let a)?: return "[" + a.map { JSON($0).text }.joined(separator: ",") + "]"
        case .number(let d)?: return d == d.rounded() && abs(d) < 1e9 ? String(Int(d)) : String(d)
        case .bool(let b)?: return String(b)
        default: return "null"
        }
    }

    /// A fixture tensor: {"shape": [...], "data": [flat row-major]}.
    var tensor: FixtureTensor {
        FixtureTensor(shape: self["shape"].array.map(\.int), data: self["data"].array.map(\.double))
    }
    /// A plain list of numbers.
    var doubles: [Double] { array.map(\.double) }
}

struct FixtureTensor {
    let shape: [Int]
    /// Float32 values written as the doubles they convert to exactly.
    let data: [Double]
    var floats: [Float] { data.map { Float($0) } }
    var count: Int { data.count }
    func makeTensor() -> Tensor { Tensor(shape: shape, values: floats) }
}

// MARK: - Comparisons

/// |actual - expected| <= abs + rel · |expected|, element-wise.
struct Tolerance: CustomStringConvertible {
    var rel: Double
    var abs: Double
    static let exact = Tolerance(rel: 0, abs: 0)
    func allows(_ a: Double, _ e: Double) -> Bool {
        if a.isNaN || e.isNaN { return false }
        return Swift.abs(a - e) <= self.abs + rel * Swift.abs(e)
    }
    var description: String { "rel \(rel), abs \(abs)" }
}

/// Expects every element within tolerance; reports one failure with the worst element.
func expectClose(
    _ actual: [Double], _ expected: [Double], _ tol: Tolerance, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual.count == expected.count else {
        Issue.record("\(what): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
        return
    }
    var bad = 0
    var worst = -1
    var worstExcess = -Double.infinity
    for i in 0..<actual.count {
        let a = actual[i]
        let e = expected[i]
        if !tol.allows(a, e) {
            bad += 1
            let excess = a.isNaN ? .infinity : abs(a - e) / (tol.abs + tol.rel * abs(e) + .leastNonzeroMagnitude)
            if excess > worstExcess {
                worstExcess = excess
                worst = i
            }
        }
    }
    if ProcessInfo.processInfo.environment["NNTEST_REPORT"] != nil {
        // Calibration aid: the largest |diff| and the share of the tolerance it uses.
        var maxDiff = 0.0
        var maxShare = 0.0
        for i in 0..<actual.count {
            let d = abs(actual[i] - expected[i])
            maxDiff = max(maxDiff, d)
            maxShare = max(maxShare, d / (tol.abs + tol.rel * abs(expected[i]) + .leastNonzeroMagnitude))
        }
        print("TOL \(what) | max diff \(maxDiff) | share of tolerance \(maxShare)")
    }
    if bad > 0 {
        let a = actual[worst]
        let e = expected[worst]
        Issue.record(
            "\(what): \(bad) of \(actual.count) values outside \(tol); worst [\(worst)]: got \(a), expected \(e) (diff \(abs(a - e)))",
            sourceLocation: sourceLocation)
    }
}

func expectClose(
    _ actual: [Float], _ expected: [Double], _ tol: Tolerance, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectClose(actual.map(Double.init), expected, tol, what, sourceLocation: sourceLocation)
}

func expectClose(
    _ actual: Double, _ expected: Double, _ tol: Tolerance, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectClose([actual], [expected], tol, what, sourceLocation: sourceLocation)
}

/// Bit-for-bit equality of float arrays (distinguishes -0 from 0 and compares NaNs by bits).
func bitsEqual(_ a: [Float], _ b: [Float]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
}

// MARK: - Running layers on arrays

/// Runs a layer forward on `x` (kept alive by the caller: layers keep a pointer to their input
/// for the backward pass) and returns a copy of the output.
func forward(_ layer: Layer, _ x: Tensor, batch: Int, training: Bool) -> [Float] {
    layer.reserve(batch: batch)
    let y = layer.forward(x.data, batch: batch, training: training)
    return Array(UnsafeBufferPointer(start: y, count: batch * layer.outputFeatures))
}

/// Runs a layer backward with `gy` and returns a copy of the input gradient.
func backward(_ layer: Layer, _ gy: [Float], batch: Int) -> [Float] {
    gy.withUnsafeBufferPointer { g in
        let dx = layer.backward(g.baseAddress!, batch: batch, needInputGradient: true)!
        return Array(UnsafeBufferPointer(start: dx, count: batch * layer.inputFeatures))
    }
}

// MARK: - Fixture settings → engine values

enum Settings {
    /// A concept from its name and PyTorch's keyword arguments, through the concept's own
    /// declaration: every fixture key must be a declared option (so the declared names are
    /// PyTorch's), and the ones not given take the declared defaults.
    static func concept<F: ConceptFamily>(_: F.Type, name: String, params: JSON) throws -> F {
        let declaration = try #require(F.declaration(name), "no \(F.familyName) \(name)")
        var given: [String: OptionValue] = [:]
        for key in params.keys {
            let option = try #require(declaration.option(key), "\(name) declares no option \(key)")
            given[key] = value(option, params[key])
        }
        return try declaration.make(given)
    }

    /// A fixture's value for `option`, of the option's declared kind (one reader for every family).
    static func value(_ option: DeclaredOption, _ v: JSON) -> OptionValue {
        switch option.kind {
        case .int: return .int(v.int)
        case .double, .gain: return .double(v.double)
        case .float: return .float(Float(v.double))
        case .bool: return .bool(v.bool)
        case .choice: return .name(v.string)
        case .pair:
            let l = v.doubles
            guard l.count == 2 else { fatalError("\(option.key) must be two numbers") }
            return .pair(l[0], l[1])
        case .ints: return .ints(v.array.map(\.int))
        case .floats: return .floats(v.doubles.map { Float($0) })
        case .entries:
            return .entries(
                v.array.map { c in
                    let child = schedule(name: c["name"].string, params: c)
                    return OptionEntry(name: child.name, values: child.options.values)
                })
        }
    }

    /// A loss from a losses.json case (name plus a separate params object).
    static func loss(name: String, params: JSON) throws -> Loss { try concept(Loss.self, name: name, params: params) }

    /// A loss object {"name": ..., kwargs...} (training.json); a loss the fixture names but the
    /// engine does not declare is a test bug.
    static func loss(_ j: JSON) -> Loss {
        var params: [String: JSONValue] = [:]
        if case .object(let o)? = j.value { params = o.filter { $0.key != "name" } }
        do { return try loss(name: j["name"].string, params: JSON(.object(params))) } catch {
            fatalError("fixture loss \(j["name"].string): \(error)")
        }
    }

    /// `name` plus PyTorch's keyword arguments, read through the optimizer's declaration (options
    /// left out take the declared defaults, PyTorch's). A key it does not declare stops the test.
    static func optimizer(name: String, params p: JSON) -> OptimizerSpec {
        guard let declaration = OptimizerSpec.declaration(named: name) else { fatalError("unknown optimizer \(name)") }
        var given: [String: OptionValue] = [:]
        for key in p.keys where key != "name" {
            guard let option = declaration.option(key) else { fatalError("optimizer \(name) has no option \(key)") }
            given[key] = value(option, p[key])
        }
        return OptimizerSpec(declaration, given)
    }

    /// A scheduler object {"name": ..., kwargs...} or null.
    static func schedule(_ j: JSON) -> Schedule {
        if j.isNull { return .none }
        return schedule(name: j["name"].string, params: j)
    }

    /// A scheduler from its run-file form, by its declared options (what the fixture leaves
    /// out takes the declared default).
    static func schedule(name: String, params p: JSON) -> Schedule {
        guard let kind = Schedulers.kind(named: name) else { fatalError("unknown scheduler \(name)") }
        for k in p.keys where k != "name" && !kind.options.contains(where: { $0.key == k }) {
            fatalError("scheduler \(name) declares no option \(k)")
        }
        var values: [String: OptionValue] = [:]
        for option in kind.options where !p[option.key].isNull { values[option.key] = value(option, p[option.key]) }
        return Schedule(name: name, values: values)
    }
}

// MARK: - Small utilities

func normals(_ n: Int, seed: UInt64, scale: Double = 1, offset: Double = 0) -> [Float] {
    var r = RandomSource(seed: seed)
    return (0..<n).map { _ in Float(offset + scale * r.nextNormal()) }
}

/// The network's float state by name.
func floatState(_ net: Sequential) -> [String: [Float]] {
    var out: [String: [Float]] = [:]
    for (name, v) in net.stateTensors() {
        if case .f32(_, let values) = v { out[name] = values }
    }
    return out
}
