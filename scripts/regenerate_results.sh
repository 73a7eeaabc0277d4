#!/usr/bin/env bash
# Regenerates every experiment's committed results (tables, figures, report) under results/.
# Accept an intended change to the gate by running this and committing results/gate.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
for f in experiments/*.yaml; do
  name=$(basename "$f" .yaml)
  echo "== $name" >&2
  .build/release/nnsweep run "$f" --out "results/$name" --fresh --quiet
done
