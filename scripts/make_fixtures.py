"""Generate PyTorch reference fixtures for the nnsweep engine tests.

Writes into Tests/NNEngineTests/Fixtures/ (relative to the repo root):

  layers.json        Linear, activations (sigmoid/tanh/relu/leaky_relu/identity, then
                     gelu/elu/selu/celu/silu/mish/softplus/softsign/hardtanh/relu6/
                     hardswish/hardsigmoid and leaky_relu with options, each entry with
                     its "params" as torch.nn keyword arguments), softmax, BatchNorm1d
                     (train and eval), Dropout: forward values and autograd gradients.
  losses.json        cross_entropy (also with class weight), nll (NLLLoss), bce
                     (BCEWithLogitsLoss, also with pos_weight), mse, mae (L1Loss), huber,
                     smooth_l1 with reduction='mean': loss value and d loss / d input.
  optimizers.json    SGD, Adagrad, RMSprop, Adam, AdamW, Adadelta, Adamax, NAdam, RAdam,
                     Rprop, ASGD: parameter values after each of 6 steps (some cases more)
                     with given gradients; for ASGD also its average `ax` after each step.
  schedulers.json    StepLR, MultiStepLR, ExponentialLR: lr after 0..11 scheduler steps;
                     then CosineAnnealingLR, CosineAnnealingWarmRestarts, LinearLR, ConstantLR,
                     PolynomialLR, SequentialLR, ReduceLROnPlateau (fed fixed losses),
                     OneCycleLR and CyclicLR (with the momentum they set): lr after 0..24 steps.
  training.json      Small end-to-end training runs (MLP as nn.Sequential) with the
                     per-epoch lr / train_loss / val_loss / val_accuracy (step_lrs for
                     schedulers that step per optimizer step) and final
                     state_dict, plus training_<name>.safetensors (initial state_dict,
                     including num_batches_tracked) per case.
  e2e/               train.csv, val.csv, start.safetensors, run.yaml and
                     expected_epochs.json for a command-line end-to-end test.
  layer_lists.json   Models written as layer lists (mixed activations, Linear without bias,
                     named modules, softmax + cross_entropy, log_softmax + nll, sigmoid +
                     nn.BCELoss, the tutorial's nn.Sequential with a Softmax module) trained a
                     few epochs from layer_list_<name>.safetensors; and the tutorial's model
                     class (linear1, linear2, out) with torch.manual_seed(0): its state_dict,
                     x = torch.randn(5, 3) and its output; nn.BCELoss at its clamps.
  ema.json           A short training with AveragedModel + get_ema_multi_avg_fn beside it
                     (ema_start.safetensors): per-epoch val and ema_val numbers, final
                     states. `make_fixtures.py ema` writes only these two files.
  loss_pairs.json    Two pairs of equivalent losses trained from the same loss_pair_<name>
                     .safetensors on the same data: cross_entropy on logits and log_softmax +
                     nll (one computation in PyTorch: cross_entropy is log_softmax + nll_loss,
                     so the epochs are equal to the bit), BCEWithLogitsLoss on one logit and
                     sigmoid + nn.BCELoss (two computations: the epochs differ in the last
                     bits); each pair's largest relative difference per epoch column.

Tensors are encoded as {"shape": [...], "data": [flat row-major list]}; float32 values
are written as the exact double they convert to. Every JSON file carries
"meta": {"torch": <version>, "generator": "scripts/make_fixtures.py"}.

Everything is deterministic (fixed seeds, single thread). Regenerate, from the repo root:

  python3 -m venv /tmp/torchenv && /tmp/torchenv/bin/pip install torch safetensors numpy && /tmp/torchenv/bin/python scripts/make_fixtures.py

or only some files, by the names of their parts: scripts/make_fixtures.py layer_lists
"""

import json
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import save_file

torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)
torch.set_default_dtype(torch.float32)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "NNEngineTests", "Fixtures")
E2E = os.path.join(OUT, "e2e")

META = {"torch": torch.__version__, "generator": "scripts/make_fixtures.py"}


# ---------------------------------------------------------------------------
# helpers

def T(t):
    t = t.detach()
    return {"shape": list(t.shape), "data": t.to(torch.float64).flatten().tolist()}


def write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=None, separators=(",", ":"), allow_nan=False)
        f.write("\n")


def leaf(t):
    return t.detach().clone().requires_grad_(True)


# ---------------------------------------------------------------------------
# layers.json

def make_layers():
    torch.manual_seed(1234)
    out = {"meta": META}

    # Linear
    lin = nn.Linear(5, 3)
    x = leaf(torch.randn(4, 5))
    y = lin(x)
    gy = torch.randn(4, 3)
    y.backward(gy)
    out["linear"] = {
        "x": T(x), "weight": T(lin.weight), "bias": T(lin.bias), "y": T(y),
        "grad_y": T(gy), "grad_x": T(x.grad), "grad_weight": T(lin.weight.grad),
        "grad_bias": T(lin.bias.grad),
    }

    # activations
    acts = [("sigmoid", nn.Sigmoid()), ("tanh", nn.Tanh()), ("relu", nn.ReLU()),
            ("leaky_relu", nn.LeakyReLU()), ("identity", nn.Identity())]
    out["activations"] = []
    for name, mod in acts:
        x = leaf(torch.randn(4, 6) * 2.0)
        assert (x != 0).all()
        y = mod(x)
        gy = torch.randn(4, 6)
        y.backward(gy)
        out["activations"].append({"name": name, "x": T(x), "y": T(y),
                                   "grad_y": T(gy), "grad_x": T(x.grad)})

    # softmax over dim 1
    x = torch.randn(4, 6) * 2.0
    out["softmax"] = {"x": T(x), "y": T(nn.Softmax(dim=1)(x))}

    # BatchNorm1d, train and eval
    for key, train in (("batchnorm_train", True), ("batchnorm_eval", False)):
        bn = nn.BatchNorm1d(5, eps=1e-5, momentum=0.1)
        with torch.no_grad():
            bn.weight.copy_(torch.randn(5) * 0.5 + 1.0)
            bn.bias.copy_(torch.randn(5) * 0.5)
            bn.running_mean.copy_(torch.randn(5) * 0.5)
            bn.running_var.copy_(torch.rand(5) + 0.5)
        bn.train(train)
        rm0 = bn.running_mean.clone()
        rv0 = bn.running_var.clone()
        x = leaf(torch.randn(8, 5) * 1.5 + 0.7)
        y = bn(x)
        gy = torch.randn(8, 5)
        y.backward(gy)
        out[key] = {
            "x": T(x), "weight": T(bn.weight), "bias": T(bn.bias),
            "running_mean_before": T(rm0), "running_var_before": T(rv0),
            "y": T(y), "grad_y": T(gy), "grad_x": T(x.grad),
            "grad_weight": T(bn.weight.grad), "grad_bias": T(bn.bias.grad),
            "running_mean_after": T(bn.running_mean), "running_var_after": T(bn.running_var),
        }
        if not train:
            assert torch.equal(rm0, bn.running_mean) and torch.equal(rv0, bn.running_var)

    # Dropout (training mode)
    drop = nn.Dropout(0.3)
    drop.train()
    x = leaf(torch.randn(50, 8))
    assert (x != 0).all()
    y = drop(x)
    gy = torch.randn(50, 8)
    y.backward(gy)
    out["dropout"] = {"p": 0.3, "x": T(x), "y": T(y), "grad_y": T(gy), "grad_x": T(x.grad)}

    # more activations, with their options (drawn after everything above, so the entries
    # above keep their values)
    torch.manual_seed(4321)
    for name, params in MORE_ACTIVATIONS:
        mod = ACTIVATION_MODULES[name](**params)
        x = leaf(torch.randn(4, 6) * 3.0)
        assert (x != 0).all()
        y = mod(x)
        gy = torch.randn(4, 6)
        y.backward(gy)
        out["activations"].append({"name": name, "params": params, "x": T(x), "y": T(y),
                                   "grad_y": T(gy), "grad_x": T(x.grad)})

    write_json(os.path.join(OUT, "layers.json"), out)


