"""How the generated class suites read a pair: the conflicts of a pair that must be linked."""

from __future__ import annotations

import compare


def linked_conflicts(a: str, b: str) -> list[tuple[str, str, str]]:
    """The (kind, A's value, B's value) of every conflict (not a compatible difference) of two reports that link."""
    result = compare.compare(a, b)
    assert result.links, f"not linked: {a!r} / {b!r}"
    return [(c.kind, c.a_value, c.b_value) for link in result.links for c in link.conflicts if c.is_conflict]
