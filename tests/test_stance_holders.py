"""A holder of a stance as the subject of a sentence names a group, not a stance the sentence takes.

Class: "Supporters of the plan rallied outside city hall" / "Opponents of the plan rallied outside city hall". Each
report tells of a group acting; both groups may well have acted, so the two sentences are no polarity conflict. The
same nouns as a predicate ("The mayor is a supporter of the plan" / "... an opponent of the plan") state the
subject's stance, which conflicts (tests/test_stance_phrases.py).
"""

from __future__ import annotations

import random

import pytest

import compare

_OBJECTS = ("the new stadium", "the pipeline", "the hospital merger", "the fireworks ban", "the school closures")
_HOLDERS = (("Supporters", "Opponents"), ("Proponents", "Opponents"), ("Advocates", "Foes"), ("Supporters", "Foes"))
_ACTS = (
    "rallied outside city hall on Saturday",
    "packed the public hearing on Tuesday night",
    "gathered signatures at the farmers market",
    "marched through downtown after the vote",
    "filled the council chamber for three hours",
)


def _cases(seed: int) -> list[tuple[str, str, str, str]]:
    rng = random.Random(seed)
    return [(*rng.choice(_HOLDERS), rng.choice(_OBJECTS), rng.choice(_ACTS)) for _ in range(40)]


@pytest.mark.parametrize("case", _cases(7), ids=lambda case: f"{case[0]} {case[1]} {case[2]}")
def test_two_groups_of_holders_acting_are_no_polarity_conflict(case: tuple[str, str, str, str]) -> None:
    holder_a, holder_b, thing, act = case
    comparison = compare.compare(f"{holder_a} of {thing} {act}.", f"{holder_b} of {thing} {act}.")
    found = [c for link in comparison.links for c in link.conflicts if c.kind == "polarity"]
    assert found == []
