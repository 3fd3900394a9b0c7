"""What a report page shows, read off a comparison once: the verdict, the counts, each conflict and shared claim
with its words marked, the unique claims and both full texts with an anchor per sentence.

The PDF and the screen HTML fill their templates from a :class:`Page`; nothing here knows HTML. Marked text is a
tuple of :class:`Piece` (text and the name of its mark, if any); the writers turn pieces into their own markup.

Which words of a shared claim are marked is the engine's notion of difference, not the spelling's: each sentence is
tokenised as the engine tokenises claims (:func:`~compare._text._normalize.tokenize`, then
:func:`~compare._text._normalize.unify_keys` across both reports), so "Michael"/"Mike", "30-day"/"30 days",
"Zelensky"/"Zelenskyy" and a given name before a surname both give ("Donald Trump"/"Trump") are not differences.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

import attrs

from .._text._normalize import Token, tokenize, unify_keys
from .._text._words import words_of
from ._counts import both, claim_counts, plural

if TYPE_CHECKING:
    from collections.abc import Callable

    from .._inputs._report import Report
    from .._model import Comparison, Conflict, Detail, Link, Sentence

__all__ = [
    "AddedDetail",
    "Claim",
    "ConflictValue",
    "Counts",
    "FullText",
    "Page",
    "Piece",
    "ReportCard",
    "Row",
    "Run",
    "Summary",
    "build_page",
    "clean",
    "conflict_pieces",
    "diff_pieces",
    "is_long",
    "pieces",
    "sentence_anchor",
    "sentence_kinds",
    "shorten",
    "stated_by_the_other",
    "stated_share",
    "verdict",
]

# Characters that HTML and XML cannot carry (C0 controls but tab and newlines, lone surrogates, non-characters)
# become U+FFFD, one for one, so that offsets into the text stay valid.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_NAME_CHARS = 80  # a report's name, as shown (the JSON attachment holds it whole)
_FIELD_CHARS = 300  # the outlet and URL shown in the title block
# Pairs of sentences longer than this are shown one under the other: side-by-side boxes cannot be split across
# pages well, and a box taller than a page would be cut.
_SIDE_BY_SIDE_CHARS = 1200
_WORD = re.compile(r"\S+")
_LINK = re.compile(r"https?://[^\s\"'<>]+$", re.IGNORECASE)
# The tokens a word is made of; longer tokens (durations, counts, quotes, acronyms of names) span several words.
_WORD_TOKENS = frozenset({"word", "name", "number", "acronym"})
# Tokens spanning several words that say the same thing in other words ("an hour" = "60-minute", "UAE" = "United
# Arab Emirates"): a word inside one whose key the other sentence has is not a difference.
_PHRASE_TOKENS = frozenset({"duration", "acronym"})
# A page that would print more than this many characters of report text (both reports together) summarises: the
# PDF's layout takes time and memory in proportion to what it prints (about 75 s and 1.5 GB a megabyte, more for
# the full texts' thousands of anchors), and the issue's budget for any input is 2 minutes and 2 GB on one core.
# 150,000 characters is about 50 pages of full text; the seed reports print about 6,000.
SUMMARY_CHARACTERS = 150_000
# What a summarising page shows of each section: at most this many rows, and at most this many characters of their
# sentences (a row of two 1,000-character sentences counts 2,000). Sentences are cut into pieces of bounded length
# (segmentation), so the whole page stays well under SUMMARY_CHARACTERS whatever the input.
_SUMMARY_ROWS = {"conflicts": 150, "differences": 50, "shared": 100, "unique": 40, "boilerplate": 20}
_SUMMARY_ROW_CHARACTERS = {"conflicts": 60_000, "differences": 15_000, "shared": 30_000, "unique": 8_000}
# Words that may stand in a one-word alias group's name without making it two words (as the engine's name keys).
_NAME_JOINERS = frozenset({"of", "the", "de", "al", "bin", "von", "van", "du", "la", "le", "da"})


_T = TypeVar("_T")

# --------------------------------------------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------------------------------------------


@attrs.frozen
class Piece:
    """A stretch of text, marked (``"conflict-a"``, ``"only-b"``...) or not (``None``)."""

    text: str
    mark: str | None = None


@attrs.frozen
class ReportCard:
    """What the title block says of one report."""

    side: str
    name: str
    source: str | None
    published: str | None
    url: str | None
    link: str | None  # the URL, when it is one a reader may follow (http or https)
    n_sentences: int
    n_boilerplate: int


@attrs.frozen
class Counts:
    """Claims (sentences) of each report by what became of them, as the verdict counts them."""

    shared: tuple[int, int]
    conflicting: tuple[int, int]
    unique_a: int
    unique_b: int

    @property
    def shared_text(self) -> str:
        return both(self.shared)

    @property
    def conflicting_text(self) -> str:
        return both(self.conflicting)

    @property
    def any_conflict(self) -> bool:
        return any(self.conflicting)

    @property
    def uneven(self) -> bool:
        """Whether a count reads "8 / 7" (A's, then B's), which the page's footnote then explains."""
        return self.shared[0] != self.shared[1] or self.conflicting[0] != self.conflicting[1]


