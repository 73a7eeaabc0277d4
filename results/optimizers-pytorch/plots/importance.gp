# Variance of final val_accuracy explained per axis and pair
# functional ANOVA over the 84 cell means (mean over 5 seeds)
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/importance.gp
# Data: plots/importance.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/importance.gp

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
        set terminal svg size 890,460 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 890,460 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/importance.' . fmt
    set title 'Variance of final val_accuracy explained per axis and pair'."\n".'functional ANOVA over the 84 cell means (mean over 5 seeds)' font ",12"
    unset key
    set border 3 lw 1 lc rgb "#404040"
    set grid ytics lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    set lmargin 10
    set rmargin 14
    set tmargin 4
    set bmargin 10
    set style fill solid 0.85 noborder
    set boxwidth 0.7
    set xrange [-0.6:6.6]
    set yrange [0:1]
    set xtics ('init' 0, 'optimizer' 1, 'scheduler' 2, 'init × optimizer' 3, 'init × scheduler' 4, 'optimizer × scheduler' 5, '3 or more axes' 6) rotate by -35 left
    set ytics 0.2
    set ylabel "share of the variance"
    if (hover) {
        plot 'plots/importance.dat' index 0 using 1:2 with boxes lc rgb "#0072B2" notitle, 'plots/importance.dat' index 0 using 1:2:(sprintf("%.1f%%", 100 * $2)) with labels hypertext point pt 5 ps 2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/importance.dat' index 0 using 1:2 with boxes lc rgb "#0072B2" notitle
    }
    set output
}
