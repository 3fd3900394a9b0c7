# ruff: noqa: RUF001 - samples of every script, on purpose
"""The PDF report: its sections, metadata, attachment, safety, fonts, layout and determinism.

The PDF is read back with pypdf. Rendering takes about a second, so the seed report is rendered once per module.
"""

from __future__ import annotations

import datetime
import gc
import io
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

import compare
from compare._outputs import _counts, _render, _view

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"
EPOCH = "1742400000"  # 2025-03-19 16:00:00 UTC

HOSTILE = (
    'Officials said 12 people were hurt. <img src="file:///etc/passwd"> was in the copy. '
    '<link rel=stylesheet href="http://example.com/x.css"> came next. '
    "<style>body{display:none}</style> closed it."
)
SCRIPTS = {
    "latin": "Café naïve Ærøskøbing façade",
    "cyrillic": "Москва заявила об обмене пленными",
    "greek": "Η Αθήνα ανακοίνωσε εκεχειρία",
    "arabic": "أعلنت الحكومة وقف إطلاق النار",
    "hebrew": "הממשלה הודיעה על הפסקת אש",
    "cjk": "中国政府宣布停火 日本語のかな カタカナ 한국어 휴전",
    "symbols": "Prices rose €5 and £3 → 12% ✓ • “quoted” — 3½ ± 0.5 °C",
}


# --------------------------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_weasyprint_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Any ERROR that WeasyPrint logs (an unloadable resource, a broken layout) fails the test."""
    caplog.set_level(logging.WARNING, logger="weasyprint")
    yield
    records = caplog.get_records("setup") + caplog.get_records("call")
    errors = [r for r in records if r.name.startswith("weasyprint") and r.levelno >= logging.ERROR]
    if errors:
        pytest.fail("WeasyPrint logged errors: " + "; ".join(r.getMessage() for r in errors))


def _report(pattern: str, source: str, url: str) -> compare.Report:
    return compare.Report.from_file(
        next(SEEDS.glob(pattern)), source=source, url=url, published=datetime.date(2025, 3, 19)
    )


@pytest.fixture(scope="module")
def seed() -> compare.Comparison:
    a = _report("000_*.txt", "Tampa Free Press", "https://www.tampafp.com/trump-zelenskyy-call/")
    b = _report("003_*.txt", "Fox News", "https://www.foxnews.com/politics/trump-zelenskyy-call")
    return compare.compare(a, b)


