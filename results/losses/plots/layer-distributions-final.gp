# Per-layer distributions after the last epoch: activations and back-propagated gradients
# band: 5-95 %, dark band: 25-75 %, line: median; quantiles averaged over 10 seeds
# Rows: settings; columns: activations, gradients of the loss with respect to each Linear layer's output (before its activation).
#
# Redraw from the sweep folder (the one holding runs.csv): gnuplot plots/layer-distributions-final.gp
# Data: plots/layer-distributions-final.dat (blocks separated by two blank lines, chosen with `index N`).
# One format only: gnuplot -e 'formats="png"' plots/layer-distributions-final.gp

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
        set terminal svg size 1110,1090 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1110,1090 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/layer-distributions-final.' . fmt
    set multiplot title 'Per-layer distributions after the last epoch: activations and back-propagated gradients'."\n".'band: 5-95 %, dark band: 25-75 %, line: median; quantiles averaged over 10 seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'layer (1 = first)'
    set xrange [0.8:3.2]
    set xtics 1
    set format y "%g"
    set origin 0.00000,0.71560
    set size 0.37838,0.23853
    set title 'activation (after the block''s activation)'."\n".'loss=mse'
    set ylabel 'activation'
    set yrange [-1.017076609:1.033429913]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 0 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 0 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 0 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 0 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | loss=mse: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 0 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 0 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 0 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.47706
    set size 0.37838,0.23853
    set title 'activation (after the block''s activation)'."\n".'loss=mae'
    set ylabel 'activation'
    set yrange [-1.017076609:1.033429913]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 1 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 1 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 1 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 1 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | loss=mae: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 1 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 1 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 1 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.23853
    set size 0.37838,0.23853
    set title 'activation (after the block''s activation)'."\n".'loss=huber'
    set ylabel 'activation'
    set yrange [-1.017076609:1.033429913]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 2 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 2 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 2 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 2 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | loss=huber: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 2 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 2 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 2 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.00000
    set size 0.37838,0.23853
    set title 'activation (after the block''s activation)'."\n".'loss=smooth_l1'
    set ylabel 'activation'
    set yrange [-1.017076609:1.033429913]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 3 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 3 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 3 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 3 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | loss=smooth_l1: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 3 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 3 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 3 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.71560
    set size 0.37838,0.23853
    set title 'gradient w.r.t. the Linear output'."\n".'loss=mse'
    set ylabel 'gradient'
    set yrange [-0.001557992573:0.001541794831]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 4 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 4 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 4 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 4 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | loss=mse: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 4 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 4 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 4 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.47706
    set size 0.37838,0.23853
    set title 'gradient w.r.t. the Linear output'."\n".'loss=mae'
    set ylabel 'gradient'
    set yrange [-0.001557992573:0.001541794831]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 5 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 5 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 5 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 5 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | loss=mae: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 5 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 5 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 5 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.23853
    set size 0.37838,0.23853
    set title 'gradient w.r.t. the Linear output'."\n".'loss=huber'
    set ylabel 'gradient'
    set yrange [-0.001557992573:0.001541794831]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 6 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 6 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 6 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 6 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | loss=huber: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 6 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 6 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 6 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.00000
    set size 0.37838,0.23853
    set title 'gradient w.r.t. the Linear output'."\n".'loss=smooth_l1'
    set ylabel 'gradient'
    set yrange [-0.001557992573:0.001541794831]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 7 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 7 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 7 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 7 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | loss=smooth_l1: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 7 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 7 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 7 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.75676,0
    set size 0.24324,0.95413
    unset title
    unset xlabel
    unset ylabel
    unset logscale
    unset grid
    unset border
    unset tics
    unset label
    unset object
    unset arrow
    unset colorbox
    unset xzeroaxis
    set lmargin 1
    set rmargin 1
    set tmargin 4
    set bmargin 1
    set xrange [0:1]
    set yrange [0:1]
    set key at graph 0.02, graph 1 left top Left reverse vertical samplen 4 spacing 1.15 noautotitle nobox
    plot NaN with lines lw 2 dt 1 lc rgb '#0072B2' title 'median', NaN with points pt 0 lc rgb '#ffffff' title 'bands: 5-95 % and 25-75 %'
    unset multiplot
    set output
}
