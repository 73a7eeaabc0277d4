#!/usr/bin/env bash
# A real A/A calibration of the regression gate: experiments/gate.yaml trained with 100 seeds in
# 20 blocks of 5 (seeds 1-5, 6-10, ...), and every pair of blocks compared as the gate compares
# (nnsweep compare --require-equivalence is not used: the blocks ran different seeds, so this
# measures how often the regression rule, the mean tests and the collapsed-run rule, fires
# between sweeps that differ only in their seeds). Prints the share of the 190 comparisons that
# report a regression, and that report a collapsed run.
#
#     scripts/calibrate_gate.sh [NNSWEEP]      (default .build/release/nnsweep)
set -euo pipefail
cd "$(dirname "$0")/.."
NN=${1:-.build/release/nnsweep}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for b in $(seq 0 19); do
  seeds=$(seq -s, $((5 * b + 1)) $((5 * b + 5)))
  sed -E "s/^seeds: 5.*/seeds: 5/" experiments/gate.yaml | sed -E "s/^seeds: 5/grid_seeds: x/" \
    | sed -E "s/^grid:/grid:\n  seed: [$seeds]/" | grep -v '^grid_seeds' > "$TMP/block$b.yaml"
  "$NN" run "$TMP/block$b.yaml" --out "$TMP/b$b" --quiet --no-plots
done
total=0; regressed=0; collapsed=0
for a in $(seq 0 19); do
  for b in $(seq $((a + 1)) 19); do
    total=$((total + 1))
    out=$("$NN" compare "$TMP/b$a" "$TMP/b$b" 2>&1) && rc=0 || rc=$?
    [ "$rc" -eq 2 ] && { echo "$out" >&2; exit 2; }
    [ "$rc" -eq 1 ] && regressed=$((regressed + 1))
    if grep -q "collapsed run: a current value" <<< "$out"; then collapsed=$((collapsed + 1)); fi
  done
done
echo "gate A/A over 100 seeds in 20 blocks of 5: $total comparisons, a regression reported in $regressed ($(echo "scale=3; $regressed / $total" | bc)), a collapsed run in $collapsed ($(echo "scale=3; $collapsed / $total" | bc))"
