"""The comparison as text: a terminal summary (ANSI colour when wanted, wrapped to a width) and Markdown."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterable, Sequence
from typing import IO, TypeVar

from .._model import Comparison, Conflict, Link, Sentence

__all__ = ["markdown", "marked", "plural", "summary", "value_span", "wants_colour"]

# Values are marked with two private-use characters while the text is wrapped, so that the wrapping sees one
# character per mark, then the marks become colour codes or brackets.
_OPEN, _CLOSE = "\ue000", "\ue001"
_RESET = "\033[0m"
_STYLES = {
    "title": "\033[1m",
    "conflict": "\033[1;31m",
    "shared": "\033[32m",
    "unique": "\033[33m",
    "dim": "\033[2m",
    "a": "\033[1;34m",
    "b": "\033[1;35m",
    "value": "\033[1;7;31m",
}


def wants_colour(stream: IO[str]) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class _Painter:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, style: str, text: str) -> str:
        return f"{_STYLES[style]}{text}{_RESET}" if self.colour else text

    def marks(self, text: str) -> str:
        if self.colour:
            return text.replace(_OPEN, _STYLES["value"]).replace(_CLOSE, _RESET)
        return text.replace(_OPEN, "[").replace(_CLOSE, "]")


def summary(comparison: Comparison, *, colour: bool = False, width: int = 80, limit: int | None = None) -> str:
    """A summary for the terminal: counts, each conflict with both sentences, unique claims, the details only one
    report gives in shared claims, then shared claims with both reports' sentences.

    Args:
        comparison: The comparison.
        colour: Whether to use ANSI colours (conflicting values in reverse red, headings bold).
        width: The width to wrap to (at least 40 columns are used).
        limit: How many items each section shows at most, followed by "... and N more (see --json)"; ``None``
            shows every item.

    Returns:
        The summary, lines joined by newlines.
    """
    paint = _Painter(colour)
    width = max(width, 40)
    name_a, name_b = comparison.a.label, comparison.b.label
    shared, conflicting = claim_counts(comparison)
    counts = (
        f"Claims (A / B when they differ): {both(shared)} shared, {both(conflicting)} conflicting, "
        f"{len(comparison.unique_a)} only in A, {len(comparison.unique_b)} only in B; "
        f"{plural(len(comparison.differences), 'shared claim')} differing compatibly"
    )
    lines = [paint("title", f"A: {name_a}   B: {name_b}")]
    for warning in comparison.warnings:
        lines += [paint("conflict", line) for line in textwrap.wrap("WARNING: " + warning, width)]
    lines += textwrap.wrap(counts, width)
    if comparison.conflicts:
        lines += ["", paint("conflict", f"CONFLICTS ({len(comparison.conflicts)})")]
        for number, link in enumerate(_first(comparison.conflicts, limit), start=1):
            lines += _conflict_block(comparison, number, link, link.conflicts, paint, width)
        lines += _more(comparison.conflicts, limit, paint)
    if comparison.differences:
        lines += ["", paint("title", f"COMPATIBLE DIFFERENCES, NOT CONFLICTS ({len(comparison.differences)})")]
        for number, link in enumerate(_first(comparison.differences, limit), start=1):
            lines += _conflict_block(comparison, number, link, link.differences, paint, width)
        lines += _more(comparison.differences, limit, paint)
    for side, sentences in (("A", comparison.unique_a), ("B", comparison.unique_b)):
        if sentences:
            name = name_a if side == "A" else name_b
            lines += ["", paint("unique", f"ONLY IN {side} ({name}): {len(sentences)}")]
            lines += _sentence_lines(_first(sentences, limit), paint, width)
            lines += _more(sentences, limit, paint)
    for side, details in (("A", comparison.details_a), ("B", comparison.details_b)):
        if details:
            lines += ["", paint("unique", f"DETAILS ONLY {side} GIVES, IN SHARED CLAIMS ({len(details)})")]
            for detail in _first(details, limit):
                lines += _wrapped(f"{detail.sentence:>4}  ", detail.text, paint, width)
            lines += _more(details, limit, paint)
    if comparison.shared:
        lines += ["", paint("shared", f"SHARED ({len(comparison.shared)})")]
        for link in _first(comparison.shared, limit):
            lines += _shared_block(comparison, link, paint, width)
        lines += _more(comparison.shared, limit, paint)
    return "\n".join(lines)


_T = TypeVar("_T")


def _first(items: Sequence[_T], limit: int | None) -> Sequence[_T]:
    return items if limit is None else items[:limit]


def _more(items: Sequence[object], limit: int | None, paint: _Painter) -> list[str]:
    """The line that says how many items a capped section leaves out, if any."""
    if limit is None or len(items) <= limit:
        return []
    return [paint("dim", f"   ... and {len(items) - limit:,} more (see --json)")]


def _shared_block(comparison: Comparison, link: Link, paint: _Painter, width: int) -> list[str]:
    """A shared claim: its score, then each report's sentence (two lines at most), so rows never repeat."""
    sentence_a, sentence_b = comparison.sentence_pair(link)
    prefix_a = f"{link.score:>4.0%}  " + paint("a", "A") + "  "
    lines = _wrapped(prefix_a, sentence_a.text, paint, width, prefix_width=9, limit=2)
    lines += _wrapped("      " + paint("b", "B") + "  ", sentence_b.text, paint, width, prefix_width=9, limit=2)
    return lines


