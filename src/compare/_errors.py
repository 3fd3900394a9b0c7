"""Errors raised by compare.

Every error derives from :class:`CompareError`, so ``except compare.CompareError`` catches all of them. Each also
subclasses the closest builtin, so code that expects a ``ValueError`` or ``OSError`` keeps working::

    CompareError
    ├── InputError (ValueError)          a report that cannot be read or compared: empty, undecodable, binary
    │   └── ReportFileError (OSError)    a path that is missing, a directory, or unreadable
    ├── FormatError (ValueError)         a serialised comparison that does not match the JSON contract
    ├── SettingsError (ValueError)       a Settings field out of its range
    ├── RenderError (RuntimeError)       the PDF or HTML could not be produced
    └── SemanticModelError (RuntimeError)  the semantic model (Settings.semantic) cannot be loaded: its extra or
        │                                 its files are not installed
        └── ModelHashError (ValueError)  a model file that is not the pinned one, byte for byte
"""

from __future__ import annotations

__all__ = [
    "CompareError",
    "FormatError",
    "InputError",
    "ModelHashError",
    "RenderError",
    "ReportFileError",
    "SemanticModelError",
    "SettingsError",
]


class CompareError(Exception):
    """Base class of every error raised by compare."""


class InputError(CompareError, ValueError):
    """A report that cannot be read or compared."""


class ReportFileError(InputError, OSError):
    """A report file that is missing, is a directory, or cannot be read."""


class FormatError(CompareError, ValueError):
    """A serialised comparison that does not follow the JSON contract."""


class SettingsError(CompareError, ValueError):
    """A :class:`Settings` field given a value it cannot take (a threshold outside its range, malformed aliases)."""


class RenderError(CompareError, RuntimeError):
    """The PDF or HTML report could not be produced."""


class SemanticModelError(CompareError, RuntimeError):
    """The semantic model (``Settings.semantic``) cannot be loaded: ``tokenizers`` or the model's files are missing."""


class ModelHashError(SemanticModelError, ValueError):
    """A semantic model file whose sha256 is not the one pinned: a corrupted or different model."""
