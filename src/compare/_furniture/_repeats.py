"""Repeats: what the page gives more than once.

- a line given twice, once bare and once with its photographer's credit (one copy key);
- a short prompt or button the page repeats ("Listen", "Share");
- a line cut off with an ellipsis that another line of the page begins with (a summary card's excerpt);
- a headline given again below, with its deck between the copies.
"""

from __future__ import annotations

import re
from collections import Counter

from ._captions import TRAILING_CREDIT
from ._lines import FURNITURE, Line, set_role, word_count
from ._links import CUT_COPY, ELLIPSIS_ENDS

__all__ = ["MIN_REPEATED_WORDS", "copy_key", "given_again_below", "set_aside_cut_copies", "set_aside_repeated_prompts"]

# A line the page repeats is furniture when it has this many words (a caption, a teaser), not a stock phrase.
MIN_REPEATED_WORDS = 5
# A line that ends with a full stop (closing quotes or brackets after it), as a short claim does.
_FULL_STOP_END = re.compile(r"\.[\s\"'\u201d\u2019)\]]*$")


def set_aside_cut_copies(lines: list[Line], roles: list[str]) -> None:
    """Set aside the lines that are another line of the page cut off (in place): a line that trails off with an
    ellipsis ("... that began Saturday. Photo courte...") where another line of the page begins with the same words
    is that line's excerpt (a summary card, a caption's preview), however it ends."""
    for line in lines:
        cut = CUT_COPY.match(line.text) if line.text.endswith(ELLIPSIS_ENDS) else None
        if not cut or word_count(cut.group(1)) < MIN_REPEATED_WORDS:
            continue
        if any(other is not line and other.text.startswith(cut.group(1)) for other in lines):
            set_role(line, roles, FURNITURE)


def set_aside_repeated_prompts(lines: list[Line], roles: list[str]) -> None:
    """Set aside the short lines a page gives more than once that no full stop ends (in place): a button, a
    widget's label or a prompt to the reader ("No time to read?", "Listen", "Share"), which a page repeats where an
    article states its claims once. A short claim ends with a full stop ("No one was hurt."), and stays when a page
    of two stories gives it twice."""
    short = Counter(
        line.text
        for line in lines
        if word_count(line.text) < MIN_REPEATED_WORDS and not _FULL_STOP_END.search(line.text)
    )
    for line in lines:
        if short[line.text] > 1:
            set_role(line, roles, FURNITURE)


def copy_key(text: str) -> str:
    """A line as the page repeats it: a caption given once bare and once with its photographer's credit is one."""
    # Each credit the pattern takes off holds a slash or a colon: a line with neither is left as it is.
    if "/" not in text and ":" not in text:
        return text.strip()
    return TRAILING_CREDIT.sub("", text).strip()


def given_again_below(lines: list[Line], position: int, end: int) -> bool:
    """Whether a line the page gave above ``position`` is given again between it and ``end``: a headline printed
    twice, whose copies hold its deck between them, whatever the deck's verb."""
    above = {copy_key(line.text) for line in lines[:position] if word_count(line.text) >= MIN_REPEATED_WORDS}
    return any(copy_key(line.text) in above for line in lines[position + 1 : end])
