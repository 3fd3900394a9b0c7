"""The date of an act only one sentence tells is not the date of the claim both tell: "Police received a call about
shots fired around 8:30 p.m., according to a statement released Monday morning" and "Police received a call about
shots fired around 8:30 p.m. Sunday" tell one call, dated by B only; A's Monday is the day its source was released.

Class: one claim told nearly word for word by both sentences, where one sentence dates an act of its own that the
other does not tell at all (a statement released, a report published, a news release issued, a post shared) and
the other dates the claim. The reports are made by code: claims of several stories crossed with attributions that
carry their own date, and with weekdays.

Guards, still conflicts: the claim's own act dated otherwise ("received a call Sunday" / "received a call Monday",
whatever attribution follows), and two days of the one act both sentences tell ("a statement released Monday" /
"a statement released Tuesday").
"""

from __future__ import annotations

import itertools

import pytest

from class_cases import linked_conflicts

CLAIMS = (
    "Police received a call about shots fired near the stadium around 8:30 p.m.",
    "Firefighters pulled two men from the burning house shortly after midnight",
    "The city council approved the new budget by a vote of 7 to 2",
    "Rescuers found the three missing hikers near the summit of Mount Elwood",
)
ATTRIBUTIONS = (
    "according to a statement released {day} morning",
    "according to a report published {day}",
    "the department said in a news release issued {day}",
    "officials said in a post shared {day} on social media",
)
DAYS = (("Monday", "Sunday"), ("Tuesday", "Saturday"))
CONTEXT = "Chief Anna Moreau and Judge Paul Okafor spoke to reporters later."


def _untold(claim: str, attribution: str, own: str, other: str) -> tuple[str, str]:
    return (
        f"{claim}, {attribution.format(day=own)}. {CONTEXT}",
        f"{claim} on {other}. {CONTEXT}",
    )


CASES = [
    pytest.param(*_untold(claim, attribution, own, other), id=f"{c}-{t}-{own}")
    for (c, claim), (t, attribution), (own, other) in itertools.product(
        enumerate(CLAIMS), enumerate(ATTRIBUTIONS), DAYS
    )
]
GUARDS = [
    pytest.param(
        f"{claim} on {own}, {attribution.format(day='')}. {CONTEXT}".replace(" .", "."),
        f"{claim} on {other}. {CONTEXT}",
        id=f"claim-{c}-{t}",
    )
    for (c, claim), (t, attribution), (own, other) in itertools.product(
        enumerate(CLAIMS), enumerate(ATTRIBUTIONS[:1]), DAYS[:1]
    )
] + [
    pytest.param(*(f"{claim}, {ATTRIBUTIONS[0].format(day=day)}. {CONTEXT}" for day in days), id=f"released-{c}")
    for (c, claim), days in itertools.product(enumerate(CLAIMS), DAYS[:1])
]


@pytest.mark.parametrize(("a", "b"), CASES)
def test_the_date_of_an_act_the_other_does_not_tell_is_no_conflict(a: str, b: str) -> None:
    assert not [c for c in linked_conflicts(a, b) if c[0] == "date"]


@pytest.mark.parametrize(("a", "b"), GUARDS)
def test_two_days_of_one_told_act_still_conflict(a: str, b: str) -> None:
    assert [c for c in linked_conflicts(a, b) if c[0] == "date"]
