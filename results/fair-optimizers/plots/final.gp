# final test_accuracy per cell
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
        set terminal svg size 1906,1330 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1280,893 fontscale 0.6716 linewidth 0.6716 pointscale 0.6716 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/final.' . fmt
    set multiplot title 'final test_accuracy per cell'."\n".'mean ± 95% interval over 10 seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'data'
    set ylabel 'final test_accuracy'
    set xrange [-1:40]
    set xtics ('digits' 4, 'wine' 14, 'breast_cancer' 24, 'mnist_5k' 34)
    set grid noxtics ytics
    set yrange [0.685:1]
    unset logscale y
    set format y "%g"
    set origin 0.00000,0.72180
    set size 0.45540,0.24060
    set title 'optimizer=BGD'
    unset label
    unset arrow
    set arrow from 9, graph 0 to 9, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 19, graph 0 to 19, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 29, graph 0 to 29, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#F0E442' notitle, 'plots/final.dat' index 1 using 1:2 with points pt 6 ps 0.6 lc rgb '#F0E442' notitle, 'plots/final.dat' index 2 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#7F7F7F' notitle, 'plots/final.dat' index 3 using 1:2 with points pt 6 ps 0.6 lc rgb '#7F7F7F' notitle, 'plots/final.dat' index 0 using 1:2:(sprintf('%s%s %.5g', 'optimizer=BGD | 0.4642: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 1 using 1:2:(sprintf('%s%s %.5g', 'optimizer=BGD | 0.4642: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 2 using 1:2:(sprintf('%s%s %.5g', 'optimizer=BGD | 1: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 3 using 1:2:(sprintf('%s%s %.5g', 'optimizer=BGD | 1: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#F0E442' notitle, 'plots/final.dat' index 1 using 1:2 with points pt 6 ps 0.6 lc rgb '#F0E442' notitle, 'plots/final.dat' index 2 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#7F7F7F' notitle, 'plots/final.dat' index 3 using 1:2 with points pt 6 ps 0.6 lc rgb '#7F7F7F' notitle
    }
    set origin 0.45540,0.72180
    set size 0.45540,0.24060
    set title 'optimizer=SGD'
    unset label
    unset arrow
    set arrow from 9, graph 0 to 9, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 19, graph 0 to 19, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 29, graph 0 to 29, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 4 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 5 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle, 'plots/final.dat' index 6 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#D55E00' notitle, 'plots/final.dat' index 7 using 1:2 with points pt 6 ps 0.6 lc rgb '#D55E00' notitle, 'plots/final.dat' index 4 using 1:2:(sprintf('%s%s %.5g', 'optimizer=SGD | 0.01: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 5 using 1:2:(sprintf('%s%s %.5g', 'optimizer=SGD | 0.01: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 6 using 1:2:(sprintf('%s%s %.5g', 'optimizer=SGD | 0.02154: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 7 using 1:2:(sprintf('%s%s %.5g', 'optimizer=SGD | 0.02154: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 4 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 5 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle, 'plots/final.dat' index 6 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#D55E00' notitle, 'plots/final.dat' index 7 using 1:2 with points pt 6 ps 0.6 lc rgb '#D55E00' notitle
    }
    set origin 0.00000,0.48120
    set size 0.45540,0.24060
    set title 'optimizer=MBGD'
    unset label
    unset arrow
    set arrow from 9, graph 0 to 9, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 19, graph 0 to 19, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 29, graph 0 to 29, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 8 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#000000' notitle, 'plots/final.dat' index 9 using 1:2 with points pt 6 ps 0.6 lc rgb '#000000' notitle, 'plots/final.dat' index 10 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#F0E442' notitle, 'plots/final.dat' index 11 using 1:2 with points pt 6 ps 0.6 lc rgb '#F0E442' notitle, 'plots/final.dat' index 8 using 1:2:(sprintf('%s%s %.5g', 'optimizer=MBGD | 0.2154: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 9 using 1:2:(sprintf('%s%s %.5g', 'optimizer=MBGD | 0.2154: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 10 using 1:2:(sprintf('%s%s %.5g', 'optimizer=MBGD | 0.4642: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 11 using 1:2:(sprintf('%s%s %.5g', 'optimizer=MBGD | 0.4642: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 8 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#000000' notitle, 'plots/final.dat' index 9 using 1:2 with points pt 6 ps 0.6 lc rgb '#000000' notitle, 'plots/final.dat' index 10 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#F0E442' notitle, 'plots/final.dat' index 11 using 1:2 with points pt 6 ps 0.6 lc rgb '#F0E442' notitle
    }
    set origin 0.45540,0.48120
    set size 0.45540,0.24060
    set title 'optimizer=Momentum'
    unset label
    unset arrow
    set arrow from 9, graph 0 to 9, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 19, graph 0 to 19, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 29, graph 0 to 29, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 12 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#CC79A7' notitle, 'plots/final.dat' index 13 using 1:2 with points pt 6 ps 0.6 lc rgb '#CC79A7' notitle, 'plots/final.dat' index 14 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#56B4E9' notitle, 'plots/final.dat' index 15 using 1:2 with points pt 6 ps 0.6 lc rgb '#56B4E9' notitle, 'plots/final.dat' index 12 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Momentum | 0.04642: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 13 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Momentum | 0.04642: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 14 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Momentum | 0.1: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 15 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Momentum | 0.1: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 12 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#CC79A7' notitle, 'plots/final.dat' index 13 using 1:2 with points pt 6 ps 0.6 lc rgb '#CC79A7' notitle, 'plots/final.dat' index 14 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#56B4E9' notitle, 'plots/final.dat' index 15 using 1:2 with points pt 6 ps 0.6 lc rgb '#56B4E9' notitle
    }
    set origin 0.00000,0.24060
    set size 0.45540,0.24060
    set title 'optimizer=AdaGrad'
    unset label
    unset arrow
    set arrow from 9, graph 0 to 9, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 19, graph 0 to 19, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 29, graph 0 to 29, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 16 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#D55E00' notitle, 'plots/final.dat' index 17 using 1:2 with points pt 6 ps 0.6 lc rgb '#D55E00' notitle, 'plots/final.dat' index 18 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#CC79A7' notitle, 'plots/final.dat' index 19 using 1:2 with points pt 6 ps 0.6 lc rgb '#CC79A7' notitle, 'plots/final.dat' index 20 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#56B4E9' notitle, 'plots/final.dat' index 21 using 1:2 with points pt 6 ps 0.6 lc rgb '#56B4E9' notitle, 'plots/final.dat' index 16 using 1:2:(sprintf('%s%s %.5g', 'optimizer=AdaGrad | 0.02154: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 17 using 1:2:(sprintf('%s%s %.5g', 'optimizer=AdaGrad | 0.02154: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 18 using 1:2:(sprintf('%s%s %.5g', 'optimizer=AdaGrad | 0.04642: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 19 using 1:2:(sprintf('%s%s %.5g', 'optimizer=AdaGrad | 0.04642: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 20 using 1:2:(sprintf('%s%s %.5g', 'optimizer=AdaGrad | 0.1: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 21 using 1:2:(sprintf('%s%s %.5g', 'optimizer=AdaGrad | 0.1: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 16 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#D55E00' notitle, 'plots/final.dat' index 17 using 1:2 with points pt 6 ps 0.6 lc rgb '#D55E00' notitle, 'plots/final.dat' index 18 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#CC79A7' notitle, 'plots/final.dat' index 19 using 1:2 with points pt 6 ps 0.6 lc rgb '#CC79A7' notitle, 'plots/final.dat' index 20 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#56B4E9' notitle, 'plots/final.dat' index 21 using 1:2 with points pt 6 ps 0.6 lc rgb '#56B4E9' notitle
    }
    set origin 0.45540,0.24060
    set size 0.45540,0.24060
    set title 'optimizer=RMSprop'
    unset label
    unset arrow
    set arrow from 9, graph 0 to 9, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 19, graph 0 to 19, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 29, graph 0 to 29, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 22 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 23 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 24 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 25 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle, 'plots/final.dat' index 26 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 27 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle, 'plots/final.dat' index 22 using 1:2:(sprintf('%s%s %.5g', 'optimizer=RMSprop | 0.002154: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 23 using 1:2:(sprintf('%s%s %.5g', 'optimizer=RMSprop | 0.002154: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 24 using 1:2:(sprintf('%s%s %.5g', 'optimizer=RMSprop | 0.004642: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 25 using 1:2:(sprintf('%s%s %.5g', 'optimizer=RMSprop | 0.004642: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 26 using 1:2:(sprintf('%s%s %.5g', 'optimizer=RMSprop | 0.01: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 27 using 1:2:(sprintf('%s%s %.5g', 'optimizer=RMSprop | 0.01: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 22 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 23 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 24 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/final.dat' index 25 using 1:2 with points pt 6 ps 0.6 lc rgb '#E69F00' notitle, 'plots/final.dat' index 26 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 27 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle
    }
    set origin 0.00000,0.00000
    set size 0.45540,0.24060
    set title 'optimizer=Adam'
    unset label
    unset arrow
    set arrow from 9, graph 0 to 9, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 19, graph 0 to 19, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 29, graph 0 to 29, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    if (hover) {
        plot 'plots/final.dat' index 28 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 29 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 30 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 31 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle, 'plots/final.dat' index 32 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#D55E00' notitle, 'plots/final.dat' index 33 using 1:2 with points pt 6 ps 0.6 lc rgb '#D55E00' notitle, 'plots/final.dat' index 28 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Adam | 0.002154: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 29 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Adam | 0.002154: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 30 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Adam | 0.01: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 31 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Adam | 0.01: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 32 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Adam | 0.02154: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/final.dat' index 33 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Adam | 0.02154: ', 'mean_of_one_seed', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/final.dat' index 28 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/final.dat' index 29 using 1:2 with points pt 6 ps 0.6 lc rgb '#0072B2' notitle, 'plots/final.dat' index 30 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#009E73' notitle, 'plots/final.dat' index 31 using 1:2 with points pt 6 ps 0.6 lc rgb '#009E73' notitle, 'plots/final.dat' index 32 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#D55E00' notitle, 'plots/final.dat' index 33 using 1:2 with points pt 6 ps 0.6 lc rgb '#D55E00' notitle
    }
    set origin 0.91081,0
    set size 0.08919,0.96241
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
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox title 'optimizer.lr' left
    plot NaN with points pt 7 ps 1.2 lw 2 lc rgb '#0072B2' title '0.002154', NaN with points pt 7 ps 1.2 lw 2 lc rgb '#E69F00' title '0.004642', NaN with points pt 7 ps 1.2 lw 2 lc rgb '#009E73' title '0.01', NaN with points pt 7 ps 1.2 lw 2 lc rgb '#D55E00' title '0.02154', NaN with points pt 7 ps 1.2 lw 2 lc rgb '#CC79A7' title '0.04642', NaN with points pt 7 ps 1.2 lw 2 lc rgb '#56B4E9' title '0.1', NaN with points pt 7 ps 1.2 lw 2 lc rgb '#000000' title '0.2154', NaN with points pt 7 ps 1.2 lw 2 lc rgb '#F0E442' title '0.4642', NaN with points pt 7 ps 1.2 lw 2 lc rgb '#7F7F7F' title '1', NaN with lines lc rgb '#ffffff' title ' ', NaN with points pt 6 ps 0.7 lw 2 lc rgb '#000000' title 'one seed'
    unset multiplot
    set output
}
