"""The ways outlets print one spoken word, so that two printings of one quotation are read as one.

The class of language read: a quotation is the speaker's words, and each outlet prints them in its own style. An
abbreviation and the word it stands for (a title, "Lt. Col." / "Lieutenant Colonel", "Gov." / "Governor"; a month,
"Feb." / "February"; a street, a saint, a mountain, a fort, a department, "St." / "Street" / "Saint", "Mt." /
"Mount", "Dept." / "Department"; a suffix, "Jr." / "Junior"; "No." before a figure / "number", as the words read it),
a dotted acronym and its plain form or its expansion ("U.S." / "US" / "United States"), "OK" / "O.K." / "okay", a
number in figures or words, a sign or its word ("5%" / "5 percent" / "five per cent", "&" / "and"), and a British or
an American spelling ("organise" / "organize", "defence" / "defense", "labour" / "labor", "centre" / "center",
"travelled" / "traveled") are one spoken word. Each printing has its readings (the letters as spoken, figures kept);
two runs of changed words that share a reading say the same thing.

Titles come from the restatements' table and months from the date reader's; the few other abbreviations newspapers
print are a small table here. A British spelling is read by its suffix (-ise, -yse, -our, -ence, -tre, -ogue, -lled)
only where both spellings are English words the frequency list knows, so "four" / "for" or "filled" / "filed" stay
two words.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from .._text._normalize import UNIT_WORDS, rarity
from .._text._words import Word
from ._dates import MONTHS
from ._name_forms import acronym_of
from ._numbers import value_of_a_figure
from ._restated import title_in_full
from ._wording import SIGNS

__all__ = ["same_printed_words"]

# Abbreviations newspapers print that no other table of the package holds, with the words they stand for.
_ABBREVIATIONS = {
    "st": ("street", "saint"),
    "mt": ("mount",),
    "ft": ("fort", "feet"),
    "ave": ("avenue",),
    "blvd": ("boulevard",),
    "rd": ("road",),
    "dept": ("department",),
    "jr": ("junior",),
    "sr": ("senior",),
    "co": ("company", "county"),
    "corp": ("corporation",),
    "univ": ("university",),
    "assn": ("association",),
    "natl": ("national",),
    "intl": ("international",),
    "gov't": ("government",),
    "ok": ("okay",),
}
# British endings and the American ones, read only where the American form is a common word (rarity at most this:
# Zipf 3, as common as "vigor" or "odor") and the British one is in the frequency list at all.
_BRITISH = (
    (re.compile(r"(?<=\w{2})is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=\w{2})ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{2})our(|s|ed|ing|ite|ites|able|ably|hood|hoods|er|ers|ful|less)$"), r"or\1"),
    (re.compile(r"(?<=\w{2})ence$"), "ense"),
    # "-tre" only: "timbre" / "timber" are two words in both countries.
    (re.compile(r"(?<=\w{2})tre(|s)$"), r"ter\1"),
    (re.compile(r"(?<=\w{2})ogue(|s)$"), r"og\1"),
    (re.compile(r"(?<=\w{3})ll(ed|ing|er|ers|or|ors)$"), r"l\1"),
    (re.compile(r"(?<=\w{3})amme(|s)$"), r"am\1"),
)
_AMERICAN_MAX_RARITY = 3.2
_UNKNOWN_RARITY = 4.5
_MIN_BRITISH_LENGTH = 5
# Readings multiply with each word of a run; runs of changed words inside one quotation are short.
_MAX_WORDS = 4


def same_printed_words(text_one: str, one: Sequence[Word], text_other: str, other: Sequence[Word]) -> bool:
    """Whether two runs of words, each in its (folded) sentence, are one spoken run printed in two styles."""
    if not one or not other or len(one) > _MAX_WORDS or len(other) > _MAX_WORDS:
        return False
    written_one = text_one[one[0].start : _end(text_one, one[-1].end)]
    written_other = text_other[other[0].start : _end(text_other, other[-1].end)]
    if acronym_of(written_one, written_other) or acronym_of(written_other, written_one):
        return True
    return not _readings(text_one, one).isdisjoint(_readings(text_other, other))


def _end(text: str, end: int) -> int:
    """The end of a run with the full stop of its last abbreviation ("U.S." not "U.S")."""
    return end + 1 if text[end : end + 1] == "." else end


def _readings(text: str, words: Sequence[Word]) -> frozenset[str]:
    """Every way the run may be spoken, as its letters and figures without spaces; a run that is one figure is also
    its value, so that a figure printed in digits and in number words of any size are one ("23" / "twenty-three",
    "2,000" / "two thousand")."""
    forms = [_word_readings(word) for word in _joined_initials(text, words)]
    readings = frozenset("".join(parts) for parts in itertools.product(*forms))
    value = value_of_a_figure(text, words)
    return readings if value is None else readings | {f"{value:.15g}"}


def _joined_initials(text: str, words: Sequence[Word]) -> list[Word]:
    """The words with a dotted acronym's letters as one word ("U", "S" of "U.S." -> "US")."""
    joined: list[Word] = []
    for word in words:
        previous = joined[-1] if joined else None
        initial = len(word.text) == 1 and word.text.isupper()
        if previous is not None and initial and previous.text.isupper() and text[previous.end : word.start] == ".":
            merged = previous.text + word.text
            lower = merged.lower()
            joined[-1] = Word(merged, lower, lower, previous.start, word.end, previous.weight, True, False)
        else:
            joined.append(word)
    return joined


def _word_readings(word: Word) -> tuple[str, ...]:
    lower = word.lower.removesuffix("'s")
    if lower in SIGNS:
        return (SIGNS[lower],)
    if lower in UNIT_WORDS:
        return (str(UNIT_WORDS[lower]),)
    if lower[:1].isdigit():
        return (lower.replace(",", ""),)
    readings = [lower, *_abbreviated(lower)]
    american = _american(lower)
    if american is not None:
        readings.append(american)
    return tuple(readings)


def _abbreviated(lower: str) -> tuple[str, ...]:
    """The words an abbreviation stands for: a title, a month, or one of the table's."""
    title = title_in_full(lower)
    if title is not None:
        return (title,)
    month = _month_names().get(lower)
    if month is not None:
        return (month,)
    return _ABBREVIATIONS.get(lower, ())


@functools.cache
def _month_names() -> dict[str, str]:
    """Each month's abbreviations with its name in full ("feb" -> "february")."""
    full: dict[int, str] = {}
    for name, number in MONTHS.items():
        full[number] = max(full.get(number, name), name, key=len)
    return {name: full[number] for name, number in MONTHS.items() if name != full[number]}


@functools.lru_cache(maxsize=4096)
def _american(lower: str) -> str | None:
    """The American spelling of a British one, when both are words: "organise" -> "organize"."""
    if len(lower) < _MIN_BRITISH_LENGTH or rarity(lower) >= _UNKNOWN_RARITY:
        return None
    for ending, replacement in _BRITISH:
        american = ending.sub(replacement, lower)
        if american != lower:
            return american if rarity(american) <= _AMERICAN_MAX_RARITY else None
    return None
