#!/usr/bin/env python3
"""An nnsweep program cell that needs nothing but Python 3's standard library.

Trains softmax regression (hidden: 0) or a one-hidden-layer ReLU network on the iris data
(iris.csv next to this file), row i a test row when i % 5 == 4, features standardized with the
training rows' mean and standard deviation, cross-entropy, a fresh random order each epoch.

Parameters (NNSWEEP_PARAMS, a JSON file; every key optional):
  optimizer      {name: sgd | momentum | adam, lr, momentum, betas, eps}
                 lr: 0.1 (sgd, momentum) or 0.01 (adam); momentum: 0 (sgd) or 0.9 (momentum);
                 betas: [0.9, 0.999] and eps: 1e-8 (adam). sgd with momentum > 0 is momentum.
  batch_size     an integer >= 1, or "full" (default 16)
  hidden         width of the hidden layer, 0 for softmax regression (default 16)
  init_scale     standard deviation of the normal initial weights; biases start at 0 (default 0.5)
  validation     true: rows with i % 5 == 3 are a validation part, left out of training and
                 reported as val_loss and val_accuracy, for tuning (default false)
  epochs         used only when NNSWEEP_EPOCHS is not set (default 10)
  seed           used only when NNSWEEP_SEED is not set (default 1)
  fail_at_epoch  exit 1, with a message on standard error, at this epoch (before reporting it)
  nan_at_epoch   the weights become NaN at the start of this epoch, so losses are NaN from then on

Command line (each flag overrides the parameters file):
  --metrics-to-stdout   print "epoch N train_loss: X test_loss: Y test_accuracy: Z" lines on
                        standard output instead of appending JSON lines to NNSWEEP_METRICS
  --lr=X                the optimizer's lr (optimizer.lr)
  --batch-size=N        batch_size
  --KEY=VALUE           any parameter by its dotted key (--optimizer.name=adam), as nnsweep's
                        {args} writes them; VALUE is read as JSON when it is JSON, else as text

Environment (nnsweep's program contract): NNSWEEP_PARAMS, NNSWEEP_SEED, NNSWEEP_METRICS,
NNSWEEP_EPOCHS, NNSWEEP_RUN_DIR, and NNSWEEP_STATE (a folder: continue from the state saved
there, and save the state there after the last epoch). Without NNSWEEP_METRICS the metric lines
go to standard output.
"""
import csv
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATE_FORMAT = "nnsweep-example-stdlib-iris/1"
STATE_FILE = "state.json"
TOP_KEYS = {"optimizer", "batch_size", "hidden", "init_scale", "epochs", "seed",
            "fail_at_epoch", "nan_at_epoch", "validation"}
OPTIMIZER_KEYS = {"name", "lr", "momentum", "betas", "eps"}


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


def number(key, v, low=None, low_open=False):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        stop(f"{key} must be a number, got {json.dumps(v)}")
    v = float(v)
    if low is not None and (v < low or (low_open and v == low) or math.isnan(v)):
        stop(f"{key} must be {'>' if low_open else '>='} {low}, got {v}")
    return v


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


def settings(params):
    """The checked settings, every default filled in, as a JSON-able map."""
    for k in params:
        if k not in TOP_KEYS:
            print(f"train.py: parameter '{k}' is not one of this program's; ignored", file=sys.stderr)
    opt = params.get("optimizer", {})
    if isinstance(opt, str):
        opt = {"name": opt}
    if not isinstance(opt, dict):
        stop(f"optimizer must be a map or a name, got {json.dumps(opt)}")
    for k in opt:
        if k not in OPTIMIZER_KEYS:
            print(f"train.py: parameter 'optimizer.{k}' is not one of this program's; ignored",
                  file=sys.stderr)
    name = opt.get("name", "sgd")
    if name not in ("sgd", "momentum", "adam"):
        stop(f"optimizer.name must be sgd, momentum or adam, got {json.dumps(name)}")
    lr = number("optimizer.lr", opt.get("lr", 0.01 if name == "adam" else 0.1), 0.0)
    momentum = number("optimizer.momentum", opt.get("momentum", 0.9 if name == "momentum" else 0.0), 0.0)
    betas = opt.get("betas", [0.9, 0.999])
    if not (isinstance(betas, list) and len(betas) == 2):
        stop(f"optimizer.betas must be a list of two numbers, got {json.dumps(betas)}")
    betas = [number("optimizer.betas", b, 0.0) for b in betas]
    eps = number("optimizer.eps", opt.get("eps", 1e-8), 0.0)
    if name == "sgd" and momentum > 0:
        name = "momentum"
    optimizer = {"name": name, "lr": lr}
    if name == "momentum":
        optimizer["momentum"] = momentum
    if name == "adam":
        optimizer["betas"], optimizer["eps"] = betas, eps
    bs = params.get("batch_size", 16)
    bs = "full" if bs == "full" else whole("batch_size", bs, 1)
    s = {
        "optimizer": optimizer,
        "batch_size": bs,
        "hidden": whole("hidden", params.get("hidden", 16), 0),
        "init_scale": number("init_scale", params.get("init_scale", 0.5), 0.0),
    }
    validation = params.get("validation", False)
    if not isinstance(validation, bool):
        stop(f"validation must be true or false, got {json.dumps(validation)}")
    if validation:
        s["validation"] = True
    for k in ("fail_at_epoch", "nan_at_epoch"):
        v = params.get(k)
        s[k] = None if v is None else whole(k, v, 1)
    return s