ACTIVATION_MODULES = {
    "leaky_relu": nn.LeakyReLU, "gelu": nn.GELU, "elu": nn.ELU, "selu": nn.SELU, "celu": nn.CELU,
    "silu": nn.SiLU, "mish": nn.Mish, "softplus": nn.Softplus, "softsign": nn.Softsign,
    "hardtanh": nn.Hardtanh, "relu6": nn.ReLU6, "hardswish": nn.Hardswish,
    "hardsigmoid": nn.Hardsigmoid,
}

MORE_ACTIVATIONS = [
    ("gelu", {}), ("gelu", {"approximate": "tanh"}), ("elu", {}), ("elu", {"alpha": 0.5}),
    ("selu", {}), ("celu", {}), ("celu", {"alpha": 2.0}), ("silu", {}), ("mish", {}),
    ("softplus", {}), ("softplus", {"beta": 2.0, "threshold": 5.0}), ("softsign", {}),
    ("hardtanh", {}), ("hardtanh", {"min_val": -0.5, "max_val": 2.0}), ("relu6", {}),
    ("hardswish", {}), ("hardsigmoid", {}), ("leaky_relu", {"negative_slope": 0.2}),
]


# ---------------------------------------------------------------------------
# losses.json

def loss_module(name, params):
    params = dict(params)
    for key in ("weight", "pos_weight"):
        if key in params:
            params[key] = torch.tensor(params[key] if isinstance(params[key], list) else [params[key]])
    if name == "nll":
        return nn.NLLLoss(**params)
    if name == "cross_entropy":
        return nn.CrossEntropyLoss(**params)
    if name == "bce":
        return nn.BCEWithLogitsLoss(**params)
    if name == "mse":
        return nn.MSELoss(**params)
    if name == "mae":
        return nn.L1Loss(**params)
    if name == "huber":
        return nn.HuberLoss(**params)
    if name == "smooth_l1":
        return nn.SmoothL1Loss(**params)
    raise ValueError(name)


def make_losses():
    torch.manual_seed(2024)
    cases = []

    # cross entropy
    for params in ({}, {"label_smoothing": 0.1}):
        x = leaf(torch.randn(6, 4) * 2.0)
        target = [0, 3, 1, 2, 2, 1]
        loss = loss_module("cross_entropy", params)(x, torch.tensor(target))
        loss.backward()
        cases.append({"name": "cross_entropy", "params": params, "input": T(x),
                      "target": target, "loss": loss.item(), "grad_input": T(x.grad)})

    # bce with logits, including large magnitudes
    x = leaf(torch.tensor([[30.0], [-30.0], [2.5], [-0.7], [0.1], [-30.0]]) +
             torch.randn(6, 1) * 0.1)
    tgt = torch.tensor([[1.0], [0.0], [0.0], [1.0], [1.0], [1.0]])
    loss = loss_module("bce", {})(x, tgt)
    loss.backward()
    cases.append({"name": "bce", "params": {}, "input": T(x), "target": T(tgt),
                  "loss": loss.item(), "grad_input": T(x.grad)})

    # regression losses: residuals on both sides of delta/beta (0.5 and 1.0)
    residuals = torch.tensor([[-2.1], [-0.8], [-0.3], [0.2], [0.7], [1.6]])
    reg = [("mse", {}), ("mae", {}), ("huber", {"delta": 1.0}), ("huber", {"delta": 0.5}),
           ("smooth_l1", {"beta": 1.0}), ("smooth_l1", {"beta": 0.5})]
    for name, params in reg:
        tgt = torch.randn(6, 1)
        x = leaf(tgt + residuals + torch.randn(6, 1) * 0.05)
        loss = loss_module(name, params)(x, tgt)
        loss.backward()
        cases.append({"name": name, "params": params, "input": T(x), "target": T(tgt),
                      "loss": loss.item(), "grad_input": T(x.grad)})

    # class weights, nll and pos_weight (drawn after the cases above, which keep their values)
    torch.manual_seed(2025)
    weight = [0.5, 2.0, 1.0, 3.0]
    class_cases = [("cross_entropy", {"weight": weight}),
                   ("cross_entropy", {"weight": weight, "label_smoothing": 0.1}),
                   ("cross_entropy", {"weight": [1.0, 0.0, 2.5, 0.7], "label_smoothing": 0.3}),
                   ("nll", {}), ("nll", {"weight": weight})]
    for name, params in class_cases:
        logits = torch.randn(6, 4) * 2.0
        # nll takes log-probabilities, as a model ending in log_softmax gives them
        x = leaf(torch.log_softmax(logits, dim=1) if name == "nll" else logits)
        target = [0, 3, 1, 2, 2, 1]
        loss = loss_module(name, params)(x, torch.tensor(target))
        loss.backward()
        cases.append({"name": name, "params": params, "input": T(x),
                      "target": target, "loss": loss.item(), "grad_input": T(x.grad)})
    for params in ({"pos_weight": 2.0}, {"pos_weight": 0.25}):
        x = leaf(torch.tensor([[30.0], [-30.0], [2.5], [-0.7], [0.1], [-30.0], [1.2], [-2.0]]) +
                 torch.randn(8, 1) * 0.1)
        tgt = torch.tensor([[1.0], [0.0], [0.0], [1.0], [1.0], [1.0], [0.3], [0.0]])
        loss = loss_module("bce", params)(x, tgt)
        loss.backward()
        cases.append({"name": "bce", "params": params, "input": T(x), "target": T(tgt),
                      "loss": loss.item(), "grad_input": T(x.grad)})

    write_json(os.path.join(OUT, "losses.json"), {"meta": META, "cases": cases})


# ---------------------------------------------------------------------------
# optimizers.json

