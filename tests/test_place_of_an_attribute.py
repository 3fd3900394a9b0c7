"""Where an entity is based: one attribute told as a clause or as a compound, two places are a conflict.

Class: the place an entity is based or headquartered in, told as a participle and its place ("Kessler, which is
based in Columbus, Ohio, said", "Kessler, headquartered in Columbus, said") or as a compound of the place and the
participle before the entity ("The Dayton, Ohio-based company blamed", "Dayton-headquartered Kessler said"). Two
reports that give the one entity two places disagree on where it is based: a name conflict, whichever form each
uses.

Guards (no conflict between the places): one place in the two forms ("Basel-based Lumen Biologics" / "Lumen
Biologics, which is based in Basel"); a city and the state or country it lies in ("Houston-based" / "based in
Texas": told more or less precisely); two entities each based in its own place.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import pytest

from class_cases import Case, generated, linked_conflicts, missed

_CASES = 40
_ENTITIES = ("Kessler Appliances", "Lumen Biologics", "Northwind Energy", "Castell Mining", "Veridian Bank")
# Places of one country (or one US state) apart, and (city, the state or country it lies in).
_APART = (
    ("Columbus, Ohio", "Dayton, Ohio"),
    ("Basel", "Zurich"),
    ("Lyon", "Marseille"),
    ("Houston", "Dallas"),
    ("Osaka", "Nagoya"),
    ("Denver", "Boulder"),
    ("Hamburg", "Munich"),
)
_NESTED = (("Houston", "Texas"), ("Lyon", "France"), ("Osaka", "Japan"), ("Denver", "Colorado"))
# What the entity did, in two wordings: two tellings of one claim.
_ACTS = (
    (
        "said the problem was caused by a faulty locking pin made by an outside supplier",
        "blamed a faulty locking pin made by an outside supplier",
    ),
    ("said it would cut 400 jobs by the end of the year", "plans to cut 400 jobs by the end of the year"),
    ("reported a 12 percent rise in quarterly profit", "posted a 12 percent increase in quarterly profit"),
    ("agreed to pay $40 million to settle the lawsuit", "will pay $40 million to settle the suit"),
)
_PARTICIPLES = ("based", "headquartered")


def _placed(form: int, entity: str, place: str, participle: str) -> str:
    """The entity and its place in one of the class's forms, as the subject of the sentence."""
    forms = (
        f"{entity}, which is {participle} in {place},",
        f"{place}-{participle} {entity}",
        f"{entity}, {participle} in {place},",
        f"The {place}-{participle} company",
    )
    return forms[form]


def _pair(rng: random.Random, places: tuple[str, str], entities: tuple[str, str]) -> Case:
    act = rng.choice(_ACTS)
    participle = rng.choice(_PARTICIPLES)
    one, other = rng.sample(range(4), 2)
    if one == 3 or other == 3:
        # "The Dayton-based company": the other report names it, so that the two tell of one entity.
        one, other = (3, rng.randrange(3)) if rng.random() < 0.5 else (rng.randrange(3), 3)
    return (
        f"{_placed(one, entities[0], places[0], participle)} {act[0]}.",
        f"{_placed(other, entities[1], places[1], rng.choice(_PARTICIPLES))} {act[1]}.",
    )


def _one_entity_in_two_places(rng: random.Random, table: Sequence[tuple[str, str]]) -> Case:
    """One entity based in two places of a table, in either order."""
    places = rng.choice(table)
    if rng.random() < 0.5:
        places = (places[1], places[0])
    entity = rng.choice(_ENTITIES)
    return _pair(rng, places, (entity, entity))


def _two_places(rng: random.Random) -> Case:
    return _one_entity_in_two_places(rng, _APART)


def _one_place_in_two_forms(rng: random.Random) -> Case:
    place = rng.choice(rng.choice(_APART))
    entity = rng.choice(_ENTITIES)
    return _pair(rng, (place, place), (entity, entity))


def _nested(rng: random.Random) -> Case:
    return _one_entity_in_two_places(rng, _NESTED)


def _two_entities(rng: random.Random) -> Case:
    """Each of two named entities based in its own place: two facts, both may be true."""
    places = rng.choice(_APART)
    one, other = rng.sample(_ENTITIES, 2)
    act = rng.choice(_ACTS)
    participle = rng.choice(_PARTICIPLES)
    return (
        f"{_placed(rng.choice((0, 2)), one, places[0], participle)} {act[0]}.",
        f"{_placed(1, other, places[1], participle)} {act[1]}.",
    )


def _places_in_conflict(case: Case) -> list[tuple[str, str, str]]:
    """The conflicts that give a place of the case as a value, written whole ("Columbus, Ohio") or in part; the two
    reports must link, or the case tests nothing."""
    places = {part for pair in (*_APART, *_NESTED) for place in pair for part in (place, *place.split(", "))}
    return [found for found in linked_conflicts(*case) if found[1] in places or found[2] in places]


def test_two_places_of_one_entity_are_a_name_conflict() -> None:
    wrong = missed(generated(_two_places, 1, _CASES), ("name",))
    assert not wrong, f"{len(wrong)} of {_CASES} missed, e.g. {wrong[:3]}"


@pytest.mark.parametrize("make", [_one_place_in_two_forms, _nested, _two_entities], ids=lambda make: make.__name__)
def test_one_place_or_two_entities_are_no_conflict_of_places(make: Callable[[random.Random], Case]) -> None:
    cases = generated(make, 2, _CASES)
    flagged = [(a, b, found) for a, b in cases if (found := _places_in_conflict((a, b)))]
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"
