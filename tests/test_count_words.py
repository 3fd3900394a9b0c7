"""Counts in words that match them (issue 20, item 7): "1 linked pair", and the "8 / 7" footnote only where a count
reads "8 / 7"."""

from __future__ import annotations

import datetime

import pytest

import compare
from compare._outputs import _render, _terminal

BASE = "Police said 12 people were hurt when a bus overturned near Tarrow on Monday"
INQUIRY = " The mayor ordered an inquiry into the crash."
# B adds a detail to the first claim: one linked pair holds a detail only one report gives.
ONE_DETAIL = (BASE + "." + INQUIRY, BASE + ", and the driver, Tomas Reyk, was arrested at the scene." + INQUIRY)
# B tells in two sentences what A tells in one: A shares 1 claim, B 2, so the counts read "1 / 2".
UNEVEN = (
    "Flooding closed the Marrow bridge on Sunday and 40 families in Dellby were moved to the school hall.",
    "Flooding closed the Marrow bridge on Sunday. Forty families in Dellby were moved to the school hall.",
)
FOOTNOTE = "gives A\u2019s count, then B\u2019s"


def test_one_linked_pair_is_singular() -> None:
    comparison = compare.compare(BASE + ".", BASE + ", and the driver, Tomas Reyk, was arrested at the scene.")
    assert len(comparison.shared) == len(comparison.partly_shared) == 1
    text = _terminal.markdown(comparison)
    assert "in 1 linked pair of sentences (1 with a detail only one gives)" in text
    assert "1 linked pairs" not in text


def _pdf_html(comparison: compare.Comparison) -> str:
    html, _ = _render._render(comparison, datetime.datetime(2025, 3, 19, tzinfo=datetime.UTC))
    return html


@pytest.mark.parametrize("render", [compare.Comparison.to_html, _pdf_html], ids=["screen", "pdf"])
def test_the_a_b_footnote_only_when_a_count_differs(render: object) -> None:
    even = compare.compare(*ONE_DETAIL)
    uneven = compare.compare(*UNEVEN)
    assert _terminal.claim_counts(uneven)[0] == (1, 2)
    assert FOOTNOTE not in render(even)  # type: ignore[operator]
    assert FOOTNOTE in render(uneven)  # type: ignore[operator]
