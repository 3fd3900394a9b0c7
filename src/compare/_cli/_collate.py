"""``compare-reports A B C ...``: three or more reports collated, with the pair command's outputs and options."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path

from .._errors import CompareError
from .._inputs._extract import read_input
from ._options import givens, settings_from
from ._output import STDOUT, print_text, say_written, terminal_width, write_text

__all__ = ["collate_reports"]


def collate_reports(args: argparse.Namespace) -> int:
    """Collate the reports the command line names and write the outputs it asks for.

    Args:
        args: The pair command's parsed arguments, with further reports in ``args.more``.

    Returns:
        The exit status: 1 when the reports differ on a detail and ``--fail-on-conflict`` is given, else 0.

    Raises:
        CompareError: An input cannot be read, or an output cannot be written.
    """
    from .._collate._collate import collate

    inputs = [args.a, args.b, *args.more]
    if inputs.count("-") > 1:
        raise CompareError("only one report can come from standard input")
    settings = settings_from(args)
    about = givens(args, len(inputs))
    stdin = sys.stdin.buffer.read() if "-" in inputs else b""
    if str(args.pdf) == STDOUT:
        raise CompareError("the PDF cannot go to standard output: name a file (-o report.pdf)")
    reports = [
        read_input(item, given=given, form=args.format, timeout=args.timeout, stdin=stdin, encoding=args.encoding)
        for item, given in zip(inputs, about, strict=True)
    ]
    collation = collate(reports, settings=settings)
    # "claims: 1" needs no plural, as the pair command's "claims: 1 conflicting, ...".
    differing = len(collation.conflicting)
    counts = f"{len(collation.reports)} reports, claims: {len(collation.groups)}, {differing} differing"
    outputs: list[tuple[Path, Callable[[], str]]] = []
    if args.json:
        outputs.append((args.json, collation.to_json))
    if args.html:
        outputs.append((args.html, collation.to_html))
    if args.markdown:
        from .._outputs._collation_text import collation_markdown

        outputs.append((args.markdown, functools.partial(collation_markdown, collation)))
    for target, render in outputs:
        if write_text(target, render()):
            say_written(target, counts)
    if args.pdf:
        say_written(args.pdf, counts, pages=collation.to_pdf(args.pdf))
    if not (args.json or args.pdf or args.html or args.markdown):
        from .._outputs._collation_text import collation_summary

        print_text(collation_summary(collation, width=terminal_width()))
    return 1 if args.fail_on_conflict and collation.conflicting else 0
