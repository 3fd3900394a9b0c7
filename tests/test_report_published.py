"""A report's publication day given as a date, a datetime or an ISO string; anything else is a clear error."""

from __future__ import annotations

import datetime

import pytest

import compare

TEXT = "The council approved the budget on Friday. The vote was 7 to 2."


@pytest.mark.parametrize(
    "given",
    [datetime.date(2025, 3, 19), datetime.datetime(2025, 3, 19, 23, 5), "2025-03-19", " 2025-03-19 "],
    ids=["date", "datetime", "iso", "iso-spaced"],
)
def test_a_publication_day_is_kept_as_a_date(given: object) -> None:
    report = compare.Report(TEXT, published=given)  # type: ignore[arg-type]
    assert report.published == datetime.date(2025, 3, 19)
    assert type(report.published) is datetime.date


@pytest.mark.parametrize("given", ["last Friday", "19/03/2025", "2025-02-30"])
def test_a_string_that_is_no_iso_date_is_an_input_error_naming_it(given: str) -> None:
    with pytest.raises(compare.InputError, match="published") as raised:
        compare.Report(TEXT, published=given)
    assert repr(given) in str(raised.value)
    assert isinstance(raised.value, ValueError)


def test_another_type_is_an_input_error_naming_the_type() -> None:
    with pytest.raises(compare.InputError, match="not int"):
        compare.Report(TEXT, published=20250319)  # type: ignore[arg-type]


def test_relative_days_are_read_against_a_day_given_as_a_string() -> None:
    # 2025-03-19 was a Wednesday: "Friday" in a report of that day is 2025-03-14, two days before "Sunday" (03-16).
    a = compare.Report(TEXT, published="2025-03-19")
    b = compare.Report("The council approved the budget on Sunday. The vote was 7 to 2.", published="2025-03-19")
    comparison = compare.compare(a, b)
    assert [(c.kind, c.a_value, c.b_value) for link in comparison.conflicts for c in link.conflicts] == [
        ("date", "Friday", "Sunday")
    ]
    assert compare.Comparison.from_json(comparison.to_json()) == comparison
