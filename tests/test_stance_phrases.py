"""A stance written as a phrase, not a verb (issue 18): "came out against the bill" / "came out in favor of the bill",
"voted for" / "voted against", "is for" / "is against", "in support of" / "in opposition to", "supportive of" /
"opposed to", "a supporter of" / "an opponent of", "pro-gun" / "anti-gun".

Directional: one subject taking the two opposite stances on one object is a polarity conflict, in whatever form
either stance is written (a phrase or a verb of the two poles, "backs" / "came out against").
Invariance: one stance in two forms ("backs" / "in favor of", "opposes" / "against") is no conflict, and opposite
stances on two different objects ("for the bill" / "against the amendment") are none either.
"""

from __future__ import annotations

import random

import pytest

import compare

_CASES = 40

_SUBJECTS = (
    "Senator Jane Roe",
    "The mayor",
    "The teachers' union",
    "Governor Mark Webb",
    "The city council",
    "Priya Nakamura",
    "The chamber of commerce",
    "Representative Carlos Delgado",
    "The county board",
    "Helen Whitaker",
)
# Objects of a stance; no two share a content word, so that two of them are two different objects.
_OBJECTS = (
    "the new stadium",
    "the gun control bill",
    "the proposed tax increase",
    "the oil pipeline",
    "the hospital merger",
    "the fireworks ban",
    "the school voucher plan",
    "the rezoning proposal",
    "the transit levy",
    "the water rate hike",
    "the charter amendment",
    "the border wall",
)
_FRAMES = (
    "{s} {stance} {o}, a spokesman said.",
    "{s} {stance} {o}, according to a statement released by the office.",
    "In a letter to residents, {s} {stance} {o}.",
    "{s} {stance} {o}, the newspaper reported.",
    "As the debate went on, {s} {stance} {o}.",
    "{s} {stance} {o} during a hearing that lasted most of the afternoon.",
)
_FOR_PHRASES = (
    "came out in favor of",
    "came out in favour of",
    "voted for",
    "is for",
    "is supportive of",
    "is a supporter of",
    "is in favour of",
    "has long been in favor of",
    "came out strongly in favor of",
    "voted in favor of",
    "is a strong supporter of",
    "argued for",
    "is a proponent of",
)
_AGAINST_PHRASES = (
    "came out against",
    "voted against",
    "is against",
    "spoke in opposition to",
    "is an opponent of",
    "has long been against",
    "came out strongly against",
    "voted overwhelmingly against",
    "is a fierce opponent of",
    "argued against",
    "campaigned against",
)
# These hold a word of the verbs of the two poles ("opposed", "support"), which the engine already read against
# those verbs: they are the phrases' cases only against another phrase.
_FOR_PHRASES_ONLY = ("spoke in support of",)
_AGAINST_PHRASES_ONLY = ("is opposed to",)
_FOR_VERBS = ("backs", "supports", "favors", "endorsed", "backed")
_AGAINST_VERBS = ("opposes", "rejected", "opposed")
# (the noun a stance prefix takes, what the person is)
_PREFIXED = (
    ("gun", "Republican"),
    ("abortion", "Democrat"),
    ("immigration", "lawmaker"),
    ("union", "candidate"),
    ("war", "activist"),
    ("nuclear", "campaigner"),
    ("government", "politician"),
    ("business", "mayor"),
)
_PERSONS = ("Jane Roe", "Mark Webb", "Loretta Okafor", "Thomas Brennan", "Angela Castillo", "Derek Harmon")
_PREFIX_RESTS = (
    "spoke at the rally on Tuesday",
    "won the primary in March",
    "will face a runoff next month",
    "addressed the convention in Denver",
)

Case = tuple[str, str]


def _sentence(subject: str, stance: str, thing: str, frame: str) -> str:
    at_start = frame.startswith("{s}")
    shown = subject if at_start or not subject.startswith("The ") else "the " + subject[4:]
    return frame.format(s=shown, stance=stance, o=thing)


def _pair(rng: random.Random, stance_a: str, stance_b: str, object_a: str, object_b: str) -> Case:
    subject = rng.choice(_SUBJECTS)
    frame = rng.choice(_FRAMES)
    a, b = _sentence(subject, stance_a, object_a, frame), _sentence(subject, stance_b, object_b, frame)
    return (a, b) if rng.random() < 0.5 else (b, a)


