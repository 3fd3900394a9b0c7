"""Reading a report: text, file or pre-split sentences, with its metadata."""

from __future__ import annotations

import codecs
import datetime
import os
import re
from collections.abc import Iterable
from pathlib import Path

import attrs

from .._errors import InputError, ReportFileError
from .._providers import provided

__all__ = [
    "STDIN_LABEL",
    "Report",
    "decode_text",
    "has_wide_byte_order_mark",
    "input_subject",
    "read_bytes",
    "refuse_file_name",
    "reject_binary",
]


def _check_text(instance: Report, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise InputError(f"report {instance.label!r}: text must be str, not {type(value).__name__}")
    if not value.strip():
        raise InputError(f"report {instance.label!r} is empty: it holds no text to compare")


def _check_name(instance: Report, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not isinstance(value, str):
        raise InputError(f"report name must be str, not {type(value).__name__}")


def _as_date(value: datetime.date | str | None) -> datetime.date | None:
    """The day a report was published, from a date, a datetime or an ISO 8601 string ("2025-03-19")."""
    if value is None or type(value) is datetime.date:
        return value
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise InputError(f"published {value!r} is not a date: give a datetime.date or 'YYYY-MM-DD'") from None
    if isinstance(value, datetime.date):
        return value
    raise InputError(f"published must be a datetime.date or 'YYYY-MM-DD', not {type(value).__name__}")


@attrs.frozen
class Report:
    """One report of an event, with what is known about where it comes from.

    Args:
        text: The report's text. It must hold something besides white space.
        name: A short name shown in the PDF and the JSON (the file name, an outlet); ``None`` lets
            :func:`compare.compare` call the reports "A" and "B".
        source: The outlet that published it.
        url: Where it was published.
        published: The day it was published: a ``datetime.date`` (a datetime gives its day) or an ISO string
            ("2025-03-19"). Relative dates ("on Friday", "last week") are read against it.
        sentence_spans: Character spans of sentences that were split before the report was made; ``None`` lets
            compare split the text. Set by :meth:`from_sentences`.
    """

    name: str | None = attrs.field(default=None, kw_only=True, validator=_check_name)
    text: str = attrs.field(validator=_check_text)
    source: str | None = attrs.field(default=None, kw_only=True)
    url: str | None = attrs.field(default=None, kw_only=True)
    published: datetime.date | None = attrs.field(default=None, kw_only=True, converter=_as_date)
    sentence_spans: tuple[tuple[int, int], ...] | None = attrs.field(default=None, kw_only=True)

    @property
    def label(self) -> str:
        """The name to use in messages: the report's name, or ``<text>`` for a report without one."""
        return self.name or "<text>"

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        name: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: datetime.date | str | None = None,
    ) -> Report:
        """Make a report from its text.

        Args:
            text: The report's text.
            name: See :class:`Report`.
            source: See :class:`Report`.
            url: See :class:`Report`.
            published: See :class:`Report`.

        Returns:
            The report.

        Raises:
            InputError: The text is empty or not a string.
        """
        return cls(text, name=name, source=source, url=url, published=published)

    @classmethod
    def from_file(
        cls,
        path: str | os.PathLike[str],
        *,
        name: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: datetime.date | str | None = None,
        encoding: str | None = None,
    ) -> Report:
        """Read a report from a file, by its suffix: a web page (``.html``, ``.htm``: its article text, title,
        outlet and date, as :meth:`from_html` reads them), Markdown (``.md``: its syntax removed), else text.

        Args:
            path: The file.
            name: See :class:`Report`; defaults to the file's name without its suffix (whatever the text's
                headline or the page's title, so that the reports of one run are named alike).
            source: See :class:`Report`; defaults to the outlet a web page names.
            url: See :class:`Report`.
            published: See :class:`Report`; defaults to the date a web page gives.
            encoding: The file's encoding (``"latin-1"``, ``"cp1252"``...); ``None`` reads UTF-8, or UTF-16 with a
                byte-order mark, and lets a web page name its own.

        Returns:
            The report.

        Raises:
            ReportFileError: The file is missing, a directory, or unreadable.
            InputError: The file is binary, not in its encoding, or holds no text.
        """
        report: Report = provided("file_report")(
            Path(path), name=name, source=source, url=url, published=published, encoding=encoding
        )
        return report

    @classmethod
    def from_html(
        cls,
        html: str | bytes,
        *,
        name: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: datetime.date | str | None = None,
    ) -> Report:
        """Make a report from a web page: trafilatura extracts the article's text, setting menus, footers and
        comments aside, and reads the page's title, outlet and publication date from its metadata.

        Args:
            html: The page, as text or as bytes (in the encoding the page declares, UTF-8 when it declares none).
            name: See :class:`Report`; defaults to the page's title (``og:title`` or ``<title>``), else ``page``.
            source: See :class:`Report`; defaults to the outlet the page names (``og:site_name``).
            url: See :class:`Report`.
            published: See :class:`Report`; defaults to the date the page gives.

        Returns:
            The report.

        Raises:
            InputError: The page holds no article text.
        """
        report: Report = provided("page_report")(html, name=name, source=source, url=url, published=published)
        return report

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        timeout: float = 20.0,
        name: str | None = None,
        source: str | None = None,
        published: datetime.date | str | None = None,
    ) -> Report:
        """Fetch a report from an http(s) URL: a web page is read as :meth:`from_html` reads it, Markdown and text
        by their content type.

        Args:
            url: The page's address.
            timeout: Seconds to wait for the server.
            name: See :class:`Report`; defaults to the URL's last part without its suffix, else its host.
            source: See :class:`Report`; defaults to the outlet the page names.
            published: See :class:`Report`; defaults to the date the page gives.

        Returns:
            The report, its ``url`` the one fetched.

        Raises:
            InputError: The URL is not http(s), the server cannot be reached or answers with an error, or the
                page holds no text.
        """
        report: Report = provided("url_report")(url, timeout=timeout, name=name, source=source, published=published)
        return report

    @classmethod
    def from_sentences(
        cls,
        sentences: Iterable[str],
        *,
        name: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: datetime.date | str | None = None,
    ) -> Report:
        """Make a report from sentences that are already split; each item is kept as exactly one sentence.

        The report's text is the sentences joined by newlines, so spans index into that text.

        Args:
            sentences: The sentences, in order.
            name: See :class:`Report`.
            source: See :class:`Report`.
            url: See :class:`Report`.
            published: See :class:`Report`.

        Returns:
            The report.

        Raises:
            InputError: A sentence is not a string, or every sentence is empty.
        """
        items = list(sentences)
        for position, item in enumerate(items):
            if not isinstance(item, str):
                raise InputError(f"report {name or '<sentences>'!r}: sentence {position} is {type(item).__name__}")
        text = "\n".join(items)
        spans = []
        offset = 0
        for item in items:
            stripped = item.strip()
            if stripped:
                start = offset + item.index(stripped)
                spans.append((start, start + len(stripped)))
            offset += len(item) + 1
        return cls(text, name=name, source=source, url=url, published=published, sentence_spans=tuple(spans))


