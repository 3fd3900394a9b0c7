"""Captions and credits: what a picture shows and who took it.

- a caption by its form: who stands where ("..., left, ..."), "is pictured", "Photo of ..." with no finite verb of
  its own, "courtesy of", the wire agencies' formula ("This undated photo provided by ... shows ...");
- a picture's credit: a slash between names ("Win McNamee/Getty"), an agency's photo service, a credit after a
  dash or a bar closing the caption, a company's name with its legal form;
- a caption of a few sentences directly above its picture's credit lines.
"""

from __future__ import annotations

import re

from ._datelines import DATELINE
from ._lines import CLAIM, FURNITURE, Line, set_role, word_count

__all__ = [
    "BAR_CREDIT",
    "BRACKETED_PICTURE_CREDIT",
    "CAPTION",
    "CAPTION_WORDS",
    "CLOSING",
    "CORPORATE_CREDIT",
    "PHOTO_BY",
    "SLASH_CREDIT",
    "TRAILING_CREDIT",
    "is_caption_credit",
    "is_picture_caption",
    "is_picture_credit_end",
    "is_wire_caption",
    "set_aside_credited_captions",
]

# Captions: who stands where in the picture, what it shows, and a photographer's credit at the end.
CAPTION = re.compile(
    r", (?:left|right|center|centre|top|bottom|second (?:from )?(?:left|right))(?: to right)?,"
    r"|\b(?:is|are) pictured\b|\bphoto(?:graph)?(?: by)?\s*:|\bphoto by\b"
    r"|^\W*(?:an? )?(?:map|graphic|chart|photo|image|file photo|screenshot|aerial view)s? (?:shows?|captures?)\b"
    r"|\((?:[^()]*\b(?:photo|file|supplied|courtesy|handout)\b[^()]*)\)\W*$"
    r"|[.!?]\s*(?:photo |image |picture )?credit\s*:|\s\|\s*(?-i:[A-Z][A-Z .&/-]{1,40})$",
    re.IGNORECASE,
)
# Words one of which every caption holds, alternative by alternative (see search_if_holding).
CAPTION_WORDS = (
    *("left", "right", "center", "centre", "top", "bottom", "pictured", "photo", "show", "capture", "file"),
    *("supplied", "courtesy", "handout", "credit", "|"),
)
# A caption that names what the picture is of, short ("Photo of the suspect released by police."): a longer sentence
# that opens so is a claim about pictures ("Images of the rescue went around the world, ...").
_PICTURE_OF = re.compile(
    r"^\W*(?:an? )?(?:map|graphic|chart|photo|image|file photo|screenshot|aerial view)s? of\b", re.IGNORECASE
)
_MAX_PICTURE_OF_WORDS = 12
# A finite verb of the sentence's own: an auxiliary, a copula or a modal outside a relative clause ("A photo of the
# mayor was shared widely" states an event; "Photo of the car that was found" is still a caption's noun phrase).
_OWN_FINITE = re.compile(
    r"^(?:(?!\b(?:that|which|who|whose|where|when)\b).)*?"
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do)\b",
    re.IGNORECASE,
)
# The credit some pages print before the caption ("Elizabeth Williams\u2014AP This ... sketch shows ...").
_LEADING_CREDIT = r"(?-i:(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*\s?[\u2014/]\s?[A-Z][\w.&-]*\s+)"
_PICTURE = r"(?:photo(?:graph)?|image|picture|sketch|frame grab|still|screenshot|screen grab|handout)s?"
# Between "this" and the picture stand its date and kind ("this Wednesday, May 14, 1997 file photo"), never an
# article or a verb ("In this case, the photo ...", "This is the picture that shows ...").
_BEFORE_PICTURE = r"(?:(?!(?:the|a|an|is|was|are|were|his|her|their|its|our|my|that)\b)[\w,'\u2019.-]+\s+){0,8}?"
# The wire agencies' caption formula: "This undated photo provided by ... shows ...", "This Feb 4, 2015, file sketch
# shows ...", "In this Wednesday, May 14, 1997 file photo, ...", "FILE - In this ...". What a picture shows, who
# released it, or the picture as the frame of the sentence; a claim about a picture ("This photo went viral") has
# none of these.
_WIRE_CAPTION = re.compile(
    rf"^\W*FILE\s*[-\u2013\u2014]\s|^\W*in this\s+{_BEFORE_PICTURE}{_PICTURE}\b"
    rf"|^\W*{_LEADING_CREDIT}?this\s+{_BEFORE_PICTURE}{_PICTURE}\b[^;:!?]{{0,80}}?"
    r"\b(?:shows?|(?:provided|released|made available|distributed|obtained) by)\b",
    re.IGNORECASE,
)
# The wire caption's frame stands in its first characters ("Jane Roe\u2014AP This Feb 4, 2015, file sketch").
_WIRE_CAPTION_OPENING = 60
# What may follow a closing bracket at the end of a sentence.
CLOSING = " \t.!?\"'\u201d\u2019"
# A picture's credit in brackets closing a paragraph ("... near Greeneville. (AP Photo/Earl Neikirk)", "(Utah
# Department of Corrections, via AP)"): every sentence before it is the picture's caption.
BRACKETED_PICTURE_CREDIT = re.compile(
    r"\((?:[^()]*\bphoto\b[^()]*|[^()]*\bvia (?:AP|Reuters|AFP|EPA|Getty)\b[^()]*"
    r"|[^()]*(?-i:[A-Z]\w*\s?/\s?[A-Z])[^()]*)\)\W*$",
    re.IGNORECASE,
)
# A line that credits the picture above it alone: a photographer's and agency's names with a slash ("Jose Carlos
# Fajardo/The Associated Press"), an agency's photo service ("AP Photo", "Getty Images"), "via" an agency, or a
# credit's label ("Image credit: Jane Roe").
_PICTURE_CREDIT_LINE = re.compile(
    r"(?-i:[A-Z][\w.'\u2019-]*)\s?/\s?(?-i:[A-Z])|\b(?:photos?|images|pictures|photography)\W*$"
    r"|^\W*(?:(?:photo|image|picture)s?\s+)?(?:credit|by)\s*:"
    r"|\bvia (?:AP|Reuters|AFP|EPA|Getty)\b",
    re.IGNORECASE,
)
_MAX_CREDIT_LINE_WORDS = 8
# A caption above its credit line holds a few sentences at most.
_MAX_CREDITED_CAPTION_SENTENCES = 4
# A picture's credit "courtesy of" whoever supplied it, as a line of its own ("Photos courtesy of the fire
# department."); a longer sentence goes on to say something.
_COURTESY = re.compile(
    r"^\W*(?:(?:photos?|images?|pictures?|video|footage)\s+(?:are\s+|is\s+)?)?courtesy\s+(?:of\b|(?-i:[A-Z]))",
    re.IGNORECASE,
)
_MAX_COURTESY_WORDS = 12
# A caption's credit after a bar closing its line ("... fled the scene | Google Maps", "... the collision. | PA").
BAR_CREDIT = re.compile(r"\S\s+\|\s*(?:[A-Z][\w.&'\u2019-]*\s?){1,4}$")
# A picture's credit after a dash closing its caption ("... assess the damage - Getty Images", "- PA Pictures").
_PICTURE_CREDIT_END = re.compile(
    r"\s[-\u2013\u2014]\s*(?:[A-Z][\w.&'-]*\s+){0,3}(?:Images|Photos?|Pictures|Pics?|Photography)\W*$"
)
# What every such credit holds ("Pic" for "Pictures" and "Pics"), case and all.
_PICTURE_CREDIT_END_WORDS = ("Images", "Photo", "Pic")
# A line that is only a company's name with its legal form ("NBCUniversal, Inc."): a credit, never a claim.
CORPORATE_CREDIT = re.compile(
    r"^\W*[A-Z][\w&.'\u2019-]*(?:\s+[A-Z&][\w&.'\u2019-]*){0,4},?\s+(?:Inc|Ltd|LLC|Corp|Co|PLC|GmbH|AG|S\.A)\.?\W*$"
)
PHOTO_BY = re.compile(r"\bphoto(?:graph)?(?: by)?\s*:|\bphoto by\b", re.IGNORECASE)
# A photographer's credit closing a caption ("... Mahmud Hams/AFP/Getty Images"), but not "and/or" or "3/4"; and a
# picture agency's caption, which opens with a place and a date in capitals ("ATLANTIC BEACH, NC - SEPTEMBER 12:").
_CAPTION_CREDIT = re.compile(
    r"\b(?!and/or\b)[A-Z][\w.-]*\s?/\s?[A-Z][\w.-]*(?:\s?/\s?[\w. -]+)*\)?\s*$"
    r"|^[A-Z][A-Z .,'-]+ [-\u2013\u2014] [A-Z]{3,} \d{1,2}:"
)
# Names that credit a picture or a source: "Win McNamee/Getty", "EFREM LUKATSKY/AP PHOTO", "/ Getty Images".
SLASH_CREDIT = re.compile(r"\w\s?/\s?\w|^\W*/")
# A credit closing a caption: the photographer and agency in brackets or after "Credit:".
TRAILING_CREDIT = re.compile(r"\s*(?:\([^()]*/[^()]*\)|(?:photo |image )?credit\s*:.*)$", re.IGNORECASE)


