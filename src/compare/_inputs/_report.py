"""Reading a report: text, file or pre-split sentences, with its metadata."""

from __future__ import annotations

import codecs
import datetime
import os
from collections.abc import Iterable
from pathlib import Path

import attrs

from .._errors import InputError, ReportFileError

__all__ = ["Report", "decode_text", "read_bytes"]


def _check_text(instance: Report, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise InputError(f"report {instance.label!r}: text must be str, not {type(value).__name__}")
    if not value.strip():
        raise InputError(f"report {instance.label!r} is empty: it holds no text to compare")


def _check_name(instance: Report, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not isinstance(value, str):
        raise InputError(f"report name must be str, not {type(value).__name__}")


@attrs.frozen
class Report:
    """One report of an event, with what is known about where it comes from.

    Args:
        text: The report's text. It must hold something besides white space.
        name: A short name shown in the PDF and the JSON (the file name, an outlet); ``None`` lets
            :func:`compare.compare` call the reports "A" and "B".
        source: The outlet that published it.
        url: Where it was published.
        published: The day it was published.
        sentence_spans: Character spans of sentences that were split before the report was made; ``None`` lets
            compare split the text. Set by :meth:`from_sentences`.
    """

    name: str | None = attrs.field(default=None, kw_only=True, validator=_check_name)
    text: str = attrs.field(validator=_check_text)
    source: str | None = attrs.field(default=None, kw_only=True)
    url: str | None = attrs.field(default=None, kw_only=True)
    published: datetime.date | None = attrs.field(default=None, kw_only=True)
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
        published: datetime.date | None = None,
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
        published: datetime.date | None = None,
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
        from ._extract import Given, report_from_file

        given = Given(name=name, source=source, url=url, published=published)
        return report_from_file(Path(path), given, encoding=encoding)

    @classmethod
    def from_html(
        cls,
        html: str | bytes,
        *,
        name: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: datetime.date | None = None,
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
        from ._extract import Given, Source, html_to_report

        given = Given(name=name, source=source, url=url, published=published)
        return html_to_report(html, source=Source(name or "<html>", None, "html"), given=given)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        timeout: float = 20.0,
        name: str | None = None,
        source: str | None = None,
        published: datetime.date | None = None,
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
        from ._extract import Given, is_url, report_from_url

        if not is_url(url):
            raise InputError(f"not an http(s) URL: {url!r}")
        given = Given(name=name, source=source, url=url, published=published)
        return report_from_url(url, given, timeout=timeout)

    @classmethod
    def from_sentences(
        cls,
        sentences: Iterable[str],
        *,
        name: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: datetime.date | None = None,
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


def _encoding_of(data: bytes) -> str:
    # Windows tools save "Unicode text" as UTF-16 with a byte-order mark; without one, UTF-8 is the only guess
    # that cannot silently garble text.
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
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
    try:
        text = data.decode(encoding or _encoding_of(data))
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} for report {label!r}") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"report file {label!r} is not {encoding or 'UTF-8'} text (undecodable byte at offset {error.start}); "
            "name its encoding (--encoding latin-1, or encoding='latin-1' in Python)"
        ) from None
    # Text files never hold NUL: finding one means the file is binary or in an encoding it does not name.
    if "\x00" in text:
        raise InputError(f"report file {label!r} is binary: it holds NUL bytes")
    if not text.strip():
        raise InputError(f"report file {label!r} is empty: it holds no text to compare")
    return text
