"""The holder of one office of one organisation or place, named in any of its forms: two people are a conflict.

Class: a person named as the holder of an office (a title noun: chief executive, chairman, mayor, coach, police
chief...) of a named organisation or place, in any of the forms news English gives it: "Lumen Biologics Chief
Executive Marc Ducret" (the body, the title and the person in one run), "Chief Executive Marc Ducret of Lumen
Biologics", "Marc Ducret, (the) chief executive of Lumen Biologics", "Lumen Biologics' chief executive, Marc
Ducret", "Marc Ducret, Lumen Biologics' chief executive". Two reports that give one office of one body to two
different people, in the same form or in two, disagree on who holds it: a name conflict.

Guards (no conflict between the two people): one person in two forms; two offices of one body ("chief executive" /
"chairman"); one office of two bodies; a former holder and the present one ("former chief executive" / "chief
executive"), or an interim, acting or new holder; "a spokesman for" (one of several, no office held alone).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import pytest

import compare
from class_cases import Case, generated, missed

_CASES = 40
_PEOPLE = (
    "Marc Ducret", "Pierre Lambert", "Anna Kowalski", "Rahul Mehta", "Grace Okafor", "Helen Brennan",
    "Kenji Sato", "Laura Fischer", "David Osei", "Ingrid Halvorsen", "Carlos Delgado", "Miriam Abebe",
)  # fmt: skip
# (bodies, titles of one holder each, what the holder said in two wordings): companies, clubs and towns. The two
# reports word the statement each their own way, as two tellings do: a statement told word for word but for its
# speaker is one statement given to another speaker, read elsewhere (compare._facts._names._two_tellings).
_KINDS = (
    (
        ("Lumen Biologics", "Northwind Energy", "Castell Mining", "Veridian Bank", "Atlas Shipping", "Brightwater"),
        ("chief executive", "chairman", "chief financial officer", "president"),
        (
            ("the company could produce 40 million doses next year", "it could make 40 million doses next year"),
            ("the company would cut 400 jobs by the end of the year", "400 jobs would go by the end of the year"),
            ("profits would double in 2027", "the company expected its profits to double in 2027"),
            ("the deal was worth about $2 billion", "the deal was valued at about $2 billion"),
        ),
    ),
    (
        ("Wexford Rovers", "Castlebar Athletic", "Dunmore United", "Kilkee Harriers"),
        ("coach", "chairman", "captain"),
        (
            (
                "the team had played its worst game of the season",
                "it was the worst game the team had played all season",
            ),
            ("the club would appeal the suspension", "the club planned to appeal against the suspension"),
        ),
    ),
    (
        ("Springfield", "Riverton", "Ashford", "Millbrook", "Eastleigh"),
        ("mayor", "police chief", "fire chief"),
        (
            ("the city would hire 50 more officers", "50 more officers would be hired by the city"),
            ("the bridge would stay closed until March", "the bridge would remain closed until March"),
        ),
    ),
)
_VERBS = ("said", "told reporters", "said on Tuesday")
Statement = tuple[str, str]


def _title_case(title: str) -> str:
    return " ".join(word.capitalize() for word in title.split())


def _possessive(body: str) -> str:
    return f"{body}'" if body.endswith("s") else f"{body}'s"


def _holder(form: int, person: str, title: str, body: str, rng: random.Random) -> str:
    """One holder of one office in one of the class's forms, as the subject of a sentence or after "said"."""
    title_word = _title_case(title) if rng.random() < 0.6 else title
    the = "the " if rng.random() < 0.5 else ""
    forms = (
        f"{body} {title_word} {person}",
        f"{_title_case(title)} {person} of {body}",
        f"{person}, {the}{title} of {body},",
        f"{_possessive(body)} {title}, {person},",
        f"{person}, {_possessive(body)} {title},",
    )
    return forms[form]


def _sentence(holder: str, statement: str, rng: random.Random) -> str:
    """The holder first ("... said the company ...") or after the statement ("..., said ...")."""
    verb = rng.choice(_VERBS)
    if rng.random() < 0.5:
        return f"{holder} {verb} {statement}."
    # After the statement an apposition closes the sentence: no comma of its own before the full stop.
    return f"{statement[:1].upper()}{statement[1:]}, said {holder.rstrip(',')}."


