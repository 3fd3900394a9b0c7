"""The capability generator (bench/capabilities/) keeps its invariants: on a small article written here (not
benchmark data), cases are deterministic, each edit is of its class and stands where the case says, meaning-keeping
edits keep the value they rewrite, and the half depends on the event only."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"

ARTICLE = "\n".join(
    [
        "WASHINGTON — Sen. Jane Roe (R-Ohio) said on Friday that the committee could help 300 families in Dayton, "
        "Ohio, after the vote.",
        "The committee approved the bill on Tuesday, and it passed the Senate on March 18 by a vote of 54 to 46.",
        "\u201cWe don\u2019t know enough about the plan, and it is a good start,\u201d Ms. Roe told reporters.",
        "The two senators met with 12 aides.",
        "About 400,000 people live in the district. Three other districts were added in 2012.",
        "The F.B.I. has repeatedly denied the report, Politico reported.",
        "Mr. Smith rose to the challenge; he was the third person charged in the case.",
        "The cost of the plan, officials estimated, would be $43 million, or 12 percent of the budget.",
        "On Monday, John Smith told reporters that Jane Roe would not run again.",
        "He resigned. He cited health reasons.",
    ]
)


@pytest.fixture(scope="module")
def capabilities() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCH))
    try:
        import capabilities

        yield capabilities
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("caps") / "articles.jsonl"
    articles = {
        outlet: {"title": "t", "published": "2013-05-01", "text": ARTICLE.replace("Dayton", city)}
        for outlet, city in (("nyt", "Dayton"), ("fox", "Akron"), ("hpo", "Toledo"))
    }
    lines = [json.dumps({"event": event, "articles": articles}) for event in ("e-one", "e-two")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cases(capabilities: ModuleType, data: Path) -> list[Any]:
    return list(capabilities.build_cases(data))


def test_the_same_cases_every_time(capabilities: ModuleType, data: Path, cases: list[Any]) -> None:
    assert capabilities.build_cases(data) == cases
    assert len(cases) > 20


def test_every_edit_stands_where_the_case_says(cases: list[Any]) -> None:
    for case in cases:
        for edit in (case.edit, *case.others):
            assert case.a[slice(*edit.a_span)] == edit.old
            assert case.b[slice(*edit.b_span)] == edit.new
        assert case.a[slice(*case.a_sentence_span)] == case.edit.a_sentence
        assert case.b[slice(*case.b_sentence_span)] == case.edit.b_sentence
        assert case.a == ARTICLE.replace("Dayton", {"nyt": "Dayton", "fox": "Akron", "hpo": "Toledo"}[case.outlet])


def test_other_edits_keep_meaning_and_stay_out_of_the_edited_sentence(
    capabilities: ModuleType,
    cases: list[Any],
) -> None:
    for case in cases:
        assert 2 <= len(case.others) <= 4 or case.capability == "merge"
        for other in case.others:
            assert capabilities.BY_NAME[other.capability].direction == capabilities.INVARIANCE
            start, end = case.a_sentence_span
            assert not (other.a_span[0] < end and start < other.a_span[1])
        assert case.swapped is None or case.swapped[0] != case.swapped[1]


def _of(cases: list[Any], name: str) -> list[Any]:
    found = [case for case in cases if case.capability == name]
    assert found, name
    return found


_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def test_directional_edits_change_a_value_of_their_class(cases: list[Any]) -> None:
    for case in _of(cases, "weekday"):
        assert {case.edit.old, case.edit.new} <= _WEEKDAYS
        assert case.edit.old != case.edit.new
    for case in _of(cases, "cardinal"):
        assert case.edit.old != case.edit.new
        assert re.fullmatch(r"[\d,]+", case.edit.new)
    for case in _of(cases, "negation"):
        assert ("not" in case.edit.new.split()) != ("not" in case.edit.old.split()) or "never" in case.edit.new
    for case in _of(cases, "hedged_figure"):
        old, new = (float(re.sub(r"[^\d.]", "", v.split()[-1])) for v in (case.edit.old, case.edit.new))
        assert abs(new - old) / old >= 0.25
    for case in _of(cases, "ordinal"):
        assert case.edit.old != case.edit.new
    for case in cases:
        assert case.expect_finding == (case.direction == "directional")
        assert bool(case.expected_kinds) == case.expect_finding


def test_invariance_edits_keep_the_value(cases: list[Any]) -> None:
    words = {"three": "3", "two": "2", "twelve": "12"}
    for case in _of(cases, "digits_words"):
        pair = {case.edit.old.lower(), case.edit.new}
        assert any(pair == {w, d} for w, d in words.items()), pair
    for case in _of(cases, "party_state"):
        assert "Ohio" in case.edit.new or "OH" in case.edit.new
        assert ("R-" in case.edit.new) or ("Republican" in case.edit.new)
    for case in _of(cases, "acronym_dots"):
        assert case.edit.old.replace(".", "") == case.edit.new.replace(".", "")
    for case in _of(cases, "contraction_quoted"):
        assert case.edit.new.replace("\u2019", "'") in ("do not", "don't") or "not" in case.edit.new


def test_half_depends_on_the_event_only(capabilities: ModuleType, cases: list[Any]) -> None:
    for case in cases:
        assert case.half == capabilities.half(case.event)
    assert {capabilities.half(f"event-{i}") for i in range(20)} == {"dev", "validation"}


# Sentences in the form an ECB+ pairs file gives them (made up here, not benchmark data): tokenised, a headline
# and a dateline first.
ECBPLUS_SENTENCES = [
    "Quake hits coastal town",
    "POSTED: 04 / 02 / 07, 9: 30 PM PDT |",
    "A magnitude 6.1 earthquake struck the town of Dayton, Ohio, on Friday, killing 12 people .",
    "\u201c We don \u2019 t know how many are still missing, \u201d Gov. Jane Roe told reporters.",
    "The mayor \u2019 s office said about 400 homes were damaged in the three - hour aftershock sequence.",
    "Rescuers ' dogs searched the rubble of the 'Old Mill ' until 10: 15 p.m.",
    "The F.B.I. did not send agents, a spokesman said.",
    "Officials approved $1. 25 million in U. S. aid for the fiber- optic network on March 18, 2013.",
    "The quake was the second to hit the region in 2013.",
    'He said the town would rebuild. " We will be back, " he said.',
]


@pytest.fixture(scope="module")
def ecbplus_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ecb") / "pairs.jsonl"
    other = [s.replace("Dayton", "Akron") for s in ECBPLUS_SENTENCES]
    rows = [
        {"doc_a": "3_1ecb.xml", "doc_b": "3_2ecb.xml", "a": ECBPLUS_SENTENCES, "b": other},
        {"doc_a": "3_2ecb.xml", "doc_b": "3_4ecbplus.xml", "a": other, "b": ECBPLUS_SENTENCES[2:]},
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_ecbplus_documents_become_articles_of_short_paragraphs(capabilities: ModuleType, ecbplus_data: Path) -> None:
    articles = capabilities.load_ecbplus(ecbplus_data)
    assert [(a.event, a.outlet) for a in articles] == [
        ("3_ecb", "3_1ecb"),
        ("3_ecb", "3_2ecb"),
        ("3_ecbplus", "3_4ecbplus"),
    ]
    first = articles[0]
    assert first.paragraphs[0] == "Quake hits coastal town"  # the headline stands alone, the dateline is left out
    assert "POSTED" not in first.text
    assert capabilities._ecbplus.is_dateline("Published May 03, 2013")
    assert not capabilities._ecbplus.is_dateline("Interior and Commerce Secretaries Must Act by May 9")
    assert all(1 <= len([s for s in first.sentences if s.paragraph == p]) <= 3 for p in range(len(first.paragraphs)))
    assert len(first.paragraphs) >= 4
    assert "He said the town would rebuild." in [s.text for s in first.sentences]  # one ECB+ sentence holding two
    for article in articles:
        for sentence in article.sentences:
            assert article.paragraphs[sentence.paragraph][sentence.start : sentence.end] == sentence.text
    assert capabilities.load_ecbplus(ecbplus_data) == articles


def test_ecbplus_tokeniser_spaces_are_taken_out(capabilities: ModuleType, ecbplus_data: Path) -> None:
    text = capabilities.load_ecbplus(ecbplus_data)[0].text
    for written in (
        "killing 12 people.",
        "\u201cWe don\u2019t know how many are still missing,\u201d Gov. Jane Roe",
        "The mayor\u2019s office",
        "Rescuers' dogs searched the rubble of the 'Old Mill' until 10:15 p.m.",
        'He said the town would rebuild. "We will be back," he said.',
        "$1.25 million in U.S. aid for the fiber-optic network",
    ):
        assert written in text
    assert "three - hour" in text  # a spaced hyphen may be a dash: left as it is


def test_ecbplus_cases_are_a_third_set_that_leaves_basil_cases_alone(
    capabilities: ModuleType, data: Path, ecbplus_data: Path, cases: list[Any]
) -> None:
    both = capabilities.build_cases(data, ecbplus=ecbplus_data)
    assert [case for case in both if not capabilities.in_set(case.half, capabilities.ECBPLUS)] == cases
    ecb = [case for case in both if capabilities.in_set(case.half, capabilities.ECBPLUS)]
    assert len(ecb) > 10
    assert {case.half for case in ecb} == {capabilities.ECBPLUS_DEV}  # one topic: one half
    texts = {a.outlet: a.text for a in capabilities.load_ecbplus(ecbplus_data)}
    for case in ecb:
        assert case.a == texts[case.outlet]
        for edit in (case.edit, *case.others):
            assert case.a[slice(*edit.a_span)] == edit.old
            assert case.b[slice(*edit.b_span)] == edit.new
        assert case.b[slice(*case.b_sentence_span)] == case.edit.b_sentence


def test_ecbplus_halves_hold_whole_topics_and_about_half_the_documents_each(capabilities: ModuleType) -> None:
    names = [
        f"{topic}_{n}ecb{plus}.xml" for topic in range(1, 41) for n in range(1, topic % 7 + 3) for plus in ("", "plus")
    ]
    halves = capabilities.topic_halves(names)
    assert set(halves) == {str(topic) for topic in range(1, 41)}
    assert set(halves.values()) == {capabilities.ECBPLUS_DEV, capabilities.ECBPLUS_VALIDATION}
    documents = Counter(halves[name.split("_")[0]] for name in names)
    assert abs(documents[capabilities.ECBPLUS_DEV] - documents[capabilities.ECBPLUS_VALIDATION]) <= 2 * (6 + 2)
    assert capabilities.topic_halves(reversed(names)) == halves  # the order of the file does not matter
    for half in (capabilities.ECBPLUS_DEV, capabilities.ECBPLUS_VALIDATION):
        assert capabilities.in_set(half, capabilities.ECBPLUS)
        assert capabilities.in_set(half, "both")
        assert not capabilities.in_set(half, "dev")
    assert not capabilities.in_set("dev", capabilities.ECBPLUS)
