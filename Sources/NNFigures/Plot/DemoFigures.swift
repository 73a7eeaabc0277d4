import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// Two lessons of the tutorial drawn as figures of their own (`nnsweep demo ema`, `nnsweep demo
/// activations`): written as `NAME.gp` and `NAME.dat` beside the PNG, which gnuplot draws.
public enum DemoFigures {
    /// The EMA illustration's betas.
    public static let betas = [0.5, 0.9, 0.98]
    public static let seriesLength = 100

    /// A seeded noisy series (a slow sine plus standard normal noise times 3), t = 1...100.
    public static func noisySeries(seed: UInt64) -> [Double] {
        var random = RandomSource(seed: seed)
        return (1...seriesLength).map { t in
            10 * sin(2 * Double.pi * Double(t) / Double(seriesLength)) + 3 * random.nextNormal()
        }
    }

    /// v_t = beta v_{t-1} + (1 - beta) x_t from v_0 = 0; with bias correction v_t / (1 - beta^t).
    public static func ema(_ x: [Double], beta: Double, biasCorrected: Bool) -> [Double] {
        var v = 0.0
        return x.enumerated().map { i, value in
            v = beta * v + (1 - beta) * value
            return biasCorrected ? v / (1 - pow(beta, Double(i + 1))) : v
        }
    }

    static func emaFigure(seed: UInt64) -> FigureModel {
        let x = noisySeries(seed: seed)
        var f = FigureModel(
            name: "ema",
            title: "Exponential moving average v_t = beta v_(t-1) + (1 - beta) x_t of a noisy series (seed \(seed))",
            layout: .tiled(panelWidth: 560, panelHeight: 380))
        f.dataNotes = ["A noisy series and its exponential moving averages", "blocks: t value"]
        f.x = PlotAxis(label: "t", range: (0, Double(seriesLength + 1)))
        for corrected in [false, true] {
            var panel = Panel(
                title: corrected ? "with bias correction v_t / (1 - beta^t)" : "without bias correction (v_0 = 0)",
                y: PlotAxis(label: "value"))
            panel.series.append(
                Series(
                    about: "series: t x", rows: x.enumerated().map { [Double($0.offset + 1), $0.element] },
                    draws: [Draw(style: .points("#7F7F7F", .openCircle, size: 0.6), title: "series")]))
            for (k, beta) in betas.enumerated() {
                let v = ema(x, beta: beta, biasCorrected: corrected)
                panel.series.append(
                    Series(
                        about: "beta \(beta)\(corrected ? ", bias-corrected" : ""): t v",
                        rows: v.enumerated().map { [Double($0.offset + 1), $0.element] },
                        draws: [
                            Draw(
                                style: .lines(Palette.color(k + 1)),
                                title: "beta = \(beta) (about \(Int((1 / (1 - beta)).rounded())) values)")
                        ]))
            }
            f.panels.append(panel)
        }
        return f
    }

    /// Every activation of the engine at its default options: its value and derivative on
    /// [-4, 4], from the engine's own forward and backward passes (backward of a gradient of ones).
    public static func activationCurves(points: Int = 161) -> [(
        name: String, x: [Float], value: [Float], derivative: [Float]
    )] {
        let x = (0..<points).map { Float(-4 + 8 * Double($0) / Double(points - 1)) }
        let ones = [Float](repeating: 1, count: points)
        return ActivationKind.declarations.compactMap { declaration in
            guard let kind = declaration.defaultValue else { return nil }
            let layer = Activation(kind, features: points)
            layer.reserve(batch: 1)
            let value = x.withUnsafeBufferPointer {
                Array(
                    UnsafeBufferPointer(start: layer.forward($0.baseAddress!, batch: 1, training: false), count: points)
                )
            }
            let derivative = ones.withUnsafeBufferPointer { g in
                layer.backward(g.baseAddress!, batch: 1, needInputGradient: true).map {
                    Array(UnsafeBufferPointer(start: $0, count: points))
                } ?? []
            }
            return (declaration.name, x, value, derivative)
        }
    }

    static func activationsFigure() -> FigureModel {
        var f = FigureModel(
            name: "activations",
            title:
                "Activation functions (solid) and their derivatives (dashed), from the engine's forward and backward passes",
            layout: .tiled(panelWidth: 360, panelHeight: 260))
        f.dataNotes = ["Activations and derivatives", "blocks: x f(x) f'(x)"]
        f.x = PlotAxis(label: "x", range: (-4, 4))
        for c in activationCurves() {
            var panel = Panel(title: c.name, y: PlotAxis(zeroLine: true))
            let rows = c.x.indices.map { i in
                [Double(c.x[i]), Double(c.value[i]), i < c.derivative.count ? Double(c.derivative[i]) : nil]
            }
            panel.series.append(
                Series(
                    about: "\(c.name): x f f'", rows: rows,
                    draws: [
                        Draw(x: 0, y: 1, style: .lines(Palette.color(0)), title: "f"),
                        Draw(x: 0, y: 2, style: .lines(Palette.color(3), dash: .dashed), title: "f'")
                    ]))
            f.panels.append(panel)
        }
        return f
    }

    public static func writeEMA(to png: URL, seed: UInt64) throws -> [String] {
        try write(emaFigure(seed: seed), png: png)
    }
    public static func writeActivations(to png: URL) throws -> [String] { try write(activationsFigure(), png: png) }

    /// Writes STEM.gp and STEM.dat beside `png` and runs gnuplot; returns warnings (gnuplot missing).
    static func write(_ figure: FigureModel, png: URL) throws -> [String] {
        let dir = png.deletingLastPathComponent()
        let stem = png.deletingPathExtension().lastPathComponent
        var f = figure
        f.name = stem
        try AtomicFile.createDirectory(dir)
        let (script, data) = GnuplotRenderer.standalone(f, output: png.lastPathComponent)
        let gpURL = dir.appendingPathComponent(stem + ".gp")
        try AtomicFile.write(Data(data.text.utf8), to: dir.appendingPathComponent(stem + ".dat"))
        try AtomicFile.write(Data(script.utf8), to: gpURL)
        guard let gnuplot = Gnuplot.locate() else {
            return [
                "warning: gnuplot not found: wrote \(gpURL.path); run 'gnuplot \(gpURL.lastPathComponent)' in \(dir.path) to draw \(png.lastPathComponent)"
            ]
        }
        let temporary = GnuplotRenderer.standalone(f, output: AtomicFile.temporaryURL(for: png).lastPathComponent)
            .script
        _ = try gnuplot.draw(
            temporary, as: gpURL, outputs: [png], in: dir, until: Gnuplot.Deadline(seconds: gnuplot.timeout))
        return []
    }
}
