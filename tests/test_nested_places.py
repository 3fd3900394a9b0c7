"""A place and a place it lies in are one place told more or less precisely: "exploded in Jerusalem" and "exploded
in Israel" can both be true, so the pair is a compatible difference, shown but not counted as a conflict.

Class: two names of places in one slot of one act (after "in", "at" or "near", or as the place of a dateline-free
claim told twice), one a city and the other the country or the US state it lies in, or a US state and the United
States. The reports are made by code: events told in two sentence shapes, crossed with cities of many countries
and US states.

Guards, still conflicts: two cities of one country ("in Lyon" / "in Marseille"), a city and a country it does not lie
in ("in Lyon" / "in Germany"), two countries, two US states.
"""

from __future__ import annotations

import itertools

import pytest

from class_cases import linked_findings

# (a city, the country or US state it lies in): world cities, and US cities with their states.
NESTED = (
    ("Jerusalem", "Israel"),
    ("Lyon", "France"),
    ("Riyadh", "Saudi Arabia"),
    ("Izmit", "Turkey"),
    ("Kathmandu", "Nepal"),
    ("Nairobi", "Kenya"),
    ("Osaka", "Japan"),
    ("Hamburg", "Germany"),
    ("Lagos", "Nigeria"),
    ("Manila", "the Philippines"),
    ("Kyiv", "Ukraine"),
    ("Houston", "Texas"),
    ("Buffalo", "New York"),
    ("Sacramento", "California"),
    ("Tallahassee", "Florida"),
    ("Denver", "Colorado"),
    ("Texas", "the United States"),
)
# (a place, a place that is not it and does not hold it).
APART = (
    ("Lyon", "Marseille"),
    ("Lyon", "Germany"),
    ("Osaka", "China"),
    ("Houston", "Florida"),
    ("Kenya", "Uganda"),
    ("Texas", "Oklahoma"),
    ("Hamburg", "Munich"),
)
SHAPES = (
    (
        "A bomb exploded in {place} on Monday, killing three people.",
        "A bomb exploded in {place} on Monday, killing three.",
    ),
    (
        "The protest in {place} drew about 2,000 people, police said.",
        "Police said the protest in {place} drew about 2,000 people.",
    ),
    (
        "The company will open its new plant in {place} next year.",
        "Next year the company will open a new plant in {place}.",
    ),
    (
        "Talks resumed in {place} on Tuesday after a week's pause.",
        "After a pause of a week, talks resumed on Tuesday in {place}.",
    ),
)
# A protagonist and a figure both reports give, so that the pair reads as one event told twice (see compare._events).
OPENING = "Police chief Anna Moreau said 14 people were being treated in hospital."
CLOSING = "An inquiry led by Judge Paul Okafor has been opened."


def _pair(shape: tuple[str, str], one: str, other: str) -> tuple[str, str]:
    first, second = shape
    return (
        f"{OPENING} {first.format(place=one)} {CLOSING}",
        f"{OPENING} {second.format(place=other)} {CLOSING}",
    )


NESTED_CASES = [
    pytest.param(*_pair(shape, one, other), id=f"{one}-{other}-{n}")
    for (one, other), (n, shape) in itertools.product(NESTED, enumerate(SHAPES))
] + [
    pytest.param(*_pair(shape, other, one), id=f"{other}-{one}-{n}")
    for (one, other), (n, shape) in itertools.product(NESTED[:6], enumerate(SHAPES))
]
APART_CASES = [
    pytest.param(*_pair(shape, one, other), id=f"{one}-{other}-{n}")
    for (one, other), (n, shape) in itertools.product(APART, enumerate(SHAPES))
]


@pytest.mark.parametrize(("a", "b"), NESTED_CASES)
def test_a_place_and_the_place_it_lies_in_differ_without_conflict(a: str, b: str) -> None:
    found = linked_findings(a, b)
    assert not [f for f in found if f[1] == "conflict"], found
    assert [f for f in found if f[0] == "name" and f[1] == "differs"], found


@pytest.mark.parametrize(("a", "b"), APART_CASES)
def test_two_places_neither_holding_the_other_still_conflict(a: str, b: str) -> None:
    found = linked_findings(a, b)
    assert [f for f in found if f[0] == "name" and f[1] == "conflict"], found
