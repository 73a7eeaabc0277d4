# final val_accuracy per cell
# mean ± 95% interval over 3 seeds
# Runs that diverged or failed are named in red at their position.
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/final.gp
# Data: plots/final.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/final.gp

if (!exists("formats")) formats = "svg png"
do for [fmt in formats] {
    reset
    if (fmt eq "svg") {
        set terminal svg size 2054,1330 font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 2054,1330 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output "plots/final." . fmt
    set multiplot title "final val_accuracy per cell\nmean ± 95% interval over 3 seeds" font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel "data"
    set ylabel "final val_accuracy"
    set xrange [-1:56]
    set xtics ("digits" 6, "wine" 20, "breast_cancer" 34, "mnist_5k" 48)
    set grid noxtics ytics
    set yrange [0:1]
    unset logscale y
    set format y "%g"
    set origin 0.00000,0.72180
    set size 0.43817,0.24060
    set title "optimizer=BGD"
    unset label
    unset arrow
    set arrow from 13, graph 0 to 13, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 27, graph 0 to 27, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 41, graph 0 to 41, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    plot "plots/final.dat" index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 1 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle, "plots/final.dat" index 2 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#E69F00" notitle, "plots/final.dat" index 3 using 1:2 with points pt 6 ps 0.6 lc rgb "#E69F00" notitle, "plots/final.dat" index 4 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#009E73" notitle, "plots/final.dat" index 5 using 1:2 with points pt 6 ps 0.6 lc rgb "#009E73" notitle, "plots/final.dat" index 6 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#D55E00" notitle, "plots/final.dat" index 7 using 1:2 with points pt 6 ps 0.6 lc rgb "#D55E00" notitle, "plots/final.dat" index 8 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#CC79A7" notitle, "plots/final.dat" index 9 using 1:2 with points pt 6 ps 0.6 lc rgb "#CC79A7" notitle, "plots/final.dat" index 10 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#56B4E9" notitle, "plots/final.dat" index 11 using 1:2 with points pt 6 ps 0.6 lc rgb "#56B4E9" notitle, "plots/final.dat" index 12 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#000000" notitle, "plots/final.dat" index 13 using 1:2 with points pt 6 ps 0.6 lc rgb "#000000" notitle, "plots/final.dat" index 14 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#F0E442" notitle, "plots/final.dat" index 15 using 1:2 with points pt 6 ps 0.6 lc rgb "#F0E442" notitle, "plots/final.dat" index 16 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 17 using 1:2 with points pt 6 ps 0.6 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 18 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#8C564B" notitle, "plots/final.dat" index 19 using 1:2 with points pt 6 ps 0.6 lc rgb "#8C564B" notitle, "plots/final.dat" index 20 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#17BECF" notitle, "plots/final.dat" index 21 using 1:2 with points pt 6 ps 0.6 lc rgb "#17BECF" notitle, "plots/final.dat" index 22 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#BCBD22" notitle, "plots/final.dat" index 23 using 1:2 with points pt 6 ps 0.6 lc rgb "#BCBD22" notitle, "plots/final.dat" index 24 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 25 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle
    set origin 0.43817,0.72180
    set size 0.43817,0.24060
    set title "optimizer=SGD"
    unset label
    unset arrow
    set arrow from 13, graph 0 to 13, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 27, graph 0 to 27, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 41, graph 0 to 41, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set label "diverged" at 11,graph 0.03 rotate by 90 left front font ",9" tc rgb "#b00000"
    set label "diverged" at 12,graph 0.03 rotate by 90 left front font ",9" tc rgb "#b00000"
    set label "diverged" at 40,graph 0.03 rotate by 90 left front font ",9" tc rgb "#b00000"
    plot "plots/final.dat" index 26 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 27 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle, "plots/final.dat" index 28 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#E69F00" notitle, "plots/final.dat" index 29 using 1:2 with points pt 6 ps 0.6 lc rgb "#E69F00" notitle, "plots/final.dat" index 30 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#009E73" notitle, "plots/final.dat" index 31 using 1:2 with points pt 6 ps 0.6 lc rgb "#009E73" notitle, "plots/final.dat" index 32 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#D55E00" notitle, "plots/final.dat" index 33 using 1:2 with points pt 6 ps 0.6 lc rgb "#D55E00" notitle, "plots/final.dat" index 34 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#CC79A7" notitle, "plots/final.dat" index 35 using 1:2 with points pt 6 ps 0.6 lc rgb "#CC79A7" notitle, "plots/final.dat" index 36 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#56B4E9" notitle, "plots/final.dat" index 37 using 1:2 with points pt 6 ps 0.6 lc rgb "#56B4E9" notitle, "plots/final.dat" index 38 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#000000" notitle, "plots/final.dat" index 39 using 1:2 with points pt 6 ps 0.6 lc rgb "#000000" notitle, "plots/final.dat" index 40 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#F0E442" notitle, "plots/final.dat" index 41 using 1:2 with points pt 6 ps 0.6 lc rgb "#F0E442" notitle, "plots/final.dat" index 42 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 43 using 1:2 with points pt 6 ps 0.6 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 44 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#8C564B" notitle, "plots/final.dat" index 45 using 1:2 with points pt 6 ps 0.6 lc rgb "#8C564B" notitle, "plots/final.dat" index 46 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#17BECF" notitle, "plots/final.dat" index 47 using 1:2 with points pt 6 ps 0.6 lc rgb "#17BECF" notitle, "plots/final.dat" index 48 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#BCBD22" notitle, "plots/final.dat" index 49 using 1:2 with points pt 6 ps 0.6 lc rgb "#BCBD22" notitle, "plots/final.dat" index 50 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 51 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle
    set origin 0.00000,0.48120
    set size 0.43817,0.24060
    set title "optimizer=MBGD"
    unset label
    unset arrow
    set arrow from 13, graph 0 to 13, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 27, graph 0 to 27, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 41, graph 0 to 41, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    plot "plots/final.dat" index 52 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 53 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle, "plots/final.dat" index 54 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#E69F00" notitle, "plots/final.dat" index 55 using 1:2 with points pt 6 ps 0.6 lc rgb "#E69F00" notitle, "plots/final.dat" index 56 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#009E73" notitle, "plots/final.dat" index 57 using 1:2 with points pt 6 ps 0.6 lc rgb "#009E73" notitle, "plots/final.dat" index 58 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#D55E00" notitle, "plots/final.dat" index 59 using 1:2 with points pt 6 ps 0.6 lc rgb "#D55E00" notitle, "plots/final.dat" index 60 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#CC79A7" notitle, "plots/final.dat" index 61 using 1:2 with points pt 6 ps 0.6 lc rgb "#CC79A7" notitle, "plots/final.dat" index 62 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#56B4E9" notitle, "plots/final.dat" index 63 using 1:2 with points pt 6 ps 0.6 lc rgb "#56B4E9" notitle, "plots/final.dat" index 64 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#000000" notitle, "plots/final.dat" index 65 using 1:2 with points pt 6 ps 0.6 lc rgb "#000000" notitle, "plots/final.dat" index 66 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#F0E442" notitle, "plots/final.dat" index 67 using 1:2 with points pt 6 ps 0.6 lc rgb "#F0E442" notitle, "plots/final.dat" index 68 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 69 using 1:2 with points pt 6 ps 0.6 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 70 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#8C564B" notitle, "plots/final.dat" index 71 using 1:2 with points pt 6 ps 0.6 lc rgb "#8C564B" notitle, "plots/final.dat" index 72 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#17BECF" notitle, "plots/final.dat" index 73 using 1:2 with points pt 6 ps 0.6 lc rgb "#17BECF" notitle, "plots/final.dat" index 74 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#BCBD22" notitle, "plots/final.dat" index 75 using 1:2 with points pt 6 ps 0.6 lc rgb "#BCBD22" notitle, "plots/final.dat" index 76 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 77 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle
    set origin 0.43817,0.48120
    set size 0.43817,0.24060
    set title "optimizer=Momentum"
    unset label
    unset arrow
    set arrow from 13, graph 0 to 13, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 27, graph 0 to 27, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 41, graph 0 to 41, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    plot "plots/final.dat" index 78 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 79 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle, "plots/final.dat" index 80 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#E69F00" notitle, "plots/final.dat" index 81 using 1:2 with points pt 6 ps 0.6 lc rgb "#E69F00" notitle, "plots/final.dat" index 82 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#009E73" notitle, "plots/final.dat" index 83 using 1:2 with points pt 6 ps 0.6 lc rgb "#009E73" notitle, "plots/final.dat" index 84 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#D55E00" notitle, "plots/final.dat" index 85 using 1:2 with points pt 6 ps 0.6 lc rgb "#D55E00" notitle, "plots/final.dat" index 86 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#CC79A7" notitle, "plots/final.dat" index 87 using 1:2 with points pt 6 ps 0.6 lc rgb "#CC79A7" notitle, "plots/final.dat" index 88 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#56B4E9" notitle, "plots/final.dat" index 89 using 1:2 with points pt 6 ps 0.6 lc rgb "#56B4E9" notitle, "plots/final.dat" index 90 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#000000" notitle, "plots/final.dat" index 91 using 1:2 with points pt 6 ps 0.6 lc rgb "#000000" notitle, "plots/final.dat" index 92 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#F0E442" notitle, "plots/final.dat" index 93 using 1:2 with points pt 6 ps 0.6 lc rgb "#F0E442" notitle, "plots/final.dat" index 94 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 95 using 1:2 with points pt 6 ps 0.6 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 96 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#8C564B" notitle, "plots/final.dat" index 97 using 1:2 with points pt 6 ps 0.6 lc rgb "#8C564B" notitle, "plots/final.dat" index 98 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#17BECF" notitle, "plots/final.dat" index 99 using 1:2 with points pt 6 ps 0.6 lc rgb "#17BECF" notitle, "plots/final.dat" index 100 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#BCBD22" notitle, "plots/final.dat" index 101 using 1:2 with points pt 6 ps 0.6 lc rgb "#BCBD22" notitle, "plots/final.dat" index 102 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 103 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle
    set origin 0.00000,0.24060
    set size 0.43817,0.24060
    set title "optimizer=AdaGrad"
    unset label
    unset arrow
    set arrow from 13, graph 0 to 13, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 27, graph 0 to 27, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 41, graph 0 to 41, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    plot "plots/final.dat" index 104 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 105 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle, "plots/final.dat" index 106 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#E69F00" notitle, "plots/final.dat" index 107 using 1:2 with points pt 6 ps 0.6 lc rgb "#E69F00" notitle, "plots/final.dat" index 108 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#009E73" notitle, "plots/final.dat" index 109 using 1:2 with points pt 6 ps 0.6 lc rgb "#009E73" notitle, "plots/final.dat" index 110 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#D55E00" notitle, "plots/final.dat" index 111 using 1:2 with points pt 6 ps 0.6 lc rgb "#D55E00" notitle, "plots/final.dat" index 112 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#CC79A7" notitle, "plots/final.dat" index 113 using 1:2 with points pt 6 ps 0.6 lc rgb "#CC79A7" notitle, "plots/final.dat" index 114 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#56B4E9" notitle, "plots/final.dat" index 115 using 1:2 with points pt 6 ps 0.6 lc rgb "#56B4E9" notitle, "plots/final.dat" index 116 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#000000" notitle, "plots/final.dat" index 117 using 1:2 with points pt 6 ps 0.6 lc rgb "#000000" notitle, "plots/final.dat" index 118 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#F0E442" notitle, "plots/final.dat" index 119 using 1:2 with points pt 6 ps 0.6 lc rgb "#F0E442" notitle, "plots/final.dat" index 120 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 121 using 1:2 with points pt 6 ps 0.6 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 122 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#8C564B" notitle, "plots/final.dat" index 123 using 1:2 with points pt 6 ps 0.6 lc rgb "#8C564B" notitle, "plots/final.dat" index 124 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#17BECF" notitle, "plots/final.dat" index 125 using 1:2 with points pt 6 ps 0.6 lc rgb "#17BECF" notitle, "plots/final.dat" index 126 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#BCBD22" notitle, "plots/final.dat" index 127 using 1:2 with points pt 6 ps 0.6 lc rgb "#BCBD22" notitle, "plots/final.dat" index 128 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 129 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle
    set origin 0.43817,0.24060
    set size 0.43817,0.24060
    set title "optimizer=RMSprop"
    unset label
    unset arrow
    set arrow from 13, graph 0 to 13, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 27, graph 0 to 27, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 41, graph 0 to 41, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    plot "plots/final.dat" index 130 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 131 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle, "plots/final.dat" index 132 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#E69F00" notitle, "plots/final.dat" index 133 using 1:2 with points pt 6 ps 0.6 lc rgb "#E69F00" notitle, "plots/final.dat" index 134 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#009E73" notitle, "plots/final.dat" index 135 using 1:2 with points pt 6 ps 0.6 lc rgb "#009E73" notitle, "plots/final.dat" index 136 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#D55E00" notitle, "plots/final.dat" index 137 using 1:2 with points pt 6 ps 0.6 lc rgb "#D55E00" notitle, "plots/final.dat" index 138 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#CC79A7" notitle, "plots/final.dat" index 139 using 1:2 with points pt 6 ps 0.6 lc rgb "#CC79A7" notitle, "plots/final.dat" index 140 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#56B4E9" notitle, "plots/final.dat" index 141 using 1:2 with points pt 6 ps 0.6 lc rgb "#56B4E9" notitle, "plots/final.dat" index 142 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#000000" notitle, "plots/final.dat" index 143 using 1:2 with points pt 6 ps 0.6 lc rgb "#000000" notitle, "plots/final.dat" index 144 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#F0E442" notitle, "plots/final.dat" index 145 using 1:2 with points pt 6 ps 0.6 lc rgb "#F0E442" notitle, "plots/final.dat" index 146 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 147 using 1:2 with points pt 6 ps 0.6 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 148 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#8C564B" notitle, "plots/final.dat" index 149 using 1:2 with points pt 6 ps 0.6 lc rgb "#8C564B" notitle, "plots/final.dat" index 150 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#17BECF" notitle, "plots/final.dat" index 151 using 1:2 with points pt 6 ps 0.6 lc rgb "#17BECF" notitle, "plots/final.dat" index 152 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#BCBD22" notitle, "plots/final.dat" index 153 using 1:2 with points pt 6 ps 0.6 lc rgb "#BCBD22" notitle, "plots/final.dat" index 154 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 155 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle
    set origin 0.00000,0.00000
    set size 0.43817,0.24060
    set title "optimizer=Adam"
    unset label
    unset arrow
    set arrow from 13, graph 0 to 13, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 27, graph 0 to 27, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set arrow from 41, graph 0 to 41, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    plot "plots/final.dat" index 156 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 157 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle, "plots/final.dat" index 158 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#E69F00" notitle, "plots/final.dat" index 159 using 1:2 with points pt 6 ps 0.6 lc rgb "#E69F00" notitle, "plots/final.dat" index 160 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#009E73" notitle, "plots/final.dat" index 161 using 1:2 with points pt 6 ps 0.6 lc rgb "#009E73" notitle, "plots/final.dat" index 162 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#D55E00" notitle, "plots/final.dat" index 163 using 1:2 with points pt 6 ps 0.6 lc rgb "#D55E00" notitle, "plots/final.dat" index 164 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#CC79A7" notitle, "plots/final.dat" index 165 using 1:2 with points pt 6 ps 0.6 lc rgb "#CC79A7" notitle, "plots/final.dat" index 166 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#56B4E9" notitle, "plots/final.dat" index 167 using 1:2 with points pt 6 ps 0.6 lc rgb "#56B4E9" notitle, "plots/final.dat" index 168 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#000000" notitle, "plots/final.dat" index 169 using 1:2 with points pt 6 ps 0.6 lc rgb "#000000" notitle, "plots/final.dat" index 170 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#F0E442" notitle, "plots/final.dat" index 171 using 1:2 with points pt 6 ps 0.6 lc rgb "#F0E442" notitle, "plots/final.dat" index 172 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 173 using 1:2 with points pt 6 ps 0.6 lc rgb "#7F7F7F" notitle, "plots/final.dat" index 174 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#8C564B" notitle, "plots/final.dat" index 175 using 1:2 with points pt 6 ps 0.6 lc rgb "#8C564B" notitle, "plots/final.dat" index 176 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#17BECF" notitle, "plots/final.dat" index 177 using 1:2 with points pt 6 ps 0.6 lc rgb "#17BECF" notitle, "plots/final.dat" index 178 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#BCBD22" notitle, "plots/final.dat" index 179 using 1:2 with points pt 6 ps 0.6 lc rgb "#BCBD22" notitle, "plots/final.dat" index 180 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb "#0072B2" notitle, "plots/final.dat" index 181 using 1:2 with points pt 6 ps 0.6 lc rgb "#0072B2" notitle
    set origin 0.87634,0
    set size 0.12366,0.96241
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
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox title "optimizer.lr" left
    plot NaN with points pt 7 ps 1.2 lw 2 lc rgb "#0072B2" title "0.0001", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#E69F00" title "0.0002154", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#009E73" title "0.0004642", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#D55E00" title "0.001", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#CC79A7" title "0.002154", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#56B4E9" title "0.004642", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#000000" title "0.01", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#F0E442" title "0.02154", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#7F7F7F" title "0.04642", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#8C564B" title "0.1", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#17BECF" title "0.2154", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#BCBD22" title "0.4642", NaN with points pt 7 ps 1.2 lw 2 lc rgb "#0072B2" title "1", NaN with lines lc rgb "#ffffff" title " ", NaN with points pt 6 ps 0.7 lw 2 lc rgb "#000000" title "one seed", NaN with lines lc rgb "#ffffff" title " ", NaN with points pt 0 lc rgb "#ffffff" title "red: diverged or failed"
    unset multiplot
    set output
}