@pytest.fixture(scope="module")
def seed_pdf(seed: compare.Comparison, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("pdf") / "seed.pdf"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        compare.render_pdf(seed, path)
    assert [p.name for p in path.parent.iterdir()] == ["seed.pdf"], "a temporary file was left behind"
    return path.read_bytes()


@pytest.fixture(scope="module")
def reader(seed_pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(seed_pdf))


def _text(reader: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _squeeze(text: str) -> str:
    """Text without white space: PDF extraction breaks lines wherever the layout wrapped them."""
    return "".join(text.split())


def _outline(items: Any) -> list[str]:
    titles: list[str] = []
    for item in items:
        titles.extend(_outline(item) if isinstance(item, list) else [item.title])
    return titles


def _pdf(comparison: compare.Comparison, **options: Any) -> bytes:
    buffer = io.BytesIO()
    _render.render_pdf(comparison, buffer, **options)
    return buffer.getvalue()


def _pair(text_a: str, text_b: str) -> compare.Comparison:
    return compare.compare(compare.Report(text_a, name="Left"), compare.Report(text_b, name="Right"))


# --------------------------------------------------------------------------------------------------------------
# What the PDF shows
# --------------------------------------------------------------------------------------------------------------


def test_sections_appear_in_order(reader: pypdf.PdfReader) -> None:
    text = _text(reader)
    headings = [
        "Conflicting details",
        "Shared claims",
        "Unique claims",
        "Alignment map",
        "Appendix",
        "Boilerplate set aside",
        "Settings and versions",
    ]
    positions = [text.find(heading) for heading in headings]
    assert -1 not in positions, dict(zip(headings, positions, strict=True))
    assert positions == sorted(positions)


def test_title_block_counts_and_verdict(seed: compare.Comparison, reader: pypdf.PdfReader) -> None:
    first = _squeeze(reader.pages[0].extract_text())
    assert _squeeze(_view.build_page(seed, datetime.datetime(2026, 1, 1)).verdict.split(":")[0]) in first
    for fact in ("Tampa Free Press", "Fox News", "2025-03-19", "Generated2025-03-1916:00UTC"):
        assert _squeeze(fact) in first


def test_both_conflicting_values_are_shown(seed: compare.Comparison, reader: pypdf.PdfReader) -> None:
    assert seed.conflicts, "the seeds conflict on the number of wounded soldiers"
    text = _squeeze(_text(reader))
    for link in seed.conflicts:
        for conflict in link.conflicts:
            assert _squeeze(f"A “{conflict.a_value}” vs B “{conflict.b_value}”") in text
    assert "22" in text
    assert "23" in text
    # B gives A's 22 elsewhere ("22 defenders"): shown beside the conflict.
    assert _squeeze("B also says “22”, in B10: Zelenskyy confirmed the release of 175 soldiers and 22") in text


def test_outline_bookmarks_every_section(seed: compare.Comparison, reader: pypdf.PdfReader) -> None:
    titles = _outline(reader.outline)
    name_a, name_b = seed.a.name, seed.b.name
    assert titles[0] == f"Comparison: {name_a} vs {name_b}"
    for title in (
        "Conflicting details",
        "Shared claims",
        "Unique claims",
        f"Only in A: {name_a}",
        f"Only in B: {name_b}",
        "Alignment map",
        "Appendix",
        f"Full text of A: {name_a}",
        f"Full text of B: {name_b}",
        "Boilerplate set aside",
        "Settings and versions",
    ):
        assert title in titles


def test_attachment_is_the_comparison_json(seed: compare.Comparison, reader: pypdf.PdfReader) -> None:
    attachments = reader.attachments
    assert list(attachments) == ["comparison.json"]
    assert attachments["comparison.json"][0].decode("utf-8") == seed.to_json()


def test_metadata_language_tags_and_page_numbers(seed: compare.Comparison, reader: pypdf.PdfReader) -> None:
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    metadata: Any = reader.metadata
    assert metadata is not None
    assert metadata.title == f"Comparison: {seed.a.name} vs {seed.b.name}"
    assert metadata["/Author"] == "compare-reports"
    assert "Fox News" in metadata["/Keywords"]
    assert metadata["/CreationDate"] == "D:20250319160000Z"
    pages = len(reader.pages)
    assert f"Page 1 of {pages}" in reader.pages[0].extract_text()
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
    # The running header names both reports on the pages after the first.
    assert _squeeze(f"{seed.a.name} vs {seed.b.name}") in _squeeze(reader.pages[1].extract_text())


def test_same_epoch_gives_identical_bytes(
    seed: compare.Comparison, seed_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # seed_pdf was printed at the same epoch, earlier in this process: one more print is enough to compare.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert _pdf(seed) == seed_pdf
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + 86400))
    assert _pdf(seed) != seed_pdf


def test_pdf_a_3b_keeps_the_attachment(seed: compare.Comparison, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    data = _pdf(seed, pdf_variant="pdf/a-3b")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert data.startswith(b"%PDF-1.7")
    root: Any = reader.trailer["/Root"]
    metadata = root["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in metadata or b"<pdfaid:part>3</pdfaid:part>" in metadata
    assert reader.attachments["comparison.json"][0].decode("utf-8") == seed.to_json()
    with pytest.raises(compare.RenderError, match="unknown PDF variant"):
        _pdf(seed, pdf_variant="pdf/z-9")


# --------------------------------------------------------------------------------------------------------------
# Safety
# --------------------------------------------------------------------------------------------------------------


def test_markup_in_a_report_is_printed_not_obeyed(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    original = _render._resolve_url

    def spy(url: str, allowed: dict[str, tuple[bytes, str]]) -> tuple[bytes, str]:
        asked.append(url)
        return original(url, allowed)

    monkeypatch.setattr(_render, "_resolve_url", spy)
    comparison = _pair(HOSTILE, "Officials said 13 people were hurt on Monday.")
    html = comparison.to_html()
    assert '<img src="file' not in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    assert "&lt;style&gt;body{display:none}&lt;/style&gt;" in html

    text = _squeeze(_text(pypdf.PdfReader(io.BytesIO(_pdf(comparison)))))
    for markup in (
        '<img src="file:///etc/passwd">',
        '<link rel=stylesheet href="http://example.com/x.css">',
        "<style>body{display:none}</style>",
    ):
        assert _squeeze(markup) in text
    assert "Sharedclaims" in text  # display:none was not applied
    assert asked, "WeasyPrint should load the alignment map through the fetcher"
    assert all(url.startswith("data:image/svg+xml;base64,") for url in asked), asked


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "http://example.com/x.css", "https://example.com/", "ftp://x/y", "data:,hello"]
)
def test_fetcher_refuses_everything_it_did_not_make(url: str) -> None:
    with pytest.raises(ValueError, match="refused"):
        _render._resolve_url(url, {"data:image/svg+xml;base64,PHN2Zy8+": (b"<svg/>", "image/svg+xml")})


def test_highlights_escape_every_piece() -> None:
    html = _render._marked(_view.pieces("<b>22</b> & more", [(3, 5, "conflict-a")]))
    # <wbr>: a break opportunity where a mark starts or ends inside a word (see test_long_words_and_urls_wrap)
    assert html == '&lt;b&gt;<wbr><mark class="conflict-a">22</mark><wbr>&lt;/b&gt; &amp; more'
    assert _render._marked(_view.pieces("say <i>", [(0, 3, "only-a")])) == '<mark class="only-a">say</mark> &lt;i&gt;'


# --------------------------------------------------------------------------------------------------------------
# Fonts and layout
# --------------------------------------------------------------------------------------------------------------


def test_every_script_has_glyphs(caplog: pytest.LogCaptureFixture) -> None:
    sample = " ".join(f"{text}." for text in SCRIPTS.values())
    comparison = _pair(sample, "Officials said 13 people were hurt on Monday.")
    data = _pdf(comparison)
    missing = [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith(("weasyprint", "fontTools"))
        and ("notdef" in r.getMessage() or "missing" in r.getMessage())
    ]
    assert not missing, (
        "glyphs are missing; install the fonts docs/pdf.md lists (fonts-dejavu-core fonts-wqy-microhei): "
        + "; ".join(missing[:5])
    )
    text = _squeeze(_text(pypdf.PdfReader(io.BytesIO(data))))
    for script in ("latin", "cyrillic", "greek", "cjk", "symbols"):  # right-to-left text extracts reordered
        assert _squeeze(SCRIPTS[script]) in text, script


def test_long_words_and_urls_wrap(tmp_path: Path) -> None:
    word = "x" * 1500  # longer than a sentence may be: the engine cuts it, so a sentence boundary falls inside it
    url = "https://example.com/" + "segment/" * 90
    comparison = _pair(
        f"The agency said {word} twelve times. Its site is {url} today.",
        f"The agency said it twelve times. Read {url} now.",
    )
    data = _pdf(comparison)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) <= 6
    for page in reader.pages:
        assert page.mediabox.width == pytest.approx(595.276, abs=0.5)
        assert max(len(line) for line in page.extract_text().splitlines()) < 150
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: the right margin was not checked")
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / "page")], check=True)
    from PIL import Image  # WeasyPrint's own dependency

    for png in sorted(tmp_path.glob("page-*.png")):
        with Image.open(png) as image:
            grey = image.convert("L")
            width, height = grey.size
            margin = grey.crop((width - round(12 / 25.4 * 30), 0, width, height))  # the right margin is 16 mm
            darkest: Any = margin.getextrema()[0]
            assert darkest > 200, f"{png.name}: something overflows into the right margin"


