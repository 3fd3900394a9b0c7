"""Short claims by class: the same predicate with the same arguments and another figure is a link with a number
conflict, however short the sentences ("Ten people died." / "Twelve people died."); the same figures with another
predicate are not. Cases are generated from templates over many subjects, verbs and figures."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compare

# No example database (no .hypothesis folder in the work tree), derandomised so every run tries the same cases.
CASES = settings(
    max_examples=60, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

SUBJECTS = ("people", "workers", "passengers", "soldiers", "students", "miners", "patients", "climbers", "fishermen")
PREDICATES = (
    "died",
    "were injured",
    "were arrested",
    "were rescued",
    "were evacuated",
    "were killed",
    "were wounded",
    "were detained",
    "remain missing",
    "were hospitalized",
)
WORDS = ("three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty")
# Four-digit figures without a comma read as years, another class of fact: larger counts are written with commas.
FIGURES = st.one_of(
    st.sampled_from(WORDS),
    st.integers(min_value=2, max_value=999).map(str),
    st.integers(min_value=1000, max_value=99_999).map("{:,}".format),
)


def _sentence(figure: str, subject: str, predicate: str) -> str:
    return f"{figure[:1].upper()}{figure[1:]} {subject} {predicate}."


@CASES
@given(st.sampled_from(SUBJECTS), st.sampled_from(PREDICATES), FIGURES, FIGURES)
def test_the_same_short_claim_with_another_figure_is_a_linked_number_conflict(
    subject: str, predicate: str, first: str, second: str
) -> None:
    comparison = compare.compare(_sentence(first, subject, predicate), _sentence(second, subject, predicate))
    assert [(link.a, link.b) for link in comparison.links] == [(0, 0)]
    assert comparison.related
    kinds = [c.kind for c in comparison.links[0].conflicts]
    low, high = sorted((_value(first), _value(second)))
    if low == high:
        assert not kinds
    # A round figure near another may be the same count rounded (that is the conflict engine's call); far apart, never.
    elif high >= 1.5 * low:
        assert kinds == ["number"]


@CASES
@given(
    st.sampled_from(SUBJECTS),
    st.sampled_from(SUBJECTS),
    st.sampled_from(PREDICATES),
    st.sampled_from(PREDICATES),
    FIGURES,
    FIGURES,
)
def test_figures_alone_never_make_a_link(
    subject: str, other_subject: str, predicate: str, other: str, first: str, second: str
) -> None:
    # Figures are slots of one claim, not a claim: with another subject and another predicate nothing is shared.
    if subject == other_subject or predicate.split()[-1] == other.split()[-1] or _value(first) == _value(second):
        return
    comparison = compare.compare(_sentence(first, subject, predicate), _sentence(second, other_subject, other))
    assert not comparison.links


def _value(figure: str) -> int:
    return _WORD_VALUES[figure] if figure in _WORD_VALUES else int(figure.replace(",", ""))


_WORD_VALUES = dict(zip(WORDS, (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20), strict=True))