@attrs.frozen
class ConflictValue:
    """One detail two linked sentences differ on."""

    kind: str
    a_value: str
    b_value: str
    explanation: str
    confidence: str | None  # shown only when the engine is not sure
    # Where the other report gives this report's value after all ("B also says 22, in B10: ...").
    elsewhere: tuple[str, ...] = ()
    # Both values can be true, one more precise ("at least 12" / "14"): shown, never counted as a conflict.
    compatible: bool = False


@attrs.frozen
class AddedDetail:
    """A clause of a shared claim that only one report gives."""

    side: str
    text: str


@attrs.frozen
class Row:
    """A conflict or a shared claim: two sentences side by side, with what differs marked.

    ``anchor`` names the row (``"conflict-1"``, ``"shared-3"``); ``a_anchor`` and ``b_anchor`` name the two
    sentences in the full texts.
    """

    anchor: str
    number: int
    a_index: int
    b_index: int
    a_anchor: str
    b_anchor: str
    score: str  # the share of each sentence's content words the other states: "85% of A / 70% of B"
    stacked: bool
    kinds: str
    a: tuple[Piece, ...]
    b: tuple[Piece, ...]
    values: tuple[ConflictValue, ...] = ()
    details: tuple[AddedDetail, ...] = ()


@attrs.frozen
class Claim:
    """A sentence listed on its own (a unique claim, a boilerplate line)."""

    index: int
    anchor: str
    text: str


@attrs.frozen
class Run:
    """A stretch of a full text: a sentence (with its class, anchor and the rows that show it) or the text between.

    ``rows`` holds the anchors of the conflicts and shared claims the sentence takes part in, for links back.
    """

    text: str
    kind: str | None = None  # "conflicting", "shared", "unique" or "boilerplate"; None between sentences
    anchor: str | None = None
    rows: tuple[str, ...] = ()


@attrs.frozen
class FullText:
    side: str
    name: str
    runs: tuple[Run, ...]
    unique: tuple[Claim, ...]
    boilerplate: tuple[Claim, ...]


@attrs.frozen
class Summary:
    """What a page that summarises a long comparison shows of each section: (shown, of)."""

    characters: int  # of both reports' texts
    conflicts: tuple[int, int]
    differences: tuple[int, int]
    shared: tuple[int, int]
    unique: tuple[tuple[int, int], tuple[int, int]]
    boilerplate: tuple[tuple[int, int], tuple[int, int]]

    @property
    def size(self) -> str:
        """The texts' size as the page states it: "5.0 MB", "42,000 characters"."""
        return (
            f"{self.characters / 1_000_000:.1f} MB" if self.characters >= 100_000 else f"{self.characters:,} characters"
        )


