"""A quotation whose marks are spaced against their words is still a quotation; a word changed inside it is a
quote conflict.

Class: pages copied from the web lose or move the space beside a straight quotation mark, so that a closing mark
stands where an opening one would ('a Christmas party, "police said'), or a mark is glued to the words on both
sides ('the embodiment of beauty,"and enthused that she"captured the imagination'). The spaces then contradict
themselves: a mark that looks like an opening one while a quotation is open, or a closing one while none is. The
marks of such a sentence still pair in their order (first with second, third with fourth), as a reader pairs them.
The reports are made by code: quotations of several lengths with one word changed (an adjective, a noun, a verb),
several speakers, and six ways of misspacing the marks (a closing mark spaced as an opening one; a closing mark
glued to the next word; an opening mark glued to the word before; both; a quotation broken by its attribution with
its marks misspaced; a book's title quoted after the quotation), in both reports or in one of them only.

Guards, no conflict: the same misspaced sentence in both reports; one report misspaced and the other not, with the
same words; a word changed outside the quotation (the verb of saying, the speaker's words between two quotations);
and well-spaced sentences that open inside a quotation begun before them and open another.
"""

from __future__ import annotations

import random

import pytest

import compare

# (quotation with {w}, word in A, word in B)
_CORES = (
    ("we thought that was the {w} way to protect our families", "best", "worst"),
    ("the {w} rules keep every expert scientist out of the process", "new", "strict"),
    ("it was time to think about protecting ourselves and our {w}", "families", "businesses"),
    ("the suspect entered the business, which had at least a dozen {w} inside", "people", "voters"),
    ("she captured the imagination of a generation of men and {w} with her free spirit", "women", "workers"),
    ("the creamery was a victim of its commitment to keeping the dairy {w} alive", "industry", "government"),
    ("we {w} the court's decision and we will say so in the hearing", "accept", "reject"),
    ("the {w} was crowded when the fire started on the second floor", "school", "hospital"),
)
_SPEAKERS = ("police", "Mr. Hale", "she", "the mayor's office")
_BEFORE = "The council of Marlow County met on Tuesday to hear the report on the Elm Creek fire."
_AFTER = "A second hearing on the Elm Creek report is set for June 12 at the county courthouse."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# Each shape: (name, the sentence with {q} for the quotation and {s} for the speaker, the same sentence spaced
# as it should be).
_SHAPES = (
    ("closing mark spaced as an opening one", '"{Q}, "{s} said in a statement.', '"{Q}," {s} said in a statement.'),
    ("closing mark glued to the next word", '"{Q},"{s} said on Tuesday.', '"{Q}," {s} said on Tuesday.'),
    ("opening mark glued to the word before", '{S} said that"{q}."', '{S} said that "{q}."'),
    (
        "glued on both sides",
        '{S} called it "a hard day,"and said that"{q}."',
        '{S} called it "a hard day," and said that "{q}."',
    ),
    ("broken by the attribution", '"{Q}, "{s} wrote,"and we knew it."', '"{Q}," {s} wrote, "and we knew it."'),
    ("a title after it", '"{Q}, "{s} wrote in the book,"A Long Year."', '"{Q}," {s} wrote in the book "A Long Year."'),
)


def _sentence(shape: str, core: str, word: str, speaker: str) -> str:
    quotation = core.replace("{w}", word)
    return shape.format(q=quotation, Q=_capital(quotation), s=speaker, S=_capital(speaker))


def _report(sentence: str) -> str:
    return f"{_BEFORE} {sentence} {_AFTER}"


# (shape, sentence of A, sentence of B, word in A, word in B)
_Case = tuple[str, str, str, str, str]


def _directional(seed: int) -> list[_Case]:
    rng = random.Random(seed)
    cases = []
    for round_ in range(2):
        for index, (core, one, two) in enumerate(_CORES):
            for name, misspaced, spaced in _SHAPES:
                speaker = _SPEAKERS[(index + round_) % len(_SPEAKERS)]
                # Round 0: both reports misspaced; round 1: one misspaced, the other spaced as it should be.
                other = misspaced if round_ == 0 else spaced
                a, b = _sentence(misspaced, core, one, speaker), _sentence(other, core, two, speaker)
                if rng.random() < 0.5:
                    a, b, one, two = b, a, two, one
                cases.append((name, a, b, one, two))
    return cases


def _guards(seed: int) -> list[_Case]:
    rng = random.Random(seed)
    cases = []
    for index, (core, word, _) in enumerate(_CORES):
        for name, misspaced, spaced in _SHAPES:
            speaker = _SPEAKERS[index % len(_SPEAKERS)]
            sentence = _sentence(misspaced, core, word, speaker)
            cases.append((f"{name}, the same", sentence, sentence, word, word))
            cases.append((f"{name}, spaced in one", sentence, _sentence(spaced, core, word, speaker), word, word))
            verb = rng.choice(("wrote", "added", "told reporters"))
            for said in (" said", " wrote"):
                if said in misspaced:
                    retold = _sentence(misspaced.replace(said, " " + verb, 1), core, word, speaker)
                    cases.append((f"{name}, another verb of saying", sentence, retold, word, word))
                    break
    # Well spaced: a sentence that opens inside a quotation begun before it and opens another.
    for core, word, _ in _CORES:
        first = f'Mr. Hale said: "We waited all night. {_capital(core.replace("{w}", word))},"'
        cases.append(
            (
                "opens inside, opens another",
                f'{first} he said, "and we knew it."',
                f'{first} he added, "and we knew it."',
                word,
                word,
            )
        )
    return cases


def _conflicts(a: str, b: str) -> list[compare.Conflict]:
    return [conflict for link in compare.compare(_report(a), _report(b)).links for conflict in link.conflicts]


def _case_id(case: _Case) -> str:
    return f"{case[0]}:{case[3]}|{case[4]}"


_DIRECTIONAL = _directional(44)
_GUARDS = _guards(45)


@pytest.mark.parametrize("case", _DIRECTIONAL, ids=_case_id)
def test_a_word_changed_inside_a_misspaced_quotation_is_a_quote_conflict(case: _Case) -> None:
    _, a, b, one, two = case
    found = _conflicts(a, b)
    assert any(c.kind in ("quote", "polarity") and one in c.a_value and two in c.b_value for c in found), found


@pytest.mark.parametrize("case", _GUARDS, ids=_case_id)
def test_the_same_words_in_misspaced_marks_are_no_conflict(case: _Case) -> None:
    _, a, b, _, _ = case
    assert _conflicts(a, b) == []
