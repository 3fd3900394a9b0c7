"""Links, buttons and teasers: the page pointing elsewhere.

- a page element's label before a colon ("READ: ...", "Related:", "Photo:");
- a pointer to other stories, to the full text or to embedded media ("Read more", "Watch the briefing above."),
  which speaks to the reader, so a sentence reporting speech or narrating in the past is none;
- a teaser of another story cut off by the page, a link's bare text below it, a list of links after a label;
- buttons ("Share on Facebook"), in capitals too ("LIKE US ON FACEBOOK."), a widget's state ("Loading\u2026"), a list
  of tags.
"""

from __future__ import annotations

import itertools
import re

from ._lines import FURNITURE, LOWER_ASCII, QUOTED, WORD, Line, set_role, word_count

__all__ = [
    "BUTTON",
    "CUT_COPY",
    "CUT_OFF",
    "ELLIPSIS_ENDS",
    "LABEL",
    "POINTER",
    "POINTER_WORDS",
    "TAG_LIST",
    "WIDGET_STATE",
    "is_excerpt",
    "is_shouted",
    "is_teaser",
    "narrates",
    "set_aside_teasers_above_links",
    "set_aside_trailing_links",
]

# Words that label page furniture when they stand before a colon at the start of a line.
_FURNITURE_LABELS = (
    r"read(?: more| also| next)?|also read|related(?: stories| articles| coverage| news)?|more|see also|watch"
    r"|listen|recommended|trending|popular|top stories|latest|up next|sponsored|advertisement|ad|promoted"
    r"|photo|photos|photograph|image|images|picture|video|graphic|(?:photo |image |video )?credits?|caption"
    r"|file photo|source(?:\(s\))?|sources|via|above|below|pictured|main image"
    r"|sign up|subscribe|follow|follow us|connect(?: with us)?|join(?: us)?|share(?: this)?|donate|support us"
    r"|newsletter|download|click here|tags?|topics?|filed under|copyright"
    r"|editor'?s note|editors'? note|editorial note|note to readers"
)
LABEL = re.compile(rf"^\W*(?:{_FURNITURE_LABELS})\s*[:|\u00bb>]", re.IGNORECASE)
# A teaser cut off by the page: a word, then the ellipsis character pages cut with (writers who trail off type
# three full stops), or the bracketed ellipsis that closes a blog's excerpt ("... that looks [\u2026]"), and no
# quotation that could end so.
_MIN_TEASER_WORDS = 10
_TRUNCATED = re.compile(r"^[^\"\u201c\u201d]*\w(?:\u2026|\s*\[(?:\u2026|\.\.\.)\])$")
# How a line that the pattern above reads ends ("$" also stands before a last line break).
_TRUNCATED_ENDS = ("\u2026", "]", "\u2026\n", "]\n")
# Pointers to other stories, to the full text or to media, rather than statements about the event.
POINTER = re.compile(
    r"^\W*(?:read more|also read|read also|most read|top stories|in other news|next (?:post|article|story)"
    r"|previous (?:post|article|story)|now reading|source link|show full article)\b"
    r"|\bread more\W*$|\bclick here\b|\bin (?:their|its) entirety\W*$|\bavailable (?:here|below|on \w+ here)\b"
    r"|^\W*(?:read|view|watch|see|listen to) (?:the )?(?:full|entire|whole|complete)\b"
    # Another form of the page's own article ("Read a summary of this article on FAST.", "Listen to this story").
    r"|^[^\w\"\u201c\u2018']*(?:read|view|watch|see|listen to|hear)\b[^.\"\u201c]{0,40}\bthis (?:article|story)\b"
    # A link's text alone: "WaPo story here.", "Full interview here." ("Winter is here." names no story).
    r"|^\W*(?:[\w.'\u2019-]+\s+){0,3}(?:story|article|report|piece|interview|transcript|video|podcast|review|statement)"
    r"\s+(?:is\s+)?here\W*$"
    # A pointer to the material the page embeds above or below its text ("You will find the entire, redacted
    # contract below.", "Watch the briefing above."): an act of the reader's eyes or ears, the reader its subject or
    # none, and where on the page, last ("The river fell below" is no act of the reader's).
    r"|^[^\w\"\u201c\u2018']*(?:you (?:will|can|may|could) (?:also )?)?(?:find|read|see|view|watch|listen to|hear)"
    r"\b[^.!?\"\u201c]{0,60}\b(?<!from )(?:below|above)\W*$",
    re.IGNORECASE,
)
# Words one of which every pointer holds, alternative by alternative (see search_if_holding).
POINTER_WORDS = (
    *("read", "top stories", "in other news", "next ", "previous ", "source link", "here", "entire", "available "),
    *("full", "whole", "complete", "this article", "this story", "below", "above"),
)
# A pointer is the page speaking to its reader, in the imperative or the present; a sentence that reports speech or
# narrates in the past has a clause of its own ("The council published the report in its entirety.", "Residents who
# click here are sent to a fake site, police said."), unless it opens with the reader's act ("Read full article: ...").
_READERS_ACT = re.compile(r"^\W*(?:read|view|watch|see|listen|hear|find|click)\b", re.IGNORECASE)
_NARRATION = re.compile(
    r"\b(?:said|says|told|tells|according to|was|were|had|did)\b"
    r"|^\W*(?:the|a|an|its|their|his|her|our)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z]+ed\s+(?:the|a|an|its|their|his|her)\b",
    re.IGNORECASE,
)
# A link's bare text on a line of its own ("Read More", "…read more", "Continue reading...").
_BARE_LINK = re.compile(
    r"^\W*(?:read(?: the)?(?: full)?(?: more| story| article)?|continue reading|full story|view story)\W*$",
    re.IGNORECASE,
)
# A line cut off with an ellipsis, the words before it.
CUT_COPY = re.compile(r"^(.*\w)\s?(?:\.\.\.|\u2026)$")
# How a line that the pattern above reads ends ("$" also stands before a last line break).
ELLIPSIS_ENDS = ("...", "\u2026", "...\n", "\u2026\n")
# A teaser cut off with three full stops ("... At the Council meeting 26 Nov, the vote...").
CUT_OFF = re.compile(r"\w(?:\.\.\.|\u2026)$")
WIDGET_STATE = re.compile(r"^\W*[A-Za-z]+(?:\u2026|\.\.\.)\W*$")
# A list of tags: lower-case phrases between commas, at least four of them ("mumbai news today, mumbai weather, ...").
TAG_LIST = re.compile(r"[a-z0-9 &'/-]+(?:,[a-z0-9 &'/-]+){3,}")
# Buttons: a short line that asks the reader to act on the page ("Share on Facebook", "View Comments").
BUTTON = re.compile(
    r"^\W*(?:share|e-?mail|print|comment|tweet|pin|follow|like|subscribe|save|copy link|view comments|listen|watch)\b",
    re.IGNORECASE,
)
# The label of a list of links to other stories.
_LINKS_LABEL = re.compile(
    r"^\W*(?:related(?:\s+\w+)?|read\s+more|also\s+read|recommended(?:\s+\w+)?|popular(?:\s+\w+)?|trending"
    r"|you\s+may\s+(?:also\s+)?like|further\s+reading|more\s+(?:stories|news|from\s+\w+)|latest\s+(?:news|stories)"
    r"|top\s+stories|most\s+read)\s*:?\s*$",
    re.IGNORECASE,
)
# A link to another story is one short sentence.
_MAX_LINK_WORDS = 20