@attrs.frozen
class Page:
    """Everything a report page shows."""

    title: str
    names: tuple[str, str]
    reports: tuple[ReportCard, ReportCard]
    verdict: str
    counts: Counts
    conflicts: tuple[Row, ...]
    differences: tuple[Row, ...]
    shared: tuple[Row, ...]
    shared_note: str  # how many claims the shared rows hold: "7 claims, in 11 linked pairs of sentences ..."
    texts: tuple[FullText, FullText]
    generated: str
    created_w3c: str
    keywords: tuple[str, ...]
    # Set when the page summarises a comparison too long to print whole (see :func:`build_page`).
    summary: Summary | None = None


def is_long(comparison: Comparison) -> bool:
    """Whether a printed page of the comparison summarises it: its reports hold more text than a PDF prints whole
    within the time and memory budget (:data:`SUMMARY_CHARACTERS`)."""
    return _characters(comparison) > SUMMARY_CHARACTERS


def _characters(comparison: Comparison) -> int:
    return len(comparison.a.text) + len(comparison.b.text)


def build_page(comparison: Comparison, created: datetime.datetime, *, summarise: bool = False) -> Page:
    """What a page shows of the comparison, generated at ``created``.

    With ``summarise`` the page is bounded whatever the reports' length: the verdict and the counts, the first
    conflicts, compatible differences, shared claims and unique claims up to a number of rows and of characters
    each, and no full texts; :attr:`Page.summary` says how many of each it shows.
    """
    names = (_name(comparison.a.name, "a"), _name(comparison.b.name, "b"))
    conflicts = comparison.conflicts
    shared = comparison.shared
    differences = comparison.differences
    if summarise:
        conflicts = _first(comparison, conflicts, "conflicts")
        differences = _first(comparison, differences, "differences")
        shared = _first(comparison, shared, "shared")
    keys = _Keys(comparison, conflicts + differences + shared)
    conflict_rows = tuple(_conflict_row(comparison, link, number, keys) for number, link in enumerate(conflicts, 1))
    difference_rows = tuple(
        _conflict_row(comparison, link, number, keys, differences_only=True)
        for number, link in enumerate(differences, 1)
    )
    shared_rows = tuple(_shared_row(comparison, link, number, keys) for number, link in enumerate(shared, 1))
    rows_by_sentence = _rows_by_sentence(conflict_rows + difference_rows + shared_rows)
    counts = Counts(*claim_counts(comparison), len(comparison.unique_a), len(comparison.unique_b))
    texts = (
        _full_text(comparison, "a", names[0], rows_by_sentence, summarise=summarise),
        _full_text(comparison, "b", names[1], rows_by_sentence, summarise=summarise),
    )
    summary = None
    if summarise:
        summary = Summary(
            characters=_characters(comparison),
            conflicts=(len(conflicts), len(comparison.conflicts)),
            differences=(len(differences), len(comparison.differences)),
            shared=(len(shared), len(comparison.shared)),
            unique=(
                (len(texts[0].unique), len(comparison.unique_a)),
                (len(texts[1].unique), len(comparison.unique_b)),
            ),
            boilerplate=(
                (len(texts[0].boilerplate), sum(s.boilerplate for s in comparison.sentences_a)),
                (len(texts[1].boilerplate), sum(s.boilerplate for s in comparison.sentences_b)),
            ),
        )
    return Page(
        title=f"Comparison: {names[0]} vs {names[1]}",
        names=names,
        reports=(
            report_card(comparison.a, comparison.sentences_a, names[0], "a"),
            report_card(comparison.b, comparison.sentences_b, names[1], "b"),
        ),
        verdict=" ".join(
            (
                *(clean(warning) for warning in comparison.warnings),
                verdict(
                    counts.shared,
                    (_claims_with_details(comparison, "a"), _claims_with_details(comparison, "b")),
                    counts.conflicting,
                    conflicts[0].conflicts[0] if conflicts else None,
                ),
            )
        ),
        counts=counts,
        conflicts=conflict_rows,
        differences=difference_rows,
        shared=shared_rows,
        # Of every shared link, also when a summary shows the first few: the section's own note says how many.
        shared_note=_shared_note(counts.shared, len(comparison.shared)),
        texts=texts,
        generated=created.strftime("%Y-%m-%d %H:%M UTC"),
        created_w3c=created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        keywords=_keywords(comparison, names),
        summary=summary,
    )


