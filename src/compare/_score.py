"""Scoring: how alike every claim of one report is to every claim of the other.

A long news sentence often carries two or three claims, and the other report may make only one of them. So each
sentence is scored as a whole and clause by clause (a clause, and two neighbouring clauses), and a pair of
sentences scores as its best pair of pieces. Pieces are compared by the weighted Dice overlap of their keys, a
key weighing its rarity in English times how seldom it recurs within each report, so that the words every
sentence of a story shares ("Trump", "ceasefire") count little and a fact stated once in each report counts
much. The sums run as one sparse matrix product, so only pairs that share a key are ever scored.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import attrs
import numpy as np
import scipy.sparse as sp
from rapidfuzz import process
from rapidfuzz.distance import Indel

from ._normalize import Token, fold

__all__ = ["BIAS", "FEATURES", "WEIGHTS", "PairFeatures", "PairScores", "pair_features", "score_pairs"]

_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s-+\s|\s-{2,}")


# Weights of the features below in a logistic model of "these two sentences make the same claim", fitted by
# bench/fit_weights.py on the MRPC and ECB+ benchmark pairs (docs/quality.md). Order: FEATURES.
FEATURES = ("piece_dice", "piece_shared", "dice", "shared", "sequence", "containment")
WEIGHTS = (0.274, 0.154, 4.117, 0.964, 7.376, 1.005)
BIAS = -6.432
# A distinctive key stands in at most this many sentences of each report, and is at least this rare in English.
_ANCHOR_MAX_SENTENCES = 2
_ANCHOR_MIN_RARITY = 1.0
# Facts, as opposed to words: names, numbers, durations, acronyms, quotes and what numbers count.
_FACT_KINDS = frozenset({"name", "number", "duration", "acronym", "quote", "count"})
_PARALLEL_PAIRS = 20_000
# Keys lighter than this are left out of the word-order comparison, which would otherwise reward shared
# function words.
_SEQUENCE_MIN_WEIGHT = 0.3


@attrs.frozen
class PairFeatures:
    """Evidence about every pair of sentences that share at least one key.

    Args:
        a: Sentence index in A, one entry per pair.
        b: Sentence index in B.
        features: One row per pair, one column per name in FEATURES.
        anchor: Total rarity of the distinctive keys the pair shares: keys that stand in at most two sentences of
            each report, such as a place, a number or a duration stated once in each.
    """

    a: np.ndarray
    b: np.ndarray
    features: np.ndarray
    anchor: np.ndarray

    @property
    def piece_shared(self) -> np.ndarray:
        """Total weight of the keys the best pair of pieces shares."""
        return self.features[:, 1]


@attrs.frozen
class PairScores:
    """Scores of the sentence pairs that share at least one key.

    Args:
        a: Sentence index in A, one entry per pair.
        b: Sentence index in B.
        score: Probability that the two make the same claim, in [0, 1].
        shared: Total weight of the keys their best pair of pieces shares.
        anchor: Total rarity of the distinctive keys they share (see PairFeatures).
    """

    a: np.ndarray
    b: np.ndarray
    score: np.ndarray
    shared: np.ndarray
    anchor: np.ndarray


def score_pairs(
    sentences_a: Sequence[str],
    tokens_a: Sequence[Sequence[Token]],
    sentences_b: Sequence[str],
    tokens_b: Sequence[Sequence[Token]],
    *,
    clause_min_weight: float,
) -> PairScores:
    """Score every pair of sentences that share a key.

    Args:
        sentences_a: A's claim sentences.
        tokens_a: Their tokens, keys already made equal across the reports (aliases resolved).
        sentences_b: B's claim sentences.
        tokens_b: Their tokens.
        clause_min_weight: Clauses lighter than this are merged into a neighbour.

    Returns:
        The pairs that share a key, with their scores.
    """
    found = pair_features(sentences_a, tokens_a, sentences_b, tokens_b, clause_min_weight=clause_min_weight)
    logit = found.features @ np.asarray(WEIGHTS) + BIAS
    scores = PairScores(found.a, found.b, 1.0 / (1.0 + np.exp(-logit)), found.piece_shared, found.anchor)
    return _with_identical(scores, sentences_a, sentences_b)


def _with_identical(scores: PairScores, sentences_a: Sequence[str], sentences_b: Sequence[str]) -> PairScores:
    """Score 1 for sentences written identically, even when no word of them carries weight on its own."""
    by_text: dict[str, list[int]] = {}
    for j, sentence in enumerate(sentences_b):
        by_text.setdefault(_plain(sentence), []).append(j)
    identical = {(i, j) for i, sentence in enumerate(sentences_a) for j in by_text.get(_plain(sentence), ())}
    if not identical:
        return scores
    pairs = dict(zip(zip(scores.a.tolist(), scores.b.tolist(), strict=True), range(scores.a.size), strict=True))
    extra = sorted(identical - pairs.keys())
    score = scores.score.copy()
    shared = scores.shared.copy()
    for pair in identical & pairs.keys():
        score[pairs[pair]] = 1.0
        shared[pairs[pair]] = np.inf
    return PairScores(
        np.concatenate([scores.a, np.asarray([i for i, _ in extra], dtype=np.int64)]),
        np.concatenate([scores.b, np.asarray([j for _, j in extra], dtype=np.int64)]),
        np.concatenate([score, np.ones(len(extra))]),
        np.concatenate([shared, np.full(len(extra), np.inf)]),
        np.concatenate([scores.anchor, np.zeros(len(extra))]),
    )


def _plain(sentence: str) -> str:
    return " ".join(fold(sentence).casefold().split())


def pair_features(
    sentences_a: Sequence[str],
    tokens_a: Sequence[Sequence[Token]],
    sentences_b: Sequence[str],
    tokens_b: Sequence[Sequence[Token]],
    *,
    clause_min_weight: float,
) -> PairFeatures:
    """Measure the evidence that each pair of sentences sharing a key makes the same claim.

    Args:
        sentences_a: A's claim sentences.
        tokens_a: Their tokens, keys already made equal across the reports.
        sentences_b: B's claim sentences.
        tokens_b: Their tokens.
        clause_min_weight: Clauses lighter than this are merged into a neighbour.

    Returns:
        The features of every pair that shares a key.
    """
    statistics = _key_statistics(tokens_a, tokens_b)
    weights = _key_weights(statistics)
    vocabulary = {key: column for column, key in enumerate(sorted(weights))}
    owner_a, pieces_a = _pieces(sentences_a, tokens_a, weights, clause_min_weight)
    owner_b, pieces_b = _pieces(sentences_b, tokens_b, weights, clause_min_weight)
    matrix_a = _matrix(pieces_a, vocabulary, weights)
    matrix_b = _matrix(pieces_b, vocabulary, weights)
    shared = (matrix_a @ (matrix_b > 0).T.astype(np.float64)).tocoo()
    total_a = np.asarray(matrix_a.sum(axis=1)).ravel()
    total_b = np.asarray(matrix_b.sum(axis=1)).ravel()
    dice = 2.0 * shared.data / (total_a[shared.row] + total_b[shared.col])
    a, b, piece_dice, piece_shared = _best_per_sentence_pair(
        owner_a[shared.row], owner_b[shared.col], dice, shared.data
    )
    whole_a = _whole_rows(owner_a)
    whole_b = _whole_rows(owner_b)
    whole_shared = np.asarray(matrix_a[whole_a[a]].multiply(matrix_b[whole_b[b]] > 0).sum(axis=1)).ravel()
    weight_a, weight_b = total_a[whole_a[a]], total_b[whole_b[b]]
    whole_dice = 2.0 * whole_shared / np.maximum(weight_a + weight_b, 1e-9)
    containment = whole_shared / np.maximum(np.minimum(weight_a, weight_b), 1e-9)
    sequence = _sequence_similarity(tokens_a, tokens_b, weights, a, b)
    features = np.column_stack(
        [piece_dice, np.log1p(piece_shared), whole_dice, np.log1p(whole_shared), sequence, containment]
    )
    return PairFeatures(a, b, features, _anchors(tokens_a, tokens_b, statistics, a, b))


def _anchors(
    tokens_a: Sequence[Sequence[Token]],
    tokens_b: Sequence[Sequence[Token]],
    statistics: _KeyStatistics,
    a: np.ndarray,
    b: np.ndarray,
) -> np.ndarray:
    """Total rarity of the distinctive keys each pair shares.

    A fact that a report states in one or two sentences, and the other report too, ties those sentences together
    even inside long sentences that carry other claims: the same place ("Saudi Arabia"), the same count
    ("175"), the same duration ("an hour" = "hour-long").
    """
    distinctive = {
        key: value
        for key, value in statistics.rarity.items()
        if key in statistics.facts
        and value >= _ANCHOR_MIN_RARITY
        and 0 < statistics.frequency_a[key] <= _ANCHOR_MAX_SENTENCES
        and 0 < statistics.frequency_b[key] <= _ANCHOR_MAX_SENTENCES
    }
    if not distinctive or a.size == 0:
        return np.zeros(a.size)
    vocabulary = {key: column for column, key in enumerate(sorted(distinctive))}
    matrix_a = _matrix(
        [frozenset(t.key for t in tokens) & distinctive.keys() for tokens in tokens_a], vocabulary, distinctive
    )
    matrix_b = _matrix(
        [frozenset(t.key for t in tokens) & distinctive.keys() for tokens in tokens_b], vocabulary, distinctive
    )
    return np.asarray(matrix_a[a].multiply(matrix_b[b] > 0).sum(axis=1), dtype=np.float64).ravel()


def _whole_rows(owner: np.ndarray) -> np.ndarray:
    # The first piece of every sentence is the sentence itself.
    first = np.ones(owner.size, dtype=bool)
    first[1:] = owner[1:] != owner[:-1]
    return np.flatnonzero(first)


def _sequence_similarity(
    tokens_a: Sequence[Sequence[Token]],
    tokens_b: Sequence[Sequence[Token]],
    weights: dict[str, float],
    a: np.ndarray,
    b: np.ndarray,
) -> np.ndarray:
    """How much of the two sentences' content words stand in the same order (rapidfuzz Indel over keys)."""
    if a.size == 0:
        return np.zeros(0)
    sequence_a = [_content_keys(tokens, weights) for tokens in tokens_a]
    sequence_b = [_content_keys(tokens, weights) for tokens in tokens_b]
    return np.asarray(
        process.cpdist(
            [sequence_a[i] for i in a.tolist()],
            [sequence_b[j] for j in b.tolist()],
            scorer=Indel.normalized_similarity,
            # Threads pay off only on large inputs; on a few hundred pairs starting them costs more than it saves.
            workers=-1 if a.size >= _PARALLEL_PAIRS else 1,
        ),
        dtype=np.float64,
    )


