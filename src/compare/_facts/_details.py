"""Details: what a linked sentence says that no sentence linked to it says.

Two sentences linked as one claim often do not say quite the same: one adds who said it, where, why, or a second
claim in a clause of its own ("Cruz tried to fight off officers and was taken to a hospital after a police dog bit
him, but was later released"). Calling such a pair plain agreement hides the part only one report gives, which is
what an editor checking a rewrite against the wire copy needs to see.

A sentence is read clause by clause (the breaks scoring uses: commas, semicolons, colons, brackets, dashes). A
clause is a detail when most of its content weight (at least ``Settings.detail_unmatched_share``) is in none of the
sentences the other report links to it, and that unmatched weight is at least ``Settings.detail_min_weight``: a
rare word or two, or a name and a figure, never a stray "also". A clause that restates the shared claim at length
before adding to it has too little of its weight unsaid for that share; there a stretch of unsaid words between two
said ones is a detail when it weighs at least ``Settings.detail_run_weight``.

Weights are the words' rarity in English, so function words count for nothing. A word counts as said when its key
is among the partners' keys (aliases and transliterations already resolved), or when it is part of a duration, a
count or a quotation the partners give in other words ("an hour" = "60-minute"), a part of a name they give
("Donald" when they write "Trump"), or a form of something they write in another form (_restated: "R-Ariz." when
they write "Arizona Republican", "posited" when they write "said", "LGBT" when they spell it out). Hedges
("approximately"), courtesy titles ("Mr.") and values that a conflict already reports (22 vs 23) are not details.
The partners' keys are those of every claim of the other report, linked or not: a clause whose words the other
report states in another sentence is not something only this report gives.

A dateline ("WASHINGTON —", "CHOTA, Peru (AP) —") is never part of a detail, and a detail that starts or ends
inside a quotation is widened to the whole quotation, so that no quotation is shown cut open. A quotation mark at
a detail's end whose partner stands in another sentence (the close of a quotation an earlier sentence opened, the
open of one a later sentence closes) is dropped: no detail shows a mark it does not balance.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from .._text._normalize import Token
from .._text._segment import clause_spans
from ._numbers import HEDGE_WORDS
from ._restated import is_courtesy_title, restated_spans

__all__ = ["find_details"]

_CONTENT_KINDS = frozenset({"word", "name", "number", "acronym"})
# Facts that cover the words they are made of: when the partner gives the fact, those words are said.
_COVERING_KINDS = frozenset({"duration", "count", "quote"})
# A said word at least this rare ends a stretch of unsaid words ("the", "a" do not).
_RUN_BREAK_RARITY = 1.0
# White space, punctuation, quotation marks and dashes at the ends of a clause.
_TRIM = " \t\n\"',;:.!?()[]-\u201c\u201d\u2018\u2019\u00ab\u00bb\u2013\u2014"
# A dateline: a place in capitals, maybe a region or country and an agency, then a dash ("WASHINGTON —",
# "CHOTA, Peru (AP) —", "KYIV, Ukraine -- ").
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'\- ]*[A-Z.](?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?(?:\s*\([A-Za-z. ]+\))?\s*(?:\u2014|\u2013|--?)\s*"
)
# A quotation between straight or curly double quotes; an unclosed one runs to the end of the sentence. A straight
# mark opens only before a word: one before white space closes a quotation that began in an earlier sentence.
_QUOTATION = re.compile('(?:\u201c|\u00ab|"(?=\\S))[^"\u201d\u00bb]*(?:["\u201d\u00bb]|$)')
_OPENING_MARKS = "\u201c\u00ab"
_CLOSING_MARKS = "\u201d\u00bb"


def find_details(
    sentence: str,
    tokens: Sequence[Token],
    partner_keys: AbstractSet[str],
    settled: Iterable[tuple[int, int]],
    *,
    min_weight: float,
    unmatched_share: float,
    run_weight: float,
) -> tuple[tuple[int, int], ...]:
    """The spans of the clauses of `sentence` that its partners do not give.

    Args:
        sentence: A linked sentence.
        tokens: Its tokens, keys already made equal across the reports.
        partner_keys: Every key the other report states (the compare pipeline passes those of all its claims).
        settled: Spans of values a conflict already reports, which are not details again.
        min_weight: Least unmatched content weight of a detail.
        unmatched_share: Least share of a clause's content weight that must be unmatched.
        run_weight: Least weight of a stretch of unsaid words that is a detail in a clause that is not one.

    Returns:
        (start, end) offsets into the sentence, in order; neighbouring detail clauses are joined into one span.
    """
    said = _said_spans(tokens, partner_keys, settled)
    content = [t for t in tokens if _carries_content(t)]
    unsaid = _unsaid(sentence, content, partner_keys, said)
    spans: list[tuple[int, int]] = []
    for start, end in clause_spans(sentence):
        inside = [t for t in content if start <= t.start < end]
        total = math.fsum(t.rarity for t in inside)
        unmatched = math.fsum(t.rarity for t in inside if t in unsaid)
        if unmatched >= min_weight and unmatched >= unmatched_share * total:
            # From the clause's first unsaid word to its last: a clause that restates the shared claim before
            # adding to it shows only what it adds.
            stretch = [t for t in inside if t in unsaid]
            spans.append(_trimmed(sentence, stretch[0].start, stretch[-1].end))
        else:
            spans.extend(
                _trimmed(sentence, run[0].start, run[-1].end)
                for run in _runs(inside, unsaid)
                if math.fsum(t.rarity for t in run) >= run_weight
            )
    widened = (_whole_quotations(sentence, span) for span in _joined(sentence, _after_dateline(sentence, spans)))
    return tuple(span for span in (_without_dangling_marks(sentence, span) for span in widened) if span[0] < span[1])


def _carries_content(token: Token) -> bool:
    """A word that can make a detail: not a function word, a hedge ("approximately an hour" says how precise a
    figure is, not something more) or a courtesy title ("Mr.")."""
    return (
        token.kind in _CONTENT_KINDS
        and token.rarity > 0.0
        and token.surface not in HEDGE_WORDS
        and not is_courtesy_title(token)
    )


def _after_dateline(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with the sentence's dateline ("WASHINGTON —", "CHOTA, Peru (AP) —") left out: it says where the
    report was filed, not what happened."""
    match = _DATELINE.match(sentence)
    if match is None:
        return spans
    cut = match.end()
    return [_trimmed(sentence, max(start, cut), end) for start, end in spans if end > cut]


