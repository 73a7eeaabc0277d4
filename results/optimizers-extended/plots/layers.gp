# Per-layer statistics at initialization and after epoch 1, one line per optimizer
# Mean over scheduler and 5 seeds
# Rows: stages; columns: activation mean, activation std, gradient norm of the layer's weights.
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/layers.gp
# Data: plots/layers.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/layers.gp

if (!exists("formats")) formats = 'svg png'
do for [fmt in formats] {
    reset
    # hover = 1: the SVG shows each point's values under the mouse (points drawn only there).
    hover = (fmt eq "svg")
    # A clean start: the same terminal state whatever was drawn before.
    if (fmt eq "svg") {
        set terminal svg size 240,180 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 240,180 font "DejaVu Sans,10" background rgb "white"
    }
    set output '/dev/null'
    plot [0:1] [0:1] 0.5 notitle
    set output
    if (fmt eq "svg") {
        set terminal svg size 1250,610 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1250,610 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/layers.' . fmt
    set multiplot title 'Per-layer statistics at initialization and after epoch 1, one line per optimizer'."\n".'Mean over scheduler and 5 seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'layer (1 = first)'
    set xrange [0.8:3.2]
    set xtics 1
    set format y "%g"
    set origin 0.00000,0.45902
    set size 0.28800,0.45902
    set title 'activation mean, at initialization'
    set ylabel 'activation mean'
    set yrange [-0.3548467684:0.8075391479]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 0 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 1 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 2 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 3 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 4 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 5 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 6 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 7 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 8 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle, 'plots/layers.dat' index 0 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | Momentum: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 1 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | Adam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 2 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | AdamW: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 3 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | NAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 4 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | RAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 5 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | Adamax: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 6 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | Adadelta: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 7 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | ASGD: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 8 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | Rprop: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 0 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 1 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 2 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 3 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 4 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 5 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 6 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 7 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 8 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle
    }
    set origin 0.00000,0.00000
    set size 0.28800,0.45902
    set title 'activation mean, after epoch 1'
    set ylabel 'activation mean'
    set yrange [-0.3548467684:0.8075391479]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 9 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 10 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 11 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 12 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 13 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 14 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 15 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 16 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 17 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle, 'plots/layers.dat' index 9 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | Momentum: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 10 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | Adam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 11 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | AdamW: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 12 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | NAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 13 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | RAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 14 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | Adamax: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 15 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | Adadelta: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 16 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | ASGD: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 17 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | Rprop: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 9 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 10 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 11 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 12 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 13 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 14 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 15 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 16 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 17 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle
    }
    set origin 0.28800,0.45902
    set size 0.28800,0.45902
    set title 'activation std, at initialization'
    set ylabel 'activation std'
    set yrange [0:2.996610691]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 18 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 19 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 20 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 21 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 22 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 23 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 24 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 25 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 26 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle, 'plots/layers.dat' index 18 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | Momentum: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 19 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | Adam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 20 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | AdamW: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 21 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | NAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 22 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | RAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 23 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | Adamax: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 24 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | Adadelta: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 25 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | ASGD: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 26 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | Rprop: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 18 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 19 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 20 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 21 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 22 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 23 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 24 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 25 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 26 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle
    }
    set origin 0.28800,0.00000
    set size 0.28800,0.45902
    set title 'activation std, after epoch 1'
    set ylabel 'activation std'
    set yrange [0:2.996610691]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 27 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 28 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 29 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 30 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 31 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 32 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 33 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 34 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 35 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle, 'plots/layers.dat' index 27 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | Momentum: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 28 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | Adam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 29 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | AdamW: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 30 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | NAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 31 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | RAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 32 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | Adamax: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 33 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | Adadelta: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 34 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | ASGD: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 35 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | Rprop: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 27 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 28 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 29 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 30 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 31 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 32 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 33 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 34 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 35 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle
    }
    set origin 0.57600,0.45902
    set size 0.28800,0.45902
    set title 'gradient norm, at initialization'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.1:1]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 36 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 37 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 38 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 39 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 40 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 41 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 42 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 43 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 44 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle, 'plots/layers.dat' index 36 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | Momentum: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 37 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | Adam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 38 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | AdamW: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 39 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | NAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 40 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | RAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 41 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | Adamax: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 42 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | Adadelta: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 43 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | ASGD: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 44 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | Rprop: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 36 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 37 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 38 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 39 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 40 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 41 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 42 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 43 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 44 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle
    }
    set origin 0.57600,0.00000
    set size 0.28800,0.45902
    set title 'gradient norm, after epoch 1'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.1:1]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 45 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 46 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 47 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 48 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 49 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 50 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 51 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 52 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 53 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle, 'plots/layers.dat' index 45 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | Momentum: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 46 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | Adam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 47 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | AdamW: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 48 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | NAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 49 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | RAdam: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 50 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | Adamax: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 51 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | Adadelta: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 52 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | ASGD: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 53 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | Rprop: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 45 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 46 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 47 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 48 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 49 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 50 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/layers.dat' index 51 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/layers.dat' index 52 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' notitle, 'plots/layers.dat' index 53 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' notitle
    }
    set origin 0.86400,0
    set size 0.13600,0.91803
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
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox title 'optimizer' left
    plot NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' title 'Momentum', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' title 'Adam', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' title 'AdamW', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' title 'NAdam', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' title 'RAdam', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' title 'Adamax', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' title 'Adadelta', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#F0E442' title 'ASGD', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#7F7F7F' title 'Rprop'
    unset multiplot
    set output
}
