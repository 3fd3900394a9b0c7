"""Site furniture: the parts of a news page that are not the report's claims.

A page carries, around the article, its headline and subheadings, datelines, bylines, timestamps, photo captions
and credits, editor's notes, share and follow buttons, links to other stories, appeals to the reader and
advertisements. These rules look at the form of a line, never at the wording of particular outlets:

- whether a line ends as a sentence does: headlines, bylines, timestamps, credits, buttons and links are lines
  without a full stop, so on a page whose lines mostly end in one, a line without it is not a claim;
- where a line stands: the headline is the first such line above the article, a subheading stands between its
  paragraphs, and what stands above a dateline paragraph (captions, bylines) is not yet the article;
- patterns of form: a page-element label before a colon, a slash between names ("Win McNamee/Getty"), a date and
  time alone, "By" and a name, an appeal that speaks to the reader about the outlet, a note in brackets;
- repetition: a line the page carries twice (a repeated caption), or that two reports of one outlet share.

Each rule is narrowed by structure so that claims of like form stay (issue 19; tests/test_furniture_claims_kept.py
and test_furniture_narrowed.py): a teaser cut off by the page stands among links, titles and labels (or closes
with a blog's bracketed ellipsis), where a claim trailing off has prose of the article beside it; a picture's
"Photo of ..." caption has no finite verb of its own; an earlier version "of this" is of the page's own story;
another story's card has a headline for its title; a paragraph of several sentences of prose above a dateline, or
one sentence whose own clause tells an act in the past, is the article already begun (captions tell what a picture
shows, decks what is going on, in the present); the article's own copy of a deck previewed above it is a claim; a
pointer to other material speaks to the reader, so a sentence reporting speech or narrating in the past is none
(tests/test_furniture_article_start.py for the article's start).

A dateline ("KYIV, Ukraine (AP) —") is no sentence of its own: the sentence it opens stays a claim, and the
dateline's span is recorded so that its words are never read as a claim's words.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Container, Sequence
from typing import NamedTuple

from compare._furniture._asides import (
    is_aside,
    is_sign_off,
    is_transition,
    opens_promotion,
    person_of_self_description,
)
from compare._text._verbs import a_past_form

__all__ = ["CLAIM", "FURNITURE", "HEADLINE", "ROLES", "SUBHEADING", "Part", "find_furniture", "is_terminated"]

CLAIM = "claim"
HEADLINE = "headline"
SUBHEADING = "subheading"
FURNITURE = "furniture"
ROLES = (CLAIM, HEADLINE, SUBHEADING, FURNITURE)


class Part(NamedTuple):
    """What a sentence is on its page.

    Args:
        role: ``"claim"``, ``"headline"``, ``"subheading"`` or ``"furniture"``.
        dateline: The span of the dateline that opens a claim sentence (offsets into the sentence), or ``None``.
    """

    role: str
    dateline: tuple[int, int] | None = None


# A line ends as a sentence does: a full stop, question or exclamation mark, then closing quotes or brackets, or a
# wire credit in brackets after the full stop ("... police said. (AFP)").
_TERMINATED = re.compile(
    r"[.!?\u2026\u3002\uff01\uff1f][\s\"'\u201d\u2019\u00bb)\]]*(?:\s*[-\u2013\u2014]?\s*\([^()]{1,60}\))?\s*$"
)
_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^<>]*>", re.IGNORECASE | re.DOTALL)
# Unterminated lines this long are claims cut short by the page's extraction, not headlines or labels.
_MAX_UNTERMINATED_WORDS = 40
# A line that ends in a colon introduces what follows: a list or a quotation when it is a sentence, a label when
# it is this short.
_MAX_LABEL_WORDS = 8
# A headline has a subject and a verb; shorter lines above the article are bylines, outlets and buttons.
_MIN_HEADLINE_WORDS = 4
# A headline has at most this many words; a longer unterminated line above the article not in title case is a claim
# whose full stop the page lost.
_MAX_HEADLINE_WORDS = 20
# Title case: this share of a line's words, short function words aside, start with a capital.
_TITLE_SHARE = 0.75
_TITLE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
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
# A line the page repeats is furniture when it has this many words (a caption, a teaser), not a stock phrase.
_MIN_REPEATED_WORDS = 5
# A line that ends with a full stop (closing quotes or brackets after it), as a short claim does.
_FULL_STOP_END = re.compile(r"\.[\s\"'\u201d\u2019)\]]*$")
# Bylines and credit lines are short; a longer line that starts with "By" is a claim with a byline before it.
_MAX_BYLINE_WORDS = 10
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
# A broadcast promotion's paragraph: the announcement, who the guest is, what they will be asked.
_MAX_PROMOTION_SENTENCES = 4
_MIN_MENU_ENTRIES = 4
_MAX_MENU_ENTRY_WORDS = 3

_WORD = re.compile(r"[^\W\d_]{2,}")
# A lower-case ASCII letter: a line that holds one is not written in capitals.
_LOWER_ASCII = re.compile(r"[a-z]")
# The letters other than A-Z and a-z that a case-insensitive pattern's ASCII letter matches and that str.lower()
# does not turn into it ("\u0130" and "\u0131" for i, "\u017f" for s; Python's re, checked over every code point).
_CASE_TWINS = re.compile("[\u0130\u0131\u017f]")

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
_LABEL = re.compile(rf"^\W*(?:{_FURNITURE_LABELS})\s*[:|\u00bb>]", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\W*(?:\u00a9|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
_COPYRIGHT_WORDS = ("\u00a9", "(c)", "copyright", "all rights reserved")

# Appeals speak to the reader ("you", "your", or an imperative) about the outlet ("us", "our", "we") and ask for
# something a page asks for; the strongest asks need only the reader.
_READER = re.compile(r"\b(?:you|your|yours|please|readers)\b", re.IGNORECASE)
_READER_WORDS = ("you", "please", "readers")
_OUTLET = re.compile(r"\b(?:us|our|we)\b", re.IGNORECASE)
_ASK = re.compile(
    r"\b(?:donat\w*|contribut\w*|subscri\w*|newsletter\w*|sign up|follow|like us|share this|inbox|support"
    r"|journalism|membership|paywall|ad-?block\w*|whitelist|download our|our app|click|tap|join)\b",
    re.IGNORECASE,
)
_STRONG_ASK = re.compile(
    r"\b(?:donat\w*|subscri\w*|newsletter\w*|sign up|inbox|paywall|(?:telegram|whatsapp) channel"
    r"|terms (?:and|&) conditions|privacy policy)\b",
    re.IGNORECASE,
)
_IMPERATIVE_ASK = re.compile(
    r"^\W*(?:donate|subscribe|sign up|follow|like (?:us|our|this)\b|share|support|join|download|click|tap|get our"
    r"|stay in the know"
    r"|be part of|don'?t miss|do not miss|never miss)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\u201c[^\u201d]*(?:\u201d|$)|\"[^\"]*(?:\"|$)")
_PLEASE = re.compile(r"^\W*please\b", re.IGNORECASE)
_READER_ADDRESS = re.compile(
    r"^\W*(?:your (?:support|donation|contribution|gift)\b|thanks? (?:you )?for (?:reading|watching|visiting|your)"
    r"|you(?:'re|\u2019re| are) reading\b|want to (?:read|see|watch|know) (?:the|more)\b"
    r"|(?:got|have) an? (?:news )?(?:tip|story idea)\b"
    # A sign-up form's answer ("Success! You're on the list.").
    r"|you(?:'re|\u2019re| are) (?:now )?(?:on the list|subscribed|signed up)\b"
    r"|thanks? (?:you )?for (?:signing up|subscribing)"
    # A comment section's welcome and rules ("Welcome to the discussion.", "Please avoid obscene, vulgar ...").
    r"|welcome to the (?:discussion|conversation|comments?(?: section)?)\b"
    r"|please (?:avoid|refrain from) (?:obscene|offensive|abusive|vulgar|profane|personal attacks))",
    re.IGNORECASE,
)

# Notes of the editor about the page itself rather than the event.
# A teaser cut off by the page: a word, then the ellipsis character pages cut with (writers who trail off type
# three full stops), or the bracketed ellipsis that closes a blog's excerpt ("... that looks [\u2026]"), and no
# quotation that could end so.
_MIN_TEASER_WORDS = 10
_TRUNCATED = re.compile(r"^[^\"\u201c\u201d]*\w(?:\u2026|\s*\[(?:\u2026|\.\.\.)\])$")
# How a line that the pattern above reads ends ("$" also stands before a last line break).
_TRUNCATED_ENDS = ("\u2026", "]", "\u2026\n", "]\n")
_EDITORS_NOTE_OPENING = re.compile(
    r"\W*(?:(?:details|more) (?:later|soon|to come)\W*$|this is an? (?:breaking|developing|live)\b"
    r"|(?:correction|clarification|note)s?\s*:|the above (?:story|article|report)\b"
    r"|(?:comments?(?: threads?| section)? (?:are|is) (?:monitored|moderated|closed)|no comments yet)\b"
    # The state of the page's comment section, whatever its parts ("Both comments and trackbacks are currently
    # closed.", "Comments and pings are disabled.").
    r"|(?:both )?(?:comments|trackbacks|pingbacks|pings|replies)(?:,? and (?:comments|trackbacks|pingbacks|pings))?"
    r" (?:are|have been) (?:currently |now |temporarily )?(?:closed|disabled|turned off)\W*$"
    # The page's promise of more ("Updates will be provided as they become available.").
    r"|(?:more )?(?:updates|details|information) will be (?:provided|posted|added|released|shared|published)\b)",
    re.IGNORECASE,
)
_EDITORS_NOTE_ANYWHERE = re.compile(
    r"\beditor(?:'|\u2019)?s'? note\b|\beditorial note\b|\bdeveloping story\b|\bcheck back\b|\bmore to follow\b"
    # An earlier version of the page's own piece; "a previous version of this bill" is the event's.
    r"|\b(?:an earlier|a previous) version of this (?:story|article|report|post|page|piece|column|video)\b"
    r"|\ba version of this (?:article|story|report) appear(?:s|ed) in print\b"
    # The page's own article, or its audio, summary or transcript ("This audio is generated by an AI tool.").
    r"|\bthis (?:story|article|report|post|audio|summary|transcript|translation) (?:has been|was|is) (?:updated"
    r"|corrected|amended|generated|produced|written"
    r"|reported|edited|compiled)\b"
    r"|\b(?:generated|written|produced) (?:by|with|using) (?:ai|artificial intelligence)\b"
    r"|\bfeature is (?:currently )?unavailable\b|\b(?:not accepting|closed for) comments\b"
    r"|\bwelcome (?:everyone |back )?to (?:our|the) live\b|\(all times local\)"
    r"|\bthis (?:story|article|report|post|page) will be updated\b"
    # Where the page's own piece was first carried ("This segment originally aired Nov. 18, 2016, on ...", "This
    # article first appeared in The Conversation.", "This story was originally published by ProPublica.").
    r"|\bthis (?:segment|story|article|report|interview|episode|piece|post|column|essay|video|op-ed)"
    r" (?:was |has )?(?:originally|first) (?:aired|appeared|ran|published|broadcast|posted|been published)\b",
    re.IGNORECASE,
)
# Words one of which every note found anywhere in a sentence holds: most sentences hold none, and looking for them
# costs a fraction of the pattern's search.
_EDITORS_NOTE_WORDS = (
    *("note", "developing story", "check back", "to follow", "version of this", "this story", "this article"),
    *("this report", "this post", " ai", "artificial", "unavailable", "comments", "welcome", "times local"),
    *("will be updated", "this audio", "this summary", "this transcript", "this translation"),
    *("this segment", "this interview", "this episode", "this piece", "this column", "this essay", "this video"),
    *("this op-ed",),
)
# Pointers to other stories, to the full text or to media, rather than statements about the event.
_POINTER = re.compile(
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
# Words one of which every pointer holds, alternative by alternative (see _search).
_POINTER_WORDS = (
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
# Bylines: a credit line that names who wrote, edited or posted the report.
_BYLINE = re.compile(
    r"^\W*(?:by|(?:additional |written |writing |reporting |edited |editing |posted |published |compiled |issued "
    r"|released )by)\s|^\W*from [A-Z][\w.-]*(?:'|\u2019)s\s",
    re.IGNORECASE,
)
# A line wholly in brackets that credits the report ("(Reporting by ...)", "(with inputs from agencies)").
_BRACKETED_CREDIT = re.compile(
    r"^\W*[(\[]\s*(?:(?:additional )?reporting|writing|editing|edited|compiled|with|source|photo|file|inputs?)\b",
    re.IGNORECASE,
)
_CORRESPONDENT = re.compile(r"\b(?:correspondent|reporter|editor)\b.*\breports? from\b", re.IGNORECASE)
_CORRESPONDENT_WORDS = ("report from", "reports from")
# Captions: who stands where in the picture, what it shows, and a photographer's credit at the end.
_CAPTION = re.compile(
    r", (?:left|right|center|centre|top|bottom|second (?:from )?(?:left|right))(?: to right)?,"
    r"|\b(?:is|are) pictured\b|\bphoto(?:graph)?(?: by)?\s*:|\bphoto by\b"
    r"|^\W*(?:an? )?(?:map|graphic|chart|photo|image|file photo|screenshot|aerial view)s? (?:shows?|captures?)\b"
    r"|\((?:[^()]*\b(?:photo|file|supplied|courtesy|handout)\b[^()]*)\)\W*$"
    r"|[.!?]\s*(?:photo |image |picture )?credit\s*:|\s\|\s*(?-i:[A-Z][A-Z .&/-]{1,40})$",
    re.IGNORECASE,
)
# Words one of which every caption holds, alternative by alternative (see _search).
_CAPTION_WORDS = (
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
_CLOSING = " \t.!?\"'\u201d\u2019"
# A picture's credit in brackets closing a paragraph ("... near Greeneville. (AP Photo/Earl Neikirk)", "(Utah
# Department of Corrections, via AP)"): every sentence before it is the picture's caption.
_BRACKETED_PICTURE_CREDIT = re.compile(
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
# What a web page's forms say to the reader: a comment form ("Please enter your comment!", "Your comment data is
# processed"), a site's notice about itself ("This site uses Akismet to reduce spam."), a widget's state ("Loading…").
_FORM = re.compile(
    r"^\W*please (?:enter|type|fill in|provide) (?:your|a valid) (?:comment|name|e-?mail|password|username|message"
    r"|search|details)\b"
    r"|\byour comment (?:data|is awaiting|will be (?:published|moderated|reviewed))\b"
    r"|\bthis (?:web)?site uses\b.*\b(?:cookies?|spam|comments?|akismet)\b",
    re.IGNORECASE,
)
# Words one of which every form's text holds.
_FORM_WORDS = ("please", "your comment", "site uses")
# A caption's credit after a bar closing its line ("... fled the scene | Google Maps", "... the collision. | PA").
_BAR_CREDIT = re.compile(r"\S\s+\|\s*(?:[A-Z][\w.&'\u2019-]*\s?){1,4}$")
# A link's bare text on a line of its own ("Read More", "…read more", "Continue reading...").
_BARE_LINK = re.compile(
    r"^\W*(?:read(?: the)?(?: full)?(?: more| story| article)?|continue reading|full story|view story)\W*$",
    re.IGNORECASE,
)
# A line cut off with an ellipsis, the words before it.
_CUT_COPY = re.compile(r"^(.*\w)\s?(?:\.\.\.|\u2026)$")
# How a line that the pattern above reads ends ("$" also stands before a last line break).
_ELLIPSIS_ENDS = ("...", "\u2026", "...\n", "\u2026\n")
# A teaser cut off with three full stops ("... At the Council meeting 26 Nov, the vote...").
_CUT_OFF = re.compile(r"\w(?:\.\.\.|\u2026)$")
# A line that opens in lower case: the rest of the line above it.
_LOWER_START = re.compile(r"^[^\w\"\u201c\u2018']*[a-z]")
_WIDGET_STATE = re.compile(r"^\W*[A-Za-z]+(?:\u2026|\.\.\.)\W*$")
# A picture's credit after a dash closing its caption ("... assess the damage - Getty Images", "- PA Pictures").
_PICTURE_CREDIT_END = re.compile(
    r"\s[-\u2013\u2014]\s*(?:[A-Z][\w.&'-]*\s+){0,3}(?:Images|Photos?|Pictures|Pics?|Photography)\W*$"
)
# What every such credit holds ("Pic" for "Pictures" and "Pics"), case and all.
_PICTURE_CREDIT_END_WORDS = ("Images", "Photo", "Pic")
# A list of tags: lower-case phrases between commas, at least four of them ("mumbai news today, mumbai weather, ...").
_TAG_LIST = re.compile(r"[a-z0-9 &'/-]+(?:,[a-z0-9 &'/-]+){3,}")
# A line that is only a company's name with its legal form ("NBCUniversal, Inc."): a credit, never a claim.
_CORPORATE_CREDIT = re.compile(
    r"^\W*[A-Z][\w&.'\u2019-]*(?:\s+[A-Z&][\w&.'\u2019-]*){0,4},?\s+(?:Inc|Ltd|LLC|Corp|Co|PLC|GmbH|AG|S\.A)\.?\W*$"
)
_PHOTO_BY = re.compile(r"\bphoto(?:graph)?(?: by)?\s*:|\bphoto by\b", re.IGNORECASE)
# A photographer's credit closing a caption ("... Mahmud Hams/AFP/Getty Images"), but not "and/or" or "3/4"; and a
# picture agency's caption, which opens with a place and a date in capitals ("ATLANTIC BEACH, NC - SEPTEMBER 12:").
_CAPTION_CREDIT = re.compile(
    r"\b(?!and/or\b)[A-Z][\w.-]*\s?/\s?[A-Z][\w.-]*(?:\s?/\s?[\w. -]+)*\)?\s*$"
    r"|^[A-Z][A-Z .,'-]+ [-\u2013\u2014] [A-Z]{3,} \d{1,2}:"
)
# Dates and times alone on a line are the page's timestamps.
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# "By" as a preposition of time opening a sentence whose clause follows the comma ("By Monday night, 113 were
# confirmed dead.", "By then, rescuers had reached the village."): a claim, not a byline. The time is a word of the
# closed class of times (a weekday, a month, a part of the day, a deictic, "the end of ...", a numeral); a byline's
# comma is followed by a role or an outlet, and a month that is a given name ("By April Rubin") has no clause after it.
_BY_A_TIME = re.compile(
    r"^\W*by\s+(?:(?:late|early|mid|the|this|next|last|that)[\s-]+)*"
    # Weekdays and months are also given names ("By Sunday Okafor, staff writer"): a surname may not follow.
    rf"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTH})(?!\w)(?!\s+(?-i:[A-Z]))"
    r"|weekend|morning|afternoon|evening|night|tonight|noon|midday|midnight|dawn|dusk|daybreak|nightfall|sunset"
    r"|sunrise|then|now|today|tomorrow|yesterday|end|time|close|start|middle|week|month|year|hour|\d)"
    r"[^,]*,\s+(?:[a-z]|\d)",
    re.IGNORECASE,
)
_TIMESTAMP = re.compile(
    rf"\b{_MONTH}\s?\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}|\b\d{{1,2}}:\d{{2}}\b"
    r"|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago\b",
    re.IGNORECASE,
)
_TIMESTAMP_LABEL = re.compile(r"^\W*(?:posted|updated|published|created|last updated|modified)\b", re.IGNORECASE)
# A timestamp's label and nothing but a date and a time ("Updated 3:45 p.m.", "Posted on March 3, 2024 at 9:12
# am"): furniture wherever it stands, though "p.m." ends it with a full stop ("Updated figures showed ..." has words
# of its own).
_TIME_WORD = (
    rf"(?:\d{{1,4}}(?:[:/.-]\d{{1,4}})*(?:st|nd|rd|th)?|[ap]\.?m\.?|{_MONTH}"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|on|at|(?-i:[A-Z]{2,4}))"
)
_TIMESTAMP_SENTENCE = re.compile(
    rf"^\W*(?:posted|updated|published|last updated|modified)\s*:?(?:[\s,|]+{_TIME_WORD})+[\s.]*$", re.IGNORECASE
)
# A date in a longer unterminated line is part of a headline ("Morning briefing: top stories on May 11, 2024").
_MAX_TIMESTAMP_WORDS = 11
# Buttons: a short line that asks the reader to act on the page ("Share on Facebook", "View Comments").
_BUTTON = re.compile(
    r"^\W*(?:share|e-?mail|print|comment|tweet|pin|follow|like|subscribe|save|copy link|view comments|listen|watch)\b",
    re.IGNORECASE,
)
# Names that credit a picture or a source: "Win McNamee/Getty", "EFREM LUKATSKY/AP PHOTO", "/ Getty Images".
_SLASH_CREDIT = re.compile(r"\w\s?/\s?\w|^\W*/")

# Datelines open the first paragraph of a report: a place in capitals with its region and a date, an agency in
# brackets, then a dash; or a place and a colon; or an agency alone in brackets.
# Capitals with their accented forms ("BOGOTÁ", "SÃO PAULO", "ZÜRICH").
_CAPITAL = r"A-Z\u00c0-\u00d6\u00d8-\u00de"
_UPPER = rf"[{_CAPITAL}][{_CAPITAL}'\u2019.&-]{{2,}}"
_CAPITALISED = r"[A-Z][\w'\u2019.&-]*"
_PLACE = rf"{_UPPER}(?:[ /]+{_UPPER}|\s[A-Z]\.[A-Z]\.)*"
_REGION = rf"(?:,\s*{_CAPITALISED}(?:\s{_CAPITALISED}){{0,2}})"
_DAY = rf"(?:{_MONTH}\s\d{{1,2}}\b)"
_AGENCY = r"(?:\s*\([^()]{1,40}\))"
_DASH = r"(?:\s*(?:\u2014|\u2013|\u2012|--|\u2022)\s*|\s+-\s*|(?<=\))\s*-\s*)"
_DATELINE = re.compile(
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
# A credit closing a caption: the photographer and agency in brackets or after "Credit:".
_TRAILING_CREDIT = re.compile(r"\s*(?:\([^()]*/[^()]*\)|(?:photo |image )?credit\s*:.*)$", re.IGNORECASE)
# A video's caption has its sign-off and at most a sentence or two before it.
_MAX_SIGNED_CAPTION_SENTENCES = 3
# The label of a list of links to other stories.
_LINKS_LABEL = re.compile(
    r"^\W*(?:related(?:\s+\w+)?|read\s+more|also\s+read|recommended(?:\s+\w+)?|popular(?:\s+\w+)?|trending"
    r"|you\s+may\s+(?:also\s+)?like|further\s+reading|more\s+(?:stories|news|from\s+\w+)|latest\s+(?:news|stories)"
    r"|top\s+stories|most\s+read)\s*:?\s*$",
    re.IGNORECASE,
)
# A link to another story is one short sentence.
_MAX_LINK_WORDS = 20
# A page's footer: this many short unterminated lines after the article's last sentence.
_MIN_FOOTER_LINES = 3
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
_FIGURE_ENTRY = re.compile(
    r"^[A-Z0-9][\w'\u2019()/ -]{0,40}:\s+(?:[^\s|]+\s+){0,7}?"
    r"(?:[$\u00a3\u20ac]\s?\d[\d.,]*(?:\s?(?:million|billion|thousand))?|\d[\d.,]*\s?(?:%|percent)|[\u2013\u2014-]\s?\d+)\W*$"
    r"|^[-\u2022*]\s+[A-Z0-9][\w'\u2019()/ -]{0,40}:\s+\S"
)

# A list whose entries finish the sentence of the line above them: the entries open with a verb in the past, and
# their subject is that line ("In other business, the board:" then "Approved adding two coaching positions ...").
_SUBJECTLESS_ENTRY = re.compile(r"^\W*[A-Z][a-z]+ed\s+[a-z]")
# A comment section closes a page: its heading or count (a link, not a sentence), then only short lines (the form,
# the rules, the blog's links) to the end.
_COMMENTS_OPENING = re.compile(
    r"^\W*(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|join the (?:discussion|conversation)"
    r"|comments?\s*:?\s*\d+\b|\(?\d+\)?\s+(?:comments?|replies)\s*$"
    r"|no comments)",
    re.IGNORECASE,
)
_MAX_COMMENT_FORM_WORDS = 16
_MAX_COMMENT_FORM_SENTENCES = 2
# A label before a colon that opens this many claim paragraphs of one page, one of them in words with a lower-case
# word ("What happened:", "Overview:", "PSBA:"), names parts of a fact sheet rather than places.
_MIN_RUN_IN_LABELS = 3
_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]")
_RUN_IN_LABEL = re.compile(r"^([A-Z][\w'\u2019 -]{0,30}?)\s?:\s+")
# The page speaking of itself as a page: its entries, posts and content on "this blog" or "this site" ("This page
# contains a single entry by ...", "... was the previous entry in this blog.", "Written content on this site is not
# created by ..."), or the blog's index ("Find recent content on the main index ..."). An event's words about a web
# page name whose page it is ("the agency's website").
_PAGE_ITSELF = re.compile(
    r"\b(?:entry|entries|content|posts?)\b.*\b(?:(?:in|on) this (?:blog|site|website|web site|page)|the main index)\b"
    r"|^\W*this (?:blog|site|website|web site|page) contains\b",
    re.IGNORECASE,
)
_PAGE_ITSELF_WORDS = ("this blog", "this site", "this website", "this web site", "this page", "main index")
# A headline may ask a question in title case ("When Everything Falls Apart, Can Communities Come Together?").
_QUESTION_END = re.compile(r"\?[\s\"'\u201d\u2019]*$")
# A page has a headline and an article: a text of one line is a bare claim.
_MIN_PAGE_LINES = 2
# What follows a dateline is a sentence: at least this many words.
_MIN_WORDS_AFTER_DATELINE = 3
# A lede's own clause tells an act in the past: its subject, then its verb within these words. What stops the search
# first makes the sentence no lede by its form: a verb in the present or a modal (a caption's "Residents watch as
# ...", a deck's "Officials are urging ..."), a relative clause (its verb is not the sentence's), a subordinate
# clause opening the sentence ("After the storm passed, residents are ...").
_MAX_SUBJECT_WORDS = 12
_CLAUSE_WORDS = re.compile(r"[^\W\d_][\w'\u2019-]*")
_PRESENT_OR_MODAL = frozenset(
    {"is", "are", "am", "has", "have", "does", "do", "will", "would", "can", "could", "may", "might", "must"}
    | {"shall", "should", "says", "say", "tells", "shows", "show"}
)
_RELATIVE = frozenset({"who", "which", "that", "whose", "whom", "where"})
_SUBORDINATOR = frozenset(
    {"after", "when", "as", "because", "although", "though", "while", "if", "since", "before", "once", "until"}
    | {"unless", "whether"}
)


class _Line(NamedTuple):
    """A line of the page (a paragraph): the sentences it holds and its text."""

    first: int
    last: int
    text: str


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
    roles = [FURNITURE if _is_furniture(sentence) else CLAIM for sentence in sentences]
    if not spans:
        return ()
    if page:
        lines = _lines(text, spans)
        _keep_shouted_warnings(lines, sentences, roles)
        _read_lines(lines, sentences, roles)
    else:
        lines = [_Line(0, len(spans) - 1, text)]
    if same_outlet:
        repeated = set(sentences) & set(other_sentences)
        roles = [FURNITURE if sentence in repeated else role for sentence, role in zip(sentences, roles, strict=True)]
    datelines = _datelines(lines, sentences, roles)
    return tuple(Part(role, datelines.get(index)) for index, role in enumerate(roles))


def _lines(text: str, spans: Sequence[tuple[int, int]]) -> list[_Line]:
    """The page's lines: runs of sentences with no line break between them."""
    lines: list[_Line] = []
    first = 0
    for index in range(1, len(spans) + 1):
        if index == len(spans) or "\n" in text[spans[index - 1][1] : spans[index][0]]:
            lines.append(_Line(first, index - 1, text[spans[first][0] : spans[index - 1][1]].strip()))
            first = index
    return lines


