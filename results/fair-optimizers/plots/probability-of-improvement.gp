# Probability that the row's optimizer beats the column's
# over 4 data sets, by final test_accuracy
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/probability-of-improvement.gp
# Data: plots/probability-of-improvement.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/probability-of-improvement.gp

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
        set terminal svg size 974,542 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 974,542 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/probability-of-improvement.' . fmt
    set title 'Probability that the row''s optimizer beats the column''s'."\n".'over 4 data sets, by final test_accuracy' font ",12"
    set lmargin 17
    set rmargin 14
    set tmargin 4.5
    set bmargin 5
    unset key
    unset grid
    set border lw 1 lc rgb "#404040"
    set xlabel 'column: Y'
    set xrange [-0.5:6.5]
    set xtics ('BGD' 0, 'SGD' 1, 'MBGD' 2, 'Momentum' 3, 'AdaGrad' 4, 'RMSprop' 5, 'Adam' 6) scale 0
    set yrange [6.5:-0.5]
    set ytics ('BGD' 0, 'SGD' 1, 'MBGD' 2, 'Momentum' 3, 'AdaGrad' 4, 'RMSprop' 5, 'Adam' 6) scale 0
    set palette defined (0.00 '#3B4CC0', 0.50 '#F2F2F2', 1.00 '#B40426')
    set cbrange [0:1]
    set cblabel 'P(row beats column)'
    set colorbox
    unset object
    unset label
    set label '0.22'."\n".'[0.16, 0.28]' at 1,0 center front tc rgb '#000000'
    set label '0.26'."\n".'[0.20, 0.32]' at 2,0 center front tc rgb '#000000'
    set label '0.21'."\n".'[0.15, 0.27]' at 3,0 center front tc rgb '#000000'
    set label '0.24'."\n".'[0.17, 0.30]' at 4,0 center front tc rgb '#000000'
    set label '0.24'."\n".'[0.17, 0.30]' at 5,0 center front tc rgb '#000000'
    set label '0.22'."\n".'[0.15, 0.28]' at 6,0 center front tc rgb '#000000'
    set label '0.78'."\n".'[0.72, 0.84]' at 0,1 center front tc rgb '#000000'
    set label '0.47'."\n".'[0.37, 0.58]' at 2,1 center front tc rgb '#000000'
    set label '0.51'."\n".'[0.39, 0.62]' at 3,1 center front tc rgb '#000000'
    set label '0.47'."\n".'[0.36, 0.58]' at 4,1 center front tc rgb '#000000'
    set label '0.45'."\n".'[0.34, 0.56]' at 5,1 center front tc rgb '#000000'
    set label '0.52'."\n".'[0.42, 0.63]' at 6,1 center front tc rgb '#000000'
    set label '0.74'."\n".'[0.69, 0.80]' at 0,2 center front tc rgb '#000000'
    set label '0.53'."\n".'[0.42, 0.63]' at 1,2 center front tc rgb '#000000'
    set label '0.51'."\n".'[0.40, 0.62]' at 3,2 center front tc rgb '#000000'
    set label '0.51'."\n".'[0.41, 0.60]' at 4,2 center front tc rgb '#000000'
    set label '0.46'."\n".'[0.37, 0.55]' at 5,2 center front tc rgb '#000000'
    set label '0.49'."\n".'[0.41, 0.58]' at 6,2 center front tc rgb '#000000'
    set label '0.79'."\n".'[0.73, 0.85]' at 0,3 center front tc rgb '#000000'
    set label '0.49'."\n".'[0.38, 0.61]' at 1,3 center front tc rgb '#000000'
    set label '0.49'."\n".'[0.38, 0.60]' at 2,3 center front tc rgb '#000000'
    set label '0.48'."\n".'[0.36, 0.59]' at 4,3 center front tc rgb '#000000'
    set label '0.49'."\n".'[0.38, 0.59]' at 5,3 center front tc rgb '#000000'
    set label '0.50'."\n".'[0.40, 0.60]' at 6,3 center front tc rgb '#000000'
    set label '0.76'."\n".'[0.70, 0.83]' at 0,4 center front tc rgb '#000000'
    set label '0.53'."\n".'[0.42, 0.64]' at 1,4 center front tc rgb '#000000'
    set label '0.49'."\n".'[0.40, 0.59]' at 2,4 center front tc rgb '#000000'
    set label '0.52'."\n".'[0.41, 0.64]' at 3,4 center front tc rgb '#000000'
    set label '0.46'."\n".'[0.35, 0.57]' at 5,4 center front tc rgb '#000000'
    set label '0.55'."\n".'[0.46, 0.65]' at 6,4 center front tc rgb '#000000'
    set label '0.76'."\n".'[0.70, 0.83]' at 0,5 center front tc rgb '#000000'
    set label '0.55'."\n".'[0.44, 0.66]' at 1,5 center front tc rgb '#000000'
    set label '0.54'."\n".'[0.45, 0.63]' at 2,5 center front tc rgb '#000000'
    set label '0.51'."\n".'[0.41, 0.62]' at 3,5 center front tc rgb '#000000'
    set label '0.54'."\n".'[0.43, 0.65]' at 4,5 center front tc rgb '#000000'
    set label '0.53'."\n".'[0.42, 0.64]' at 6,5 center front tc rgb '#000000'
    set label '0.78'."\n".'[0.72, 0.85]' at 0,6 center front tc rgb '#000000'
    set label '0.48'."\n".'[0.37, 0.58]' at 1,6 center front tc rgb '#000000'
    set label '0.51'."\n".'[0.42, 0.59]' at 2,6 center front tc rgb '#000000'
    set label '0.50'."\n".'[0.40, 0.60]' at 3,6 center front tc rgb '#000000'
    set label '0.45'."\n".'[0.35, 0.54]' at 4,6 center front tc rgb '#000000'
    set label '0.47'."\n".'[0.36, 0.58]' at 5,6 center front tc rgb '#000000'
    plot 'plots/probability-of-improvement.dat' index 0 using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 border lc rgb '#ffffff' fc palette notitle
    set output
}
