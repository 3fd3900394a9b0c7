"""A sentence as a list of words with offsets: the common ground of the fact extractors.

The extractors (quantities, dates, names, quotes, polarity) read short patterns of neighbouring words ("more
than 23", "Secretary of State Marco Rubio", "did not respond"). They all need the same thing: the words in order,
each with its span in the sentence, its lower-case form, and its key as the normaliser made it (so that aliases
the normaliser resolved, "Zelensky" = "Zelenskyy", hold here too).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import attrs

from ._normalize import Token, fold, rarity, stem

__all__ = ["Word", "gap", "lower_at", "lowers", "words_at", "words_of"]

# The kinds of token whose keys a word takes (the normaliser's other tokens span several words).
_KEYED_KINDS = frozenset({"word", "name"})
# Numbers (with thousands separators and decimals), words (with inner apostrophes), currency and percent signs. A
# decimal written without its naught (".5") follows no letter: "No.188" is "No." and 188.
_WORD = re.compile(r"\d+(?:[.,]\d+)*|(?<![^\W\d_])\.\d+|[^\W\d_]+(?:'[^\W\d_]+)*|[$£€¥%]")
# "No." and "Nos." before a numeral are read as the words they abbreviate (see Word.abbreviates_number).
_NUMBER_SIGNS = {"no": "number", "nos": "numbers"}
_BEFORE_NUMERAL = re.compile(r"\.\s*\d")
# Printed without its full stop ("No 10 Downing Street", British style), capitalised inside its sentence.
_BEFORE_NUMERAL_UNDOTTED = re.compile(r" \d")
# The kinds of token that start where a word starts: words, names and acronyms (one word, "NATO", or letters with
# points, "U.S.", whose first letter is a word); numbers too when written in words ("two"), which words_at tells by
# their letters. A number in figures may not: ".5" is one word, whose figures are a token.
_WORD_START_KINDS = frozenset({"word", "name", "acronym"})


# Not frozen, though never changed: every word of every sentence of a report is one, made again in each comparison
# with no report reused, and a frozen instance, each field set through object.__setattr__, costs three times as much
# to make. (A named tuple is as cheap to make, but each field read, of which there are many more, costs more.)
@attrs.define(unsafe_hash=True)
class Word:
    """One word of a sentence.

    Args:
        text: The word as written (folded: straight quotes, plain dashes).
        lower: Lower case, possessive "'s" kept; "number" for "No." before a numeral (see ``abbreviates_number``).
        key: The normaliser's key for it (a stem, or an alias the two reports share).
        start: Offset of its first character in the sentence.
        end: Offset after its last character.
        weight: Its rarity in English (0 for function words).
        capitalised: Whether it starts with a capital letter.
        is_digits: Whether it is written in digits.
    """

    # The last two are read of the text once per distinct word (see _analyse), not at each of the many times the
    # readers ask: a property is a function call each time.
    text: str
    lower: str
    key: str
    start: int
    end: int
    weight: float
    capitalised: bool
    is_digits: bool

    @property
    def abbreviates_number(self) -> bool:
        """Whether it is "No." or "Nos." before a numeral (or "No" inside its sentence), read as "number" or
        "numbers".

        The class of language read: the abbreviation of "number" before a figure, which designates a thing ("the No.
        188 train", "No. 10 Downing Street", "the No. 2 official", "world No. 1", "Highway No. 7", "ranked No. 5",
        "Nos. 3 and 4"). It is never the determiner "no" ("no survivors", "No one was hurt"), so no reader of
        negations sees it as one; the quantity reader reads the figure after it as a designation, not a count.
        """
        return _NUMBER_SIGNS.get(self.text.lower()) == self.lower


def words_of(sentence: str, tokens: Sequence[Token] = ()) -> tuple[str, tuple[Word, ...]]:
    """The folded sentence and its words.

    Args:
        sentence: The sentence as written.
        tokens: Its tokens from the normaliser, aliases resolved; words without a token get their stem as key.

    Returns:
        The folded sentence (same length, same offsets) and its words in order.
    """
    return _words_keyed(sentence, tuple((t.start, t.key) for t in tokens if t.kind in _KEYED_KINDS))


# The valued-facts reader of linking and the conflict stage read the same claim sentences with the same tokens, and
# a report compared with several others is read again in each comparison: words are immutable, so each sentence is
# read once for the keys its tokens give it.
@functools.lru_cache(maxsize=8192)
def _words_keyed(sentence: str, keyed: tuple[tuple[int, str], ...]) -> tuple[str, tuple[Word, ...]]:
    """words_of, the tokens' keys given as (start, key) of their word and name tokens."""
    folded = fold(sentence)
    keys = dict(keyed)
    words = []
    # _word's common case inline: a function call per word is a good part of making it.
    for match in _WORD.finditer(folded):
        text = match.group()
        lower, stemmed, weight, capitalised, is_digits = _analyse(text)
        if lower in _NUMBER_SIGNS:
            words.append(_word(folded, match, keys))
        else:
            start, end = match.span()
            words.append(Word(text, lower, keys.get(start) or stemmed, start, end, weight, capitalised, is_digits))
    return folded, tuple(words)


