# Training (solid) and validation (dashed) loss per epoch
# Mean over 5 seeds
# Lines: init; panels: one
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/loss.gp
# Data: plots/loss.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/loss.gp

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
        set terminal svg size 570,350 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 570,350 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/loss.' . fmt
    set multiplot title 'Training (solid) and validation (dashed) loss per epoch'."\n".'Mean over 5 seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'epoch'
    set ylabel 'loss'
    set xrange [1:10]
    set xtics 1
    set yrange [0:2.615065654]
    unset logscale y
    set format y "%g"
    set origin 0.00000,0.00000
    set size 0.70175,0.85714
    set title 'all cells'
    unset label
    if (hover) {
        plot 'plots/loss.dat' index 0 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/loss.dat' index 1 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/loss.dat' index 1 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/loss.dat' index 2 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/loss.dat' index 3 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/loss.dat' index 3 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/loss.dat' index 1 using 1:2:(sprintf('%s%s %g, %s %.5g', 'all cells | xavier: ', 'epoch', $1, 'train_loss', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/loss.dat' index 1 using 1:3:(sprintf('%s%s %g, %s %.5g', 'all cells | xavier: ', 'epoch', $1, 'val_loss', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/loss.dat' index 3 using 1:2:(sprintf('%s%s %g, %s %.5g', 'all cells | he: ', 'epoch', $1, 'train_loss', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/loss.dat' index 3 using 1:3:(sprintf('%s%s %g, %s %.5g', 'all cells | he: ', 'epoch', $1, 'val_loss', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/loss.dat' index 0 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/loss.dat' index 1 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/loss.dat' index 1 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/loss.dat' index 2 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/loss.dat' index 3 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/loss.dat' index 3 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle
    }
    set origin 0.70175,0
    set size 0.29825,0.85714
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
    plot NaN with lines lw 2 dt 1 lc rgb '#0072B2' title 'xavier', NaN with lines lw 2 dt 1 lc rgb '#E69F00' title 'he', NaN with lines lc rgb '#ffffff' title ' ', NaN with lines lw 2 dt 1 lc rgb '#000000' title 'training', NaN with lines lw 2 dt 2 lc rgb '#000000' title 'validation'
    unset multiplot
    set output
}
