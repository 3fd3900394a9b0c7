"""How the generated class suites make their cases and read a pair: the conflicts of a pair that must be linked."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

import compare

Case = tuple[str, str]
# What a suite reports of a case it got wrong: the two reports and what was found.
Wrong = tuple[str, str, object]


def linked_conflicts(a: str, b: str) -> list[tuple[str, str, str]]:
    """The (kind, A's value, B's value) of every conflict (not a compatible difference) of two reports that link."""
    result = compare.compare(a, b)
    assert result.links, f"not linked: {a!r} / {b!r}"
    return [(c.kind, c.a_value, c.b_value) for link in result.links for c in link.conflicts if c.is_conflict]


def linked_findings(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """The (kind, severity, A's value, B's value) of every finding, conflict or compatible difference, of two reports
    that link."""
    result = compare.compare(a, b)
    assert result.links, f"not linked: {a!r} / {b!r}"
    return [(c.kind, c.severity, c.a_value, c.b_value) for link in result.links for c in link.conflicts]


def second_sentences_findings(a: str, b: str) -> list[tuple[str, str, str, str]] | None:
    """The (kind, severity, A's value, B's value) of every finding of the link between the second sentences of two
    reports (a generated case's scene first, its sentence under test second), or None when they do not link."""
    comparison = compare.compare(a, b)
    link = next((link for link in comparison.links if (link.a, link.b) == (1, 1)), None)
    if link is None:
        return None
    return [(c.kind, c.severity, c.a_value, c.b_value) for c in link.conflicts]


def generated(make: Callable[[random.Random], Case], seed: int, count: int) -> list[Case]:
    """`count` cases of one class, the same ones in every run."""
    rng = random.Random(seed)
    return [make(rng) for _ in range(count)]


def flagged(cases: Iterable[Case]) -> list[Wrong]:
    """The cases of an equivalent form or another act that get a conflict."""
    return [(a, b, found) for a, b in cases if (found := linked_conflicts(a, b))]


def missed(cases: Iterable[Case], kinds: Iterable[str]) -> list[Wrong]:
    """The cases of a changed fact that get no conflict of one of `kinds`."""
    wanted = set(kinds)
    wrong: list[Wrong] = []
    for a, b in cases:
        found = {conflict[0] for conflict in linked_conflicts(a, b)}
        if not found & wanted:
            wrong.append((a, b, found))
    return wrong
