"""The PDF report and the HTML report for screens: what two reports agree on, what only one says, where they conflict.

Both read a :class:`~compare._outputs._view.Page`. :func:`render_pdf` fills the Jinja2 template
``templates/report.html.j2`` (stylesheet ``report.css``, laid out for A4 paper) and prints it with WeasyPrint;
:func:`render_html` fills ``templates/screen.html.j2`` (stylesheet ``screen.css``: a column that fits any width
from a phone's up, a sticky summary, links between each claim and its sentences in the full texts, a print
layout of its own). Stylesheets are inlined, so each HTML file stands alone and loads nothing.

Safety: every piece of report text is escaped (the Jinja2 environment autoescapes everything; highlighted sentences
are built with :mod:`markupsafe`), so a report holding ``<img src="file:///etc/passwd">`` prints those characters.
WeasyPrint fetches resources through :class:`_Fetcher`, which serves only the data: URIs this module made (the
alignment map) and refuses every other URL (file:, http:, https: ...); presentational hints stay off.

Determinism: with ``SOURCE_DATE_EPOCH`` set, the generated time, the PDF's creation date and the attachment's dates
come from it, and two renders of the same comparison give identical bytes.

Processes: WeasyPrint (through Pango, HarfBuzz and fontconfig) keeps native state that does not survive ``fork()``;
a child forked from a process that has already rendered may crash or hang. Render in spawned processes, not forked
ones (``multiprocessing.get_context("spawn")``), as :func:`render_many` does.

WeasyPrint is imported only inside :func:`render_pdf`, so ``import compare`` stays light. On Linux that import skips
the library search of :func:`ctypes.util.find_library` (see :func:`_import_weasyprint`), which would otherwise spend
about 0.2 s starting ``ldconfig``, ``gcc`` and ``ld`` some fifty times.
"""

from __future__ import annotations

import base64
import datetime
import functools
import gc
import importlib.metadata
import io
import os
import platform
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

import jinja2
from markupsafe import Markup, escape

from .._errors import InputError, RenderError
from .._files import write_atomically
from .._settings import settings_dict
from ._view import Page, Piece, Run, build_page, clean, is_long, sentence_kinds, shorten

if TYPE_CHECKING:
    from .._model import Comparison, Sentence

__all__ = ["print_pdf", "render_html", "render_many", "render_pdf"]

_TEMPLATES = Path(__file__).parent / "templates"
_TEMPLATE = "report.html.j2"  # printed by WeasyPrint
_STYLESHEET = "report.css"
_SCREEN_TEMPLATE = "screen.html.j2"  # read in a browser
_SCREEN_STYLESHEET = "screen.css"

# A break opportunity where a mark or a sentence boundary falls inside a word: WeasyPrint does not apply
# overflow-wrap across the boundary of two inline boxes, so the line would overflow the page.
_WORD_BREAK = Markup("<wbr>")

_COLOURS = {
    "shared": "#14b8a6",
    "conflicting": "#dc2626",
    "unique": "#cbd5e1",
}
_LINE_COLOURS = {"shared": "#0d9488", "conflicting": "#ea580c"}
# The alignment map's column height, in SVG units (the figure is printed 120 mm wide, 560 units).
_MAP_MIN_HEIGHT = 120.0
_MAP_MAX_HEIGHT = 420.0
_MAP_HEIGHT_PER_SENTENCE = 14.0


class _RefusedURL(ValueError):
    """A resource the report must not load."""


# --------------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------------


def render_html(comparison: Comparison) -> str:
    """The report as one HTML file for reading on a screen: the stylesheet inlined, nothing loaded from elsewhere.

    Args:
        comparison: The comparison to show.

    Returns:
        The HTML text.

    Raises:
        RenderError: The template could not be rendered.
    """
    return _render_screen(comparison, _generated_at())


def render_pdf(
    comparison: Comparison,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    pdf_variant: str | None = None,
) -> int:
    """Print the report as a PDF.

    The PDF is tagged, carries the comparison's JSON as the attachment ``comparison.json``, and is written whole or
    not at all: a path target is written to a temporary file in the same directory, then moved into place.

    Args:
        comparison: The comparison to show.
        target: A path, or a binary file object open for writing.
        pdf_variant: A WeasyPrint PDF variant, such as ``"pdf/a-3b"`` (PDF/A-3 keeps the attachment; PDF/A-1 and
            PDF/A-2 drop it).

    Returns:
        The number of pages.

    Raises:
        InputError: The target is not a path or a binary file, or its directory does not exist.
        RenderError: WeasyPrint failed, the variant is unknown, or the file could not be written.
    """
    destination = _check_target(target)
    created = _generated_at()
    html, uris = _render(comparison, created)
    with _PAUSED_GC:
        data, pages = _print(comparison, html, uris, created, pdf_variant)
    _write(data, destination)
    return pages