OPTIMIZERS = {"sgd": torch.optim.SGD, "adagrad": torch.optim.Adagrad,
              "rmsprop": torch.optim.RMSprop, "adam": torch.optim.Adam,
              "adamw": torch.optim.AdamW, "adadelta": torch.optim.Adadelta,
              "adamax": torch.optim.Adamax, "nadam": torch.optim.NAdam,
              "radam": torch.optim.RAdam, "rprop": torch.optim.Rprop,
              "asgd": torch.optim.ASGD}


def make_optimizer(params_iter, spec):
    """spec: {"name": ..., kwargs...} with pairs (betas, etas, step_sizes) as lists."""
    kwargs = {k: tuple(v) if isinstance(v, list) else v for k, v in spec.items() if k != "name"}
    return OPTIMIZERS[spec["name"]](params_iter, **kwargs)


def make_optimizers():
    specs = [
        ("sgd", {"lr": 0.1}),
        ("sgd", {"lr": 0.1, "momentum": 0.9}),
        ("sgd", {"lr": 0.1, "momentum": 0.9, "dampening": 0.5}),
        ("sgd", {"lr": 0.1, "momentum": 0.9, "nesterov": True}),
        ("sgd", {"lr": 0.1, "weight_decay": 0.01}),
        ("sgd", {"lr": 0.05, "momentum": 0.8, "weight_decay": 0.1, "nesterov": True}),
        ("adagrad", {"lr": 0.01}),
        ("adagrad", {"lr": 0.1, "lr_decay": 0.1}),
        ("adagrad", {"lr": 0.1, "weight_decay": 0.05}),
        ("adagrad", {"lr": 0.1, "initial_accumulator_value": 0.5, "eps": 1e-6}),
        ("rmsprop", {"lr": 0.01}),
        ("rmsprop", {"lr": 0.01, "alpha": 0.9, "eps": 1e-6}),
        ("rmsprop", {"lr": 0.01, "momentum": 0.9}),
        ("rmsprop", {"lr": 0.01, "centered": True}),
        ("rmsprop", {"lr": 0.01, "centered": True, "momentum": 0.5, "weight_decay": 0.1}),
        ("adam", {"lr": 0.001}),
        ("adam", {"lr": 0.01, "betas": [0.8, 0.9], "eps": 1e-6}),
        ("adam", {"lr": 0.01, "weight_decay": 0.1}),
        ("adam", {"lr": 0.01, "amsgrad": True}),
        ("adamw", {"lr": 0.001}),
        ("adamw", {"lr": 0.01, "weight_decay": 0.1, "amsgrad": True}),
        # maximize on the optimizers above
        ("sgd", {"lr": 0.1, "momentum": 0.9, "weight_decay": 0.01, "maximize": True}),
        ("adagrad", {"lr": 0.1, "weight_decay": 0.05, "maximize": True}),
        ("rmsprop", {"lr": 0.01, "centered": True, "momentum": 0.5, "maximize": True}),
        ("adam", {"lr": 0.01, "weight_decay": 0.1, "maximize": True}),
        ("adamw", {"lr": 0.01, "amsgrad": True, "maximize": True}),
        ("adadelta", {}),
        ("adadelta", {"weight_decay": 0.1}),
        ("adadelta", {"maximize": True}),
        ("adadelta", {"lr": 0.5, "rho": 0.95, "eps": 1e-5}),
        ("adamax", {}),
        ("adamax", {"weight_decay": 0.1}),
        ("adamax", {"maximize": True}),
        ("adamax", {"lr": 0.01, "betas": [0.8, 0.99], "eps": 1e-6}),
        ("nadam", {}),
        ("nadam", {"weight_decay": 0.1}),
        ("nadam", {"weight_decay": 0.1, "decoupled_weight_decay": True}),
        ("nadam", {"maximize": True}),
        ("nadam", {"lr": 0.01, "betas": [0.8, 0.99], "eps": 1e-6, "momentum_decay": 0.01}),
        # RAdam's rectification switches on at step 6 (rho_t > 5); 10 steps show it on for longer
        ("radam", {}, 10),
        ("radam", {"weight_decay": 0.1}),
        ("radam", {"weight_decay": 0.1, "decoupled_weight_decay": True}),
        ("radam", {"maximize": True}),
        ("radam", {"lr": 0.01, "betas": [0.8, 0.99], "eps": 1e-6}, 10),
        ("rprop", {}),
        ("rprop", {"lr": 0.01, "etas": [0.3, 1.5], "step_sizes": [1e-3, 0.02]}),
        ("rprop", {"maximize": True}),
        ("asgd", {}),
        ("asgd", {"weight_decay": 0.1}),
        ("asgd", {"maximize": True}),
        # averaging starts after t0 = 2 steps
        ("asgd", {"lr": 0.05, "lambd": 0.01, "alpha": 0.5, "t0": 2}),
        ("adamw", {"lr": 0.01, "betas": [0.85, 0.95], "eps": 1e-6}),
    ]
    torch.manual_seed(7)
    cases = []
    for name, params, *steps in specs:
        initial = torch.randn(2, 3)
        grads = [torch.randn(2, 3) for _ in range(steps[0] if steps else 6)]
        p = nn.Parameter(initial.clone())
        opt = make_optimizer([p], dict(params, name=name))
        after, averages = [], []
        for g in grads:
            p.grad = g.clone()
            opt.step()
            after.append(T(p))
            if name == "asgd":
                averages.append(T(opt.state[p]["ax"]))
        case = {"name": name, "params": params, "initial": T(initial),
                "grads": [T(g) for g in grads], "after": after}
        if averages:
            case["averages"] = averages
        cases.append(case)
    write_json(os.path.join(OUT, "optimizers.json"), {"meta": META, "cases": cases})


# ---------------------------------------------------------------------------
# schedulers.json

SCHEDULERS = {"step": torch.optim.lr_scheduler.StepLR,
              "multistep": torch.optim.lr_scheduler.MultiStepLR,
              "exponential": torch.optim.lr_scheduler.ExponentialLR,
              "cosine": torch.optim.lr_scheduler.CosineAnnealingLR,
              "cosine_warm_restarts": torch.optim.lr_scheduler.CosineAnnealingWarmRestarts,
              "linear": torch.optim.lr_scheduler.LinearLR,
              "constant": torch.optim.lr_scheduler.ConstantLR,
              "polynomial": torch.optim.lr_scheduler.PolynomialLR,
              "sequential": torch.optim.lr_scheduler.SequentialLR,
              "reduce_on_plateau": torch.optim.lr_scheduler.ReduceLROnPlateau,
              "one_cycle": torch.optim.lr_scheduler.OneCycleLR,
              "cyclic": torch.optim.lr_scheduler.CyclicLR}

# Schedulers that step after every optimizer step (interval: step); the others step per epoch.
PER_STEP = {"one_cycle", "cyclic"}


