"""Typed, explained conflicts (issue 3): mutations of real sentences, equivalences, symmetry, self-contradiction."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import compare
from compare._model import Contradiction

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED_A = (FIXTURES / "seeds" / "000_81439adf92ba3781.txt").read_text(encoding="utf-8")
SEED_B = (FIXTURES / "seeds" / "003_6c568dbd8e42f4b8.txt").read_text(encoding="utf-8")
CASES = [json.loads(line) for line in (FIXTURES / "conflicts" / "cases.jsonl").read_text(encoding="utf-8").splitlines()]


def _report(text: str, published: str | None = None) -> compare.Report:
    return compare.Report(text, published=datetime.date.fromisoformat(published) if published else None)


def _all_conflicts(result: compare.Comparison) -> list[tuple[compare.Link, compare.Conflict]]:
    return [(link, conflict) for link in result.links for conflict in link.conflicts]


def _assert_spans_hold(result: compare.Comparison) -> None:
    for link, conflict in _all_conflicts(result):
        sentence_a, sentence_b = result.sentence_pair(link)
        assert conflict.a_span is not None
        assert conflict.b_span is not None
        assert sentence_a.text[slice(*conflict.a_span)] == conflict.a_value
        assert sentence_b.text[slice(*conflict.b_span)] == conflict.b_value
        assert 0.0 <= conflict.confidence <= 1.0
        assert conflict.explanation.startswith("A ")


def _mirrored(result: compare.Comparison) -> set[tuple[Any, ...]]:
    return {
        (c.kind, c.b_value, c.a_value, c.b_span, c.a_span, c.confidence, link.b, link.a)
        for link, c in _all_conflicts(result)
    }


def _plain(result: compare.Comparison) -> set[tuple[Any, ...]]:
    return {
        (c.kind, c.a_value, c.b_value, c.a_span, c.b_span, c.confidence, link.a, link.b)
        for link, c in _all_conflicts(result)
    }


@pytest.mark.parametrize("case", CASES, ids=[case["why"] for case in CASES])
def test_hand_made_cases(case: dict[str, Any]) -> None:
    a = _report(case["a"], case.get("published_a"))
    b = _report(case["b"], case.get("published_b"))
    result = compare.compare(a, b)
    assert result.links, "the two sentences make one claim and must be linked"
    found = sorted([c.kind, c.a_value, c.b_value] for _, c in _all_conflicts(result) if c.is_conflict)
    assert found == sorted(case["conflicts"])
    differs = sorted([c.kind, c.a_value, c.b_value] for _, c in _all_conflicts(result) if not c.is_conflict)
    assert differs == sorted(case.get("differs", []))
    _assert_spans_hold(result)
    # Comparing B with A gives the same conflicts, sides swapped.
    assert _plain(compare.compare(b, a)) == _mirrored(result)


# Mutations of the seed report: one detail changed in a copy, compared with the original.


def _mutated(old: str, new: str) -> compare.Comparison:
    assert SEED_A.count(old) == 1, old
    return compare.compare(SEED_A, SEED_A.replace(old, new))


@pytest.mark.parametrize(
    ("old", "new", "kind", "a_value", "b_value"),
    [
        ("returned 22 wounded", "returned 25 wounded", "number", "22", "25"),
        ("releasing 175 prisoners each", "releasing 180 prisoners each", "number", "175", "180"),
        (
            "spoke on Wednesday for the first time",
            "spoke on Thursday for the first time",
            "date",
            "Wednesday",
            "Thursday",
        ),
        ("Secretary of State Marco Rubio", "Secretary of State John Kerry", "name", "Marco Rubio", "John Kerry"),
        ("talks in Saudi Arabia", "talks in Qatar", "name", "Saudi Arabia", "Qatar"),
        ("the war has not stopped", "the war has stopped", "polarity", "has not stopped", "stopped"),
        ("give an accurate description", "give an honest description", "quote", "accurate", "honest"),
        ("Trump\u2019s 90-minute call", "Trump\u2019s two-hour call", "number", "90-minute", "two-hour"),
    ],
)
def test_a_changed_detail_is_a_conflict_of_its_kind_at_its_span(
    old: str, new: str, kind: str, a_value: str, b_value: str
) -> None:
    result = _mutated(old, new)
    found = [(c.kind, c.a_value, c.b_value) for _, c in _all_conflicts(result)]
    assert found == [(kind, a_value, b_value)]
    _assert_spans_hold(result)
    link, conflict = _all_conflicts(result)[0]
    sentence_a, sentence_b = result.sentence_pair(link)
    assert conflict.a_span is not None
    assert conflict.b_span is not None
    assert old in sentence_a.text
    assert new in sentence_b.text
    # The span points inside the changed stretch of B's sentence.
    changed_at = sentence_b.text.index(new)
    assert changed_at <= conflict.b_span[0] < changed_at + len(new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("returned 22 wounded", "returned twenty-two wounded"),
        ("Michael Waltz said", "Mike Waltz said"),
        ("Michael Waltz to give", "Mike Waltz to give"),
        ("President Donald Trump and", "President Trump and"),
        ("Volodymyr Zelenskyy spoke", "Volodymyr Zelensky spoke"),
        ("which lasted approximately an hour", "which lasted about an hour"),
        ("which lasted approximately an hour", "which lasted roughly 60 minutes"),
        ("Trump\u2019s 90-minute call", "Trump\u2019s 1.5-hour call"),
        ("the 30-day full ceasefire", "the thirty-day full ceasefire"),
        ("United Arab Emirates (UAE)", "UAE"),
        ("releasing 175 prisoners each", "releasing one hundred and seventy-five prisoners each"),
        ("\u201cWe are very much on track,", '"We are very much on track,'),
    ],
)
def test_an_equivalent_wording_is_no_conflict(old: str, new: str) -> None:
    result = _mutated(old, new)
    assert not _all_conflicts(result)


def test_the_seed_reports_conflict_once_and_symmetrically() -> None:
    forward = compare.compare(SEED_A, SEED_B)
    backward = compare.compare(SEED_B, SEED_A)
    assert {(c.kind, c.a_value, c.b_value) for _, c in _all_conflicts(forward)} == {("number", "22", "23")}
    assert _plain(backward) == _mirrored(forward)
    _assert_spans_hold(forward)


# A report against a restyled copy of itself.

_STYLES = st.sampled_from(
    [
        ("\u201c", '"'),
        ("\u201d", '"'),
        ("\u2019", "'"),
        ("'", "\u2019"),
        (" \u2013 ", " - "),
        (" - ", " \u2014 "),
        (", ", ",  "),
        (". ", ".  "),
    ]
)
_SEED_SENTENCES = [line for line in SEED_A.splitlines() + SEED_B.splitlines() if len(line) > 40]


@settings(max_examples=30, deadline=None)
@given(
    sentences=st.lists(st.sampled_from(_SEED_SENTENCES), min_size=1, max_size=6, unique=True),
    styles=st.lists(_STYLES, max_size=4),
)
def test_a_restyled_copy_never_conflicts(sentences: list[str], styles: list[tuple[str, str]]) -> None:
    text = "\n".join(sentences)
    copy = text
    for old, new in styles:
        copy = copy.replace(old, new)
    assert not _all_conflicts(compare.compare(text, copy))
    assert not _all_conflicts(compare.compare(text, text))


# A report that contradicts itself.

_SELF = (
    "Russia returned 22 wounded Ukrainian soldiers on Wednesday after talks mediated by the Emirates. "
    "The talks in Abu Dhabi also covered energy infrastructure. "
    "Officials later said 23 wounded Ukrainian soldiers had been returned after the talks mediated by the Emirates."
)


def test_a_report_that_gives_two_figures_for_one_thing_contradicts_itself() -> None:
    result = compare.compare(_SELF, "Russia returned wounded Ukrainian soldiers after talks mediated by the Emirates.")
    assert not result.contradictions_b
    (contradiction,) = result.contradictions_a
    first, second = result.sentences_a[contradiction.first], result.sentences_a[contradiction.second]
    assert (contradiction.conflict.a_value, contradiction.conflict.b_value) == ("22", "23")
    assert first.text[slice(*contradiction.conflict.a_span or (0, 0))] == "22"
    assert second.text[slice(*contradiction.conflict.b_span or (0, 0))] == "23"
    assert contradiction.first < contradiction.second
    swapped = compare.compare("Russia returned wounded Ukrainian soldiers after talks mediated by the Emirates.", _SELF)
    assert swapped.contradictions_b == result.contradictions_a


def test_contradictions_survive_json() -> None:
    result = compare.compare(_SELF, _SELF)
    assert result.contradictions_a
    assert result.contradictions_a == result.contradictions_b
    data = json.loads(result.to_json())
    assert data["contradictions"]["a"][0]["conflict"]["a_value"] == "22"
    assert compare.Comparison.from_json(result.to_json()) == result
    assert isinstance(result.contradictions_a[0], Contradiction)


def test_one_count_told_twice_alike_is_no_contradiction() -> None:
    text = _SELF.replace("23 wounded", "22 wounded")
    assert not compare.compare(text, text).contradictions_a


def test_seed_reports_do_not_contradict_themselves() -> None:
    result = compare.compare(SEED_A, SEED_B)
    assert not result.contradictions_a
    assert not result.contradictions_b


# User-supplied aliases.


def test_user_aliases_keep_names_from_conflicting() -> None:
    a = "Rubio and Waltz will hold ceasefire talks in Kyiv with Ukrainian officials on Sunday."
    b = "Rubio and Waltz will hold ceasefire talks in Kiev with Ukrainian officials on Sunday."
    assert [c.kind for _, c in _all_conflicts(compare.compare(a, b))] == ["name"]
    aliases = compare.Settings(aliases=(("Kyiv", "Kiev"),))
    assert not _all_conflicts(compare.compare(a, b, settings=aliases))


def test_alias_settings_round_trip_through_json() -> None:
    settings_ = compare.Settings(aliases=[["Kyiv", "Kiev"], ["Tahnoun bin Zayed", "Sheikh Tahnoun"]])
    assert settings_.aliases == (("Kyiv", "Kiev"), ("Tahnoun bin Zayed", "Sheikh Tahnoun"))
    result = compare.compare(
        "Talks were held in Kyiv on Sunday.", "Talks were held in Kiev on Sunday.", settings=settings_
    )
    assert compare.Comparison.from_json(result.to_json()) == result
    with pytest.raises(ValueError, match="aliases"):
        compare.Settings(aliases="Kyiv")


@pytest.mark.parametrize(
    ("phrase", "stated", "differs"),
    [
        ("the previous day", "Saturday", True),
        ("the day before", "Sunday", False),
        ("a day earlier", "Saturday", True),
        ("the next day", "Tuesday", False),
        ("the following day", "Thursday", True),
        ("a day later", "Tuesday", False),
    ],
)
def test_a_day_counted_from_the_last_day_named(phrase: str, stated: str, differs: bool) -> None:
    published = datetime.date(2025, 3, 20)
    opening = "Talks opened in Riyadh on Monday."
    a = compare.Report(
        f"{opening} The delegations signed the grain accord {phrase}, officials said.", published=published
    )
    b = compare.Report(
        f"{opening} The delegations signed the grain accord on {stated}, officials said.", published=published
    )
    values = [(c.a_value, c.b_value) for link in compare.compare(a, b).links for c in link.conflicts]
    assert values == ([(phrase, stated)] if differs else [])


def test_a_future_cue_reaches_only_the_weekday_just_after_it() -> None:
    published = datetime.date(2025, 3, 20)
    plan = "Witkoff is scheduled to return to Riyadh on Sunday to go over the details of {} ceasefire agreement."
    a = compare.Report(plan.format("Tuesday's"), published=published)
    b = compare.Report(plan.format("Wednesday's"), published=published)
    explanations = [c.explanation for link in compare.compare(a, b).links for c in link.conflicts]
    assert explanations == ["A says Tuesday (18 March 2025); B says Wednesday (19 March 2025)."]
