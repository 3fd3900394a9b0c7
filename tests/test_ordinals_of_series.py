"""Ordinals of two series, two owners or two items: no conflict; one thing's own rank changed: a conflict.

Class: an ordinal before the noun it ranks is the value of a fact only when both sentences bind it to the same
counted noun with the same modifiers (the series: "her first Wimbledon title" / "her third major title" rank two
series of titles, "her first Wimbledon title" / "her third Wimbledon final" two counted nouns; a bare noun, "her
second title", may be either series told shorter, so it compares with both), the same owner (a possessive, "her"
bound to its clause's subject, "Williams's": "Williams, seeking her eighth title" / "Muguruza won her second
title" rank two players' titles), and the same role. An ordinal in a noun phrase that describes the subject (a
predicate nominal, "was the third person charged"; an apposition, "Obama, the 44th president") is the subject's
value; one that picks the object or the adjunct an act is about ("clinched the second set", "scored in the first
half", "lost in the third round") names which item, so two ordinals there are two acts.

Guards (a conflict): one subject's own rank changed as a predicate nominal or an apposition, a possessive rank of one
owner and one series ("his second term as mayor" / "his third term as mayor"), a bare noun against the same noun
modified ("his second term" / "his third term as mayor"), a placing ("finished third" / "finished fourth"), and an
item's sentence copied word for word but for its ordinal (a copy that changed its figure: see
``_numbers._changed_in_a_copy``).
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

import compare
from class_cases import Case, generated, linked_conflicts

_CASES = 40
_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_WOMEN = ("Garbine Alvarez", "Helena Varga", "Marta Kowal", "Lucia Brandt", "Ines Moreau", "Petra Lindqvist")
_MEN = ("Daniel Okafor", "Tomas Reyes", "Paul Brennan", "Ivan Petrov", "Samuel Harmon", "Luca Ferri")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(rank: int, rng: random.Random) -> str:
    """A rank in words (most often) or in digits with its suffix."""
    if rank <= len(_WORDS) and rng.random() < 0.7:
        return _WORDS[rank - 1]
    suffix = "th" if rank % 100 in {11, 12, 13} else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"


def _two_ranks(rng: random.Random, top: int = 12) -> tuple[str, str]:
    one, other = rng.sample(range(1, top + 1), 2)
    return _ordinal(one, rng), _ordinal(other, rng)


def _surname(name: str) -> str:
    return name.split()[-1]


def _either_way(case: Case, rng: random.Random) -> Case:
    """The case as made or the other way round, so that each class is read from both sides."""
    return case if rng.random() < 0.5 else (case[1], case[0])


def _conflicts(a: str, b: str) -> list[tuple[str, str, str]]:
    """Every conflict of two reports, linked or not (an ordinal of another series, owner or item may still link)."""
    result = compare.compare(a, b)
    return [(c.kind, c.a_value, c.b_value) for link in result.links for c in link.conflicts if c.is_conflict]


# Series: one head noun, two sets of modifiers, each a kind of the noun; one owner, one act.
_SERIES = (
    ("title", ("Wimbledon", "Grand Slam", "major", "world", "clay-court", "Olympic")),
    ("term", ("ministerial", "presidential", "parliamentary", "congressional", "mayoral")),
    ("goal", ("league", "international", "Champions League", "World Cup", "cup")),
    ("medal", ("gold", "Olympic", "world championship", "European")),
    ("win", ("road", "home", "playoff", "conference", "season-opening")),
)
_SERIES_FRAMES = (
    ("{name} won {his} {rank} {series} on {day}.", "{name} claimed {his} {rank} {series} on {day}."),
    (
        "{name} celebrated {his} {rank} {series} in the capital on {day}.",
        "On {day}, {name} secured {his} {rank} {series}.",
    ),
    ("It was {surname}'s {rank} {series}, officials said on {day}.", "{name} marked {his} {rank} {series} on {day}."),
)


def _series_case(rng: random.Random) -> Case:
    """One owner's ranks of two series of one noun: "her first Wimbledon title" / "her third major title"."""
    noun, kinds = rng.choice(_SERIES)
    one, other = rng.sample(kinds, 2)
    first, second = _two_ranks(rng)
    frame_a, frame_b = rng.choice(_SERIES_FRAMES)
    woman = rng.random() < 0.5
    name = rng.choice(_WOMEN if woman else _MEN)
    fill = {"name": name, "surname": _surname(name), "his": "her" if woman else "his", "day": rng.choice(_DAYS)}
    a = frame_a.format(rank=first, series=f"{one} {noun}", **fill)
    b = frame_b.format(rank=second, series=f"{other} {noun}", **fill)
    return _either_way((a, b), rng)


