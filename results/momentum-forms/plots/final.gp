# final val_accuracy per cell
# mean ± 95% interval over 5 seeds
# Runs that diverged or failed are named in red at their position.
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/final.gp
# Data: plots/final.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/final.gp

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
        set terminal svg size 820,438 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 820,438 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/final.' . fmt
    set multiplot title 'final val_accuracy per cell'."\n".'mean ± 95% interval over 5 seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set bmargin 12.85
    set xlabel 'optimizer'
    set ylabel 'final val_accuracy'
    set xrange [-1:12]
    set xtics ('pytorch-b0.9' 0, 'ema-b0.9' 2, 'ema-b0.9-same-lr' 4, 'pytorch-b0.99' 6, 'ema-b0.99' 8, 'ema-b0.99-same-lr' 10) rotate by -35 left
    set grid noxtics ytics
    set yrange [0.07651675919:1]
    unset logscale y
    set format y "%g"
    set origin 0.00000,0.00000
    set size 0.79268,0.88584
    set title 'final val_accuracy'
    unset label
    unset arrow
    set arrow from 1, graph 0 to 1, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 3, graph 0 to 3, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 5, graph 0 to 5, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 7, graph 0 to 7, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 9, graph 0 to 9, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 1 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 0 using 1:2:(sprintf('%s%s %.5g', 'final val_accuracy | all: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 1 using 1:2:(sprintf('%s%s %.5g', 'final val_accuracy | all: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 1 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle
    }
    set origin 0.79268,0
    set size 0.20732,0.88584
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
    plot NaN with points pt 7 ps 1.2 lw 2 lc rgb '#0072B2' title 'mean', NaN with lines lc rgb '#ffffff' title ' ', NaN with points pt 6 ps 0.7 lw 2 lc rgb '#000000' title 'one seed'
    unset multiplot
    set output
}