def set_aside_credited_captions(
    lines: list[Line], sentences: list[str], terminated: list[bool], roles: list[str]
) -> None:
    """Set aside the captions that stand above their picture's credit line (in place).

    A gallery gives each picture a caption, then its credit on a line or two of their own ("Noah Berger", "AP
    Photo"; "Jose Carlos Fajardo/The Associated Press"). A paragraph of a few sentences directly above such lines is
    the caption, whatever its words; the article's dateline paragraph never is.
    """
    for position, line in enumerate(lines[:-1]):
        if CLAIM not in roles[line.first : line.last + 1] or line.last - line.first >= _MAX_CREDITED_CAPTION_SENTENCES:
            continue
        if DATELINE.match(sentences[line.first]):
            continue
        following = []
        for other, ends in zip(
            lines[position + 1 : position + 3], terminated[position + 1 : position + 3], strict=True
        ):
            if word_count(other.text) > _MAX_CREDIT_LINE_WORDS or ends:
                break
            following.append(other)
        if any(_PICTURE_CREDIT_LINE.search(other.text) for other in following):
            set_role(line, roles, FURNITURE)
            if position and lines[position - 1].text == line.text:
                # The caption given twice, as the picture's text and as its caption ("Highway 1." twice).
                set_role(lines[position - 1], roles, FURNITURE)


