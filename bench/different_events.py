"""False links between real reports of different events of one kind (issue 19): two earthquakes, two arrests, two
phone launches... Every link between two such reports is false; the target is at most 0.05 per sentence.

    python bench/different_events.py /work/shared-events/reports.jsonl [more reports.jsonl ...]
        [--pairs bench/labels/events-pairs.jsonl [--pairs bench/labels/events-pairs2.jsonl ...]]
        [--half dev|validation|all] [--show N]

The reports are news pages found with the project's search tool and kept outside the project (their text is not
ours to copy): one JSON line each, {"id", "kind", "url", "title", "text"}. bench/labels/events-pairs.jsonl names the
pairs by report id, url and title, so that a later session can find the pages again. Halves are by kind (kinds
sorted by the sha256 of their name, the first half develops), so the validation half holds only kinds the dev half
never showed: "topics not seen". bench/labels/events-pairs2.jsonl (its reports in
/work/shared-events/reports2.jsonl) adds six kinds more, all of them dev: give both lists with --pairs, and both
report files, to read them together; the default, the first list alone, keeps its halves as they were. A few pairs
report the SAME event (two outlets); their links per sentence are shown
for information, to see that a rule against false links does not unlink true ones.

False links per sentence are counted as bench/quality.py counts them on ECB+: links of the pair over the sentences
of both reports, summed over the pairs before dividing.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import compare
from _data import load

HERE = Path(__file__).resolve().parent


def pairs_of(labels: Path, half: str) -> list[dict[str, Any]]:
    """The labelled pairs of one half ("dev", "validation" or "all")."""
    return [row for row in load(labels) if half in ("all", row["half"])]


def run(
    pairs: Sequence[dict[str, Any]], reports: dict[str, dict[str, Any]]
) -> tuple[dict[tuple[str, bool], list[int]], list[str]]:
    """Links and sentences per (kind, same event), and every link of a different-event pair written out to read."""
    tally: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0, 0])  # pairs, links, sentences
    shown = []
    for pair in pairs:
        a, b = reports[pair["a"]["report"]], reports[pair["b"]["report"]]
        comparison = compare.compare(compare.Report(a["text"], name=a["id"]), compare.Report(b["text"], name=b["id"]))
        counts = tally[pair["kind"], pair["same_event"]]
        counts[0] += 1
        counts[1] += len(comparison.links)
        counts[2] += len(comparison.sentences_a) + len(comparison.sentences_b)
        if not pair["same_event"]:
            for link in comparison.links:
                shown.append(
                    f"[{pair['kind']}] {pair['id']} score {link.score:.2f}\n"
                    f"  A: {comparison.sentences_a[link.a].text}\n  B: {comparison.sentences_b[link.b].text}"
                )
    return tally, shown


def rate(counts: Sequence[int]) -> str:
    pairs, links, sentences = counts
    return f"{pairs:3d} pairs  {links:4d} links  {sentences:5d} sentences  {links / sentences:.3f} per sentence"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reports", type=Path, nargs="+", help="reports.jsonl files (outside the project)")
    parser.add_argument(
        "--pairs",
        type=Path,
        action="append",
        help="a list of labelled pairs; give it again to add one (default: labels/events-pairs.jsonl)",
    )
    parser.add_argument("--half", choices=("dev", "validation", "all"), default="all")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="write out the first N false links")
    args = parser.parse_args(argv)
    reports = {row["id"]: row for path in args.reports for row in load(path)}
    labels = args.pairs or [HERE / "labels" / "events-pairs.jsonl"]
    pairs = [pair for path in labels for pair in pairs_of(path, args.half)]
    missing = sorted({p[side]["report"] for p in pairs for side in ("a", "b")} - reports.keys())
    if missing:
        named = ", ".join(map(str, args.reports))
        parser.error(f"{named}: no report {', '.join(missing)} (find them again by the urls in the pairs' lists)")
    tally, shown = run(pairs, reports)
    for same in (False, True):
        print("same event (links are mostly right)" if same else "different events (every link is false)")
        total = [0, 0, 0]
        for (kind, is_same), counts in sorted(tally.items()):
            if is_same == same:
                print(f"  {kind:20s} {rate(counts)}")
                total = [x + y for x, y in zip(total, counts, strict=True)]
        if total[0]:
            print(f"  {'all':20s} {rate(total)}")
    if args.show:
        print("\n".join(shown[: args.show]))


if __name__ == "__main__":
    main()
