"""Two lower bounds of one count can both be true: "at least 26 people were killed" and "at least 37 people were
killed" differ in what each report knew, not in what happened, so the pair is a compatible difference, shown but not
counted as a conflict (the labelling rules of bench/labels/README.md, and "at least 12" vs "14" in the product's
definition).

Class: two plain counts of one thing, each a lower bound ("at least", "more than", "over", "upwards of"), with
different values. The reports are made by code: tolls and counts of several stories, told in two sentence shapes,
crossed with hedges.

A sentence copied word for word but for its bound is one statement misquoted: "At least six top Republicans have
taken steps to run" / "At least ten top Republicans have taken steps to run" is a conflict, as any figure changed in
a copy is (the edit a rewrite makes).

Guards, still conflicts: two upper bounds ("up to 10 years in prison" / "up to 20 years", "a ferry carrying up to
300 passengers": an upper bound states a limit, a capacity, a maximum penalty, exactly), two lower bounds of an
amount, a share or a length of time ("more than $250,000", "at least 10 years": a threshold or a term), two
approximate figures far apart ("about 400" / "roughly 250": two estimates of one figure), an upper bound below a
lower bound ("up to 10" / "at least 30"), a figure below a lower bound ("at least 26" / "12").

The class is read alike whether the second report names what it counts or leaves it to the verb ("killing at least
38 people" / "killing at least 37", "the collapse killed at least 37"): the same toll, so two lower bounds differ and
two upper bounds, or two estimates far apart, conflict either way.
"""

from __future__ import annotations

import itertools

import pytest

from class_cases import linked_findings

LOWER = ("at least", "more than", "over", "upwards of")
UPPER = ("up to", "fewer than", "less than", "at most", "no more than")
# (A's figure, B's figure): bounds of one direction with other values.
FIGURES = (("26", "37"), ("115", "119"), ("1,200", "2,000"), ("12", "40"))
STORIES = (
    (
        "{x} people were killed when the bridge collapsed on Tuesday.",
        "The collapse of the bridge on Tuesday killed {x} people.",
    ),
    (
        "Rescuers said {x} passengers were missing after the ferry sank.",
        "After the ferry sank, {x} passengers were missing, rescuers said.",
    ),
    (
        "The storm damaged {x} homes in the county, officials said.",
        "Officials said {x} homes in the county were damaged by the storm.",
    ),
)
OPENING = "Governor Anna Moreau ordered flags lowered at the state capitol."
CLOSING = "An inquiry led by Judge Paul Okafor will report in March."


def _pair(story: tuple[str, str], one: str, other: str) -> tuple[str, str]:
    first, second = story
    a = first.format(x=one)
    b = second.format(x=other)
    return f"{OPENING} {a[0].upper()}{a[1:]} {CLOSING}", f"{OPENING} {b[0].upper()}{b[1:]} {CLOSING}"


def _bounds(hedges: tuple[str, ...]) -> list[tuple[str, str]]:
    """Pairs of hedges of one direction, each with itself and with the next one."""
    return [(h, h) for h in hedges] + list(itertools.pairwise(hedges))


BOUND_CASES = [
    pytest.param(*_pair(story, f"{ha} {fa}", f"{hb} {fb}"), id=f"{ha}-{fa}-{hb}-{fb}-{n}")
    for (ha, hb), (fa, fb), (n, story) in itertools.product(_bounds(LOWER), FIGURES, enumerate(STORIES))
]
# Limits and thresholds, each told in two shapes with other values ({x} its hedged figure).
LIMITS = (
    (
        "He faces {x} in prison if convicted, prosecutors said.",
        "If convicted, he faces {x} in prison, prosecutors said.",
        ("10 years", "20 years"),
    ),
    (
        "The jury awarded the family {x} in damages, lawyers said.",
        "Lawyers said the jury awarded the family {x} in damages.",
        ("$250,000", "$200,000"),
    ),
    (
        "The ferry was licensed to carry {x} passengers.",
        "The ferry had a licence to carry {x} passengers.",
        ("300", "350"),
    ),
)
GUARD_CASES = (
    [
        pytest.param(*_pair(story, one, other), id=f"{one}-{other}-{n}")
        for (one, other), (n, story) in itertools.product(
            (
                ("about 400", "roughly 250"),
                ("up to 10", "at least 30"),
                ("at least 26", "12"),
                ("nearly 2,000", "around 900"),
            ),
            enumerate(STORIES),
        )
    ]
    + [
        pytest.param(*_pair(story, f"{ha} {fa}", f"{hb} {fb}"), id=f"{ha}-{fa}-{hb}-{fb}-{n}")
        for (ha, hb), (fa, fb), (n, story) in itertools.product(_bounds(UPPER), FIGURES[:2], enumerate(STORIES))
    ]
    + [
        pytest.param(
            *_pair((first, second), f"{hedge} {one}", f"{hedge} {other}"),
            id=f"{hedge}-{one}-{other}",
        )
        for (first, second, (one, other)), hedge in itertools.product(
            LIMITS, ("up to", "at most", "at least", "more than")
        )
        # A capacity is a limit: it is told with an upper bound only.
        if hedge in UPPER or "ferry" not in first
    ]
)


