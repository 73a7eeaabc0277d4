#!/usr/bin/env bash
# The speed gate: counts the instructions nnsweep executes (valgrind's callgrind) for a fixed
# small workload and fails when a step executes more than 5 % more than the committed baseline,
# naming the functions that grew. Instruction counts do not move with the machine's load, so
# the gate is deterministic on one machine and build (the same counts to about 0.01 %), where a
# timed test is not.
#
#   scripts/check_instructions.sh            build, count, compare with the baseline
#   scripts/check_instructions.sh --update   count and write the baseline (commit it with the
#                                            change that meant to cost more, or less)
#
# The workload (scripts/instructions/workload.yaml): `nnsweep run` of 8 cells on digits with a
# validation part, layer statistics and every table (the training step, a sweep's bookkeeping,
# the records and tables), then `nnsweep plot` (the figures' data, scripts and report; gnuplot
# is kept off the PATH, its drawing is not counted). Environment: NNSWEEP_BIN (a release build of nnsweep; by
# default this checkout's, built first), INSTRUCTION_THRESHOLD (percent, default 5).
#
# valgrind cannot read the DWARF 5 debug information that Swift writes, so the binary is
# counted from a copy without it (objcopy --strip-debug; the symbols stay). Hashing is made
# deterministic (SWIFT_DETERMINISTIC_HASHING) so that dictionaries cost the same every run.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE=0
[ "${1:-}" = "--update" ] && UPDATE=1
THRESHOLD=${INSTRUCTION_THRESHOLD:-5}
BASELINE=scripts/instructions/baseline.txt
command -v valgrind >/dev/null || { echo "check_instructions: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
if [ -z "${NNSWEEP_BIN:-}" ]; then
  swift build -c release >/dev/null
  NNSWEEP_BIN=.build/release/nnsweep
fi
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
objcopy --strip-debug "$NNSWEEP_BIN" "$TMP/nnsweep"
# OpenBLAS picks its kernels by CPU: one family for every machine (any x86-64 with AVX2).
export SWIFT_DETERMINISTIC_HASHING=1 LC_ALL=C TZ=UTC OPENBLAS_NUM_THREADS=1 OPENBLAS_CORETYPE=Haswell
VALGRIND=$(command -v valgrind)
mkdir "$TMP/no-gnuplot"
count() {  # STEP OK-STATUS ARGS...: nnsweep ARGS under callgrind; writes $TMP/STEP.self and .incl
  local step=$1 ok=$2 status=0; shift 2
  PATH="$TMP/no-gnuplot" "$VALGRIND" --tool=callgrind --callgrind-out-file="$TMP/$step.out" "$TMP/nnsweep" "$@" \
    >/dev/null 2>"$TMP/$step.log" || status=$?
  [ "$status" = "$ok" ] || {
    echo "check_instructions: nnsweep $* exited $status under valgrind:" >&2; tail -20 "$TMP/$step.log" >&2; exit 1; }
  callgrind_annotate --threshold=100 "$TMP/$step.out" > "$TMP/$step.self"
  callgrind_annotate --threshold=100 --inclusive=yes "$TMP/$step.out" > "$TMP/$step.incl"
}
count run 0 run scripts/instructions/workload.yaml --out "$TMP/out" --quiet --no-plots -j 1
# Without gnuplot on the PATH, plot writes every figure's data and script and the report, and
# exits 3 (gnuplot's own drawing is not nnsweep's work, and valgrind cannot start it).
count plot 3 plot "$TMP/out" --quiet
python3 - "$TMP" "$BASELINE" "$UPDATE" "$THRESHOLD" <<'PY'
import re, subprocess, sys
tmp, baseline, update, threshold = sys.argv[1], sys.argv[2], sys.argv[3] == "1", float(sys.argv[4])
line = re.compile(r"^\s*([\d,]+)\s+\([^)]*\)\s+(.*?)(?: \[[^\]]*\])?$")
def read(path):
    total, functions = None, {}
    for text in open(path, encoding="utf-8", errors="replace"):
        m = line.match(text)
        if not m:
            continue
        n, name = int(m.group(1).replace(",", "")), m.group(2)
        if name == "PROGRAM TOTALS":
            total = n
        else:
            name = name.split(":", 1)[1] if ":" in name else name
            functions[name] = functions.get(name, 0) + n
    return total, functions
steps = ["run", "plot"]
now = {s: (read(f"{tmp}/{s}.self"), read(f"{tmp}/{s}.incl")[1]) for s in steps}
def demangle(names):
    try:
        out = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(names),
                             capture_output=True, text=True, timeout=60).stdout.split("\n")
        return [d if d else n for n, d in zip(names, out)]
    except Exception:
        return names
if update:
    with open(baseline, "w") as f:
        f.write("# Instructions nnsweep executes for scripts/instructions/workload.yaml, counted by\n"
                "# scripts/check_instructions.sh --update (callgrind). Lines: total STEP N; self/incl STEP N\n"
                "# FUNCTION for every function of at least 0.1 % of its step.\n")
        for s in steps:
            (total, selfs), incl = now[s]
            f.write(f"total {s} {total}\n")
            for kind, table in (("self", selfs), ("incl", incl)):
                for name, n in sorted(table.items(), key=lambda kv: (-kv[1], kv[0])):
                    if n * 1000 >= total:
                        f.write(f"{kind} {s} {n} {name}\n")
    for s in steps:
        print(f"instructions: {s} {now[s][0][0]:,} (baseline written to {baseline})")
    sys.exit(0)
base = {s: [None, {}, {}] for s in steps}
for text in open(baseline):
    if text.startswith("#") or not text.strip():
        continue
    kind, s, n, *rest = text.rstrip("\n").split(" ", 3)
    if kind == "total":
        base[s][0] = int(n)
    else:
        base[s][1 if kind == "self" else 2][rest[0]] = int(n)
failed = False
for s in steps:
    (total, selfs), incl = now[s]
    b_total, b_self, b_incl = base[s]
    change = 100 * (total / b_total - 1)
    worse = change > threshold
    failed |= worse
    print(f"instructions: {s}: {total:,} against the baseline's {b_total:,} ({change:+.2f} %; the limit is +{threshold:g} %)"
          + (": FAIL" if worse else ""))
    if worse or abs(change) > threshold:
        for label, table, old in (("self", selfs, b_self), ("inclusive", incl, b_incl)):
            floor = min(old.values()) if old else 0
            growth = sorted(((n - old.get(name, 0 if n * 2000 < b_total else floor), name) for name, n in table.items()),
                            reverse=worse)[:8]
            names = demangle([name for _, name in growth])
            print(f"  largest {'rises' if worse else 'falls'}, {label} instructions:")
            for (d, _), name in zip(growth, names):
                print(f"    {d:+15,}  {name[:160]}")
if failed:
    print("FAIL: nnsweep executes more instructions than its baseline; if the rise is intended, run "
          "scripts/check_instructions.sh --update and commit scripts/instructions/baseline.txt with the change")
    sys.exit(1)
print("PASS: instructions within the baseline's limit")
PY
