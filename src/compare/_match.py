"""Matching: which scored pairs of claims become links.

News reorders freely and splits or merges sentences, so a sentence may link to several sentences of the other
report. But a link needs evidence of its own: a pair is linked only when its score clears an absolute threshold,
never because it is the best of bad options, and a sentence's weaker links are dropped when it has a much better
one, unless the weaker link is the other sentence's best.
"""

from __future__ import annotations

import numpy as np

from ._score import PairScores
from ._settings import Settings

__all__ = ["select_links"]


def select_links(scores: PairScores, settings: Settings) -> list[tuple[int, int, float]]:
    """Choose the links among scored pairs.

    Args:
        scores: Every scored pair of claim sentences.
        settings: The thresholds.

    Returns:
        (A's sentence, B's sentence, score) for each link, sorted by A's then B's sentence.
    """
    is_anchored = (scores.anchor >= settings.anchor_threshold) & (scores.score >= settings.anchor_min_score)
    anchored = np.where(is_anchored, scores.anchor / (scores.anchor + settings.anchor_threshold), 0.0)
    score = np.maximum(scores.score, anchored)
    keep = (score >= settings.link_threshold) & (scores.shared >= settings.min_shared_weight)
    a, b, score = scores.a[keep], scores.b[keep], score[keep]
    if a.size == 0:
        return []
    best_a = _best_by(a, score)
    best_b = _best_by(b, score)
    near_best = (score >= settings.relative_threshold * best_a[a]) & (score >= settings.relative_threshold * best_b[b])
    is_best = (score >= best_a[a]) | (score >= best_b[b])
    # A sentence the other report repeats word for word has found its partner; its likeness to other sentences
    # is only the likeness of a report's own sentences to each other.
    verbatim = (best_a[a] >= 1.0) | (best_b[b] >= 1.0)
    chosen = (near_best | is_best) & ((score >= 1.0) | ~verbatim)
    links = sorted(zip(a[chosen].tolist(), b[chosen].tolist(), score[chosen].tolist(), strict=True))
    return [(int(i), int(j), float(s)) for i, j, s in links]


def _best_by(owner: np.ndarray, score: np.ndarray) -> np.ndarray:
    best = np.zeros(int(owner.max()) + 1)
    np.maximum.at(best, owner, score)
    return best
