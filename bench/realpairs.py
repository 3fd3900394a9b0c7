"""Conflicts on new real pairs of one event, measured where no rule was tuned (issue 18, first target: at least 90%
of reported conflicts real on reports not in the repository).

    python bench/realpairs.py /work/shared-events/realpairs.jsonl [--labels bench/labels/realpairs.jsonl]
        [--links bench/labels/realpairs-links.jsonl] [--half dev|validation|blind|all] [--show] [--semantic]
    python bench/realpairs.py /work/shared-events/realpairs3.jsonl --set realpairs3
    python bench/realpairs.py /work/shared-events/realpairs4.jsonl --set realpairs4

--set names a set of labels: `realpairs` (the default: bench/labels/realpairs.jsonl and its links), `realpairs3`
(bench/labels/realpairs3.jsonl and realpairs3-links.jsonl, the third set, whose pairs are all of the half `blind`:
no rule is written on them) or `realpairs4` (the fourth set, made the same way and blind too); --labels and --links
given explicitly win over the set's files.

The reports are news pages found with the project's search tool and kept outside the project (their text is not
ours to copy): one JSON line each, {"id", "event", "url", "title", "text"}. bench/labels/realpairs.jsonl names the
pairs by report id, url and title, with every conflict and compatible difference labelled blind as fragments (its
README says how). A reported conflict is real when a labelled conflict locates the same pair of sentences and gives
the same values (one holds the other: "6" and "about 6 miles"): a finding on the right sentences over other values
(the GMT date of a time beside the local one) is false, and the labelled conflict missed. One reported on a pair
labelled only as differing is false (the engine called compatible values incompatible). --show
writes out every finding and every missed label with both sentences, to read as an editor.

Links (issue 19: precision >= 0.85, recall >= 0.5 on real pairs not in the repository) are measured against
bench/labels/realpairs-links.jsonl, every same-claim pair of sentences of each pair labelled blind: a reported link
is right when its pair of sentences is a labelled link, a labelled conflict or a labelled difference (each states a
same fact). A pair that touches a sentence the engine sets aside as furniture is not counted, as in realworld.py.
--show lists every false and every missed link too. --semantic runs the engine with Settings.semantic on.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import compare
from _data import load
from _switches import without_neighbour_links

HERE = Path(__file__).resolve().parent
LINKS = HERE / "labels" / "realpairs-links.jsonl"
# Each set of labels: its conflicts and differences, and its links.
SETS = {
    "realpairs": (HERE / "labels" / "realpairs.jsonl", LINKS),
    "realpairs3": (HERE / "labels" / "realpairs3.jsonl", HERE / "labels" / "realpairs3-links.jsonl"),
    "realpairs4": (HERE / "labels" / "realpairs4.jsonl", HERE / "labels" / "realpairs4-links.jsonl"),
}
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


Labelled = dict[Pair, list[dict[str, Any]]]


def score(comparison: compare.Comparison, gold: dict[str, Any], counts: Counter[str], notes: list[str]) -> None:
    """Count one pair's reported findings against its labels, and note each finding and each miss."""
    conflicts, differences = located(comparison, gold["conflicts"]), located(comparison, gold["differences"])
    matched = score_reported(comparison, conflicts, differences, counts, notes)
    links = {(link.a, link.b) for link in comparison.links}
    for pair, items in conflicts.items():
        for item in items:
            counts["labelled conflict"] += 1
            counts["labelled conflict linked"] += pair in links
            if (id(item), "conflict") in matched:
                counts["labelled conflict found"] += 1
            else:
                where = "linked" if pair in links else "not linked"
                notes.append(f"  MISSED conflict ({where}) {item['a_value']!r} / {item['b_value']!r}: {item['why']}")
    for pair, items in differences.items():
        for item in items:
            counts["labelled differs"] += 1
            if {(id(item), "differs"), (id(item), "conflict")} & matched:
                counts["labelled differs shown"] += 1
            else:
                where = "linked" if pair in links else "not linked"
                notes.append(f"  missed difference ({where}) {item['a_value']!r} / {item['b_value']!r}: {item['why']}")


def located(comparison: compare.Comparison, items: list[dict[str, Any]]) -> Labelled:
    """The labelled items by the sentence pair they stand in. One sentence pair may carry several labelled values
    (two figures of one sentence), so each pair keeps all."""
    found: Labelled = {}
    for item in items:
        pair = (sentence_at(comparison, "a", item["a"]), sentence_at(comparison, "b", item["b"]))
        found.setdefault(pair, []).append(item)
    return found


def score_reported(
    comparison: compare.Comparison, conflicts: Labelled, differences: Labelled, counts: Counter[str], notes: list[str]
) -> set[tuple[int, str]]:
    """Count each reported finding real or false against the labels of its sentence pair, and note it; return the
    labelled items it matched, as (id of the item, the severity it was reported with)."""
    matched: set[tuple[int, str]] = set()
    for link in comparison.links:
        for finding in link.conflicts:
            pair = (link.a, link.b)
            counts[f"reported {finding.severity}"] += 1
            truth = conflicts.get(pair, [])
            if finding.severity != "conflict":
                truth = [*differences.get(pair, []), *truth]
            hits = [item for item in truth if same_values(finding, item)]
            matched.update((id(item), finding.severity) for item in hits)
            verdict = "real" if hits else "FALSE"
            counts[f"reported {finding.severity} {verdict}"] += 1
            notes.append(
                f"  {verdict} {finding.severity} {finding.kind} {finding.a_value!r} / {finding.b_value!r}"
                f"{both(comparison, pair)}"
            )
    return matched


