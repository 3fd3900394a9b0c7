"""Other events: links between two reports of different events of one kind, told in the kind's stock phrases.

Two earthquakes, two derailments, two phone launches are reported in the same words ("a magnitude 5.7 earthquake
struck near Eureka, the US Geological Survey said" / "a magnitude 6.9 earthquake struck near Ferndale, ..."), and
sentence by sentence such a pair looks like one claim with a place and a figure told otherwise: a link with a
conflict. Sentence by sentence the two cannot be told apart; the reports as a whole can. Two reports of one event
that disagree on a name or a figure also agree on other facts of their own (a place, a figure, an acronym, a quote
stated once or twice in each); two reports of two events disagree wherever they meet.

So the reports are read as two events when a link names a protagonist of its own on both sides (a name the other
report never writes: "Hanna" / "Delta", "Carrowmore" / "Eskerby") and carries a conflict, while no link agrees on a
distinctive fact without a conflict. Then the links that disagree, or name protagonists of their own on both sides,
are dropped; a link that agrees on everything it says stays. Reports linked only once are not read so: one link has
no context, and a name told otherwise there is a conflict ("talks in Saudi Arabia" / "talks in Qatar").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from ._facts._dates import MONTHS, WEEKDAYS
from ._text._normalize import Token, stem

__all__ = ["Candidate", "one_event"]

# Reports with fewer links than this are not read as two events: one link is no context.
_MIN_LINKS_READ = 2
# A fact is a report's own, as the scoring's anchors are, when it stands in at most this many of its sentences.
_DISTINCTIVE_MAX_SENTENCES = 2
# Months and weekdays are dates, compared as dates: every report of every event has some.
_CALENDAR = frozenset(stem(word) for word in (*MONTHS, *WEEKDAYS))
_FACT_KINDS = frozenset({"number", "acronym", "quote", "duration", "count"})


@attrs.frozen
class Candidate:
    """A link as chosen: its claim in A, its claim in B, and whether it carries a conflict."""

    a: int
    b: int
    conflicting: bool


def one_event(
    candidates: Sequence[Candidate], tokens_a: Sequence[Sequence[Token]], tokens_b: Sequence[Sequence[Token]]
) -> list[bool]:
    """Which links to keep: all of them, unless the reports read as two events (see the module's docstring).

    Args:
        candidates: The links as chosen, with whether each carries a conflict.
        tokens_a: The tokens of each claim of A, keys made equal across the reports.
        tokens_b: The same for B.

    Returns:
        One flag per candidate, True to keep it.
    """
    keep = [True] * len(candidates)
    # Most comparisons stop at one of the first two questions, before the reports' facts are counted.
    if len(candidates) < _MIN_LINKS_READ or not any(c.conflicting for c in candidates):
        return keep
    names = _name_keys(tokens_a, tokens_b)
    keys_a, keys_b = [{t.key for t in tokens} for tokens in tokens_a], [{t.key for t in tokens} for tokens in tokens_b]
    used_a, used_b = set().union(*keys_a), set().union(*keys_b)
    own = [bool((keys_a[c.a] & names) - used_b) and bool((keys_b[c.b] & names) - used_a) for c in candidates]
    if not any(mine and c.conflicting for c, mine in zip(candidates, own, strict=True)):
        return keep
    facts = _distinctive(keys_a) & _distinctive(keys_b) & (names | _fact_keys(tokens_a, tokens_b))
    if any(
        not mine and not c.conflicting and keys_a[c.a] & keys_b[c.b] & facts
        for c, mine in zip(candidates, own, strict=True)
    ):
        return keep
    return [not (mine or c.conflicting) for c, mine in zip(candidates, own, strict=True)]


def _name_keys(tokens_a: Sequence[Sequence[Token]], tokens_b: Sequence[Sequence[Token]]) -> set[str]:
    """Keys either report writes as a name somewhere, months and weekdays left out; a name opening a sentence is read
    there as a word, so its key is taken from where it stands inside one."""
    return {t.key for tokens in (*tokens_a, *tokens_b) for t in tokens if t.kind == "name" and t.key not in _CALENDAR}


def _fact_keys(tokens_a: Sequence[Sequence[Token]], tokens_b: Sequence[Sequence[Token]]) -> set[str]:
    return {t.key for tokens in (*tokens_a, *tokens_b) for t in tokens if t.kind in _FACT_KINDS}


def _distinctive(keys_by_claim: Sequence[set[str]]) -> set[str]:
    """The keys that stand in at most _DISTINCTIVE_MAX_SENTENCES of a report's claims."""
    counts = Counter(key for keys in keys_by_claim for key in keys)
    return {key for key, count in counts.items() if count <= _DISTINCTIVE_MAX_SENTENCES}