def _first(comparison: Comparison, links: tuple[Link, ...], section: str) -> tuple[Link, ...]:
    """The first links of a section that a summarising page shows: within its number of rows and characters."""

    def size(link: Link) -> int:
        sentence_a, sentence_b = comparison.sentence_pair(link)
        return len(sentence_a.text) + len(sentence_b.text)

    return links[: _count_within(links, size, _SUMMARY_ROWS[section], _SUMMARY_ROW_CHARACTERS[section])]


def _count_within(items: Sequence[_T], size: Callable[[_T], int], rows: int, characters: int) -> int:
    """How many of the first items fit in ``rows`` and ``characters``; at least one, however long it is."""
    total = 0
    for count, item in enumerate(items[:rows]):
        total += size(item)
        if total > characters and count:
            return count
    return min(len(items), rows)


def clean(text: str) -> str:
    """The text with every character HTML and XML cannot carry replaced, one for one."""
    return _UNPRINTABLE.sub("\ufffd", text)


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def verdict(
    agreeing: tuple[int, int], partly: tuple[int, int], conflicting: tuple[int, int], first: Conflict | None
) -> str:
    """One line: on how many claims (sentences) of each report the reports agree and conflict, and what the first
    conflict is about. Claims are counted, not links: one sentence of A linked to two of B is one claim of A.

    Args:
        agreeing: How many claims of A and of B are shared and in no conflict.
        partly: How many of those give a detail the other report leaves out, in A and in B.
        conflicting: How many claims of A and of B conflict with the other report.
        first: The first conflict, whose explanation ends the line.

    Returns:
        "The reports agree on 8 claims of A and 7 of B (with a detail only A gives in 2, only B gives in 1) and
        conflict on 1: ...", or "... conflict on 2 (the first: ...)." when the line names one conflict of several.
    """
    agree = f"The reports agree on {_claims(agreeing)}"
    with_details = [f"only {side} gives in {n}" for side, n in zip("AB", partly, strict=True) if n]
    if with_details:
        agree += f" (with a detail {', '.join(with_details)})"
    if not any(conflicting) or first is None:
        return f"{agree} and conflict on none."
    about = clean(" ".join(first.explanation.split())).rstrip(" .")
    if not about:
        about = f"the {clean(first.kind)} differs"
    if max(conflicting) > 1:
        # The line names one conflict of several: a colon would read as the list of them all.
        return f"{agree} and conflict on {_claims(conflicting, noun=False)} (the first: {about})."
    return f"{agree} and conflict on {_claims(conflicting, noun=False)}: {about}."


def _shared_note(claims: tuple[int, int], pairs: int) -> str:
    """Why the shared claims' rows may outnumber the shared claims: a row is a linked pair, not a claim."""
    note = f"{_claims(claims)}, in {plural(pairs, 'linked pair')} of sentences"
    return note + (": one sentence may be linked to several of the other report's." if pairs > min(claims) else ".")


def _claims(counts: tuple[int, int], *, noun: bool = True) -> str:
    """ "7 claims" when both reports count the same, "8 claims of A and 7 of B" when not."""
    first = plural(counts[0], "claim") if noun else str(counts[0])
    if counts[0] == counts[1]:
        return first
    return f"{first if noun else plural(counts[0], 'claim')} of A and {counts[1]} of B"


def _claims_with_details(comparison: Comparison, side: str) -> int:
    """How many of a report's shared, unconflicting sentences give a detail the other report leaves out."""
    kinds = sentence_kinds(comparison, side)
    details = comparison.details_a if side == "a" else comparison.details_b
    return len({d.sentence for d in details if kinds[d.sentence] == "shared"})


def sentence_anchor(side: str, index: int) -> str:
    return f"{side}-{index}"


def _name(report_name: str | None, side: str) -> str:
    """The name shown for a report, shortened: names head every page and every pair of sentences."""
    return shorten(" ".join(clean(report_name).split()), _NAME_CHARS) if report_name else f"Report {side.upper()}"