def words_at(
    sentence: str,
    tokens: Sequence[Token],
    endings: tuple[str, ...],
    forms: AbstractSet[str],
    keys: AbstractSet[str] = frozenset(),
) -> tuple[Word, ...]:
    """The words of the sentence whose tokens' surfaces end in one of `endings` or are among `forms`, or whose keys
    are among `keys`, in order, as words_of makes them.

    Readers that ask every sentence of a report for a few kinds of word (verb forms, words of acts) find where
    they may stand by the tokens, which are read anyway, and make only those words: making all the words of every
    sentence costs more than all the rest they read. A token's surface is its word in lower case without a
    possessive's "'s"; the reader tests the words it gets as it would any.
    """
    folded = fold(sentence)
    starts = sorted(
        {
            t.start
            for t in tokens
            if (t.surface.endswith(endings) or t.surface in forms or t.key in keys)
            and (t.kind in _WORD_START_KINDS or (t.kind == "number" and t.surface.isalpha()))
        }
    )
    if not starts:
        return ()
    keyed = {t.start: t.key for t in tokens if t.kind in _KEYED_KINDS}
    return tuple(_word(folded, match, keyed) for start in starts if (match := _WORD.match(folded, start)) is not None)


def _word(folded: str, match: re.Match[str], keys: dict[int, str]) -> Word:
    """The word a match of _WORD reads in the folded sentence, its key its token's if `keys` (by start) gives one."""
    text, start, end = match.group(), match.start(), match.end()
    lower, stemmed, weight, capitalised, is_digits = _analyse(text)
    meant = _NUMBER_SIGNS.get(lower)
    if meant is not None and _before_numeral(folded, text, start, end):
        # The normaliser's key is that of the determiner "no"; this word is another, its capital and digits its own.
        lower, stemmed, weight, _, _ = _analyse(meant)
        return Word(text, lower, stemmed, start, end, weight, capitalised, is_digits)
    return Word(text, lower, keys.get(start) or stemmed, start, end, weight, capitalised, is_digits)


@functools.lru_cache(maxsize=200_000)
def _analyse(text: str) -> tuple[str, str, float, bool, bool]:
    """Lower case, stem, rarity, capital and digits of a word, the same every time it recurs."""
    lower = text.lower()
    bare = lower[:-2] if lower.endswith("'s") else lower
    capitalised = text[:1].isupper()
    is_digits = text[:1].isdigit() or (text[:1] == "." and len(text) > 1)
    if not bare.isalpha():
        return lower, bare, 0.0, capitalised, is_digits
    return lower, stem(bare), rarity(bare), capitalised, is_digits


def _before_numeral(sentence: str, text: str, start: int, end: int) -> bool:
    """Whether "No" or "Nos" stands before a numeral as an abbreviation: with its full stop ("No. 4", "no.4"), or
    without it when capitalised inside its sentence ("to be No 4")."""
    if _BEFORE_NUMERAL.match(sentence, end):
        return True
    return start > 0 and text[0].isupper() and _BEFORE_NUMERAL_UNDOTTED.match(sentence, end) is not None


def gap(sentence: str, words: Sequence[Word], left: int, right: int) -> str:
    """The characters between two words (by position), empty when they touch."""
    return sentence[words[left].end : words[right].start]


def lower_at(words: Sequence[Word], position: int) -> str:
    """The word at a position in lower case, or "" past either end."""
    return words[position].lower if 0 <= position < len(words) else ""


def lowers(words: Sequence[Word], start: int, count: int) -> tuple[str, ...]:
    """Up to `count` words from `start`, in lower case."""
    return tuple(word.lower for word in words[start : start + count])
