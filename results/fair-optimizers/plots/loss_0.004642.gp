# Training (solid) and validation (dashed) loss per epoch, optimizer.lr=0.004642
# Mean over 10 seeds; log scale
# Lines: optimizer; panels: data
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/loss_0.004642.gp
# Data: plots/loss_0.004642.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/loss_0.004642.gp

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
        set terminal svg size 970,350 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 970,350 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/loss_0.004642.' . fmt
    set multiplot title 'Training (solid) and validation (dashed) loss per epoch, optimizer.lr=0.004642'."\n".'Mean over 10 seeds; log scale' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'epoch'
    set ylabel 'loss (log scale)'
    set xrange [1:9]
    set xtics 1
    set yrange [0.0001:10]
    set logscale y
    set format y "%g"
    set origin 0.00000,0.00000
    set size 0.41237,0.85714
    set title 'data=breast_cancer'
    unset label
    if (hover) {
        plot 'plots/loss_0.004642.dat' index 0 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#56B4E9' notitle, 'plots/loss_0.004642.dat' index 1 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/loss_0.004642.dat' index 1 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#56B4E9' notitle, 'plots/loss_0.004642.dat' index 1 using 1:2:(sprintf('%s%s %g, %s %.5g', 'data=breast_cancer | RMSprop: ', 'epoch', $1, 'train_loss', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/loss_0.004642.dat' index 1 using 1:3:(sprintf('%s%s %g, %s %.5g', 'data=breast_cancer | RMSprop: ', 'epoch', $1, 'val_loss', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/loss_0.004642.dat' index 0 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#56B4E9' notitle, 'plots/loss_0.004642.dat' index 1 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/loss_0.004642.dat' index 1 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#56B4E9' notitle
    }
    set origin 0.41237,0.00000
    set size 0.41237,0.85714
    set title 'data=mnist_5k'
    unset label
    if (hover) {
        plot 'plots/loss_0.004642.dat' index 2 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#56B4E9' notitle, 'plots/loss_0.004642.dat' index 3 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/loss_0.004642.dat' index 3 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#56B4E9' notitle, 'plots/loss_0.004642.dat' index 3 using 1:2:(sprintf('%s%s %g, %s %.5g', 'data=mnist_5k | RMSprop: ', 'epoch', $1, 'train_loss', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/loss_0.004642.dat' index 3 using 1:3:(sprintf('%s%s %g, %s %.5g', 'data=mnist_5k | RMSprop: ', 'epoch', $1, 'val_loss', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/loss_0.004642.dat' index 2 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#56B4E9' notitle, 'plots/loss_0.004642.dat' index 3 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/loss_0.004642.dat' index 3 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#56B4E9' notitle
    }
    set origin 0.82474,0
    set size 0.17526,0.85714
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
    plot NaN with lines lw 2 dt 1 lc rgb '#0072B2' title 'BGD', NaN with lines lw 2 dt 1 lc rgb '#E69F00' title 'SGD', NaN with lines lw 2 dt 1 lc rgb '#009E73' title 'MBGD', NaN with lines lw 2 dt 1 lc rgb '#D55E00' title 'Momentum', NaN with lines lw 2 dt 1 lc rgb '#CC79A7' title 'AdaGrad', NaN with lines lw 2 dt 1 lc rgb '#56B4E9' title 'RMSprop', NaN with lines lw 2 dt 1 lc rgb '#000000' title 'Adam', NaN with lines lc rgb '#ffffff' title ' ', NaN with lines lw 2 dt 1 lc rgb '#000000' title 'training', NaN with lines lw 2 dt 2 lc rgb '#000000' title 'validation'
    unset multiplot
    set output
}
