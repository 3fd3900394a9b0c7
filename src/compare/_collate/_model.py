"""The result of a collation: claim groups across reports, the values each report gives, and its JSON form."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

import attrs

from .._errors import FormatError, InputError
from .._inputs._report import Report
from .._model import Comparison, Sentence
from .._providers import provided
from .._settings import Settings

if TYPE_CHECKING:
    import os

__all__ = ["COLLATION_SCHEMA_VERSION", "ClaimGroup", "Collation", "Reading", "ValueSplit"]

COLLATION_SCHEMA_VERSION = 1


@attrs.frozen
class Reading:
    """One value of a claim's detail and the reports that give it.

    Args:
        value: The value as the first of those reports writes it ("22", "Tuesday").
        reports: Indices of the reports that give it, ascending.
    """

    value: str
    reports: tuple[int, ...]


@attrs.frozen
class ValueSplit:
    """A detail of a claim on which the reports stating it differ: the value each report gives.

    Args:
        kind: What differs: ``"number"``, ``"date"``, ``"name"``, ``"polarity"`` or ``"quote"``.
        readings: Each value with the reports that give it, the most widely given first.
        explanations: The pairwise conflicts' explanations, each once, in the order found.
        severity: ``"conflict"`` when some reports' values cannot both be true; ``"differs"`` when they only differ
            in precision ("at least 12" / "14"), shown but never counted as a conflict.
    """

    kind: str
    readings: tuple[Reading, ...]
    explanations: tuple[str, ...] = ()
    severity: str = attrs.field(default="conflict", validator=attrs.validators.in_(("conflict", "differs")))

    @property
    def majority(self) -> Reading | None:
        """The value more reports give than any other, or ``None`` on a tie."""
        if len(self.readings) > 1 and len(self.readings[0].reports) == len(self.readings[1].reports):
            return None
        return self.readings[0] if self.readings else None

    @property
    def outliers(self) -> tuple[int, ...]:
        """The reports that give another value than the majority (none when there is no majority)."""
        majority = self.majority
        if majority is None:
            return ()
        return tuple(sorted(r for reading in self.readings if reading is not majority for r in reading.reports))

    def describe(self, names: Sequence[str]) -> str:
        """The readings in one line, the most widely given first: "wire, B: 22; A: 23".

        Args:
            names: The reports' names, in the collation's order.
        """
        return "; ".join(
            f"{', '.join(names[r] for r in reading.reports)}: {reading.value}" for reading in self.readings
        )


@attrs.frozen
class ClaimGroup:
    """One claim and the sentences of every report that state it.

    Args:
        sentences: For each report, in the collation's order, the indices of its sentences in the group (several
            when it says in two sentences what another says in one), ascending; an empty tuple when the report is
            silent on the claim.
        values: The details the stating reports give different values for; empty when they agree.
    """

    sentences: tuple[tuple[int, ...], ...]
    values: tuple[ValueSplit, ...] = ()

    @property
    def reports(self) -> tuple[int, ...]:
        """The reports that state the claim."""
        return tuple(i for i, found in enumerate(self.sentences) if found)

    @property
    def silent(self) -> tuple[int, ...]:
        """The reports that do not state the claim."""
        return tuple(i for i, found in enumerate(self.sentences) if not found)

    @property
    def is_conflicting(self) -> bool:
        """Whether the stating reports differ on a detail.

        Returns:
            ``True`` when a detail has two readings or more.
        """
        return bool(self.values)

    def stance(self, report: int) -> str:
        """What a report does with the claim: ``"states"`` it, ``"other value"`` (states it with a value the
        majority does not give, or with any value of a detail split evenly), or is ``"silent"``.

        Args:
            report: The report's index.
        """
        if not self.sentences[report]:
            return "silent"
        for split in self.values:
            majority = split.majority
            given = any(report in reading.reports for reading in split.readings)
            if given and (majority is None or report not in majority.reports):
                return "other value"
        return "states"


@attrs.frozen
class Collation:
    """What several reports of one event agree on, what each says alone, and who gives which value.

    Args:
        reports: The reports, each with a distinct name.
        sentences: Each report's sentences.
        pairs: The comparison of every pair of reports ``(i, j)``, ``i < j``, in the order (0, 1), (0, 2), ...
            (1, 2), ...; read them with :meth:`comparison`.
        groups: The claim groups (see ``compare._collate._group`` for how sentences are grouped), those stated by
            the most reports first. Every claim sentence (not boilerplate) is in exactly one group, and no report is
            silent on a group one of its sentences is linked into.
        settings: The settings of every comparison.
    """

    reports: tuple[Report, ...]
    sentences: tuple[tuple[Sentence, ...], ...]
    pairs: tuple[Comparison, ...]
    groups: tuple[ClaimGroup, ...]
    settings: Settings = attrs.field(factory=Settings)

    @property
    def names(self) -> tuple[str, ...]:
        """The reports' names, in order."""
        return tuple(report.label for report in self.reports)

    @property
    def shared(self) -> tuple[ClaimGroup, ...]:
        """Groups that two reports or more state."""
        return tuple(group for group in self.groups if len(group.reports) > 1)

    @property
    def agreed(self) -> tuple[ClaimGroup, ...]:
        """Groups that two reports or more state and on whose details they agree (a difference in precision only,
        such as "at least 12" / "14", is agreement)."""
        return tuple(group for group in self.shared if not _disputed(group))

    @property
    def conflicting(self) -> tuple[ClaimGroup, ...]:
        """Groups whose reports give values of a detail that cannot all be true."""
        return tuple(group for group in self.groups if _disputed(group))

    @property
    def differing(self) -> tuple[ClaimGroup, ...]:
        """Groups whose reports differ in precision only ("at least 12" / "14"): shown, never counted as conflicts."""
        return tuple(group for group in self.groups if group.values and not _disputed(group))

    @property
    def unique(self) -> tuple[tuple[Sentence, ...], ...]:
        """For each report, its claims that no other report makes: the sentences of the groups only it states (no
        sentence of another report is linked to them)."""
        own: list[set[int]] = [set() for _ in self.reports]
        for group in self.groups:
            if len(group.reports) == 1:
                own[group.reports[0]].update(group.sentences[group.reports[0]])
        return tuple(
            tuple(s for s in sentences if s.index in own[position]) for position, sentences in enumerate(self.sentences)
        )

    def pair_indices(self) -> tuple[tuple[int, int], ...]:
        """The ``(i, j)`` of each item of :attr:`pairs`."""
        count = len(self.reports)
        return tuple((i, j) for i in range(count) for j in range(i + 1, count))

    def comparison(self, i: int, j: int) -> Comparison:
        """The comparison of report ``i`` (as A) with report ``j`` (as B).

        Args:
            i: A report's index.
            j: Another report's index. The collation holds each pair with the lower index as A; for ``i > j`` the
                pair is compared again in that order, since the engine's wording of conflicts names the sides.

        Returns:
            The pairwise comparison.

        Raises:
            InputError: An index is out of range, or ``i == j``.
        """
        count = len(self.reports)
        if not (0 <= i < count and 0 <= j < count) or i == j:
            raise InputError(f"no pair ({i}, {j}) among {count} reports")
        if i > j:
            again: Comparison = provided("compare")(self.reports[i], self.reports[j], settings=self.settings)
            return again
        # Pairs are stored row by row of the upper triangle: row i starts after the pairs of the rows above it.
        return self.pairs[i * (2 * count - i - 1) // 2 + (j - i - 1)]

    def unrelated(self) -> tuple[int, ...]:
        """Reports that are related to none of the others (:attr:`Comparison.related`): probably about another
        event.

        Returns:
            The reports' indices; always empty for fewer than three reports, where "the others" is one report (the
            pair's own warning says it then).
        """
        if len(self.reports) < 3:
            return ()
        related: set[int] = set()
        for (i, j), comparison in zip(self.pair_indices(), self.pairs, strict=True):
            if comparison.related:
                related.update((i, j))
        return tuple(position for position in range(len(self.reports)) if position not in related)

    def to_dict(self) -> dict[str, Any]:
        """The collation as plain data, following the collation JSON contract (README)."""
        data: dict[str, Any] = provided("collation_to_dict")(self)
        return data

    def to_json(self, *, indent: int | None = 2) -> str:
        """The collation as JSON text; the same collation always gives the same text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Collation:
        """Rebuild a collation from :meth:`to_dict`'s output.

        Raises:
            FormatError: The data does not follow the collation JSON contract.
        """
        collation: Collation = provided("collation_from_dict")(data)
        return collation

    @classmethod
    def from_json(cls, text: str) -> Collation:
        """Rebuild a collation from :meth:`to_json`'s output.

        Raises:
            FormatError: The text is not JSON or does not follow the collation JSON contract.
        """
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise FormatError(f"not JSON: {error}") from None
        return cls.from_dict(data)

    def to_html(self) -> str:
        """The coverage report as a standalone HTML document: :func:`compare.html_report` of the collation."""
        html: str = provided("html_report")(self)
        return html

    def to_pdf(self, target: str | os.PathLike[str] | BinaryIO) -> int:
        """Write the coverage report as a PDF to a path or a binary file, and return its number of pages:
        :func:`compare.write_pdf` of the collation."""
        pages: int = provided("write_pdf")(self, target)
        return pages


def _disputed(group: ClaimGroup) -> bool:
    return any(split.severity == "conflict" for split in group.values)