def _keep_shouted_warnings(lines: list[_Line], sentences: list[str], roles: list[str]) -> None:
    """Keep as claims the sentences in capitals that open a paragraph going on in prose (in place).

    A button in capitals ("LIKE US ON FACEBOOK.") is a line of its own, or shares it with other buttons and
    appeals; a warning shouted at the head of a paragraph ("DO NOT DRIVE IN FLOODED ROADS! If you can't see the
    lines on the road, the water is too deep.") is the paragraph's own emphasis, and the prose after it, which no
    pattern of furniture reads, says so.
    """
    for line in lines:
        if line.last == line.first or not _is_shouted(sentences[line.first]):
            continue
        rest = range(line.first + 1, line.last + 1)
        if all(_LOWER_ASCII.search(sentences[i]) and not _is_furniture(sentences[i]) for i in rest):
            roles[line.first] = CLAIM


def _read_lines(lines: list[_Line], sentences: list[str], roles: list[str]) -> None:
    """Set the role of each line's sentences from the line's form and place on the page (in place)."""
    if len(lines) < _MIN_PAGE_LINES:
        # One line is no page: only patterns tell.
        return
    for position, line in enumerate(lines):
        if (
            (_is_teaser(line.text) and (_is_excerpt(line.text) or not _beside_prose(lines, sentences, position)))
            or _is_editors_note(sentences[line.first])
            or (line.last - line.first < _MAX_PROMOTION_SENTENCES and opens_promotion(sentences[line.first]))
            or _WIDGET_STATE.match(line.text)
            or ("|" in line.text and _BAR_CREDIT.search(line.text))
        ):
            # A paragraph the page cut off in mid-sentence is a teaser of another story, even on a page whose lines
            # all end as sentences do; a note that opens its paragraph runs through it ("CORRECTION: ... The correct
            # name is ..."), and so does a broadcast promotion (its guest, what they will be asked); one word
            # trailing off is a widget's state ("Processing…"), never a paragraph; a line closed
            # by a credit after a bar is a caption ("... fled the scene | Google Maps").
            _set(line, roles, FURNITURE)
    _set_aside_cut_copies(lines, roles)
    _set_aside_self_descriptions(lines, sentences, roles)
    for line in lines:
        if line.last - line.first < _MAX_SIGNED_CAPTION_SENTENCES and is_sign_off(sentences[line.last]):
            # A video's caption ends with its reporter's sign-off ("... react to the result. Jane Roe reports.").
            _set(line, roles, FURNITURE)
        elif line.first == line.last and is_transition(sentences[line.first]):
            # A paragraph that only presents the list, quotation or pictures that follow it.
            _set(line, roles, FURNITURE)
    terminated = [is_terminated(line.text) for line in lines]
    if all(terminated):
        # Lines that all end as sentences do (a list of claims) are no page either; but an appeal still takes its
        # line ("Support Independent Journalism. Donate Today!").
        for line in lines:
            if any(_is_appeal(sentences[i]) for i in range(line.first, line.last + 1)):
                _set(line, roles, FURNITURE)
        return
    copies = Counter(_copy_key(line.text) for line in lines if _word_count(line.text) >= _MIN_REPEATED_WORDS)
    headline_below = _headline_below_chrome(lines, terminated)
    wrapped = _wrapped_tails(lines, terminated)
    body = _body_start(lines, sentences, terminated, copies, after=headline_below, wrapped=wrapped)
    headline = ""
    seen: set[str] = set()
    for position, line in enumerate(lines):
        role = _line_role(line, terminated[position], before_body=position < body, has_headline=bool(headline))
        if role == FURNITURE and line.text.endswith(":") and _completed_by_list(lines, position):
            role = CLAIM
        if role == HEADLINE:
            headline = headline or line.text
        elif line.text == headline:
            role = HEADLINE
        if role == CLAIM and any(_spreads(sentences[i]) for i in range(line.first, line.last + 1)):
            # An appeal or a caption that spans sentences ("We need reporters. Your donation allows us ...").
            role = FURNITURE
        if role == CLAIM and (position < body or _copy_key(line.text) in seen):
            # Above the article, or a copy of a line the page already gave: a caption, a teaser, a pasted twin.
            role = FURNITURE
        if copies[_copy_key(line.text)] > 1 and (
            position >= body or not _is_prose(line.text, False, _MAX_HEADLINE_WORDS)
        ):
            # A deck or summary longer than any headline, above the article, is the page's preview of one of the
            # article's paragraphs: the article's own copy is a claim. A caption or a headline given again is not.
            seen.add(_copy_key(line.text))
        if position in wrapped and roles[lines[position - 1].last] == FURNITURE:
            role = FURNITURE
        if role != CLAIM:
            _set(line, roles, role)
    _set_aside_credited_captions(lines, sentences, terminated, roles)
    _set_aside_story_cards(lines, terminated, roles)
    _set_aside_teasers_above_links(lines, roles)
    _set_aside_trailing_links(lines, roles)
    _set_aside_comment_section(lines, terminated, roles, after=body)
    _set_aside_footer(lines, terminated, roles, after=body)
    _set_aside_repeated_prompts(lines, roles)


