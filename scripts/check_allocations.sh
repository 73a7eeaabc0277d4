#!/usr/bin/env bash
# Counts heap allocations (malloc calls, through an LD_PRELOAD shim) of one training run at
# batch size 10 and at batch size 2 (five times as many steps, same epochs), and fails when
# the training step allocates: the difference per extra step must stay below 0.05.
set -euo pipefail
cd "$(dirname "$0")/.."
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
cat > "$TMP/count.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdatomic.h>
static atomic_long n;
static void *(*real)(size_t);
void *malloc(size_t s) { if (!real) real = dlsym(RTLD_NEXT, "malloc"); atomic_fetch_add(&n, 1); return real(s); }
__attribute__((destructor)) static void done(void) { fprintf(stderr, "mallocs=%ld\n", (long)n); }
C
gcc -O2 -shared -fPIC "$TMP/count.c" -o "$TMP/count.so" -ldl
swift build -c release >/dev/null
count() {
  printf 'data: {builtin: iris}\nmodel: {hidden: [16, 8], dropout: 0.1, batch_norm: true}\noptimizer: {name: adam, lr: 0.01}\nregularization: {l1: 0.001, l2: 0.001}\nbatch_size: %s\nepochs: 12\n' "$1" > "$TMP/b$1.yaml"
  LD_PRELOAD="$TMP/count.so" .build/release/nnsweep run "$TMP/b$1.yaml" --out "$TMP/o$1" --quiet -j 1 2>&1 | sed -n 's/^mallocs=//p'
}
a=$(count 10); b=$(count 2)
steps=$(( 12 * (60 - 12) ))
echo "mallocs: batch 10: $a, batch 2: $b; $steps more steps -> $(echo "($b - $a) / $steps" | bc -l | cut -c1-6) per step"
[ "$(echo "($b - $a) / $steps < 0.05" | bc -l)" = 1 ] || { echo "FAIL: the training step allocates"; exit 1; }
echo "PASS: no allocation per training step"
