"""Relatedness: whether two reports are about the same event at all.

Two reports of one event name the same people, places and organisations; two reports of different events of the
same kind (two earthquakes, two arrests) share the kind's words ("magnitude", "police", "arrested") and the
template sentences built from them, but few names. So the measure is the rarity-weighted Jaccard index of the
names and acronyms each report uses anywhere in its claims: the rarity of the names both use, over the rarity of
the names either uses. Names are keys as the engine makes them (nicknames, transliterations and the user's aliases
resolved), each weighted by its rarity in English, so "Ahmed Dogan" weighs more than "Monday". Reports that name
little (short texts, a rewrite of one paragraph) are read by their links instead: the measure is the higher of the
name overlap and the smaller of the two reports' shares of claims linked.

Measured on ECB+ (250 same-event and 250 different-event pairs of the same kind) and BASIL (180 pairs of real
long articles of one event by different outlets), this separates the events better than the share of claims
linked: real long articles of one event link few of their sentences (some BASIL pairs link none), while their names
still overlap. docs/quality.md has the figures and bench/relatedness.py the measurement.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence

from .._text._normalize import NAME_KINDS, Token

__all__ = ["relatedness"]


def relatedness(
    tokens_a: Sequence[Sequence[Token]], tokens_b: Sequence[Sequence[Token]], linked_a: int, linked_b: int
) -> float:
    """How likely the two reports are about one event, in [0, 1].

    Args:
        tokens_a: The tokens of each claim of report A, keys made equal across the reports.
        tokens_b: The same for report B.
        linked_a: How many of A's claims are linked to a claim of B.
        linked_b: How many of B's claims are linked to a claim of A.

    Returns:
        The higher of the names' overlap (the rarity of the names both reports use over the rarity of the names
        either uses) and the smaller share of claims linked; 0.0 when a report has no claims.
    """
    if not tokens_a or not tokens_b:
        return 0.0
    names_a, names_b = _names(tokens_a), _names(tokens_b)
    shared = math.fsum(min(names_a[key], names_b[key]) for key in names_a.keys() & names_b.keys())
    union = math.fsum(names_a.values()) + math.fsum(names_b.values()) - shared
    overlap = shared / union if union > 0 else 0.0
    return max(overlap, min(linked_a / len(tokens_a), linked_b / len(tokens_b)))


def _names(tokens: Iterable[Sequence[Token]]) -> dict[str, float]:
    """Each name key of the report with its rarity."""
    found: dict[str, float] = {}
    for token in itertools.chain.from_iterable(tokens):
        if token.kind in NAME_KINDS and token.rarity > 0.0:
            found[token.key] = max(found.get(token.key, 0.0), token.rarity)
    return found
