# final test_accuracy by optimizer and data
# mean over optimizer.lr and 10 seeds
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
    set title 'final test_accuracy by optimizer and data'."\n".'mean over optimizer.lr and 10 seeds' font ",12"
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
    set cbrange [0.7603:0.9859649123]
    set cblabel 'final test_accuracy (higher is better)'
    set colorbox
    unset object
    unset label
    set label '0.883'."\n".'±0.012' at 0,0 center front tc rgb '#ffffff'
    set label '0.972'."\n".'±0' at 1,0 center front tc rgb '#000000'
    set label '0.982'."\n".'±0.006' at 2,0 center front tc rgb '#000000'
    set label '0.760'."\n".'±0.030' at 3,0 center front tc rgb '#ffffff'
    set label '0.961'."\n".'±0.003' at 0,1 center front tc rgb '#000000'
    set label '0.975'."\n".'±0.006' at 1,1 center front tc rgb '#000000'
    set label '0.984'."\n".'±0.006' at 2,1 center front tc rgb '#000000'
    set label '0.923'."\n".'±0.004' at 3,1 center front tc rgb '#000000'
    set label '0.961'."\n".'±0.002' at 0,2 center front tc rgb '#000000'
    set label '0.972'."\n".'±0' at 1,2 center front tc rgb '#000000'
    set label '0.982'."\n".'±0.005' at 2,2 center front tc rgb '#000000'
    set label '0.930'."\n".'±0.004' at 3,2 center front tc rgb '#000000'
    set label '0.960'."\n".'±0.005' at 0,3 center front tc rgb '#000000'
    set label '0.975'."\n".'±0.006' at 1,3 center front tc rgb '#000000'
    set label '0.986'."\n".'±0.004' at 2,3 center front tc rgb '#000000'
    set label '0.924'."\n".'±0.006' at 3,3 center front tc rgb '#000000'
    set label '0.964'."\n".'±0.003' at 0,4 center front tc rgb '#000000'
    set label '0.975'."\n".'±0.006' at 1,4 center front tc rgb '#000000'
    set label '0.982'."\n".'±0.005' at 2,4 center front tc rgb '#000000'
    set label '0.924'."\n".'±0.002' at 3,4 center front tc rgb '#000000'
    set label '0.967'."\n".'±0.004' at 0,5 center front tc rgb '#000000'
    set label '0.975'."\n".'±0.006' at 1,5 center front tc rgb '#000000'
    set label '0.982'."\n".'±0.005' at 2,5 center front tc rgb '#000000'
    set label '0.921'."\n".'±0.006' at 3,5 center front tc rgb '#000000'
    set label '0.965'."\n".'±0.003' at 0,6 center front tc rgb '#000000'
    set label '0.978'."\n".'±0.008' at 1,6 center front tc rgb '#000000'
    set label '0.983'."\n".'±0.005' at 2,6 center front tc rgb '#000000'
    set label '0.918'."\n".'±0.003' at 3,6 center front tc rgb '#000000'
    plot 'plots/heatmap.dat' index 0 using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 border lc rgb '#ffffff' fc palette notitle
    set output
}
