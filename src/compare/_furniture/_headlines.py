"""Headlines, subheadings and labels: what a line that ends as no sentence does is, by its form.

- a headline: a title's length, in title case, above the article (or asking a question in title case), or telling
  speech in the present tense of headlines ("Mayor says ...");
- a subheading: a short line between the article's paragraphs;
- a label before a colon, a credit or a timestamp; a fact sheet's entry ("Tax levy increase: $122,006") is a claim
  whose full stop was left off, and so is a line longer than a heading, not in title case.
"""

from __future__ import annotations

import re

from ._bylines import MAX_BYLINE_WORDS, is_byline
from ._captions import SLASH_CREDIT
from ._datelines import MAX_TIMESTAMP_WORDS, TIMESTAMP, TIMESTAMP_LABEL
from ._lines import CLAIM, FURNITURE, HEADLINE, PLAIN_WORD, SUBHEADING, WORD, Line, word_count
from ._links import BUTTON, TAG_LIST
from ._sentences import is_furniture

__all__ = [
    "FIGURE_ENTRY",
    "MAX_HEADLINE_WORDS",
    "MAX_LABEL_WORDS",
    "MAX_UNTERMINATED_WORDS",
    "headline_shaped",
    "is_prose",
    "is_title_question",
    "line_role",
]

# Unterminated lines this long are claims cut short by the page's extraction, not headlines or labels.
MAX_UNTERMINATED_WORDS = 40
# A line that ends in a colon introduces what follows: a list or a quotation when it is a sentence, a label when
# it is this short.
MAX_LABEL_WORDS = 8
# A headline has a subject and a verb; shorter lines above the article are bylines, outlets and buttons.
_MIN_HEADLINE_WORDS = 4
# A headline has at most this many words; a longer unterminated line above the article not in title case is a claim
# whose full stop the page lost.
MAX_HEADLINE_WORDS = 20
# Title case: this share of a line's words, short function words aside, start with a capital.
_TITLE_SHARE = 0.75
_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
    ]
)
# A subheading is short; longer unterminated lines between paragraphs are links to other stories.
_MAX_SUBHEADING_WORDS = 12
# Headlines and video captions tell speech in the present tense, after a name.
_HEADLINE_PRESENT = re.compile(
    r"^\W*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+(?:says|tells|talks|speaks|weighs\s+in|comments"
    r"|reacts|explains|discusses|responds|urges|slams|warns|vows"
    # and tell a passive without its auxiliary ("R. Kelly sentenced to 30 years"): prose keeps "was".
    r"|sentenced|charged|arrested|indicted|convicted|jailed|acquitted|hospitali[sz]ed)\b"
)
# A fact sheet's entry: a short label, a colon, and a value that ends in a figure ("Tax levy increase: $122,006",
# "2023-2024 budget (proposed): $13.77 million", "Absent: Elliott \u2013 1"), or a bulleted entry of label and value.
# It states a fact with its full stop left off, as a claim does; a heading names a part and states no figure.
FIGURE_ENTRY = re.compile(
    r"^[A-Z0-9][\w'\u2019()/ -]{0,40}:\s+(?:[^\s|]+\s+){0,7}?"
    r"(?:[$\u00a3\u20ac]\s?\d[\d.,]*(?:\s?(?:million|billion|thousand))?|\d[\d.,]*\s?(?:%|percent)|[\u2013\u2014-]\s?\d+)\W*$"
    r"|^[-\u2022*]\s+[A-Z0-9][\w'\u2019()/ -]{0,40}:\s+\S"
)
# A headline may ask a question in title case ("When Everything Falls Apart, Can Communities Come Together?").
_QUESTION_END = re.compile(r"\?[\s\"'\u201d\u2019]*$")


def headline_shaped(text: str) -> bool:
    """Whether an unterminated line has a headline's length and is no credit or time."""
    words = word_count(text)
    return _MIN_HEADLINE_WORDS <= words <= MAX_HEADLINE_WORDS and not _is_credit_or_time(text, words)


def is_prose(text: str, terminated: bool, max_heading_words: int) -> bool:
    """Whether a line reads as the article's prose: it ends as a sentence does, or its full stop was lost in a line
    longer than a heading and not in title case."""
    if terminated or FIGURE_ENTRY.match(text):
        return True
    return word_count(text) > max_heading_words and not _is_title_case(text)


def _is_title_case(text: str) -> bool:
    """Whether most of a line's words, short function words aside, start with a capital: a headline's style."""
    words = [word for word in PLAIN_WORD.findall(text) if word.lower() not in _MINOR_WORDS]
    return bool(words) and sum(word[0].isupper() for word in words) >= _TITLE_SHARE * len(words)


def line_role(line: Line, terminated: bool, *, before_body: bool, has_headline: bool) -> str:
    """A line's role from its own form and whether it stands above the article."""
    words = word_count(line.text)
    if terminated:
        if before_body and not has_headline and line.first == line.last and is_title_question(line.text):
            return HEADLINE
        return CLAIM
    if line.text.endswith(":"):
        return FURNITURE if words <= MAX_LABEL_WORDS else CLAIM
    if words > MAX_UNTERMINATED_WORDS:
        return CLAIM
    if _is_credit_or_time(line.text, words):
        return FURNITURE
    if FIGURE_ENTRY.match(line.text):
        return CLAIM
    if before_body:
        return HEADLINE if not has_headline and words >= _MIN_HEADLINE_WORDS else FURNITURE
    if _HEADLINE_PRESENT.match(line.text) and words <= MAX_HEADLINE_WORDS:
        # A video's caption or a teaser in the present tense of headlines ("Trump says Moore should concede; weighs
        # in on Flynn"): prose tells speech in the past, and a claim that lost its full stop keeps its tense.
        return FURNITURE
    if is_prose(line.text, terminated, _MAX_SUBHEADING_WORDS):
        return CLAIM
    return SUBHEADING if words <= _MAX_SUBHEADING_WORDS and WORD.search(line.text) else FURNITURE


def _is_credit_or_time(text: str, words: int) -> bool:
    """Whether an unterminated line is a timestamp, a credit or a label rather than a headline."""
    if is_furniture(text) or TIMESTAMP_LABEL.match(text) or SLASH_CREDIT.search(text) or BUTTON.match(text):
        return True
    if TAG_LIST.fullmatch(text):
        return True
    if words <= MAX_TIMESTAMP_WORDS and TIMESTAMP.search(text):
        return True
    return words <= MAX_BYLINE_WORDS and is_byline(text)


def is_title_question(text: str) -> bool:
    """Whether a line is a headline that asks a question: title case, a headline's length, a question mark."""
    words = word_count(text)
    return (
        _MIN_HEADLINE_WORDS <= words <= MAX_HEADLINE_WORDS and bool(_QUESTION_END.search(text)) and _is_title_case(text)
    )
