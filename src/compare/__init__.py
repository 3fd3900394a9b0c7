"""compare: what two reports of the same event agree on, what only one says, and where they conflict.

>>> import compare
>>> c = compare.compare("Police said 12 people were hurt.", "Twelve people were hurt, police said.")
>>> len(c.shared)
1

The engine (NumPy, wordfreq) is imported on first use of a name, not with ``import compare``: the pytest
plugin (``compare._plugin``, loaded by every pytest run where compare is installed) imports this package, and
pytest's start-up must not pay for an engine a test run may never use.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, BinaryIO

from ._errors import (
    CompareError,
    FormatError,
    InputError,
    ModelHashError,
    RenderError,
    ReportFileError,
    SemanticModelError,
    SettingsError,
)

if TYPE_CHECKING:
    __version__: str
    from ._batch import compare_many
    from ._collate._collate import collate
    from ._collate._model import ClaimGroup, Collation, Reading, ValueSplit
    from ._compare import compare
    from ._inputs._report import Report
    from ._model import SCHEMA_VERSION, Comparison, Conflict, Contradiction, Detail, Link, Sentence
    from ._settings import Settings
    from ._write import html_report, write_html, write_pdf

__all__ = [
    "SCHEMA_VERSION",
    "ClaimGroup",
    "Collation",
    "CompareError",
    "Comparison",
    "Conflict",
    "Contradiction",
    "Detail",
    "FormatError",
    "InputError",
    "Link",
    "ModelHashError",
    "Reading",
    "RenderError",
    "Report",
    "ReportFileError",
    "SemanticModelError",
    "Sentence",
    "Settings",
    "SettingsError",
    "ValueSplit",
    "__version__",
    "collate",
    "compare",
    "compare_many",
    "html_report",
    "render_pdf",
    "write_html",
    "write_pdf",
]

# Where each lazily imported public name lives.
_LAZY = {
    "SCHEMA_VERSION": "._model",
    "Comparison": "._model",
    "Conflict": "._model",
    "Contradiction": "._model",
    "Detail": "._model",
    "Link": "._model",
    "Sentence": "._model",
    "Report": "._inputs._report",
    "Settings": "._settings",
    "compare": "._compare",
    "compare_many": "._batch",
    "ClaimGroup": "._collate._model",
    "Collation": "._collate._model",
    "Reading": "._collate._model",
    "ValueSplit": "._collate._model",
    "collate": "._collate._collate",
    "write_pdf": "._write",
    "write_html": "._write",
    "html_report": "._write",
}

if not TYPE_CHECKING:
    # Hidden from mypy: a module __getattr__ would make every misspelt attribute of compare type-check as Any.

    def __getattr__(name: str) -> Any:
        if name == "__version__":
            from importlib.metadata import version

            globals()[name] = value = version("compare-reports")
            return value
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later look-ups find it directly
        return value


def __dir__() -> Iterable[str]:
    return sorted(__all__)


def render_pdf(
    comparison: Comparison, target: str | os.PathLike[str] | BinaryIO, *, pdf_variant: str | None = None
) -> int:
    """Write a comparison's PDF report to a path or a binary file.

    WeasyPrint is imported on the first call, not with ``compare``.

    Args:
        comparison: The comparison to report.
        target: A path (written through a temporary file, then renamed) or a binary file.
        pdf_variant: ``"pdf/a-3b"`` for an archival PDF/A-3 file; ``None`` for a plain tagged PDF.

    Returns:
        The number of pages.

    Raises:
        RenderError: The PDF could not be produced.
    """
    from ._outputs._render import render_pdf as _render_pdf

    return _render_pdf(comparison, target, pdf_variant=pdf_variant)
