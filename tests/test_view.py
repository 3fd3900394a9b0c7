"""The view model the PDF and the HTML read: which words are marked, anchors between rows and full texts."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import compare
from compare._outputs import _view
from compare._text._normalize import tokenize, unify_keys

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"
CREATED = datetime.datetime(2025, 3, 19, 16, tzinfo=datetime.UTC)


@pytest.fixture(scope="module")
def seed() -> compare.Comparison:
    a, b = sorted(SEEDS.glob("*.txt"))
    return compare.compare(compare.Report.from_file(a), compare.Report.from_file(b))


@pytest.fixture(scope="module")
def page(seed: compare.Comparison) -> _view.Page:
    return _view.build_page(seed, CREATED)


def _marked(pieces: tuple[_view.Piece, ...]) -> list[str]:
    return [piece.text for piece in pieces if piece.mark]


def _diff(a: str, b: str) -> tuple[list[str], list[str]]:
    (tokens_a,), (tokens_b,) = unify_keys([tokenize(a)], [tokenize(b)])
    pieces_a, pieces_b = _view.diff_pieces(a, b, tokens_a, tokens_b)
    return _marked(pieces_a), _marked(pieces_b)


def test_words_the_engine_reads_alike_are_not_marked() -> None:
    # A number in words and in figures, a duration written two ways, a nickname before a shared surname.
    assert _diff("Police said 12 people were hurt, officials added.", "Police said twelve people were hurt.") == (
        ["officials added."],
        [],
    )
    assert _diff("The 30-day truce held.", "The truce of 30 days held.") == ([], [])
    assert _diff("Michael Waltz spoke on Monday.", "Mike Waltz spoke on Monday.") == ([], [])
    assert _diff("President Donald Trump spoke.", "President Trump spoke.") == ([], [])


def test_differing_words_are_marked_as_one_run() -> None:
    assert _diff("The talks in Riyadh ended on Monday.", "The talks in Jeddah ended on Monday.") == (
        ["Riyadh"],
        ["Jeddah"],
    )
    # "the" weighs nothing alone, but sits inside a run of differing words.
    assert _diff("Troops left the northern border town.", "Troops left.")[0] == ["northern border town."]


# Forms the engine reads as one, as the seeds write them in A and in B.
SAME = [
    ("Donald Trump", "Trump"),
    ("Volodymyr Zelenskyy", "Zelenskyy"),
    ("Michael Waltz", "Mike Waltz"),
    ("30-day", "30 days"),
    ("an hour", "hour-long"),
]


def test_seed_marks_only_what_the_engine_finds_different(page: _view.Page) -> None:
    checked = 0
    for row in page.shared:
        text_a, text_b = "".join(p.text for p in row.a), "".join(p.text for p in row.b)
        marked = {word.strip(",.") for text in _marked(row.a) + _marked(row.b) for word in text.split()}
        for form_a, form_b in SAME:
            if form_a in text_a and form_b in text_b:
                checked += 1
                assert not marked & {*form_a.split(), *form_b.split()}, (row.anchor, form_a, form_b)
    assert checked >= 4
    # What one wording alone says is still marked.
    assert any("Oval Office confrontation" in text for row in page.shared for text in _marked(row.a))


def test_rows_and_full_texts_link_both_ways(seed: compare.Comparison, page: _view.Page) -> None:
    runs = {run.anchor: run for text in page.texts for run in text.runs if run.anchor}
    assert len(runs) == len(seed.sentences_a) + len(seed.sentences_b)
    for row in page.conflicts + page.shared:
        assert row.anchor in runs[row.a_anchor].rows
        assert row.anchor in runs[row.b_anchor].rows
    assert page.conflicts[0].anchor == "conflict-1"
    assert page.shared[-1].anchor == f"shared-{len(seed.shared)}"


def test_full_text_keeps_the_text_between_sentences(seed: compare.Comparison, page: _view.Page) -> None:
    assert "".join(run.text for run in page.texts[0].runs) == seed.a.text
    assert "".join(run.text for run in page.texts[1].runs) == seed.b.text


def test_hand_made_spans_fall_back_to_one_sentence_a_line() -> None:
    sentence = compare.Sentence(0, "Twelve were hurt.", 5, 22)
    comparison = compare.Comparison(
        compare.Report("Other text entirely."), compare.Report("Twelve were hurt."), (sentence,), (sentence,), ()
    )
    runs = _view.build_page(comparison, CREATED).texts[0].runs
    assert [run.text for run in runs] == ["Twelve were hurt."]
    assert runs[0].kind == "unique"
