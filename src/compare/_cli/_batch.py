"""``compare-reports batch PAIRS.csv --out DIR --jobs N``: many pairs, resumable, one failure never stops the rest.

Each pair is one task of a pool of spawned (never forked) processes: it reads both inputs, compares them, writes
``DIR/<id>.json``, then renders ``DIR/<id>.pdf`` in the same worker (WeasyPrint is imported once per worker). Both
files are written through a temporary file and renamed, so a pair whose outputs exist is finished, and a rerun
skips it. A pair whose JSON exists but whose PDF does not is finished from its JSON.

The progress bar is tqdm's (on standard error, only on a terminal): it sizes itself to the terminal and shows the
rate and the time left, which a long batch needs, for one small pure-Python dependency.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Sequence
from concurrent.futures import Future, as_completed
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from .._errors import CompareError, InputError
from .._files import write_atomically
from .._inputs._extract import Format, is_url
from .._settings import Settings
from ._options import (
    PROG,
    Parser,
    add_input_options,
    add_settings_options,
    run_safely,
    settings_from,
    unreadable,
)

if TYPE_CHECKING:
    from .._model import Comparison

__all__ = ["main"]

_EPILOG = """PAIRS.csv has a header row with columns a and b (paths or URLs; relative paths are read from the CSV's
folder) and an optional id column (default: the row's number, 1 for the first pair). Each pair writes
DIR/<id>.json and DIR/<id>.pdf; pairs whose outputs exist are skipped, so an interrupted batch resumes
where it stopped. A failing pair is reported and the others go on.

example:
  printf 'id,a,b\\nfire,wire.txt,rewrite.txt\\n' > pairs.csv
  compare-reports batch pairs.csv --out results/ --jobs 2

exit status: 0 every pair done (or skipped), 2 some pairs failed or bad usage
"""


@attrs.frozen
class Pair:
    """One row of PAIRS.csv."""

    id: str
    a: str
    b: str


@attrs.frozen
class Outcome:
    """What became of one pair: ``done``, ``skipped`` or ``failed``, with counts or the error."""

    id: str
    status: str
    shared: int = 0
    conflicting: int = 0
    unique_a: int = 0
    unique_b: int = 0
    seconds: float = 0.0
    message: str = ""


@attrs.frozen
class _Job:
    pair: Pair
    out: str
    pdf: bool
    settings: Settings
    form: Format
    timeout: float
    encoding: str | None


def _parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=f"{PROG} batch",
        description="Compare many pairs of reports listed in a CSV file.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("pairs", type=Path, metavar="PAIRS.csv", help="the pairs: columns a, b and optionally id")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="where to write <id>.json and <id>.pdf")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    parser.add_argument("--no-pdf", action="store_true", help="write the JSON only (much faster)")
    add_input_options(parser)
    add_settings_options(parser)
    return parser


def main(argv: Sequence[str]) -> int:
    """Run the batch command; returns the exit status."""
    args = _parser().parse_args(list(argv))
    return run_safely(lambda: _run(args), f"{PROG} batch")


def _run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise CompareError("--jobs must be 1 or more")
    settings = settings_from(args)
    pairs = read_pairs(args.pairs)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    outcomes = {pair.id: _skipped(out, pair.id) for pair in pairs if _finished(out, pair.id, not args.no_pdf)}
    todo = [pair for pair in pairs if pair.id not in outcomes]
    jobs = [_Job(pair, str(out), not args.no_pdf, settings, args.format, args.timeout, args.encoding) for pair in todo]
    outcomes.update(_execute(jobs, args.jobs, skipped=len(outcomes), total=len(pairs)))
    ordered = [outcomes[pair.id] for pair in pairs]
    print(summary_table(ordered))
    return 2 if any(outcome.status == "failed" for outcome in ordered) else 0


def read_pairs(path: Path) -> list[Pair]:
    """The pairs of a CSV file, relative paths resolved against its folder.

    Raises:
        InputError: The file cannot be read, lacks the a and b columns, has an empty cell, or repeats an id.
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:
            rows = list(csv.DictReader(file))
            header = rows[0].keys() if rows else set()
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"cannot read {str(path)!r}: {unreadable(error)}") from None
    if not rows:
        raise InputError(f"{str(path)!r} lists no pairs (a header row with columns a and b, then one row per pair)")
    if not {"a", "b"} <= set(header):
        raise InputError(f"{str(path)!r} needs columns a and b in its header row, not {sorted(header)!r}")
    pairs = [_pair(path, number, row) for number, row in enumerate(rows, start=1)]
    seen: set[str] = set()
    for pair in pairs:
        if pair.id in seen:
            raise InputError(f"{str(path)!r}: id {pair.id!r} is used twice")
        seen.add(pair.id)
    return pairs


