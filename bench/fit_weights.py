"""Fit the weights of the scoring model (compare._align._score.WEIGHTS and BIAS) on the benchmark pairs.

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

from compare._align._score import FEATURES, pair_features
from compare._settings import Settings
from compare._text._normalize import tokenize, unify_keys

_ECB_WEIGHT = 3.0
_L2 = 0.01


def samples(row: dict[str, Any], *, keep_unlabelled: bool) -> tuple[list[Any], list[bool]]:
    """Features and labels of a report pair's scored sentence pairs.

    Args:
        row: A benchmark line: sentences "a" and "b", positive pairs "gold", optional "hard_negatives".
        keep_unlabelled: Whether pairs outside "gold" are negatives (True) or unknown and left out (False).
    """
    tokens_a, tokens_b = unify_keys([tokenize(s) for s in row["a"]], [tokenize(s) for s in row["b"]])
    found = pair_features(row["a"], tokens_a, row["b"], tokens_b, clause_min_weight=Settings().clause_min_weight)
    gold = {tuple(p) for p in row["gold"]}
    left_out = {tuple(p) for p in row.get("hard_negatives", ())}
    features, labels = [], []
    for i, j, x in zip(found.a.tolist(), found.b.tolist(), found.features, strict=True):
        positive = (i, j) in gold
        if (i, j) not in left_out and (positive or keep_unlabelled):
            features.append(x)
            labels.append(positive)
    return features, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mrpc", type=Path)
    parser.add_argument("ecbplus", type=Path)
    args = parser.parse_args()
    features: list[Any] = []
    labels: list[bool] = []
    weights: list[float] = []
    for path, weight in ((args.mrpc, 1.0), (args.ecbplus, _ECB_WEIGHT)):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            x, y = samples(row, keep_unlabelled=not row.get("same_event", False))
            features.extend(x)
            labels.extend(y)
            weights.extend([weight] * len(y))
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
