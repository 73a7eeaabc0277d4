import Foundation
import NNCompare
import NNData
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// Which images to draw.
public enum PlotFormat: String, CaseIterable, Sendable {
    case png, svg, both

    /// File extensions, SVG first.
    public var extensions: [String] { self == .both ? ["svg", "png"] : [rawValue] }

    /// The formats of a run file's `figures: {formats: [...]}` (`FigureFormats`).
    public init(formats: [String]) {
        let svg = formats.contains("svg")
        let png = formats.contains("png")
        self = svg && png ? .both : png ? .png : .svg
    }

    /// What a sweep folder's manifest asks for: its run file's `figures:`; without one
    /// `FigureFormats.default` (SVG), and PNG too when the folder already has PNG figures that
    /// nnsweep drew (a folder from before the formats were a setting, or drawn with
    /// `--format both`), so that drawing again never drops images a reader may link to.
    public static func of(_ tables: SweepTables) -> PlotFormat {
        if let formats = tables.manifest?.figureFormats { return PlotFormat(formats: formats) }
        let plots = tables.directory.appendingPathComponent(ResultsLayout.plots)
        let png = ResultsFolder.written(in: plots).contains {
            $0.hasSuffix(".png") && FileManager.default.fileExists(atPath: plots.appendingPathComponent($0).path)
        }
        return png ? .both : PlotFormat(formats: FigureFormats.default)
    }
}

/// What `Plotter.plot` made.
public struct PlotResult: Sendable {
    public let figures: [SweepFigure]
    /// The PNG and SVG files drawn.
    public let images: [URL]
    public let report: URL
    /// What gnuplot wrote on standard error for figures that drew (normally nothing), one
    /// entry per figure, prefixed with the script's path.
    public let warnings: [String]
    /// Figures this sweep cannot have, with the reason (for example a heatmap without two axes).
    public let skipped: [(kind: SweepFigure.Kind, reason: String)]
}

/// Why plotting did not finish.
public enum PlotError: Error, CustomStringConvertible {
    /// gnuplot is not installed. The scripts, their data and report.html were written; the
    /// CSVs are untouched.
    case gnuplotMissing
    /// Some figures did not draw; the others and report.html were written.
    case figuresFailed([GnuplotError])

    public var description: String {
        switch self {
        case .gnuplotMissing:
            return GnuplotError.installHint
        case .figuresFailed(let errors):
            return errors.map(\.description).joined(separator: "\n")
        }
    }
}

/// Draws a sweep's figures with gnuplot and writes its report page.
///
/// Everything goes to `DIR/plots/` (scripts `NAME.gp`, data `NAME.dat`, images `NAME.svg` and
/// `NAME.png`) and `DIR/report.html`; the sweep's CSVs are only read. Nothing is written when the
/// tables cannot be read. Each image is replaced only by a complete new one; images that the
/// current figures do not use are removed once every figure has drawn, so the folder then
/// matches the report.
public enum Plotter {
    /// Draws every figure and writes report.html; returns the images drawn.
    ///
    /// Throws `PlotError.gnuplotMissing` when gnuplot is not installed (after writing the scripts
    /// and the report), `PlotError.figuresFailed` when gnuplot rejected a script or ran out of
    /// time, `SweepTables.LoadError` when `dir` is not a sweep folder or its tables are damaged,
    /// and `FileWriteError` when a file cannot be written (then the report is not rewritten).
    @discardableResult
    public static func plotSweep(dir: URL, format: PlotFormat? = nil) throws -> [URL] {
        try plot(dir: dir, format: format).images
    }

