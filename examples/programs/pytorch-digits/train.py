#!/usr/bin/env python3
"""An nnsweep program cell in PyTorch: the network of nnsweep's digits grid (workload W1).

Digits (8x8 pixel counts) divided by 16, row i a test row when i % 5 == 4, Linear(64,64) - ReLU
- Linear(64,32) - ReLU - Linear(32,10), cross-entropy on the logits, a fresh random order each
epoch (torch.randperm), the scheduler stepped once per epoch.

Parameters (NNSWEEP_PARAMS, a JSON file; nnsweep's run-file keys and defaults; every key optional):
  init           zero | normal (N(0, 0.01^2)) | xavier (xavier_normal) | he (kaiming_normal,
                 relu): the Linear weights, biases zero; or default (nn.Linear's own). Default: default
  optimizer      {name: sgd | adagrad | rmsprop | adam, lr, ...}: the other keys go to the
                 torch.optim constructor by PyTorch's names (momentum, nesterov, weight_decay,
                 betas, eps, alpha, ...). lr: 1e-3 (sgd, adam), 0.01 (adagrad, rmsprop).
                 No optimizer at all: sgd with lr 0.01
  batch_size     an integer >= 1, or "full" (default 32)
  scheduler      none, or {name: step, step_size, gamma (0.1)} | {name: multistep, milestones,
                 gamma (0.1)} | {name: exponential, gamma}; stepped after each epoch (default none)
  epochs         used only when NNSWEEP_EPOCHS is not set (default 10)
  seed           used only when NNSWEEP_SEED is not set (default 1)
  data           the digits CSV (default: Sources/NNData/Resources/digits.csv of the repository
                 this file is in); a relative path is taken from the working directory
  threads        torch.set_num_threads (default 1)
  held_out_as    test | val: the names of the held-out rows' metrics, test_loss and
                 test_accuracy (default), or val_loss and val_accuracy, the names nnsweep's
                 built-in engine gives the held-out part of a two-way split (for comparing the two)
  fail_at_epoch  exit 1, with a message on standard error, at this epoch (before reporting it)
  nan_at_epoch   the weights become NaN at the start of this epoch, so losses are NaN from then on

Command line (each flag overrides the parameters file):
  --metrics-to-stdout   print "epoch N train_loss: X test_loss: Y test_accuracy: Z" lines on
                        standard output instead of appending JSON lines to NNSWEEP_METRICS
  --lr=X                the optimizer's lr (optimizer.lr)
  --batch-size=N        batch_size
  --KEY=VALUE           any parameter by its dotted key (--optimizer.momentum=0.9), as nnsweep's
                        {args} writes them; VALUE is read as JSON when it is JSON, else as text

Metrics per epoch: train_loss (the sample-weighted mean of the epoch's mini-batch losses, each
computed before its update), test_loss and test_accuracy (on the test rows, in eval mode, after
the epoch).

Environment (nnsweep's program contract): NNSWEEP_PARAMS, NNSWEEP_SEED, NNSWEEP_METRICS,
NNSWEEP_EPOCHS, NNSWEEP_RUN_DIR, and NNSWEEP_STATE (a folder: continue from the state saved
there, and save the state there after the last epoch). Without NNSWEEP_METRICS the metric lines
go to standard output.
"""
import collections
import csv
import json
import math
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_DATA = os.path.join(ROOT, "Sources", "NNData", "Resources", "digits.csv")
STATE_FORMAT = "nnsweep-example-pytorch-digits/1"
STATE_FILE = "state.pt"
TOP_KEYS = {"init", "optimizer", "batch_size", "scheduler", "epochs", "seed", "data", "threads",
            "fail_at_epoch", "nan_at_epoch", "held_out_as"}

OPTIMIZERS = {"sgd": torch.optim.SGD, "adagrad": torch.optim.Adagrad,
              "rmsprop": torch.optim.RMSprop, "adam": torch.optim.Adam}
