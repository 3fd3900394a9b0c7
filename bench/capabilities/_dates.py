"""Dates: a weekday, a day of a month or a year changed (directional), or written another way (invariance)."""

from __future__ import annotations

import random
import re

from ._model import Article, Change
from ._text import occurs, sites, with_agreeing_article

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# AP abbreviations of the months that have one; March to July are never abbreviated.
MONTHS = {
    "January": "Jan.", "February": "Feb.", "March": None, "April": None, "May": None, "June": None, "July": None,
    "August": "Aug.", "September": "Sept.", "October": "Oct.", "November": "Nov.", "December": "Dec.",
}  # fmt: skip
_ABBREVIATED = {short: full for full, short in MONTHS.items() if short}
_MONTH = "|".join([re.escape(a) for a in _ABBREVIATED] + list(MONTHS))
_DAY = re.compile(r"\b(" + _MONTH + r") (\d{1,2})(?:st|nd|rd|th)?\b(,? \d{4})?")


def _rng(article: Article, index: int, name: str) -> random.Random:
    return random.Random(f"{name}:{article.event}:{article.outlet}:{index}")


def weekday(article: Article, index: int) -> list[Change]:
    """The weekday of an act changed ("said on Friday" -> "said on Tuesday"); not a programme or a name ("Fox News
    Sunday", "Super Tuesday", "Black Friday"), a weekday the sentence already names, or one of a range."""
    rng = _rng(article, index, "weekday")
    text = article.sentences[index].text
    pattern = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b(?!\s*[-\u2013]|\s+(?:through|to|and|or)\s)")

    def make(match: re.Match[str]) -> str | None:
        before = text[: match.start()]
        if re.search(r"(?:[A-Z][\w.]*|through|to|and|or|-|\u2013)\s*$", before) and match.start() > 0:
            return None
        if re.search(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", text[: match.start()] + text[match.end() :]):
            return None
        pool = [day for day in WEEKDAYS if day != match.group(1) and day not in text]
        return rng.choice(pool)

    return sites(article, index, pattern, make, group=1)


def month_day(article: Article, index: int) -> list[Change]:
    """The day of a calendar date changed ("on March 18" -> "on March 24", "Sept. 11, 2001" is left: a name)."""
    rng = _rng(article, index, "month_day")

    def make(match: re.Match[str]) -> str | None:
        month, day, year = match.group(1), int(match.group(2)), match.group(3) or ""
        if (month in ("Sept.", "September") and day == 11) or day > 31:
            return None
        if re.match(r"\s*[-\u2013]", match.string[match.end() :]) or re.search(
            r"[-\u2013]\s*$", match.string[: match.start()]
        ):
            return None  # one end of a range ("March 31-April 4")
        if match.group(0)[len(month) + 1 + len(match.group(2)) :][:2] in ("st", "nd", "rd", "th"):
            return None
        for shift in rng.sample((-6, -4, -3, 3, 4, 6), 6):
            new = day + shift
            if 1 <= new <= 28 and not occurs(article, f"{month} {new}"):
                return f"{month} {new}{year}"
        return None

    return sites(article, index, _DAY, make)


def year(article: Article, index: int) -> list[Change]:
    """The year of an act changed ("filed in 2014" -> "filed in 2012"), never to a year after the article's."""
    rng = _rng(article, index, "year")
    published = int(article.published[:4]) if article.published[:4].isdigit() else 2015
    pattern = re.compile(
        r"\b(in|since|until|by|from) ((?:19|20)\d\d)\b(?![\-\u2013/]|s\b|\u2019s|'s| (?:and|to|through)\b)"
    )
    text = article.sentences[index].text

    def make(match: re.Match[str]) -> str | None:
        if re.search(_MONTH + r"\s+\d{0,2},?\s*$", text[: match.start(2)]):
            return None
        old = int(match.group(2))
        for shift in rng.sample((-3, -2, -1, 1, 2), 5):
            new = old + shift
            if (new <= published or old > published) and not occurs(article, str(new)):
                return f"{match.group(1)} {new}"
        return None

    return sites(article, index, pattern, make)


def month_abbreviation(article: Article, index: int) -> list[Change]:
    """A month written in full or as AP abbreviates it, before a day ("Jan. 5" <-> "January 5")."""

    def make(match: re.Match[str]) -> str | None:
        month = match.group(1)
        other = _ABBREVIATED.get(month) or MONTHS.get(month)
        return None if other is None else other + match.group(0)[len(month) :]

    return sites(article, index, _DAY, make, quotes="any")


def date_format(article: Article, index: int) -> list[Change]:
    """A calendar date in another order or style ("March 18" -> "March 18th"; "Oct. 2, 1999" -> "2 October 1999";
    "March 5, 2012" -> "3/5/2012")."""
    rng = _rng(article, index, "date_format")

    def make(match: re.Match[str]) -> str | None:
        month, day, year = match.group(1), int(match.group(2)), (match.group(3) or "").lstrip(", ")
        if not 1 <= day <= 31 or match.group(0)[len(month) + 1 + len(match.group(2)) :][:2] in ("st", "nd", "rd", "th"):
            return None
        full = _ABBREVIATED.get(month, month)
        suffix = "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        forms = [
            f"{full} {day}{suffix}" + (f", {year}" if year else ""),
            f"{day} {full}" + (f" {year}" if year else ""),
        ]
        if year and not re.match(r", [a-z]", match.string[match.end() :]):
            # not where the date modifies a noun with its closing comma ("the Sept. 11, 2001, attacks")
            forms.append(f"{list(MONTHS).index(full) + 1}/{day}/{year}")
        elif year:
            forms.pop()
        return rng.choice(forms)

    return [with_agreeing_article(article, change) for change in sites(article, index, _DAY, make)]
