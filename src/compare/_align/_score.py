"""Scoring: how alike every claim of one report is to every claim of the other.

A long news sentence often carries two or three claims, and the other report may make only one of them. So each
sentence is scored as a whole and clause by clause (a clause, and two neighbouring clauses), and a pair of
sentences scores as its best pair of pieces. Pieces are compared by the weighted Dice overlap of their keys, a
key weighing its rarity in English times how seldom it recurs within each report, so that the words every
sentence of a story shares ("Trump", "ceasefire") count little and a fact stated once in each report counts
much. The sums run as a join on the keys, so only pairs that share a key are ever scored, and in blocks
over candidate keys, so that reports of tens of thousands of sentences stay within bounded time and memory
(see _overlap).

Two classes of pair are read apart from the fitted model: sentences that share only names, which are the story's
context and no claim (see _names_alone), and sentences that state one claim with other figures, whose figures are
read as slots (see _slotted).

A sentence a report repeats word for word is one claim: it is scored once, counts once in how often its keys
recur, and its copies are paired in order with the copies of the sentences it is linked to (see _in_order), so a
line two reports each repeat 10,000 times makes 10,000 links, not 100 million.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import TypeVar

import attrs
import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel

from .._text._normalize import NAME_KINDS, Token, fold, quoted_runs
from .._text._segment import CLAUSE_BREAK, clause_spans
from ._overlap import BLOCK_PAIRS, Overlap, Restricted, Side, Vocabulary, overlap_blocks

__all__ = [
    "BIAS",
    "FEATURES",
    "MIN_SCORE",
    "WEIGHTS",
    "PairFeatures",
    "PairScores",
    "pair_features",
    "score_pairs",
]


# Weights of the features below in a logistic model of "these two sentences make the same claim", fitted by
# bench/fit_weights.py on the MRPC and ECB+ benchmark pairs (docs/quality.md). Order: FEATURES.
FEATURES = ("piece_dice", "piece_shared", "dice", "shared", "sequence", "containment")
WEIGHTS = (0.274, 0.154, 4.117, 0.964, 7.376, 1.005)
BIAS = -6.432
# score_pairs leaves out pairs scoring below this, unless they share a distinctive fact (see _plausible).
MIN_SCORE = 0.01
# A distinctive key stands in at most this many sentences of each report, and is at least this rare in English.
_ANCHOR_MAX_SENTENCES = 2
_ANCHOR_MIN_RARITY = 1.0
# The score of a pair quoting the same five words in a row, however little else the sentences share: two reports
# of one event rarely quote the same words of two different remarks.
QUOTED_SCORE = 0.6
# The score of a pair stating one counted fact or one denied state however little else its words share, combined
# with its words' score as a quotation's is (see compare._facts._alike).
FACT_SCORE = 0.4
# Figures are read as slots only when the sentences' other words match this well (weighted Dice, see _slotted).
SLOT_MIN_DICE = 0.8
# A pair that shares nothing but names is scored only when the names are this share (weighted Dice) of both
# sentences (see _names_alone).
NAMES_ONLY_MIN_DICE = 0.6
# Facts, as opposed to words: names, numbers, durations, acronyms, quotes and what numbers count.
_FACT_KINDS = frozenset({"name", "number", "duration", "acronym", "quote", "count"})
# Figures that fill each other's slot when two sentences state one claim with other values (see _slotted).
_SLOT_KINDS = frozenset({"number", "count", "duration"})
_PARALLEL_PAIRS = 20_000
# Keys lighter than this are left out of the word-order comparison, which would otherwise reward shared
# function words.
_SEQUENCE_MIN_WEIGHT = 0.3
# Keys are spelled as one character each for the word-order comparison, skipping the surrogate code points; with
# more keys than there are characters, as lists of strings.
_SURROGATES = 0xD800
_MAX_SYMBOLS = 0x10FFFF - 0x800

_T = TypeVar("_T")
# Reads two reports' sentence pairs by their structure (compare._facts._alike, which the pipeline passes in: this
# package reads tokens, not facts): the sorted codes (A's sentence * B's sentence count + B's) of the pairs stating
# one claim, of the pairs stating two claims that share nothing else than what tells them apart, and of the pairs
# stating one claim that a sentence may carry beside another one it shares with another sentence (see PairScores).
Judge = Callable[
    [Sequence[str], Sequence[Sequence[Token]], Sequence[str], Sequence[Sequence[Token]]],
    tuple[np.ndarray, np.ndarray, np.ndarray],
]
_NO_VERDICTS = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
# A report's sentences, their tokens, and how many copies of each the report holds.
_Sentences = tuple[Sequence[str], Sequence[Sequence[Token]], np.ndarray]


@attrs.frozen
class PairFeatures:
    """Evidence about every pair of sentences that share at least one key.

    Args:
        a: Sentence index in A, one entry per pair.
        b: Sentence index in B.
        features: One row per pair, one column per name in FEATURES.
        anchor: Total rarity of the distinctive keys the pair shares: keys that stand in at most two sentences of
            each report, such as a place, a number or a duration stated once in each.
        quoted: Whether the pair quotes the same five words in a row (see quoted_runs).
        slotted: The features again with the figures of each sentence read as slots (see _slotted).
        names_only: Whether all the two whole sentences share is names.
        same_fact: Whether the pair states one claim by its structure: the same thing counted, one state denied of one
            subject (see Judge).
        apart: Whether the pair states two such facts and shares nothing else than what they are of.
        beside: Whether the pair states one claim that a sentence may carry beside another (see PairScores).
    """

    a: np.ndarray
    b: np.ndarray
    features: np.ndarray
    anchor: np.ndarray
    quoted: np.ndarray
    slotted: np.ndarray
    names_only: np.ndarray
    same_fact: np.ndarray
    apart: np.ndarray
    beside: np.ndarray

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
        beside: Whether their structure states one claim that a sentence may carry beside another, which its words
            share with another sentence (a valued fact, see compare._facts._alike): linked however much better the
            sentence's other link scores (see compare._align._match).
    """

    a: np.ndarray
    b: np.ndarray
    score: np.ndarray
    shared: np.ndarray
    anchor: np.ndarray
    beside: np.ndarray


