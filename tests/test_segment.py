"""Tests for the sentence segmentation stage: the hand-written corpus and span invariants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare._text._segment import split_sentences

CASES_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "segmentation" / "cases.jsonl"


def _load_cases() -> list[dict[str, Any]]:
    with CASES_FILE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


CASES = _load_cases()
# No example database: the tests must not leave a .hypothesis folder in the work tree.
NO_DB = settings(database=None)

# Characters that exercise the rules (abbreviations, quotes, ellipses, line breaks) far more often than st.text().
# Curly quotes and guillemets are spelled as escapes (\u201c \u201d \u2018 \u2019 \u00ab \u00bb).
NEWSY = st.text(
    alphabet=st.sampled_from(list("aAbTheUS.?!\u2026\u201c\u201d\"'\u2018\u2019\u00ab\u00bb()-$1 \n\t\r\u2028\u00a0")),
    max_size=300,
)


def _assert_valid(text: str, spans: tuple[tuple[int, int], ...]) -> None:
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        previous_end = end
    covered = {index for start, end in spans for index in range(start, end)}
    for index, char in enumerate(text):
        if not char.isspace():
            assert index in covered, f"non-whitespace {char!r} at {index} outside every span"


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 70
    assert len({case["id"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_corpus_case(case: dict[str, Any]) -> None:
    text = case["text"]
    assert [text[start:end] for start, end in split_sentences(text)] == case["sentences"], case["note"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\r\n\u2028\u00a0 "])
def test_whitespace_only_gives_no_spans(text: str) -> None:
    assert split_sentences(text) == ()


def test_max_chars_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_chars"):
        split_sentences("Some text.", max_chars=0)


def test_long_sentence_is_cut_at_whitespace() -> None:
    text = "alpha beta gamma delta"
    assert [text[s:e] for s, e in split_sentences(text, max_chars=11)] == ["alpha beta", "gamma delta"]


def test_long_word_is_cut_anywhere() -> None:
    text = "x" * 25
    assert [e - s for s, e in split_sentences(text, max_chars=10)] == [10, 10, 5]


@given(st.text())
@NO_DB
def test_spans_are_valid_for_any_text(text: str) -> None:
    _assert_valid(text, split_sentences(text))


@given(NEWSY)
@NO_DB
def test_spans_are_valid_for_news_like_text(text: str) -> None:
    _assert_valid(text, split_sentences(text))


@given(st.one_of(st.text(), NEWSY), st.integers(min_value=1, max_value=40))
@NO_DB
def test_pieces_never_exceed_max_chars(text: str, max_chars: int) -> None:
    spans = split_sentences(text, max_chars=max_chars)
    _assert_valid(text, spans)
    assert all(end - start <= max_chars for start, end in spans)


@settings(max_examples=3, deadline=None, database=None)
@given(st.sampled_from(["lorem ipsum dolor sit amet ", "x", "word\u00a0"]))
def test_megabyte_without_punctuation_is_bounded(unit: str) -> None:
    text = unit * (1_000_000 // len(unit))
    spans = split_sentences(text, max_chars=1000)
    assert spans
    assert all(end - start <= 1000 for start, end in spans)
    assert spans[0][0] == 0
    assert spans[-1][1] == len(text.rstrip())
