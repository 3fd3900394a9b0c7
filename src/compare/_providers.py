"""Functions that classes call but must not import: each is registered by the module above that provides it.

The results (``_model``, ``_collate._model``) and the reports (``_inputs._report``) sit below the engine, the
readers and the outputs, which import them; they never import those. Yet ``Comparison.to_pdf`` has to reach the
PDF writer, ``Report.from_file`` the file reader, and ``Comparison.from_json`` the engine's measure of relatedness
for JSON written without it. So each providing module registers its functions here with :func:`provides` when it is
imported, and a method asks for one with :func:`provided`, which first imports the module that provides it, by the
name in :data:`_PROVIDERS` (the way ``compare/__init__`` imports its public names on first use). No module imports
a module above it, so the module graph has no cycle, imports inside functions included (tests/test_layout.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["provided", "provides"]

_F = TypeVar("_F", bound=Callable[..., Any])

# Which module provides each function.
_PROVIDERS = {
    "write_pdf": "compare._write",
    "write_html": "compare._write",
    "html_report": "compare._write",
    "compare": "compare._compare",
    "measure_relatedness": "compare._compare",
    "collation_to_dict": "compare._collate._json",
    "collation_from_dict": "compare._collate._json",
    "file_report": "compare._inputs._extract",
    "page_report": "compare._inputs._extract",
    "url_report": "compare._inputs._extract",
}

_PROVIDED: dict[str, Callable[..., Any]] = {}


def provides(function: _F) -> _F:
    """Register a function under its name, for the classes below its module; returns it unchanged."""
    if function.__name__ not in _PROVIDERS:
        raise LookupError(f"{function.__name__} is not a provided function; name its module in _PROVIDERS")
    _PROVIDED[function.__name__] = function
    return function


def provided(name: str) -> Callable[..., Any]:
    """The function registered under ``name``, its module imported first if it has not been."""
    found = _PROVIDED.get(name)
    if found is None:
        importlib.import_module(_PROVIDERS[name])
        found = _PROVIDED[name]
    return found
