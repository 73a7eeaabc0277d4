#!/usr/bin/env bash
# Runs the example programs the way nnsweep runs a program cell (a fresh folder as the working
# directory and NNSWEEP_RUN_DIR, params.json written there, the contract's environment, the
# program's argv without a shell) and checks that they keep the contract. One line per check;
# exits 1 when a check fails.
#
#   examples/programs/check_contract.sh
#   TORCH_PYTHON=/tmp/torchenv/bin/python examples/programs/check_contract.sh
#
# PYTHON (default python3) runs stdlib/train.py; the pytorch-digits part runs only when
# TORCH_PYTHON names a python that imports torch.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-python3}
TORCH_PYTHON=${TORCH_PYTHON:-}
EPOCHS=10
WORK=$(mktemp -d "${TMPDIR:-/tmp}/check_contract.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
checks=0
failures=0

pass() { checks=$((checks + 1)); echo "ok    $1"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL  $1${2:+ ($2)}"; }
skip() { echo "skip  $1"; }

# The checks on metrics files, in Python's standard library.
cat > "$WORK/helper.py" <<'EOF'
import json, math, sys

NAMES = ["train_loss", "test_loss", "test_accuracy"]


def records(path):
    with open(path) as f:
        text = f.read()
    if text and not text.endswith("\n"):
        raise SystemExit("the last line has no line break")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def same(a, b):
    return a == b or (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "params":  # BASE_JSON SEED [KEY=JSON...]: the parameters with the seed, as nnsweep writes them
        p = json.loads(args[0])
        for kv in args[2:]:
            k, v = kv.split("=", 1)
            p[k] = json.loads(v)
        p["seed"] = int(args[1])
        print(json.dumps(p))
    elif cmd == "args":  # BASE_JSON SEED: nnsweep's {args}, one --KEY=VALUE a line
        p = json.loads(args[0])
        p["seed"] = int(args[1])
        def walk(o, prefix):
            for k, v in o.items():
                key = prefix + k
                if isinstance(v, dict) and v:
                    walk(v, key + ".")
                else:
                    print(f"--{key}=" + (v if isinstance(v, str) else json.dumps(v)))
        walk(p, "")
    elif cmd == "epochs":  # FILE FIRST LAST: epochs FIRST..LAST, each with the three metrics, finite
        rs = records(args[0])
        want = list(range(int(args[1]), int(args[2]) + 1))
        got = [r.get("epoch") for r in rs]
        if got != want:
            raise SystemExit(f"epochs {got}, expected {want}")
        for r in rs:
            for n in NAMES:
                v = r.get(n)
                if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                    raise SystemExit(f"epoch {r.get('epoch')}: {n} is {v!r}")
    elif cmd == "stdout":  # FILE STDOUT: the "epoch N name: value" lines hold the file's values
        rs = records(args[0])
        lines = [l.split() for l in open(args[1]).read().splitlines() if l.startswith("epoch ")]
        if len(lines) != len(rs):
            raise SystemExit(f"{len(lines)} epoch lines on standard output, {len(rs)} in the file")
        for r, t in zip(rs, lines):
            values = {t[i].rstrip(":"): float(t[i + 1]) for i in range(2, len(t) - 1, 2)}
            if int(t[1]) != r["epoch"] or any(not same(values.get(n), r[n]) for n in NAMES):
                raise SystemExit(f"line {' '.join(t)!r} against {json.dumps(r)}")
    elif cmd == "nan":  # FILE FROM: losses NaN from epoch FROM on, finite before, written as NaN
        rs = records(args[0])
        start = int(args[1])
        if [r["epoch"] for r in rs] != list(range(1, len(rs) + 1)) or len(rs) < start:
            raise SystemExit(f"epochs {[r['epoch'] for r in rs]}")
        for r in rs:
            for n in ("train_loss", "test_loss"):
                if math.isnan(r[n]) != (r["epoch"] >= start):
                    raise SystemExit(f"epoch {r['epoch']}: {n} is {r[n]!r}")
        if "NaN" not in open(args[0]).read():
            raise SystemExit("no NaN written")
    else:
        raise SystemExit(f"unknown check {cmd}")


main()
EOF
helper() { "$PYTHON" "$WORK/helper.py" "$@"; }

# cell DIR EPOCHS PARAMS_JSON STATE_DIR PROGRAM ARG...: one run in the fresh folder DIR (no state
# when STATE_DIR is empty). Leaves DIR/metrics.jsonl (when written), DIR/stdout, DIR/stderr, DIR/rc.
cell() {
    local dir=$1 epochs=$2 params=$3 state=$4
    shift 4
    mkdir "$dir" || return
    printf '%s\n' "$params" > "$dir/params.json"
    local seed
    seed=$("$PYTHON" -c 'import json, sys; print(json.load(open(sys.argv[1]))["seed"])' "$dir/params.json")
    local envs=(NNSWEEP_PARAMS="$dir/params.json" NNSWEEP_SEED="$seed" NNSWEEP_METRICS="$dir/metrics.jsonl"
                NNSWEEP_RUN_DIR="$dir" NNSWEEP_EPOCHS="$epochs")
    [ -n "$state" ] && envs+=(NNSWEEP_STATE="$state")
    (cd "$dir" && exec env -u NNSWEEP_STATE "${envs[@]}" "$@" > "$dir/stdout" 2> "$dir/stderr")
    echo $? > "$dir/rc"
}

rc_of() { cat "$1/rc"; }
why() { tail -n 3 "$1/stderr" | tr '\n' ' '; }

# check_program NAME BASE_PARAMS SECOND_PARAMS PROGRAM...: the contract's checks for one program.
# BASE_PARAMS has optimizer.lr and batch_size (for the flags); both sets are run to epoch 3 then on.
check_program() {
    local name=$1 base=$2 second=$3
    shift 3
    local prog=("$@") d="$WORK/$name" seed=7 p out
    mkdir "$d"
    p=$(helper params "$base" $seed)

    # 1. A straight run: epochs 1..E with the three metrics.
    cell "$d/straight" $EPOCHS "$p" "" "${prog[@]}"
    if [ "$(rc_of "$d/straight")" != 0 ]; then
        fail "$name: straight run of $EPOCHS epochs exits 0" "exit $(rc_of "$d/straight"): $(why "$d/straight")"
        return
    fi
    if out=$(helper epochs "$d/straight/metrics.jsonl" 1 $EPOCHS 2>&1); then
        pass "$name: metrics file has epochs 1..$EPOCHS, each with finite train_loss, test_loss, test_accuracy"
    else
        fail "$name: metrics file has epochs 1..$EPOCHS with the three metrics" "$out"
    fi

    # 2. The same seed again: the same bytes; another seed: other numbers.
    cell "$d/again" $EPOCHS "$p" "" "${prog[@]}"
    if cmp -s "$d/straight/metrics.jsonl" "$d/again/metrics.jsonl"; then
        pass "$name: the same seed twice gives identical metrics bytes"
    else
        fail "$name: the same seed twice gives identical metrics bytes" "$(diff "$d/straight/metrics.jsonl" "$d/again/metrics.jsonl" | head -n 2 | tr '\n' ' ')"
    fi
    cell "$d/other-seed" $EPOCHS "$(helper params "$base" $((seed + 1)))" "" "${prog[@]}"
    if [ "$(rc_of "$d/other-seed")" = 0 ] && ! cmp -s "$d/straight/metrics.jsonl" "$d/other-seed/metrics.jsonl"; then
        pass "$name: another seed gives other metrics"
    else
        fail "$name: another seed gives other metrics" "exit $(rc_of "$d/other-seed"), the same bytes or none"
    fi

    # 3. Continuation: to epoch 3, then to E in another fresh folder with the same state folder.
    local i=0 params straight
    for params in "$base" "$second"; do
        i=$((i + 1))
        p=$(helper params "$params" $seed)
        straight="$d/straight/metrics.jsonl"
        if [ $i -gt 1 ]; then
            cell "$d/straight$i" $EPOCHS "$p" "" "${prog[@]}"
            straight="$d/straight$i/metrics.jsonl"
        fi
        cell "$d/part$i-a" 3 "$p" "$d/state$i" "${prog[@]}"
        cell "$d/part$i-b" $EPOCHS "$p" "$d/state$i" "${prog[@]}"
        local what="$name: epochs 1-3 then 4-$EPOCHS through NNSWEEP_STATE give the straight run's lines ($params)"
        if [ "$(rc_of "$d/part$i-a")" != 0 ] || [ "$(rc_of "$d/part$i-b")" != 0 ]; then
            fail "$what" "exits $(rc_of "$d/part$i-a") and $(rc_of "$d/part$i-b"): $(why "$d/part$i-a") $(why "$d/part$i-b")"
        elif ! cat "$d/part$i-a/metrics.jsonl" "$d/part$i-b/metrics.jsonl" | cmp -s - "$straight"; then
            fail "$what" "they differ"
        elif [ "$(ls -A "$d/state$i" | wc -l)" != 1 ]; then
            fail "$what" "the state folder holds $(ls -A "$d/state$i" | tr '\n' ' ')"
        else
            pass "$what"
        fi
    done

    # 4. --metrics-to-stdout: the same values as lines, and no metrics file.
    p=$(helper params "$base" $seed)
    cell "$d/stdout" $EPOCHS "$p" "" "${prog[@]}" --metrics-to-stdout
    if [ "$(rc_of "$d/stdout")" != 0 ]; then
        fail "$name: --metrics-to-stdout prints the same values" "exit $(rc_of "$d/stdout"): $(why "$d/stdout")"
    elif [ -s "$d/stdout/metrics.jsonl" ]; then
        fail "$name: --metrics-to-stdout prints the same values" "it also wrote the metrics file"
    elif out=$(helper stdout "$d/straight/metrics.jsonl" "$d/stdout/stdout" 2>&1); then
        pass "$name: --metrics-to-stdout prints the same values as 'epoch N train_loss: X ...' lines"
    else
        fail "$name: --metrics-to-stdout prints the same values" "$out"
    fi

    # 5. The flags: --lr and --batch-size over other parameters, and nnsweep's {args} form.
    local lr bs flagged
    lr=$("$PYTHON" -c 'import json, sys; print(json.loads(sys.argv[1])["optimizer"]["lr"])' "$base")
    bs=$("$PYTHON" -c 'import json, sys; print(json.loads(sys.argv[1])["batch_size"])' "$base")
    flagged=$("$PYTHON" -c 'import json, sys; p = json.loads(sys.argv[1]); p["optimizer"]["lr"] = 0.5; p["batch_size"] = 5; print(json.dumps(p))' "$base")
    cell "$d/flags" $EPOCHS "$(helper params "$flagged" $seed)" "" "${prog[@]}" "--lr=$lr" "--batch-size=$bs"
    if cmp -s "$d/straight/metrics.jsonl" "$d/flags/metrics.jsonl"; then
        pass "$name: --lr=$lr --batch-size=$bs override the parameters file"
    else
        fail "$name: --lr=$lr --batch-size=$bs override the parameters file" "exit $(rc_of "$d/flags"): $(why "$d/flags")"
    fi
    local args=()
    mapfile -t args < <(helper args "$base" $seed)
    cell "$d/args" $EPOCHS "{\"seed\": $seed}" "" "${prog[@]}" "${args[@]}"
    if cmp -s "$d/straight/metrics.jsonl" "$d/args/metrics.jsonl"; then
        pass "$name: the parameters as {args} flags (${args[*]}) give the same bytes"
    else
        fail "$name: the parameters as {args} flags give the same bytes" "exit $(rc_of "$d/args"): $(why "$d/args")"
    fi

    # 6. Failure modes.
    cell "$d/fail" $EPOCHS "$(helper params "$base" $seed fail_at_epoch=4)" "" "${prog[@]}"
    if [ "$(rc_of "$d/fail")" = 0 ]; then
        fail "$name: fail_at_epoch 4 exits non-zero" "it exited 0"
    elif ! grep -q "fail_at_epoch" "$d/fail/stderr"; then
        fail "$name: fail_at_epoch 4 exits non-zero with a message" "standard error: $(why "$d/fail")"
    elif ! out=$(helper epochs "$d/fail/metrics.jsonl" 1 3 2>&1); then
        fail "$name: fail_at_epoch 4 exits non-zero after reporting epochs 1..3" "$out"
    else
        pass "$name: fail_at_epoch 4 exits $(rc_of "$d/fail") with '$(grep fail_at_epoch "$d/fail/stderr")' after epochs 1..3"
    fi
    cell "$d/nan" $EPOCHS "$(helper params "$base" $seed nan_at_epoch=4)" "" "${prog[@]}"
    if [ "$(rc_of "$d/nan")" != 0 ]; then
        fail "$name: nan_at_epoch 4 writes NaN losses" "exit $(rc_of "$d/nan"): $(why "$d/nan")"
    elif out=$(helper nan "$d/nan/metrics.jsonl" 4 2>&1); then
        pass "$name: nan_at_epoch 4 writes NaN train_loss and test_loss from epoch 4 on (exit 0)"
    else
        fail "$name: nan_at_epoch 4 writes NaN losses" "$out"
    fi
}

check_program stdlib \
    '{"optimizer": {"name": "adam", "lr": 0.01}, "batch_size": 16, "hidden": 16, "init_scale": 0.5}' \
    '{"optimizer": {"name": "sgd", "lr": 0.1, "momentum": 0.9}, "batch_size": 8, "hidden": 0}' \
    "$PYTHON" "$HERE/stdlib/train.py"

if [ -z "$TORCH_PYTHON" ]; then
    skip "pytorch-digits: TORCH_PYTHON is not set (a python that imports torch, e.g. /tmp/torchenv/bin/python)"
elif ! "$TORCH_PYTHON" -c 'import torch' > /dev/null 2>&1; then
    skip "pytorch-digits: $TORCH_PYTHON does not import torch"
else
    check_program pytorch-digits \
        '{"init": "he", "optimizer": {"name": "adam", "lr": 0.001}, "batch_size": 32, "scheduler": {"name": "multistep", "milestones": [2, 5], "gamma": 0.5}, "epochs": 10}' \
        '{"init": "xavier", "optimizer": {"name": "sgd", "lr": 0.05, "momentum": 0.9}, "batch_size": "full", "scheduler": {"name": "step", "step_size": 3, "gamma": 0.5}, "epochs": 10}' \
        "$TORCH_PYTHON" "$HERE/pytorch-digits/train.py"
fi

echo "$checks checks, $failures failed"
[ "$failures" = 0 ]