def _set_aside_cut_copies(lines: list[_Line], roles: list[str]) -> None:
    """Set aside the lines that are another line of the page cut off (in place): a line that trails off with an
    ellipsis ("... that began Saturday. Photo courte...") where another line of the page begins with the same words
    is that line's excerpt (a summary card, a caption's preview), however it ends."""
    for line in lines:
        cut = _CUT_COPY.match(line.text) if line.text.endswith(_ELLIPSIS_ENDS) else None
        if not cut or _word_count(cut.group(1)) < _MIN_REPEATED_WORDS:
            continue
        if any(other is not line and other.text.startswith(cut.group(1)) for other in lines):
            _set(line, roles, FURNITURE)


def _completed_by_list(lines: list[_Line], position: int) -> bool:
    """Whether the line at ``position`` is the subject of the list below it, whose entries open with their verb."""
    return position + 1 < len(lines) and bool(_SUBJECTLESS_ENTRY.match(lines[position + 1].text))


def _set_aside_comment_section(lines: list[_Line], terminated: list[bool], roles: list[str], *, after: int) -> None:
    """Set aside the comment section a page ends with (in place): from its heading ("Leave a Reply", "(0) comments",
    "Post a comment") below the article's first line, every line to the end is the form, its rules or
    the blog's links when each is short. A "Leave a comment" above the article (by the byline) opens no section: the
    short paragraphs of a brief stand below it."""
    for position, line in enumerate(lines):
        if position <= after or not _COMMENTS_OPENING.match(line.text) or terminated[position]:
            continue
        rest = lines[position:]
        if all(
            other.last - other.first < _MAX_COMMENT_FORM_SENTENCES
            and _word_count(other.text) <= _MAX_COMMENT_FORM_WORDS
            for other in rest
        ):
            for other in rest:
                _set(other, roles, FURNITURE)
            return


