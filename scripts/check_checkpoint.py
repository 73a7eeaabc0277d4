#!/usr/bin/env python3
"""Checks with numpy alone that a sweep's checkpoints, used from their metadata, give the
sweep's own final_val_accuracy: the forward pass of every checkpoint in DIR/checkpoints on the
test part of a CSV, with `test_every: N` (row i is a test row when i % N == N - 1).

    scripts/check_checkpoint.py DIR CSV TARGET N [TORCH_LINES]

With TORCH_LINES, a file of Python lines (those of docs/outputs.md) that set `predicted` from `raw_rows` and
the path "out/x/checkpoints/<run id>.safetensors", it also runs them on every checkpoint, the path
replaced by the checkpoint's (needs torch), and checks that they predict what numpy does.

Prints one line per checkpoint; exit status 1 when any prediction count differs, 2 for bad use.
"""
import csv
import glob
import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nnsweep_torch  # noqa: E402  (its numpy part: read, preprocess_numpy)


def erf(x):
    return np.vectorize(math.erf, otypes=[np.float32])(x)


ACTIVATIONS = {
    "ReLU": lambda x, a: np.maximum(x, np.float32(0)),
    "Tanh": lambda x, a: np.tanh(x),
    "Sigmoid": lambda x, a: np.float32(1) / (np.float32(1) + np.exp(-x)),
    "LeakyReLU": lambda x, a: np.where(x > 0, x, x * np.float32(a.get("negative_slope", 0.01))),
    "ELU": lambda x, a: np.where(x > 0, x, np.float32(a.get("alpha", 1.0)) * np.expm1(x)),
    "Identity": lambda x, a: x,
    "SiLU": lambda x, a: x / (np.float32(1) + np.exp(-x)),
    "GELU": lambda x, a: (np.float32(0.5) * x * (1 + np.tanh(np.float32(math.sqrt(2 / math.pi)) * (x + np.float32(0.044715) * x ** 3)))
                          if a.get("approximate") == "tanh" else np.float32(0.5) * x * (1 + erf(x / np.float32(math.sqrt(2))))),
}


def forward(tensors, meta, x):
    """The network in evaluation mode (dropout off, batch norm on its running statistics)."""
    for i, m in enumerate(meta["model"]["modules"]):
        kind = m["kind"]
        if kind == "Linear":
            x = x @ tensors[f"{i}.weight"].T + tensors[f"{i}.bias"]
        elif kind == "BatchNorm1d":
            mean, var = tensors[f"{i}.running_mean"], tensors[f"{i}.running_var"]
            x = (x - mean) / np.sqrt(var + np.float32(m["eps"])) * tensors[f"{i}.weight"] + tensors[f"{i}.bias"]
        elif kind == "Dropout":
            pass
        elif kind in ACTIVATIONS:
            x = ACTIVATIONS[kind](x, m).astype(np.float32)
        else:
            raise SystemExit(f"check_checkpoint: module {kind} is not implemented here")
    return x


def main():
    if len(sys.argv) not in (5, 6):
        sys.exit(print(__doc__.strip(), file=sys.stderr) or 2)
    folder, data, target, every = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    torch_lines = open(sys.argv[5]).read() if len(sys.argv) == 6 else None
    placeholder = "out/x/checkpoints/<run id>.safetensors"
    if torch_lines is not None and placeholder not in torch_lines:
        sys.exit(print(f"check_checkpoint: {sys.argv[5]} does not load {placeholder}", file=sys.stderr) or 2)
    with open(os.path.join(folder, "runs.csv"), newline="") as f:
        runs = {r["run_id"]: r for r in csv.DictReader(f)}
    with open(data, newline="") as f:
        rows = list(csv.DictReader(f))
    test = [r for i, r in enumerate(rows) if i % every == every - 1]
    labels = np.array([int(float(r[target])) for r in test])
    paths = sorted(glob.glob(os.path.join(folder, "checkpoints", "*.safetensors")))
    if not paths:
        sys.exit(print(f"check_checkpoint: no checkpoints in {folder}/checkpoints", file=sys.stderr) or 2)
    bad = 0
    for path in paths:
        tensors, meta = nnsweep_torch.read(path)
        names = meta["preprocess"]["feature_names"]
        raw = np.array([[float(r[n]) for n in names] for r in test])
        logits = forward(tensors, meta, nnsweep_torch.preprocess_numpy(meta, raw))
        predicted = (logits[:, 0] > 0).astype(int) if logits.shape[1] == 1 else logits.argmax(axis=1)
        correct = int((predicted == labels).sum())
        sweep = float(runs[meta["run_id"]]["final_val_accuracy"])
        same = correct / len(labels) == sweep
        bad += not same
        print(f"{meta['run_id']}: {correct} of {len(labels)} test rows right from the checkpoint's metadata; "
              f"runs.csv final_val_accuracy {sweep} = {round(sweep * len(labels))} of {len(labels)}: {'same' if same else 'DIFFERENT'}")
        if torch_lines is not None:
            scope = {"raw_rows": raw}
            exec(torch_lines.replace(placeholder, path), scope)
            agree = int((scope["predicted"].numpy() == predicted).sum()) if logits.shape[1] > 1 else None
            ok = agree == len(labels)
            bad += not ok
            print(f"  the torch lines of docs/outputs.md: {agree} of {len(labels)} predictions as numpy's: {'same' if ok else 'DIFFERENT'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
