#!/usr/bin/env bash
# Runs a small sweep on a real one-node Slurm cluster and checks it against a local run.
#
#   sudo scripts/slurm_test.sh        (as root: it installs packages and starts daemons)
#
# Installs Debian's slurm-wlm and munge when missing, starts munged, slurmctld and slurmd on this
# machine with a configuration in a temporary folder (nothing under /etc is changed), builds
# nnsweep (release), writes the scripts of `nnsweep slurm` for an iris grid of 12 cells and for
# the 20 program cells of examples/programs/stdlib/sweep.yaml, submits them with the commands
# nnsweep prints, waits for them, and compares the collected runs.csv, epochs.csv and layers.csv
# with those of `nnsweep run` on the same file, apart from the *_seconds columns. Prints one PASS
# or FAIL line; exits 0 only on PASS. Stops the daemons and removes the folder on every exit
# (KEEP=1 keeps the folder).
#
# Environment: NNSWEEP_BIN=path skips the build; SCRATCH=dir is the build folder (default .build);
# TIMEOUT=seconds bounds the wait for the jobs (default 300).
set -euo pipefail

started=$(date +%s)
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
timeout=${TIMEOUT:-300}

say() { echo "slurm_test: $*"; }
reported=""
fail() {
    echo "FAIL: slurm_test: $* ($(( $(date +%s) - started )) s)"
    reported=1
    exit 1
}

[ "$(id -u)" = 0 ] || { echo "FAIL: slurm_test: run as root (sudo $0): it installs packages and starts slurmd"; exit 1; }

work=$(mktemp -d /tmp/nnsweep-slurm.XXXXXX)
chmod 755 "$work"
mkdir -p "$work"/{etc,munge,state,spool,log,run}
chmod 700 "$work/munge"

