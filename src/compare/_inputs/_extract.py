"""Reading a report from what the command line is given: a text, Markdown or HTML file, standard input, or a URL.

HTML is a saved web page: its article text is extracted with trafilatura (imported only for HTML: it and lxml
take about 0.2 s to import), which sets menus, footers and comments aside and reads the outlet's name and the
publication date from the page's metadata. Markdown loses its syntax (emphasis, links, headings, lists), keeping
the words a reader sees.
"""

from __future__ import annotations

import datetime
import re
import urllib.parse
from pathlib import Path
from typing import Any, Literal

import attrs

from .._errors import InputError
from .._providers import provides
from ._report import (
    STDIN_LABEL,
    Report,
    decode_text,
    has_wide_byte_order_mark,
    input_subject,
    read_bytes,
    reject_binary,
)

__all__ = [
    "FORMATS",
    "Format",
    "Given",
    "Source",
    "headline",
    "html_to_report",
    "is_url",
    "markdown_to_text",
    "read_input",
    "report_from_data",
    "report_from_file",
    "report_from_url",
]

Format = Literal["auto", "text", "markdown", "html"]
FORMATS: tuple[Format, ...] = ("auto", "text", "markdown", "html")

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_MAX_DOWNLOAD = 20 * 1024 * 1024  # a news page is well under this; more is not a report
_USER_AGENT = "compare-reports (+https://pypi.org/project/compare-reports/)"


def is_url(argument: str) -> bool:
    """Whether a command-line input names a web page rather than a file."""
    return urllib.parse.urlsplit(argument).scheme.lower() in {"http", "https"}


@provides
def file_report(path: Path, *, encoding: str | None, **given: Any) -> Report:
    """:meth:`Report.from_file`: ``given`` holds the fields of :class:`Given`."""
    return report_from_file(path, Given(**given), encoding=encoding)


@provides
def page_report(page: bytes | str, **given: Any) -> Report:
    """:meth:`Report.from_html`: ``given`` holds the fields of :class:`Given`."""
    return html_to_report(page, source=Source(given["name"] or "<html>", None, "html"), given=Given(**given))


@provides
def url_report(url: str, *, timeout: float, **given: Any) -> Report:
    """:meth:`Report.from_url`: ``given`` holds the fields of :class:`Given` but the URL."""
    if not is_url(url):
        raise InputError(f"not an http(s) URL: {url!r}")
    return report_from_url(url, Given(url=url, **given), timeout=timeout)


@attrs.frozen
class Given:
    """What the caller says about a report; ``None`` leaves it to the input (a page's metadata, a headline)."""

    name: str | None = None
    source: str | None = None
    url: str | None = None
    published: datetime.date | None = None


def read_input(
    argument: str,
    *,
    given: Given | None = None,
    form: Format = "auto",
    timeout: float = 20.0,
    stdin: bytes = b"",
    encoding: str | None = None,
) -> Report:
    """Read one report named on the command line.

    Args:
        argument: A path, ``-`` for standard input (``stdin``), or an http(s) URL.
        given: The report's name and metadata as the caller gives them. The name defaults to the file's stem,
            ``stdin``, or the URL's last part (else its host), whatever the text's headline or the page's title.
        form: ``auto`` decides by the file's suffix, the page's content type, or the text's first characters.
        timeout: Seconds to wait for a web server.
        stdin: What standard input holds, when ``argument`` is ``-``.
        encoding: The text's encoding; ``None`` reads UTF-8 (or UTF-16 with a byte-order mark), and lets a web
            page name its own.

    Returns:
        The report.

    Raises:
        InputError: The input cannot be read, fetched, or holds no text.
    """
    given = given or Given()
    if argument == "-":
        return report_from_data(stdin, Source(STDIN_LABEL, "stdin", form), given, encoding)
    if is_url(argument):
        return report_from_url(argument, given, form=form, timeout=timeout, encoding=encoding)
    return report_from_file(Path(argument), given, form=form, encoding=encoding)


@attrs.frozen
class Source:
    """Where a report's bytes came from: a label for messages, its short name, and how to read them.

    ``name`` (a file's stem, ``stdin``, a URL's last part) is the report's name unless the caller gives one, so that
    the reports of one run are named alike however each text begins. A page given as a string has no such name
    (``name`` is ``None``), and its title names it.
    """

    label: str
    name: str | None
    form: Format = "auto"


def report_from_file(path: Path, given: Given, *, form: Format = "auto", encoding: str | None = None) -> Report:
    """A report read from a file, by its suffix unless ``form`` says otherwise (see :func:`read_input`).

    Raises:
        ReportFileError: The file is missing, a directory, or unreadable.
        InputError: The file holds no text in the form and encoding given.
    """
    data = read_bytes(path)
    kind = form if form != "auto" else _form_of_suffix(path.suffix)
    return report_from_data(data, Source(str(path), path.stem, kind), given, encoding)


def report_from_url(
    url: str, given: Given, *, form: Format = "auto", timeout: float = 20.0, encoding: str | None = None
) -> Report:
    """A report fetched from a web page, read by its content type unless ``form`` says otherwise.

    Raises:
        InputError: The page cannot be fetched or holds no text.
    """
    data, content_type = fetch(url, timeout)
    path = urllib.parse.urlsplit(url).path
    if form == "auto":
        form = _form_of_content_type(content_type) or _form_of_suffix(Path(path).suffix)
    name = Path(path).stem or urllib.parse.urlsplit(url).hostname or url
    return report_from_data(data, Source(url, name, form), attrs.evolve(given, url=given.url or url), encoding)


def _form_of_suffix(suffix: str) -> Format:
    suffix = suffix.lower()
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in _HTML_SUFFIXES:
        return "html"
    return "text"


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml"))


