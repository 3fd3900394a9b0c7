"""Claim groups from the links of every pair of reports, and the value each report gives inside a group.

The grouping rule. Every linked sentence starts as a group of its own. Links are taken from the strongest to the
weakest (ties by report and sentence, so the result is deterministic), and a link joins the groups of its two
sentences when

1. the two groups hold no sentence of the same report (a group holds at most one sentence per report), and
2. in the joined group every sentence is linked to sentences of a strict majority of the group's other reports.

The second condition is what stops chaining: with three reports, A~B and B~C never make a group of three unless A~C
is linked as well, because A would be linked to one of two other reports. In a larger group one missing link is
tolerated (the engine misses some paraphrases), but a sentence joined by one path only is not. A sentence that
cannot join the group of any of its partners stays in a group of its own (its links remain in the pairwise
comparisons).

Values. For the pairs of a group's sentences that are linked, the conflicts the engine found are gathered by kind,
and conflicts whose values overlap ("22"-"23", "23"-"22") make one disputed detail. Each stating report gives the
value it gives in those conflicts; a report of the group that none of them involves gives a value when its sentence
contains one of the disputed values. Two reports whose linked sentences do not conflict on the detail give the same
value, however each writes it ("Twelve", "12").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .._model import Comparison, Conflict, Sentence
from ._model import ClaimGroup, Reading, ValueSplit

__all__ = ["claim_groups"]

_Node = tuple[int, int]  # (report, sentence)
# Every link: ((report, sentence), (report, sentence)) -> (score, conflicts), the lower report first.
_Links = dict[tuple[_Node, _Node], tuple[float, tuple[Conflict, ...]]]


def claim_groups(
    names: Sequence[str], sentences: Sequence[Sequence[Sentence]], pairs: Sequence[tuple[int, int, Comparison]]
) -> tuple[ClaimGroup, ...]:
    """Group the reports' claim sentences by the claim they state.

    Args:
        names: The reports' names, which the values' explanations use in place of "A" and "B".
        sentences: Each report's sentences.
        pairs: ``(i, j, comparison of report i with report j)`` for every pair, ``i < j``.

    Returns:
        The groups, those stated by the most reports first, then in the order of their first sentence; every claim
        sentence is in exactly one.
    """
    links = _links(pairs)
    neighbours: dict[_Node, set[_Node]] = {}
    for (u, v), _ in links.items():
        neighbours.setdefault(u, set()).add(v)
        neighbours.setdefault(v, set()).add(u)
    members = _merge(sorted(links.items(), key=lambda item: (-item[1][0], item[0])), neighbours)
    for report, report_sentences in enumerate(sentences):
        members += [
            {report: s.index} for s in report_sentences if not s.boilerplate and (report, s.index) not in neighbours
        ]
    members.sort(key=lambda group: (-len(group), min(group.items())))
    count = len(sentences)
    return tuple(
        ClaimGroup(
            tuple((group[r],) if r in group else () for r in range(count)),
            _values(group, links, sentences, names),
        )
        for group in members
    )


def _links(pairs: Sequence[tuple[int, int, Comparison]]) -> _Links:
    found: _Links = {}
    for i, j, comparison in pairs:
        for link in comparison.links:
            found[(i, link.a), (j, link.b)] = (link.score, link.conflicts)
    return found


def _merge(
    ordered: list[tuple[tuple[_Node, _Node], tuple[float, tuple[Conflict, ...]]]],
    neighbours: dict[_Node, set[_Node]],
) -> list[dict[int, int]]:
    """The groups (report -> sentence) the greedy rule of the module's docstring makes of the linked sentences."""
    group_of: dict[_Node, int] = {node: position for position, node in enumerate(sorted(neighbours))}
    groups: dict[int, dict[int, int]] = {position: {node[0]: node[1]} for node, position in group_of.items()}
    for (u, v), _ in ordered:
        first, second = group_of[u], group_of[v]
        if first == second or groups[first].keys() & groups[second].keys():
            continue
        joined = {**groups[first], **groups[second]}
        if not _evidenced(joined, neighbours):
            continue
        keep, drop = min(first, second), max(first, second)
        groups[keep] = joined
        for report, sentence in groups.pop(drop).items():
            group_of[report, sentence] = keep
    return [groups[key] for key in sorted(groups)]


def _evidenced(group: dict[int, int], neighbours: dict[_Node, set[_Node]]) -> bool:
    """Whether every sentence of the group is linked to sentences of a strict majority of its other reports."""
    others = len(group) - 1
    for report, sentence in group.items():
        partners = neighbours[report, sentence]
        linked = sum(1 for q, t in group.items() if q != report and (q, t) in partners)
        if 2 * linked <= others:
            return False
    return True