def score_pairs(
    sentences_a: Sequence[str],
    tokens_a: Sequence[Sequence[Token]],
    sentences_b: Sequence[str],
    tokens_b: Sequence[Sequence[Token]],
    *,
    clause_min_weight: float,
    judge: Judge | None = None,
) -> PairScores:
    """Score every pair of sentences that share a key.

    Args:
        sentences_a: A's claim sentences.
        tokens_a: Their tokens, keys already made equal across the reports (aliases resolved).
        sentences_b: B's claim sentences.
        tokens_b: Their tokens.
        clause_min_weight: Clauses lighter than this are merged into a neighbour.
        judge: Reads pairs by their structure (see Judge); none when None.

    Returns:
        The pairs that share a key, with their scores, but those scoring below MIN_SCORE without an anchor; on
        very large reports, the pairs that share a key other than the most widespread ones (see _overlap). Copies
        of a sentence are paired in order (see _in_order).
    """
    copies_a, copies_b = _Copies.of(sentences_a), _Copies.of(sentences_b)
    distinct_a, distinct_b = copies_a.pick(sentences_a), copies_b.pick(sentences_b)
    distinct_tokens_a, distinct_tokens_b = copies_a.pick(tokens_a), copies_b.pick(tokens_b)
    scoring = _Scoring.of(
        _key_statistics(distinct_tokens_a, distinct_tokens_b),
        (distinct_a, distinct_tokens_a, copies_a.count),
        (distinct_b, distinct_tokens_b, copies_b.count),
        clause_min_weight,
        judge,
    )
    width = len(distinct_b)
    identical = _identical_codes(distinct_a, distinct_b)
    found = np.zeros(identical.size, dtype=bool)
    quoted_found = np.zeros(scoring.quoted.size, dtype=bool)
    fact_found = np.zeros(scoring.same_fact.size, dtype=bool)
    collected = _Collected()
    for block in scoring.blocks():
        scores = _scored(block)
        found |= _mark_identical(scores, identical, width)
        quoted_found |= _lookup(block.a * width + block.b, scoring.quoted)[1]
        fact_found |= _lookup(block.a * width + block.b, scoring.same_fact)[1]
        collected.add(_expanded(_plausible(scores), copies_a, copies_b))
    collected.add(_expanded(_identical_only(identical[~found], width), copies_a, copies_b))
    quoted_only = scoring.quoted[~quoted_found & ~np.isin(scoring.quoted, identical)]
    collected.add(_expanded(_quoted_only(quoted_only, width), copies_a, copies_b))
    fact_only = scoring.same_fact[
        ~fact_found & ~np.isin(scoring.same_fact, identical) & ~np.isin(scoring.same_fact, quoted_only)
    ]
    collected.add(_expanded(_fact_only(fact_only, width, scoring.beside), copies_a, copies_b))
    return collected.scores()