def _set_aside_footer(lines: list[_Line], terminated: list[bool], roles: list[str], *, after: int) -> None:
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
        and _word_count(lines[start - 1].text) <= _MAX_UNTERMINATED_WORDS
        and not _FIGURE_ENTRY.match(lines[start - 1].text)
    ):
        start -= 1
    run = lines[start:]
    kept = sum(roles[line.first] == CLAIM for line in run)
    if len(run) >= _MIN_FOOTER_LINES and kept * 2 <= len(run) and any(roles[line.first] == FURNITURE for line in run):
        for line in run:
            _set(line, roles, FURNITURE)


def _set_aside_repeated_prompts(lines: list[_Line], roles: list[str]) -> None:
    """Set aside the short lines a page gives more than once that no full stop ends (in place): a button, a
    widget's label or a prompt to the reader ("No time to read?", "Listen", "Share"), which a page repeats where an
    article states its claims once. A short claim ends with a full stop ("No one was hurt."), and stays when a page
    of two stories gives it twice."""
    short = Counter(
        line.text
        for line in lines
        if _word_count(line.text) < _MIN_REPEATED_WORDS and not _FULL_STOP_END.search(line.text)
    )
    for line in lines:
        if short[line.text] > 1:
            _set(line, roles, FURNITURE)


