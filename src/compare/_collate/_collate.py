"""Collating several reports: every pair compared, then the links merged into claim groups."""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from concurrent.futures import Executor

import attrs

from .._batch import compare_many
from .._compare import compare
from .._errors import CompareError, InputError
from .._inputs._report import Report, refuse_file_name
from .._model import Comparison, Sentence
from .._settings import Settings
from ._group import claim_groups
from ._model import Collation

__all__ = ["collate", "default_name"]


def collate(
    reports: Iterable[Report | str], *, settings: Settings | None = None, executor: Executor | None = None
) -> Collation:
    """Collate two or more reports of one event: which claims each states, and who gives which value.

    Every pair of reports is compared with :func:`compare.compare`, then the pairs' links are merged into claim
    groups (docs/guide-collation.md states the rule: a group needs links between its members, not one path).

    Args:
        reports: The reports, each a :class:`Report` or its text. Reports without a name are called "A", "B",
            "C"... by position; names that repeat get " (2)", " (3)"... so that every report is told apart.
        settings: The settings of every comparison; the defaults when ``None``.
        executor: Where to run the ``n * (n - 1) / 2`` comparisons, as for :func:`compare.compare_many` (a
            spawn-context process pool, a dask client's executor). ``None`` runs them one after another in this
            process, which is quicker up to a few dozen short reports than starting worker processes.

    Returns:
        The collation.

    Raises:
        InputError: Fewer than two reports, or a report that is empty or not text (the message names it).
        CompareError: A comparison failed on the executor.
    """
    settings = settings or Settings()
    named = _named(list(reports))
    indices = [(i, j) for i in range(len(named)) for j in range(i + 1, len(named))]
    comparisons = _compare_pairs(named, indices, settings, executor)
    sentences = _sentences(len(named), indices, comparisons)
    names = [report.label for report in named]
    groups = claim_groups(names, sentences, [(i, j, c) for (i, j), c in zip(indices, comparisons, strict=True)])
    return Collation(tuple(named), sentences, tuple(comparisons), groups, settings)


def default_name(position: int) -> str:
    """A report's name by its position: "A" to "Z", then "AA", "AB"... as spreadsheet columns."""
    letters = string.ascii_uppercase
    name = ""
    position += 1
    while position:
        position, remainder = divmod(position - 1, len(letters))
        name = letters[remainder] + name
    return name


def _named(items: list[Report | str]) -> list[Report]:
    if len(items) < 2:
        raise InputError(f"a collation needs two reports or more, not {len(items)}")
    reports = []
    seen: dict[str, int] = {}
    for position, item in enumerate(items):
        report = _as_report(item, default_name(position))
        base = report.label
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            report = attrs.evolve(report, name=f"{base} ({seen[base]})")
        reports.append(report)
    return reports


def _as_report(item: Report | str, name: str) -> Report:
    # Report's validator names the report in its error ("report 'C' is empty").
    if isinstance(item, str):
        refuse_file_name(item, name)
        return Report(item, name=name)
    if not isinstance(item, Report):
        raise InputError(f"report {name} must be a Report or str, not {type(item).__name__}")
    return item if item.name else attrs.evolve(item, name=name)


def _compare_pairs(
    reports: list[Report], indices: list[tuple[int, int]], settings: Settings, executor: Executor | None
) -> list[Comparison]:
    if executor is None:
        return [compare(reports[i], reports[j], settings=settings) for i, j in indices]
    results = compare_many(((reports[i], reports[j]) for i, j in indices), executor=executor, settings=settings)
    found = []
    for (i, j), result in zip(indices, results, strict=True):
        if isinstance(result, CompareError):
            raise type(result)(f"comparing {reports[i].label!r} with {reports[j].label!r}: {result}") from result
        found.append(result)
    return found


def _sentences(
    count: int, indices: Sequence[tuple[int, int]], comparisons: Sequence[Comparison]
) -> tuple[tuple[Sentence, ...], ...]:
    """Each report's sentences as its first comparison split them.

    Every comparison splits a report the same way; only boilerplate can differ, when two reports of one outlet
    share a line word for word, and the first pair's reading stands for the collation.
    """
    found: list[tuple[Sentence, ...] | None] = [None] * count
    for (i, j), comparison in zip(indices, comparisons, strict=True):
        if found[i] is None:
            found[i] = comparison.sentences_a
        if found[j] is None:
            found[j] = comparison.sentences_b
    return tuple(sentences or () for sentences in found)
