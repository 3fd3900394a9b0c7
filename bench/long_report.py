"""A 5 MB report against a short one, end to end as a user runs it: the PDF against the JSON of the same pair.

    python bench/long_report.py                   # 5 MB against the seed report, JSON, HTML and PDF
    python bench/long_report.py --megabytes 1     # a smaller long report
    python bench/long_report.py --write long.txt  # only write the long report (to try it by hand)

The long report is made by code, never stored: synthetic news copy varied from the project's fixtures
(bench/scaling.py's ``NewsText``: fixture sentences with new numbers and names and a share of their words
swapped), with the lines of a rewrite of the short report spread through it, so that the pair shares claims and
conflicts on one figure ("Four" vs "Six" workers). The short report is fixtures/workflows/wire.txt (691 bytes).

Each output runs in a fresh ``python -m compare LONG SHORT ...`` process, imports included; its wall time, CPU time
(user and system) and peak memory (the child's ru_maxrss, as ``/usr/bin/time -v`` reports them) are measured. The
budget is checked against the CPU time, which is the time on one free core: on a shared machine the wall time also
counts the time other work held the cores. The baseline is the JSON of the
same pair in the same run, which is the comparison itself and nothing else: the PDF's figure is given as a ratio
to it, so a slower or busier machine moves both.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scaling import NewsText, as_text

ROOT = Path(__file__).resolve().parent.parent
SHORT = ROOT / "fixtures" / "workflows" / "wire.txt"
# A rewrite of the short report with one figure changed ("Four workers" / "Six workers"): its lines hold the pair's
# shared claims and its conflict.
SPREAD = ROOT / "fixtures" / "workflows" / "rewrite-changed-number.txt"
# The budget for any input's PDF on one core.
BUDGET_SECONDS = 120.0
BUDGET_MIB = 2048.0


def long_report(megabytes: float, seed: int = 5) -> str:
    """About ``megabytes`` MB of news copy with the rewrite's lines spread evenly through it."""
    news = NewsText(seed)
    target = int(megabytes * 1_000_000)
    sentences: list[str] = []
    size = 0
    while size < target:
        sentence = news.sentence()
        sentences.append(sentence)
        size += len(sentence.encode("utf-8")) + 1
    spread = [line for line in SPREAD.read_text(encoding="utf-8").splitlines() if line.strip()]
    step = max(1, len(sentences) // (len(spread) + 1))
    for number, line in enumerate(spread, 1):
        sentences.insert(number * step + number - 1, line)
    return as_text(sentences, random.Random(seed))


def run(arguments: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user and system) and peak MiB of one fresh ``python -m compare`` process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "compare", *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"compare failed ({process.returncode}): {stderr.strip()}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=5.0, help="size of the long report (default 5)")
    parser.add_argument("--write", type=Path, help="write the long report to this file and stop")
    parser.add_argument("--skip", nargs="*", default=(), choices=("html", "pdf"), help="outputs not to measure")
    args = parser.parse_args()
    text = long_report(args.megabytes)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
        print(f"wrote {args.write}: {len(text.encode('utf-8')) / 1e6:.1f} MB, {text.count(chr(10)) + 1} lines")
        return
    with tempfile.TemporaryDirectory() as folder:
        long = Path(folder) / "long.txt"
        long.write_text(text, encoding="utf-8")
        print(f"long report: {long.stat().st_size / 1e6:.1f} MB; short report: {SHORT.name}", flush=True)
        pair = [str(long), str(SHORT)]
        json_seconds, json_cpu, json_mib = run([*pair, "--json", str(Path(folder) / "out.json")])
        print(f"JSON (baseline): {json_seconds:.1f} s ({json_cpu:.1f} s CPU), peak {json_mib:.0f} MiB", flush=True)
        for kind, option, name in (("html", "--html", "out.html"), ("pdf", "-o", "out.pdf")):
            if kind in args.skip:
                continue
            seconds, cpu, mib = run([*pair, option, str(Path(folder) / name)])
            size = (Path(folder) / name).stat().st_size / 1e6
            verdict = "within" if cpu <= BUDGET_SECONDS and mib <= BUDGET_MIB else "OVER"
            print(
                f"{kind.upper()}: {seconds:.1f} s ({cpu:.1f} s CPU, {cpu / json_cpu:.2f} x JSON's), "
                f"peak {mib:.0f} MiB, {size:.1f} MB file; "
                f"{verdict} the budget of {BUDGET_SECONDS:.0f} s of one core and {BUDGET_MIB:.0f} MiB",
                flush=True,
            )


if __name__ == "__main__":
    main()
