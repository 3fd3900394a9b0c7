"""The page as lines, and the readers every class of furniture shares.

What a sentence is on its page (its role and its dateline's span), the page's lines (runs of sentences with no line
break between them), whether a line ends as a sentence does, and the quick look for a pattern's words before the
pattern searches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

__all__ = [
    "CLAIM",
    "FURNITURE",
    "HEADLINE",
    "LOWER_ASCII",
    "PLAIN_WORD",
    "QUOTED",
    "SUBHEADING",
    "WORD",
    "Line",
    "Part",
    "is_terminated",
    "lowered_for_search",
    "search_if_holding",
    "set_role",
    "split_lines",
    "word_count",
]

CLAIM = "claim"
HEADLINE = "headline"
SUBHEADING = "subheading"
FURNITURE = "furniture"


class Part(NamedTuple):
    """What a sentence is on its page.

    Args:
        role: ``"claim"``, ``"headline"``, ``"subheading"`` or ``"furniture"``.
        dateline: The span of the dateline that opens a claim sentence (offsets into the sentence), or ``None``.
    """

    role: str
    dateline: tuple[int, int] | None = None


# A line ends as a sentence does: a full stop, question or exclamation mark, then closing quotes or brackets, or a
# wire credit in brackets after the full stop ("... police said. (AFP)").
_TERMINATED = re.compile(
    r"[.!?\u2026\u3002\uff01\uff1f][\s\"'\u201d\u2019\u00bb)\]]*(?:\s*[-\u2013\u2014]?\s*\([^()]{1,60}\))?\s*$"
)
_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^<>]*>", re.IGNORECASE | re.DOTALL)
WORD = re.compile(r"[^\W\d_]{2,}")
# A word as written, from its first letter: letters, digits, apostrophes and hyphens ("don't", "U-turn"), no
# figure ("2024") and no punctuation.
PLAIN_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# A lower-case ASCII letter: a line that holds one is not written in capitals.
LOWER_ASCII = re.compile(r"[a-z]")
# The letters other than A-Z and a-z that a case-insensitive pattern's ASCII letter matches and that str.lower()
# does not turn into it ("\u0130" and "\u0131" for i, "\u017f" for s; Python's re, checked over every code point).
_CASE_TWINS = re.compile("[\u0130\u0131\u017f]")
QUOTED = re.compile(r"\u201c[^\u201d]*(?:\u201d|$)|\"[^\"]*(?:\"|$)")


class Line(NamedTuple):
    """A line of the page (a paragraph): the sentences it holds and its text."""

    first: int
    last: int
    text: str


def split_lines(text: str, spans: Sequence[tuple[int, int]]) -> list[Line]:
    """The page's lines: runs of sentences with no line break between them."""
    lines: list[Line] = []
    first = 0
    for index in range(1, len(spans) + 1):
        if index == len(spans) or "\n" in text[spans[index - 1][1] : spans[index][0]]:
            lines.append(Line(first, index - 1, text[spans[first][0] : spans[index - 1][1]].strip()))
            first = index
    return lines


def set_role(line: Line, roles: list[str], role: str) -> None:
    for index in range(line.first, line.last + 1):
        roles[index] = role


def is_terminated(text: str) -> bool:
    """Whether a line ends as a sentence does (see _TERMINATED)."""
    # Markup left in a pasted page ("... on Monday.</p><script>...</script>") is not how the line ends.
    return bool(_TERMINATED.search(_MARKUP.sub("", text)))


def word_count(text: str) -> int:
    """How many runs of non-space characters a text holds (str.split and the pattern \\S+ agree on every code
    point's spacing)."""
    return len(text.split())


def lowered_for_search(sentence: str) -> str | None:
    """The sentence in lower case, where each letter a case-insensitive pattern reads as an ASCII letter is that
    letter; None when it holds a letter that is not (see _CASE_TWINS)."""
    if not sentence.isascii() and _CASE_TWINS.search(sentence):
        return None
    return sentence.lower()


def search_if_holding(pattern: re.Pattern[str], sentence: str, lowered: str | None, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern every match of which holds one of `words` (lower case) matches the
    sentence, `lowered` by lowered_for_search: the pattern searches only a sentence that holds one of them."""
    if lowered is not None and not any(map(lowered.__contains__, words)):
        return False
    return pattern.search(sentence) is not None
