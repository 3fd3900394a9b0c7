"""Event words in other roles: two sentences of one story that share the story's event word (the crash, the
derailment, the fire) and its place, the word playing another role in each and each sentence asserting another act,
are two claims, no link ("Investigators were sent to the site of the crash near Buffalo" / "The plane crashed near
Buffalo shortly after leaving Newark").

Class: one sentence tells the event by its noun, as an object, after a preposition or as the subject of another
act, and asserts that act (sent, opened an inquiry, tweeted, prompted); the other tells the event by its verb as
its predicate, or says another act of it. Neither shares a figure, a day, a quotation or another content word with
the other. The reports are made by code, crossing events, places and the frames of each side.

Guard, still a link: one act told in other words, its event word kept in the same role or its predicate kin ("The
crash near Buffalo killed 50 passengers" / "50 passengers were killed in the crash near Buffalo", "The plane crashed
near Buffalo" / "The crash occurred near Buffalo" or "The crash near Buffalo was confirmed by the coastguard", "The
crash near Buffalo destroyed the station" / "The crash near Buffalo wrecked the station").
"""

from __future__ import annotations

import random

import compare
from class_cases import Case, generated

# An event: its noun and its verb in the past, of one stem (the engine reads no nominalisation: "explosion" /
# "exploded"), what it happened to, and what came before it.
EVENTS = (
    ("crash", "crashed", "the plane", "leaving Newark"),
    ("derailment", "derailed", "the train", "leaving Patna"),
    ("collapse", "collapsed", "the bridge", "years of warnings"),
    ("capsizing", "capsized", "the ferry", "leaving Ormoc"),
)
PLACES = ("Buffalo", "Kanpur", "Ercis", "Branson", "Genoa", "Leyte")
AGENCIES = ("The NTSB", "The interior ministry", "The regional government", "The coastguard")
LEADERS = ("Prime Minister Narendra Modi", "Governor Mike Parson", "President Erdogan", "Mayor Marco Bucci")
# One side: the event told by its noun, which plays no predicate's part there; the sentence asserts another act.
NOUN_FRAMES = (
    "{agency} has dispatched a team of investigators to the site of the {noun} near {place}.",
    "{leader} tweeted his condolences to the families after the {noun} near {place}.",
    "{agency} opened an inquiry into the {noun} near {place} on behalf of the families.",
    "Rescue crews are still clearing debris from the {noun} near {place}.",
    "The {noun} near {place} prompted calls from unions for tougher safety rules.",
    "Crews are continuing to search the wreckage of the {noun} near {place}.",
)
# The other side: the event told by its verb, the predicate of the sentence.
VERB_FRAMES = (
    "{Thing} {verb} near {place} shortly after {origin}.",
    "Witnesses said {thing} {verb} near {place} without any warning.",
    "{Thing} was carrying about forty passengers when it {verb} near {place}.",
    "Seventeen people have died after {thing} {verb} near {place}.",
)
# One act in other words: the same predicate or a kin one, or the event word in the same role.
SAME_ACT = (
    (
        "The {noun} near {place} killed 50 passengers.",
        "50 passengers were killed in the {noun} near {place}.",
    ),
    (
        "{Thing} {verb} near {place}, killing 50 passengers.",
        "50 passengers died when {thing} {verb} near {place}.",
    ),
    (
        "{Thing} {verb} near {place}.",
        "The {noun} occurred near {place}.",
    ),
    (
        "The {noun} near {place} destroyed the station.",
        "The {noun} near {place} wrecked the station.",
    ),
    (
        "The {noun} near {place} killed dozens.",
        "Dozens died when {thing} {verb} near {place}.",
    ),
    (
        "{Thing} {verb} near {place} on Thursday.",
        "The {noun} near {place} was confirmed by {agency_lower}.",
    ),
    (
        "{Thing} {verb} near {place}, and 12 people are still missing.",
        "12 people remain missing after the {noun} near {place}.",
    ),
)


def _fill(frame: str, event: tuple[str, str, str, str], place: str, rng: random.Random) -> str:
    noun, verb, thing, origin = event
    return frame.format(
        noun=noun,
        verb=verb,
        thing=thing,
        Thing=thing[0].upper() + thing[1:],
        origin=origin,
        place=place,
        agency=(agency := rng.choice(AGENCIES)),
        agency_lower=agency[0].lower() + agency[1:],
        leader=rng.choice(LEADERS),
    )


def _other_roles(rng: random.Random) -> Case:
    event, place = rng.choice(EVENTS), rng.choice(PLACES)
    noun_side = _fill(rng.choice(NOUN_FRAMES), event, place, rng)
    verb_side = _fill(rng.choice(VERB_FRAMES), event, place, rng)
    return (noun_side, verb_side) if rng.random() < 0.5 else (verb_side, noun_side)


def _same_act(rng: random.Random) -> Case:
    event, place = rng.choice(EVENTS), rng.choice(PLACES)
    first, second = rng.choice(SAME_ACT)
    return _fill(first, event, place, rng), _fill(second, event, place, rng)


def test_event_words_in_other_roles_are_no_link() -> None:
    wrong = [(a, b) for a, b in generated(_other_roles, seed=41, count=60) if compare.compare(a, b).links]
    assert not wrong, wrong


def test_one_act_in_other_words_is_a_link() -> None:
    wrong = [(a, b) for a, b in generated(_same_act, seed=43, count=60) if not compare.compare(a, b).links]
    assert not wrong, wrong
