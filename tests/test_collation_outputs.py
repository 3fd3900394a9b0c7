"""A collation's outputs: the PDF and HTML coverage report, Markdown, the terminal summary and the command line.

The PDF is read back with pypdf; any ERROR WeasyPrint logs fails the test.
"""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

import compare
from compare._cli._main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "collation"
NAMES = ("wire", "coastal-times", "harbour-radio", "island-post", "unrelated")
PATHS = [str(FIXTURES / f"{name}.txt") for name in NAMES]


@pytest.fixture(autouse=True)
def _no_weasyprint_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.WARNING, logger="weasyprint")
    yield
    records = caplog.get_records("setup") + caplog.get_records("call")
    errors = [r for r in records if r.name.startswith("weasyprint") and r.levelno >= logging.ERROR]
    if errors:
        pytest.fail("WeasyPrint logged errors: " + "; ".join(r.getMessage() for r in errors))


@pytest.fixture(scope="module")
def collation() -> compare.Collation:
    return compare.collate([compare.Report.from_file(path) for path in PATHS])


@pytest.fixture(scope="module")
def pdf(collation: compare.Collation) -> pypdf.PdfReader:
    target = io.BytesIO()
    collation.to_pdf(target)
    return pypdf.PdfReader(io.BytesIO(target.getvalue()))


def _text(reader: pypdf.PdfReader) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def test_pdf_shows_verdict_conflicts_grid_unique_claims_and_texts_in_order(pdf: pypdf.PdfReader) -> None:
    text = _text(pdf)
    verdict = text.index("5 reports agree on 4 claims; they differ on 3: the date (wire, coastal- times, island-post")
    order = [
        verdict,
        text.index("Differing details"),
        text.index("Coverage"),
        text.index("Claims only one report makes"),
        text.index("Appendix"),
    ]
    assert order == sorted(order)
    assert "unrelated shares almost no names or claims with the others" in text
    assert "Against the majority: harbour-radio" in text
    assert "Local fishermen said the sandbank had shifted" in text


def test_pdf_carries_the_collation_json(collation: compare.Collation, pdf: pypdf.PdfReader) -> None:
    (data,) = pdf.attachments["collation.json"]
    assert compare.Collation.from_json(data.decode("utf-8")) == collation


def test_html_escapes_report_text_and_opens_long_claims() -> None:
    long_claim = "The <b>ferry</b> ran aground off Varnholm on Tuesday " + "with many passengers aboard " * 5 + "."
    html = compare.collate([long_claim, long_claim, "Something <script>else</script> entirely."]).to_html()
    assert "<b>ferry" not in html
    assert "&lt;b&gt;ferry" in html
    assert "<script>else" not in html
    assert "<details><summary>" in html


@pytest.mark.slow
def test_a_grid_of_ten_reports_and_two_hundred_claims_paginates(tmp_path: Path) -> None:
    # Each claim is told by some of the ten reports (a claim k by report r when r <= k % 10 or r == k % 10 + 1).
    claims = [f"Claim {k}: the {_word(k)} committee approved {k + 3} grants for {_word(k + 500)}." for k in range(200)]
    reports = [
        compare.Report.from_sentences(
            [c for k, c in enumerate(claims) if r <= k % 10 or r == (k % 10 + 1) % 10], name=f"outlet {r}"
        )
        for r in range(10)
    ]
    collation = compare.collate(reports)
    target = tmp_path / "grid.pdf"
    collation.to_pdf(target)
    reader = pypdf.PdfReader(target)
    grid_pages = [page for page in reader.pages if "Claim Reports 1 2 3 4 5 6 7 8 9 10" in _text_of(page)]
    assert len(grid_pages) >= 3  # the header repeats on every page of the grid
    assert len(collation.shared) > 150


def _text_of(page: pypdf.PageObject) -> str:
    return " ".join((page.extract_text() or "").split())