policy_made=""
cleanup() {
    local status=$?
    set +e
    if [ -n "${SLURM_CONF:-}" ] && [ -f "$work/run/slurmctld.pid" ]; then
        timeout 10 scancel --quiet --user=root >/dev/null 2>&1
    fi
    for pidfile in "$work/run/slurmd.pid" "$work/run/slurmctld.pid" "$work/run/munged.pid"; do
        [ -f "$pidfile" ] || continue
        pid=$(cat "$pidfile")
        [ -n "$pid" ] || continue
        kill "$pid" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null
    done
    [ -n "$policy_made" ] && rm -f /usr/sbin/policy-rc.d
    if [ "$status" != 0 ]; then
        [ -n "$reported" ] || echo "FAIL: slurm_test: stopped with status $status ($(( $(date +%s) - started )) s)"
        for f in "$work"/log/*.log "$work"/out/slurm/logs/*; do
            [ -f "$f" ] || continue
            echo "---- ${f#"$work"/} (last lines)"
            tail -n 25 "$f"
        done
    fi
    if [ "${KEEP:-0}" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- packages
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
    say "installing slurm-wlm and munge"
    # Keep the packages' services from starting with the system's (absent) configuration.
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        policy_made=1
    fi
    apt-get update -qq || fail "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null \
        || fail "apt-get install slurm-wlm munge failed"
    if [ -n "$policy_made" ]; then rm -f /usr/sbin/policy-rc.d; policy_made=""; fi
fi
# Daemons that the packages may have started are not used: ours have their own ports and sockets.

# ---- nnsweep
if [ -n "${NNSWEEP_BIN:-}" ]; then
    bin=$NNSWEEP_BIN
else
    say "building nnsweep (release)"
    scratch=${SCRATCH:-$repo/.build}
    (cd "$repo" && swift build -c release --scratch-path "$scratch" >"$work/log/build.log" 2>&1) \
        || { tail -n 30 "$work/log/build.log"; fail "swift build failed"; }
    bin=$(cd "$repo" && swift build -c release --scratch-path "$scratch" --show-bin-path)/nnsweep
fi
[ -x "$bin" ] || fail "no nnsweep executable at $bin"

# ---- munge, with its own key and socket
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
socket="$work/run/munge.socket"
munged --force --key-file="$work/munge/munge.key" --socket="$socket" --pid-file="$work/run/munged.pid" \
    --log-file="$work/log/munged.log" --seed-file="$work/munge/munged.seed" \
    || fail "munged did not start"
for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
[ -S "$socket" ] || fail "munged has no socket"
munge --socket="$socket" -n | unmunge --socket="$socket" >/dev/null || fail "munge cannot encode and decode a credential"

# ---- slurm.conf for this node
host=$(hostname -s)
cpus=$(nproc)
free_mb=$(awk '/^MemAvailable:/ { print int($2 / 1024) }' /proc/meminfo)
memory=$(( free_mb * 9 / 10 ))
[ "$memory" -ge 256 ] || memory=256
port=$(( 20000 + RANDOM % 20000 ))
export SLURM_CONF="$work/etc/slurm.conf"
cat > "$SLURM_CONF" <<EOF
ClusterName=nnsweeptest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$(( port + 1 ))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/run/slurmctld.pid
SlurmdPidFile=$work/run/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
SlurmdParameters=config_overrides
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
SwitchType=switch/none
ReturnToService=2
MailProg=/bin/true
SchedulerParameters=defer_batch
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF

say "starting slurmctld and slurmd ($host, $cpus CPUs, ${memory} MB, port $port)"
slurmctld -c -f "$SLURM_CONF" || fail "slurmctld did not start"
slurmd -f "$SLURM_CONF" -N "$host" || fail "slurmd did not start"
state=""
for _ in $(seq 120); do
    state=$(sinfo -h -N -n "$host" -o '%T' 2>/dev/null || true)
    [ "$state" = idle ] && break
    sleep 0.5
done
[ "$state" = idle ] || fail "the node is '$state', not idle, after 60 s"

cat > "$work/iris.yaml" <<'EOF'
name: slurm-iris
data: {builtin: iris, test_fraction: 0.2}
model: {hidden: [16]}
loss: cross_entropy
optimizer: {name: sgd, lr: 0.1}
batch_size: 16
epochs: 15
grid:
  init: [xavier, he]
  optimizer:
    SGD: {optimizer: {name: sgd, lr: 0.1}}
    Adam: {optimizer: {name: adam, lr: 0.01}}
  seed: [1, 2, 3]
EOF

# Writes the scripts of `nnsweep slurm` for FILE (SHARDS array tasks) into OUT, submits them as
# nnsweep prints, waits, and checks that the collect job collected CELLS cells into tables equal
# to those of `nnsweep run FILE` on this machine (apart from the *_seconds columns).
slurm_sweep() {
    local file=$1 out=$2 cells=$3 shards=$4 name=$5
    "$bin" slurm "$file" --shards "$shards" --parallel 2 --cpus 1 --time 5 --partition test --out "$out" \
        > "$out.slurm.txt" || fail "nnsweep slurm failed on $file"
    cat "$out.slurm.txt"
    local command
    command=$(sed -n 's/^ *\(jobid=\$(sbatch .*\)$/\1/p' "$out.slurm.txt" | head -n 1)
    [ -n "$command" ] || fail "nnsweep slurm printed no sbatch command"
    cmp -s <(printf '%s\n' "$command") <(tail -n 1 "$out/slurm/submit.sh") || fail "submit.sh differs from the printed command"

    say "submitting: $command"
    cd "$work"
    jobid=""
    eval "$command" > "$out.submitted.txt" || fail "sbatch failed: $(cat "$out.submitted.txt")"
    local array_id=${jobid:-}
    local collect_id
    collect_id=$(awk '/Submitted batch job/ { print $4 }' "$out.submitted.txt")
    [ -n "$array_id" ] && [ -n "$collect_id" ] || fail "no job ids from sbatch: $(cat "$out.submitted.txt")"
    say "array job $array_id, collect job $collect_id; waiting (at most $timeout s)"

    local deadline=$(( $(date +%s) + timeout ))
    while :; do
        local left
        left=$(squeue -h -j "$array_id,$collect_id" -o '%i %T' 2>/dev/null || true)
        [ -z "$left" ] && break
        [ "$(date +%s)" -lt "$deadline" ] || fail "jobs still queued or running after $timeout s: $(echo $left)"
        sleep 1
    done

    local logs="$out/slurm/logs"
    for i in $(seq 0 $(( shards - 1 ))); do
        [ -f "$logs/sweep_${array_id}_$i.out" ] || fail "array task $i left no log (did it run?)"
    done
    grep -q "collected $cells of $cells cells of $name" "$logs/collect_$collect_id.out" 2>/dev/null \
        || fail "the collect job did not collect $cells of $cells cells of $name"
    local records
    records=$(find "$out/cells" -name '*.json' | wc -l)
    [ "$records" = "$cells" ] || fail "$records cell records instead of $cells"

    say "running $name locally"
    "$bin" run "$file" --out "$out.local" -j "$cpus" --quiet || fail "the local run of $name failed"
    for table in runs epochs layers; do
        [ -s "$out/$table.csv" ] || fail "no $table.csv in the collected folder of $name"
        if ! cmp -s <(without_times "$out/$table.csv") <(without_times "$out.local/$table.csv"); then
            diff <(without_times "$out/$table.csv") <(without_times "$out.local/$table.csv") | head -n 10
            fail "$table.csv of $name differs from the local run's"
        fi
    done
    local rows=$(( $(wc -l < "$out/runs.csv") - 1 ))
    [ "$rows" = "$cells" ] || fail "runs.csv of $name has $rows rows instead of $cells"
}

# A CSV file without its *_seconds columns (fields may be quoted and hold commas).
without_times() {
    perl -ne '
        chomp;
        my @f;
        while (/\G("(?:[^"]|"")*"|[^,]*)(,|$)/g) { push @f, $1; last if $2 eq ""; }
        @keep = grep { $f[$_] !~ /_seconds$/ } 0 .. $#f if $. == 1;
        print join(",", @f[@keep]), "\n";
    ' "$1"
}

slurm_sweep "$work/iris.yaml" "$work/out" 12 3 slurm-iris
# A program file: the standard-library example program in every cell (docs/programs.md).
slurm_sweep "$repo/examples/programs/stdlib/sweep.yaml" "$work/program" 20 2 stdlib-program

echo "PASS: slurm_test: 12 built-in cells in 3 array tasks and 20 program cells in 2 on one-node Slurm, collected tables equal the local runs' ($(( $(date +%s) - started )) s)"