def pair_features(
    sentences_a: Sequence[str],
    tokens_a: Sequence[Sequence[Token]],
    sentences_b: Sequence[str],
    tokens_b: Sequence[Sequence[Token]],
    *,
    clause_min_weight: float,
    judge: Judge | None = None,
) -> PairFeatures:
    """Measure the evidence that each pair of sentences sharing a key makes the same claim.

    Args:
        sentences_a: A's claim sentences.
        tokens_a: Their tokens, keys already made equal across the reports.
        sentences_b: B's claim sentences.
        tokens_b: Their tokens.
        clause_min_weight: Clauses lighter than this are merged into a neighbour.
        judge: Reads pairs by their structure (see Judge); none when None.

    Returns:
        The features of every pair that shares a key (on very large reports, see score_pairs).
    """
    statistics = _key_statistics(tokens_a, tokens_b)
    once_a, once_b = np.ones(len(sentences_a), dtype=np.int64), np.ones(len(sentences_b), dtype=np.int64)
    scoring = _Scoring.of(
        statistics, (sentences_a, tokens_a, once_a), (sentences_b, tokens_b, once_b), clause_min_weight, judge
    )
    blocks = list(scoring.blocks())
    if not blocks:
        empty = np.zeros(0, dtype=np.int64)
        none = np.zeros((0, len(FEATURES)))
        flags = np.zeros(0, dtype=bool)
        return PairFeatures(empty, empty, none, np.zeros(0), flags, none, flags, flags, flags, flags)
    return PairFeatures(
        *(np.concatenate([getattr(block, field.name) for block in blocks]) for field in attrs.fields(PairFeatures))
    )


def _plausible(scores: PairScores) -> PairScores:
    """The pairs with at least a MIN_SCORE chance of making the same claim, or sharing a distinctive fact.

    On very large reports nearly all of the millions of pairs that share some key are far less likely than that;
    keeping them would only fill memory. A link threshold below MIN_SCORE therefore acts as MIN_SCORE.
    """
    keep = (scores.score >= MIN_SCORE) | (scores.anchor > 0.0)
    if keep.all():
        return scores
    return PairScores(*(values[keep] for values in attrs.astuple(scores, recurse=False)))


def _scored(found: PairFeatures) -> PairScores:
    weights = np.asarray(WEIGHTS)
    as_written, as_slots = found.features @ weights, found.slotted @ weights
    logit = np.maximum(as_written, as_slots) + BIAS
    counted = ~_names_alone(found) & ~found.apart
    words = np.where(counted, 1.0 / (1.0 + np.exp(-logit)), 0.0)
    # The same quotation and the words around it are two pieces of evidence: either makes a link, both a surer one.
    score = np.where(found.quoted, 1.0 - (1.0 - QUOTED_SCORE) * (1.0 - words), words)
    # So are one counted fact or one denied state and the words around it.
    score = np.where(found.same_fact, 1.0 - (1.0 - FACT_SCORE) * (1.0 - score), score)
    # The quoted words are the shared evidence, however light each ("I have not done anything wrong"), as the
    # counted thing or the subject phrase is. Figures read as slots are shared evidence too, where they raise the
    # score (see _slotted).
    slots = as_slots > as_written
    shared = np.where(found.quoted | found.same_fact, np.inf, np.where(slots, found.slotted[:, 3], found.piece_shared))
    # A name stated once in each report ties two sentences only when it is what they say (see _names_alone).
    return PairScores(found.a, found.b, score, shared, np.where(counted, found.anchor, 0.0), found.beside)


def _names_alone(found: PairFeatures) -> np.ndarray:
    """Whether each pair shares only names, as context: all it shares is names, and they make up less of the two
    sentences than a weighted Dice of NAMES_ONLY_MIN_DICE.

    Class: two sentences of one story that name the same company, person or place and say different things of it
    ("Hallam & Sons employs about 200 people at the site" / "Fire crews were called to the Hallam & Sons
    warehouse"): the name is context. When the shared names make up most of both sentences, they are the claim
    itself ("Computer Associates, EMC, IBM, Sun and Veritas back it" / "Computer Associates, EMC, IBM, Sun
    Microsystems and Veritas are on board").
    """
    return np.asarray(found.names_only & (found.features[:, 2] < NAMES_ONLY_MIN_DICE))


class _Collected:
    """Scores gathered block by block, joined at the end one field at a time to keep the peak of memory low."""

    def __init__(self) -> None:
        self._fields: tuple[list[np.ndarray], ...] = tuple([] for _ in attrs.fields(PairScores))

    def add(self, scores: PairScores) -> None:
        for field, values in zip(self._fields, attrs.astuple(scores, recurse=False), strict=True):
            field.append(values)

    def scores(self) -> PairScores:
        joined = []
        for field in self._fields:
            joined.append(np.concatenate(field))
            field.clear()
        return PairScores(*joined)


