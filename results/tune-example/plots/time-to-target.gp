# Time to the validation target per optimizer
# mean over the final seeds that reached it ± 95% interval
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/time-to-target.gp
# Data: plots/time-to-target.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/time-to-target.gp

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
        set terminal svg size 530,642 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 530,642 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/time-to-target.' . fmt
    set multiplot title 'Time to the validation target per optimizer'."\n".'mean over the final seeds that reached it ± 95% interval' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set bmargin 5.7
    set xlabel 'optimizer'
    set xrange [-0.7:1.7]
    set xtics ('SGD' 0, 'Adam' 1) rotate by -35 left
    set grid noxtics ytics
    set format y "%g"
    set origin 0.00000,0.46106
    set size 0.67925,0.46106
    set title 'epochs_to_target'
    set ylabel 'epochs'
    set yrange [0:1.134]
    unset label
    if (hover) {
        plot 'plots/time-to-target.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/time-to-target.dat' index 0 using 1:2:(sprintf('%s%s %g, %s %.5g', 'epochs_to_target: ', 'method_index', $1, 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/time-to-target.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.00000
    set size 0.67925,0.46106
    set title 'seconds_to_target'
    set ylabel 'seconds'
    set yrange [0:0.00493889775]
    unset label
    if (hover) {
        plot 'plots/time-to-target.dat' index 1 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/time-to-target.dat' index 1 using 1:2:(sprintf('%s%s %g, %s %.5g', 'seconds_to_target: ', 'method_index', $1, 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/time-to-target.dat' index 1 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle
    }
    set origin 0.67925,0
    set size 0.32075,0.92212
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
    plot NaN notitle
    unset multiplot
    set output
}
