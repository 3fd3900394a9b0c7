"""The public loaders: Report.from_html, Report.from_url, and Report.from_file choosing by the file's suffix."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import compare
from conftest import Serve

PAGE = """<!doctype html><html><head><title>Fire in Rotterdam | Port News</title>
<meta property="og:title" content="Fire injures 14 at Rotterdam warehouse">
<meta property="og:site_name" content="Port News"><meta name="date" content="2026-03-04"></head>
<body><nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<article><h1>Fire injures 14 at Rotterdam warehouse</h1>
<p>A fire at a chemical warehouse in the port of Rotterdam injured 14 workers on Tuesday, the city's fire service
said.</p>
<p>Six workers were taken to Erasmus Medical Center with serious burns.</p></article>
<footer>Copyright Port News 2026. All rights reserved.</footer></body></html>
"""
TITLE = "Fire injures 14 at Rotterdam warehouse"


@pytest.mark.parametrize("page", [PAGE, PAGE.encode("utf-8")], ids=["str", "bytes"])
def test_from_html_reads_the_article_and_its_metadata(page: str | bytes) -> None:
    report = compare.Report.from_html(page)
    assert "injured 14 workers" in report.text
    assert "Sport" not in report.text
    assert "Copyright" not in report.text
    assert (report.name, report.source, report.published) == (TITLE, "Port News", datetime.date(2026, 3, 4))


def test_what_the_caller_gives_wins_over_the_page() -> None:
    report = compare.Report.from_html(
        PAGE, name="fire", source="Wire", url="https://example.org/fire", published=datetime.date(2026, 3, 5)
    )
    assert (report.name, report.source, report.url, report.published) == (
        "fire",
        "Wire",
        "https://example.org/fire",
        datetime.date(2026, 3, 5),
    )


def test_from_html_without_an_article_is_an_input_error() -> None:
    with pytest.raises(compare.InputError, match="no article text"):
        compare.Report.from_html("<html><body><script>track()</script></body></html>")


def test_from_file_chooses_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "note.md").write_text("# Fire in *Rotterdam*\n\nA [fire](http://x.org) hurt **14** workers.\n")
    (tmp_path / "plain.txt").write_text("<b>Bold</b> stays as it is.\n")
    for name in ("page.html", "page.htm"):
        html = compare.Report.from_file(tmp_path / name)
        assert "<" not in html.text
        assert (html.name, html.source) == (name.split(".")[0], "Port News")  # the file's name, not the title
    markdown = compare.Report.from_file(tmp_path / "note.md")
    assert markdown.text == "Fire in Rotterdam\n\nA fire hurt 14 workers.\n"
    assert markdown.name == "note"  # not its heading
    plain = compare.Report.from_file(tmp_path / "plain.txt")
    assert (plain.text, plain.name) == ("<b>Bold</b> stays as it is.\n", "plain")


def test_from_file_with_an_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("The mayor of Zürich resigned.".encode("latin-1"))
    with pytest.raises(compare.InputError, match="not UTF-8 text"):
        compare.Report.from_file(path)
    assert compare.Report.from_file(path, encoding="latin-1").text == "The mayor of Zürich resigned."
    with pytest.raises(compare.InputError, match="unknown encoding"):
        compare.Report.from_file(path, encoding="no-such-encoding")


@pytest.fixture
def server(serve: Serve) -> str:
    return serve({"/story": (200, "text/html; charset=utf-8", PAGE.encode())})


def test_from_url_fetches_the_page(server: str) -> None:
    report = compare.Report.from_url(f"{server}/story", timeout=5)
    assert (report.name, report.source, report.url) == ("story", "Port News", f"{server}/story")
    assert "Six workers" in report.text
    with pytest.raises(compare.InputError, match="answered 404"):
        compare.Report.from_url(f"{server}/gone", timeout=5)


def test_from_url_takes_only_web_addresses(tmp_path: Path) -> None:
    with pytest.raises(compare.InputError, match="not an http"):
        compare.Report.from_url(str(tmp_path / "page.html"))
