"""Datelines and timestamps: where and when, printed as the page's own marks.

- a dateline opening the article's first paragraph ("KYIV, Ukraine (AP) \u2014", "New Delhi:"): no sentence of its
  own, so the sentence it opens stays a claim and the dateline's span is recorded so that its words are never read
  as a claim's words; a fact sheet's run-in labels ("What happened:") open its paragraphs as a dateline would, but
  name no place;
- a timestamp: a date and a time alone on a line, or after its label ("Updated 3:45 p.m.").
"""

from __future__ import annotations

import re

from ._lines import CLAIM, Line, word_count

__all__ = [
    "DATELINE",
    "MAX_TIMESTAMP_WORDS",
    "MONTH",
    "TIMESTAMP",
    "TIMESTAMP_LABEL",
    "TIMESTAMP_SENTENCE",
    "find_datelines",
]

# Dates and times alone on a line are the page's timestamps.
MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
TIMESTAMP = re.compile(
    rf"\b{MONTH}\s?\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)? {MONTH}|\b\d{{1,2}}:\d{{2}}\b"
    r"|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago\b",
    re.IGNORECASE,
)
TIMESTAMP_LABEL = re.compile(r"^\W*(?:posted|updated|published|created|last updated|modified)\b", re.IGNORECASE)
# A timestamp's label and nothing but a date and a time ("Updated 3:45 p.m.", "Posted on March 3, 2024 at 9:12
# am"): furniture wherever it stands, though "p.m." ends it with a full stop ("Updated figures showed ..." has words
# of its own).
_TIME_WORD = (
    rf"(?:\d{{1,4}}(?:[:/.-]\d{{1,4}})*(?:st|nd|rd|th)?|[ap]\.?m\.?|{MONTH}"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|on|at|(?-i:[A-Z]{2,4}))"
)
TIMESTAMP_SENTENCE = re.compile(
    rf"^\W*(?:posted|updated|published|last updated|modified)\s*:?(?:[\s,|]+{_TIME_WORD})+[\s.]*$", re.IGNORECASE
)
# A date in a longer unterminated line is part of a headline ("Morning briefing: top stories on May 11, 2024").
MAX_TIMESTAMP_WORDS = 11
# Datelines open the first paragraph of a report: a place in capitals with its region and a date, an agency in
# brackets, then a dash; or a place and a colon; or an agency alone in brackets.
# Capitals with their accented forms ("BOGOTÁ", "SÃO PAULO", "ZÜRICH").
_CAPITAL = r"A-Z\u00c0-\u00d6\u00d8-\u00de"
_UPPER = rf"[{_CAPITAL}][{_CAPITAL}'\u2019.&-]{{2,}}"
_CAPITALISED = r"[A-Z][\w'\u2019.&-]*"
_PLACE = rf"{_UPPER}(?:[ /]+{_UPPER}|\s[A-Z]\.[A-Z]\.)*"
_REGION = rf"(?:,\s*{_CAPITALISED}(?:\s{_CAPITALISED}){{0,2}})"
_DAY = rf"(?:{MONTH}\s\d{{1,2}}\b)"
_AGENCY = r"(?:\s*\([^()]{1,40}\))"
_DASH = r"(?:\s*(?:\u2014|\u2013|\u2012|--|\u2022)\s*|\s+-\s*|(?<=\))\s*-\s*)"
DATELINE = re.compile(
    rf"^(?:By(?:\s{_CAPITALISED}){{1,3}}\s*)?(?:\S+/\S+?)?(?:{_DAY}\s*(?:\u2014|\u2013|--|-)\s*)?"
    rf"(?:\(?{_PLACE}{_REGION}{{0,2}}(?:,?\s{_DAY})?\)?{_AGENCY}?"
    rf"|{_DAY}{_AGENCY}?|(?:By(?:\s{_CAPITALISED}){{1,3}}){_AGENCY}|{_AGENCY}{{1,3}}){_DASH}"
    rf"|^{_PLACE}\s?:\s+|^\([A-Z][A-Za-z]{{1,12}}\)(?=[A-Z\"\u201c])|^{_PLACE}{_REGION}{{0,2}}{_AGENCY}\s+(?=[A-Z])"
    rf"|^[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}},\s*{_DAY}{_AGENCY}\s+(?=[A-Z])"
)
# A section's name before a colon opens a paragraph as a place does ("Policy: The Prime Minister announced ..."), but
# names no place.
_SECTION_KICKER = (
    r"(?:Policy|Politics|Opinion|Analysis|Exclusive|Update|Breaking|Watch|Business|Sports?|World|Health|Tech"
    r"|Science|Entertainment|Culture|Comment|Editorial|Review|Live|Explainer|Factbox|Feature|Economy|Crime|Weather"
    r"|Lifestyle|Travel|Education|Environment|Climate|Markets|Finance|Money|Local|National|International)\b"
)
# The words that ask a question before a colon open a fact box's entry ("When: Tuesday's meeting."), never a place.
_QUESTION_KICKER = r"(?:When|Where|What|Who|Why|How|Which)\b"
# A place in capitalised words, then a colon or a dash ("New Delhi: ...", "Tel Aviv - Rocket alarms ...") is a
# dateline only at the start of the article.
_FIRST_DATELINE = re.compile(
    rf"^(?!{_SECTION_KICKER}|{_QUESTION_KICKER})[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}(?:,\s*{_DAY})?"
    r"(?:\s?:\s+|\s(?:\u2014|\u2013|--|-)\s(?=[A-Z]))"
)
# A label before a colon that opens this many claim paragraphs of one page, one of them in words with a lower-case
# word ("What happened:", "Overview:", "PSBA:"), names parts of a fact sheet rather than places.
_MIN_RUN_IN_LABELS = 3
_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]")
_RUN_IN_LABEL = re.compile(r"^([A-Z][\w'\u2019 -]{0,30}?)\s?:\s+")
# What follows a dateline is a sentence: at least this many words.
_MIN_WORDS_AFTER_DATELINE = 3


def find_datelines(lines: list[Line], sentences: list[str], roles: list[str]) -> dict[int, tuple[int, int]]:
    """The dateline of each claim line that opens with one, as a span of its first sentence."""
    found: dict[int, tuple[int, int]] = {}
    first_claim = True
    run_in = _run_in_labels(lines, sentences, roles)
    for line in lines:
        index = line.first
        if roles[index] != CLAIM:
            continue
        sentence = sentences[index]
        label = _RUN_IN_LABEL.match(sentence)
        if label and label.group(1) in run_in:
            first_claim = False
            continue
        match = DATELINE.match(sentence) or (_FIRST_DATELINE.match(sentence) if first_claim else None)
        first_claim = False
        if match and word_count(sentence[match.end() :]) >= _MIN_WORDS_AFTER_DATELINE:
            found[index] = (match.start(), len(sentence[: match.end()].rstrip()))
    return found


def _run_in_labels(lines: list[Line], sentences: list[str], roles: list[str]) -> set[str]:
    """The labels of a fact sheet's paragraphs ("When:", "What happened:", "Overview:", "PSBA:"), which open several
    claim paragraphs of one page as a dateline opens one; a roundup of places in capitals ("LONDON:", "PARIS:") has
    no label in words and keeps its datelines."""
    labels = [
        match.group(1)
        for line in lines
        if roles[line.first] == CLAIM and (match := _RUN_IN_LABEL.match(sentences[line.first]))
    ]
    if len(labels) < _MIN_RUN_IN_LABELS or not any(_LOWER_WORD.search(label) for label in labels):
        return set()
    return set(labels)
