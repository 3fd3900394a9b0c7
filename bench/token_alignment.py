"""Token alignment (BERTScore) from all-MiniLM-L6-v2's contextual token vectors, as features of Settings.semantic's
link model, measured on the labelled BASIL pairs (docs/quality.md, "Token alignment from the encoder's own token
vectors").

    PYTHONPATH=src:bench python bench/token_alignment.py ../shared/bench/basil-dev.jsonl [--raw] [--model PATH] \
        [--cache DIR] [--layers N ...] [--weighting rarity|idf|uniform ...] [--sets NAME ...]

Class read: one clause of a long sentence states the other's claim, in the same or in other words. The mean-pooled
sentence vector of the long sentence mixes that clause with the rest; aligning token to token does not. For a pair
of claims, each token of A (its contextual vector from the encoder's last layer, or another layer, the special
tokens and punctuation dropped) is matched to its most similar token of B (cosine), and the matches are averaged
with weights (BERTScore, Zhang et al. 2020): R, the share of A's weight B covers; P, the share of B's weight A
covers; F their harmonic mean; and the higher and lower of R and P (a short claim told inside a long sentence is
covered on its side only); and whether each claim is the other's best partner by F. The weights of a token, three
sources: the rarity in English of the word it belongs to (the engine's own, compare._text._normalize.rarity, from
wordfreq: "the" weighs nothing), the inverse document frequency of its word piece among the claims of the two
reports (as BERTScore computes it from its references), or one. The token features are standardised on dev before
the fit unless --raw (as they are, the fit's L2 penalty holds their weights down). One more set puts F, as it is,
where the cosine stands in the committed model's structure (IN_PLACE).

Each feature set joins the committed six features (compare._semantic._links.FEATURES) in a logistic model fitted
on the dev half only as bench/semantic.py fits the committed one; links are chosen as the pipeline chooses them
(the matching rule on the probability, min_claim_weight, the neighbour rule). Printed at three thresholds chosen on
dev: the lowest whose dev precision is at least the engine's own (bench/semantic.py's rule), the best dev F1, and
the lowest whose dev precision is at least the issue's target 0.85; with the average precision of the model's
ranking of every claim pair. Validation labels are read only to print the figures.

The sentence vectors and the token vectors are cached in --cache (outside the repository) so that a refit does not
encode again. The data is read from the paths given and never copied into the project (../shared/bench/README.md).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from compare._semantic import _encoder
from compare._semantic._links import BIAS, THRESHOLD, WEIGHTS
from compare._text._normalize import rarity
from pair_classifier import Pair, average_precision, basil, cached_encoding, fit_stack, linear, measure, report
from semantic import engine

HERE = Path(__file__).resolve().parent
LAYERS = (6, 4)
WEIGHTINGS = ("rarity", "idf", "uniform")


@attrs.frozen
class TokenVectors:
    """One sentence's kept tokens: unit vectors, word piece ids, and the word each piece belongs to."""

    vectors: np.ndarray
    ids: np.ndarray
    words: tuple[str, ...]


def token_vectors(encoder: _encoder.Encoder, sentences: Sequence[str], layers: int) -> list[TokenVectors]:
    """Each sentence's contextual token vectors after `layers` layers, the special tokens and punctuation dropped
    (a sentence with no other token keeps one zero vector of weight 0)."""
    out: dict[int, TokenVectors] = {}
    with encoder._threads.limit(limits=1, user_api="blas"):
        for chosen, encodings, ids, mask in encoder.batches(sentences):
            hidden = encoder._hidden(ids, mask, layers)
            for row, i in enumerate(chosen):
                out[i] = _kept(sentences[i], encodings[row], hidden[row])
    return [out[i] for i in range(len(sentences))]


