"""``python -m compare``: the same as the ``compare-reports`` command."""

from ._cli._main import entry

entry()
