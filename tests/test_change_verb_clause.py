"""A verb of change governs the figure after it only inside its own clause: in "After the ferry sank, 250 passengers
were missing" the figure opens a new clause and counts passengers, it is no fall of 250 ("shares sank 25 percent").

Class: a clause that ends on a verb of change ("sank", "fell", "rose", "dropped", "climbed", "lost") before a
comma, followed by a clause that opens with a count. Two reports telling one count so, with different figures,
conflict on the count as they do when the clause stands after it. The reports are made by code: opening clauses of
several stories crossed with counts and counted nouns, in two orders.

Guard: a change and a level of one thing are still two figures ("Shares fell 25 percent" / "Shares stood at 40
percent": no conflict), and a change told in both reports with other figures is still a conflict.
"""

from __future__ import annotations

import itertools

import pytest

from class_cases import linked_conflicts

OPENINGS = (
    "After the ferry sank",
    "When the temperature dropped",
    "As the river rose",
    "Once the market fell",
    "After the roof collapsed and the stock price climbed",
    "When the party lost",
)
COUNTS = (
    ("250 passengers were missing", "400 passengers were missing"),
    ("12 people were hurt", "30 people were hurt"),
)
CONTEXT = "Mayor Anna Moreau visited the scene with Judge Paul Okafor."


def _pair(opening: str, one: str, other: str) -> tuple[str, str]:
    return (
        f"{CONTEXT} {opening}, {one}, officials said.",
        f"{CONTEXT} Officials said {other} {opening[0].lower()}{opening[1:]}.",
    )


CASES = [
    pytest.param(*_pair(opening, one, other), id=f"{opening}-{one}")
    for opening, (one, other) in itertools.product(OPENINGS, COUNTS)
]


@pytest.mark.parametrize(("a", "b"), CASES)
def test_a_count_after_a_clause_of_change_is_compared_as_a_count(a: str, b: str) -> None:
    assert [c for c in linked_conflicts(a, b) if c[0] == "number"]


def test_a_change_and_a_level_are_still_two_figures() -> None:
    a = f"{CONTEXT} Shares in the company fell 25 percent on Monday, traders said."
    b = f"{CONTEXT} Shares in the company stood at 40 percent of their peak on Monday, traders said."
    assert not [c for c in linked_conflicts(a, b) if c[0] == "number"]


def test_two_changes_of_one_thing_still_conflict() -> None:
    a = f"{CONTEXT} Shares in the company fell 25 percent on Monday, traders said."
    b = f"{CONTEXT} Shares in the company fell 40 percent on Monday, traders said."
    assert [c for c in linked_conflicts(a, b) if c[0] == "number"]
