"""A collation's JSON form (the collation contract in the README) and back.

Each report's text and sentences are written once; each pair holds its links, contradictions and details as the
comparison contract writes them, and the indices of the sentences that pair set aside as boilerplate (the same for
every pair but when two reports of one outlet share a line). Reading rebuilds each pair's comparison dictionary and
hands it to :meth:`Comparison.from_dict`, so the two contracts cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._errors import FormatError
from .._model import SCHEMA_VERSION, Comparison, Sentence, report_to_dict
from .._providers import provides
from .._settings import Settings, settings_dict
from ._model import COLLATION_SCHEMA_VERSION, ClaimGroup, Collation, Reading, ValueSplit

__all__ = ["collation_from_dict", "collation_to_dict"]

_KIND = "collation"
# The parts of a comparison's dictionary that a collation writes per pair; reports and settings are written once.
_PAIR_KEYS = ("links", "contradictions", "details", "relatedness")


@provides
def collation_to_dict(collation: Collation) -> dict[str, Any]:
    """The collation as plain data."""
    languages = _languages(collation)
    reports = [
        report_to_dict(r, sentences, language)
        for r, sentences, language in zip(collation.reports, collation.sentences, languages, strict=True)
    ]
    return {
        "schema_version": COLLATION_SCHEMA_VERSION,
        "kind": _KIND,
        "reports": reports,
        "pairs": [_pair(i, j, c) for (i, j), c in zip(collation.pair_indices(), collation.pairs, strict=True)],
        "groups": [_group(group) for group in collation.groups],
        "unique": [[s.index for s in sentences] for sentences in collation.unique],
        "settings": settings_dict(collation.settings),
    }


def _languages(collation: Collation) -> list[str | None]:
    """Each report's language, as the pairs it takes part in detected it."""
    found: list[str | None] = [None] * len(collation.reports)
    for (i, j), comparison in zip(collation.pair_indices(), collation.pairs, strict=True):
        found[i], found[j] = comparison.language_a, comparison.language_b
    return found


def _pair(i: int, j: int, comparison: Comparison) -> dict[str, Any]:
    data = comparison.to_dict()
    pair: dict[str, Any] = {"a": i, "b": j}
    pair.update((key, data[key]) for key in _PAIR_KEYS)
    pair["boilerplate"] = {
        "a": [s.index for s in comparison.boilerplate_a],
        "b": [s.index for s in comparison.boilerplate_b],
    }
    return pair


def _group(group: ClaimGroup) -> dict[str, Any]:
    return {
        "sentences": [list(found) for found in group.sentences],
        "values": [
            {
                "kind": split.kind,
                "readings": [{"value": r.value, "reports": list(r.reports)} for r in split.readings],
                "explanations": list(split.explanations),
                "severity": split.severity,
            }
            for split in group.values
        ],
    }


@provides
def collation_from_dict(data: Mapping[str, Any]) -> Collation:
    """Rebuild a collation from :func:`collation_to_dict`'s output.

    Raises:
        FormatError: The data does not follow the collation contract.
    """
    try:
        return _read(data)
    except FormatError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        raise FormatError(f"not a collation of schema_version {COLLATION_SCHEMA_VERSION}: {error!r}") from None


def _read(data: Mapping[str, Any]) -> Collation:
    if data.get("kind") != _KIND or data.get("schema_version") != COLLATION_SCHEMA_VERSION:
        raise FormatError(
            f"not a collation of schema_version {COLLATION_SCHEMA_VERSION} "
            f"(kind {data.get('kind')!r}, schema_version {data.get('schema_version')!r})"
        )
    reports_data = list(data["reports"])
    settings_data = data.get("settings", {})
    pairs = []
    for pair in data["pairs"]:
        i, j = int(pair["a"]), int(pair["b"])
        comparison = Comparison.from_dict(
            {
                "schema_version": SCHEMA_VERSION,
                "reports": {
                    "a": _flagged(reports_data[i], pair["boilerplate"]["a"]),
                    "b": _flagged(reports_data[j], pair["boilerplate"]["b"]),
                },
                "settings": settings_data,
                **{key: pair[key] for key in _PAIR_KEYS if key in pair},
            }
        )
        pairs.append(((i, j), comparison))
    count = len(reports_data)
    expected = [(i, j) for i in range(count) for j in range(i + 1, count)]
    if [indices for indices, _ in pairs] != expected:
        raise FormatError(f"a collation of {count} reports holds the pairs {expected}, in that order")
    reports = []
    sentences = []
    for report_data in reports_data:
        # A one-report comparison dictionary reads the report the same way a comparison does.
        report, report_sentences = _report_via_comparison(report_data, settings_data)
        reports.append(report)
        sentences.append(report_sentences)
    groups = tuple(_group_from(item, count) for item in data["groups"])
    settings = Settings(**settings_data) if settings_data else Settings()
    return Collation(tuple(reports), tuple(sentences), tuple(c for _, c in pairs), groups, settings)


def _flagged(report: Mapping[str, Any], boilerplate: list[int]) -> dict[str, Any]:
    flags = set(boilerplate)
    sentences = [{**sentence, "boilerplate": sentence["index"] in flags} for sentence in report["sentences"]]
    return {**report, "sentences": sentences}


def _report_via_comparison(report: Mapping[str, Any], settings: Mapping[str, Any]) -> tuple[Any, tuple[Sentence, ...]]:
    comparison = Comparison.from_dict(
        {
            "schema_version": SCHEMA_VERSION,
            "reports": {"a": report, "b": report},
            "links": [],
            "settings": settings,
            # Only the report is read: a report is not compared with itself.
            "relatedness": 1.0,
        }
    )
    return comparison.a, comparison.sentences_a


def _group_from(item: Mapping[str, Any], count: int) -> ClaimGroup:
    found = tuple(tuple(int(index) for index in indices) for indices in item["sentences"])
    if len(found) != count:
        raise FormatError(f"a group lists {len(found)} reports' sentences; the collation has {count} reports")
    values = tuple(
        ValueSplit(
            str(split["kind"]),
            tuple(Reading(str(r["value"]), tuple(int(x) for x in r["reports"])) for r in split["readings"]),
            tuple(str(text) for text in split.get("explanations", ())),
            str(split.get("severity", "conflict")),
        )
        for split in item.get("values", ())
    )
    return ClaimGroup(found, values)