DEFAULT_LR = {"sgd": 1e-3, "adagrad": 0.01, "rmsprop": 0.01, "adam": 1e-3}
SCHEDULERS = {  # name: (class, required options, defaults)
    "step": (torch.optim.lr_scheduler.StepLR, ["step_size"], {"gamma": 0.1}),
    "multistep": (torch.optim.lr_scheduler.MultiStepLR, ["milestones"], {"gamma": 0.1}),
    "exponential": (torch.optim.lr_scheduler.ExponentialLR, ["gamma"], {}),
}
INITS = {
    "zero": torch.nn.init.zeros_,
    "normal": lambda w: torch.nn.init.normal_(w, 0.0, 0.01),
    "xavier": torch.nn.init.xavier_normal_,
    "he": lambda w: torch.nn.init.kaiming_normal_(w, nonlinearity="relu"),
}


def stop(message, code=2):
    print(f"train.py: {message}", file=sys.stderr)
    sys.exit(code)


# ---------------------------------------------------------------- parameters

def flag_value(text):
    try:
        return json.loads(text)
    except ValueError:
        return text


def set_dotted(tree, key, value):
    parts = key.split(".")
    if any(p == "" for p in parts):
        stop(f"--{key}: an empty part in the key")
    node = tree
    for p in parts[:-1]:
        child = node.get(p)
        if child is None:
            child = node[p] = {}
        elif not isinstance(child, dict):
            stop(f"--{key}: '{p}' is {json.dumps(child)}, not a map of parameters")
        node = child
    node[parts[-1]] = value


def parse_argv(argv):
    """The flags, as (dotted key, value) overrides, and whether metrics go to standard output."""
    overrides, to_stdout = [], False
    for a in argv:
        if a in ("-h", "--help"):
            print(__doc__.strip())
            sys.exit(0)
        if a == "--metrics-to-stdout":
            to_stdout = True
        elif a.startswith("--") and "=" in a:
            key, value = a[2:].split("=", 1)
            key = {"lr": "optimizer.lr", "batch-size": "batch_size"}.get(key, key)
            overrides.append((key, flag_value(value)))
        else:
            stop(f"unknown argument {a!r} (see --help)")
    return overrides, to_stdout


def whole(key, v, low):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, bool) or not isinstance(v, int) or v < low:
        stop(f"{key} must be a whole number >= {low}, got {json.dumps(v)}")
    return v


def env_whole(name, fallback):
    """A whole number from the environment variable, else the parameter's value."""
    text = os.environ.get(name)
    if not text:
        return whole(name.lower().replace("nnsweep_", ""), fallback, 0)
    try:
        return whole(name, int(text), 0)
    except ValueError:
        stop(f"{name} must be a whole number, got {text!r}")


def named_map(key, v, default_name):
    """A section written as a map with a name, or as the bare name."""
    if v is None:
        return {"name": default_name}
    if isinstance(v, str):
        return {"name": v}
    if not isinstance(v, dict):
        stop(f"{key} must be a map or a name, got {json.dumps(v)}")
    return dict(v)


