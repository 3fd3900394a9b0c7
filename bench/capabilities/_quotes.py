"""Quotations: a quotation given to another speaker, or a content word inside it changed (directional)."""

from __future__ import annotations

import random
import re

from ._model import Article, Change
from ._tables import FEMALE, MALE

_HONORIFIC = r"(?:Mr\.|Ms\.|Mrs\.|Dr\.|Sen\.|Rep\.|Gov\.|President)"
_WHO = r"(?:" + _HONORIFIC + r" [A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]{2,})"
_SAYING = r"(?:said|says|added|told reporters|wrote|stated|continued|explained)"
# The speaker of a quotation told in the same sentence: after the closing mark, or before the opening one.
_AFTER = re.compile(
    r"[\u201d\"],? ("
    + _WHO
    + r") "
    + _SAYING
    + r"\b|[\u201d\"],? "
    + _SAYING
    + r" ("
    + _WHO
    + r")(?![\w.]|[\w ]*[A-Z])"
)
_BEFORE = re.compile(r"^(" + _WHO + r") " + _SAYING + r"(?: [a-z ]{0,30})?[:,] [\u201c\"]")
_NOT_SPEAKERS = frozenset(
    [
        "The",
        "This",
        "That",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "But",
        "And",
        "So",
        "In",
        "On",
        "At",
        "A",
        "An",
        "One",
    ]
)


def _people(article: Article) -> tuple[list[str], list[str]]:
    """The people the article names: with an honorific ("Mr. Steele") and by full name ("Brad Woodhouse")."""
    titled = sorted(set(re.findall(_HONORIFIC + r" [A-Z][a-z]+\b", article.text)))
    full = sorted(
        {
            m.group(0)
            for m in re.finditer(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b(?! [A-Z])", article.text)
            if m.group(1) in MALE or m.group(1) in FEMALE
        }
    )
    return titled, full


def speaker(article: Article, index: int) -> list[Change]:
    """A quotation given to another person the article names, of the same form ("..., Mr. Steele said" -> "...,
    Mr. Kristol said"; "Brad Woodhouse said: '...'" -> "William Kristol said: '...'")."""
    sentence = article.sentences[index]
    if not sentence.quoted:
        return []
    rng = random.Random(f"speaker:{article.event}:{article.outlet}:{index}")
    titled, full = _people(article)
    changes = []
    for pattern in (_AFTER, _BEFORE):
        for match in pattern.finditer(sentence.text):
            group = 1 if match.group(1) else 2
            who = match.group(group)
            if who.split()[0] in _NOT_SPEAKERS or sentence.in_quote(*match.span(group)):
                continue
            if re.match(_HONORIFIC, who):
                pool = [p for p in titled if p.split()[-1] != who.split()[-1] and p.split()[0] == who.split()[0]]
            elif " " in who:
                pool = [p for p in full if p.split()[-1] != who.split()[-1]]
            else:
                pool = [p.split()[-1] for p in full if p.split()[-1] != who]
            pool = [p for p in pool if p.split()[-1] not in sentence.text]
            if pool:
                start, end = match.span(group)
                offset = sentence.start
                changes.append(Change((index,), sentence.paragraph, offset + start, offset + end, rng.choice(pool)))
    return changes


# Content words and a word of the same part of speech that means something else.
_WORD_SWAPS = (
    ("good", "bad"), ("great", "terrible"), ("strong", "weak"), ("best", "worst"),
    ("better", "worse"), ("important", "trivial"), ("big", "small"), ("large", "small"), ("easy", "hard"),
    ("happy", "angry"), ("proud", "ashamed"), ("true", "false"), ("safe", "dangerous"), ("success", "failure"),
    ("love", "hate"), ("agree", "disagree"), ("accept", "reject"), ("serious", "minor"), ("always", "rarely"),
    ("everyone", "nobody"), ("everybody", "nobody"), ("president", "governor"), ("country", "party"),
    ("people", "voters"), ("jobs", "schools"), ("war", "election"), ("families", "businesses"),
    ("children", "veterans"), ("women", "workers"), ("taxes", "wages"), ("economy", "military"),
    ("government", "industry"), ("law", "plan"), ("bill", "deal"), ("clear", "unclear"), ("fair", "unfair"),
    ("legal", "illegal"), ("responsible", "innocent"),
    ("more", "less"), ("many", "few"), ("first", "last"), ("new", "old"), ("high", "low"), ("honest", "dishonest"),
    ("positive", "negative"), ("open", "closed"), ("increase", "cut"), ("future", "past"), ("today", "yesterday"),
    ("Americans", "Democrats"), ("Republicans", "Democrats"), ("America", "Washington"), ("week", "month"),
    ("year", "decade"), ("friends", "rivals"), ("mistake", "success"),
    ("wanted", "refused"), ("believe", "doubt"), ("hope", "fear"), ("should", "shouldn\u2019t"),
)  # fmt: skip


def quoted_word(article: Article, index: int) -> list[Change]:
    """A content word inside a quotation the sentence holds whole, neither its first nor its last word, replaced by
    a word of the same part of speech that means something else ("a strong critique" -> "a weak critique")."""
    sentence = article.sentences[index]
    table = dict(_WORD_SWAPS) | {right: left for left, right in _WORD_SWAPS}
    apostrophe = article.apostrophe
    changes = []
    for start, end in sentence.quoted:
        if start == 0 or end >= len(sentence.text):
            continue  # the quotation runs on into a neighbouring sentence: its edges are not its own
        inner = sentence.text[start:end]
        words = list(re.finditer(r"[A-Za-z\u2019']+", inner))
        for word in words[1:-1]:
            # a capitalised word inside a quotation is a name: only the names of the table are swapped
            replacement = table.get(word.group(0))
            if (
                replacement is None
                or "-" in inner[word.start() - 1 : word.start()] + inner[word.end() : word.end() + 1]
            ):
                continue  # a part of a compound ("re-election")
            if word.group(0) in ("better", "worse") and inner[: word.start()].endswith("to "):
                continue  # an adverb before a verb ("to better understand")
            offset = sentence.start + start
            changes.append(
                Change(
                    (index,),
                    sentence.paragraph,
                    offset + word.start(),
                    offset + word.end(),
                    replacement.replace("\u2019", apostrophe),
                )
            )
    return changes
