"""Naming every input on the command line, default names of one kind, and usage errors in one line (issue 20)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import compare
from compare._cli._main import main

COLLATION = Path(__file__).parent.parent / "fixtures" / "collation"
WAREHOUSE = [
    str(COLLATION / f"warehouse-{name}.txt") for name in ("brenford-gazette", "northern-post", "radio-brenford")
]
WORKFLOWS = Path(__file__).parent.parent / "fixtures" / "workflows"
WIRE, CHANGED = str(WORKFLOWS / "wire.txt"), str(WORKFLOWS / "rewrite-changed-number.txt")


def _reports(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main([*argv, "--json", "-"]) == 0, capsys.readouterr().err
    reports = json.loads(capsys.readouterr().out)["reports"]
    return list(reports.values()) if isinstance(reports, dict) else reports


def _about(report: dict[str, object]) -> tuple[object, ...]:
    return report["name"], report["source"], report["published"]


def test_every_input_is_named_with_its_outlet_and_date_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [*WAREHOUSE, "--name", "Gazette", "--name", "Post", "--name", "Radio"]
    argv += ["--source", "Brenford Gazette", "--source", "", "--source", "Radio Brenford"]
    argv += ["--published", "2026-11-02", "--published", "2026-11-03"]
    assert [_about(r) for r in _reports(argv, capsys)] == [
        ("Gazette", "Brenford Gazette", "2026-11-02"),
        ("Post", None, "2026-11-03"),
        ("Radio", "Radio Brenford", None),
    ]


def test_the_options_of_a_and_b_name_the_first_two_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [*WAREHOUSE, "--name-a", "Gazette", "--name", "", "--name", "Post", "--source-b", "Northern Post"]
    assert [_about(r) for r in _reports(argv, capsys)] == [
        ("Gazette", None, None),
        ("Post", "Northern Post", None),
        ("warehouse-radio-brenford", None, None),
    ]
    pair = _reports([WIRE, CHANGED, "--name", "Wire", "--name", "Rewrite", "--published", "2025-03-19"], capsys)
    assert [_about(r) for r in pair] == [("Wire", None, "2025-03-19"), ("Rewrite", None, None)]


def test_default_names_are_the_files_stems(capsys: pytest.CaptureFixture[str]) -> None:
    # The gazette's text opens with a headline; its name is still its file's, like the others'.
    names = [r["name"] for r in _reports(WAREHOUSE, capsys)]
    assert names == ["warehouse-brenford-gazette", "warehouse-northern-post", "warehouse-radio-brenford"]
    assert compare.Report.from_file(WAREHOUSE[0]).name == "warehouse-brenford-gazette"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--name", "A", "--name", "B", "--name", "C"], "3 --name options for 2 reports"),
        (["--name", "A", "--name-a", "B"], "report 1 is given twice: by --name and by --name-a"),
        (["--published", "2025-03-19", "--published", "2025-03-20", "--published", "2025-03-21"], "3 --published"),
    ],
)
def test_names_that_fit_no_input_are_one_line_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([WIRE, CHANGED, *argv]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("compare-reports: error: ")
    assert message in line


def _usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    lines = capsys.readouterr().err.splitlines()
    assert 1 <= len(lines) <= 2, lines
    assert lines[0].startswith("compare-reports")
    return lines


@pytest.mark.parametrize(
    ("argv", "missing"),
    [
        ([], "no reports given: name two reports or more"),
        ([WIRE], "one report given: name two reports or more"),
    ],
)
def test_missing_reports_are_named_in_one_line(
    argv: list[str], missing: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _usage_error(argv, capsys)
    assert missing in lines[0]
    # The positional "C" of the usage line is not offered as a missing report (the file's path may hold a "C").
    message = lines[0].split("error:", 1)[1].replace("compare-reports", "")
    assert "C" not in message.replace(str(WIRE), "")


@pytest.mark.parametrize(
    "argv",
    [
        [WIRE, CHANGED, "--no-such-option"],
        [WIRE, CHANGED, "--link-threshold", "high"],
        ["batch", "pairs.csv"],
        ["batch"],
    ],
)
def test_usage_errors_are_one_line_and_a_hint(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    lines = _usage_error(argv, capsys)
    assert "error:" in lines[0]
    assert all("usage:" not in line for line in lines)
