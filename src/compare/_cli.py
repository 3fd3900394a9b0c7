"""The command line: ``compare-reports A B [outputs] [settings]`` and ``compare-reports batch PAIRS.csv``.

Exit status: 0 success, 1 conflicts found with ``--fail-on-conflict``, 2 bad usage or input. Every error is one
line on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import attrs

from ._errors import CompareError
from ._extract import FORMATS, read_input
from ._files import write_atomically
from ._settings import Settings

if TYPE_CHECKING:
    from ._model import Comparison

__all__ = ["add_input_options", "add_settings_options", "main", "read_aliases", "run_safely", "settings_from"]

_PROG = "compare-reports"
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

exit status: 0 success, 1 conflicts found (with --fail-on-conflict), 2 bad usage or input
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=_PROG,
        description="Compare two reports of the same event: shared claims, unique claims and conflicting details.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("a", help="report A: a file, a URL, or - for standard input")
    parser.add_argument("b", help="report B: a file, a URL, or - for standard input")
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


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """Options on how inputs are read, shared by the pair and batch commands."""
    group = parser.add_argument_group("reading inputs")
    group.add_argument(
        "--format",
        choices=FORMATS,
        default="auto",
        help="how to read the inputs (default: auto, by file suffix, a page's content type, or the text itself)",
    )
    group.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS", help="wait for a URL (default 20)")


def add_settings_options(parser: argparse.ArgumentParser) -> None:
    """An option for every field of :class:`Settings` (numbers and switches), and ``--aliases``."""
    group = parser.add_argument_group("engine settings (defaults chosen by measurement: docs/quality.md)")
    helps = _field_helps()
    for field in attrs.fields(Settings):
        option = "--" + field.name.replace("_", "-")
        default = field.default
        text = helps.get(field.name, "")
        if isinstance(default, bool):
            group.add_argument(
                option, action=argparse.BooleanOptionalAction, default=None, help=f"{text} (default: {default})"
            )
        elif isinstance(default, int | float):
            group.add_argument(
                option, type=type(default), default=None, metavar="N", help=f"{text} (default {default})"
            )
    group.add_argument(
        "--aliases",
        type=Path,
        metavar="FILE",
        help="names to treat as one: a group per line, its names separated by '=' or tabs ('#' starts a comment)",
    )


def _field_helps() -> dict[str, str]:
    """The first sentence of each field's description in the Settings docstring."""
    doc = Settings.__doc__ or ""
    section = doc.split("Args:", 1)[-1]
    helps = {}
    for match in re.finditer(r"^\s{8}(\w+): (.+?)(?=^\s{8}\w+: |\Z)", section, re.MULTILINE | re.DOTALL):
        first = re.split(r"(?<=\.)\s", " ".join(match.group(2).split()), maxsplit=1)[0]
        helps[match.group(1)] = first.rstrip(".").replace("%", "%%")
    return helps


def settings_from(args: argparse.Namespace) -> Settings:
    """The settings the options name; the defaults for those not given.

    Raises:
        CompareError: A value is out of range, or the aliases file cannot be read.
    """
    values: dict[str, Any] = {}
    for field in attrs.fields(Settings):
        value = getattr(args, field.name, None)
        if value is not None and not isinstance(value, Path):
            values[field.name] = value
    if args.aliases is not None:
        values["aliases"] = read_aliases(args.aliases)
    try:
        return Settings(**values)
    except (TypeError, ValueError) as error:
        raise CompareError(str(error)) from None


def read_aliases(path: Path) -> tuple[tuple[str, ...], ...]:
    """Alias groups from a file: one group per line, names separated by ``=`` or tabs, ``#`` comments.

    Raises:
        CompareError: The file cannot be read, or a line names fewer than two names.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CompareError(f"cannot read the aliases file {str(path)!r}: {error}") from None
    groups = []
    for number, line in enumerate(text.splitlines(), start=1):
        content = line.split("#", 1)[0].strip()
        if not content:
            continue
        names = tuple(name.strip() for name in re.split(r"[=\t]", content) if name.strip())
        if len(names) < 2:
            raise CompareError(f"{path}:{number}: an alias group needs two names or more, separated by '=' or tabs")
        groups.append(names)
    return tuple(groups)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        The exit status.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["batch"]:
        from ._batch_cli import main as batch_main

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


def run_safely(command: Callable[[], int]) -> int:
    """Run a command; report any error in one line on standard error, with exit status 2."""
    try:
        return command()
    except (CompareError, ValueError, OSError) as error:
        print(f"{_PROG}: error: {_message(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        # A bug: the user still gets one line, with what to report.
        print(f"{_PROG}: internal error: {type(error).__name__}: {error} (please report it)", file=sys.stderr)
        return 2


def _message(error: BaseException) -> str:
    if isinstance(error, OSError) and not isinstance(error, CompareError) and error.strerror:
        return f"{error.filename or ''}: {error.strerror}".lstrip(": ")
    return str(error)


def _compare_pair(args: argparse.Namespace) -> int:
    from ._compare import compare

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
        _write(args.json, comparison.to_json())
    if args.html:
        _write(args.html, comparison.to_html())
    if args.markdown:
        from ._terminal import markdown

        _write(args.markdown, markdown(comparison))
    if args.pdf:
        comparison.to_pdf(args.pdf)


def _write(target: Path, text: str) -> None:
    try:
        write_atomically(target, text.encode("utf-8"))
    except OSError as error:
        raise CompareError(f"cannot write {str(target)!r}: {error.strerror or error}") from None


def _print_summary(comparison: Comparison) -> None:
    from ._terminal import summary, wants_colour

    colour = wants_colour(sys.stdout)
    # At most 100 columns even on a wide terminal: longer lines are hard to read; 80 when not a terminal.
    width = min(shutil.get_terminal_size((80, 24)).columns, 100) if sys.stdout.isatty() else 80
    try:
        print(summary(comparison, colour=colour, width=width))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, less) went away: not an error of ours. Standard output is pointed at devnull so that
        # Python's own flush at exit does not complain about the broken pipe again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
