#!/usr/bin/env bash
# Runs nnsweep and the PyTorch reference workloads side by side, alternating, and prints the
# medians and the ratios.
#
#   scripts/bench.sh [RUNS]          (default 3 runs of each side)
#
# Needs PyTorch for CPU in a virtual environment:
#   python3 -m venv /tmp/torchenv && /tmp/torchenv/bin/pip install torch
# Environment: TORCH_PYTHON (default /tmp/torchenv/bin/python), BENCH_DIR (the folder with
# torch_digits_grid.py and torch_wide_mlp.py; default ../shared/bench beside the checkout),
# OLD_NNSWEEP (a release build of an earlier commit: W1 then runs with it too, right after this
# build's W1 in every run, and the line "W1 this build / old build" gives the pairs' median
# ratio; for example git worktree add /tmp/old adea2bd && (cd /tmp/old && swift build -c
# release), then OLD_NNSWEEP=/tmp/old/.build/release/nnsweep).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PY=${TORCH_PYTHON:-/tmp/torchenv/bin/python}
BENCH=${BENCH_DIR:-../shared/bench}
DIGITS=Sources/NNData/Resources/digits.csv
OLD=${OLD_NNSWEEP:-}
[ -z "$OLD" ] || [ -x "$OLD" ] || { echo "bench: OLD_NNSWEEP=$OLD is not an executable" >&2; exit 2; }
[ -x "$PY" ] || { echo "bench: no PyTorch python at $PY (set TORCH_PYTHON)" >&2; exit 2; }
[ -f "$BENCH/torch_digits_grid.py" ] || { echo "bench: no reference scripts in $BENCH (set BENCH_DIR)" >&2; exit 2; }
swift build -c release >/dev/null
NN=.build/release/nnsweep
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
# W1 is the 84-cell grid with one seed, as the PyTorch reference runs it; the committed
# experiment runs every cell with 5 seeds (420 cells), measured on its own line.
# Its figures are the default ones (SVG; the committed file adds PNG for the docs), measured
# with PNG too on a line of its own.
W1="$TMP/w1.yaml"
sed -E 's/^seeds: 5.*/seed: 1/; /^figures:/d' experiments/optimizers.yaml > "$W1"
grep -q '^seed: 1' "$W1" || { echo "bench: experiments/optimizers.yaml no longer has 'seeds: 5'" >&2; exit 2; }
# W1 with the optional measurements on (layer statistics, the training part in eval mode).
W1M="$TMP/w1m.yaml"
{ cat "$W1"; echo "measure: {layers: true, train_eval: true}"; } > "$W1M"

