# final val_accuracy by model and data.scale
# mean over 10 seeds
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
        set terminal svg size 560,406 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 560,406 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/heatmap.' . fmt
    set title 'final val_accuracy by model and data.scale'."\n".'mean over 10 seeds' font ",12"
    set lmargin 18
    set rmargin 14
    set tmargin 4.5
    set bmargin 4
    unset key
    unset grid
    set border lw 1 lc rgb "#404040"
    set xlabel 'data.scale'
    set ylabel 'model'
    set xrange [-0.5:1.5]
    set xtics ('standard' 0, 'minmax' 1) scale 0
    set yrange [3.5:-0.5]
    set ytics ('relu_bias' 0, 'relu_no_bias' 1, 'tanh_bias' 2, 'tanh_no_bias' 3) scale 0
    set palette defined (0.00 '#440154', 0.25 '#3B528B', 0.50 '#21908C', 0.75 '#5DC863', 1.00 '#FDE725')
    set cbrange [0.5265:0.9645]
    set cblabel 'final val_accuracy (higher is better)'
    set colorbox
    unset object
    unset label
    set label '0.963'."\n".'±0.004' at 0,0 center front tc rgb '#000000'
    set label '0.957'."\n".'±0.007' at 1,0 center front tc rgb '#000000'
    set label '0.964'."\n".'±0.003' at 0,1 center front tc rgb '#000000'
    set label '0.775'."\n".'±0.010' at 1,1 center front tc rgb '#ffffff'
    set label '0.956'."\n".'±0.006' at 0,2 center front tc rgb '#000000'
    set label '0.955'."\n".'±0.010' at 1,2 center front tc rgb '#000000'
    set label '0.526'."\n".'±0.022' at 0,3 center front tc rgb '#ffffff'
    set label '0.858'."\n".'±0.010' at 1,3 center front tc rgb '#000000'
    plot 'plots/heatmap.dat' index 0 using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 border lc rgb '#ffffff' fc palette notitle
    set output
}