def _content_keys(tokens: Sequence[Token], weights: dict[str, float]) -> list[str]:
    return [t.key for t in tokens if weights.get(t.key, 0.0) > _SEQUENCE_MIN_WEIGHT]


@attrs.frozen
class _KeyStatistics:
    """How often each key stands in the sentences of each report, and how rare it is in English."""

    frequency_a: Counter[str]
    frequency_b: Counter[str]
    rarity: dict[str, float]
    facts: set[str]


def _key_statistics(tokens_a: Sequence[Sequence[Token]], tokens_b: Sequence[Sequence[Token]]) -> _KeyStatistics:
    rarity: dict[str, float] = {}
    facts: set[str] = set()
    for tokens in (*tokens_a, *tokens_b):
        for token in tokens:
            if token.rarity > rarity.get(token.key, 0.0):
                rarity[token.key] = token.rarity
            if token.kind in _FACT_KINDS:
                facts.add(token.key)
    return _KeyStatistics(
        Counter(key for tokens in tokens_a for key in {t.key for t in tokens}),
        Counter(key for tokens in tokens_b for key in {t.key for t in tokens}),
        rarity,
        facts,
    )


def _key_weights(statistics: _KeyStatistics) -> dict[str, float]:
    return {
        key: value
        * math.sqrt(_spread_damping(statistics.frequency_a[key]) * _spread_damping(statistics.frequency_b[key]))
        for key, value in statistics.rarity.items()
    }


