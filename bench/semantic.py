"""Fit the link model of Settings.semantic: all-MiniLM-L6-v2's cosine as one feature beside the engine's evidence,
fitted on the dev half of the labelled real pairs (bench/labels/split.json) and measured on the validation half.

    PYTHONPATH=src:bench python bench/semantic.py ../shared/bench/basil-dev.jsonl [--model PATH] [--speed]

Needs the `semantic` extra and the model (sh scripts/setup.sh --semantic); PATH as Settings.semantic_model. Both
model files' hashes are checked on load (compare._semantic._encoder).

Every pair of claims of a labelled report pair is a sample, labelled by the blind labels, with the features the
engine computes (compare._semantic._links.FEATURES: the engine's score, the cosine, their product, the engine's
link, whether each claim is the other's closest in meaning, and that times the cosine). A logistic model is fitted
on dev; its threshold is the lowest whose dev link precision, with the engine's own matching rule applied to the
probability and the neighbour rule next to its links (compare._compare._semantic_choice, as the pipeline does), is
at least the engine's own dev precision (the precision target). The engine's link among the features is the
matching rule's: neighbours are linked by their place, after the model.
Printed: the constants to commit in compare/_semantic/_links.py, link precision, recall and F1 on each half for the
engine alone, with the committed model and with the one fitted, and the time per report pair of the comparison and
of the encoder. With --speed, only the time per report pair of `compare.compare` with the setting off and on, over
all labelled pairs, each pair timed off then on (best of three), and their ratio.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np
from scipy.optimize import minimize

import compare
from _data import load
from compare._compare import SemanticEvidence, semantic_evidence
from compare._semantic._links import BIAS, THRESHOLD, WEIGHTS
from links import gold_links, labelled_pairs

HERE = Path(__file__).resolve().parent
GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)


@attrs.frozen
class Sample:
    """One labelled report pair: its evidence, the claim pairs the labels link (positions among the claims), and the
    engine's links."""

    evidence: SemanticEvidence
    truth: np.ndarray
    right: frozenset[tuple[int, int]]
    labelled: int
    engine_links: int
    engine_right: int


def collect(
    pairs: Sequence[tuple[str, compare.Report, compare.Report, dict[str, Any]]], model: str | None
) -> tuple[list[Sample], float, float]:
    """The samples, and the seconds spent comparing (the setting off) and encoding (features included)."""
    samples, comparing, encoding = [], 0.0, 0.0
    for _, a, b, gold in pairs:
        start = time.perf_counter()
        comparison = compare.compare(a, b)
        middle = time.perf_counter()
        evidence = semantic_evidence(comparison, model)
        encoding += time.perf_counter() - middle
        comparing += middle - start
        truth = gold_links(comparison, gold)
        claims_a, claims_b, candidates = evidence.claims_a, evidence.claims_b, evidence.candidates
        keys = zip(candidates.a.tolist(), candidates.b.tolist(), strict=True)
        is_true = np.asarray([(claims_a[i].index, claims_b[j].index) in truth for i, j in keys], dtype=bool)
        right = frozenset(
            (i, j)
            for i in range(len(claims_a))
            for j in range(len(claims_b))
            if (claims_a[i].index, claims_b[j].index) in truth
        )
        linked = {(link.a, link.b) for link in comparison.links}
        samples.append(Sample(evidence, is_true, right, len(truth), len(linked), len(linked & truth)))
    return samples, comparing, encoding


def fit(samples: Sequence[Sample]) -> tuple[np.ndarray, float]:
    x = np.vstack([s.evidence.candidates.features for s in samples])
    y = np.concatenate([s.truth for s in samples]).astype(float)
    x = np.column_stack([x, np.ones(len(x))])

    def loss(w: np.ndarray) -> float:
        z = x @ w
        return float(np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)) + 1e-3 * np.sum(w[:-1] ** 2))

    found = minimize(loss, np.zeros(x.shape[1]), method="L-BFGS-B").x
    return np.round(found[:-1], 3), round(float(found[-1]), 3)


