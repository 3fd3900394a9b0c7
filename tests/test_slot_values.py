"""Values read as slots by class (docs/quality.md, SLOT_MIN_DICE): a pair that states one claim with another
duration ("The hearing lasted about 50 minutes." / "The hearing lasted about two hours in all.") or one range with
another end ("She served in that position from 2009 to 2013." / "... while she led the department from 2009 to
2012.") is a link. Guards: the duration of another thing in the same story, and ranges with no end in common, are
no link.

Cases are generated: short reports of one invented story, over many events, units, figures and years.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compare

CASES = settings(
    max_examples=60, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

EVENTS = ("hearing", "meeting", "operation", "search", "blackout", "debate", "briefing", "rescue", "vigil", "strike")
UNITS = ("minutes", "hours", "days")
# Light words one wording adds around the same claim (the class: a duration and a few function words differ).
OPENINGS = ("The", "The whole")
ENDINGS = ("", " in all")


def _reports(claim_a: str, claim_b: str) -> tuple[str, str]:
    report_a = f"Officials in Corlake gave few details on Monday. {claim_a} A statement is expected later this week."
    report_b = f"Reporters gathered outside the town hall in Corlake. {claim_b} Several roads remained closed."
    return report_a, report_b


def _links(comparison: compare.Comparison) -> list[compare.Link]:
    return [link for link in comparison.links if (link.a, link.b) == (1, 1)]


def _event_reports(event: str, claim_a: str, claim_b: str) -> tuple[str, str]:
    """Reports that name the event in other claims too, so that its name is the story's context, not the claim."""
    report_a = (
        f"The {event} in Corlake was held on Monday. {claim_a} Officials said the {event} had gone as planned. "
        f"Few people attended the {event}."
    )
    report_b = (
        f"Reporters waited outside as the {event} went ahead in Corlake. {claim_b} The {event} was closed to "
        f"the public. A statement on the {event} is expected."
    )
    return report_a, report_b


@CASES
@given(
    st.sampled_from(EVENTS),
    st.sampled_from(UNITS),
    st.sampled_from(UNITS),
    st.integers(min_value=2, max_value=60),
    st.integers(min_value=2, max_value=60),
    st.sampled_from(OPENINGS),
    st.sampled_from(ENDINGS),
)
def test_one_event_lasting_another_time_is_one_claim(
    event: str, unit: str, other_unit: str, first: int, second: int, opening: str, ending: str
) -> None:
    if (first, unit) == (second, other_unit):
        return
    comparison = compare.compare(
        *_event_reports(
            event,
            f"{opening} {event} lasted about {first} {unit}.",
            f"The {event} lasted about {second} {other_unit}{ending}.",
        )
    )
    assert len(_links(comparison)) == 1


@CASES
@given(st.sampled_from(EVENTS), st.sampled_from(UNITS), st.integers(min_value=2, max_value=60))
def test_another_thing_lasting_a_time_is_another_claim(event: str, unit: str, figure: int) -> None:
    comparison = compare.compare(
        *_event_reports(
            event,
            f"The {event} lasted about {figure} {unit}.",
            f"The power cut that followed lasted about {figure + 3} {unit}.",
        )
    )
    assert not _links(comparison)


POSTS = (
    ("served as the city's mayor", "while she ran the city council"),
    ("chaired the ethics committee", "during her time at the head of the committee on ethics"),
    ("led the State Department", "while she was the country's top diplomat"),
    ("coached the national team", "in charge of the national side"),
    ("edited the Corlake Herald", "as editor of the paper"),
)


@CASES
@given(st.sampled_from(POSTS), st.integers(min_value=1980, max_value=2015), st.data())
def test_one_range_told_with_another_end_is_one_claim(post: tuple[str, str], start: int, data: st.DataObject) -> None:
    end = start + data.draw(st.integers(min_value=2, max_value=8))
    other_end = end + data.draw(st.sampled_from((-1, 1, 2)))
    comparison = compare.compare(
        *_reports(
            f"Ms Price {post[0]} from {start} to {end}.",
            f"Critics questioned her record, saying she had ignored warnings {post[1]} from {start} to {other_end}.",
        )
    )
    assert len(_links(comparison)) == 1


@CASES
@given(st.sampled_from(POSTS), st.integers(min_value=1980, max_value=2005), st.data())
def test_ranges_with_no_end_in_common_are_two_claims(post: tuple[str, str], start: int, data: st.DataObject) -> None:
    other_start = start + data.draw(st.integers(min_value=1, max_value=4))
    comparison = compare.compare(
        *_reports(
            f"Ms Price {post[0]} from {start} to {start + 5}.",
            f"Critics questioned her record, saying she had ignored warnings {post[1]} from {other_start} to "
            f"{other_start + 6}.",
        )
    )
    assert not _links(comparison)
