# Rank of each optimizer per data set by final test_accuracy
# mean over the final seeds; 1 = best
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/rank-table.gp
# Data: plots/rank-table.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/rank-table.gp

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
        set terminal svg size 784,486 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 784,486 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/rank-table.' . fmt
    set title 'Rank of each optimizer per data set by final test_accuracy'."\n".'mean over the final seeds; 1 = best' font ",12"
    set lmargin 17
    set rmargin 14
    set tmargin 4.5
    set bmargin 4
    unset key
    unset grid
    set border lw 1 lc rgb "#404040"
    set xlabel 'data'
    set xrange [-0.5:4.5]
    set xtics ('digits' 0, 'wine' 1, 'breast_cancer' 2, 'mnist_5k' 3, 'mean rank' 4) scale 0
    set yrange [6.5:-0.5]
    set ytics ('BGD' 0, 'SGD' 1, 'MBGD' 2, 'Momentum' 3, 'AdaGrad' 4, 'RMSprop' 5, 'Adam' 6) scale 0
    set palette defined (0.00 '#FDE725', 0.50 '#21908C', 1.00 '#440154')
    set cbrange [1:7]
    set cblabel 'rank (1 = best)'
    set colorbox
    unset object
    unset label
    unset arrow
    set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lw 1 lc rgb "#e6e6e6" back
    set label '7'."\n".'0.883' at 0,0 center front tc rgb '#ffffff'
    set label '6.5'."\n".'0.972' at 1,0 center front tc rgb '#ffffff'
    set label '5'."\n".'0.982' at 2,0 center front tc rgb '#ffffff'
    set label '7'."\n".'0.760' at 3,0 center front tc rgb '#ffffff'
    set label '6.38' at 4,0 center front tc rgb '#ffffff'
    set label '4'."\n".'0.961' at 0,1 center front tc rgb '#000000'
    set label '3.5'."\n".'0.975' at 1,1 center front tc rgb '#000000'
    set label '2'."\n".'0.984' at 2,1 center front tc rgb '#000000'
    set label '4'."\n".'0.923' at 3,1 center front tc rgb '#000000'
    set label '3.38' at 4,1 center front tc rgb '#000000'
    set label '5'."\n".'0.961' at 0,2 center front tc rgb '#ffffff'
    set label '6.5'."\n".'0.972' at 1,2 center front tc rgb '#ffffff'
    set label '7'."\n".'0.982' at 2,2 center front tc rgb '#ffffff'
    set label '1'."\n".'0.930' at 3,2 center front tc rgb '#000000'
    set label '4.88' at 4,2 center front tc rgb '#ffffff'
    set label '6'."\n".'0.960' at 0,3 center front tc rgb '#ffffff'
    set label '3.5'."\n".'0.975' at 1,3 center front tc rgb '#000000'
    set label '1'."\n".'0.986' at 2,3 center front tc rgb '#000000'
    set label '2.5'."\n".'0.924' at 3,3 center front tc rgb '#000000'
    set label '3.25' at 4,3 center front tc rgb '#000000'
    set label '3'."\n".'0.964' at 0,4 center front tc rgb '#000000'
    set label '3.5'."\n".'0.975' at 1,4 center front tc rgb '#000000'
    set label '5'."\n".'0.982' at 2,4 center front tc rgb '#ffffff'
    set label '2.5'."\n".'0.924' at 3,4 center front tc rgb '#000000'
    set label '3.50' at 4,4 center front tc rgb '#000000'
    set label '1'."\n".'0.967' at 0,5 center front tc rgb '#000000'
    set label '3.5'."\n".'0.975' at 1,5 center front tc rgb '#000000'
    set label '5'."\n".'0.982' at 2,5 center front tc rgb '#ffffff'
    set label '5'."\n".'0.921' at 3,5 center front tc rgb '#ffffff'
    set label '3.62' at 4,5 center front tc rgb '#000000'
    set label '2'."\n".'0.965' at 0,6 center front tc rgb '#000000'
    set label '1'."\n".'0.978' at 1,6 center front tc rgb '#000000'
    set label '3'."\n".'0.983' at 2,6 center front tc rgb '#000000'
    set label '6'."\n".'0.918' at 3,6 center front tc rgb '#ffffff'
    set label '3.00' at 4,6 center front tc rgb '#000000'
    plot 'plots/rank-table.dat' index 0 using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 border lc rgb '#ffffff' fc palette notitle
    set output
}