# Two counted nouns of one story with the same modifier: a final is not a title, a start is not a goal.
_NOUNS = (
    ("Wimbledon", ("title", "final", "match", "appearance")),
    ("league", ("goal", "start", "appearance", "win")),
    ("Olympic", ("medal", "final", "Games", "race")),
    ("presidential", ("campaign", "debate", "term", "veto")),
)


def _nouns_case(rng: random.Random) -> Case:
    """One owner's ranks of two counted nouns: "her first Wimbledon title" / "her third Wimbledon final"."""
    modifier, nouns = rng.choice(_NOUNS)
    one, other = rng.sample(nouns, 2)
    first, second = _two_ranks(rng)
    frame_a, frame_b = rng.choice(_SERIES_FRAMES)
    woman = rng.random() < 0.5
    name = rng.choice(_WOMEN if woman else _MEN)
    fill = {"name": name, "surname": _surname(name), "his": "her" if woman else "his", "day": rng.choice(_DAYS)}
    a = frame_a.format(rank=first, series=f"{modifier} {one}", **fill)
    b = frame_b.format(rank=second, series=f"{modifier} {other}", **fill)
    return _either_way((a, b), rng)


# Owners: two players of one story, each given a rank of one series.
_OWNER_FRAMES = (
    (
        "{loser}, seeking {his} {rank_l} title, lost to {winner} on {day}.",
        "{winner} beat {loser} on {day} to win {his} {rank_w} title.",
    ),
    (
        "{loser}'s bid for {his} {rank_l} title ended on {day} in a defeat by {winner}.",
        "{winner}'s {rank_w} title came on {day} with a win over {loser}.",
    ),
    (
        "{winner} won {his} {rank_w} title on {day}, beating {loser} in straight sets.",
        "{loser}, chasing {his} {rank_l} title, was beaten by {winner} on {day}.",
    ),
    (
        "{winner} took {his} {rank_w} crown on {day} against {loser}.",
        "{loser}, who was going for {his} {rank_l} crown, fell to {winner} on {day}.",
    ),
)


def _owners_case(rng: random.Random) -> Case:
    """One player's rank against the other's: "Williams, seeking her eighth title" / "Muguruza won her second"."""
    woman = rng.random() < 0.5
    winner, loser = rng.sample(_WOMEN if woman else _MEN, 2)
    rank_w, rank_l = _two_ranks(rng, 20)
    frame_a, frame_b = rng.choice(_OWNER_FRAMES)
    fill = {"winner": winner, "loser": loser, "his": "her" if woman else "his", "day": rng.choice(_DAYS)}
    fill |= {"rank_w": rank_w, "rank_l": rank_l}
    return _either_way((frame_a.format(**fill), frame_b.format(**fill)), rng)


# Items: the ordinal picks which set, half, round... an act is about, as its object or in an adjunct.
_ITEMS = (
    ("{name} clinched the {rank} set with an ace on {day}.", "{name} took the {rank} set after a long rally on {day}."),
    ("{name} scored in the {rank} half of the match on {day}.", "{name} found the net in the {rank} half on {day}."),
    ("{name} was knocked out in the {rank} round on {day}.", "{name} went out in the {rank} round on {day}."),
    ("{name}'s side won the {rank} leg at home on {day}.", "{name}'s side lost the {rank} leg away on {day}."),
    ("{name} broke serve in the {rank} game on {day}.", "{name} dropped serve in the {rank} game on {day}."),
    ("{name} was injured in the {rank} quarter on {day}.", "{name} limped off in the {rank} quarter on {day}."),
    ("{name} crashed during the {rank} stage of the race on {day}.", "{name} attacked on the {rank} stage on {day}."),
    (
        "{name} testified on the {rank} day of the trial on {day}.",
        "{name} wept on the {rank} day of the hearing on {day}.",
    ),
    (
        "The fire broke out on the {rank} floor of the hotel on {day}.",
        "Firefighters reached the {rank} floor of the hotel on {day}.",
    ),
    ("{name} overtook a rival on the {rank} lap on {day}.", "{name} pitted on the {rank} lap on {day}."),
)


def _items_case(rng: random.Random) -> Case:
    """Two acts about two items of one series: "clinched the second set" / "took the first set"."""
    frame_a, frame_b = rng.choice(_ITEMS)
    first, second = _two_ranks(rng, 4)
    fill = {"name": rng.choice(_WOMEN + _MEN), "day": rng.choice(_DAYS)}
    return _either_way((frame_a.format(rank=first, **fill), frame_b.format(rank=second, **fill)), rng)


