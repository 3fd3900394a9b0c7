"""Distances from a place (issue 18): a DISTANCE of one act or thing FROM a place ("N miles from X", "N km northeast
of X", "N metres off the coast", "about a kilometre from the port").

Class: two such distances are one fact when they measure the sentence's one act (crashed, capsized, sank, struck)
from the same place: the same name, or the same common noun or its kin (shore / coast, port / harbour). Then values
that differ after unit conversion (miles, kilometres, metres, "half a mile", "a kilometre") conflict; a hedged value
and one within its reach ("about 10 km" / "9.5 km"), or one distance given in two units ("10 miles" / "16
kilometres"), do not.

Guards, no conflict: two distances from two places ("10 miles from Buffalo" / "30 miles from Rochester"), distances
of two acts ("the plane crashed 6 miles from the airport" / "the pilot radioed 20 miles from the airport"), and a
distance beside a length ("a 10-mile road").

The reports are made by code, crossing events (each in two sentence frames), places, and pairs of values.
"""

from __future__ import annotations

import itertools

import pytest

import compare

# Each event: A's sentence and B's, one act told in other words, with {where} the distance and its place.
EVENTS = (
    ("The plane crashed {where} late on Thursday.", "Late on Thursday the plane went down {where}."),
    ("The ferry capsized {where} on Sunday, officials said.", "Officials said the ferry capsized {where} on Sunday."),
    ("The fishing boat sank {where} after a storm.", "After a storm the fishing boat sank {where}."),
    ("The bus plunged into a ravine {where}, police said.", "Police said the bus plunged into a ravine {where}."),
    ("The helicopter came down {where} in heavy fog.", "In heavy fog the helicopter came down {where}."),
)
# One place written twice: a name, a common noun, or a common noun and its kin.
ONE_PLACE = (
    ("from Buffalo Niagara International Airport", "from Buffalo Niagara International Airport"),
    ("northeast of Buffalo", "from Buffalo"),
    ("from the shore", "from the coast"),
    ("off the coast", "from the shore"),
    ("from the port", "from the harbour"),
    ("from the harbor", "from the port"),
    ("from the airport", "from the airport"),
    ("south of the capital", "from the capital"),
)
# Two values of one distance that differ, in one unit or two.
CONFLICTING = (
    ("six miles", "10 miles"),
    ("200 metres", "half a mile"),
    ("200m", "a kilometer"),
    ("3 km", "five miles"),
    ("a mile", "4 kilometres"),
    ("500 metres", "a kilometre"),
    ("two kilometres", "half a mile"),
)
# Two values of one distance that can both be true: one hedged and the other within its reach, or one bound.
COMPATIBLE = (
    ("about 10 km", "9.5 km"),
    ("roughly six miles", "6.2 miles"),
    ("10 miles", "16 kilometres"),
    ("a kilometre", "1,000 metres"),
    ("half a mile", "800 metres"),
    ("less than a mile", "1 km"),
    ("about a mile", "1.5 km"),
)
OPENING = ("Officials gave few details.", "The news spread quickly.")
CLOSING = ("An inquiry has been opened.", "More reports are expected.")


def _reports(sentence_a: str, sentence_b: str) -> tuple[str, str]:
    return f"{OPENING[0]} {sentence_a} {CLOSING[0]}", f"{OPENING[1]} {sentence_b} {CLOSING[1]}"


