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

A second class: two events of one kind that share their source. Every earthquake is reported "the US Geological
Survey said", every flood "according to the National Weather Service": a name both reports write, but one of them
writes it only as the source of what it reports (in an attribution: "X said", "said X", "according to X", "a
forecaster with X"). A shared source is not a shared fact. So when a link shares such a source, each report names
protagonists of its own, every name both reports write is such a source, and no link shares a distinctive fact but
a source, the reports are read as two events and every link is dropped: what the links share is the source and the
kind's words ("more rain is expected"). Two outlets quoting one spokesman on one event also name its protagonist
("Tara Reid"), so their links stay.

A third class: two events whose protagonists are each their own. A report's protagonists are the names it writes in
two claims or more ("Heritage Community Bank", "Hurricane Delta", "Mount Sinabung"); two reports of one event share
them, whatever else one names that the other does not. Two bank failures, two hurricanes, two eruptions each have
their own, and their links are the kind's general statements ("Loan customers should continue to make their
payments as usual"), its source, or a figure shared by chance. So when each report has protagonists and the other
never writes any of them, every link is dropped. A name is read by its rarest word ("Heritage", not "Community" or
"Bank"), and a word either report also writes in lower case ("the failed bank") is the kind's, not a protagonist.

The second and third classes read the reports as wholes, not the links' sentences, so they are asked from the first
link on: a pair linked once on a general statement ("Loan customers should continue ...") is two events as surely as
one linked six times. Only the first class waits for two links.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

import attrs

from ._facts._dates import CALENDAR_KEYS
from ._text._normalize import NAME_KINDS, Token

__all__ = ["Candidate", "one_event"]

# Reports with fewer links than this are not read as two events by the first class: one link's conflict is no context.
_MIN_LINKS_READ = 2
# A report of fewer claims than this is not read as a whole by the shared-source class: its links are all it says.
_MIN_CLAIMS_READ = 2
# A fact is a report's own, as the scoring's anchors are, when it stands in at most this many of its sentences.
_DISTINCTIVE_MAX_SENTENCES = 2
_FACT_KINDS = frozenset({"number", "acronym", "quote", "duration", "count"})

# A name as an attribution writes it: capitalised words, joined by "of", "for", "and", "on" ("Center for Volcanology
# and Geological Disaster Mitigation", "Indonesia's Center ...").
_NAME_RUN = r"[A-Z][\w.&'\u2019-]*(?:(?:\s+|\s+(?:of|for|and|on)\s+)[A-Z][\w.&'\u2019-]*)*"
_SAYING = (
    r"(?:said|says|say|reported|reports|warned|warns|confirmed|confirms|estimated|estimates|announced|announces"
    r"|told|tells|added|adds|stated)"
)
# The frames a source stands in: "according to X", "based on X", "X said", "said X", "reported by X", and someone
# speaking for X: "George Mathews with X", "said a forecaster with X" (not "a deal with X"). "Said X" ends its
# clause ("..., said the agency."); "said the House plan would ..." names what was said, not who said it.
_ATTRIBUTIONS = tuple(
    re.compile(frame)
    for frame in (
        rf"\b[Aa]ccording to (?:the )?({_NAME_RUN})",
        rf"\b[Bb]ased on (?:the )?({_NAME_RUN})",
        rf"({_NAME_RUN})\s+{_SAYING}\b",
        rf"\b{_SAYING}\s+(?:by\s+)?(?:the\s+)?({_NAME_RUN})(?=\s*(?:[.,;:(]|$))",
        rf"(?:\b[A-Z]\w+|\b{_SAYING}\s+an?\s+\w+)\s+with\s+(?:the\s+)?({_NAME_RUN})",
    )
)


@attrs.frozen
class Candidate:
    """A link as chosen: its claim in A, its claim in B, and whether it carries a conflict."""

    a: int
    b: int
    conflicting: bool


def one_event(
    candidates: Sequence[Candidate],
    tokens_a: Sequence[Sequence[Token]],
    tokens_b: Sequence[Sequence[Token]],
    texts_a: Sequence[str],
    texts_b: Sequence[str],
) -> list[bool]:
    """Which links to keep: all of them, unless the reports read as two events (see the module's docstring).

    Args:
        candidates: The links as chosen, with whether each carries a conflict.
        tokens_a: The tokens of each claim of A, keys made equal across the reports.
        tokens_b: The same for B.
        texts_a: The text of each claim of A, where its tokens' offsets point.
        texts_b: The same for B.

    Returns:
        One flag per candidate, True to keep it.
    """
    keep = [True] * len(candidates)
    if not candidates:
        return keep
    written_a, written_b = _written_names(tokens_a), _written_names(tokens_b)
    names = written_a | written_b
    keys_a, keys_b = [{t.key for t in tokens} for tokens in tokens_a], [{t.key for t in tokens} for tokens in tokens_b]
    used_a, used_b = set().union(*keys_a), set().union(*keys_b)
    a, b = _Side(tokens_a, keys_a, texts_a, used_a, written_a), _Side(tokens_b, keys_b, texts_b, used_b, written_b)
    # The second and third classes read the reports as wholes, so one link is enough to ask about them.
    if _protagonists_apart(a, b) or _share_only_a_source(candidates, a, b, names):
        return [False] * len(candidates)
    if len(candidates) < _MIN_LINKS_READ:
        return keep
    # Most comparisons stop here, before the reports' facts are counted.
    if not any(c.conflicting for c in candidates):
        return keep
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


def _fact_keys(tokens_a: Sequence[Sequence[Token]], tokens_b: Sequence[Sequence[Token]]) -> set[str]:
    return {t.key for tokens in (*tokens_a, *tokens_b) for t in tokens if t.kind in _FACT_KINDS}


def _distinctive(keys_by_claim: Sequence[set[str]]) -> set[str]:
    """The keys that stand in at most _DISTINCTIVE_MAX_SENTENCES of a report's claims."""
    counts = Counter(key for keys in keys_by_claim for key in keys)
    return {key for key, count in counts.items() if count <= _DISTINCTIVE_MAX_SENTENCES}


class _Side(NamedTuple):
    """One report as the rules read it: each claim's tokens, their keys and text, every key it uses, and the keys it
    writes as names (see _written_names)."""

    tokens: Sequence[Sequence[Token]]
    keys: Sequence[set[str]]
    texts: Sequence[str]
    used: set[str]
    names: set[str]


# A protagonist is a name a report writes in at least this many of its claims.
_PROTAGONIST_MIN_CLAIMS = 2
# What may stand between two words of one name: a space, or a particle ("Bank of America", "Banco de la República").
_NAME_GAP = re.compile(r"\s+|\s+(?:of|de|la|del|du|von|van|der)\s+")


def _protagonists_apart(a: _Side, b: _Side) -> bool:
    """Whether each report names protagonists and the other never writes any of them (the module's third class)."""
    named_a = _protagonists(a.tokens, a.texts)
    named_b = _protagonists(b.tokens, b.texts) if named_a else set()
    if not named_b:
        return False
    lower = _lower_case_keys(a, named_a | named_b) | _lower_case_keys(b, named_a | named_b)
    own_a, own_b = named_a - lower, named_b - lower
    return bool(own_a) and bool(own_b) and not own_a & b.used and not own_b & a.used


def _lower_case_keys(side: _Side, among: set[str]) -> set[str]:
    """The keys among these that a report writes in lower case somewhere: a kind's words, even where a name holds
    them ("the failed bank")."""
    return {
        t.key
        for claim, text in zip(side.tokens, side.texts, strict=True)
        for t in claim
        if t.key in among and t.kind == "word" and text[t.start : t.start + 1].islower()
    }


def _protagonists(tokens: Sequence[Sequence[Token]], texts: Sequence[str]) -> set[str]:
    """The names a report writes in _PROTAGONIST_MIN_CLAIMS of its claims or more, each by its rarest word."""
    written = _surfaces(tokens, {"name"})
    counts = Counter(
        key
        for claim, text in zip(tokens, texts, strict=True)
        for key in _name_heads(_mentions(claim, written, {"name"}), text)
    )
    return {key for key, count in counts.items() if count >= _PROTAGONIST_MIN_CLAIMS}


def _name_heads(mentions: Sequence[Token], text: str) -> set[str]:
    """The rarest word's key of each name a claim writes ("Heritage Community Bank" -> "heritag"), dates left out."""
    runs: list[list[Token]] = []
    for token in sorted((t for t in mentions if t.key not in CALENDAR_KEYS), key=lambda t: t.start):
        if runs and _NAME_GAP.fullmatch(text[runs[-1][-1].end : token.start]):
            runs[-1].append(token)
        else:
            runs.append([token])
    return {max(run, key=lambda t: t.rarity).key for run in runs}


def _surfaces(tokens: Sequence[Sequence[Token]], kinds: AbstractSet[str]) -> set[str]:
    """How a report writes its names (of these kinds), folded to lower case."""
    return {t.surface for claim in tokens for t in claim if t.kind in kinds}


def _mentions(claim: Sequence[Token], written: set[str], kinds: AbstractSet[str]) -> list[Token]:
    """The tokens of a claim that mention a name of these kinds. A sentence's first word is capitalised whatever it
    is: it mentions a name only when written as the report writes the name elsewhere ("Pfizer is to buy ..."), not
    as a word that shares its stem ("Deposits remain insured"). Function words ("The" of "The Sun") name nothing."""
    opening = min((t.start for t in claim), default=0)
    return [t for t in claim if t.rarity > 0.0 and (t.kind in kinds or (t.start == opening and t.surface in written))]


def _share_only_a_source(candidates: Sequence[Candidate], a: _Side, b: _Side, names: set[str]) -> bool:
    """Whether the reports read as two events that share their source (the module's second class): a link shares a
    name one report writes only as a source, each report names protagonists of its own, every name both write is
    such a source, and no link shares a distinctive fact but a source."""
    (tokens_a, keys_a, texts_a, used_a, written_a), (tokens_b, keys_b, texts_b, used_b, written_b) = a, b
    # A report of one sentence is no whole to read: its link is all there is ("Harmon said the House GOP's plan ...").
    if len(tokens_a) < _MIN_CLAIMS_READ or len(tokens_b) < _MIN_CLAIMS_READ:
        return False
    if not (names & used_a) - used_b or not (names & used_b) - used_a:
        return False
    named = names | {t.key for tokens in (*tokens_a, *tokens_b) for t in tokens if t.kind == "acronym"}
    shared = [keys_a[c.a] & keys_b[c.b] for c in candidates]
    if not any(keys & named for keys in shared):
        return False
    mentions_a, mentions_b = _Mentions(tokens_a, texts_a, named), _Mentions(tokens_b, texts_b, named)
    # Two reports of one event name a protagonist in common ("Tara Reid"), whoever their sources are.
    common = written_a & written_b
    if any(mentions_a.unattributed(key) and mentions_b.unattributed(key) for key in common):
        return False
    sources = mentions_a.sources() | mentions_b.sources()
    if not any(keys & sources for keys in shared):
        return False
    facts = (_distinctive(keys_a) & _distinctive(keys_b) & (named | _fact_keys(tokens_a, tokens_b))) - sources
    return not any(keys & facts for keys in shared)


def _written_names(tokens: Sequence[Sequence[Token]]) -> set[str]:
    """The keys a report writes as names, months and weekdays left out; a name opening a sentence is read there as a
    word, so its key is taken from where it stands inside one. Acronyms are not counted: those two events of a kind
    share are the kind's own ("an EF0 tornado" / "an EF-1 tornado", "ATM cards")."""
    return {t.key for claim in tokens for t in claim if t.kind == "name" and t.key not in CALENDAR_KEYS}


class _Mentions:
    """Where a report mentions each name or acronym, and whether a mention stands in an attribution. The
    attributions of a claim are read only when one of its mentions is asked about: most reports share a protagonist
    named outside any attribution, found after a claim or two."""

    def __init__(self, tokens: Sequence[Sequence[Token]], texts: Sequence[str], named: set[str]) -> None:
        written = _surfaces(tokens, NAME_KINDS)
        self._texts = texts
        self._spans: dict[int, list[tuple[int, int]]] = {}
        self._by_key: dict[str, list[tuple[int, Token]]] = {}
        for index, claim in enumerate(tokens):
            for token in _mentions(claim, written, NAME_KINDS):
                if token.key in named:
                    self._by_key.setdefault(token.key, []).append((index, token))

    def unattributed(self, key: str) -> bool:
        """Whether the report mentions the key outside an attribution somewhere."""
        return any(not self._attributed(index, token) for index, token in self._by_key.get(key, ()))

    def sources(self) -> set[str]:
        """The names and acronyms the report writes only inside attributions: its sources, not its protagonists."""
        return {key for key in self._by_key if not self.unattributed(key)}

    def _attributed(self, index: int, token: Token) -> bool:
        if index not in self._spans:
            text = self._texts[index]
            self._spans[index] = [match.span(1) for frame in _ATTRIBUTIONS for match in frame.finditer(text)]
        return any(start <= token.start and token.end <= end for start, end in self._spans[index])