# The fair optimizer comparison (lr tuned per optimizer and data set), with successive halving
# as committed and with the full search (halving removed).
FAIR_FULL="$TMP/fair-full.yaml"
sed -E '/^  halving:/d' experiments/fair-optimizers.yaml > "$FAIR_FULL"
grep -q '^  halving:' experiments/fair-optimizers.yaml || { echo "bench: experiments/fair-optimizers.yaml no longer has halving" >&2; exit 2; }

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
peak_kb() { /usr/bin/time -f "%M" -o "$TMP/mem" "$@" >/dev/null 2>"$TMP/err"; cat "$TMP/mem"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%Y-%m-%d)"
echo "torch $($PY -c 'import torch; print(torch.__version__)'), nnsweep $($NN --version)"
for i in $(seq "$RUNS"); do
  # W1: the 84-cell digits grid, wall clock.
  s=$(date +%s.%N); "$PY" "$BENCH/torch_digits_grid.py" "$DIGITS" 1 >"$TMP/w1_torch.csv" 2>/dev/null; e=$(date +%s.%N)
  echo "$e - $s" | bc >> "$TMP/w1_torch"
  # The 12 batch-size-1 SGD cells, where per-step overhead shows (seconds of training, summed).
  awk -F, '$2 == "SGD" { t += $6 } END { print t }' "$TMP/w1_torch.csv" >> "$TMP/sgd_torch"
  s=$(date +%s.%N); "$NN" run "$W1" --out "$TMP/w1" --fresh --quiet --no-plots; e=$(date +%s.%N)
  echo "$e - $s" | bc >> "$TMP/w1_nn"
  if [ -n "$OLD" ]; then
    # The same W1 with the earlier build, paired with the run just before.
    s=$(date +%s.%N); "$OLD" run "$W1" --out "$TMP/w1old" --fresh --quiet --no-plots; e=$(date +%s.%N)
    echo "$e - $s" | bc >> "$TMP/w1_old"
    echo "$(tail -1 "$TMP/w1_nn") / $(tail -1 "$TMP/w1_old")" | bc -l >> "$TMP/w1_pair"
  fi
  # W1 without figures, then at once with its figures (SVG) and report (two gnuplot processes
  # draw them): each pair sees the machine in the same state; the pairs' median ratio is the cost.
  s=$(date +%s.%N); "$NN" run "$W1" --out "$TMP/w1c" --fresh --quiet --no-plots; e=$(date +%s.%N)
  echo "$e - $s" | bc >> "$TMP/w1c_nn"
  s=$(date +%s.%N); "$NN" run "$W1" --out "$TMP/w1p" --fresh --quiet; e=$(date +%s.%N)
  echo "$e - $s" | bc >> "$TMP/w1p_nn"
  echo "$(tail -1 "$TMP/w1p_nn") / $(tail -1 "$TMP/w1c_nn")" | bc -l >> "$TMP/w1p_pair"
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "train_seconds") c = i } NR > 1 && $3 == "SGD" { t += $c } END { print t }' \
    "$TMP/w1/runs.csv" >> "$TMP/sgd_nn"
  peak_kb "$NN" run "$W1" --out "$TMP/w1m" --fresh --quiet --no-plots >> "$TMP/w1_mem"
  # W1 with every optional measurement.
  s=$(date +%s.%N); "$NN" run "$W1M" --out "$TMP/w1all" --fresh --quiet --no-plots; e=$(date +%s.%N)
  echo "$e - $s" | bc >> "$TMP/w1all_nn"
  # W1 with PNG beside SVG, as the committed results have them, paired with a W1 without figures.
  s=$(date +%s.%N); "$NN" run "$W1" --out "$TMP/w1b" --fresh --quiet --no-plots; e=$(date +%s.%N)
  echo "$e - $s" | bc >> "$TMP/w1b_nn"
  s=$(date +%s.%N); "$NN" run "$W1" --out "$TMP/w1pp" --fresh --quiet --format both; e=$(date +%s.%N)
  echo "$e - $s" | bc >> "$TMP/w1pp_nn"
  echo "$(tail -1 "$TMP/w1pp_nn") / $(tail -1 "$TMP/w1b_nn")" | bc -l >> "$TMP/w1pp_pair"
  # The committed 5-seed grid (420 cells), and its figures, nnsweep only.
  s=$(date +%s.%N); "$NN" run experiments/optimizers.yaml --out "$TMP/w1s" --fresh --quiet --no-plots; e=$(date +%s.%N)
  echo "$e - $s" | bc >> "$TMP/w1s_nn"
  s=$(date +%s.%N); "$NN" plot "$TMP/w1s" --format both >/dev/null; e=$(date +%s.%N)
  echo "$e - $s" | bc >> "$TMP/w1s_plot"
  peak_kb "$NN" run experiments/optimizers.yaml --out "$TMP/w1sm" --fresh --quiet --no-plots >> "$TMP/w1s_mem"
  # The fair optimizer comparison: search, selection and final runs, nnsweep only.
  s=$(date +%s.%N); "$NN" run experiments/fair-optimizers.yaml --out "$TMP/fair" --fresh --quiet --no-plots; e=$(date +%s.%N)
  echo "$e - $s" | bc >> "$TMP/fair_nn"
  s=$(date +%s.%N); "$NN" run "$FAIR_FULL" --out "$TMP/fairfull" --fresh --quiet --no-plots; e=$(date +%s.%N)
  echo "$e - $s" | bc >> "$TMP/fairfull_nn"
  # W2: the wide MLP, samples per second with 2 threads.
  "$PY" "$BENCH/torch_wide_mlp.py" 2 | sed -E 's/.*samples_per_second=([0-9.]+).*/\1/' >> "$TMP/w2_torch"
  "$NN" bench w2 --threads 2 | sed -E 's/.*samples_per_second=([0-9.]+).*/\1/' >> "$TMP/w2_nn"
  echo "run $i: W1 torch $(tail -1 "$TMP/w1_torch") s, nnsweep $(tail -1 "$TMP/w1_nn") s; W2 torch $(tail -1 "$TMP/w2_torch"), nnsweep $(tail -1 "$TMP/w2_nn") samples/s" >&2
