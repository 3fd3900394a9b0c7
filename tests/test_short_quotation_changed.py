"""A short quotation with one word changed, in the same place of two sentences otherwise alike, is a quote conflict.

Class: a report quotes a phrase of two or three words inside its own sentence, a scare quote or a short excerpt
(the fire was not tied to the "undeserved negative attention" from her campaign; the mayor called the plan "reckless
and cruel"), and the other report gives the same sentence with one word of the phrase changed ("undeserved positive
attention"). Two shared words are too few to pair two quotations anywhere, but here the words around them (up to
three before the opening mark and three after the closing one) are the same, so they stand in one place of one
sentence. The reports are made by code from frames of several kinds of news (the phrase at the start, inside or at
the end of the sentence) and phrases of two and three words with the first, middle or last word changed.

Guards, no conflict: the same phrase in the same frame; the same phrase in two frames; a changed phrase in two
different frames (nothing places them together); one changed word that is only a spelling or a printed form
("organise" / "organize", "10" / "ten"); and a word changed outside the phrase.
"""

from __future__ import annotations

import random

import pytest

import compare

# Frames: the sentence with {q} where the quoted phrase stands (its marks included), of several kinds of news.
_FRAMES = (
    "The fire at the church came weeks after what the pastor called {q} from the failed campaign.",
    "Officials said the damage was not connected to the {q} the family had received since the election.",
    "The mayor described the new parking plan as {q} in a letter to the council on Monday.",
    "Residents of the Elm Creek district said the water company had shown {q} toward their complaints.",
    "{q} was how the coach summed up the season after the loss to Dayton on Saturday night.",
    "In the ruling, the judge said the company's accounting had been {q} for at least three years.",
    "The union said the offer from the hospital board was {q} and called a strike vote for Friday.",
)
# Phrases: (phrase with {w}, word in A, word in B).
_PHRASES = (
    ("undeserved {w} attention", "negative", "positive"),
    ("reckless and {w}", "cruel", "fair"),
    ("{w} indifference", "total", "growing"),
    ("a {w} disaster", "complete", "minor"),
    ("{w} and careless", "sloppy", "honest"),
    ("deeply {w}", "flawed", "sound"),
    ("an {w} insult", "outright", "accidental"),
    ("{w} cruelty", "deliberate", "accidental"),
)
_BEFORE = "A fire damaged the Wasilla Bible Church on Friday night, the county fire marshal said."
_AFTER = "The fire marshal said the cause of the fire was still under investigation on Sunday."


def _quoted(phrase: str, word: str, first: bool) -> str:
    text = phrase.replace("{w}", word)
    return '"' + (text[:1].upper() + text[1:] if first else text) + '"'


def _report(frame: str, phrase: str, word: str) -> str:
    sentence = frame.replace("{q}", _quoted(phrase, word, frame.startswith("{q}")))
    return f"{_BEFORE} {sentence} {_AFTER}"


# (name, report A, report B, word in A, word in B)
_Case = tuple[str, str, str, str, str]


def _directional(seed: int) -> list[_Case]:
    rng = random.Random(seed)
    cases = []
    for index, frame in enumerate(_FRAMES):
        for offset in range(4):
            phrase, one, two = _PHRASES[(index + offset) % len(_PHRASES)]
            if rng.random() < 0.5:
                one, two = two, one
            cases.append((f"frame {index}", _report(frame, phrase, one), _report(frame, phrase, two), one, two))
    return cases


def _guards() -> list[_Case]:
    cases = []
    for index, frame in enumerate(_FRAMES):
        phrase, one, two = _PHRASES[index % len(_PHRASES)]
        other = _FRAMES[(index + 3) % len(_FRAMES)]
        same = _report(frame, phrase, one)
        cases.append((f"frame {index}, the same", same, same, one, one))
        cases.append((f"frame {index}, two frames", same, _report(other, phrase, one), one, one))
        cases.append((f"frame {index}, changed in two frames", same, _report(other, phrase, two), one, two))
        for written, printed in (("organise", "organize"), ("10", "ten")):
            spelled = f"{{w}} to {written}" if written.isalpha() else f"{written} {{w}}"
            reprinted = f"{{w}} to {printed}" if printed.isalpha() and written.isalpha() else f"{printed} {{w}}"
            cases.append(
                (
                    f"frame {index}, {written} / {printed}",
                    _report(frame, spelled, "failures"),
                    _report(frame, reprinted, "failures"),
                    written,
                    printed,
                )
            )
        moved = frame.replace("the ", "that ", 1) if "the " in frame else frame.replace(" was", " is", 1)
        cases.append((f"frame {index}, a word outside", same, _report(moved, phrase, one), one, one))
    return cases


def _conflicts(a: str, b: str) -> list[compare.Conflict]:
    return [conflict for link in compare.compare(a, b).links for conflict in link.conflicts]


def _case_id(case: _Case) -> str:
    return f"{case[0]}:{case[3]}|{case[4]}"


_DIRECTIONAL = _directional(46)
_GUARDS = _guards()


@pytest.mark.parametrize("case", _DIRECTIONAL, ids=_case_id)
def test_one_word_changed_in_a_short_quotation_in_one_place_is_a_quote_conflict(case: _Case) -> None:
    _, a, b, one, two = case
    found = _conflicts(a, b)
    # A phrase that opens the sentence is capitalised: "Sloppy and careless" was how ...
    assert any(c.kind == "quote" and one in c.a_value.lower() and two in c.b_value.lower() for c in found), found


@pytest.mark.parametrize("case", _GUARDS, ids=_case_id)
def test_a_short_quotation_kept_moved_or_reprinted_is_no_conflict(case: _Case) -> None:
    _, a, b, _, _ = case
    assert _conflicts(a, b) == []