def _kept(sentence: str, encoding: Any, hidden: np.ndarray) -> TokenVectors:
    tokens, special = encoding.tokens, encoding.special_tokens_mask
    word_ids, offsets = encoding.word_ids, encoding.offsets
    keep = [k for k, token in enumerate(tokens) if not special[k] and any(ch.isalnum() for ch in token)]
    if not keep:
        return TokenVectors(np.zeros((1, hidden.shape[1]), dtype=np.float32), np.zeros(1, dtype=np.int64), ("",))
    spans: dict[int, tuple[int, int]] = {}
    for k, word in enumerate(word_ids):
        if word is not None:
            low, high = spans.get(word, offsets[k])
            spans[word] = (min(low, offsets[k][0]), max(high, offsets[k][1]))
    vectors = hidden[keep]
    vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    words = tuple(sentence[slice(*spans[word_ids[k]])] for k in keep)
    ids = np.asarray([encoding.ids[k] for k in keep], dtype=np.int64)
    return TokenVectors(vectors.astype(np.float32), ids, words)


def cached_tokens(cache: Path, layers: int) -> tuple[Callable[[Sequence[str]], list[TokenVectors]], Callable[[], None]]:
    """Token vectors read from and added to a cache file; returns the lookup and a function that saves the cache."""
    path = cache / f"tokens-layers{layers}.npz"
    store: dict[str, TokenVectors] = {}
    if path.exists():
        with np.load(path, allow_pickle=False) as saved:
            counts = saved["counts"]
            bounds = np.concatenate([[0], np.cumsum(counts)])
            words = saved["words"].tolist()
            for n, text in enumerate(saved["texts"].tolist()):
                low, high = bounds[n], bounds[n + 1]
                store[text] = TokenVectors(
                    saved["vectors"][low:high].astype(np.float32), saved["ids"][low:high], tuple(words[low:high])
                )
    encoder = _encoder.load_encoder(None)

    def lookup(sentences: Sequence[str]) -> list[TokenVectors]:
        missing = sorted({s for s in sentences if s not in store})
        if missing:
            store.update(zip(missing, token_vectors(encoder, missing, layers), strict=True))
        return [store[s] for s in sentences]

    def save() -> None:
        texts = sorted(store)
        items = [store[t] for t in texts]
        np.savez(
            path,
            texts=np.asarray(texts),
            counts=np.asarray([len(item.ids) for item in items]),
            vectors=np.vstack([item.vectors for item in items]).astype(np.float16),
            ids=np.concatenate([item.ids for item in items]),
            words=np.asarray([w for item in items for w in item.words]),
        )

    return lookup, save


def token_weights(side: Sequence[TokenVectors], both: Sequence[TokenVectors], weighting: str) -> np.ndarray:
    """The weight of each of `side`'s tokens, flattened; `both` is every claim of the two reports (for idf)."""
    if weighting == "uniform":
        weights = np.concatenate([np.ones(len(t.ids)) for t in side])
    elif weighting == "rarity":
        weights = np.concatenate([[_rarity(w) for w in t.words] for t in side])
    else:
        documents = len(both)
        frequency: dict[int, int] = {}
        for t in both:
            for piece in set(t.ids.tolist()):
                frequency[piece] = frequency.get(piece, 0) + 1
        weights = np.concatenate([[np.log((documents + 1) / (frequency[p] + 1)) for p in t.ids.tolist()] for t in side])
    # The one zero vector of a sentence with no kept token weighs nothing.
    empty = np.concatenate([[w == "" for w in t.words] for t in side])
    return np.where(empty, 0.0, np.asarray(weights, dtype=np.float64))


_RARITY: dict[str, float] = {}


def _rarity(word: str) -> float:
    if word not in _RARITY:
        _RARITY[word] = rarity(word.lower()) if word else 0.0
    return _RARITY[word]


