"""The numbers behind results/README.md ("What the experiments show"), computed from the committed
results/*/runs.csv and layers.csv, so that every sentence there can be checked.

    python3 scripts/experiment_stats.py            (needs numpy and scipy)

Each comparison "A against B" pairs the runs of A and B that share every other axis value and
the seed (the starts are paired, see docs/run-file.md). The unit of replication is the seed:
when the pairs span other axes too, their differences are first averaged within each seed, and
the test is over the seeds. It prints: the means of A and B, the mean difference A - B with its
95% Student t interval, the two-sided paired t-test's p-value, how many seeds (or pairs, when
the seed is the only key) there are and in how many the difference goes against its sign (A
worse than B when A is better on average), and the verdict: significant, else equivalent
within the default margin (±0.01 for an accuracy, ±5 % of B's mean otherwise; two one-sided
tests), else inconclusive. Means of a setting are over seeds (and the axes named).
"""

import csv
import math
import os
import sys
import warnings

from scipy import stats

# Runs that agree to many digits (a gap of 2e-5 in every seed) make scipy warn about precision.
warnings.filterwarnings("ignore", message="Precision loss occurred")

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "results")


def runs(name):
    with open(os.path.join(ROOT, name, "runs.csv"), newline="") as f:
        return list(csv.DictReader(f))


def num(r, col):
    v = r.get(col, "")
    return float(v) if v not in ("", None) and r["status"] == "ok" else math.nan


def select(rows, **where):
    return [r for r in rows if all(r[k] == v for k, v in where.items())]


def mean_ci(xs):
    xs = [x for x in xs if not math.isnan(x)]
    n = len(xs)
    m = sum(xs) / n
    if n < 2:
        return m, math.nan, math.nan, n
    sd = stats.tstd(xs)
    h = stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n)
    return m, m - h, m + h, n


def fmt(x, d=4):
    return "nan" if math.isnan(x) else f"{x:.{d}f}"


def describe(label, xs, d=4):
    m, lo, hi, n = mean_ci(xs)
    print(f"  {label}: mean {fmt(m, d)} [95% {fmt(lo, d)}, {fmt(hi, d)}], n={n}")


def paired(rows, col, axis, a, b, keys, label=None, d=4):
    """A - B on `col`, runs paired by the values of `keys` (other axes and seed).

    The unit of replication is the seed: runs of one seed share its initial weights (and batch
    order) across the other axes, so they are not independent. When `keys` holds other axes
    besides the seed, the paired differences are first averaged within each seed (over the
    other axes' values both A and B ran), and the test, the interval and the count against are
    over the seeds."""
    A = {tuple(r[k] for k in keys): num(r, col) for r in rows if r[axis] == a}
    B = {tuple(r[k] for k in keys): num(r, col) for r in rows if r[axis] == b}
    common = sorted(k for k in A if k in B and not math.isnan(A[k]) and not math.isnan(B[k]))
    pooled = ""
    if "seed" in keys and len(keys) > 1:
        si = keys.index("seed")
        by_seed = {}
        for k in common:
            by_seed.setdefault(k[si], []).append(k)
        seeds = sorted(by_seed)
        x = [sum(A[k] for k in by_seed[sd]) / len(by_seed[sd]) for sd in seeds]
        y = [sum(B[k] for k in by_seed[sd]) / len(by_seed[sd]) for sd in seeds]
        pooled = f" (seed means of {len(common)} pairs)"
        unit = "seeds"
    else:
        x = [A[k] for k in common]
        y = [B[k] for k in common]
        unit = "pairs"
    diff = [p - q for p, q in zip(x, y)]
    m, lo, hi, n = mean_ci(diff)
    if n >= 2 and stats.tstd(diff) > 0:
        p = stats.ttest_rel(x, y).pvalue
    else:
        p = 1.0 if all(v == 0 for v in diff) else 0.0
    against = sum(1 for v in diff if (v < 0 if m > 0 else v > 0))
    # The verdict of docs/compare-and-gate.md, per comparison: a significant difference, else
    # equivalent within the default margin (two one-sided tests), else inconclusive.
    margin = 0.01 if col.endswith("accuracy") else 0.05 * abs(sum(y) / n)
    p_equiv = math.nan
    if n >= 2 and stats.tstd(diff) > 0:
        se = stats.tstd(diff) / math.sqrt(n)
        p_equiv = max(stats.t.sf((m + margin) / se, n - 1), stats.t.cdf((m - margin) / se, n - 1))
    if p < 0.05:
        sig = "significant"
    elif p_equiv < 0.05:
        sig = f"equivalent within ±{margin:.3g}, TOST p={p_equiv:.2g}"
    else:
        sig = f"inconclusive, TOST p={p_equiv:.2g} against ±{margin:.3g}"
    print(f"  {label or f'{a} - {b}'} on {col}: {fmt(sum(x) / n, d)} vs {fmt(sum(y) / n, d)}, "
          f"difference {fmt(m, d)} [95% {fmt(lo, d)}, {fmt(hi, d)}], paired t p={p:.3g} ({sig}), "
          f"{n} {unit}{pooled}, {against} against")


