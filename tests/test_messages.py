# ruff: noqa: RUF001 - sentences in other scripts, on purpose
"""Messages that a new user meets first: binary input said to be binary, the note on a report not in English,
a file name passed where a report's text is expected."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import compare
import compare.testing

ROOT = Path(__file__).parent.parent

# --- binary input --------------------------------------------------------------------------------------------------


def _pdf(seed: int) -> bytes:
    """A PDF as writers make them: a text header, then a compressed stream."""
    body = bytes(random.Random(seed).randrange(256) for _ in range(3000))
    stream = zlib.compress(body)
    head = f"%PDF-1.7\n1 0 obj\n<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
    return head + stream + b"\nendstream\nendobj\n"


BINARIES = {
    "png": (ROOT / "docs" / "seed-report-page1.png").read_bytes(),
    "pdf": _pdf(1),
    "elf": Path(sys.executable).resolve().read_bytes()[:20000],
    "zip": zlib.compress(b"The mayor resigned on Monday. " * 200),
}


@pytest.mark.parametrize("kind", sorted(BINARIES))
def test_a_binary_file_is_said_to_be_binary_first(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"report.{kind}"
    path.write_bytes(BINARIES[kind])
    with pytest.raises(compare.InputError) as raised:
        compare.Report.from_file(path)
    message = str(raised.value)
    assert "binary" in message
    assert path.name in message
    assert "encoding" not in message, "advice to name an encoding would not help: the file holds no text"


@settings(max_examples=40, deadline=None)
@given(
    st.text(min_size=20, max_size=400),
    st.binary(min_size=8, max_size=400).map(lambda data: bytes(byte % 32 for byte in data)),
    st.sampled_from(["utf-8", "latin-1", None]),
)
def test_bytes_that_hold_nul_or_many_control_characters_are_binary(
    text: str, controls: bytes, encoding: str | None
) -> None:
    # Text interleaved with bytes below 32 (NUL and the control characters that text never holds, white space
    # aside), in any encoding named or none: what a binary format's bytes look like to a text reader.
    data = bytes(byte for pair in zip(text.encode("utf-8"), controls * 80, strict=False) for byte in pair)
    if not any(byte not in b"\t\n\r\x0b\x0c" for byte in data[1::2]):
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.txt"
        path.write_bytes(data)
        with pytest.raises(compare.InputError, match="binary"):
            compare.Report.from_file(path, encoding=encoding)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_text_in_another_encoding_still_gets_the_encoding_advice(encoding: str, tmp_path: Path) -> None:
    text = "Café owners in Zürich protested on Monday.\fPage two: the mayor's reply.\tEnd.\r\n"
    path = tmp_path / "other.txt"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(compare.InputError, match=r"not UTF-8 text.*encoding"):
        compare.Report.from_file(path)
    assert compare.Report.from_file(path, encoding=encoding).text == text


# --- a file's name passed as a report's text -----------------------------------------------------------------------


FILE_NAMES = ["a.txt", "reports/wire copy.txt", "notes", "2026-03-03_wire.md"]


def _helpers() -> list[tuple[str, object]]:
    testing = compare.testing
    return [
        ("compare", lambda a, b: compare.compare(a, b)),
        ("collate", lambda a, b: compare.collate([a, b, "Something else happened in the town on Monday."])),
        ("assert_consistent", testing.assert_consistent),
        ("assert_consistent of three", lambda a, b: testing.assert_consistent(a, b, b)),
        ("assert_covers", testing.assert_covers),
        ("assert_supported", testing.assert_supported),
    ]


@pytest.mark.parametrize("name", FILE_NAMES)
@pytest.mark.parametrize(("helper", "call"), _helpers(), ids=[label for label, _ in _helpers()])
def test_a_string_that_names_a_file_is_refused(
    helper: str, call: object, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text((ROOT / "fixtures" / "workflows" / "wire.txt").read_text(encoding="utf-8"))
    assert callable(call)
    with pytest.raises(compare.InputError, match=r"pass Path\(") as raised:
        call(name, "Four workers were hurt when a fire broke out on Monday.")
    assert name in str(raised.value), helper


def test_a_string_that_names_a_file_but_holds_a_sentence_is_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    sentence = "The mayor resigned."
    (tmp_path / sentence).write_text("A file whose name is a sentence.", encoding="utf-8")
    comparison = compare.compare(sentence, "The mayor resigned on Monday.")
    assert comparison.sentences_a[0].text == sentence


# --- reports not in English ----------------------------------------------------------------------------------------

# Two reports of an invented warehouse fire per language, each sentence written as a news agency would.
FOREIGN = {
    "zh": (
        "周一晚上，布伦福德一座仓库发生火灾，造成四名工人受伤。大约六十名消防员花了六个小时才控制住火势。",
        "警方表示，附近居民被告知关闭门窗。仓库老板说，火灾原因仍在调查之中。",
    ),
    "ja": (
        "月曜日の夜、ブレンフォードの倉庫で火災が発生し、作業員4人が負傷した。約60人の消防士が6時間かけて消火にあたった。",
        "警察によると、近隣の住民は窓を閉めるよう指示された。出火原因は調査中だという。",
    ),
    "ar": (
        "اندلع حريق في مستودع في مدينة برينفورد مساء الاثنين، ما أدى إلى إصابة أربعة عمال.",
        "وقالت الشرطة إنه طُلب من سكان الشوارع المجاورة إغلاق النوافذ والأبواب.",
    ),
    "ru": (
        "В понедельник вечером на складе в Бренфорде произошёл пожар, четверо рабочих получили ранения.",
        "Около шестидесяти пожарных боролись с огнём шесть часов, сообщила полиция.",
    ),
    "el": (
        "Πυρκαγιά ξέσπασε τη Δευτέρα το βράδυ σε αποθήκη στο Μπρένφορντ, τραυματίζοντας τέσσερις εργάτες.",
        "Η αστυνομία ζήτησε από τους κατοίκους των γύρω δρόμων να κλείσουν τα παράθυρα.",
    ),
    "hi": (
        "सोमवार रात ब्रेनफोर्ड के एक गोदाम में आग लग गई, जिसमें चार मजदूर घायल हो गए।",
        "पुलिस ने बताया कि आसपास के निवासियों को खिड़कियां बंद रखने को कहा गया।",
    ),
}


@pytest.mark.parametrize("code", sorted(FOREIGN))
@pytest.mark.parametrize("length", ["sentence", "paragraph"])
def test_a_report_in_a_non_latin_script_is_noted_as_not_english(code: str, length: str) -> None:
    first, second = FOREIGN[code]
    text = first if length == "sentence" else f"{first}{second}"
    english = (ROOT / "fixtures" / "workflows" / "wire.txt").read_text(encoding="utf-8")
    comparison = compare.compare(english, text)
    assert comparison.language_a == "en"
    assert comparison.language_b == code
    assert [warning for warning in comparison.warnings if warning.startswith("Report B looks like ")]


def _english_texts() -> list[tuple[str, str]]:
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in sorted(ROOT.glob("fixtures/*/*.txt"))]
    for path in sorted(ROOT.glob("fixtures/*/cases.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            case = json.loads(line)
            texts += [(f"{path.parent.name}:{number}{side}", case[side]) for side in ("a", "b") if side in case]
    return texts


def test_english_is_never_noted() -> None:
    texts = _english_texts()
    assert len(texts) > 100
    flagged = []
    for label, text in texts:
        comparison = compare.compare(text, text)
        if comparison.language_a not in ("en", None) or any("looks like" in w for w in comparison.warnings):
            flagged.append((label, comparison.language_a))
    assert not flagged


# --- explanations quote a sentence's start in running text ---------------------------------------------------------

# Sentence starts whose capital is only for their place: hedges, number words, determiners before a figure.
LOWERED_STARTS = [
    ("About {n}", "Some {m}"),
    ("Nearly {n}", "Almost {m}"),
    ("More than {n}", "At least {m}"),
    ("Around {n}", "Roughly {m}"),
    ("Twelve", "Fifteen"),
    ("Six", "Four"),
    ("Up to {n}", "Over {m}"),
    ("Sixty", "Eighty"),
]
COUNTED = ["firefighters fought the blaze for six hours", "workers were taken to hospital", "people were evacuated"]


@pytest.mark.parametrize(("start_a", "start_b"), LOWERED_STARTS)
@pytest.mark.parametrize("counted", COUNTED)
def test_an_explanation_lowers_a_capital_that_only_starts_the_sentence(
    start_a: str, start_b: str, counted: str
) -> None:
    lead = "A fire broke out at a warehouse in Brenford on Monday night."
    first_a = start_a.format(n=60, m=80)
    first_b = start_b.format(n=60, m=80)
    comparison = compare.compare(f"{lead} {first_a} {counted}.", f"{lead} {first_b} {counted}.")
    # Conflicts and compatible differences ("More than 60" / "At least 80": two lower bounds) are explained alike.
    explanations = [finding.explanation for link in comparison.links for finding in link.conflicts]
    assert explanations, (first_a, first_b)
    for explanation in explanations:
        assert f"A says {first_a[0].lower()}{first_a[1:]}" in explanation
        assert f"B says {first_b[0].lower()}{first_b[1:]}" in explanation


NAMED_STARTS = ["Trump", "Reuters", "Brenford", "Monday", "UAE"]


@pytest.mark.parametrize("name", NAMED_STARTS)
def test_an_explanation_keeps_the_capital_of_a_name(name: str) -> None:
    comparison = compare.compare(
        f"{name} said 22 soldiers were released on the border.", f"{name} said 23 soldiers were released on the border."
    )
    reported = {c.explanation for link in comparison.links for c in link.conflicts}
    assert reported
    for explanation in reported:
        if name in explanation.split("; ")[0]:
            assert f"A says {name}" in explanation


def test_the_fixtures_explanations_read_as_running_text() -> None:
    wire = compare.Report.from_file(ROOT / "fixtures" / "workflows" / "wire.txt")
    changed = compare.Report.from_file(ROOT / "fixtures" / "workflows" / "rewrite-changed-number.txt")
    explanations = [c.explanation for link in compare.compare(wire, changed).conflicts for c in link.conflicts]
    assert explanations
    assert not [e for e in explanations if re.search(r"says (Four|Six|About|Some)\b", e)]


# --- details never show a quotation mark whose partner they leave out ----------------------------------------------

QUOTE_STYLES = [('"', '"'), ("\u201c", "\u201d")]
SPEAKERS = [
    "Mayor Jane Doe, standing outside the ruined depot",
    "fire chief Tom Baker, who led the crews",
    "a spokeswoman for the owners",
]
QUOTED = [
    ("We will rebuild the warehouse.", "It will take two years"),
    ("Nobody could have stopped this fire.", "The roof was gone within minutes"),
]


def _unbalanced_ends(text: str) -> bool:
    """Whether the text starts with a closing mark or the opening of a quotation it does not close, or ends with an
    opening mark or the close of a quotation it does not open."""
    opening = [i for i, char in enumerate(text) if char == "\u201c" or (char == '"' and text[i + 1 : i + 2].strip())]
    closing = [i for i, char in enumerate(text) if char in '"\u201d' and i not in opening]
    if text[:1] in '"\u201d' and 0 in closing:
        return True
    if text[-1:] in '"\u201c' and len(text) - 1 in opening:
        return True
    return len(opening) != len(closing) and (text[:1] in '"\u201c' or text[-1:] in '"\u201d')


@pytest.mark.parametrize(("opening", "closing"), QUOTE_STYLES)
@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize(("first", "second"), QUOTED)
def test_a_detail_never_ends_in_a_dangling_quotation_mark(
    opening: str, closing: str, speaker: str, first: str, second: str
) -> None:
    lead = "A fire destroyed a warehouse in Brenford on Monday night."
    quotation = f"{opening}{first} {second},{closing} said {speaker}."
    bare = f"{opening}{first} {second}.{closing}"
    for a, b in ((f"{lead} {quotation}", f"{lead} {bare}"), (f"{lead} {bare}", f"{lead} {quotation}")):
        comparison = compare.compare(a, b)
        details = [detail.text for detail in comparison.details_a + comparison.details_b]
        assert details, (a, b)
        assert not [text for text in details if _unbalanced_ends(text)]


def test_the_command_line_says_binary_in_one_line(tmp_path: Path) -> None:
    image = tmp_path / "photo.png"
    image.write_bytes(BINARIES["png"])
    done = subprocess.run(
        [sys.executable, "-m", "compare", str(image), str(ROOT / "fixtures" / "workflows" / "wire.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "photo.png" in done.stderr
    assert "binary" in done.stderr
    assert "encoding" not in done.stderr


@pytest.mark.parametrize("kind", ["png", "elf"])
def test_binary_bytes_given_as_a_web_page_are_said_to_be_binary(kind: str, tmp_path: Path) -> None:
    with pytest.raises(compare.InputError, match="binary"):
        compare.Report.from_html(BINARIES[kind])
    page = tmp_path / f"page.{kind}.html"
    page.write_bytes(BINARIES[kind])
    with pytest.raises(compare.InputError, match="binary"):
        compare.Report.from_file(page)


def test_the_plugin_fixture_refuses_a_string_that_names_a_file(
    compare_reports: Callable[..., compare.Comparison], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wire.txt").write_text("Four workers were hurt in a fire on Monday.", encoding="utf-8")
    with pytest.raises(compare.InputError, match=r"pass Path\('wire.txt'\)"):
        compare_reports("wire.txt", "Six workers were hurt in a fire on Monday.")