def _office(rng: random.Random) -> tuple[tuple[str, ...], str, str, Statement]:
    bodies, titles, statements = rng.choice(_KINDS)
    return bodies, rng.choice(titles), rng.choice(bodies), rng.choice(statements)


def _pair(
    rng: random.Random, people: tuple[str, str], titles: tuple[str, str], bodies: tuple[str, str], statement: Statement
) -> Case:
    one, other = rng.randrange(5), rng.randrange(5)
    seed = rng.random()
    # One statement in two wordings, one shape of sentence: the office's form and what it holds differ.
    return (
        _sentence(
            _holder(one, people[0], titles[0], bodies[0], random.Random(seed)), statement[0], random.Random(seed)
        ),
        _sentence(
            _holder(other, people[1], titles[1], bodies[1], random.Random(seed)), statement[1], random.Random(seed)
        ),
    )


def _two(rng: random.Random, items: Sequence[str]) -> tuple[str, str]:
    """Two of the items, drawn as rng.sample draws them."""
    one, other = rng.sample(items, 2)
    return one, other


def _two_holders(rng: random.Random) -> Case:
    _, title, body, statement = _office(rng)
    one, other = rng.sample(_PEOPLE, 2)
    return _pair(rng, (one, other), (title, title), (body, body), statement)


def _one_holder_in_two_forms(rng: random.Random) -> Case:
    _, title, body, statement = _office(rng)
    person = rng.choice(_PEOPLE)
    return _pair(rng, (person, person), (title, title), (body, body), statement)


def _two_offices(rng: random.Random) -> Case:
    bodies, _, body, statement = _office(rng)
    titles = next(kind[1] for kind in _KINDS if kind[0] == bodies)
    one, other = rng.sample(titles, 2)
    return _pair(rng, _two(rng, _PEOPLE), (one, other), (body, body), statement)


def _two_bodies(rng: random.Random) -> Case:
    bodies, title, _, statement = _office(rng)
    return _pair(rng, _two(rng, _PEOPLE), (title, title), _two(rng, bodies), statement)


def _former_and_present(rng: random.Random) -> Case:
    _, title, body, statement = _office(rng)
    contrast = rng.choice(("former", "interim", "acting", "new"))
    return _pair(rng, _two(rng, _PEOPLE), (f"{contrast} {title}", title), (body, body), statement)


def _one_of_several(rng: random.Random) -> Case:
    """ "X, a spokesman for Lumen Biologics, said": an office many hold at once, given to each of two people."""
    bodies = _KINDS[0][0]
    body, statement = rng.choice(bodies), rng.choice(_KINDS[0][2])
    one, other = rng.sample(_PEOPLE, 2)
    title = rng.choice(("spokesman", "spokeswoman", "director", "lawyer"))
    article = "an" if title[0] in "aeiou" else "a"
    return (
        f"{one}, {article} {title} for {body}, said {statement[0]}.",
        f"{other}, {article} {title} for {body}, said {statement[1]}.",
    )


def _persons_in_conflict(case: Case) -> list[compare.Conflict]:
    """The conflicts that give one of the case's people as a value, if the two reports link (the engine may also see
    other things, and two offices of two bodies need not link)."""
    people = [person for person in _PEOPLE if person in case[0] or person in case[1]]
    found = [c for link in compare.compare(*case).links for c in link.conflicts if c.is_conflict]
    return [c for c in found if any(p in c.a_value or p in c.b_value for p in people)]


def test_two_holders_of_one_office_are_a_name_conflict() -> None:
    wrong = missed(generated(_two_holders, 1, _CASES), ("name",))
    assert not wrong, f"{len(wrong)} of {_CASES} missed, e.g. {wrong[:3]}"


@pytest.mark.parametrize(
    "make",
    [_one_holder_in_two_forms, _two_offices, _two_bodies, _former_and_present, _one_of_several],
    ids=lambda make: make.__name__,
)
def test_one_holder_or_two_offices_are_no_conflict_of_people(make: Callable[[random.Random], Case]) -> None:
    cases = generated(make, 2, _CASES)
    flagged = [(a, b, found) for a, b in cases if (found := _persons_in_conflict((a, b)))]
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"