def _print(
    comparison: Comparison,
    html: str,
    uris: dict[str, tuple[bytes, str]],
    created: datetime.datetime,
    pdf_variant: str | None,
) -> tuple[bytes, int]:
    """The report's PDF bytes and number of pages, the comparison's JSON attached."""
    attachment = (comparison.to_json(), "comparison.json", "The comparison as JSON (compare's schema)")
    return print_pdf(html, uris, created, attachment, pdf_variant)


def print_pdf(
    html: str,
    uris: dict[str, tuple[bytes, str]],
    created: datetime.datetime,
    attachment: tuple[str, str, str],
    pdf_variant: str | None = None,
) -> tuple[bytes, int]:
    """A page printed by WeasyPrint: its PDF bytes and its number of pages.

    Args:
        html: The page.
        uris: The data: URIs the page may load, the only resources the fetcher serves.
        created: The time written into the PDF's metadata and the attachment.
        attachment: (JSON text, file name, description) of the data attached to the PDF.
        pdf_variant: A WeasyPrint PDF variant, or None for a plain tagged PDF.

    Raises:
        RenderError: WeasyPrint cannot be loaded, the variant is unknown, or printing failed.
    """
    try:
        weasyprint = _import_weasyprint()
        from weasyprint.pdf import VARIANTS
    except (ImportError, OSError) as error:  # OSError: a native library (Pango) is missing
        raise RenderError(f"WeasyPrint cannot be loaded: {error}") from error
    if pdf_variant is not None and pdf_variant not in VARIANTS:
        known = ", ".join(sorted(VARIANTS))
        raise RenderError(f"unknown PDF variant {pdf_variant!r}; WeasyPrint knows: {known}")
    fetcher = _make_fetcher(weasyprint, uris)
    naive_created = created.replace(tzinfo=None)  # WeasyPrint writes attachment dates as UTC ("...Z")
    text, name, description = attachment
    try:
        attached = weasyprint.Attachment(
            string=text.encode("utf-8"),
            name=name,
            description=description,
            created=naive_created,
            modified=naive_created,
            relationship="Data",
            url_fetcher=fetcher,
        )
        options: dict[str, Any] = {
            "attachments": [attached],
            "pdf_tags": True,
            "pdf_variant": pdf_variant,
            "presentational_hints": False,
        }
        # What HTML.write_pdf does, in two steps, so that the pages can be counted for the command's report.
        rendered = weasyprint.HTML(string=html, url_fetcher=fetcher, base_url=None).render(**options)
        data: bytes = rendered.write_pdf(**options)
    except Exception as error:
        raise RenderError(f"the PDF could not be rendered: {error}") from error
    return data, len(rendered.pages)


def render_many(
    jobs: Iterable[tuple[Comparison, str | os.PathLike[str]]],
    *,
    workers: int | None = None,
    pdf_variant: str | None = None,
) -> None:
    """Print several reports in parallel, in spawned (never forked) worker processes.

    Args:
        jobs: Pairs of a comparison and the path to write its PDF to.
        workers: How many processes to use; ``None`` lets Python choose.
        pdf_variant: See :func:`render_pdf`.

    Raises:
        InputError: A target is not a path (file objects cannot cross processes), see :func:`render_pdf`.
        RenderError: See :func:`render_pdf`; the first failure is raised once every job has ended.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    items = list(jobs)
    for _, target in items:
        if not isinstance(target, str | os.PathLike):
            raise InputError(f"render_many writes to paths only, not {type(target).__name__}")
    if not items:
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(_render_job, comparison, os.fspath(target), pdf_variant) for comparison, target in items]
        errors = [future.exception() for future in futures]
    for error in errors:
        if error is not None:
            raise error


def _render_job(comparison: Comparison, target: str, pdf_variant: str | None) -> None:
    render_pdf(comparison, target, pdf_variant=pdf_variant)


# --------------------------------------------------------------------------------------------------------------
# Importing WeasyPrint, and the garbage collector
# --------------------------------------------------------------------------------------------------------------


class _PausedGC:
    """Keeps the cyclic garbage collector off while any render runs, then restores it as it was.

    Importing WeasyPrint and laying a report out make many objects that all live until the PDF is written, so the
    collector's full passes find next to nothing to free: they cost the seed report about 0.05 s (of which 0.035 s
    while importing) and a 1,000-sentence report about 1.8 s, 11 % of its time; without them its peak memory grows
    by about 6 MiB (1.5 %). A count, under a lock, lets renders overlap in threads: the last one to end restores
    the collector, and only if the first found it on.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._renders = 0
        self._was_enabled = False

    def __enter__(self) -> None:
        with self._lock:
            if not self._renders:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._renders += 1

    def __exit__(self, *exc_info: object) -> None:
        with self._lock:
            self._renders -= 1
            if not self._renders and self._was_enabled:
                gc.enable()