@attrs.frozen
class _Scoring:
    """What scoring the sentence pairs of two reports needs, prepared once for all blocks of pairs.

    Args:
        side_a: A's pieces.
        side_b: B's pieces.
        sequences_a: A's content keys in order, for the word-order comparison (see _content_keys).
        sequences_b: B's.
        anchored: The sentence pairs that share a distinctive key, as sorted codes (A's sentence * B's sentence
            count + B's sentence), and the total rarity of those keys (see _anchored).
        quoted: The sentence pairs that quote the same five words in a row, as sorted codes.
        numbers: The sides restricted to the figures and what they count, for reading figures as slots (see _slotted).
        names: The sides restricted to the names.
        same_fact: The pairs the judge reads as one claim, as sorted codes (see Judge).
        apart: The pairs it reads as two claims sharing nothing else than what tells them apart.
        beside: The pairs it reads as one claim a sentence may carry beside another.
        ranged: The sentence pairs that write ranges with the same start, as sorted codes (see _ranged).
    """

    side_a: Side
    side_b: Side
    sequences_a: list[str | list[str]]
    sequences_b: list[str | list[str]]
    anchored: tuple[np.ndarray, np.ndarray]
    quoted: np.ndarray
    numbers: Restricted
    names: Restricted
    same_fact: np.ndarray
    apart: np.ndarray
    beside: np.ndarray
    ranged: np.ndarray

    @classmethod
    def of(
        cls,
        statistics: _KeyStatistics,
        report_a: _Sentences,
        report_b: _Sentences,
        clause_min_weight: float,
        judge: Judge | None,
    ) -> _Scoring:
        """Prepare the scoring of two reports' sentences, each given with its tokens and its count of copies."""
        weights = _key_weights(statistics)
        vocabulary = Vocabulary.of(weights)
        content = _content_symbols(weights, vocabulary)
        spelled = len(vocabulary.columns) <= _MAX_SYMBOLS
        (sentences_a, tokens_a, copies_a), (sentences_b, tokens_b, copies_b) = report_a, report_b
        side_a = Side.of(*_pieces(sentences_a, tokens_a, weights, clause_min_weight), vocabulary, copies_a)
        side_b = Side.of(*_pieces(sentences_b, tokens_b, weights, clause_min_weight), vocabulary, copies_b)
        same_fact, apart, beside = (
            _NO_VERDICTS if judge is None else judge(sentences_a, tokens_a, sentences_b, tokens_b)
        )
        return cls(
            side_a,
            side_b,
            [_content_keys(tokens, content, spelled) for tokens in tokens_a],
            [_content_keys(tokens, content, spelled) for tokens in tokens_b],
            _anchored(tokens_a, tokens_b, statistics),
            _sharing_a_quoted_run(_quoted(sentences_a), _quoted(sentences_b), len(sentences_b)),
            Restricted.of(side_a, side_b, _flags(vocabulary, statistics.numbers)),
            Restricted.of(side_a, side_b, _flags(vocabulary, statistics.names)),
            same_fact,
            apart,
            beside,
            _ranged(sentences_a, tokens_a, sentences_b, tokens_b),
        )

    def blocks(self) -> Iterator[PairFeatures]:
        """The features of the candidate pairs, block by block, sorted by A's then B's sentence."""
        for overlap in overlap_blocks(self.side_a, self.side_b):
            yield self._features(overlap)

    def _features(self, overlap: Overlap) -> PairFeatures:
        a, b = overlap.a, overlap.b
        weight_a = self.side_a.total[self.side_a.whole[a]]
        weight_b = self.side_b.total[self.side_b.whole[b]]
        features = np.empty((a.size, len(FEATURES)))
        features[:, 0] = overlap.piece_dice
        features[:, 1] = np.log1p(overlap.piece_shared)
        features[:, 2] = 2.0 * overlap.whole_shared / np.maximum(weight_a + weight_b, 1e-9)
        features[:, 3] = np.log1p(overlap.whole_shared)
        _sequence_similarity(self.sequences_a, self.sequences_b, a, b, out=features[:, 4])
        features[:, 5] = overlap.whole_shared / np.maximum(np.minimum(weight_a, weight_b), 1e-9)
        whole_a, whole_b = self.side_a.whole[a], self.side_b.whole[b]
        _, ranged = _lookup(self.ranged, overlap.code)
        slotted = _slotted(features, self.numbers, whole_a, whole_b, overlap.whole_shared, weight_a + weight_b, ranged)
        anchor = np.zeros(a.size)
        position, present = _lookup(overlap.code, self.anchored[0])
        anchor[position[present]] = self.anchored[1][present]
        _, quoted = _lookup(self.quoted, overlap.code)
        # The two sums add the same weights in other orders: equal up to rounding when every shared key is a name.
        names_only = self.names.shared(whole_a, whole_b) >= overlap.whole_shared * (1.0 - 1e-9)
        _, same_fact = _lookup(self.same_fact, overlap.code)
        _, apart = _lookup(self.apart, overlap.code)
        _, beside = _lookup(self.beside, overlap.code)
        return PairFeatures(a, b, features, anchor, quoted, slotted, names_only, same_fact, apart, beside)


