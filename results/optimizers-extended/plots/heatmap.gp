# final val_accuracy by optimizer and scheduler
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
        set terminal svg size 686,726 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 686,726 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/heatmap.' . fmt
    set title 'final val_accuracy by optimizer and scheduler'."\n".'mean over 5 seeds' font ",12"
    set lmargin 14
    set rmargin 14
    set tmargin 4.5
    set bmargin 4
    unset key
    unset grid
    set border lw 1 lc rgb "#404040"
    set xlabel 'scheduler'
    set ylabel 'optimizer'
    set xrange [-0.5:2.5]
    set xtics ('constant' 0, 'cosine' 1, 'warmup+cosine' 2) scale 0
    set yrange [8.5:-0.5]
    set ytics ('Momentum' 0, 'Adam' 1, 'AdamW' 2, 'NAdam' 3, 'RAdam' 4, 'Adamax' 5, 'Adadelta' 6, 'ASGD' 7, 'Rprop' 8) scale 0
    set palette defined (0.00 '#440154', 0.25 '#3B528B', 0.50 '#21908C', 0.75 '#5DC863', 1.00 '#FDE725')
    set cbrange [0.5342618384:0.9710306407]
    set cblabel 'final val_accuracy (higher is better)'
    set colorbox
    unset object
    unset label
    set label '0.968'."\n".'±0.015' at 0,0 center front tc rgb '#000000'
    set label '0.967'."\n".'±0.005' at 1,0 center front tc rgb '#000000'
    set label '0.968'."\n".'±0.004' at 2,0 center front tc rgb '#000000'
    set label '0.959'."\n".'±0.010' at 0,1 center front tc rgb '#000000'
    set label '0.950'."\n".'±0.010' at 1,1 center front tc rgb '#000000'
    set label '0.946'."\n".'±0.012' at 2,1 center front tc rgb '#000000'
    set label '0.960'."\n".'±0.010' at 0,2 center front tc rgb '#000000'
    set label '0.949'."\n".'±0.011' at 1,2 center front tc rgb '#000000'
    set label '0.947'."\n".'±0.013' at 2,2 center front tc rgb '#000000'
    set label '0.971'."\n".'±0.008' at 0,3 center front tc rgb '#000000'
    set label '0.963'."\n".'±0.007' at 1,3 center front tc rgb '#000000'
    set label '0.962'."\n".'±0.006' at 2,3 center front tc rgb '#000000'
    set label '0.919'."\n".'±0.006' at 0,4 center front tc rgb '#000000'
    set label '0.753'."\n".'±0.059' at 1,4 center front tc rgb '#ffffff'
    set label '0.797'."\n".'±0.038' at 2,4 center front tc rgb '#ffffff'
    set label '0.950'."\n".'±0.013' at 0,5 center front tc rgb '#000000'
    set label '0.931'."\n".'±0.014' at 1,5 center front tc rgb '#000000'
    set label '0.923'."\n".'±0.008' at 2,5 center front tc rgb '#000000'
    set label '0.968'."\n".'±0.005' at 0,6 center front tc rgb '#000000'
    set label '0.962'."\n".'±0.011' at 1,6 center front tc rgb '#000000'
    set label '0.964'."\n".'±0.009' at 2,6 center front tc rgb '#000000'
    set label '0.832'."\n".'±0.074' at 0,7 center front tc rgb '#000000'
    set label '0.628'."\n".'±0.166' at 1,7 center front tc rgb '#ffffff'
    set label '0.603'."\n".'±0.168' at 2,7 center front tc rgb '#ffffff'
    set label '0.915'."\n".'±0.019' at 0,8 center front tc rgb '#000000'
    set label '0.915'."\n".'±0.019' at 1,8 center front tc rgb '#000000'
    set label '0.534'."\n".'±0.112' at 2,8 center front tc rgb '#ffffff'
    plot 'plots/heatmap.dat' index 0 using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 border lc rgb '#ffffff' fc palette notitle
    set output
}
