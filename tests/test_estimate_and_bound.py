"""One figure told as an estimate in one report and as a bound in the other: a compatible difference.

Class: two reports give the same figure for one count, one as an estimate ("about 150", "around 40", "nearly 60")
and the other as a bound ("more than 150", "at least 40", "up to 60"). Both can be true, but they say different
things of the count: the estimate allows a little less or a little more, the bound only one side, so an editor is
shown the pair as a compatible difference (`severity` "differs"), never a conflict. The labelled real pairs call
"about 150" / "more than 150" injured such a difference (bench/labels/README.md: an approximate figure and a lower
bound).

Guards, no finding: the figure written alike, a plain figure and its estimate ("150" / "about 150") or its bound
("150" / "at least 150": a figure a bound allows, given as written), two estimates ("about 150" / "roughly 150") and
two bounds of one side ("at least 150" / "more than 150").

The reports are made by code: counts of several stories, told in two sentence shapes each, crossed with hedges and
figures.
"""

from __future__ import annotations

import random

from class_cases import generated, linked_findings

_CASES = 40
_ESTIMATES = ("about", "around", "roughly", "approximately", "nearly", "some")
_BOUNDS = ("at least", "more than", "over", "up to", "as many as")
# One count per story, in two sentence shapes: {n} is the figure with its hedge.
_STORIES = (
    ("{N} people were injured in the crash, police said.", "The crash injured {n} people, according to police."),
    ("{N} homes were destroyed by the fire.", "The fire destroyed {n} homes, officials said."),
    ("{N} firefighters were sent to the blaze.", "Officials sent {n} firefighters to fight the blaze."),
    ("{N} workers walked out on Monday, the union said.", "The union said {n} workers walked out on Monday."),
    ("{N} protesters were arrested in the capital.", "Police arrested {n} protesters in the capital."),
)


def _said(shape: str, hedged: str) -> str:
    return shape.format(n=hedged, N=hedged[:1].upper() + hedged[1:])


def _pair(rng: random.Random, one: str, other: str) -> tuple[str, str]:
    """Two reports of one story giving one figure, hedged `one` in A and `other` in B ("" for none)."""
    first, second = rng.choice(_STORIES)
    figure = rng.choice((rng.randint(12, 99), rng.randint(11, 99) * 10 + rng.randint(1, 9)))
    shape_a, shape_b = (first, second) if rng.random() < 0.5 else (second, first)
    return _said(shape_a, f"{one} {figure}".strip()), _said(shape_b, f"{other} {figure}".strip())


def _an_estimate_and_a_bound(rng: random.Random) -> tuple[str, str]:
    estimate, bound = rng.choice(_ESTIMATES), rng.choice(_BOUNDS)
    return _pair(rng, estimate, bound) if rng.random() < 0.5 else _pair(rng, bound, estimate)


def _one_figure_alike(rng: random.Random) -> tuple[str, str]:
    hedges = rng.choice(
        [
            ("", rng.choice(_ESTIMATES)),
            ("", rng.choice(_BOUNDS[:3])),
            tuple(rng.sample(_ESTIMATES[:4], 2)),
            tuple(rng.sample(_BOUNDS[:3], 2)),
            (rng.choice(_BOUNDS),) * 2,
        ]
    )
    one, other = hedges if rng.random() < 0.5 else hedges[::-1]
    return _pair(rng, one, other)


def test_an_estimate_and_a_bound_of_one_figure_are_a_difference() -> None:
    wrong = []
    for a, b in generated(_an_estimate_and_a_bound, 61, _CASES):
        found = linked_findings(a, b)
        if [(kind, severity) for kind, severity, _, _ in found] != [("number", "differs")]:
            wrong.append((a, b, found))
    assert not wrong, wrong


def test_one_figure_hedged_alike_or_given_as_written_has_no_finding() -> None:
    wrong = [(a, b, found) for a, b in generated(_one_figure_alike, 62, _CASES) if (found := linked_findings(a, b))]
    assert not wrong, wrong