def _flags(vocabulary: Vocabulary, keys: AbstractSet[str]) -> np.ndarray:
    """One flag per column of the vocabulary: whether its key is one of `keys`."""
    flags = np.zeros(len(vocabulary.columns), dtype=bool)
    flags[[column for key, column in vocabulary.columns.items() if key in keys]] = True
    return flags


def _slotted(
    features: np.ndarray,
    numbers: Restricted,
    whole_a: np.ndarray,
    whole_b: np.ndarray,
    shared: np.ndarray,
    weights: np.ndarray,
    ranged: np.ndarray,
) -> np.ndarray:
    """The whole sentences' features with their figures read as slots: a figure of one filling a figure of the other.

    Class: the same predicate with the same arguments and another figure ("Ten people died." / "Twelve people
    died.", "The hearing lasted about 50 minutes." / "The hearing lasted about two hours in all."). Such a pair is a
    link with a number conflict, but scored as written its differing figures weigh against it as much as any other
    words, and in a short claim they outweigh all its words. Read as slots, the figures one sentence gives and the
    other does not (a duration with the words that write it) count as shared, up to the lighter side's weight of
    them; only where their words besides the figures match nearly in full (SLOT_MIN_DICE), since elsewhere a figure
    is a claim's own fact, or where the two write ranges with the same start ("from 2009 to 2013" / "from 2009 to
    2012"; see _ranged), the one span told with another end.
    """
    matched = numbers.shared(whole_a, whole_b)
    in_a, in_b = numbers.total_a[whole_a], numbers.total_b[whole_b]
    credit = np.minimum(in_a - matched, in_b - matched)
    slotted = features.copy()
    dice = np.minimum(2.0 * (shared + credit) / np.maximum(weights, 1e-9), 1.0)
    words = weights - in_a - in_b
    words_dice = 2.0 * (shared - matched) / np.maximum(words, 1e-9)
    fill = (credit > 0.0) & (((words > 0.0) & (words_dice >= SLOT_MIN_DICE)) | ranged)
    slotted[fill, 2] = dice[fill]
    slotted[fill, 3] = np.log1p(shared[fill] + credit[fill])
    slotted[fill, 5] = np.minimum(
        features[fill, 5] * (shared[fill] + credit[fill]) / np.maximum(shared[fill], 1e-9), 1.0
    )
    return slotted


# What stands between the two ends of a range: "40-60", "from 2009 to 2013", "between 20 and 30".
_RANGE_GAPS = frozenset({"-", "to", "through", "until"})


def _ranged(
    sentences_a: Sequence[str],
    tokens_a: Sequence[Sequence[Token]],
    sentences_b: Sequence[str],
    tokens_b: Sequence[Sequence[Token]],
) -> np.ndarray:
    """The sentence pairs that write ranges with the same start and another end, as sorted codes.

    Class: one span told with another end ("She served from 2009 to 2013" / "she led the department from 2009 to
    2012"). Where a span starts names it, and its end is a slot (see _slotted). Two spans that end alike and start
    apart are two periods ("earned $141 million from 2007 to 2014" / "earned $20 million between 2011 and 2014").
    """
    ends_b: dict[str, list[tuple[int, str]]] = {}
    for j, (sentence, tokens) in enumerate(zip(sentences_b, tokens_b, strict=True)):
        for low, high in _ranges(sentence, tokens):
            ends_b.setdefault(low, []).append((j, high))
    width = len(sentences_b)
    codes: set[int] = set()
    for i, (sentence, tokens) in enumerate(zip(sentences_a, tokens_a, strict=True)):
        for low, high in _ranges(sentence, tokens):
            codes.update(i * width + j for j, other in ends_b.get(low, ()) if other != high)
    return np.array(sorted(codes), dtype=np.int64)


def _ranges(sentence: str, tokens: Sequence[Token]) -> list[tuple[str, str]]:
    """The ranges a sentence writes, as the keys of their two ends."""
    figures = [t for t in tokens if t.kind == "number"]
    found = []
    for low, high in itertools.pairwise(figures):
        gap = sentence[low.end : high.start].strip().lower()
        if gap in _RANGE_GAPS or (gap == "and" and sentence[: low.start].lower().rstrip().endswith("between")):
            found.append((low.key, high.key))
    return found