def score_links(
    comparison: compare.Comparison,
    gold: dict[str, Any],
    links: list[dict[str, str]],
    counts: Counter[str],
    notes: list[str],
) -> None:
    """Count one pair's reported links against its labelled links, conflicts and differences; note each false and
    each missed link."""

    def pair_of(item: dict[str, Any]) -> Pair:
        return sentence_at(comparison, "a", item["a"]), sentence_at(comparison, "b", item["b"])

    labelled = {pair_of(item) for item in [*links, *gold["conflicts"], *gold["differences"]]}
    # Furniture is not a claim: the engine sets it aside, so a labelled link that touches it is not counted.
    claims = {
        (a, b)
        for a, b in labelled
        if not (comparison.sentences_a[a].boilerplate or comparison.sentences_b[b].boilerplate)
    }
    counts["gold links set aside"] += len(labelled - claims)
    reported = {(link.a, link.b) for link in comparison.links}
    counts["links"] += len(reported)
    counts["links right"] += len(reported & claims)
    counts["gold links"] += len(claims)
    notes.extend(f"  FALSE LINK{both(comparison, pair)}" for pair in sorted(reported - claims))
    notes.extend(f"  MISSED LINK{both(comparison, pair)}" for pair in sorted(claims - reported))


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


def link_totals(name: str, counts: Counter[str]) -> str:
    right, reported, gold = counts["links right"], counts["links"], counts["gold links"]
    f1 = 2 * right / (reported + gold) if reported + gold else 0.0
    return (
        f"{name}: links reported {reported}, right {right} (precision {ratio(right, reported)}); labelled links "
        f"found {ratio(right, gold)} (recall); F1 {f1:.2f}"
        + (
            f"; {counts['gold links set aside']} labelled links on furniture not counted"
            if counts["gold links set aside"]
            else ""
        )
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reports", type=Path, help="realpairs.jsonl (outside the project)")
    parser.add_argument("--set", choices=tuple(SETS), default="realpairs", help="which labels (default realpairs)")
    parser.add_argument("--labels", type=Path, help="labelled conflicts and differences (default: the set's)")
    parser.add_argument(
        "--links",
        type=Path,
        help="labelled links of the same pairs (default: the set's, when the file exists)",
    )
    parser.add_argument("--half", choices=("dev", "validation", "blind", "all"), default="all")
    parser.add_argument("--show", action="store_true", help="write out every finding and miss with its sentences")
    parser.add_argument("--semantic", action="store_true", help="Settings.semantic on")
    parser.add_argument(
        "--no-neighbours", action="store_true", help="the neighbour rule switched off, to measure what its links add"
    )
    args = parser.parse_args(argv)
    if args.no_neighbours:
        without_neighbour_links()
    set_labels, set_links = SETS[args.set]
    args.labels = args.labels or set_labels
    args.links = args.links or (set_links if set_links.exists() else None)
    if args.links and not args.links.is_file():
        parser.error(f"--links {args.links}: no such file")
    settings = compare.Settings(semantic=args.semantic)
    labelled_links = {row["id"]: row for row in load(args.links)} if args.links else {}
    reports = {row["id"]: row for row in load(args.reports)}
    pairs = [row for row in load(args.labels) if args.half in ("all", row["half"])]
    missing = sorted({p[side]["report"] for p in pairs for side in ("a", "b")} - reports.keys())
    if missing:
        parser.error(f"{args.reports}: no report {', '.join(missing)} (find them again by the urls in the labels)")
    unlabelled = sorted(pair["id"] for pair in pairs if args.links and pair["id"] not in labelled_links)
    if unlabelled:
        parser.error(f"{args.links}: no links labelled for {', '.join(unlabelled)}")
    # dev and validation first, as before; a set of another half (realpairs3, realpairs4: blind) adds its own.
    halves: dict[str, Counter[str]] = {"dev": Counter(), "validation": Counter()}
    link_rows = [f"{'pair':45s} {'half':10s} {'links':>8s} {'right':>6s} {'labelled':>9s}"]
    print(f"{'pair':45s} {'half':10s} conflicts  real  labelled  missed  differs")
    for pair in pairs:
        a, b = reports[pair["a"]["report"]], reports[pair["b"]["report"]]
        comparison = compare.compare(
            compare.Report(a["text"], name=a["id"]), compare.Report(b["text"], name=b["id"]), settings=settings
        )
        counts: Counter[str] = Counter()
        notes: list[str] = []
        score(comparison, pair, counts, notes)
        if args.links:
            score_links(comparison, pair, labelled_links[pair["id"]]["links"], counts, notes)
            link_rows.append(
                f"{pair['id']:45s} {pair['half']:10s} {counts['links']:8d} {counts['links right']:6d} "
                f"{counts['gold links']:9d}"
            )
        halves.setdefault(pair["half"], Counter()).update(counts)
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
    print(totals("all", sum(halves.values(), Counter())))
    if args.links:
        print("\n".join(link_rows))
        for half, counts in halves.items():
            if counts:
                print(link_totals(half, counts))
        print(link_totals("all", sum(halves.values(), Counter())))


if __name__ == "__main__":
    main()
