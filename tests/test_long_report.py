"""Long reports (issue 20): a PDF that summarises, within a bounded number of pages, and progress on a terminal.

The PDF of a long comparison keeps the verdict, the counts, the conflicts, the first shared and unique claims and
says what it leaves to the HTML report; the HTML keeps everything. The long report is made here from the fixtures'
sentences, their figures varied, with the lines of a rewrite of the short report spread through it.
"""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import random
import re
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pypdf
import pytest

import compare
from compare._cli._progress import Steps
from compare._outputs import _view

ROOT = Path(__file__).parent.parent
WIRE = ROOT / "fixtures" / "workflows" / "wire.txt"
REWRITE = ROOT / "fixtures" / "workflows" / "rewrite-changed-number.txt"
SEEDS = ROOT / "fixtures" / "seeds"
_NUMBER = re.compile(r"\d+")


def _fixture_sentences() -> list[str]:
    sentences = []
    with (ROOT / "fixtures" / "segmentation" / "cases.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            sentences += json.loads(line)["sentences"]
    return [s for s in sentences if len(s.split()) >= 5]


def long_report(characters: int, seed: int = 3) -> str:
    """News copy of about ``characters`` characters: fixture sentences with their figures varied, in paragraphs,
    with the rewrite's lines (which conflict with the wire on one figure) spread through it."""
    rng = random.Random(seed)
    templates = _fixture_sentences()
    paragraphs: list[str] = []
    size = 0
    while size < characters:
        sentences = [
            _NUMBER.sub(lambda _: str(rng.randint(2, 5000)), rng.choice(templates)) for _ in range(rng.randint(1, 4))
        ]
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 1
    rewrite = [line for line in REWRITE.read_text(encoding="utf-8").splitlines() if line.strip()]
    step = len(paragraphs) // (len(rewrite) + 1)
    for number, line in enumerate(rewrite, 1):
        paragraphs.insert(number * step + number - 1, line)
    return "\n".join(paragraphs)


def _pdf_text(path: Path) -> tuple[str, int]:
    reader = pypdf.PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages), len(reader.pages)


def test_a_long_comparison_prints_a_summary_that_holds_the_conflicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The seed pair, as long as the summary's threshold says: the same page the long reports get, in a second.
    a = compare.Report.from_file(SEEDS / "000_81439adf92ba3781.txt")
    b = compare.Report.from_file(SEEDS / "003_6c568dbd8e42f4b8.txt")
    comparison = compare.compare(a, b)
    monkeypatch.setattr(_view, "SUMMARY_CHARACTERS", len(a.text) + len(b.text) - 1)
    monkeypatch.setitem(_view._SUMMARY_ROWS, "shared", 2)
    monkeypatch.setitem(_view._SUMMARY_ROWS, "unique", 1)
    compare.write_pdf(comparison, tmp_path / "summary.pdf")
    text, _ = _pdf_text(tmp_path / "summary.pdf")
    assert "so this PDF summarises them" in text
    assert "the HTML report" in text
    for link in comparison.conflicts:
        for conflict in link.conflicts:
            assert f"A “{conflict.a_value}” vs B “{conflict.b_value}”" in text
    assert f"The first 2 of {len(comparison.shared)} shared links" in text
    assert f"The first 1 of {len(comparison.unique_a)} claims only A makes" in text
    assert "Full text of A" not in text
    assert "Alignment map" not in text
    # The HTML is for reading everything: it never summarises.
    html = compare.html_report(comparison)
    assert "summarises" not in html
    assert html.count('class="s ') >= len(comparison.sentences_a) + len(comparison.sentences_b)


def test_a_short_comparison_prints_whole() -> None:
    a, b = WIRE.read_text(encoding="utf-8"), REWRITE.read_text(encoding="utf-8")
    comparison = compare.compare(a, b)
    page = _view.build_page(comparison, _view.datetime.datetime(2026, 1, 1), summarise=_view.is_long(comparison))
    assert page.summary is None
    assert [len(text.runs) > 0 for text in page.texts] == [True, True]


