# final val_accuracy by optimizer and optimizer.lr
# mean over 2 seeds
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
        set terminal svg size 750,360 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 750,360 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/heatmap.' . fmt
    set title 'final val_accuracy by optimizer and optimizer.lr'."\n".'mean over 2 seeds' font ",12"
    set lmargin 10
    set rmargin 14
    set tmargin 4.5
    set bmargin 4
    unset key
    unset grid
    set border lw 1 lc rgb "#404040"
    set xlabel 'optimizer.lr'
    set ylabel 'optimizer'
    set xrange [-0.5:4.5]
    set xtics ('0.001' 0, '0.01' 1, '0.1' 2, '1' 3, '10' 4) scale 0
    set yrange [1.5:-0.5]
    set ytics ('SGD' 0, 'Adam' 1) scale 0
    set palette defined (0.00 '#440154', 0.25 '#3B528B', 0.50 '#21908C', 0.75 '#5DC863', 1.00 '#FDE725')
    set cbrange [0.1155988858:0.9623955432]
    set cblabel 'final val_accuracy (higher is better)'
    set colorbox
    unset object
    unset label
    set object 1 rect from 3.5,-0.5 to 4.5,0.5 fc rgb '#d9d9d9' fs solid 1.0 border lc rgb "#ffffff" back
    set label '0.116'."\n".'±0.265' at 0,0 center front tc rgb '#ffffff'
    set label '0.526'."\n".'±0.177' at 1,0 center front tc rgb '#ffffff'
    set label '0.925'."\n".'±0.106' at 2,0 center front tc rgb '#000000'
    set label '0.962'."\n".'±0.018' at 3,0 center front tc rgb '#000000'
    set label 'diverged' at 4,0 center front tc rgb '#b00000'
    set label '0.812'."\n".'±0.053' at 0,1 center front tc rgb '#000000'
    set label '0.955'."\n".'±0.142' at 1,1 center front tc rgb '#000000'
    set label '0.869'."\n".'±0.106' at 2,1 center front tc rgb '#000000'
    set label '0.890'."\n".'±0.088' at 3,1 center front tc rgb '#000000'
    set label '0.870'."\n".'±0.053' at 4,1 center front tc rgb '#000000'
    plot 'plots/heatmap.dat' index 0 using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 border lc rgb '#ffffff' fc palette notitle
    set output
}