def report_from_data(data: bytes, source: Source, given: Given, encoding: str | None = None) -> Report:
    """A report from an input's bytes, read as ``source.form`` says (``auto``: HTML when it starts like HTML).

    Raises:
        InputError: The bytes hold no text in that form and encoding.
    """
    form = source.form
    if form == "auto":
        form = "html" if _looks_like_html(data) else "text"
    if form == "html":
        page: bytes | str = data if encoding is None else decode_text(data, source.label, encoding)
        return html_to_report(page, source=source, given=given)
    text = decode_text(data, source.label, encoding)
    if form == "markdown":
        text = markdown_to_text(text)
        if not text.strip():
            raise InputError(f"{input_subject(source.label)} holds no text once its Markdown syntax is removed")
    return _report(text, given, name=source.name or headline(text) or "text")


def _report(text: str, given: Given, *, name: str, source: str | None = None, published: object = None) -> Report:
    """The report, what the caller gives taking precedence over what the input says of itself."""
    return Report(
        text,
        name=given.name or name,
        source=given.source or source,
        url=given.url,
        published=given.published or _date(published),
    )


# A headline: one short line of words, without a sentence's closing punctuation, with text after it.
_HEADLINE_MAX_CHARS = 150
_HEADLINE_MAX_WORDS = 20
_NOT_A_HEADLINE_END = (".", ",", ";", ":", "!", "?", ")", '"', "\u201d", "\u2019")


def headline(text: str) -> str | None:
    """The text's headline: its first line when that line reads as a title rather than a sentence.

    Args:
        text: A report's text.

    Returns:
        The headline, or ``None`` when the first line is a sentence (or the text has one line only).
    """
    first, _, rest = text.strip().partition("\n")
    first = " ".join(first.split())
    if not rest.strip() or not first or first.endswith(_NOT_A_HEADLINE_END):
        return None
    if len(first) > _HEADLINE_MAX_CHARS or len(first.split()) > _HEADLINE_MAX_WORDS:
        return None
    return first


# --- URLs ------------------------------------------------------------------------------------------------------


def _form_of_content_type(content_type: str) -> Format | None:
    media = content_type.split(";")[0].strip().lower()
    if media in {"text/html", "application/xhtml+xml"}:
        return "html"
    if media in {"text/markdown", "text/x-markdown"}:
        return "markdown"
    return None


def fetch(url: str, timeout: float) -> tuple[bytes, str]:
    """The body of a web page and its content type.

    Raises:
        InputError: The server cannot be reached (no network), answers with an error, or sends too much.
    """
    # Imported here: urllib.request brings http.client, email and ssl, which every run without a URL would pay for.
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(_MAX_DOWNLOAD + 1)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        raise InputError(f"cannot fetch {url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise InputError(f"cannot fetch {url}: {error.reason} (is the network reachable?)") from None
    except TimeoutError:
        raise InputError(f"cannot fetch {url}: no answer within {timeout:g} s") from None
    except OSError as error:
        raise InputError(f"cannot fetch {url}: {error}") from None
    if len(data) > _MAX_DOWNLOAD:
        raise InputError(f"cannot fetch {url}: the page is larger than {_MAX_DOWNLOAD // (1024 * 1024)} MiB")
    return data, content_type


# --- HTML ------------------------------------------------------------------------------------------------------


def html_to_report(page: bytes | str, *, source: Source, given: Given) -> Report:
    """The article of a web page as a report, with the title, outlet and date its metadata gives.

    Raises:
        InputError: The page's bytes are binary, or trafilatura finds no article text in the page.
    """
    if isinstance(page, bytes) and not has_wide_byte_order_mark(page):
        reject_binary(page, source.label)
    try:
        import trafilatura
    except ImportError as error:  # pragma: no cover - a dependency of compare
        raise InputError(f"reading HTML needs trafilatura ({error})") from None
    document = trafilatura.bare_extraction(
        page, url=given.url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(f"{input_subject(source.label)}: no article text found in the HTML page")
    title = getattr(document, "title", None) or headline(text)
    return _report(
        text,
        given,
        name=source.name or title or "page",
        source=getattr(document, "sitename", None) or None,
        published=getattr(document, "date", None),
    )


def _date(value: object) -> datetime.date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- Markdown --------------------------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)\n.*?\n(?:---|\+\+\+)\n", re.DOTALL)
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.DOTALL | re.MULTILINE)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_BLOCKQUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+", re.MULTILINE)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?", re.MULTILINE)
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.DOTALL)
# Single * or _ emphasis only at word edges: "5 * 3" and snake_case words keep their characters.
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])", re.DOTALL)
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~", re.DOTALL)
_CODE = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def markdown_to_text(markdown: str) -> str:
    """The words a reader sees in a Markdown document, paragraph breaks kept.

    Headings stay as lines of their own (the segmenter ends a sentence at a line break followed by a blank line),
    fenced code and HTML comments go, links keep their text, images their alt text, emphasis its words.
    """
    text = markdown.replace("\r\n", "\n").replace("\r", "\n")
    text = _FRONT_MATTER.sub("", text)
    text = _FENCE.sub("", text)
    text = _HTML_COMMENT.sub("", text)
    text = _LINK_DEFINITION.sub("", text)
    text = _TABLE_RULE.sub("", text)
    text = _RULE.sub("", text)
    text = _HEADING.sub(r"\n\1\n", text)
    text = _SETEXT_UNDERLINE.sub("", text)
    text = _BLOCKQUOTE.sub("", text)
    text = _LIST_MARKER.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _CODE.sub(lambda match: match.group(2).strip(), text)
    for pattern in (_STRONG, _STRIKE):
        text = pattern.sub(lambda match: match.group(match.lastindex or 0), text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _ESCAPE.sub(r"\1", text)
    text = text.replace("|", " ")
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
