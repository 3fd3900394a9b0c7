"""One speaker, two statements: two sentences that attribute two different statements to one speaker, attributed
alike ("Sheriff Doug Rader said an off-duty deputy had been at the scene when the boat went under" / "The first
emergency call about the boat came in at 7:09 p.m., Sheriff Doug Rader told reporters"), are no link.

Class: each sentence is an attribution (the speaker named, with a title or an appositive, and a verb of saying,
before or after the statement, or after a quotation) and a statement; the statements share at most one common noun
("boat"), each saying more of its own. The reports are made by code: speakers, their phrases, the frames of
attribution and statements of one story.

Guard, still a link: one statement of one speaker told in other frames, its content words kept ("Rader said divers
had recovered four bodies from the lake" / "Four bodies were recovered from the lake by divers, Rader said").
"""

from __future__ import annotations

import random

import compare
from class_cases import Case, generated

PEOPLE = ("Ciriaco Tolibao", "Wendy Doucey", "Doug Rader", "Stuart Cundy", "Veysel Keser", "Marta Ilves", "Joe Brandt")
# A speaker's phrase: a title before the name, or an appositive after it.
SPEAKERS = (
    "Stone County Sheriff {name}",
    "Police Commander {name}",
    "{name}, an official from the city's disaster risk reduction office,",
    "{name}, a spokeswoman for the regional fire service,",
    "Deputy Mayor {name}",
)
# Frames of attribution: the speaker before the statement, after it, inverted after it, after a quotation.
FRAMES = (
    "{speaker} said {statement}.",
    "{speaker} told reporters {statement}.",
    "{statement}, {speaker} said.",
    "{statement}, said {speaker}.",
    '"{statement}," {speaker} told AFP.',
)
# Statements of one story; two of them share at most one common noun ("boat", "lake", "road", "families").
STATEMENTS = (
    "an off-duty deputy had been at the scene when the boat went under",
    "the first emergency call about the boat came in at 7:09 p.m.",
    "the operation to recover casualties would be long and complex",
    "the death toll was likely to rise further overnight",
    "investigators would examine the engine and the hull next week",
    "the road along the lake would stay closed until Friday",
    "volunteers had brought blankets and food for the families",
    "a counselling centre for families would open at the town hall",
    "winds of up to 60 mph swept across the lake that evening",
)
# One statement and the same statement in other words, its content words kept.
RESTATED = (
    ("divers had recovered four bodies from the lake", "four bodies were recovered from the lake by divers"),
    ("the road along the lake would stay closed until Friday", "the lake road would stay closed until Friday"),
    ("investigators would examine the engine next week", "next week investigators would examine the engine"),
    ("the first emergency call came in at 7:09 p.m.", "the first emergency call came at 7:09 p.m."),
)


def _said(speaker: str, statement: str, frame: str) -> str:
    if not frame.startswith("{speaker}"):
        statement = statement[0].upper() + statement[1:]
    text = frame.format(speaker=speaker, statement=statement)
    # An appositive's comma before the end, a statement's own full stop ("p.m.") at the end.
    text = text.replace(",.", ".").replace("..", ".")
    return text[0].upper() + text[1:]


def _two_statements(rng: random.Random) -> Case:
    speaker = rng.choice(SPEAKERS).format(name=rng.choice(PEOPLE))
    first, second = rng.sample(STATEMENTS, 2)
    return _said(speaker, first, rng.choice(FRAMES)), _said(speaker, second, rng.choice(FRAMES))


def _one_statement(rng: random.Random) -> Case:
    speaker = rng.choice(SPEAKERS).format(name=rng.choice(PEOPLE))
    first, second = rng.choice(RESTATED)
    return _said(speaker, first, rng.choice(FRAMES)), _said(speaker, second, rng.choice(FRAMES))


def test_two_statements_of_one_speaker_are_no_link() -> None:
    wrong = [(a, b) for a, b in generated(_two_statements, seed=19, count=60) if compare.compare(a, b).links]
    assert not wrong, wrong


def test_one_statement_of_one_speaker_is_a_link() -> None:
    wrong = [(a, b) for a, b in generated(_one_statement, seed=23, count=60) if not compare.compare(a, b).links]
    assert not wrong, wrong
