"""A count of a coordination counts every member: "189 passengers and crew" is the sum of "173 passengers and 16
crew", not a count of passengers, so the two are no conflict.

Class: a figure whose counted noun phrase is a coordination with no figure of its own after "and" ("N passengers
and crew", "N students and teachers", "N pilgrims and their guides") counts the members together; a figure of one
member ("173 passengers") is another thing. The reports are made by code: stories of a vehicle carrying two groups
of people, told in several sentence shapes, with the combined count in one report and each member's count in the
other (either way round).

Guards, still conflicts: two combined counts of one coordination that differ ("189 passengers and crew" / "200
passengers and crew"), and two counts of one member that differ ("173 passengers and 16 crew" / "180 passengers and
16 crew").
"""

from __future__ import annotations

import itertools

import pytest

import compare

# Two groups of people one vehicle carries, the vehicle, and what befell it.
GROUPS = (
    ("passengers", "crew", "ferry", "capsized off"),
    ("students", "teachers", "school bus", "overturned near"),
    ("pilgrims", "guides", "coach", "crashed outside"),
    ("tourists", "crew members", "tour boat", "sank off"),
    ("commuters", "staff", "train", "derailed near"),
    ("passengers", "flight attendants", "plane", "crashed near"),
    ("patients", "nurses", "helicopter", "went down near"),
    ("fans", "players", "bus", "overturned outside"),
)
PLACES = ("Ormoc", "Lake Albert", "Cusco", "Mombasa", "Galway", "Dhaka", "Tromso", "Valparaiso")
# (the combined count, each member's count): the sum of the parts.
NUMBERS = ((189, 173, 16), (52, 48, 4), (230, 212, 18), (61, 55, 6), (340, 310, 30), (27, 24, 3))
# Each shape: A's sentence and B's, with {count} the figures and the rest of the story in the same words.
SHAPES = (
    (
        "A {vehicle} carrying {count} {event} {place} on Tuesday, officials said.",
        "Officials said {count} were on board when the {vehicle} {event} {place} on Tuesday.",
    ),
    (
        "The {vehicle}, which {event} {place} on Tuesday, was carrying {count}.",
        "There were {count} on the {vehicle} when it {event} {place} on Tuesday.",
    ),
    (
        "The {vehicle} {event} {place} on Tuesday with {count} on board, the police said.",
        "With {count} aboard, the {vehicle} {event} {place} on Tuesday, according to the police.",
    ),
)
OPENING = ("Rescue teams worked through the night.", "Relatives gathered at the port for news.")
CLOSING = ("An inquiry has been opened.", "The operator declined to comment.")


def _reports(sentence_a: str, sentence_b: str) -> tuple[str, str]:
    return f"{OPENING[0]} {sentence_a} {CLOSING[0]}", f"{OPENING[1]} {sentence_b} {CLOSING[1]}"


def _sentences(n: int, count_a: str, count_b: str) -> tuple[str, str]:
    """The n-th story's two sentences, with the counts given, in one of the shapes."""
    _, _, vehicle, event = GROUPS[n % len(GROUPS)]
    template_a, template_b = SHAPES[n % len(SHAPES)]
    place = PLACES[n // len(SHAPES) % len(PLACES)]
    return (
        template_a.format(vehicle=vehicle, event=event, place=place, count=count_a),
        template_b.format(vehicle=vehicle, event=event, place=place, count=count_b),
    )


def _combined_and_parts() -> list[tuple[str, str]]:
    cases = []
    for n, (group, swapped) in enumerate(itertools.product(range(len(GROUPS) * len(SHAPES)), (False, True))):
        first, second, _, _ = GROUPS[group % len(GROUPS)]
        total, one, other = NUMBERS[n % len(NUMBERS)]
        combined, parts = f"{total} {first} and {second}", f"{one} {first} and {other} {second}"
        cases.append(_sentences(group, *((parts, combined) if swapped else (combined, parts))))
    return cases


CASES = _combined_and_parts()


def _conflicts(comparison: compare.Comparison) -> list[tuple[str, str, str]]:
    return [(c.kind, c.a_value, c.b_value) for link in comparison.conflicts for c in link.conflicts if c.is_conflict]


@pytest.mark.parametrize("case", CASES)
def test_a_combined_count_beside_its_members_counts_is_no_conflict(case: tuple[str, str]) -> None:
    comparison = compare.compare(*_reports(*case))
    assert any((link.a, link.b) == (1, 1) for link in comparison.links), "not linked"
    assert not _conflicts(comparison)


def _guards() -> list[tuple[str, str]]:
    cases = []
    for n in range(len(GROUPS) * len(SHAPES)):
        first, second, _, _ = GROUPS[n % len(GROUPS)]
        total, one, other = NUMBERS[n % len(NUMBERS)]
        cases.append(_sentences(n, f"{total} {first} and {second}", f"{total + 11} {first} and {second}"))
        cases.append(_sentences(n, f"{one} {first} and {other} {second}", f"{one + 7} {first} and {other} {second}"))
    return cases


GUARDS = _guards()


@pytest.mark.parametrize("case", GUARDS)
def test_two_counts_of_one_coordination_or_one_member_that_differ_conflict(case: tuple[str, str]) -> None:
    assert [kind for kind, _, _ in _conflicts(compare.compare(*_reports(*case)))] == ["number"]


def test_the_tables_make_enough_cases() -> None:
    assert len(CASES) >= 30
    assert len(GUARDS) >= 30
