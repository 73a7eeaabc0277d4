"""Draws results/figures/train-vs-eval-modes.svg from results/train-vs-eval/epochs.csv: per batch size (a panel) and module
(a colour), the training loss measured in training mode during each epoch (solid) and the loss
on the same training samples in evaluation mode after it (dashed), means over the seeds.

    python3 scripts/train_eval_figure.py            (needs gnuplot)
"""

import csv
import os
import subprocess

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "results", "train-vs-eval")
# Outside the sweep's own folder, which holds only what nnsweep writes.
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "results", "figures")
MODULES = ["none", "dropout_0.2", "dropout_0.5", "batch_norm"]
COLOURS = ["#0072b2", "#e69f00", "#009e73", "#d55e00"]


def main():
    with open(os.path.join(DIR, "epochs.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    batches = list(dict.fromkeys(r["batch_size"] for r in rows))
    sums = {}
    for r in rows:
        k = (r["batch_size"], r["module"], int(r["epoch"]))
        s = sums.setdefault(k, [0.0, 0.0, 0])
        s[0] += float(r["train_loss"])
        s[1] += float(r["train_eval_loss"])
        s[2] += 1
    blocks = []
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "train-vs-eval-modes.dat"), "w") as f:
        for b in batches:
            for m in MODULES:
                f.write(f"# batch_size={b} module={m}: epoch train_loss(training mode) train_eval_loss(evaluation mode), means over seeds\n")
                for e in sorted(k[2] for k in sums if k[0] == b and k[1] == m):
                    s = sums[(b, m, e)]
                    f.write(f"{e} {s[0] / s[2]:.9g} {s[1] / s[2]:.9g}\n")
                f.write("\n\n")
                blocks.append((b, m))
    gp = ["set terminal svg size 960,400 dynamic noenhanced font 'DejaVu Sans,11' background rgb 'white'",
          "set output 'train-vs-eval-modes.svg'", "set multiplot layout 1,%d title " % len(batches) +
          "\"Loss on the training samples: training mode during the epoch (solid), evaluation mode after it (dashed)\\nMean over seeds\"",
          "set logscale y", "set format y '%.0e'", "set xlabel 'epoch'", "set ylabel 'loss (log scale)'",
          "set key top right font ',9'", "set grid"]
    for b in batches:
        gp.append(f"set title 'batch_size={b}'")
        plots = []
        for i, m in enumerate(MODULES):
            idx = blocks.index((b, m))
            plots.append(f"'train-vs-eval-modes.dat' index {idx} using 1:2 with lines lw 2 lc rgb '{COLOURS[i]}' title '{m}'")
            plots.append(f"'train-vs-eval-modes.dat' index {idx} using 1:3 with lines lw 2 dt 2 lc rgb '{COLOURS[i]}' notitle")
        gp.append("plot " + ", \\\n     ".join(plots))
    gp.append("unset multiplot")
    with open(os.path.join(OUT, "train-vs-eval-modes.gp"), "w") as f:
        f.write("\n".join(gp) + "\n")
    subprocess.run(["gnuplot", "train-vs-eval-modes.gp"], cwd=OUT, check=True)


if __name__ == "__main__":
    main()