def optimizers():
    print("== optimizers (digits, 4 init x 7 optimizers x 3 schedulers x 5 seeds)")
    rows = runs("optimizers")
    acc = "final_val_accuracy"
    zero = [num(r, acc) for r in select(rows, init="zero")]
    print(f"  zero init: {len(zero)} runs, min {min(zero):.4f}, max {max(zero):.4f}")
    for init in ["normal", "xavier", "he"]:
        for opt in ["BGD", "SGD", "MBGD", "Momentum", "AdaGrad", "RMSprop", "Adam"]:
            describe(f"{init}/{opt} (over schedulers and seeds)", [num(r, acc) for r in select(rows, init=init, optimizer=opt)])
    n = select(rows, init="normal")
    paired(n, acc, "optimizer", "AdaGrad", "RMSprop", ["scheduler", "seed"], "normal init: AdaGrad - RMSprop")
    x = [r for r in rows if r["init"] in ("xavier", "he")]
    for opt in ["SGD", "MBGD", "Momentum", "AdaGrad", "RMSprop", "Adam"]:
        paired(x, acc, "optimizer", opt, "BGD", ["init", "scheduler", "seed"], f"xavier+he: {opt} - BGD")
    nobgd = [r for r in rows if r["optimizer"] != "BGD" and r["init"] in ("xavier", "he")]
    paired(nobgd, acc, "init", "he", "xavier", ["optimizer", "scheduler", "seed"], "he - xavier (all but BGD)")
    paired(select(rows, init="he"), acc, "optimizer", "Momentum", "Adam", ["scheduler", "seed"], "he: Momentum - Adam")


def initializers():
    print("== initializers (digits, 8 x 32 layers, 5 init x 3 activations x 5 seeds)")
    rows = runs("initializers")
    acc = "final_val_accuracy"
    for act in ["sigmoid", "tanh", "relu"]:
        for init in ["zero", "normal", "uniform", "xavier", "he"]:
            sel = select(rows, init=init, **{"model.activation": act})
            bad = sum(1 for r in sel if r["status"] != "ok")
            describe(f"{init}/{act}" + (f" ({bad} of {len(sel)} diverged)" if bad else ""), [num(r, acc) for r in sel])
    paired(select(rows, **{"model.activation": "tanh"}), acc, "init", "he", "xavier", ["seed"], "tanh: he - xavier")
    paired(select(rows, **{"model.activation": "relu"}), acc, "init", "he", "xavier", ["seed"], "relu: he - xavier (seeds where both ended ok)")
    with open(os.path.join(ROOT, "initializers", "layers.csv"), newline="") as f:
        layers = [r for r in csv.DictReader(f) if r["stage"] == "init"]
    for act in ["tanh", "relu", "sigmoid"]:
        for init in ["normal", "xavier", "he"]:
            sel = [r for r in layers if r["init"] == init and r["model.activation"] == act]
            depths = sorted({int(r["depth"]) for r in sel})
            first = [float(r["activation_std"]) for r in sel if int(r["depth"]) == depths[0]]
            last_hidden = [float(r["activation_std"]) for r in sel if int(r["depth"]) == depths[-2]]
            g_first = [float(r["grad_norm"]) for r in sel if int(r["depth"]) == depths[0]]
            g_last = [float(r["grad_norm"]) for r in sel if int(r["depth"]) == depths[-1]]
            avg = lambda v: sum(v) / len(v)
            print(f"  layers at init, {init}/{act}: activation std layer 1 {avg(first):.3g} -> layer {depths[-2]} {avg(last_hidden):.3g}; "
                  f"weight-gradient norm layer 1 {avg(g_first):.3g}, last {avg(g_last):.3g} (means over 5 seeds)")


