"""compare: what two reports of the same event agree on, what only one says, and where they conflict.

>>> import compare
>>> c = compare.compare("Police said 12 people were hurt.", "Twelve people were hurt, police said.")
>>> len(c.shared)
1
"""

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


def render_pdf(comparison: Comparison, target: object) -> None:
    """Write a comparison's PDF report to a path or a binary file (WeasyPrint is imported only now)."""
    from ._render import render_pdf as _render_pdf

    _render_pdf(comparison, target)  # type: ignore[arg-type]
