"""Polarity: a statement negated or un-negated, with its modal or adverb ("could help" -> "could not help", "has
repeatedly denied" -> "has never denied"), or its verb replaced by its antonym ("approved" -> "rejected")."""

from __future__ import annotations

import re

from ._model import Article, Change
from ._text import sites

_MODALS = ("could", "would", "will", "should", "can", "must")
_BE_HAVE = ("is", "was", "are", "were", "has", "have", "had")
# Words after which "not" makes no plain denial, or which make the insertion read badly.
_NOT_AFTER = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "to",
        "be",
        "been",
        "being",
        "also",
        "still",
        "now",
        "already",
        "just",
        "only",
        "even",
        "not",
        "never",
        "no",
        "so",
        "as",
        "than",
        "about",
        "in",
        "on",
        "at",
        "of",
        "by",
        "for",
        "with",
        "from",
        "into",
        "up",
        "out",
        "there",
        "here",
        "it",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "all",
        "both",
        "each",
        "either",
        "neither",
        "more",
        "most",
        "less",
        "likely",
        "expected",
        "set",
        "able",
        "going",
        "due",
        "said",
        "reported",
        "told",
        "repeatedly",
        "often",
        "always",
        "sometimes",
        "ever",
        "yet",
        "instead",
        "first",
        "far",
        "much",
        "few",
        "little",
        "well",
        "very",
        "too",
        "quite",
        "more",
        "less",
        "exactly",
        "entirely",
        "last",
        "next",
        "once",
        "twice",
    ]
)
# A contraction of "not" and its plain form.
_PLAIN_CONTRACTED = {
    "can't": "can", "won't": "will", "couldn't": "could", "wouldn't": "would", "shouldn't": "should", "isn't": "is",
    "wasn't": "was", "aren't": "are", "weren't": "were", "hasn't": "has", "haven't": "have", "hadn't": "had",
}  # fmt: skip
_CONTRACTED = {key.replace("'", "\u2019"): value for key, value in _PLAIN_CONTRACTED.items()}


def negation(article: Article, index: int) -> list[Change]:
    """A verb after a modal or an auxiliary negated, or its negation removed: "could help" <-> "could not help",
    "was arrested" <-> "was not arrested", "won't" -> "will", "has repeatedly denied" -> "has never denied"."""
    auxiliaries = "|".join(_MODALS + _BE_HAVE)
    inserted = re.compile(r"\b(" + auxiliaries + r") ([a-z]+)\b(?![\-\u2019']| to be\b)")
    removed = re.compile(r"\b(" + auxiliaries + r") not ([a-z]+)\b")
    adverb = re.compile(r"\b(has|have|had) (repeatedly|consistently|long|always|often) ([a-z]+ed)\b")
    never = re.compile(r"\b(has|have|had) never ([a-z]+ed)\b")
    contracted = re.compile(
        r"\b(" + "|".join(c.replace("\u2019", "[\u2019']") for c in _CONTRACTED) + r")( [a-z]+)\b", re.IGNORECASE
    )
    text = article.sentences[index].text

    def insert(match: re.Match[str]) -> str | None:
        auxiliary, word = match.group(1), match.group(2)
        if word in _NOT_AFTER or word.endswith("ly") or re.match(r"\s+(?:not|n\u2019t|n't)\b", text[match.end() :]):
            return None
        if auxiliary in ("has", "have", "had") and not (word.endswith("ed") or word in ("been", "seen", "done")):
            return None  # "has three children": a possession, no auxiliary
        if auxiliary in _BE_HAVE and word == "been":
            return None
        if re.search(r"\b(?:little|few|nothing|nobody|none|no one|no)\s$", text[: match.start()], re.IGNORECASE):
            return None  # "little is known": a negative subject already
        negated = "cannot" if auxiliary == "can" else f"{auxiliary} not"
        return f"{negated} {word}"

    def remove(match: re.Match[str]) -> str | None:
        word = match.group(2)
        if word in (
            "only",
            "just",
            "yet",
            "even",
            "until",
            "necessarily",
            "all",
            "quite",
            "always",
            "so",
            "as",
            "exactly",
            "entirely",
            "much",
            "far",
            "very",
            "too",
        ):
            return None
        if re.search(r"\bbut\b", text[match.end() :]):
            return None  # "is not proving X but showing Y": the negation belongs to a contrast
        return f"{match.group(1)} {word}"

    def swap_adverb(match: re.Match[str]) -> str:
        return f"{match.group(1)} never {match.group(3)}"

    def drop_never(match: re.Match[str]) -> str:
        return f"{match.group(1)} repeatedly {match.group(2)}"

    def expand(match: re.Match[str]) -> str | None:
        plain = _CONTRACTED[match.group(1).lower().replace("'", "\u2019")]
        word = match.group(2).strip()
        if word in ("only", "just", "yet", "even", "until", "necessarily", "all", "quite", "always"):
            return None
        return (plain.capitalize() if match.group(1)[0].isupper() else plain) + match.group(2)

    return (
        sites(article, index, inserted, insert)
        + sites(article, index, removed, remove)
        + sites(article, index, adverb, swap_adverb)
        + sites(article, index, never, drop_never)
        + sites(article, index, contracted, expand)
    )


