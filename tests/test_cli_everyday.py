"""The command line in everyday use (issue 13): help text, standard output, versions, report metadata, encodings,
what was written, and a terminal summary that stays readable."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

import compare
from compare._cli import _batch, _main
from compare._cli._main import main
from compare._cli._options import first_sentence
from compare._inputs._extract import headline
from compare._outputs._terminal import summary

WORKFLOWS = Path(__file__).parent.parent / "fixtures" / "workflows"
WIRE = WORKFLOWS / "wire.txt"
CHANGED = WORKFLOWS / "rewrite-changed-number.txt"


# --- help ------------------------------------------------------------------------------------------------------


def _helps(parser: argparse.ArgumentParser) -> dict[str, str]:
    return {action.option_strings[-1]: action.help or "" for action in parser._actions if action.option_strings}


@pytest.mark.parametrize("parser", [_main._parser(), _batch._parser()], ids=["pair", "batch"])
def test_every_option_has_plain_help(parser: argparse.ArgumentParser) -> None:
    for option, text in _helps(parser).items():
        shown = text % {"default": "", "prog": ""}  # as argparse shows it
        assert shown, f"{option} has no help"
        assert "`" not in shown, f"{option}: markup in {shown!r}"
        assert shown.count("(") == shown.count(")"), f"{option}: unbalanced brackets in {shown!r}"
        assert shown.count('"') % 2 == 0, f"{option}: unbalanced quotes in {shown!r}"
        assert len(shown) < 300, f"{option}: help too long for a terminal: {shown!r}"


def test_settings_help_ends_with_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    helps = _helps(_main._parser())
    for field in ("--detail-run-weight", "--anchor-threshold", "--link-threshold"):
        assert re.search(r"[a-z\]] \(default [\d.]+\)$", helps[field]), helps[field]
    assert helps["--anchor-threshold"].count("--anchor-min-score") == 1
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "at length (default 12.0)" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Least score. More words.", "Least score"),
        (
            'Runs at length ("... spoke on Wednesday. And"). Then more.',
            'Runs at length ("... spoke on Wednesday. And")',
        ),
        ("Spoke (e.g. at noon) briefly. Then", "Spoke (e.g. at noon) briefly"),
        ("No stop at all", "No stop at all"),
    ],
)
def test_first_sentence_ignores_stops_inside_examples(text: str, first: str) -> None:
    assert first_sentence(text) == first


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"compare-reports {compare.__version__}\n"


# --- standard output and what was written ----------------------------------------------------------------------


def test_json_and_markdown_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(WIRE), str(CHANGED), "--json", "-"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["schema_version"] == compare.SCHEMA_VERSION
    assert captured.err == ""
    assert not Path("-").exists()
    assert main([str(WIRE), str(CHANGED), "--markdown", "-"]) == 0
    assert capsys.readouterr().out.startswith("# wire vs rewrite-changed-number\n")


def test_only_one_output_goes_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(WIRE), str(CHANGED), "--json", "-", "--markdown", "-"]) == 2
    assert "standard output" in capsys.readouterr().err
    assert main([str(WIRE), str(CHANGED), "-o", "-"]) == 2
    assert "name a file" in capsys.readouterr().err


def test_each_written_file_is_announced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "c.json"
    assert main([str(WIRE), str(CHANGED), "--json", str(target), "--markdown", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.err == f"wrote {target}: claims: 1 conflicting, 5 shared, 0 only in A, 0 only in B\n"
    assert captured.out.startswith("# wire vs")


# --- about the reports -----------------------------------------------------------------------------------------


def test_outlet_url_and_date_options(capsys: pytest.CaptureFixture[str]) -> None:
    arguments = [str(WIRE), str(CHANGED), "--json", "-", "--source-a", "Wire", "--url-b", "https://example.org/b"]
    assert main([*arguments, "--published-a", "2025-03-19", "--name-b", "Rewrite"]) == 0
    reports = json.loads(capsys.readouterr().out)["reports"]
    assert (reports["a"]["source"], reports["a"]["published"], reports["a"]["url"]) == ("Wire", "2025-03-19", None)
    assert (reports["b"]["name"], reports["b"]["url"]) == ("Rewrite", "https://example.org/b")


@pytest.mark.parametrize("value", ["19/03/2025", "20250319", "2025-02-30", "yesterday"])
def test_a_bad_published_date_is_one_line_exit_2(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([str(WIRE), str(CHANGED), "--published-b", value])
    assert exit_.value.code == 2
    error = capsys.readouterr().err.splitlines()[0]
    assert error == f"compare-reports: error: argument --published-b: {value!r} is not a day as YYYY-MM-DD " + (
        "(such as 2025-03-19)"
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Fire injures 14 in Rotterdam\n\nA fire at a warehouse injured 14 workers.", "Fire injures 14 in Rotterdam"),
        ("Fire injures 14\nA fire at a warehouse injured 14 workers.", "Fire injures 14"),
        ("A fire at a warehouse injured 14 workers.\nFour were taken to hospital.", None),
        ("Fire injures 14 in Rotterdam", None),  # a title needs a text after it
        ("Officials said:\nMore.", None),
        (" ".join(["word"] * 30) + "\nMore.", None),
    ],
)
def test_headline(text: str, title: str | None) -> None:
    assert headline(text) == title


def test_a_headline_does_not_name_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Names are of one kind: a report with a headline is named by its file as the one without is.
    story = tmp_path / "story-1234.txt"
    story.write_text("Warehouse fire in Rotterdam\n\n" + CHANGED.read_text(encoding="utf-8"), encoding="utf-8")
    assert main([str(WIRE), str(story), "--json", "-"]) == 0
    reports = json.loads(capsys.readouterr().out)["reports"]
    assert (reports["a"]["name"], reports["b"]["name"]) == ("wire", "story-1234")
    assert reports["b"]["sentences"][0]["role"] == "headline"


# --- encodings -------------------------------------------------------------------------------------------------


def test_latin_1_input_with_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(
        "Four workers were taken to Erasmus Medical Center in Zürich with serious burns.".encode("latin-1")
    )
    assert main([str(WIRE), str(latin)]) == 2
    assert "--encoding latin-1" in capsys.readouterr().err
    assert main([str(WIRE), str(latin), "--encoding", "latin-1", "--json", "-"]) == 0
    assert "Zürich" in json.loads(capsys.readouterr().out)["reports"]["b"]["text"]


def test_an_unknown_encoding_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([str(WIRE), str(CHANGED), "--encoding", "latin-9000"])
    assert exit_.value.code == 2
    assert "unknown encoding 'latin-9000'" in capsys.readouterr().err


# --- the terminal summary --------------------------------------------------------------------------------------


def _many_unique(count: int) -> compare.Comparison:
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]
    sentences = [f"Inspector {words[i % 10]}{i} counted {i} {words[(i * 3) % 10]} crates." for i in range(count)]
    other = compare.Report.from_sentences(["The harbour master resigned on Friday."], name="b")
    return compare.compare(compare.Report.from_sentences(sentences, name="a"), other)


def test_long_sections_are_capped() -> None:
    comparison = _many_unique(45)
    assert len(comparison.unique_a) == 45
    text = summary(comparison, limit=20)
    assert "ONLY IN A (a): 45" in text
    assert "   ... and 25 more (see --json)" in text
    assert text.count("Inspector") == 20
    assert summary(comparison).count("Inspector") == 45


def test_shared_claims_show_both_sentences() -> None:
    comparison = compare.compare(
        compare.Report.from_file(WIRE), compare.Report.from_file(WORKFLOWS / "rewrite-faithful.txt")
    )
    text = summary(comparison, width=100)
    shared = text.split("SHARED CLAIMS (", 1)[1]
    a_lines = [line for line in shared.splitlines() if re.match(r"^ {5}A  ", line)]
    b_lines = [line for line in shared.splitlines() if re.match(r"^ {5}B  ", line)]
    assert len(a_lines) == len(b_lines) == len(comparison.shared)
    first_a, first_b = comparison.sentence_pair(comparison.shared[0])
    assert first_b.text[:40] in shared
    assert first_a.text[:40] in shared