_PAUSED_GC = _PausedGC()

_IMPORT_LOCK = threading.Lock()


def _import_weasyprint() -> Any:
    """WeasyPrint, imported without ctypes' library search on Linux, where that search finds nothing more.

    WeasyPrint loads each native library (GObject, Pango, HarfBuzz, fontconfig...) by trying a list of names
    through cffi, and cffi passes every name it cannot load as given to :func:`ctypes.util.find_library`, which on
    Linux runs ``ldconfig -p``, then ``gcc`` and ``ld``, for each miss: Windows names such as ``libpango-1.0-0``
    and the six names of the optional ``libharfbuzz-vector`` make some fifty processes, about 0.2 s of a 0.5 s
    import. On Linux find_library only ever answers with a soname, which dlopen then looks up in the loader's own
    path, and WeasyPrint's lists hold each library's soname (``libpango-1.0.so.0``...), loaded as given: the
    search changes nothing but the time. Should a library be missing under its soname, the import is retried
    with the search (WeasyPrint's installation hint, printed by the failed attempt, is then seen once). The
    processes are a known side effect of cffi's dlopen (https://github.com/Kozea/WeasyPrint/issues/1125).
    """
    with _IMPORT_LOCK:
        if "weasyprint" in sys.modules or not sys.platform.startswith("linux"):
            import weasyprint

            return weasyprint
        import ctypes.util

        search = ctypes.util.find_library
        importer = threading.get_ident()

        def find_library(name: str) -> str | None:
            # Only this import is spared the search: another thread calling find_library meanwhile may need it.
            return None if threading.get_ident() == importer else search(name)

        ctypes.util.find_library = find_library
        try:
            import weasyprint
        except OSError:
            for module in [name for name in sys.modules if name == "weasyprint" or name.startswith("weasyprint.")]:
                del sys.modules[module]
            ctypes.util.find_library = search
            import weasyprint
        finally:
            ctypes.util.find_library = search
        return weasyprint


# --------------------------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------------------------


def _check_target(target: object) -> str | BinaryIO:
    """The target's path, or the binary file object itself; fails early, before the work of rendering."""
    if isinstance(target, str | os.PathLike):
        path = os.fspath(target)
        if not isinstance(path, str):
            raise InputError(f"PDF target must be a text path, not {type(path).__name__}")
        if not path:
            raise InputError("PDF target is an empty path")
        if os.path.isdir(path):
            raise InputError(f"PDF target {path!r} is a directory")
        directory = os.path.dirname(path) or "."
        if not os.path.isdir(directory):
            raise InputError(f"PDF target {path!r}: directory {directory!r} does not exist")
        return path
    if isinstance(target, io.TextIOBase):
        raise InputError("PDF target is a text file; open it in binary mode ('wb')")
    if not callable(getattr(target, "write", None)):
        raise InputError(f"PDF target must be a path or a binary file, not {type(target).__name__}")
    return cast("BinaryIO", target)


def _write(data: bytes, target: str | BinaryIO) -> None:
    if not isinstance(target, str):
        try:
            target.write(data)
        except TypeError as error:
            raise InputError(f"PDF target does not take bytes: {error}") from error
        except OSError as error:
            raise RenderError(f"the PDF could not be written: {error}") from error
        return
    try:
        write_atomically(target, data)
    except OSError as error:
        raise RenderError(f"the PDF could not be written to {target!r}: {error.strerror or error}") from error


# --------------------------------------------------------------------------------------------------------------
# Resources: nothing but what this module made
# --------------------------------------------------------------------------------------------------------------


