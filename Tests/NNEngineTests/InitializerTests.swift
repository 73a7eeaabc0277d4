import Foundation
import NNEngine
import Testing

// Initializer statistics against torch.nn.init's formulas, and calculate_gain.

/// What an initializer should produce, from the formulas written out independently here.
enum Expected: Sendable {
    case exactly(Float)
    /// U(lo, hi): bounds, mean (lo+hi)/2, std (hi-lo)/√12.
    case uniform(lo: Double, hi: Double)
    /// N(mean, std²).
    case normal(mean: Double, std: Double)
}

struct InitCase: Sendable, CustomTestStringConvertible {
    let initializer: Initializer
    let expected: Expected
    let label: String
    var testDescription: String { label }
}

@Suite("Initializers")
struct InitializerTests {
    // A weight [out, in] = [400, 300]: fan_in 300, fan_out 400.
    static let fanIn = 300.0, fanOut = 400.0
    static let sqrt2 = 2.0.squareRoot()

    // calculate_gain, written out: linear/sigmoid 1, tanh 5/3, relu √2,
    // leaky_relu √(2 / (1 + slope²)), selu 3/4.
    static func leakyGain(_ slope: Double) -> Double { (2 / (1 + slope * slope)).squareRoot() }

    static let cases: [InitCase] = {
        let (fi, fo) = (fanIn, fanOut)
        var c: [InitCase] = [
            InitCase(initializer: .zeros, expected: .exactly(0), label: "zeros"),
            InitCase(initializer: .constant(0.37), expected: .exactly(0.37), label: "constant 0.37"),
            InitCase(initializer: .constant(-2), expected: .exactly(-2), label: "constant -2"),
            InitCase(initializer: .uniform(a: 0, b: 1), expected: .uniform(lo: 0, hi: 1), label: "uniform(0, 1)"),
            InitCase(
                initializer: .uniform(a: -0.5, b: 2), expected: .uniform(lo: -0.5, hi: 2), label: "uniform(-0.5, 2)"),
            InitCase(initializer: .normal(mean: 0, std: 1), expected: .normal(mean: 0, std: 1), label: "normal(0, 1)"),
            InitCase(
                initializer: .normal(mean: 1.5, std: 0.2), expected: .normal(mean: 1.5, std: 0.2),
                label: "normal(1.5, 0.2)"),
            InitCase(
                initializer: .normal(mean: 0, std: 0.01), expected: .normal(mean: 0, std: 0.01),
                label: "normal(0, 0.01)"),
            // nn.Linear's reset_parameters: kaiming_uniform(a=√5) → bound 1/√fan_in.
            InitCase(
                initializer: .pytorchDefault, expected: .uniform(lo: -1 / fi.squareRoot(), hi: 1 / fi.squareRoot()),
                label: "pytorch default")
        ]
        // xavier: bound = gain·√(6/(fan_in+fan_out)), std = gain·√(2/(fan_in+fan_out)).
        for (name, gain) in [
            ("linear", 1.0), ("tanh", 5.0 / 3.0), ("relu", sqrt2), ("leaky_relu", leakyGain(0.01)), ("selu", 0.75)
        ] {
            let b = gain * (6 / (fi + fo)).squareRoot()
            let s = gain * (2 / (fi + fo)).squareRoot()
            c.append(
                InitCase(
                    initializer: .xavierUniform(gain: gain), expected: .uniform(lo: -b, hi: b),
                    label: "xavier_uniform gain(\(name))"))
            c.append(
                InitCase(
                    initializer: .xavierNormal(gain: gain), expected: .normal(mean: 0, std: s),
                    label: "xavier_normal gain(\(name))"))
        }
        // kaiming: std = gain/√fan, bound = √3·std, gain = calculate_gain(nonlinearity, a).
        let kaiming: [(String, Double, Double)] = [
            ("relu", 0, sqrt2), ("leaky_relu", 0, sqrt2), ("leaky_relu", 0.2, leakyGain(0.2)),
            ("leaky_relu", 5.0.squareRoot(), leakyGain(5.0.squareRoot())), ("tanh", 0, 5.0 / 3.0),
            ("sigmoid", 0, 1), ("linear", 0, 1), ("selu", 0, 0.75)
        ]
        for (nl, a, gain) in kaiming {
            for mode in FanMode.allCases {
                let fan = mode == .fan_in ? fi : fo
                let s = gain / fan.squareRoot()
                let b = 3.0.squareRoot() * s
                c.append(
                    InitCase(
                        initializer: .kaimingUniform(a: a, mode: mode, nonlinearity: nl),
                        expected: .uniform(lo: -b, hi: b),
                        label: "kaiming_uniform(\(nl), a=\(a), \(mode.rawValue))"))
                c.append(
                    InitCase(
                        initializer: .kaimingNormal(a: a, mode: mode, nonlinearity: nl),
                        expected: .normal(mean: 0, std: s),
                        label: "kaiming_normal(\(nl), a=\(a), \(mode.rawValue))"))
            }
        }
        // Defaults: kaiming's nonlinearity leaky_relu with a = 0 (gain √2), fan_in.
        let kb = sqrt2 * (3 / fi).squareRoot()
        c.append(
            InitCase(
                initializer: .kaimingUniform(), expected: .uniform(lo: -kb, hi: kb), label: "kaiming_uniform defaults"))
        c.append(
            InitCase(
                initializer: .kaimingNormal(), expected: .normal(mean: 0, std: sqrt2 / fi.squareRoot()),
                label: "kaiming_normal defaults"))
        return c
    }()

