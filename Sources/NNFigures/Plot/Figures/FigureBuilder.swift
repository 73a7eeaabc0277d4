import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// Builds the figures of a sweep as `FigureModel` models, one file per kind of figure. A new figure
/// is a method returning `[FigureModel]` and one line in `all()`.
struct FigureBuilder {
    let v: SweepView
    var t: SweepTables { v.tables }
    /// Figures that could not be made from this sweep, with the reason.
    var skipped: [(SweepFigure.Kind, String)] = []
    private var usedNames: Set<String> = []
    /// For the search of a tuned grid: the rows of its selection.csv (column name to value), so
    /// that the sensitivity figures mark each group's selected point.
    var selected: [[String: String]] = []

    init(_ view: SweepView) { v = view }

    /// Every figure, in the order of the report.
    mutating func all() -> [FigureModel] {
        var figures: [FigureModel] =
            lossFigures() + accuracyFigures() + modeFigures() + heatmapFigures() + sensitivityFigures()
            + learningRateFigures()
            + finalMetricFigures()
        figures += timeToTargetFigures()
        figures += profileFigures()
        return figures + layerFigures() + layerDistributionFigures()
    }

    mutating func uniqueName(_ base: String) -> String {
        var n = base
        var k = 2
        while usedNames.contains(n) {
            n = "\(base)-\(k)"
            k += 1
        }
        usedNames.insert(n)
        return n
    }

    func label(_ axis: Int?, _ value: String?) -> String {
        guard let axis, let value else { return "" }
        return "\(v.axisName(axis))=\(value)"
    }

    /// Wraps comma-separated notes onto lines of about `width` characters.
    static func wrap(_ parts: [String], width: Int = 58) -> String {
        var lines: [String] = []
        var line = ""
        for p in parts {
            if line.isEmpty {
                line = p
            } else if line.count + 2 + p.count <= width {
                line += ", " + p
            } else {
                lines.append(line + ",")
                line = p
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// Ticks every epoch for a few epochs, automatic ones for more, and the epoch range.
    static func epochAxis(_ maxEpoch: Int) -> PlotAxis {
        PlotAxis(
            label: "epoch", range: maxEpoch > 1 ? (1, Double(maxEpoch)) : (0.5, 1.5),
            ticks: maxEpoch <= 12 ? .step(1) : .auto)
    }
}
