"""A report cannot tell of an act that happened after it was published.

Class: two reports published on different days each date an act in the past by its weekday ("said on Tuesday",
"admitted in an interview Monday"), resolved against each report's own day. When the day one report gives falls
after the other report was published, the other report cannot be telling of that occasion: the act was done twice
(a speaker repeats a line, a board meets again), and the two days are not a conflict. They are still shown, as a
difference. Guards: reports of one day, a day both reports could have known, and acts still to come conflict as
before.
"""

from __future__ import annotations

import datetime
import random

import pytest

import compare

_CASES = 30
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SPEAKERS = ("Mayor Jane Roe", "Senator Mark Webb", "Priya Nakamura", "Governor Tom Ellis", "Chief Ana Ortiz")
_SAYINGS = (
    ("said on {day} that the city would not raise property taxes this year.", "the city would not raise taxes"),
    ("told reporters {day} that the bridge would reopen by the end of the month.", "the bridge would reopen"),
    ("admitted in an interview {day} that the budget had a gap of several million dollars.", "a budget gap"),
    ("warned on {day} that the state's reserves were running low.", "the reserves were low"),
    ("said {day} that the police department would hire more officers.", "more officers would be hired"),
)
_CONTEXT_A = "The council has argued about the plan for months. Residents packed the hall to hear the debate."
_CONTEXT_B = "Opponents have promised to fight the plan. A vote is not expected before the summer recess."


def _report(speaker: str, saying: str, day: str, context: str) -> str:
    return f"{speaker} {saying.format(day=day)} {context}"


def _date_findings(a: compare.Report, b: compare.Report) -> list[compare.Conflict]:
    comparison = compare.compare(a, b)
    return [c for link in comparison.links for c in link.conflicts if c.kind == "date"]


def _published(rng: random.Random) -> datetime.date:
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(300))


def _weekday_between(first: datetime.date, last: datetime.date, rng: random.Random) -> tuple[datetime.date, str]:
    day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    return day, _WEEKDAYS[day.weekday()]


def _later_occasions(seed: int) -> list[tuple[str, str, datetime.date, str, datetime.date, str]]:
    """A dates the act on a day of the week before it was published; B, published 3 to 9 days later, on a day
    after A was published."""
    rng = random.Random(seed)
    cases = []
    for _ in range(_CASES):
        published_a = _published(rng)
        published_b = published_a + datetime.timedelta(days=rng.randrange(3, 10))
        _, day_a = _weekday_between(published_a - datetime.timedelta(days=6), published_a, rng)
        latest_b = min(published_b, published_a + datetime.timedelta(days=6))
        _, day_b = _weekday_between(published_a + datetime.timedelta(days=1), latest_b, rng)
        # B's weekday is resolved against B's own day: it must name the day drawn, within the week before B.
        if (published_b - datetime.timedelta(days=(published_b.weekday() - _WEEKDAYS.index(day_b)) % 7)) <= published_a:
            continue
        saying, _ = rng.choice(_SAYINGS)
        cases.append((rng.choice(_SPEAKERS), saying, published_a, day_a, published_b, day_b))
    return cases


@pytest.mark.parametrize("case", _later_occasions(1), ids=lambda case: f"{case[2]} {case[3]} / {case[4]} {case[5]}")
def test_a_day_after_the_other_report_was_published_is_another_occasion(
    case: tuple[str, str, datetime.date, str, datetime.date, str],
) -> None:
    speaker, saying, published_a, day_a, published_b, day_b = case
    a = compare.Report(_report(speaker, saying, day_a, _CONTEXT_A), published=published_a)
    b = compare.Report(_report(speaker, saying, day_b, _CONTEXT_B), published=published_b)
    findings = _date_findings(a, b)
    assert not any(finding.is_conflict for finding in findings)
    # Either order of the reports reads the same.
    assert not any(finding.is_conflict for finding in _date_findings(b, a))


@pytest.mark.parametrize("seed", range(12))
def test_reports_of_one_day_still_conflict_on_the_day(seed: int) -> None:
    rng = random.Random(100 + seed)
    published = _published(rng)
    day_a, day_b = rng.sample(_WEEKDAYS, 2)
    speaker = rng.choice(_SPEAKERS)
    saying, _ = rng.choice(_SAYINGS)
    a = compare.Report(_report(speaker, saying, day_a, _CONTEXT_A), published=published)
    b = compare.Report(_report(speaker, saying, day_b, _CONTEXT_B), published=published)
    assert [finding.is_conflict for finding in _date_findings(a, b)] == [True]


