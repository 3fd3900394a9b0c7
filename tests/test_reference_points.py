"""A distance is a fact of the point it is measured from: "six miles northeast of Buffalo Niagara International
Airport" and "15 miles northeast of Buffalo" are two distances from two places, no conflict.

Class: a length bound by "from", "away from" or a direction and "of" ("north of", "northeast of", "south-west of")
to a reference point; two such lengths measure one thing only when their reference points are one (the same head
noun: "the airport" / "Buffalo Niagara International Airport"). The reports are made by code: stories of a crash,
a fire, a find, each told in two sentence shapes, with distances in miles, kilometres and metres, from pairs of
reference points (a city and its airport, a capital and a border, a port and a town).

Guards, still conflicts: two lengths from one reference point, written alike or otherwise ("six miles northeast of
the airport" / "15 miles northeast of the airport", "about ten miles from the Buffalo airport" / "six miles
northeast of Buffalo Niagara International Airport").
"""

from __future__ import annotations

import itertools

import pytest

import compare

# Two reference points of one story, with different head nouns.
TWO_POINTS = (
    ("Buffalo Niagara International Airport", "Buffalo"),
    ("the airport", "the city centre"),
    ("the port", "Manila"),
    ("the border", "the capital"),
    ("the epicentre", "Istanbul"),
    ("Kathmandu", "the Tibetan border"),
    ("the dam", "the town of Ridley"),
    ("the nearest hospital", "the village"),
)
# One reference point written twice: the same head noun.
ONE_POINT = (
    ("the airport", "the airport"),
    ("Buffalo Niagara International Airport", "the Buffalo airport"),
    ("the capital", "the capital"),
    ("the port", "the ferry port"),
    ("Kathmandu", "Kathmandu"),
    ("the village", "the village"),
)
DISTANCES = (
    ("six miles", "15 miles"),
    ("about 10 kilometres", "40 kilometres"),
    ("200 metres", "3 km"),
    ("two miles", "30 miles"),
    ("roughly 12 km", "some 50 km"),
)
BINDINGS = (("northeast of", "northeast of"), ("from", "away from"), ("south of", "south of"), ("west of", "from"))
# Each shape: A's sentence and B's, telling one event in other words, with {where} the distance and its point.
SHAPES = (
    ("The plane came down in a field {where} late on Thursday.", "Late on Thursday the plane crashed {where}."),
    ("The bus left the road {where}, police said.", "Police said the bus left the road {where}."),
    ("Divers found the wreck of the ferry {where}.", "The wreck of the ferry was located by divers {where}."),
    ("The fire broke out in a warehouse {where} on Sunday.", "Fire broke out on Sunday in a warehouse {where}."),
)
OPENING = ("Officials gave few details.", "The news spread quickly.")
CLOSING = ("An inquiry has been opened.", "More reports are expected.")


def _reports(sentence_a: str, sentence_b: str) -> tuple[str, str]:
    return f"{OPENING[0]} {sentence_a} {CLOSING[0]}", f"{OPENING[1]} {sentence_b} {CLOSING[1]}"


def _cases(points: tuple[tuple[str, str], ...], count: int) -> list[tuple[str, str]]:
    cases = []
    for n, ((point_a, point_b), shape) in enumerate(itertools.islice(itertools.product(points, SHAPES), count)):
        distance_a, distance_b = DISTANCES[n % len(DISTANCES)]
        binding_a, binding_b = BINDINGS[n % len(BINDINGS)]
        template_a, template_b = shape
        cases.append(
            (
                template_a.format(where=f"{distance_a} {binding_a} {point_a}"),
                template_b.format(where=f"{distance_b} {binding_b} {point_b}"),
            )
        )
    return cases


CASES = _cases(TWO_POINTS, 32)
GUARDS = [
    *_cases(ONE_POINT, 24),
    (
        "The plane came down about ten miles from the Buffalo airport late on Thursday.",
        "Late on Thursday the plane crashed roughly six miles northeast of Buffalo Niagara International Airport.",
    ),
    *(
        (
            template_a.format(where=f"{distance_a} north of the airport"),
            template_b.format(where=f"{distance_b} north of the airport"),
        )
        for (template_a, template_b), (distance_a, distance_b) in zip(SHAPES * 2, DISTANCES[:4] * 2, strict=True)
    ),
]


def _conflicts(comparison: compare.Comparison) -> list[tuple[str, str, str]]:
    return [(c.kind, c.a_value, c.b_value) for link in comparison.conflicts for c in link.conflicts if c.is_conflict]


@pytest.mark.parametrize("case", CASES)
def test_distances_from_two_reference_points_are_no_conflict(case: tuple[str, str]) -> None:
    comparison = compare.compare(*_reports(*case))
    assert any((link.a, link.b) == (1, 1) for link in comparison.links), "not linked"
    assert not _conflicts(comparison)


@pytest.mark.parametrize("case", GUARDS)
def test_two_distances_from_one_reference_point_conflict(case: tuple[str, str]) -> None:
    assert [kind for kind, _, _ in _conflicts(compare.compare(*_reports(*case)))] == ["number"]


def test_the_tables_make_enough_cases() -> None:
    assert len(CASES) >= 30
    assert len(GUARDS) >= 30