def make_scheduler(opt, spec, total_steps=None):
    """A scheduler from its run-file form; total_steps is one_cycle's (derived, not given)."""
    if spec is None:
        return None
    kwargs = {k: v for k, v in spec.items() if k != "name"}
    if spec["name"] == "sequential":
        kwargs["schedulers"] = [make_scheduler(opt, c) for c in kwargs["schedulers"]]
    if spec["name"] == "one_cycle":
        kwargs["total_steps"] = total_steps
    return SCHEDULERS[spec["name"]](opt, **kwargs)


def group_momentum(opt):
    g = opt.param_groups[0]
    return g["betas"][0] if "betas" in g else g["momentum"]


def make_schedulers():
    specs = [
        ("step", {"step_size": 3, "gamma": 0.5}),
        ("step", {"step_size": 1}),
        ("multistep", {"milestones": [5, 7], "gamma": 0.5}),
        ("multistep", {"milestones": [2, 2, 6]}),
        ("exponential", {"gamma": 0.9}),
    ]
    cases = []
    for name, params in specs:
        p = nn.Parameter(torch.zeros(1))
        opt = torch.optim.SGD([p], lr=0.1)
        sched = make_scheduler(opt, dict(params, name=name))
        lrs = [opt.param_groups[0]["lr"]]
        for _ in range(11):
            opt.step()
            sched.step()
            lrs.append(opt.param_groups[0]["lr"])
        cases.append({"name": name, "params": params, "base_lr": 0.1, "lrs": lrs})
    cases += make_more_schedulers()
    write_json(os.path.join(OUT, "schedulers.json"), {"meta": META, "cases": cases})


# The schedulers added later: over more steps, the momentum of the momentum-cycling ones
# (SGD's momentum or Adam's beta1), and reduce_on_plateau fed a fixed sequence of losses.
PLATEAU_METRICS = [1.0, 0.9, 0.85, 0.86, 0.87, 0.849, 0.85, 0.9, 0.91, 0.84, 0.95, 0.96, 0.97, 0.98,
                   0.8, 0.81, 0.82, 0.83, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9]
MORE_SCHEDULERS = [
    ("cosine", {"T_max": 10}, None),
    ("cosine", {"T_max": 7, "eta_min": 0.001}, None),
    ("cosine", {"T_max": 3, "eta_min": 0.01}, None),
    ("cosine_warm_restarts", {"T_0": 4}, None),
    ("cosine_warm_restarts", {"T_0": 2, "T_mult": 2, "eta_min": 0.005}, None),
    ("linear", {}, None),
    ("linear", {"start_factor": 0.1, "end_factor": 0.5, "total_iters": 8}, None),
    ("linear", {"start_factor": 1.0, "end_factor": 0.0, "total_iters": 12}, None),
    ("constant", {}, None),
    ("constant", {"factor": 0.5, "total_iters": 3}, None),
    ("polynomial", {}, None),
    ("polynomial", {"total_iters": 15, "power": 2.0}, None),
    ("polynomial", {"total_iters": 8, "power": 0.5}, None),
    ("sequential", {"schedulers": [{"name": "linear", "start_factor": 0.1, "total_iters": 4},
                                   {"name": "cosine", "T_max": 12}], "milestones": [4]}, None),
    ("sequential", {"schedulers": [{"name": "constant", "factor": 0.5, "total_iters": 2},
                                   {"name": "exponential", "gamma": 0.9},
                                   {"name": "step", "step_size": 3, "gamma": 0.5}], "milestones": [3, 8]}, None),
    ("reduce_on_plateau", {}, None),
    ("reduce_on_plateau", {"factor": 0.5, "patience": 1}, None),
    ("reduce_on_plateau", {"factor": 0.5, "patience": 2, "cooldown": 2, "threshold": 0.01,
                           "threshold_mode": "abs", "min_lr": 0.02}, None),
    ("reduce_on_plateau", {"mode": "max", "patience": 0, "factor": 0.3}, None),
    ("one_cycle", {"max_lr": 0.5}, {"name": "sgd", "lr": 0.1, "momentum": 0.9}),
    ("one_cycle", {"max_lr": 1.0, "pct_start": 0.25, "anneal_strategy": "linear", "div_factor": 10.0,
                   "final_div_factor": 100.0}, {"name": "sgd", "lr": 0.1, "momentum": 0.5}),
    ("one_cycle", {"max_lr": 0.01, "three_phase": True, "base_momentum": 0.8, "max_momentum": 0.9},
     {"name": "adam", "lr": 0.001}),
    ("one_cycle", {"max_lr": 0.3, "cycle_momentum": False}, {"name": "adagrad", "lr": 0.1}),
    ("cyclic", {"base_lr": 0.01, "max_lr": 0.1, "step_size_up": 4}, {"name": "sgd", "lr": 0.1, "momentum": 0.9}),
    ("cyclic", {"base_lr": 0.001, "max_lr": 0.01, "step_size_up": 3, "step_size_down": 5, "mode": "triangular2"},
     {"name": "adam", "lr": 0.001}),
    ("cyclic", {"base_lr": 0.01, "max_lr": 0.2, "step_size_up": 2, "mode": "exp_range", "gamma": 0.9,
                "base_momentum": 0.7, "max_momentum": 0.95}, {"name": "rmsprop", "lr": 0.01, "momentum": 0.5}),
    ("cyclic", {"base_lr": 0.05, "max_lr": 0.5, "step_size_up": 5, "cycle_momentum": False},
     {"name": "adagrad", "lr": 0.1}),
]


def make_more_schedulers():
    steps = 24
    cases = []
    for name, params, opt_spec in MORE_SCHEDULERS:
        p = nn.Parameter(torch.zeros(1))
        opt_spec = opt_spec or {"name": "sgd", "lr": 0.1}
        opt = make_optimizer([p], opt_spec)
        base_lr = opt.param_groups[0]["lr"]
        sched = make_scheduler(opt, dict(params, name=name), total_steps=steps)
        cycles = name in PER_STEP and params.get("cycle_momentum", True)
        lrs = [opt.param_groups[0]["lr"]]
        momentums = [group_momentum(opt)] if cycles else None
        metrics = PLATEAU_METRICS[:steps] if name == "reduce_on_plateau" else None
        for i in range(steps):
            opt.step()
            if metrics is not None:
                sched.step(metrics[i])
            else:
                sched.step()
            lrs.append(opt.param_groups[0]["lr"])
            if cycles:
                momentums.append(group_momentum(opt))
        case = {"name": name, "params": params, "base_lr": base_lr, "lrs": lrs, "optimizer": opt_spec,
                "total_steps": steps}
        if momentums is not None:
            case["momentums"] = momentums
        if metrics is not None:
            case["metrics"] = metrics
        cases.append(case)
    return cases


# ---------------------------------------------------------------------------
# training

ACTIVATIONS = {"sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "relu": nn.ReLU,
               "leaky_relu": nn.LeakyReLU, "identity": nn.Identity}


