"""Names: a person, a place or an organisation changed to another of its kind (directional)."""

from __future__ import annotations

import random
import re

from ._model import Article, Change
from ._tables import CITIES, COUNTRIES, FEMALE, MALE, ORGANISATION_KINDS, STATE_NAMES, SURNAMES
from ._text import occurs, sites

_FULL_NAME = re.compile(
    r"(?<![\w.])(?<!\w )(" + "|".join(sorted(MALE | FEMALE)) + r")( [A-Z]\.)? ((?:Mc|Mac|O\u2019|O')?[A-Z][a-z]+)"
    r"(?![\w\-]| [A-Z][a-z]| [A-Z]\.)"
)


def _rng(article: Article, index: int, name: str) -> random.Random:
    return random.Random(f"{name}:{article.event}:{article.outlet}:{index}")


def person(article: Article, index: int) -> list[Change]:
    """A person's name changed: the first name under the same surname ("Loretta Sanchez" -> "Linda Sanchez") or the
    whole name, to a name the article never uses; only a first name of the same sex is put for a first name."""
    rng = _rng(article, index, "person")
    text = article.sentences[index].text

    def make(match: re.Match[str]) -> str | None:
        first, middle, surname = match.group(1), match.group(2) or "", match.group(3)
        if len(re.findall(r"\b" + re.escape(surname) + r"\b", text)) > 1:
            return None
        same_sex = sorted((MALE if first in MALE else FEMALE) - {first})
        names = [n for n in same_sex if not occurs(article, n)]
        if not names:
            return None
        if rng.random() < 0.5:
            return f"{rng.choice(names)}{middle} {surname}"
        surnames = [s for s in SURNAMES if not occurs(article, s)]
        return f"{rng.choice(names)} {rng.choice(surnames)}"

    return sites(article, index, _FULL_NAME, make)


def place(article: Article, index: int) -> list[Change]:
    """A state, country or city where something is or happens changed to another of its kind ("in Connecticut" ->
    "in Oregon"); never inside a longer name ("Ohio State", "New York Times") or a party-state tag."""
    rng = _rng(article, index, "place")
    text = article.sentences[index].text
    kinds = (STATE_NAMES, tuple(COUNTRIES), tuple(CITIES))
    names = "|".join(sorted((n for kind in kinds for n in kind), key=len, reverse=True))
    pattern = re.compile(
        r"\b(?:in|from|to|at|near|across|into|visited|throughout|outside) (?:the )?(" + names + r")(?![\w\-]"
        r"| [A-Z]|\u2019s [A-Z]|'s [A-Z]|, [A-Z])"
    )

    def make(match: re.Match[str]) -> str | None:
        old = match.group(1)
        if len(re.findall(r"\b" + re.escape(old) + r"\b", text)) > 1:
            return None
        kind = next(k for k in kinds if old in k)
        pool = [n for n in kind if n != old and not occurs(article, n)]
        return rng.choice(pool) if pool else None

    return sites(article, index, pattern, make, group=1)


def organisation(article: Article, index: int) -> list[Change]:
    """An outlet, agency or group changed to another of its kind ("Politico reported" -> "Roll Call reported",
    "the Justice Department said" -> "the State Department said"), with "the" where the new name takes it."""
    rng = _rng(article, index, "organisation")
    text = article.sentences[index].text
    takes_the = {name: the for kind in ORGANISATION_KINDS for name, the in kind}
    names = "|".join(re.escape(n) for n in sorted(takes_the, key=len, reverse=True))
    pattern = re.compile(r"(?:\b([Tt]he) )?\b(" + names + r")(?![\w\-/]| [A-Z]|[\u2019'](?!s))")

    def make(match: re.Match[str]) -> str | None:
        article_word, old = match.group(1), match.group(2)
        if text.count(old) > 1 or re.search(r"(?:[A-Z][\w.]*|/)\s?$", text[: match.start()]):
            return None  # named twice, or a part of a longer name ("the U.S. Chamber of Commerce", "NBC/WSJ")
        kind = next(k for k in ORGANISATION_KINDS if any(name == old for name, _ in k))
        pool = [
            (name, the)
            for name, the in kind
            if name != old and not occurs(article, name) and (article_word or the == takes_the[old])
        ]
        if not pool:
            return None
        name, the = rng.choice(pool)
        if article_word and the:
            return f"{article_word} {name}"
        return name

    return sites(article, index, pattern, make)