def schedulers():
    print("== schedulers (digits, SGD, 4 schedules x 3 base lr x 10 seeds)")
    rows = runs("schedulers")
    acc = "final_val_accuracy"
    for lr in ["0.3", "0.1", "0.03"]:
        sel = select(rows, **{"optimizer.lr": lr})
        for s in ["none", "step", "multistep", "exponential"]:
            describe(f"lr {lr} {s}", [num(r, acc) for r in select(sel, scheduler=s)])
        for s in ["step", "multistep", "exponential"]:
            paired(sel, acc, "scheduler", s, "none", ["seed"], f"lr {lr}: {s} - none")


def regularization():
    print("== regularization (digits, 20% training, 6 regularizers x 10 seeds)")
    rows = runs("regularization")
    acc = "final_val_accuracy"
    names = [r["regularizer"] for r in rows]
    order = list(dict.fromkeys(names))
    for g in order:
        sel = select(rows, regularizer=g)
        describe(f"{g} val accuracy", [num(r, acc) for r in sel])
        describe(f"{g} val loss", [num(r, "final_val_loss") for r in sel])
        describe(f"{g} train-eval accuracy - val accuracy (gap)",
                 [num(r, "final_train_eval_accuracy") - num(r, acc) for r in sel])
    for g in order:
        if g != "none":
            paired(rows, acc, "regularizer", g, "none", ["seed"], f"{g} - none")
            paired(rows, "final_val_loss", "regularizer", g, "none", ["seed"], f"{g} - none")
    for r in rows:
        r["gap"] = str(num(r, "final_train_eval_accuracy") - num(r, acc))
    for g in order:
        if g != "none":
            paired(rows, "gap", "regularizer", g, "none", ["seed"], f"gap {g} - none")


def losses():
    print("== losses (sine with 10% outliers, 4 losses x 10 seeds; mean absolute error on the clean test part)")
    rows = runs("losses")
    for l in ["mse", "mae", "huber", "smooth_l1"]:
        describe(f"{l} val MAE", [num(r, "final_val_mae") for r in select(rows, loss=l)])
    for l in ["mae", "huber", "smooth_l1"]:
        paired(rows, "final_val_mae", "loss", l, "mse", ["seed"], f"{l} - mse")
    paired(rows, "final_val_mae", "loss", "huber", "mae", ["seed"], "huber - mae")
    paired(rows, "final_val_mae", "loss", "smooth_l1", "mae", ["seed"], "smooth_l1 - mae")


def activations():
    print("== activations (three spirals, 5 activations x 2 init x 5 seeds)")
    rows = runs("activations")
    acc = "final_val_accuracy"
    acts = list(dict.fromkeys(r["model.activation"] for r in rows))
    for a in acts:
        describe(a, [num(r, acc) for r in select(rows, **{"model.activation": a})])
    for a in acts:
        if a != "identity":
            paired(rows, acc, "model.activation", a, "identity", ["init", "seed"], f"{a} - identity")
    paired(rows, acc, "init", "he", "xavier", ["model.activation", "seed"], "he - xavier")


def seeds():
    print("== seed-example (iris, one setting, 10 seeds)")
    xs = [num(r, "final_val_accuracy") for r in runs("seed-example")]
    describe("val accuracy", xs)
    print(f"  min {min(xs):.4f}, max {max(xs):.4f}, sd {stats.tstd(xs):.4f}")


def extended():
    print("== optimizers-extended (digits, 9 optimizers x 3 lr schedules x 5 seeds)")
    rows = runs("optimizers-extended")
    acc = "final_val_accuracy"
    for o in list(dict.fromkeys(r["optimizer"] for r in rows)):
        for s in list(dict.fromkeys(r["scheduler"] for r in rows)):
            describe(f"{o}/{s}", [num(r, acc) for r in select(rows, optimizer=o, scheduler=s)])
    for o in ["Adam", "AdamW", "NAdam", "RAdam", "Adamax", "Adadelta", "ASGD", "Rprop"]:
        paired(select(rows, scheduler="constant"), acc, "optimizer", o, "Momentum", ["seed"], f"constant lr: {o} - Momentum")
    for o in list(dict.fromkeys(r["optimizer"] for r in rows)):
        paired(select(rows, optimizer=o), acc, "scheduler", "cosine", "constant", ["seed"], f"{o}: cosine - constant")