def _conflict_block(
    comparison: Comparison, number: int, link: Link, findings: Sequence[Conflict], paint: _Painter, width: int
) -> list[str]:
    sentence_a, sentence_b = comparison.sentence_pair(link)
    lines = []
    for finding in findings:
        label = "CONFLICT" if finding.is_conflict else "DIFFERS"
        head = f"{number}. {label} ({finding.kind}): {finding.explanation}"
        lines += [paint("conflict", line) for line in textwrap.wrap(head, width, subsequent_indent="   ")]
    spans_a = [value_span(sentence_a.text, c.a_span, c.a_value) for c in findings]
    spans_b = [value_span(sentence_b.text, c.b_span, c.b_value) for c in findings]
    marked_a, marked_b = _terminal_marked(sentence_a.text, spans_a), _terminal_marked(sentence_b.text, spans_b)
    lines += _wrapped(paint("a", "   A") + "  ", marked_a, paint, width, prefix_width=6)
    lines += _wrapped(paint("b", "   B") + "  ", marked_b, paint, width, prefix_width=6)
    return lines


def _terminal_marked(text: str, spans: Iterable[tuple[int, int] | None]) -> str:
    return marked(text, spans, _OPEN, _CLOSE, unbroken=True)


def _sentence_lines(sentences: Sequence[Sentence], paint: _Painter, width: int) -> list[str]:
    lines = []
    for sentence in sentences:
        lines += _wrapped(f"{sentence.index:>4}  ", sentence.text, paint, width)
    return lines


def _wrapped(
    prefix: str, text: str, paint: _Painter, width: int, *, prefix_width: int | None = None, limit: int | None = None
) -> list[str]:
    """The text wrapped after a prefix, its continuation lines indented under the text's first character."""
    indent = " " * (len(prefix) if prefix_width is None else prefix_width)
    body = textwrap.wrap(" ".join(text.split()), width - len(indent), max_lines=limit, placeholder=" …") or [""]
    return [paint.marks((prefix if index == 0 else indent) + line) for index, line in enumerate(body)]


def value_span(text: str, span: tuple[int, int] | None, value: str) -> tuple[int, int] | None:
    """Where a conflict's value stands in its sentence: its span when valid, else the value's first occurrence."""
    if span is not None and 0 <= span[0] < span[1] <= len(text):
        return span
    found = text.find(value) if value else -1
    return (found, found + len(value)) if found >= 0 else None


