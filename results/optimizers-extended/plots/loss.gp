# Training (solid) and validation (dashed) loss per epoch
# Mean over 5 seeds; log scale
# Lines: optimizer; panels: scheduler
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/loss.gp
# Data: plots/loss.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/loss.gp

if (!exists("formats")) formats = "svg png"
do for [fmt in formats] {
    reset
    if (fmt eq "svg") {
        set terminal svg size 1370,350 font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1370,350 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output "plots/loss." . fmt
    set multiplot title "Training (solid) and validation (dashed) loss per epoch\nMean over 5 seeds; log scale" font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel "epoch"
    set ylabel "loss (log scale)"
    set xrange [1:10]
    set xtics 1
    set yrange [0.01:10]
    set logscale y
    set format y "%g"
    set origin 0.00000,0.00000
    set size 0.29197,0.85714
    set title "scheduler=constant"
    unset label
    plot "plots/loss.dat" index 0 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/loss.dat" index 1 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/loss.dat" index 1 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#0072B2" notitle, "plots/loss.dat" index 2 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#E69F00" notitle, "plots/loss.dat" index 3 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#E69F00" notitle, "plots/loss.dat" index 3 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#E69F00" notitle, "plots/loss.dat" index 4 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#009E73" notitle, "plots/loss.dat" index 5 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#009E73" notitle, "plots/loss.dat" index 5 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#009E73" notitle, "plots/loss.dat" index 6 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#D55E00" notitle, "plots/loss.dat" index 7 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#D55E00" notitle, "plots/loss.dat" index 7 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#D55E00" notitle, "plots/loss.dat" index 8 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#CC79A7" notitle, "plots/loss.dat" index 9 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#CC79A7" notitle, "plots/loss.dat" index 9 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#CC79A7" notitle, "plots/loss.dat" index 10 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#56B4E9" notitle, "plots/loss.dat" index 11 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#56B4E9" notitle, "plots/loss.dat" index 11 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#56B4E9" notitle, "plots/loss.dat" index 12 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#000000" notitle, "plots/loss.dat" index 13 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#000000" notitle, "plots/loss.dat" index 13 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#000000" notitle, "plots/loss.dat" index 14 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#F0E442" notitle, "plots/loss.dat" index 15 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#F0E442" notitle, "plots/loss.dat" index 15 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#F0E442" notitle, "plots/loss.dat" index 16 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#7F7F7F" notitle, "plots/loss.dat" index 17 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#7F7F7F" notitle, "plots/loss.dat" index 17 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#7F7F7F" notitle
    set origin 0.29197,0.00000
    set size 0.29197,0.85714
    set title "scheduler=cosine"
    unset label
    plot "plots/loss.dat" index 18 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/loss.dat" index 19 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/loss.dat" index 19 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#0072B2" notitle, "plots/loss.dat" index 20 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#E69F00" notitle, "plots/loss.dat" index 21 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#E69F00" notitle, "plots/loss.dat" index 21 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#E69F00" notitle, "plots/loss.dat" index 22 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#009E73" notitle, "plots/loss.dat" index 23 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#009E73" notitle, "plots/loss.dat" index 23 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#009E73" notitle, "plots/loss.dat" index 24 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#D55E00" notitle, "plots/loss.dat" index 25 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#D55E00" notitle, "plots/loss.dat" index 25 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#D55E00" notitle, "plots/loss.dat" index 26 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#CC79A7" notitle, "plots/loss.dat" index 27 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#CC79A7" notitle, "plots/loss.dat" index 27 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#CC79A7" notitle, "plots/loss.dat" index 28 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#56B4E9" notitle, "plots/loss.dat" index 29 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#56B4E9" notitle, "plots/loss.dat" index 29 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#56B4E9" notitle, "plots/loss.dat" index 30 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#000000" notitle, "plots/loss.dat" index 31 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#000000" notitle, "plots/loss.dat" index 31 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#000000" notitle, "plots/loss.dat" index 32 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#F0E442" notitle, "plots/loss.dat" index 33 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#F0E442" notitle, "plots/loss.dat" index 33 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#F0E442" notitle, "plots/loss.dat" index 34 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#7F7F7F" notitle, "plots/loss.dat" index 35 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#7F7F7F" notitle, "plots/loss.dat" index 35 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#7F7F7F" notitle
    set origin 0.58394,0.00000
    set size 0.29197,0.85714
    set title "scheduler=warmup+cosine"
    unset label
    plot "plots/loss.dat" index 36 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#0072B2" notitle, "plots/loss.dat" index 37 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#0072B2" notitle, "plots/loss.dat" index 37 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#0072B2" notitle, "plots/loss.dat" index 38 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#E69F00" notitle, "plots/loss.dat" index 39 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#E69F00" notitle, "plots/loss.dat" index 39 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#E69F00" notitle, "plots/loss.dat" index 40 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#009E73" notitle, "plots/loss.dat" index 41 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#009E73" notitle, "plots/loss.dat" index 41 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#009E73" notitle, "plots/loss.dat" index 42 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#D55E00" notitle, "plots/loss.dat" index 43 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#D55E00" notitle, "plots/loss.dat" index 43 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#D55E00" notitle, "plots/loss.dat" index 44 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#CC79A7" notitle, "plots/loss.dat" index 45 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#CC79A7" notitle, "plots/loss.dat" index 45 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#CC79A7" notitle, "plots/loss.dat" index 46 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#56B4E9" notitle, "plots/loss.dat" index 47 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#56B4E9" notitle, "plots/loss.dat" index 47 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#56B4E9" notitle, "plots/loss.dat" index 48 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#000000" notitle, "plots/loss.dat" index 49 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#000000" notitle, "plots/loss.dat" index 49 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#000000" notitle, "plots/loss.dat" index 50 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#F0E442" notitle, "plots/loss.dat" index 51 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#F0E442" notitle, "plots/loss.dat" index 51 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#F0E442" notitle, "plots/loss.dat" index 52 using 1:2:3 with filledcurves fs transparent solid 0.18 noborder lc rgb "#7F7F7F" notitle, "plots/loss.dat" index 53 using 1:2 with linespoints pt 7 ps 0.45 lw 2 dt 1 lc rgb "#7F7F7F" notitle, "plots/loss.dat" index 53 using 1:3 with linespoints pt 7 ps 0.45 lw 2 dt 2 lc rgb "#7F7F7F" notitle
    set origin 0.87591,0
    set size 0.12409,0.85714
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
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox title "optimizer" left
    plot NaN with lines lw 2 dt 1 lc rgb "#0072B2" title "Momentum", NaN with lines lw 2 dt 1 lc rgb "#E69F00" title "Adam", NaN with lines lw 2 dt 1 lc rgb "#009E73" title "AdamW", NaN with lines lw 2 dt 1 lc rgb "#D55E00" title "NAdam", NaN with lines lw 2 dt 1 lc rgb "#CC79A7" title "RAdam", NaN with lines lw 2 dt 1 lc rgb "#56B4E9" title "Adamax", NaN with lines lw 2 dt 1 lc rgb "#000000" title "Adadelta", NaN with lines lw 2 dt 1 lc rgb "#F0E442" title "ASGD", NaN with lines lw 2 dt 1 lc rgb "#7F7F7F" title "Rprop", NaN with lines lc rgb "#ffffff" title " ", NaN with lines lw 2 dt 1 lc rgb "#000000" title "training", NaN with lines lw 2 dt 2 lc rgb "#000000" title "validation"
    unset multiplot
    set output
}
