# Per-layer distributions after the last epoch: activations and back-propagated gradients
# band: 5-95 %, dark band: 25-75 %, line: median; quantiles averaged over 2 seeds
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
        set terminal svg size 1110,2650 mouse standalone font "DejaVu Sans,10" background rgb "white"
    } else {
        set terminal pngcairo size 1110,2650 font "DejaVu Sans,10" background rgb "white"
    }
    set termoption noenhanced
    set output 'plots/layer-distributions-final.' . fmt
    set multiplot title 'Per-layer distributions after the last epoch: activations and back-propagated gradients'."\n".'band: 5-95 %, dark band: 25-75 %, line: median; quantiles averaged over 2 seeds' font ",12"
    set lmargin 12
    set rmargin 3
    set tmargin 3.5
    set bmargin 3.5
    set border lw 1 lc rgb "#404040"
    set grid lw 1 lc rgb "#dddddd"
    set tics nomirror out scale 0.6
    unset key
    set xlabel 'layer (1 = first)'
    set xrange [0.8:2.2]
    set xtics 1
    set format y "%g"
    set origin 0.00000,0.88302
    set size 0.37838,0.09811
    set title 'activation (after the block''s activation)'."\n".'optimizer=SGD, optimizer.lr=0.001'
    set ylabel 'activation'
    set yrange [-720682.678:536775.9592]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 0 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 0 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 0 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 0 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | optimizer=SGD, optimizer.lr=0.001: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 0 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 0 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 0 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.78491
    set size 0.37838,0.09811
    set title 'activation (after the block''s activation)'."\n".'optimizer=SGD, optimizer.lr=0.01'
    set ylabel 'activation'
    set yrange [-720682.678:536775.9592]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 1 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 1 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 1 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 1 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | optimizer=SGD, optimizer.lr=0.01: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 1 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 1 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 1 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.68679
    set size 0.37838,0.09811
    set title 'activation (after the block''s activation)'."\n".'optimizer=SGD, optimizer.lr=0.1'
    set ylabel 'activation'
    set yrange [-720682.678:536775.9592]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 2 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 2 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 2 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 2 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | optimizer=SGD, optimizer.lr=0.1: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 2 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 2 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 2 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.58868
    set size 0.37838,0.09811
    set title 'activation (after the block''s activation)'."\n".'optimizer=SGD, optimizer.lr=1'
    set ylabel 'activation'
    set yrange [-720682.678:536775.9592]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 3 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 3 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 3 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 3 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | optimizer=SGD, optimizer.lr=1: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 3 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 3 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 3 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.49057
    set size 0.37838,0.09811
    set title 'activation (after the block''s activation)'."\n".'optimizer=SGD, optimizer.lr=10'
    set ylabel 'activation'
    set yrange [-720682.678:536775.9592]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    plot NaN notitle
    set origin 0.00000,0.39245
    set size 0.37838,0.09811
    set title 'activation (after the block''s activation)'."\n".'optimizer=Adam, optimizer.lr=0.001'
    set ylabel 'activation'
    set yrange [-720682.678:536775.9592]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 4 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 4 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 4 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 4 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | optimizer=Adam, optimizer.lr=0.001: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 4 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 4 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 4 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.29434
    set size 0.37838,0.09811
    set title 'activation (after the block''s activation)'."\n".'optimizer=Adam, optimizer.lr=0.01'
    set ylabel 'activation'
    set yrange [-720682.678:536775.9592]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 5 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 5 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 5 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 5 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | optimizer=Adam, optimizer.lr=0.01: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 5 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 5 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 5 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.19623
    set size 0.37838,0.09811
    set title 'activation (after the block''s activation)'."\n".'optimizer=Adam, optimizer.lr=0.1'
    set ylabel 'activation'
    set yrange [-720682.678:536775.9592]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 6 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 6 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 6 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 6 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | optimizer=Adam, optimizer.lr=0.1: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 6 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 6 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 6 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.09811
    set size 0.37838,0.09811
    set title 'activation (after the block''s activation)'."\n".'optimizer=Adam, optimizer.lr=1'
    set ylabel 'activation'
    set yrange [-720682.678:536775.9592]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 7 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 7 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 7 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 7 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | optimizer=Adam, optimizer.lr=1: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 7 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 7 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 7 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.00000,0.00000
    set size 0.37838,0.09811
    set title 'activation (after the block''s activation)'."\n".'optimizer=Adam, optimizer.lr=10'
    set ylabel 'activation'
    set yrange [-720682.678:536775.9592]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 8 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 8 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 8 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 8 using 1:4:(sprintf('%s%s %g, %s %.5g', 'activation, final | optimizer=Adam, optimizer.lr=10: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 8 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 8 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 8 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.88302
    set size 0.37838,0.09811
    set title 'gradient w.r.t. the Linear output'."\n".'optimizer=SGD, optimizer.lr=0.001'
    set ylabel 'gradient'
    set yrange [-0.0006204859803:0.0005645138865]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 9 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 9 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 9 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 9 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | optimizer=SGD, optimizer.lr=0.001: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 9 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 9 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 9 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.78491
    set size 0.37838,0.09811
    set title 'gradient w.r.t. the Linear output'."\n".'optimizer=SGD, optimizer.lr=0.01'
    set ylabel 'gradient'
    set yrange [-0.0006204859803:0.0005645138865]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 10 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 10 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 10 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 10 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | optimizer=SGD, optimizer.lr=0.01: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 10 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 10 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 10 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.68679
    set size 0.37838,0.09811
    set title 'gradient w.r.t. the Linear output'."\n".'optimizer=SGD, optimizer.lr=0.1'
    set ylabel 'gradient'
    set yrange [-0.0006204859803:0.0005645138865]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 11 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 11 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 11 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 11 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | optimizer=SGD, optimizer.lr=0.1: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 11 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 11 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 11 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.58868
    set size 0.37838,0.09811
    set title 'gradient w.r.t. the Linear output'."\n".'optimizer=SGD, optimizer.lr=1'
    set ylabel 'gradient'
    set yrange [-0.0006204859803:0.0005645138865]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 12 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 12 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 12 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 12 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | optimizer=SGD, optimizer.lr=1: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 12 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 12 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 12 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.49057
    set size 0.37838,0.09811
    set title 'gradient w.r.t. the Linear output'."\n".'optimizer=SGD, optimizer.lr=10'
    set ylabel 'gradient'
    set yrange [-0.0006204859803:0.0005645138865]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    plot NaN notitle
    set origin 0.37838,0.39245
    set size 0.37838,0.09811
    set title 'gradient w.r.t. the Linear output'."\n".'optimizer=Adam, optimizer.lr=0.001'
    set ylabel 'gradient'
    set yrange [-0.0006204859803:0.0005645138865]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 13 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 13 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 13 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 13 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | optimizer=Adam, optimizer.lr=0.001: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 13 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 13 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 13 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.29434
    set size 0.37838,0.09811
    set title 'gradient w.r.t. the Linear output'."\n".'optimizer=Adam, optimizer.lr=0.01'
    set ylabel 'gradient'
    set yrange [-0.0006204859803:0.0005645138865]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 14 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 14 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 14 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 14 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | optimizer=Adam, optimizer.lr=0.01: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 14 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 14 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 14 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.19623
    set size 0.37838,0.09811
    set title 'gradient w.r.t. the Linear output'."\n".'optimizer=Adam, optimizer.lr=0.1'
    set ylabel 'gradient'
    set yrange [-0.0006204859803:0.0005645138865]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 15 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 15 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 15 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 15 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | optimizer=Adam, optimizer.lr=0.1: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 15 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 15 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 15 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.09811
    set size 0.37838,0.09811
    set title 'gradient w.r.t. the Linear output'."\n".'optimizer=Adam, optimizer.lr=1'
    set ylabel 'gradient'
    set yrange [-0.0006204859803:0.0005645138865]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 16 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 16 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 16 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 16 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | optimizer=Adam, optimizer.lr=1: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 16 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 16 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 16 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.37838,0.00000
    set size 0.37838,0.09811
    set title 'gradient w.r.t. the Linear output'."\n".'optimizer=Adam, optimizer.lr=10'
    set ylabel 'gradient'
    set yrange [-0.0006204859803:0.0005645138865]
    set xzeroaxis lt 1 lw 1 lc rgb "#999999"
    unset label
    if (hover) {
        plot 'plots/layer-distributions-final.dat' index 17 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 17 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 17 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 17 using 1:4:(sprintf('%s%s %g, %s %.5g', 'output_grad, final | optimizer=Adam, optimizer.lr=10: ', 'depth', $1, 'q50', $4)) with labels hypertext point pt 7 ps 1.2 lc rgb "#FF000000" notitle
    } else {
        plot 'plots/layer-distributions-final.dat' index 17 using 1:2:6 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 17 using 1:3:5 with filledcurves fs transparent solid 0.18 noborder lc rgb '#0072B2' notitle, 'plots/layer-distributions-final.dat' index 17 using 1:4 with linespoints pt 7 ps 0.6 lw 2 dt 1 lc rgb '#0072B2' notitle
    }
    set origin 0.75676,0
    set size 0.24324,0.98113
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