def _page_fills(data: bytes, directory: Path) -> list[float]:
    """How far down each page's text area (between the 20 mm and 18 mm margins) something is printed, 0 to 1."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: page fill was not measured")
    pdf = directory / "fill.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(directory / "fill")], check=True)
    from PIL import Image  # WeasyPrint's own dependency

    fills = []
    for png in sorted(directory.glob("fill-*.png")):
        with Image.open(png) as image:
            grey = image.convert("L")
            width, height = grey.size
            area = grey.crop((0, round(20 / 297 * height), width, round(279 / 297 * height)))
            inked = [y for y in range(area.height) if area.crop((0, y, width, y + 1)).getextrema()[0] < 200]
            fills.append((inked[-1] + 1) / area.height if inked else 0.0)
    return fills


def _assert_pages_filled(fills: list[float]) -> None:
    # A block that cannot be split (the map, a pair of sentences) may push what follows to the next page; it must
    # not leave a page mostly empty.
    assert all(fill >= 0.4 for fill in fills[:-1]), [round(fill, 2) for fill in fills]


def test_no_page_but_the_last_is_near_empty(seed_pdf: bytes, tmp_path: Path) -> None:
    _assert_pages_filled(_page_fills(seed_pdf, tmp_path))


def test_a_three_claim_report_fills_its_pages(tmp_path: Path) -> None:
    comparison = _pair(
        "Police said 12 people were hurt in Leeds on Monday. The mayor visited the scene. A road was closed.",
        "Police said 13 people were hurt in Leeds on Monday. The mayor visited the scene on Tuesday. Trains ran late.",
    )
    assert len(comparison.sentences_a) == len(comparison.sentences_b) == 3
    fills = _page_fills(_pdf(comparison), tmp_path)
    assert len(fills) <= 2
    _assert_pages_filled(fills)


def test_pdf_marks_only_what_the_engine_finds_different(seed: compare.Comparison) -> None:
    html, _ = _render._render(seed, datetime.datetime(2025, 3, 19, tzinfo=datetime.UTC))
    marked = " ".join(re.findall(r'<mark class="only-[ab]">(.*?)</mark>', html))
    assert "Oval Office" in marked
    for same in ("Donald", "Volodymyr", "30-day", "30 days", "hour-long"):
        assert same not in marked, same


def test_verdict_names_the_first_conflict() -> None:
    conflict = compare.Conflict("number", "22", "23", "the number of wounded soldiers returned.")
    assert _view.verdict((9, 8), (0, 0), (1, 1), conflict) == (
        "The reports agree on 9 claims of A and 8 of B and conflict on 1: the number of wounded soldiers returned."
    )
    assert _view.verdict((1, 1), (0, 0), (0, 0), None) == "The reports agree on 1 claim and conflict on none."
    assert _view.verdict((2, 2), (0, 0), (2, 1), compare.Conflict("date", "1", "2", "")) == (
        "The reports agree on 2 claims and conflict on 2 claims of A and 1 of B (the first: the date differs)."
    )
    assert _view.verdict((3, 3), (2, 1), (0, 0), None) == (
        "The reports agree on 3 claims (with a detail only A gives in 2, only B gives in 1) and conflict on none."
    )
    assert _view.verdict((3, 3), (0, 1), (0, 0), None) == (
        "The reports agree on 3 claims (with a detail only B gives in 1) and conflict on none."
    )


def test_the_verdict_and_the_counts_count_sentences_not_links(seed: compare.Comparison) -> None:
    page = _view.build_page(seed, datetime.datetime(2026, 1, 1))
    kinds_a, kinds_b = _view.sentence_kinds(seed, "a"), _view.sentence_kinds(seed, "b")
    shared = (kinds_a.count("shared"), kinds_b.count("shared"))
    assert page.counts.shared == shared
    assert sum(shared) < 2 * len(seed.shared), "the seeds have a sentence linked twice"
    assert f"agree on {_counts.both(shared) if shared[0] == shared[1] else shared[0]} claims" in page.verdict
    html, _ = _render._render(seed, datetime.datetime(2025, 3, 19, tzinfo=datetime.UTC))
    assert f'<span class="n">{_counts.both(shared)}</span>' in html


def test_the_shown_figure_is_the_share_of_content_words_left_unmarked() -> None:
    a = "The ministry opened an inquiry on Monday."
    b = "The ministry opened an investigation on Monday into the crash."
    tokens_a, tokens_b = _view.unify_keys([_view.tokenize(a)], [_view.tokenize(b)], {})
    share_a = _view.stated_share(a, tokens_a[0], tokens_b[0])
    marked_a, _ = _view.diff_pieces(a, b, tokens_a[0], tokens_b[0])
    unmarked = [p.text for p in marked_a if p.mark is None]
    assert 0.0 < share_a < 1.0
    assert "inquiry" not in " ".join(unmarked)
    assert _view.stated_share(a, tokens_a[0], tokens_a[0]) == 1.0


def test_each_detail_only_one_report_gives_is_shown_under_its_claim(
    seed: compare.Comparison, reader: pypdf.PdfReader
) -> None:
    assert seed.details_a
    assert seed.details_b
    text = _squeeze(_text(reader))
    for side, details in (("A", seed.details_a), ("B", seed.details_b)):
        for detail in details:
            assert _squeeze(f"Only {side} adds {detail.text}") in text


# --------------------------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------------------------


def test_bad_targets_are_refused(seed: compare.Comparison, tmp_path: Path) -> None:
    with pytest.raises(compare.InputError, match="does not exist"):
        _render.render_pdf(seed, tmp_path / "missing" / "x.pdf")
    with pytest.raises(compare.InputError, match="directory"):
        _render.render_pdf(seed, tmp_path)
    with pytest.raises(compare.InputError, match="binary"):
        _render.render_pdf(seed, io.StringIO())  # type: ignore[arg-type]
    with pytest.raises(compare.InputError):
        _render.render_pdf(seed, 42)  # type: ignore[arg-type]


def test_failed_write_leaves_nothing_behind(
    seed: compare.Comparison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def fail(source: str, destination: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(compare.RenderError, match="could not be written"):
        _render.render_pdf(seed, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    assert target.read_bytes() == b"old"


@pytest.mark.slow
def test_render_many_uses_spawned_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    comparison = _pair("Police said 12 people were hurt.", "Police said 13 people were hurt.")
    targets = [tmp_path / "one.pdf", tmp_path / "two.pdf"]
    _render.render_many([(comparison, target) for target in targets], workers=2)
    assert targets[0].read_bytes() == targets[1].read_bytes() == _pdf(comparison)
    with pytest.raises(compare.InputError, match="paths only"):
        _render.render_many([(comparison, io.BytesIO())])  # type: ignore[list-item]


def test_importing_the_renderer_does_not_load_weasyprint() -> None:
    code = "import sys, compare._outputs._render; print('weasyprint' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_html_is_standalone(seed: compare.Comparison) -> None:
    html = seed.to_html()
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in html
    assert "@page" in html  # the stylesheet is inlined
    assert '<meta name="viewport"' in html
    assert "default-src 'none'" in html  # a browser loads nothing, whatever the text holds
    assert "<script" not in html
    assert not re.search(r"""(?:src|href)=["']?(?:file|https?):""", html.replace('href="https://www.', ""))