# --- values ---------------------------------------------------------------------------------------------------


def _key(value: str) -> str:
    return " ".join(value.casefold().split())


def _values(
    group: dict[int, int],
    links: _Links,
    sentences: Sequence[Sequence[Sentence]],
    names: Sequence[str],
) -> tuple[ValueSplit, ...]:
    """The details the group's reports give different values for."""
    nodes = sorted(group.items())
    linked: dict[tuple[int, int], tuple[Conflict, ...]] = {}
    for position, u in enumerate(nodes):
        for v in nodes[position + 1 :]:
            found = links.get((u, v))
            if found is not None:
                linked[u[0], v[0]] = found[1]
    found_splits = []
    for kind, slot in _slots(linked):
        texts = {report: sentences[report][sentence].text for report, sentence in nodes}
        split = _split(kind, slot, linked, texts, names)
        if split is not None:
            found_splits.append(split)
    return tuple(found_splits)


def _slots(linked: dict[tuple[int, int], tuple[Conflict, ...]]) -> list[tuple[str, set[str]]]:
    """The disputed details: per kind, the sets of value keys that conflicts connect."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def root(item: tuple[str, str]) -> tuple[str, str]:
        while parent.setdefault(item, item) != item:
            item = parent[item]
        return item

    for conflicts in linked.values():
        for conflict in conflicts:
            left, right = root((conflict.kind, _key(conflict.a_value))), root((conflict.kind, _key(conflict.b_value)))
            parent[max(left, right)] = min(left, right)
    slots: dict[tuple[str, str], set[str]] = {}
    for item in list(parent):
        slots.setdefault(root(item), set()).add(item[1])
    return [(kind, values) for (kind, _), values in sorted(slots.items())]


def _split(
    kind: str,
    slot: set[str],
    linked: dict[tuple[int, int], tuple[Conflict, ...]],
    texts: dict[int, str],
    names: Sequence[str],
) -> ValueSplit | None:
    given: dict[int, Counter[str]] = {}
    explanations: dict[str, None] = {}
    disputed: set[tuple[int, int]] = set()
    severity = "differs"
    for (i, j), conflicts in sorted(linked.items()):
        for conflict in conflicts:
            if conflict.kind == kind and _key(conflict.a_value) in slot:
                if conflict.is_conflict:
                    severity = "conflict"
                given.setdefault(i, Counter())[conflict.a_value] += 1
                given.setdefault(j, Counter())[conflict.b_value] += 1
                explanations[_named(conflict.explanation, names[i], names[j])] = None
                disputed.add((i, j))
    written = {report: counts.most_common(1)[0][0] for report, counts in given.items()}
    for report, text in sorted(texts.items()):
        if report not in written:
            match = _first_value(text, slot)
            if match is not None:
                written[report] = match
    readings = _readings(written, {pair for pair in linked if pair not in disputed})
    if len(readings) < 2:
        return None
    return ValueSplit(kind, readings, tuple(explanations), severity)


def _named(explanation: str, name_a: str, name_b: str) -> str:
    """A pairwise explanation ("A says 22; B says 23.") with the reports' names for "A" and "B"."""
    # One pass, so that a report called "B" is not renamed again.
    return re.sub(
        r"\b([AB]) (says|quotes)\b",
        lambda match: f"{name_a if match.group(1) == 'A' else name_b} {match.group(2)}",
        explanation,
    )


def _first_value(text: str, slot: set[str]) -> str | None:
    """The first of the disputed values the text contains as whole words, as written there."""
    for value in sorted(slot, key=lambda v: (-len(v), v)):
        match = re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text, re.IGNORECASE)
        if match:
            return match.group(0)
    return None


def _readings(written: dict[int, str], agreeing: set[tuple[int, int]]) -> tuple[Reading, ...]:
    """Reports with the same value (by its key, or by a link without conflict on it) as one reading each."""
    parent = {report: report for report in written}

    def root(report: int) -> int:
        while parent[report] != report:
            report = parent[report]
        return report

    by_key: dict[str, int] = {}
    for report in sorted(written):
        key = _key(written[report])
        if key in by_key:
            parent[root(report)] = root(by_key[key])
        else:
            by_key[key] = report
    for i, j in sorted(agreeing):
        if i in written and j in written:
            first, second = sorted((root(i), root(j)))
            parent[second] = first
    members: dict[int, list[int]] = {}
    for report in sorted(written):
        members.setdefault(root(report), []).append(report)
    readings = [Reading(written[reports[0]], tuple(reports)) for reports in members.values()]
    return tuple(sorted(readings, key=lambda reading: (-len(reading.reports), reading.reports)))
