set terminal svg size 960,400 dynamic noenhanced font 'DejaVu Sans,11' background rgb 'white'
set output 'train-vs-eval-modes.svg'
set multiplot layout 1,2 title "Loss on the training samples: training mode during the epoch (solid), evaluation mode after it (dashed)\nMean over seeds"
set logscale y
set format y '%.0e'
set xlabel 'epoch'
set ylabel 'loss (log scale)'
set key top right font ',9'
set grid
set title 'batch_size=8'
plot 'train-vs-eval-modes.dat' index 0 using 1:2 with lines lw 2 lc rgb '#0072b2' title 'none', \
     'train-vs-eval-modes.dat' index 0 using 1:3 with lines lw 2 dt 2 lc rgb '#0072b2' notitle, \
     'train-vs-eval-modes.dat' index 1 using 1:2 with lines lw 2 lc rgb '#e69f00' title 'dropout_0.2', \
     'train-vs-eval-modes.dat' index 1 using 1:3 with lines lw 2 dt 2 lc rgb '#e69f00' notitle, \
     'train-vs-eval-modes.dat' index 2 using 1:2 with lines lw 2 lc rgb '#009e73' title 'dropout_0.5', \
     'train-vs-eval-modes.dat' index 2 using 1:3 with lines lw 2 dt 2 lc rgb '#009e73' notitle, \
     'train-vs-eval-modes.dat' index 3 using 1:2 with lines lw 2 lc rgb '#d55e00' title 'batch_norm', \
     'train-vs-eval-modes.dat' index 3 using 1:3 with lines lw 2 dt 2 lc rgb '#d55e00' notitle
set title 'batch_size=128'
plot 'train-vs-eval-modes.dat' index 4 using 1:2 with lines lw 2 lc rgb '#0072b2' title 'none', \
     'train-vs-eval-modes.dat' index 4 using 1:3 with lines lw 2 dt 2 lc rgb '#0072b2' notitle, \
     'train-vs-eval-modes.dat' index 5 using 1:2 with lines lw 2 lc rgb '#e69f00' title 'dropout_0.2', \
     'train-vs-eval-modes.dat' index 5 using 1:3 with lines lw 2 dt 2 lc rgb '#e69f00' notitle, \
     'train-vs-eval-modes.dat' index 6 using 1:2 with lines lw 2 lc rgb '#009e73' title 'dropout_0.5', \
     'train-vs-eval-modes.dat' index 6 using 1:3 with lines lw 2 dt 2 lc rgb '#009e73' notitle, \
     'train-vs-eval-modes.dat' index 7 using 1:2 with lines lw 2 lc rgb '#d55e00' title 'batch_norm', \
     'train-vs-eval-modes.dat' index 7 using 1:3 with lines lw 2 dt 2 lc rgb '#d55e00' notitle
unset multiplot