def _pair(path: Path, number: int, row: dict[str, str | None]) -> Pair:
    identifier = (row.get("id") or "").strip() or str(number)
    if identifier in {".", ".."} or any(c in identifier for c in "/\\\0") or identifier.startswith("."):
        raise InputError(f"{str(path)!r} row {number}: id {identifier!r} cannot be a file name")
    sides = []
    for column in ("a", "b"):
        value = (row.get(column) or "").strip()
        if not value:
            raise InputError(f"{str(path)!r} row {number} ({identifier}): column {column} is empty")
        sides.append(value if is_url(value) or value == "-" else str(path.parent / value))
    if "-" in sides:
        raise InputError(f"{str(path)!r} row {number}: standard input cannot be read in a batch")
    return Pair(identifier, sides[0], sides[1])


def _finished(out: Path, identifier: str, pdf: bool) -> bool:
    return (out / f"{identifier}.json").is_file() and (not pdf or (out / f"{identifier}.pdf").is_file())


def _skipped(out: Path, identifier: str) -> Outcome:
    """A pair finished by an earlier run, with the counts its JSON holds."""
    from .._model import Comparison

    try:
        comparison = Comparison.from_json((out / f"{identifier}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        # Still finished (its files exist): the table says why its counts are missing rather than failing it.
        return Outcome(identifier, "skipped", message=f"counts unavailable: {error}")
    return _counted(identifier, "skipped", comparison)


def _counted(identifier: str, status: str, comparison: Comparison, seconds: float = 0.0) -> Outcome:
    return Outcome(
        identifier,
        status,
        shared=len(comparison.shared),
        conflicting=len(comparison.conflicts),
        unique_a=len(comparison.unique_a),
        unique_b=len(comparison.unique_b),
        seconds=seconds,
    )


def _execute(jobs: list[_Job], workers: int, *, skipped: int, total: int) -> dict[str, Outcome]:
    if not jobs:
        return {}
    from tqdm import tqdm

    from .._batch import result_or_error, spawn_pool

    results: dict[str, Outcome] = {}
    with (
        spawn_pool(min(workers, len(jobs))) as pool,
        tqdm(total=total, initial=skipped, unit="pair", file=sys.stderr, disable=None) as bar,
    ):
        futures: dict[Future[Outcome], _Job] = {pool.submit(run_job, job): job for job in jobs}
        for future in as_completed(futures):
            job = futures[future]
            outcome = result_or_error(future, job.pair.id)
            if isinstance(outcome, CompareError):
                outcome = Outcome(job.pair.id, "failed", message=str(outcome))
            if outcome.status == "failed":
                bar.write(f"{PROG} batch: {outcome.id}: {outcome.message}", file=sys.stderr)
            results[outcome.id] = outcome
            bar.update()
    return results


def run_job(job: _Job) -> Outcome:
    """Compare one pair and write its outputs (in a worker process); errors become a ``failed`` outcome."""
    started = time.perf_counter()
    try:
        comparison = _comparison(job)
        if job.pdf:
            comparison.to_pdf(Path(job.out) / f"{job.pair.id}.pdf")
    except (CompareError, OSError) as error:
        return Outcome(job.pair.id, "failed", seconds=time.perf_counter() - started, message=str(error))
    return _counted(job.pair.id, "done", comparison, time.perf_counter() - started)


def _comparison(job: _Job) -> Comparison:
    from .._compare import compare
    from .._inputs._extract import read_input
    from .._model import Comparison

    json_path = Path(job.out) / f"{job.pair.id}.json"
    if json_path.is_file():
        # Finished but for its PDF: the JSON holds the whole comparison.
        return Comparison.from_json(json_path.read_text(encoding="utf-8"))
    report_a = read_input(job.pair.a, form=job.form, timeout=job.timeout, encoding=job.encoding)
    report_b = read_input(job.pair.b, form=job.form, timeout=job.timeout, encoding=job.encoding)
    comparison = compare(report_a, report_b, settings=job.settings)
    write_atomically(json_path, comparison.to_json().encode("utf-8"))
    return comparison


def summary_table(outcomes: Sequence[Outcome]) -> str:
    """A plain-text table: one row per pair, then the totals."""
    header = ("id", "status", "shared", "conflicting", "only A", "only B", "seconds", "message")
    rows = [header] + [_row(outcome) for outcome in outcomes]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header) - 1)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1] for row in rows
    ]
    counts = {status: sum(1 for o in outcomes if o.status == status) for status in ("done", "skipped", "failed")}
    lines.append(
        f"{len(outcomes)} pairs: {counts['done']} done, {counts['skipped']} skipped, {counts['failed']} failed"
    )
    return "\n".join(line.rstrip() for line in lines)


def _row(outcome: Outcome) -> tuple[str, ...]:
    counted = outcome.status == "done" or (outcome.status == "skipped" and not outcome.message)
    numbers = (outcome.shared, outcome.conflicting, outcome.unique_a, outcome.unique_b)
    return (
        outcome.id,
        outcome.status,
        *(str(n) if counted else "-" for n in numbers),
        f"{outcome.seconds:.1f}" if outcome.status == "done" or outcome.seconds else "-",
        # The message is the last column, whole: a cut message hides the part that says what to fix.
        " ".join(outcome.message.split()),
    )
