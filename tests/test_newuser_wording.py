# ruff: noqa: RUF001 - reports in other scripts, on purpose
"""What a new user reads (issue 20, read as an editor would): standard input and web pages called what they are in
errors (not "report file"), and one numbering of the reports in every output of a collation."""

from __future__ import annotations

import io
import re
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import compare
from compare._cli._main import main
from conftest import Serve

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


@pytest.fixture
def pages(serve: Serve) -> str:
    """Serves a picture at /photo.png and an empty text at /empty.txt."""
    return serve({"/photo.png": (200, "image/png", PNG_HEAD * 40), "/empty.txt": (200, "text/plain", b"")})


@pytest.mark.parametrize(("path", "what"), [("/photo.png", "is binary"), ("/empty.txt", "is empty")])
def test_a_bad_web_page_is_called_a_page_not_a_file(pages: str, path: str, what: str) -> None:
    with pytest.raises(compare.InputError, match=rf"^page '{re.escape(pages + path)}' {what}"):
        compare.Report.from_url(pages + path, timeout=5)


# One short report of the warehouse fire per language: Latin-script languages and others.
FOREIGN = {
    ("es", "Spanish"): "Un incendio en un almacén de Brenford dejó cuatro trabajadores heridos el lunes por la noche. "
    "Unos 60 bomberos acudieron al lugar con doce camiones. La causa del incendio todavía no se conoce.",
    ("de", "German"): "Bei einem Brand in einer Lagerhalle in Brenford wurden am Montagabend vier Arbeiter verletzt. "
    "Rund 60 Feuerwehrleute waren mit zwölf Fahrzeugen im Einsatz. Die Ursache des Feuers ist noch unklar.",
    ("fr", "French"): "Un incendie dans un entrepôt de Brenford a blessé quatre ouvriers lundi soir. "
    "Environ 60 pompiers sont intervenus avec douze camions. La cause de l'incendie reste inconnue.",
    ("zh", "Chinese"): "周一晚上，布伦福德一座仓库发生大火，四名工人受伤。约六十名消防员赶到现场。火灾原因尚不清楚。",
    ("ru", "Russian"): "В понедельник вечером на складе в Бренфорде произошёл пожар, четверо рабочих получили ранения. "
    "Около шестидесяти пожарных боролись с огнём шесть часов.",
}


@pytest.mark.parametrize(("code", "name"), FOREIGN.keys(), ids=[code for code, _ in FOREIGN])
def test_a_collation_says_in_every_output_which_report_is_not_english(
    code: str, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "foreign.txt"
    foreign.write_text(FOREIGN[code, name], encoding="utf-8")
    argv = [*WAREHOUSE[:2], str(foreign)]
    note = f"foreign looks like {name} ({code}): compare reads English; links and conflicts on it are unreliable."
    assert main(argv) == 0
    assert note in " ".join(capsys.readouterr().out.split())
    assert main([*argv, "--markdown", "-", "--html", str(tmp_path / "c.html")]) == 0
    markdown = capsys.readouterr().out
    assert note in markdown
    assert markdown.count("looks like") == 1  # the English reports are not noted
    assert note in (tmp_path / "c.html").read_text(encoding="utf-8")


def test_reports_that_share_no_claim_are_said_to_share_none(capsys: pytest.CaptureFixture[str]) -> None:
    seed = str(FIXTURES / "seeds" / "000_81439adf92ba3781.txt")
    assert main([WAREHOUSE[0], seed, str(FIXTURES / "collation" / "wire.txt"), "--markdown", "-"]) == 0
    verdict = capsys.readouterr().out.split("\n\n")[1]
    assert verdict.startswith("3 reports share no claim.")
    assert "agree on 0" not in verdict
    assert "differ on none" not in verdict


def test_the_help_says_which_outputs_standard_output_takes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    heading = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("outputs"))
    assert main([WIRE, WIRE, "-o", "-"]) == 2  # the PDF is refused on standard output...
    assert "but for the PDF" in heading  # ...and the help says so where it says that - is standard output


def _setup_paragraph() -> str:
    readme = (FIXTURES.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("Both need only `python3`")
    return " ".join(readme[start : readme.index("\n\n", start)].split())


def test_the_readme_names_every_test_tool_setup_installs() -> None:
    pyproject = tomllib.loads((FIXTURES.parent / "pyproject.toml").read_text(encoding="utf-8"))
    extras = [re.split(r"[\[<>=]", item)[0] for item in pyproject["project"]["optional-dependencies"]["test"]]
    tools = [name for name in extras if not name.endswith("-stubs") and not name.startswith("types-")]
    setup = (FIXTURES.parent / "scripts" / "setup.sh").read_text(encoding="utf-8")
    debian = re.search(r'DEBIAN_PACKAGES="\$DEBIAN_PACKAGES ([^"]+)"', setup)
    assert debian is not None
    paragraph = _setup_paragraph().casefold()
    named = {"poppler-utils": "poppler", "chromium": "chromium", "chromium-driver": "driver"}
    missing = [name for name in tools if name.casefold() not in paragraph]
    missing += [package for package in debian[1].split() if named.get(package, package) not in paragraph]
    assert not missing, f"README's setup paragraph does not name {missing}"


NUMERIC_FIELDS = [f.name for f in attrs.fields(compare.Settings) if type(f.default) in (int, float)]


@pytest.mark.parametrize("field", NUMERIC_FIELDS)
def test_a_setting_out_of_range_is_a_compare_error_and_a_usage_error_naming_the_option(
    field: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(compare.CompareError) as raised:
        compare.Settings(**{field: -1})
    assert isinstance(raised.value, ValueError)
    option = "--" + field.replace("_", "-")
    with pytest.raises(SystemExit) as exited:
        main([WIRE, WIRE, option, "-1"])
    assert exited.value.code == 2
    error = capsys.readouterr().err.splitlines()
    assert error[0].startswith(f"compare-reports: error: argument {option}: must ")
    assert "Settings." not in error[0]
    assert error[1] == "compare-reports: 'compare-reports --help' lists the options"


UNREADABLE = {
    "missing": lambda folder: folder / "missing.csv",
    "a directory": lambda folder: folder,
    "not UTF-8": lambda folder: _written(folder / "latin.csv", "id,a,b\nk\u00f6ln,a.txt,b.txt\n".encode("latin-1")),
}


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make", UNREADABLE.values(), ids=UNREADABLE.keys())
@pytest.mark.parametrize("which", ["batch", "aliases"])
def test_an_unreadable_list_file_is_one_plain_line_under_the_command_s_name(
    make: Callable[[Path], Path], which: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make(tmp_path)
    if which == "batch":
        status, prog = main(["batch", str(path), "--out", str(tmp_path / "out")]), "compare-reports batch"
    else:
        status, prog = main([WIRE, WIRE, "--aliases", str(path)]), "compare-reports"
    assert status == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert error.startswith(f"{prog}: error: cannot read ")
    assert repr(str(path)) in error
    assert "Errno" not in error
    assert error.count(str(path)) == 1  # named once, not again in Python's own wording
