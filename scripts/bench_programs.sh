#!/usr/bin/env bash
# nnsweep's own cost per program cell: N cells of a trivial program (a shell that appends one
# metric line) through `nnsweep run -j J --no-plots`, against a plain shell loop that runs the
# same program N times, J at a time (xargs -P). Prints the median wall times of RUNS alternating
# runs of each and nnsweep's overhead per cell.
#
#   scripts/bench_programs.sh [N] [J] [RUNS] [NNSWEEP_BINARY]    (defaults 200, nproc, 5, release build)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
J=${2:-$(nproc)}
RUNS=${3:-5}
NN=${4:-.build/release/nnsweep}
[ -x "$NN" ] || swift build -c release >/dev/null
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
line='printf "{\"epoch\": 1, \"train_loss\": 1}\n" >> "$NNSWEEP_METRICS"'
{
    echo "name: overhead"
    echo "program:"
    echo "  command: [sh, -c, '${line//\{/\{\{}']" | sed 's/}/}}/g'
    echo "  metrics: {train_loss: lower}"
    echo "epochs: 1"
    echo "grid:"
    echo "  i: [$(seq -s, 1 "$N")]"
} > "$TMP/overhead.yaml"
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
now() { date +%s.%N; }
: > "$TMP/nn"
: > "$TMP/loop"
for _ in $(seq "$RUNS"); do
    t0=$(now)
    "$NN" run "$TMP/overhead.yaml" --out "$TMP/out" --fresh --no-plots --quiet -j "$J" >/dev/null
    t1=$(now)
    rm -rf "$TMP/loop-cells"
    mkdir -p "$TMP/loop-cells"
    seq "$N" | xargs -P "$J" -I{} env NNSWEEP_METRICS="$TMP/loop-cells/{}.jsonl" sh -c "$line"
    t2=$(now)
    echo "$t1 - $t0" | bc -l >> "$TMP/nn"
    echo "$t2 - $t1" | bc -l >> "$TMP/loop"
done
grep -c ',ok,' "$TMP/out/runs.csv" | grep -qx "$N" || { echo "bench_programs: not every cell ended ok" >&2; exit 1; }
nn=$(median < "$TMP/nn")
loop=$(median < "$TMP/loop")
printf 'machine: %s cores, %s; %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(date -u +%Y-%m-%d)"
printf '%d trivial program cells at -j %d, median of %d: nnsweep %.3f s, shell loop %.3f s, overhead %.1f ms per cell (wall, over the loop)\n' \
    "$N" "$J" "$RUNS" "$nn" "$loop" "$(echo "($nn - $loop) * 1000 / $N" | bc -l)"
