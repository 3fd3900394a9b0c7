"""The results of a comparison: sentences, links, conflicts, and their JSON form."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, BinaryIO

import attrs

from ._errors import FormatError
from ._inputs._report import Report
from ._providers import provided
from ._settings import Settings, settings_dict
from ._text._language import language_name

if TYPE_CHECKING:
    import os

__all__ = ["SCHEMA_VERSION", "Comparison", "Conflict", "Contradiction", "Detail", "Link", "Sentence", "report_to_dict"]

SCHEMA_VERSION = 2
# Older JSON that from_dict still reads: version 1 had no severity (every finding was a conflict).
_READABLE_VERSIONS = (1, 2)

# Scores are rounded so that the JSON does not change with the last bits of floating point arithmetic.
_SCORE_DIGITS = 4


_ROLES = ("claim", "headline", "subheading", "furniture")


def _span(value: Any) -> tuple[int, int] | None:
    """A span as read from JSON, where it is a list or null."""
    if value is None:
        return None
    start, end = value
    return int(start), int(end)


@attrs.frozen
class Sentence:
    """A sentence of a report.

    Args:
        index: Its position among the report's sentences.
        text: The sentence as written.
        start: Where it starts in the report's text.
        end: Where it ends in the report's text (``text == report.text[start:end]``).
        boilerplate: Not a claim: site furniture (links to other stories, appeals, credits), a headline or a
            subheading. Never linked, never unique, never counted.
        role: What the sentence is on its page: ``"claim"``, ``"headline"``, ``"subheading"`` (both shown apart,
            see :attr:`Comparison.headline_a`) or ``"furniture"``. Without it, ``"furniture"`` for boilerplate
            and ``"claim"`` otherwise.
        dateline: The dateline that opens a claim ("KYIV, Ukraine (AP) —"), as offsets into ``text``; its words
            are not the claim's words, so they are never linked, compared or reported as a detail.
    """

    index: int
    text: str
    start: int
    end: int
    boilerplate: bool = False
    role: str = attrs.field(
        default=attrs.Factory(lambda self: "furniture" if self.boilerplate else "claim", takes_self=True),
        validator=attrs.validators.in_(_ROLES),
    )
    dateline: tuple[int, int] | None = attrs.field(default=None, converter=_span)


@attrs.frozen
class Conflict:
    """A detail on which two linked sentences differ.

    Args:
        kind: What differs: ``"number"``, ``"date"``, ``"name"``, ``"polarity"`` or ``"quote"``.
        a_value: The detail as report A writes it.
        b_value: The detail as report B writes it.
        explanation: One line a reader understands.
        a_span: Where ``a_value`` stands in A's sentence (offsets into the sentence's text).
        b_span: Where ``b_value`` stands in B's sentence.
        confidence: How sure the engine is that this is a real conflict, in [0, 1].
        severity: ``"conflict"`` when both values cannot be true; ``"differs"`` when they can but one report is
            more precise or hedges ("at least 12" / "14", "about 300" / "372"), which an editor still wants to see
            but which is never counted as a conflict.
        a_elsewhere: Index of another sentence of A that gives B's value (A says 22 here, 23 there).
        b_elsewhere: Index of another sentence of B that gives A's value (B says 23 here and, later, "22 defenders").
    """

    kind: str
    a_value: str
    b_value: str
    explanation: str
    a_span: tuple[int, int] | None = None
    b_span: tuple[int, int] | None = None
    confidence: float = 1.0
    severity: str = attrs.field(default="conflict", validator=attrs.validators.in_(("conflict", "differs")))
    a_elsewhere: int | None = None
    b_elsewhere: int | None = None

    @property
    def is_conflict(self) -> bool:
        """Whether both values cannot be true (not just a difference in precision)."""
        return self.severity == "conflict"


@attrs.frozen
class Contradiction:
    """A report that gives two different figures for the same thing ("22 wounded" here, "23 wounded" later).

    Args:
        first: Index of the earlier sentence.
        second: Index of the later sentence.
        conflict: What differs; its ``a_span`` and ``a_value`` are in the earlier sentence, ``b_span`` and
            ``b_value`` in the later one.
    """

    first: int
    second: int
    conflict: Conflict


@attrs.frozen
class Detail:
    """A clause of a linked sentence that the other report states in none of its sentences, linked or not: a part
    of a shared claim only one report tells ("..., but was later released"). Never a dateline; a quotation is
    shown whole.

    Args:
        sentence: Index of the sentence among its report's sentences.
        start: Where the clause starts in the sentence's text.
        end: Where it ends in the sentence's text.
        text: The clause as written (``sentence.text[start:end]``).
    """

    sentence: int
    start: int
    end: int
    text: str


@attrs.frozen
class Link:
    """Two sentences, one of each report, that speak of the same claim.

    Args:
        a: Index of the sentence of report A.
        b: Index of the sentence of report B.
        score: How alike the two claims are, in [0, 1].
        conflicts: The details on which they differ, conflicts and compatible differences alike (see
            :attr:`Conflict.severity`); empty when they agree.
    """

    a: int
    b: int
    score: float
    conflicts: tuple[Conflict, ...] = ()

    @property
    def is_conflicting(self) -> bool:
        """Whether the two sentences give values of one fact that cannot both be true."""
        return any(conflict.is_conflict for conflict in self.conflicts)

    @property
    def differences(self) -> tuple[Conflict, ...]:
        """The compatible differences: values that can both be true, one more precise or hedged."""
        return tuple(conflict for conflict in self.conflicts if not conflict.is_conflict)


@attrs.frozen
class Comparison:
    """What two reports agree on, what only one says, and where they conflict.

    Args:
        a: Report A.
        b: Report B.
        sentences_a: A's sentences.
        sentences_b: B's sentences.
        links: Every pair of sentences that speak of the same claim, sorted by A's then B's index.
        settings: The settings that produced the comparison.
        contradictions_a: Places where A contradicts itself.
        contradictions_b: Places where B contradicts itself.
        details_a: Clauses of A's linked sentences that no sentence of B states.
        details_b: Clauses of B's linked sentences that no sentence of A states.
        relatedness: How likely the two reports are about one event, in [0, 1]: the higher of the rarity-weighted
            overlap of the names they use and the smaller share of claims linked (see :attr:`related`).
        language_a: The language A looks written in, as an ISO 639-1 code (``"en"``); ``None`` when not known.
        language_b: The same for B.
    """

    a: Report
    b: Report
    sentences_a: tuple[Sentence, ...]
    sentences_b: tuple[Sentence, ...]
    links: tuple[Link, ...]
    settings: Settings = attrs.field(factory=Settings)
    contradictions_a: tuple[Contradiction, ...] = ()
    contradictions_b: tuple[Contradiction, ...] = ()
    details_a: tuple[Detail, ...] = ()
    details_b: tuple[Detail, ...] = ()
    relatedness: float = 1.0
    language_a: str | None = None
    language_b: str | None = None

    @property
    def related(self) -> bool:
        """Whether the reports look like reports of one event (relatedness at least
        ``Settings.related_threshold``)."""
        return self.relatedness >= self.settings.related_threshold

    @property
    def warnings(self) -> tuple[str, ...]:
        """What a reader must know before trusting the findings, in plain words: reports that may not be about the
        same event, and reports that do not look written in English. Every output shows them."""
        found = []
        if not self.related:
            found.append(self._unrelated_warning())
        for side, code in (("A", self.language_a), ("B", self.language_b)):
            if code is not None and code != "en":
                found.append(
                    f"Report {side} looks like {language_name(code)} ({code}): compare reads English; links and "
                    "conflicts on it are unreliable."
                )
        return tuple(found)

    def _unrelated_warning(self) -> str:
        claims_a = sum(1 for s in self.sentences_a if not s.boilerplate)
        claims_b = sum(1 for s in self.sentences_b if not s.boilerplate)
        linked_a = len({link.a for link in self.links})
        linked_b = len({link.b for link in self.links})
        return (
            "These reports may not be about the same event: they share few names and link few claims "
            f"({linked_a} of A's {claims_a}, {linked_b} of B's {claims_b}; relatedness {self.relatedness:.2f}, "
            f"below {self.settings.related_threshold:.2f}), so their links may join claims about different events."
        )

    @property
    def shared(self) -> tuple[Link, ...]:
        """Links (pairs of sentences) whose sentences agree (a compatible difference, such as "at least 12" / "14",
        is agreement). Links, not claims: :attr:`shared_claims_a` and :attr:`shared_claims_b` count claims."""
        return tuple(link for link in self.links if not link.is_conflicting)

    @property
    def shared_claims_a(self) -> tuple[Sentence, ...]:
        """A's claims (sentences) that B also makes, in no conflict: the "shared claims" every output counts. One
        sentence linked to two of B's is one claim, so there may be fewer than :attr:`shared` links."""
        return self._claims_of(self.shared, "a", exclude=self.conflicting_claims_a)

    @property
    def shared_claims_b(self) -> tuple[Sentence, ...]:
        """B's claims that A also makes, in no conflict (see :attr:`shared_claims_a`)."""
        return self._claims_of(self.shared, "b", exclude=self.conflicting_claims_b)

    @property
    def conflicting_claims_a(self) -> tuple[Sentence, ...]:
        """A's claims (sentences) that conflict with B on a detail: the "conflicting claims" every output counts."""
        return self._claims_of(self.conflicts, "a")

    @property
    def conflicting_claims_b(self) -> tuple[Sentence, ...]:
        """B's claims that conflict with A on a detail."""
        return self._claims_of(self.conflicts, "b")

    def _claims_of(
        self, links: tuple[Link, ...], side: str, exclude: tuple[Sentence, ...] = ()
    ) -> tuple[Sentence, ...]:
        sentences = self.sentences_a if side == "a" else self.sentences_b
        indices = {link.a if side == "a" else link.b for link in links} - {s.index for s in exclude}
        return tuple(sentences[index] for index in sorted(indices))

    @property
    def fully_shared(self) -> tuple[Link, ...]:
        """Links whose sentences agree and whose sentences give no detail the other report leaves out."""
        with_details = self._with_details()
        return tuple(link for link in self.shared if not with_details(link))

    @property
    def partly_shared(self) -> tuple[Link, ...]:
        """Links whose sentences agree, where a sentence gives a detail the other report leaves out."""
        with_details = self._with_details()
        return tuple(link for link in self.shared if with_details(link))

    def _with_details(self) -> Callable[[Link], bool]:
        # The sentences with details, gathered once, so that sorting the links takes one pass over the details.
        in_a = {detail.sentence for detail in self.details_a}
        in_b = {detail.sentence for detail in self.details_b}
        return lambda link: link.a in in_a or link.b in in_b

    def details_of(self, link: Link) -> tuple[Detail, ...]:
        """The details of the link's two sentences that the other report leaves out, A's first."""
        return tuple(d for d in self.details_a if d.sentence == link.a) + tuple(
            d for d in self.details_b if d.sentence == link.b
        )

    @property
    def conflicts(self) -> tuple[Link, ...]:
        """Links whose sentences give values of one fact that cannot both be true."""
        return tuple(link for link in self.links if link.is_conflicting)

    @property
    def differences(self) -> tuple[Link, ...]:
        """Shared links whose sentences differ compatibly ("at least 12" / "14"): shown, never counted as conflicts."""
        return tuple(link for link in self.links if link.differences and not link.is_conflicting)

    @property
    def unique_a(self) -> tuple[Sentence, ...]:
        """Claims of A that B does not make (boilerplate excluded)."""
        linked = {link.a for link in self.links}
        return tuple(s for s in self.sentences_a if not s.boilerplate and s.index not in linked)

    @property
    def unique_b(self) -> tuple[Sentence, ...]:
        """Claims of B that A does not make (boilerplate excluded)."""
        linked = {link.b for link in self.links}
        return tuple(s for s in self.sentences_b if not s.boilerplate and s.index not in linked)

    @property
    def headline_a(self) -> tuple[Sentence, ...]:
        """A's headline and subheadings, in order: shown apart, never counted as claims."""
        return _headings(self.sentences_a)

    @property
    def headline_b(self) -> tuple[Sentence, ...]:
        """B's headline and subheadings, in order: shown apart, never counted as claims."""
        return _headings(self.sentences_b)

    @property
    def boilerplate_a(self) -> tuple[Sentence, ...]:
        """A's sentences set aside: site furniture, and the headline and subheadings (see :attr:`headline_a`)."""
        return tuple(s for s in self.sentences_a if s.boilerplate)

    @property
    def boilerplate_b(self) -> tuple[Sentence, ...]:
        """B's sentences set aside: site furniture, and the headline and subheadings (see :attr:`headline_b`)."""
        return tuple(s for s in self.sentences_b if s.boilerplate)

    def sentence_pair(self, link: Link) -> tuple[Sentence, Sentence]:
        """The two sentences a link joins."""
        return self.sentences_a[link.a], self.sentences_b[link.b]

    def to_dict(self) -> dict[str, Any]:
        """The comparison as plain data, following the JSON contract (schema_version 2)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "reports": {
                "a": report_to_dict(self.a, self.sentences_a, self.language_a),
                "b": report_to_dict(self.b, self.sentences_b, self.language_b),
            },
            "relatedness": round(self.relatedness, _SCORE_DIGITS),
            "related": self.related,
            "links": [_link_to_dict(link) for link in self.links],
            "unique": {"a": [s.index for s in self.unique_a], "b": [s.index for s in self.unique_b]},
            "settings": settings_dict(self.settings),
            "contradictions": {
                "a": [_contradiction_to_dict(item) for item in self.contradictions_a],
                "b": [_contradiction_to_dict(item) for item in self.contradictions_b],
            },
            "details": {
                "a": [attrs.asdict(detail) for detail in self.details_a],
                "b": [attrs.asdict(detail) for detail in self.details_b],
            },
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The comparison as JSON text; the same comparison always gives the same text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Comparison:
        """Rebuild a comparison from :meth:`to_dict`'s output.

        Raises:
            FormatError: The data does not follow the JSON contract.
        """
        try:
            return _comparison_from_dict(data)
        except FormatError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise FormatError(f"not a comparison of schema_version {SCHEMA_VERSION}: {error!r}") from None

    @classmethod
    def from_json(cls, text: str) -> Comparison:
        """Rebuild a comparison from :meth:`to_json`'s output.

        Raises:
            FormatError: The text is not JSON or does not follow the JSON contract.
        """
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise FormatError(f"not JSON: {error}") from None
        return cls.from_dict(data)

    def to_html(self) -> str:
        """The report as a standalone HTML document: :func:`compare.html_report` of the comparison."""
        html: str = provided("html_report")(self)
        return html

    def to_pdf(self, target: str | os.PathLike[str] | BinaryIO) -> int:
        """Write the report as a PDF to a path or a binary file, and return its number of pages:
        :func:`compare.write_pdf` of the comparison."""
        pages: int = provided("write_pdf")(self, target)
        return pages


def _headings(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    return tuple(s for s in sentences if s.role in ("headline", "subheading"))


def report_to_dict(report: Report, sentences: tuple[Sentence, ...], language: str | None) -> dict[str, Any]:
    """A report with its sentences as the JSON contract writes it (the collation contract writes reports alike)."""
    return {
        "name": report.name or "",
        "language": language,
        "source": report.source,
        "url": report.url,
        "published": report.published.isoformat() if report.published else None,
        "text": report.text,
        "presplit": report.sentence_spans is not None,
        "sentences": [attrs.asdict(sentence) for sentence in sentences],
    }


def _link_to_dict(link: Link) -> dict[str, Any]:
    return {
        "a": link.a,
        "b": link.b,
        "score": round(link.score, _SCORE_DIGITS),
        "conflicts": [_conflict_to_dict(conflict) for conflict in link.conflicts],
    }


def _conflict_to_dict(conflict: Conflict) -> dict[str, Any]:
    data = attrs.asdict(conflict)
    for key in ("a_span", "b_span"):
        if data[key] is not None:
            data[key] = list(data[key])
    return data


def _contradiction_to_dict(contradiction: Contradiction) -> dict[str, Any]:
    return {
        "first": contradiction.first,
        "second": contradiction.second,
        "conflict": _conflict_to_dict(contradiction.conflict),
    }


def _contradictions_from_dict(items: Any, sentences: tuple[Sentence, ...], side: str) -> tuple[Contradiction, ...]:
    found = []
    for item in items:
        contradiction = Contradiction(int(item["first"]), int(item["second"]), _conflict_from_dict(item["conflict"]))
        if not (0 <= contradiction.first < len(sentences) and 0 <= contradiction.second < len(sentences)):
            raise FormatError(f"contradiction of report {side} points outside its sentences")
        found.append(contradiction)
    return tuple(found)


def _details_from_dict(items: Any, sentences: tuple[Sentence, ...], side: str) -> tuple[Detail, ...]:
    found = []
    for item in items:
        detail = Detail(int(item["sentence"]), int(item["start"]), int(item["end"]), str(item["text"]))
        if not 0 <= detail.sentence < len(sentences):
            raise FormatError(f"detail of report {side} points outside its sentences")
        found.append(detail)
    return tuple(found)


def _comparison_from_dict(data: Mapping[str, Any]) -> Comparison:
    version = data.get("schema_version")
    if version not in _READABLE_VERSIONS:
        raise FormatError(f"schema_version {version!r} is not supported (expected one of {_READABLE_VERSIONS})")
    reports = data["reports"]
    a, sentences_a = _report_from_dict(reports["a"])
    b, sentences_b = _report_from_dict(reports["b"])
    links = tuple(_link_from_dict(item) for item in data["links"])
    for link in links:
        if not (0 <= link.a < len(sentences_a) and 0 <= link.b < len(sentences_b)):
            raise FormatError(f"link ({link.a}, {link.b}) points outside the reports' sentences")
    settings = Settings(**data["settings"]) if "settings" in data else Settings()
    # Written by every version since issue 3; older JSON has none.
    contradictions = data.get("contradictions", {})
    # Written since details were added; older JSON has none.
    details = data.get("details", {})
    comparison = Comparison(
        a,
        b,
        sentences_a,
        sentences_b,
        links,
        settings,
        _contradictions_from_dict(contradictions.get("a", ()), sentences_a, "a"),
        _contradictions_from_dict(contradictions.get("b", ()), sentences_b, "b"),
        _details_from_dict(details.get("a", ()), sentences_a, "a"),
        _details_from_dict(details.get("b", ()), sentences_b, "b"),
        language_a=_language(reports["a"].get("language")),
        language_b=_language(reports["b"].get("language")),
    )
    # Written since relatedness was added; for older JSON it is measured again from the sentences and links.
    if "relatedness" in data:
        return attrs.evolve(comparison, relatedness=float(data["relatedness"]))
    relatedness: float = provided("measure_relatedness")(comparison)
    return attrs.evolve(comparison, relatedness=relatedness)


def _language(value: Any) -> str | None:
    return None if value is None else str(value)


def _report_from_dict(data: Mapping[str, Any]) -> tuple[Report, tuple[Sentence, ...]]:
    sentences = tuple(Sentence(**item) for item in data["sentences"])
    for position, sentence in enumerate(sentences):
        if sentence.index != position:
            raise FormatError(f"sentence {position} of report {data.get('name')!r} has index {sentence.index}")
    text = data.get("text")
    if text is None:
        text = "\n".join(sentence.text for sentence in sentences)
    published = data.get("published")
    spans = tuple((s.start, s.end) for s in sentences) if data.get("presplit") else None
    report = Report(
        text,
        name=data["name"] or None,
        source=data.get("source"),
        url=data.get("url"),
        published=datetime.date.fromisoformat(published) if published else None,
        sentence_spans=spans,
    )
    return report, sentences


def _link_from_dict(data: Mapping[str, Any]) -> Link:
    conflicts = tuple(_conflict_from_dict(item) for item in data.get("conflicts", ()))
    return Link(int(data["a"]), int(data["b"]), float(data["score"]), conflicts)


def _conflict_from_dict(data: Mapping[str, Any]) -> Conflict:
    spans = {key: _span(data.get(key)) for key in ("a_span", "b_span")}
    return Conflict(
        kind=data["kind"],
        a_value=data["a_value"],
        b_value=data["b_value"],
        explanation=data["explanation"],
        a_span=spans["a_span"],
        b_span=spans["b_span"],
        confidence=float(data.get("confidence", 1.0)),
        severity=data.get("severity", "conflict"),
        a_elsewhere=_index(data.get("a_elsewhere")),
        b_elsewhere=_index(data.get("b_elsewhere")),
    )


def _index(value: Any) -> int | None:
    return None if value is None else int(value)
