"""Invariants that hold for any text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compare

_VOCABULARY = (
    "the police said 12 people were hurt in a fire on Monday Mayor Jane Doe ordered an inquiry "
    "officials 2,000 residents evacuated bridge closed U.S. Gov. Newsom “we will rebuild,” she said"
)
NEWS_WORDS = st.sampled_from(_VOCABULARY.split(" "))
SENTENCES = st.lists(NEWS_WORDS, min_size=3, max_size=14).map(lambda words: " ".join(words) + ".")
REPORTS = st.lists(SENTENCES, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=REPORTS, b=REPORTS)
def test_round_trip_and_spans(a: str, b: str) -> None:
    result = compare.compare(a, b)
    assert compare.Comparison.from_dict(result.to_dict()) == result
    for report, sentences in ((result.a, result.sentences_a), (result.b, result.sentences_b)):
        previous_end = 0
        for sentence in sentences:
            assert report.text[sentence.start : sentence.end] == sentence.text
            assert sentence.start >= previous_end
            previous_end = sentence.end
    for link in result.links:
        assert 0.0 <= link.score <= 1.0


@settings(max_examples=100, deadline=None)
@given(a=st.text(min_size=1), b=st.text(min_size=1))
def test_any_text_gives_a_result_or_an_input_error(a: str, b: str) -> None:
    try:
        result = compare.compare(a, b)
    except compare.CompareError:
        return
    assert isinstance(result.to_json(), str)


@settings(max_examples=40, deadline=None)
@given(a=REPORTS)
def test_a_report_agrees_with_itself(a: str) -> None:
    result = compare.compare(a, a)
    assert not result.conflicts
    linked = {(link.a, link.b) for link in result.links}
    for sentence in result.sentences_a:
        if not sentence.boilerplate:
            assert (sentence.index, sentence.index) in linked