    /// Like `plotSweep`, with the gnuplot to use (nil: not installed) and the full result. All
    /// the figures together get one time limit, `gnuplot.timeout`: once it has run out, the
    /// figures not yet drawn are not started.
    /// `processes` gnuplot processes draw shares of the figures at once (the images depend on
    /// the shares: keep the default for committed results). `format` nil: the formats the
    /// sweep's run file asks for (`PlotFormat.of`).
    public static func plot(
        dir: URL, format requested: PlotFormat? = nil, gnuplot: Gnuplot? = Gnuplot.locate(),
        processes: Int = Gnuplot.defaultProcesses
    ) throws -> PlotResult {
        let plots = dir.appendingPathComponent(ResultsLayout.plots)
        // gnuplot starts while the figures are prepared (only in a folder nnsweep wrote).
        try ResultsFolder.checkOwned(dir)
        let started = gnuplot?.start(processes, in: dir) ?? []
        defer { for g in started { g.close() } }
        let (built, skipped, format, view) = try write(dir: dir, format: requested)
        let figures = built.map(\.figure)
        var drawn: [SweepFigure] = []
        var images: [URL] = []
        var warnings: [String] = []
        var errors: [GnuplotError] = []
        // The page as it is when every figure draws, made while gnuplot draws them.
        let expected = Filled<String>()
        let expecting = DispatchGroup()
        if let gnuplot {
            DispatchQueue.global().async(group: expecting) { [expected] in
                expected.value = SweepReport.render(
                    view, figures: figures, drawn: Set(figures.map(\.name)), format: format, skipped: skipped, note: nil
                )
            }
            // Two gnuplot processes draw a share of the figures each (Gnuplot.defaultProcesses).
            let deadline = Gnuplot.Deadline(seconds: gnuplot.timeout)
            let jobs = built.map { b in
                Gnuplot.Job(
                    text: b.script.text(formats: format.extensions, temporaryOutput: true),
                    script: dir.appendingPathComponent(b.figure.script),
                    outputs: format.extensions.map { plots.appendingPathComponent("\(b.figure.name).\($0)") },
                    finish: { image, output in if output.pathExtension == "svg" { try SVGLegend.addScript(to: image) } }
                )
            }
            // The shares follow the scripts' lengths as written to plots/ (no temporary names).
            let costs = built.map { $0.script.text(formats: format.extensions).utf8.count }
            let results = gnuplot.drawAll(
                jobs, costs: costs, processes: processes,
                combinedScript: plots.appendingPathComponent(ResultsLayout.combinedScript),
                in: dir, until: deadline, started: started)
            for (b, (job, result)) in zip(built, zip(jobs, results)) {
                switch result {
                case .success(let err):
                    if !err.isEmpty { warnings.append("\(b.figure.script): \(err)") }
                    drawn.append(b.figure)
                    images += job.outputs
                case .failure(let e as GnuplotError):
                    if case .notAttempted = e, errors.contains(e) { continue }
                    errors.append(e)
                case .failure(let e):
                    throw e
                }
            }
            if errors.isEmpty { removeUnused(in: plots, keeping: built, format: format, extensions: ["svg", "png"]) }
        }
        let note: String?
        if gnuplot == nil {
            note =
                "The figures were not drawn: gnuplot is not installed (apt-get install gnuplot-nox fonts-dejavu-core). "
                + "Their scripts are in plots/; after installing gnuplot, run nnsweep plot on this folder."
        } else if !errors.isEmpty {
            note =
                "\(figures.count - drawn.count) figure(s) did not draw; nnsweep plot on this folder shows gnuplot's messages."
        } else {
            note = nil
        }
        expecting.wait()
        let report =
            if gnuplot != nil && errors.isEmpty, let html = expected.value {
                try SweepReport.write(html, dir: dir)
            } else {
                try SweepReport.write(
                    view, dir: dir, figures: figures, drawn: Set(drawn.map(\.name)), format: format,
                    skipped: skipped, note: note)
            }
        if gnuplot == nil { throw PlotError.gnuplotMissing }
        if !errors.isEmpty { throw PlotError.figuresFailed(errors) }
        return PlotResult(figures: figures, images: images, report: report, warnings: warnings, skipped: skipped)
    }

    /// Writes every figure's script and data files to `DIR/plots/` without drawing them, and
    /// removes scripts and data there that no current figure uses (images are left alone). The
    /// scripts draw `format` (nil: the formats the sweep's run file asks for).
    public static func writeScripts(dir: URL, format: PlotFormat? = nil) throws
        -> (figures: [SweepFigure], skipped: [(kind: SweepFigure.Kind, reason: String)])
    {
        let (built, skipped, _, _) = try write(dir: dir, format: format)
        return (built.map(\.figure), skipped)
    }

