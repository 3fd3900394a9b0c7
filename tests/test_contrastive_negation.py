"""A "not" that sets one noun phrase against another ("deserve respect, not a spot at a bar", "the aide, not the
senator, signed it", "but not the troops") says which of two things, and denies no act: it is no polarity conflict
with a sentence that names the second thing without a negation. A "not" after an auxiliary still denies.
"""

from __future__ import annotations

import random

import pytest

import compare

_CASES = 40
_SPEAKERS = ("The mayor", "Senator Jane Roe", "The union", "Governor Mark Webb", "The school board", "Priya Nakamura")
_SUBJECTS = ("the money", "the new funding", "the grant", "the surplus", "the settlement", "the land")
# (what the speaker wants it for, what it is set against)
_CHOICES = (
    ("schools", "stadium"),
    ("road repairs", "parade"),
    ("the hospital", "consultants' report"),
    ("flood defenses", "marketing campaign"),
    ("teachers' pay", "new headquarters"),
    ("the library", "golf course"),
    ("housing", "casino"),
)
_DETERMINERS = ("a", "the", "another")


def _cases(seed: int) -> list[tuple[str, str, str, str, str, str]]:
    rng = random.Random(seed)
    return [
        (
            rng.choice(_SPEAKERS),
            rng.choice(_SUBJECTS),
            *rng.choice(_CHOICES),
            rng.choice(_DETERMINERS),
            rng.choice(("said", "argued", "insisted")),
        )
        for _ in range(_CASES)
    ]


def _findings(a: str, b: str) -> list[str]:
    comparison = compare.compare(a, b)
    return [f"{c.kind}: {c.a_value} / {c.b_value}" for link in comparison.conflicts for c in link.conflicts]


@pytest.mark.parametrize("case", _cases(11), ids=lambda case: " ".join(case[:3]))
def test_a_noun_phrase_set_against_another_denies_no_act(case: tuple[str, str, str, str, str, str]) -> None:
    speaker, subject, wanted, rejected, determiner, verb = case
    a = f"{speaker} {verb} {subject} should pay for {wanted}, not {determiner} {rejected}."
    b = f"{speaker} {verb} {subject} should pay for {wanted} rather than {determiner} {rejected}."
    assert _findings(a, b) == []


@pytest.mark.parametrize("case", _cases(12), ids=lambda case: " ".join(case[:3]))
def test_the_same_contrast_before_its_verb_denies_no_act(case: tuple[str, str, str, str, str, str]) -> None:
    speaker, subject, wanted, rejected, determiner, verb = case
    a = f"{speaker} {verb} that {wanted}, not {determiner} {rejected}, would get {subject}."
    b = f"{speaker} {verb} that {wanted} would get {subject} instead of {determiner} {rejected}."
    assert _findings(a, b) == []


@pytest.mark.parametrize("case", _cases(13), ids=lambda case: " ".join(case[:3]))
def test_a_not_after_an_auxiliary_still_denies(case: tuple[str, str, str, str, str, str]) -> None:
    speaker, subject, _wanted, rejected, determiner, verb = case
    a = f"{speaker} {verb} {subject} would not pay for {determiner} {rejected} in the city."
    b = f"{speaker} {verb} {subject} would pay for {determiner} {rejected} in the city."
    assert [f.split(":")[0] for f in _findings(a, b)] == ["polarity"]


@pytest.mark.parametrize("case", _cases(14), ids=lambda case: " ".join(case[:3]))
def test_a_contrast_agrees_with_the_denial_it_implies(case: tuple[str, str, str, str, str, str]) -> None:
    speaker, subject, wanted, rejected, determiner, verb = case
    a = f"{speaker} {verb} {subject} would go only to {wanted}, not {determiner} {rejected}."
    b = f"{speaker} {verb} {subject} would not go to {determiner} {rejected}."
    assert _findings(a, b) == []


@pytest.mark.parametrize("case", _cases(15), ids=lambda case: " ".join(case[:3]))
def test_a_contrast_opening_a_sentence_agrees_with_one_after_an_interjection(
    case: tuple[str, str, str, str, str, str],
) -> None:
    _speaker, _subject, wanted, rejected, determiner, _verb = case
    a = f"Not {determiner} {rejected} paid for by the city."
    b = f"Oh, not {determiner} {rejected} paid for by the city, {wanted} instead."
    assert _findings(a, b) == []