def alignment(
    side_a: Sequence[TokenVectors], side_b: Sequence[TokenVectors], weighting: str
) -> tuple[np.ndarray, np.ndarray]:
    """R (the share of A's claim's weight its best matches in B's claim cover) and P (the same of B's), one matrix
    each over A's claims by B's claims."""
    both = [*side_a, *side_b]
    weight_a, weight_b = token_weights(side_a, both, weighting), token_weights(side_b, both, weighting)
    starts_a = np.concatenate([[0], np.cumsum([len(t.ids) for t in side_a])[:-1]])
    starts_b = np.concatenate([[0], np.cumsum([len(t.ids) for t in side_b])[:-1]])
    similarity = np.vstack([t.vectors for t in side_a]) @ np.vstack([t.vectors for t in side_b]).T
    best_in_b = np.maximum.reduceat(similarity, starts_b, axis=1)  # A's tokens by B's claims
    best_in_a = np.maximum.reduceat(similarity, starts_a, axis=0)  # A's claims by B's tokens
    total_a = np.add.reduceat(weight_a, starts_a)
    total_b = np.add.reduceat(weight_b, starts_b)
    recall = np.add.reduceat(weight_a[:, None] * best_in_b, starts_a, axis=0) / np.maximum(total_a, 1e-9)[:, None]
    precision = np.add.reduceat(best_in_a * weight_b[None, :], starts_b, axis=1) / np.maximum(total_b, 1e-9)[None, :]
    return recall, precision


def features(pair: Pair, lookup: Callable[[Sequence[str]], list[TokenVectors]], weighting: str) -> np.ndarray:
    """For every candidate pair: R, P, F, max(R, P), min(R, P), and whether each claim is the other's best by F
    (weighed by 1 - 1/k for the k claims of the shorter report, as the committed closest-claim feature)."""
    evidence = pair.sample.evidence
    side_a = lookup([s.text for s in evidence.claims_a])
    side_b = lookup([s.text for s in evidence.claims_b])
    recall, precision = alignment(side_a, side_b, weighting)
    every_f = 2 * recall * precision / np.maximum(recall + precision, 1e-9)
    best = (every_f >= every_f.max(axis=1, keepdims=True)) & (every_f >= every_f.max(axis=0, keepdims=True))
    best = best * (1.0 - 1.0 / min(every_f.shape))
    c = evidence.candidates
    r, p = recall[c.a, c.b], precision[c.a, c.b]
    return np.column_stack([r, p, every_f[c.a, c.b], np.maximum(r, p), np.minimum(r, p), best[c.a, c.b]])


R, P, F, MAX, MIN, BEST = range(6)
# Columns standardised on dev before the fit (the mutual best is a flag, as the committed closest-claim feature).
SCALED = [R, P, F, MAX, MIN]
FEATURE_SETS: dict[str, list[int]] = {
    "F": [F],
    "max": [MAX],
    "F and max": [F, MAX],
    "max and min": [MAX, MIN],
    "F and the best by F": [F, BEST],
    "the best by F": [BEST],
}
# The committed model's structure with F, as it is, where the cosine stands: the engine's score, F, their product,
# the engine's link, the best by F, and that times F.
IN_PLACE = "F in place of the cosine"


