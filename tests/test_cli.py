"""The command line: inputs (text, Markdown, HTML, URLs, stdin), outputs, settings options and exit status."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import attrs
import pytest

import compare
from compare._cli._main import main
from compare._cli._options import read_aliases
from compare._inputs._extract import markdown_to_text, read_input
from compare._outputs._terminal import markdown, summary, wants_colour
from conftest import Serve

WORKFLOWS = Path(__file__).parent.parent / "fixtures" / "workflows"
WIRE = WORKFLOWS / "wire.txt"
CHANGED = WORKFLOWS / "rewrite-changed-number.txt"

PAGE = """<!doctype html><html><head><title>Fire in Rotterdam | Port News</title>
<meta property="og:site_name" content="Port News"><meta name="date" content="2026-03-04"></head>
<body><nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<article><h1>Fire injures 14 at Rotterdam warehouse</h1>
<p>A fire at a chemical warehouse in the port of Rotterdam injured 14 workers on Tuesday, the city's fire service
said.</p>
<p>Six workers were taken to Erasmus Medical Center with serious burns.</p></article>
<aside>Subscribe to our newsletter for the latest news!</aside>
<footer>Copyright Port News 2026. All rights reserved.</footer></body></html>
"""


@pytest.fixture(scope="module")
def comparison() -> compare.Comparison:
    return compare.compare(compare.Report.from_file(WIRE), compare.Report.from_file(CHANGED))


# --- inputs ----------------------------------------------------------------------------------------------------


def test_markdown_loses_its_syntax() -> None:
    text = markdown_to_text(
        "---\ntitle: x\n---\n# Fire *injures* 14\n\n> A **fire** at a [warehouse](http://x.org) hurt `14` workers.\n"
        "\n- Six were taken to ![a photo](p.jpg) hospital.\n\n```\ncode()\n```\n[1]: http://x.org\n5 * 3 = snake_case\n"
    )
    assert text == (
        "Fire injures 14\n\nA fire at a warehouse hurt 14 workers.\n\nSix were taken to a photo hospital.\n\n"
        "5 * 3 = snake_case\n"
    )


def test_html_gives_the_article_and_its_metadata(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(PAGE, encoding="utf-8")
    report = read_input(str(page))
    assert "injured 14 workers" in report.text
    assert "Six workers" in report.text
    assert "Subscribe" not in report.text
    assert "Sport" not in report.text
    # The file's name names the report, as it names a text file, rather than the page's title.
    assert (report.name, report.source, str(report.published)) == (page.stem, "Port News", "2026-03-04")


def test_html_without_an_article_is_an_input_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><body><script>track()</script></body></html>", encoding="utf-8")
    with pytest.raises(compare.InputError, match="no article text"):
        read_input(str(page))


def test_standard_input_is_sniffed_for_html() -> None:
    report = read_input("-", stdin=PAGE.encode())
    assert report.name == "stdin"
    assert "injured 14 workers" in report.text


@pytest.fixture
def server(serve: Serve) -> str:
    return serve({"/story": (200, "text/html; charset=utf-8", PAGE.encode())})


def test_a_url_is_fetched_and_its_article_extracted(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([f"{server}/story", str(WIRE)]) == 0
    out = capsys.readouterr().out
    assert "A: story   B: wire" in out
    assert "CONFLICT (number)" in out


def test_a_missing_page_and_an_unreachable_server_exit_2(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([f"{server}/gone", str(WIRE)]) == 2
    assert "answered 404" in capsys.readouterr().err
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert main([f"http://127.0.0.1:{port}/story", str(WIRE), "--timeout", "2"]) == 2
    err = capsys.readouterr().err
    assert "cannot fetch" in err
    assert "network" in err
    assert "Traceback" not in err


# --- outputs ---------------------------------------------------------------------------------------------------


def test_outputs_are_written_and_the_summary_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target_json, target_md = tmp_path / "c.json", tmp_path / "c.md"
    assert main([str(WIRE), str(CHANGED), "--json", str(target_json), "--markdown", str(target_md)]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(target_json.read_text())["schema_version"] == 2
    text = target_md.read_text()
    assert text.startswith("# wire vs rewrite-changed-number\n")
    assert "A2: **Four** workers" in text
    assert "B2: **Six** workers" in text


def test_the_summary_fits_80_columns_and_marks_values(comparison: compare.Comparison) -> None:
    plain = summary(comparison, width=80)
    assert all(len(line) <= 80 for line in plain.splitlines())
    assert "[Four] workers" in plain
    assert "\033[" not in plain
    coloured = summary(comparison, colour=True)
    assert "\033[1;7;31mFour\033[0m" in coloured


def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert wants_colour(Terminal())
    assert not wants_colour(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not wants_colour(Terminal())


def test_markdown_escapes_report_text() -> None:
    result = compare.compare("The *mayor* said [x] was | closed.", "Nothing alike here at all.")
    assert "The \\*mayor\\* said \\[x\\] was \\| closed." in markdown(result)


# --- settings --------------------------------------------------------------------------------------------------


def test_settings_options_reach_the_comparison(tmp_path: Path) -> None:
    target = tmp_path / "c.json"
    arguments = [str(WIRE), str(CHANGED), "--json", str(target), "--relative-threshold", "0.5", "--no-boilerplate"]
    assert main(arguments) == 0
    settings = json.loads(target.read_text())["settings"]
    assert settings["relative_threshold"] == 0.5
    assert settings["boilerplate"] is False


def test_every_numeric_setting_has_an_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "examples:" in out
    for field in attrs.fields(compare.Settings):
        if isinstance(field.default, int | float):
            assert "--" + field.name.replace("_", "-") in out


def test_a_setting_out_of_range_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:  # a usage error, as argparse reports a value that is not a number
        main([str(WIRE), str(CHANGED), "--link-threshold", "2"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--link-threshold" in err
    assert "Traceback" not in err


def test_alias_files_are_read(tmp_path: Path) -> None:
    path = tmp_path / "aliases.txt"
    path.write_text("# people\nAnouk de Vries = A. de Vries\nErasmus MC\tErasmus Medical Center\n\n")
    assert read_aliases(path) == (("Anouk de Vries", "A. de Vries"), ("Erasmus MC", "Erasmus Medical Center"))
    path.write_text("lonely\n")
    with pytest.raises(compare.CompareError, match="two names"):
        read_aliases(path)


def test_the_aliases_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "aliases.txt"
    path.write_text("Erasmus MC = Erasmus Medical Center\n")
    status = main([str(WIRE), str(CHANGED), "--aliases", str(path)])
    if "aliases" in attrs.fields_dict(compare.Settings):
        assert status == 0
    else:
        assert status == 2
        assert "Settings.aliases" in capsys.readouterr().err


def test_the_pdf_it_wrote_is_named_with_its_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    target = tmp_path / "report.pdf"
    assert main([str(WIRE), str(CHANGED), "-o", str(target)]) == 0
    pages = len(PdfReader(target).pages)
    said = capsys.readouterr().err
    assert said.startswith(f"wrote {target} ({pages} page{'s' if pages > 1 else ''}): claims: 1 conflicting, ")
