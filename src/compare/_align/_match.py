"""Matching: which scored pairs of claims become links.

News reorders freely and splits or merges sentences, so a sentence may link to several sentences of the other
report. But a link needs evidence of its own: a pair is linked only when its score clears an absolute threshold,
never because it is the best of bad options, and a sentence's weaker links are dropped when it has a much better
one, unless the weaker link is the other sentence's best.
"""

from __future__ import annotations

import numpy as np

from .._settings import Settings
from ._score import PairScores

__all__ = ["keep_near_best", "select_links"]


def select_links(scores: PairScores, settings: Settings) -> list[tuple[int, int, float]]:
    """Choose the links among scored pairs.

    Args:
        scores: Every scored pair of claim sentences.
        settings: The thresholds.

    Returns:
        (A's sentence, B's sentence, score) for each link, sorted by A's then B's sentence.
    """
    a, b, score, beside = _linkable(scores, settings)
    return keep_near_best(a, b, score, settings.relative_threshold, beside)


def keep_near_best(
    a: np.ndarray,
    b: np.ndarray,
    score: np.ndarray,
    relative_threshold: float,
    beside: np.ndarray | None = None,
) -> list[tuple[int, int, float]]:
    """Of pairs that each clear the threshold, those near the best of either sentence, as (a, b, score) sorted.

    Args:
        a: A's sentence of each pair.
        b: B's sentence of each pair.
        score: The pair's score.
        relative_threshold: Settings.relative_threshold.
        beside: Per pair, whether its structure states one claim a sentence may carry beside another (PairScores):
            kept near a better link, since a sentence may carry two claims and another sentence's words may tell
            the other one ("the winner will be favoured in the June 25 election" is linked to "the Democratic
            winner will probably be favoured" by its words and to "set the date of the election: June 18" by its
            date). None when no pair does.
    """
    if a.size == 0:
        return []
    best_a = _best_by(a, score)
    best_b = _best_by(b, score)
    near_best = (score >= relative_threshold * best_a[a]) & (score >= relative_threshold * best_b[b])
    is_best = (score >= best_a[a]) | (score >= best_b[b])
    # A sentence the other report repeats word for word has found its partner; its likeness to other sentences
    # is only the likeness of a report's own sentences to each other.
    verbatim = (best_a[a] >= 1.0) | (best_b[b] >= 1.0)
    kept = near_best | is_best
    if beside is not None:
        kept |= beside
    chosen = kept & ((score >= 1.0) | ~verbatim)
    # tolist gives Python ints and floats.
    return sorted(zip(a[chosen].tolist(), b[chosen].tolist(), score[chosen].tolist(), strict=True))


def _linkable(scores: PairScores, settings: Settings) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The pairs whose score, or anchor score, clears the link threshold, with that score and whether they state a
    claim a sentence may carry beside another (PairScores.beside).

    On very large reports the scored pairs number in the millions, nearly all far below the threshold: they are
    sifted first with cheap comparisons, and the anchor score is worked out for the few that remain.
    """
    maybe = scores.shared >= settings.min_shared_weight
    maybe &= (scores.score >= settings.link_threshold) | (scores.anchor >= settings.anchor_threshold)
    chosen = np.flatnonzero(maybe)
    del maybe
    score, anchor = scores.score[chosen], scores.anchor[chosen]
    is_anchored = (anchor >= settings.anchor_threshold) & (score >= settings.anchor_min_score)
    score = np.maximum(score, np.where(is_anchored, anchor / (anchor + settings.anchor_threshold), 0.0))
    keep = score >= settings.link_threshold
    return scores.a[chosen[keep]], scores.b[chosen[keep]], score[keep], scores.beside[chosen[keep]]


def _best_by(owner: np.ndarray, score: np.ndarray) -> np.ndarray:
    best = np.zeros(int(owner.max()) + 1)
    np.maximum.at(best, owner, score)
    return best
