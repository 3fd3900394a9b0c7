"""A speaker is named in a sentence by a word of their name, not by letters inside another word.

Class: a quotation given to one person in one report and to another in the other, where the other report's
sentence holds the first speaker's surname only inside a longer word ("Ross" in "crossings", "King" in "parking",
"Ward" in "rewards"). That sentence does not name the first speaker, so the speaker is changed. Guard: a sentence
that names both people (the surname as a word) gives no speaker finding, whichever of the two the quotation is read
as given to."""

from __future__ import annotations

import random

import pytest

import compare

# Surnames, and common words that hold each inside them.
_HIDDEN = (
    ("Ross", "crossings"),
    ("King", "parking fees"),
    ("Ward", "rewards"),
    ("Lee", "sleeper trains"),
    ("Hart", "charter schools"),
    ("Hall", "challenges"),
    ("Bell", "rebellion"),
    ("Wing", "drawings"),
    ("Rich", "enrichment"),
    ("Lamb", "flamboyant costumes"),
)
_FIRST = ("John", "Maria", "Alan", "Priya", "Sam", "Grace", "Tomas", "Ruth")
_OTHERS = ("Baker", "Okafor", "Lindqvist", "Moreno", "Chen", "Dubois")
_QUOTES = (
    "We will not back down on this",
    "The budget has to be balanced this year",
    "Nobody told us the plant would close",
    "This is the worst flood we have seen",
)


def _cases(seed: int) -> list[tuple[str, str, str, str, str, str]]:
    rng = random.Random(seed)
    return [
        (*rng.choice(_HIDDEN), rng.choice(_FIRST), rng.choice(_FIRST), rng.choice(_OTHERS), rng.choice(_QUOTES))
        for _ in range(40)
    ]


def _speaker_findings(a: str, b: str) -> list[str]:
    comparison = compare.compare(a, b)
    return [f"{c.a_value} / {c.b_value}" for link in comparison.links for c in link.conflicts if c.kind == "quote"]


@pytest.mark.parametrize("case", _cases(3), ids=lambda case: f"{case[0]} {case[1]}")
def test_a_surname_inside_another_word_does_not_name_the_speaker(case: tuple[str, str, str, str, str, str]) -> None:
    surname, word, first_a, first_b, other, quote = case
    a = f'"{quote}," said {first_a} {surname}, the union\'s local president.'
    b = f'"{quote}," said {first_b} {other}, the union\'s local president, after a meeting about {word}.'
    assert _speaker_findings(a, b), (a, b)


@pytest.mark.parametrize("case", _cases(4), ids=lambda case: f"{case[0]} {case[1]}")
def test_a_sentence_naming_both_people_gives_no_speaker_finding(case: tuple[str, str, str, str, str, str]) -> None:
    surname, _, first_a, first_b, other, quote = case
    a = f'"{quote}," said {first_a} {surname}, the union\'s local president.'
    b = f'"{quote}," {first_b} {other} told {surname}, the union\'s local president.'
    assert _speaker_findings(a, b) == []