def _opposite_phrases(seed: int) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for _ in range(_CASES):
        thing = rng.choice(_OBJECTS)
        against = rng.choice(_AGAINST_PHRASES + _AGAINST_PHRASES_ONLY)
        cases.append(_pair(rng, rng.choice(_FOR_PHRASES + _FOR_PHRASES_ONLY), against, thing, thing))
    return cases


def _phrase_against_verb(seed: int) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for _ in range(_CASES):
        thing = rng.choice(_OBJECTS)
        if rng.random() < 0.5:
            cases.append(_pair(rng, rng.choice(_FOR_PHRASES), rng.choice(_AGAINST_VERBS), thing, thing))
        else:
            cases.append(_pair(rng, rng.choice(_FOR_VERBS), rng.choice(_AGAINST_PHRASES), thing, thing))
    return cases


def _prefixed(seed: int) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for _ in range(_CASES):
        person = rng.choice(_PERSONS)
        noun, role = rng.choice(_PREFIXED)
        rest = rng.choice(_PREFIX_RESTS)
        article = {"pro": "a", "anti": "an"}
        a, b = (f"{person}, {article[p]} {p}-{noun} {role}, {rest}." for p in ("pro", "anti"))
        cases.append((a, b) if rng.random() < 0.5 else (b, a))
    return cases


def _same_stance(seed: int) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for _ in range(_CASES):
        thing = rng.choice(_OBJECTS)
        if rng.random() < 0.5:
            forms = _FOR_PHRASES + _FOR_PHRASES_ONLY
            cases.append(_pair(rng, rng.choice(forms), rng.choice(_FOR_VERBS + forms), thing, thing))
        else:
            forms = _AGAINST_PHRASES + _AGAINST_PHRASES_ONLY
            cases.append(_pair(rng, rng.choice(forms), rng.choice(_AGAINST_VERBS + forms), thing, thing))
    return cases


def _different_objects(seed: int) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for _ in range(_CASES):
        object_a, object_b = rng.sample(_OBJECTS, 2)
        if rng.random() < 0.5:
            stance_a, stance_b = rng.choice(_FOR_PHRASES), rng.choice(_AGAINST_PHRASES + _AGAINST_VERBS)
        else:
            stance_a, stance_b = rng.choice(_FOR_PHRASES + _FOR_VERBS), rng.choice(_AGAINST_PHRASES)
        cases.append(_pair(rng, stance_a, stance_b, object_a, object_b))
    return cases


def _kinds(a: str, b: str) -> list[str]:
    comparison = compare.compare(a, b)
    return [conflict.kind for link in comparison.conflicts for conflict in link.conflicts]


def _linked(a: str, b: str) -> bool:
    comparison = compare.compare(a, b)
    return bool(comparison.shared or comparison.conflicts or comparison.differences)


def _case_id(case: Case) -> str:
    return f"{case[0]} / {case[1]}"


@pytest.mark.parametrize("case", _opposite_phrases(181), ids=_case_id)
def test_opposite_stances_written_as_phrases_conflict(case: Case) -> None:
    assert _kinds(*case) == ["polarity"]


@pytest.mark.parametrize("case", _phrase_against_verb(182), ids=_case_id)
def test_a_stance_phrase_against_the_opposite_verb_conflicts(case: Case) -> None:
    assert _kinds(*case) == ["polarity"]


@pytest.mark.parametrize("case", _prefixed(183), ids=_case_id)
def test_pro_and_anti_of_one_thing_conflict(case: Case) -> None:
    assert _kinds(*case) == ["polarity"]


@pytest.mark.parametrize("case", _same_stance(184), ids=_case_id)
def test_one_stance_in_two_forms_is_no_conflict(case: Case) -> None:
    assert _linked(*case)
    assert _kinds(*case) == []


@pytest.mark.parametrize("case", _different_objects(185), ids=_case_id)
def test_opposite_stances_on_different_objects_are_no_conflict(case: Case) -> None:
    assert "polarity" not in _kinds(*case)
