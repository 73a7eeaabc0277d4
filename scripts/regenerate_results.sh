#!/usr/bin/env bash
# Regenerates every experiment's committed results (tables, figures, report) under results/.
# Accept an intended change to the gate by running this and committing results/gate.
set -euo pipefail
cd "$(dirname "$0")/.."
# With --from-records, nothing is trained: each folder's tables, manifest, figures and report are
# rebuilt from its committed cell records (nnsweep collect), for a change to the tables' columns
# or to the figures that leaves training as it was. The last bits of a training run depend on the
# CPU's BLAS kernels, so training again on another kind of machine changes them.
swift build -c release >/dev/null
for f in experiments/*.yaml; do
  name=$(basename "$f" .yaml)
  echo "== $name" >&2
  if [ "${1:-}" = "--from-records" ]; then
    .build/release/nnsweep collect "results/$name" --file "$f" >/dev/null
    if [ -d "results/$name/search/plots" ]; then .build/release/nnsweep plot "results/$name/search" --quiet; fi
  elif grep -q '^program:' "$f" && ! python3 -c 'import torch' 2>/dev/null; then
    # A program experiment trains with its program (optimizers-pytorch: PyTorch).
    echo "   skipped: it runs a PyTorch program; put a python3 that imports torch first on PATH" >&2
  else
    .build/release/nnsweep run "$f" --out "results/$name" --fresh --quiet
  fi
done
