# final test_accuracy against optimizer.lr
# mean over 10 seeds, band: 95% interval; averaged over data
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/sensitivity-optimizer_lr.gp
# Data: plots/sensitivity-optimizer_lr.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/sensitivity-optimizer_lr.gp

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
        set terminal svg size 690,390 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 690,390 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/sensitivity-optimizer_lr.' . fmt
    set multiplot title 'final test_accuracy against optimizer.lr'."\n".'mean over 10 seeds, band: 95% interval; averaged over data' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'optimizer.lr (log scale)'
    set ylabel 'final test_accuracy'
    set xrange [0.001:10]
    set logscale x
    set format x "%g"
    set yrange [0.8443200732:0.9948036418]
    set format y "%g"
    set origin 0.00000,0.00000
    set size 0.75362,0.87179
    unset label
    if (hover) {
        plot 'plots/sensitivity-optimizer_lr.dat' index 0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/sensitivity-optimizer_lr.dat' index 0 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/sensitivity-optimizer_lr.dat' index 1 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/sensitivity-optimizer_lr.dat' index 1 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/sensitivity-optimizer_lr.dat' index 2 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/sensitivity-optimizer_lr.dat' index 2 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/sensitivity-optimizer_lr.dat' index 3 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/sensitivity-optimizer_lr.dat' index 3 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/sensitivity-optimizer_lr.dat' index 4 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#CC79A7' notitle, 'plots/sensitivity-optimizer_lr.dat' index 4 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/sensitivity-optimizer_lr.dat' index 5 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#56B4E9' notitle, 'plots/sensitivity-optimizer_lr.dat' index 5 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/sensitivity-optimizer_lr.dat' index 6 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#000000' notitle, 'plots/sensitivity-optimizer_lr.dat' index 6 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#000000' notitle, 'plots/sensitivity-optimizer_lr.dat' index 0 using 1:2:(sprintf('%s%s %.5g', 'optimizer=BGD: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/sensitivity-optimizer_lr.dat' index 1 using 1:2:(sprintf('%s%s %.5g', 'optimizer=SGD: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/sensitivity-optimizer_lr.dat' index 2 using 1:2:(sprintf('%s%s %.5g', 'optimizer=MBGD: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/sensitivity-optimizer_lr.dat' index 3 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Momentum: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/sensitivity-optimizer_lr.dat' index 4 using 1:2:(sprintf('%s%s %.5g', 'optimizer=AdaGrad: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/sensitivity-optimizer_lr.dat' index 5 using 1:2:(sprintf('%s%s %.5g', 'optimizer=RMSprop: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/sensitivity-optimizer_lr.dat' index 6 using 1:2:(sprintf('%s%s %.5g', 'optimizer=Adam: ', 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/sensitivity-optimizer_lr.dat' index 0 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/sensitivity-optimizer_lr.dat' index 0 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/sensitivity-optimizer_lr.dat' index 1 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/sensitivity-optimizer_lr.dat' index 1 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#E69F00' notitle, 'plots/sensitivity-optimizer_lr.dat' index 2 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/sensitivity-optimizer_lr.dat' index 2 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#009E73' notitle, 'plots/sensitivity-optimizer_lr.dat' index 3 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/sensitivity-optimizer_lr.dat' index 3 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#D55E00' notitle, 'plots/sensitivity-optimizer_lr.dat' index 4 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#CC79A7' notitle, 'plots/sensitivity-optimizer_lr.dat' index 4 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#CC79A7' notitle, 'plots/sensitivity-optimizer_lr.dat' index 5 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#56B4E9' notitle, 'plots/sensitivity-optimizer_lr.dat' index 5 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#56B4E9' notitle, 'plots/sensitivity-optimizer_lr.dat' index 6 using 1:3:4 with filledcurves fs transparent solid 0.18 noborder lc rgb '#000000' notitle, 'plots/sensitivity-optimizer_lr.dat' index 6 using 1:2 with linespoints pt 7 ps 0.7 lw 2 dt 1 lc rgb '#000000' notitle
    }
    set origin 0.75362,0
    set size 0.24638,0.87179
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
    plot NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#0072B2' title 'BGD', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#E69F00' title 'SGD', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#009E73' title 'MBGD', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#D55E00' title 'Momentum', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#CC79A7' title 'AdaGrad', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#56B4E9' title 'RMSprop', NaN with linespoints pt 7 ps 0.8 lw 2 dt 1 lc rgb '#000000' title 'Adam'
    unset multiplot
    set output
}
