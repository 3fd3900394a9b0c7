"""A conflict found between two sentences, before it is written out (by _classify), how findings are paired one to
one, and how the spans they stand on meet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import attrs

__all__ = ["DIFFERS", "Finding", "one_to_one", "overlap", "within"]

_T = TypeVar("_T")

DIFFERS = "A says {a}; B says {b}: both can be true, one is more precise."


@attrs.frozen
class Finding:
    """A conflict before it is written out, so that it can be swapped to the other order."""

    kind: str
    a_span: tuple[int, int]
    b_span: tuple[int, int]
    a_phrase: str
    b_phrase: str
    confidence: float
    # "{a}" and "{b}" stand for the phrases; "A" and "B" for the reports, whichever order they come in.
    template: str = "A says {a}; B says {b}."
    severity: str = "conflict"

    def swapped(self) -> Finding:
        return attrs.evolve(
            self, a_span=self.b_span, b_span=self.a_span, a_phrase=self.b_phrase, b_phrase=self.a_phrase
        )


def one_to_one(candidates: Sequence[tuple[float, int, int, _T]]) -> list[_T]:
    """The candidates taken greedily, best first, each of A's and B's items in at most one.

    Args:
        candidates: (rank, A's item, B's item, payload); a lower rank is better, ties go to the earlier items.

    Returns:
        The payloads of the pairs taken.
    """
    used_a: set[int] = set()
    used_b: set[int] = set()
    taken = []
    for _, item_a, item_b, payload in sorted(candidates, key=lambda candidate: candidate[:3]):
        if item_a not in used_a and item_b not in used_b:
            used_a.add(item_a)
            used_b.add(item_b)
            taken.append(payload)
    return taken


def overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two (start, end) spans share a character."""
    return one[0] < other[1] and other[0] < one[1]


def within(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Whether a (start, end) span lies inside another."""
    return outer[0] <= span[0] and span[1] <= outer[1]
