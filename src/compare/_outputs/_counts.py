"""Counts as every output words them: plurals, and claims counted per report ("7", or "8 / 7" when they differ)."""

from __future__ import annotations

from .._model import Comparison

__all__ = ["both", "claim_counts", "plural"]


def plural(count: int, word: str) -> str:
    """ "1 claim", "2 claims"."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def claim_counts(comparison: Comparison) -> tuple[tuple[int, int], tuple[int, int]]:
    """How many claims (sentences) of A and of B are shared without a conflict, and how many conflict: one sentence
    linked to two of the other report is one claim."""
    return (
        (len(comparison.shared_claims_a), len(comparison.shared_claims_b)),
        (len(comparison.conflicting_claims_a), len(comparison.conflicting_claims_b)),
    )


def both(counts: tuple[int, int]) -> str:
    """ "7" when both reports count the same, else "8 / 7" (A's, then B's)."""
    return str(counts[0]) if counts[0] == counts[1] else f"{counts[0]} / {counts[1]}"
