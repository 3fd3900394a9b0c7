"""Second partners: a claim one report tells in one sentence and the other in two sentences in a row.

Class: a long sentence of one report ("Braley apologized to Grassley ... after video emerged of him warning ...")
whose claim the other report tells in two neighbouring sentences, the first in much the same words ("Braley
apologized for the remarks in a written statement after the video was released.") and the next in its own ("The
representative also posted a statement Tuesday in which he apologized ..."). The first is linked on its score; the
next shares too little with the long sentence to clear the link threshold, since most of what it says is told in
other words. Its place is the evidence the words lack: next to the long sentence's partner, and sharing with the
long sentence words that the partner does not give, it tells another part of the same claim. A neighbour that
shares only what the partner already gives adds nothing to the claim and is no second partner, and a partner that
leaves little of the long sentence untold (a word put otherwise, a title spelled out) leaves no part of it to tell.

Such a link is found by its place, on little shared evidence, and the neighbour tells another part of the claim than
the partner does: a figure or a date it gives belongs to that part, so its values are not compared with the long
sentence's (see _compare._links), which would read "urged lawmakers on Wednesday" / "the legislature passed it on
Thursday" as a conflict.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from .._text._normalize import Token
from ._score import PairScores

__all__ = ["NEIGHBOUR_MIN_SCORE", "NEIGHBOUR_MIN_WEIGHT", "UNTOLD_MIN_WEIGHT", "neighbour_links"]

# The least score of a neighbour's pair with the long sentence: below it, one shared common word would do.
NEIGHBOUR_MIN_SCORE = 0.08
# The least total rarity of the words, names aside, that the neighbour shares with the long sentence and the
# partner does not give (names are the story's context, see _score._names_alone).
NEIGHBOUR_MIN_WEIGHT = 1.0
# The least total rarity of the long sentence's words, names aside, that its partner leaves untold: about a clause's
# weight (Settings.clause_min_weight), so that one word the two reports put otherwise is no untold part.
UNTOLD_MIN_WEIGHT = 3.0


def neighbour_links(
    links: Sequence[tuple[int, int, float]],
    scores: PairScores,
    tokens_a: Sequence[Sequence[Token]],
    tokens_b: Sequence[Sequence[Token]],
) -> list[tuple[int, int, float]]:
    """The neighbours of each link's sentences that tell the rest of the other sentence's claim, as links.

    Args:
        links: The links the matching rule chose, as (A's claim, B's claim, score).
        scores: Every scored pair of claims.
        tokens_a: A's claims' tokens.
        tokens_b: B's.

    Returns:
        The neighbours' links, each with its own score, sorted by A's then B's claim; none of them is one of
        `links`. A neighbour is looked for only next to a link the matching rule chose, so second partners never
        chain.
    """
    chosen = {(i, j) for i, j, _ in links}
    words_a, words_b = [_words(tokens) for tokens in tokens_a], [_words(tokens) for tokens in tokens_b]
    # (the long sentence's pair with the neighbour, the long sentence's words, its partner's, the neighbour's)
    wanted = [
        (pair, claim, partner, neighbour)
        for i, j, _ in links
        for pair, claim, partner, neighbour in (
            *(((i, k), words_a[i], words_b[j], words_b[k]) for k in (j - 1, j + 1) if 0 <= k < len(words_b)),
            *(((k, j), words_b[j], words_a[i], words_a[k]) for k in (i - 1, i + 1) if 0 <= k < len(words_a)),
        )
        if pair not in chosen
    ]
    if not wanted:
        return []
    score = _scores_of(scores, sorted({pair for pair, _, _, _ in wanted}), len(tokens_b))
    added = {
        (*pair, score[pair])
        for pair, claim, partner, neighbour in wanted
        if score.get(pair, 0.0) >= NEIGHBOUR_MIN_SCORE and _tells_the_rest(claim, partner, neighbour)
    }
    return sorted(added)


def _scores_of(scores: PairScores, wanted: list[tuple[int, int]], width: int) -> dict[tuple[int, int], float]:
    """The scores of the wanted pairs that were scored."""
    codes = scores.a * width + scores.b
    found = np.flatnonzero(np.isin(codes, np.asarray([i * width + j for i, j in wanted], dtype=np.int64)))
    # A pair of copies may be scored more than once; every copy of it has the same score.
    return {(int(scores.a[k]), int(scores.b[k])): float(scores.score[k]) for k in found.tolist()}


def _words(tokens: Sequence[Token]) -> dict[str, float]:
    """A claim's keys besides names, with their rarity."""
    return {t.key: t.rarity for t in tokens if t.kind != "name"}


def _tells_the_rest(claim: dict[str, float], partner: dict[str, float], neighbour: dict[str, float]) -> bool:
    """Whether the partner leaves UNTOLD_MIN_WEIGHT of the claim's words untold, and the neighbour shares
    NEIGHBOUR_MIN_WEIGHT of them."""
    untold = {key: rarity for key, rarity in claim.items() if key not in partner}
    if math.fsum(untold.values()) < UNTOLD_MIN_WEIGHT:
        return False
    return math.fsum(rarity for key, rarity in untold.items() if key in neighbour) >= NEIGHBOUR_MIN_WEIGHT
