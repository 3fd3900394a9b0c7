"""Boilerplate: site furniture that is set aside and never counted as a claim.

News pages mix the article with links to other stories ("READ: ...", "Related: ..."), appeals to the reader
(donate, subscribe, follow us), credits and captions, share buttons and stray punctuation. These rules look at the
form of a sentence, never at the wording of particular outlets: a label before a colon that names a page element,
a sentence that speaks to the reader about the outlet, a sentence with no words, and a sentence that two reports
of the same outlet both carry word for word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["find_boilerplate"]

# Words that label page furniture when they stand before a colon at the start of a line.
_FURNITURE_LABELS = (
    r"read(?: more| also| next)?|also read|related(?: stories| articles| coverage)?|more|see also|watch|listen"
    r"|recommended|trending|popular|top stories|latest|up next|sponsored|advertisement|ad|promoted"
    r"|photo|photos|image|images|picture|video|graphic|credit|caption|file photo|source|via"
    r"|sign up|subscribe|follow|follow us|connect(?: with us)?|join(?: us)?|share(?: this)?|donate|support us"
    r"|newsletter|download|click here|tags?|topics?|posted|updated|published|filed under|copyright"
)
_LABEL = re.compile(rf"^\W*(?:{_FURNITURE_LABELS})\s*[:|»>]", re.IGNORECASE)

# Appeals speak to the reader ("you", "your", or an imperative) about the outlet ("us", "our", "we") and ask for
# something a page asks for.
_READER = re.compile(r"\b(?:you|your|yours|please)\b", re.IGNORECASE)
_OUTLET = re.compile(r"\b(?:us|our|we)\b", re.IGNORECASE)
_ASK = re.compile(
    r"\b(?:donat\w*|contribut\w*|subscri\w*|newsletter\w*|sign up|follow|like us|share this|inbox|support"
    r"|journalism|membership|paywall|ad-?block\w*|whitelist|download our|our app|click|tap)\b",
    re.IGNORECASE,
)
_IMPERATIVE_ASK = re.compile(
    r"^\W*(?:donate|subscribe|sign up|follow|like|share|support|join|download|click|tap|get our)\b",
    re.IGNORECASE,
)
_PLEASE = re.compile(r"^\W*please\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def find_boilerplate(
    sentences: Sequence[str], other_sentences: Sequence[str] = (), *, same_outlet: bool = False
) -> tuple[bool, ...]:
    """Tell, for each sentence of a report, whether it is site furniture.

    Args:
        sentences: The report's sentences.
        other_sentences: The sentences of the report it is compared with.
        same_outlet: Whether both reports come from one outlet; then a sentence both carry word for word is
            furniture of that outlet's pages (a tagline, a credit line), not a shared claim.

    Returns:
        One flag per sentence.
    """
    repeated = set(sentences) & set(other_sentences) if same_outlet else set()
    return tuple(_is_furniture(sentence) or sentence in repeated for sentence in sentences)


def _is_furniture(sentence: str) -> bool:
    if not _WORD.search(sentence):
        return True
    if _LABEL.match(sentence) or _COPYRIGHT.search(sentence):
        return True
    if (_IMPERATIVE_ASK.match(sentence) or _PLEASE.match(sentence)) and _ASK.search(sentence):
        return True
    return bool(_READER.search(sentence) and _OUTLET.search(sentence) and _ASK.search(sentence))
