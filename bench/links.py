"""Links on real report pairs: precision and recall against the blind labels, how they trade off, and whether a
small embedding model would help.

    python bench/links.py ../shared/bench/basil-dev.jsonl [--embedding]

- The engine at its defaults, then a sweep of `Settings.link_threshold` and `relative_threshold` (the frontier the
  lexical scorer can reach), then `Settings.min_claim_weight` (links that must share more than names).
- With `--embedding` (needs `pip install wordllama` in the venv; not a dependency of compare): WordLlama's sentence
  cosine alone and combined with the engine's score in a logistic model fitted leave-one-event-out, as the best
  recall reachable at the engine's precision.

The data is read from the path given and never copied into the project (../shared/bench/README.md).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

import compare
import realworld
from _data import auc, label_files, load

HERE = Path(__file__).resolve().parent
Pair = tuple[int, int]


def labelled_pairs(
    data: dict[str, dict[str, Any]], labels: Path, half: str = "all"
) -> Iterator[tuple[str, compare.Report, compare.Report, dict[str, Any]]]:
    for path in label_files(labels, half):
        label = json.loads(path.read_text(encoding="utf-8"))
        texts = realworld.articles(data[label["event"]])
        for pair_name, gold in sorted(label["pairs"].items()):
            outlet_a, outlet_b = pair_name.split("-")
            yield (
                path.stem,
                realworld.report(texts[outlet_a], outlet_a),
                realworld.report(texts[outlet_b], outlet_b),
                gold,
            )


def gold_links(comparison: compare.Comparison, gold: dict[str, Any]) -> set[Pair]:
    """The labelled links between claim sentences (a headline or other furniture is not a claim)."""
    found = set()
    for item in [*gold["links"], *gold["conflicts"]]:
        a = realworld.sentence_at(comparison, "a", item["a"])
        b = realworld.sentence_at(comparison, "b", item["b"])
        if not (comparison.sentences_a[a].boilerplate or comparison.sentences_b[b].boilerplate):
            found.add((a, b))
    return found


def precision_recall(
    pairs: Sequence[tuple[str, compare.Report, compare.Report, dict[str, Any]]], settings: compare.Settings
) -> str:
    right = reported = wanted = 0
    for _, a, b, gold in pairs:
        comparison = compare.compare(a, b, settings=settings)
        links = {(link.a, link.b) for link in comparison.links}
        truth = gold_links(comparison, gold)
        right += len(links & truth)
        reported += len(links)
        wanted += len(truth)
    return f"P {right / max(reported, 1):.3f} R {right / max(wanted, 1):.3f} ({reported} links, {wanted} labelled)"


def embedding(pairs: Sequence[tuple[str, compare.Report, compare.Report, dict[str, Any]]]) -> list[str]:
    from scipy.optimize import minimize
    from wordllama import WordLlama

    model = _wordllama(WordLlama)
    low = compare.Settings(link_threshold=0.02)
    events, scores, cosines, truth, linked = [], [], [], [], []
    for event, a, b, gold in pairs:
        everything = compare.compare(a, b, settings=low)
        chosen = {(link.a, link.b) for link in compare.compare(a, b).links}
        score = {(link.a, link.b): link.score for link in everything.links}
        labelled = gold_links(everything, gold)
        claims_a = [s for s in everything.sentences_a if not s.boilerplate]
        claims_b = [s for s in everything.sentences_b if not s.boilerplate]
        similarity = (
            model.embed([s.text for s in claims_a], norm=True) @ model.embed([s.text for s in claims_b], norm=True).T
        )
        for x, sa in enumerate(claims_a):
            for y, sb in enumerate(claims_b):
                key = (sa.index, sb.index)
                events.append(event)
                scores.append(score.get(key, 0.0))
                cosines.append(float(similarity[x, y]))
                truth.append(key in labelled)
                linked.append(key in chosen)
    ev, s, c, y, chosen_now = (np.asarray(v) for v in (events, scores, cosines, truth, linked))
    features = np.stack([s, c, s * c, np.ones_like(s)], axis=1)

    def fit(x: np.ndarray, t: np.ndarray) -> np.ndarray:
        def loss(w: np.ndarray) -> float:
            p = 1.0 / (1.0 + np.exp(-(x @ w)))
            return float(-(t * np.log(p + 1e-9) + (1 - t) * np.log(1 - p + 1e-9)).mean() + 1e-3 * (w[:-1] ** 2).sum())

        return np.asarray(minimize(loss, np.zeros(x.shape[1]), method="L-BFGS-B").x)

    combined = np.zeros(len(y))
    for event in sorted(set(events)):
        held = ev == event
        weights = fit(features[~held], y[~held])
        combined[held] = 1.0 / (1.0 + np.exp(-(features[held] @ weights)))
    engine_precision = y[chosen_now].mean()
    order = np.argsort(-combined)
    hits = np.cumsum(y[order])
    precision = hits / np.arange(1, len(y) + 1)
    recall = hits / y.sum()
    reachable = recall[precision >= engine_precision].max()
    return [
        f"AUC over all claim pairs: engine score {auc(s, y):.3f}, WordLlama cosine {auc(c, y):.3f}, "
        f"combined (leave one event out) {auc(combined, y):.3f}",
        f"engine at its defaults: P {engine_precision:.3f} R {y[chosen_now].sum() / y.sum():.3f}; "
        f"combined at that precision: R {reachable:.3f}",
    ]


def _wordllama(loader: Any) -> Any:
    """WordLlama 0.4.0 looks for its tokenizer in a folder its wheel names otherwise and then downloads it: load the
    files the wheel ships directly."""
    import wordllama
    from safetensors import safe_open
    from tokenizers import Tokenizer
    from wordllama.inference import WordLlamaInference

    folder = Path(wordllama.__file__).parent
    tokenizer = Tokenizer.from_file(str(folder / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    with safe_open(str(folder / "weights" / "l2_supercat_256.safetensors"), framework="np", device="cpu") as weights:
        return WordLlamaInference(weights.get_tensor("embedding.weight"), tokenizer)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="basil-dev.jsonl")
    parser.add_argument("--labels", type=Path, default=HERE / "labels")
    parser.add_argument(
        "--half", choices=("dev", "validation", "all"), default="all", help="labelled events of one half (split.json)"
    )
    parser.add_argument("--embedding", action="store_true", help="measure WordLlama as a feature (needs wordllama)")
    args = parser.parse_args(argv)
    data = {row["event"]: row for row in load(args.data)}
    pairs = list(labelled_pairs(data, args.labels, args.half))
    print(f"defaults: {precision_recall(pairs, compare.Settings())}")
    for link in (0.2, 0.1):
        for relative in (0.6, 0.0):
            settings = compare.Settings(link_threshold=link, relative_threshold=relative)
            print(f"link_threshold {link} relative_threshold {relative}: {precision_recall(pairs, settings)}")
    for weight in (0.5, 1.0, 2.0):
        print(f"min_claim_weight {weight}: {precision_recall(pairs, compare.Settings(min_claim_weight=weight))}")
    if args.embedding:
        print("\n".join(embedding(pairs)))


if __name__ == "__main__":
    main()
