"""Pairs per second of compare_many over the ECB+ report pairs, against a sequential loop in the same run.

    python bench/batch.py ../shared/bench/ecbplus-pairs.jsonl

Three runs over the same pairs (each report pre-split, as the corpus gives it):

1. sequential: ``compare.compare`` in a loop, in this process (engine already imported and warmed up);
2. compare_many with a spawned process pool of 1 worker;
3. compare_many with a spawned process pool of 2 workers.

For the pools, two figures: the wall time of the whole call (starting the workers, each importing the engine,
included) and the time once the workers are warm (a pool that has already done one round of pairs).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import compare
from compare._batch import spawn_pool


def _pairs(path: Path) -> list[tuple[compare.Report, compare.Report]]:
    pairs = []
    with path.open(encoding="utf-8") as file:
        for line in file:
            row = json.loads(line)
            a = compare.Report.from_sentences(row["a"], name=row.get("doc_a"))
            b = compare.Report.from_sentences(row["b"], name=row.get("doc_b"))
            pairs.append((a, b))
    return pairs


def _timed(function: object) -> float:
    started = time.perf_counter()
    function()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs", type=Path, help="the ECB+ pairs (JSON lines with sentence lists a and b)")
    args = parser.parse_args()
    pairs = _pairs(args.pairs)
    n = len(pairs)
    compare.compare(*pairs[0])  # warm the engine's caches and imports
    sequential = _timed(lambda: [compare.compare(a, b) for a, b in pairs])
    print(f"{n} pairs, python {sys.version.split()[0]}")
    print(f"sequential          {sequential:6.1f} s  {n / sequential:6.1f} pairs/s")
    for workers in (1, 2):
        with spawn_pool(workers) as pool:
            cold = _timed(lambda pool=pool: compare.compare_many(pairs, executor=pool))
            warm = _timed(lambda pool=pool: compare.compare_many(pairs, executor=pool))
        print(
            f"compare_many, {workers} worker{'s' if workers > 1 else ' '}  {cold:6.1f} s  {n / cold:6.1f} pairs/s"
            f" (start-up included); warm {warm:6.1f} s  {n / warm:6.1f} pairs/s  x{sequential / warm:.2f}"
        )


if __name__ == "__main__":
    main()
