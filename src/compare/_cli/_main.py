"""The command line: ``compare-reports A B [outputs] [settings]``, ``compare-reports A B C ...`` (a collation) and
``compare-reports batch PAIRS.csv``.

Exit status: 0 success, 1 conflicts found with ``--fail-on-conflict``, 2 bad usage or input. Every error is one
line on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .._errors import CompareError
from .._inputs._extract import read_input
from ._options import (
    PROG,
    Parser,
    add_input_options,
    add_settings_options,
    givens,
    optional_date,
    published_date,
    run_safely,
    settings_from,
)
from ._output import STDOUT, print_text, terminal_width, write_text, written_line
from ._progress import Steps

if TYPE_CHECKING:
    from .._model import Comparison

__all__ = ["entry", "main"]

_EPILOG = """inputs:
  A and B are text files (.txt), Markdown (.md), saved web pages (.html: the article text is extracted),
  http(s) URLs, or - for standard input (one of them).

examples:
  compare-reports a.txt b.txt                          summary on the terminal
  compare-reports a.txt b.txt -o report.pdf            the PDF report
  compare-reports a.html b.md --html report.html       the report as HTML
  compare-reports a.txt b.txt --json result.json       the comparison as JSON
  compare-reports a.txt b.txt --markdown result.md     a Markdown summary
  compare-reports a.txt b.txt --json - | jq .unique    the JSON on standard output
  compare-reports a.txt b.txt --source-a Reuters --published-a 2025-03-19 -o report.pdf
  compare-reports a.txt b.txt c.txt --name Wire --name Post --name Radio   name each report, in order
  compare-reports a.txt b.txt --encoding latin-1       inputs that are not UTF-8
  compare-reports https://example.org/story a.txt      a web page against a file
  cat b.txt | compare-reports a.txt - --fail-on-conflict   exit 1 when the reports conflict
  compare-reports a.txt b.txt --aliases names.txt --link-threshold 0.4
  compare-reports batch pairs.csv --out results/ --jobs 2  many pairs (see compare-reports batch --help)
  compare-reports wire.txt a.txt b.txt c.html -o coverage.pdf   3+ reports: who states each claim, who differs

