"""The coverage report of a collation, as HTML and PDF: verdict, disputed details, a claims-by-reports grid, each
report's own claims, and the texts.

It reuses the comparison report's machinery (``_render``): the autoescaping Jinja2 environment and its stylesheet,
WeasyPrint imported lazily and only through the fetcher that refuses every outside URL, the paused collector, the
target checks and the atomic write. The same rules hold: render in spawned processes, never forked ones.
"""

from __future__ import annotations

import datetime
import os
import platform
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

import attrs
import jinja2
from markupsafe import Markup, escape

from .._errors import RenderError
from .._settings import settings_dict
from ._collation_text import KIND_WORDS, collation_verdict, group_text
from ._counts import plural
from ._render import (
    _PAUSED_GC,
    _check_target,
    _environment,
    _full_text,
    _generated_at,
    _stylesheet,
    _version,
    _write,
    print_pdf,
)
from ._view import Run, clean, report_card, shorten

if TYPE_CHECKING:
    from .._collate._model import ClaimGroup, Collation
    from .._model import Sentence

__all__ = ["render_collation_html", "render_collation_pdf"]

_TEMPLATE = "collation.html.j2"
_STYLESHEET = "collation.css"  # added to the PDF's report.css
_SCREEN_STYLESHEET = "collation-screen.css"  # added to the two-report HTML's screen.css
# A claim as the grid shows it: short enough for one or two lines beside ten report columns.
_GRID_CLAIM_CHARS = 90
_NAME_CHARS = 60
_CELL = {"states": "✓", "other value": "≠", "silent": "·"}


def render_collation_html(collation: Collation) -> str:
    """The coverage report as a standalone HTML document; each claim of the grid opens to its full text.

    Args:
        collation: The collation to show.

    Returns:
        The HTML text.

    Raises:
        RenderError: The template could not be rendered.
    """
    return _render(collation, _generated_at(), for_pdf=False)


def render_collation_pdf(
    collation: Collation, target: str | os.PathLike[str] | BinaryIO, *, pdf_variant: str | None = None
) -> int:
    """Print the coverage report as a tagged PDF carrying the collation's JSON as ``collation.json``.

    Args:
        collation: The collation to show.
        target: A path (written to a temporary file, then renamed) or a binary file object.
        pdf_variant: A WeasyPrint PDF variant, such as ``"pdf/a-3b"``, or None for a plain tagged PDF.

    Returns:
        The number of pages.

    Raises:
        InputError: The target is not a path or a binary file, or its directory does not exist.
        RenderError: WeasyPrint failed or the file could not be written.
    """
    destination = _check_target(target)
    created = _generated_at()
    html = _render(collation, created, for_pdf=True)
    attachment = (collation.to_json(), "collation.json", "The collation as JSON (compare's collation schema)")
    with _PAUSED_GC:
        data, pages = print_pdf(html, {}, created, attachment, pdf_variant)
    _write(data, destination)
    return pages


def _render(collation: Collation, created: datetime.datetime, *, for_pdf: bool) -> str:
    try:
        return _environment().get_template(_TEMPLATE).render(_context(collation, created, for_pdf))
    except jinja2.TemplateError as error:
        raise RenderError(f"the collation's template failed: {error}") from error
    except OSError as error:
        raise RenderError(f"the collation's template cannot be read: {error}") from error


def _context(collation: Collation, created: datetime.datetime, for_pdf: bool) -> dict[str, Any]:
    names = [shorten(" ".join(clean(name).split()), _NAME_CHARS) for name in collation.names]
    classes = _classes(collation)
    unique = collation.unique
    title = f"Collation of {len(names)} reports: " + ", ".join(names[:4]) + (" …" if len(names) > 4 else "")
    version = _version("compare-reports")
    return {
        "title": title,
        "for_pdf": for_pdf,
        "generator": f"compare-reports {version}",
        "created_w3c": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "generated": created.strftime("%Y-%m-%d %H:%M UTC"),
        "css": Markup(_css(for_pdf)),
        "verdict": clean(collation_verdict(collation)),
        "has_conflicts": bool(collation.conflicting),
        "reports": [
            {
                **attrs.asdict(report_card(report, sentences, names[index], str(index + 1))),
                "number": index + 1,
                "stated": sum(1 for group in collation.shared if group.sentences[index]),
                "n_unique": len(unique[index]),
                "unrelated": index in collation.unrelated(),
            }
            for index, (report, sentences) in enumerate(zip(collation.reports, collation.sentences, strict=True))
        ],
        "n_shared": len(collation.shared),
        "n_agreed": len(collation.agreed),
        "n_conflicting": len(collation.conflicting),
        "n_unique": sum(len(sentences) for sentences in unique),
        "conflicts": [_conflict_item(collation, group, names) for group in collation.conflicting],
        "differences": [_conflict_item(collation, group, names) for group in collation.differing],
        # Claims only one report makes are listed under that report, not as rows of the grid.
        "grid": [_grid_row(collation, group) for group in collation.shared],
        "cells": _CELL,
        "unique": [
            {"number": index + 1, "name": names[index], "sentences": [_plain(s.index, s.text) for s in sentences]}
            for index, sentences in enumerate(unique)
        ],
        "fulltexts": [
            {
                "number": index + 1,
                "name": names[index],
                "html": _fulltext(report.text, sentences, classes[index], f"r{index + 1}-"),
            }
            for index, (report, sentences) in enumerate(zip(collation.reports, collation.sentences, strict=True))
        ],
        "settings": [(key, repr(value)) for key, value in settings_dict(collation.settings).items()],
        "versions": [
            ("compare-reports", version),
            ("weasyprint", _version("weasyprint")),
            ("python", platform.python_version()),
        ],
        "plural": plural,
    }


