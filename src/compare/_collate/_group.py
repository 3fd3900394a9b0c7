"""Claim groups from the links of every pair of reports, and the value each report gives inside a group.

The grouping rule, in two steps.

1. Cores. Every linked sentence starts as a group of its own. Links are taken from the strongest to the weakest (ties
   by report and sentence, so the result is deterministic), and a link joins the groups of its two sentences when
   the two hold no sentence of the same report and, in the joined group, every sentence is linked to sentences of a
   strict majority of the group's other reports. A core is thus one sentence per report, each evidenced by most of
   the others: A~B and B~C alone do not make a core of three.
2. Closure. A report must never be shown silent on a claim one of its sentences is linked into. Links are taken in
   the same order, and a link whose sentence's report has no sentence in the other sentence's group joins the two
   groups. Joining only adds reports to groups, so a link once satisfied stays satisfied and one pass suffices. The
   result is the finest grouping of the cores in which no link points at a silent report: a report that says in two
   sentences what the others say in one has both in the group, and a sentence of one report that carries two claims
   the others make apart joins them. Sentences stay apart where a link does not demand otherwise, so a long story
   is not one connected heap.

Every group is joined by links, and a claim sentence without any link is a group of its own: the claims one report
makes.

Values. For the pairs of a group's sentences that are linked, the conflicts the engine found are gathered by kind,
and conflicts whose values overlap ("22"-"23", "23"-"22") make one disputed detail. Each stating report gives the
value it gives in those conflicts; a report of the group that none of them involves gives a value when one of its
sentences contains one of the disputed values. Two reports whose value-giving sentences are linked without a
conflict on the detail give the same value, however each writes it ("Twelve", "12").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .._model import Comparison, Conflict, Sentence
from ._model import ClaimGroup, Reading, ValueSplit

__all__ = ["claim_groups"]

_Node = tuple[int, int]  # (report, sentence)
_Pair = tuple[_Node, _Node]  # a link's two sentences, the lower report first
# Every link: its two sentences -> (score, conflicts).
_Links = dict[_Pair, tuple[float, tuple[Conflict, ...]]]


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
    for u, v in links:
        neighbours.setdefault(u, set()).add(v)
        neighbours.setdefault(v, set()).add(u)
    ordered = [pair for pair, _ in sorted(links.items(), key=lambda item: (-item[1][0], item[0]))]
    members = _closed(_cores(ordered, neighbours), ordered)
    for report, report_sentences in enumerate(sentences):
        members += [
            {(report, s.index)} for s in report_sentences if not s.boilerplate and (report, s.index) not in neighbours
        ]
    members.sort(key=lambda group: (-len({report for report, _ in group}), min(group)))
    count = len(sentences)
    return tuple(
        ClaimGroup(
            tuple(tuple(sorted(s for r, s in group if r == report)) for report in range(count)),
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


def _cores(ordered: list[_Pair], neighbours: dict[_Node, set[_Node]]) -> dict[_Node, int]:
    """Each linked sentence's core (step 1 of the module's docstring), as the position of the core's first node."""
    group_of: dict[_Node, int] = {node: position for position, node in enumerate(sorted(neighbours))}
    groups: dict[int, dict[int, int]] = {position: {node[0]: node[1]} for node, position in group_of.items()}
    for u, v in ordered:
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
    return group_of


def _evidenced(group: dict[int, int], neighbours: dict[_Node, set[_Node]]) -> bool:
    """Whether every sentence of the group is linked to sentences of a strict majority of its other reports."""
    others = len(group) - 1
    for report, sentence in group.items():
        partners = neighbours[report, sentence]
        linked = sum(1 for q, t in group.items() if q != report and (q, t) in partners)
        if 2 * linked <= others:
            return False
    return True


def _closed(group_of: dict[_Node, int], ordered: list[_Pair]) -> list[set[_Node]]:
    """The cores joined wherever a link would leave a report silent on a claim it is linked into (step 2)."""
    parent = {position: position for position in group_of.values()}

    def root(position: int) -> int:
        while parent[position] != position:
            parent[position] = parent[parent[position]]
            position = parent[position]
        return position

    reports: dict[int, set[int]] = {}
    for (report, _), position in group_of.items():
        reports.setdefault(position, set()).add(report)
    for u, v in ordered:
        first, second = root(group_of[u]), root(group_of[v])
        if first == second or (v[0] in reports[first] and u[0] in reports[second]):
            continue
        keep, drop = min(first, second), max(first, second)
        parent[drop] = keep
        reports[keep] |= reports.pop(drop)
    groups: dict[int, set[_Node]] = {}
    for node, position in group_of.items():
        groups.setdefault(root(position), set()).add(node)
    return [groups[key] for key in sorted(groups)]


# --- values ---------------------------------------------------------------------------------------------------


def _key(value: str) -> str:
    return " ".join(value.casefold().split())


def _values(
    group: set[_Node],
    links: _Links,
    sentences: Sequence[Sequence[Sentence]],
    names: Sequence[str],
) -> tuple[ValueSplit, ...]:
    """The details the group's reports give different values for."""
    nodes = sorted(group)
    linked = {
        (u, v): links[u, v][1] for position, u in enumerate(nodes) for v in nodes[position + 1 :] if (u, v) in links
    }
    texts = {node: sentences[node[0]][node[1]].text for node in nodes}
    found_splits = []
    for kind, slot in _slots(linked):
        split = _split(kind, slot, linked, texts, names)
        if split is not None:
            found_splits.append(split)
    return tuple(found_splits)


def _slots(linked: dict[_Pair, tuple[Conflict, ...]]) -> list[tuple[str, set[str]]]:
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
    linked: dict[_Pair, tuple[Conflict, ...]],
    texts: dict[_Node, str],
    names: Sequence[str],
) -> ValueSplit | None:
    given: dict[int, Counter[str]] = {}
    givers: set[_Node] = set()  # the sentences each report's value is read from
    explanations: dict[str, None] = {}
    disputed: set[_Pair] = set()
    severity = "differs"
    for (u, v), conflicts in sorted(linked.items()):
        for conflict in conflicts:
            if conflict.kind == kind and _key(conflict.a_value) in slot:
                if conflict.is_conflict:
                    severity = "conflict"
                given.setdefault(u[0], Counter())[conflict.a_value] += 1
                given.setdefault(v[0], Counter())[conflict.b_value] += 1
                givers.update((u, v))
                explanations[_named(conflict.explanation, names[u[0]], names[v[0]])] = None
                disputed.add((u, v))
    written = {report: counts.most_common(1)[0][0] for report, counts in given.items()}
    for node, text in sorted(texts.items()):
        if node[0] not in written:
            match = _first_value(text, slot)
            if match is not None:
                written[node[0]] = match
                givers.add(node)
    # A link says its two sentences agree on what neither disputes: only between sentences that give the value.
    agreeing = {(u[0], v[0]) for u, v in linked if (u, v) not in disputed and u in givers and v in givers}
    readings = _readings(written, agreeing - {(u[0], v[0]) for u, v in disputed})
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
