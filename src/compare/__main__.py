"""``python -m compare``: the same as the ``compare-reports`` command."""

from ._cli import entry

entry()
