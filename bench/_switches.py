"""Rules of the engine a benchmark can switch off, to measure what each adds on the same data in the same run."""

from __future__ import annotations

from typing import Any


def without_neighbour_links() -> None:
    """Switch off the neighbour rule (second partners found by their place, see compare._align._neighbours) for the
    rest of the process: the engine then links only what its matching rule chooses."""
    import compare._compare as engine

    def no_links(*_args: Any, **_kwargs: Any) -> list[tuple[int, int, float]]:
        return []

    engine.neighbour_links = no_links
