"""Details: the part of a shared claim that only one report gives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import compare

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES = [json.loads(line) for line in (FIXTURES / "details" / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
SEEDS = FIXTURES / "seeds"


@pytest.mark.parametrize("case", CASES, ids=[case["why"] for case in CASES])
def test_hand_made_cases(case: dict[str, Any]) -> None:
    result = compare.compare(case["a"], case["b"])
    assert result.links, "the two wordings make a claim in common"
    assert [d.text for d in result.details_a] == case["details_a"]
    assert [d.text for d in result.details_b] == case["details_b"]


def test_a_link_with_a_detail_is_partly_shared() -> None:
    result = compare.compare(
        "The storm knocked out power to 40,000 homes in Halifax.",
        "The storm knocked out power to 40,000 homes in Halifax and flooded the harbourfront boardwalk overnight.",
    )
    (link,) = result.links
    assert result.shared == (link,)
    assert result.partly_shared == (link,)
    assert result.fully_shared == ()
    (detail,) = result.details_of(link)
    assert detail.sentence == link.b
    assert detail in result.details_b


def test_details_survive_json() -> None:
    result = compare.compare(CASES[0]["a"], CASES[0]["b"])
    data = json.loads(result.to_json())
    assert data["details"]["b"] == [
        {"sentence": d.sentence, "start": d.start, "end": d.end, "text": d.text} for d in result.details_b
    ]
    assert compare.Comparison.from_json(result.to_json()) == result


def test_json_without_details_still_reads() -> None:
    result = compare.compare(CASES[0]["a"], CASES[0]["b"])
    data = result.to_dict()
    del data["details"]
    assert compare.Comparison.from_dict(data).details_b == ()


def test_a_detail_pointing_outside_the_sentences_is_a_format_error() -> None:
    data = compare.compare(CASES[0]["a"], CASES[0]["b"]).to_dict()
    data["details"]["b"][0]["sentence"] = 99
    with pytest.raises(compare.FormatError, match="detail of report b"):
        compare.Comparison.from_dict(data)


def test_a_higher_bar_reports_fewer_details() -> None:
    a = (SEEDS / "000_81439adf92ba3781.txt").read_text("utf-8")
    b = (SEEDS / "003_6c568dbd8e42f4b8.txt").read_text("utf-8")
    default = compare.compare(a, b)
    strict = compare.compare(a, b, settings=compare.Settings(detail_min_weight=8.0))
    assert default.links == strict.links
    assert 0 < len(strict.details_a) + len(strict.details_b) < len(default.details_a) + len(default.details_b)
    never = compare.Settings(detail_min_weight=1000.0, detail_run_weight=1000.0)
    assert not compare.compare(a, b, settings=never).details_a


def test_seed_details_never_repeat_a_conflict_or_a_shortened_name() -> None:
    a = (SEEDS / "000_81439adf92ba3781.txt").read_text("utf-8")
    b = (SEEDS / "003_6c568dbd8e42f4b8.txt").read_text("utf-8")
    result = compare.compare(a, b)
    texts = [d.text for d in (*result.details_a, *result.details_b)]
    # The 22-vs-23 wounded is a conflict, and a full name is the name the other report shortens: neither is a
    # detail of one report.
    assert not any("22" in text or "23" in text for text in texts)
    assert not any(text.startswith(("Donald Trump", "Volodymyr Zelenskyy", "Michael Waltz")) for text in texts)


def test_a_clause_the_other_report_states_in_another_sentence_is_no_detail() -> None:
    result = compare.compare(
        "The storm knocked out power to 40,000 homes in Halifax, flooding the harbourfront boardwalk.",
        "The storm knocked out power to 40,000 homes in Halifax. Waves flooded the harbourfront boardwalk overnight.",
    )
    assert result.links
    assert all("boardwalk" not in detail.text for detail in result.details_a)


def test_a_dateline_is_never_a_detail() -> None:
    result = compare.compare(
        "The bus plunged into a ravine near Chota on Tuesday, killing 14 people.",
        "CHOTA, Peru (AP) — The bus plunged into a ravine near Chota on Tuesday, killing 14 people, police said.",
    )
    assert result.links
    assert all("CHOTA" not in detail.text and "AP" not in detail.text for detail in result.details_b)


def test_a_detail_never_cuts_a_quotation_open() -> None:
    a = (SEEDS / "000_81439adf92ba3781.txt").read_text("utf-8")
    b = (SEEDS / "003_6c568dbd8e42f4b8.txt").read_text("utf-8")
    result = compare.compare(a, b)
    for detail in result.details_a + result.details_b:
        assert detail.text.count("\u201c") == detail.text.count("\u201d"), detail.text
        assert detail.text.count('"') % 2 == 0, detail.text
    # Cut open before: 'an official meeting between Trump and Putin is \u201clikely to happen'.
    assert any(detail.text.endswith("\u201clikely to happen,\u201d") for detail in result.details_b)
