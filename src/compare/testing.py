"""Assertions for test suites: fail a test when a rewrite changes, drops or invents a fact.

>>> from compare.testing import assert_consistent, assert_covers, assert_supported
>>> assert_consistent("Police said 12 people were hurt.", "Twelve people were hurt, police said.")
>>> assert_consistent("12 were hurt.", "Twelve were hurt.", "Police said 12 were hurt.")  # every pair

Each helper compares the two reports with :func:`compare.compare` and raises :class:`AssertionError` with a message
that lists what is wrong, both sentences quoted, the differing values marked ``[[like this]]``. The helpers set
``__tracebackhide__``, so pytest shows the message, not compare's internals.

Reports are :class:`compare.Report` objects, their text as ``str``, or a :class:`os.PathLike` path to a text file
(a ``str`` is always text, never a path: a ``str`` that names an existing file and holds no sentence is refused
with an error that says to pass a ``Path``).

Key facts are the numbers, names, quotes and durations of a sentence: the tokens of kinds ``number``, ``name``,
``acronym``, ``quote`` and ``duration`` the engine's normaliser makes, so "twelve" and "12", or "hour-long" and
"an hour", are the same fact, and so are two spellings of a name the engine unifies ("Zelenskyy", "Zelensky").
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from typing import TypeAlias, overload

import attrs

from ._collate._collate import collate, default_name
from ._collate._model import Collation, ValueSplit
from ._compare import claim_tokens, compare
from ._facts._dates import DATE_WORDS
from ._facts._numbers import Quantity, find_quantities
from ._facts._restated import is_courtesy_title, mentions, slips, stated_keys
from ._inputs._report import Report, refuse_file_name
from ._model import Comparison, Conflict, Detail, Link, Sentence
from ._outputs._counts import plural
from ._outputs._terminal import marked, value_span
from ._settings import Settings
from ._text._normalize import Token, fold, stem, tokenize
from ._text._words import words_of

__all__ = ["Allowance", "ReportLike", "assert_consistent", "assert_covers", "assert_supported", "key_facts"]

ReportLike: TypeAlias = Report | str | os.PathLike[str]
"""What the helpers take as a report: a Report, its text, or the path of a text file."""

Allowance: TypeAlias = Conflict | tuple[str, str] | str
"""A conflict to tolerate: a :class:`Conflict` (same kind and values), an ``(a_value, b_value)`` pair, or a kind."""

FACT_KINDS = frozenset({"number", "name", "acronym", "quote", "duration"})
_MAX_LISTED = 20  # items listed in one message; more are counted, so a failure stays readable
# Measures the engine reads in one unit whatever unit a report writes them in.
_MEASURED_UNITS = frozenset({"m", "kg", "\u00b0C"})
# Names of temperature scales are units, not names to check.
_SCALES = frozenset({"celsius", "fahrenheit", "centigrade", "kelvin"})
# Between a first name and a surname: a space, or a particle of the surname ("Pieter van Dalen").
_NAME_GAP = re.compile(r" (?:(?:van|von|de|der|den|da|di|del|la|le|al|bin|ibn|dos|das|du) )*")
_WORD = re.compile(r"[^\W_]+")
# A figure in a span of time: digits or a number word ("two weeks", "a dozen years", "an hour" is a figure too).
_FIGURE = re.compile(
    r"\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred)\b", re.I
)
# "one" standing for a noun ("the Democratic one will", "this one is"): after a determiner and at most one word,
# before punctuation, an auxiliary or a relative, not before a noun ("the one person").
_PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:the|this|that|which|each|every|another|any|a|an|no)\s+(?:(?!only\b)[\w-]+\s+)?$", re.I
)
_PRONOUN_ONE_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\"\u201d]|$|(?:will|would|is|was|are|were|has|had|have|that|who|which|can|could|may|might|should"
    r"|must|does|did)\b)",
    re.I,
)
_RELATIVE_AFTER = re.compile(r"\s+(?:earlier|ago|later|before|after|previously)\b", re.IGNORECASE)


@attrs.frozen
class Fact:
    """A key fact of a sentence: a number, a name, a quote or a duration.

    Args:
        kind: The token kind (``number``, ``name``, ``acronym``, ``quote``, ``duration``).
        value: The fact as written in the sentence.
        key: What it is compared by (shared by the forms the normaliser unifies).
        sentence: The sentence it stands in.
        span: Where it stands in the sentence.
        said_by: Keys that state it in another form ("California" for "Calif.", "senator" for "Sen."): the other
            report states the fact when it states its key or one of these.
    """

    kind: str
    value: str
    key: str
    sentence: Sentence
    span: tuple[int, int]
    said_by: frozenset[str] = frozenset()


class _Stated:
    """What a report states, to ask whether it states a fact of the other.

    A fact is stated when the report gives its key or a form of it (``Fact.said_by``); a quotation also when the
    report gives its words in the same order, its marks placed elsewhere or the quotation cut at another place; a
    span with no figure ("a weeks-long review", "for months") when the report names its unit in any phrase ("a
    review of several weeks"): that span says nothing more than the unit.
    """

    def __init__(self, keys: set[str], sentences: Sequence[Sentence]) -> None:
        self.keys = keys
        self._words = f" {' '.join(_words(s.text) for s in _claims(sentences))} "

    def states(self, fact: Fact) -> bool:
        if fact.key in self.keys or not fact.said_by.isdisjoint(self.keys):
            return True
        if fact.kind == "quote":
            return f" {_words(fact.value)} " in self._words
        if fact.kind == "duration" and not _FIGURE.search(fact.value):
            return any(stem(word) in self.keys for word in _words(fact.value).split())
        return False


def _words(text: str) -> str:
    """The text's words, lower case, one space apart."""
    return " ".join(_WORD.findall(fold(text).lower()))


# --------------------------------------------------------------------------------------------------------------
# The assertions
# --------------------------------------------------------------------------------------------------------------


@overload
def assert_consistent(
    a: ReportLike, b: ReportLike, *, allow: Iterable[Allowance] = (), settings: Settings | None = None
) -> Comparison: ...


@overload
def assert_consistent(
    a: ReportLike,
    b: ReportLike,
    c: ReportLike,
    /,
    *more: ReportLike,
    allow: Iterable[Allowance] = (),
    settings: Settings | None = None,
) -> Collation: ...


def assert_consistent(
    a: ReportLike,
    b: ReportLike,
    *more: ReportLike,
    allow: Iterable[Allowance] = (),
    settings: Settings | None = None,
) -> Comparison | Collation:
    """Fail when two reports, or any two of several, conflict on a detail.

    Args:
        a: Report A (the reference, such as the wire story).
        b: Report B (such as a rewrite).
        more: Further reports: with three or more, every pair must be consistent, and the reports are collated
            (:func:`compare.collate`), so the message says which report gives which value. An ``(a_value,
            b_value)`` allowance then tolerates the change in either direction.
        allow: Conflicts to tolerate. Each item is one of: a :class:`Conflict` (tolerates conflicts of the same
            kind and values), an ``(a_value, b_value)`` pair of strings (tolerates that change, compared without
            regard to case and surrounding space), or a kind such as ``"number"`` (tolerates every conflict of that
            kind).
        settings: The engine's settings; the defaults when ``None``.

    Returns:
        The comparison, for further checks; the :class:`compare.Collation` for three reports or more.

    Raises:
        AssertionError: The reports conflict; the message lists each conflict with both sentences, or for several
            reports each pair in conflict and who gives which value.
    """
    __tracebackhide__ = True
    if more:
        return _assert_all_consistent([a, b, *more], tuple(allow), settings)
    comparison = _related(compare(_report(a, "A"), _report(b, "B"), settings=settings))
    allowances = tuple(allow)
    found = [
        (link, conflict)
        for link in comparison.conflicts
        for conflict in link.conflicts
        if conflict.is_conflict and not any(_allows(item, conflict) for item in allowances)
    ]
    if found:
        raise AssertionError(_conflicts_message(comparison, found))
    return comparison


def _assert_all_consistent(
    reports: Sequence[ReportLike], allowances: tuple[Allowance, ...], settings: Settings | None
) -> Collation:
    __tracebackhide__ = True
    collation = collate([_report(r, default_name(i)) for i, r in enumerate(reports)], settings=settings)
    if collation.unrelated():
        names = ", ".join(collation.reports[i].name or default_name(i) for i in collation.unrelated())
        raise AssertionError(
            f"{names} may not be about the same event as the other reports: checking them against each other says "
            f"nothing.\nIf they are, lower Settings.related_threshold (now {collation.settings.related_threshold})."
        )
    found = [
        (i, j, conflict)
        for (i, j), comparison in zip(collation.pair_indices(), collation.pairs, strict=True)
        for link in comparison.conflicts
        for conflict in link.conflicts
        if conflict.is_conflict
        and not any(_allows(item, conflict) or _allows(item, _reversed(conflict)) for item in allowances)
    ]
    if found:
        raise AssertionError(_collation_message(collation, found))
    return collation


def _reversed(conflict: Conflict) -> Conflict:
    return attrs.evolve(conflict, a_value=conflict.b_value, b_value=conflict.a_value)


def assert_covers(
    candidate: ReportLike, source: ReportLike, *, at_least: float = 1.0, settings: Settings | None = None
) -> Comparison:
    """Fail when the candidate leaves out the source's claims or key facts.

    A claim of the source is covered when the engine links it to a sentence of the candidate and the candidate
    states every clause of it somewhere (a clause it states nowhere, ``Comparison.details_a``, is a part of the
    claim left out: "..., while a third co-accused was acquitted"); a key fact is covered when the candidate states
    it anywhere. With ``at_least=0.8`` at least 80% of the claims and 80% of the key facts
    must be covered (each share on its own); with the default 1.0, all of them.

    Args:
        candidate: The text under test (a rewrite, a summary).
        source: The reference it must cover.
        at_least: The least share, in [0, 1], of claims and of key facts to be covered.
        settings: The engine's settings; the defaults when ``None``.

    Returns:
        The comparison, with the source as report A and the candidate as report B.

    Raises:
        AssertionError: Too little is covered; the message lists the missing claims and facts.
        ValueError: ``at_least`` is not in [0, 1].
    """
    __tracebackhide__ = True
    if not 0.0 <= at_least <= 1.0:
        raise ValueError(f"at_least must lie in [0, 1], not {at_least!r}")
    comparison = _related(compare(_report(source, "source"), _report(candidate, "candidate"), settings=settings))
    claims = _claims(comparison.sentences_a)
    missing_claims = comparison.unique_a
    missing_parts = comparison.details_a
    facts_a, _, _, keys_b = _facts(comparison)
    stated_b = _Stated(keys_b, comparison.sentences_b)
    missing_facts = _not_measured_alike([f for f in facts_a if not stated_b.states(f)], comparison.sentences_b)
    uncovered = len(missing_claims) + len({detail.sentence for detail in missing_parts})
    claims_ok = _share(len(claims) - uncovered, len(claims)) >= at_least
    facts_ok = _share(len(facts_a) - len(missing_facts), len(facts_a)) >= at_least
    if not (claims_ok and facts_ok):
        raise AssertionError(
            _coverage_message(
                comparison, (len(claims), missing_claims, missing_parts), len(facts_a), missing_facts, at_least
            )
        )
    return comparison


def assert_supported(candidate: ReportLike, source: ReportLike, *, settings: Settings | None = None) -> Comparison:
    """Fail when the candidate says what the source does not support.

    A claim of the candidate is unsupported when the engine links it to no sentence of the source, when it
    conflicts with the sentence it is linked to, when a clause of it is stated in no sentence of the source
    (``Comparison.details_b``: "..., his lawyer Eduardo Reyes said"), or when it states a key fact (a number, a
    name, a quote, a duration) the source never states.

    Args:
        candidate: The text under test (a generated rewrite).
        source: The reference that must support it.
        settings: The engine's settings; the defaults when ``None``.

    Returns:
        The comparison, with the source as report A and the candidate as report B.

    Raises:
        AssertionError: Something is unsupported; the message lists it.
    """
    __tracebackhide__ = True
    comparison = _related(compare(_report(source, "source"), _report(candidate, "candidate"), settings=settings))
    _, facts_b, known, _ = _facts(comparison)
    unlinked = comparison.unique_b
    conflicting = [(link, c) for link in comparison.conflicts for c in link.conflicts if c.is_conflict]
    added = comparison.details_b
    # A fact already reported as part of an unlinked claim, a conflict or an added clause is not listed twice.
    reported = {(s.index, (0, len(s.text))) for s in unlinked}
    reported |= {(link.b, c.b_span) for link, c in conflicting if c.b_span is not None}
    reported |= {(detail.sentence, (detail.start, detail.end)) for detail in added}
    stated_a = _Stated(known, comparison.sentences_a)
    invented = _not_measured_alike(
        [f for f in facts_b if not stated_a.states(f) and not _overlaps_any(f, reported)], comparison.sentences_a
    )
    if unlinked or conflicting or added or invented:
        raise AssertionError(_support_message(comparison, unlinked, conflicting, added, invented))
    return comparison


def _related(comparison: Comparison) -> Comparison:
    """The comparison, when its reports look like reports of one event: checking one against a report of another
    event says nothing, whatever the links.

    Raises:
        AssertionError: They may not be about the same event; the message says so and why.
    """
    __tracebackhide__ = True
    if not comparison.related:
        raise AssertionError(
            f"{comparison.warnings[0]}\nIf they are, lower Settings.related_threshold "
            f"(now {comparison.settings.related_threshold})."
        )
    return comparison


def key_facts(sentence: str) -> tuple[tuple[str, str], ...]:
    """The key facts of one sentence as ``(kind, value)`` pairs, in text order (to see what the helpers check)."""
    tokens = tokenize(sentence)
    return tuple((t.kind, sentence[t.start : t.end]) for t in sorted(tokens, key=_position) if t.kind in FACT_KINDS)


# --------------------------------------------------------------------------------------------------------------
# Inputs, allowances and facts
# --------------------------------------------------------------------------------------------------------------


def _report(report: ReportLike, default_name: str) -> Report:
    if isinstance(report, Report):
        return report if report.name else attrs.evolve(report, name=default_name)
    if isinstance(report, str):
        refuse_file_name(report, default_name)
        return Report(report, name=default_name)
    if isinstance(report, os.PathLike):
        return Report.from_file(report)
    raise TypeError(f"a report must be a Report, str or path, not {type(report).__name__}")


def _fold(value: str) -> str:
    return " ".join(value.split()).casefold()


def _allows(item: Allowance, conflict: Conflict) -> bool:
    if isinstance(item, Conflict):
        return (item.kind, _fold(item.a_value), _fold(item.b_value)) == (
            conflict.kind,
            _fold(conflict.a_value),
            _fold(conflict.b_value),
        )
    if isinstance(item, str):
        return item == conflict.kind
    if isinstance(item, tuple) and len(item) == 2:
        return (_fold(item[0]), _fold(item[1])) == (_fold(conflict.a_value), _fold(conflict.b_value))
    raise TypeError(f"allow takes Conflict objects, (a_value, b_value) pairs or kinds, not {item!r}")


def _claims(sentences: Sequence[Sentence]) -> tuple[Sentence, ...]:
    return tuple(s for s in sentences if not s.boilerplate)


def _position(token: Token) -> tuple[int, int]:
    return token.start, token.end


def _facts(comparison: Comparison) -> tuple[list[Fact], list[Fact], set[str], set[str]]:
    """Each report's key facts, one per key (the first place it is stated), and every key each report states in any
    form: keys unified across the reports as the engine unifies them, the comparison's alias settings included.

    A fact is stated by the other report when its key stands there in any form: "Civil Protection Minister Petros
    Andreou" is covered by "Petros Andreou, the civil protection minister", whose "protection" is a plain word; or
    when the other report gives it in another form (_facts/_restated: a state, party, title or acronym written
    another way, or a name the source spells two ways).
    """
    claims_a, claims_b = _claims(comparison.sentences_a), _claims(comparison.sentences_b)
    tokens_a, tokens_b = claim_tokens(claims_a, claims_b, comparison.settings.aliases)
    keys_a, keys_b = stated_keys(tokens_a), stated_keys(tokens_b)
    # A name the source spells two ways is stated by either spelling: a slip of the reference is no fact to repeat.
    # A second spelling the candidate brings in is a change to check, so the candidate's slips stay facts.
    keys_b |= slips(tokens_a, keys_b)
    return _first_facts(claims_a, tokens_a), _first_facts(claims_b, tokens_b), keys_a, keys_b


def _first_facts(sentences: Sequence[Sentence], tokens: Sequence[tuple[Token, ...]]) -> list[Fact]:
    facts: dict[str, Fact] = {}
    for sentence, sentence_tokens in zip(sentences, tokens, strict=True):
        fact_tokens = _fact_tokens(sentence_tokens)
        forms = mentions(sentence_tokens)
        for position, token in enumerate(fact_tokens):
            following = fact_tokens[position + 1] if position + 1 < len(fact_tokens) else None
            if _not_a_fact(sentence, token) or _a_first_name(sentence.text, token, following):
                continue
            if token.key not in facts:
                value = sentence.text[token.start : token.end]
                said_by = frozenset().union(*(m.said_by for m in forms if m.start <= token.start < m.end))
                facts[token.key] = Fact(token.kind, value, token.key, sentence, (token.start, token.end), said_by)
    return list(facts.values())


def _a_first_name(text: str, token: Token, following: Token | None) -> bool:
    """A name word followed by another in one name: "Teresita Alcantara" is checked by "Alcantara", which a rewrite
    that writes the surname alone ("Justice Alcantara") still states."""
    return (
        token.kind == "name"
        and following is not None
        and following.kind == "name"
        and _NAME_GAP.fullmatch(text[token.end : following.start]) is not None
    )


def _not_a_fact(sentence: Sentence, token: Token) -> bool:
    """A capitalised word that names nothing to check: one letter ("A" after a dateline), a day or a month (dates are
    compared as dates), a temperature scale, a courtesy title ("Mr."), or a word of the dateline; a span of time
    that dates something ("a year earlier" is "last year" in other words), not a duration; or "one" standing for a
    noun."""
    if sentence.dateline is not None and sentence.dateline[0] <= token.start < sentence.dateline[1]:
        return True
    if token.kind == "duration" and _RELATIVE_AFTER.match(sentence.text, token.end):
        return True
    if token.kind == "number" and token.surface == "one" and _a_pronoun(sentence.text, token):
        return True
    if is_courtesy_title(token):
        return True
    surface = token.surface.removesuffix("'s")
    return token.kind == "name" and (len(surface) < 2 or surface in DATE_WORDS or surface in _SCALES)


def _a_pronoun(text: str, token: Token) -> bool:
    """Whether "one" stands for a noun ("the winner of the Democratic one will"): no figure to check."""
    return bool(_PRONOUN_ONE_BEFORE.search(text[: token.start]) and _PRONOUN_ONE_AFTER.match(text, token.end))


def _fact_tokens(tokens: Sequence[Token]) -> list[Token]:
    """A sentence's fact tokens in text order, less those inside a quote, a duration or a name the other report
    abbreviates ("World Health Organization" where it writes "WHO"), which is the fact."""
    candidates = sorted((t for t in tokens if t.kind in FACT_KINDS), key=_position)
    wholes = [t for t in candidates if t.kind in {"quote", "duration", "acronym"}]
    return [
        t
        for t in candidates
        if not any(
            w is not t and w.start <= t.start and t.end <= w.end and (w.start, w.end) != _position(t) for w in wholes
        )
    ]


def _not_measured_alike(facts: list[Fact], other: Sequence[Sentence]) -> list[Fact]:
    """The facts, less the numbers the other report gives in another unit (its measures are read only when a number
    is among the facts)."""
    if not any(fact.kind == "number" for fact in facts):
        return facts
    measures = _measures(other)
    return [fact for fact in facts if not _measured_alike(fact, measures)]


def _measures(sentences: Sequence[Sentence]) -> list[Quantity]:
    """The lengths, weights and temperatures the claims state, each in one unit (metres, kilograms, Celsius)."""
    return [q for s in _claims(sentences) for q in _quantities(s.text) if q.unit in _MEASURED_UNITS]


def _measured_alike(fact: Fact, measures: Sequence[Quantity]) -> bool:
    """Whether the other report states the fact's measure in another unit: "46 degrees Celsius" is "114.8 degrees
    Fahrenheit", "300 millimeters" is "30 centimeters"."""
    if fact.kind != "number":
        return False
    for quantity in _quantities(fact.sentence.text):
        if quantity.unit in _MEASURED_UNITS and quantity.start <= fact.span[0] < quantity.end:
            return any(_alike(quantity, other) for other in measures if other.unit == quantity.unit)
    return False


def _alike(one: Quantity, other: Quantity) -> bool:
    tolerance = max(one.quantum, other.quantum)
    return abs(one.low - other.low) <= tolerance and (one.high == other.high or abs(one.high - other.high) <= tolerance)


def _quantities(text: str) -> tuple[Quantity, ...]:
    folded, words = words_of(text)
    return find_quantities(folded, words)


def _overlaps_any(fact: Fact, reported: set[tuple[int, tuple[int, int]]]) -> bool:
    start, end = fact.span
    return any(index == fact.sentence.index and start < span[1] and span[0] < end for index, span in reported)


def _share(part: int, whole: int) -> float:
    return 1.0 if whole == 0 else part / whole


# --------------------------------------------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------------------------------------------


def _marked(text: str, spans: Iterable[tuple[int, int] | None]) -> str:
    """The text with each span wrapped in ``[[...]]``, on one line."""
    return " ".join(marked(text, spans, "[[", "]]", unbroken=False).split())


def _names(comparison: Comparison) -> tuple[str, str]:
    return comparison.a.label, comparison.b.label


def _limited(lines: list[str], items: int) -> None:
    if items > _MAX_LISTED:
        lines.append(f"... and {items - _MAX_LISTED} more")


def _conflict_lines(comparison: Comparison, number: int, link: Link, conflict: Conflict) -> list[str]:
    name_a, name_b = _names(comparison)
    sentence_a, sentence_b = comparison.sentence_pair(link)
    span_a = value_span(sentence_a.text, conflict.a_span, conflict.a_value)
    span_b = value_span(sentence_b.text, conflict.b_span, conflict.b_value)
    return [
        f"{number}. {conflict.kind}: {conflict.a_value!r} vs {conflict.b_value!r}. {conflict.explanation}",
        f"   {name_a} [{sentence_a.index}]: {_marked(sentence_a.text, [span_a])}",
        f"   {name_b} [{sentence_b.index}]: {_marked(sentence_b.text, [span_b])}",
    ]


def _conflicts_message(comparison: Comparison, found: Sequence[tuple[Link, Conflict]]) -> str:
    name_a, name_b = _names(comparison)
    lines = [f"{name_a} and {name_b} conflict on {plural(len(found), 'detail')}:"]
    for number, (link, conflict) in enumerate(found[:_MAX_LISTED], start=1):
        lines.extend(_conflict_lines(comparison, number, link, conflict))
    _limited(lines, len(found))
    first = found[0][1]
    lines.append(
        f"(to tolerate a conflict, pass allow=[({first.a_value!r}, {first.b_value!r})] or allow=[{first.kind!r}])"
    )
    return "\n".join(lines)


def _collation_message(collation: Collation, found: Sequence[tuple[int, int, Conflict]]) -> str:
    names = collation.names
    pairs = dict.fromkeys((i, j) for i, j, _ in found)
    lines = [f"{plural(len(pairs), 'pair')} of {len(names)} reports conflict on {plural(len(found), 'detail')}."]
    keys = {(c.kind, _fold(c.a_value)) for _, _, c in found} | {(c.kind, _fold(c.b_value)) for _, _, c in found}
    splits = [s for g in collation.conflicting for s in g.values if s.severity == "conflict" and _disputes(s, keys)]
    if splits:
        lines.append("Who gives which value:")
        lines += [f"- {split.kind}: {split.describe(names)}{_alone(split, names)}" for split in splits]
    lines.append("Each conflict, by pair:")
    for number, (i, j, conflict) in enumerate(found[:_MAX_LISTED], start=1):
        lines.append(
            f"{number}. {names[i]} vs {names[j]} ({conflict.kind}): {conflict.a_value!r} vs {conflict.b_value!r}"
        )
    _limited(lines, len(found))
    return "\n".join(lines)


def _disputes(split: ValueSplit, keys: set[tuple[str, str]]) -> bool:
    return any((split.kind, _fold(reading.value)) in keys for reading in split.readings)


def _alone(split: ValueSplit, names: Sequence[str]) -> str:
    outliers = split.outliers
    if not outliers:
        return " (no majority)"
    return f" ({', '.join(names[r] for r in outliers)} against the majority)"


def _coverage_message(
    comparison: Comparison,
    claims: tuple[int, Sequence[Sentence], Sequence[Detail]],
    n_facts: int,
    missing_facts: Sequence[Fact],
    at_least: float,
) -> str:
    source, candidate = _names(comparison)
    n_claims, missing_claims, missing_parts = claims
    covered = n_claims - len(missing_claims) - len({detail.sentence for detail in missing_parts})
    lines = [
        f"{candidate} does not cover {source} (at least {at_least:.0%} required): "
        f"{covered} of {n_claims} claims and {n_facts - len(missing_facts)} of {n_facts} key facts covered.",
    ]
    lines += _claim_lines(f"Claims of {source} missing from {candidate}:", missing_claims)
    lines += _part_lines(
        f"Parts of claims of {source} that {candidate} leaves out:", comparison.sentences_a, missing_parts
    )
    lines += _fact_lines(f"Key facts of {source} that {candidate} never states:", missing_facts)
    return "\n".join(lines)


def _support_message(
    comparison: Comparison,
    unlinked: Sequence[Sentence],
    conflicting: Sequence[tuple[Link, Conflict]],
    added: Sequence[Detail],
    invented: Sequence[Fact],
) -> str:
    source, candidate = _names(comparison)
    total = len(unlinked) + len(conflicting) + len(added) + len(invented)
    lines = [f"{candidate} says {plural(total, 'thing')} {source} does not support:"]
    lines += _claim_lines(f"Claims {source} does not make:", unlinked)
    if conflicting:
        lines.append(f"Claims that contradict {source}:")
        for number, (link, conflict) in enumerate(conflicting[:_MAX_LISTED], start=1):
            lines.extend("  " + line for line in _conflict_lines(comparison, number, link, conflict))
        _limited(lines, len(conflicting))
    lines += _part_lines(f"Parts of claims {source} does not state:", comparison.sentences_b, added)
    lines += _fact_lines(f"Key facts {source} never states:", invented)
    return "\n".join(lines)


def _claim_lines(heading: str, sentences: Sequence[Sentence]) -> list[str]:
    """A heading and the sentences, quoted with their indices; nothing when there are none."""
    if not sentences:
        return []
    lines = [heading, *(f"  - [{s.index}] {_marked(s.text, ())}" for s in sentences[:_MAX_LISTED])]
    _limited(lines, len(sentences))
    return lines


def _part_lines(heading: str, sentences: Sequence[Sentence], parts: Sequence[Detail]) -> list[str]:
    """A heading and each claim with its left-out parts marked; nothing when there are none."""
    if not parts:
        return []
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for part in parts:
        by_sentence.setdefault(part.sentence, []).append((part.start, part.end))
    lines = [heading]
    for index, spans in list(by_sentence.items())[:_MAX_LISTED]:
        lines.append(f"  - [{index}] {_marked(sentences[index].text, spans)}")
    _limited(lines, len(by_sentence))
    return lines


def _fact_lines(heading: str, facts: Sequence[Fact]) -> list[str]:
    """A heading and the facts, each in its sentence; nothing when there are none."""
    if not facts:
        return []
    lines = [heading]
    lines += [f"  - {f.kind} {f.value!r}: [{f.sentence.index}] {_fact_in_context(f)}" for f in facts[:_MAX_LISTED]]
    _limited(lines, len(facts))
    return lines


def _fact_in_context(fact: Fact) -> str:
    return _marked(fact.sentence.text, [fact.span])
