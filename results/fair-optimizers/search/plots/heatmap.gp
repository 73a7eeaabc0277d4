# final val_accuracy by optimizer and data
# mean over optimizer.lr and 3 seeds
# Each cell: the mean, ± the half-width of its 95% Student t interval over seeds when there are several, and how many runs diverged or failed.
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/heatmap.gp
# Data: plots/heatmap.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/heatmap.gp

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
        set terminal svg size 814,598 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 814,598 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/heatmap.' . fmt
    set title 'final val_accuracy by optimizer and data'."\n".'mean over optimizer.lr and 3 seeds' font ",12"
    set lmargin 14
    set rmargin 14
    set tmargin 4.5
    set bmargin 4
    unset key
    unset grid
    set border lw 1 lc rgb "#404040"
    set xlabel 'data'
    set ylabel 'optimizer'
    set xrange [-0.5:3.5]
    set xtics ('digits' 0, 'wine' 1, 'breast_cancer' 2, 'mnist_5k' 3) scale 0
    set yrange [6.5:-0.5]
    set ytics ('BGD' 0, 'SGD' 1, 'MBGD' 2, 'Momentum' 3, 'AdaGrad' 4, 'RMSprop' 5, 'Adam' 6) scale 0
    set palette defined (0.00 '#440154', 0.25 '#3B528B', 0.50 '#21908C', 0.75 '#5DC863', 1.00 '#FDE725')
    set cbrange [0.1999230769:0.9376968061]
    set cblabel 'final val_accuracy (higher is better)'
    set colorbox
    unset object
    unset label
    set label '0.221'."\n".'±0.048' at 0,0 center front tc rgb '#ffffff'
    set label '0.497'."\n".'±0.068' at 1,0 center front tc rgb '#ffffff'
    set label '0.781'."\n".'±0.203' at 2,0 center front tc rgb '#000000'
    set label '0.200'."\n".'±0.067' at 3,0 center front tc rgb '#ffffff'
    set label '0.586'."\n".'±0.015'."\n".'(6/39 diverged)' at 0,1 center front tc rgb '#ffffff'
    set label '0.697'."\n".'±0.014' at 1,1 center front tc rgb '#000000'
    set label '0.875'."\n".'±0.067'."\n".'(3/39 diverged)' at 2,1 center front tc rgb '#000000'
    set label '0.546'."\n".'±0.053' at 3,1 center front tc rgb '#ffffff'
    set label '0.431'."\n".'±0.034' at 0,2 center front tc rgb '#ffffff'
    set label '0.560'."\n".'±0.046' at 1,2 center front tc rgb '#ffffff'
    set label '0.824'."\n".'±0.160' at 2,2 center front tc rgb '#000000'
    set label '0.460'."\n".'±0.071' at 3,2 center front tc rgb '#ffffff'
    set label '0.530'."\n".'±0.030' at 0,3 center front tc rgb '#ffffff'
    set label '0.600'."\n".'±0.041' at 1,3 center front tc rgb '#ffffff'
    set label '0.855'."\n".'±0.133' at 2,3 center front tc rgb '#000000'
    set label '0.539'."\n".'±0.055' at 3,3 center front tc rgb '#ffffff'
    set label '0.612'."\n".'±0.026' at 0,4 center front tc rgb '#ffffff'
    set label '0.703'."\n".'±0.054' at 1,4 center front tc rgb '#000000'
    set label '0.879'."\n".'±0.118' at 2,4 center front tc rgb '#000000'
    set label '0.614'."\n".'±0.099' at 3,4 center front tc rgb '#ffffff'
    set label '0.786'."\n".'±0.018' at 0,5 center front tc rgb '#000000'
    set label '0.855'."\n".'±0.031' at 1,5 center front tc rgb '#000000'
    set label '0.938'."\n".'±0.058' at 2,5 center front tc rgb '#000000'
    set label '0.602'."\n".'±0.046' at 3,5 center front tc rgb '#ffffff'
    set label '0.688'."\n".'±0.003' at 0,6 center front tc rgb '#000000'
    set label '0.723'."\n".'±0.054' at 1,6 center front tc rgb '#000000'
    set label '0.898'."\n".'±0.103' at 2,6 center front tc rgb '#000000'
    set label '0.601'."\n".'±0.067' at 3,6 center front tc rgb '#ffffff'
    plot 'plots/heatmap.dat' index 0 using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 border lc rgb '#ffffff' fc palette notitle
    set output
}
