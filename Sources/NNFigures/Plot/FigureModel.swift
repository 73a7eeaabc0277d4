import Foundation
import NNCompare
import NNEngine
import NNPlan
import NNStatistics
import NNSweepRunner

/// A figure as data: its panels, their series, axes, labels and legend. It says what to draw and
/// nothing about how; `GnuplotRenderer` turns it into a script and its data.
struct FigureModel {
    /// The file name stem (`plots/NAME.gp`, `compare.gp`).
    var name: String
    /// nil for a figure outside a sweep's report (the figure of `nnsweep compare`).
    var kind: SweepFigure.Kind?
    /// Lines separated by "\n": the first is the heading, the others say how it was averaged.
    var title: String
    /// A sentence or two for the report page.
    var caption: String = ""
    /// Notes for the top of the script.
    var notes: [String] = []
    /// Notes for the top of the data file.
    var dataNotes: [String] = []
    var layout: Layout
    /// Axes shared by every panel (a panel may set its own y axis).
    var x = PlotAxis()
    var y = PlotAxis()
    /// The colours of a heatmap's cells.
    var colorScale: ColorScale?
    var panels: [Panel] = []
    /// Drawn in a column of its own on the right (sweep figures).
    var legend: Legend?
}

/// Where the panels go.
enum Layout {
    /// Panels on a grid, row by row, with the legend in a column on the right and the title on
    /// top; the image is as large as the panels need. `bottomMargin` (in characters) leaves room
    /// for rotated tick labels; `minHeight` is the least image height.
    case grid(
        panelWidth: Int = 400, panelHeight: Int = 300, maxColumns: Int = 4, bottomMargin: Double? = nil,
        minHeight: Int = 0)
    /// One plot of this size in pixels, with these margins in characters.
    case single(width: Int, height: Int, margins: Margins)
    /// Up to three panels a row, each `panelWidth` by `panelHeight` pixels with its own key;
    /// the script and its data stand alone in one folder (the figure of `nnsweep compare`).
    case tiled(panelWidth: Int, panelHeight: Int)
}

struct Margins {
    var left: Double, right: Double, top: Double, bottom: Double
}

struct PlotAxis {
    var label: String?
    /// From `range.0` to `range.1` (a reversed range turns the axis around).
    var range: (Double, Double)?
    /// nil: leave the scale alone.
    var log: Bool?
    var ticks: Ticks?
    /// Degrees, for tick labels too long to sit side by side.
    var tickRotation: Int?
    /// Grid lines at the ticks (drawn by default).
    var grid = true
    /// A line along y = 0 (y axis only); nil: leave it alone.
    var zeroLine: Bool?

    enum Ticks {
        case auto
        /// Every `step` units.
        case step(Double)
        /// Named positions; `marks` false hides the tick marks.
        case named([(String, Double)], marks: Bool)
    }
}

/// Colours for cell values, from `range.0` to `range.1`.
struct ColorScale {
    /// Position from 0 to 1 and colour (#RRGGBB).
    var stops: [(Double, String)]
    var range: (Double, Double)
    var label: String
}

struct Panel {
    /// Lines separated by "\n"; empty for none.
    var title = ""
    /// Where the panel sits in a `.grid` layout, row by row from the top left; nil: its place
    /// in the figure's list.
    var position: Int?
    /// This panel's own y axis, when the figure's is not shared.
    var y: PlotAxis?
    var series: [Series] = []
    var labels: [TextLabel] = []
    /// Filled rectangles behind the data.
    var boxes: [Box] = []
    /// Light vertical lines at these x positions, behind the data.
    var separators: [Double] = []
    /// A message in the middle of the panel (when it has nothing to show).
    var note: String?
}

/// Rows of numbers (one block of the data file) and the ways they are drawn.
struct Series {
    /// What the rows hold, written above them in the data file.
    var about: String
    var rows: [[Double?]]
    var draws: [Draw] = []
}

/// One drawing of a series' columns (0 = the first).
struct Draw {
    var x = 0
    var y = 1
    /// The column of the error (yerror style) or of the value (cells style).
    var extra: Int?
    var style: Style
    /// A key entry inside the panel (tiled layout); nil: none.
    var title: String?
}

struct Style {
    /// `band` fills between the y column and the `extra` column (an interval around a line).
    enum Kind { case lines, linesPoints, points, errorBars, cells, band }
    enum Dash: Int {
        case solid = 1
        case dashed = 2
        case dotted = 3
    }
    enum Marker: Int {
        case none = 0
        case cross = 2
        case openSquare = 4
        case openCircle = 6
        case dot = 7
    }

    var kind: Kind
    var color: String?
    var width: Double?
    var dash: Dash?
    var marker: Marker?
    var markerSize: Double?

    static func lines(_ color: String, width: Double? = 2, dash: Dash? = .solid) -> Style {
        Style(kind: .lines, color: color, width: width, dash: dash)
    }
    static func linesPoints(
        _ color: String, width: Double = 2, dash: Dash = .solid, marker: Marker = .dot, size: Double
    ) -> Style {
        Style(kind: .linesPoints, color: color, width: width, dash: dash, marker: marker, markerSize: size)
    }
    static func points(_ color: String, _ marker: Marker, size: Double?, width: Double? = nil) -> Style {
        Style(kind: .points, color: color, width: width, marker: marker, markerSize: size)
    }
    /// Cells filled from the colour scale.
    static var cells: Style { Style(kind: .cells) }
    /// A translucent band between two columns.
    static func band(_ color: String) -> Style { Style(kind: .band, color: color) }
}

struct TextLabel {
    enum Place {
        case data(Double)
        case graph(Double)
    }
    enum Anchor { case center, left }
    var text: String
    var x: Place
    var y: Place
    var anchor: Anchor = .center
    var rotation: Int?
    /// Character heights above the point.
    var raise: Double?
    var fontSize: Int?
    var color: String
}

struct Box {
    var from: (Double, Double)
    var to: (Double, Double)
    var color: String
}

/// A legend drawn beside the panels.
struct Legend {
    struct Entry {
        var style: Style
        var text: String
        static func line(_ color: String, _ text: String, dash: Style.Dash = .solid) -> Entry {
            Entry(style: .lines(color, dash: dash), text: text)
        }
        static func points(_ color: String, _ text: String, _ marker: Style.Marker, size: Double = 1.2) -> Entry {
            Entry(style: .points(color, marker, size: size, width: 2), text: text)
        }
        static func linePoints(_ color: String, _ text: String, dash: Style.Dash = .solid) -> Entry {
            Entry(style: .linesPoints(color, dash: dash, size: 0.8), text: text)
        }
        /// A line of text without a sample.
        static func text(_ text: String) -> Entry { Entry(style: .points("#ffffff", .none, size: nil), text: text) }
        static var gap: Entry { Entry(style: .lines("#ffffff", width: nil, dash: nil), text: " ") }
    }

    var title: String?
    var entries: [Entry]
}

/// Colours and dash patterns for the series of a figure.
enum Palette {
    /// Line colours that stay apart for colour-blind readers (Okabe and Ito), then a few more.
    static let colors = [
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442",
        "#7F7F7F", "#8C564B", "#17BECF", "#BCBD22"
    ]

    static func color(_ i: Int) -> String { colors[i % colors.count] }
    /// Dash pattern for series `i`: solid for the first round of colours, dotted after that.
    static func dash(_ i: Int) -> Style.Dash { i < colors.count ? .solid : .dotted }
}
