"""Bad input gets a clear error naming the input; the command line exits 2 without a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import compare

SEED_A = Path(__file__).parent.parent / "fixtures" / "seeds" / "000_81439adf92ba3781.txt"
SEED_B = Path(__file__).parent.parent / "fixtures" / "seeds" / "003_6c568dbd8e42f4b8.txt"


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_reports_are_refused(text: str) -> None:
    with pytest.raises(compare.InputError, match="empty"):
        compare.compare(text, "Something happened.")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(compare.ReportFileError, match=r"missing\.txt"):
        compare.Report.from_file(tmp_path / "missing.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(compare.ReportFileError, match="directory"):
        compare.Report.from_file(tmp_path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(compare.InputError, match=r"image\.bin"):
        compare.Report.from_file(path)


def test_invalid_utf8_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café owners protested.".encode("latin-1"))
    with pytest.raises(compare.InputError, match=r"latin1\.txt.*not UTF-8"):
        compare.Report.from_file(path)


def test_byte_order_marks_are_read(tmp_path: Path) -> None:
    utf8 = tmp_path / "bom8.txt"
    utf8.write_bytes("\ufeffThe mayor resigned.".encode())
    utf16 = tmp_path / "bom16.txt"
    utf16.write_bytes("The mayor resigned.".encode("utf-16"))
    assert compare.Report.from_file(utf8).text == "The mayor resigned."
    assert compare.Report.from_file(utf16).text == "The mayor resigned."


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "compare", *args], input=stdin, capture_output=True, text=True, check=False
    )


def test_cli_writes_json(tmp_path: Path) -> None:
    target = tmp_path / "result.json"
    result = _cli(str(SEED_A), str(SEED_B), "--json", str(target))
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["schema_version"] == 2
    assert [p.name for p in tmp_path.iterdir()] == ["result.json"]


def test_cli_summary_and_fail_on_conflict() -> None:
    result = _cli(str(SEED_A), str(SEED_B), "--fail-on-conflict")
    assert result.returncode == 1
    assert "22" in result.stdout
    assert "23" in result.stdout


def test_cli_reads_standard_input() -> None:
    result = _cli(str(SEED_A), "-", stdin=SEED_B.read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stderr
    assert "CONFLICT" in result.stdout


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("missing-a.txt", "missing-b.txt"), "missing-a.txt"),
        ((".", str(SEED_B)), "directory"),
        ((str(SEED_A),), "one report given: name two reports or more"),
    ],
)
def test_cli_bad_input_exits_2_without_traceback(arguments: tuple[str, ...], message: str) -> None:
    result = _cli(*arguments)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_empty_stdin_exits_2() -> None:
    result = _cli(str(SEED_A), "-", stdin="  \n")
    assert result.returncode == 2
    assert "empty" in result.stderr