    @Test(arguments: cases)
    func statistics(_ c: InitCase) {
        let t = Tensor(shape: [400, 300])
        t.fill(.nan)
        var random = RandomSource(seed: 2024)
        c.initializer.fill(t, fanIn: 300, fanOut: 400, random: &random)
        let v = t.array
        let n = Double(v.count)
        let mean = v.reduce(0.0) { $0 + Double($1) } / n
        let std = (v.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / n).squareRoot()
        // Statistical tolerances for n = 120000: the sample mean within 5 standard errors
        // (5σ/√n ≈ 0.014σ) and the sample std within 2% (its standard error is below 0.3%).
        let meanTol = { (sigma: Double) in 5 * sigma / n.squareRoot() }
        switch c.expected {
        case .exactly(let value):
            #expect(v.allSatisfy { $0.bitPattern == value.bitPattern }, "\(c.label): every value must be \(value)")
        case .uniform(let lo, let hi):
            let mn = v.min()!
            let mx = v.max()!
            // Float(lo + (hi-lo)·u) with u in [0, 1) rounds into [Float(lo), Float(hi)].
            #expect(mn >= Float(lo) && mx <= Float(hi), "\(c.label): range [\(mn), \(mx)] outside [\(lo), \(hi)]")
            // With 120000 draws the extremes come within 0.5% of the bounds.
            #expect(
                Double(mn) < lo + 0.005 * (hi - lo) && Double(mx) > hi - 0.005 * (hi - lo),
                "\(c.label): range [\(mn), \(mx)] does not fill [\(lo), \(hi)]")
            let sigma = (hi - lo) / 12.0.squareRoot()
            #expect(abs(mean - (lo + hi) / 2) < meanTol(sigma), "\(c.label): mean \(mean)")
            #expect(abs(std / sigma - 1) < 0.02, "\(c.label): std \(std), expected \(sigma)")
        case .normal(let mu, let sigma):
            #expect(abs(mean - mu) < meanTol(sigma), "\(c.label): mean \(mean), expected \(mu)")
            #expect(abs(std / sigma - 1) < 0.02, "\(c.label): std \(std), expected \(sigma)")
            // Gaussian tails: about 4.55% of draws beyond 2σ (here within ±0.5%).
            let beyond = Double(v.filter { abs(Double($0) - mu) > 2 * sigma }.count) / n
            #expect(abs(beyond - 0.0455) < 0.005, "\(c.label): \(beyond) beyond 2σ")
        }
    }

    @Test func scaleIsTheBoundOrStd() {
        // `scale` is the documented bound/std; it must agree with the formulas above.
        for c in Self.cases {
            switch c.expected {
            case .uniform(_, let hi) where c.initializer.needsFans || c.initializer == .pytorchDefault:
                #expect(abs(c.initializer.scale(fanIn: 300, fanOut: 400) / hi - 1) < 1e-12, "\(c.label)")
            case .normal(_, let s) where c.initializer.needsFans:
                #expect(abs(c.initializer.scale(fanIn: 300, fanOut: 400) / s - 1) < 1e-12, "\(c.label)")
            default: break
            }
        }
    }

    @Test func pytorchDefaultBiasBound() {
        // nn.Linear's bias: U(-1/√fan_in, 1/√fan_in), fan_in of the weight.
        let b = Tensor(shape: [120_000])
        var random = RandomSource(seed: 5)
        Initializer.pytorchDefault.fill(b, fanIn: 50, fanOut: 7, random: &random)
        let bound = 1 / 50.0.squareRoot()
        let v = b.array
        #expect(v.min()! >= Float(-bound) && v.max()! <= Float(bound))
        #expect(Double(v.min()!) < -0.995 * bound && Double(v.max()!) > 0.995 * bound)
    }

    @Test func sequentialDefaultInitBounds() throws {
        let spec = NetworkSpec(inputs: 40, hidden: [30], outputs: 20)
        let net = try Sequential(
            spec: spec, initScheme: try #require(InitScheme.short("default")), random: RandomSource(seed: 9))
        for layer in net.layers {
            guard let l = layer as? Linear else { continue }
            let bound = Float(1 / Double(l.inputFeatures).squareRoot())
            #expect(l.weight.value.array.allSatisfy { abs($0) <= bound })
            #expect(l.bias!.value.array.allSatisfy { abs($0) <= bound })
            #expect(l.weight.value.array.contains { $0 != 0 })
        }
    }

    @Test func shortSchemes() throws {
        #expect(InitScheme.short("zero") == InitScheme(weight: .zeros, bias: .zeros))
        #expect(InitScheme.short("normal") == InitScheme(weight: .normal(mean: 0, std: 0.01), bias: .zeros))
        #expect(InitScheme.short("xavier") == InitScheme(weight: .xavierNormal(gain: 1), bias: .zeros))
        #expect(
            InitScheme.short("he")
                == InitScheme(weight: .kaimingNormal(a: 0, mode: .fan_in, nonlinearity: "relu"), bias: .zeros))
        #expect(InitScheme.short("default") == InitScheme(weight: .pytorchDefault, bias: .pytorchDefault))
        #expect(InitScheme.short("nonsense") == nil)
        // A fan-based initializer cannot initialize a bias.
        #expect(throws: EngineError.self) {
            try Sequential(
                spec: NetworkSpec(inputs: 2, hidden: [3], outputs: 1),
                initScheme: InitScheme(weight: .zeros, bias: .xavierUniform()), random: RandomSource(seed: 1))
        }
    }

    @Test func calculateGain() {
        let g = { (n: String, p: Double?) in Initializer.gain(nonlinearity: n, param: p) }
        for n in ["linear", "identity", "conv1d", "conv2d", "conv3d", "sigmoid"] { #expect(g(n, nil) == 1, "\(n)") }
        #expect(g("tanh", nil) == 5.0 / 3.0)
        #expect(g("relu", nil) == Self.sqrt2)
        #expect(g("selu", nil) == 0.75)
        #expect(abs(g("leaky_relu", nil)! - Self.leakyGain(0.01)) < 1e-15)
        #expect(abs(g("leaky_relu", 0.2)! - (2 / 1.04).squareRoot()) < 1e-15)
        #expect(abs(g("leaky_relu", 0)! - Self.sqrt2) < 1e-15)
        #expect(abs(g("leaky_relu", 5.0.squareRoot())! - (1.0 / 3.0).squareRoot()) < 1e-15)
        #expect(g("softmax", nil) == nil)
        for n in Initializer.nonlinearities { #expect(g(n, nil) != nil, "\(n)") }
    }

    // MARK: orthogonal, trunc_normal, sparse, eye

    static func fill(_ i: Initializer, rows: Int, cols: Int, seed: UInt64 = 2024) -> [Float] {
        let t = Tensor(shape: [rows, cols])
        t.fill(.nan)
        var random = RandomSource(seed: seed)
        i.fill(t, fanIn: cols, fanOut: rows, random: &random)
        return t.array
    }

    @Test(arguments: [(40, 60), (60, 40), (50, 50), (1, 7), (7, 1)])
    func orthogonal(_ shape: (Int, Int)) {
        let (rows, cols) = shape
        for gain in [1.0, 2.5] {
            let w = Self.fill(.orthogonal(gain: gain), rows: rows, cols: cols)
            // W·Wᵀ = gain²·I (rows ≤ cols) or Wᵀ·W = gain²·I (rows > cols), in double from float32
            // entries: each dot product of unit vectors is off by about √n float32 roundings.
            let n = min(rows, cols)
            let len = max(rows, cols)
            var worst = 0.0
            for p in 0..<n {
                for q in 0..<n {
                    var dot = 0.0
                    for k in 0..<len {
                        let a = rows <= cols ? w[p * cols + k] : w[k * cols + p]
                        let b = rows <= cols ? w[q * cols + k] : w[k * cols + q]
                        dot += Double(a) * Double(b)
                    }
                    worst = max(worst, abs(dot - (p == q ? gain * gain : 0)))
                }
            }
            #expect(worst < 1e-5 * gain * gain, "orthogonal [\(rows), \(cols)] gain \(gain): off by \(worst)")
        }
        // The draws are the project's own: the same seed gives the same matrix, another seed another.
        #expect(
            bitsEqual(
                Self.fill(.orthogonal(), rows: rows, cols: cols), Self.fill(.orthogonal(), rows: rows, cols: cols)))
        if rows * cols > 1 {
            #expect(
                !bitsEqual(
                    Self.fill(.orthogonal(), rows: rows, cols: cols),
                    Self.fill(.orthogonal(), rows: rows, cols: cols, seed: 7)))
        }
    }

    @Test(arguments: [(0.0, 1.0, -2.0, 2.0), (1.5, 0.5, 1.0, 3.0), (0.0, 1.0, 0.5, 4.0), (-1.0, 2.0, -10.0, 0.0)])
    func truncNormal(_ p: (Double, Double, Double, Double)) {
        let (mu, sigma, a, b) = p
        let v = Self.fill(.truncNormal(mean: mu, std: sigma, a: a, b: b), rows: 400, cols: 300)
        let label = "trunc_normal(\(mu), \(sigma), \(a), \(b))"
        #expect(
            v.allSatisfy { Double($0) >= Float(a).double && Double($0) <= Float(b).double },
            "\(label): a value outside [a, b]")
        // Moments of the truncated normal, written out: α, β the standardized bounds,
        // Z = Φ(β) - Φ(α); mean μ + σ(φ(α) - φ(β))/Z; variance σ²[1 + (αφ(α) - βφ(β))/Z - ((φ(α) - φ(β))/Z)²].
        let phi = { (x: Double) in exp(-x * x / 2) / (2 * Double.pi).squareRoot() }
        let cdf = { (x: Double) in 0.5 * erfc(-x / 2.0.squareRoot()) }
        let al = (a - mu) / sigma
        let be = (b - mu) / sigma
        let z = cdf(be) - cdf(al)
        let expMean = mu + sigma * (phi(al) - phi(be)) / z
        let expStd = sigma * (1 + (al * phi(al) - be * phi(be)) / z - pow((phi(al) - phi(be)) / z, 2)).squareRoot()
        let n = Double(v.count)
        let mean = v.reduce(0.0) { $0 + Double($1) } / n
        let std = (v.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / n).squareRoot()
        #expect(abs(mean - expMean) < 5 * expStd / n.squareRoot(), "\(label): mean \(mean), expected \(expMean)")
        #expect(abs(std / expStd - 1) < 0.02, "\(label): std \(std), expected \(expStd)")
    }

    @Test(arguments: [(0.1, 0.01), (0.33, 0.5), (0.0, 1.0), (1.0, 1.0)])
    func sparse(_ p: (Double, Double)) {
        let (sparsity, sigma) = p
        let rows = 50
        let cols = 300
        let w = Self.fill(.sparse(sparsity: sparsity, std: sigma), rows: rows, cols: cols)
        let zeros = Int((sparsity * Double(rows)).rounded(.up))
        for c in 0..<cols {
            let z = (0..<rows).filter { w[$0 * cols + c] == 0 }.count
            #expect(z == zeros, "sparse(\(sparsity)): column \(c) has \(z) zeros, expected \(zeros)")
        }
        let rest = w.filter { $0 != 0 }.map(Double.init)
        guard !rest.isEmpty else { return }
        let std = (rest.reduce(0) { $0 + $1 * $1 } / Double(rest.count)).squareRoot()
        #expect(abs(std / sigma - 1) < 0.05, "sparse(\(sparsity), \(sigma)): std \(std)")
        // Different columns have their zeros in different rows.
        let firstZeros = (0..<cols).map { c in (0..<rows).filter { w[$0 * cols + c] == 0 } }
        if zeros > 0 && zeros < rows { #expect(Set(firstZeros).count > 1) }
    }

    @Test func eye() {
        for (rows, cols) in [(3, 5), (5, 3), (4, 4)] {
            let w = Self.fill(.eye, rows: rows, cols: cols)
            for r in 0..<rows {
                for c in 0..<cols {
                    #expect(w[r * cols + c] == (r == c ? 1 : 0), "eye [\(rows), \(cols)] at \(r), \(c)")
                }
            }
        }
    }

    @Test func matrixInitializersCannotInitializeABias() {
        for i in [Initializer.orthogonal(), .sparse(sparsity: 0.1), .eye] {
            #expect(i.needsFans, "\(i.name)")
            #expect(throws: EngineError.self) {
                try Sequential(
                    spec: NetworkSpec(inputs: 2, hidden: [3], outputs: 1),
                    initScheme: InitScheme(weight: .zeros, bias: i), random: RandomSource(seed: 1))
            }
        }
        #expect(!Initializer.truncNormal().needsFans)
    }

    @Test func canonicalTextWritesEveryOption() {
        // The settings text cell ids hash: unchanged for the initializers that existed before.
        #expect(
            Initializer.kaimingNormal(a: 0, mode: .fan_in, nonlinearity: "relu").canonical
                == "kaiming_normal(0.0,fan_in,relu)")
        #expect(Initializer.xavierNormal(gain: 1).canonical == "xavier_normal(1.0)")
        #expect(Initializer.pytorchDefault.canonical == "default")
        #expect(Initializer.zeros.canonical == "zeros")
        #expect(Initializer.normal(mean: 0, std: 0.01).canonical == "normal(0.0,0.01)")
        #expect(Initializer.truncNormal().canonical == "trunc_normal(0.0,1.0,-2.0,2.0)")
        #expect(Initializer.sparse(sparsity: 0.1).canonical == "sparse(0.1,0.01)")
        #expect(Initializer.eye.canonical == "eye")
    }

    @Test func everyDeclarationBuildsWhatItNames() throws {
        // Each declaration's defaults build a value that reports the same name and as many options.
        for declaration in Initializer.declarations {
            var given: [String: OptionValue] = [:]
            for o in declaration.options where o.isRequired { given[o.key] = .double(0.5) }
            let v = try declaration.make(given)
            #expect(
                v.name == declaration.name && v.settings.values.count == declaration.options.count,
                "\(declaration.name)")
        }
        for declaration in ActivationKind.declarations {
            let v = try declaration.make([:])
            #expect(
                v.name == declaration.name && v.settings.values.count == declaration.options.count,
                "\(declaration.name)")
        }
        for declaration in Loss.declarations {
            let v = try declaration.make([:])
            #expect(
                v.name == declaration.name && v.settings.values.count == declaration.options.count,
                "\(declaration.name)")
        }
    }
}

extension Float { fileprivate var double: Double { Double(self) } }
