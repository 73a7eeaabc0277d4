# final val_accuracy by module and batch_size
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
    set title 'final val_accuracy by module and batch_size'."\n".'mean over 10 seeds' font ",12"
    set lmargin 17
    set rmargin 14
    set tmargin 4.5
    set bmargin 4
    unset key
    unset grid
    set border lw 1 lc rgb "#404040"
    set xlabel 'batch_size'
    set ylabel 'module'
    set xrange [-0.5:1.5]
    set xtics ('8' 0, '128' 1) scale 0
    set yrange [3.5:-0.5]
    set ytics ('none' 0, 'dropout_0.2' 1, 'dropout_0.5' 2, 'batch_norm' 3) scale 0
    set palette defined (0.00 '#440154', 0.25 '#3B528B', 0.50 '#21908C', 0.75 '#5DC863', 1.00 '#FDE725')
    set cbrange [0.9512059369:0.9729128015]
    set cblabel 'final val_accuracy (higher is better)'
    set colorbox
    unset object
    unset label
    set label '0.972'."\n".'±0.003' at 0,0 center front tc rgb '#000000'
    set label '0.966'."\n".'±0.003' at 1,0 center front tc rgb '#000000'
    set label '0.973'."\n".'±0.003' at 0,1 center front tc rgb '#000000'
    set label '0.966'."\n".'±0.003' at 1,1 center front tc rgb '#000000'
    set label '0.969'."\n".'±0.003' at 0,2 center front tc rgb '#000000'
    set label '0.951'."\n".'±0.005' at 1,2 center front tc rgb '#ffffff'
    set label '0.973'."\n".'±0.003' at 0,3 center front tc rgb '#000000'
    set label '0.971'."\n".'±0.002' at 1,3 center front tc rgb '#000000'
    plot 'plots/heatmap.dat' index 0 using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 border lc rgb '#ffffff' fc palette notitle
    set output
}
