# Training (solid) and validation (dashed) accuracy per epoch, scheduler=MultiStepLR
# Mean over 5 seeds
# Lines: init; panels: optimizer
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/accuracy_MultiStepLR.gp
# Data: plots/accuracy_MultiStepLR.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/accuracy_MultiStepLR.gp

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
        set terminal svg size 1770,650 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1280,470 fontscale 0.7232 linewidth 0.7232 pointscale 0.7232 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/accuracy_MultiStepLR.' . fmt
    set multiplot title 'Training (solid) and validation (dashed) accuracy per epoch, scheduler=MultiStepLR'."\n".'Mean over 5 seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'epoch'
    set ylabel 'accuracy'
    set xrange [1:10]
    set xtics 1
    set yrange [0:1.032451253]
    unset logscale y
    set format y "%g"
    set origin 0.00000,0.46154
    set size 0.22599,0.46154
    set title 'optimizer=BGD'
    unset label
    if (hover) {
        plot 'plots/accuracy_MultiStepLR.dat' index 0 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 1 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 2 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 3 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 4 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 5 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 6 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 7 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 1 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=BGD | zero: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 3 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=BGD | normal: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 5 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=BGD | xavier: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 7 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=BGD | he: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/accuracy_MultiStepLR.dat' index 0 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 1 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 2 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 3 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 4 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 5 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 6 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 7 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle
    }
    set origin 0.22599,0.46154
    set size 0.22599,0.46154
    set title 'optimizer=SGD'
    unset label
    if (hover) {
        plot 'plots/accuracy_MultiStepLR.dat' index 8 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 9 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 10 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 11 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 12 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 13 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 14 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 15 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 9 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=SGD | zero: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 11 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=SGD | normal: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 13 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=SGD | xavier: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 15 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=SGD | he: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/accuracy_MultiStepLR.dat' index 8 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 9 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 10 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 11 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 12 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 13 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 14 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 15 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle
    }
    set origin 0.45198,0.46154
    set size 0.22599,0.46154
    set title 'optimizer=MBGD'
    unset label
    if (hover) {
        plot 'plots/accuracy_MultiStepLR.dat' index 16 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 17 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 18 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 19 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 20 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 21 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 22 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 23 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 17 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=MBGD | zero: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 19 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=MBGD | normal: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 21 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=MBGD | xavier: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 23 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=MBGD | he: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/accuracy_MultiStepLR.dat' index 16 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 17 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 18 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 19 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 20 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 21 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 22 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 23 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle
    }
    set origin 0.67797,0.46154
    set size 0.22599,0.46154
    set title 'optimizer=Momentum'
    unset label
    if (hover) {
        plot 'plots/accuracy_MultiStepLR.dat' index 24 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 25 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 26 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 27 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 28 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 29 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 30 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 31 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 25 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=Momentum | zero: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 27 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=Momentum | normal: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 29 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=Momentum | xavier: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 31 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=Momentum | he: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/accuracy_MultiStepLR.dat' index 24 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 25 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 26 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 27 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 28 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 29 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 30 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 31 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle
    }
    set origin 0.00000,0.00000
    set size 0.22599,0.46154
    set title 'optimizer=AdaGrad'
    unset label
    if (hover) {
        plot 'plots/accuracy_MultiStepLR.dat' index 32 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 33 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 34 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 35 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 36 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 37 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 38 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 39 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 33 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=AdaGrad | zero: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 35 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=AdaGrad | normal: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 37 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=AdaGrad | xavier: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 39 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=AdaGrad | he: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/accuracy_MultiStepLR.dat' index 32 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 33 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 34 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 35 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 36 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 37 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 38 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 39 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle
    }
    set origin 0.22599,0.00000
    set size 0.22599,0.46154
    set title 'optimizer=RMSprop'
    unset label
    if (hover) {
        plot 'plots/accuracy_MultiStepLR.dat' index 40 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 41 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 42 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 43 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 44 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 45 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 46 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 47 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 41 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=RMSprop | zero: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 43 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=RMSprop | normal: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 45 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=RMSprop | xavier: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 47 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=RMSprop | he: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/accuracy_MultiStepLR.dat' index 40 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 41 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 42 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 43 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 44 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 45 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 46 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 47 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle
    }
    set origin 0.45198,0.00000
    set size 0.22599,0.46154
    set title 'optimizer=Adam'
    unset label
    if (hover) {
        plot 'plots/accuracy_MultiStepLR.dat' index 48 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 49 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 50 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 51 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 52 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 53 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 54 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 55 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 49 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=Adam | zero: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 51 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=Adam | normal: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 53 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=Adam | xavier: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle, 'plots/accuracy_MultiStepLR.dat' index 55 using 1:3:(sprintf('%s%s %g, %s %.5g', 'optimizer=Adam | he: ', 'epoch', $1, 'val_accuracy', $3)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/accuracy_MultiStepLR.dat' index 48 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 49 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#0072B2' notitle, 'plots/accuracy_MultiStepLR.dat' index 50 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 51 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#E69F00' notitle, 'plots/accuracy_MultiStepLR.dat' index 52 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 53 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#009E73' notitle, 'plots/accuracy_MultiStepLR.dat' index 54 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb '#D55E00' notitle, 'plots/accuracy_MultiStepLR.dat' index 55 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb '#D55E00' notitle
    }
    set origin 0.90395,0
    set size 0.09605,0.92308
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
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox title 'init' left
    plot NaN with lines lw 2 dt 1 lc rgb '#0072B2' title 'zero', NaN with lines lw 2 dt 1 lc rgb '#E69F00' title 'normal', NaN with lines lw 2 dt 1 lc rgb '#009E73' title 'xavier', NaN with lines lw 2 dt 1 lc rgb '#D55E00' title 'he', NaN with lines lc rgb '#ffffff' title ' ', NaN with lines lw 2 dt 1 lc rgb '#000000' title 'training', NaN with lines lw 2 dt 2 lc rgb '#000000' title 'validation'
    unset multiplot
    set output
}
