"""Bad and extreme input through the public API: a clear CompareError or a sound result, never a traceback or a hang.

Missing files, directories, binary files, invalid UTF-8 and byte-order marks are covered in test_inputs.py; the
command line's exit statuses in test_cli.py. Nothing here is timed: bench/scaling.py measures time and memory.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

import compare

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
SEED_A = (SEEDS / "000_81439adf92ba3781.txt").read_text(encoding="utf-8")
SEED_B = (SEEDS / "003_6c568dbd8e42f4b8.txt").read_text(encoding="utf-8")
RECIPE = "Whisk two eggs with sugar until pale. Fold in the flour gently. Bake for 40 minutes at 180 degrees."


def assert_sound(result: compare.Comparison) -> None:
    """The invariants every comparison keeps, whatever its input."""
    for report, sentences in ((result.a, result.sentences_a), (result.b, result.sentences_b)):
        previous_end = 0
        for position, sentence in enumerate(sentences):
            assert sentence.index == position
            assert report.text[sentence.start : sentence.end] == sentence.text
            assert previous_end <= sentence.start < sentence.end
            previous_end = sentence.end
    for link in result.links:
        assert not result.sentences_a[link.a].boilerplate
        assert not result.sentences_b[link.b].boilerplate
        assert 0.0 <= link.score <= 1.0
    assert compare.Comparison.from_json(result.to_json()) == result


# Empty input


@pytest.mark.parametrize("text", ["\u00a0\u3000", "\u2028\u2029\u0085", "\n\r\n\x0b\x0c"])
def test_unicode_white_space_only_is_an_empty_report(text: str) -> None:
    with pytest.raises(compare.InputError, match="empty"):
        compare.compare(SEED_A, text)


def test_a_report_that_is_not_text_is_an_input_error() -> None:
    with pytest.raises(compare.InputError):
        compare.compare(SEED_A, b"The mayor resigned.")  # type: ignore[arg-type]


def test_an_empty_file_and_a_file_of_a_byte_order_mark_are_empty(tmp_path: Path) -> None:
    for name, data in (("empty.txt", b""), ("bom.txt", b"\xef\xbb\xbf \n")):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(compare.InputError, match="empty"):
            compare.Report.from_file(tmp_path / name)


def test_utf16_big_endian_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16be.txt"
    path.write_bytes("\ufeffThe mayor resigned on Monday.".encode("utf-16-be"))
    assert compare.Report.from_file(path).text == "The mayor resigned on Monday."


def test_utf16_without_a_byte_order_mark_is_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("The mayor resigned on Monday.".encode("utf-16-le"))
    with pytest.raises(compare.InputError, match=r"utf16\.txt"):
        compare.Report.from_file(path)


# Small and degenerate reports


def test_a_report_of_one_sentence() -> None:
    sentence = "Russia and Ukraine agreed to a 30-day ceasefire on energy infrastructure."
    result = compare.compare(sentence, SEED_A)
    assert_sound(result)
    assert len(result.sentences_a) == 1
    assert len(result.links) <= 3
    assert all(link.a == 0 for link in result.links)


def test_identical_reports_link_every_claim_to_itself() -> None:
    result = compare.compare(SEED_A, SEED_A)
    assert_sound(result)
    claims = [s.index for s in result.sentences_a if not s.boilerplate]
    assert {(link.a, link.b) for link in result.links} == {(i, i) for i in claims}
    assert not result.conflicts
    assert not result.unique_a
    assert not result.unique_b


def test_unrelated_reports_share_nothing() -> None:
    result = compare.compare(SEED_A, RECIPE)
    assert_sound(result)
    assert not result.links
    assert len(result.unique_b) == 3
    assert len(result.unique_a) == len([s for s in result.sentences_a if not s.boilerplate])


def test_sentences_without_words_are_set_aside() -> None:
    result = compare.compare("--- *** ---\n12:45\n!!!", "The mayor resigned.")
    assert_sound(result)
    assert not result.links
    assert not result.unique_a


# Strange characters


def test_control_characters_and_nul_bytes() -> None:
    a = "The mayor\x00 resigned on Monday.\x07 Police said\x1b[31m 12 people were hurt.\x0c\x00\x01"
    b = "Police said 13 people were hurt. The mayor resigned on Monday."
    result = compare.compare(a, b)
    assert_sound(result)
    texts = {(result.sentences_a[link.a].text, result.sentences_b[link.b].text) for link in result.links}
    assert ("The mayor\x00 resigned on Monday.\x07", "The mayor resigned on Monday.") in texts
    assert [(c.a_value, c.b_value) for link in result.conflicts for c in link.conflicts] == [("12", "13")]


def test_a_report_of_control_characters_only() -> None:
    result = compare.compare("\x00\x01\x02\x7f", "The mayor resigned.")
    assert_sound(result)
    assert not result.links


def test_right_to_left_text() -> None:
    a = "أعلنت الحكومة يوم الاثنين عن 12 إجراء جديدا. قال المتحدث إن الوضع مستقر."
    b = "قال المتحدث إن الوضع مستقر. أعلنت الحكومة يوم الاثنين عن 13 إجراء جديدا."
    result = compare.compare(a, b)
    assert_sound(result)
    assert len(result.sentences_a) == 2
    assert {(link.a, link.b) for link in result.links} == {(0, 1), (1, 0)}


def test_chinese_and_japanese_sentences_end_at_their_full_stops() -> None:
    a = "北京市政府周一宣布了新的措施。警方说十二人受伤\uff01东京で地震があった。"
    b = "警方说十二人受伤\uff01北京市政府周一宣布了新的措施。"
    result = compare.compare(a, b)
    assert_sound(result)
    assert [s.text for s in result.sentences_a] == [
        "北京市政府周一宣布了新的措施。",
        "警方说十二人受伤\uff01",
        "东京で地震があった。",
    ]
    assert {(link.a, link.b) for link in result.links} == {(0, 1), (1, 0)}
    assert [s.index for s in result.unique_a] == [2]


def test_emoji_and_symbols() -> None:
    a = "🔥🔥 A fire destroyed 3 homes downtown 😱. 12 people were hurt 🚑!"
    b = "A fire destroyed 3 homes downtown. Twelve people were hurt, officials said 👍."
    result = compare.compare(a, b)
    assert_sound(result)
    assert {(link.a, link.b) for link in result.links} >= {(0, 0), (1, 1)}
    assert not result.conflicts


@pytest.mark.parametrize("digits", ["\u00b9", "\u00b2\u00b3", "\u2074 May", "May \u00b9", "In \u00b9999"])
def test_superscript_digits_are_no_figures_to_break_on(digits: str) -> None:
    """Superscript digits pass str.isdigit() but not int(): a footnote mark before a month or a noun is read without
    error (found by test_properties)."""
    a = f"{digits} of the people voted on the plan in May."
    result = compare.compare(a, a + " Officials said so.")
    assert_sound(result)


def test_html_and_script_tags_are_plain_text() -> None:
    a = "<p>The mayor <b>resigned</b> on Monday.</p><script>alert('x')</script>\nPolice said 12 people were hurt."
    b = "The mayor resigned on Monday. <script>document.write('<img src=x>')</script>"
    result = compare.compare(a, b)
    assert_sound(result)
    assert "<script>alert('x')</script>" in result.sentences_a[0].text
    assert (0, 0) in {(link.a, link.b) for link in result.links}
    assert "<script>alert('x')</script>" in result.to_json()


# Large and repetitive input


@pytest.mark.slow
def test_a_megabyte_without_punctuation_is_cut_into_bounded_pieces() -> None:
    words = SEED_A.replace(".", " ").replace(",", " ").split()
    text = " ".join(words[i % len(words)] for i in range(180_000))[:1_000_000]
    result = compare.compare(text, SEED_B)
    assert_sound(result)
    limit = compare.Settings().max_sentence_chars
    assert all(len(s.text) <= limit for s in result.sentences_a)
    assert len(result.sentences_a) >= 1_000_000 // limit
    assert "".join(s.text for s in result.sentences_a).replace(" ", "") == text.replace(" ", "")


def test_a_megabyte_without_white_space_is_cut_too() -> None:
    result = compare.compare("x" * 1_000_000, SEED_B)
    assert_sound(result)
    assert [len(s.text) for s in result.sentences_a] == [compare.Settings().max_sentence_chars] * 1000


SENTENCE = "Police said 12 people were hurt in a fire on Monday."


@pytest.mark.slow
def test_a_sentence_repeated_10000_times_links_one_to_one_in_order() -> None:
    # Identical copies pair in order, one link per copy: 10,000 links rather than 10,000 x 10,000.
    text = " ".join([SENTENCE] * 10_000)
    result = compare.compare(text, text)
    assert [(link.a, link.b) for link in result.links] == [(i, i) for i in range(10_000)]
    assert not result.unique_a
    assert not result.unique_b


@pytest.mark.slow
def test_copies_of_a_sentence_share_the_other_reports_single_copy() -> None:
    result = compare.compare(" ".join([SENTENCE] * 10_000), f"The fire started at noon. {SENTENCE}")
    assert [(link.a, link.b) for link in result.links] == [(i, 1) for i in range(10_000)]
    assert [s.index for s in result.unique_b] == [0]


def test_repeated_sentences_that_differ_in_a_detail_link_in_order_and_conflict() -> None:
    other = SENTENCE.replace("12", "13")
    result = compare.compare(" ".join([SENTENCE] * 5_000), " ".join([other] * 2_500))
    # Copies of two linked sentences pair in order too: 5,000 links, each A copy once, each B copy twice.
    assert [(link.a, link.b) for link in result.links] == [(i, i // 2) for i in range(5_000)]
    assert all([(c.a_value, c.b_value) for c in link.conflicts] == [("12", "13")] for link in result.links)


@pytest.mark.slow
def test_comparisons_are_the_same_in_every_process() -> None:
    # Python salts string hashing per process, so any order taken from a set would show here.
    script = (
        "import hashlib, sys, compare; a, b = sys.stdin.read().split('\\0');"
        "print(hashlib.sha256(compare.compare(a, b).to_json().encode()).hexdigest())"
    )
    digests = set()
    for seed in ("1", "2", "3"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script],
            input=f"{SEED_A}\0{SEED_B}",
            capture_output=True,
            text=True,
            check=True,
            env=environment,
        )
        digests.add(done.stdout.strip())
    expected = hashlib.sha256(compare.compare(SEED_A, SEED_B).to_json().encode()).hexdigest()
    assert digests == {expected}
