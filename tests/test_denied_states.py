"""Short denied states by class: two short claims that deny, in other words, that one state holds of the same subject
phrase ("The cause of the fire is not yet known" / "The cause of the fire has not been established") state one
claim and are linked. Guards: the same subject with a value affirmed ("The cause of the fire was an electrical
fault": a claim of what the cause is, not that it is unknown), the same subject denied a value rather than a state
("... was not arson"), and another subject sharing a word ("The cause of the delay ...") are no link.

Cases are generated: short reports of one invented event, each holding one such claim, over many subject phrases
and ways of saying the state is not known.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compare

CASES = settings(
    max_examples=60, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

# Subject phrases of several content words, each with a value it might be given and a value it might be denied.
SUBJECTS = (
    ("The cause of the fire", "was an electrical fault", "was not arson"),
    ("The identity of the gunman", "was Mark Hollins, a local builder", "was not a soldier"),
    ("The value of the contract", "was put at 40 million pounds", "was not 40 million pounds"),
    ("The name of the victim", "was given as Anna Price", "was not Anna Price"),
    ("The motive for the attack", "was a dispute over money", "was not robbery"),
    ("The source of the leak", "was a corroded pipe", "was not the main valve"),
    ("The number of people on board", "was put at 140", "was not 140"),
    ("The location of the next round of talks", "will be Geneva", "will not be Vienna"),
    ("The date of the funeral", "was set for Friday", "was not Friday"),
    ("The extent of the damage", "was put at several million pounds", "was not serious"),
)
# Ways of denying that the subject is known, no two sharing a content word.
DENIED = (
    "is not yet known",
    "has not been established",
    "has not been confirmed",
    "was not immediately determined",
    "has not been disclosed",
    "has not been identified",
)
PLACES = ("Brenford", "Kelham", "Ashby", "Corlake", "Dunmere", "Eastwick", "Fallowfield", "Granby", "Holt", "Ivybridge")


def _reports(claim_a: str, claim_b: str, place: str) -> tuple[str, str]:
    report_a = (
        f"Emergency services were called to an incident in {place} late on Monday. {claim_a}. "
        "A spokesman said a full statement would follow. Traffic was diverted around the area for several hours."
    )
    report_b = (
        f"Police closed several streets in {place} on Monday night after the incident. {claim_b}. "
        "Residents were asked to avoid the area. An update is expected on Wednesday morning."
    )
    return report_a, report_b


def _state_links(comparison: compare.Comparison) -> list[compare.Link]:
    return [link for link in comparison.links if (link.a, link.b) == (1, 1)]


@CASES
@given(st.sampled_from(SUBJECTS), st.permutations(DENIED), st.sampled_from(PLACES))
def test_one_state_denied_of_one_subject_in_other_words_is_one_claim(
    subject: tuple[str, str, str], denied: list[str], place: str
) -> None:
    comparison = compare.compare(*_reports(f"{subject[0]} {denied[0]}", f"{subject[0]} {denied[1]}", place))
    assert len(_state_links(comparison)) == 1, denied[:2]


@CASES
@given(st.sampled_from(SUBJECTS), st.sampled_from(DENIED), st.sampled_from(PLACES), st.booleans())
def test_a_value_given_or_denied_is_another_claim_than_a_state_denied(
    subject: tuple[str, str, str], denied: str, place: str, denied_value: bool
) -> None:
    value = subject[2] if denied_value else subject[1]
    comparison = compare.compare(*_reports(f"{subject[0]} {denied}", f"{subject[0]} {value}", place))
    assert not _state_links(comparison)


@CASES
@given(st.permutations(SUBJECTS), st.permutations(DENIED), st.sampled_from(PLACES))
def test_the_same_state_denied_of_two_subjects_is_two_claims(
    subjects: list[tuple[str, str, str]], denied: list[str], place: str
) -> None:
    one, other = subjects[0][0], subjects[1][0]
    comparison = compare.compare(*_reports(f"{one} {denied[0]}", f"{other} {denied[1]}", place))
    assert not _state_links(comparison)
