"""The command line: ``compare-reports A B [outputs] [settings]``, ``compare-reports A B C ...`` (a collation) and
``compare-reports batch PAIRS.csv``.

Exit status: 0 success, 1 conflicts found with ``--fail-on-conflict``, 2 bad usage or input. Every error is one
line on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .._errors import CompareError
from .._files import write_atomically
from .._inputs._extract import read_input
from ._options import PROG, Parser, add_input_options, add_settings_options, run_safely, settings_from

if TYPE_CHECKING:
    from .._model import Comparison

__all__ = ["entry", "main", "print_text", "terminal_width", "write_text"]

_EPILOG = """inputs:
  A and B are text files (.txt), Markdown (.md), saved web pages (.html: the article text is extracted),
  http(s) URLs, or - for standard input (one of them).

examples:
  compare-reports a.txt b.txt                          summary on the terminal
  compare-reports a.txt b.txt -o report.pdf            the PDF report
  compare-reports a.html b.md --html report.html       the report as HTML
  compare-reports a.txt b.txt --json result.json       the comparison as JSON
  compare-reports a.txt b.txt --markdown result.md     a Markdown summary
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
        description="Compare two reports of the same event: shared claims, unique claims and conflicting details.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("a", help="report A: a file, a URL, or - for standard input")
    parser.add_argument("b", help="report B: a file, a URL, or - for standard input")
    parser.add_argument("more", nargs="*", metavar="C", help="further reports: three or more make a collation")
    outputs = parser.add_argument_group("outputs (a terminal summary when none is named)")
    outputs.add_argument("-o", "--pdf", metavar="FILE", type=Path, help="write the PDF report")
    outputs.add_argument("--html", metavar="FILE", type=Path, help="write the report as HTML")
    outputs.add_argument("--json", metavar="FILE", type=Path, help="write the comparison as JSON")
    outputs.add_argument("--markdown", metavar="FILE", type=Path, help="write a Markdown summary")
    outputs.add_argument("--fail-on-conflict", action="store_true", help="exit with status 1 when a conflict is found")
    names = parser.add_argument_group("names")
    names.add_argument("--name-a", metavar="NAME", help="name of report A (default: its file name)")
    names.add_argument("--name-b", metavar="NAME", help="name of report B (default: its file name)")
    add_input_options(parser)
    add_settings_options(parser)
    return parser


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
    args = _parser().parse_args(arguments)
    return run_safely(lambda: _compare_pair(args))


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
    settings = settings_from(args)
    stdin = sys.stdin.buffer.read() if "-" in (args.a, args.b) else b""
    options = {"form": args.format, "timeout": args.timeout, "stdin": stdin}
    report_a = read_input(args.a, name=args.name_a, **options)
    report_b = read_input(args.b, name=args.name_b, **options)
    comparison = compare(report_a, report_b, settings=settings)
    _write_outputs(comparison, args)
    if not (args.json or args.pdf or args.html or args.markdown):
        _print_summary(comparison)
    return 1 if args.fail_on_conflict and comparison.conflicts else 0


def _write_outputs(comparison: Comparison, args: argparse.Namespace) -> None:
    if args.json:
        write_text(args.json, comparison.to_json())
    if args.html:
        write_text(args.html, comparison.to_html())
    if args.markdown:
        from .._outputs._terminal import markdown

        write_text(args.markdown, markdown(comparison))
    if args.pdf:
        comparison.to_pdf(args.pdf)


def write_text(target: Path, text: str) -> None:
    """Write an output file whole or not at all.

    Raises:
        CompareError: The file cannot be written.
    """
    try:
        write_atomically(target, text.encode("utf-8"))
    except OSError as error:
        raise CompareError(f"cannot write {str(target)!r}: {error.strerror or error}") from None


def _print_summary(comparison: Comparison) -> None:
    from .._outputs._terminal import summary, wants_colour

    print_text(summary(comparison, colour=wants_colour(sys.stdout), width=terminal_width()))


def terminal_width() -> int:
    """The width to wrap a summary to."""
    # At most 100 columns even on a wide terminal: longer lines are hard to read; 80 when not a terminal.
    return min(shutil.get_terminal_size((80, 24)).columns, 100) if sys.stdout.isatty() else 80


def print_text(text: str) -> None:
    """Print to standard output; a reader that went away (head, less) is not an error."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, less) went away: not an error of ours. Standard output is pointed at devnull so that
        # Python's own flush at exit does not complain about the broken pipe again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