def _spread_damping(sentence_count: int) -> float:
    # A key found in many sentences of one report (the story's protagonists) says little about which of them
    # a claim of the other report matches.
    return 1.0 / (1.0 + math.log(sentence_count)) if sentence_count > 1 else 1.0


def _pieces(
    sentences: Sequence[str],
    tokens: Sequence[Sequence[Token]],
    weights: dict[str, float],
    clause_min_weight: float,
) -> tuple[np.ndarray, list[frozenset[str]]]:
    owners: list[int] = []
    pieces: list[frozenset[str]] = []
    for index, (sentence, sentence_tokens) in enumerate(zip(sentences, tokens, strict=True)):
        for piece in _sentence_pieces(sentence, sentence_tokens, weights, clause_min_weight):
            owners.append(index)
            pieces.append(piece)
    return np.asarray(owners, dtype=np.int64), pieces


def _sentence_pieces(
    sentence: str, tokens: Sequence[Token], weights: dict[str, float], clause_min_weight: float
) -> list[frozenset[str]]:
    whole = frozenset(t.key for t in tokens if weights.get(t.key, 0.0) > 0.0)
    clauses = _clauses(sentence, tokens, weights, clause_min_weight)
    if len(clauses) <= 1:
        return [whole]
    neighbours = [clauses[i] | clauses[i + 1] for i in range(len(clauses) - 1)] if len(clauses) > 2 else []
    return [whole, *clauses, *neighbours]


