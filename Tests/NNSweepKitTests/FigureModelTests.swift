import Foundation
import Testing

@testable import NNCluster
@testable import NNCompare
@testable import NNFigures
@testable import NNPlan
@testable import NNStatistics
@testable import NNSweepRunner

/// The figure model and its gnuplot renderer, without a sweep folder.
@Suite struct FigureModelTests {
    /// A two-panel figure made by hand, as a new figure's builder would make it.
    static func twoPanels() -> FigureModel {
        var f = FigureModel(
            name: "demo", kind: .loss, title: "Demo figure\nsecond line", caption: "a demo.",
            layout: .grid(panelWidth: 300, panelHeight: 200))
        f.notes = ["Made by hand."]
        f.dataNotes = ["demo data"]
        f.x = PlotAxis(label: "epoch", range: (1, 3), ticks: .step(1))
        f.y = PlotAxis(label: "loss", range: (0, 2), log: false)
        f.legend = Legend(title: "line", entries: [.line(Palette.color(0), "first"), .gap, .text("a note")])
        let line = Style.linesPoints(Palette.color(1), dash: .dashed, size: 0.5)
        // Listed second, drawn in the first place of the grid.
        f.panels = [
            Panel(
                title: "right", position: 1,
                series: [Series(about: "right | a", rows: [[1, 0.5], [2, nil]], draws: [Draw(style: line)])],
                labels: [
                    TextLabel(
                        text: "x", x: .data(2), y: .graph(0.1), anchor: .left, rotation: 90, fontSize: 9,
                        color: "#b00000")
                ]),
            Panel(
                title: "left", position: 0,
                series: [
                    Series(
                        about: "left | a\nb", rows: [[1, 1, 2]],
                        draws: [
                            Draw(y: 1, style: line),
                            Draw(y: 2, style: .points("#000000", .cross, size: 1.8, width: 2.5))
                        ])
                ],
                note: "empty")
        ]
        return f
    }

    @Test func rendererWritesTheModelAsScriptAndData() {
        let built = GnuplotRenderer.build(Self.twoPanels())
        #expect(built.figure.title == "Demo figure; second line")
        #expect(built.figure.caption == "A demo.")
        #expect(built.figure.script == "plots/demo.gp" && built.figure.dataFiles == ["plots/demo.dat"])
        // Two panels of 300 side by side and a legend column at least 170 wide.
        #expect(built.figure.width == 2 * 300 + 170 && built.figure.height == 50 + 200)

        let data = built.script.data[0].text
        #expect(data == "# demo data\n# [index 0] right | a\n1 0.5\n2 NaN\n\n\n# [index 1] left | a b\n1 1 2\n")

        let script = built.script.text(formats: ["svg"])
        #expect(script.hasPrefix("# Demo figure\n# second line\n# Made by hand.\n#\n# Redraw from the sweep folder"))
        #expect(script.components(separatedBy: "set multiplot title").count == 2)
        #expect(
            script.contains(
                "set xlabel 'epoch'\n    set ylabel 'loss'\n    set xrange [1:3]\n    set xtics 1\n    set yrange [0:2]\n    unset logscale y\n    set format y \"%g\"\n"
            ))
        // The first panel listed sits in the second place of the grid.
        #expect(
            script.contains(
                "set origin 0.38961,0.00000\n    set size 0.38961,0.80000\n    set title 'right'\n    unset label\n"
                    + "    set label 'x' at 2,graph 0.1 rotate by 90 left front font \",9\" tc rgb '#b00000'\n"
                    + "    if (hover) {\n"))
        // Without the SVG's values under the mouse, the plain plot.
        #expect(
            script.contains(
                "    } else {\n"
                    + "        plot 'plots/demo.dat' index 0 using 1:2 with linespoints pt 7 ps 0.5 lw 2 dt 2 lc rgb '#E69F00' notitle\n    }\n"
            ))
        #expect(script.contains("with labels hypertext"))
        #expect(
            script.contains(
                "set origin 0.00000,0.00000\n    set size 0.38961,0.80000\n    set title 'left'\n    unset label\n"
                    + "    set label 1 'empty' at graph 0.5, graph 0.5 center tc rgb \"#b00000\"\n"
                    + "    if (hover) {\n"))
        #expect(
            script.contains(
                "    } else {\n"
                    + "        plot 'plots/demo.dat' index 1 using 1:2 with linespoints pt 7 ps 0.5 lw 2 dt 2 lc rgb '#E69F00' notitle, "
                    + "'plots/demo.dat' index 1 using 1:3 with points pt 2 ps 1.8 lw 2.5 lc rgb '#000000' notitle\n    }\n"
            ))
        #expect(
            script.contains(
                "title 'line' left\n    plot NaN with lines lw 2 dt 1 lc rgb '#0072B2' title 'first', "
                    + "NaN with lines lc rgb '#ffffff' title ' ', NaN with points pt 0 lc rgb '#ffffff' title 'a note'\n"
            ))
        // No separators: arrows are cleared only for the legend.
        #expect(script.components(separatedBy: "unset arrow").count == 2)
    }

    @Test func tiledFigureStandsAloneWithItsKeysInside() {
        var f = Self.twoPanels()
        f.layout = .tiled(panelWidth: 500, panelHeight: 400)
        f.kind = nil
        f.legend = nil
        f.panels[0].labels = []
        f.panels[0].series[0].draws[0].title = "it's"
        f.panels[1].y = PlotAxis(log: true)
        let (script, data) = GnuplotRenderer.standalone(f, output: "demo.png")
        #expect(
            script.hasPrefix(
                "# Made by hand.\n# Run it in this folder: gnuplot demo.gp\nset terminal pngcairo size 1000,400 font ',10'\n"
            ))
        #expect(script.contains("set output 'demo.png'\n"))
        #expect(
            script.contains("set multiplot layout 1,2 title 'Demo figure'.\"\\n\".'second line'\nset title 'right'\n"))
        #expect(
            script.contains(
                "plot 'demo.dat' index 0 using 1:2 with linespoints pt 7 ps 0.5 lw 2 dt 2 lc rgb '#E69F00' title 'it''s'\n"
            ))
        #expect(script.contains("set title 'left'\nset logscale y\n"))
        #expect(script.hasSuffix("unset multiplot\n"))
        #expect(!script.contains("unset label"))
        // Numbers as the tables write them.
        #expect(data.text.contains("\n1.0 0.5\n2.0 \n"))
    }
}