def build_model(m):
    layers = []
    prev = m["inputs"]
    for h in m["hidden"]:
        layers.append(nn.Linear(prev, h))
        if m["batch_norm"]:
            layers.append(nn.BatchNorm1d(h))
        layers.append(ACTIVATIONS[m["activation"]]())
        if m["dropout"] > 0:
            layers.append(nn.Dropout(m["dropout"]))
        prev = h
    layers.append(nn.Linear(prev, m["outputs"]))
    return nn.Sequential(*layers)


def state_json(model):
    return {k: T(v) for k, v in model.state_dict().items()
            if not k.endswith("num_batches_tracked")}


def targets_tensor(loss_name, y):
    if loss_name == "cross_entropy":
        return torch.tensor(y, dtype=torch.long)
    return torch.tensor(y, dtype=torch.float32).reshape(-1, 1)


def train(model, loss_spec, opt_spec, sched_spec, reg, batch_size, epochs,
          x_train, y_train, x_val, y_val):
    """The reference training loop. Returns epochs_out."""
    loss_name = loss_spec["name"]
    loss_fn = loss_module(loss_name, {k: v for k, v in loss_spec.items() if k != "name"})
    opt = make_optimizer(model.parameters(), opt_spec)
    n = x_train.shape[0]
    per_step = sched_spec is not None and sched_spec["name"] in PER_STEP
    iterations = (n + batch_size - 1) // batch_size
    sched = make_scheduler(opt, sched_spec, total_steps=epochs * iterations if per_step else epochs)
    ytr = targets_tensor(loss_name, y_train)
    yva = targets_tensor(loss_name, y_val)
    linear_weights = [m.weight for m in model if isinstance(m, nn.Linear)]
    l1, l2 = reg["l1"], reg["l2"]
    epochs_out = []
    for epoch in range(1, epochs + 1):
        model.train()
        lr = opt.param_groups[0]["lr"]
        train_loss = 0.0
        step_lrs = []
        for i in range(0, n, batch_size):
            xb = x_train[i:i + batch_size]
            yb = ytr[i:i + batch_size]
            if any(isinstance(m, nn.BatchNorm1d) for m in model):
                assert len(xb) > 1
            opt.zero_grad()
            out = model(xb)
            data_loss = loss_fn(out, yb)
            objective = data_loss
            if l1 != 0:
                objective = objective + l1 * sum(w.abs().sum() for w in linear_weights)
            if l2 != 0:
                objective = objective + l2 * sum((w ** 2).sum() for w in linear_weights)
            objective.backward()
            opt.step()
            if per_step:
                step_lrs.append(opt.param_groups[0]["lr"])
                sched.step()
            train_loss += data_loss.item() * len(xb)
        train_loss /= n
        model.eval()
        with torch.no_grad():
            vout = model(x_val)
            val_loss = loss_fn(vout, yva).item()
            if loss_name == "cross_entropy":
                correct = (vout.argmax(dim=1) == yva).sum().item()
                val_acc = correct / len(yva)
            elif loss_name == "bce":
                correct = ((vout > 0).float() == yva).sum().item()
                val_acc = correct / len(yva)
            else:
                val_acc = None
        if sched is not None and not per_step:
            if sched_spec["name"] == "reduce_on_plateau":
                sched.step(val_loss)
            else:
                sched.step()
        epochs_out.append({"epoch": epoch, "lr": lr, "train_loss": train_loss,
                           "val_loss": val_loss, "val_accuracy": val_acc})
        if per_step:
            epochs_out[-1]["step_lrs"] = step_lrs
    return epochs_out


def make_data(kind, n_train, n_val, inputs, classes, seed):
    """Returns x_train, y_train(list), x_val, y_val(list)."""
    g = torch.Generator().manual_seed(seed)
    n = n_train + n_val
    x = torch.randn(n, inputs, generator=g)
    if kind == "cross_entropy":
        w = torch.randn(inputs, classes, generator=g)
        scores = x @ w + 0.3 * torch.randn(n, classes, generator=g)
        y = scores.argmax(dim=1).tolist()
    elif kind == "bce":
        w = torch.randn(inputs, generator=g)
        logits = x @ w + 0.2 + 0.3 * torch.randn(n, generator=g)
        y = (logits > 0).to(torch.float64).tolist()
    else:
        w = torch.randn(inputs, generator=g)
        t = x @ w * 0.7 + torch.sin(x[:, 0]) - 0.3 * x[:, 1] * x[:, 2] \
            + 0.1 * torch.randn(n, generator=g)
        y = t.to(torch.float64).tolist()  # exact float32 values
    return x[:n_train], y[:n_train], x[n_train:], y[n_train:]