def _resolve_url(url: str, allowed: dict[str, tuple[bytes, str]]) -> tuple[bytes, str]:
    """The body and MIME type of a resource the report may load; refuses any other URL."""
    try:
        return allowed[url]
    except KeyError:
        shown = url if len(url) <= 80 else url[:77] + "..."
        raise _RefusedURL(f"the report loads no outside resource; refused {shown!r}") from None


def _make_fetcher(weasyprint: Any, allowed: dict[str, tuple[bytes, str]]) -> Any:
    from weasyprint.urls import URLFetcherResponse

    class _Fetcher(weasyprint.URLFetcher):  # type: ignore[misc]
        """Serves the data: URIs the report made; refuses every other URL (WeasyPrint logs and skips it)."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            body, mime_type = _resolve_url(url, allowed)
            return URLFetcherResponse(url, body, headers={"Content-Type": mime_type})

    return _Fetcher(timeout=1, allowed_protocols=("data",), allow_redirects=False, fail_on_errors=False)


# --------------------------------------------------------------------------------------------------------------
# The HTML
# --------------------------------------------------------------------------------------------------------------


@functools.cache
def _environment() -> jinja2.Environment:
    # autoescape=True, not select_autoescape(): the latter goes by file name and does not know ".j2".
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.filters["marked"] = _marked
    environment.filters["full_text"] = _full_text
    return environment


@functools.cache
def _stylesheet(name: str) -> str:
    return (_TEMPLATES / name).read_text(encoding="utf-8")


def _render_screen(comparison: Comparison, created: datetime.datetime) -> str:
    """The HTML for screens: no map, a navigation bar, links between the rows and the full texts."""
    page = build_page(comparison, created)
    return _fill(_SCREEN_TEMPLATE, _common(comparison, page, _SCREEN_STYLESHEET))


def _render(comparison: Comparison, created: datetime.datetime) -> tuple[str, dict[str, tuple[bytes, str]]]:
    """The HTML WeasyPrint prints, and the resources (data: URIs) it may load.

    A long comparison (:func:`~compare._outputs._view.is_long`) is printed as a summary, without the full texts and
    the alignment map, whose thousands of marks and anchors would take WeasyPrint minutes and gigabytes to lay out;
    the page says so and points to the HTML report, which holds everything.
    """
    page = build_page(comparison, created, summarise=is_long(comparison))
    context = _common(comparison, page, _STYLESHEET)
    if page.summary is not None:
        context.update(map_uri=None, map_alt="")
        return _fill(_TEMPLATE, context), {}
    svg = _alignment_svg(comparison, page.names)
    svg_bytes = svg.encode("utf-8")
    map_uri = "data:image/svg+xml;base64," + base64.b64encode(svg_bytes).decode("ascii")
    context.update(map_uri=map_uri, map_alt=_map_alt(comparison, page.names))
    return _fill(_TEMPLATE, context), {map_uri: (svg_bytes, "image/svg+xml")}


def _fill(template: str, context: dict[str, Any]) -> str:
    try:
        return _environment().get_template(template).render(context)
    except jinja2.TemplateError as error:
        raise RenderError(f"the report's template failed: {error}") from error
    except OSError as error:
        raise RenderError(f"the report's template cannot be read: {error}") from error


def _common(comparison: Comparison, page: Page, stylesheet: str) -> dict[str, Any]:
    """What both templates are given: the page, the stylesheet, the settings and the versions."""
    version = _version("compare-reports")
    try:
        css = _stylesheet(stylesheet)
    except OSError as error:
        raise RenderError(f"the report's stylesheet cannot be read: {error}") from error
    return {
        "page": page,
        "author": "compare-reports",
        "keywords": ", ".join(keyword.replace(",", " ") for keyword in page.keywords),
        "generator": f"compare-reports {version}",
        "css": Markup(css),
        "settings": [(key, repr(value)) for key, value in settings_dict(comparison.settings).items()],
        "versions": [
            ("compare-reports", version),
            ("weasyprint", _version("weasyprint")),
            ("rapidfuzz", _version("rapidfuzz")),
            ("python", platform.python_version()),
        ],
    }


def _generated_at() -> datetime.datetime:
    """``SOURCE_DATE_EPOCH`` when it is set (reproducible builds), else now; in UTC, to the second."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.UTC)
        except (ValueError, OverflowError, OSError):
            pass
    return datetime.datetime.now(tz=datetime.UTC).replace(microsecond=0)


@functools.cache
def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


# --- marked text ----------------------------------------------------------------------------------------------


