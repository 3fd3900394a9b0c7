"""A sentence that opens with "By" and a time ("By Monday night, 113 were confirmed dead.") is a claim, not a
byline (issue 19: no claim lost).

Class: "by" as a preposition of time (a weekday, a month, a date, a year, a part of the day, "then", "now", "the end
of ...", "the time ...") opening a sentence whose clause follows. A byline names who wrote the report: "By" and a
name, perhaps a role or an outlet after a comma, and no clause of its own. Pages made by code from the fixtures'
page (tests/furniture_page.py), crossed with times, clauses and names.
"""

from __future__ import annotations

import itertools

import pytest

from furniture_page import assert_kept, assert_set_aside

TIMES = [
    "Monday night",
    "Tuesday",
    "late Friday",
    "noon",
    "midnight",
    "the end of the day",
    "the time rescuers arrived",
    "then",
    "now",
    "March 3",
    "early April",
    "2030",
    "dawn",
    "the weekend",
]
CLAUSES = [
    "113 were confirmed dead",
    "the toll had risen to 40",
    "rescuers reached the village",
    "firefighters contained the blaze",
    "police arrested two men",
    "the river burst its banks",
]
NAMES = ["Jane Roe", "Ahmed Khan", "Maria Lopez", "Tom O'Neill", "Priya Raman", "Li Wei"]
BYLINES = ["By {name}", "By {name}, Staff Writer", "By {name} and Sam Ortiz", "By {name}, CNN", "By {name} | Reuters"]
# Given names that are also weekdays or months: a byline all the same.
NAMES_OF_TIMES = ["Sunday Okafor", "April Rubin", "June Osei", "May Lin"]


def _claims() -> list[str]:
    pairs = zip(itertools.cycle(TIMES), itertools.cycle(CLAUSES), strict=False)
    return [f"By {time}, {clause}." for time, clause in itertools.islice(pairs, 42)]


@pytest.mark.parametrize("line", _claims())
def test_a_sentence_opening_with_by_and_a_time_is_a_claim(line: str) -> None:
    assert_kept(line)


@pytest.mark.parametrize("line", [form.format(name=name) for form in BYLINES for name in NAMES + NAMES_OF_TIMES])
def test_a_byline_is_still_set_aside(line: str) -> None:
    assert_set_aside(line)