exit status: 0 success, 1 conflicts found (with --fail-on-conflict), 2 bad usage or input
"""


def _parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        usage=f"{PROG} A B [C ...] [options]\n       {PROG} batch PAIRS.csv --out DIR [options]",
        description="Compare two reports of the same event: shared claims, unique claims and conflicting details.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # Optional to argparse, so that a missing report is named by _check_count rather than as "b, C are required".
    parser.add_argument("a", nargs="?", metavar="A", help="report A: a file, a URL, or - for standard input")
    parser.add_argument("b", nargs="?", metavar="B", help="report B: a file, a URL, or - for standard input")
    parser.add_argument(
        "more", nargs="*", default=[], metavar="C", help="further reports: three or more make a collation"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    outputs = parser.add_argument_group(
        "outputs (a terminal summary when none is named; FILE - is standard output, but for the PDF)"
    )
    outputs.add_argument("-o", "--pdf", metavar="FILE", type=Path, help="write the PDF report")
    outputs.add_argument("--html", metavar="FILE", type=Path, help="write the report as HTML")
    outputs.add_argument("--json", metavar="FILE", type=Path, help="write the comparison as JSON")
    outputs.add_argument("--markdown", metavar="FILE", type=Path, help="write a Markdown summary")
    outputs.add_argument("--fail-on-conflict", action="store_true", help="exit with status 1 when a conflict is found")
    _add_report_options(parser)
    add_input_options(parser)
    add_settings_options(parser)
    return parser


def _version() -> str:
    from importlib.metadata import version

    return version("compare-reports")


def _add_report_options(parser: argparse.ArgumentParser) -> None:
    """What is known about each report, shown in the reports' title block; a web page's metadata by default."""
    group = parser.add_argument_group(
        "about the reports",
        "each option once per report, in input order ('' for none); a report not named is called by its file's\n"
        "name without the suffix, stdin, or the URL's last part; a web page gives its outlet and date",
    )
    group.add_argument("--name", action="append", metavar="NAME", help="the reports' names")
    group.add_argument("--source", action="append", metavar="OUTLET", help="the outlets that published them")
    group.add_argument("--url", action="append", metavar="URL", help="where they were published")
    group.add_argument(
        "--published", action="append", metavar="YYYY-MM-DD", type=optional_date, help="the days they were published"
    )
    for side in ("a", "b"):
        upper = side.upper()
        group.add_argument(f"--name-{side}", metavar="NAME", help=f"name of report {upper}")
        group.add_argument(f"--source-{side}", metavar="OUTLET", help=f"outlet that published report {upper}")
        group.add_argument(f"--url-{side}", metavar="URL", help=f"where report {upper} was published")
        group.add_argument(
            f"--published-{side}", metavar="YYYY-MM-DD", type=published_date, help=f"day report {upper} was published"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        The exit status.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["batch"]:
        from ._batch import main as batch_main

        return batch_main(arguments[1:])
    parser = _parser()
    args = parser.parse_args(arguments)
    _check_count(parser, args)
    return run_safely(lambda: _compare_pair(args))


def _check_count(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.a is None:
        parser.error("no reports given: name two reports or more (files, URLs, or - for standard input)")
    if args.b is None:
        parser.error(f"one report given: name two reports or more (a second after {args.a})")


def entry() -> NoReturn:
    """The ``compare-reports`` command and ``python -m compare``: run, then exit with the status."""
    status = main()
    # The process ends here: frozen objects are left out of the collections the interpreter runs while shutting
    # down, which otherwise walk every object the engine and WeasyPrint made (about 0.1 s of the seed report).
    gc.freeze()
    sys.exit(status)


def _compare_pair(args: argparse.Namespace) -> int:
    from .._compare import compare

    if args.more:
        from ._collate import collate_reports

        return collate_reports(args)
    if args.a == "-" and args.b == "-":
        raise CompareError("only one report can come from standard input")
    if str(args.json) == str(args.markdown) == STDOUT:
        raise CompareError("only one of --json and --markdown can write to standard output (-)")
    if str(args.pdf) == STDOUT:
        raise CompareError("the PDF cannot go to standard output: name a file (-o report.pdf)")
    settings = settings_from(args)
    about = givens(args, 2)
    stdin = sys.stdin.buffer.read() if "-" in (args.a, args.b) else b""
    outputs = [option for option in (args.json, args.html, args.markdown, args.pdf) if option]
    with Steps(total=3 + max(len(outputs), 1)) as steps:
        reports = []
        for side, item, given in zip("AB", (args.a, args.b), about, strict=True):
            steps.step(f"reading {side}")
            reports.append(
                read_input(
                    item, given=given, form=args.format, timeout=args.timeout, stdin=stdin, encoding=args.encoding
                )
            )
        steps.step("comparing")
        comparison = compare(reports[0], reports[1], settings=settings)
        _write_outputs(comparison, args, steps)
    if not outputs:
        _print_summary(comparison)
    return 1 if args.fail_on_conflict and comparison.conflicts else 0


# Items per section of the terminal summary: a screenful or two; the rest is in --json and the reports.
_TERMINAL_ITEMS = 20


def _write_outputs(comparison: Comparison, args: argparse.Namespace, steps: Steps) -> None:
    if args.json:
        steps.step("writing the JSON")
        _write(args.json, comparison.to_json(), comparison, steps)
    if args.html:
        steps.step("writing the HTML")
        _write(args.html, comparison.to_html(), comparison, steps)
    if args.markdown:
        from .._outputs._terminal import markdown

        steps.step("writing the Markdown")
        _write(args.markdown, markdown(comparison), comparison, steps)
    if args.pdf:
        steps.step("writing the PDF")
        pages = comparison.to_pdf(args.pdf)
        steps.note(written_line(args.pdf, _counts(comparison), pages=pages))


def _write(target: Path, text: str, comparison: Comparison, steps: Steps) -> None:
    if write_text(target, text):
        steps.note(written_line(target, _counts(comparison)))


def _counts(comparison: Comparison) -> str:
    from .._outputs._counts import both, claim_counts

    shared, conflicting = claim_counts(comparison)
    return (
        f"claims: {both(conflicting)} conflicting, {both(shared)} shared, "
        f"{len(comparison.unique_a)} only in A, {len(comparison.unique_b)} only in B"
    )


def _print_summary(comparison: Comparison) -> None:
    from .._outputs._terminal import summary, wants_colour

    colour = wants_colour(sys.stdout)
    print_text(summary(comparison, colour=colour, width=terminal_width(), limit=_TERMINAL_ITEMS))
