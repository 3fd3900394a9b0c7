"""A count of a part beside the count of its whole: two counts of two things, never a conflict.

Class: a count qualified by a part of the event, a place ("190 people died in Rieti province", "In Ardena, 40
were injured", "killed 12 people in Corvale and 9 in Pavola") or a group ("including 12 children", "12 of them
children", "among them 12 women"), beside an unqualified count of the same outcome in the other report ("The quake
has killed at least 247 people") is a count of another thing: the part's count, not the total's. Parts whose sum is
the total agree with it; parts whose sum differs from it are left unread too, since nothing says the two reports
count one scope (one may count a province the other leaves out). The qualifier is bound to its count through the
sentence: a phrase of place after the count in its own clause or conjunct ("57 in Ascoli Piceno"), after the verb
whose subject or object the count is, or set before the clause ("In Rieti province, 190 people died").

Guards, which stay conflicts: two counts of one scope with different values, both unqualified ("The quake killed
247 people" / "The quake killed 250 people"), both of one place ("190 people died in Rieti" / "In Rieti, 195
people died"), of a place the other sentence names as the event's ("The quake in Rieti killed 247 people" / "250
people died in Rieti"), a total given with its parts against another total ("killed 30 people, including 12 in
Kelham" / "killed 28 people"), a sole place its count's report names in another claim too, the event's own ("A
storm swept across the region, hitting Kelham hardest. 70 people died in Kelham." / "85 people were killed"), and a
count bound by "in" to the event itself, no place ("12 people died in the crash" / "The crash killed 14 people").

The reports are made by code: invented quakes, storms, fires and police raids, over five outcomes (killed, injured,
arrested, evacuated, homes destroyed), places (provinces, towns, hospitals, a school), groups (children, women, the
elderly), sentence frames, and figures in digits or words with hedges ("at least", "about", "more than").
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import NamedTuple

import pytest

from class_cases import generated, second_sentences_findings

_CASES = 40
# The share of a group's cases whose count sentences must link.
_LINKED = 0.75


class _Outcome(NamedTuple):
    """How reports tell one outcome: frames of a total, of the count of one place, of counts of two places, and the
    scene the outcome belongs to. Slots: {cause} ("The quake"), {n} and {N} (the count, {N} capitalised), {m} a
    second count, {p} and {q} places, and {P} a place as a sentence opens with it."""

    totals: tuple[str, ...]
    one_place: tuple[str, ...]
    two_places: tuple[str, ...]
    scene: str


_KILLED = _Outcome(
    (
        "The {cause} has killed {n} people.",
        "{N} people were killed, officials said.",
        "The {cause} killed {n} people, officials said.",
        "Officials said {n} people died.",
    ),
    (
        "{N} people died in {p}.",
        "{N} people were killed in {p}, officials said.",
        "The {cause} killed {n} people in {p}.",
        "In {p}, {n} people were killed.",
        "Officials said {n} people died in {p}.",
    ),
    (
        "{N} people died in {p} and {m} in {q}.",
        "The {cause} killed {n} people in {p} and {m} in {q}.",
        "{N} people were killed in {p}, and {m} in {q}.",
    ),
    "quake",
)
_INJURED = _Outcome(
    (
        "The {cause} injured {n} people.",
        "{N} people were injured, officials said.",
        "Officials said {n} people were hurt.",
    ),
    (
        "{N} people were injured in {p}.",
        "The {cause} injured {n} people in {p}.",
        "In {p}, {n} people were injured.",
        "{N} people were hurt at {p}, officials said.",
    ),
    (
        "{N} people were injured in {p} and {m} in {q}.",
        "The {cause} injured {n} people in {p} and {m} in {q}.",
    ),
    "storm",
)
_ARRESTED = _Outcome(
    (
        "Police arrested {n} people.",
        "{N} people were arrested, police said.",
    ),
    (
        "Police arrested {n} people in {p}.",
        "{N} people were arrested in {p}.",
        "In {p}, police arrested {n} people.",
    ),
    (
        "Police arrested {n} people in {p} and {m} in {q}.",
        "{N} people were arrested in {p} and {m} in {q}.",
    ),
    "raid",
)
_EVACUATED = _Outcome(
    (
        "{N} people were evacuated, officials said.",
        "Officials evacuated {n} people.",
    ),
    (
        "{N} people were evacuated from {p}.",
        "Officials evacuated {n} people in {p}.",
        "In {p}, {n} people were evacuated.",
    ),
    (
        "{N} people were evacuated from {p} and {m} from {q}.",
        "Officials evacuated {n} people in {p} and {m} in {q}.",
    ),
    "fire",
)
_HOMES = _Outcome(
    (
        "The {cause} destroyed {n} homes.",
        "{N} homes were destroyed, officials said.",
    ),
    (
        "{N} homes were destroyed in {p}.",
        "The {cause} destroyed {n} homes in {p}.",
        "In {p}, {n} homes were destroyed.",
    ),
    (
        "{N} homes were destroyed in {p} and {m} in {q}.",
        "The {cause} destroyed {n} homes in {p} and {m} in {q}.",
    ),
    "storm",
)
_OUTCOMES = (_KILLED, _INJURED, _ARRESTED, _EVACUATED, _HOMES)


class _Scene(NamedTuple):
    opening: str
    cause: str
    places: tuple[str, ...]


_SCENES = {
    "quake": _Scene(
        "A strong earthquake struck the Velden region on {day}.",
        "quake",
        ("Rieti province", "Ascoli Piceno", "the province of Ardena", "the town of Sarnico", "Corvale", "Pavola"),
    ),
    "storm": _Scene(
        "A storm swept across the Velden region on {day}.",
        "storm",
        ("Kelham", "Ashby", "the Dunmere district", "Granby county", "St Mary's Hospital", "the Holt Road school"),
    ),
    "raid": _Scene(
        "Police raided homes across the Velden region on {day}.",
        "raid",
        ("Kelham", "Ashby", "Dunmere", "the town of Granby", "Corlake"),
    ),
    "fire": _Scene(
        "A wildfire spread across the Velden region on {day}.",
        "fire",
        ("Kelham", "Ashby", "the Dunmere district", "Granby", "the village of Holt"),
    ),
}
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_OWN = ("Rescue teams worked through the night.", "Schools will stay closed this week.")
_OTHER = ("Television pictures showed the scale of the damage.", "A relief fund has been opened.")
_TOTAL_HEDGES = ("", "", "at least", "more than", "about")
_ONES = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _in_words(figure: int) -> str:
    if figure < len(_ONES):
        return _ONES[figure]
    tens, ones = divmod(figure, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _written(figure: int, words: bool, hedge: str = "") -> str:
    number = _in_words(figure) if words and figure < 100 else str(figure)
    return f"{hedge} {number}".strip()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# Who gives every count, so that two reports' count sentences share what real ones share besides the count.
_SOURCE = "the regional civil protection agency"


def _fill(frame: str, scene: _Scene, n: str, m: str = "", p: str = "", q: str = "") -> str:
    sentence = frame.format(cause=scene.cause, n=n, N=_capital(n), m=m, p=p, q=q)
    sentence = sentence.replace("Officials said", f"{_capital(_SOURCE)} said").replace(
        "officials said", f"{_SOURCE} said"
    )
    if " said" not in sentence:
        sentence = f"{sentence[:-1]}, {_SOURCE} said."
    return _capital(sentence)


class _Case(NamedTuple):
    a: str
    b: str
    # For a guard: the figures as written that must conflict, A's and B's; ("", "") where no conflict may be found.
    value_a: str
    value_b: str


def _reports(rng: random.Random, scene: _Scene, one: str, other: str) -> tuple[str, str, bool]:
    """Two reports, one count sentence each as its second sentence, in either order; whether `one` is A's."""
    opening = scene.opening.format(day=rng.choice(_DAYS))
    first = rng.random() < 0.5
    a, b = (one, other) if first else (other, one)
    return f"{opening} {a} {rng.choice(_OWN)}", f"{_OTHER[0]} {b} {_OTHER[1]}", first