def _set_aside_teasers_above_links(lines: list[_Line], roles: list[str]) -> None:
    """Set aside the teasers that stand above their link (in place): a paragraph cut off in mid-sentence ("... the
    vote...") directly above a link's bare text ("Read More") is the opening of another page. Three full stops end
    a writer's trailing off too, so only the link below tells them apart; a paragraph ending as a sentence does
    above "Read more" is the article's own (a feed of whole paragraphs)."""
    for line, following in itertools.pairwise(lines):
        if _CUT_OFF.search(line.text) and _BARE_LINK.match(following.text):
            _set(line, roles, FURNITURE)


def _set_aside_credited_captions(
    lines: list[_Line], sentences: list[str], terminated: list[bool], roles: list[str]
) -> None:
    """Set aside the captions that stand above their picture's credit line (in place).

    A gallery gives each picture a caption, then its credit on a line or two of their own ("Noah Berger", "AP
    Photo"; "Jose Carlos Fajardo/The Associated Press"). A paragraph of a few sentences directly above such lines is
    the caption, whatever its words; the article's dateline paragraph never is.
    """
    for position, line in enumerate(lines[:-1]):
        if CLAIM not in roles[line.first : line.last + 1] or line.last - line.first >= _MAX_CREDITED_CAPTION_SENTENCES:
            continue
        if _DATELINE.match(sentences[line.first]):
            continue
        following = []
        for other, ends in zip(
            lines[position + 1 : position + 3], terminated[position + 1 : position + 3], strict=True
        ):
            if _word_count(other.text) > _MAX_CREDIT_LINE_WORDS or ends:
                break
            following.append(other)
        if any(_PICTURE_CREDIT_LINE.search(other.text) for other in following):
            _set(line, roles, FURNITURE)
            if position and lines[position - 1].text == line.text:
                # The caption given twice, as the picture's text and as its caption ("Highway 1." twice).
                _set(lines[position - 1], roles, FURNITURE)


