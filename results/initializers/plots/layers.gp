# Per-layer statistics at initialization and after epoch 1, one line per init, one row per model.activation and stage
# Mean over 5 seeds
# Rows: model.activation values, each at every stage; columns: activation mean, activation std, gradient norm of the layer's weights.
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
        set terminal svg size 1312,1730 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1280,1688 fontscale 0.9756 linewidth 0.9756 pointscale 0.9756 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/layers.' . fmt
    set multiplot title 'Per-layer statistics at initialization and after epoch 1, one line per init, one row per model.activation and stage'."\n".'Mean over 5 seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'layer (1 = first)'
    set xrange [0.8:9.2]
    set xtics 1
    set format y "%g"
    set origin 0.00000,0.80925
    set size 0.27439,0.16185
    set title 'activation mean, at initialization'."\n".'model.activation=sigmoid'
    set ylabel 'activation mean'
    set yrange [-0.06810207274:0.8860216135]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 0 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 1 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 2 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 3 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 4 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 0 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init sigmoid | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 1 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init sigmoid | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 2 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init sigmoid | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 3 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 4 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 0 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 1 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 2 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 3 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 4 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.00000,0.64740
    set size 0.27439,0.16185
    set title 'activation mean, after epoch 1'."\n".'model.activation=sigmoid'
    set ylabel 'activation mean'
    set yrange [-0.06810207274:0.8860216135]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 5 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 6 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 7 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 8 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 9 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 5 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 sigmoid | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 6 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 sigmoid | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 7 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 sigmoid | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 8 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 9 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 5 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 6 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 7 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 8 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 9 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.00000,0.48555
    set size 0.27439,0.16185
    set title 'activation mean, at initialization'."\n".'model.activation=tanh'
    set ylabel 'activation mean'
    set yrange [-0.06810207274:0.8860216135]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 10 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 11 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 12 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 13 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 14 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 10 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init tanh | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 11 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init tanh | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 12 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init tanh | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 13 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 14 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 10 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 11 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 12 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 13 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 14 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.00000,0.32370
    set size 0.27439,0.16185
    set title 'activation mean, after epoch 1'."\n".'model.activation=tanh'
    set ylabel 'activation mean'
    set yrange [-0.06810207274:0.8860216135]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 15 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 16 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 17 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 18 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 19 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 15 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 tanh | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 16 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 tanh | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 17 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 tanh | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 18 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 19 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 15 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 16 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 17 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 18 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 19 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.00000,0.16185
    set size 0.27439,0.16185
    set title 'activation mean, at initialization'."\n".'model.activation=relu'
    set ylabel 'activation mean'
    set yrange [-0.06810207274:0.8860216135]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 20 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 21 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 22 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 23 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 24 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 20 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init relu | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 21 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init relu | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 22 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init relu | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 23 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 24 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 20 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 21 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 22 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 23 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 24 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.00000,0.00000
    set size 0.27439,0.16185
    set title 'activation mean, after epoch 1'."\n".'model.activation=relu'."\n".'diverged runs left out: xavier: 1, he: 2'
    set ylabel 'activation mean'
    set yrange [-0.06810207274:0.8860216135]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 25 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 26 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 27 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 28 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 29 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 25 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 relu | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 26 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 relu | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 27 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 relu | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 28 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 29 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 25 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 26 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 27 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 28 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 29 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.27439,0.80925
    set size 0.27439,0.16185
    set title 'activation std, at initialization'."\n".'model.activation=sigmoid'
    set ylabel 'activation std'
    set yrange [0:4.225945317]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 30 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 31 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 32 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 33 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 34 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 30 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init sigmoid | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 31 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init sigmoid | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 32 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init sigmoid | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 33 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 34 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 30 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 31 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 32 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 33 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 34 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.27439,0.64740
    set size 0.27439,0.16185
    set title 'activation std, after epoch 1'."\n".'model.activation=sigmoid'
    set ylabel 'activation std'
    set yrange [0:4.225945317]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 35 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 36 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 37 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 38 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 39 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 35 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 sigmoid | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 36 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 sigmoid | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 37 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 sigmoid | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 38 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 39 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 35 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 36 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 37 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 38 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 39 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.27439,0.48555
    set size 0.27439,0.16185
    set title 'activation std, at initialization'."\n".'model.activation=tanh'
    set ylabel 'activation std'
    set yrange [0:4.225945317]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 40 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 41 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 42 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 43 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 44 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 40 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init tanh | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 41 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init tanh | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 42 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init tanh | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 43 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 44 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 40 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 41 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 42 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 43 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 44 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.27439,0.32370
    set size 0.27439,0.16185
    set title 'activation std, after epoch 1'."\n".'model.activation=tanh'
    set ylabel 'activation std'
    set yrange [0:4.225945317]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 45 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 46 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 47 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 48 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 49 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 45 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 tanh | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 46 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 tanh | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 47 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 tanh | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 48 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 49 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 45 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 46 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 47 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 48 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 49 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.27439,0.16185
    set size 0.27439,0.16185
    set title 'activation std, at initialization'."\n".'model.activation=relu'
    set ylabel 'activation std'
    set yrange [0:4.225945317]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 50 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 51 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 52 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 53 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 54 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 50 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init relu | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 51 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init relu | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 52 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init relu | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 53 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 54 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 50 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 51 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 52 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 53 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 54 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.27439,0.00000
    set size 0.27439,0.16185
    set title 'activation std, after epoch 1'."\n".'model.activation=relu'
    set ylabel 'activation std'
    set yrange [0:4.225945317]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 55 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 56 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 57 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 58 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 59 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 55 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 relu | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 56 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 relu | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 57 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 relu | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 58 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 59 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 55 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 56 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 57 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 58 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 59 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.54878,0.80925
    set size 0.27439,0.16185
    set title 'gradient norm, at initialization'."\n".'model.activation=sigmoid'
    set ylabel 'gradient norm (log scale)'
    set yrange [1e-28:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 60 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 61 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 62 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 63 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 64 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 65 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 60 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init sigmoid | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 61 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | zero: ', 'depth,', $1, 'exactly', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 62 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init sigmoid | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 63 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init sigmoid | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 64 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 65 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 60 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 61 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 62 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 63 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 64 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 65 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.54878,0.64740
    set size 0.27439,0.16185
    set title 'gradient norm, after epoch 1'."\n".'model.activation=sigmoid'
    set ylabel 'gradient norm (log scale)'
    set yrange [1e-28:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 66 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 67 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 68 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 69 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 70 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 71 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 66 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 sigmoid | zero: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 67 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | zero: ', 'depth,', $1, 'exactly', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 68 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 sigmoid | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 69 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 sigmoid | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 70 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 71 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 66 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 67 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 68 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 69 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 70 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 71 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.54878,0.48555
    set size 0.27439,0.16185
    set title 'gradient norm, at initialization'."\n".'model.activation=tanh'
    set ylabel 'gradient norm (log scale)'
    set yrange [1e-28:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 72 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 73 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 74 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 75 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 76 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 72 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | zero: ', 'depth,', $1, 'exactly', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 73 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init tanh | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 74 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init tanh | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 75 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 76 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 72 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 73 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 74 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 75 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 76 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.54878,0.32370
    set size 0.27439,0.16185
    set title 'gradient norm, after epoch 1'."\n".'model.activation=tanh'
    set ylabel 'gradient norm (log scale)'
    set yrange [1e-28:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 77 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 78 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 79 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 80 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 81 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 77 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | zero: ', 'depth,', $1, 'exactly', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 78 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 tanh | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 79 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 tanh | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 80 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 81 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 77 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 78 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 79 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 80 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 81 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.54878,0.16185
    set size 0.27439,0.16185
    set title 'gradient norm, at initialization'."\n".'model.activation=relu'
    set ylabel 'gradient norm (log scale)'
    set yrange [1e-28:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 82 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 83 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 84 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 85 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 86 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 82 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | zero: ', 'depth,', $1, 'exactly', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 83 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init relu | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 84 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init relu | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 85 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 86 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 82 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 83 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 84 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 85 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 86 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.54878,0.00000
    set size 0.27439,0.16185
    set title 'gradient norm, after epoch 1'."\n".'model.activation=relu'
    set ylabel 'gradient norm (log scale)'
    set yrange [1e-28:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 87 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 88 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 89 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 90 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 91 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 87 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | zero: ', 'depth,', $1, 'exactly', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 88 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 relu | normal: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 89 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 relu | uniform: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 90 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 91 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 87 using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 88 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 89 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 90 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 91 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.82317,0
    set size 0.17683,0.97110
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
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox title 'init' left
    plot NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' title 'zero', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' title 'normal', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' title 'uniform', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' title 'xavier', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' title 'he', NaN with lines lc rgb '#ffffff' title ' ', NaN with points pt 4 ps 1.2 lw 2 lc rgb '#000000' title 'gradient norm 0', NaN with points pt 0 lc rgb '#ffffff' title '(on the bottom edge)'
    unset multiplot
    set output
}