def _whole_quotations(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span widened to every quotation it starts or ends inside, so that no quotation is shown cut open."""
    start, end = span
    for quote_start, quote_end in _quotations(sentence):
        if quote_start < start < quote_end or quote_start < end < quote_end:
            start, end = min(start, quote_start), max(end, quote_end)
    return start, end


def _without_dangling_marks(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without a quotation mark at either end whose partner is outside it: the close of a quotation an
    earlier sentence opened (the mark before "he said" in '... two years," he said'), or the open of one that a later
    sentence closes. Such a mark cannot be balanced inside the span's own text, so it is dropped."""
    start, end = span
    while start < end:
        unmatched = _unmatched_marks(sentence, start, end)
        if start in unmatched:
            start, end = _trimmed(sentence, start + 1, end)
        elif end - 1 in unmatched:
            start, end = _trimmed(sentence, start, end - 1)
        else:
            break
    return start, end


def _unmatched_marks(sentence: str, start: int, end: int) -> set[int]:
    """The offsets of the double quotation marks in sentence[start:end] that have no partner there."""
    opened: list[int] = []
    unmatched: set[int] = set()
    for offset in range(start, end):
        kind = _mark_kind(sentence, offset)
        if kind == "open":
            opened.append(offset)
        elif kind == "close":
            if opened:
                opened.pop()
            else:
                unmatched.add(offset)
    return unmatched | set(opened)


def _mark_kind(sentence: str, offset: int) -> str | None:
    """ "open", "close" or None: a straight mark opens before a word, after white space or at the start."""
    char = sentence[offset]
    if char in _OPENING_MARKS:
        return "open"
    if char in _CLOSING_MARKS:
        return "close"
    if char != '"':
        return None
    after = sentence[offset + 1 : offset + 2]
    before = sentence[offset - 1 : offset] if offset else ""
    return "open" if after.strip() and not before.strip(" \t\n([{\u2014\u2013-") else "close"


def _quotations(sentence: str) -> list[tuple[int, int]]:
    """Each quotation's span, its quotation marks included; an unclosed one runs to the end of the sentence."""
    return [match.span() for match in _QUOTATION.finditer(sentence)]


def _runs(inside: list[Token], unsaid: set[Token]) -> list[list[Token]]:
    """The clause's stretches of unsaid words, each ended by a said word that carries meaning."""
    runs: list[list[Token]] = [[]]
    for token in inside:
        if token in unsaid:
            runs[-1].append(token)
        elif token.rarity >= _RUN_BREAK_RARITY and runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _unsaid(
    sentence: str, content: list[Token], partner_keys: AbstractSet[str], said: list[tuple[int, int]]
) -> set[Token]:
    """The content words the partners do not give.

    A part of a name the partners give is given ("Donald" of "Donald Trump" when the partner writes "Trump").
    """
    unsaid = {t for t in content if not _is_said(t, partner_keys, said)}
    for first, second in itertools.pairwise(content):
        if _one_name(sentence, first, second) and (first in unsaid) != (second in unsaid):
            unsaid -= {first, second}
    return unsaid


def _one_name(sentence: str, first: Token, second: Token) -> bool:
    return first.kind == second.kind == "name" and not sentence[first.end : second.start].strip()


def _said_spans(
    tokens: Sequence[Token], partner_keys: AbstractSet[str], settled: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Stretches of the sentence whose words count as said: facts the partners give, in these words or in another
    form (see _restated), and settled conflicts."""
    covered = [(t.start, t.end) for t in tokens if t.kind in _COVERING_KINDS and t.key in partner_keys]
    return covered + restated_spans(tokens, partner_keys) + list(settled)


def _is_said(token: Token, partner_keys: AbstractSet[str], said: list[tuple[int, int]]) -> bool:
    return token.key in partner_keys or any(start <= token.start and token.end <= end for start, end in said)


def _trimmed(sentence: str, start: int, end: int) -> tuple[int, int]:
    while start < end and sentence[start] in _TRIM:
        start += 1
    while end > start and sentence[end - 1] in _TRIM:
        end -= 1
    return start, end


def _joined(sentence: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Neighbouring spans as one, when only punctuation stands between them."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and not sentence[joined[-1][1] : start].strip(_TRIM):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return tuple(joined)
