# final val_accuracy by init and optimizer
# mean over scheduler and 5 seeds
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
        set terminal svg size 958,406 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 958,406 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/heatmap.' . fmt
    set title 'final val_accuracy by init and optimizer'."\n".'mean over scheduler and 5 seeds' font ",12"
    set lmargin 12
    set rmargin 14
    set tmargin 4.5
    set bmargin 4
    unset key
    unset grid
    set border lw 1 lc rgb "#404040"
    set xlabel 'optimizer'
    set ylabel 'init'
    set xrange [-0.5:6.5]
    set xtics ('BGD' 0, 'SGD' 1, 'MBGD' 2, 'Momentum' 3, 'AdaGrad' 4, 'RMSprop' 5, 'Adam' 6) scale 0
    set yrange [3.5:-0.5]
    set ytics ('zero' 0, 'normal' 1, 'xavier' 2, 'he' 3) scale 0
    set palette defined (0.00 '#440154', 0.25 '#3B528B', 0.50 '#21908C', 0.75 '#5DC863', 1.00 '#FDE725')
    set cbrange [0.05849582173:0.9686165274]
    set cblabel 'final val_accuracy (higher is better)'
    set colorbox
    unset object
    unset label
    set label '0.058'."\n".'±0' at 0,0 center front tc rgb '#ffffff'
    set label '0.058'."\n".'±0' at 1,0 center front tc rgb '#ffffff'
    set label '0.058'."\n".'±0' at 2,0 center front tc rgb '#ffffff'
    set label '0.058'."\n".'±0' at 3,0 center front tc rgb '#ffffff'
    set label '0.058'."\n".'±0' at 4,0 center front tc rgb '#ffffff'
    set label '0.058'."\n".'±0' at 5,0 center front tc rgb '#ffffff'
    set label '0.058'."\n".'±0' at 6,0 center front tc rgb '#ffffff'
    set label '0.058'."\n".'±0' at 0,1 center front tc rgb '#ffffff'
    set label '0.132'."\n".'±0.052' at 1,1 center front tc rgb '#ffffff'
    set label '0.058'."\n".'±0' at 2,1 center front tc rgb '#ffffff'
    set label '0.502'."\n".'±0.078' at 3,1 center front tc rgb '#ffffff'
    set label '0.930'."\n".'±0.012' at 4,1 center front tc rgb '#000000'
    set label '0.748'."\n".'±0.073' at 5,1 center front tc rgb '#000000'
    set label '0.764'."\n".'±0.047' at 6,1 center front tc rgb '#000000'
    set label '0.593'."\n".'±0.099' at 0,2 center front tc rgb '#ffffff'
    set label '0.964'."\n".'±0.005' at 1,2 center front tc rgb '#000000'
    set label '0.947'."\n".'±0.006' at 2,2 center front tc rgb '#000000'
    set label '0.966'."\n".'±0.008' at 3,2 center front tc rgb '#000000'
    set label '0.968'."\n".'±0.005' at 4,2 center front tc rgb '#000000'
    set label '0.947'."\n".'±0.007' at 5,2 center front tc rgb '#000000'
    set label '0.940'."\n".'±0.006' at 6,2 center front tc rgb '#000000'
    set label '0.681'."\n".'±0.047' at 0,3 center front tc rgb '#000000'
    set label '0.965'."\n".'±0.004' at 1,3 center front tc rgb '#000000'
    set label '0.952'."\n".'±0.006' at 2,3 center front tc rgb '#000000'
    set label '0.966'."\n".'±0.003' at 3,3 center front tc rgb '#000000'
    set label '0.969'."\n".'±0.008' at 4,3 center front tc rgb '#000000'
    set label '0.952'."\n".'±0.008' at 5,3 center front tc rgb '#000000'
    set label '0.940'."\n".'±0.006' at 6,3 center front tc rgb '#000000'
    plot 'plots/heatmap.dat' index 0 using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 border lc rgb '#ffffff' fc palette notitle
    set output
}