def _cases(values: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    cases = []
    for n, ((value_a, value_b), (place_a, place_b)) in enumerate(itertools.product(values, ONE_PLACE)):
        frame_a, frame_b = EVENTS[n % len(EVENTS)]
        cases.append((frame_a.format(where=f"{value_a} {place_a}"), frame_b.format(where=f"{value_b} {place_b}")))
    return cases


def _conflicts(comparison: compare.Comparison) -> list[tuple[str, str, str]]:
    return [(c.kind, c.a_value, c.b_value) for link in comparison.conflicts for c in link.conflicts if c.is_conflict]


def _linked(comparison: compare.Comparison) -> bool:
    return any((link.a, link.b) == (1, 1) for link in comparison.links)


@pytest.mark.parametrize(("sentence_a", "sentence_b"), _cases(CONFLICTING))
def test_two_distances_of_one_act_from_one_place_conflict(sentence_a: str, sentence_b: str) -> None:
    comparison = compare.compare(*_reports(sentence_a, sentence_b))
    assert _linked(comparison), "not linked"
    assert [kind for kind, _, _ in _conflicts(comparison)] == ["number"]


@pytest.mark.parametrize(("sentence_a", "sentence_b"), _cases(COMPATIBLE))
def test_compatible_distances_are_no_conflict(sentence_a: str, sentence_b: str) -> None:
    assert not _conflicts(compare.compare(*_reports(sentence_a, sentence_b)))


TWO_PLACES = (
    ("from Buffalo", "from Rochester"),
    ("northeast of the airport", "from the city centre"),
    ("from the port", "from the island"),
    ("off the coast", "from the capital"),
)
TWO_ACTS = (
    ("The plane crashed {a} from the airport.", "The pilot radioed the tower {b} from the airport."),
    ("The ferry capsized {a} from the port.", "The captain sent a distress call {b} from the port."),
    ("The bus plunged into a ravine {a} from the town.", "The bus driver radioed for help {b} from the town."),
)
# Distances read by main, whose acts alone tell them apart.
ACT_DISTANCES = (("six miles", "10 miles"), ("two miles", "nine miles"), ("2 km", "8 km"))
LENGTHS = (
    ("The plane crashed {a} from the airport.", "The plane crashed near a {b}-long road from the airport."),
    ("The bus plunged into a ravine {a} from the town.", "The bus had driven a {b} road from the town."),
)


def _guards() -> list[object]:
    guards: list[object] = []
    for n, ((place_a, place_b), (frame_a, frame_b)) in enumerate(itertools.product(TWO_PLACES, EVENTS)):
        value_a, value_b = CONFLICTING[n % len(CONFLICTING)]
        guards.append(
            pytest.param(frame_a.format(where=f"{value_a} {place_a}"), frame_b.format(where=f"{value_b} {place_b}"))
        )
    for (frame_a, frame_b), (value_a, value_b) in itertools.product(TWO_ACTS, ACT_DISTANCES):
        guards.append(pytest.param(frame_a.format(a=value_a), frame_b.format(b=value_b)))
    for frame_a, frame_b in LENGTHS:
        guards.append(pytest.param(frame_a.format(a="six miles"), frame_b.format(b="10-mile")))
    return guards


@pytest.mark.parametrize(("sentence_a", "sentence_b"), _guards())
def test_distances_from_two_places_of_two_acts_or_a_length_are_no_conflict(sentence_a: str, sentence_b: str) -> None:
    # Two places named for one act may conflict as places ("from Buffalo" / "from Rochester"); not as distances.
    assert "number" not in [kind for kind, _, _ in _conflicts(compare.compare(*_reports(sentence_a, sentence_b)))]


def test_the_tables_make_enough_cases() -> None:
    assert len(_cases(CONFLICTING)) >= 50
    assert len(_cases(COMPATIBLE)) >= 50
    assert len(_guards()) >= 30


# Two sentences that share little but a distance from one place: each tells another part of the story there.
OTHER_WORDS = (
    ("The wreckage was found {where}.", "Divers were still at work {where} on Friday."),
    ("It bobbed above the waves {where}, reporters said.", "Boats combed the sea {where} through the night."),
)
PLACES_OF_A_SEA = (
    ("from the shore", "from the coast"),
    ("off the coast", "off the coast"),
    ("from the port", "from the harbour"),
)


def _other_words_cases() -> list[tuple[str, str]]:
    cases = []
    for (frame_a, frame_b), (place_a, place_b) in itertools.product(OTHER_WORDS, PLACES_OF_A_SEA):
        for value_a, value_b in CONFLICTING:
            cases.append((frame_a.format(where=f"{value_a} {place_a}"), frame_b.format(where=f"{value_b} {place_b}")))
    return cases


@pytest.mark.parametrize(("sentence_a", "sentence_b"), _other_words_cases())
def test_one_distance_links_sentences_told_in_other_words(sentence_a: str, sentence_b: str) -> None:
    comparison = compare.compare(*_reports(sentence_a, sentence_b))
    assert _linked(comparison), "not linked"
    assert [kind for kind, _, _ in _conflicts(comparison)] == ["number"]


@pytest.mark.parametrize(("sentence_a", "sentence_b"), _other_words_cases())
def test_distances_from_two_places_do_not_link_sentences_told_in_other_words(sentence_a: str, sentence_b: str) -> None:
    elsewhere = sentence_b.replace("the coast", "the island").replace("the harbour", "the island")
    assert not _linked(compare.compare(*_reports(sentence_a, elsewhere)))


def test_the_other_words_make_enough_cases() -> None:
    assert len(_other_words_cases()) >= 30
