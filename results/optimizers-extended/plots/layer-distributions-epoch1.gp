# Per-layer distributions after epoch 1: activations and back-propagated gradients
# band: 5-95 %, dark band: 25-75 %, line: median; quantiles averaged over 5 seeds
# Rows: settings; columns: activations, gradients of the loss with respect to each Linear layer's output (before its activation).
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/layer-distributions-epoch1.gp
# Data: plots/layer-distributions-epoch1.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/layer-distributions-epoch1.gp

if (!exists("formats")) formats = "svg png"
do for [fmt in formats] {
    reset
    # hover = 1: the SVG shows each point's values under the mouse (points drawn only there).
    hover = (fmt eq "svg")
    if (fmt eq "svg") {
        set terminal svg size 1110,7070 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1110,7070 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output "plots/layer-distributions-epoch1." . fmt
    set multiplot title "Per-layer distributions after epoch 1: activations and back-propagated gradients\nband: 5-95 %, dark band: 25-75 %, line: median; quantiles averaged over 5 seeds" font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel "layer (1 = first)"
    set xrange [0.8:3.2]
    set xtics 1
    set format y "%g"
    set origin 0.00000,0.95615
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Momentum, scheduler=constant"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 0 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 0 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 0 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 0 using 1:4:(sprintf("activation, epoch1 | optimizer=Momentum, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 0 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 0 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 0 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.91938
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Momentum, scheduler=cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 1 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 1 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 1 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 1 using 1:4:(sprintf("activation, epoch1 | optimizer=Momentum, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 1 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 1 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 1 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.88260
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Momentum, scheduler=warmup+cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 2 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 2 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 2 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 2 using 1:4:(sprintf("activation, epoch1 | optimizer=Momentum, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 2 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 2 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 2 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.84583
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Adam, scheduler=constant"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 3 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 3 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 3 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 3 using 1:4:(sprintf("activation, epoch1 | optimizer=Adam, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 3 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 3 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 3 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.80905
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Adam, scheduler=cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 4 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 4 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 4 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 4 using 1:4:(sprintf("activation, epoch1 | optimizer=Adam, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 4 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 4 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 4 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.77228
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Adam, scheduler=warmup+cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 5 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 5 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 5 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 5 using 1:4:(sprintf("activation, epoch1 | optimizer=Adam, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 5 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 5 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 5 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.73550
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=AdamW, scheduler=constant"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 6 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 6 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 6 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 6 using 1:4:(sprintf("activation, epoch1 | optimizer=AdamW, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 6 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 6 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 6 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.69873
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=AdamW, scheduler=cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 7 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 7 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 7 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 7 using 1:4:(sprintf("activation, epoch1 | optimizer=AdamW, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 7 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 7 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 7 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.66195
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=AdamW, scheduler=warmup+cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 8 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 8 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 8 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 8 using 1:4:(sprintf("activation, epoch1 | optimizer=AdamW, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 8 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 8 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 8 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.62518
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=NAdam, scheduler=constant"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 9 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 9 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 9 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 9 using 1:4:(sprintf("activation, epoch1 | optimizer=NAdam, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 9 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 9 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 9 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.58840
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=NAdam, scheduler=cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 10 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 10 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 10 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 10 using 1:4:(sprintf("activation, epoch1 | optimizer=NAdam, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 10 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 10 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 10 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.55163
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=NAdam, scheduler=warmup+cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 11 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 11 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 11 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 11 using 1:4:(sprintf("activation, epoch1 | optimizer=NAdam, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 11 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 11 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 11 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.51485
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=RAdam, scheduler=constant"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 12 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 12 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 12 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 12 using 1:4:(sprintf("activation, epoch1 | optimizer=RAdam, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 12 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 12 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 12 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.47808
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=RAdam, scheduler=cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 13 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 13 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 13 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 13 using 1:4:(sprintf("activation, epoch1 | optimizer=RAdam, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 13 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 13 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 13 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.44130
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=RAdam, scheduler=warmup+cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 14 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 14 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 14 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 14 using 1:4:(sprintf("activation, epoch1 | optimizer=RAdam, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 14 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 14 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 14 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.40453
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Adamax, scheduler=constant"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 15 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 15 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 15 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 15 using 1:4:(sprintf("activation, epoch1 | optimizer=Adamax, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 15 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 15 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 15 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.36775
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Adamax, scheduler=cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 16 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 16 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 16 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 16 using 1:4:(sprintf("activation, epoch1 | optimizer=Adamax, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 16 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 16 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 16 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.33098
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Adamax, scheduler=warmup+cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 17 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 17 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 17 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 17 using 1:4:(sprintf("activation, epoch1 | optimizer=Adamax, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 17 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 17 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 17 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.29420
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Adadelta, scheduler=constant"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 18 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 18 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 18 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 18 using 1:4:(sprintf("activation, epoch1 | optimizer=Adadelta, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 18 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 18 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 18 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.25743
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Adadelta, scheduler=cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 19 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 19 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 19 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 19 using 1:4:(sprintf("activation, epoch1 | optimizer=Adadelta, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 19 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 19 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 19 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.22065
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Adadelta, scheduler=warmup+cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 20 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 20 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 20 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 20 using 1:4:(sprintf("activation, epoch1 | optimizer=Adadelta, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 20 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 20 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 20 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.18388
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=ASGD, scheduler=constant"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 21 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 21 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 21 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 21 using 1:4:(sprintf("activation, epoch1 | optimizer=ASGD, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 21 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 21 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 21 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.14710
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=ASGD, scheduler=cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 22 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 22 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 22 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 22 using 1:4:(sprintf("activation, epoch1 | optimizer=ASGD, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 22 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 22 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 22 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.11033
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=ASGD, scheduler=warmup+cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 23 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 23 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 23 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 23 using 1:4:(sprintf("activation, epoch1 | optimizer=ASGD, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 23 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 23 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 23 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.07355
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Rprop, scheduler=constant"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 24 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 24 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 24 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 24 using 1:4:(sprintf("activation, epoch1 | optimizer=Rprop, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 24 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 24 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 24 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.03678
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Rprop, scheduler=cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 25 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 25 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 25 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 25 using 1:4:(sprintf("activation, epoch1 | optimizer=Rprop, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 25 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 25 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 25 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.00000
    set size 0.37838,0.03678
    set title "activation (after the block's activation)\noptimizer=Rprop, scheduler=warmup+cosine"
    set ylabel "activation"
    set yrange [-6.807969985:8.267794824]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 26 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 26 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 26 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 26 using 1:4:(sprintf("activation, epoch1 | optimizer=Rprop, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 26 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 26 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 26 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.95615
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Momentum, scheduler=constant"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 27 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 27 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 27 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 27 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Momentum, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 27 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 27 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 27 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.91938
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Momentum, scheduler=cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 28 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 28 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 28 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 28 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Momentum, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 28 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 28 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 28 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.88260
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Momentum, scheduler=warmup+cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 29 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 29 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 29 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 29 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Momentum, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 29 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 29 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 29 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.84583
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Adam, scheduler=constant"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 30 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 30 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 30 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 30 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Adam, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 30 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 30 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 30 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.80905
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Adam, scheduler=cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 31 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 31 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 31 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 31 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Adam, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 31 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 31 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 31 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.77228
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Adam, scheduler=warmup+cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 32 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 32 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 32 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 32 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Adam, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 32 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 32 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 32 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.73550
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=AdamW, scheduler=constant"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 33 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 33 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 33 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 33 using 1:4:(sprintf("output_grad, epoch1 | optimizer=AdamW, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 33 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 33 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 33 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.69873
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=AdamW, scheduler=cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 34 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 34 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 34 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 34 using 1:4:(sprintf("output_grad, epoch1 | optimizer=AdamW, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 34 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 34 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 34 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.66195
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=AdamW, scheduler=warmup+cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 35 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 35 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 35 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 35 using 1:4:(sprintf("output_grad, epoch1 | optimizer=AdamW, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 35 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 35 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 35 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.62518
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=NAdam, scheduler=constant"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 36 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 36 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 36 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 36 using 1:4:(sprintf("output_grad, epoch1 | optimizer=NAdam, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 36 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 36 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 36 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.58840
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=NAdam, scheduler=cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 37 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 37 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 37 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 37 using 1:4:(sprintf("output_grad, epoch1 | optimizer=NAdam, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 37 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 37 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 37 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.55163
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=NAdam, scheduler=warmup+cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 38 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 38 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 38 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 38 using 1:4:(sprintf("output_grad, epoch1 | optimizer=NAdam, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 38 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 38 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 38 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.51485
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=RAdam, scheduler=constant"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 39 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 39 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 39 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 39 using 1:4:(sprintf("output_grad, epoch1 | optimizer=RAdam, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 39 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 39 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 39 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.47808
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=RAdam, scheduler=cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 40 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 40 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 40 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 40 using 1:4:(sprintf("output_grad, epoch1 | optimizer=RAdam, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 40 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 40 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 40 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.44130
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=RAdam, scheduler=warmup+cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 41 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 41 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 41 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 41 using 1:4:(sprintf("output_grad, epoch1 | optimizer=RAdam, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 41 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 41 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 41 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.40453
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Adamax, scheduler=constant"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 42 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 42 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 42 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 42 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Adamax, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 42 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 42 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 42 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.36775
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Adamax, scheduler=cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 43 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 43 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 43 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 43 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Adamax, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 43 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 43 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 43 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.33098
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Adamax, scheduler=warmup+cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 44 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 44 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 44 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 44 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Adamax, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 44 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 44 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 44 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.29420
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Adadelta, scheduler=constant"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 45 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 45 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 45 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 45 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Adadelta, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 45 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 45 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 45 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.25743
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Adadelta, scheduler=cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 46 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 46 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 46 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 46 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Adadelta, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 46 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 46 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 46 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.22065
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Adadelta, scheduler=warmup+cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 47 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 47 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 47 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 47 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Adadelta, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 47 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 47 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 47 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.18388
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=ASGD, scheduler=constant"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 48 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 48 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 48 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 48 using 1:4:(sprintf("output_grad, epoch1 | optimizer=ASGD, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 48 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 48 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 48 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.14710
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=ASGD, scheduler=cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 49 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 49 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 49 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 49 using 1:4:(sprintf("output_grad, epoch1 | optimizer=ASGD, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 49 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 49 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 49 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.11033
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=ASGD, scheduler=warmup+cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 50 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 50 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 50 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 50 using 1:4:(sprintf("output_grad, epoch1 | optimizer=ASGD, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 50 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 50 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 50 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.07355
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Rprop, scheduler=constant"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 51 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 51 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 51 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 51 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Rprop, scheduler=constant: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 51 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 51 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 51 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.03678
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Rprop, scheduler=cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 52 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 52 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 52 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 52 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Rprop, scheduler=cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 52 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 52 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 52 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.00000
    set size 0.37838,0.03678
    set title "gradient w.r.t. the Linear output\noptimizer=Rprop, scheduler=warmup+cosine"
    set ylabel "gradient"
    set yrange [-0.001232157002:0.001354193502]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 53 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 53 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 53 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 53 using 1:4:(sprintf("output_grad, epoch1 | optimizer=Rprop, scheduler=warmup+cosine: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 53 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 53 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 53 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.75676,0
    set size 0.24324,0.99293
    unset title
    unset xlabel
    unset ylabel
    unset logscale
    unset grid
    unset border
    unset tics
    unset label
    unset object
    unset arrow
    unset colorbox
    unset xzeroaxis
    set lmargin 1
    set rmargin 1
    set tmargin 4
    set bmargin 1
    set xrange [0:1]
    set yrange [0:1]
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox
    plot NaN with lines lw 2 dt 1 lc rgb "#0072B2" title "median", NaN with points pt 0 lc rgb "#ffffff" title "bands: 5-95 % and 25-75 %"
    unset multiplot
    set output
}
