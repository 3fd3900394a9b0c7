"""The pipeline: segment, set boilerplate aside, normalise, score, match, classify."""

from __future__ import annotations

import attrs

from ._boilerplate import find_boilerplate
from ._classify import find_conflicts
from ._errors import InputError
from ._match import select_links
from ._model import Comparison, Link, Sentence
from ._normalize import tokenize, unify_keys
from ._report import Report
from ._score import score_pairs
from ._segment import split_sentences
from ._settings import Settings

__all__ = ["compare"]

_SCORE_DIGITS = 4


def compare(a: Report | str, b: Report | str, *, settings: Settings | None = None) -> Comparison:
    """Compare two reports of the same event.

    Args:
        a: Report A, or its text.
        b: Report B, or its text.
        settings: Thresholds and knobs; the defaults when ``None``.

    Returns:
        What the reports agree on, what only one says, and where they conflict.

    Raises:
        InputError: A report is empty or not text.
    """
    settings = settings or Settings()
    report_a = _as_report(a, "A")
    report_b = _as_report(b, "B")
    sentences_a = _sentences(report_a, settings)
    sentences_b = _sentences(report_b, settings)
    sentences_a, sentences_b = _mark_boilerplate(report_a, sentences_a, report_b, sentences_b, settings)
    links = _links(sentences_a, sentences_b, settings)
    return Comparison(report_a, report_b, sentences_a, sentences_b, links, settings)


def _as_report(report: Report | str, default_name: str) -> Report:
    if isinstance(report, str):
        return Report(report, name=default_name)
    if not isinstance(report, Report):
        raise InputError(f"report {default_name} must be a Report or str, not {type(report).__name__}")
    if report.name is None:
        return attrs.evolve(report, name=default_name)
    return report


def _sentences(report: Report, settings: Settings) -> tuple[Sentence, ...]:
    spans = report.sentence_spans
    if spans is None:
        spans = split_sentences(report.text, max_chars=settings.max_sentence_chars)
    return tuple(Sentence(index, report.text[start:end], start, end) for index, (start, end) in enumerate(spans))


def _mark_boilerplate(
    report_a: Report,
    sentences_a: tuple[Sentence, ...],
    report_b: Report,
    sentences_b: tuple[Sentence, ...],
    settings: Settings,
) -> tuple[tuple[Sentence, ...], tuple[Sentence, ...]]:
    if not settings.boilerplate:
        return sentences_a, sentences_b
    same_outlet = report_a.source is not None and report_a.source == report_b.source
    texts_a = [s.text for s in sentences_a]
    texts_b = [s.text for s in sentences_b]
    flags_a = find_boilerplate(texts_a, texts_b, same_outlet=same_outlet)
    flags_b = find_boilerplate(texts_b, texts_a, same_outlet=same_outlet)
    return _flagged(sentences_a, flags_a), _flagged(sentences_b, flags_b)


def _flagged(sentences: tuple[Sentence, ...], flags: tuple[bool, ...]) -> tuple[Sentence, ...]:
    return tuple(attrs.evolve(s, boilerplate=flag) if flag else s for s, flag in zip(sentences, flags, strict=True))


def _links(
    sentences_a: tuple[Sentence, ...], sentences_b: tuple[Sentence, ...], settings: Settings
) -> tuple[Link, ...]:
    claims_a = [s for s in sentences_a if not s.boilerplate]
    claims_b = [s for s in sentences_b if not s.boilerplate]
    if not claims_a or not claims_b:
        return ()
    tokens_a, tokens_b = unify_keys([tokenize(s.text) for s in claims_a], [tokenize(s.text) for s in claims_b])
    scores = score_pairs(
        [s.text for s in claims_a],
        tokens_a,
        [s.text for s in claims_b],
        tokens_b,
        clause_min_weight=settings.clause_min_weight,
    )
    links = []
    for i, j, score in select_links(scores, settings):
        conflicts = find_conflicts(claims_a[i].text, tokens_a[i], claims_b[j].text, tokens_b[j])
        links.append(Link(claims_a[i].index, claims_b[j].index, round(score, _SCORE_DIGITS), conflicts))
    return tuple(links)