TRAINING_CASES = [
    dict(name="ce_relu_sgd_momentum",
         model=dict(inputs=5, hidden=[8, 6], outputs=3, activation="relu",
                    batch_norm=False, dropout=0.0),
         loss={"name": "cross_entropy"},
         optimizer={"name": "sgd", "lr": 0.1, "momentum": 0.9},
         scheduler={"name": "step", "step_size": 2, "gamma": 0.5},
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=8, epochs=5, n_train=48, n_val=20),
    dict(name="ce_tanh_adam_l1l2",
         model=dict(inputs=4, hidden=[10], outputs=3, activation="tanh",
                    batch_norm=False, dropout=0.0),
         loss={"name": "cross_entropy", "label_smoothing": 0.1},
         optimizer={"name": "adam", "lr": 0.01},
         scheduler=None,
         regularization={"l1": 1e-3, "l2": 1e-2},
         batch_size=16, epochs=5, n_train=56, n_val=20),
    dict(name="ce_bn_relu_rmsprop",
         model=dict(inputs=6, hidden=[8, 8], outputs=3, activation="relu",
                    batch_norm=True, dropout=0.0),
         loss={"name": "cross_entropy"},
         optimizer={"name": "rmsprop", "lr": 0.01, "momentum": 0.5, "centered": True},
         scheduler=None,
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=10, epochs=5, n_train=50, n_val=20),
    dict(name="bce_sigmoid_adagrad",
         model=dict(inputs=5, hidden=[6], outputs=1, activation="sigmoid",
                    batch_norm=False, dropout=0.0),
         loss={"name": "bce"},
         optimizer={"name": "adagrad", "lr": 0.1, "lr_decay": 0.01, "weight_decay": 0.001},
         scheduler=None,
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=48, epochs=6, n_train=48, n_val=20,
         data_seed=110),  # a seed whose validation accuracy moves during training
    dict(name="mse_leaky_adamw_multistep",
         model=dict(inputs=4, hidden=[8, 4], outputs=1, activation="leaky_relu",
                    batch_norm=False, dropout=0.0),
         loss={"name": "mse"},
         optimizer={"name": "adamw", "lr": 0.01, "amsgrad": True},
         scheduler={"name": "multistep", "milestones": [2, 4], "gamma": 0.3},
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=7, epochs=5, n_train=40, n_val=20),
    dict(name="huber_identity_sgd_nesterov",
         model=dict(inputs=5, hidden=[5], outputs=1, activation="identity",
                    batch_norm=False, dropout=0.0),
         loss={"name": "huber", "delta": 0.5},
         optimizer={"name": "sgd", "lr": 0.05, "momentum": 0.9, "nesterov": True,
                    "weight_decay": 0.01},
         scheduler={"name": "exponential", "gamma": 0.8},
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=1, epochs=4, n_train=20, n_val=20),
    dict(name="smoothl1_tanh_adam_bn",
         model=dict(inputs=6, hidden=[6, 6], outputs=1, activation="tanh",
                    batch_norm=True, dropout=0.0),
         loss={"name": "smooth_l1", "beta": 0.5},
         optimizer={"name": "adam", "lr": 0.005, "weight_decay": 0.01},
         scheduler=None,
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=16, epochs=4, n_train=48, n_val=20),
    dict(name="mae_sigmoid_sgd_batch_full",
         model=dict(inputs=4, hidden=[4], outputs=1, activation="sigmoid",
                    batch_norm=False, dropout=0.0),
         loss={"name": "mae"},
         optimizer={"name": "sgd", "lr": 0.2},
         scheduler=None,
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=44, epochs=5, n_train=44, n_val=20),
    # The batch-norm + RMSprop case again with weight decay, which dominates the rounding noise
    # of the biases before batch norm: every value is compared strictly.
    dict(name="ce_bn_relu_rmsprop_wd",
         model=dict(inputs=6, hidden=[8, 8], outputs=3, activation="relu",
                    batch_norm=True, dropout=0.0),
         loss={"name": "cross_entropy"},
         optimizer={"name": "rmsprop", "lr": 0.01, "momentum": 0.5, "centered": True,
                    "weight_decay": 0.01},
         scheduler=None,
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=10, epochs=5, n_train=50, n_val=20),
    # Schedulers that step after every optimizer step and cycle the momentum, and a warm-up.
    dict(name="ce_relu_sgd_momentum_one_cycle",
         model=dict(inputs=5, hidden=[8, 6], outputs=3, activation="relu",
                    batch_norm=False, dropout=0.0),
         loss={"name": "cross_entropy"},
         optimizer={"name": "sgd", "lr": 0.1, "momentum": 0.9},
         scheduler={"name": "one_cycle", "max_lr": 0.3},
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=8, epochs=4, n_train=44, n_val=20),
    dict(name="mse_tanh_adam_sequential_warmup_cosine",
         model=dict(inputs=4, hidden=[8], outputs=1, activation="tanh",
                    batch_norm=False, dropout=0.0),
         loss={"name": "mse"},
         optimizer={"name": "adam", "lr": 0.02},
         scheduler={"name": "sequential",
                    "schedulers": [{"name": "linear", "start_factor": 0.1, "total_iters": 2},
                                   {"name": "cosine", "T_max": 4, "eta_min": 0.001}],
                    "milestones": [2]},
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=10, epochs=6, n_train=40, n_val=20),
    dict(name="ce_sigmoid_adamw_cyclic",
         model=dict(inputs=4, hidden=[6], outputs=3, activation="sigmoid",
                    batch_norm=False, dropout=0.0),
         loss={"name": "cross_entropy"},
         optimizer={"name": "adamw", "lr": 0.01},
         scheduler={"name": "cyclic", "base_lr": 0.005, "max_lr": 0.05, "step_size_up": 3,
                    "mode": "triangular2"},
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=12, epochs=4, n_train=48, n_val=20),
    # Adam without weight decay and batch norm: the biases before batch norm are driven by the
    # rounding noise of their gradients (exactly zero in exact arithmetic), which Adam divides
    # by its own magnitude; they match only if batch norm rounds as PyTorch's kernel does.
    dict(name="ce_bn_relu_adam",
         model=dict(inputs=6, hidden=[8, 8], outputs=3, activation="relu",
                    batch_norm=True, dropout=0.0),
         loss={"name": "cross_entropy"},
         optimizer={"name": "adam", "lr": 0.01},
         scheduler=None,
         regularization={"l1": 0.0, "l2": 0.0},
         batch_size=10, epochs=5, n_train=50, n_val=20),
]


def make_training():
    cases = []
    for idx, c in enumerate(TRAINING_CASES):
        loss_name = c["loss"]["name"]
        x_train, y_train, x_val, y_val = make_data(
            loss_name, c["n_train"], c["n_val"], c["model"]["inputs"],
            c["model"]["outputs"], seed=c.get("data_seed", 100 + idx))
        torch.manual_seed(500 + idx)
        model = build_model(c["model"])
        save_file(model.state_dict(), os.path.join(OUT, "training_%s.safetensors" % c["name"]))
        initial_state = state_json(model)
        epochs_out = train(model, c["loss"], c["optimizer"], c["scheduler"],
                           c["regularization"], c["batch_size"], c["epochs"],
                           x_train, y_train, x_val, y_val)
        cases.append({
            "name": c["name"], "model": c["model"], "loss": c["loss"],
            "optimizer": c["optimizer"], "scheduler": c["scheduler"],
            "regularization": c["regularization"], "batch_size": c["batch_size"],
            "epochs": c["epochs"],
            "x_train": T(x_train), "y_train": y_train, "x_val": T(x_val), "y_val": y_val,
            "initial_state": initial_state, "epochs_out": epochs_out,
            "final_state": state_json(model),
        })
    write_json(os.path.join(OUT, "training.json"), {"meta": META, "cases": cases})


# ---------------------------------------------------------------------------
# ema: AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(decay)), updated after every
# optimizer step, evaluated after every epoch beside the trained model.

EMA_CASE = dict(model=dict(inputs=5, hidden=[8, 6], outputs=3, activation="relu",
                           batch_norm=True, dropout=0.0),
                optimizer={"name": "sgd", "lr": 0.1, "momentum": 0.9},
                decay=0.8, batch_size=10, epochs=4, n_train=50, n_val=20)


def make_ema():
    from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn
    c = EMA_CASE
    x_train, y_train, x_val, y_val = make_data("cross_entropy", c["n_train"], c["n_val"],
                                               c["model"]["inputs"], c["model"]["outputs"], seed=1200)
    torch.manual_seed(1201)
    model = build_model(c["model"])
    save_file(model.state_dict(), os.path.join(OUT, "ema_start.safetensors"))
    ema = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(c["decay"]))
    opt = make_optimizer(model.parameters(), c["optimizer"])
    loss_fn = nn.CrossEntropyLoss()
    ytr = torch.tensor(y_train, dtype=torch.long)
    yva = torch.tensor(y_val, dtype=torch.long)
    b = c["batch_size"]
    epochs_out = []

    def measure(m):
        m.eval()
        with torch.no_grad():
            out = m(x_val)
            return loss_fn(out, yva).item(), (out.argmax(dim=1) == yva).sum().item() / len(yva)

    for epoch in range(1, c["epochs"] + 1):
        model.train()
        for i in range(0, c["n_train"], b):
            opt.zero_grad()
            loss_fn(model(x_train[i:i + b]), ytr[i:i + b]).backward()
            opt.step()
            ema.update_parameters(model)
        val_loss, val_acc = measure(model)
        ema_loss, ema_acc = measure(ema)
        epochs_out.append({"epoch": epoch, "val_loss": val_loss, "val_accuracy": val_acc,
                           "ema_val_loss": ema_loss, "ema_val_accuracy": ema_acc})
    write_json(os.path.join(OUT, "ema.json"), {
        "meta": META, "model": c["model"], "optimizer": c["optimizer"], "decay": c["decay"],
        "batch_size": b, "epochs": c["epochs"],
        "x_train": T(x_train), "y_train": y_train, "x_val": T(x_val), "y_val": y_val,
        "epochs_out": epochs_out, "final_state": state_json(model),
        "ema_state": state_json(ema.module), "n_averaged": int(ema.n_averaged)})