def _word(seed: int) -> str:
    syllables = ["ka", "ro", "vel", "tan", "mi", "dor", "sul", "ben", "lix", "mor", "gan", "zu", "fra", "nok"]
    return "".join(syllables[(seed // 14**power) % 14] for power in range(3)).capitalize()


def test_markdown_and_summary(collation: compare.Collation) -> None:
    from compare._outputs._collation_text import collation_markdown, collation_summary

    markdown = collation_markdown(collation)
    assert "| claim | wire | coastal-times | harbour-radio | island-post | unrelated |" in markdown
    assert "**wire, coastal-times, harbour-radio: Twelve; island-post: Fifteen**" in markdown
    summary = collation_summary(collation, width=100)
    assert "island-post: 5 of 7" in summary
    assert "ONLY IN coastal-times (1)" in summary


def test_cli_collates_three_or_more_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(PATHS[:4]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. wire\n2. coastal-times")
    assert "4 reports agree on 4 claims; they differ on 3" in out
    json_path, md_path, html_path = tmp_path / "c.json", tmp_path / "c.md", tmp_path / "c.html"
    args = [*PATHS[:3], "--json", str(json_path), "--markdown", str(md_path), "--html", str(html_path)]
    assert main([*args, "--fail-on-conflict"]) == 1
    assert json.loads(json_path.read_text(encoding="utf-8"))["kind"] == "collation"
    assert md_path.read_text(encoding="utf-8").startswith("# Collation of 3 reports")
    assert "Coverage" in html_path.read_text(encoding="utf-8")


def test_cli_consistent_reports_exit_0_with_fail_on_conflict(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([PATHS[0], PATHS[1], PATHS[0], "--fail-on-conflict"]) == 0


def test_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert main([PATHS[0], PATHS[1], str(empty)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"compare-reports: error: report file {str(empty)!r} is empty: it holds no text to compare"]
    assert main([PATHS[0], "-", "-"]) == 2
    assert "only one report can come from standard input" in capsys.readouterr().err


def test_cli_writes_the_pdf_in_a_subprocess(tmp_path: Path) -> None:
    target = tmp_path / "coverage.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "compare", *PATHS[:3], "-o", str(target)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "3 reports agree on" in _text(pypdf.PdfReader(target))


def test_a_difference_in_precision_is_shown_apart_from_the_conflicts() -> None:
    collation = compare.collate(
        [
            "At least 12 people were killed when the bus plunged into a ravine near Chota on Tuesday, police said.",
            "Fourteen people were killed when the bus plunged into a ravine near Chota on Tuesday, police said.",
            "14 people were killed when the bus plunged into a ravine near Chota on Tuesday, police said.",
        ]
    )
    html = collation.to_html()
    conflicts, differences = html.split("Compatible differences, not conflicts", 1)
    assert "The reports give the same values wherever they make the same claim." in conflicts
    assert "At least 12" in differences


WAREHOUSE = [
    str(FIXTURES / f"warehouse-{name}.txt") for name in ("brenford-gazette", "northern-post", "radio-brenford")
]


@pytest.mark.parametrize("paths", [PATHS, WAREHOUSE], ids=["ferry", "warehouse"])
def test_the_count_boxes_count_the_grid_s_rows_and_the_lists_of_own_claims(paths: list[str]) -> None:
    import re

    html = compare.collate([compare.Report.from_file(path) for path in paths]).to_html()
    box = r'<span class="n">(\d+)</span><span class="what">([^<]+)<'
    boxes = {what: int(n) for n, what in re.findall(box, html)}
    grid = html.split('<table class="grid">', 1)[1].split("</table>", 1)[0]
    rows = grid.split("<tbody>", 1)[1].count("<tr>")
    assert boxes["claims two reports or more make"] == rows
    assert boxes["claims agreed"] + boxes["claims with differing details"] == rows
    own = html.split('<section id="unique">', 1)[1].split("</section>", 1)[0]
    assert boxes["claims one report makes"] == own.count('<p class="claim">')


def test_a_report_s_sentences_in_one_claim_are_shown_together() -> None:
    collation = compare.collate([compare.Report.from_file(path) for path in WAREHOUSE])
    html = collation.to_html()
    disputes = html.split('<section id="conflicts">', 1)[1].split("</section>", 1)[0].split('<article class="dispute">')
    for group, dispute in zip(collation.conflicting, disputes[1:], strict=True):
        assert dispute.count('<p class="wording">') == len(group.reports)
    assert any(len(found) > 1 for group in collation.conflicting for found in group.sentences)
