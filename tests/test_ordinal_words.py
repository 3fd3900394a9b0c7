"""Ordinals written in words: a rank bound to the noun it ranks, as "the 44th president" is.

Class: an ordinal in words, simple ("third", "eighteenth", "twentieth", "sixtieth") or compound ("twenty-first",
"thirty-fifth"), after a determiner or a possessive ("the", "its", "her") and before the noun it ranks, adjectives
between ("its eighteenth annual meeting", "the ninth straight loss"). Two ranks of one thing are a number conflict
("the eighteenth person charged" / "the twentieth person charged"), whichever way each is written ("eighteenth" /
"20th").

Guards (no conflict): one rank in two forms ("eighteenth" / "18th", "twenty-first" / "21st"), "first-ever" /
"first" (an emphasis, not another rank), and ranks of two things ("the third person charged" / "the fourth officer
to resign").
"""

from __future__ import annotations

import random
from collections.abc import Callable

from class_cases import linked_conflicts

_CASES = 40
_UNITS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_TENS = {20: ("twenty", "twentieth"), 30: ("thirty", "thirtieth"), 40: ("forty", "fortieth")}
_TENS |= {50: ("fifty", "fiftieth"), 60: ("sixty", "sixtieth"), 70: ("seventy", "seventieth")}
_TENS |= {80: ("eighty", "eightieth"), 90: ("ninety", "ninetieth")}
Case = tuple[str, str]


def _in_words(rank: int) -> str:
    """An ordinal in words, 1 to 99: "eighteenth", "twentieth", "thirty-fifth"."""
    if rank < 20:
        return _UNITS[rank - 1]
    tens, units = divmod(rank, 10)
    cardinal, ordinal = _TENS[tens * 10]
    return ordinal if units == 0 else f"{cardinal}-{_UNITS[units - 1]}"


def _in_digits(rank: int) -> str:
    suffix = "th" if rank % 100 in {11, 12, 13} else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"


_FIRST = ("Jane", "Maria", "Loretta", "Priya", "Helen", "Grace", "Angela", "Sofia")
_LAST = ("Roe", "Webb", "Delgado", "Nakamura", "Brennan", "Okafor", "Harmon", "Lindqvist")
# (sentence with {rank}, which ranks it allows): the rank before its noun, adjectives between or not.
_FRAMES = (
    ("{name} was the {rank} person charged in the bribery scheme, prosecutors said on {day}.", range(2, 40)),
    ("{name} became the {rank} woman to lead the agency when she was sworn in on {day}.", range(2, 30)),
    ("The company held its {rank} annual shareholder meeting in Denver on {day}.", range(5, 99)),
    ("The museum celebrated its {rank} anniversary with a free concert on {day}.", range(10, 99)),
    ("The team lost for the {rank} straight time on {day}, its worst run in a decade.", range(3, 25)),
    ("{name} testified before the committee for the {rank} time on {day}.", range(2, 20)),
    ("The strike entered its {rank} day on {day}, with no talks scheduled.", range(3, 60)),
    ("The council delayed the vote for the {rank} consecutive week on {day}.", range(2, 20)),
    ("It was the {rank} shooting in the city this year, police said on {day}.", range(5, 90)),
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _fill(rng: random.Random, frame: str) -> Callable[[str], str]:
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    day = rng.choice(_DAYS)

    def with_rank(rank: str) -> str:
        return frame.format(rank=rank, name=name, day=day)

    return with_rank


def _two_ranks(rng: random.Random) -> Case:
    """Two ranks of one thing, both in words or one in digits."""
    frame, ranks = rng.choice(_FRAMES)
    one = rng.choice(ranks)
    other = one + rng.choice((-2, -1, 1, 2)) if one > 3 else one + rng.choice((1, 2))
    sentence = _fill(rng, frame)
    if rng.random() < 0.25:
        return sentence(_in_words(one)), sentence(_in_digits(other))
    return sentence(_in_words(one)), sentence(_in_words(other))


def _one_rank_in_two_forms(rng: random.Random) -> Case:
    frame, ranks = rng.choice(_FRAMES)
    sentence = _fill(rng, frame)
    if rng.random() < 0.25:
        # "first-ever" stresses that nothing came before; it is the same rank as "first".
        frame = rng.choice(
            (
                "{name} became the {rank} woman to lead the agency when she was sworn in on {day}.",
                "The two leaders held their {rank} summit in Geneva on {day}, officials said.",
                "The city opened its {rank} bike lane on Main Street on {day}.",
            )
        )
        sentence = _fill(rng, frame)
        return sentence("first-ever"), sentence("first")
    rank = rng.choice(ranks)
    return sentence(_in_words(rank)), sentence(_in_digits(rank))


def _ranks_of_two_things(rng: random.Random) -> Case:
    """Two ranks in one sentence shape, each of another noun: "the third person charged" / "the fourth officer
    to resign"."""
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    day = rng.choice(_DAYS)
    one, other = rng.sample(range(2, 30), 2)
    things = rng.sample(
        ("person charged in the scheme", "officer to resign over the scandal", "lawmaker to call for an inquiry"), 2
    )
    return (
        f"{name} was the {_in_words(one)} {things[0]}, officials said on {day}.",
        f"{name} was the {_in_words(other)} {things[1]}, officials said on {day}.",
    )


def _generated(make: Callable[[random.Random], Case], seed: int) -> list[Case]:
    rng = random.Random(seed)
    return [make(rng) for _ in range(_CASES)]


def test_two_ranks_of_one_thing_written_in_words_conflict() -> None:
    missed = [(a, b) for a, b in _generated(_two_ranks, 1) if "number" not in {k for k, _, _ in linked_conflicts(a, b)}]
    assert not missed, f"{len(missed)} of {_CASES} missed, e.g. {missed[:3]}"


def test_one_rank_in_two_forms_is_no_conflict() -> None:
    flagged = [(a, b, found) for a, b in _generated(_one_rank_in_two_forms, 2) if (found := linked_conflicts(a, b))]
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"


def test_ranks_of_two_things_are_no_conflict() -> None:
    flagged = [(a, b, found) for a, b in _generated(_ranks_of_two_things, 3) if (found := linked_conflicts(a, b))]
    assert not flagged, f"{len(flagged)} of {_CASES} flagged, e.g. {flagged[:3]}"