def _clauses(
    sentence: str, tokens: Sequence[Token], weights: dict[str, float], clause_min_weight: float
) -> list[frozenset[str]]:
    breaks = [match.start() for match in _CLAUSE_BREAK.finditer(sentence)]
    groups: list[list[Token]] = [[]]
    position = 0
    for token in sorted(tokens, key=lambda t: t.start):
        while position < len(breaks) and breaks[position] < token.start:
            position += 1
            if groups[-1]:
                groups.append([])
        groups[-1].append(token)
    clauses: list[frozenset[str]] = []
    pending: set[str] = set()
    for group in groups:
        pending.update(t.key for t in group if weights.get(t.key, 0.0) > 0.0)
        if sum(weights[key] for key in pending) >= clause_min_weight:
            clauses.append(frozenset(pending))
            pending = set()
    if pending:
        if clauses:
            clauses[-1] = clauses[-1] | pending
        else:
            clauses.append(frozenset(pending))
    return clauses


def _matrix(pieces: list[frozenset[str]], vocabulary: dict[str, int], weights: dict[str, float]) -> sp.csr_matrix:
    lengths = [len(piece) for piece in pieces]
    columns = [vocabulary[key] for piece in pieces for key in piece]
    values = [weights[key] for piece in pieces for key in piece]
    pointers = np.zeros(len(pieces) + 1, dtype=np.int64)
    np.cumsum(lengths, out=pointers[1:])
    # Built from its parts, a CSR matrix skips the checks and the sort of the (row, column) constructor.
    return sp.csr_matrix(
        (np.asarray(values, dtype=np.float64), np.asarray(columns, dtype=np.int64), pointers),
        shape=(len(pieces), len(vocabulary)),
    )


def _best_per_sentence_pair(
    a: np.ndarray, b: np.ndarray, dice: np.ndarray, shared: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    if dice.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0), np.zeros(0)
    # Sort by pair, best score last, and keep the last row of each pair.
    order = np.lexsort((shared, dice, b, a))
    a, b, dice, shared = a[order], b[order], dice[order], shared[order]
    last = np.ones(a.size, dtype=bool)
    last[:-1] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    return a[last], b[last], np.minimum(dice[last], 1.0), shared[last]
