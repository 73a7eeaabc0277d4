#!/usr/bin/env python3
"""Writes Tests/NNSweepKitTests/Fixtures/rliable.json: rliable's own numbers (Agarwal et al. 2021)
for fixed scores of three methods on four tasks with ten runs each, which the Swift aggregates
across tasks (Sources/NNStatistics/Statistics/AcrossTasks.swift) must reproduce.

    python3 -m venv /tmp/rlenv && /tmp/rlenv/bin/pip install rliable
    /tmp/rlenv/bin/python scripts/make_rliable_fixtures.py

The scores are drawn once from a fixed generator and rounded to 3 decimals, so that ties occur
(as with accuracies on a few hundred samples). The point estimates are exact; the intervals are
rliable's stratified bootstrap with 50,000 resamples, which the Swift bootstrap (another
generator) must come close to; rliable does not seed its bootstrap, so they move in their last
digits from one run of this script to the next. It takes about ten minutes.
"""
import importlib.metadata
import json
import os

import numpy as np
from rliable import library as rly
from rliable import metrics

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "NNSweepKitTests", "Fixtures", "rliable.json")


def main():
    rng = np.random.default_rng(20261206)
    tasks, runs = 4, 10
    centres = {"A": [0.95, 0.90, 0.97, 0.80], "B": [0.94, 0.91, 0.95, 0.78], "C": [0.90, 0.85, 0.96, 0.70]}
    scores = {}
    for name, c in centres.items():
        s = np.clip(rng.normal(loc=c, scale=[0.01, 0.03, 0.02, 0.05], size=(runs, tasks)), 0, 1)
        scores[name] = np.round(s, 3)  # (runs, tasks), as rliable takes them

    def aggregates(x):
        return np.array([metrics.aggregate_iqm(x), metrics.aggregate_mean(x)])

    point, interval = rly.get_interval_estimates(scores, aggregates, reps=50000, confidence_interval_size=0.95)
    pairs = {f"{x},{y}": (scores[x], scores[y]) for x in scores for y in scores if x != y}
    poi_point, poi_interval = rly.get_interval_estimates(
        pairs, metrics.probability_of_improvement, reps=50000, confidence_interval_size=0.95)
    out = {
        "generator": "scripts/make_rliable_fixtures.py",
        "rliable": importlib.metadata.version("rliable"),
        "methods": {
            name: {
                "scores": scores[name].T.tolist(),  # [task][run]
                "iqm": float(point[name][0]), "iqm_ci": [float(v) for v in interval[name][:, 0]],
                "mean": float(point[name][1]), "mean_ci": [float(v) for v in interval[name][:, 1]],
            }
            for name in scores
        },
        "probability_of_improvement": {
            key: {"p": float(poi_point[key]), "ci": [float(v) for v in np.ravel(poi_interval[key])]}
            for key in pairs
        },
    }
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