def layer_rows(name, stage):
    with open(os.path.join(ROOT, name, "layers.csv"), newline="") as f:
        return [r for r in csv.DictReader(f) if r["stage"] == stage]


def he2015():
    print("== he-2015 (digits, 30 x 256 ReLU layers, xavier_normal vs kaiming_normal, 5 seeds)")
    rows = runs("he-2015")
    layers = layer_rows("he-2015", "init")
    for init in ["xavier", "he"]:
        ids = {r["run_id"] for r in select(rows, init=init)}
        by_run = {}
        for l in layers:
            if l["run_id"] in ids:
                by_run.setdefault(l["run_id"], {})[int(l["depth"])] = float(l["activation_std"])
        ratios = [math.log2(d[30] / d[1]) for d in by_run.values()]
        describe(f"{init}: log2(activation std layer 30 / layer 1) at init", ratios, 2)
        describe(f"{init}: final_train_loss", [num(r, "final_train_loss") for r in select(rows, init=init)])
        describe(f"{init}: final_val_accuracy", [num(r, "final_val_accuracy") for r in select(rows, init=init)])
    paired(rows, "final_val_accuracy", "init", "he", "xavier", ["seed"])


def glorot2010():
    print("== glorot-2010 (MNIST 2000, 5 x 1000 tanh/softsign, standard vs normalized init, 5 seeds)")
    rows = runs("glorot-2010")
    for stage in ["init", "final"]:
        layers = layer_rows("glorot-2010", stage)
        for act in ["tanh", "softsign"]:
            for init in ["standard", "normalized"]:
                ids = {r["run_id"] for r in select(rows, init=init, **{"model.activation": act})}
                by_run = {}
                for l in layers:
                    if l["run_id"] in ids:
                        by_run.setdefault(l["run_id"], {})[int(l["depth"])] = float(l["output_grad_std"])
                ratios = [d[1] / d[5] for d in by_run.values()]
                describe(f"{stage} {act}/{init}: output-gradient std layer 1 / layer 5", ratios, 3)
    for act in ["tanh", "softsign"]:
        sel = select(rows, **{"model.activation": act})
        for init in ["standard", "normalized"]:
            describe(f"{act}/{init}: final_val_accuracy", [num(r, "final_val_accuracy") for r in select(sel, init=init)])
        paired(sel, "final_val_accuracy", "init", "normalized", "standard", ["seed"], f"{act}: normalized - standard")


def momentum_forms():
    print("== momentum-forms (digits, 2 x 64 ReLU, 5 seeds)")
    rows = runs("momentum-forms")
    for col in ["final_val_loss", "final_val_accuracy"]:
        for o in ["pytorch-b0.9", "ema-b0.9", "ema-b0.9-same-lr", "pytorch-b0.99", "ema-b0.99", "ema-b0.99-same-lr"]:
            describe(f"{o}: {col}", [num(r, col) for r in select(rows, optimizer=o)])
        for b in ["0.9", "0.99"]:
            paired(rows, col, "optimizer", f"ema-b{b}", f"pytorch-b{b}", ["seed"])
            paired(rows, col, "optimizer", f"ema-b{b}-same-lr", f"pytorch-b{b}", ["seed"])
def epochs(name):
    """epochs.csv's rows, each with the seed of its run (from runs.csv)."""
    seed = {r["run_id"]: r["seed"] for r in runs(name)}
    with open(os.path.join(ROOT, name, "epochs.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        r["seed"] = seed[r["run_id"]]
        r["status"] = "ok"
    return rows


def holm(label, tests):
    """Holm's step-down correction over the (name, p) of one paragraph."""
    order = sorted(range(len(tests)), key=lambda i: tests[i][1])
    adjusted, running = [0.0] * len(tests), 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(tests) - rank) * tests[i][1]))
        adjusted[i] = running
    print(f"  Holm over the {len(tests)} comparisons of {label}:")
    for (name, p), q in zip(tests, adjusted):
        print(f"    {name}: p={p:.3g}, Holm-adjusted {q:.3g} ({'significant' if q < 0.05 else 'not significant'})")


