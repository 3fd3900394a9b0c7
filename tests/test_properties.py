"""Invariants that hold for any text (hypothesis), over generated news-like text and over real sentences."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compare
from collation_invariants import assert_grid_invariants
from real_text import real_sentences

_VOCABULARY = (
    "the police said 12 people were hurt in a fire on Monday Mayor Jane Doe ordered an inquiry "
    "officials 2,000 residents evacuated bridge closed U.S. Gov. Newsom “we will rebuild,” she said"
)
NEWS_WORDS = st.sampled_from(_VOCABULARY.split(" "))
SENTENCES = st.lists(NEWS_WORDS, min_size=3, max_size=14).map(lambda words: " ".join(words) + ".")
REPORTS = st.lists(SENTENCES, min_size=1, max_size=6).map(" ".join)


def _with_figures(sentence: str, figures: list[int]) -> str:
    """The sentence with its numbers replaced, so that two draws of it may agree or conflict."""
    numbers = iter(figures)
    return re.sub(r"\d+", lambda match: str(next(numbers, match.group())), sentence)


REAL_SENTENCES = st.builds(_with_figures, st.sampled_from(real_sentences()), st.lists(st.integers(1, 30), max_size=3))
REAL_REPORTS = st.lists(REAL_SENTENCES, min_size=1, max_size=8).map("\n".join)
ANY_REPORTS = st.one_of(REPORTS, REAL_REPORTS)
# Every code point, surrogates and unassigned ones included, and the characters that break lines or sentences.
ANY_TEXT = st.text(
    alphabet=st.one_of(st.characters(exclude_categories=()), st.sampled_from('.!?。\n\r\u2028\x00\x0c "“”')),
    min_size=1,
    max_size=200,
)
# No example database: the tests must not leave a .hypothesis folder in the work tree. Derandomised, so that every
# run tries the same examples and a failure is the code's, not the draw's; longer runs with more examples found
# the case in test_a_sentence_quoting_itself_unevenly_agrees_with_itself.
FAST = settings(
    max_examples=40, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


def _assert_spans(result: compare.Comparison) -> None:
    for report, sentences in ((result.a, result.sentences_a), (result.b, result.sentences_b)):
        previous_end = 0
        for sentence in sentences:
            assert report.text[sentence.start : sentence.end] == sentence.text
            assert previous_end <= sentence.start < sentence.end
            previous_end = sentence.end


def _conflict_view(conflicts: tuple[compare.Conflict, ...], *, swap: bool) -> list[tuple[object, ...]]:
    # The explanation names the reports ("A says ...; B says ..."), so the mirror compares the details.
    if swap:
        return sorted((c.kind, c.b_value, c.a_value, c.b_span, c.a_span, c.confidence) for c in conflicts)
    return sorted((c.kind, c.a_value, c.b_value, c.a_span, c.b_span, c.confidence) for c in conflicts)


def _links_view(result: compare.Comparison, *, swap: bool) -> dict[tuple[int, int], tuple[object, ...]]:
    return {
        ((link.b, link.a) if swap else (link.a, link.b)): (link.score, _conflict_view(link.conflicts, swap=swap))
        for link in result.links
    }


@settings(FAST, max_examples=60)
@given(a=ANY_REPORTS, b=ANY_REPORTS)
def test_round_trip_and_spans(a: str, b: str) -> None:
    result = compare.compare(a, b)
    assert compare.Comparison.from_dict(result.to_dict()) == result
    assert compare.compare(a, b).to_json() == result.to_json()
    _assert_spans(result)
    for link in result.links:
        assert 0.0 <= link.score <= 1.0
    _assert_details_in_linked_sentences(result)


def _assert_details_in_linked_sentences(result: compare.Comparison) -> None:
    for details, sentences, linked in (
        (result.details_a, result.sentences_a, {link.a for link in result.links}),
        (result.details_b, result.sentences_b, {link.b for link in result.links}),
    ):
        for detail in details:
            assert detail.sentence in linked
            assert sentences[detail.sentence].text[detail.start : detail.end] == detail.text
            assert detail.text.strip()


@settings(FAST, max_examples=60)
@given(a=ANY_REPORTS, b=ANY_REPORTS)
def test_comparing_b_with_a_mirrors_comparing_a_with_b(a: str, b: str) -> None:
    forward = compare.compare(a, b)
    backward = compare.compare(b, a)
    assert _links_view(forward, swap=False) == _links_view(backward, swap=True)
    assert [s.index for s in forward.unique_a] == [s.index for s in backward.unique_b]
    assert [s.index for s in forward.unique_b] == [s.index for s in backward.unique_a]
    assert forward.details_a == backward.details_b
    assert forward.details_b == backward.details_a


@settings(FAST)
@given(a=ANY_REPORTS)
def test_a_report_agrees_with_itself(a: str) -> None:
    result = compare.compare(a, a)
    assert not result.conflicts
    assert not result.unique_a
    assert not result.unique_b
    assert not result.details_a
    assert not result.details_b
    linked = {(link.a, link.b) for link in result.links}
    for sentence in result.sentences_a:
        if not sentence.boilerplate:
            assert (sentence.index, sentence.index) in linked


def test_a_sentence_quoting_itself_unevenly_agrees_with_itself() -> None:
    sentence = "\u201cwe the the the police the \u201cwe \u201cwe the the the Mayor the \u201cwe."
    assert not compare.compare(sentence, sentence).conflicts


@settings(FAST, max_examples=100)
@given(a=ANY_TEXT, b=ANY_TEXT)
def test_any_text_gives_a_result_or_an_input_error(a: str, b: str) -> None:
    try:
        result = compare.compare(a, b)
    except compare.CompareError:
        return
    _assert_spans(result)
    assert compare.Comparison.from_json(result.to_json()) == result


@settings(FAST)
@given(a=st.lists(ANY_TEXT, min_size=1, max_size=5), b=st.lists(REAL_SENTENCES, min_size=1, max_size=5))
def test_presplit_sentences_keep_their_spans(a: list[str], b: list[str]) -> None:
    try:
        result = compare.compare(compare.Report.from_sentences(a), compare.Report.from_sentences(b))
    except compare.CompareError:
        return
    _assert_spans(result)
    assert [s.text for s in result.sentences_b] == [s.strip() for s in b if s.strip()]


@FAST
@given(ANY_REPORTS, ANY_REPORTS)
def test_a_collation_of_two_reports_agrees_with_their_comparison(a: str, b: str) -> None:
    collation = compare.collate([a, b])
    comparison = compare.compare(a, b)
    assert collation.comparison(0, 1) == comparison
    assert collation.unique == (comparison.unique_a, comparison.unique_b)
    assert_grid_invariants(collation)


@FAST
@given(st.lists(ANY_REPORTS, min_size=3, max_size=4), st.randoms(use_true_random=False))
def test_collation_groups_keep_the_grid_s_invariants_and_follow_a_permutation(reports: list[str], random: Any) -> None:
    order = list(range(len(reports)))
    random.shuffle(order)
    collation = compare.collate(reports)
    assert_grid_invariants(collation)
    permuted = compare.collate([reports[i] for i in order])
    assert permuted.unique == tuple(collation.unique[i] for i in order)
