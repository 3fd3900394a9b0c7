"""The reports as functions of a result: ``compare.write_pdf``, ``compare.write_html`` and ``compare.html_report``.

They take a :class:`~compare.Comparison` (two reports) or a :class:`~compare.Collation` (two or more) and lay it out
with the writer of its kind. ``Comparison.to_pdf``, ``Collation.to_html`` and the like are aliases of them, which
the results reach through :mod:`compare._providers` (the results sit below the outputs and never import them).
WeasyPrint is imported on the first PDF, not with this module.
"""

from __future__ import annotations

import io
import os
from typing import BinaryIO, TextIO

from ._collate._model import Collation
from ._errors import InputError, RenderError
from ._files import write_atomically
from ._model import Comparison
from ._outputs._collation import render_collation_html, render_collation_pdf
from ._outputs._render import render_html, render_pdf
from ._providers import provides

__all__ = ["html_report", "write_html", "write_pdf"]


@provides
def write_pdf(
    result: Comparison | Collation, target: str | os.PathLike[str] | BinaryIO, *, pdf_variant: str | None = None
) -> int:
    """Write the PDF report of a comparison or a collation to a path or a binary file.

    Args:
        result: What :func:`compare.compare` or :func:`compare.collate` gave.
        target: A path (written to a temporary file, then renamed) or a binary file open for writing.
        pdf_variant: ``"pdf/a-3b"`` for an archival PDF/A-3 file; ``None`` for a plain tagged PDF.

    Returns:
        The number of pages.

    Raises:
        InputError: ``result`` is neither, or the target is not a path or a binary file, or its directory does not
            exist.
        RenderError: The PDF could not be produced or written.
    """
    if isinstance(result, Comparison):
        return render_pdf(result, target, pdf_variant=pdf_variant)
    return render_collation_pdf(_collation(result), target, pdf_variant=pdf_variant)


@provides
def html_report(result: Comparison | Collation) -> str:
    """The HTML report of a comparison or a collation: one file for screens, its stylesheet inlined.

    Raises:
        InputError: ``result`` is neither a Comparison nor a Collation.
        RenderError: The template could not be rendered.
    """
    if isinstance(result, Comparison):
        return render_html(result)
    return render_collation_html(_collation(result))


@provides
def write_html(result: Comparison | Collation, target: str | os.PathLike[str] | TextIO) -> None:
    """Write :func:`html_report` to a path (through a temporary file, then renamed) or a text file.

    Raises:
        InputError: ``result`` is neither a Comparison nor a Collation, or the target is neither a path nor a text
            file.
        RenderError: The template could not be rendered, or the file could not be written.
    """
    if isinstance(target, io.BufferedIOBase | io.RawIOBase):
        raise InputError("HTML target is a binary file; open it in text mode ('w', encoding='utf-8')")
    if not isinstance(target, str | os.PathLike) and not callable(getattr(target, "write", None)):
        raise InputError(f"HTML target must be a path or a text file, not {type(target).__name__}")
    html = html_report(result)
    if not isinstance(target, str | os.PathLike):
        target.write(html)
        return
    try:
        write_atomically(target, html.encode("utf-8"))
    except OSError as error:
        raise RenderError(
            f"the HTML could not be written to {os.fspath(target)!r}: {error.strerror or error}"
        ) from None


def _collation(result: object) -> Collation:
    if not isinstance(result, Collation):
        raise InputError(f"a report is written of a Comparison or a Collation, not {type(result).__name__}")
    return result
