import Foundation
import NNCluster
import NNCompare
import NNFigures
import NNPlan
import NNStatistics
import NNSweepRunner
import Testing

/// A small sweep folder written by hand: axes init (zero, he_normal) x optimizer (sgd_fast,
/// adam) x seed (1, 2); one run diverged, one failed.
private enum SyntheticSweep {
    static let axes: [(String, [String])] = [
        ("init", ["zero", "he_normal"]), ("optimizer", ["sgd_fast", "adam"]), ("seed", ["1", "2"])
    ]
    static let fileText = "name: plot_test\n# a <comment> & more\ngrid:\n  init: [zero, he_normal]\n"

    static func folder(_ label: String = #function, allOK: Bool = false) throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("nnsweep-plottests-\(label.filter { $0.isLetter })-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try write(into: dir, allOK: allOK)
        return dir
    }

    static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map { f in f.contains(",") ? "\"" + f + "\"" : f }.joined(separator: ",") }.joined(
            separator: "\n") + "\n"
    }

    /// `allOK`: every run finished (a full grid).
    static func write(into dir: URL, allOK: Bool = false) throws {
        let axisNames = axes.map(\.0)
        var runs = [["run_id"] + axisNames + ResultColumns.runNames]
        var epochs = [["run_id"] + axisNames + ResultColumns.epochNames]
        var layers = [["run_id"] + axisNames + ResultColumns.layerNames]
        var cells: [[String: Any]] = []
        var n = 0
        for i in axes[0].1 {
            for o in axes[1].1 {
                for s in axes[2].1 {
                    n += 1
                    let id = String(format: "%016x", n)
                    let key = [id, i, o, s]
                    cells.append(["id": id, "axes": ["init": i, "optimizer": o, "seed": s]])
                    let status =
                        allOK
                        ? "ok"
                        : (i == "he_normal" && o == "sgd_fast" && s == "2")
                            ? "diverged" : (i == "zero" && o == "adam" && s == "1") ? "failed" : "ok"
                    let base = (i == "zero" ? 2.3 : 0.8) * (o == "adam" ? 0.5 : 1) * (s == "1" ? 1 : 1.1)
                    var losses: [Double] = (1...3).map { base / Double($0) }
                    if status == "failed" { losses = [] }
                    if status == "diverged" { losses = [base * 10, .nan] }
                    for (e, l) in losses.enumerated() {
                        let lr = o == "adam" ? 0.001 : 0.5 / Double(e + 1)
                        let values: [String: String] = [
                            "epoch": "\(e + 1)", "lr": "\(lr)", "train_loss": l.isNaN ? "nan" : "\(l)",
                            "train_accuracy": "\(1 - l / 3)", "val_loss": l.isNaN ? "nan" : "\(l * 1.1)",
                            "val_accuracy": "\(1 - l / 2.5)"
                        ]
                        epochs.append(key + ResultColumns.epochNames.map { values[$0] ?? "" })
                    }
                    let last = losses.last
                    var values: [String: String] = [
                        "seed": s, "status": status, "epochs_run": "\(losses.count)", "iterations_per_epoch": "4",
                        "parameters": "50", "train_seconds": "0.010",
                        "best_epoch": losses.isEmpty ? "" : "\(losses.count)"
                    ]
                    if status == "ok", let l = last {
                        for (k, x) in [
                            ("final_train_loss", l), ("final_val_loss", l * 1.1), ("final_train_accuracy", 1 - l / 3),
                            ("final_val_accuracy", 1 - l / 2.5), ("best_val_loss", l * 1.1),
                            ("best_val_accuracy", 1 - l / 2.5)
                        ] {
                            values[k] = "\(x)"
                        }
                    }
                    if status == "diverged" {
                        values["diverged_epoch"] = "2"
                        values["message"] = "loss became NaN or infinite in epoch 2"
                    }
                    if status == "failed" {
                        values["message"] = "init_from x.safetensors: cannot read the file, really"
                    }
                    runs.append(key + ResultColumns.runNames.map { values[$0] ?? "" })
                    if status != "failed" {
                        for stage in ["init", "epoch1"] {
                            for depth in 1...2 {
                                let g = i == "zero" && depth == 1 ? 0 : 0.1 * Double(depth)
                                let values = [
                                    "stage": stage, "depth": "\(depth)", "module": "\(2 * (depth - 1))",
                                    "activation_mean": i == "zero" ? "0.0" : "0.\(depth)",
                                    "activation_std": i == "zero" ? "0.0" : "0.5",
                                    "grad_norm": "\(g)"
                                ]
                                layers.append(key + ResultColumns.layerNames.map { values[$0] ?? "" })
                            }
                        }
                    }
                }
            }
        }
        try csv(runs).write(to: dir.appendingPathComponent("runs.csv"), atomically: true, encoding: .utf8)
        try csv(epochs).write(to: dir.appendingPathComponent("epochs.csv"), atomically: true, encoding: .utf8)
        try csv(layers).write(to: dir.appendingPathComponent("layers.csv"), atomically: true, encoding: .utf8)
        let manifest: [String: Any] = [
            "name": "plot_test", "file_text": fileText, "nnsweep_version": "test", "format": ResultsFolder.formatMarker,
            "axes": axes.map { ["name": $0.0, "values": $0.1] },
            "cells": cells,
            "counts": ["total": 8, "ok": 6, "diverged": 1, "failed": 1, "missing": 0]
        ]
        try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys, .prettyPrinted])
            .write(to: dir.appendingPathComponent("manifest.json"))
    }
}

