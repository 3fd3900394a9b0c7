"""Speed and memory of collations (compare.collate), on real articles read from the benchmark file.

    python bench/collation.py ../shared/bench/basil-dev.jsonl

The file (JSON Lines: one event per line, its NYT, Fox News and HuffPost articles) is read where it lies, never
copied. Each figure is measured in a fresh process, imports included, so it is what a user waits for.

1. The first event's three articles collated to a PDF (``python -m compare`` style: collate, then render).
2. Ten reports of about 600 words, collated to a PDF (target: at most 5 s). Each report is one of the event's
   articles with a tenth of its sentences left out and one figure changed, cut to about 600 words.
3. Fifty such reports with two worker processes: time and peak memory (this process and its workers).
4. How the time of collating (no PDF, the engine's one-off loading left out) grows with the number of reports,
   in one process.
5. Over all events: the collation's time, and how many claims all three outlets make.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

# Run in a fresh interpreter, so each figure includes the imports a user pays for.
_CHILD = r"""
import datetime, json, random, re, resource, sys, time
started = time.perf_counter()
import compare

def article_reports(path, event):
    with open(path, encoding="utf-8") as lines:
        row = [json.loads(line) for line in lines][event]
    return [
        compare.Report(
            a["text"], name=outlet, source=outlet, published=datetime.date.fromisoformat(a["published"])
        )
        for outlet, a in sorted(row["articles"].items())
    ]

def variants(path, count, words=600):
    bases = article_reports(path, 0)
    rng = random.Random(7)
    found = []
    for position in range(count):
        base = bases[position % len(bases)]
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", base.text) if s and rng.random() > 0.1]
        text, total = [], 0
        for sentence in sentences:
            if total >= words:
                break
            text.append(sentence)
            total += len(sentence.split())
        joined = " ".join(text)
        joined = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + 1), joined, count=1)
        found.append(compare.Report(joined, name=f"{base.name}-{position}"))
    return found

mode, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
executor = None
if mode == "triplet":
    reports = article_reports(path, 0)
elif mode == "ten":
    reports = variants(path, 10)
elif mode == "fifty":
    from compare._batch import spawn_pool
    reports = variants(path, 50)
    executor = spawn_pool(2)
else:
    reports = variants(path, int(mode))
compare.compare("A fire closed the road.", "The road closed after a fire.")  # the engine's one-off loading
collated = time.perf_counter()
collation = compare.collate(reports, executor=executor)
collated = time.perf_counter() - collated
if executor is not None:
    executor.shutdown()
if out != "-":
    collation.to_pdf(out)
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({
    "seconds": time.perf_counter() - started,
    "collate_seconds": collated,
    "peak_mib": peak / 1024,
    "words": [len(r.text.split()) for r in reports],
    "groups": len(collation.groups),
    "shared": len(collation.shared),
    "conflicting": len(collation.conflicting),
    "verdict": __import__("compare._outputs._collation_text", fromlist=["x"]).collation_verdict(collation),
}))
"""


def _child(mode: str, path: Path, out: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(path), out], capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise SystemExit(f"the {mode} run failed:\n{result.stderr}")
    data: dict[str, object] = json.loads(result.stdout)
    return data


def _all_events(path: Path) -> None:
    import compare

    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    seconds, in_all_three, shared, conflicting = [], 0, 0, 0
    for row in rows:
        reports = [compare.Report(a["text"], name=outlet) for outlet, a in sorted(row["articles"].items())]
        started = time.perf_counter()
        collation = compare.collate(reports)
        seconds.append(time.perf_counter() - started)
        in_all_three += sum(1 for group in collation.groups if len(group.reports) == 3)
        shared += len(collation.shared)
        conflicting += len(collation.conflicting)
    seconds.sort()
    print(
        f"5. {len(rows)} events: collate median {seconds[len(seconds) // 2]:.2f} s, max {seconds[-1]:.2f} s; "
        f"{shared} claims two outlets or more make, {in_all_three} all three make, {conflicting} with differing "
        "details"
    )


def main() -> None:
    """Run the measurements and print one line per figure."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("basil", type=Path, help="the benchmark file (basil-dev.jsonl), read where it lies")
    parser.add_argument("--out", type=Path, default=Path("/tmp"), help="where the PDFs go (default /tmp)")
    parser.add_argument("--sizes", default="3,5,10,20,50", help="numbers of reports for the growth figure")
    args = parser.parse_args()
    if not args.basil.is_file():
        parser.error(f"{args.basil} is not a file")

    triplet = _child("triplet", args.basil, str(args.out / "collation-triplet.pdf"))
    print(f"1. 3 real articles {triplet['words']} words -> PDF: {triplet['seconds']:.2f} s ({triplet['verdict']})")
    ten = _child("ten", args.basil, str(args.out / "collation-ten.pdf"))
    print(
        f"2. 10 reports of ~600 words -> PDF: {ten['seconds']:.2f} s (collate {ten['collate_seconds']:.2f} s), "
        f"peak {ten['peak_mib']:.0f} MiB"
    )
    fifty = _child("fifty", args.basil, str(args.out / "collation-fifty.pdf"))
    print(
        f"3. 50 reports, 2 workers -> PDF: {fifty['seconds']:.2f} s (collate {fifty['collate_seconds']:.2f} s), "
        f"peak {fifty['peak_mib']:.0f} MiB per process"
    )
    for size in args.sizes.split(","):
        grown = _child(size, args.basil, "-")
        pairs = int(size) * (int(size) - 1) // 2
        print(
            f"4. {size} reports ({pairs} pairs), one process, no PDF: collate {grown['collate_seconds']:.2f} s "
            f"({1000 * float(str(grown['collate_seconds'])) / pairs:.0f} ms per pair)"
        )
    _all_events(args.basil)


if __name__ == "__main__":
    main()
