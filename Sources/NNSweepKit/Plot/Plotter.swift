import Foundation

/// Which images to draw.
public enum PlotFormat: String, CaseIterable, Sendable {
    case png, svg, both

    /// File extensions, SVG first.
    public var extensions: [String] { self == .both ? ["svg", "png"] : [rawValue] }
}

/// What `Plotter.plot` made.
public struct PlotResult: Sendable {
    public let figures: [PlotFigure]
    /// The PNG and SVG files drawn.
    public let images: [URL]
    public let report: URL
    /// What gnuplot wrote on standard error for figures that drew (normally nothing), one
    /// entry per figure, prefixed with the script's path.
    public let warnings: [String]
    /// Figures this sweep cannot have, with the reason (for example a heatmap without two axes).
    public let skipped: [(kind: PlotFigure.Kind, reason: String)]
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
/// `NAME.png`) and `DIR/report.html`; the sweep's CSVs are only read. Files in `plots/` with
/// those extensions that the current figures do not use are removed, so the folder always
/// matches the report.
public enum Plotter {
    /// Draws every figure and writes report.html; returns the images drawn.
    ///
    /// Throws `PlotError.gnuplotMissing` when gnuplot is not installed (after writing the scripts
    /// and the report), `PlotError.figuresFailed` when gnuplot rejected a script, and
    /// `SweepTables.LoadError` when `dir` is not a sweep folder.
    @discardableResult
    public static func plotSweep(dir: URL, format: PlotFormat = .both) throws -> [URL] {
        try plot(dir: dir, format: format).images
    }

    /// Like `plotSweep`, with the gnuplot to use (nil: not installed) and the full result.
    public static func plot(dir: URL, format: PlotFormat = .both, gnuplot: Gnuplot? = Gnuplot.locate()) throws -> PlotResult {
        let (figures, skipped) = try writeScripts(dir: dir, format: format)
        let plots = dir.appendingPathComponent("plots")
        var drawn: [PlotFigure] = [], images: [URL] = [], warnings: [String] = [], errors: [GnuplotError] = []
        if let gnuplot {
            for f in figures {
                // Remove old images first, so a figure that fails leaves none behind.
                for ext in ["svg", "png"] { try? FileManager.default.removeItem(at: plots.appendingPathComponent("\(f.name).\(ext)")) }
                do {
                    let err = try gnuplot.run(script: dir.appendingPathComponent(f.script), in: dir)
                    if !err.isEmpty { warnings.append("\(f.script): \(err)") }
                    drawn.append(f)
                    images += format.extensions.map { plots.appendingPathComponent("\(f.name).\($0)") }
                } catch let e as GnuplotError {
                    errors.append(e)
                }
            }
        }
        let note: String?
        if gnuplot == nil {
            note = "The figures were not drawn: gnuplot is not installed (apt-get install gnuplot-nox fonts-dejavu-core). "
                + "Their scripts are in plots/; after installing gnuplot, run nnsweep plot on this folder."
        } else if !errors.isEmpty {
            note = "\(errors.count) figure(s) did not draw; nnsweep plot on this folder shows gnuplot's messages."
        } else { note = nil }
        let report = try SweepReport.write(dir: dir, figures: figures, drawn: Set(drawn.map(\.name)), format: format,
                                           skipped: skipped, note: note)
        if gnuplot == nil { throw PlotError.gnuplotMissing }
        if !errors.isEmpty { throw PlotError.figuresFailed(errors) }
        return PlotResult(figures: figures, images: images, report: report, warnings: warnings, skipped: skipped)
    }

    /// Writes every figure's script and data files to `DIR/plots/` without drawing them, and
    /// removes files there that no current figure uses. The scripts draw `format`.
    public static func writeScripts(dir: URL, format: PlotFormat = .both) throws
        -> (figures: [PlotFigure], skipped: [(kind: PlotFigure.Kind, reason: String)]) {
        let tables = try SweepTables.load(dir)
        var builder = FigureBuilder(SweepView(tables))
        let built = builder.all()
        let plots = dir.appendingPathComponent("plots")
        try FileManager.default.createDirectory(at: plots, withIntermediateDirectories: true)
        var keep: Set<String> = []
        for b in built {
            for d in b.script.data {
                try AtomicFile.write(Data(d.text.utf8), to: plots.appendingPathComponent(d.fileName))
                keep.insert(d.fileName)
            }
            try AtomicFile.write(Data(b.script.text(formats: format.extensions).utf8), to: plots.appendingPathComponent("\(b.figure.name).gp"))
            keep.insert("\(b.figure.name).gp")
            for ext in format.extensions { keep.insert("\(b.figure.name).\(ext)") }
        }
        let owned: Set<String> = ["gp", "dat", "svg", "png"]
        for f in (try? FileManager.default.contentsOfDirectory(atPath: plots.path)) ?? []
        where owned.contains((f as NSString).pathExtension) && !keep.contains(f) {
            try? FileManager.default.removeItem(at: plots.appendingPathComponent(f))
        }
        return (built.map(\.figure), builder.skipped.map { (kind: $0.0, reason: $0.1) })
    }
}
