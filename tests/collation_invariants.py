"""The invariants of a collation's claim grid, which the collation tests and the property tests check."""

from __future__ import annotations

import compare

__all__ = ["assert_grid_invariants"]


def assert_grid_invariants(collation: compare.Collation) -> None:
    """Every claim sentence is in exactly one group, no report is silent on a group one of its sentences is linked
    into, each group's sentences are joined by links, and the claims one report makes are its one-report groups."""
    group_of = {}
    for position, group in enumerate(collation.groups):
        for report, found in enumerate(group.sentences):
            for index in found:
                assert (report, index) not in group_of, f"sentence {index} of report {report} is in two groups"
                group_of[report, index] = position
    for report, sentences in enumerate(collation.sentences):
        claims = {s.index for s in sentences if not s.boilerplate}
        assert {index for r, index in group_of if r == report} == claims
    edges: dict[int, set[tuple[tuple[int, int], tuple[int, int]]]] = {}
    for i, j in collation.pair_indices():
        for link in collation.comparison(i, j).links:
            first, second = group_of[i, link.a], group_of[j, link.b]
            names = collation.names
            assert collation.groups[first].sentences[j], f"{names[j]} silent where its sentence {link.b} is linked"
            assert collation.groups[second].sentences[i], f"{names[i]} silent where its sentence {link.a} is linked"
            if first == second:
                edges.setdefault(first, set()).add(((i, link.a), (j, link.b)))
    for position, group in enumerate(collation.groups):
        members = {(r, index) for r, found in enumerate(group.sentences) for index in found}
        reached = {min(members)}
        while True:
            grown = reached | {v for u, v in edges.get(position, ()) if u in reached}
            grown |= {u for u, v in edges.get(position, ()) if v in reached}
            if grown == reached:
                break
            reached = grown
        assert reached == members, f"group {position} is not joined by links"
    one_report = [
        sorted(index for group in collation.groups if group.reports == (r,) for index in group.sentences[r])
        for r in range(len(collation.reports))
    ]
    assert [[s.index for s in sentences] for sentences in collation.unique] == one_report
