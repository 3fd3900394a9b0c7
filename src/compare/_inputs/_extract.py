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
from typing import Literal

from .._errors import InputError
from ._report import Report, decode_text, read_bytes

__all__ = ["FORMATS", "Format", "html_to_report", "is_url", "markdown_to_text", "read_input"]

Format = Literal["auto", "text", "markdown", "html"]
FORMATS: tuple[Format, ...] = ("auto", "text", "markdown", "html")

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_MAX_DOWNLOAD = 20 * 1024 * 1024  # a news page is well under this; more is not a report
_USER_AGENT = "compare-reports (+https://pypi.org/project/compare-reports/)"


def is_url(argument: str) -> bool:
    """Whether a command-line input names a web page rather than a file."""
    return urllib.parse.urlsplit(argument).scheme.lower() in {"http", "https"}


def read_input(
    argument: str, *, name: str | None = None, form: Format = "auto", timeout: float = 20.0, stdin: bytes = b""
) -> Report:
    """Read one report named on the command line.

    Args:
        argument: A path, ``-`` for standard input (``stdin``), or an http(s) URL.
        name: The report's name; by default the file's stem, ``stdin``, or the page's title.
        form: ``auto`` decides by the file's suffix, the page's content type, or the text's first characters.
        timeout: Seconds to wait for a web server.
        stdin: What standard input holds, when ``argument`` is ``-``.

    Returns:
        The report.

    Raises:
        InputError: The input cannot be read, fetched, or holds no text.
    """
    if argument == "-":
        return _from_data(stdin, "stdin", name or "stdin", form, None)
    if is_url(argument):
        return _from_url(argument, name, form, timeout)
    path = Path(argument)
    data = read_bytes(path)
    kind = form if form != "auto" else _form_of_suffix(path.suffix)
    return _from_data(data, str(path), name or path.stem, kind, None)


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


def _from_data(data: bytes, label: str, name: str, form: Format, url: str | None) -> Report:
    if form == "auto":
        form = "html" if _looks_like_html(data) else "text"
    if form == "html":
        return html_to_report(data, label=label, name=name, url=url)
    text = decode_text(data, label)
    if form == "markdown":
        text = markdown_to_text(text)
        if not text.strip():
            raise InputError(f"report {label!r} holds no text once its Markdown syntax is removed")
    return Report(text, name=name, url=url)


# --- URLs ------------------------------------------------------------------------------------------------------


def _from_url(url: str, name: str | None, form: Format, timeout: float) -> Report:
    data, content_type = fetch(url, timeout)
    if form == "auto":
        form = _form_of_content_type(content_type) or _form_of_suffix(Path(urllib.parse.urlsplit(url).path).suffix)
    parts = urllib.parse.urlsplit(url)
    return _from_data(data, url, name or Path(parts.path).stem or parts.hostname or url, form, url)


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


def html_to_report(data: bytes, *, label: str, name: str, url: str | None = None) -> Report:
    """The article of a saved web page as a report, with the outlet and date its metadata gives.

    Raises:
        InputError: trafilatura finds no article text in the page.
    """
    try:
        import trafilatura
    except ImportError as error:  # pragma: no cover - a dependency of compare
        raise InputError(f"reading HTML needs trafilatura ({error})") from None
    document = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(f"report {label!r}: no article text found in the HTML page")
    source = getattr(document, "sitename", None) or None
    return Report(text, name=name, source=source, url=url, published=_date(getattr(document, "date", None)))


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
