"""The acceptance case: the two seed reports against the comparison a careful editor made of them (gold.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import compare

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"
GOLD = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def comparison() -> compare.Comparison:
    return compare.compare(
        compare.Report.from_file(SEEDS / GOLD["a"]),
        compare.Report.from_file(SEEDS / GOLD["b"]),
    )


def _index(sentences: tuple[compare.Sentence, ...], fragment: str) -> int:
    found = [s.index for s in sentences if fragment in s.text]
    assert len(found) == 1, f"{fragment!r} should name exactly one sentence, names {found}"
    return found[0]


def _pairs(comparison: compare.Comparison, entries: list[dict[str, str]]) -> set[tuple[int, int]]:
    return {(_index(comparison.sentences_a, e["a"]), _index(comparison.sentences_b, e["b"])) for e in entries}


def test_every_required_link_is_found(comparison: compare.Comparison) -> None:
    links = {(link.a, link.b) for link in comparison.links}
    missing = _pairs(comparison, GOLD["shared"]["required"]) - links
    assert not missing


def test_the_wounded_count_conflicts(comparison: compare.Comparison) -> None:
    for expected in GOLD["conflicts"]["required"]:
        pair = (_index(comparison.sentences_a, expected["a"]), _index(comparison.sentences_b, expected["b"]))
        link = next(link for link in comparison.links if (link.a, link.b) == pair)
        values = {(c.kind, c.a_value, c.b_value) for c in link.conflicts}
        assert (expected["kind"], expected["a_value"], expected["b_value"]) in values


def test_conflict_spans_point_at_the_values(comparison: compare.Comparison) -> None:
    for link in comparison.conflicts:
        a, b = comparison.sentence_pair(link)
        for conflict in link.conflicts:
            assert conflict.a_span is not None
            assert conflict.b_span is not None
            assert a.text[slice(*conflict.a_span)] == conflict.a_value
            assert b.text[slice(*conflict.b_span)] == conflict.b_value


def test_aliases_and_equal_values_never_conflict(comparison: compare.Comparison) -> None:
    conflicting_values = {(c.a_value, c.b_value) for link in comparison.links for c in link.conflicts}
    for entry in GOLD["must_not_conflict"]:
        assert (entry["a_value"], entry["b_value"]) not in conflicting_values, entry["why"]
    assert len(conflicting_values) == len(GOLD["conflicts"]["required"])


def test_boilerplate_is_set_aside(comparison: compare.Comparison) -> None:
    flagged = {s.index for s in comparison.boilerplate_a}
    expected = {_index(comparison.sentences_a, fragment) for fragment in GOLD["boilerplate"]["a"]}
    assert expected <= flagged
    unique = {s.index for s in comparison.unique_a}
    assert not expected & unique
    linked = {link.a for link in comparison.links}
    assert not expected & linked


def test_false_links_are_at_most_a_fifth(comparison: compare.Comparison) -> None:
    allowed = _pairs(comparison, GOLD["shared"]["required"]) | _pairs(comparison, GOLD["shared"]["acceptable"])
    links = {(link.a, link.b) for link in comparison.links}
    assert len(links - allowed) <= len(links) / 5


def test_claims_only_one_report_makes_are_unique(comparison: compare.Comparison) -> None:
    unique_b = {s.index for s in comparison.unique_b}
    for fragment in GOLD["unique"]["b"]:
        assert _index(comparison.sentences_b, fragment) in unique_b


def test_the_other_report_giving_the_first_ones_figure_elsewhere_is_named(comparison: compare.Comparison) -> None:
    # B says 23 "seriously wounded" Ukrainians, and later that Zelenskyy confirmed "22 defenders".
    (conflict,) = [c for link in comparison.conflicts for c in link.conflicts if c.a_value == "22"]
    assert conflict.b_elsewhere == _index(comparison.sentences_b, "22 “defenders.”")
    assert conflict.a_elsewhere is None
    assert compare.Comparison.from_json(comparison.to_json()) == comparison
