"""compare.testing on the worked example of docs/guide-testing.md: a wire story and three rewrites."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import compare
from compare.testing import assert_consistent, assert_covers, assert_supported, key_facts

WORKFLOWS = Path(__file__).parent.parent / "fixtures" / "workflows"
WIRE = WORKFLOWS / "wire.txt"
FAITHFUL = WORKFLOWS / "rewrite-faithful.txt"
CHANGED = WORKFLOWS / "rewrite-changed-number.txt"
INVENTED = WORKFLOWS / "rewrite-invented-claim.txt"


def test_a_faithful_rewrite_passes_every_check() -> None:
    assert_consistent(WIRE, FAITHFUL)
    assert_covers(FAITHFUL, WIRE)
    comparison = assert_supported(FAITHFUL, WIRE)
    assert isinstance(comparison, compare.Comparison)


def test_a_changed_number_is_a_conflict_with_both_sentences_marked() -> None:
    with pytest.raises(AssertionError) as caught:
        assert_consistent(WIRE, CHANGED)
    message = str(caught.value)
    assert "conflict on 1 detail" in message
    assert "wire [2]: [[Four]] workers were taken" in message
    assert "rewrite-changed-number [2]: [[Six]] workers were taken" in message
    assert "allow=[('Four', 'Six')]" in message


@pytest.mark.parametrize("allowance", ["number", ("four", "six"), ("Four", "Six")])
def test_allow_tolerates_a_conflict_by_kind_or_values(allowance: object) -> None:
    assert_consistent(WIRE, CHANGED, allow=[allowance])  # type: ignore[list-item]


def test_allow_takes_the_conflict_itself() -> None:
    conflicts = [c for link in compare.compare(WIRE.read_text(), CHANGED.read_text()).conflicts for c in link.conflicts]
    assert_consistent(WIRE, CHANGED, allow=conflicts)


def test_allow_refuses_what_it_cannot_read() -> None:
    with pytest.raises(TypeError, match="allow takes"):
        assert_consistent(WIRE, CHANGED, allow=[42])  # type: ignore[list-item]


def test_a_changed_number_leaves_a_key_fact_uncovered_and_unsupported() -> None:
    with pytest.raises(AssertionError, match=r"number 'Four': \[2\] \[\[Four\]\] workers"):
        assert_covers(CHANGED, WIRE)
    with pytest.raises(AssertionError, match=r"Claims that contradict wire"):
        assert_supported(CHANGED, WIRE)


def test_an_invented_claim_is_unsupported_but_covers_the_source() -> None:
    assert_covers(INVENTED, WIRE)
    with pytest.raises(AssertionError) as caught:
        assert_supported(INVENTED, WIRE)
    assert "Claims wire does not make:" in str(caught.value)
    assert "Police arrested a 32-year-old man" in str(caught.value)


def test_a_summary_covers_part_of_the_source() -> None:
    summary = (
        "A fire at a chemical warehouse in the port of Rotterdam injured 14 workers on Tuesday, the fire service said. "
        "Four workers were taken to Erasmus Medical Center with serious burns."
    )
    with pytest.raises(AssertionError) as caught:
        assert_covers(summary, WIRE)
    assert re.search(r"2 of 6 claims and \d+ of \d+ key facts covered", str(caught.value))
    assert "Vopak" in str(caught.value)
    assert_covers(summary, WIRE, at_least=0.3)
    with pytest.raises(ValueError, match="at_least"):
        assert_covers(summary, WIRE, at_least=1.5)


def test_an_invented_clause_in_a_shared_claim_is_unsupported() -> None:
    source = "The fire service said 14 workers were hurt in the warehouse fire in Rotterdam."
    candidate = (
        "The fire service said 14 workers, 3 of them firefighters, were hurt in the warehouse fire in Rotterdam."
    )
    added = r"Parts of claims source does not state:\n.*\[\[3 of them firefighters\]\]"
    with pytest.raises(AssertionError, match=added):
        assert_supported(candidate, source)


def test_an_invented_number_in_a_shared_clause_is_unsupported() -> None:
    source = "The fire service said 14 workers were hurt in the warehouse fire in Rotterdam on Monday."
    candidate = "The fire service said 14 workers were hurt in the warehouse fire in Rotterdam on Monday at 3 a.m."
    with pytest.raises(AssertionError, match=r"number '3'"):
        assert_supported(candidate, source)


def test_a_clause_the_rewrite_leaves_out_is_not_covered() -> None:
    source = (
        "Two former provincial engineers were convicted alongside him and received eight-year sentences, "
        "while a third co-accused was acquitted."
    )
    candidate = "Two former provincial engineers were also found guilty and sentenced to eight years each."
    with pytest.raises(AssertionError, match=r"leaves out:\n.*\[\[while a third co-accused was acquitted\]\]"):
        assert_covers(candidate, source)


def test_a_name_the_rewrite_abbreviates_is_covered() -> None:
    source = "GENEVA (Wire) — The World Health Organization on Wednesday approved a new malaria vaccine."
    candidate = "A new malaria vaccine won approval from the WHO on Wednesday."
    assert_covers(candidate, source)


def test_failures_hide_the_helpers_from_the_traceback() -> None:
    for helper in (assert_consistent, assert_covers, assert_supported):
        assert "__tracebackhide__" in helper.__code__.co_varnames


def test_key_facts_lists_numbers_names_and_quotes() -> None:
    facts = key_facts('Fire chief Anouk de Vries said 14 workers were hurt: "we are still measuring the air".')
    assert ("number", "14") in facts
    assert ("name", "Vries") in facts
    assert any(kind == "quote" for kind, _ in facts)


def test_alias_settings_count_a_name_the_user_declared_as_covered() -> None:
    wire = "Shelling hit the centre of Kyiv on Tuesday, the city's mayor said."
    rewrite = "Shelling hit the centre of Kiev on Tuesday, the city's mayor said."
    with pytest.raises(AssertionError, match="Kyiv"):
        assert_covers(rewrite, wire)
    with pytest.raises(AssertionError, match="Kiev"):
        assert_supported(rewrite, wire)
    aliases = compare.Settings(aliases=(("Kyiv", "Kiev"),))
    assert_covers(rewrite, wire, settings=aliases)
    assert_supported(rewrite, wire, settings=aliases)


def test_an_age_is_a_number_not_a_duration() -> None:
    source = "The winner, a 46-year-old former pediatrician, took office on Monday."
    assert key_facts(source) == (("number", "46"), ("name", "Monday"))
    assert_covers("The winner, a former pediatrician aged 46, took office on Monday.", source)


QUAKE = (
    "A magnitude 6.1 earthquake struck off the coast of Hokkaido on Tuesday, the Japan Meteorological Agency said. "
    "No tsunami warning was issued, and there were no immediate reports of damage."
)
QUAKE_HEDGED = (
    "An earthquake of magnitude 6.1 struck off Hokkaido on Tuesday, Japan's Meteorological Agency said. "
    "The agency issued no tsunami warning."
)


def test_a_compatible_difference_among_several_reports_passes() -> None:
    one = "At least 12 people were killed when the bus plunged into a ravine near Chota on Monday, police said."
    other = "Fourteen people were killed when the bus plunged into a ravine near Chota on Monday, police said."
    collation = assert_consistent(one, other, one)
    assert any(not c.is_conflict for p in collation.pairs for link in p.links for c in link.conflicts)


def test_a_report_of_another_event_among_several_fails_plainly() -> None:
    with pytest.raises(AssertionError, match=r"^wire may not be about the same event as the other reports"):
        assert_consistent(QUAKE, QUAKE_HEDGED, WIRE)


def test_a_first_name_before_a_surname_particle_and_a_span_that_dates_are_not_facts_to_keep() -> None:
    source = "Justice Minister Pieter van Dalen said profit rose from 1.21 billion crowns a year earlier."
    assert_covers("Justice Minister van Dalen said profit rose from 1.21 billion crowns last year.", source)
    with pytest.raises(AssertionError, match=r"name 'Dalen'"):
        assert_covers("The justice minister said profit rose from 1.21 billion crowns last year.", source)


def test_a_measure_in_another_unit_is_the_same_fact() -> None:
    source = "Temperatures reached 46 degrees Celsius in the southern city of Cordoba on Wednesday."
    assert_covers("The southern city of Cordoba sweltered at 114.8 degrees Fahrenheit on Wednesday.", source)
    with pytest.raises(AssertionError, match=r"number '46'"):
        assert_covers("The southern city of Cordoba sweltered at 120 degrees Fahrenheit on Wednesday.", source)


# A rewrite that moves a lower bound of its source's count ("at least 120 schools" / "at least 210 schools"): both
# can be true of the world, so the comparison finds a compatible difference, but the rewrite misstates its source,
# and the checks of what it keeps and what it adds name the figure. Stories told again in other words, each bound
# by every lower hedge.
BOUND_STORIES = (
    (
        "Officials said {x} schools had been damaged by the earthquake in the north of the province.",
        "The earthquake in the north of the province damaged {x} schools, officials said.",
    ),
    (
        "Rescuers said {x} people were killed when the bridge over the river collapsed on Tuesday.",
        "The collapse of the bridge over the river on Tuesday killed {x} people, rescuers said.",
    ),
    (
        "{x} people signed up for the programme in its first month, the ministry said.",
        "The ministry said {x} people had signed up for the programme in its first month.",
    ),
)
BOUND_REWRITES = [
    pytest.param(source.format(x=f"{hedge} 120"), rewrite.format(x=f"{hedge} 210"), id=f"{hedge}-{n}")
    for hedge in ("at least", "more than", "over", "upwards of")
    for n, (source, rewrite) in enumerate(BOUND_STORIES)
]


@pytest.mark.parametrize(("source", "rewrite"), BOUND_REWRITES)
def test_a_rewrite_that_moves_a_lower_bound_is_a_difference_that_coverage_and_support_name(
    source: str, rewrite: str
) -> None:
    source, rewrite = source[0].upper() + source[1:], rewrite[0].upper() + rewrite[1:]
    comparison = assert_consistent(source, rewrite)
    assert [c.severity for link in comparison.links for c in link.conflicts] == ["differs"]
    with pytest.raises(AssertionError, match=r"Key facts of source that candidate never states:\n  - number '120'"):
        assert_covers(rewrite, source)
    with pytest.raises(AssertionError, match=r"Key facts source never states:\n  - number '210'"):
        assert_supported(rewrite, source)