def _marked(pieces: Sequence[Piece]) -> Markup:
    """The pieces, escaped, each marked one in a ``<mark>`` of its class."""
    out: list[Markup] = []
    previous: Piece | None = None
    for piece in pieces:
        if previous is not None and (piece.mark or previous.mark) and _joins_word(previous.text, piece.text):
            out.append(_WORD_BREAK)
        if piece.mark:
            out.append(Markup('<mark class="{}">{}</mark>').format(piece.mark, piece.text))
        else:
            out.append(escape(piece.text))
        previous = piece
    return Markup("").join(out)


def _full_text(runs: Sequence[Run], back_links: bool = False) -> Markup:
    """A report's text with each sentence in a span of its class, anchored by its id; on screen each sentence
    shown in a conflict or shared claim is followed by links back to them."""
    out: list[Markup] = []
    previous: Run | None = None
    for run in runs:
        if previous is not None and (run.anchor or previous.anchor) and _joins_word(previous.text, run.text):
            out.append(_WORD_BREAK)
        if run.anchor is None:
            out.append(escape(run.text))
        else:
            out.append(Markup('<span class="s {}" id="{}">{}</span>').format(run.kind, run.anchor, run.text))
            if back_links:
                out.extend(_back_link(anchor) for anchor in run.rows)
        previous = run
    return Markup("").join(out)


def _back_link(row: str) -> Markup:
    kind, number = row.split("-")
    return Markup('<a class="back {}" href="#{}" aria-label="back to {} {}">{}{}</a>').format(
        kind, row, kind, number, kind[0].upper(), number
    )


def _joins_word(before: str, after: str) -> bool:
    """Whether a boundary between two pieces falls inside a word (a long sentence cut by the engine, a value
    marked inside a word): WeasyPrint does not wrap across the boundary of two inline boxes without a <wbr>."""
    return bool(before) and bool(after) and not before[-1].isspace() and not after[0].isspace()


# --- the alignment map ----------------------------------------------------------------------------------------


def _map_alt(comparison: Comparison, names: tuple[str, str]) -> str:
    return (
        f"Alignment map: {len(comparison.sentences_a)} sentences of {names[0]} on the left, "
        f"{len(comparison.sentences_b)} of {names[1]} on the right, joined by {len(comparison.shared)} shared "
        f"and {len(comparison.conflicts)} conflicting links."
    )


def _xml(text: str) -> str:
    return str(escape(clean(text)))


def _column(sentences: Sequence[Sentence], scale: float, top: float, gap: float) -> list[tuple[float, float]]:
    """The (y, height) of each sentence's mark."""
    marks = []
    y = top
    for sentence in sentences:
        height = max(len(sentence.text) * scale, 2.0)
        marks.append((y, height))
        y += height + gap
    return marks