_IMPORT_CHECK = """
import ctypes.util, sys
from compare._outputs import _render, _view
search = ctypes.util.find_library
%s
weasyprint = _render._import_weasyprint()
from weasyprint.text import ffi
print(ctypes.util.find_library is search, ffi.pango is not None, ffi.harfbuzz_subset is not None)
"""

# Under the import's stand-in for find_library, Pango cannot be loaded (as on a system whose Pango has a soname
# WeasyPrint does not list); with the real search it can.
_NO_PANGO_BY_SONAME = """
import cffi.api
load = cffi.api._load_backend_lib
def picky(backend, name, flags):
    if "pango-1.0" in str(name) and ctypes.util.find_library is not search:
        raise OSError("no " + name)
    return load(backend, name, flags)
cffi.api._load_backend_lib = picky
"""


@pytest.mark.slow
@pytest.mark.parametrize("setup", ["", _NO_PANGO_BY_SONAME], ids=["by-soname", "retried-with-search"])
def test_weasyprint_loads_every_library_and_restores_the_search(setup: str) -> None:
    result = subprocess.run([sys.executable, "-c", _IMPORT_CHECK % setup], capture_output=True, text=True, check=True)
    # The last True: HarfBuzz-Subset, which WeasyPrint only tries to load (it falls back to fontTools), is loaded.
    assert result.stdout.strip().splitlines()[-1] == "True True True"