def measured(
    samples: Sequence[Sample], weights: Sequence[float], bias: float, threshold: float
) -> tuple[float, float, float]:
    right = reported = wanted = 0
    for sample in samples:
        chosen = sample.evidence.links(weights, bias, threshold)
        right += sum(pair in sample.right for pair in chosen)
        reported += len(chosen)
        wanted += sample.labelled
    return prf(right, reported, wanted)


def engine(samples: Sequence[Sample]) -> tuple[float, float, float]:
    return prf(
        sum(s.engine_right for s in samples), sum(s.engine_links for s in samples), sum(s.labelled for s in samples)
    )


def prf(right: int, reported: int, wanted: int) -> tuple[float, float, float]:
    precision, recall = right / max(reported, 1), right / max(wanted, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def line(name: str, values: tuple[float, float, float]) -> str:
    return f"{name}: P {values[0]:.3f} R {values[1]:.3f} F1 {values[2]:.3f}"


def speed(pairs: Sequence[tuple[str, compare.Report, compare.Report, dict[str, Any]]], model: str | None) -> str:
    on = compare.Settings(semantic=True, semantic_model=model)
    totals = {False: 0.0, True: 0.0}
    for _, a, b, _ in pairs:
        for semantic, settings in ((False, compare.Settings()), (True, on)):
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                compare.compare(a, b, settings=settings)
                best = min(best, time.perf_counter() - start)
            totals[semantic] += best
    off_ms, on_ms = (totals[key] / len(pairs) * 1000 for key in (False, True))
    ratio = on_ms / off_ms
    return f"time per report pair ({len(pairs)} pairs): off {off_ms:.0f} ms, on {on_ms:.0f} ms (ratio {ratio:.1f})"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="basil-dev.jsonl")
    parser.add_argument("--model", help="Settings.semantic_model (default: the installed model package)")
    parser.add_argument("--labels", type=Path, default=HERE / "labels")
    parser.add_argument("--speed", action="store_true", help="only the time per report pair, off and on")
    args = parser.parse_args(argv)
    data = {row["event"]: row for row in load(args.data)}
    # Loads the model and checks both hashes before anything is timed.
    compare.compare("One fact.", "One fact.", settings=compare.Settings(semantic=True, semantic_model=args.model))
    if args.speed:
        print(speed(list(labelled_pairs(data, args.labels, "all")), args.model))
        return
    # The features are read from comparisons made with the setting off: the engine's own links are one of them.
    halves = {
        half: collect(list(labelled_pairs(data, args.labels, half)), args.model) for half in ("dev", "validation")
    }
    dev = halves["dev"][0]
    weights, bias = fit(dev)
    target = engine(dev)[0]
    threshold = next((float(t) for t in GRID if measured(dev, weights.tolist(), bias, float(t))[0] >= target), GRID[-1])
    best = max(GRID, key=lambda t: measured(dev, weights.tolist(), bias, float(t))[2])
    print("constants for compare/_semantic/_links.py:")
    print(f"WEIGHTS = {tuple(weights.tolist())}\nBIAS = {bias}\nTHRESHOLD = {threshold}")
    print(f"(the engine's dev precision {target:.3f}; the threshold of the best dev F1 would be {best:.2f})")
    for half, (samples, comparing, encoding) in halves.items():
        print(f"{half} ({len(samples)} pairs, {sum(s.labelled for s in samples)} labelled links)")
        print("  " + line("engine", engine(samples)))
        print("  " + line("with the committed model", measured(samples, WEIGHTS, BIAS, THRESHOLD)))
        print("  " + line("with the model", measured(samples, weights.tolist(), bias, threshold)))
        print("  " + line(f"with the model at {best:.2f}", measured(samples, weights.tolist(), bias, float(best))))
        print(
            f"  time per report pair: comparison {comparing / len(samples) * 1000:.0f} ms, encoder and features "
            f"{encoding / len(samples) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
