# final test_accuracy by optimizer and optimizer.lr
# mean over 5 seeds
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
        set terminal svg size 560,360 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 560,360 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/heatmap.' . fmt
    set title 'final test_accuracy by optimizer and optimizer.lr'."\n".'mean over 5 seeds' font ",12"
    set lmargin 10
    set rmargin 14
    set tmargin 4.5
    set bmargin 4
    unset key
    unset grid
    set border lw 1 lc rgb "#404040"
    set xlabel 'optimizer.lr'
    set ylabel 'optimizer'
    set xrange [-0.5:1.5]
    set xtics ('0.01' 0, '1' 1) scale 0
    set yrange [1.5:-0.5]
    set ytics ('SGD' 0, 'Adam' 1) scale 0
    set palette defined (0.00 '#440154', 0.25 '#3B528B', 0.50 '#21908C', 0.75 '#5DC863', 1.00 '#FDE725')
    set cbrange [0.9470752089:0.9526462396]
    set cblabel 'final test_accuracy (higher is better)'
    set colorbox
    unset object
    unset label
    set object 1 rect from -0.5,-0.5 to 0.5,0.5 fc rgb '#f2f2f2' fs solid 1.0 border lc rgb "#ffffff" back
    set object 2 rect from 0.5,0.5 to 1.5,1.5 fc rgb '#f2f2f2' fs solid 1.0 border lc rgb "#ffffff" back
    set label 'excluded' at 0,0 center front tc rgb '#606060'
    set label '0.947'."\n".'±0.012' at 1,0 center front tc rgb '#ffffff'
    set label '0.953'."\n".'±0.004' at 0,1 center front tc rgb '#000000'
    set label 'excluded' at 1,1 center front tc rgb '#606060'
    plot 'plots/heatmap.dat' index 0 using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 border lc rgb '#ffffff' fc palette notitle
    set output
}
