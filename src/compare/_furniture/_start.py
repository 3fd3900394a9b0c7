"""The article's start: which line of the page is the article's first.

- a dateline paragraph, with captions and bylines above it (at most a few lines, or more when each is one
  sentence and no headline of another article stands between);
- the article already begun above its dateline: a paragraph of several sentences of prose, or a lede of one
  sentence whose own clause tells an act in the past (captions tell what a picture shows, decks what is going on,
  in the present);
- the page's chrome above its headline (a menu, a notice to the reader), and what stands between two copies of the
  headline;
- a line that finishes the short line above it (a menu's text broken by the page).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container

from .._text._verbs import a_past_form
from ._appeals import READER
from ._bylines import MAX_BYLINE_WORDS
from ._datelines import DATELINE
from ._headlines import MAX_HEADLINE_WORDS, headline_shaped, is_prose, is_title_question
from ._lines import PLAIN_WORD, QUOTED, Line, is_terminated, word_count
from ._repeats import copy_key, given_again_below
from ._sentences import is_furniture

__all__ = ["beside_prose", "body_start", "headline_below_chrome", "wrapped_tails"]

# Captions stand above the dateline paragraph, but never more than a few sentences: further down, a line that
# opens like a dateline belongs to the article (or to the next article of the page).
_MAX_LINES_ABOVE_DATELINE = 2
# ... or this many when each line above it beyond those is one sentence (a caption, an audio player's notes).
_MAX_SHORT_LINES_ABOVE_DATELINE = 6
# The page's chrome above its headline: a few lines, each of a few words, speaking to the reader, when it ends as a
# sentence.
_MAX_LINES_ABOVE_HEADLINE = 8
_MAX_CHROME_WORDS = 8
# A headline given twice has at most its deck, its picture and the picture's caption and credit between the copies.
_MAX_LINES_BETWEEN_HEADLINES = 3
# A headline the page gives twice may stand this far down below a menu, when only the page's chrome stands above it.
_MAX_CHROME_LINES = 24
_MIN_MENU_ENTRIES = 4
_MAX_MENU_ENTRY_WORDS = 3
# A line that opens in lower case: the rest of the line above it.
_LOWER_START = re.compile(r"^[^\w\"\u201c\u2018']*[a-z]")
# A lede's own clause tells an act in the past: its subject, then its verb within these words. What stops the search
# first makes the sentence no lede by its form: a verb in the present or a modal (a caption's "Residents watch as
# ...", a deck's "Officials are urging ..."), a relative clause (its verb is not the sentence's), a subordinate
# clause opening the sentence ("After the storm passed, residents are ...").
_MAX_SUBJECT_WORDS = 12
_PRESENT_OR_MODAL = frozenset(
    {"is", "are", "am", "has", "have", "does", "do", "will", "would", "can", "could", "may", "might", "must"}
    | {"shall", "should", "says", "say", "tells", "shows", "show"}
)
_RELATIVE = frozenset({"who", "which", "that", "whose", "whom", "where"})
_SUBORDINATOR = frozenset(
    {"after", "when", "as", "because", "although", "though", "while", "if", "since", "before", "once", "until"}
    | {"unless", "whether"}
)


def beside_prose(lines: list[Line], sentences: list[str], position: int) -> bool:
    """Whether a line has a paragraph of the article's prose directly above or below it: a paragraph cut off there
    is a claim trailing off (or cut by the page's paywall), where a teaser of another story stands among links,
    titles and labels, or alone."""
    return any(
        0 <= other < len(lines) and _is_prose_paragraph(lines[other], sentences)
        for other in (position - 1, position + 1)
    )


def _is_prose_paragraph(line: Line, sentences: list[str]) -> bool:
    """Whether a line is a paragraph of prose: longer than the page's chrome, ending as a sentence does and not cut
    off, and no sentence of it furniture by its patterns."""
    return (
        word_count(line.text) > _MAX_CHROME_WORDS
        and is_terminated(line.text)
        and not line.text.rstrip().endswith(("\u2026", "...", "]"))
        and not any(is_furniture(sentences[i]) for i in range(line.first, line.last + 1))
    )


def _is_several_sentences_of_prose(line: Line, sentences: list[str]) -> bool:
    """Whether a line is a paragraph of several sentences of prose: a caption or a deck above the article is one
    sentence (with its credit, which is furniture by its pattern)."""
    return line.last > line.first and _is_prose_paragraph(line, sentences)


def _is_past_lede(line: Line, sentences: list[str]) -> bool:
    """Whether a line is a lede of one sentence: its own clause tells an act in the past (see _narrates_past_act),
    and it ends with no credit or note in brackets (a caption's "(AP Photo/Jane Roe)", "(Supplied)") and is not cut
    off (a teaser's ellipsis)."""
    return (
        line.first == line.last
        and not line.text.rstrip().endswith(("\u2026", "...", "]", ")"))
        and _narrates_past_act(sentences[line.first])
    )


def _narrates_past_act(sentence: str) -> bool:
    """Whether a sentence's own clause tells an act in the past: a subject, then a verb in the past, an "-ed" form
    or an irregular past ("Firefighters rescued 40 people ...", "An earthquake struck ...", "Two men were arrested
    ...", ""We had no warning," Jane Roe said after ..."), within its first words. A quotation is the speaker's
    clause, not the sentence's, and is passed over; a verb in the present or a modal, a relative clause, or a
    subordinate clause opening the sentence stop the search (see _MAX_SUBJECT_WORDS)."""
    words = PLAIN_WORD.findall(QUOTED.sub(" ", sentence))
    for position, word in enumerate(words[: _MAX_SUBJECT_WORDS + 1]):
        lower = word.lower()
        if lower in _PRESENT_OR_MODAL or lower in _RELATIVE or (position == 0 and lower in _SUBORDINATOR):
            return False
        if position > 0 and word[0].islower() and a_past_form(lower):
            return True
    return False


def headline_below_chrome(lines: list[Line], terminated: list[bool]) -> int:
    """The position of the page's headline when only the page's words to its reader stand above it, else -1.

    A page's chrome above its headline may end as sentences do ("The news is by your side.", "Sign up today for
    free and stay informed.", "Success! You're on the list."), but it is short and speaks to the reader. A longer
    sentence, or one that does not speak to the reader ("Ten people died."), above an unterminated line is the
    article's first paragraph above a subheading: the article has begun.
    """
    for position, line in enumerate(lines[:_MAX_LINES_ABOVE_HEADLINE]):
        if terminated[position]:
            words = word_count(line.text)
            if words > _MAX_CHROME_WORDS or not READER.search(QUOTED.sub(" ", line.text)):
                return -1
            continue
        if headline_shaped(line.text) and not is_prose(line.text, False, MAX_HEADLINE_WORDS):
            return position if any(terminated[:position]) else -1
    return -1


def _second_copy_of_headline(lines: list[Line], terminated: list[bool], copies: Counter[str]) -> int:
    """The position of the second copy of a headline the page gives twice near its top, else -1.

    A page may give its headline, then its deck or its picture's caption, then the headline again above the article
    (a share card, an accessible title). What stands between the two copies belongs to the headline, not to the
    article, when each is one sentence: a paragraph of several is the article's lede, which a page may print
    before it repeats its title.
    """
    menu = _opens_with_menu(lines, terminated)
    for position, line in enumerate(lines[:_MAX_CHROME_LINES]):
        chrome_above = menu and all(
            _is_chrome(other.text, ends) for other, ends in zip(lines[:position], terminated, strict=False)
        )
        if position >= _MAX_LINES_ABOVE_HEADLINE and not chrome_above:
            return -1
        if terminated[position] or not headline_shaped(line.text) or is_prose(line.text, False, MAX_HEADLINE_WORDS):
            continue
        # The page's first headline-like line is its headline; only its own copy counts, unless the page opens with
        # its menu and only chrome (menus, the publisher's notice) stands above: a menu's entry may look like one.
        key = copy_key(line.text)
        if copies[key] < 2:
            if chrome_above:
                continue
            return -1
        for other in range(position + 1, min(len(lines), position + _MAX_LINES_BETWEEN_HEADLINES + 2)):
            if copy_key(lines[other].text) == key:
                return other
            if lines[other].last > lines[other].first:
                return -1
        return -1
    return -1


def _opens_with_menu(lines: list[Line], terminated: list[bool]) -> bool:
    """Whether a page opens with its menu: a run of entries of one to three words that end as no sentence does
    ("NEWS", "LIFESTYLE", "FUNNY", ...). An article's page opens with its headline, a section's name or a date."""
    opening = lines[:_MIN_MENU_ENTRIES]
    return len(opening) == _MIN_MENU_ENTRIES and all(
        not ends and word_count(line.text) <= _MAX_MENU_ENTRY_WORDS
        for line, ends in zip(opening, terminated, strict=False)
    )


def _is_chrome(text: str, terminated: bool) -> bool:
    """Whether a line above the headline may be the page's chrome: a line that ends as no sentence does, a few
    words, or furniture by its patterns (the publisher's copyright); a paragraph of prose is the article begun."""
    return not terminated or word_count(text) <= _MAX_CHROME_WORDS or is_furniture(text)


def wrapped_tails(lines: list[Line], terminated: list[bool]) -> set[int]:
    """The positions of the lines that finish the short line above them: a few words opening in lower case below a
    few words that end as no sentence does ("GOOD Worldwide Inc. publishing" then "family."), a menu's or a notice's
    text broken by the page. Such a tail is whatever its line is, never the article's first paragraph; a paragraph
    broken by the extraction has lines longer than a menu's."""
    return {
        position
        for position in range(1, len(lines))
        if _LOWER_START.match(lines[position].text)
        and word_count(lines[position].text) <= _MAX_CHROME_WORDS
        and not terminated[position - 1]
        and word_count(lines[position - 1].text) <= _MAX_CHROME_WORDS
    }


def body_start(
    lines: list[Line],
    sentences: list[str],
    terminated: list[bool],
    copies: Counter[str],
    *,
    after: int = -1,
    wrapped: Container[int] = frozenset(),
) -> int:
    """The first line of the article: the one that opens with a dateline (or a paragraph of several sentences of
    prose above it, or a lede of one sentence telling an act in the past), else the first that reads as prose and
    is neither furniture by its patterns nor repeated on the page. Captions and bylines stand above it, and so does
    what stands between two copies of the headline. A dateline opens the article below at most two such lines, or
    below more when each of the others is one sentence and no headline of another article stands between.

    Args:
        lines: The page's lines.
        sentences: The page's sentences.
        terminated: Whether each line ends as a sentence does.
        copies: How many times the page gives each line of some length.
        after: The position of a headline with only the page's chrome above it: the article starts below it.
        wrapped: The positions of lines that finish the line above them (see wrapped_tails).

    Returns:
        The position of the line among the lines (their number when none is a sentence).
    """
    after = max(after, _second_copy_of_headline(lines, terminated, copies))
    candidates = _prose_lines(lines, sentences, terminated, copies, after, wrapped)
    for rank, position in enumerate(candidates[: _MAX_SHORT_LINES_ABOVE_DATELINE + 1]):
        line = lines[position]
        if rank > _MAX_LINES_ABOVE_DATELINE and _opens_next_article(lines, terminated, candidates[rank - 1], position):
            break
        if DATELINE.match(sentences[line.first]) and word_count(line.text) > MAX_BYLINE_WORDS:
            # The article has begun above its dateline when a paragraph of several sentences of prose stands there
            # (a page of several stories whose first lost its dateline), or a lede of one sentence telling an act
            # in the past: captions tell what a picture shows in the present, decks what is going on.
            begun = (
                p
                for p in candidates[:rank]
                if _is_several_sentences_of_prose(lines[p], sentences)
                or (_is_past_lede(lines[p], sentences) and not given_again_below(lines, p, position))
            )
            return next(begun, position)
        if rank >= _MAX_LINES_ABOVE_DATELINE and line.last > line.first:
            # Beyond the first lines, only single sentences (captions, a player's notes) may stand above a dateline:
            # a paragraph of several is the article itself.
            break
    return candidates[0] if candidates else len(lines)


def _prose_lines(
    lines: list[Line],
    sentences: list[str],
    terminated: list[bool],
    copies: Counter[str],
    after: int,
    wrapped: Container[int],
) -> list[int]:
    """The positions below ``after`` of the lines that may open the article: prose, no title's question, given once,
    no sentence of them furniture by its patterns, and no tail of the line above (see body_start)."""
    return [
        position
        for position, line in enumerate(lines)
        if position > after
        and position not in wrapped
        and is_prose(line.text, terminated[position], MAX_HEADLINE_WORDS)
        and not (line.first == line.last and is_title_question(line.text))
        and copies[copy_key(line.text)] < 2
        and not any(is_furniture(sentences[i]) for i in range(line.first, line.last + 1))
    ]


def _opens_next_article(lines: list[Line], terminated: list[bool], start: int, end: int) -> bool:
    """Whether a headline stands between two lines: on a page of several articles, a dateline below it opens the
    next one, and the short paragraphs above it are the first article's."""
    return any(not terminated[position] and headline_shaped(lines[position].text) for position in range(start + 1, end))