@pytest.mark.parametrize("enabled", [True, False])
def test_rendering_leaves_the_garbage_collector_as_it_was(enabled: bool) -> None:
    comparison = _pair("Police said 12 people were hurt.", "Police said 13 people were hurt.")
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        _pdf(comparison)
        assert gc.isenabled() is enabled
        with pytest.raises(compare.RenderError):
            _pdf(comparison, pdf_variant="no such variant")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_compatible_difference_is_shown_after_the_conflicts(tmp_path: Path) -> None:
    comparison = compare.compare(
        "At least 12 people were killed when the bus plunged into a ravine near Chota on Tuesday, police said.",
        "Fourteen people were killed when the bus plunged into a ravine near Chota on Tuesday, police said.",
    )
    assert not comparison.conflicts
    assert comparison.differences
    target = tmp_path / "report.pdf"
    comparison.to_pdf(target)
    text = _squeeze(_text(pypdf.PdfReader(target)))
    assert _squeeze("The reports conflict on no detail.") in text
    assert text.index(_squeeze("Compatible differences")) > text.index(_squeeze("Conflicting details"))
    assert _squeeze("A “At least 12” vs B “Fourteen”") in text
    html = comparison.to_html()
    assert "Compatible differences" in html
    assert "Difference 1 of 1" in html