def marked(text: str, spans: Iterable[tuple[int, int] | None], opening: str, closing: str, *, unbroken: bool) -> str:
    """The text with each span between `opening` and `closing`; a span's part inside an earlier one is left out.

    Args:
        text: The text.
        spans: The spans to mark; ``None`` entries are skipped.
        opening: What goes before a span.
        closing: What goes after it.
        unbroken: Whether spaces inside a span become non-breaking, so that wrapping never splits a pair of marks.
    """
    pieces, position = [], 0
    for start, end in sorted(span for span in spans if span is not None):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        inside = text[start:end].replace(" ", "\u00a0") if unbroken else text[start:end]
        pieces += [text[position:start], opening, inside, closing]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def plural(count: int, word: str) -> str:
    """ "1 claim", "2 claims"."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def claim_counts(comparison: Comparison) -> tuple[tuple[int, int], tuple[int, int]]:
    """How many claims (sentences) of A and of B are shared without a conflict, and how many conflict: one sentence
    linked to two of the other report is one claim."""
    conflicting_a = {link.a for link in comparison.conflicts}
    conflicting_b = {link.b for link in comparison.conflicts}
    shared_a = {link.a for link in comparison.shared} - conflicting_a
    shared_b = {link.b for link in comparison.shared} - conflicting_b
    return (len(shared_a), len(shared_b)), (len(conflicting_a), len(conflicting_b))


def both(counts: tuple[int, int]) -> str:
    """ "7" when both reports count the same, else "8 / 7" (A's, then B's)."""
    return str(counts[0]) if counts[0] == counts[1] else f"{counts[0]} / {counts[1]}"


def _of_each(counts: tuple[int, int]) -> str:
    return "" if counts[0] == counts[1] else " (A / B)"


# --- Markdown --------------------------------------------------------------------------------------------------


def markdown(comparison: Comparison) -> str:
    """The comparison as a Markdown document: counts, conflicts (values in bold), unique claims, the details only one
    report gives in shared claims, shared claims."""
    name_a, name_b = _md(comparison.a.label), _md(comparison.b.label)
    lines = [f"# {name_a} vs {name_b}", ""]
    lines += [line for warning in comparison.warnings for line in (f"> **Warning:** {_md(warning)}", "")]
    shared, conflicting = claim_counts(comparison)
    lines += [
        f"- **{both(shared)}** shared claims{_of_each(shared)} ({plural(len(comparison.partly_shared), 'linked pair')} "
        "with a detail only one gives)",
        f"- **{both(conflicting)}** conflicting claims{_of_each(conflicting)}",
        f"- **{len(comparison.differences)}** shared claims with a compatible difference (not conflicts)",
        f"- **{len(comparison.unique_a)}** claims only in A ({name_a})",
        f"- **{len(comparison.unique_b)}** claims only in B ({name_b})",
    ]
    if comparison.conflicts:
        lines += ["", "## Conflicts", ""]
        for number, link in enumerate(comparison.conflicts, start=1):
            lines += _md_conflict(comparison, number, link, link.conflicts)
    if comparison.differences:
        lines += ["", "## Compatible differences (not conflicts)", ""]
        for number, link in enumerate(comparison.differences, start=1):
            lines += _md_conflict(comparison, number, link, link.differences)
    for side, name, sentences in (("A", name_a, comparison.unique_a), ("B", name_b, comparison.unique_b)):
        if sentences:
            lines += ["", f"## Only in {side} ({name})", ""]
            lines += [f"- {_md(s.text)} *({side}{s.index})*" for s in sentences]
    for side, name, details in (("A", name_a, comparison.details_a), ("B", name_b, comparison.details_b)):
        if details:
            lines += ["", f"## Details only {side} ({name}) gives, in shared claims", ""]
            lines += [f"- {_md(d.text)} *({side}{d.sentence})*" for d in details]
    if comparison.shared:
        lines += ["", "## Shared", "", "| A | B | score |", "|---|---|---|"]
        for link in comparison.shared:
            a, b = comparison.sentence_pair(link)
            lines.append(f"| {_md(a.text)} | {_md(b.text)} | {link.score:.0%} |")
    return "\n".join(lines) + "\n"


def _md_conflict(comparison: Comparison, number: int, link: Link, findings: Sequence[Conflict]) -> list[str]:
    sentence_a, sentence_b = comparison.sentence_pair(link)
    details = "; ".join(_md(c.explanation) for c in findings)
    return [
        f"{number}. **{_kinds(findings)}**: {details}",
        f"   - A{sentence_a.index}: {_md_marked(sentence_a.text, [(c.a_span, c.a_value) for c in findings])}",
        f"   - B{sentence_b.index}: {_md_marked(sentence_b.text, [(c.b_span, c.b_value) for c in findings])}",
    ]


def _kinds(conflicts: Sequence[Conflict]) -> str:
    return ", ".join(dict.fromkeys(c.kind for c in conflicts))


def _md_marked(text: str, values: Sequence[tuple[tuple[int, int] | None, str]]) -> str:
    marks = _terminal_marked(text, [value_span(text, span, value) for span, value in values])
    pieces = []
    for chunk in marks.split(_OPEN):
        if _CLOSE in chunk:
            value, rest = chunk.split(_CLOSE, 1)
            pieces.append(f"**{value.translate(_MD_SPECIAL)}**{rest.translate(_MD_SPECIAL)}")
        else:
            pieces.append(chunk.translate(_MD_SPECIAL))
    return " ".join("".join(pieces).replace("\u00a0", " ").split())


# Characters that Markdown would read as syntax inside a report's text.
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|~"})


def _md(text: str) -> str:
    # "|" is escaped too, so that a sentence can stand in a table cell.
    return " ".join(text.split()).translate(_MD_SPECIAL)
