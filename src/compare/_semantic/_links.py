"""Links with a sentence encoder's judgement as one more piece of evidence (Settings.semantic).

Class: one claim told in other words ("The hope did not last long." / "That hope was short-lived."), whose
sentences share too few keys, or only light ones, for the lexical score to link them. all-MiniLM-L6-v2 reads
them as close (cosine 0.83) where the engine sees one shared word.

The encoder's cosine does not replace the engine's score: the two are features of a logistic model of "these two
claims are the same claim", fitted on the development half of the labelled real pairs (bench/semantic.py), with
the engine's own matching rule (see keep_near_best) applied to its probability. Beside the engine's score, its
link and the cosine, the model reads whether each of the two claims is the other's closest in meaning among all
the other report's claims: two reports of one event tell many of the same claims, each in its own words, and a
claim's closest counterpart is its best candidate, while a pair merely on the same topic seldom is both ways. That
feature is weighed by 1 - 1/k for the k claims of the shorter report, since being closest among few claims says
little. A pair the engine scores as written word for word keeps its score of 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import numpy as np

from .._align._match import keep_near_best, select_links
from .._align._score import PairScores
from .._settings import Settings
from ._encoder import load_encoder

__all__ = [
    "BIAS",
    "FEATURES",
    "THRESHOLD",
    "WEIGHTS",
    "Candidates",
    "least_cosine",
    "semantic_candidates",
    "semantic_links",
]

# The logistic model's weights, bias and threshold, fitted on the dev half of bench/labels by
#     PYTHONPATH=src:bench python bench/semantic.py ../shared/bench/basil-dev.jsonl
# (docs/quality.md). The threshold is the lowest whose dev link precision is at least the engine's own.
FEATURES = ("score", "cosine", "score_x_cosine", "engine_link", "closest", "closest_x_cosine")
WEIGHTS = (1.276, 2.249, 0.8, 1.241, 0.827, 0.613)
BIAS = -4.376
THRESHOLD = 0.19
# The engine's scores down to this count as evidence; a pair scoring lower counts as scoring 0.
EVIDENCE_MIN_SCORE = 0.02
# Rows of A's claims compared with all of B's at a time when looking for pairs close enough to link on the cosine.
_ROWS = 1024


@attrs.frozen
class Candidates:
    """The claim pairs that may be linked, with their features.

    Args:
        a: A's claim of each pair (its position among A's claims).
        b: B's claim of each pair.
        features: One row per pair, one column per name in FEATURES.
    """

    a: np.ndarray
    b: np.ndarray
    features: np.ndarray

    @property
    def engine_score(self) -> np.ndarray:
        """The engine's own score of each pair (0 below EVIDENCE_MIN_SCORE)."""
        return self.features[:, 0]


def least_cosine(weights: Sequence[float] = WEIGHTS, bias: float = BIAS, threshold: float = THRESHOLD) -> float:
    """The least cosine at which a pair the engine does not score at all can clear the threshold (2: never)."""
    needed = float(np.log(threshold / (1.0 - threshold))) - bias
    _, cosine, _, _, closest, closest_cosine = weights
    alone = needed / cosine if cosine > 0 else 2.0
    both = (needed - closest) / (cosine + closest_cosine) if cosine + closest_cosine > 0 else 2.0
    return min(alone, both)


