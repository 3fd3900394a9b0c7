"""Verb forms read by word alone: the past forms of the irregular verbs news uses, and whether a word is a past.

Both the furniture rules (a lede tells an act in the past) and the fact readers (an act's stem) read them, so they
lie below both.
"""

from __future__ import annotations

from ._normalize import SCALE_WORDS

__all__ = ["IRREGULAR_PAST", "a_past_form", "a_regular_past"]

# The past forms of irregular verbs news uses, with their stems: "said" is a form of "saying".
IRREGULAR_PAST = {
    "said": "say", "told": "tell", "met": "meet", "spoke": "speak", "wrote": "write", "won": "win", "lost": "lose",
    "left": "leav", "began": "begin", "held": "hold", "sent": "send", "took": "take", "gave": "give", "made": "make",
    "came": "come", "went": "go", "ran": "run", "fell": "fall", "rose": "rise", "brought": "bring", "bought": "buy",
    "sold": "sell", "paid": "pay", "led": "lead", "chose": "choos", "spent": "spend", "kept": "keep", "found": "find",
    "became": "becom", "saw": "see", "felt": "feel", "heard": "hear", "knew": "know", "thought": "think",
    "stood": "stand", "understood": "understand", "drew": "draw", "grew": "grow", "threw": "throw", "flew": "fli",
    "fled": "flee", "got": "get", "did": "do", "had": "have", "was": "be", "were": "be", "struck": "strike",
    "shook": "shake", "tore": "tear",
}  # fmt: skip


def a_past_form(lower: str) -> bool:
    """Whether a word (in lower case) is a verb's past form: an irregular past ("met", "was") or a form in "-ed"."""
    return lower in IRREGULAR_PAST or a_regular_past(lower)


# A regular past is longer than this: "red", "bed", "need" and "feed" end in "-ed" and are none.
_MAX_NOT_A_PAST = 4


def a_regular_past(lower: str) -> bool:
    """Whether a word (in lower case) has the form of a regular past, "-ed", read by its form alone (so "speed"
    passes). A number word is no verb: "hundred" ends in "-ed" ("Two hundred residents gather ...")."""
    return lower.endswith("ed") and len(lower) > _MAX_NOT_A_PAST and lower not in SCALE_WORDS
