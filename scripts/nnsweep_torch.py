"""Use an nnsweep checkpoint from Python: the model as a torch.nn.Sequential, and the
preprocessing that turns raw feature rows into its input.

    import nnsweep_torch                                  # scripts/ on sys.path
    model, preprocess = nnsweep_torch.load("out/x/checkpoints/<run id>.safetensors")
    predictions = model(preprocess(raw_rows)).argmax(1)    # raw_rows: (n, features) array

nnsweep writes what is needed into the safetensors `__metadata__` (each value JSON text):
`model` (the modules in order: torch.nn class and constructor arguments), `preprocess`
(`(x / divide_by - offset) / scale` per column, in float32, fitted on the training part),
`task`, `classes` (the label of each output), `run_id` and `settings`. The tensors carry the
names PyTorch gives the same nn.Sequential (`0.weight`, `1.running_mean`, ...).

Reading the file and the preprocessing need numpy only (`read`, `preprocess_numpy`); `load`
needs torch as well. The model is returned in evaluation mode.
"""
import json
import struct

import numpy as np

_DTYPES = {"F32": np.float32, "F64": np.float64, "I64": np.int64, "I32": np.int32, "F16": np.float16}


def read(path):
    """The tensors (name -> numpy array, in file order) and the metadata (values JSON-decoded)."""
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n])
    body = raw[8 + n:]
    meta = {k: json.loads(v) if k not in ("format", "run_id", "task") else v
            for k, v in header.pop("__metadata__", {}).items()}
    tensors = {}
    for name, t in header.items():
        start, end = t["data_offsets"]
        tensors[name] = np.frombuffer(body[start:end], dtype=_DTYPES[t["dtype"]]).reshape(t["shape"])
    return tensors, meta


def preprocess_numpy(meta, raw):
    """Raw feature rows (n x features, in the order of meta["preprocess"]["feature_names"]) ->
    the network's input, float32, with the arithmetic nnsweep used."""
    p = meta["preprocess"]
    x = np.asarray(raw, dtype=np.float32)
    if p.get("divide_by") is not None:
        x = x / np.float32(p["divide_by"])
    return (x - np.asarray(p["offset"], dtype=np.float32)) / np.asarray(p["scale"], dtype=np.float32)


def load(path):
    """(torch.nn.Sequential in eval mode with the checkpoint's weights, preprocess), where
    preprocess(raw ndarray) returns the input tensor."""
    import torch

    tensors, meta = read(path)
    modules = []
    for m in meta["model"]["modules"]:
        args = {k: v for k, v in m.items() if k != "kind"}
        modules.append(getattr(torch.nn, m["kind"])(**args))
    model = torch.nn.Sequential(*modules)
    model.load_state_dict({k: torch.from_numpy(v.copy()) for k, v in tensors.items()}, strict=True)
    model.eval()

    def preprocess(raw):
        return torch.from_numpy(preprocess_numpy(meta, raw))

    return model, preprocess
