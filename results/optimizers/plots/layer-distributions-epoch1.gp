# Per-layer distributions after epoch 1: activations and back-propagated gradients
# band: 5-95 %, dark band: 25-75 %, line: median; quantiles averaged over 5 seeds
# Rows: settings; columns: activations, gradients of the loss with respect to each Linear layer's output (before its activation).
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/layer-distributions-epoch1.gp
# Data: plots/layer-distributions-epoch1.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/layer-distributions-epoch1.gp

if (!exists("formats")) formats = "svg png"
do for [fmt in formats] {
    reset
    # hover = 1: the SVG shows each point's values under the mouse (points drawn only there).
    hover = (fmt eq "svg")
    if (fmt eq "svg") {
        set terminal svg size 1110,21890 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1110,21890 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output "plots/layer-distributions-epoch1." . fmt
    set multiplot title "Per-layer distributions after epoch 1: activations and back-propagated gradients\nband: 5-95 %, dark band: 25-75 %, line: median; quantiles averaged over 5 seeds" font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel "layer (1 = first)"
    set xrange [0.8:3.2]
    set xtics 1
    set format y "%g"
    set origin 0.00000,0.98584
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=BGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 0 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 0 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 0 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 0 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=BGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 0 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 0 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 0 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.97396
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=BGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 1 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 1 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 1 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 1 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=BGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 1 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 1 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 1 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.96208
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=BGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 2 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 2 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 2 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 2 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=BGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 2 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 2 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 2 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.95021
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=SGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 3 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 3 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 3 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 3 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=SGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 3 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 3 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 3 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.93833
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=SGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 4 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 4 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 4 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 4 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=SGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 4 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 4 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 4 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.92645
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=SGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 5 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 5 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 5 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 5 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=SGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 5 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 5 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 5 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.91457
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=MBGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 6 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 6 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 6 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 6 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=MBGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 6 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 6 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 6 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.90270
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=MBGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 7 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 7 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 7 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 7 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=MBGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 7 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 7 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 7 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.89082
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=MBGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 8 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 8 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 8 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 8 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=MBGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 8 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 8 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 8 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.87894
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=Momentum, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 9 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 9 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 9 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 9 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=Momentum, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 9 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 9 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 9 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.86706
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=Momentum, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 10 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 10 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 10 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 10 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=Momentum, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 10 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 10 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 10 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.85519
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=Momentum, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 11 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 11 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 11 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 11 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=Momentum, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 11 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 11 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 11 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.84331
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=AdaGrad, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 12 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 12 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 12 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 12 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=AdaGrad, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 12 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 12 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 12 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.83143
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=AdaGrad, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 13 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 13 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 13 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 13 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=AdaGrad, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 13 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 13 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 13 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.81955
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=AdaGrad, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 14 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 14 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 14 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 14 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=AdaGrad, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 14 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 14 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 14 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.80767
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=RMSprop, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 15 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 15 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 15 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 15 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=RMSprop, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 15 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 15 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 15 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.79580
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=RMSprop, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 16 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 16 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 16 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 16 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=RMSprop, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 16 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 16 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 16 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.78392
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=RMSprop, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 17 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 17 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 17 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 17 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=RMSprop, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 17 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 17 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 17 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.77204
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=Adam, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 18 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 18 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 18 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 18 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=Adam, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 18 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 18 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 18 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.76016
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=Adam, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 19 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 19 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 19 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 19 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=Adam, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 19 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 19 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 19 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.74829
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=zero, optimizer=Adam, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 20 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 20 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 20 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 20 using 1:4:(sprintf("activation, epoch1 | init=zero, optimizer=Adam, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 20 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 20 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 20 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.73641
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=BGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 21 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 21 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 21 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 21 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=BGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 21 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 21 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 21 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.72453
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=BGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 22 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 22 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 22 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 22 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=BGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 22 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 22 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 22 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.71265
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=BGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 23 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 23 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 23 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 23 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=BGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 23 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 23 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 23 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.70078
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=SGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 24 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 24 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 24 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 24 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=SGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 24 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 24 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 24 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.68890
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=SGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 25 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 25 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 25 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 25 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=SGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 25 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 25 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 25 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.67702
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=SGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 26 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 26 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 26 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 26 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=SGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 26 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 26 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 26 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.66514
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=MBGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 27 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 27 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 27 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 27 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=MBGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 27 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 27 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 27 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.65327
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=MBGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 28 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 28 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 28 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 28 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=MBGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 28 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 28 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 28 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.64139
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=MBGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 29 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 29 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 29 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 29 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=MBGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 29 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 29 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 29 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.62951
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=Momentum, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 30 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 30 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 30 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 30 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=Momentum, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 30 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 30 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 30 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.61763
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=Momentum, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 31 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 31 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 31 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 31 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=Momentum, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 31 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 31 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 31 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.60576
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=Momentum, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 32 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 32 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 32 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 32 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=Momentum, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 32 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 32 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 32 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.59388
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=AdaGrad, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 33 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 33 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 33 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 33 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=AdaGrad, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 33 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 33 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 33 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.58200
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=AdaGrad, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 34 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 34 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 34 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 34 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=AdaGrad, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 34 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 34 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 34 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.57012
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=AdaGrad, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 35 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 35 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 35 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 35 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=AdaGrad, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 35 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 35 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 35 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.55825
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=RMSprop, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 36 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 36 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 36 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 36 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=RMSprop, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 36 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 36 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 36 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.54637
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=RMSprop, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 37 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 37 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 37 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 37 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=RMSprop, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 37 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 37 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 37 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.53449
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=RMSprop, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 38 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 38 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 38 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 38 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=RMSprop, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 38 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 38 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 38 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.52261
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=Adam, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 39 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 39 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 39 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 39 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=Adam, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 39 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 39 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 39 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.51074
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=Adam, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 40 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 40 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 40 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 40 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=Adam, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 40 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 40 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 40 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.49886
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=normal, optimizer=Adam, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 41 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 41 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 41 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 41 using 1:4:(sprintf("activation, epoch1 | init=normal, optimizer=Adam, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 41 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 41 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 41 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.48698
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=BGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 42 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 42 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 42 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 42 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=BGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 42 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 42 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 42 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.47510
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=BGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 43 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 43 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 43 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 43 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=BGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 43 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 43 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 43 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.46323
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=BGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 44 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 44 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 44 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 44 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=BGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 44 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 44 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 44 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.45135
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=SGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 45 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 45 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 45 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 45 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=SGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 45 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 45 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 45 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.43947
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=SGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 46 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 46 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 46 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 46 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=SGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 46 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 46 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 46 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.42759
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=SGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 47 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 47 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 47 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 47 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=SGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 47 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 47 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 47 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.41571
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=MBGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 48 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 48 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 48 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 48 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=MBGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 48 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 48 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 48 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.40384
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=MBGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 49 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 49 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 49 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 49 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=MBGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 49 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 49 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 49 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.39196
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=MBGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 50 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 50 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 50 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 50 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=MBGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 50 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 50 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 50 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.38008
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=Momentum, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 51 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 51 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 51 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 51 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=Momentum, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 51 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 51 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 51 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.36820
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=Momentum, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 52 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 52 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 52 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 52 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=Momentum, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 52 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 52 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 52 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.35633
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=Momentum, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 53 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 53 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 53 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 53 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=Momentum, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 53 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 53 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 53 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.34445
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=AdaGrad, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 54 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 54 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 54 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 54 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=AdaGrad, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 54 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 54 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 54 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.33257
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=AdaGrad, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 55 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 55 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 55 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 55 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=AdaGrad, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 55 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 55 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 55 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.32069
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=AdaGrad, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 56 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 56 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 56 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 56 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=AdaGrad, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 56 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 56 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 56 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.30882
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=RMSprop, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 57 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 57 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 57 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 57 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=RMSprop, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 57 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 57 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 57 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.29694
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=RMSprop, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 58 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 58 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 58 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 58 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=RMSprop, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 58 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 58 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 58 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.28506
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=RMSprop, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 59 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 59 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 59 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 59 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=RMSprop, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 59 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 59 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 59 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.27318
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=Adam, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 60 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 60 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 60 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 60 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=Adam, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 60 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 60 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 60 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.26131
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=Adam, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 61 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 61 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 61 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 61 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=Adam, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 61 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 61 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 61 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.24943
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=xavier, optimizer=Adam, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 62 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 62 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 62 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 62 using 1:4:(sprintf("activation, epoch1 | init=xavier, optimizer=Adam, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 62 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 62 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 62 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.23755
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=BGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 63 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 63 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 63 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 63 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=BGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 63 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 63 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 63 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.22567
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=BGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 64 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 64 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 64 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 64 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=BGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 64 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 64 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 64 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.21380
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=BGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 65 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 65 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 65 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 65 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=BGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 65 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 65 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 65 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.20192
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=SGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 66 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 66 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 66 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 66 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=SGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 66 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 66 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 66 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.19004
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=SGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 67 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 67 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 67 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 67 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=SGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 67 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 67 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 67 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.17816
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=SGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 68 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 68 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 68 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 68 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=SGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 68 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 68 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 68 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.16629
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=MBGD, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 69 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 69 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 69 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 69 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=MBGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 69 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 69 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 69 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.15441
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=MBGD, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 70 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 70 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 70 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 70 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=MBGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 70 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 70 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 70 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.14253
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=MBGD, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 71 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 71 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 71 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 71 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=MBGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 71 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 71 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 71 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.13065
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=Momentum, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 72 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 72 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 72 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 72 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=Momentum, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 72 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 72 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 72 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.11878
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=Momentum, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 73 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 73 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 73 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 73 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=Momentum, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 73 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 73 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 73 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.10690
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=Momentum, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 74 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 74 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 74 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 74 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=Momentum, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 74 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 74 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 74 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.09502
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=AdaGrad, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 75 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 75 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 75 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 75 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=AdaGrad, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 75 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 75 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 75 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.08314
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=AdaGrad, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 76 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 76 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 76 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 76 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=AdaGrad, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 76 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 76 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 76 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.07127
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=AdaGrad, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 77 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 77 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 77 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 77 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=AdaGrad, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 77 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 77 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 77 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.05939
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=RMSprop, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 78 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 78 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 78 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 78 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=RMSprop, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 78 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 78 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 78 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.04751
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=RMSprop, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 79 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 79 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 79 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 79 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=RMSprop, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 79 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 79 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 79 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.03563
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=RMSprop, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 80 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 80 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 80 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 80 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=RMSprop, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 80 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 80 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 80 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.02376
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=Adam, scheduler=StepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 81 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 81 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 81 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 81 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=Adam, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 81 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 81 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 81 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.01188
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=Adam, scheduler=MultiStepLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 82 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 82 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 82 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 82 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=Adam, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 82 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 82 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 82 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.00000,0.00000
    set size 0.37838,0.01188
    set title "activation (after the block's activation)\ninit=he, optimizer=Adam, scheduler=ExponentialLR"
    set ylabel "activation"
    set yrange [-9.388269538:8.390666231]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 83 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 83 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 83 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 83 using 1:4:(sprintf("activation, epoch1 | init=he, optimizer=Adam, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 83 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 83 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 83 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.98584
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=BGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 84 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 84 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 84 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 84 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=BGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 84 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 84 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 84 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.97396
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=BGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 85 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 85 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 85 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 85 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=BGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 85 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 85 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 85 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.96208
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=BGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 86 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 86 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 86 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 86 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=BGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 86 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 86 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 86 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.95021
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=SGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 87 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 87 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 87 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 87 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=SGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 87 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 87 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 87 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.93833
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=SGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 88 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 88 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 88 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 88 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=SGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 88 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 88 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 88 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.92645
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=SGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 89 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 89 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 89 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 89 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=SGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 89 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 89 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 89 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.91457
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=MBGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 90 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 90 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 90 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 90 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=MBGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 90 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 90 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 90 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.90270
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=MBGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 91 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 91 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 91 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 91 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=MBGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 91 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 91 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 91 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.89082
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=MBGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 92 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 92 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 92 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 92 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=MBGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 92 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 92 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 92 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.87894
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=Momentum, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 93 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 93 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 93 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 93 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=Momentum, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 93 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 93 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 93 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.86706
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=Momentum, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 94 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 94 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 94 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 94 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=Momentum, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 94 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 94 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 94 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.85519
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=Momentum, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 95 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 95 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 95 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 95 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=Momentum, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 95 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 95 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 95 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.84331
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=AdaGrad, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 96 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 96 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 96 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 96 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=AdaGrad, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 96 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 96 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 96 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.83143
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=AdaGrad, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 97 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 97 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 97 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 97 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=AdaGrad, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 97 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 97 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 97 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.81955
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=AdaGrad, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 98 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 98 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 98 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 98 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=AdaGrad, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 98 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 98 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 98 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.80767
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=RMSprop, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 99 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 99 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 99 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 99 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=RMSprop, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 99 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 99 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 99 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.79580
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=RMSprop, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 100 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 100 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 100 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 100 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=RMSprop, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 100 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 100 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 100 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.78392
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=RMSprop, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 101 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 101 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 101 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 101 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=RMSprop, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 101 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 101 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 101 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.77204
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=Adam, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 102 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 102 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 102 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 102 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=Adam, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 102 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 102 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 102 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.76016
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=Adam, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 103 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 103 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 103 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 103 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=Adam, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 103 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 103 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 103 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.74829
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=zero, optimizer=Adam, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 104 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 104 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 104 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 104 using 1:4:(sprintf("output_grad, epoch1 | init=zero, optimizer=Adam, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 104 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 104 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 104 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.73641
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=BGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 105 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 105 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 105 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 105 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=BGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 105 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 105 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 105 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.72453
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=BGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 106 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 106 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 106 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 106 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=BGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 106 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 106 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 106 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.71265
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=BGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 107 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 107 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 107 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 107 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=BGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 107 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 107 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 107 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.70078
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=SGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 108 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 108 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 108 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 108 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=SGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 108 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 108 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 108 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.68890
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=SGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 109 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 109 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 109 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 109 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=SGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 109 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 109 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 109 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.67702
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=SGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 110 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 110 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 110 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 110 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=SGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 110 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 110 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 110 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.66514
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=MBGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 111 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 111 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 111 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 111 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=MBGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 111 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 111 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 111 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.65327
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=MBGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 112 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 112 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 112 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 112 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=MBGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 112 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 112 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 112 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.64139
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=MBGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 113 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 113 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 113 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 113 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=MBGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 113 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 113 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 113 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.62951
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=Momentum, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 114 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 114 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 114 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 114 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=Momentum, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 114 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 114 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 114 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.61763
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=Momentum, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 115 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 115 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 115 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 115 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=Momentum, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 115 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 115 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 115 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.60576
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=Momentum, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 116 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 116 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 116 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 116 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=Momentum, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 116 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 116 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 116 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.59388
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=AdaGrad, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 117 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 117 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 117 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 117 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=AdaGrad, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 117 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 117 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 117 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.58200
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=AdaGrad, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 118 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 118 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 118 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 118 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=AdaGrad, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 118 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 118 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 118 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.57012
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=AdaGrad, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 119 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 119 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 119 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 119 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=AdaGrad, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 119 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 119 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 119 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.55825
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=RMSprop, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 120 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 120 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 120 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 120 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=RMSprop, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 120 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 120 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 120 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.54637
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=RMSprop, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 121 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 121 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 121 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 121 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=RMSprop, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 121 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 121 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 121 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.53449
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=RMSprop, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 122 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 122 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 122 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 122 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=RMSprop, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 122 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 122 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 122 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.52261
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=Adam, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 123 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 123 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 123 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 123 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=Adam, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 123 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 123 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 123 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.51074
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=Adam, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 124 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 124 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 124 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 124 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=Adam, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 124 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 124 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 124 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.49886
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=normal, optimizer=Adam, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 125 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 125 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 125 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 125 using 1:4:(sprintf("output_grad, epoch1 | init=normal, optimizer=Adam, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 125 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 125 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 125 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.48698
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=BGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 126 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 126 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 126 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 126 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=BGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 126 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 126 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 126 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.47510
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=BGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 127 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 127 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 127 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 127 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=BGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 127 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 127 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 127 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.46323
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=BGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 128 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 128 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 128 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 128 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=BGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 128 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 128 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 128 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.45135
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=SGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 129 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 129 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 129 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 129 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=SGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 129 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 129 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 129 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.43947
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=SGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 130 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 130 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 130 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 130 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=SGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 130 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 130 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 130 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.42759
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=SGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 131 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 131 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 131 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 131 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=SGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 131 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 131 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 131 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.41571
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=MBGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 132 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 132 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 132 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 132 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=MBGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 132 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 132 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 132 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.40384
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=MBGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 133 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 133 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 133 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 133 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=MBGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 133 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 133 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 133 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.39196
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=MBGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 134 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 134 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 134 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 134 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=MBGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 134 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 134 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 134 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.38008
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=Momentum, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 135 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 135 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 135 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 135 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=Momentum, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 135 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 135 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 135 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.36820
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=Momentum, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 136 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 136 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 136 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 136 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=Momentum, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 136 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 136 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 136 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.35633
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=Momentum, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 137 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 137 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 137 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 137 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=Momentum, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 137 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 137 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 137 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.34445
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=AdaGrad, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 138 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 138 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 138 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 138 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=AdaGrad, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 138 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 138 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 138 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.33257
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=AdaGrad, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 139 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 139 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 139 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 139 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=AdaGrad, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 139 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 139 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 139 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.32069
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=AdaGrad, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 140 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 140 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 140 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 140 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=AdaGrad, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 140 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 140 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 140 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.30882
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=RMSprop, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 141 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 141 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 141 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 141 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=RMSprop, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 141 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 141 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 141 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.29694
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=RMSprop, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 142 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 142 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 142 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 142 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=RMSprop, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 142 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 142 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 142 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.28506
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=RMSprop, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 143 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 143 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 143 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 143 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=RMSprop, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 143 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 143 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 143 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.27318
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=Adam, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 144 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 144 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 144 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 144 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=Adam, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 144 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 144 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 144 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.26131
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=Adam, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 145 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 145 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 145 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 145 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=Adam, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 145 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 145 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 145 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.24943
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=xavier, optimizer=Adam, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 146 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 146 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 146 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 146 using 1:4:(sprintf("output_grad, epoch1 | init=xavier, optimizer=Adam, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 146 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 146 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 146 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.23755
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=BGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 147 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 147 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 147 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 147 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=BGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 147 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 147 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 147 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.22567
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=BGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 148 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 148 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 148 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 148 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=BGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 148 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 148 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 148 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.21380
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=BGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 149 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 149 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 149 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 149 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=BGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 149 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 149 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 149 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.20192
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=SGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 150 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 150 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 150 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 150 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=SGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 150 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 150 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 150 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.19004
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=SGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 151 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 151 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 151 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 151 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=SGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 151 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 151 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 151 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.17816
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=SGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 152 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 152 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 152 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 152 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=SGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 152 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 152 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 152 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.16629
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=MBGD, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 153 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 153 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 153 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 153 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=MBGD, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 153 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 153 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 153 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.15441
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=MBGD, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 154 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 154 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 154 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 154 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=MBGD, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 154 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 154 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 154 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.14253
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=MBGD, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 155 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 155 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 155 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 155 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=MBGD, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 155 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 155 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 155 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.13065
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=Momentum, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 156 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 156 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 156 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 156 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=Momentum, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 156 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 156 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 156 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.11878
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=Momentum, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 157 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 157 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 157 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 157 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=Momentum, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 157 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 157 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 157 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.10690
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=Momentum, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 158 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 158 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 158 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 158 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=Momentum, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 158 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 158 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 158 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.09502
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=AdaGrad, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 159 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 159 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 159 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 159 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=AdaGrad, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 159 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 159 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 159 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.08314
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=AdaGrad, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 160 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 160 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 160 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 160 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=AdaGrad, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 160 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 160 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 160 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.07127
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=AdaGrad, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 161 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 161 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 161 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 161 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=AdaGrad, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 161 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 161 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 161 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.05939
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=RMSprop, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 162 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 162 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 162 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 162 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=RMSprop, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 162 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 162 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 162 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.04751
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=RMSprop, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 163 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 163 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 163 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 163 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=RMSprop, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 163 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 163 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 163 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.03563
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=RMSprop, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 164 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 164 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 164 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 164 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=RMSprop, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 164 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 164 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 164 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.02376
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=Adam, scheduler=StepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 165 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 165 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 165 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 165 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=Adam, scheduler=StepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 165 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 165 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 165 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.01188
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=Adam, scheduler=MultiStepLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 166 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 166 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 166 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 166 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=Adam, scheduler=MultiStepLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 166 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 166 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 166 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.37838,0.00000
    set size 0.37838,0.01188
    set title "gradient w.r.t. the Linear output\ninit=he, optimizer=Adam, scheduler=ExponentialLR"
    set ylabel "gradient"
    set yrange [-0.001175507008:0.00109261263]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot "plots/layer-distributions-epoch1.dat" index 167 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 167 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 167 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 167 using 1:4:(sprintf("output_grad, epoch1 | init=he, optimizer=Adam, scheduler=ExponentialLR: depth %g, q50 %.5g", $1, $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot "plots/layer-distributions-epoch1.dat" index 167 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 167 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/layer-distributions-epoch1.dat" index 167 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb "#0072B2" notitle
    }
    set origin 0.75676,0
    set size 0.24324,0.99772
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
    plot NaN with lines lw 2 dt 1 lc rgb "#0072B2" title "median", NaN with points pt 0 lc rgb "#ffffff" title "bands: 5-95 % and 25-75 %"
    unset multiplot
    set output
}