def _alignment_svg(comparison: Comparison, names: tuple[str, str]) -> str:
    """An SVG figure: A's sentences as marks on the left, B's on the right, a line for each link."""
    classes_a, classes_b = sentence_kinds(comparison, "a"), sentence_kinds(comparison, "b")
    width, mark_width = 560.0, 46.0
    x_a, x_b = 150.0, width - 150.0 - mark_width
    count = max(len(comparison.sentences_a), len(comparison.sentences_b), 1)
    top, column_height = 46.0, _map_height(count)
    gap = 3.0 if count <= 60 else 1.0 if count <= 200 else 0.0
    longest = max(
        sum(len(s.text) for s in comparison.sentences_a),
        sum(len(s.text) for s in comparison.sentences_b),
        1,
    )
    scale = max(column_height - gap * count, column_height / 4) / longest
    marks_a = _column(comparison.sentences_a, scale, top, gap)
    marks_b = _column(comparison.sentences_b, scale, top, gap)
    bottom = max([y + h for y, h in marks_a + marks_b] + [top + 10])
    legend_y = bottom + 24
    height = legend_y + 44

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="DejaVu Sans, sans-serif">',
        "<defs>"
        '<pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<rect width="5" height="5" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#94a3b8" '
        'stroke-width="1.5"/></pattern></defs>',
        f'<text x="{x_a + mark_width / 2:.1f}" y="16" font-size="12" font-weight="bold" text-anchor="middle" '
        f'fill="#1d4ed8">A</text>',
        f'<text x="{x_a + mark_width / 2:.1f}" y="32" font-size="9" text-anchor="middle" fill="#334155">'
        f"{_xml(shorten(names[0], 34))}</text>",
        f'<text x="{x_b + mark_width / 2:.1f}" y="16" font-size="12" font-weight="bold" text-anchor="middle" '
        f'fill="#b45309">B</text>',
        f'<text x="{x_b + mark_width / 2:.1f}" y="32" font-size="9" text-anchor="middle" fill="#334155">'
        f"{_xml(shorten(names[1], 34))}</text>",
    ]
    # Links first, so that the marks are drawn over their ends; conflicts over shared links.
    ordered = sorted(comparison.links, key=lambda link: link.is_conflicting)
    for link in ordered:
        if not (0 <= link.a < len(marks_a) and 0 <= link.b < len(marks_b)):
            continue
        y_a = marks_a[link.a][0] + marks_a[link.a][1] / 2
        y_b = marks_b[link.b][0] + marks_b[link.b][1] / 2
        kind = "conflicting" if link.is_conflicting else "shared"
        start, end = x_a + mark_width, x_b
        middle = (start + end) / 2
        stroke = 2.4 if link.is_conflicting else 0.8 + 1.4 * min(max(link.score, 0.0), 1.0)
        dash = ' stroke-dasharray="5 2"' if link.is_conflicting else ""
        out.append(
            f'<path d="M {start:.1f} {y_a:.1f} C {middle:.1f} {y_a:.1f} {middle:.1f} {y_b:.1f} {end:.1f} {y_b:.1f}" '
            f'fill="none" stroke="{_LINE_COLOURS[kind]}" stroke-width="{stroke:.2f}" stroke-opacity="0.85"{dash}/>'
        )
    for marks, classes, x, anchor_x, anchor in (
        (marks_a, classes_a, x_a, x_a - 4, "end"),
        (marks_b, classes_b, x_b, x_b + mark_width + 4, "start"),
    ):
        for index, ((y, h), css_class) in enumerate(zip(marks, classes, strict=False)):
            out.append(_mark_rect(x, y, mark_width, h, css_class))
            if h >= 7 or (count <= 40 and h >= 5):
                out.append(
                    f'<text x="{anchor_x:.1f}" y="{y + h / 2 + 2.5:.1f}" font-size="7" fill="#64748b" '
                    f'text-anchor="{anchor}">{index}</text>'
                )
    out.extend(_legend(legend_y, width))
    out.append("</svg>")
    return "\n".join(out)


def _map_height(sentences: int) -> float:
    """The height of the map's columns: about 14 points a sentence, within bounds. The map cannot be split across
    pages, so a tall one would leave the page before it part empty; at most 420 it takes under half a page."""
    return min(_MAP_MAX_HEIGHT, max(_MAP_MIN_HEIGHT, _MAP_HEIGHT_PER_SENTENCE * sentences))


def _mark_rect(x: float, y: float, w: float, h: float, css_class: str) -> str:
    if css_class == "boilerplate":
        return (
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="url(#hatch)" '
            f'stroke="#94a3b8" stroke-width="0.8" stroke-dasharray="2 1.5"/>'
        )
    stroke = "#475569" if css_class == "unique" else "none"
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{_COLOURS[css_class]}" '
        f'stroke="{stroke}" stroke-width="0.4"/>'
    )


def _legend(y: float, width: float) -> list[str]:
    items = [
        ("shared", "shared claim"),
        ("conflicting", "conflicting claim"),
        ("unique", "unique claim"),
        ("boilerplate", "boilerplate (set aside)"),
    ]
    out = []
    x = 20.0
    for css_class, label in items:
        out.append(_mark_rect(x, y, 14, 10, css_class))
        out.append(f'<text x="{x + 18:.1f}" y="{y + 8.5:.1f}" font-size="9" fill="#334155">{label}</text>')
        x += 28 + 5.6 * len(label)
    y2 = y + 24
    out.append(
        f'<line x1="20" y1="{y2:.1f}" x2="50" y2="{y2:.1f}" stroke="{_LINE_COLOURS["shared"]}" stroke-width="1.8"/>'
    )
    out.append(f'<text x="56" y="{y2 + 3:.1f}" font-size="9" fill="#334155">shared link (thicker: more alike)</text>')
    out.append(
        f'<line x1="250" y1="{y2:.1f}" x2="280" y2="{y2:.1f}" stroke="{_LINE_COLOURS["conflicting"]}" '
        f'stroke-width="2.4" stroke-dasharray="5 2"/>'
    )
    out.append(f'<text x="286" y="{y2 + 3:.1f}" font-size="9" fill="#334155">conflicting link</text>')
    return out