# Guards: one subject's own rank, told twice with different ranks.
_OWN_RANKS = (
    (
        "{name} was the {one} person charged in the case, prosecutors said on {day}.",
        "Prosecutors said on {day} that {name} was the {other} person charged in the case.",
    ),
    (
        "{name}, the {one} person charged in the case, appeared in court on {day}.",
        "{name}, the {other} person to be charged in the case, appeared in court on {day}.",
    ),
    (
        "{name}, the {one} president of the club, resigned on {day}.",
        "The club's {other} president, {name}, resigned on {day}.",
    ),
    (
        "{name} was the {one} president of the club, its records show.",
        "Club records list {name} as its {other} president.",
    ),
    ("{name} won {his} {one} term as mayor on {day}.", "{name} was elected to {his} {other} term as mayor on {day}."),
    ("{name} won {his} {one} term on {day}.", "{name} was elected to {his} {other} term as mayor on {day}."),
    ("{name} won {his} {one} Wimbledon title on {day}.", "On {day}, {name} claimed {his} {other} Wimbledon title."),
    (
        "{name} became the {one} woman to lead the agency on {day}.",
        "On {day}, {name} became the agency's {other} woman leader.",
    ),
)


def _own_rank_case(rng: random.Random) -> Case:
    frame_a, frame_b = rng.choice(_OWN_RANKS)
    one, other = _two_ranks(rng, 50)
    woman = rng.random() < 0.5 or "woman" in frame_a
    name = rng.choice(_WOMEN if woman else _MEN)
    fill = {"name": name, "his": "her" if woman else "his", "day": rng.choice(_DAYS), "one": one, "other": other}
    return _either_way((frame_a.format(**fill), frame_b.format(**fill)), rng)


_PLACINGS = (
    ("{name} finished {one} in the race on {day}.", "{name} finished {other} in the {day} race."),
    ("{name} came {one} in the final on {day}, officials said.", "{name} came {other} in {day}'s final."),
    ("{name} placed {one} in the giant slalom on {day}.", "On {day}, {name} placed {other} in the giant slalom."),
)


def _placing_case(rng: random.Random) -> Case:
    """One runner's placing changed: "finished third" / "finished fourth"."""
    frame_a, frame_b = rng.choice(_PLACINGS)
    one, other = rng.sample(_WORDS[:12], 2)
    fill = {"name": rng.choice(_WOMEN + _MEN), "day": rng.choice(_DAYS), "one": one, "other": other}
    return _either_way((frame_a.format(**fill), frame_b.format(**fill)), rng)


def _copied_item_case(rng: random.Random) -> Case:
    """An item's sentence copied word for word but for its ordinal: a copy that changed its figure."""
    frame, _ = rng.choice(_ITEMS)
    first, second = _two_ranks(rng, 4)
    fill = {"name": rng.choice(_WOMEN + _MEN), "day": rng.choice(_DAYS)}
    return frame.format(rank=first, **fill), frame.format(rank=second, **fill)


def _flagged(make: Callable[[random.Random], Case], seed: int) -> list[tuple[str, str, object]]:
    return [(a, b, found) for a, b in generated(make, seed, _CASES) if (found := _conflicts(a, b))]


def _missed(make: Callable[[random.Random], Case], seed: int) -> list[tuple[str, str, object]]:
    wrong: list[tuple[str, str, object]] = []
    for a, b in generated(make, seed, _CASES):
        found = linked_conflicts(a, b)
        if not any(kind == "number" for kind, _, _ in found):
            wrong.append((a, b, found))
    return wrong


def test_ranks_of_two_series_are_no_conflict() -> None:
    flagged = _flagged(_series_case, 1)
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"


@pytest.mark.xfail(
    strict=True,
    reason="two head nouns that share a modifier compare; read as two series, they would also part 'the agency's 15th"
    " woman leader' / 'the eleventh woman to lead the agency' (a guard below)",
)
def test_ranks_of_two_counted_nouns_are_no_conflict() -> None:
    flagged = _flagged(_nouns_case, 7)
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"


def test_ranks_of_two_owners_are_no_conflict() -> None:
    flagged = _flagged(_owners_case, 2)
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"


@pytest.mark.xfail(
    strict=True,
    reason="a rank that picks an act's item is read as a value: read as two acts, two items also parted a rewrite"
    " of one act in other words (the second rewrite set's validation half lost an injected ordinal error)",
)
def test_ranks_that_pick_two_items_are_no_conflict() -> None:
    flagged = _flagged(_items_case, 3)
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"


def test_one_subjects_own_rank_changed_conflicts() -> None:
    missed = _missed(_own_rank_case, 4)
    assert not missed, f"{len(missed)} of {_CASES} missed, e.g. {missed[:3]}"


def test_a_placing_changed_conflicts() -> None:
    missed = _missed(_placing_case, 5)
    assert not missed, f"{len(missed)} of {_CASES} missed, e.g. {missed[:3]}"


def test_an_items_sentence_copied_but_for_its_ordinal_conflicts() -> None:
    missed = _missed(_copied_item_case, 6)
    assert not missed, f"{len(missed)} of {_CASES} missed, e.g. {missed[:3]}"