def semantic_candidates(
    scores: PairScores,
    engine_links: Iterable[tuple[int, int]],
    claims_a: Sequence[str],
    claims_b: Sequence[str],
    settings: Settings,
    *,
    min_cosine: float | None = None,
) -> Candidates:
    """The pairs the engine scores, and those close enough to the encoder to be linked on that alone.

    Args:
        scores: The engine's scores of the claim pairs.
        engine_links: The pairs the engine links by itself.
        claims_a: A's claims.
        claims_b: B's claims.
        settings: The settings (the model's location, the engine's thresholds).
        min_cosine: Least cosine of a pair the engine does not score; the one at which such a pair can be linked
            when ``None``, -1 for every pair (to fit the model).

    Raises:
        SemanticModelError: The encoder cannot be loaded (see load_encoder).
    """
    encoder = load_encoder(settings.semantic_model)
    vectors_a, vectors_b = encoder.encode(claims_a), encoder.encode(claims_b)
    width = len(claims_b)
    evidence = select_links(scores, attrs.evolve(settings, link_threshold=EVIDENCE_MIN_SCORE, relative_threshold=0.0))
    evidence_codes = np.asarray([i * width + j for i, j, _ in evidence], dtype=np.int64)
    evidence_scores = np.asarray([score for _, _, score in evidence], dtype=np.float64)
    floor = least_cosine() if min_cosine is None else min_cosine
    codes, cosine, best_a, best_b = _cosines(vectors_a, vectors_b, evidence_codes, floor)
    a, b = codes // width, codes % width
    score = np.zeros(codes.size)
    score[np.searchsorted(codes, evidence_codes)] = evidence_scores
    linked = np.isin(codes, np.asarray([i * width + j for i, j in engine_links], dtype=np.int64))
    # Closest among k claims happens by chance about once in k: with one claim on a side, it says nothing.
    chosen_among = min(len(claims_a), len(claims_b))
    closest = ((cosine >= best_a[a]) & (cosine >= best_b[b])) * (1.0 - 1.0 / chosen_among)
    return Candidates(
        a,
        b,
        np.column_stack([score, cosine, score * cosine, linked, closest, closest * cosine]).astype(np.float64),
    )


def semantic_links(
    candidates: Candidates,
    relative_threshold: float,
    *,
    weights: Sequence[float] = WEIGHTS,
    bias: float = BIAS,
    threshold: float = THRESHOLD,
) -> list[tuple[int, int, float]]:
    """The links the combined model chooses, as (A's claim, B's claim, probability), sorted.

    Args:
        candidates: The pairs and their features.
        relative_threshold: Settings.relative_threshold, applied to the probability.
        weights: The model's weights (the fitted ones unless fitting).
        bias: Its bias.
        threshold: Least probability of a link.
    """
    logit = candidates.features @ np.asarray(weights) + bias
    probability = np.where(candidates.engine_score >= 1.0, 1.0, 1.0 / (1.0 + np.exp(-logit)))
    keep = probability >= threshold
    return keep_near_best(candidates.a[keep], candidates.b[keep], probability[keep], relative_threshold)


def _cosines(
    vectors_a: np.ndarray, vectors_b: np.ndarray, wanted: np.ndarray, min_cosine: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The pairs that are wanted or whose cosine is at least min_cosine, and each sentence's best cosine.

    Args:
        vectors_a: A's claims' unit vectors.
        vectors_b: B's.
        wanted: Pairs to keep whatever their cosine, as sorted codes (A's claim * B's claim count + B's claim).
        min_cosine: Least cosine of any other pair kept.

    Returns:
        The kept pairs as sorted codes, their cosines, and the best cosine of each of A's and of B's claims. Every
        cosine is read from the one product of the vectors, so that a pair's cosine equals its sentence's best
        exactly when it is the best.
    """
    width = vectors_b.shape[0]
    best_a = np.empty(vectors_a.shape[0], dtype=np.float32)
    best_b = np.full(width, -np.inf, dtype=np.float32)
    codes, cosines = [], []
    for start in range(0, vectors_a.shape[0], _ROWS):
        block = vectors_a[start : start + _ROWS] @ vectors_b.T
        best_a[start : start + block.shape[0]] = block.max(axis=1)
        np.maximum(best_b, block.max(axis=0), out=best_b)
        low, high = start * width, (start + block.shape[0]) * width
        keep = block >= min_cosine
        keep.flat[wanted[(wanted >= low) & (wanted < high)] - low] = True
        found = np.flatnonzero(keep)
        codes.append(found + low)
        cosines.append(block.ravel()[found])
    return np.concatenate(codes), np.concatenate(cosines), best_a, best_b
