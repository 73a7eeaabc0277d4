# Performance profile over 4 data sets
# epochs to the validation target, mean over the final seeds
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/performance-profile.gp
# Data: plots/performance-profile.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/performance-profile.gp

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
        set terminal svg size 730,410 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 730,410 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/performance-profile.' . fmt
    set multiplot title 'Performance profile over 4 data sets'."\n".'epochs to the validation target, mean over the final seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'tau: factor of the best epochs to target (log scale)'
    set ylabel 'fraction of data sets'
    set xrange [1:3]
    set logscale x
    set format x "%g"
    set xtics ('1' 1, '1.25' 1.25, '1.5' 1.5, '2' 2, '3' 3)
    set yrange [-0.02:1.05]
    set format y "%g"
    set origin 0.00000,0.00000
    set size 0.76712,0.87805
    unset label
    if (hover) {
        plot 'plots/performance-profile.dat' index 0 using 1:2 with lines lw 3.5 dt 1 lc rgb '#0072B2' notitle, 'plots/performance-profile.dat' index 1 using 1:2 with lines lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/performance-profile.dat' index 2 using 1:2 with lines lw 3.5 dt 1 lc rgb '#009E73' notitle, 'plots/performance-profile.dat' index 3 using 1:2 with lines lw 2 dt 2 lc rgb '#D55E00' notitle, 'plots/performance-profile.dat' index 4 using 1:2 with lines lw 3.5 dt 1 lc rgb '#CC79A7' notitle, 'plots/performance-profile.dat' index 5 using 1:2 with lines lw 2 dt 2 lc rgb '#56B4E9' notitle, 'plots/performance-profile.dat' index 6 using 1:2 with lines lw 3.5 dt 1 lc rgb '#000000' notitle, 'plots/performance-profile.dat' index 0 using 1:2:(sprintf('%s%s %g, %s %.5g', 'optimizer=BGD: ', 'tau', $1, 'fraction', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/performance-profile.dat' index 1 using 1:2:(sprintf('%s%s %g, %s %.5g', 'optimizer=SGD: ', 'tau', $1, 'fraction', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/performance-profile.dat' index 2 using 1:2:(sprintf('%s%s %g, %s %.5g', 'optimizer=MBGD: ', 'tau', $1, 'fraction', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/performance-profile.dat' index 3 using 1:2:(sprintf('%s%s %g, %s %.5g', 'optimizer=Momentum: ', 'tau', $1, 'fraction', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/performance-profile.dat' index 4 using 1:2:(sprintf('%s%s %g, %s %.5g', 'optimizer=AdaGrad: ', 'tau', $1, 'fraction', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/performance-profile.dat' index 5 using 1:2:(sprintf('%s%s %g, %s %.5g', 'optimizer=RMSprop: ', 'tau', $1, 'fraction', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/performance-profile.dat' index 6 using 1:2:(sprintf('%s%s %g, %s %.5g', 'optimizer=Adam: ', 'tau', $1, 'fraction', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/performance-profile.dat' index 0 using 1:2 with lines lw 3.5 dt 1 lc rgb '#0072B2' notitle, 'plots/performance-profile.dat' index 1 using 1:2 with lines lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/performance-profile.dat' index 2 using 1:2 with lines lw 3.5 dt 1 lc rgb '#009E73' notitle, 'plots/performance-profile.dat' index 3 using 1:2 with lines lw 2 dt 2 lc rgb '#D55E00' notitle, 'plots/performance-profile.dat' index 4 using 1:2 with lines lw 3.5 dt 1 lc rgb '#CC79A7' notitle, 'plots/performance-profile.dat' index 5 using 1:2 with lines lw 2 dt 2 lc rgb '#56B4E9' notitle, 'plots/performance-profile.dat' index 6 using 1:2 with lines lw 3.5 dt 1 lc rgb '#000000' notitle
    }
    set origin 0.76712,0
    set size 0.23288,0.87805
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
    plot NaN with lines lw 2 dt 1 lc rgb '#0072B2' title 'BGD', NaN with lines lw 2 dt 2 lc rgb '#E69F00' title 'SGD', NaN with lines lw 2 dt 1 lc rgb '#009E73' title 'MBGD', NaN with lines lw 2 dt 2 lc rgb '#D55E00' title 'Momentum', NaN with lines lw 2 dt 1 lc rgb '#CC79A7' title 'AdaGrad', NaN with lines lw 2 dt 2 lc rgb '#56B4E9' title 'RMSprop', NaN with lines lw 2 dt 1 lc rgb '#000000' title 'Adam'
    unset multiplot
    set output
}