@Suite struct PlotTests {
    static let gnuplot = Gnuplot.locate()
    static let noGnuplot =
        "gnuplot is not installed (apt-get install gnuplot-nox fonts-dejavu-core); skipping the drawing checks"

    func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

    @Test func scriptsAndDataAreWritten() throws {
        let dir = try SyntheticSweep.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (figures, skipped) = try Plotter.writeScripts(dir: dir, format: .both)
        // Every kind but the sensitivity figure, which needs a numeric axis (RankingTests), and
        // those of a tuned grid with a target or a data axis (PerformanceProfileTests), and
        // the axis importance, which needs a full grid (a run here diverged, one failed).
        // The modes figure needs dropout or batch norm (trainingAndEvaluationModeFigure).
        #expect(
            Set(figures.map(\.kind))
                == Set(SweepFigure.Kind.allCases).subtracting([
                    .sensitivity, .importance, .timeToTarget, .performanceProfile, .rankTable, .improvement, .modes
                ]))
        #expect(skipped.map(\.kind) == [.importance])
        #expect(skipped.first?.reason.contains("not full") == true)
        for f in figures {
            let script = text(dir.appendingPathComponent(f.script))
            #expect(script.contains("set termoption noenhanced"), "\(f.name)")
            #expect(script.contains("gnuplot plots/\(f.name).gp"), "the header says how to redraw \(f.name)")
            #expect(script.contains("formats = 'svg png'"))
            #expect(!f.dataFiles.isEmpty)
            for d in f.dataFiles {
                #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(d).path), "\(d)")
                #expect(script.contains("'\(d)'"), "\(f.name) reads \(d) by its path relative to the sweep folder")
            }
        }
        // Names with underscores are written as they are: no enhanced-text escapes.
        let loss = figures.first { $0.kind == .loss }!
        let lossScript = text(dir.appendingPathComponent(loss.script))
        #expect(lossScript.contains("'he_normal'"))
        #expect(lossScript.contains("sgd_fast"))
        #expect(!lossScript.contains("he\\_normal"))
        #expect(!lossScript.contains("he\\\\_normal"))
        // The failed and the diverged run are named, not dropped.
        let heat = text(dir.appendingPathComponent("plots/heatmap.gp"))
        #expect(heat.contains("1/2 diverged"))
        #expect(heat.contains("1/2 failed"))
        #expect(lossScript.contains("he_normal: 1/2 diverged"))
    }

    @Test func scriptsAreDeterministicAndFollowTheFormat() throws {
        let dir = try SyntheticSweep.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try Plotter.writeScripts(dir: dir, format: .png).figures
        let before = try first.flatMap { [$0.script] + $0.dataFiles }.map {
            try Data(contentsOf: dir.appendingPathComponent($0))
        }
        #expect(text(dir.appendingPathComponent(first[0].script)).contains("formats = 'png'"))
        let again = try Plotter.writeScripts(dir: dir, format: .png).figures
        let after = try again.flatMap { [$0.script] + $0.dataFiles }.map {
            try Data(contentsOf: dir.appendingPathComponent($0))
        }
        #expect(first == again)
        #expect(before == after)
    }

    @Test func singleRunHasNoHeatmap() throws {
        let dir = try SyntheticSweep.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Keep one run and no axes.
        let runs = try String(contentsOf: dir.appendingPathComponent("runs.csv"), encoding: .utf8).split(
            separator: "\n"
        ).map(String.init)
        func dropAxes(_ line: String) -> String {
            var f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            f.removeSubrange(1...3)
            return f.joined(separator: ",")
        }
        let id = "0000000000000001"
        for file in ["runs.csv", "epochs.csv", "layers.csv"] {
            let lines = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
                .map(String.init)
            let kept = [lines[0]] + lines.dropFirst().filter { $0.hasPrefix(id) }
            try (kept.map(dropAxes).joined(separator: "\n") + "\n").write(
                to: dir.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        #expect(runs.count == 9)
        let manifest: [String: Any] = [
            "name": "one", "file_text": "name: one\n", "axes": [] as [Any], "counts": ["total": 1],
            "format": ResultsFolder.formatMarker
        ]
        try JSONSerialization.data(withJSONObject: manifest).write(to: dir.appendingPathComponent("manifest.json"))
        let (figures, skipped) = try Plotter.writeScripts(dir: dir)
        #expect(figures.map(\.kind) == [.loss, .accuracy, .learningRate, .layers])
        #expect(Set(skipped.map(\.kind)) == [.heatmap, .finalMetric, .parallel, .importance])
    }

    @Test func notASweepFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "nnsweep-plottests-empty-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // An empty folder has no manifest of nnsweep's: nothing is written into it.
        #expect(throws: SweepError.self) { try Plotter.writeScripts(dir: dir) }
        #expect((try FileManager.default.contentsOfDirectory(atPath: dir.path)).isEmpty)
        // A manifest of nnsweep's without the tables: the tables are what is missing.
        try JSONSerialization.data(withJSONObject: ["name": "x", "format": ResultsFolder.formatMarker]).write(
            to: dir.appendingPathComponent("manifest.json"))
        #expect(throws: SweepTables.LoadError.self) { try Plotter.writeScripts(dir: dir) }
    }

    @Test func missingGnuplotWritesScriptsAndReportAndKeepsTheCSVs() throws {
        let dir = try SyntheticSweep.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = ["runs.csv", "epochs.csv", "layers.csv", "manifest.json"]
        let before = try names.map { try Data(contentsOf: dir.appendingPathComponent($0)) }
        do {
            _ = try Plotter.plot(dir: dir, format: .both, gnuplot: nil)
            Issue.record("expected PlotError.gnuplotMissing")
        } catch PlotError.gnuplotMissing {
            #expect("\(PlotError.gnuplotMissing)".contains("apt-get install gnuplot-nox"))
        }
        #expect(try names.map { try Data(contentsOf: dir.appendingPathComponent($0)) } == before)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("plots/heatmap.gp").path))
        let report = text(dir.appendingPathComponent("report.html"))
        #expect(report.contains("gnuplot is not installed"))
        #expect(!report.contains("<img"))
    }

    @Test func reportEscapesAndLinks() throws {
        let dir = try SyntheticSweep.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try? Plotter.plot(dir: dir, format: .svg, gnuplot: nil)
        let report = text(dir.appendingPathComponent("report.html"))
        #expect(report.contains("# a &lt;comment&gt; &amp; more"))
        #expect(!report.contains("<comment>"))
        for f in ["runs.csv", "epochs.csv", "layers.csv", "manifest.json"] { #expect(report.contains("href=\"\(f)\"")) }
        #expect(report.contains("cannot read the file, really"))
        #expect(report.contains("data-images"))
    }

    @Test(.enabled(if: PlotTests.gnuplot != nil, "\(PlotTests.noGnuplot)"))
    func drawsPNGAndSVGWithTheSameBytesEachTime() throws {
        let dir = try SyntheticSweep.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Plotter.plot(dir: dir, format: .both, gnuplot: Self.gnuplot)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(result.images.count == 2 * result.figures.count)
        for f in result.figures {
            for ext in ["png", "svg"] {
                let url = dir.appendingPathComponent(f.image(ext))
                let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
                #expect(size > 1000, "\(f.image(ext))")
            }
        }
        let svgs = try result.figures.map { try Data(contentsOf: dir.appendingPathComponent($0.image("svg"))) }
        let report = try Data(contentsOf: result.report)
        let second = try Plotter.plot(dir: dir, format: .both, gnuplot: Self.gnuplot)
        #expect(try second.figures.map { try Data(contentsOf: dir.appendingPathComponent($0.image("svg"))) } == svgs)
        #expect(try Data(contentsOf: second.report) == report)
        // Underscored names reach the image as written.
        let loss = String(decoding: svgs[result.figures.firstIndex { $0.kind == .loss }!], as: UTF8.self)
        #expect(loss.contains(">he_normal<"))
        let html = String(decoding: report, as: UTF8.self)
        // The SVGs are embedded as objects, so that gnuplot's script in them runs.
        for f in result.figures {
            #expect(html.contains("<object type=\"image/svg+xml\" data=\"plots/\(f.name).svg\""))
        }
        #expect(!html.contains("<img"))
        for data in svgs {
            let svg = String(decoding: data, as: UTF8.self)
            #expect(svg.contains("gnuplot_svg"), "the SVG carries gnuplot's mouse script")
            #expect(!svg.contains("src=\"http") && !svg.contains("href=\"http"), "and fetches nothing")
        }
        // Points show their values under the mouse in the SVG; the PNG has no such points.
        #expect(loss.contains("| zero: epoch 1, train_loss "))
        // A click on the legend column hides the curves of its colour in every panel.
        #expect(loss.contains("_keyentry") && loss.contains("g[id$='_keyentry']"))
    }

    @Test(.enabled(if: PlotTests.gnuplot != nil, "\(PlotTests.noGnuplot)"))
    func theFiguresAreDrawnByOneGnuplotProcessPerShareWithTheSameBytes() throws {
        let dir = try SyntheticSweep.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A gnuplot that counts how often it is started.
        // Beside the results folder, which holds only what nnsweep writes.
        let bin = temporaryDirectory()
        let count = bin.appendingPathComponent("starts.txt")
        let wrapper = bin.appendingPathComponent("gnuplot-counting")
        try "#!/bin/sh\necho started >> '\(count.path)'\nexec '\(Self.gnuplot!.executable.path)' \"$@\"\n".write(
            to: wrapper, atomically: true, encoding: .utf8)
        chmod(wrapper.path, 0o755)
        var images: [[String: Data]] = []
        for _ in 0..<2 {
            try? FileManager.default.removeItem(at: count)
            let result = try Plotter.plot(dir: dir, format: .both, gnuplot: Gnuplot(executable: wrapper))
            #expect(result.figures.count > 3)
            #expect(text(count).split(separator: "\n").count == Gnuplot.defaultProcesses)
            var drawn: [String: Data] = [:]
            for f in result.figures {
                for ext in ["svg", "png"] {
                    drawn[f.image(ext)] = try Data(contentsOf: dir.appendingPathComponent(f.image(ext)))
                }
            }
            images.append(drawn)
            // No temporary file is left behind.
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("plots").path).allSatisfy
                { !$0.hasPrefix(".") || $0 == ResultsLayout.writtenList })
        }
        // The same images, byte for byte, each time.
        #expect(images[0].count == images[1].count)
        for (name, data) in images[0] { #expect(images[1][name] == data, "\(name)") }
    }

    @Test func trainingAndEvaluationModeFigure() throws {
        let dir = temporaryDirectory()
        let file = """
            data: {synthetic: moons, samples: 80}
            model: {hidden: [8]}
            optimizer: {name: sgd, lr: 0.3}
            batch_size: 16
            epochs: 3
            measure: {train_eval: true}
            grid:
              module:
                none: {}
                dropout: {model: {dropout: 0.5}}

            """
        let out = dir.appendingPathComponent("out")
        try runSweep(try SweepPlan.load(write(file, "modes.yaml", in: dir)), out: out)
        let figures = try Plotter.writeScripts(dir: out).figures
        let modes = try #require(figures.first { $0.kind == .modes })
        #expect(modes.name == "modes")
        #expect(modes.title.hasPrefix("Training mode (solid) and evaluation mode (dashed) loss per epoch"))
        #expect(modes.caption.contains("in evaluation mode after it"))
        let data = text(out.appendingPathComponent("plots/modes.dat"))
        #expect(data.contains("train_loss train_eval_loss"))
        // Without dropout or batch norm the two modes differ only by the moving weights: no figure.
        let plain = dir.appendingPathComponent("plain")
        try runSweep(
            try SweepPlan.load(
                write(
                    file.replacingOccurrences(
                        of: "dropout: {model: {dropout: 0.5}}", with: "wide: {model: {hidden: [16]}}"),
                    "plain.yaml", in: dir)), out: plain)
        #expect(try !Plotter.writeScripts(dir: plain).figures.contains { $0.kind == .modes })
    }

    @Test func sharesBalanceTheScriptsLengths() {
        #expect(Gnuplot.balance([5, 1, 1, 1, 1, 1], into: 2) == [[0], [1, 2, 3, 4, 5]])
        #expect(Gnuplot.balance([3, 3, 2, 2, 2], into: 2) == [[0, 2, 4], [1, 3]])
        #expect(Gnuplot.balance([1, 2], into: 4) == [[1], [0]])
        #expect(Gnuplot.balance([], into: 2) == [])
        #expect(Gnuplot.balance([1, 1, 1], into: 1) == [[0, 1, 2]])
    }

    @Test(.enabled(if: PlotTests.gnuplot != nil, "\(PlotTests.noGnuplot)"))
    func aFailingFigureAmongOthersNamesItsOwnScript() throws {
        let dir = try SyntheticSweep.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plots = dir.appendingPathComponent("plots")
        try FileManager.default.createDirectory(at: plots, withIntermediateDirectories: true)
        func job(_ name: String, _ plot: String) -> Gnuplot.Job {
            let out = plots.appendingPathComponent("\(name).svg")
            return Gnuplot.Job(
                text: "set terminal svg\nset output '\(AtomicFile.temporaryURL(for: out).path)'\n\(plot)\nset output\n",
                script: plots.appendingPathComponent("\(name).gp"), outputs: [out])
        }
        let jobs = [job("a", "plot x"), job("b", "plot 'plots/no_such_file.dat' using 1:2"), job("c", "plot x**2")]
        let results = Self.gnuplot!.drawAll(
            jobs, combinedScript: plots.appendingPathComponent("figures.gp"), in: dir,
            until: Gnuplot.Deadline(seconds: 60))
        #expect(results.count == 3)
        if case .failure = results[0] { Issue.record("figure a should draw") }
        if case .failure = results[2] { Issue.record("figure c should draw") }
        guard case .failure(let e) = results[1], case GnuplotError.failed(let script, _, let message) = e else {
            Issue.record("figure b should fail: \(results[1])")
            return
        }
        #expect(script == jobs[1].script.path)
        #expect(message.contains("no_such_file.dat"))
        for name in ["a", "c"] {
            #expect(
                text(plots.appendingPathComponent("\(name).svg")).trimmingCharacters(in: .whitespacesAndNewlines)
                    .hasSuffix("</svg>"))
        }
        #expect(!FileManager.default.fileExists(atPath: plots.appendingPathComponent("b.svg").path))
    }

    @Test func aFullGridHasAxisImportanceAndSortableTables() throws {
        let dir = try SyntheticSweep.folder(allOK: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (figures, skipped) = try Plotter.writeScripts(dir: dir, format: .both)
        #expect(skipped.isEmpty)
        #expect(figures.contains { $0.kind == .importance } && figures.contains { $0.kind == .parallel })
        #expect(text(dir.appendingPathComponent("plots/parallel.gp")).contains("with parallelaxes"))
        _ = try? Plotter.plot(dir: dir, format: .both, gnuplot: nil)
        let html = text(dir.appendingPathComponent("report.html"))
        #expect(html.contains("id=\"importance-table\""))
        // The shares of init, optimizer and their pair add up to 100% on two axes.
        let shares = html.components(separatedBy: "id=\"importance-table\"")[1].components(separatedBy: "</table>")[0]
            .components(separatedBy: "<td>").dropFirst().compactMap { Double($0.prefix { $0 != "%" }) }
        #expect(shares.count == 3)
        #expect(abs(shares.reduce(0, +) - 100) < 0.2)
        #expect(html.contains("<table class=\"sortable\" id=\"cells-table\">"))
        #expect(html.contains("<input type=\"search\" class=\"filter\" data-table=\"cells-table\""))
        #expect(html.contains("function sortBy(table, col)"))
    }

    @Test(.enabled(if: PlotTests.gnuplot != nil, "\(PlotTests.noGnuplot)"))
    func pngOnlyRemovesOldSVGs() throws {
        let dir = try SyntheticSweep.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Plotter.plot(dir: dir, format: .both, gnuplot: Self.gnuplot)
        let result = try Plotter.plot(dir: dir, format: .png, gnuplot: Self.gnuplot)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("plots").path)
        #expect(!files.contains { $0.hasSuffix(".svg") })
        #expect(files.filter { $0.hasSuffix(".png") }.count == result.figures.count)
        #expect(text(result.report).contains("src=\"plots/heatmap.png\""))
    }

    @Test(.enabled(if: PlotTests.gnuplot != nil, "\(PlotTests.noGnuplot)"))
    func failingScriptReportsGnuplotsMessageAndThePath() throws {
        let dir = try SyntheticSweep.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plots = dir.appendingPathComponent("plots")
        try FileManager.default.createDirectory(at: plots, withIntermediateDirectories: true)
        let script = plots.appendingPathComponent("broken.gp")
        try "set terminal svg\nset output '/dev/null'\nplot 'plots/no_such_file.dat' using 1:2 with lines\n"
            .write(to: script, atomically: true, encoding: .utf8)
        do {
            try Self.gnuplot!.run(script: script, in: dir)
            Issue.record("expected gnuplot to fail")
        } catch let e as GnuplotError {
            guard case .failed(let path, let status, let message) = e else {
                Issue.record("\(e)")
                return
            }
            #expect(status != 0)
            #expect(path == script.path)
            #expect(message.contains("no_such_file.dat"))
            let text = "\(e)"
            #expect(text.contains(script.path))
            #expect(text.contains(message))
        }
    }

    @Test(.enabled(if: PlotTests.gnuplot != nil, "\(PlotTests.noGnuplot)"))
    func slowScriptIsStopped() throws {
        let dir = try SyntheticSweep.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("slow.gp")
        try "pause 30\n".write(to: script, atomically: true, encoding: .utf8)
        var g = Self.gnuplot!
        g.timeout = 1
        let start = Date()
        #expect {
            try g.run(script: script, in: dir)
        } throws: { e in
            guard let e = e as? GnuplotError, case .timedOut = e else { return false }
            return true
        }
        #expect(Date().timeIntervalSince(start) < 20)
    }
}