# ---------------------------------------------------------------- data

def load_iris(validation):
    with open(os.path.join(HERE, "iris.csv"), newline="") as f:
        rows = list(csv.reader(f))[1:]
    xs = [[float(v) for v in r[:-1]] for r in rows]
    ys = [int(r[-1]) for r in rows]
    held = {3, 4} if validation else {4}
    train = [i for i in range(len(rows)) if i % 5 not in held]
    test = [i for i in range(len(rows)) if i % 5 == 4]
    val = [i for i in range(len(rows)) if validation and i % 5 == 3]
    d = len(xs[0])
    mean = [sum(xs[i][j] for i in train) / len(train) for j in range(d)]
    std = [math.sqrt(sum((xs[i][j] - mean[j]) ** 2 for i in train) / len(train)) or 1.0 for j in range(d)]
    z = [[(x[j] - mean[j]) / std[j] for j in range(d)] for x in xs]
    return ([z[i] for i in train], [ys[i] for i in train],
            [z[i] for i in test], [ys[i] for i in test],
            [z[i] for i in val], [ys[i] for i in val], d, max(ys) + 1)


# ---------------------------------------------------------------- model
# The weights are a list of flat lists: for each Linear layer its weight (out x in, row-major)
# and its bias. A ReLU sits between two layers.

def layer_sizes(d, classes, hidden):
    return [(d, hidden), (hidden, classes)] if hidden > 0 else [(d, classes)]


def init_weights(sizes, scale, rng):
    w = []
    for n_in, n_out in sizes:
        w.append([rng.gauss(0.0, scale) for _ in range(n_in * n_out)])
        w.append([0.0] * n_out)
    return w


def forward(w, sizes, x):
    """The logits, and the inputs and pre-activations of each layer (for the backward pass)."""
    inputs, pre = [], []
    a = x
    for li, (n_in, n_out) in enumerate(sizes):
        if li > 0:
            a = [v if v > 0.0 else 0.0 for v in pre[-1]]
        inputs.append(a)
        W, b = w[2 * li], w[2 * li + 1]
        pre.append([b[o] + sum(W[o * n_in + i] * a[i] for i in range(n_in)) for o in range(n_out)])
    return pre[-1], inputs, pre


def cross_entropy(z, y):
    """The loss and the probabilities of the logits z for class y."""
    m = max(z)
    e = [math.exp(v - m) for v in z]
    s = sum(e)
    return m + math.log(s) - z[y], [v / s for v in e]


def argmax(z):
    best = 0
    for k in range(1, len(z)):
        if z[k] > z[best]:
            best = k
    return best


def accumulate(w, g, sizes, x, y):
    """Adds the gradient of the loss of (x, y) to g; returns the loss."""
    z, inputs, pre = forward(w, sizes, x)
    loss, p = cross_entropy(z, y)
    delta = p
    delta[y] -= 1.0
    for li in range(len(sizes) - 1, -1, -1):
        n_in, n_out = sizes[li]
        W, gW, gb, a = w[2 * li], g[2 * li], g[2 * li + 1], inputs[li]
        for o in range(n_out):
            do = delta[o]
            gb[o] += do
            row = o * n_in
            for i in range(n_in):
                gW[row + i] += do * a[i]
        if li > 0:
            below = pre[li - 1]
            delta = [sum(W[o * n_in + i] * delta[o] for o in range(n_out)) if below[i] > 0.0 else 0.0
                     for i in range(n_in)]
    return loss


def evaluate(w, sizes, xs, ys):
    total, correct = 0.0, 0
    for x, y in zip(xs, ys):
        z = forward(w, sizes, x)[0]
        total += cross_entropy(z, y)[0]
        correct += argmax(z) == y
    return total / len(xs), correct / len(xs)


# ---------------------------------------------------------------- optimizers

def new_optimizer_state(opt, w):
    if opt["name"] == "momentum":
        return {"step": 0, "buffers": [[0.0] * len(p) for p in w]}
    if opt["name"] == "adam":
        return {"step": 0, "m": [[0.0] * len(p) for p in w], "v": [[0.0] * len(p) for p in w]}
    return {"step": 0}


