#!/usr/bin/env python3
"""Writes Tests/NNSweepKitTests/Fixtures/stats.json: reference values from SciPy for the
statistics of `nnsweep compare` (Sources/NNStatistics/Statistics).

    python3 scripts/make_stats_fixtures.py

Needs numpy and scipy (>= 1.11, for the confidence intervals of the t-tests). The output is
deterministic: fixed data sets, no random draws except the bootstrap reference, which uses a
fixed seed.
"""
import json
import os

import numpy as np
from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "NNSweepKitTests", "Fixtures", "stats.json")


def holm(p):
    """Holm's step-down adjusted p-values, in the input order (as statsmodels' multipletests)."""
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    adjusted = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adjusted[i] = running
    return adjusted.tolist()


def main():
    quantiles = []
    for df in [1, 2, 3, 4, 5, 9, 10, 29, 30, 100, 1000, 2.5, 7.3, 55.7]:
        for p in [0.5, 0.6, 0.9, 0.95, 0.975, 0.99, 0.995, 0.999, 0.025, 0.001, 1e-6]:
            quantiles.append({"df": df, "p": p, "t": float(stats.t.ppf(p, df))})

    cdf = []
    for df in [1, 2, 4, 9, 29, 1000, 3.7, 12.25]:
        for t in [-50.0, -6.0, -2.5, -1.0, -0.1, 0.0, 1e-7, 0.3, 1.0, 2.0, 4.5, 12.0, 300.0]:
            cdf.append({"df": df, "t": t, "cdf": float(stats.t.cdf(t, df)), "sf": float(stats.t.sf(t, df))})

    data_sets = [
        ([0.50, 0.52, 0.48], [0.55, 0.51, 0.53]),
        ([0.812, 0.799, 0.825, 0.806, 0.817], [0.801, 0.790, 0.809, 0.797, 0.785]),
        ([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [2.5, 3.1, 4.8, 4.9, 7.2, 6.6]),
        ([10.1, 9.7, 10.4, 10.0], [10.9, 11.3, 10.2, 11.8]),
        ([0.31, 0.29, 0.35, 0.30, 0.33, 0.28, 0.32, 0.34, 0.31, 0.30], [0.30, 0.31, 0.36, 0.29, 0.35, 0.30, 0.31, 0.36, 0.33, 0.29]),
    ]
    unequal = [
        ([0.5, 0.7], [0.4, 0.45, 0.5, 0.55, 0.42, 0.48]),
        ([3.0, 3.1, 2.9, 3.05, 3.2, 2.95, 3.0], [3.4, 2.2, 4.1]),
    ]

    welch = []
    for x, y in data_sets + unequal:
        r = stats.ttest_ind(y, x, equal_var=False)
        ci = r.confidence_interval(0.95)
        welch.append({
            "x": x, "y": y, "t": float(r.statistic), "df": float(r.df),
            "p_greater": float(stats.ttest_ind(y, x, equal_var=False, alternative="greater").pvalue),
            "p_less": float(stats.ttest_ind(y, x, equal_var=False, alternative="less").pvalue),
            "p_two_sided": float(r.pvalue),
            "ci95": [float(ci.low), float(ci.high)],
        })

    paired = []
    for x, y in data_sets:
        r = stats.ttest_rel(y, x)
        ci = r.confidence_interval(0.95)
        paired.append({
            "x": x, "y": y, "t": float(r.statistic), "df": float(r.df),
            "p_greater": float(stats.ttest_rel(y, x, alternative="greater").pvalue),
            "p_less": float(stats.ttest_rel(y, x, alternative="less").pvalue),
            "p_two_sided": float(r.pvalue),
            "ci95": [float(ci.low), float(ci.high)],
        })

    # Two one-sided tests of equivalence within +-m (TOST): H0 diff <= -m is the test of y + m
    # against x for "greater", H0 diff >= m that of y - m for "less"; for the paired test the same
    # on the shifted pairs. The detectable difference: (t(1 - alpha) + t(0.8)) * se, alpha 0.05.
    tost = []
    for kind, sets in (("welch", data_sets + unequal), ("paired", data_sets)):
        for x, y in sets:
            for m in (0.01, 0.05, 0.5, 2.0):
                yp = [v + m for v in y]
                ym = [v - m for v in y]
                if kind == "welch":
                    lower = stats.ttest_ind(yp, x, equal_var=False, alternative="greater")
                    upper = stats.ttest_ind(ym, x, equal_var=False, alternative="less")
                    r = stats.ttest_ind(y, x, equal_var=False)
                    se = float(np.sqrt(np.var(x, ddof=1) / len(x) + np.var(y, ddof=1) / len(y)))
                else:
                    lower = stats.ttest_rel(yp, x, alternative="greater")
                    upper = stats.ttest_rel(ym, x, alternative="less")
                    r = stats.ttest_rel(y, x)
                    se = float(stats.sem(np.asarray(y) - np.asarray(x)))
                tost.append({
                    "kind": kind, "x": x, "y": y, "margin": m,
                    "p_lower": float(lower.pvalue), "p_upper": float(upper.pvalue),
                    "detectable": float((stats.t.ppf(0.95, r.df) + stats.t.ppf(0.8, r.df)) * se),
                })

    means = []
    for x, _ in data_sets + unequal:
        a = np.asarray(x)
        lo, hi = stats.t.interval(0.95, len(a) - 1, loc=a.mean(), scale=stats.sem(a))
        means.append({"x": x, "mean": float(a.mean()), "sd": float(a.std(ddof=1)), "se": float(stats.sem(a)),
                      "ci95": [float(lo), float(hi)]})

    holm_sets = [
        [0.01, 0.04, 0.03, 0.005],
        [0.2, 0.001, 0.5, 0.0125, 0.013, 0.04],
        [0.9, 0.02],
        [0.0001],
    ]
    holm_out = [{"p": p, "adjusted": holm(p)} for p in holm_sets]

    # IQM with fractional weights at the cut: each value repeated four times makes a sample whose
    # size is a multiple of four, whose 25% trimmed mean (rliable's IQM) is the weighted one.
    iqm_sets = [
        [1.0, 2.0, 3.0, 4.0],
        [5.0, 1.0, 9.0, 3.0, 7.0],
        [0.3, 0.1, 0.9, 0.5, 0.4, 0.8, 0.2],
        [2.0, 2.0, 8.0, -1.0, 4.0, 6.0, 3.0, 10.0, 0.5, 7.0, 1.5],
        [42.0],
        [1.0, 100.0],
    ]
    iqm = [{"x": x, "iqm": float(stats.trim_mean(np.repeat(x, 4), 0.25))} for x in iqm_sets]

    # Percentile bootstrap of the IQM with many resamples, as a reference the Swift bootstrap
    # (another generator, fewer resamples) must come close to.
    boot_x = [0.61, 0.72, 0.55, 0.80, 0.67, 0.70, 0.59, 0.75, 0.64, 0.69, 0.58, 0.77]

    def weighted_iqm(sample, axis=-1):
        return stats.trim_mean(np.repeat(sample, 4, axis=axis), 0.25, axis=axis)

    b = stats.bootstrap((np.asarray(boot_x),), weighted_iqm, confidence_level=0.95, n_resamples=200000,
                        method="percentile", random_state=np.random.default_rng(12345), vectorized=True)
    bootstrap = {"x": boot_x, "iqm": float(weighted_iqm(np.asarray(boot_x))), "level": 0.95,
                 "ci": [float(b.confidence_interval.low), float(b.confidence_interval.high)]}

    # Seeds for a paired t-test to find a true difference with the given power, exactly: the
    # smallest n whose power under the noncentral t distribution reaches the target (two-sided
    # at alpha, as Holm's first step tests each of m comparisons at alpha / m).
    def paired_power(n, effect, alpha):
        df = n - 1
        tc = stats.t.ppf(1 - alpha / 2, df)
        nc = effect * np.sqrt(n)
        return float(1 - stats.nct.cdf(tc, df, nc) + stats.nct.cdf(-tc, df, nc))

    seeds_needed = []
    for sd, difference, alpha, power in [(1.0, 0.5, 0.05, 0.8), (1.0, 0.8, 0.05, 0.8), (1.0, 1.0, 0.05, 0.8),
                                         (1.0, 0.3, 0.05, 0.8), (0.0036, 0.005, 0.05 / 83, 0.8),
                                         (0.0112, 0.005, 0.05 / 83, 0.8), (0.02, 0.01, 0.05 / 10, 0.9)]:
        n = 2
        while paired_power(n, difference / sd, alpha) < power:
            n += 1
        seeds_needed.append({"sd": sd, "difference": difference, "alpha": alpha, "power": power, "n": n})

    out = {"generator": "scripts/make_stats_fixtures.py", "scipy": __import__("scipy").__version__,
           "t_quantile": quantiles, "t_cdf": cdf, "welch": welch, "paired": paired, "tost": tost, "mean": means,
           "holm": holm_out, "iqm": iqm, "bootstrap_iqm": bootstrap, "seeds_needed": seeds_needed}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
