"""What a new user reads (issue 20, read as an editor would): standard input and web pages called what they are in
errors (not "report file"), and one numbering of the reports in every output of a collation."""

from __future__ import annotations

import http.server
import io
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import compare
from compare._cli._main import main

FIXTURES = Path(__file__).parent.parent / "fixtures"
WIRE = str(FIXTURES / "workflows" / "wire.txt")
WAREHOUSE = sorted(str(path) for path in (FIXTURES / "collation").glob("warehouse-*.txt"))
PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"

BAD_STANDARD_INPUTS = {
    "empty": b"",
    "white space": b" \n\t\n",
    "an image": PNG_HEAD * 40,
    "not UTF-8": "Caf\u00e9 owners in Br\u00fcnn said the fire started at night.".encode("latin-1"),
}


@pytest.mark.parametrize("data", BAD_STANDARD_INPUTS.values(), ids=BAD_STANDARD_INPUTS.keys())
@pytest.mark.parametrize("position", ["first", "second"])
def test_bad_standard_input_is_called_standard_input_not_a_file(
    data: bytes, position: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    argv = ["-", WIRE] if position == "first" else [WIRE, "-"]
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1, error
    assert "standard input" in error
    assert "file" not in error.split(":", 2)[2].split(":")[0], error  # "standard input is ...", never "report file"


def test_a_bad_file_is_still_named_by_its_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(PNG_HEAD * 40)
    assert main([str(picture), WIRE]) == 2
    assert f"report file {str(picture)!r} is binary" in capsys.readouterr().err


def _numbered(lines: list[str]) -> list[tuple[int, str]]:
    return [(int(m[1]), m[2]) for line in lines if (m := re.fullmatch(r"(\d+)\. (\S+)", line))]


def test_the_terminal_numbers_a_collation_s_reports_as_the_markdown_does(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(WAREHOUSE) == 0
    terminal = capsys.readouterr().out.splitlines()
    assert main([*WAREHOUSE, "--markdown", "-"]) == 0
    markdown = capsys.readouterr().out.splitlines()
    expected = [(number, Path(path).stem) for number, path in enumerate(WAREHOUSE, 1)]
    assert _numbered(markdown) == expected
    assert _numbered(terminal[: len(WAREHOUSE)]) == expected


class _Pages(http.server.BaseHTTPRequestHandler):
    """Serves a picture at /photo.png and an empty text at /empty.txt."""

    def do_GET(self) -> None:
        body, kind = (PNG_HEAD * 40, "image/png") if self.path == "/photo.png" else (b"", "text/plain")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def pages() -> Iterator[str]:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(("path", "what"), [("/photo.png", "is binary"), ("/empty.txt", "is empty")])
def test_a_bad_web_page_is_called_a_page_not_a_file(pages: str, path: str, what: str) -> None:
    with pytest.raises(compare.InputError, match=rf"^page '{re.escape(pages + path)}' {what}"):
        compare.Report.from_url(pages + path, timeout=5)