done
w1t=$(median < "$TMP/w1_torch"); w1n=$(median < "$TMP/w1_nn"); w1m=$(median < "$TMP/w1_mem")
w2t=$(median < "$TMP/w2_torch"); w2n=$(median < "$TMP/w2_nn")
sgt=$(median < "$TMP/sgd_torch"); sgn=$(median < "$TMP/sgd_nn")
w1p=$(median < "$TMP/w1p_nn"); w1s=$(median < "$TMP/w1s_nn"); w1sp=$(median < "$TMP/w1s_plot"); w1sm=$(median < "$TMP/w1s_mem")
printf '%-44s %12s %12s %8s\n' "workload (median of $RUNS)" "PyTorch" "nnsweep" "ratio"
printf '%-44s %11.2fs %11.2fs %7.1fx\n' "W1 digits grid, 84 cells, wall (lower wins)" "$w1t" "$w1n" "$(echo "$w1t / $w1n" | bc -l)"
printf '%-44s %11.2fs %11.2fs %7.1fx\n' "W1 its 12 batch-1 SGD cells, training time" "$sgt" "$sgn" "$(echo "$sgt / $sgn" | bc -l)"
printf '%-44s %12.0f %12.0f %7.2fx\n' "W2 wide MLP, samples/s, 2 threads" "$w2t" "$w2n" "$(echo "$w2n / $w2t" | bc -l)"
printf '%-44s %11.2fs %11.2fs %7.1fx\n' "W1 with figures and report, wall" "$w1t" "$w1p" "$(echo "$w1t / $w1p" | bc -l)"
printf '%-44s %12s %12s %+7.0f%%\n' "  figures over W1 without, median of pairs" "" "" "$(echo "100 * ($(median < "$TMP/w1p_pair") - 1)" | bc -l)"
w1pp=$(median < "$TMP/w1pp_nn")
printf '%-44s %11.2fs %11.2fs %7.1fx\n' "W1 with figures as SVG and PNG (--format both)" "$w1t" "$w1pp" "$(echo "$w1t / $w1pp" | bc -l)"
printf '%-44s %12s %12s %+7.0f%%\n' "  SVG and PNG over W1 without, median of pairs" "" "" "$(echo "100 * ($(median < "$TMP/w1pp_pair") - 1)" | bc -l)"
w1a=$(median < "$TMP/w1all_nn")
printf '%-44s %11.2fs %11.2fs %7.1fx\n' "W1 with layers and train_eval measured" "$w1t" "$w1a" "$(echo "$w1t / $w1a" | bc -l)"
printf '%-44s %12s %12s %+7.0f%%\n' "  the two measurements over W1 without them" "" "" "$(echo "100 * ($w1a / $w1n - 1)" | bc -l)"
printf '%-44s %12s %10.1fMB\n' "W1 peak memory (nnsweep)" "" "$(echo "$w1m / 1024" | bc -l)"
printf '%-44s %12s %11.2fs\n' "W1 x 5 seeds (420 cells), wall, no figures" "" "$w1s"
printf '%-44s %12s %11.2fs\n' "  its figures, SVG and PNG, and report (plot)" "" "$w1sp"
printf '%-44s %12s %10.1fMB\n' "W1 x 5 seeds peak memory (nnsweep)" "" "$(echo "$w1sm / 1024" | bc -l)"
printf '%-44s %12s %11.2fs\n' "fair-optimizers with halving, wall, no figures" "" "$(median < "$TMP/fair_nn")"
printf '%-44s %12s %11.2fs\n' "fair-optimizers full search, wall, no figures" "" "$(median < "$TMP/fairfull_nn")"
if [ -n "$OLD" ]; then
  printf '%-44s %12s %11.2fs\n' "W1 with the old build ($("$OLD" --version 2>/dev/null || echo old))" "" "$(median < "$TMP/w1_old")"
  printf '%-44s %12s %12s %7.3fx\n' "W1 this build / old build, median of pairs" "" "" "$(median < "$TMP/w1_pair")"
fi
