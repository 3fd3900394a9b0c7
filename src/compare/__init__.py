"""compare: what two reports of the same event agree on, what only one says, and where they conflict.

>>> import compare
>>> c = compare.compare("Police said 12 people were hurt.", "Twelve people were hurt, police said.")
>>> len(c.shared)
1
"""

import os
from typing import BinaryIO

from ._compare import compare
from ._errors import CompareError, FormatError, InputError, RenderError, ReportFileError
from ._model import SCHEMA_VERSION, Comparison, Conflict, Link, Sentence
from ._report import Report
from ._settings import Settings

__all__ = [
    "SCHEMA_VERSION",
    "CompareError",
    "Comparison",
    "Conflict",
    "FormatError",
    "InputError",
    "Link",
    "RenderError",
    "Report",
    "ReportFileError",
    "Sentence",
    "Settings",
    "compare",
    "render_pdf",
]


def render_pdf(
    comparison: Comparison, target: str | os.PathLike[str] | BinaryIO, *, pdf_variant: str | None = None
) -> None:
    """Write a comparison's PDF report to a path or a binary file.

    WeasyPrint is imported on the first call, not with ``compare``.

    Args:
        comparison: The comparison to report.
        target: A path (written through a temporary file, then renamed) or a binary file.
        pdf_variant: ``"pdf/a-3b"`` for an archival PDF/A-3 file; ``None`` for a plain tagged PDF.

    Raises:
        RenderError: The PDF could not be produced.
    """
    from ._render import render_pdf as _render_pdf

    _render_pdf(comparison, target, pdf_variant=pdf_variant)
