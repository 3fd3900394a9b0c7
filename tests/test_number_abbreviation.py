""" "No." (also "no.", "Nos.", "#") before a numeral abbreviates "number": "the No. 188 train", "No. 10 Downing
Street", "the No. 2 official at the agency", "world No. 1", "Nos. 3 and 4", "Highway No. 7", "ranked No. 5", "Gate
No. 12", "Local No. 400". It designates a thing; it never denies one, and its full stop ends no sentence. A report
that gives the designation and one that leaves it out ("the No. 188 train" / "the train") agree. "no" as a
determiner ("no survivors", "No one was hurt", "there was no warning") still denies.

Every form is made by code over many nouns, names and numerals, the abbreviation in either report.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

import compare
from class_cases import Case, Wrong, generated, linked_conflicts

_CASES = 24
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SOURCES = ("officials said", "the company said", "police said", "a spokeswoman said", "the agency said")
# The abbreviation as news copy prints it before a figure, British style without its full stop too.
_SIGNS = ("No. ", "No. ", "no. ", "No.", "No ", "#")
_VEHICLES = ("train", "bus", "ferry", "tram", "shuttle", "express")
_PLURALS = {"bus": "buses", "ferry": "ferries", "express": "expresses"}
_STAFF = ("official", "executive", "officer", "commander", "diplomat", "administrator")
_BODIES = ("agency", "ministry", "department", "company", "embassy", "bank", "party")
_RANKED = ("seed", "pick", "draft pick", "prospect", "contender")
# Numbered places and works, the noun before the abbreviation ("Gate No. 12").
_PLACES = ("Gate", "Highway", "Platform", "Pier", "Runway", "Reactor", "Well", "Ward", "Terminal", "Berth", "Shaft")
_PLACES += ("Mine", "Warehouse", "Pump", "Hangar", "Route", "Furnace", "Bridge")
_UNIONS = ("Teamsters", "Steelworkers", "Machinists", "Carpenters", "Electrical Workers", "Service Employees")
_PEOPLE = ("Maria Okonjo", "Peter Asante", "Lena Varga", "Tomas Reyes", "Aiko Tanaka", "Grace Mbeki", "Jon Hale")
_TEAMS = ("Ohio State", "Gonzaga", "Baylor", "Villanova", "Stanford", "Auburn", "Purdue", "Clemson")
_STREETS = ("Elm", "Harbor", "Mill", "Church", "Orchard", "Maple", "Canal", "Bridge")
_EVENTS = ("storm", "flood", "gas leak", "fire", "power failure", "landslide")


def _numeral(rng: random.Random) -> int:
    return rng.choice((rng.randint(1, 9), rng.randint(10, 99), rng.randint(100, 999)))


def _sign(rng: random.Random) -> str:
    return rng.choice(_SIGNS)


def _either_way(rng: random.Random, designated: str, plain: str) -> Case:
    """The designation in A or in B."""
    return (designated, plain) if rng.random() < 0.5 else (plain, designated)


def _vehicle(rng: random.Random) -> Case:
    vehicle, day, source = rng.choice(_VEHICLES), rng.choice(_DAYS), rng.choice(_SOURCES)
    riders = rng.randint(20, 400)
    sentence = "{the} was carrying {riders} passengers when it crashed on {day}, {source}."
    designated = f"the {_sign(rng)}{_numeral(rng)} {vehicle}"
    return _either_way(
        rng,
        sentence.format(the=f"T{designated[1:]}", riders=riders, day=day, source=source),
        sentence.format(the=f"The {vehicle}", riders=riders, day=day, source=source),
    )


def _staff(rng: random.Random) -> Case:
    person, staff, body, day = rng.choice(_PEOPLE), rng.choice(_STAFF), rng.choice(_BODIES), rng.choice(_DAYS)
    designated = f"{person}, the {_sign(rng)}{rng.randint(2, 5)} {staff} at the {body}, resigned on {day}."
    plain = f"{person}, a senior {staff} at the {body}, resigned on {day}."
    return _either_way(rng, designated, plain)


def _ranked_pick(rng: random.Random) -> Case:
    person, ranked, team, day = rng.choice(_PEOPLE), rng.choice(_RANKED), rng.choice(_TEAMS), rng.choice(_DAYS)
    designated = f"{person}, the {_sign(rng)}{rng.randint(1, 40)} {ranked}, signed with {team} on {day}."
    plain = f"{person} signed with {team} on {day}."
    return _either_way(rng, designated, plain)


def _numbered_place(rng: random.Random) -> Case:
    place, event, day, source = rng.choice(_PLACES), rng.choice(_EVENTS), rng.choice(_DAYS), rng.choice(_SOURCES)
    sentence = "Workers closed {place} on {day} after the {event}, {source}."
    return _either_way(
        rng,
        sentence.format(place=f"{place} {_sign(rng)}{_numeral(rng)}", day=day, event=event, source=source),
        sentence.format(place=f"the {place.lower()}", day=day, event=event, source=source),
    )


def _local(rng: random.Random) -> Case:
    union, day = rng.choice(_UNIONS), rng.choice(_DAYS)
    sentence = "Members of {union} voted to strike on {day}, union leaders said."
    return _either_way(
        rng,
        sentence.format(union=f"{union} Local {_sign(rng)}{_numeral(rng)}", day=day),
        sentence.format(union=f"the {union} local", day=day),
    )


def _world_rank(rng: random.Random) -> Case:
    person, other = rng.sample(_PEOPLE, 2)
    day, sets = rng.choice(_DAYS), rng.choice(("two", "three", "four", "five"))
    designated = f"{person}, the world {_sign(rng)}{rng.randint(1, 50)}, beat {other} in {sets} sets on {day}."
    plain = f"{person} beat {other} in {sets} sets on {day}."
    return _either_way(rng, designated, plain)


def _ranked_team(rng: random.Random) -> Case:
    team, other = rng.sample(_TEAMS, 2)
    day, points = rng.choice(_DAYS), rng.randint(2, 20)
    designated = f"{team}, ranked {_sign(rng)}{rng.randint(1, 25)} in the country, lost to {other} by {points} points"
    plain = f"{team} lost to {other} by {points} points"
    return _either_way(rng, f"{designated} on {day}.", f"{plain} on {day}.")


def _address(rng: random.Random) -> Case:
    street, day = rng.choice(_STREETS), rng.choice(_DAYS)
    sentence = "Police searched {address} on {day} and seized two computers, officials said."
    return _either_way(
        rng,
        sentence.format(address=f"{_sign(rng)}{rng.randint(1, 120)} {street} Street", day=day),
        sentence.format(address=f"a house on {street} Street", day=day),
    )


def _two_designated(rng: random.Random) -> Case:
    place, event, day = (
        rng.choice(("Reactors", "Gates", "Platforms", "Wells", "Runways")),
        rng.choice(_EVENTS),
        rng.choice(_DAYS),
    )
    first = rng.randint(1, 8)
    sign = rng.choice(("Nos. ", "nos. ", "No. ", "Nos."))
    sentence = "{things} were shut on {day} after the {event}, the operator said."
    return _either_way(
        rng,
        sentence.format(things=f"{place} {sign}{first} and {first + 1}", day=day, event=event),
        sentence.format(things=f"The {place.lower()}", day=day, event=event),
    )


_FORMS: dict[str, Callable[[random.Random], Case]] = {
    "vehicle": _vehicle,
    "staff": _staff,
    "ranked pick": _ranked_pick,
    "numbered place": _numbered_place,
    "union local": _local,
    "world rank": _world_rank,
    "ranked team": _ranked_team,
    "address": _address,
    "two designated": _two_designated,
}


def _cases(form: str) -> list[Case]:
    return generated(_FORMS[form], seed=sorted(_FORMS).index(form) + 1800, count=_CASES)


def _split(cases: list[Case]) -> list[Wrong]:
    """The cases whose report with the abbreviation is not one sentence."""
    wrong: list[Wrong] = []
    for a, b in cases:
        comparison = compare.compare(a, b)
        if (len(comparison.sentences_a), len(comparison.sentences_b)) != (1, 1):
            wrong.append((a, b, [s.text for s in (*comparison.sentences_a, *comparison.sentences_b)]))
    return wrong


@pytest.mark.parametrize("form", list(_FORMS))
def test_a_designation_denies_nothing(form: str) -> None:
    wrong = [(a, b, found) for a, b in _cases(form) if (found := linked_conflicts(a, b))]
    assert wrong == []


@pytest.mark.parametrize("form", list(_FORMS))
def test_the_abbreviation_ends_no_sentence(form: str) -> None:
    assert _split(_cases(form)) == []


def _quoted(rng: random.Random) -> Case:
    person, rank, best = rng.choice(_PEOPLE), rng.randint(2, 20), rng.randint(1, 3)
    remark = "It is never fun to be {sign}{rank}, especially if you have been {sign}{best} before"
    dotted, plain = (remark.format(sign=sign, rank=rank, best=best) for sign in ("No. ", "No "))
    return _either_way(rng, f'"{dotted}," {person} said.', f'"{plain}," said {person}.')


def test_a_quotation_printed_with_and_without_the_full_stop_is_one_remark() -> None:
    """ "No. 4" and "No 4" print one spoken word: no misquotation."""
    cases = generated(_quoted, seed=1970, count=_CASES)
    assert [(a, b, found) for a, b in cases if (found := linked_conflicts(a, b))] == []


# Guards: "no" as a determiner denies what follows it, whatever numeral stands elsewhere in the sentence.
_DENIED = ("survivors", "injuries", "casualties", "witnesses", "arrests", "signs of forced entry", "fatalities")


def _no_object(rng: random.Random) -> Case:
    denied, event, day = rng.choice(_DENIED), rng.choice(_EVENTS), rng.choice(_DAYS)
    sentence = "There were {no}{denied} after the {event} on {day}, {source}."
    source = rng.choice(_SOURCES)
    return (
        sentence.format(no="no ", denied=denied, event=event, day=day, source=source),
        sentence.format(no="", denied=denied, event=event, day=day, source=source),
    )


def _no_one(rng: random.Random) -> Case:
    event, day = rng.choice(_EVENTS), rng.choice(_DAYS)
    count = rng.choice(("Two people", "Three people", "Four people", "Five people", "Two workers", "Six residents"))
    return (
        f"No one was injured in the {event} on {day}, police said.",
        f"{count} were injured in the {event} on {day}, police said.",
    )


def _no_warning(rng: random.Random) -> Case:
    event, day = rng.choice(_EVENTS), rng.choice(_DAYS)
    residents = rng.randint(20, 900)
    sentence = (
        "Residents said there was {article} warning before the {event} forced {n} people from their homes on {day}."
    )
    return (
        sentence.format(article="no", event=event, n=residents, day=day),
        sentence.format(article="a", event=event, n=residents, day=day),
    )


_GUARDS: dict[str, Callable[[random.Random], Case]] = {
    "no survivors": _no_object,
    "no one": _no_one,
    "no warning": _no_warning,
}


@pytest.mark.parametrize("guard", list(_GUARDS))
def test_no_as_a_determiner_still_denies(guard: str) -> None:
    cases = generated(_GUARDS[guard], seed=sorted(_GUARDS).index(guard) + 1900, count=_CASES)
    wrong = [(a, b, found) for a, b in cases if not (found := linked_conflicts(a, b))]
    assert wrong == []


def _renumbered(rng: random.Random) -> Case:
    vehicle, day, source = rng.choice(_VEHICLES), rng.choice(_DAYS), rng.choice(_SOURCES)
    riders = rng.randint(20, 400)
    first = rng.randint(100, 899)
    sentence = "The No. {n} {vehicle} was carrying {riders} passengers when it crashed on {day}, {source}."
    return (
        sentence.format(n=first, vehicle=vehicle, riders=riders, day=day, source=source),
        sentence.format(n=first + rng.randint(1, 90), vehicle=vehicle, riders=riders, day=day, source=source),
    )


def test_two_designations_of_one_thing_conflict_as_numbers() -> None:
    """Two numbers of one thing ("the No. 188 train" / "the No. 118 train") cannot both be right: a conflict of
    kind "number", as between two counts of one thing."""
    cases = generated(_renumbered, seed=1950, count=_CASES)
    found = [(a, b, linked_conflicts(a, b)) for a, b in cases]
    assert [(a, b, conflicts) for a, b, conflicts in found if {c[0] for c in conflicts} != {"number"}] == []


def _counted_and_designated(rng: random.Random) -> Case:
    vehicle, day = rng.choice(_VEHICLES), rng.choice(_DAYS)
    count = rng.choice(("Two", "Three", "Four", "Five"))
    many = _PLURALS.get(vehicle, f"{vehicle}s")
    return (
        f"{count} {many} were damaged in the fire at the depot on {day}, including the No. {rng.randint(6, 90)} "
        f"{vehicle}, officials said.",
        f"{count} {many} were damaged in the fire at the depot on {day}, officials said.",
    )


def test_a_designation_is_no_count() -> None:
    """A designation ("the No. 12 bus") is part of a name: it does not count what it names, so it does not
    compare with a count of it ("Three buses")."""
    cases = generated(_counted_and_designated, seed=1960, count=_CASES)
    wrong = [(a, b, found) for a, b in cases if (found := linked_conflicts(a, b))]
    assert wrong == []
