"""Appeals, forms and comment sections: the page speaking to its reader about the outlet.

- an appeal: the reader ("you", "please") asked for something a page asks for (a donation, a subscription, a
  newsletter, a follow), or about the outlet ("us", "our");
- a web form's text ("Please enter your comment!", "This site uses Akismet to reduce spam.");
- a comment section closing the page: its heading or count, then only short lines to the end.
"""

from __future__ import annotations

import functools
import re

from ._lines import FURNITURE, QUOTED, Line, lowered_for_search, search_if_holding, set_role, word_count

__all__ = ["READER", "is_appeal", "is_form", "set_aside_comment_section"]

# Appeals speak to the reader ("you", "your", or an imperative) about the outlet ("us", "our", "we") and ask for
# something a page asks for; the strongest asks need only the reader.
READER = re.compile(r"\b(?:you|your|yours|please|readers)\b", re.IGNORECASE)
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


def set_aside_comment_section(lines: list[Line], terminated: list[bool], roles: list[str], *, after: int) -> None:
    """Set aside the comment section a page ends with (in place): from its heading ("Leave a Reply", "(0) comments",
    "Post a comment") below the article's first line, every line to the end is the form, its rules or
    the blog's links when each is short. A "Leave a comment" above the article (by the byline) opens no section: the
    short paragraphs of a brief stand below it."""
    for position, line in enumerate(lines):
        if position <= after or not _COMMENTS_OPENING.match(line.text) or terminated[position]:
            continue
        rest = lines[position:]
        if all(
            other.last - other.first < _MAX_COMMENT_FORM_SENTENCES and word_count(other.text) <= _MAX_COMMENT_FORM_WORDS
            for other in rest
        ):
            for other in rest:
                set_role(other, roles, FURNITURE)
            return


def is_form(sentence: str) -> bool:
    lower = sentence.lower()
    return any(word in lower for word in _FORM_WORDS) and bool(_FORM.search(QUOTED.sub(" ", sentence)))


@functools.lru_cache(maxsize=8192)
def is_appeal(sentence: str) -> bool:
    # Someone quoted ("we owe our troops support," he said) speaks to the listener, not the page to its reader.
    if '"' in sentence or "\u201c" in sentence:
        sentence = QUOTED.sub(" ", sentence)
    if _READER_ADDRESS.match(sentence):
        return True
    reader = search_if_holding(READER, sentence, lowered_for_search(sentence), _READER_WORDS)
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
