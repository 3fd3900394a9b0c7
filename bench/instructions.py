"""Instructions the engine executes on real article pairs, counted by valgrind's callgrind: now and at a baseline
revision, in one run. Wall-clock pairs per second move by 10-20% from run to run on a shared machine; instruction
counts repeat to a fraction of a percent, so they settle whether a change costs speed.

Run from the repository root (needs valgrind; takes a few minutes):

    .venv/bin/python bench/instructions.py ../shared/bench/basil-dev.jsonl --baseline 2aa3b10

Each engine is run twice under callgrind, once comparing the pairs and once only importing and warming up; the
difference is the instructions of the comparisons alone.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

PROGRAM = """
import json, sys
import compare
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")][: int(sys.argv[2])]
pairs = []
for event in rows:
    texts = {k.lower(): v["text"] for k, v in event["articles"].items()}
    names = sorted(texts)
    pairs += [(texts[x], texts[y]) for i, x in enumerate(names) for y in names[i + 1 :]]
compare.compare(*pairs[0])


def forget():
    # --no-reuse: what a report read in one comparison leaves for the next is dropped, as if every pair were new.
    import importlib

    cached = (
        ("compare._text._normalize", "tokenize"),
        ("compare._text._language", "detect_language"),
        ("compare._align._boilerplate", "_is_furniture"),
        ("compare._align._boilerplate", "_is_appeal"),
        ("compare._furniture._sentences", "is_furniture"),
        ("compare._furniture._appeals", "is_appeal"),
        ("compare._text._words", "_words_keyed"),
        ("compare._text._segment", "split_sentences"),
        ("compare._text._segment", "clause_spans"),
        ("compare._facts._restated", "_forms"),
    )
    for module, name in cached:
        # A baseline older than a cache lacks its module or its function, or has the function without a cache.
        try:
            function = getattr(importlib.import_module(module), name, None)
        except ImportError:
            continue
        getattr(function, "cache_clear", lambda: None)()


forget()
if sys.argv[3] == "run":
    for a, b in pairs:
        if sys.argv[4] == "no-reuse":
            forget()
        compare.compare(a, b)
"""


def instructions(source: Path, data: Path, events: int, mode: str, reuse: bool) -> int:
    """The instructions callgrind counts for one run of PROGRAM with the engine under ``source``."""
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={folder}/out",
                sys.executable,
                "-c",
                PROGRAM,
                str(data),
                str(events),
                mode,
                "reuse" if reuse else "no-reuse",
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(source), "OPENBLAS_NUM_THREADS": "1"},
        )
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def comparisons(source: Path, data: Path, events: int, reuse: bool) -> int:
    return instructions(source, data, events, "run", reuse) - instructions(source, data, events, "warm", reuse)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="basil-dev.jsonl")
    parser.add_argument("--baseline", help="a git revision to count in the same run")
    parser.add_argument("--events", type=int, default=10, help="events of the file to use (3 pairs each)")
    parser.add_argument(
        "--no-reuse",
        action="store_true",
        help="forget each report's sentences between comparisons (each article is in two pairs of an event)",
    )
    arguments = parser.parse_args()
    data = arguments.data.resolve()
    reuse = not arguments.no_reuse
    now = comparisons(HERE.parent / "src", data, arguments.events, reuse)
    print(f"instructions for {3 * arguments.events} pairs: {now:,}")
    if arguments.baseline:
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(
                ["git", "worktree", "add", "-q", "--detach", folder, arguments.baseline], check=True, cwd=HERE
            )
            try:
                before = comparisons(Path(folder) / "src", data, arguments.events, reuse)
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", folder], check=True, cwd=HERE)
        print(f"at {arguments.baseline}: {before:,} (speed ratio {before / now:.3f})")


if __name__ == "__main__":
    main()
