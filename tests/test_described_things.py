"""A named thing told in the other report by where it stands and what it is: "the Grenfell Tower fire" / "the West
London tower block fire" names one building twice, not two places in one slot.

Class: a name whose run of capitalised words ends in a head noun (a tower, a bridge, a hospital, a stadium, a mall)
and, in the other sentence, a place name that qualifies that head noun written in lower case ("West London tower
block", "Kent hospital"): the place says where the thing stands. Guard: two names of two things of one kind in one
slot ("the Grenfell Tower fire" / "the Lancaster Tower fire") stay a name conflict.

The sentence pairs are made by code, crossing named things, places and sentence frames.
"""

from __future__ import annotations

import itertools

import pytest

from class_cases import linked_conflicts

# (the thing's name, its head noun as a description, another thing of the same kind)
_THINGS = (
    ("Grenfell Tower", "tower block", "Lancaster Tower"),
    ("Harbour Bridge", "bridge", "Station Bridge"),
    ("St Anne's Hospital", "hospital", "St Mary's Hospital"),
    ("Riverside Stadium", "stadium", "Parkside Stadium"),
    ("Westgate Mall", "mall", "Oakwood Mall"),
)
_PLACES = ("West London", "north Kent", "East Leeds", "south Dublin")
# Frames of one claim: {thing} the name, or the place and the description.
_FRAMES = (
    "At least {n} people have died in the {thing} fire, police said.",
    "{N} people were hurt when part of the {thing} collapsed on Tuesday.",
    "Firefighters were still at the {thing} site late on Friday.",
)


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for (name, head, other), place, frame in itertools.product(_THINGS, _PLACES, _FRAMES):
        n = 12
        fill = {"n": n, "N": n}
        cases.append((frame.format(thing=name, **fill), frame.format(thing=f"{place} {head}", **fill), other))
    return cases


def test_a_named_thing_and_its_description_are_no_name_conflict() -> None:
    wrong = [(named, described) for named, described, _ in _cases() if _name_conflicts(named, described)]
    assert not wrong, wrong


def _name_conflicts(a: str, b: str) -> list[tuple[str, str, str]]:
    return [c for c in linked_conflicts(a, b) if c[0] == "name"]


@pytest.mark.parametrize(("named", "described", "other"), _cases()[:: len(_PLACES)])
def test_two_named_things_of_one_kind_stay_a_name_conflict(named: str, described: str, other: str) -> None:
    name = next(thing for thing, _, _ in _THINGS if thing in named)
    assert [c[0] for c in linked_conflicts(named, named.replace(name, other))] == ["name"]
