# final val_accuracy per cell
# mean ± 95% interval over 10 seeds
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
        set terminal svg size 550,418 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 550,418 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/final.' . fmt
    set multiplot title 'final val_accuracy per cell'."\n".'mean ± 95% interval over 10 seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set bmargin 10.1
    set xlabel 'model'
    set ylabel 'final val_accuracy'
    set xrange [-1:12]
    set xtics ('relu_bias' 0.5, 'relu_no_bias' 3.5, 'tanh_bias' 6.5, 'tanh_no_bias' 9.5) rotate by -35 left
    set grid noxtics ytics
    set yrange [0.429:1]
    unset logscale y
    set format y "%g"
    set origin 0.00000,0.00000
    set size 0.69091,0.88038
    set title 'final val_accuracy'
    unset label
    unset arrow
    set arrow from 2, graph 0 to 2, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 5, graph 0 to 5, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 8, graph 0 to 8, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 1 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 2 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 3 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle, 'plots/final.dat' index 0 using 1:2:(sprintf('%s%s %.5g', 'final val_accuracy | standard: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 1 using 1:2:(sprintf('%s%s %.5g', 'final val_accuracy | standard: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 2 using 1:2:(sprintf('%s%s %.5g', 'final val_accuracy | minmax: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 3 using 1:2:(sprintf('%s%s %.5g', 'final val_accuracy | minmax: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 1 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 2 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 3 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle
    }
    set origin 0.69091,0
    set size 0.30909,0.88038
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
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox title 'data.scale' left
    plot NaN with points pt 7 ps 1.2 lw 2 lc rgb '#0072B2' title 'standard', NaN with points pt 7 ps 1.2 lw 2 lc rgb '#E69F00' title 'minmax', NaN with lines lc rgb '#ffffff' title ' ', NaN with points pt 6 ps 0.7 lw 2 lc rgb '#000000' title 'one seed'
    unset multiplot
    set output
}