def stacked_columns(name: str, six: np.ndarray, token: np.ndarray, raw: np.ndarray) -> np.ndarray:
    """The model's features: the six committed ones and token columns, or the six's structure with F (IN_PLACE)."""
    if name == IN_PLACE:
        score, link, f, best = six[:, 0], six[:, 3], raw[:, F], raw[:, BEST]
        return np.column_stack([score, f, score * f, link, best, best * f])
    return np.column_stack([six, token[:, FEATURE_SETS[name]]])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="basil-dev.jsonl")
    parser.add_argument("--model", help="Settings.semantic_model (default: the installed model package)")
    parser.add_argument("--labels", type=Path, default=HERE / "labels")
    parser.add_argument("--cache", type=Path, default=Path("/work/scratch/tokalign-cache"), help="a folder")
    parser.add_argument("--layers", type=int, action="append", help=f"layers to read (default {LAYERS})")
    parser.add_argument("--weighting", action="append", choices=WEIGHTINGS, help="default: all three")
    parser.add_argument("--sets", action="append", choices=[*FEATURE_SETS, IN_PLACE], help="default: all")
    parser.add_argument("--raw", action="store_true", help="the token features as they are, not standardised")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    save = cached_encoding(args.cache / "sentences.npz")
    start = time.perf_counter()
    dev = basil(args.data, args.labels, "dev", args.model)
    val = basil(args.data, args.labels, "validation", args.model)
    save()
    print(f"claims read and encoded in {time.perf_counter() - start:.0f} s", flush=True)
    target = engine([p.sample for p in dev])[0]
    print(
        f"engine alone: dev {np.round(engine([p.sample for p in dev]), 3)}, "
        f"validation {np.round(engine([p.sample for p in val]), 3)}"
    )
    committed_d, committed_v = linear(dev, WEIGHTS, BIAS), linear(val, WEIGHTS, BIAS)
    d, v = measure(dev, committed_d, THRESHOLD), measure(val, committed_v, THRESHOLD)
    print(f"committed model t={THRESHOLD}: dev {np.round(d, 3)} validation {np.round(v, 3)}")
    report("committed six features (refit)", dev, val, committed_d, committed_v, target)
    for layers in args.layers or LAYERS:
        lookup, save_tokens = cached_tokens(args.cache, layers)
        for weighting in args.weighting or WEIGHTINGS:
            clock = time.perf_counter()
            fd = [features(p, lookup, weighting) for p in dev]
            save_tokens()
            print(
                f"layers {layers}, {weighting}: dev token vectors and features in {time.perf_counter() - clock:.0f} s"
            )
            lookup([s.text for p in val for s in (*p.sample.evidence.claims_a, *p.sample.evidence.claims_b)])
            save_tokens()
            clock = time.perf_counter()
            fv = [features(p, lookup, weighting) for p in val]
            print(
                f"  the alignment of every claim pair, the token vectors given: "
                f"{(time.perf_counter() - clock) / len(val) * 1000:.0f} ms per report pair (validation)"
            )
            for name, column in (("F", F), ("max", MAX)):
                print(
                    f"layers {layers}, {weighting}: {name} alone ranks every claim pair at average precision dev "
                    f"{average_precision(dev, [f[:, column] for f in fd]):.3f}, validation "
                    f"{average_precision(val, [f[:, column] for f in fv]):.3f}",
                    flush=True,
                )
            # Standardised on dev: the fit's L2 penalty, on raw values that spread over a tenth of their range,
            # would hold their weights near zero.
            every = np.vstack(fd)
            mean, scale = every.mean(axis=0), every.std(axis=0)
            if args.raw:
                mean[:], scale[:] = 0.0, 1.0
            mean[BEST], scale[BEST] = 0.0, 1.0
            scaled_d = [(f - mean) / scale for f in fd]
            scaled_v = [(f - mean) / scale for f in fv]
            for name in args.sets or [*FEATURE_SETS, IN_PLACE]:
                sd = [
                    stacked_columns(name, p.sample.evidence.candidates.features, f, raw)
                    for p, f, raw in zip(dev, scaled_d, fd, strict=True)
                ]
                sv = [
                    stacked_columns(name, p.sample.evidence.candidates.features, f, raw)
                    for p, f, raw in zip(val, scaled_v, fv, strict=True)
                ]
                weights, bias = fit_stack(dev, sd)
                print(f"  weights {weights.tolist()} bias {bias}")
                ld = [x @ weights + bias for x in sd]
                lv = [x @ weights + bias for x in sv]
                label = name if name == IN_PLACE else f"six + {name}"
                report(f"layers {layers}, {weighting}: {label}", dev, val, ld, lv, target)


if __name__ == "__main__":
    main()