def _keywords(comparison: Comparison, names: tuple[str, str]) -> tuple[str, ...]:
    keywords = ["news comparison", "shared claims", "conflicting details", *names]
    for report in (comparison.a, comparison.b):
        if report.source and clean(report.source) not in keywords:
            keywords.append(clean(report.source))
    return tuple(keywords)


def report_card(report: Report, sentences: Sequence[Sentence], name: str, side: str) -> ReportCard:
    url = clean(report.url) if report.url else None
    return ReportCard(
        side=side,
        name=name,
        source=shorten(clean(report.source), _FIELD_CHARS) if report.source else None,
        published=report.published.isoformat() if report.published else None,
        url=shorten(url, _FIELD_CHARS) if url else None,
        link=url if url and _LINK.match(url) else None,
        n_sentences=len(sentences),
        n_boilerplate=sum(1 for s in sentences if s.boilerplate),
    )


# --------------------------------------------------------------------------------------------------------------
# Rows: conflicts and shared claims
# --------------------------------------------------------------------------------------------------------------


def _row(link: Link, anchor: str, number: int, marked: tuple[tuple[Piece, ...], tuple[Piece, ...]], score: str) -> Row:
    a, b = marked
    return Row(
        anchor=anchor,
        number=number,
        a_index=link.a,
        b_index=link.b,
        a_anchor=sentence_anchor("a", link.a),
        b_anchor=sentence_anchor("b", link.b),
        score=score,
        stacked=max(sum(len(p.text) for p in a), sum(len(p.text) for p in b)) > _SIDE_BY_SIDE_CHARS,
        kinds="",
        a=a,
        b=b,
    )


def _conflict_row(
    comparison: Comparison, link: Link, number: int, keys: _Keys, *, differences_only: bool = False
) -> Row:
    """A row of conflicting values, or with ``differences_only`` of the compatible differences of a shared link."""
    sentence_a, sentence_b = comparison.sentence_pair(link)
    findings = link.differences if differences_only else link.conflicts
    marked = conflict_pieces(sentence_a.text, sentence_b.text, findings)
    anchor = f"difference-{number}" if differences_only else f"conflict-{number}"
    return attrs.evolve(
        _row(link, anchor, number, marked, _stated(sentence_a, sentence_b, keys)),
        kinds=", ".join(dict.fromkeys(clean(conflict.kind) for conflict in findings)),
        values=tuple(
            ConflictValue(
                kind=clean(conflict.kind),
                a_value=clean(conflict.a_value),
                b_value=clean(conflict.b_value),
                explanation=clean(conflict.explanation),
                confidence=f"{conflict.confidence:.0%}" if conflict.confidence < 1 else None,
                elsewhere=_elsewhere(comparison, conflict),
                compatible=not conflict.is_conflict,
            )
            for conflict in findings
        ),
    )


_ELSEWHERE_CHARS = 160


def _elsewhere(comparison: Comparison, conflict: Conflict) -> tuple[str, ...]:
    """Each report's other sentence that gives the other report's value, as a line an editor reads beside the
    conflict."""
    notes = []
    if conflict.b_elsewhere is not None:
        sentence = comparison.sentences_b[conflict.b_elsewhere]
        notes.append(
            f"B also says “{clean(conflict.a_value)}”, in B{sentence.index}: {shorten(clean(sentence.text), 160)}"
        )
    if conflict.a_elsewhere is not None:
        sentence = comparison.sentences_a[conflict.a_elsewhere]
        notes.append(
            f"A also says “{clean(conflict.b_value)}”, in A{sentence.index}: {shorten(clean(sentence.text), 160)}"
        )
    return tuple(notes)


def _shared_row(comparison: Comparison, link: Link, number: int, keys: _Keys) -> Row:
    sentence_a, sentence_b = comparison.sentence_pair(link)
    marked = diff_pieces(sentence_a.text, sentence_b.text, keys.tokens("a", sentence_a), keys.tokens("b", sentence_b))
    return attrs.evolve(
        _row(link, f"shared-{number}", number, marked, _stated(sentence_a, sentence_b, keys)),
        details=_added(comparison.details_a, link.a, "A") + _added(comparison.details_b, link.b, "B"),
    )