# The end of a sentence: a full stop, question or exclamation mark (closing quotes and brackets after it) before
# white space or the end. A file name's dots stand between letters ("a.txt").
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*(?:\s|$)")
_MAX_PATH_CHARS = 4096


def refuse_file_name(text: str, name: str) -> None:
    """Refuse a report's text that is the name of an existing file and holds no sentence: a caller who meant the
    file passed its name as a ``str``, which is always a report's text, and would compare the names.

    Raises:
        InputError: The text names a file; the message says to pass a ``Path``.
    """
    candidate = text.strip()
    if not candidate or "\n" in candidate or len(candidate) > _MAX_PATH_CHARS or _SENTENCE_END.search(candidate):
        return
    if os.path.isfile(candidate):
        raise InputError(
            f"report {name!r} is the string {candidate!r}, the name of a file: a str is a report's text; pass "
            f"Path({candidate!r}) (or Report.from_file) to read the file"
        )


def has_wide_byte_order_mark(data: bytes) -> bool:
    """Whether the data starts with the byte-order mark of UTF-16 (or UTF-32), whose text holds NUL bytes."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _encoding_of(data: bytes) -> str:
    # Windows tools save "Unicode text" as UTF-16 with a byte-order mark; without one, UTF-8 is the only guess
    # that cannot silently garble text.
    if has_wide_byte_order_mark(data):
        return "utf-16"
    return "utf-8-sig"


def read_bytes(file: Path) -> bytes:
    """A report file's bytes.

    Raises:
        ReportFileError: The file is missing, a directory, or unreadable.
    """
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise ReportFileError(f"report file {str(file)!r} does not exist") from None
    except IsADirectoryError:
        raise ReportFileError(f"report file {str(file)!r} is a directory, not a file") from None
    except OSError as error:
        raise ReportFileError(f"report file {str(file)!r} cannot be read: {error.strerror}") from None


# Bytes below 32 that text holds: tab, line feed, vertical tab, form feed, carriage return.
_WHITE_SPACE_CONTROLS = frozenset(b"\t\n\x0b\x0c\r")
_CONTROL_BYTES = frozenset(range(32)) - _WHITE_SPACE_CONTROLS | {0x7F}
_NOT_CONTROL_BYTES = bytes(byte for byte in range(256) if byte not in _CONTROL_BYTES)
# The head of a file tells whether it is text; more would only cost time on a large one.
_SNIFF_BYTES = 65536
# Binary formats (images, archives, compressed streams, executables) show control bytes at about 11% of their
# bytes, as random data does; text shows none, or a stray one. Above this share the data is not text.
_MAX_CONTROL_SHARE = 0.01


# The label of standard input's bytes: no file, so messages call it by what it is.
STDIN_LABEL = "<stdin>"


def input_subject(label: str) -> str:
    """What a message calls an input's bytes: "standard input", the web page, or the report file."""
    if label == STDIN_LABEL:
        return "standard input"
    # Only the command line and Report.from_url read URLs, and a file's path holds no "://".
    if "://" in label:
        return f"page {label!r}"
    return f"report file {label!r}"


