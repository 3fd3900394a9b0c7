"""Where the commands' outputs go: files written whole or not at all, standard output for ``-``, and one line on
standard error saying what was written."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from .._errors import CompareError
from .._files import write_atomically

__all__ = ["STDOUT", "print_text", "say_written", "terminal_width", "write_text", "written_line"]

STDOUT = "-"


def write_text(target: Path, text: str) -> bool:
    """Write an output file whole or not at all, or print it for ``-``.

    Returns:
        Whether a file was written (not standard output).

    Raises:
        CompareError: The file cannot be written.
    """
    if str(target) == STDOUT:
        print_text(text.removesuffix("\n"))
        return False
    try:
        write_atomically(target, text.encode("utf-8"))
    except OSError as error:
        raise CompareError(f"cannot write {str(target)!r}: {error.strerror or error}") from None
    return True


def say_written(target: Path, counts: str, *, pages: int | None = None) -> None:
    """One line on standard error (standard output may carry JSON or Markdown): :func:`written_line`."""
    print(written_line(target, counts, pages=pages), file=sys.stderr)


def written_line(target: Path, counts: str, *, pages: int | None = None) -> str:
    """What was written, and its counts: "wrote report.pdf (7 pages): 1 conflict, 11 shared, ..."."""
    size = "" if pages is None else f" ({pages} {'page' if pages == 1 else 'pages'})"
    return f"wrote {target}{size}: {counts}"


def terminal_width() -> int:
    """The width to wrap a summary to."""
    # At most 100 columns even on a wide terminal: longer lines are hard to read; 80 when not a terminal.
    return min(shutil.get_terminal_size((80, 24)).columns, 100) if sys.stdout.isatty() else 80


def print_text(text: str) -> None:
    """Print to standard output; a reader that goes away (head, less) is not an error of ours."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Standard output is pointed at devnull so that Python's own flush at exit does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