# ---------------------------------------------------------------------------
# e2e

RUN_YAML = """\
name: e2e
data: {csv: train.csv, test_csv: val.csv, target: label, task: classification, scale: none}
model: {hidden: [16, 8], activation: relu}
loss: cross_entropy
optimizer: {name: adam, lr: 0.01}
batch_size: 16
scheduler: {name: step, step_size: 2, gamma: 0.5}
epochs: 6
shuffle: false
seed: 1
init_from: start.safetensors
checkpoint: true
"""


def write_csv(path, x, y):
    with open(path, "w") as f:
        f.write("f0,f1,f2,f3,label\n")
        for row, label in zip(x.to(torch.float64).tolist(), y):
            f.write(",".join(repr(v) for v in row) + ",%d\n" % label)


def make_e2e():
    os.makedirs(E2E, exist_ok=True)
    x_train, y_train, x_val, y_val = make_data("cross_entropy", 60, 20, 4, 3, seed=900)
    write_csv(os.path.join(E2E, "train.csv"), x_train, y_train)
    write_csv(os.path.join(E2E, "val.csv"), x_val, y_val)
    mspec = dict(inputs=4, hidden=[16, 8], outputs=3, activation="relu",
                 batch_norm=False, dropout=0.0)
    torch.manual_seed(901)
    model = build_model(mspec)
    save_file(model.state_dict(), os.path.join(E2E, "start.safetensors"))
    epochs_out = train(model, {"name": "cross_entropy"}, {"name": "adam", "lr": 0.01},
                       {"name": "step", "step_size": 2, "gamma": 0.5},
                       {"l1": 0.0, "l2": 0.0}, 16, 6, x_train, y_train, x_val, y_val)
    write_json(os.path.join(E2E, "expected_epochs.json"),
               {"meta": META, "epochs_out": epochs_out})
    with open(os.path.join(E2E, "run.yaml"), "w") as f:
        f.write(RUN_YAML)


# ---------------------------------------------------------------------------
# layer lists

def build_layer_list(inputs, modules):
    """nn.Sequential of the modules; named when any module has a name (an OrderedDict whose
    unnamed entries keep their index as their name)."""
    from collections import OrderedDict
    out = []
    width = inputs
    for i, m in enumerate(modules):
        k = m["kind"]
        if k == "linear":
            mod = nn.Linear(width, m["width"], bias=m.get("bias", True))
            width = m["width"]
        elif k == "softmax":
            mod = nn.Softmax(dim=1)
        elif k == "log_softmax":
            mod = nn.LogSoftmax(dim=1)
        elif k == "batch_norm":
            mod = nn.BatchNorm1d(width)
        elif k == "leaky_relu":
            mod = nn.LeakyReLU(m["negative_slope"])
        else:
            mod = {"sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "relu": nn.ReLU, "elu": nn.ELU,
                   "gelu": nn.GELU, "silu": nn.SiLU}[k]()
        out.append((m.get("name", str(i)), mod))
    return nn.Sequential(OrderedDict(out))


def layer_list_loss(name):
    return {"cross_entropy": nn.CrossEntropyLoss(), "nll": nn.NLLLoss(), "bce": nn.BCELoss(),
            "bce_logits": nn.BCEWithLogitsLoss()}[name]


def train_layer_list(model, loss_name, opt_spec, batch_size, epochs, x_train, y_train, x_val, y_val):
    loss_fn = layer_list_loss(loss_name)
    opt = make_optimizer(model.parameters(), opt_spec)
    classes = loss_name in ("cross_entropy", "nll")
    ytr = torch.tensor(y_train, dtype=torch.long) if classes else torch.tensor(y_train, dtype=torch.float32).reshape(-1, 1)
    yva = torch.tensor(y_val, dtype=torch.long) if classes else torch.tensor(y_val, dtype=torch.float32).reshape(-1, 1)
    n = x_train.shape[0]
    epochs_out = []
    for epoch in range(1, epochs + 1):
        model.train()
        lr = opt.param_groups[0]["lr"]
        train_loss = 0.0
        for i in range(0, n, batch_size):
            xb, yb = x_train[i:i + batch_size], ytr[i:i + batch_size]
            opt.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            opt.step()
            train_loss += loss.item() * len(xb)
        model.eval()
        with torch.no_grad():
            vout = model(x_val)
            val_loss = loss_fn(vout, yva).item()
            if classes:
                pred = vout.argmax(dim=1)
            else:
                pred = (vout > (0.5 if loss_name == "bce" else 0)).float()
            val_acc = (pred == yva).sum().item() / len(yva)
        epochs_out.append({"epoch": epoch, "lr": lr, "train_loss": train_loss / n,
                           "val_loss": val_loss, "val_accuracy": val_acc})
    return epochs_out


