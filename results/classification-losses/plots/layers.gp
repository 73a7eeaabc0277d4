# Per-layer statistics at initialization and after epoch 1, one line per loss
# Mean over 20 seeds
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
        set terminal svg size 1274,610 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1274,610 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/layers.' . fmt
    set multiplot title 'Per-layer statistics at initialization and after epoch 1, one line per loss'."\n".'Mean over 20 seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'layer (1 = first)'
    set xrange [0.8:2.2]
    set xtics 1
    set format y "%g"
    set origin 0.00000,0.45902
    set size 0.28257,0.45902
    set title 'activation mean, at initialization'
    set ylabel 'activation mean'
    set yrange [-0.8370760603:0.5916314388]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 0 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 1 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 2 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 3 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 4 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 0 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | ce_logits: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 1 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | softmax_ce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 2 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | log_softmax_nll: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 3 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | bce_logit: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 4 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | sigmoid_bce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 0 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 1 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 2 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 3 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 4 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.00000,0.00000
    set size 0.28257,0.45902
    set title 'activation mean, after epoch 1'
    set ylabel 'activation mean'
    set yrange [-0.8370760603:0.5916314388]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 5 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 6 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 7 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 8 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 9 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 5 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | ce_logits: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 6 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | softmax_ce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 7 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | log_softmax_nll: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 8 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | bce_logit: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 9 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | sigmoid_bce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 5 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 6 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 7 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 8 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 9 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.28257,0.45902
    set size 0.28257,0.45902
    set title 'activation std, at initialization'
    set ylabel 'activation std'
    set yrange [0:0.5500594283]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 10 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 11 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 12 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 13 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 14 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 10 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | ce_logits: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 11 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | softmax_ce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 12 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | log_softmax_nll: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 13 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | bce_logit: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 14 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | sigmoid_bce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 10 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 11 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 12 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 13 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 14 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.28257,0.00000
    set size 0.28257,0.45902
    set title 'activation std, after epoch 1'
    set ylabel 'activation std'
    set yrange [0:0.5500594283]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 15 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 16 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 17 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 18 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 19 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 15 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | ce_logits: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 16 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | softmax_ce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 17 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | log_softmax_nll: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 18 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | bce_logit: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 19 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | sigmoid_bce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 15 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 16 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 17 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 18 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 19 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.56515,0.45902
    set size 0.28257,0.45902
    set title 'gradient norm, at initialization'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.1:1]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 20 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 21 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 22 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 23 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 24 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 20 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | ce_logits: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 21 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | softmax_ce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 22 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | log_softmax_nll: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 23 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | bce_logit: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 24 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | sigmoid_bce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 20 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 21 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 22 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 23 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 24 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.56515,0.00000
    set size 0.28257,0.45902
    set title 'gradient norm, after epoch 1'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.1:1]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 25 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 26 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 27 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 28 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 29 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/layers.dat' index 25 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | ce_logits: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 26 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | softmax_ce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 27 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | log_softmax_nll: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 28 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | bce_logit: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 29 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | sigmoid_bce: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 25 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 26 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 27 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/layers.dat' index 28 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/layers.dat' index 29 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' notitle
    }
    set origin 0.84772,0
    set size 0.15228,0.91803
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
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox title 'loss' left
    plot NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' title 'ce_logits', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' title 'softmax_ce', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' title 'log_softmax_nll', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' title 'bce_logit', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' title 'sigmoid_bce'
    unset multiplot
    set output
}