def _anchored(
    tokens_a: Sequence[Sequence[Token]], tokens_b: Sequence[Sequence[Token]], statistics: _KeyStatistics
) -> tuple[np.ndarray, np.ndarray]:
    """The sentence pairs that share distinctive keys, as sorted codes, and the keys' total rarity.

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
    if not distinctive:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    holders_a, holders_b = _holders(tokens_a, distinctive), _holders(tokens_b, distinctive)
    # A distinctive key stands in at most two sentences of each report: few pairs, summed here key by key in sorted
    # order (as the join of _overlap would, at a fraction of its cost on the one-pair comparisons callers also make).
    totals: dict[int, float] = {}
    width = len(tokens_b)
    for key in sorted(distinctive.keys() & holders_a.keys() & holders_b.keys()):
        for i in holders_a[key]:
            for j in holders_b[key]:
                totals[i * width + j] = totals.get(i * width + j, 0.0) + distinctive[key]
    code = np.fromiter(totals.keys(), dtype=np.int64, count=len(totals))
    order = np.argsort(code)
    return code[order], np.fromiter(totals.values(), dtype=np.float64, count=len(totals))[order]


def _quoted(sentences: Sequence[str]) -> list[frozenset[str]]:
    return [quoted_runs(sentence) for sentence in sentences]


def _sharing_a_quoted_run(runs_a: Sequence[frozenset[str]], runs_b: Sequence[frozenset[str]], width: int) -> np.ndarray:
    """The sentence pairs that quote the same five words, where neither report quotes them in over two sentences,
    as sorted codes."""
    holders_a = _key_holders(runs_a)
    holders_b = _key_holders(runs_b)
    pairs = {
        (i, j)
        for run in holders_a.keys() & holders_b.keys()
        if len(holders_a[run]) <= _ANCHOR_MAX_SENTENCES and len(holders_b[run]) <= _ANCHOR_MAX_SENTENCES
        for i in holders_a[run]
        for j in holders_b[run]
    }
    return np.array(sorted(i * width + j for i, j in pairs), dtype=np.int64)


def _holders(tokens: Sequence[Sequence[Token]], keys: dict[str, float]) -> dict[str, list[int]]:
    """The sentences holding each of `keys`."""
    return _key_holders([{t.key for t in sentence_tokens if t.key in keys} for sentence_tokens in tokens])


def _key_holders(keys_by_sentence: Sequence[AbstractSet[str]]) -> dict[str, list[int]]:
    """The sentences holding each key, in order."""
    found: dict[str, list[int]] = {}
    for index, keys in enumerate(keys_by_sentence):
        for key in keys:
            found.setdefault(key, []).append(index)
    return found


def _content_symbols(weights: dict[str, float], vocabulary: Vocabulary) -> dict[str, str]:
    """The keys heavy enough for the word-order comparison, each spelled as one character."""
    return {key: _symbol(column) for key, column in vocabulary.columns.items() if weights[key] > _SEQUENCE_MIN_WEIGHT}


def _symbol(column: int) -> str:
    return chr(column if column < _SURROGATES else column + 0x800)


def _content_keys(tokens: Sequence[Token], content: dict[str, str], spelled: bool) -> str | list[str]:
    """The sentence's content keys in order, spelled one character each when `spelled`.

    rapidfuzz compares strings natively, several times faster than lists of keys, and the distance is the same
    since the spelling is one to one.
    """
    if spelled:
        return "".join([content[t.key] for t in tokens if t.key in content])
    return [t.key for t in tokens if t.key in content]


def _sequence_similarity(
    sequences_a: Sequence[str | list[str]],
    sequences_b: Sequence[str | list[str]],
    a: np.ndarray,
    b: np.ndarray,
    *,
    out: np.ndarray,
) -> None:
    """How much of the two sentences' content words stand in the same order (rapidfuzz Indel over keys).

    Args:
        sequences_a: A's content keys, sentence by sentence (see _content_keys).
        sequences_b: B's.
        a: A's sentence of each pair.
        b: B's sentence of each pair.
        out: Where the similarities go, one per pair.
    """
    # In chunks, since the lists of sequences take a Python object per pair.
    for start in range(0, a.size, BLOCK_PAIRS):
        chunk = slice(start, start + BLOCK_PAIRS)
        out[chunk] = process.cpdist(
            [sequences_a[i] for i in a[chunk].tolist()],
            [sequences_b[j] for j in b[chunk].tolist()],
            scorer=Indel.normalized_similarity,
            # Threads pay off only on large inputs; on a few hundred pairs starting them costs more than it saves.
            workers=-1 if a[chunk].size >= _PARALLEL_PAIRS else 1,
        )


@attrs.frozen
class _Copies:
    """A report's distinct sentences, and where the copies of each stand.

    Copies are told apart by their text alone: the same text always has the same tokens.

    Args:
        first: The first copy of each distinct sentence, in order.
        starts: Where each distinct sentence's copies start in `members` (one more entry at the end).
        members: The copies, grouped by distinct sentence, each group in text order.
    """

    first: list[int]
    starts: np.ndarray
    members: np.ndarray

    @classmethod
    def of(cls, sentences: Sequence[str]) -> _Copies:
        groups: dict[str, list[int]] = {}
        for index, sentence in enumerate(sentences):
            groups.setdefault(sentence, []).append(index)
        starts = np.zeros(len(groups) + 1, dtype=np.int64)
        np.cumsum([len(group) for group in groups.values()], out=starts[1:])
        members = np.fromiter((i for group in groups.values() for i in group), dtype=np.int64, count=len(sentences))
        return cls([group[0] for group in groups.values()], starts, members)

    @property
    def count(self) -> np.ndarray:
        """How many copies each distinct sentence has."""
        return np.diff(self.starts)

    @property
    def single(self) -> bool:
        """Whether no sentence is repeated."""
        return len(self.first) == self.members.size

    def pick(self, items: Sequence[_T]) -> list[_T]:
        """The items of the distinct sentences, one per sentence."""
        return [items[i] for i in self.first]


def _expanded(scores: PairScores, copies_a: _Copies, copies_b: _Copies) -> PairScores:
    """Scores of distinct sentences as scores of their copies, each pair's copies paired in order (_in_order)."""
    if copies_a.single and copies_b.single:
        return scores
    k, m = copies_a.count[scores.a], copies_b.count[scores.b]
    n = np.maximum(k, m)
    pair = np.repeat(np.arange(n.size), n)
    nth = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
    k, m = k[pair], m[pair]
    nth_a = np.where(k >= m, nth, nth * k // np.maximum(m, 1))
    nth_b = np.where(k >= m, nth * m // np.maximum(k, 1), nth)
    return PairScores(
        copies_a.members[copies_a.starts[scores.a[pair]] + nth_a],
        copies_b.members[copies_b.starts[scores.b[pair]] + nth_b],
        scores.score[pair],
        scores.shared[pair],
        scores.anchor[pair],
        scores.beside[pair],
    )


def _identical_codes(sentences_a: Sequence[str], sentences_b: Sequence[str]) -> np.ndarray:
    """The pairs of sentences written identically (see _identical_pairs), as sorted codes (a * len(b) + b)."""
    width = len(sentences_b)
    return np.unique(np.asarray([i * width + j for i, j in _identical_pairs(sentences_a, sentences_b)], dtype=np.int64))


def _mark_identical(scores: PairScores, identical: np.ndarray, width: int) -> np.ndarray:
    """Score 1 for sentences written identically, even when no word of them carries weight on its own.

    Args:
        scores: A block of scored pairs, sorted by A's then B's sentence; changed in place.
        identical: The identical pairs, as sorted codes.
        width: B's sentence count.

    Returns:
        For each identical pair, whether the block holds it.
    """
    if identical.size == 0:
        return np.zeros(0, dtype=bool)
    position, present = _lookup(scores.a * width + scores.b, identical)
    scores.score[position[present]] = 1.0
    scores.shared[position[present]] = np.inf
    return present


def _identical_only(identical: np.ndarray, width: int) -> PairScores:
    """Identical pairs that share no weighted key, and so were never scored."""
    return _unscored(identical, width, 1.0)


def _quoted_only(quoted: np.ndarray, width: int) -> PairScores:
    """Pairs quoting the same five words that share no weighted key ("I wish I didn't have to do it")."""
    return _unscored(quoted, width, QUOTED_SCORE)


def _fact_only(codes: np.ndarray, width: int, beside: np.ndarray) -> PairScores:
    """Pairs stating one claim by their structure that share no weighted key: one tally of people told with other
    nouns and verbs ("77 passengers may be still missing" / "84 persons remain unaccounted for", see
    compare._facts._alike)."""
    scores = _unscored(codes, width, FACT_SCORE)
    return attrs.evolve(scores, beside=np.isin(codes, beside))


def _unscored(codes: np.ndarray, width: int, score: float) -> PairScores:
    """Pairs given `score` by what they are, not by their keys: they share no weight to measure, and no anchor."""
    size = codes.size
    return PairScores(
        codes // width,
        codes % width,
        np.full(size, score),
        np.full(size, np.inf),
        np.zeros(size),
        np.zeros(size, dtype=bool),
    )


def _identical_pairs(sentences_a: Sequence[str], sentences_b: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs of sentences that read the same once quotes, dashes, case and spacing are folded, paired in order."""
    copies: dict[str, tuple[list[int], list[int]]] = {}
    for i, sentence in enumerate(sentences_a):
        copies.setdefault(_plain(sentence), ([], []))[0].append(i)
    for j, sentence in enumerate(sentences_b):
        if (group := copies.get(_plain(sentence))) is not None:
            group[1].append(j)
    return [pair for copies_a, copies_b in copies.values() if copies_b for pair in _in_order(copies_a, copies_b)]


def _in_order(copies_a: list[int], copies_b: list[int]) -> list[tuple[int, int]]:
    """Pair the copies of one sentence in the two reports in order, each copy with one copy of the other report.

    With k copies in one report and m <= k in the other, the n-th of the k pairs with copy n * m // k of the m:
    one to one when the counts are equal, the surplus spread evenly otherwise. Every copy is linked, the links
    number max(k, m) rather than k * m, and swapping the reports gives the mirror pairs. _expanded applies the
    same rule to the copies of any two linked sentences.
    """
    k, m = len(copies_a), len(copies_b)
    if k >= m:
        return [(i, copies_b[n * m // k]) for n, i in enumerate(copies_a)]
    return [(copies_a[n * k // m], j) for n, j in enumerate(copies_b)]


def _lookup(codes: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of `wanted` stands in `codes` (sorted, unique integers), and whether it stands there."""
    if codes.size == 0:
        return np.zeros(wanted.size, dtype=np.int64), np.zeros(wanted.size, dtype=bool)
    position = np.minimum(np.searchsorted(codes, wanted), codes.size - 1)
    return position, codes[position] == wanted


def _plain(sentence: str) -> str:
    return " ".join(fold(sentence).casefold().split())


@attrs.frozen
class _KeyStatistics:
    """How often each key stands in the sentences of each report, and how rare it is in English."""

    frequency_a: Counter[str]
    frequency_b: Counter[str]
    rarity: dict[str, float]
    facts: set[str]
    numbers: set[str]
    names: set[str]


def _key_statistics(tokens_a: Sequence[Sequence[Token]], tokens_b: Sequence[Sequence[Token]]) -> _KeyStatistics:
    rarity: dict[str, float] = {}
    facts: set[str] = set()
    numbers: set[str] = set()
    names: set[str] = set()
    for tokens in (*tokens_a, *tokens_b):
        durations = [(t.start, t.end) for t in tokens if t.kind == "duration"]
        for token in tokens:
            if token.rarity > rarity.get(token.key, 0.0):
                rarity[token.key] = token.rarity
            if token.kind in _FACT_KINDS:
                facts.add(token.key)
            # A figure and what it counts ("count:worker") fill the slot together (see _slotted), as a duration and
            # the words that write it do ("about 50 minutes" / "about two hours").
            if token.kind in _SLOT_KINDS or (durations and any(start <= token.start < end for start, end in durations)):
                numbers.add(token.key)
            # A name is a name wherever a report writes it so, also as a sentence's first word, read there as a word.
            elif token.kind in NAME_KINDS:
                names.add(token.key)
    return _KeyStatistics(
        Counter(key for tokens in tokens_a for key in {t.key for t in tokens}),
        Counter(key for tokens in tokens_b for key in {t.key for t in tokens}),
        rarity,
        facts,
        numbers,
        names,
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
    whole = frozenset([t.key for t in tokens if weights.get(t.key, 0.0) > 0.0])
    # Two clauses need a break between them and the weight of two (a key may count in both); most sentences have
    # neither.
    if (
        CLAUSE_BREAK.search(sentence) is None
        or math.fsum([weights.get(t.key, 0.0) for t in tokens]) < 2 * clause_min_weight
    ):
        return [whole]
    clauses = _clauses(sentence, tokens, weights, clause_min_weight)
    if len(clauses) <= 1:
        return [whole]
    neighbours = [clauses[i] | clauses[i + 1] for i in range(len(clauses) - 1)] if len(clauses) > 2 else []
    return [whole, *clauses, *neighbours]


def _clauses(
    sentence: str, tokens: Sequence[Token], weights: dict[str, float], clause_min_weight: float
) -> list[frozenset[str]]:
    starts = [start for start, _ in clause_spans(sentence)]
    groups: list[list[Token]] = [[] for _ in starts]
    for token in tokens:
        groups[max(bisect.bisect_right(starts, token.start) - 1, 0)].append(token)
    clauses: list[frozenset[str]] = []
    pending: set[str] = set()
    for group in groups:
        pending.update(t.key for t in group if weights.get(t.key, 0.0) > 0.0)
        # fsum is exact, so the outcome does not hang on the set's iteration order, which changes from run to run.
        if math.fsum(weights[key] for key in pending) >= clause_min_weight:
            clauses.append(frozenset(pending))
            pending = set()
    if pending:
        if clauses:
            clauses[-1] = clauses[-1] | pending
        else:
            clauses.append(frozenset(pending))
    return clauses