@pytest.mark.parametrize("seed", range(12))
def test_a_day_both_reports_could_know_still_conflicts(seed: int) -> None:
    """B is published later, but both days are before A was published: both reports tell of one past occasion."""
    rng = random.Random(200 + seed)
    published_a = _published(rng)
    published_b = published_a + datetime.timedelta(days=rng.randrange(1, 3))
    # Days in the week before A, written as weekdays that resolve to them from both publication days.
    days = [published_a - datetime.timedelta(days=offset) for offset in range(5)]
    first, second = rng.sample(days, 2)
    speaker = rng.choice(_SPEAKERS)
    saying, _ = rng.choice(_SAYINGS)
    a = compare.Report(_report(speaker, saying, _WEEKDAYS[first.weekday()], _CONTEXT_A), published=published_a)
    b = compare.Report(_report(speaker, saying, _WEEKDAYS[second.weekday()], _CONTEXT_B), published=published_b)
    assert [finding.is_conflict for finding in _date_findings(a, b)] == [True]


@pytest.mark.parametrize("seed", range(12))
def test_acts_still_to_come_still_conflict(seed: int) -> None:
    """Both reports announce one act ahead: the later report's day falling after the first was published is what an
    announcement looks like, not a second occasion."""
    rng = random.Random(300 + seed)
    published_a = _published(rng)
    published_b = published_a + datetime.timedelta(days=1)
    day_a, day_b = (_WEEKDAYS[(published_b.weekday() + offset) % 7] for offset in rng.sample(range(2, 6), 2))
    a = compare.Report(f"The council will vote on the plan on {day_a}. {_CONTEXT_A}", published=published_a)
    b = compare.Report(f"The council will vote on the plan on {day_b}. {_CONTEXT_B}", published=published_b)
    assert [finding.is_conflict for finding in _date_findings(a, b)] == [True]


# A date bound to a recorded or published medium, against the date of the saying it carries.
_MEDIA = (
    "in an interview {day} on Fox News",
    "in an interview that aired {day}",
    "in a podcast episode released {day}",
    "in an op-ed published {day}",
    "during an appearance {day} on CNN",
    "in a radio interview {day}",
    "in a documentary broadcast {day}",
)
_CLAIMS = (
    "the party could lose its majority in November",
    "the city had no plans to sell the stadium",
    "the company would cut about a tenth of its staff",
    "the strike could last into the spring",
    "the senator would not seek a third term",
)


def _medium_cases(seed: int) -> list[tuple[str, str, str, str, str]]:
    rng = random.Random(seed)
    return [
        (rng.choice(_SPEAKERS), rng.choice(_MEDIA), rng.choice(_CLAIMS), *rng.sample(_WEEKDAYS[:5], 2))
        for _ in range(_CASES)
    ]


@pytest.mark.parametrize("case", _medium_cases(5), ids=lambda case: f"{case[1]} {case[3]} / {case[4]}")
def test_the_day_a_medium_carried_a_saying_is_not_the_day_it_was_said(case: tuple[str, str, str, str, str]) -> None:
    """An interview is taped on one day and aired on another, an op-ed written before it runs: the medium's day
    against the day of the saying is a difference to show, not a conflict."""
    speaker, medium, claim, day_a, day_b = case
    published = datetime.date(2024, 5, 18)
    a = compare.Report(f"{speaker} said {medium.format(day=day_a)} that {claim}. {_CONTEXT_A}", published=published)
    b = compare.Report(f"{speaker} said on {day_b} that {claim}. {_CONTEXT_B}", published=published)
    for one, other in ((a, b), (b, a)):
        # Shown as a difference, or not at all where the day is bound to the medium's own verb ("aired Tuesday").
        assert not any(finding.is_conflict for finding in _date_findings(one, other))


@pytest.mark.parametrize("case", _medium_cases(6), ids=lambda case: f"{case[1]} {case[3]} / {case[4]}")
def test_two_days_of_one_medium_still_conflict(case: tuple[str, str, str, str, str]) -> None:
    speaker, medium, claim, day_a, day_b = case
    published = datetime.date(2024, 5, 18)
    a = compare.Report(f"{speaker} said {medium.format(day=day_a)} that {claim}. {_CONTEXT_A}", published=published)
    b = compare.Report(f"{speaker} said {medium.format(day=day_b)} that {claim}. {_CONTEXT_B}", published=published)
    assert [finding.is_conflict for finding in _date_findings(a, b)] == [True]
