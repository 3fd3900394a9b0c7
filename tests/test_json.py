"""The JSON contract, schema_version 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import compare

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"


@pytest.fixture(scope="module")
def comparison() -> compare.Comparison:
    return compare.compare(
        compare.Report.from_file(SEEDS / "000_81439adf92ba3781.txt"),
        compare.Report.from_file(SEEDS / "003_6c568dbd8e42f4b8.txt"),
    )


def test_json_follows_the_contract(comparison: compare.Comparison) -> None:
    data = json.loads(comparison.to_json())
    assert data["schema_version"] == 2
    for side in ("a", "b"):
        report = data["reports"][side]
        assert isinstance(report["name"], str)
        for position, sentence in enumerate(report["sentences"]):
            assert sentence["index"] == position
            assert set(sentence) >= {"index", "text", "start", "end", "boilerplate"}
    for link in data["links"]:
        assert 0.0 <= link["score"] <= 1.0
        for conflict in link["conflicts"]:
            assert set(conflict) >= {"kind", "a_value", "b_value", "explanation"}
    claims_a = {s["index"] for s in data["reports"]["a"]["sentences"] if not s["boilerplate"]}
    linked_a = {link["a"] for link in data["links"]}
    assert data["unique"]["a"] == sorted(claims_a - linked_a)


def test_spans_slice_the_original_text(comparison: compare.Comparison) -> None:
    for report, sentences in ((comparison.a, comparison.sentences_a), (comparison.b, comparison.sentences_b)):
        for sentence in sentences:
            assert report.text[sentence.start : sentence.end] == sentence.text


def test_round_trip(comparison: compare.Comparison) -> None:
    assert compare.Comparison.from_dict(comparison.to_dict()) == comparison
    assert compare.Comparison.from_json(comparison.to_json()) == comparison


def test_json_is_the_same_on_every_run(comparison: compare.Comparison) -> None:
    again = compare.compare(
        compare.Report.from_file(SEEDS / "000_81439adf92ba3781.txt"),
        compare.Report.from_file(SEEDS / "003_6c568dbd8e42f4b8.txt"),
    )
    assert again.to_json() == comparison.to_json()


@pytest.mark.parametrize(
    "text",
    ["not json", '{"schema_version": 2}', '{"schema_version": 1, "reports": {}}', "[]"],
)
def test_bad_json_is_a_format_error(text: str) -> None:
    with pytest.raises(compare.FormatError):
        compare.Comparison.from_json(text)
