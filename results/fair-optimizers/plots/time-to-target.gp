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
        set terminal svg size 1610,674 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1280,536 fontscale 0.795 linewidth 0.795 pointscale 0.795 font "DejaVu Sans,10" background rgb "white"
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
    set bmargin 7.9
    set xlabel 'optimizer'
    set xrange [-0.7:6.7]
    set xtics ('BGD' 0, 'SGD' 1, 'MBGD' 2, 'Momentum' 3, 'AdaGrad' 4, 'RMSprop' 5, 'Adam' 6) rotate by -35 left
    set grid noxtics ytics
    set format y "%g"
    set origin 0.00000,0.46291
    set size 0.22360,0.46291
    set title 'data=digits'."\n".'epochs_to_target'
    set ylabel 'epochs'
    set yrange [0:1.866053943]
    unset label
    set label 'never' at 0,graph 0.04 rotate by 90 left front font ",8" tc rgb '#b00000'
    if (hover) {
        plot 'plots/time-to-target.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/time-to-target.dat' index 0 using 1:2:(sprintf('%s%s %g, %s %.5g', 'data=digits epochs_to_target: ', 'method_index', $1, 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/time-to-target.dat' index 0 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle
    }
    set origin 0.22360,0.46291
    set size 0.22360,0.46291
    set title 'data=wine'."\n".'epochs_to_target'
    set ylabel 'epochs'
    set yrange [0:2.808809821]
    unset label
    if (hover) {
        plot 'plots/time-to-target.dat' index 1 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/time-to-target.dat' index 1 using 1:2:(sprintf('%s%s %g, %s %.5g', 'data=wine epochs_to_target: ', 'method_index', $1, 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/time-to-target.dat' index 1 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle
    }
    set origin 0.44720,0.46291
    set size 0.22360,0.46291
    set title 'data=breast_cancer'."\n".'epochs_to_target'
    set ylabel 'epochs'
    set yrange [0:1.702838163]
    unset label
    if (hover) {
        plot 'plots/time-to-target.dat' index 2 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/time-to-target.dat' index 2 using 1:2:(sprintf('%s%s %g, %s %.5g', 'data=breast_cancer epochs_to_target: ', 'method_index', $1, 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/time-to-target.dat' index 2 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle
    }
    set origin 0.67081,0.46291
    set size 0.22360,0.46291
    set title 'data=mnist_5k'."\n".'epochs_to_target'
    set ylabel 'epochs'
    set yrange [0:6.755571734]
    unset label
    set label 'never' at 0,graph 0.04 rotate by 90 left front font ",8" tc rgb '#b00000'
    if (hover) {
        plot 'plots/time-to-target.dat' index 3 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle, 'plots/time-to-target.dat' index 3 using 1:2:(sprintf('%s%s %g, %s %.5g', 'data=mnist_5k epochs_to_target: ', 'method_index', $1, 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/time-to-target.dat' index 3 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.00000
    set size 0.22360,0.46291
    set title 'data=digits'."\n".'seconds_to_target'
    set ylabel 'seconds'
    set yrange [0:0.006994708109]
    unset label
    set label 'never' at 0,graph 0.04 rotate by 90 left front font ",8" tc rgb '#b00000'
    if (hover) {
        plot 'plots/time-to-target.dat' index 4 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/time-to-target.dat' index 4 using 1:2:(sprintf('%s%s %g, %s %.5g', 'data=digits seconds_to_target: ', 'method_index', $1, 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/time-to-target.dat' index 4 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle
    }
    set origin 0.22360,0.00000
    set size 0.22360,0.46291
    set title 'data=wine'."\n".'seconds_to_target'
    set ylabel 'seconds'
    set yrange [0:0.002383238163]
    unset label
    if (hover) {
        plot 'plots/time-to-target.dat' index 5 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/time-to-target.dat' index 5 using 1:2:(sprintf('%s%s %g, %s %.5g', 'data=wine seconds_to_target: ', 'method_index', $1, 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/time-to-target.dat' index 5 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle
    }
    set origin 0.44720,0.00000
    set size 0.22360,0.46291
    set title 'data=breast_cancer'."\n".'seconds_to_target'
    set ylabel 'seconds'
    set yrange [0:0.003405676326]
    unset label
    if (hover) {
        plot 'plots/time-to-target.dat' index 6 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/time-to-target.dat' index 6 using 1:2:(sprintf('%s%s %g, %s %.5g', 'data=breast_cancer seconds_to_target: ', 'method_index', $1, 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/time-to-target.dat' index 6 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle
    }
    set origin 0.67081,0.00000
    set size 0.22360,0.46291
    set title 'data=mnist_5k'."\n".'seconds_to_target'
    set ylabel 'seconds'
    set yrange [0:0.3140161745]
    unset label
    set label 'never' at 0,graph 0.04 rotate by 90 left front font ",8" tc rgb '#b00000'
    if (hover) {
        plot 'plots/time-to-target.dat' index 7 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle, 'plots/time-to-target.dat' index 7 using 1:2:(sprintf('%s%s %g, %s %.5g', 'data=mnist_5k seconds_to_target: ', 'method_index', $1, 'mean', $2)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/time-to-target.dat' index 7 using 1:2:3 with yerrorbars pt 7 ps 1.1 lw 1.5 lc rgb '#E69F00' notitle
    }
    set origin 0.89441,0
    set size 0.10559,0.92582
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