@pytest.mark.parametrize(("a", "b"), BOUND_CASES)
def test_two_bounds_of_one_direction_differ_without_conflict(a: str, b: str) -> None:
    found = linked_findings(a, b)
    assert not [f for f in found if f[1] == "conflict"], found
    assert [f for f in found if f[0] == "number" and f[1] == "differs"], found


@pytest.mark.parametrize(("a", "b"), GUARD_CASES)
def test_figures_that_cannot_both_be_true_still_conflict(a: str, b: str) -> None:
    found = linked_findings(a, b)
    assert [f for f in found if f[0] == "number" and f[1] == "conflict"], found


COPIED_CASES = [
    pytest.param(*_pair((story[0], story[0]), f"{ha} {fa}", f"{ha} {fb}"), id=f"copied-{ha}-{fa}-{fb}-{n}")
    for ha, (fa, fb), (n, story) in itertools.product(LOWER, FIGURES, enumerate(STORIES))
]


@pytest.mark.parametrize(("a", "b"), COPIED_CASES)
def test_a_lower_bound_changed_in_a_copied_sentence_is_a_conflict(a: str, b: str) -> None:
    found = linked_findings(a, b)
    assert [f for f in found if f[0] == "number" and f[1] == "conflict"], found


# The same tolls, B leaving the counted noun to the verb that tells the toll.
ELIDED_STORIES = (
    (
        "A ferry capsized off the coast on Tuesday, killing {x} people.",
        "A ferry capsized off the coast on Tuesday, killing {x}.",
    ),
    (
        "{x} people were killed when the bridge collapsed on Tuesday.",
        "The collapse of the bridge on Tuesday killed {x}.",
    ),
    (
        "Rescuers said {x} passengers were missing after the ferry sank.",
        "After the ferry sank, {x} were missing, rescuers said.",
    ),
    (
        "The fire at the warehouse on Tuesday left {x} people injured.",
        "The fire at the warehouse on Tuesday injured {x}, officials said.",
    ),
)
ELIDED_BOUND_CASES = [
    pytest.param(*_pair(story, f"{ha} {fa}", f"{hb} {fb}"), id=f"elided-{ha}-{fa}-{hb}-{fb}-{n}")
    for (ha, hb), (fa, fb), (n, story) in itertools.product(_bounds(LOWER), FIGURES[:2], enumerate(ELIDED_STORIES))
]
ELIDED_GUARD_CASES = [
    pytest.param(*_pair(story, one, other), id=f"elided-{one}-{other}-{n}")
    for (one, other), (n, story) in itertools.product(
        (("about 400", "roughly 250"), ("up to 10", "at least 30"), ("at least 26", "12")), enumerate(ELIDED_STORIES)
    )
]
ELIDED_UPPER_CASES = [
    pytest.param(*_pair(story, f"{ha} {fa}", f"{hb} {fb}"), id=f"elided-{ha}-{fa}-{hb}-{fb}-{n}")
    for (ha, hb), (fa, fb), (n, story) in itertools.product(_bounds(UPPER), FIGURES[:2], enumerate(ELIDED_STORIES))
]


@pytest.mark.parametrize(("a", "b"), ELIDED_BOUND_CASES)
def test_two_lower_bounds_of_one_toll_differ_with_the_counted_noun_left_to_the_verb(a: str, b: str) -> None:
    found = linked_findings(a, b)
    assert not [f for f in found if f[1] == "conflict"], found
    assert [f for f in found if f[0] == "number" and f[1] == "differs"], found


@pytest.mark.parametrize(("a", "b"), ELIDED_GUARD_CASES)
def test_figures_of_one_toll_that_cannot_both_be_true_conflict_with_the_noun_left_to_the_verb(a: str, b: str) -> None:
    found = linked_findings(a, b)
    assert [f for f in found if f[0] == "number" and f[1] == "conflict"], found


@pytest.mark.parametrize(("a", "b"), ELIDED_UPPER_CASES)
def test_two_upper_bounds_of_one_toll_conflict_with_the_noun_left_to_the_verb(a: str, b: str) -> None:
    found = linked_findings(a, b)
    assert [f for f in found if f[0] == "number" and f[1] == "conflict"], found