def _total_and_parts(rng: random.Random, relation: str) -> _Case:
    """A total in one report, the count of one place ("one"), or of two places summing to it ("sum") or not
    ("other sum"), in the other."""
    outcome = rng.choice(_OUTCOMES)
    scene = _SCENES[outcome.scene]
    words = rng.random() < 0.3
    total = rng.randint(30, 400)
    told = _fill(rng.choice(outcome.totals), scene, _written(total, words, rng.choice(_TOTAL_HEDGES)))
    p, q = rng.sample(scene.places, 2)
    part = rng.randint(total // 4, total - 5)
    if relation == "one":
        parts = _fill(rng.choice(outcome.one_place), scene, _written(part, words), p=p)
    else:
        rest = total - part if relation == "sum" else total - part + rng.choice((-3, -2, 2, 5))
        frame = rng.choice(outcome.two_places)
        parts = _fill(frame, scene, _written(part, words), _written(rest, words), p, q)
    a, b, _ = _reports(rng, scene, told, parts)
    return _Case(a, b, "", "")


# Groups a total's sentence names a part of, each as it is told after the total, and as the other report tells it.
_GROUPS = (
    (", including {n} children", "{N} children died in the {cause}."),
    (", {n} of them children", "The {cause} killed {n} children."),
    (", among them {n} women", "{N} women were among the dead."),
    (", including {n} elderly residents", "{N} elderly residents were killed."),
)
_GROUP_TOTALS = ("The {cause} killed {t} people{group}.", "{T} people were killed in the {cause}{group}.")


def _total_with_a_group(rng: random.Random) -> _Case:
    """ "The storm killed 30 people, including 12 children" / "12 children died in the storm": the part told as such
    by both, its count written alike or not; no conflict, and none with the total."""
    scene = _SCENES[rng.choice(("quake", "storm"))]
    words = rng.random() < 0.4
    total = rng.randint(20, 90)
    part = rng.randint(3, total - 5)
    after, other = rng.choice(_GROUPS)
    group = after.format(n=_written(part, words))
    frame = rng.choice(_GROUP_TOTALS)
    told = _capital(frame.format(cause=scene.cause, t=_written(total, words), T=_written(total, words), group=group))
    alone = _fill(other, scene, _written(part, not words))
    a, b, _ = _reports(rng, scene, told, alone)
    return _Case(a, b, "", "")


def _total_with_a_place(rng: random.Random) -> _Case:
    """ "The storm killed 30 people, 12 of them in Kelham" / "12 people died in Kelham": the part of one place told by
    both; no conflict."""
    scene = _SCENES[rng.choice(("quake", "storm"))]
    words = rng.random() < 0.4
    total = rng.randint(20, 300)
    part = rng.randint(3, total - 5)
    p = rng.choice(scene.places)
    tail = rng.choice((", {n} of them in {p}", ", including {n} in {p}"))
    told = f"The {scene.cause} killed {_written(total, words)} people{tail.format(n=_written(part, words), p=p)}."
    alone = _fill(rng.choice(_KILLED.one_place), scene, _written(part, words), p=p)
    a, b, _ = _reports(rng, scene, told, alone)
    return _Case(a, b, "", "")


def _another(rng: random.Random, figure: int) -> int:
    """Another exact figure of one count, near it, neither a round figure ("300" may be "308" rounded)."""
    while True:
        other = figure + rng.choice((-1, 1)) * rng.randint(2, max(3, figure // 8))
        if other > 2 and other % 10 and figure % 10:
            return other
        figure = figure + 1 if figure % 10 == 0 else figure


def _two_figures_of_one_place(rng: random.Random) -> tuple[_Outcome, _Scene, bool, int, str, str, str]:
    """An outcome, its scene, whether figures are written in words, a figure, the two figures as written, a place."""
    outcome = rng.choice(_OUTCOMES)
    scene = _SCENES[outcome.scene]
    words = rng.random() < 0.3
    figure = rng.randint(20, 400)
    other = _another(rng, figure)
    return outcome, scene, words, figure, _written(figure, words), _written(other, words), rng.choice(scene.places)


def _guard_case(rng: random.Random, kind: str) -> _Case:
    """Two counts of one scope with different figures: a conflict of those figures."""
    outcome, scene, words, figure, n, m, p = _two_figures_of_one_place(rng)
    if kind == "totals":
        one, two = rng.sample(outcome.totals, 2) if len(outcome.totals) > 1 else outcome.totals * 2
        one_text, two_text = _fill(one, scene, n), _fill(two, scene, m)
    elif kind == "place":
        one, two = rng.sample(outcome.one_place, 2)
        one_text, two_text = _fill(one, scene, n, p=p), _fill(two, scene, m, p=p)
    elif kind == "named":
        one_text = _fill(rng.choice(outcome.one_place), scene, n, p=p)
        two_text = _NAMED[outcome].format(cause=scene.cause, p=p, m=m)
    else:
        # A total with its parts against another total.
        part = rng.randint(2, figure - 2)
        tail = rng.choice((", including {k} in {p}", ", {k} of them in {p}", ", including {k} children"))
        verb, noun = _WITH_PARTS[outcome]
        one_text = f"{verb.format(cause=scene.cause)} {n} {noun}{tail.format(k=_written(part, words), p=p)}."
        two_text = f"{verb.format(cause=scene.cause)} {m} {noun}."
    a, b, first = _reports(rng, scene, one_text, two_text)
    return _Case(a, b, n if first else m, m if first else n)


# Each outcome told of a place the sentence names as the event's, not as its count's.
_NAMED = {
    _KILLED: "The {cause} in {p} killed {m} people.",
    _INJURED: "The {cause} in {p} injured {m} people.",
    _ARRESTED: "Police in {p} arrested {m} people.",
    _EVACUATED: "Officials in {p} evacuated {m} people.",
    _HOMES: "The {cause} in {p} destroyed {m} homes.",
}
# Each outcome's act and what it counts, to tell a total with its parts after it.
_WITH_PARTS = {
    _KILLED: ("The {cause} killed", "people"),
    _INJURED: ("The {cause} injured", "people"),
    _ARRESTED: ("Police arrested", "people"),
    _EVACUATED: ("Officials evacuated", "people"),
    _HOMES: ("The {cause} destroyed", "homes"),
}


def _event_place_case(rng: random.Random) -> _Case:
    """ "Rescue teams worked through the night in Kelham. 70 people died in Kelham." / "85 people were killed": a
    place the count's own report names in another claim is the event's own, not a part; one scope."""
    outcome, scene, _, _, n, m, p = _two_figures_of_one_place(rng)
    one_text = _fill(rng.choice(outcome.one_place), scene, n, p=p)
    two_text = _fill(rng.choice(outcome.totals), scene, m)
    opening = _capital(f"{scene.opening.format(day=rng.choice(_DAYS))[:-1]}, hitting {p} hardest.")
    first = rng.random() < 0.5
    placed, plain = f"{opening} {one_text} {_OWN[0]}", f"{_OTHER[0]} {two_text} {_OTHER[1]}"
    a, b = (placed, plain) if first else (plain, placed)
    return _Case(a, b, n if first else m, m if first else n)


def _cause_case(rng: random.Random) -> _Case:
    """ "12 people died in the crash" / "The crash killed 14 people": "in" binds the count to the event, no place."""
    cause = rng.choice(("crash", "quake", "fire", "explosion", "collision"))
    figure = rng.randint(5, 90)
    other = _another(rng, figure)
    words = rng.random() < 0.3
    n, m = _written(figure, words), _written(other, words)
    one_text = rng.choice(("{N} people died in the {c}.", "{N} people were killed in the {c}, officials said."))
    one_text = one_text.format(N=_capital(n), c=cause)
    two_text = f"The {cause} killed {m} people."
    scene = _Scene("It happened near Velden on {day}.", cause, ())
    a, b, first = _reports(rng, scene, one_text, two_text)
    return _Case(a, b, n if first else m, m if first else n)


def _right(case: _Case, found: list[tuple[str, str, str, str]] | None) -> bool:
    if not case.value_a:
        return not any(severity == "conflict" for _, severity, _, _ in found or ())
    conflicts = [f for f in found or () if f[1] == "conflict"]
    return len(conflicts) == 1 and (
        conflicts[0][0] == "number"
        and conflicts[0][2].lower().startswith(case.value_a.lower())
        and conflicts[0][3].lower().startswith(case.value_b.lower())
    )


def _wrong(cases: list[_Case]) -> list[tuple[_Case, object]]:
    """The cases read wrong. Cases that expect no conflict must mostly link, or they test nothing."""
    found = [second_sentences_findings(case.a, case.b) for case in cases]
    assert sum(f is not None for f in found) >= len(cases) * _LINKED, "the count sentences of too few cases link"
    return [(case, f) for case, f in zip(cases, found, strict=True) if not _right(case, f)]


# Each class with its seed: the class's cases, then the guards (two counts of one scope), which must still conflict.
_CLASSES: tuple[tuple[str, Callable[[random.Random], _Case], int], ...] = (
    ("the count of one place does not conflict with the total", lambda rng: _total_and_parts(rng, "one"), 181),
    ("parts that sum to the total agree with it", lambda rng: _total_and_parts(rng, "sum"), 182),
    ("parts of another sum are left unread", lambda rng: _total_and_parts(rng, "other sum"), 183),
    ("a group named beside a total is its part", _total_with_a_group, 184),
    ("a place named beside a total is its part", _total_with_a_place, 185),
    ("guard: two totals of one outcome conflict", lambda rng: _guard_case(rng, "totals"), 186),
    ("guard: two counts of one place conflict", lambda rng: _guard_case(rng, "place"), 187),
    ("guard: a place the other sentence names is one scope", lambda rng: _guard_case(rng, "named"), 188),
    (
        "guard: a total told with its parts conflicts with another total",
        lambda rng: _guard_case(rng, "with parts"),
        189,
    ),
    ("guard: a count in the event is no count of a place", _cause_case, 190),
    ("guard: a place its report names in another claim is the event's own", _event_place_case, 191),
)


@pytest.mark.parametrize(("make", "seed"), [c[1:] for c in _CLASSES], ids=[c[0] for c in _CLASSES])
def test_counts_of_parts_and_wholes(make: Callable[[random.Random], _Case], seed: int) -> None:
    assert not _wrong(generated(make, seed, _CASES))