def paired_p(rows, col, axis, a, b, keys, label=None, d=4):
    """paired(), returning its p-value for holm()."""
    A = {tuple(r[k] for k in keys): num(r, col) for r in rows if r[axis] == a}
    B = {tuple(r[k] for k in keys): num(r, col) for r in rows if r[axis] == b}
    common = [k for k in A if k in B and not math.isnan(A[k]) and not math.isnan(B[k])]
    diff = [A[k] - B[k] for k in common]
    paired(rows, col, axis, a, b, keys, label, d)
    if len(diff) >= 2 and stats.tstd(diff) > 0:
        return stats.ttest_rel([A[k] for k in common], [B[k] for k in common]).pvalue
    return 1.0 if all(v == 0 for v in diff) else 0.0


def first_epoch(erows, col, target):
    """Per run: the first epoch whose `col` reaches `target` (the last epoch + 1 when none)."""
    out = {}
    for r in erows:
        e = int(r["epoch"])
        out.setdefault(r["run_id"], math.inf)
        if float(r[col]) >= target:
            out[r["run_id"]] = min(out[r["run_id"]], e)
    last = max(int(r["epoch"]) for r in erows)
    return {k: (v if v != math.inf else last + 1) for k, v in out.items()}


def tutorial_model():
    print("== tutorial-model (blobs3, the tutorial's 3-3-2-2 model, softmax output vs logits, cross_entropy, 20 seeds)")
    rows = runs("tutorial-model")
    er = epochs("tutorial-model")
    reach = first_epoch(er, "val_accuracy", 0.9)
    for r in rows:
        r["epochs_to_0.9"] = str(reach[r["run_id"]])
    for e in ["1", "3", "5", "10"]:
        for r in rows:
            r[f"val_accuracy_epoch_{e}"] = next(x["val_accuracy"] for x in er if x["run_id"] == r["run_id"] and x["epoch"] == e)
    tests = []
    for col in ["final_val_accuracy", "val_accuracy_epoch_1", "val_accuracy_epoch_3", "val_accuracy_epoch_5", "val_accuracy_epoch_10", "epochs_to_0.9"]:
        for o in ["softmax", "logits"]:
            describe(f"{o} {col}", [num(r, col) for r in select(rows, output=o)])
        if col in ("final_val_accuracy", "val_accuracy_epoch_5", "epochs_to_0.9"):
            tests.append((f"softmax - logits on {col}", paired_p(rows, col, "output", "softmax", "logits", ["seed"])))
    stuck = [r["seed"] for r in rows if float(r["final_val_accuracy"]) < 0.6]
    print(f"  runs below 0.6 (output:seed): " + ", ".join(f"{r['output']}:{r['seed']}" for r in rows if float(r["final_val_accuracy"]) < 0.6))
    for o in ["softmax", "logits"]:
        print(f"  {o} per seed final val accuracy: " + ", ".join(f"{r['seed']}:{float(r['final_val_accuracy']):.3f}" for r in select(rows, output=o)))
        print(f"  {o} per seed epochs to val accuracy 0.9: " + ", ".join(f"{r['seed']}:{r['epochs_to_0.9']}" for r in select(rows, output=o)))
    holm("tutorial-model", tests)


def bias():
    print("== bias (XOR, 16-16 ReLU / tanh networks with and without bias, standard / minmax scaling, 10 seeds)")
    rows = runs("bias")
    acc = "final_val_accuracy"
    tests = []
    for scale in ["standard", "minmax"]:
        sel = select(rows, **{"data.scale": scale})
        for m in ["relu_bias", "relu_no_bias", "tanh_bias", "tanh_no_bias"]:
            xs = [num(r, acc) for r in select(sel, model=m)]
            describe(f"{scale} {m}", xs)
            print(f"    min {min(xs):.4f} max {max(xs):.4f}")
        for a in ["relu", "tanh"]:
            tests.append((f"{scale}: {a}_bias - {a}_no_bias", paired_p(sel, acc, "model", f"{a}_bias", f"{a}_no_bias", ["seed"], f"{scale}: {a} bias - no bias")))
    holm("bias", tests)