def _set_aside_story_cards(lines: list[_Line], terminated: list[bool], roles: list[str]) -> None:
    """Set aside the cards of other stories that a link's label opens (in place): below a short label set aside or
    read as a heading ("Next Story", "Previous Story", "Related"), a title that ends as no sentence does, then its
    paragraph cut off in mid-sentence ("... on Late Night With Seth..."), are another page's. A paragraph that
    trails off directly below a subheading of the article has no title between them, and stays."""
    for position in range(2, len(lines)):
        label, title, teaser = lines[position - 2 : position + 1]
        if (
            roles[label.first] in (FURNITURE, SUBHEADING)
            and not terminated[position - 2]
            and _word_count(label.text) <= _MAX_LABEL_WORDS
            and not terminated[position - 1]
            and title.first == title.last
            and _headline_shaped(title.text)
            and _CUT_OFF.search(teaser.text)
        ):
            _set(title, roles, FURNITURE)
            _set(teaser, roles, FURNITURE)


def _copy_key(text: str) -> str:
    """A line as the page repeats it: a caption given once bare and once with its photographer's credit is one."""
    # Each credit the pattern takes off holds a slash or a colon: a line with neither is left as it is.
    if "/" not in text and ":" not in text:
        return text.strip()
    return _TRAILING_CREDIT.sub("", text).strip()


def _set_aside_self_descriptions(lines: list[_Line], sentences: list[str], roles: list[str]) -> None:
    """Set aside the lines that only describe the report's author or presenter (in place).

    A self-description ("Jane Roe is a reporter for The Herald.") is furniture when it is a line of its own whose
    person the rest of the page never names: the same sentence in an article about that journalist is a claim, and
    such an article names its subject again.
    """
    for line in lines:
        people = [person_of_self_description(sentences[i]) for i in range(line.first, line.last + 1)]
        named = {person for person in people if person}
        if not named or any(
            person is None and not is_aside(sentences[i])
            for person, i in zip(people, range(line.first, line.last + 1), strict=True)
        ):
            continue
        elsewhere = " ".join(other.text for other in lines if other is not line)
        if not any(re.search(rf"\b{re.escape(person)}\b", elsewhere) for person in named):
            _set(line, roles, FURNITURE)


def _set_aside_trailing_links(lines: list[_Line], roles: list[str]) -> None:
    """Set aside the list of links a page ends with (in place): after a label such as "Related posts:", every line
    to the end is a headline of another story when each is one short sentence."""
    for position, line in enumerate(lines):
        if not _LINKS_LABEL.match(line.text):
            continue
        rest = lines[position + 1 :]
        if rest and all(other.first == other.last and _word_count(other.text) <= _MAX_LINK_WORDS for other in rest):
            for other in rest:
                _set(other, roles, FURNITURE)
            return


def _is_editors_note(sentence: str) -> bool:
    """Whether a sentence is a note of the editor about the page rather than the event."""
    if _EDITORS_NOTE_OPENING.match(sentence):
        return True
    lower = sentence.lower()
    return any(word in lower for word in _EDITORS_NOTE_WORDS) and bool(_EDITORS_NOTE_ANYWHERE.search(sentence))


def _beside_prose(lines: list[_Line], sentences: list[str], position: int) -> bool:
    """Whether a line has a paragraph of the article's prose directly above or below it: a paragraph cut off there
    is a claim trailing off (or cut by the page's paywall), where a teaser of another story stands among links,
    titles and labels, or alone."""
    return any(
        0 <= other < len(lines) and _is_prose_paragraph(lines[other], sentences)
        for other in (position - 1, position + 1)
    )


def _is_excerpt(text: str) -> bool:
    """Whether a line closes with the bracketed ellipsis a blog's software puts after an excerpt ("... that looks
    [\u2026]"): a link's mark, wherever the line stands; writers trail off without brackets."""
    return text.rstrip().endswith("]")


def _is_prose_paragraph(line: _Line, sentences: list[str]) -> bool:
    """Whether a line is a paragraph of prose: longer than the page's chrome, ending as a sentence does and not cut
    off, and no sentence of it furniture by its patterns."""
    return (
        _word_count(line.text) > _MAX_CHROME_WORDS
        and is_terminated(line.text)
        and not line.text.rstrip().endswith(("\u2026", "...", "]"))
        and not any(_is_furniture(sentences[i]) for i in range(line.first, line.last + 1))
    )


def _is_several_sentences_of_prose(line: _Line, sentences: list[str]) -> bool:
    """Whether a line is a paragraph of several sentences of prose: a caption or a deck above the article is one
    sentence (with its credit, which is furniture by its pattern)."""
    return line.last > line.first and _is_prose_paragraph(line, sentences)


def _is_past_lede(line: _Line, sentences: list[str]) -> bool:
    """Whether a line is a lede of one sentence: its own clause tells an act in the past (see _narrates_past_act),
    and it ends with no credit or note in brackets (a caption's "(AP Photo/Jane Roe)", "(Supplied)") and is not cut
    off (a teaser's ellipsis)."""
    return (
        line.first == line.last
        and not line.text.rstrip().endswith(("\u2026", "...", "]", ")"))
        and _narrates_past_act(sentences[line.first])
    )


def _given_again_below(lines: list[_Line], position: int, end: int) -> bool:
    """Whether a line the page gave above ``position`` is given again between it and ``end``: a headline printed
    twice, whose copies hold its deck between them, whatever the deck's verb."""
    above = {_copy_key(line.text) for line in lines[:position] if _word_count(line.text) >= _MIN_REPEATED_WORDS}
    return any(_copy_key(line.text) in above for line in lines[position + 1 : end])


def _narrates_past_act(sentence: str) -> bool:
    """Whether a sentence's own clause tells an act in the past: a subject, then a verb in the past, an "-ed" form
    or an irregular past ("Firefighters rescued 40 people ...", "An earthquake struck ...", "Two men were arrested
    ...", ""We had no warning," Jane Roe said after ..."), within its first words. A quotation is the speaker's
    clause, not the sentence's, and is passed over; a verb in the present or a modal, a relative clause, or a
    subordinate clause opening the sentence stop the search (see _MAX_SUBJECT_WORDS)."""
    words = _CLAUSE_WORDS.findall(_QUOTED.sub(" ", sentence))
    for position, word in enumerate(words[: _MAX_SUBJECT_WORDS + 1]):
        lower = word.lower()
        if lower in _PRESENT_OR_MODAL or lower in _RELATIVE or (position == 0 and lower in _SUBORDINATOR):
            return False
        if position > 0 and word[0].islower() and a_past_form(lower):
            return True
    return False


def _is_teaser(text: str) -> bool:
    """A teaser of another story cut off by the page in mid-sentence ("... has dismissed the…"), longer than a claim
    that trails off ("Nobody was injured…")."""
    if not text.endswith(_TRUNCATED_ENDS):
        return False
    return bool(_TRUNCATED.search(text)) and _word_count(text) >= _MIN_TEASER_WORDS


def _set(line: _Line, roles: list[str], role: str) -> None:
    for index in range(line.first, line.last + 1):
        roles[index] = role


def _headline_below_chrome(lines: list[_Line], terminated: list[bool]) -> int:
    """The position of the page's headline when only the page's words to its reader stand above it, else -1.

    A page's chrome above its headline may end as sentences do ("The news is by your side.", "Sign up today for
    free and stay informed.", "Success! You're on the list."), but it is short and speaks to the reader. A longer
    sentence, or one that does not speak to the reader ("Ten people died."), above an unterminated line is the
    article's first paragraph above a subheading: the article has begun.
    """
    for position, line in enumerate(lines[:_MAX_LINES_ABOVE_HEADLINE]):
        if terminated[position]:
            words = _word_count(line.text)
            if words > _MAX_CHROME_WORDS or not _READER.search(_QUOTED.sub(" ", line.text)):
                return -1
            continue
        if _headline_shaped(line.text) and not _is_prose(line.text, False, _MAX_HEADLINE_WORDS):
            return position if any(terminated[:position]) else -1
    return -1


