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
        set terminal svg size 1250,2850 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1250,2850 font "DejaVu Sans,10" background rgb "white"
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
    set xrange [0.8:4.2]
    set xtics 1
    set format y "%g"
    set origin 0.00000,0.88421
    set size 0.28800,0.09825
    set title 'activation mean, at initialization'."\n".'model.activation=identity'
    set ylabel 'activation mean'
    set yrange [-0.4501205203:0.5502115279]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 0 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 1 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 0 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init identity | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 1 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init identity | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 0 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 1 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.00000,0.78596
    set size 0.28800,0.09825
    set title 'activation mean, after epoch 1'."\n".'model.activation=identity'
    set ylabel 'activation mean'
    set yrange [-0.4501205203:0.5502115279]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 2 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 3 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 2 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 identity | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 3 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 identity | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 2 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 3 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.00000,0.68772
    set size 0.28800,0.09825
    set title 'activation mean, at initialization'."\n".'model.activation=sigmoid'
    set ylabel 'activation mean'
    set yrange [-0.4501205203:0.5502115279]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 4 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 5 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 4 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 5 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 4 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 5 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.00000,0.58947
    set size 0.28800,0.09825
    set title 'activation mean, after epoch 1'."\n".'model.activation=sigmoid'
    set ylabel 'activation mean'
    set yrange [-0.4501205203:0.5502115279]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 6 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 7 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 6 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 7 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 6 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 7 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.00000,0.49123
    set size 0.28800,0.09825
    set title 'activation mean, at initialization'."\n".'model.activation=tanh'
    set ylabel 'activation mean'
    set yrange [-0.4501205203:0.5502115279]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 8 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 9 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 8 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 9 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 8 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 9 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.00000,0.39298
    set size 0.28800,0.09825
    set title 'activation mean, after epoch 1'."\n".'model.activation=tanh'
    set ylabel 'activation mean'
    set yrange [-0.4501205203:0.5502115279]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 10 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 11 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 10 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 11 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 10 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 11 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.00000,0.29474
    set size 0.28800,0.09825
    set title 'activation mean, at initialization'."\n".'model.activation=relu'
    set ylabel 'activation mean'
    set yrange [-0.4501205203:0.5502115279]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 12 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 13 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 12 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 13 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 12 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 13 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.00000,0.19649
    set size 0.28800,0.09825
    set title 'activation mean, after epoch 1'."\n".'model.activation=relu'
    set ylabel 'activation mean'
    set yrange [-0.4501205203:0.5502115279]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 14 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 15 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 14 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 15 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 14 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 15 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.00000,0.09825
    set size 0.28800,0.09825
    set title 'activation mean, at initialization'."\n".'model.activation=leaky_relu'
    set ylabel 'activation mean'
    set yrange [-0.4501205203:0.5502115279]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 16 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 17 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 16 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init leaky_relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 17 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, init leaky_relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 16 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 17 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.00000,0.00000
    set size 0.28800,0.09825
    set title 'activation mean, after epoch 1'."\n".'model.activation=leaky_relu'
    set ylabel 'activation mean'
    set yrange [-0.4501205203:0.5502115279]
    unset logscale y
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 18 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 19 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 18 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 leaky_relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 19 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation mean, epoch1 leaky_relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 18 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 19 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.88421
    set size 0.28800,0.09825
    set title 'activation std, at initialization'."\n".'model.activation=identity'
    set ylabel 'activation std'
    set yrange [0:4.07249692]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 20 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 21 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 20 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init identity | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 21 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init identity | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 20 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 21 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.78596
    set size 0.28800,0.09825
    set title 'activation std, after epoch 1'."\n".'model.activation=identity'
    set ylabel 'activation std'
    set yrange [0:4.07249692]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 22 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 23 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 22 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 identity | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 23 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 identity | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 22 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 23 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.68772
    set size 0.28800,0.09825
    set title 'activation std, at initialization'."\n".'model.activation=sigmoid'
    set ylabel 'activation std'
    set yrange [0:4.07249692]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 24 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 25 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 24 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 25 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 24 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 25 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.58947
    set size 0.28800,0.09825
    set title 'activation std, after epoch 1'."\n".'model.activation=sigmoid'
    set ylabel 'activation std'
    set yrange [0:4.07249692]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 26 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 27 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 26 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 27 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 26 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 27 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.49123
    set size 0.28800,0.09825
    set title 'activation std, at initialization'."\n".'model.activation=tanh'
    set ylabel 'activation std'
    set yrange [0:4.07249692]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 28 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 29 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 28 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 29 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 28 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 29 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.39298
    set size 0.28800,0.09825
    set title 'activation std, after epoch 1'."\n".'model.activation=tanh'
    set ylabel 'activation std'
    set yrange [0:4.07249692]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 30 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 31 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 30 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 31 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 30 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 31 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.29474
    set size 0.28800,0.09825
    set title 'activation std, at initialization'."\n".'model.activation=relu'
    set ylabel 'activation std'
    set yrange [0:4.07249692]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 32 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 33 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 32 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 33 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 32 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 33 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.19649
    set size 0.28800,0.09825
    set title 'activation std, after epoch 1'."\n".'model.activation=relu'
    set ylabel 'activation std'
    set yrange [0:4.07249692]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 34 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 35 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 34 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 35 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 34 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 35 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.09825
    set size 0.28800,0.09825
    set title 'activation std, at initialization'."\n".'model.activation=leaky_relu'
    set ylabel 'activation std'
    set yrange [0:4.07249692]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 36 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 37 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 36 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init leaky_relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 37 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, init leaky_relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 36 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 37 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.28800,0.00000
    set size 0.28800,0.09825
    set title 'activation std, after epoch 1'."\n".'model.activation=leaky_relu'
    set ylabel 'activation std'
    set yrange [0:4.07249692]
    unset logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 38 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 39 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 38 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 leaky_relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 39 using 1:2:(sprintf('%s%s %g, %s %.5g', 'activation std, epoch1 leaky_relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 38 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 39 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.88421
    set size 0.28800,0.09825
    set title 'gradient norm, at initialization'."\n".'model.activation=identity'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.001:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 40 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 41 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 40 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init identity | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 41 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init identity | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 40 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 41 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.78596
    set size 0.28800,0.09825
    set title 'gradient norm, after epoch 1'."\n".'model.activation=identity'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.001:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 42 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 43 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 42 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 identity | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 43 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 identity | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 42 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 43 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.68772
    set size 0.28800,0.09825
    set title 'gradient norm, at initialization'."\n".'model.activation=sigmoid'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.001:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 44 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 45 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 44 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 45 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 44 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 45 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.58947
    set size 0.28800,0.09825
    set title 'gradient norm, after epoch 1'."\n".'model.activation=sigmoid'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.001:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 46 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 47 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 46 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 sigmoid | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 47 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 sigmoid | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 46 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 47 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.49123
    set size 0.28800,0.09825
    set title 'gradient norm, at initialization'."\n".'model.activation=tanh'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.001:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 48 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 49 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 48 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 49 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 48 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 49 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.39298
    set size 0.28800,0.09825
    set title 'gradient norm, after epoch 1'."\n".'model.activation=tanh'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.001:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 50 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 51 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 50 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 tanh | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 51 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 tanh | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 50 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 51 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.29474
    set size 0.28800,0.09825
    set title 'gradient norm, at initialization'."\n".'model.activation=relu'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.001:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 52 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 53 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 52 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 53 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 52 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 53 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.19649
    set size 0.28800,0.09825
    set title 'gradient norm, after epoch 1'."\n".'model.activation=relu'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.001:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 54 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 55 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 54 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 55 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 54 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 55 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.09825
    set size 0.28800,0.09825
    set title 'gradient norm, at initialization'."\n".'model.activation=leaky_relu'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.001:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 56 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 57 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 56 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init leaky_relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 57 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, init leaky_relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 56 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 57 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.57600,0.00000
    set size 0.28800,0.09825
    set title 'gradient norm, after epoch 1'."\n".'model.activation=leaky_relu'
    set ylabel 'gradient norm (log scale)'
    set yrange [0.001:10]
    set logscale y
    unset xzeroaxis
    unset label
    if (hover) {
        plot 'plots/layers.dat' index 58 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 59 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/layers.dat' index 58 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 leaky_relu | xavier: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/layers.dat' index 59 using 1:2:(sprintf('%s%s %g, %s %.5g', 'gradient norm, epoch1 leaky_relu | he: ', 'depth', $1, 'value', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layers.dat' index 58 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layers.dat' index 59 using 1:2 with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' notitle
    }
    set origin 0.86400,0
    set size 0.13600,0.98246
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
