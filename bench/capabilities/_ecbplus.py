r"""A second source of real articles, no rule was tuned on: the distinct documents of an ECB+ pairs file
(../shared/bench/ecbplus-pairs.jsonl, read by path, never copied), each given there as a list of sentences.

ECB+ gives no paragraphs, so consecutive sentences are grouped two or three to a paragraph (seeded by the
document, so that paragraph swaps have something to move); a line that does not end a sentence (a headline) keeps
a paragraph of its own, as it stands on its own line on the page. Datelines and bylines ("Published May 03, 2013",
"POSTED: 04 / 02 / 07, 9:00 PM PDT |", "By John Smith") are page furniture, not the article, and are left out, as
BASIL's texts leave them.

ECB+ texts were tokenised, and the tokeniser's spaces that news prose never writes are taken out before the cases
are made: inside quotation marks ("\u201c a quote \u201d"), around apostrophes ("don ' t", "Quinn ' s", "the
suspects ' names"), before punctuation ("the result ."), in clock times ("10: 30"), decimals ("$1. 25 million",
"hit. 308"), dotted abbreviations ("U. S.", "p. m."), after a hyphen ("fiber- optic"). A spaced hyphen ("three -
week") is left: it is as often a dash ("the pool - and the deck") and cannot be told apart.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ._model import Article, Sentence
from ._text import quote_spans, split

# The set of ECB+ articles' cases, and its two halves by topic: rules may be written from the cases of the
# development half, never from those of the validation half (its figures only).
ECBPLUS = "ecbplus"
ECBPLUS_DEV = "ecbplus-dev"
ECBPLUS_VALIDATION = "ecbplus-validation"

_ENDS_A_SENTENCE = re.compile(r"[.!?][\"\u201d'\u2019)]*$|[\"\u201d'\u2019)]$")
# Words a dateline is made of, besides its figures: names of months and days, clock and time-zone words, the
# words that introduce it.
_DATE_WORDS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "am", "pm", "st", "nd", "rd", "th", "posted", "updated", "published", "last",
    "edited", "time", "on", "at",
))  # fmt: skip
_CONTRACTION = r"(?:s|t|m|re|ve|ll|d)\b"
# The tokeniser's spaces, in the order they are taken out: contractions before quotations (a quotation may hold
# "Don ' t"), quotations before possessives (the closing mark of "\u2018 Twilight \u2019" is not one).
_REPAIRS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=\w) ([\u2019']) (?=" + _CONTRACTION + ")"), r"\1"),
    (re.compile("\u201c "), "\u201c"),
    (re.compile(" \u201d"), "\u201d"),
    (re.compile("`"), "'"),
    (re.compile("(?<![\\w])\u2018 "), "\u2018"),
    (re.compile("(\u2018[^\u2019]*?) \u2019"), "\\1\u2019"),
    (re.compile(r"((?<!\S)'\w[^']*?) '(?=[\s,.;:?!]|$)"), r"\1'"),
    (re.compile(r"(?<=s) ([\u2019'])(?= )"), r"\1"),
    (re.compile(r"(?<=\s)([\u2019']) (?=\d\d\b)"), r"\1"),
    (re.compile(r"\b([01]?\d|2[0-3]): ([0-5]\d)(?!\d)"), r"\1:\2"),
    (re.compile(r"(?<=\d)\. (?=\d)"), "."),
    (re.compile(r"(?:(?<=\b[a-z])|(?<=[a-z]{2}))\. (?=\d{3}\b)"), " ."),
    (re.compile(r"\b([A-Za-z])\. (?=[A-Za-z]\.)"), r"\1."),
    (re.compile(r"(?<=\w)- (?=[\w$\u00a3])"), "-"),
    (re.compile(r"(?<=[\w)\u201d\"]) (?=[,.;:?!](?:\s|$))"), ""),
)


def repaired(sentence: str) -> str:
    """A sentence without the spaces the ECB+ tokeniser put where news prose writes none."""
    text = sentence.strip()
    for pattern, replacement in _REPAIRS:
        text = pattern.sub(replacement, text)
    return _straight_quotes_closed_up(text)


def _straight_quotes_closed_up(text: str) -> str:
    """Straight double quotes paired in order, the space after an opening one and before a closing one taken out.
    A sentence is left as it is when the pairing is not certain: an odd number of quotes (a quotation running over
    two sentences), or a quote written against the role its place gives it ("a, "Mr. Smith" read as closing)."""
    parts = text.split('"')
    if len(parts) % 2 == 0:
        return text
    for inside in range(1, len(parts), 2):
        opens_against_the_word_before = parts[inside - 1][-1:].strip() != "" and parts[inside][:1] == " "
        closes_against_the_word_after = parts[inside + 1][:1].isalnum() and parts[inside][-1:] == " "
        if opens_against_the_word_before or closes_against_the_word_after:
            return text
    for inside in range(1, len(parts), 2):
        parts[inside] = parts[inside].strip()
    return '"'.join(parts)


def is_dateline(line: str) -> bool:
    """Whether a line that ends no sentence is a dateline (figures, a date's and a clock's words, a time zone, at
    most two other words: "Mumbai, Nov 11 -") or a byline ("By John Smith")."""
    if _ENDS_A_SENTENCE.search(line):
        return False
    words = re.findall(r"[A-Za-z]+", line)
    if words[:1] == ["By"] and len(words) <= 6:
        return True
    other = [w for w in words if len(w) > 1 and w.lower() not in _DATE_WORDS and not (w.isupper() and len(w) <= 4)]
    return bool(re.search(r"\d", line)) and len(other) <= 2


def load_ecbplus(path: Path) -> list[Article]:
    """Every distinct document of an ECB+ pairs file, as an Article, in the order of their names, each in the
    development or the validation half of its topic (``topic_halves``)."""
    documents: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            documents.setdefault(row["doc_a"], row["a"])
            documents.setdefault(row["doc_b"], row["b"])
    halves = topic_halves(documents)
    return [
        ecbplus_article(name, sentences, halves[_topic(name)])
        for name, sentences in sorted(documents.items(), key=_document_order)
    ]


def topic_halves(names: Iterable[str]) -> dict[str, str]:
    """Each topic's half: whole topics, so that no event (nor its second, ECB+ event of the same kind) has cases in
    both; topics taken in the order of a hash of their id, each to the half that holds fewer documents so far, so
    that the halves hold about as many documents and the split is the same on every machine and in every run. (A
    hash alone split ECB+'s 28 topics 9 / 19.)"""
    documents = Counter(_topic(name) for name in names)
    held = {ECBPLUS_DEV: 0, ECBPLUS_VALIDATION: 0}
    halves: dict[str, str] = {}
    for topic in sorted(documents, key=lambda t: hashlib.sha256(t.encode()).hexdigest()):
        chosen = ECBPLUS_DEV if held[ECBPLUS_DEV] <= held[ECBPLUS_VALIDATION] else ECBPLUS_VALIDATION
        halves[topic] = chosen
        held[chosen] += documents[topic]
    return halves


def in_set(half: str, chosen: str) -> bool:
    """Whether a case of ``half`` belongs to the set ``chosen``: a half itself, "ecbplus" (both ECB+ halves) or
    "both" (every case)."""
    return chosen in ("both", half) or (chosen == ECBPLUS and half in (ECBPLUS_DEV, ECBPLUS_VALIDATION))


def _topic(name: str) -> str:
    return name.split("_", 1)[0]


def _document_order(item: tuple[str, list[str]]) -> tuple[int, str, int]:
    topic, rest = item[0].split("_", 1)
    number = re.match(r"\d+", rest)
    return int(topic), rest.lstrip("0123456789"), int(number.group(0)) if number else 0


def ecbplus_article(name: str, sentences: list[str], topic_half: str) -> Article:
    """One ECB+ document ("30_11ecb.xml"): its event is its topic and sub-corpus ("30_ecb": ECB and ECB+ documents
    of one topic report two different events), its outlet the document's own name. Its sentences are ECB+'s, each
    split again by the generator's splitter as BASIL's paragraphs are; ``topic_half`` is its half."""
    stem = name.removesuffix(".xml")
    topic, rest = stem.split("_", 1)
    event = f"{topic}_{rest.lstrip('0123456789')}"
    lines = [text for text in (repaired(s) for s in sentences) if text and not is_dateline(text)]
    groups = paragraph_groups(lines, random.Random(stem))
    paragraphs = tuple(" ".join(group) for group in groups)
    found: list[Sentence] = []
    for index, (paragraph, group) in enumerate(zip(paragraphs, groups, strict=True)):
        quoted = quote_spans(paragraph)
        start = 0
        for text in group:
            for part in split(text, index):  # an ECB+ sentence now and then holds two
                first, end = start + part.start, start + part.end
                inside = tuple((max(s, first) - first, min(e, end) - first) for s, e in quoted if s < end and first < e)
                found.append(Sentence(index, first, end, part.text, inside))
            start += len(text) + 1
    return Article(event, stem, "", paragraphs, tuple(found), fixed_half=topic_half)


def paragraph_groups(sentences: list[str], rng: random.Random) -> list[list[str]]:
    """Consecutive sentences two or three to a paragraph; a line that does not end a sentence stands alone."""
    groups: list[list[str]] = []
    current: list[str] = []
    size = rng.choice((2, 3))
    for sentence in sentences:
        if not _ENDS_A_SENTENCE.search(sentence):
            if current:
                groups.append(current)
            groups.append([sentence])
            current, size = [], rng.choice((2, 3))
            continue
        current.append(sentence)
        if len(current) == size:
            groups.append(current)
            current, size = [], rng.choice((2, 3))
    if current:
        groups.append(current)
    return groups