def classification_losses():
    print("== classification-losses (breast_cancer, 16 ReLU units, 5 loss forms x 20 seeds)")
    rows = runs("classification-losses")
    er = epochs("classification-losses")
    acc = "final_val_accuracy"
    forms = ["ce_logits", "softmax_ce", "log_softmax_nll", "bce_logit", "sigmoid_bce"]
    for e in ["1", "2", "5"]:
        for r in rows:
            r[f"val_accuracy_epoch_{e}"] = next(x["val_accuracy"] for x in er if x["run_id"] == r["run_id"] and x["epoch"] == e)
    reach = first_epoch(er, "val_accuracy", 0.95)
    for r in rows:
        r["epochs_to_0.95"] = str(reach[r["run_id"]])
    for f in forms:
        for col in [acc, "final_val_loss", "val_accuracy_epoch_1", "val_accuracy_epoch_2", "val_accuracy_epoch_5", "epochs_to_0.95"]:
            describe(f"{f} {col}", [num(r, col) for r in select(rows, loss=f)])
    # Equivalent pairs, epoch by epoch.
    by = {}
    for r in er:
        by.setdefault((r["loss"], r["seed"], r["epoch"]), r)
    for a, b in [("ce_logits", "log_softmax_nll"), ("bce_logit", "sigmoid_bce")]:
        worst = {c: 0.0 for c in ["train_loss", "val_loss", "train_eval_loss", "val_accuracy", "train_accuracy"]}
        same_bits = 0
        keys = [k for k in by if k[0] == a]
        for k in keys:
            x, y = by[k], by[(b,) + k[1:]]
            if all(x[c] == y[c] for c in worst):
                same_bits += 1
            for c in worst:
                u, v = float(x[c]), float(y[c])
                if u != v:
                    worst[c] = max(worst[c], abs(u - v) / max(abs(u), abs(v)))
        print(f"  {a} vs {b}: {same_bits} of {len(keys)} epoch rows identical; largest relative difference " +
              ", ".join(f"{c} {v:.2g}" for c, v in worst.items()))
    tests = []
    for col in [acc, "val_accuracy_epoch_1", "epochs_to_0.95"]:
        tests.append((f"softmax_ce - ce_logits on {col}", paired_p(rows, col, "loss", "softmax_ce", "ce_logits", ["seed"])))
    tests.append((f"bce_logit - ce_logits on {acc}", paired_p(rows, acc, "loss", "bce_logit", "ce_logits", ["seed"])))
    for f in ["ce_logits", "softmax_ce"]:
        print(f"  {f} per seed epochs to 0.95: " + ", ".join(f"{r['seed']}:{r['epochs_to_0.95']}" for r in select(rows, loss=f)))
    holm("classification-losses", tests)


def train_vs_eval():
    print("== train-vs-eval (digits, 128-128 ReLU, none / dropout 0.2 / dropout 0.5 / batch norm x batch 8 / 128, 10 seeds)")
    rows = runs("train-vs-eval")
    er = epochs("train-vs-eval")
    for r in rows:
        r["gap"] = str(num(r, "final_train_loss") - num(r, "final_train_eval_loss"))
        first = next(x for x in er if x["run_id"] == r["run_id"] and x["epoch"] == "1")
        r["gap_epoch_1"] = str(float(first["train_loss"]) - float(first["train_eval_loss"]))
    tests = []
    for b in ["8", "128"]:
        sel = select(rows, batch_size=b)
        for m in ["none", "dropout_0.2", "dropout_0.5", "batch_norm"]:
            ms = select(sel, module=m)
            for col in ["final_train_loss", "final_train_eval_loss", "final_val_loss", "gap", "gap_epoch_1", "final_val_accuracy", "final_train_accuracy", "final_train_eval_accuracy"]:
                describe(f"batch {b} {m} {col}", [num(r, col) for r in ms], 5)
            print(f"    per seed gap: " + ", ".join(f"{r['seed']}:{float(r['gap']):.4f}" for r in ms))
        for m in ["dropout_0.2", "dropout_0.5", "batch_norm"]:
            tests.append((f"batch {b}: gap {m} - none", paired_p(sel, "gap", "module", m, "none", ["seed"], f"batch {b}: gap {m} - none", 5)))
            tests.append((f"batch {b}: val accuracy {m} - none", paired_p(sel, "final_val_accuracy", "module", m, "none", ["seed"], f"batch {b}: val accuracy {m} - none")))
    holm("train-vs-eval", tests)


if __name__ == "__main__":
    which = sys.argv[1:] or ["optimizers", "initializers", "schedulers", "regularization", "losses", "activations", "seeds", "extended",
                             "he2015", "glorot2010", "momentum_forms",
                             "tutorial_model", "bias", "classification_losses", "train_vs_eval"]
    for w in which:
        globals()[w]()
