"""The second rewrite set (issue 18): which BASIL articles it rewrites, and how each rewrite is rebuilt from its
article. No compare here: the set is chosen and rebuilt without the engine (bench/rewrites2/BRIEF.md).

The set stores no benchmark text: each rewrite names its article (event, outlet, SHA-256 of the text) and lists
operations on the article's sentences, as cut by `sentences` below, a plain splitter that is part of the set's
definition (it must never change once the set is written, or the `keep` indices would point elsewhere).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

OUTLETS = ("fox", "hpo", "nyt")
PER_HALF = 12
# The events of bench/labels/ when the set was written (the rules were written from their pairs): frozen here, so
# that labelling more events later does not move the set's choice of articles.
_LABELLED_EVENTS = (
    "005a2961 08bb9bee 11c9f251 13792511 22b6e900 2b95d2cf 550b80db 74708dbf 7f9c83f7 84678e18 8dc7ccfe c99adbdd"
)
LABELLED_WHEN_WRITTEN = tuple(_LABELLED_EVENTS.split())
MIN_WORDS, MAX_WORDS = 150, 550
# Abbreviations after which a full stop does not end a sentence (titles, initials' kin, months, states' old forms).
_ABBREVIATION_WORDS = (
    "mr mrs ms dr sen rep gov lt gen st jr sr col sgt capt maj rev prof vs no u.s a.m p.m jan feb mar apr aug sept "
    "sep oct nov dec inc corp co ft mt d.c u.n"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_BREAK = re.compile('(?<=[.!?])(["\u201d\u2019]?)\\s+(?=["\u201c\u2018(]?[A-Z0-9])')
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-"})


def event_hash(event: str) -> str:
    return hashlib.sha256(event.encode()).hexdigest()


def half(event: str) -> str:
    """`dev` or `validation`, by the parity of the event's hash, so that the split never moves."""
    return "validation" if int(event_hash(event)[:8], 16) % 2 else "dev"


def split_paragraph(paragraph: str) -> list[str]:
    """Sentences of one paragraph: a break after `.`, `!` or `?` (and a closing quotation mark) before a capital
    or a digit, except after a title, a month, or a single letter."""
    pieces = _BREAK.split(paragraph.strip())
    sentences, current = [], pieces[0]
    for closing, following in zip(pieces[1::2], pieces[2::2], strict=True):
        current += closing
        last = re.findall(r"([A-Za-z.]+)\.$", current)
        word = last[0].lower() if last else ""
        if not closing and (word in _ABBREVIATIONS or len(word) == 1):
            current += " " + following
        else:
            sentences.append(current)
            current = following
    sentences.append(current)
    return [s for s in sentences if s.strip()]


def sentences(text: str) -> list[str]:
    """The article's sentences in order, paragraph by paragraph (one paragraph a line)."""
    return [s for paragraph in text.split("\n") if paragraph.strip() for s in split_paragraph(paragraph)]


def words(text: str) -> int:
    return len(text.split())


def select(rows: Iterable[Mapping[str, Any]], skip_events: Iterable[str]) -> list[tuple[str, str]]:
    """(event, outlet) of the set's articles, dev half first (bench/rewrites2/BRIEF.md says why so)."""
    skip = {e[:8] for e in skip_events}
    chosen: dict[str, list[tuple[str, str]]] = {"dev": [], "validation": []}
    for row in sorted(rows, key=lambda r: event_hash(r["event"])):
        event, articles = row["event"], row["articles"]
        part = chosen[half(event)]
        if not articles or event[:8] in skip or len(part) >= PER_HALF:
            continue
        start = int(event_hash(event)[8:16], 16) % len(OUTLETS)
        for step in range(len(OUTLETS)):
            outlet = OUTLETS[(start + step) % len(OUTLETS)]
            article = articles.get(outlet)
            if article and MIN_WORDS <= words(article["text"]) <= MAX_WORDS:
                part.append((event, outlet))
                break
    return chosen["dev"] + chosen["validation"]


def rebuild(original: str, paragraphs: Sequence[Sequence[Mapping[str, Any]]]) -> str:
    """The rewrite's text, a paragraph a line: the rewriter's own sentences (`text`) and sentences of the original
    (`keep`), each with its substitutions (`sub`: [old, new] pairs, applied in order, each to the first `old`)."""
    units = sentences(original)
    return "\n".join(" ".join(_item(units, item) for item in paragraph) for paragraph in paragraphs)


def _item(units: Sequence[str], item: Mapping[str, Any]) -> str:
    if "text" in item:
        return str(item["text"])
    sentence = units[item["keep"]]
    for old, new in item.get("sub", ()):
        if old not in sentence:
            raise ValueError(f"{old!r} is not in sentence {item['keep']}")
        sentence = sentence.replace(old, new, 1)
    return sentence


def fold(text: str) -> str:
    """Text for finding a label's fragment: straight quotation marks and dashes, one space, lower case."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).lower().split())


def article_text(rows: Iterable[Mapping[str, Any]], event: str, outlet: str) -> str:
    for row in rows:
        if row["event"] == event:
            return str(row["articles"][outlet]["text"])
    raise KeyError(f"event {event} is not in the BASIL file")


def load_set(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]
