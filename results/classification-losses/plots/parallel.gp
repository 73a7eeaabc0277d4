# Every run across the axes, coloured by final val_accuracy (higher is better)
# One line per run that finished; runs that diverged or failed are left out.
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/parallel.gp
# Data: plots/parallel.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/parallel.gp

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
        set terminal svg size 700,460 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 700,460 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/parallel.' . fmt
    set title 'Every run across the axes, coloured by final val_accuracy (higher is better)' font ",12"
    set border 0
    unset ytics
    unset key
    set lmargin 12
    set rmargin 22
    set bmargin 3
    set tmargin 3
    set xrange [0.8:2.2]
    set xtics ('loss' 1, 'final val_accuracy' 2) scale 0
    set palette defined (0 '#440154', 0.25 '#3B528B', 0.5 '#21908C', 0.75 '#5DC863', 1 '#FDE725')
    set cbrange [0.9707602339:0.9883040936]
    set cblabel 'final val_accuracy'
    set colorbox
    set paxis 1 range [-0.3:4.3]
    set paxis 1 tics ('ce_logits' 0, 'softmax_ce' 1, 'log_softmax_nll' 2, 'bce_logit' 3, 'sigmoid_bce' 4) left offset 4,0 nomirror
    set paxis 2 range [0.9707602339:0.9883040936]
    set paxis 2 tics left offset 4,0 nomirror
    plot for [c=1:2] 'plots/parallel.dat' index 0 using c:2 with parallelaxes lw 1.2 lc palette
    set output
}
