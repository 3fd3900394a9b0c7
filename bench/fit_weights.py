"""Fit the weights of the scoring model (compare._score.WEIGHTS and BIAS) on the benchmark pairs.

    python bench/fit_weights.py ../shared/bench/mrpc-train.jsonl ../shared/bench/ecbplus-pairs.jsonl

Every pair of sentences that shares a key is a sample: positive when the data says the two make the same claim
(an MRPC paraphrase, an ECB+ same-event mention), negative when it says they do not (MRPC distractor pairs,
every pair of an ECB+ different-event report pair). MRPC hard negatives and the unannotated pairs of ECB+
same-event reports are left out: the first are for the conflict engine, the second are unknown. ECB+ samples
weigh three times as much, since they are fewer and closer to real cross-outlet reports. The fit is an
L2-regularised logistic regression (SciPy's L-BFGS); it prints the weights to paste into compare/_score.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from compare._normalize import tokenize, unify_keys
from compare._score import FEATURES, pair_features
from compare._settings import Settings

_ECB_WEIGHT = 3.0
_L2 = 0.01


def samples(a: list[str], b: list[str], positive: set[tuple[int, int]], negative_all: bool) -> tuple[Any, Any]:
    tokens_a, tokens_b = unify_keys([tokenize(s) for s in a], [tokenize(s) for s in b])
    found = pair_features(a, tokens_a, b, tokens_b, clause_min_weight=Settings().clause_min_weight)
    labels = np.array([(i, j) in positive for i, j in zip(found.a.tolist(), found.b.tolist(), strict=True)])
    keep = np.ones(labels.size, dtype=bool) if negative_all else labels
    return found.features[keep], labels[keep]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mrpc", type=Path)
    parser.add_argument("ecbplus", type=Path)
    args = parser.parse_args()
    features, labels, weights = [], [], []
    for line in args.mrpc.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        hard = {tuple(p) for p in row["hard_negatives"]}
        tokens_a, tokens_b = unify_keys([tokenize(s) for s in row["a"]], [tokenize(s) for s in row["b"]])
        found = pair_features(row["a"], tokens_a, row["b"], tokens_b, clause_min_weight=Settings().clause_min_weight)
        gold = {tuple(p) for p in row["gold"]}
        for i, j, x in zip(found.a.tolist(), found.b.tolist(), found.features, strict=True):
            if (i, j) not in hard:
                features.append(x)
                labels.append((i, j) in gold)
                weights.append(1.0)
    for line in args.ecbplus.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = {tuple(p) for p in row["gold"]}
        x, y = samples(row["a"], row["b"], gold, negative_all=not row["same_event"])
        features.extend(x)
        labels.extend(y)
        weights.extend([_ECB_WEIGHT] * len(y))
    design = np.column_stack([np.asarray(features), np.ones(len(features))])
    target = np.asarray(labels, dtype=np.float64)
    sample_weight = np.asarray(weights)

    def loss(beta: np.ndarray) -> float:
        z = design @ beta
        log_likelihood = target * -np.logaddexp(0, -z) + (1 - target) * -np.logaddexp(0, z)
        return float(-np.sum(sample_weight * log_likelihood) + _L2 * np.sum(beta[:-1] ** 2))

    beta = minimize(loss, np.zeros(design.shape[1]), method="L-BFGS-B").x
    print(f"{len(target)} samples, {int(target.sum())} positive")
    print(f"FEATURES = {FEATURES}")
    print(f"WEIGHTS = ({', '.join(f'{w:.3f}' for w in beta[:-1])})")
    print(f"BIAS = {beta[-1]:.3f}")


if __name__ == "__main__":
    main()
