# Per-layer statistics at initialization and after epoch 1, one line per init
# Mean over 5 seeds
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
    set multiplot title 'Per-layer statistics at initialization and after epoch 1, one line per init'."\n".'Mean over 5 seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'layer (1 = first)'
    set xrange [0.8:31.2]
    set xtics 1
    set format y "%g"
    set origin 0.00000,0.45902
    set size 0.28800,0.45902
    set title 'activation mean, at initialization'
    set ylabel 'activation mean'
    set yrange [-0.02523266859:0.5248954757]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 0 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 1 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 0 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 1 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 0 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 1 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.00000,0.00000
    set size 0.28800,0.45902
    set title 'activation mean, after epoch 1'
    set ylabel 'activation mean'
    set yrange [-0.02523266859:0.5248954757]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 2 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 3 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 2 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 3 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 2 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 3 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.45902
    set size 0.28800,0.45902
    set title 'activation std, at initialization'
    set ylabel 'activation std'
    set yrange [0:1.017070558]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 4 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 5 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 4 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 5 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 4 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 5 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.00000
    set size 0.28800,0.45902
    set title 'activation std, after epoch 1'
    set ylabel 'activation std'
    set yrange [0:1.017070558]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 6 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 7 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 6 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 7 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 6 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 7 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.45902
    set size 0.28800,0.45902
    set title 'gradient norm, at initialization'
    set ylabel 'gradient norm (log scale)'
    set yrange [1e-06:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 8 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 9 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 8 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 9 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 8 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 9 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.00000
    set size 0.28800,0.45902
    set title 'gradient norm, after epoch 1'
    set ylabel 'gradient norm (log scale)'
    set yrange [1e-06:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 10 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 11 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 10 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 11 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 10 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 11 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
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
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox title 'init' left
    plot NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' title 'xavier', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' title 'he'
    unset multiplot
    set output
}