def reject_binary(data: bytes, label: str) -> None:
    """Refuse binary data: images, PDFs, archives, executables and any format whose bytes are not characters.

    Text in a byte encoding (UTF-8, Latin-1, cp1252...) never holds NUL and uses control characters only as white
    space; binary data holds NUL or control bytes at the rate of random data. Only the head of the data is read.

    Raises:
        InputError: The data is binary; the message names ``label``.
    """
    head = data[:_SNIFF_BYTES]
    controls = len(head.translate(None, _NOT_CONTROL_BYTES))
    why = "it holds NUL bytes" if 0 in head else "it holds control characters that text never holds"
    if 0 in head or controls > max(1, _MAX_CONTROL_SHARE * len(head)):
        raise InputError(
            f"{input_subject(label)} is binary, not text ({why}): compare reads text, Markdown and saved web pages, "
            "so convert a PDF, image or document to text first"
        )


def decode_text(data: bytes, label: str, encoding: str | None = None) -> str:
    """A report's text from its bytes.

    Args:
        data: The bytes.
        label: The input's name in messages.
        encoding: Their encoding; ``None`` for UTF-8, or UTF-16 with a byte-order mark.

    Returns:
        The text.

    Raises:
        InputError: The data is not in the encoding (or it is unknown), is binary, or holds only white space; the
            message names ``label``.
    """
    name = encoding or _encoding_of(data)
    try:
        wide = codecs.lookup(name).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} for report {label!r}") from None
    # Binary data is said to be binary before any decoding fails: advice to name an encoding would not help.
    if not wide:
        reject_binary(data, label)
    try:
        text = data.decode(name)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{input_subject(label)} is not {encoding or 'UTF-8'} text (undecodable byte at offset {error.start}); "
            "name its encoding (--encoding latin-1, or encoding='latin-1' in Python)"
        ) from None
    if wide:
        reject_binary(text.encode("latin-1", "replace"), label)
    if not text.strip():
        raise InputError(f"{input_subject(label)} is empty: it holds no text to compare")
    return text
