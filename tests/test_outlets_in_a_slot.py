"""An outlet or an organisation swapped in the same slot, both named by an acronym or an outlet's name.

Class: the source or the medium of a claim named in one slot of the sentence: "reported by CBN" / "reported by
EWTN", "an op-ed in The Washington Post" / "an op-ed in The New York Times", "told NPR" / "told the BBC", "according
to the GAO" / "according to the CBO", "in an interview with Politico" / "... with Axios", "A report by the ACLU" /
"A report by the NAACP". Two different names in one slot are a name conflict, the acronyms included (an acronym is
no short form of another acronym).

Guards (no conflict): one outlet or body in two forms: an acronym and its expansion ("the ACLU" / "the American
Civil Liberties Union", "WSJ" / "The Wall Street Journal"), a short name and the full one ("the Times" / "The New
York Times"); and two names in two slots ("told CNN" / "according to NBC"), which may both be true.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from class_cases import linked_conflicts

_CASES = 40
_ACRONYMS = ("CBN", "EWTN", "NPR", "CNN", "PBS", "MSNBC", "the BBC", "the AP", "AFP", "UPI", "C-SPAN")
# Outlets that print: an op-ed or a column runs in them.
_OUTLETS = (
    "The Washington Post", "The New York Times", "The Wall Street Journal", "USA Today", "The Guardian",
    "Politico", "Axios", "Reuters", "Bloomberg", "The Atlantic", "National Review", "The Boston Globe",
)  # fmt: skip
_BODIES = ("the GAO", "the CBO", "the ACLU", "the NAACP", "the AARP", "the NRA", "the SEC", "the FDA")
_PEOPLE = ("Jane Roe", "Mark Webb", "Carlos Delgado", "Priya Nakamura", "Helen Brennan")
_CLAUSES = (
    "the bill would raise taxes on small businesses",
    "the agency had mishandled the investigation",
    "the plan would cost far more than expected",
    "the new rules were unfair to farmers",
    "the program had failed thousands of veterans",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
# Slots of a medium or a source: "{who}" is the outlet or body, at the sentence's start or after its words.
_OUTLET_SLOTS = (
    "The story was first reported by {who} on {day}, and {clause}.",
    "{person} told {who} on {day} that {clause}.",
    "In an interview with {who} on {day}, {person} said {clause}.",
    "{Who} reported on {day} that {clause}.",
    "{Clause}, according to {who}.",
    "According to {who}, {clause}, {person} said on {day}.",
    "{Clause}, {who} reported on {day}.",
    "As first reported by {who} on {day}, {clause}.",
    "{person} said in an appearance on {who} on {day} that {clause}.",
    "{Who} first reported the news on {day}, saying {clause}.",
    "{person} said on {day} that {clause}, {who} reported.",
)
_PRINT_SLOTS = (
    "{person} wrote in an op-ed in {who} on {day} that {clause}.",
    "In a column published in {who} on {day}, {person} argued that {clause}.",
    "{person} argued in a letter to {who} on {day} that {clause}.",
    "The findings, published in {who} on {day}, showed that {clause}.",
)
_BODY_SLOTS = (
    "{Clause}, according to {who}.",
    "A report released on {day} by {who} found that {clause}.",
    "{person} cited a study by {who} showing that {clause}.",
    "In a statement from {who} on {day}, officials said {clause}.",
    "{Who} said in a statement on {day} that {clause}.",
    "An analysis by {who} released on {day} concluded that {clause}.",
    "{person}, a spokesperson for {who}, said on {day} that {clause}.",
    "A poll conducted by {who} last month found that {clause}.",
)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(slot: str, who: str, person: str, clause: str, day: str) -> str:
    fill = {"who": who, "Who": _capitalised(who), "person": person, "day": day}
    return slot.format(clause=clause, Clause=_capitalised(clause), **fill)


# A medium named by its outlet before it ("a Washington Post op-ed", "a CNN interview", "a GAO report") or after it
# ("an op-ed in The Washington Post", "an interview with CNN", "a report by the GAO"): one slot in two shapes.
_MEDIA = (
    ("op-ed", "in", _OUTLETS, "{person} argued in {medium} on {day} that {clause}."),
    ("column", "in", _OUTLETS, "In {medium} published on {day}, {person} wrote that {clause}."),
    ("interview", "with", _ACRONYMS + _OUTLETS, "{person} said in {medium} on {day} that {clause}."),
    ("report", "by", _BODIES, "{Medium} released on {day} found that {clause}."),
    (
        "poll",
        "by",
        ("Gallup", "Pew", "Quinnipiac", "Marist", "Monmouth"),
        "{Medium} released on {day} found that {clause}.",
    ),
)


def _bare(name: str) -> str:
    """A name as it stands before a noun: "Washington Post" of "The Washington Post", "GAO" of "the GAO"."""
    return name.removeprefix("The ").removeprefix("the ")


def _article(word: str) -> str:
    """ "an op-ed", "an FDA report" (an acronym is read letter by letter), "a GAO report"."""
    vowel_sounds = "AEFHILMNORSX" if word.split()[0].isupper() else "AEIOU"
    return "an" if word[:1].upper() in vowel_sounds else "a"


def _medium(noun: str, preposition: str, name: str, before: bool) -> str:
    if before:
        return f"{_article(_bare(name))} {_bare(name)} {noun}"
    return f"{_article(noun)} {noun} {preposition} {name}"


def _medium_of_two_outlets(rng: random.Random) -> tuple[str, str]:
    """One report names the outlet before the medium, the other after it, and the outlets differ."""
    noun, preposition, names, frame = rng.choice(_MEDIA)
    one, other = rng.sample(names, 2)
    before = rng.random() < 0.5
    person, clause, day = rng.choice(_PEOPLE), rng.choice(_CLAUSES), rng.choice(_DAYS)
    sentences = []
    for name, first in ((one, before), (other, not before)):
        medium = _medium(noun, preposition, name, first)
        fill = {"medium": medium, "Medium": _capitalised(medium), "person": person, "day": day}
        sentences.append(frame.format(clause=clause, **fill))
    return sentences[0], sentences[1]


def _swapped(rng: random.Random) -> tuple[str, str]:
    kind = rng.random()
    if kind < 0.25:
        return _medium_of_two_outlets(rng)
    if kind < 0.35:
        one, other = rng.sample(_ACRONYMS, 2)
        slot = rng.choice(_OUTLET_SLOTS)
    elif kind < 0.7:
        one, other = rng.sample(_OUTLETS, 2)
        slot = rng.choice(_OUTLET_SLOTS + _PRINT_SLOTS)
    else:
        one, other = rng.sample(_BODIES, 2)
        slot = rng.choice(_BODY_SLOTS)
    person, clause, day = rng.choice(_PEOPLE), rng.choice(_CLAUSES), rng.choice(_DAYS)
    return _sentence(slot, one, person, clause, day), _sentence(slot, other, person, clause, day)


# One outlet or body in two forms, with the slots each kind stands in.
_ALIASES = (
    ("the Times", "The New York Times", _OUTLET_SLOTS + _PRINT_SLOTS),
    ("the Post", "The Washington Post", _OUTLET_SLOTS + _PRINT_SLOTS),
    ("the Journal", "The Wall Street Journal", _OUTLET_SLOTS + _PRINT_SLOTS),
    ("WSJ", "The Wall Street Journal", _OUTLET_SLOTS + _PRINT_SLOTS),
    ("the AP", "The Associated Press", _OUTLET_SLOTS),
    ("NPR", "National Public Radio", _OUTLET_SLOTS),
    ("CBN", "the Christian Broadcasting Network", _OUTLET_SLOTS),
    ("EWTN", "the Eternal Word Television Network", _OUTLET_SLOTS),
    ("the ACLU", "the American Civil Liberties Union", _BODY_SLOTS),
    ("the GAO", "the Government Accountability Office", _BODY_SLOTS),
    ("the CBO", "the Congressional Budget Office", _BODY_SLOTS),
    ("the SEC", "the Securities and Exchange Commission", _BODY_SLOTS),
)


def _one_outlet_in_two_forms(rng: random.Random) -> tuple[str, str]:
    one, other, slots = rng.choice(_ALIASES)
    if rng.random() < 0.5:
        one, other = other, one
    slot = rng.choice(slots)
    person, clause, day = rng.choice(_PEOPLE), rng.choice(_CLAUSES), rng.choice(_DAYS)
    return _sentence(slot, one, person, clause, day), _sentence(slot, other, person, clause, day)


def _one_medium_in_two_shapes(rng: random.Random) -> tuple[str, str]:
    """ "a Washington Post op-ed" / "an op-ed in The Washington Post": one outlet, before and after its medium."""
    noun, preposition, names, frame = rng.choice(_MEDIA)
    name = rng.choice(names)
    person, clause, day = rng.choice(_PEOPLE), rng.choice(_CLAUSES), rng.choice(_DAYS)
    sentences = []
    for before in (True, False):
        medium = _medium(noun, preposition, name, before)
        fill = {"medium": medium, "Medium": _capitalised(medium), "person": person, "day": day}
        sentences.append(frame.format(clause=clause, **fill))
    return sentences[0], sentences[1]


def _two_slots(rng: random.Random) -> tuple[str, str]:
    """The outlet one reporter was told something by, and another outlet as the source of the whole claim."""
    one, other = rng.sample(_ACRONYMS + _OUTLETS, 2)
    person, clause, day = rng.choice(_PEOPLE), rng.choice(_CLAUSES), rng.choice(_DAYS)
    if rng.random() < 0.3:
        # An interview given to one outlet, a poll by another: two media.
        return (
            f"{person} said in {_medium('interview', 'with', one, True)} on {day} that {clause}.",
            f"{_capitalised(_medium('poll', 'by', rng.choice(('Gallup', 'Pew')), False))} released on {day} found "
            f"that {clause}.",
        )
    return (
        f"{person} told {one} on {day} that {clause}.",
        f"{person} said on {day} that {clause}, according to {other}.",
    )


def _generated(make: Callable[[random.Random], tuple[str, str]], seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [make(rng) for _ in range(_CASES)]


def test_an_outlet_or_body_swapped_in_one_slot_is_a_name_conflict() -> None:
    missed = [(a, b) for a, b in _generated(_swapped, 1) if "name" not in {k for k, _, _ in linked_conflicts(a, b)}]
    assert not missed, f"{len(missed)} of {_CASES} missed, e.g. {missed[:3]}"


@pytest.mark.parametrize(
    "make", [_one_outlet_in_two_forms, _one_medium_in_two_shapes, _two_slots], ids=lambda make: make.__name__
)
def test_one_outlet_in_two_forms_or_two_slots_are_no_conflict(make: Callable[[random.Random], tuple[str, str]]) -> None:
    flagged = [(a, b, found) for a, b in _generated(make, 2) if (found := linked_conflicts(a, b))]
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"