def _headline_shaped(text: str) -> bool:
    """Whether an unterminated line has a headline's length and is no credit or time."""
    words = _word_count(text)
    return _MIN_HEADLINE_WORDS <= words <= _MAX_HEADLINE_WORDS and not _is_credit_or_time(text, words)


def _second_copy_of_headline(lines: list[_Line], terminated: list[bool], copies: Counter[str]) -> int:
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
        if terminated[position] or not _headline_shaped(line.text) or _is_prose(line.text, False, _MAX_HEADLINE_WORDS):
            continue
        # The page's first headline-like line is its headline; only its own copy counts, unless the page opens with
        # its menu and only chrome (menus, the publisher's notice) stands above: a menu's entry may look like one.
        key = _copy_key(line.text)
        if copies[key] < 2:
            if chrome_above:
                continue
            return -1
        for other in range(position + 1, min(len(lines), position + _MAX_LINES_BETWEEN_HEADLINES + 2)):
            if _copy_key(lines[other].text) == key:
                return other
            if lines[other].last > lines[other].first:
                return -1
        return -1
    return -1


def _opens_with_menu(lines: list[_Line], terminated: list[bool]) -> bool:
    """Whether a page opens with its menu: a run of entries of one to three words that end as no sentence does
    ("NEWS", "LIFESTYLE", "FUNNY", ...). An article's page opens with its headline, a section's name or a date."""
    opening = lines[:_MIN_MENU_ENTRIES]
    return len(opening) == _MIN_MENU_ENTRIES and all(
        not ends and _word_count(line.text) <= _MAX_MENU_ENTRY_WORDS
        for line, ends in zip(opening, terminated, strict=False)
    )


def _is_chrome(text: str, terminated: bool) -> bool:
    """Whether a line above the headline may be the page's chrome: a line that ends as no sentence does, a few
    words, or furniture by its patterns (the publisher's copyright); a paragraph of prose is the article begun."""
    return not terminated or _word_count(text) <= _MAX_CHROME_WORDS or _is_furniture(text)


def _wrapped_tails(lines: list[_Line], terminated: list[bool]) -> set[int]:
    """The positions of the lines that finish the short line above them: a few words opening in lower case below a
    few words that end as no sentence does ("GOOD Worldwide Inc. publishing" then "family."), a menu's or a notice's
    text broken by the page. Such a tail is whatever its line is, never the article's first paragraph; a paragraph
    broken by the extraction has lines longer than a menu's."""
    return {
        position
        for position in range(1, len(lines))
        if _LOWER_START.match(lines[position].text)
        and _word_count(lines[position].text) <= _MAX_CHROME_WORDS
        and not terminated[position - 1]
        and _word_count(lines[position - 1].text) <= _MAX_CHROME_WORDS
    }


