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
        set terminal svg size 1020,460 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1020,460 font "DejaVu Sans,10" background rgb "white"
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
    set xrange [0.8:4.2]
    set xtics ('init' 1, 'optimizer' 2, 'scheduler' 3, 'final val_accuracy' 4) scale 0
    set palette defined (0 '#440154', 0.25 '#3B528B', 0.5 '#21908C', 0.75 '#5DC863', 1 '#FDE725')
    set cbrange [0.05849582173:0.9832869081]
    set cblabel 'final val_accuracy'
    set colorbox
    set paxis 1 range [-0.3:3.3]
    set paxis 1 tics ('zero' 0, 'normal' 1, 'xavier' 2, 'he' 3) left offset 4,0 nomirror
    set paxis 2 range [-0.3:6.3]
    set paxis 2 tics ('BGD' 0, 'SGD' 1, 'MBGD' 2, 'Momentum' 3, 'AdaGrad' 4, 'RMSprop' 5, 'Adam' 6) left offset 4,0 nomirror
    set paxis 3 range [-0.3:2.3]
    set paxis 3 tics ('StepLR' 0, 'MultiStepLR' 1, 'ExponentialLR' 2) left offset 4,0 nomirror
    set paxis 4 range [0.05849582173:0.9832869081]
    set paxis 4 tics left offset 4,0 nomirror
    plot for [c=1:4] 'plots/parallel.dat' index 0 using c:4 with parallelaxes lw 1.2 lc palette
    set output
}
