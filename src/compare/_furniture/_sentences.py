"""A sentence's own patterns: whether it is furniture wherever it stands, and whether it takes its whole line.

This stage gathers the classes read sentence by sentence (links, notes, timestamps, bylines, captions, forms,
appeals, asides); the page's stages read lines around it.
"""

from __future__ import annotations

import functools

from ._appeals import is_appeal, is_form
from ._asides import is_aside
from ._bylines import BRACKETED_CREDIT, CORRESPONDENT, CORRESPONDENT_WORDS, MAX_BYLINE_WORDS, is_byline
from ._captions import (
    BRACKETED_PICTURE_CREDIT,
    CAPTION,
    CAPTION_WORDS,
    CLOSING,
    CORPORATE_CREDIT,
    PHOTO_BY,
    is_caption_credit,
    is_picture_caption,
    is_picture_credit_end,
    is_wire_caption,
)
from ._datelines import TIMESTAMP_SENTENCE
from ._lines import WORD, lowered_for_search, search_if_holding, word_count
from ._links import LABEL, POINTER, POINTER_WORDS, is_shouted, narrates
from ._notes import COPYRIGHT, COPYRIGHT_WORDS, is_editors_note, is_page_itself

__all__ = ["is_furniture", "spreads"]


# A report compared with several others is read again each time; its sentences' patterns are read once.
@functools.lru_cache(maxsize=8192)
def is_furniture(sentence: str) -> bool:
    """Whether a sentence is furniture by its own patterns, wherever it stands."""
    if not WORD.search(sentence):
        return True
    lowered = lowered_for_search(sentence)
    if (
        LABEL.match(sentence)
        or search_if_holding(COPYRIGHT, sentence, lowered, COPYRIGHT_WORDS)
        or is_editors_note(sentence)
    ):
        return True
    if TIMESTAMP_SENTENCE.match(sentence):
        return True
    if (
        (search_if_holding(POINTER, sentence, lowered, POINTER_WORDS) and not narrates(sentence))
        or BRACKETED_CREDIT.match(sentence)
        or search_if_holding(CORRESPONDENT, sentence, lowered, CORRESPONDENT_WORDS)
    ):
        return True
    if (
        search_if_holding(CAPTION, sentence, lowered, CAPTION_WORDS)
        or is_caption_credit(sentence)
        or is_picture_credit_end(sentence)
    ):
        return True
    if is_picture_caption(sentence) or is_form(sentence):
        return True
    if word_count(sentence) <= MAX_BYLINE_WORDS and is_byline(sentence):
        return True
    if is_shouted(sentence) or CORPORATE_CREDIT.match(sentence) or is_page_itself(sentence):
        return True
    return is_appeal(sentence) or is_aside(sentence)


def spreads(sentence: str) -> bool:
    """Whether a sentence makes its whole line furniture: an appeal, a photographer's credit closing a caption, or
    the wire agencies' caption formula. A wire credit after a claim ("(Reporting by ...)") is furniture alone."""
    if is_appeal(sentence) or is_wire_caption(sentence):
        return True
    if PHOTO_BY.search(sentence) or is_picture_credit_end(sentence):
        return True
    return sentence.rstrip(CLOSING).endswith(")") and bool(BRACKETED_PICTURE_CREDIT.search(sentence))