def _body_start(
    lines: list[_Line],
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
        wrapped: The positions of lines that finish the line above them (see _wrapped_tails).

    Returns:
        The position of the line among the lines (their number when none is a sentence).
    """
    after = max(after, _second_copy_of_headline(lines, terminated, copies))
    candidates = [
        position
        for position, line in enumerate(lines)
        if position > after
        and position not in wrapped
        and _is_prose(line.text, terminated[position], _MAX_HEADLINE_WORDS)
        and not (line.first == line.last and _is_title_question(line.text))
        and copies[_copy_key(line.text)] < 2
        and not any(_is_furniture(sentences[i]) for i in range(line.first, line.last + 1))
    ]
    for rank, position in enumerate(candidates[: _MAX_SHORT_LINES_ABOVE_DATELINE + 1]):
        line = lines[position]
        if rank > _MAX_LINES_ABOVE_DATELINE and _opens_next_article(lines, terminated, candidates[rank - 1], position):
            break
        if _DATELINE.match(sentences[line.first]) and _word_count(line.text) > _MAX_BYLINE_WORDS:
            # The article has begun above its dateline when a paragraph of several sentences of prose stands there
            # (a page of several stories whose first lost its dateline), or a lede of one sentence telling an act
            # in the past: captions tell what a picture shows in the present, decks what is going on.
            begun = (
                p
                for p in candidates[:rank]
                if _is_several_sentences_of_prose(lines[p], sentences)
                or (_is_past_lede(lines[p], sentences) and not _given_again_below(lines, p, position))
            )
            return next(begun, position)
        if rank >= _MAX_LINES_ABOVE_DATELINE and line.last > line.first:
            # Beyond the first lines, only single sentences (captions, a player's notes) may stand above a dateline:
            # a paragraph of several is the article itself.
            break
    return candidates[0] if candidates else len(lines)


def _opens_next_article(lines: list[_Line], terminated: list[bool], start: int, end: int) -> bool:
    """Whether a headline stands between two lines: on a page of several articles, a dateline below it opens the
    next one, and the short paragraphs above it are the first article's."""
    return any(
        not terminated[position] and _headline_shaped(lines[position].text) for position in range(start + 1, end)
    )


def _is_prose(text: str, terminated: bool, max_heading_words: int) -> bool:
    """Whether a line reads as the article's prose: it ends as a sentence does, or its full stop was lost in a line
    longer than a heading and not in title case."""
    if terminated or _FIGURE_ENTRY.match(text):
        return True
    return _word_count(text) > max_heading_words and not _is_title_case(text)


def _is_title_case(text: str) -> bool:
    """Whether most of a line's words, short function words aside, start with a capital: a headline's style."""
    words = [word for word in _TITLE_WORD.findall(text) if word.lower() not in _MINOR_WORDS]
    return bool(words) and sum(word[0].isupper() for word in words) >= _TITLE_SHARE * len(words)


def _line_role(line: _Line, terminated: bool, *, before_body: bool, has_headline: bool) -> str:
    """A line's role from its own form and whether it stands above the article."""
    words = _word_count(line.text)
    if terminated:
        if before_body and not has_headline and line.first == line.last and _is_title_question(line.text):
            return HEADLINE
        return CLAIM
    if line.text.endswith(":"):
        return FURNITURE if words <= _MAX_LABEL_WORDS else CLAIM
    if words > _MAX_UNTERMINATED_WORDS:
        return CLAIM
    if _is_credit_or_time(line.text, words):
        return FURNITURE
    if _FIGURE_ENTRY.match(line.text):
        return CLAIM
    if before_body:
        return HEADLINE if not has_headline and words >= _MIN_HEADLINE_WORDS else FURNITURE
    if _HEADLINE_PRESENT.match(line.text) and words <= _MAX_HEADLINE_WORDS:
        # A video's caption or a teaser in the present tense of headlines ("Trump says Moore should concede; weighs
        # in on Flynn"): prose tells speech in the past, and a claim that lost its full stop keeps its tense.
        return FURNITURE
    if _is_prose(line.text, terminated, _MAX_SUBHEADING_WORDS):
        return CLAIM
    return SUBHEADING if words <= _MAX_SUBHEADING_WORDS and _WORD.search(line.text) else FURNITURE


def _is_credit_or_time(text: str, words: int) -> bool:
    """Whether an unterminated line is a timestamp, a credit or a label rather than a headline."""
    if _is_furniture(text) or _TIMESTAMP_LABEL.match(text) or _SLASH_CREDIT.search(text) or _BUTTON.match(text):
        return True
    if _TAG_LIST.fullmatch(text):
        return True
    if words <= _MAX_TIMESTAMP_WORDS and _TIMESTAMP.search(text):
        return True
    return words <= _MAX_BYLINE_WORDS and _is_byline(text)


def _is_byline(text: str) -> bool:
    """Whether a line opens as a byline does ("By Jane Roe", "Reporting by ..."), not with "by" and a time."""
    return bool(_BYLINE.match(text)) and not _BY_A_TIME.match(text)


def is_terminated(text: str) -> bool:
    """Whether a line ends as a sentence does (see _TERMINATED)."""
    # Markup left in a pasted page ("... on Monday.</p><script>...</script>") is not how the line ends.
    return bool(_TERMINATED.search(_MARKUP.sub("", text)))


# A report compared with several others is read again each time; its sentences' patterns are read once.
@functools.lru_cache(maxsize=8192)
def _is_furniture(sentence: str) -> bool:
    """Whether a sentence is furniture by its own patterns, wherever it stands."""
    if not _WORD.search(sentence):
        return True
    lowered = _lowered(sentence)
    if _LABEL.match(sentence) or _search(_COPYRIGHT, sentence, lowered, _COPYRIGHT_WORDS) or _is_editors_note(sentence):
        return True
    if _TIMESTAMP_SENTENCE.match(sentence):
        return True
    if (
        (_search(_POINTER, sentence, lowered, _POINTER_WORDS) and not _narrates(sentence))
        or _BRACKETED_CREDIT.match(sentence)
        or _search(_CORRESPONDENT, sentence, lowered, _CORRESPONDENT_WORDS)
    ):
        return True
    if (
        _search(_CAPTION, sentence, lowered, _CAPTION_WORDS)
        or _is_caption_credit(sentence)
        or _is_picture_credit_end(sentence)
    ):
        return True
    if _is_picture_caption(sentence) or _is_form(sentence):
        return True
    if _word_count(sentence) <= _MAX_BYLINE_WORDS and _is_byline(sentence):
        return True
    if _is_shouted(sentence) or _CORPORATE_CREDIT.match(sentence) or _is_page_itself(sentence):
        return True
    return _is_appeal(sentence) or is_aside(sentence)


def _narrates(sentence: str) -> bool:
    """Whether a sentence has a clause of its own that reports speech or narrates in the past (see _NARRATION)."""
    return not _READERS_ACT.match(sentence) and bool(_NARRATION.search(_QUOTED.sub(" ", sentence)))


def _word_count(text: str) -> int:
    """How many runs of non-space characters a text holds (str.split and the pattern \\S+ agree on every code
    point's spacing)."""
    return len(text.split())


def _lowered(sentence: str) -> str | None:
    """The sentence in lower case, where each letter a case-insensitive pattern reads as an ASCII letter is that
    letter; None when it holds a letter that is not (see _CASE_TWINS)."""
    if not sentence.isascii() and _CASE_TWINS.search(sentence):
        return None
    return sentence.lower()


def _search(pattern: re.Pattern[str], sentence: str, lowered: str | None, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern every match of which holds one of `words` (lower case) matches the
    sentence, `lowered` by _lowered: the pattern searches only a sentence that holds one of them."""
    if lowered is not None and not any(map(lowered.__contains__, words)):
        return False
    return pattern.search(sentence) is not None


def _is_caption_credit(sentence: str) -> bool:
    # A photographer's credit holds a slash, a picture agency's caption a colon.
    return ("/" in sentence or ":" in sentence) and _CAPTION_CREDIT.search(sentence) is not None


def _is_picture_credit_end(sentence: str) -> bool:
    return any(word in sentence for word in _PICTURE_CREDIT_END_WORDS) and bool(_PICTURE_CREDIT_END.search(sentence))


def _is_page_itself(sentence: str) -> bool:
    """Whether a sentence speaks of the web page itself (its entries, its content, its index), not quoted."""
    lower = sentence.lower()
    return any(words in lower for words in _PAGE_ITSELF_WORDS) and bool(_PAGE_ITSELF.search(_QUOTED.sub(" ", sentence)))


def _is_title_question(text: str) -> bool:
    """Whether a line is a headline that asks a question: title case, a headline's length, a question mark."""
    words = _word_count(text)
    return (
        _MIN_HEADLINE_WORDS <= words <= _MAX_HEADLINE_WORDS
        and bool(_QUESTION_END.search(text))
        and _is_title_case(text)
    )


def _spreads(sentence: str) -> bool:
    """Whether a sentence makes its whole line furniture: an appeal, a photographer's credit closing a caption, or
    the wire agencies' caption formula. A wire credit after a claim ("(Reporting by ...)") is furniture alone."""
    if _is_appeal(sentence) or _is_wire_caption(sentence):
        return True
    if _PHOTO_BY.search(sentence) or _is_picture_credit_end(sentence):
        return True
    return sentence.rstrip(_CLOSING).endswith(")") and bool(_BRACKETED_PICTURE_CREDIT.search(sentence))


def _is_wire_caption(sentence: str) -> bool:
    # Most sentences hold neither "this" nor "FILE" near their start, and the pattern costs more than the look.
    opening = sentence[:_WIRE_CAPTION_OPENING].lower()
    return ("this" in opening or "file" in opening) and bool(_WIRE_CAPTION.match(sentence))


def _is_form(sentence: str) -> bool:
    lower = sentence.lower()
    return any(word in lower for word in _FORM_WORDS) and bool(_FORM.search(_QUOTED.sub(" ", sentence)))


def _is_picture_caption(sentence: str) -> bool:
    """Whether a sentence is a picture's caption or credit by its form: the wire agencies' formula, a short "Photo
    of ...", a short "courtesy of" credit."""
    if _is_wire_caption(sentence):
        return True
    if _PICTURE_OF.match(sentence):
        return _word_count(sentence) <= _MAX_PICTURE_OF_WORDS and not _OWN_FINITE.search(sentence)
    return bool(_COURTESY.match(sentence)) and _word_count(sentence) <= _MAX_COURTESY_WORDS


def _is_shouted(sentence: str) -> bool:
    """Whether a sentence is a button in capitals ("LIKE US ON FACEBOOK."): claims are never written so."""
    if _LOWER_ASCII.search(sentence):
        return False
    letters = [c for c in sentence if c.isalpha()]
    return len(_WORD.findall(sentence)) >= 2 and len(letters) >= 8 and all(c.isupper() for c in letters)


@functools.lru_cache(maxsize=8192)
def _is_appeal(sentence: str) -> bool:
    # Someone quoted ("we owe our troops support," he said) speaks to the listener, not the page to its reader.
    if '"' in sentence or "\u201c" in sentence:
        sentence = _QUOTED.sub(" ", sentence)
    if _READER_ADDRESS.match(sentence):
        return True
    reader = _search(_READER, sentence, _lowered(sentence), _READER_WORDS)
    imperative = _IMPERATIVE_ASK.match(sentence) is not None
    please = _PLEASE.match(sentence) is not None
    # Every appeal below speaks to the reader, asks in the imperative or says "please".
    if not (reader or imperative or please):
        return False
    strong = bool(_STRONG_ASK.search(sentence) or _OUTLET.search(sentence))
    if imperative and (strong or reader):
        return True
    if please and strong:
        return True
    if reader and _STRONG_ASK.search(sentence):
        return True
    return bool(reader and _OUTLET.search(sentence) and _ASK.search(sentence))


def _datelines(lines: list[_Line], sentences: list[str], roles: list[str]) -> dict[int, tuple[int, int]]:
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
        match = _DATELINE.match(sentence) or (_FIRST_DATELINE.match(sentence) if first_claim else None)
        first_claim = False
        if match and _word_count(sentence[match.end() :]) >= _MIN_WORDS_AFTER_DATELINE:
            found[index] = (match.start(), len(sentence[: match.end()].rstrip()))
    return found


def _run_in_labels(lines: list[_Line], sentences: list[str], roles: list[str]) -> set[str]:
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
