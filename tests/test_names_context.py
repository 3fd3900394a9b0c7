"""Names are context: two sentences of one story that name the same company, person or place and say different
things of it are no link; the same claim about it is. Cases are generated from templates over many names."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compare

CASES = settings(
    max_examples=60, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

FIRST = ("Hallam", "Brixton", "Meridian", "Carver", "Ashdown", "Pellworth", "Quinlan", "Redfern", "Stanmore", "Tolland")
SECOND = ("& Sons", "Foods", "Logistics", "Mills", "Textiles", "Plastics", "Holdings", "Engineering")
NAMES = st.builds(lambda first, second: f"{first} {second}", st.sampled_from(FIRST), st.sampled_from(SECOND))

# Each template says something else of the name: no two share a word that is not a name or a function word.
SAYINGS = (
    "{name} employs about 200 people at the site.",
    "Fire crews were called to the {name} warehouse just after 9 p.m.",
    "A spokeswoman for {name} declined to comment.",
    "Police closed the road outside {name} on Monday.",
    "Neighbours said smoke from {name} drifted across the valley.",
    "Insurers for {name} are expected to visit this week.",
)
# The same claim about the name in other words.
RESTATED = (
    ("{name} employs about 200 people at the site.", "About 200 people work for {name} at the site."),
    ("A spokeswoman for {name} declined to comment.", "A spokeswoman for {name} would not comment."),
    ("Police closed the road outside {name} on Monday.", "The road outside {name} was closed by police on Monday."),
)


@CASES
@given(NAMES, st.sampled_from(SAYINGS), st.sampled_from(SAYINGS))
def test_a_shared_name_without_a_shared_claim_is_no_link(name: str, first: str, second: str) -> None:
    if first == second:
        return
    comparison = compare.compare(first.format(name=name), second.format(name=name))
    assert not comparison.links


@CASES
@given(NAMES, st.sampled_from(RESTATED))
def test_the_same_claim_about_a_name_is_a_link(name: str, pair: tuple[str, str]) -> None:
    comparison = compare.compare(pair[0].format(name=name), pair[1].format(name=name))
    assert [(link.a, link.b) for link in comparison.links] == [(0, 0)]