# Verb forms and their antonyms in the same form; each pair read both ways unless marked one-way.
_ANTONYMS = (
    ("approved", "rejected"), ("approve", "reject"), ("approves", "rejects"), ("rose", "fell"), ("rises", "falls"),
    ("increased", "decreased"), ("increase", "decrease"), ("supports", "opposes"), ("support", "oppose"),
    ("supported", "opposed"), ("praised", "criticized"), ("praises", "criticizes"), ("praise", "criticize"),
    ("confirmed", "denied"), ("confirms", "denies"), ("accepted", "rejected"), ("agreed to", "refused to"),
    ("agrees to", "refuses to"), ("acquitted", "convicted"), ("upheld", "struck down"), ("gained", "lost"),
    ("expanded", "reduced"), ("won", "lost"), ("wins", "loses"), ("welcomed", "condemned"),
    ("strengthen", "weaken"), ("strengthened", "weakened"), ("endorsed", "opposed"),
)  # fmt: skip
# Read one way only: the other way does not always make a sentence ("lost his job" -> "won his job").
_ONE_WAY = frozenset({("gained", "lost"), ("won", "lost"), ("wins", "loses"), ("accepted", "rejected"),
                      ("endorsed", "opposed"), ("acquitted", "convicted"), ("welcomed", "condemned")})  # fmt: skip
# What must not follow a form for the swap to keep the sentence ("opposed to", "supported by" stays fine).
_NOT_FOLLOWED = re.compile(
    r"\s+(?:to|up|down|off|out|away|over|in|on|for|among|from|ill|short|silent|asleep|apart|behind|victim|into)\b"
)


_BASE_FORMS = frozenset(
    ["support", "oppose", "praise", "criticize", "approve", "reject", "increase", "decrease", "strengthen", "weaken"]
)
_BEFORE_BASE = (
    r"\b(?:to|will|would|could|should|can|may|might|must|not|never|also|who|which|that|they|we|I|you|"
    r"he|she|it|Republicans|Democrats)\s$"
)
_CLAIMS = r" (?:claims|assertions|the notion|the idea|reports|suggestions|allegations|criticism|the charge|calls)\b"


def antonym(article: Article, index: int) -> list[Change]:
    """A verb replaced by its antonym in the same form: "approved" <-> "rejected", "rose" <-> "fell", "supports" <->
    "opposes", "won" -> "lost"."""
    table: dict[str, str] = {}
    for left, right in _ANTONYMS:
        table.setdefault(left, right)
        if (left, right) not in _ONE_WAY:
            table.setdefault(right, left)
    pattern = re.compile(r"(?<![\w\-])(" + "|".join(sorted(table, key=len, reverse=True)) + r")(?![\w\-\u2019'])")
    text = article.sentences[index].text

    def make(match: re.Match[str]) -> str | None:
        word = match.group(1)
        if word in ("confirmed", "denied", "confirms", "denies") and not re.match(
            r"\s+(?:that|the|reports?)\b", text[match.end() :]
        ):
            return None  # "was confirmed as secretary", "denied him bail": no statement confirmed or denied
        if _NOT_FOLLOWED.match(text[match.end() :]) and " " not in word:
            return None
        before = text[: match.start()]
        if re.search(r"\b(?:a|an|the|his|her|its|their|of|for)\s$", before, re.IGNORECASE):
            return None  # a noun ("a increase", "the support of"), not the verb
        antonym = table[word]
        if re.search(r"\b" + antonym + r"\b", text):
            return None  # "supports or opposes", "a tax cut, much less a tax increase"
        if word in _BASE_FORMS and not re.search(_BEFORE_BASE, before):
            return None  # the base form read as a verb only after "to", a modal or a subject ("public support")
        if word in ("expanded", "reduced") and not re.match(r" (?:the|its|his|her|their|a|an)\b", text[match.end() :]):
            return None
        if re.search(r"\b(?:harshly|sharply|bitterly|fiercely|roundly|strongly|warmly|highly|lavishly)\s$", before):
            return None  # an adverb of one verb only ("sharply criticized")
        if word.startswith("reject") and re.match(_CLAIMS, text[match.end() :]):
            return "accept" + word[len("reject") :]  # a claim is accepted, not approved
        return antonym

    return sites(article, index, pattern, make)
