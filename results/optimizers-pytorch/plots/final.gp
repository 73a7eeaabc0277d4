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
        set terminal svg size 1482,690 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1280,596 fontscale 0.8637 linewidth 0.8637 pointscale 0.8637 font "DejaVu Sans,10" background rgb "white"
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
    set xlabel 'optimizer'
    set ylabel 'final val_accuracy'
    set xrange [-1:28]
    set xtics ('BGD' 1, 'SGD' 5, 'MBGD' 9, 'Momentum' 13, 'AdaGrad' 17, 'RMSprop' 21, 'Adam' 25)
    set grid noxtics ytics
    set yrange [0.01225626741:1]
    unset logscale y
    set format y "%g"
    set origin 0.00000,0.46377
    set size 0.43995,0.46377
    set title 'init=zero'
    unset label
    unset arrow
    set arrow from 3, graph 0 to 3, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 7, graph 0 to 7, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 11, graph 0 to 11, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 15, graph 0 to 15, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 19, graph 0 to 19, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 23, graph 0 to 23, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 1 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 2 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 3 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle, 'plots/final.dat' index 4 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 5 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle, 'plots/final.dat' index 0 using 1:2:(sprintf('%s%s %.5g', 'init=zero | StepLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 1 using 1:2:(sprintf('%s%s %.5g', 'init=zero | StepLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 2 using 1:2:(sprintf('%s%s %.5g', 'init=zero | MultiStepLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 3 using 1:2:(sprintf('%s%s %.5g', 'init=zero | MultiStepLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 4 using 1:2:(sprintf('%s%s %.5g', 'init=zero | ExponentialLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 5 using 1:2:(sprintf('%s%s %.5g', 'init=zero | ExponentialLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 1 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 2 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 3 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle, 'plots/final.dat' index 4 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 5 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle
    }
    set origin 0.43995,0.46377
    set size 0.43995,0.46377
    set title 'init=normal'
    unset label
    unset arrow
    set arrow from 3, graph 0 to 3, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 7, graph 0 to 7, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 11, graph 0 to 11, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 15, graph 0 to 15, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 19, graph 0 to 19, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 23, graph 0 to 23, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 6 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 7 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 8 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 9 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle, 'plots/final.dat' index 10 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 11 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle, 'plots/final.dat' index 6 using 1:2:(sprintf('%s%s %.5g', 'init=normal | StepLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 7 using 1:2:(sprintf('%s%s %.5g', 'init=normal | StepLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 8 using 1:2:(sprintf('%s%s %.5g', 'init=normal | MultiStepLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 9 using 1:2:(sprintf('%s%s %.5g', 'init=normal | MultiStepLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 10 using 1:2:(sprintf('%s%s %.5g', 'init=normal | ExponentialLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 11 using 1:2:(sprintf('%s%s %.5g', 'init=normal | ExponentialLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 6 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 7 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 8 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 9 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle, 'plots/final.dat' index 10 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 11 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle
    }
    set origin 0.00000,0.00000
    set size 0.43995,0.46377
    set title 'init=xavier'
    unset label
    unset arrow
    set arrow from 3, graph 0 to 3, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 7, graph 0 to 7, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 11, graph 0 to 11, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 15, graph 0 to 15, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 19, graph 0 to 19, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 23, graph 0 to 23, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 12 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 13 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 14 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 15 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle, 'plots/final.dat' index 16 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 17 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle, 'plots/final.dat' index 12 using 1:2:(sprintf('%s%s %.5g', 'init=xavier | StepLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 13 using 1:2:(sprintf('%s%s %.5g', 'init=xavier | StepLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 14 using 1:2:(sprintf('%s%s %.5g', 'init=xavier | MultiStepLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 15 using 1:2:(sprintf('%s%s %.5g', 'init=xavier | MultiStepLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 16 using 1:2:(sprintf('%s%s %.5g', 'init=xavier | ExponentialLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 17 using 1:2:(sprintf('%s%s %.5g', 'init=xavier | ExponentialLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 12 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 13 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 14 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 15 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle, 'plots/final.dat' index 16 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 17 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle
    }
    set origin 0.43995,0.00000
    set size 0.43995,0.46377
    set title 'init=he'
    unset label
    unset arrow
    set arrow from 3, graph 0 to 3, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 7, graph 0 to 7, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 11, graph 0 to 11, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 15, graph 0 to 15, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 19, graph 0 to 19, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 23, graph 0 to 23, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 18 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 19 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 20 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 21 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle, 'plots/final.dat' index 22 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 23 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle, 'plots/final.dat' index 18 using 1:2:(sprintf('%s%s %.5g', 'init=he | StepLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 19 using 1:2:(sprintf('%s%s %.5g', 'init=he | StepLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 20 using 1:2:(sprintf('%s%s %.5g', 'init=he | MultiStepLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 21 using 1:2:(sprintf('%s%s %.5g', 'init=he | MultiStepLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 22 using 1:2:(sprintf('%s%s %.5g', 'init=he | ExponentialLR: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 23 using 1:2:(sprintf('%s%s %.5g', 'init=he | ExponentialLR: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 18 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 19 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 20 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 21 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle, 'plots/final.dat' index 22 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 23 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle
    }
    set origin 0.87989,0
    set size 0.12011,0.92754
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
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox title 'scheduler' left
    plot NaN with points pt 7 ps 1.2 lw 2 lc rgb '#0072B2' title 'StepLR', NaN with points pt 7 ps 1.2 lw 2 lc rgb '#E69F00' title 'MultiStepLR', NaN with points pt 7 ps 1.2 lw 2 lc rgb '#009E73' title 'ExponentialLR', NaN with lines lc rgb '#ffffff' title ' ', NaN with points pt 6 ps 0.7 lw 2 lc rgb '#000000' title 'one seed'
    unset multiplot
    set output
}
