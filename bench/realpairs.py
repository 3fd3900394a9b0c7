"""Conflicts on new real pairs of one event, measured where no rule was tuned (issue 18, first target: at least 90%
of reported conflicts real on reports not in the repository).

    python bench/realpairs.py /work/shared-events/realpairs.jsonl [--labels bench/labels/realpairs.jsonl]
        [--half dev|validation|all] [--show]

The reports are news pages found with the project's search tool and kept outside the project (their text is not
ours to copy): one JSON line each, {"id", "event", "url", "title", "text"}. bench/labels/realpairs.jsonl names the
pairs by report id, url and title, with every conflict and compatible difference labelled blind as fragments (its
README says how). A reported conflict is real when a labelled conflict locates the same pair of sentences and gives
the same values (one holds the other: "6" and "about 6 miles"): a finding on the right sentences over other values
(the GMT date of a time beside the local one) is false, and the labelled conflict missed. One reported on a pair
labelled only as differing is false (the engine called compatible values incompatible). --show
writes out every finding and every missed label with both sentences, to read as an editor.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import compare
from _data import load

HERE = Path(__file__).resolve().parent
Pair = tuple[int, int]


def sentence_at(comparison: compare.Comparison, side: str, fragment: str) -> int:
    """The index of the sentence of one side that holds a labelled fragment."""
    text = (comparison.a if side == "a" else comparison.b).text
    at = text.find(fragment)
    if at < 0:
        raise SystemExit(f"fragment not found in {side}: {fragment!r}")
    for sentence in comparison.sentences_a if side == "a" else comparison.sentences_b:
        if sentence.start <= at < sentence.end:
            return sentence.index
    raise SystemExit(f"fragment outside every sentence: {fragment!r}")


def both(comparison: compare.Comparison, pair: Pair) -> str:
    a, b = comparison.sentences_a[pair[0]].text, comparison.sentences_b[pair[1]].text
    return f"\n    A{pair[0]}: {a}\n    B{pair[1]}: {b}"


def same_values(finding: compare.Conflict, item: dict[str, Any]) -> bool:
    """Whether a finding gives the labelled values: on each side one value holds the other."""

    def touch(mine: str, theirs: str) -> bool:
        mine, theirs = mine.lower(), theirs.lower()
        return mine in theirs or theirs in mine

    return touch(finding.a_value, item["a_value"]) and touch(finding.b_value, item["b_value"])


def score(comparison: compare.Comparison, gold: dict[str, Any], counts: Counter[str], notes: list[str]) -> None:
    """Count one pair's reported findings against its labels, and note each finding and each miss."""

    def located(items: list[dict[str, Any]]) -> dict[Pair, dict[str, Any]]:
        return {(sentence_at(comparison, "a", i["a"]), sentence_at(comparison, "b", i["b"])): i for i in items}

    conflicts, differences = located(gold["conflicts"]), located(gold["differences"])
    links = {(link.a, link.b) for link in comparison.links}
    reported: set[tuple[int, int, str]] = set()
    for link in comparison.links:
        for finding in link.conflicts:
            pair = (link.a, link.b)
            counts[f"reported {finding.severity}"] += 1
            truth = conflicts if finding.severity == "conflict" else {**differences, **conflicts}
            right = pair in truth and same_values(finding, truth[pair])
            if right:
                reported.add((*pair, finding.severity))
            verdict = "real" if right else "FALSE"
            counts[f"reported {finding.severity} {verdict}"] += 1
            notes.append(
                f"  {verdict} {finding.severity} {finding.kind} {finding.a_value!r} / {finding.b_value!r}"
                f"{both(comparison, pair)}"
            )
    for pair, item in conflicts.items():
        counts["labelled conflict"] += 1
        counts["labelled conflict linked"] += pair in links
        if (*pair, "conflict") in reported:
            counts["labelled conflict found"] += 1
        else:
            where = "linked" if pair in links else "not linked"
            notes.append(f"  MISSED conflict ({where}) {item['a_value']!r} / {item['b_value']!r}: {item['why']}")
    for pair, item in differences.items():
        counts["labelled differs"] += 1
        if {(*pair, "differs"), (*pair, "conflict")} & reported:
            counts["labelled differs shown"] += 1
        else:
            where = "linked" if pair in links else "not linked"
            notes.append(f"  missed difference ({where}) {item['a_value']!r} / {item['b_value']!r}: {item['why']}")


def ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.2f}" if whole else f"{part}/0"


def totals(name: str, counts: Counter[str]) -> str:
    return (
        f"{name}: conflicts reported {counts['reported conflict']}, real {counts['reported conflict real']} "
        f"(precision {ratio(counts['reported conflict real'], counts['reported conflict'])}); labelled conflicts "
        f"found {ratio(counts['labelled conflict found'], counts['labelled conflict'])} (recall), their sentences "
        f"linked {ratio(counts['labelled conflict linked'], counts['labelled conflict'])}; differences reported "
        f"{counts['reported differs']}, labelled {counts['reported differs real']}; labelled "
        f"differences shown {ratio(counts['labelled differs shown'], counts['labelled differs'])}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reports", type=Path, help="realpairs.jsonl (outside the project)")
    parser.add_argument("--labels", type=Path, default=HERE / "labels" / "realpairs.jsonl")
    parser.add_argument("--half", choices=("dev", "validation", "all"), default="all")
    parser.add_argument("--show", action="store_true", help="write out every finding and miss with its sentences")
    args = parser.parse_args(argv)
    reports = {row["id"]: row for row in load(args.reports)}
    pairs = [row for row in load(args.labels) if args.half in ("all", row["half"])]
    missing = sorted({p[side]["report"] for p in pairs for side in ("a", "b")} - reports.keys())
    if missing:
        parser.error(f"{args.reports}: no report {', '.join(missing)} (find them again by the urls in the labels)")
    halves: dict[str, Counter[str]] = {"dev": Counter(), "validation": Counter()}
    print(f"{'pair':45s} {'half':10s} conflicts  real  labelled  missed  differs")
    for pair in pairs:
        a, b = reports[pair["a"]["report"]], reports[pair["b"]["report"]]
        comparison = compare.compare(compare.Report(a["text"], name=a["id"]), compare.Report(b["text"], name=b["id"]))
        counts: Counter[str] = Counter()
        notes: list[str] = []
        score(comparison, pair, counts, notes)
        halves[pair["half"]].update(counts)
        missed = counts["labelled conflict"] - counts["labelled conflict found"]
        print(
            f"{pair['id']:45s} {pair['half']:10s} {counts['reported conflict']:9d} "
            f"{counts['reported conflict real']:5d} {counts['labelled conflict']:9d} {missed:7d} "
            f"{counts['reported differs']:8d}"
        )
        if args.show:
            print("\n".join(notes))
    for half, counts in halves.items():
        if counts:
            print(totals(half, counts))
    print(totals("all", halves["dev"] + halves["validation"]))


if __name__ == "__main__":
    main()
