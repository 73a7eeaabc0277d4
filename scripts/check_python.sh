#!/usr/bin/env bash
# Checks the results from Python, as docs/outputs.md shows them: a checkpoint's forward pass
# done from its metadata with numpy alone reproduces the sweep's final_val_accuracy, the pandas
# lines of docs/outputs.md run on a sweep's results, and, where torch is installed, its torch
# lines predict what numpy does.
#
#   scripts/check_python.sh [NNSWEEP]        (default .build/debug/nnsweep; needs python3-numpy, python3-pandas)
set -euo pipefail
cd "$(dirname "$0")/.."
NN=$(realpath "${1:-.build/debug/nnsweep}")
ROOT=$PWD
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
# The system Python, where apt-get installs python3-numpy and python3-pandas (a python3 earlier
# on PATH, such as pyenv's, may lack them); PYTHON overrides.
PY=${PYTHON:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || command -v python3 )}

# Checkpoints of a tiny grid (batch norm, dropout, three activations) on digits, test_every 5.
cat > "$TMP/ck.yaml" <<'YAML'
name: ck
data: {builtin: digits, test_every: 5, divide_by: 16}
model: {hidden: [24], dropout: 0.1}
epochs: 3
checkpoint: true
grid:
  model.activation: [relu, {name: leaky_relu, negative_slope: 0.2}, tanh]
  model.batch_norm: [false, true]
YAML
"$NN" run "$TMP/ck.yaml" --out "$TMP/ck" --quiet --no-plots
"$PY" scripts/check_checkpoint.py "$TMP/ck" Sources/NNData/Resources/digits.csv digit 5

# The torch lines of docs/outputs.md (the python block after "<!-- torch -->") on the same checkpoints,
# where a Python with torch is found (TORCH_PYTHON, default the system Python): they must
# predict what the numpy forward pass does. CI has no torch, and says so.
TPY=${TORCH_PYTHON:-$PY}
awk '/<!-- torch -->/ { on = 1; next } on && /^```python/ { inside = 1; next } inside && /^```/ { exit } inside { print }' docs/outputs.md > "$TMP/torch_lines.py"
[ -s "$TMP/torch_lines.py" ] || { echo "check_python: no torch block in docs/outputs.md" >&2; exit 1; }
if "$TPY" -c "import torch, numpy" 2>/dev/null; then
  "$TPY" scripts/check_checkpoint.py "$TMP/ck" Sources/NNData/Resources/digits.csv digit 5 "$TMP/torch_lines.py"
  torch_note="; the torch lines of docs/outputs.md (torch $("$TPY" -c 'import torch; print(torch.__version__)')): ok"
else
  torch_note="; the torch lines of docs/outputs.md not run (no torch in $TPY; set TORCH_PYTHON to run them)"
fi

# The pandas lines of docs/outputs.md (the python block after "<!-- pandas -->"), run where out/gate is a sweep.
mkdir -p "$TMP/readme/out"
"$NN" run experiments/gate.yaml --out "$TMP/readme/out/gate" --quiet --no-plots
awk '/<!-- pandas -->/ { on = 1; next } on && /^```python/ { inside = 1; next } inside && /^```/ { exit } inside { print }' docs/outputs.md > "$TMP/readme/readme_lines.py"
[ -s "$TMP/readme/readme_lines.py" ] || { echo "check_python: no pandas block in docs/outputs.md" >&2; exit 1; }
(cd "$TMP/readme" && PYTHONPATH="$ROOT/scripts" "$PY" readme_lines.py)
echo "check_python: checkpoints and the pandas lines of docs/outputs.md: ok$torch_note"