def set_aside_teasers_above_links(lines: list[Line], roles: list[str]) -> None:
    """Set aside the teasers that stand above their link (in place): a paragraph cut off in mid-sentence ("... the
    vote...") directly above a link's bare text ("Read More") is the opening of another page. Three full stops end
    a writer's trailing off too, so only the link below tells them apart; a paragraph ending as a sentence does
    above "Read more" is the article's own (a feed of whole paragraphs)."""
    for line, following in itertools.pairwise(lines):
        if CUT_OFF.search(line.text) and _BARE_LINK.match(following.text):
            set_role(line, roles, FURNITURE)


def set_aside_trailing_links(lines: list[Line], roles: list[str]) -> None:
    """Set aside the list of links a page ends with (in place): after a label such as "Related posts:", every line
    to the end is a headline of another story when each is one short sentence."""
    for position, line in enumerate(lines):
        if not _LINKS_LABEL.match(line.text):
            continue
        rest = lines[position + 1 :]
        if rest and all(other.first == other.last and word_count(other.text) <= _MAX_LINK_WORDS for other in rest):
            for other in rest:
                set_role(other, roles, FURNITURE)
            return


def is_excerpt(text: str) -> bool:
    """Whether a line closes with the bracketed ellipsis a blog's software puts after an excerpt ("... that looks
    [\u2026]"): a link's mark, wherever the line stands; writers trail off without brackets."""
    return text.rstrip().endswith("]")


def is_teaser(text: str) -> bool:
    """A teaser of another story cut off by the page in mid-sentence ("... has dismissed the…"), longer than a claim
    that trails off ("Nobody was injured…")."""
    if not text.endswith(_TRUNCATED_ENDS):
        return False
    return bool(_TRUNCATED.search(text)) and word_count(text) >= _MIN_TEASER_WORDS


def narrates(sentence: str) -> bool:
    """Whether a sentence has a clause of its own that reports speech or narrates in the past (see _NARRATION)."""
    return not _READERS_ACT.match(sentence) and bool(_NARRATION.search(QUOTED.sub(" ", sentence)))


def is_shouted(sentence: str) -> bool:
    """Whether a sentence is a button in capitals ("LIKE US ON FACEBOOK."): claims are never written so."""
    if LOWER_ASCII.search(sentence):
        return False
    letters = [c for c in sentence if c.isalpha()]
    return len(WORD.findall(sentence)) >= 2 and len(letters) >= 8 and all(c.isupper() for c in letters)
