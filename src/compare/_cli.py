"""The command line: ``compare-reports A B [--json FILE] [-o FILE.pdf] [--html FILE]``.

Exit status: 0 success, 1 conflicts found with ``--fail-on-conflict``, 2 bad usage or input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ._compare import compare
from ._errors import CompareError
from ._files import write_atomically
from ._model import Comparison
from ._report import Report
from ._settings import Settings

__all__ = ["main"]

_EPILOG = """examples:
  compare-reports a.txt b.txt                      summary on the terminal
  compare-reports a.txt b.txt -o report.pdf        the PDF report
  compare-reports a.txt b.txt --json result.json   the comparison as JSON
  cat b.txt | compare-reports a.txt - --fail-on-conflict   exit 1 when the reports conflict

exit status: 0 success, 1 conflicts found (with --fail-on-conflict), 2 bad usage or input
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="compare-reports",
        description="Compare two reports of the same event: shared claims, unique claims and conflicting details.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("a", help="report A: a text file, or - for standard input")
    parser.add_argument("b", help="report B: a text file, or - for standard input")
    parser.add_argument("--json", metavar="FILE", type=Path, help="write the comparison as JSON")
    parser.add_argument("-o", "--pdf", metavar="FILE", type=Path, help="write the PDF report")
    parser.add_argument("--html", metavar="FILE", type=Path, help="write the report as HTML")
    parser.add_argument("--name-a", metavar="NAME", help="name of report A (default: its file name)")
    parser.add_argument("--name-b", metavar="NAME", help="name of report B (default: its file name)")
    parser.add_argument("--fail-on-conflict", action="store_true", help="exit with status 1 when a conflict is found")
    parser.add_argument(
        "--link-threshold",
        type=float,
        metavar="X",
        help=f"least score to link two claims (default {Settings().link_threshold})",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        The exit status.
    """
    args = _parser().parse_args(argv)
    try:
        if args.a == "-" and args.b == "-":
            raise CompareError("only one report can come from standard input")
        settings = Settings() if args.link_threshold is None else Settings(link_threshold=args.link_threshold)
        comparison = compare(_read(args.a, args.name_a), _read(args.b, args.name_b), settings=settings)
        _write_outputs(comparison, args)
    except (CompareError, ValueError) as error:
        print(f"compare-reports: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    if not (args.json or args.pdf or args.html):
        print(_summary(comparison))
    return 1 if args.fail_on_conflict and comparison.conflicts else 0


def _read(argument: str, name: str | None) -> Report:
    if argument == "-":
        return Report(sys.stdin.read(), name=name or "stdin")
    return Report.from_file(argument, name=name)


def _write_outputs(comparison: Comparison, args: argparse.Namespace) -> None:
    if args.json:
        _write(args.json, comparison.to_json())
    if args.html:
        _write(args.html, comparison.to_html())
    if args.pdf:
        comparison.to_pdf(args.pdf)


def _write(target: Path, text: str) -> None:
    try:
        write_atomically(target, text.encode("utf-8"))
    except OSError as error:
        raise CompareError(f"cannot write {str(target)!r}: {error.strerror or error}") from None


def _summary(comparison: Comparison) -> str:
    name_a, name_b = comparison.a.name, comparison.b.name
    lines = [
        f"{name_a} vs {name_b}: {len(comparison.shared)} shared, {len(comparison.conflicts)} conflicting, "
        f"{len(comparison.unique_a)} only in {name_a}, {len(comparison.unique_b)} only in {name_b}",
    ]
    for link in comparison.conflicts:
        for conflict in link.conflicts:
            lines.append(f"  CONFLICT ({conflict.kind}): {conflict.explanation}")
    for link in comparison.shared:
        a, b = comparison.sentence_pair(link)
        lines.append(f"  shared {link.score:.0%}: {_clip(a.text)}")
        lines.append(f"               {_clip(b.text)}")
    for label, sentences in ((name_a, comparison.unique_a), (name_b, comparison.unique_b)):
        for sentence in sentences:
            lines.append(f"  only in {label}: {_clip(sentence.text)}")
    return "\n".join(lines)


def _clip(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
