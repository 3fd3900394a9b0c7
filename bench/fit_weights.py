"""Fit the weights of the scoring model (compare._align._score.WEIGHTS and BIAS) on the benchmark pairs.

    python bench/fit_weights.py ../shared/bench/mrpc-train.jsonl ../shared/bench/ecbplus-pairs.jsonl \
        [--basil ../shared/bench/basil-dev.jsonl]

Every pair of sentences that shares a key is a sample: positive when the data says the two make the same claim
(an MRPC paraphrase, an ECB+ same-event mention), negative when it says they do not (MRPC distractor pairs,
every pair of an ECB+ different-event report pair). MRPC hard negatives and the unannotated pairs of ECB+
same-event reports are left out: the first are for the conflict engine, the second are unknown. ECB+ samples
weigh three times as much, since they are fewer and closer to real cross-outlet reports. The fit is an
L2-regularised logistic regression (SciPy's L-BFGS); it prints the weights to paste into compare/_score.py.

With `--basil`, the dev half of the blind exhaustive labels of real multi-outlet pairs (bench/labels/split.json)
joins them, weighing as much as ECB+: every pair of claim sentences of a labelled pair that shares a key is a
sample, positive when labelled a link (or a conflict, or a difference). The validation half is never read here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

import compare
import links
from _data import load
from compare._align._score import FEATURES, pair_features
from compare._compare import claim_tokens
from compare._settings import Settings
from compare._text._normalize import tokenize, unify_keys

HERE = Path(__file__).resolve().parent

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


def basil_samples(data: Path, labels: Path) -> tuple[list[Any], list[bool]]:
    """Features and labels of every scored claim pair of the dev half's labelled real pairs."""
    rows = {row["event"]: row for row in load(data)}
    features, labels_found = [], []
    for _, a, b, gold in links.labelled_pairs(rows, labels, "dev"):
        comparison = compare.compare(a, b)
        truth = links.gold_links(comparison, gold)
        claims_a = [s for s in comparison.sentences_a if not s.boilerplate]
        claims_b = [s for s in comparison.sentences_b if not s.boilerplate]
        tokens_a, tokens_b = claim_tokens(claims_a, claims_b, ())
        found = pair_features(
            [s.text for s in claims_a],
            tokens_a,
            [s.text for s in claims_b],
            tokens_b,
            clause_min_weight=Settings().clause_min_weight,
        )
        for i, j, x in zip(found.a.tolist(), found.b.tolist(), found.features, strict=True):
            features.append(x)
            labels_found.append((claims_a[i].index, claims_b[j].index) in truth)
    return features, labels_found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mrpc", type=Path)
    parser.add_argument("ecbplus", type=Path)
    parser.add_argument("--basil", type=Path, help="basil-dev.jsonl: add the dev half of bench/labels")
    parser.add_argument("--labels", type=Path, default=HERE / "labels")
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
    if args.basil:
        x, y = basil_samples(args.basil, args.labels)
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