LAYER_LIST_CASES = [
    # Named modules, mixed activations, a Linear without bias, softmax + cross_entropy (the
    # cross-entropy of the probabilities).
    dict(name="named_mixed_softmax_ce", inputs=4, classes=3,
         modules=[{"kind": "linear", "width": 6, "name": "linear1"}, {"kind": "tanh"},
                  {"kind": "linear", "width": 5, "bias": False, "name": "linear2"},
                  {"kind": "leaky_relu", "negative_slope": 0.2},
                  {"kind": "linear", "width": 4, "name": "hidden3"}, {"kind": "elu"},
                  {"kind": "linear", "width": 3, "name": "out"}, {"kind": "softmax"}],
         loss="cross_entropy", optimizer={"name": "sgd", "lr": 0.5, "momentum": 0.9},
         batch_size=8, epochs=5, n_train=48, n_val=20),
    # Unnamed (nn.Sequential indices), batch norm after an activation, log_softmax + nll.
    dict(name="log_softmax_nll", inputs=5, classes=3,
         modules=[{"kind": "linear", "width": 8}, {"kind": "silu"}, {"kind": "batch_norm"},
                  {"kind": "linear", "width": 6, "bias": False}, {"kind": "sigmoid"},
                  {"kind": "linear", "width": 3}, {"kind": "log_softmax"}],
         loss="nll", optimizer={"name": "adam", "lr": 0.02},
         batch_size=10, epochs=5, n_train=50, n_val=20),
    # One sigmoid output with nn.BCELoss.
    dict(name="sigmoid_bce", inputs=4, classes=2,
         modules=[{"kind": "linear", "width": 6, "name": "hidden"}, {"kind": "gelu"},
                  {"kind": "linear", "width": 1, "bias": False, "name": "out"}, {"kind": "sigmoid"}],
         loss="bce", optimizer={"name": "sgd", "lr": 0.5},
         batch_size=12, epochs=6, n_train=48, n_val=20),
    # The nn.Sequential: Linear(3,3), Sigmoid(), Linear(3,2,bias=False), ReLU(),
    # Linear(2,2), Softmax(dim=1), trained with cross_entropy.
    dict(name="tutorial_sequential", inputs=3, classes=2,
         modules=[{"kind": "linear", "width": 3}, {"kind": "sigmoid"},
                  {"kind": "linear", "width": 2, "bias": False}, {"kind": "relu"},
                  {"kind": "linear", "width": 2}, {"kind": "softmax"}],
         loss="cross_entropy", optimizer={"name": "sgd", "lr": 1.0},
         batch_size=8, epochs=6, n_train=40, n_val=20),
]


class TutorialModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear1 = nn.Linear(3, 3)
        nn.init.xavier_normal_(self.linear1.weight)
        nn.init.zeros_(self.linear1.bias)
        self.linear2 = nn.Linear(3, 2)
        nn.init.kaiming_normal_(self.linear2.weight, nonlinearity="relu")
        nn.init.zeros_(self.linear2.bias)
        self.out = nn.Linear(2, 2)

    def forward(self, x):
        x = torch.sigmoid(self.linear1(x))
        x = torch.relu(self.linear2(x))
        return torch.softmax(self.out(x), dim=1)


def make_layer_lists():
    cases = []
    for idx, c in enumerate(LAYER_LIST_CASES):
        kind = "bce" if c["loss"] == "bce" else "cross_entropy"
        x_train, y_train, x_val, y_val = make_data(kind, c["n_train"], c["n_val"], c["inputs"],
                                                   c["classes"], seed=1200 + idx)
        torch.manual_seed(1300 + idx)
        model = build_layer_list(c["inputs"], c["modules"])
        save_file(model.state_dict(), os.path.join(OUT, "layer_list_%s.safetensors" % c["name"]))
        initial_state = state_json(model)
        epochs_out = train_layer_list(model, c["loss"], c["optimizer"], c["batch_size"], c["epochs"],
                                      x_train, y_train, x_val, y_val)
        cases.append({k: c[k] for k in ("name", "inputs", "classes", "modules", "loss", "optimizer",
                                         "batch_size", "epochs")} | {
            "x_train": T(x_train), "y_train": y_train, "x_val": T(x_val), "y_val": y_val,
            "initial_state": initial_state, "epochs_out": epochs_out, "final_state": state_json(model)})
    torch.manual_seed(0)
    model = TutorialModel()
    x = torch.randn(5, 3)
    with torch.no_grad():
        probabilities = model(x)
    demo = {"state": state_json(model), "x": T(x), "probabilities": T(probabilities),
            "named_parameters": [name for name, _ in model.named_parameters()]}
    # nn.BCELoss at the edges: the log clamp at -100 and the gradient's 1e-12 floor.
    p = leaf(torch.tensor([[1e-7], [0.3], [1 - 1e-7], [1.0], [0.0], [0.5]]))
    y = torch.tensor([[0.0], [1.0], [0.0], [0.0], [1.0], [1.0]])
    loss = nn.BCELoss()(p, y)
    loss.backward()
    bce = {"input": T(p), "target": T(y), "loss": loss.item(), "grad": T(p.grad)}
    write_json(os.path.join(OUT, "layer_lists.json"), {"meta": META, "cases": cases, "demo": demo, "bce_loss": bce})


LOSS_PAIRS = [
    # A last batch of 5 of 45 samples: a batch size that is not a power of two.
    dict(name="ce", inputs=4, classes=2, width=2,
         members=[("logits", "cross_entropy", []), ("log_softmax", "nll", [{"kind": "log_softmax"}])]),
    dict(name="bce", inputs=4, classes=2, width=1,
         members=[("logit", "bce_logits", []), ("sigmoid", "bce", [{"kind": "sigmoid"}])]),
]


def make_loss_pairs():
    cases = []
    for idx, c in enumerate(LOSS_PAIRS):
        kind = "cross_entropy" if c["name"] == "ce" else "bce"
        x_train, y_train, x_val, y_val = make_data(kind, 45, 20, c["inputs"], c["classes"], seed=1400 + idx)
        base = [{"kind": "linear", "width": 6}, {"kind": "tanh"}, {"kind": "linear", "width": c["width"]}]
        torch.manual_seed(1500 + idx)
        start = build_layer_list(c["inputs"], base).state_dict()
        save_file(start, os.path.join(OUT, "loss_pair_%s.safetensors" % c["name"]))
        members = []
        for label, loss_name, tail in c["members"]:
            model = build_layer_list(c["inputs"], base + tail)
            model.load_state_dict(start)
            epochs_out = train_layer_list(model, loss_name, {"name": "sgd", "lr": 0.5}, 8, 8,
                                          x_train, y_train, x_val, y_val)
            members.append({"label": label, "loss": loss_name, "modules": base + tail,
                            "epochs_out": epochs_out, "final_state": state_json(model)})
        a, b = members[0]["epochs_out"], members[1]["epochs_out"]
        rel = {k: max(abs(x[k] - y[k]) / max(abs(x[k]), abs(y[k])) for x, y in zip(a, b))
               for k in ("train_loss", "val_loss")}
        cases.append({"name": c["name"], "inputs": c["inputs"], "classes": c["classes"], "batch_size": 8,
                      "epochs": 8, "lr": 0.5, "x_train": T(x_train), "y_train": y_train,
                      "x_val": T(x_val), "y_val": y_val, "members": members, "max_rel_difference": rel})
    write_json(os.path.join(OUT, "loss_pairs.json"), {"meta": META, "cases": cases})


PARTS = {"layers": make_layers, "losses": make_losses, "optimizers": make_optimizers,
         "schedulers": make_schedulers, "training": make_training, "e2e": make_e2e,
         "layer_lists": make_layer_lists, "ema": make_ema, "loss_pairs": make_loss_pairs}


def main():
    import sys
    os.makedirs(OUT, exist_ok=True)
    names = sys.argv[1:] or list(PARTS)
    for name in names:
        if name not in PARTS:
            sys.exit("unknown part %r; parts: %s" % (name, ", ".join(PARTS)))
    for name in names:
        PARTS[name]()


if __name__ == "__main__":
    main()
