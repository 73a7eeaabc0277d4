# Learning rate per epoch
# Runs with the same schedule share one line, named by the axis values that set it apart.
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/lr.gp
# Data: plots/lr.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/lr.gp

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
        set terminal svg size 550,340 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 550,340 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/lr.' . fmt
    set multiplot title 'Learning rate per epoch' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'epoch'
    set ylabel 'learning rate'
    set xrange [1:40]
    set xtics autofreq
    set yrange [0:0.0105]
    unset logscale y
    set format y "%g"
    set origin 0.00000,0.00000
    set size 0.69091,0.85294
    set title 'learning rate'
    unset label
    if (hover) {
        plot 'plots/lr.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/lr.dat' index 0 using 1:2:(sprintf('%s%s %g, %s %.5g', '', 'epoch', $1, 'learning rate', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/lr.dat' index 0 using 1:2 with lines lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.69091,0
    set size 0.30909,0.85294
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
    plot NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' title 'all cells'
    unset multiplot
    set output
}
