#!/usr/bin/env bash
# The standard-library example program through nnsweep as a user would run it: the 2 x 2 x 5
# grid of examples/programs/stdlib/sweep.yaml, stopped with Ctrl-C part-way and resumed, its
# figures drawn again, and compared with a run straight through (same tables but the seconds,
# and compare finds no regression); then the examples' own contract check.
#     scripts/check_program_example.sh [NNSWEEP_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
nn=${1:-.build/debug/nnsweep}
file=examples/programs/stdlib/sweep.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: check_program_example: $*" >&2; exit 1; }

"$nn" run "$file" --out "$work/straight" --quiet -j 2 || fail "the straight run failed"

"$nn" run "$file" --out "$work/resumed" --quiet -j 1 &
pid=$!
sleep 1.5
kill -INT "$pid" 2>/dev/null || true
wait "$pid" && fail "the run was not stopped part-way (it finished in 1.5 s)"
done_before=$(find "$work/resumed/cells" -name '*.json' | wc -l)
[ "$done_before" -lt 20 ] || fail "all 20 cells were done before the stop"
if pgrep -f "examples/programs/stdlib/train.py" >/dev/null; then fail "a program outlived the stopped sweep"; fi
"$nn" run "$file" --out "$work/resumed" --quiet -j 2 || fail "the resumed run failed"

without_times() {
    perl -ne '
        chomp;
        my @f;
        while (/\G("(?:[^"]|"")*"|[^,]*)(,|$)/g) { push @f, $1; last if $2 eq ""; }
        @keep = grep { $f[$_] !~ /_seconds$/ } 0 .. $#f if $. == 1;
        print join(",", @f[@keep]), "\n";
    ' "$1"
}
for table in runs epochs; do
    cmp -s <(without_times "$work/straight/$table.csv") <(without_times "$work/resumed/$table.csv") \
        || fail "$table.csv of the resumed run differs from the straight run's"
done
rows=$(( $(wc -l < "$work/resumed/runs.csv") - 1 ))
ok=$(grep -c ',ok,' "$work/resumed/runs.csv" || true)
[ "$rows" = 20 ] && [ "$ok" = 20 ] || fail "$ok of $rows rows ok, not 20 of 20"

"$nn" plot "$work/resumed" --quiet || fail "nnsweep plot failed"
[ -s "$work/resumed/report.html" ] || fail "no report.html"
"$nn" compare "$work/straight" "$work/resumed" > "$work/compare.txt" || fail "compare found a regression: $(tail -n 1 "$work/compare.txt")"
grep -q "result: no regression" "$work/compare.txt" || fail "compare said: $(tail -n 1 "$work/compare.txt")"

# The tuned example: the search by halving, the selection on the validation loss, the final seeds.
"$nn" run examples/programs/stdlib/tune.yaml --out "$work/tuned" --quiet -j 2 || fail "the tuned run failed"
[ "$(grep -c ',val_loss,final,' "$work/tuned/selection.csv")" = 2 ] || fail "selection.csv has not one row per optimizer"
tuned_ok=$(grep -c ',ok,' "$work/tuned/runs.csv" || true)
[ "$tuned_ok" = 10 ] || fail "$tuned_ok of the tuned run's 10 final cells ok"

examples/programs/check_contract.sh > "$work/contract.txt" || { cat "$work/contract.txt"; fail "check_contract.sh"; }
echo "PASS: check_program_example: 20 program cells stopped after $done_before, resumed to the straight run's tables, plotted and compared; the tuned example selected and ran 10 final cells; $(tail -n 1 "$work/contract.txt")"