@pytest.mark.slow
def test_a_megabyte_report_against_a_short_one_gives_a_bounded_pdf(tmp_path: Path) -> None:
    long = long_report(1_000_000)
    comparison = compare.compare(long, WIRE.read_text(encoding="utf-8"))
    assert len(comparison.sentences_a) > 5_000
    started = time.perf_counter()
    pages = compare.write_pdf(comparison, tmp_path / "long.pdf")
    seconds = time.perf_counter() - started
    text, counted = _pdf_text(tmp_path / "long.pdf")
    assert pages == counted <= 40, seconds
    assert "so this PDF summarises them" in text
    assert re.search(r"The first \d+ of [\d,]+ claims only A makes", text)
    conflicts = [c for link in comparison.conflicts for c in link.conflicts]
    assert any((c.a_value, c.b_value) == ("Four", "Six") for c in conflicts) or any(
        (c.a_value.lower(), c.b_value.lower()) == ("six", "four") for c in conflicts
    )
    for conflict in conflicts:
        assert f"A “{conflict.a_value}” vs B “{conflict.b_value}”" in text
    # The JSON attached to the PDF holds the whole comparison.
    attached = pypdf.PdfReader(tmp_path / "long.pdf").attachments["comparison.json"][0]
    assert compare.Comparison.from_json(attached.decode("utf-8")) == comparison


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_steps_show_on_a_terminal_once_a_run_is_slow_and_leave_no_trace() -> None:
    stream = _Terminal()
    with Steps(3, stream=stream, delay=0.0) as steps:
        steps.step("reading A")
        steps.step("comparing")
        time.sleep(0.7)  # the clock ticks while a step runs
        steps.note("wrote report.pdf: claims: ...")
        steps.step("writing the PDF")
    shown = stream.getvalue()
    assert "comparing 1/3 steps" in shown
    assert "writing the PDF 2/3 steps" in shown
    # A note clears the bar's line and takes a line of its own; the bar is drawn again below it.
    assert "\rwrote report.pdf: claims: ...\n\r" in shown
    # The bar is erased at the end: the last thing written is blank.
    assert not shown.rsplit("\r", 2)[-2].strip()


@pytest.mark.parametrize("stream", [io.StringIO(), _Terminal()], ids=["not-a-terminal", "a-quick-run"])
def test_steps_print_nothing_but_their_notes_off_a_terminal_or_when_quick(stream: io.StringIO) -> None:
    with Steps(3, stream=stream) as steps:
        steps.step("reading A")
        steps.note("wrote report.pdf: claims: ...")
        steps.step("comparing")
    assert stream.getvalue() == "wrote report.pdf: claims: ...\n"


@pytest.mark.slow
def test_the_command_shows_its_steps_on_a_terminal_and_only_there(tmp_path: Path) -> None:
    # Long enough to take more than the bar's delay of two seconds on a fast machine (200,000 characters once took
    # 1.7 s to compare, and the run ended before the bar's delay), and to be summarised.
    (tmp_path / "long.txt").write_text(long_report(600_000), encoding="utf-8")
    command = [sys.executable, "-m", "compare", "long.txt", str(WIRE), "-o", "out.pdf"]
    environment = {**os.environ, "PYTHONPATH": str(Path(compare.__file__).parent.parent)}
    parent, child = pty.openpty()
    # A new pseudo-terminal is 0 columns wide, where tqdm draws nothing; a reader's terminal has a size.
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    with subprocess.Popen(
        command, cwd=tmp_path, env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=child
    ) as run:
        os.close(child)
        shown = b""
        while True:
            try:
                chunk = os.read(parent, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
    os.close(parent)
    assert run.returncode == 0
    text = shown.decode("utf-8", "replace")
    # Which steps outlast the bar's delay depends on the machine; that some step is drawn does not.
    assert re.search(r"(reading|comparing|writing)[^\r]* \d/\d steps \[", text)
    assert "wrote out.pdf (" in text
    quiet = subprocess.run(command, cwd=tmp_path, env=environment, capture_output=True, text=True, check=True)
    assert quiet.stderr.startswith("wrote out.pdf (")
    assert "steps" not in quiet.stderr