def _css(for_pdf: bool) -> str:
    """The PDF's stylesheets (A4 pages) or the screen's (one column that fits any width)."""
    if for_pdf:
        return _stylesheet("report.css") + "\n" + _stylesheet(_STYLESHEET)
    return _stylesheet("screen.css") + "\n" + _stylesheet(_SCREEN_STYLESHEET)


def _plain(index: int, text: str) -> dict[str, Any]:
    return {"index": index, "text": clean(text)}


def _conflict_item(collation: Collation, group: ClaimGroup, names: Sequence[str]) -> dict[str, Any]:
    values = [reading.value for split in group.values for reading in split.readings]
    return {
        "claim": clean(group_text(collation, group)),
        "splits": [
            {
                "what": KIND_WORDS.get(split.kind, clean(split.kind)),
                "readings": [
                    {
                        "value": clean(reading.value),
                        "names": ", ".join(names[r] for r in reading.reports),
                        "majority": reading is split.majority,
                    }
                    for reading in split.readings
                ],
                "outliers": ", ".join(names[r] for r in split.outliers),
            }
            for split in group.values
        ],
        # A report's several sentences in the group, together under its name.
        "sentences": [
            {
                "number": report + 1,
                "name": names[report],
                "html": Markup(" ").join(
                    _marked(collation.sentences[report][index].text, values) for index in group.sentences[report]
                ),
            }
            for report in group.reports
        ],
        "silent": ", ".join(names[r] for r in group.silent),
    }


def _marked(text: str, values: Sequence[str]) -> Markup:
    """The sentence, escaped, with each disputed value it contains marked."""
    text = clean(text)
    pattern = "|".join(re.escape(v) for v in sorted({v for v in values if v.strip()}, key=len, reverse=True))
    if not pattern:
        return escape(text)
    pieces: list[Markup] = []
    position = 0
    for match in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text, re.IGNORECASE):
        pieces += [
            escape(text[position : match.start()]),
            Markup('<mark class="conflict-a">{}</mark>').format(match.group()),
        ]
        position = match.end()
    pieces.append(escape(text[position:]))
    return Markup("").join(pieces)


def _grid_row(collation: Collation, group: ClaimGroup) -> dict[str, Any]:
    full = " ".join(clean(group_text(collation, group)).split())
    return {
        "short": shorten(full, _GRID_CLAIM_CHARS),
        "full": full,
        "count": len(group.reports),
        "stances": [group.stance(report) for report in range(len(collation.reports))],
    }


def _classes(collation: Collation) -> list[list[str]]:
    """Each sentence's class in the appendix: conflicting, shared, boilerplate or unique."""
    found = [["boilerplate" if s.boilerplate else "unique" for s in sentences] for sentences in collation.sentences]
    for group in collation.shared:
        for report in group.reports:
            for index in group.sentences[report]:
                found[report][index] = "conflicting" if group.values else "shared"
    return found


def _fulltext(text: str, sentences: Sequence[Sentence], classes: Sequence[str], prefix: str) -> Markup:
    """A report's text with each sentence in a span of its class; the sentences one per line when their spans do
    not match the text (a hand-made report)."""
    text = clean(text)
    ordered = sorted(sentences, key=lambda s: (s.start, s.end))
    runs: list[Run] = []
    position = 0
    for sentence in ordered:
        if not (position <= sentence.start <= sentence.end <= len(text)) or text[
            sentence.start : sentence.end
        ] != clean(sentence.text):
            runs = [Run(clean(s.text) + "\n", classes[s.index], f"{prefix}{s.index}") for s in sentences]
            return _full_text(runs)
        runs.append(Run(text[position : sentence.start]))
        runs.append(Run(text[sentence.start : sentence.end], classes[sentence.index], f"{prefix}{sentence.index}"))
        position = sentence.end
    runs.append(Run(text[position:]))
    return _full_text(runs)