def optimizer_step(opt, state, w, g):
    """One update, as torch.optim's SGD (with momentum: v = mu v + g, w -= lr v) and Adam do."""
    state["step"] += 1
    lr = opt["lr"]
    if opt["name"] == "sgd":
        for p, gp in zip(w, g):
            for i in range(len(p)):
                p[i] -= lr * gp[i]
    elif opt["name"] == "momentum":
        mu = opt["momentum"]
        for p, gp, buf in zip(w, g, state["buffers"]):
            for i in range(len(p)):
                buf[i] = mu * buf[i] + gp[i]
                p[i] -= lr * buf[i]
    else:
        b1, b2 = opt["betas"]
        eps, t = opt["eps"], state["step"]
        step_size, root_c2 = lr / (1.0 - b1 ** t), math.sqrt(1.0 - b2 ** t)
        for p, gp, m, v in zip(w, g, state["m"], state["v"]):
            for i in range(len(p)):
                m[i] = b1 * m[i] + (1.0 - b1) * gp[i]
                v[i] = b2 * v[i] + (1.0 - b2) * gp[i] * gp[i]
                p[i] -= step_size * m[i] / (math.sqrt(v[i]) / root_c2 + eps)


# ---------------------------------------------------------------- state

def save_state(folder, state):
    """Writes the state to a temporary file and renames it over the old one, so that a program
    stopped mid-write leaves the previous state whole."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, STATE_FILE)
    tmp = f"{path}.tmp.{os.getpid()}"
    with open(tmp, "w") as f:
        json.dump(state, f)
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
    with open(path) as f:
        state = json.load(f)
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
    # What a saved state must have been made with (fail_at_epoch changes no number).
    identity = {k: v for k, v in cfg.items() if k != "fail_at_epoch"}

    xs, ys, test_x, test_y, val_x, val_y, d, classes = load_iris(cfg.get("validation", False))
    sizes = layer_sizes(d, classes, cfg["hidden"])
    opt = cfg["optimizer"]
    rng = random.Random(seed)
    w = init_weights(sizes, cfg["init_scale"], rng)
    ostate = new_optimizer_state(opt, w)
    first = 1

    state_dir = os.environ.get("NNSWEEP_STATE")
    if state_dir:
        saved = load_state(state_dir)
        if saved is not None:
            if saved["settings"] != json.loads(json.dumps(identity)):
                stop(f"the state in {state_dir} was saved with other parameters: "
                     f"{json.dumps(saved['settings'])}", 1)
            if saved["epoch"] > epochs:
                stop(f"the state in {state_dir} is at epoch {saved['epoch']}, past "
                     f"the {epochs} epochs asked for", 1)
            w, ostate = saved["weights"], saved["optimizer"]
            version, internal, gauss_next = saved["rng"]
            rng.setstate((version, tuple(internal), gauss_next))
            first = saved["epoch"] + 1

    metrics = None
    if not to_stdout and os.environ.get("NNSWEEP_METRICS"):
        metrics = open(os.environ["NNSWEEP_METRICS"], "a")

    n = len(xs)
    bs = n if cfg["batch_size"] == "full" else cfg["batch_size"]
    for epoch in range(first, epochs + 1):
        if epoch == cfg["nan_at_epoch"]:
            w = [[math.nan] * len(p) for p in w]
        order = list(range(n))
        rng.shuffle(order)
        total = 0.0
        for start in range(0, n, bs):
            batch = order[start:start + bs]
            g = [[0.0] * len(p) for p in w]
            for i in batch:
                total += accumulate(w, g, sizes, xs[i], ys[i])
            scale = 1.0 / len(batch)
            for gp in g:
                for i in range(len(gp)):
                    gp[i] *= scale
            optimizer_step(opt, ostate, w, g)
        train_loss = total / n
        test_loss, test_accuracy = evaluate(w, sizes, test_x, test_y)
        line = {"epoch": epoch, "train_loss": train_loss}
        if val_x:
            line["val_loss"], line["val_accuracy"] = evaluate(w, sizes, val_x, val_y)
        line["test_loss"], line["test_accuracy"] = test_loss, test_accuracy
        if epoch == cfg["fail_at_epoch"]:
            stop(f"failing at epoch {epoch}, as fail_at_epoch asks", 1)
        if metrics is None:
            print(f"epoch {epoch} " + " ".join(f"{k}: {v!r}" for k, v in line.items() if k != "epoch"),
                  flush=True)
        else:
            metrics.write(json.dumps(line) + "\n")
            metrics.flush()
    if metrics is not None:
        metrics.close()

    if state_dir and first <= epochs:
        save_state(state_dir, {"format": STATE_FORMAT, "epoch": epochs, "settings": identity,
                               "weights": w, "optimizer": ostate, "rng": list(rng.getstate())})


if __name__ == "__main__":
    main()