def is_caption_credit(sentence: str) -> bool:
    # A photographer's credit holds a slash, a picture agency's caption a colon.
    return ("/" in sentence or ":" in sentence) and _CAPTION_CREDIT.search(sentence) is not None


def is_picture_credit_end(sentence: str) -> bool:
    return any(word in sentence for word in _PICTURE_CREDIT_END_WORDS) and bool(_PICTURE_CREDIT_END.search(sentence))


def is_wire_caption(sentence: str) -> bool:
    # Most sentences hold neither "this" nor "FILE" near their start, and the pattern costs more than the look.
    opening = sentence[:_WIRE_CAPTION_OPENING].lower()
    return ("this" in opening or "file" in opening) and bool(_WIRE_CAPTION.match(sentence))


def is_picture_caption(sentence: str) -> bool:
    """Whether a sentence is a picture's caption or credit by its form: the wire agencies' formula, a short "Photo
    of ...", a short "courtesy of" credit."""
    if is_wire_caption(sentence):
        return True
    if _PICTURE_OF.match(sentence):
        return word_count(sentence) <= _MAX_PICTURE_OF_WORDS and not _OWN_FINITE.search(sentence)
    return bool(_COURTESY.match(sentence)) and word_count(sentence) <= _MAX_COURTESY_WORDS