def settings(params):
    """The checked settings, every default filled in, as a JSON-able map."""
    for k in params:
        if k not in TOP_KEYS:
            print(f"train.py: parameter '{k}' is not one of this program's; ignored", file=sys.stderr)
    init = params.get("init", "default")
    if init not in INITS and init != "default":
        stop(f"init must be zero, normal, xavier, he or default, got {json.dumps(init)}")
    if "optimizer" in params:
        opt = named_map("optimizer", params["optimizer"], "sgd")
    else:
        opt = {"name": "sgd", "lr": 0.01}
    opt.setdefault("name", "sgd")
    if opt["name"] not in OPTIMIZERS:
        stop(f"optimizer.name must be one of {', '.join(OPTIMIZERS)}, got {json.dumps(opt['name'])}")
    opt.setdefault("lr", DEFAULT_LR[opt["name"]])
    sched = named_map("scheduler", params.get("scheduler"), "none")
    sched.setdefault("name", "none")
    if sched["name"] != "none":
        if sched["name"] not in SCHEDULERS:
            stop(f"scheduler.name must be none or one of {', '.join(SCHEDULERS)}, "
                 f"got {json.dumps(sched['name'])}")
        _, required, defaults = SCHEDULERS[sched["name"]]
        for k in required:
            if k not in sched:
                stop(f"scheduler {sched['name']} needs {k}")
        for k, v in defaults.items():
            sched.setdefault(k, v)
    bs = params.get("batch_size", 32)
    s = {
        "init": init,
        "optimizer": opt,
        "batch_size": "full" if bs == "full" else whole("batch_size", bs, 1),
        "scheduler": sched,
        "data": os.path.abspath(params.get("data", DEFAULT_DATA)),
        "threads": whole("threads", params.get("threads", 1), 1),
    }
    held = params.get("held_out_as", "test")
    if held not in ("test", "val"):
        stop(f"held_out_as must be test or val, got {json.dumps(held)}")
    if held != "test":
        s["held_out_as"] = held
    for k in ("fail_at_epoch", "nan_at_epoch"):
        v = params.get(k)
        s[k] = None if v is None else whole(k, v, 1)
    return s


# ---------------------------------------------------------------- data, model, optimizer

def load_digits(path):
    try:
        with open(path, newline="") as f:
            rows = list(csv.reader(f))[1:]
    except OSError as e:
        stop(f"cannot read the data: {e}")
    X = torch.tensor([[float(v) / 16.0 for v in r[:-1]] for r in rows])
    y = torch.tensor([int(r[-1]) for r in rows])
    test = torch.tensor([i % 5 == 4 for i in range(len(rows))])
    return X[~test], y[~test], X[test], y[test]


def make_model(init):
    m = torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 32),
                            torch.nn.ReLU(), torch.nn.Linear(32, 10))
    if init != "default":
        for layer in m:
            if isinstance(layer, torch.nn.Linear):
                INITS[init](layer.weight)
                torch.nn.init.zeros_(layer.bias)
    return m


def make_optimizer(opt, parameters):
    options = {k: (tuple(v) if isinstance(v, list) else v) for k, v in opt.items() if k != "name"}
    try:
        return OPTIMIZERS[opt["name"]](parameters, **options)
    except (TypeError, ValueError) as e:
        stop(f"optimizer {json.dumps(opt)}: {e}")


def make_scheduler(sched, optimizer):
    if sched["name"] == "none":
        return None
    options = {k: v for k, v in sched.items() if k != "name"}
    try:
        return SCHEDULERS[sched["name"]][0](optimizer, **options)
    except (TypeError, ValueError) as e:
        stop(f"scheduler {json.dumps(sched)}: {e}")


# ---------------------------------------------------------------- state

