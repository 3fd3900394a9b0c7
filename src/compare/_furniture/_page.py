"""Reading a page: each sentence's part, from its own patterns, its line's form and its place on the page.

The stage runs the classes in order: a sentence's patterns (``_sentences``), then the page's lines (teasers, notes,
promotions, sign-offs, the article's start, headlines, subheadings, captions above credits, story cards, trailing
links, the comment section, the footer, repeated prompts), then a copy both reports of one outlet share, and last
the datelines of the claims that remain.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ._appeals import is_appeal, set_aside_comment_section
from ._asides import is_sign_off, is_transition, opens_promotion
from ._bylines import set_aside_self_descriptions
from ._captions import BAR_CREDIT, set_aside_credited_captions
from ._datelines import find_datelines
from ._headlines import (
    FIGURE_ENTRY,
    MAX_HEADLINE_WORDS,
    MAX_LABEL_WORDS,
    MAX_UNTERMINATED_WORDS,
    headline_shaped,
    is_prose,
    line_role,
)
from ._lines import (
    CLAIM,
    FURNITURE,
    HEADLINE,
    LOWER_ASCII,
    SUBHEADING,
    Line,
    Part,
    is_terminated,
    set_role,
    split_lines,
    word_count,
)
from ._links import (
    CUT_OFF,
    WIDGET_STATE,
    is_excerpt,
    is_shouted,
    is_teaser,
    set_aside_teasers_above_links,
    set_aside_trailing_links,
)
from ._notes import is_editors_note
from ._repeats import MIN_REPEATED_WORDS, copy_key, set_aside_cut_copies, set_aside_repeated_prompts
from ._sentences import is_furniture, spreads
from ._start import beside_prose, body_start, headline_below_chrome, wrapped_tails

__all__ = ["find_furniture"]

# A broadcast promotion's paragraph: the announcement, who the guest is, what they will be asked.
_MAX_PROMOTION_SENTENCES = 4
# A video's caption has its sign-off and at most a sentence or two before it.
_MAX_SIGNED_CAPTION_SENTENCES = 3
# A page's footer: this many short unterminated lines after the article's last sentence.
_MIN_FOOTER_LINES = 3
# A list whose entries finish the sentence of the line above them: the entries open with a verb in the past, and
# their subject is that line ("In other business, the board:" then "Approved adding two coaching positions ...").
_SUBJECTLESS_ENTRY = re.compile(r"^\W*[A-Z][a-z]+ed\s+[a-z]")
# A page has a headline and an article: a text of one line is a bare claim.
_MIN_PAGE_LINES = 2


def find_furniture(
    text: str,
    spans: Sequence[tuple[int, int]],
    other_sentences: Sequence[str] = (),
    *,
    same_outlet: bool = False,
    page: bool = True,
) -> tuple[Part, ...]:
    """Tell, for each sentence of a report, what it is on the page.

    Args:
        text: The report's text.
        spans: Its sentences, as (start, end) offsets into the text, in order.
        other_sentences: The sentences of the report it is compared with.
        same_outlet: Whether both reports come from one outlet; then a sentence both carry word for word is
            furniture of that outlet's pages (a tagline, a credit line), not a shared claim.
        page: Whether the text is a page whose lines are its paragraphs. Sentences given one by one carry no
            lines, so only the patterns of a sentence tell furniture there, and a dateline only opens the first.

    Returns:
        One part per sentence.
    """
    sentences = [text[start:end] for start, end in spans]
    roles = [FURNITURE if is_furniture(sentence) else CLAIM for sentence in sentences]
    if not spans:
        return ()
    if page:
        lines = split_lines(text, spans)
        _keep_shouted_warnings(lines, sentences, roles)
        _read_lines(lines, sentences, roles)
    else:
        lines = [Line(0, len(spans) - 1, text)]
    if same_outlet:
        repeated = set(sentences) & set(other_sentences)
        roles = [FURNITURE if sentence in repeated else role for sentence, role in zip(sentences, roles, strict=True)]
    datelines = find_datelines(lines, sentences, roles)
    return tuple(Part(role, datelines.get(index)) for index, role in enumerate(roles))


def _keep_shouted_warnings(lines: list[Line], sentences: list[str], roles: list[str]) -> None:
    """Keep as claims the sentences in capitals that open a paragraph going on in prose (in place).

    A button in capitals ("LIKE US ON FACEBOOK.") is a line of its own, or shares it with other buttons and
    appeals; a warning shouted at the head of a paragraph ("DO NOT DRIVE IN FLOODED ROADS! If you can't see the
    lines on the road, the water is too deep.") is the paragraph's own emphasis, and the prose after it, which no
    pattern of furniture reads, says so.
    """
    for line in lines:
        if line.last == line.first or not is_shouted(sentences[line.first]):
            continue
        rest = range(line.first + 1, line.last + 1)
        if all(LOWER_ASCII.search(sentences[i]) and not is_furniture(sentences[i]) for i in rest):
            roles[line.first] = CLAIM


def _read_lines(lines: list[Line], sentences: list[str], roles: list[str]) -> None:
    """Set the role of each line's sentences from the line's form and place on the page (in place)."""
    if len(lines) < _MIN_PAGE_LINES:
        # One line is no page: only patterns tell.
        return
    _set_aside_by_own_form(lines, sentences, roles)
    terminated = [is_terminated(line.text) for line in lines]
    if all(terminated):
        # Lines that all end as sentences do (a list of claims) are no page either; but an appeal still takes its
        # line ("Support Independent Journalism. Donate Today!").
        for line in lines:
            if any(is_appeal(sentences[i]) for i in range(line.first, line.last + 1)):
                set_role(line, roles, FURNITURE)
        return
    copies = Counter(copy_key(line.text) for line in lines if word_count(line.text) >= MIN_REPEATED_WORDS)
    headline_below = headline_below_chrome(lines, terminated)
    wrapped = wrapped_tails(lines, terminated)
    body = body_start(lines, sentences, terminated, copies, after=headline_below, wrapped=wrapped)
    _set_roles_by_place(lines, sentences, terminated, copies, body, wrapped, roles)
    set_aside_credited_captions(lines, sentences, terminated, roles)
    _set_aside_story_cards(lines, terminated, roles)
    set_aside_teasers_above_links(lines, roles)
    set_aside_trailing_links(lines, roles)
    set_aside_comment_section(lines, terminated, roles, after=body)
    _set_aside_footer(lines, terminated, roles, after=body)
    set_aside_repeated_prompts(lines, roles)


def _set_aside_by_own_form(lines: list[Line], sentences: list[str], roles: list[str]) -> None:
    """Set aside the lines that are furniture by their own form, wherever they stand (in place): teasers, notes,
    promotions, widgets' states, captions closed by a credit, cut copies, self-descriptions, sign-offs and
    transitions."""
    for position, line in enumerate(lines):
        if (
            (is_teaser(line.text) and (is_excerpt(line.text) or not beside_prose(lines, sentences, position)))
            or is_editors_note(sentences[line.first])
            or (line.last - line.first < _MAX_PROMOTION_SENTENCES and opens_promotion(sentences[line.first]))
            or WIDGET_STATE.match(line.text)
            or ("|" in line.text and BAR_CREDIT.search(line.text))
        ):
            # A paragraph the page cut off in mid-sentence is a teaser of another story, even on a page whose lines
            # all end as sentences do; a note that opens its paragraph runs through it ("CORRECTION: ... The correct
            # name is ..."), and so does a broadcast promotion (its guest, what they will be asked); one word
            # trailing off is a widget's state ("Processing…"), never a paragraph; a line closed
            # by a credit after a bar is a caption ("... fled the scene | Google Maps").
            set_role(line, roles, FURNITURE)
    set_aside_cut_copies(lines, roles)
    set_aside_self_descriptions(lines, sentences, roles)
    for line in lines:
        if line.last - line.first < _MAX_SIGNED_CAPTION_SENTENCES and is_sign_off(sentences[line.last]):
            # A video's caption ends with its reporter's sign-off ("... react to the result. Jane Roe reports.").
            set_role(line, roles, FURNITURE)
        elif line.first == line.last and is_transition(sentences[line.first]):
            # A paragraph that only presents the list, quotation or pictures that follow it.
            set_role(line, roles, FURNITURE)


def _set_roles_by_place(
    lines: list[Line],
    sentences: list[str],
    terminated: list[bool],
    copies: Counter[str],
    body: int,
    wrapped: set[int],
    roles: list[str],
) -> None:
    """Set the role of each line's sentences by its form and its place against the article's first line ``body``
    (in place): a headline, what stands above the article, a copy of a line given before it, the tail of a line."""
    headline = ""
    seen: set[str] = set()
    for position, line in enumerate(lines):
        role = line_role(line, terminated[position], before_body=position < body, has_headline=bool(headline))
        if role == FURNITURE and line.text.endswith(":") and _completed_by_list(lines, position):
            role = CLAIM
        if role == HEADLINE:
            headline = headline or line.text
        elif line.text == headline:
            role = HEADLINE
        if role == CLAIM and any(spreads(sentences[i]) for i in range(line.first, line.last + 1)):
            # An appeal or a caption that spans sentences ("We need reporters. Your donation allows us ...").
            role = FURNITURE
        if role == CLAIM and (position < body or copy_key(line.text) in seen):
            # Above the article, or a copy of a line the page already gave: a caption, a teaser, a pasted twin.
            role = FURNITURE
        if copies[copy_key(line.text)] > 1 and (position >= body or not is_prose(line.text, False, MAX_HEADLINE_WORDS)):
            # A deck or summary longer than any headline, above the article, is the page's preview of one of the
            # article's paragraphs: the article's own copy is a claim. A caption or a headline given again is not.
            seen.add(copy_key(line.text))
        if position in wrapped and roles[lines[position - 1].last] == FURNITURE:
            role = FURNITURE
        if role != CLAIM:
            set_role(line, roles, role)


def _completed_by_list(lines: list[Line], position: int) -> bool:
    """Whether the line at ``position`` is the subject of the list below it, whose entries open with their verb."""
    return position + 1 < len(lines) and bool(_SUBJECTLESS_ENTRY.match(lines[position + 1].text))


def _set_aside_footer(lines: list[Line], terminated: list[bool], roles: list[str], *, after: int) -> None:
    """Set aside the footer a page ends with (in place): after the article's last sentence, a run of lines that
    none ends as a sentence does (one sentence each, no longer than a claim cut short: a link may give its title
    twice, as its text and its picture's), at least half of them labels or furniture already and one of them
    furniture (the copyright, a sponsored slot), is the page's footer, and so are its other lines: the headlines of
    other stories it links to ("Four Courts judge emphasises role of media ..."), its buttons ("Add the site to
    your home screen"). A run of headings with no furniture, or of a fact sheet's entries, is left as it is."""
    start = len(lines)
    while (
        start - 1 > after
        and not terminated[start - 1]
        and lines[start - 1].first == lines[start - 1].last
        and word_count(lines[start - 1].text) <= MAX_UNTERMINATED_WORDS
        and not FIGURE_ENTRY.match(lines[start - 1].text)
    ):
        start -= 1
    run = lines[start:]
    kept = sum(roles[line.first] == CLAIM for line in run)
    if len(run) >= _MIN_FOOTER_LINES and kept * 2 <= len(run) and any(roles[line.first] == FURNITURE for line in run):
        for line in run:
            set_role(line, roles, FURNITURE)


def _set_aside_story_cards(lines: list[Line], terminated: list[bool], roles: list[str]) -> None:
    """Set aside the cards of other stories that a link's label opens (in place): below a short label set aside or
    read as a heading ("Next Story", "Previous Story", "Related"), a title that ends as no sentence does, then its
    paragraph cut off in mid-sentence ("... on Late Night With Seth..."), are another page's. A paragraph that
    trails off directly below a subheading of the article has no title between them, and stays."""
    for position in range(2, len(lines)):
        label, title, teaser = lines[position - 2 : position + 1]
        if (
            roles[label.first] in (FURNITURE, SUBHEADING)
            and not terminated[position - 2]
            and word_count(label.text) <= MAX_LABEL_WORDS
            and not terminated[position - 1]
            and title.first == title.last
            and headline_shaped(title.text)
            and CUT_OFF.search(teaser.text)
        ):
            set_role(title, roles, FURNITURE)
            set_role(teaser, roles, FURNITURE)