def _added(details: Sequence[Detail], sentence: int, side: str) -> tuple[AddedDetail, ...]:
    return tuple(AddedDetail(side, clean(detail.text)) for detail in details if detail.sentence == sentence)


def conflict_pieces(
    text_a: str, text_b: str, conflicts: Iterable[Conflict]
) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    """Both sentences with each conflicting value marked."""
    ranges_a: list[tuple[int, int, str]] = []
    ranges_b: list[tuple[int, int, str]] = []
    for conflict in conflicts:
        span_a = _value_span(text_a, conflict.a_span, conflict.a_value)
        span_b = _value_span(text_b, conflict.b_span, conflict.b_value)
        if span_a:
            ranges_a.append((*span_a, "conflict-a"))
        if span_b:
            ranges_b.append((*span_b, "conflict-b"))
    return pieces(text_a, ranges_a), pieces(text_b, ranges_b)


def _value_span(text: str, span: tuple[int, int] | None, value: str) -> tuple[int, int] | None:
    """Where a conflicting value stands in its sentence: the engine's span, else its first occurrence."""
    if span is not None and 0 <= span[0] < span[1] <= len(text):
        return span
    if not value.strip():
        return None
    match = re.search(re.escape(value.strip()), text, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def pieces(text: str, ranges: Iterable[tuple[int, int, str]]) -> tuple[Piece, ...]:
    """The text cut into pieces, each (start, end, mark) range marked; a range's part inside an earlier one is
    left out."""
    text = clean(text)
    found: list[Piece] = []
    position = 0
    for start, end, mark in sorted(ranges):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        if start > position:
            found.append(Piece(text[position:start]))
        found.append(Piece(text[start:end], mark))
        position = end
    if position < len(text) or not found:
        found.append(Piece(text[position:]))
    return tuple(found)


# --- the engine's notion of difference ------------------------------------------------------------------------


class _Keys:
    """Each claim's tokens as the engine makes them: tokenised, then keys unified across both reports."""

    def __init__(self, comparison: Comparison, shown: Iterable[Link]) -> None:
        shown = list(shown)
        linked_a = {link.a for link in shown}
        linked_b = {link.b for link in shown}
        # Every claim takes part in unifying keys, as in the engine: a transliteration or nickname is resolved
        # from the whole of both reports, not from one pair.
        claims_a = [s for s in comparison.sentences_a if not s.boilerplate]
        claims_b = [s for s in comparison.sentences_b if not s.boilerplate]
        tokens_a, tokens_b = unify_keys(
            [tokenize(s.text) for s in claims_a],
            [tokenize(s.text) for s in claims_b],
            _one_word_aliases(comparison.settings.aliases),
        )
        self._tokens = {
            **{("a", s.index): t for s, t in zip(claims_a, tokens_a, strict=True) if s.index in linked_a},
            **{("b", s.index): t for s, t in zip(claims_b, tokens_b, strict=True) if s.index in linked_b},
        }

    def tokens(self, side: str, sentence: Sentence) -> tuple[Token, ...]:
        # A link to a sentence marked boilerplate (a hand-made comparison) has no claim tokens: tokenise it alone.
        found = self._tokens.get((side, sentence.index))
        return tokenize(sentence.text) if found is None else found


def _one_word_aliases(groups: Sequence[Sequence[str]]) -> dict[str, str]:
    """The user's alias groups of one-word names as keys -> the group's first key, as the engine uses them."""
    found: dict[str, str] = {}
    for group in groups:
        forms = sorted({_name_key(name) for name in group} - {""})
        for form in forms:
            if " " not in form and " " not in forms[0] and form != forms[0]:
                found[form] = forms[0]
    return found


def _name_key(name: str) -> str:
    _, words = words_of(name)
    return " ".join(word.key for word in words if word.lower not in _NAME_JOINERS)


def diff_pieces(
    text_a: str, text_b: str, tokens_a: Sequence[Token], tokens_b: Sequence[Token]
) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    """Both sentences with the words the engine finds in one only marked (``only-a``, ``only-b``)."""
    keys_a = {t.key for t in tokens_a}
    keys_b = {t.key for t in tokens_b}
    return (
        pieces(text_a, _differing(clean(text_a), tokens_a, keys_b, "only-a")),
        pieces(text_b, _differing(clean(text_b), tokens_b, keys_a, "only-b")),
    )


def stated_share(text: str, tokens: Sequence[Token], other: Sequence[Token]) -> float:
    """The share of the sentence's content words that the other sentence states: the words a shared claim's row
    leaves unmarked among those it could mark (words that weigh nothing, such as "the", count for neither).

    Args:
        text: The sentence.
        tokens: Its tokens, keys unified across both reports.
        other: The other sentence's tokens.

    Returns:
        A share in [0, 1]; 1.0 for a sentence without content words.
    """
    keys = {t.key for t in other}
    text = clean(text)
    verdicts = [_word_differs(text, match.span(), tokens, keys) for match in _WORD.finditer(text)]
    weighed = [differs for differs in verdicts if differs is not None]
    return weighed.count(False) / len(weighed) if weighed else 1.0


def stated_by_the_other(comparison: Comparison, links: Sequence[Link]) -> tuple[str, ...]:
    """Each link's figure as its row in the PDF and HTML gives it ("85% of A / 70% of B"): every output that shows
    a linked pair gives this figure, never the link's score."""
    keys = _Keys(comparison, links)
    return tuple(_stated(*comparison.sentence_pair(link), keys) for link in links)


def _stated(sentence_a: Sentence, sentence_b: Sentence, keys: _Keys) -> str:
    """What a row's figure says: how much of each sentence's content the other states, as the marks show it."""
    tokens_a, tokens_b = keys.tokens("a", sentence_a), keys.tokens("b", sentence_b)
    share_a = stated_share(sentence_a.text, tokens_a, tokens_b)
    share_b = stated_share(sentence_b.text, tokens_b, tokens_a)
    return f"{share_a:.0%} of A / {share_b:.0%} of B"


def _differing(text: str, tokens: Sequence[Token], other: set[str], mark: str) -> list[tuple[int, int, str]]:
    """Ranges of consecutive words the other sentence does not have. Words that weigh nothing to the engine
    ("the", "of", a dash) are marked only between two differing words, so that a run is marked as one."""
    ranges: list[tuple[int, int, str]] = []
    extending = False
    for match in _WORD.finditer(text):
        differs = _word_differs(text, match.span(), tokens, other)
        if differs and extending:
            ranges[-1] = (ranges[-1][0], match.end(), mark)
        elif differs:
            ranges.append((match.start(), match.end(), mark))
            extending = True
        elif differs is False:
            extending = False
    return ranges


def _word_differs(text: str, span: tuple[int, int], tokens: Sequence[Token], other: set[str]) -> bool | None:
    """Whether the other sentence lacks this word (True), has it (False), or the word weighs nothing (None)."""
    start, end = span
    overlapping = [t for t in tokens if t.start < end and t.end > start]
    weighty = [t for t in overlapping if t.kind in _WORD_TOKENS and t.rarity > 0]
    if not weighty:
        return None
    if all(t.key in other for t in weighty):
        return False
    if any(t.key in other for t in overlapping if t.kind in _PHRASE_TOKENS):
        return False
    return not _given_name_of_shared_surname(text, weighty, tokens, other)


def _given_name_of_shared_surname(text: str, word: Sequence[Token], tokens: Sequence[Token], other: set[str]) -> bool:
    """ "Donald" in "Donald Trump" when the other sentence says "Trump": the engine reads both as one person."""
    if len(word) != 1 or word[0].kind not in {"name", "word"} or not text[word[0].start].isupper():
        return False
    first = word[0]
    following = [t for t in tokens if t.kind == "name" and first.end < t.start <= first.end + 1]
    return bool(following) and following[0].key in other


# --------------------------------------------------------------------------------------------------------------
# Full texts
# --------------------------------------------------------------------------------------------------------------


def _rows_by_sentence(rows: Iterable[Row]) -> dict[tuple[str, int], tuple[str, ...]]:
    found: dict[tuple[str, int], list[str]] = {}
    for row in rows:
        found.setdefault(("a", row.a_index), []).append(row.anchor)
        found.setdefault(("b", row.b_index), []).append(row.anchor)
    return {key: tuple(anchors) for key, anchors in found.items()}


def sentence_kinds(comparison: Comparison, side: str) -> list[str]:
    """Each sentence's class: conflicting, shared, boilerplate or unique (in that order of precedence)."""
    sentences = comparison.sentences_a if side == "a" else comparison.sentences_b
    conflicting = {getattr(link, side) for link in comparison.conflicts}
    shared = {getattr(link, side) for link in comparison.shared}
    return [
        "conflicting"
        if s.index in conflicting
        else "shared"
        if s.index in shared
        else "boilerplate"
        if s.boilerplate
        else "unique"
        for s in sentences
    ]


def _full_text(
    comparison: Comparison,
    side: str,
    name: str,
    rows_by_sentence: dict[tuple[str, int], tuple[str, ...]],
    *,
    summarise: bool = False,
) -> FullText:
    """A report's text as runs, its unique claims and its boilerplate; when summarising, no runs and only the first
    unique claims and boilerplate lines."""
    report = comparison.a if side == "a" else comparison.b
    sentences = comparison.sentences_a if side == "a" else comparison.sentences_b
    unique = comparison.unique_a if side == "a" else comparison.unique_b
    boilerplate = tuple(s for s in sentences if s.boilerplate)
    if summarise:

        def size(sentence: Sentence) -> int:
            return len(sentence.text)

        unique = unique[: _count_within(unique, size, _SUMMARY_ROWS["unique"], _SUMMARY_ROW_CHARACTERS["unique"])]
        boilerplate = boilerplate[
            : _count_within(boilerplate, size, _SUMMARY_ROWS["boilerplate"], _SUMMARY_ROW_CHARACTERS["unique"])
        ]
        return FullText(
            side, name, (), tuple(_claim(side, s) for s in unique), tuple(_claim(side, s) for s in boilerplate)
        )
    kinds = sentence_kinds(comparison, side)

    def sentence_run(sentence: Sentence) -> Run:
        index = sentence.index
        anchor = sentence_anchor(side, index)
        return Run(clean(sentence.text), kinds[index], anchor, rows_by_sentence.get((side, index), ()))

    return FullText(
        side=side,
        name=name,
        runs=_runs(clean(report.text), sentences, sentence_run),
        unique=tuple(_claim(side, s) for s in unique),
        boilerplate=tuple(_claim(side, s) for s in boilerplate),
    )


def _claim(side: str, sentence: Sentence) -> Claim:
    return Claim(sentence.index, sentence_anchor(side, sentence.index), clean(sentence.text))


def _runs(text: str, sentences: Sequence[Sentence], sentence_run: Callable[[Sentence], Run]) -> tuple[Run, ...]:
    """The report's text as runs: each sentence, and the text between them kept as is."""
    ordered = sorted(sentences, key=lambda s: (s.start, s.end))
    position = 0
    runs: list[Run] = []
    for sentence in ordered:
        fits = position <= sentence.start <= sentence.end <= len(text)
        if not fits or text[sentence.start : sentence.end] != clean(sentence.text):
            # Spans that do not match the text (a hand-made comparison): show the sentences one per line.
            lines: list[Run] = []
            for s in sentences:
                lines.extend((sentence_run(s), Run("\n")))
            return tuple(lines[:-1])
        if sentence.start > position:
            runs.append(Run(text[position : sentence.start]))
        runs.append(sentence_run(sentence))
        position = sentence.end
    if position < len(text):
        runs.append(Run(text[position:]))
    return tuple(runs)