def save_state(folder, state):
    """Writes the state to a temporary file and renames it over the old one, so that a program
    stopped mid-write leaves the previous state whole."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, STATE_FILE)
    tmp = f"{path}.tmp.{os.getpid()}"
    with open(tmp, "wb") as f:
        torch.save(state, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def load_state(folder):
    path = os.path.join(folder, STATE_FILE)
    if not os.path.exists(path):
        return None
    if hasattr(torch.serialization, "safe_globals"):
        # MultiStepLR keeps its milestones in a Counter.
        with torch.serialization.safe_globals([collections.Counter]):
            state = torch.load(path, weights_only=True)
    else:  # PyTorch before 2.5
        state = torch.load(path)
    if state.get("format") != STATE_FORMAT:
        stop(f"{path} is not a state this program wrote (format {state.get('format')!r})", 1)
    return state


# ---------------------------------------------------------------- main

def main():
    overrides, to_stdout = parse_argv(sys.argv[1:])
    params = {}
    if os.environ.get("NNSWEEP_PARAMS"):
        with open(os.environ["NNSWEEP_PARAMS"]) as f:
            params = json.load(f)
        if not isinstance(params, dict):
            stop("the parameters file must hold a JSON object")
    for key, value in overrides:
        set_dotted(params, key, value)
    cfg = settings(params)
    seed = env_whole("NNSWEEP_SEED", params.get("seed", 1))
    epochs = env_whole("NNSWEEP_EPOCHS", params.get("epochs", 10))
    cfg["seed"] = seed
    # What a saved state must have been made with (fail_at_epoch changes no number, and the data
    # may have moved).
    identity = json.dumps({k: v for k, v in cfg.items() if k not in ("fail_at_epoch", "data")},
                          sort_keys=True)

    torch.set_num_threads(cfg["threads"])
    Xtr, ytr, Xte, yte = load_digits(cfg["data"])
    torch.manual_seed(seed)
    model = make_model(cfg["init"])
    optimizer = make_optimizer(cfg["optimizer"], model.parameters())
    scheduler = make_scheduler(cfg["scheduler"], optimizer)
    first = 1

    state_dir = os.environ.get("NNSWEEP_STATE")
    if state_dir:
        saved = load_state(state_dir)
        if saved is not None:
            if saved["settings"] != identity:
                stop(f"the state in {state_dir} was saved with other parameters: {saved['settings']}", 1)
            if saved["epoch"] > epochs:
                stop(f"the state in {state_dir} is at epoch {saved['epoch']}, past "
                     f"the {epochs} epochs asked for", 1)
            model.load_state_dict(saved["model"])
            optimizer.load_state_dict(saved["optimizer"])
            if scheduler is not None:
                scheduler.load_state_dict(saved["scheduler"])
            torch.set_rng_state(saved["rng"])
            first = saved["epoch"] + 1

    metrics = None
    if not to_stdout and os.environ.get("NNSWEEP_METRICS"):
        metrics = open(os.environ["NNSWEEP_METRICS"], "a")

    lossf = torch.nn.CrossEntropyLoss()
    n = len(Xtr)
    bs = n if cfg["batch_size"] == "full" else cfg["batch_size"]
    for epoch in range(first, epochs + 1):
        if epoch == cfg["nan_at_epoch"]:
            with torch.no_grad():
                for p in model.parameters():
                    p.fill_(math.nan)
        model.train()
        idx = torch.randperm(n)
        total = 0.0
        for i in range(0, n, bs):
            j = idx[i:i + bs]
            optimizer.zero_grad()
            loss = lossf(model(Xtr[j]), ytr[j])
            loss.backward()
            optimizer.step()
            total += loss.item() * len(j)
        if scheduler is not None:
            scheduler.step()
        train_loss = total / n
        model.eval()
        with torch.no_grad():
            out = model(Xte)
            test_loss = lossf(out, yte).item()
            test_accuracy = (out.argmax(1) == yte).sum().item() / len(yte)
        if epoch == cfg["fail_at_epoch"]:
            stop(f"failing at epoch {epoch}, as fail_at_epoch asks", 1)
        part = cfg.get("held_out_as", "test")
        line = {"epoch": epoch, "train_loss": train_loss, f"{part}_loss": test_loss,
                f"{part}_accuracy": test_accuracy}
        if metrics is None:
            print(f"epoch {epoch} " + " ".join(f"{k}: {v!r}" for k, v in line.items() if k != "epoch"),
                  flush=True)
        else:
            metrics.write(json.dumps(line) + "\n")
            metrics.flush()
    if metrics is not None:
        metrics.close()

    if state_dir and first <= epochs:
        save_state(state_dir, {
            "format": STATE_FORMAT, "epoch": epochs, "settings": identity,
            "model": model.state_dict(), "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict() if scheduler is not None else None,
            "rng": torch.get_rng_state(),
        })


if __name__ == "__main__":
    main()
