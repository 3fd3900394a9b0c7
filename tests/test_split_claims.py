"""A claim split across neighbouring sentences: one report tells in one long sentence what the other tells in two
sentences in a row, the first nearly word for word and the next in other words but for a couple of its own. Both
are the long sentence's partners; a neighbour that only repeats what the first already gives is not. Cases are
generated from templates over many names, among unrelated sentences of each report."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compare

CASES = settings(
    max_examples=60, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

PLACES = ("Westgate", "Dunmore", "Ashford", "Kelby", "Marlow", "Thornbury", "Pellham", "Rissington")
PEOPLE = ("Martin Hale", "Alice Brandt", "Owen Pryce", "Nadia Kovac", "Tomas Reyes", "Helen Marsh")
BODIES = ("city council", "county board", "planning committee", "district assembly")
NAMES = st.fixed_dictionaries(
    {"place": st.sampled_from(PLACES), "person": st.sampled_from(PEOPLE), "body": st.sampled_from(BODIES)}
)

# (A's long sentence, B's first sentence: its first part nearly word for word, B's next sentence: the rest in
# other words but for two of its words, B's first sentence again with those two words added)
SPLIT = (
    (
        "The {body} voted on Tuesday to close the {place} library after a long debate about falling visitor numbers,"
        " and its staff will be moved to the town archive next spring.",
        "The {body} voted on Tuesday to close the {place} library after a long debate about falling visitor numbers.",
        "Librarians are to be moved to the archive.",
        "The {body} voted on Tuesday to close the {place} library after a long debate about falling visitor numbers"
        " and to move the archive.",
    ),
    (
        "{person} resigned as chairman of the {place} harbour trust on Friday after eleven years in the post, telling"
        " the board in a letter that he wanted to spend more time with his grandchildren.",
        "{person} resigned as chairman of the {place} harbour trust on Friday after eleven years in the post.",
        "He wanted his grandchildren to come first, the chairman wrote.",
        "{person} resigned as chairman of the {place} harbour trust on Friday after eleven years in the post, wanting"
        " time for his grandchildren.",
    ),
    (
        "The {body} approved a second runway at {place} airport despite protests from nearby villages, although the"
        " decision can still be appealed in the high court.",
        "The {body} approved a second runway at {place} airport despite protests from nearby villages.",
        "Residents said the decision would be appealed.",
        "The {body} approved a second runway at {place} airport despite protests from nearby villages, a decision"
        " that may be appealed.",
    ),
    (
        "Police arrested two men in {place} on Sunday night after a stolen van was stopped on the motorway with four"
        " hundred metres of copper cable hidden under blankets.",
        "Police arrested two men in {place} on Sunday night after a stolen van was stopped on the motorway.",
        "Officers found copper cable in the back.",
        "Police arrested two men in {place} on Sunday night after a stolen van carrying copper cable was stopped on"
        " the motorway.",
    ),
    (
        "{person} won the mayoral election in {place} with a narrow majority of 312 votes, promising in a victory"
        " speech to cut local taxes within a year.",
        "{person} won the mayoral election in {place} with a narrow majority of 312 votes.",
        "The new mayor promised lower taxes for every household.",
        "{person} won the mayoral election in {place} with a narrow majority of 312 votes and promised lower taxes.",
    ),
)
# Sentences about other things, one before and one after the claim in each report.
OTHER_A = ("Heavy rain is forecast for the weekend.", "The annual fair opens next month with a record number of tents.")
OTHER_B = ("A new bakery opened near the station last week.", "The local football club lost its third match in a row.")


def _reports(names: dict[str, str], long: str, first: str, rest: str) -> tuple[str, str]:
    a = " ".join([OTHER_A[0], long.format(**names), OTHER_A[1]])
    b = " ".join([OTHER_B[0], first.format(**names), rest.format(**names), OTHER_B[1]])
    return a, b


@CASES
@given(NAMES, st.sampled_from(SPLIT))
def test_a_claim_told_in_two_neighbouring_sentences_links_both(
    names: dict[str, str], case: tuple[str, str, str, str]
) -> None:
    long, first, rest, _ = case
    comparison = compare.compare(*_reports(names, long, first, rest))
    assert {(link.a, link.b) for link in comparison.links} == {(1, 1), (1, 2)}


@CASES
@given(NAMES, st.sampled_from(SPLIT))
def test_a_neighbour_repeating_what_the_first_partner_gives_is_no_second_partner(
    names: dict[str, str], case: tuple[str, str, str, str]
) -> None:
    long, _, rest, first_with_rest = case
    comparison = compare.compare(*_reports(names, long, first_with_rest, rest))
    assert {(link.a, link.b) for link in comparison.links} == {(1, 1)}


# (A's long sentence with a figure; B's first sentence; B's next sentence, telling the rest with a figure of its own
# for the same act: a figure of another part of the claim, no conflict)
FIGURED = (
    (
        "{person}'s family earned $140 million in the eight years after leaving office, mostly from book sales and"
        " paid speeches to banks, trade groups and universities.",
        "{person}'s family earned $140 million in the eight years after leaving office.",
        "The speeches to banks alone earned nearly $10 million in 2013.",
    ),
)


@CASES
@given(NAMES, st.sampled_from(FIGURED))
def test_a_neighbour_telling_the_rest_of_a_claim_is_not_read_for_conflicts(
    names: dict[str, str], case: tuple[str, str, str]
) -> None:
    comparison = compare.compare(*_reports(names, *case))
    assert {(link.a, link.b) for link in comparison.links} == {(1, 1), (1, 2)}
    assert not comparison.conflicts