    static func write(dir: URL, format requested: PlotFormat?) throws
        -> (
            built: [GnuplotRenderer.Built], skipped: [(kind: SweepFigure.Kind, reason: String)], format: PlotFormat,
            view: SweepView
        )
    {
        // Only into a results folder that nnsweep wrote, and never through a link inside it.
        try ResultsFolder.checkOwned(dir)
        AtomicFile.removeStale(in: [dir.appendingPathComponent(ResultsLayout.plots)], shared: true)
        let tables = try SweepTables.load(dir)
        let format = requested ?? PlotFormat.of(tables)
        let search = ResultsLayout.isSearch(dir)
        var builder = FigureBuilder(SweepView(tables, validationOnly: search))
        if search,
            let text = try? String(
                contentsOf: dir.deletingLastPathComponent().appendingPathComponent(ResultsLayout.selection),
                encoding: .utf8)
        {
            let rows = CSVTable.rows(text)
            if let header = rows.first {
                builder.selected = rows.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
            }
        }
        var gridSkipped: [(SweepFigure.Kind, String)] = []
        // The scripts of the figures are independent: written on every core.
        let models = builder.all()
        let scripts = Filled<[GnuplotRenderer.Built?]>(Array(repeating: nil, count: models.count))
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: models.count) { i in
            let b = GnuplotRenderer.build(models[i])
            lock.withLock { scripts.value![i] = b }
        }
        let built = scripts.value!.map { $0! } + GridFigures.all(builder.v, skipped: &gridSkipped)
        let plots = dir.appendingPathComponent(ResultsLayout.plots)
        try AtomicFile.createDirectory(plots)
        try ResultsFolder.checkNoLinks(dir)
        try ResultsFolder.recordWritten(
            built.flatMap { b in
                b.script.data.map(\.fileName) + ["\(b.figure.name).gp"]
                    + format.extensions.map { "\(b.figure.name).\($0)" }
            }, in: plots)
        // Each figure's files on every core; the first error (by figure) is thrown.
        let failures = Filled<[Error?]>(Array(repeating: nil, count: built.count))
        // Read-only from here (its data files are classes that were filled in when built).
        let shared = Filled(built)
        DispatchQueue.concurrentPerform(iterations: built.count) { i in
            let b = shared.value![i]
            do {
                for d in b.script.data {
                    try AtomicFile.write(Data(d.text.utf8), to: plots.appendingPathComponent(d.fileName))
                }
                try AtomicFile.write(
                    Data(b.script.text(formats: format.extensions).utf8),
                    to: plots.appendingPathComponent("\(b.figure.name).gp"))
            } catch {
                lock.withLock { failures.value![i] = error }
            }
        }
        if let error = failures.value!.lazy.compactMap({ $0 }).first { throw error }
        removeUnused(in: plots, keeping: built, format: format, extensions: ["gp", "dat"])
        return (built, (builder.skipped + gridSkipped).map { (kind: $0.0, reason: $0.1) }, format, builder.v)
    }

    /// Removes the files in `plots` with one of `extensions` that nnsweep wrote and none of
    /// `built` uses (a file nnsweep did not write stays, whatever its name).
    static func removeUnused(
        in plots: URL, keeping built: [GnuplotRenderer.Built], format: PlotFormat, extensions: Set<String>
    ) {
        var keep: Set<String> = []
        for b in built {
            for d in b.script.data { keep.insert(d.fileName) }
            keep.insert("\(b.figure.name).gp")
            for ext in format.extensions { keep.insert("\(b.figure.name).\(ext)") }
        }
        ResultsFolder.removeWritten(in: plots, except: keep, extensions: extensions)
    }
}

/// A value filled in on another thread, read after waiting for it.
final class Filled<Value>: @unchecked Sendable {
    var value: Value?
    init(_ value: Value? = nil) { self.value = value }
}
