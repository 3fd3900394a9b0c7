"""The rows of collations of real reports: how many, how many sentences each, and links pointing at a silent report.

    python bench/collation_rows.py ../shared/bench/basil-dev.jsonl --events 30

The file (JSON Lines: one event per line, its outlets' articles) is read where it lies, never copied. A row is a
claim group two reports or more state; a link "points at a silent report" when the group of one of its sentences
holds no sentence of the other's report, which the grid would show as silence on a claim the report makes.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

import compare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("path", type=Path, help="basil-dev.jsonl")
    parser.add_argument("--events", type=int, default=30, help="the first N events (default 30)")
    args = parser.parse_args()
    with args.path.open(encoding="utf-8") as lines:
        events = [json.loads(line) for line in lines][: args.events]
    sizes: list[int] = []
    silent = 0
    for event in events:
        articles = event["articles"]
        collation = compare.collate([compare.Report(articles[k]["text"], name=k) for k in sorted(articles)])
        silent += _silent_where_linked(collation)
        sizes += [sum(len(found) for found in group.sentences) for group in collation.shared]
    print(
        f"{len(events)} events: {len(sizes)} rows, {statistics.mean(sizes):.2f} sentences a row on average, "
        f"the largest {max(sizes)}; {silent} links point at a silent report"
    )


def _silent_where_linked(collation: compare.Collation) -> int:
    group_of = {
        (report, index): group
        for group in collation.groups
        for report, found in enumerate(group.sentences)
        for index in found
    }
    return sum(
        1
        for i, j in collation.pair_indices()
        for link in collation.comparison(i, j).links
        if not group_of[i, link.a].sentences[j] or not group_of[j, link.b].sentences[i]
    )


if __name__ == "__main__":
    main()
