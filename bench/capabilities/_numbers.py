"""Numbers: a figure changed to another value of the same form (directional), or written another way (invariance,
and the link capability of a figure written in words)."""

from __future__ import annotations

import random
import re
from typing import Any

from ._model import Article, Change
from ._text import Make, capitalised_like, occurs, sites, with_agreeing_article

_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
]
_MONTHS = (
    r"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July|August"
    r"|September|October|November|December"
)
_APPROXIMATE = ("about", "roughly", "around", "approximately", "some", "nearly", "almost")
_SCALE = r"(?: (?:million|billion|trillion))?"

# A figure: digits with thousands commas or a decimal part.
_FIGURE = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![.,:]?\d)"
# A figure in a range or a time of day is no single value: "$14 and $22 million", "7:30 p.m.", "from 30 to 40".
_RANGE_AFTER = re.compile(r"(?:\s*(?:to|-|\u2013|and|or)\s*\$?\d|\s*(?:a\.m|p\.m))")
_RANGE_BEFORE = re.compile(
    r"\b(?:between|from)\s+(?:about |roughly |nearly |some |around |approximately )?\$?$", re.IGNORECASE
)
# What must not stand right before a plain cardinal: a currency, a month (a date), a capitalised word (a name:
# "Air Force 1", "Russell 2000"), a hyphen or a slash, a hedge (the hedged class), a number sign.
_NOT_BEFORE_CARDINAL = re.compile(
    r"(?:[$£€#/\-\u2013.,:]|\b(?:"
    + _MONTHS
    + r"|"
    + "|".join(_APPROXIMATE)
    + r"|than|least|to|No\.|and|or)\s|[A-Z]\w*\s)$"
)
# What a count counts: the next word, unless it is a unit handled elsewhere, a fraction's part or a function word.
_COUNTED = re.compile(
    r"\s(?!percent|per\b|a\.m|p\.m|million|billion|trillion|years? old|quarters\b|thirds\b|halves\b|fifths\b"
    r"|(?:of|to|and|or|is|was|are|were|in|on|at|for|by|from|with|as|the|a|an|that|which|who|has|have|had|will)\b)"
    r"([a-z][a-z\-]+)"
)


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def _format_like(value: float, original: str) -> str:
    decimals = len(original.split(".")[1]) if "." in original else 0
    if decimals:
        return f"{value:.{decimals}f}"
    if "," in original or value >= 1000:
        return f"{round(value):,}"
    return str(round(value))


def _step(original: str) -> float:
    """The step of the last written digit ("30,000" -> 10,000, "1.2" -> 0.1, "372" -> 1)."""
    if "." in original:
        return float(10 ** -len(original.split(".")[1]))
    digits = original.replace(",", "")
    return float(10 ** (len(digits) - len(digits.rstrip("0")))) if digits.strip("0") else 1.0


def other_figure(original: str, article: Article, rng: random.Random, *, factors: tuple[float, ...]) -> str | None:
    """Another value of a figure, written with the same precision, that the article does not already write.

    Small whole numbers move by two or three; larger ones by one of ``factors``, rounded to the original step.
    """
    value = _value(original)
    if value <= 1:
        return None
    if value < 10 and "." not in original:
        candidates = [value + d for d in (2, 3, -2, -3) if value + d > 1]
    else:
        step = _step(original)
        candidates = [max(step, round(value * f / step) * step) for f in factors]
    rng.shuffle(candidates)
    for candidate in candidates:
        written = _format_like(candidate, original)
        if candidate != value and not occurs(article, written):
            return written
    return None


def _rng(article: Article, index: int, name: str) -> random.Random:
    return random.Random(f"{name}:{article.event}:{article.outlet}:{index}")


def _figure_sites(article: Article, index: int, pattern: re.Pattern[str], make: Make, **options: Any) -> list[Change]:
    """``sites`` for a figure: never one of a range or a time of day, and "a" or "an" before it made to agree."""
    sentence = article.sentences[index]
    paragraph = article.paragraphs[sentence.paragraph]
    changes = []
    for change in sites(article, index, pattern, make, **options):
        if _RANGE_AFTER.match(paragraph, change.end) or _RANGE_BEFORE.search(paragraph[: change.start]):
            continue
        changes.append(with_agreeing_article(article, change))
    return changes


def cardinal(article: Article, index: int) -> list[Change]:
    """A plain count before what it counts ("30,000 more troops" -> "45,000 more troops"): no currency, percent,
    unit, hedge, year, time or name around it."""
    rng = _rng(article, index, "cardinal")
    pattern = re.compile(r"(?<![\w.,$])(" + _FIGURE + r")(?=" + _COUNTED.pattern + r")")
    text = article.sentences[index].text

    def make(match: re.Match[str]) -> str | None:
        figure = match.group(1)
        if _NOT_BEFORE_CARDINAL.search(text[: match.start()]) or "." in figure:
            return None
        if re.fullmatch(r"(19|20)\d\d", figure):
            return None  # a year
        counted = _COUNTED.match(text, match.end())
        if counted is None or counted.group(1) in _MEASURE_UNITS or counted.group(1).startswith(("percent", "%")):
            return None
        return other_figure(figure, article, rng, factors=(0.5, 0.75, 1.5, 2.0))

    return _figure_sites(article, index, pattern, make, group=1)


def number_word(article: Article, index: int) -> list[Change]:
    """A count in words before what it counts ("three people" -> "five people")."""
    rng = _rng(article, index, "number_word")
    words = "|".join(_WORDS[2:13] + _TENS)
    pattern = re.compile(r"(?<![\w\-])(" + words + r")(?![\w\-])(?=" + _COUNTED.pattern + ")", re.IGNORECASE)

    def make(match: re.Match[str]) -> str | None:
        word = match.group(1).lower()
        pool = [w for w in _WORDS[2:13] + _TENS if w != word and not occurs(article, w)]
        if word in _TENS:
            pool = [w for w in pool if w in _TENS]
        else:
            pool = [w for w in pool if w in _WORDS and abs(_WORDS.index(w) - _WORDS.index(word)) >= 2]
        return capitalised_like(rng.choice(pool), match.group(1)) if pool else None

    return _figure_sites(article, index, pattern, make, group=1)


def _ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ordinal(article: Article, index: int) -> list[Change]:
    """A rank of a thing after a determiner ("the third person charged" -> "the fourth person charged", "the 113th
    Congress" -> "the 114th Congress"), not a first lady, an amendment's name or a unit of time."""
    words = "|".join(_ORDINALS)
    pattern = re.compile(
        r"\b(?:the|his|her|its|their|a|an) (" + words + r"|\d+(?:st|nd|rd|th))(?= (?!lady\b|ladies\b|daughters?\b"
        r"|family\b|couple\b|place\b|hand\b|(?:of|and|or|to|in|on|at|for|by|from|with|as|that|this)\b)[a-z]\w+)"
    )

    def make(match: re.Match[str]) -> str | None:
        written = match.group(1)
        if written in _ORDINALS:
            position = _ORDINALS.index(written)
            return _ORDINALS[position + 1] if position + 1 < len(_ORDINALS) else _ORDINALS[position - 1]
        n = int(written[:-2]) + 1
        return f"{n}{_ordinal_suffix(n)}"

    return _figure_sites(article, index, pattern, make, group=1)


def hedged(article: Article, index: int) -> list[Change]:
    """An approximate figure with its hedge reworded and its value moved well outside the hedge ("about 400,000" ->
    "roughly 250,000", "nearly $8 billion" -> "about $12 billion")."""
    rng = _rng(article, index, "hedged")
    pattern = re.compile(
        r"\b(" + "|".join(_APPROXIMATE) + r") (\$?)(" + _FIGURE + r")(" + _SCALE + r")(?!\w)", re.IGNORECASE
    )

    def make(match: re.Match[str]) -> str | None:
        hedge, currency, figure, scale = match.groups()
        if hedge.lower() == "some" and not (currency or scale or _value(figure) >= 10):
            return None
        if re.fullmatch(r"(19|20)\d\d", figure) and not currency:
            return None
        new = other_figure(figure, article, rng, factors=(0.6, 1.5, 1.6))
        if new is None or (scale and not 1 <= _value(new) < 1000):
            return None
        other = rng.choice([h for h in ("about", "roughly", "around", "approximately") if h != hedge.lower()])
        return f"{capitalised_like(other, hedge)} {currency}{new}{scale}"

    return _figure_sites(article, index, pattern, make)


def money(article: Article, index: int) -> list[Change]:
    """A sum of money not hedged ("$43 million" -> "$65 million", "$2.50" -> "$3.75")."""
    rng = _rng(article, index, "money")
    pattern = re.compile(r"\$(" + _FIGURE + r")(" + _SCALE + r")(?![\w,]\d)")
    text = article.sentences[index].text

    def make(match: re.Match[str]) -> str | None:
        if re.search(r"\b(?:" + "|".join(_APPROXIMATE) + r"|than|least|to|and|or)\s$", text[: match.start()], re.I):
            return None
        new = other_figure(match.group(1), article, rng, factors=(0.5, 0.75, 1.5, 2.0))
        if new is None or (match.group(2) and not 1 <= _value(new) < 1000):
            return None
        return f"${new}{match.group(2)}"

    return _figure_sites(article, index, pattern, make)


def percent(article: Article, index: int) -> list[Change]:
    """A percentage not hedged ("51 percent" -> "58 percent", "3.2%" -> "4.1%")."""
    rng = _rng(article, index, "percent")
    pattern = re.compile(r"(?<![\w.,$])(\d+(?:\.\d+)?)( percent| per cent|%)(?!\w| of the time)")
    text = article.sentences[index].text

    def make(match: re.Match[str]) -> str | None:
        if re.search(r"\b(?:" + "|".join(_APPROXIMATE) + r"|than|least|to|and|or)\s$", text[: match.start()], re.I):
            return None
        figure = match.group(1)
        value = _value(figure)
        if not 2 <= value <= 95:
            return None
        new = other_figure(figure, article, rng, factors=(0.7, 0.8, 1.2, 1.3))
        return f"{new}{match.group(2)}" if new else None

    return _figure_sites(article, index, pattern, make)


_MEASURE_UNITS = frozenset(
    [
        "miles",
        "mile",
        "kilometers",
        "kilometres",
        "km",
        "meters",
        "metres",
        "feet",
        "foot",
        "inches",
        "yards",
        "acres",
        "tons",
        "tonnes",
        "pounds",
        "kilograms",
        "kg",
        "gallons",
        "liters",
        "litres",
        "barrels",
    ]
)


def measure(article: Article, index: int) -> list[Change]:
    """A length, area, weight or volume ("234 miles of fence" -> "350 miles of fence", "a 10-mile stretch")."""
    rng = _rng(article, index, "measure")
    units = "|".join(
        sorted(_MEASURE_UNITS | {"mile", "foot", "ton", "acre", "gallon", "barrel"}, key=len, reverse=True)
    )
    pattern = re.compile(r"(?<![\w.,$])(" + _FIGURE + r")(" + _SCALE + r")([ \-](?:square )?(?:" + units + r"))\b")
    text = article.sentences[index].text

    def make(match: re.Match[str]) -> str | None:
        if re.search(r"\b(?:" + "|".join(_APPROXIMATE) + r"|than|least|to|and|or)\s$", text[: match.start()], re.I):
            return None
        new = other_figure(match.group(1), article, rng, factors=(0.5, 0.75, 1.5, 2.0))
        return f"{new}{match.group(2)}{match.group(3)}" if new else None

    return _figure_sites(article, index, pattern, make)


def in_words(n: int) -> str | None:
    """A whole number below a hundred in words ("forty-two")."""
    if n < 20:
        return _WORDS[n]
    if n < 100:
        tens, units = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_WORDS[units]}" if units else "")
    return None


def digits_and_words(article: Article, index: int) -> list[Change]:
    """A count from two to ninety-nine written the other way ("three senators" <-> "3 senators")."""
    text = article.sentences[index].text
    words = "|".join(sorted(_WORDS[2:] + _TENS, key=len, reverse=True))
    pattern = re.compile(
        r"(?<![\w\-.,$])(?:(\d{1,2})|((?:"
        + "|".join(_TENS)
        + r")-(?:"
        + "|".join(_WORDS[1:10])
        + r")|"
        + words
        + r"))(?![\w\-%])(?="
        + _COUNTED.pattern
        + ")",
        re.IGNORECASE,
    )

    def make(match: re.Match[str]) -> str | None:
        if _NOT_BEFORE_CARDINAL.search(text[: match.start()]):
            return None
        if match.group(1):
            return in_words(int(match.group(1))) if int(match.group(1)) >= 2 else None
        if match.start() == 0:
            return None  # a sentence does not open with digits
        word = match.group(0).lower()
        if "-" in word:
            tens, units = word.split("-")
            return str((_TENS.index(tens) + 2) * 10 + _WORDS.index(units))
        return str(_WORDS.index(word) if word in _WORDS else (_TENS.index(word) + 2) * 10)

    return _figure_sites(article, index, pattern, make, quotes="any")


_SCALE_WORDS = {1000: "thousand", 1_000_000: "million"}


def _large_in_words(value: int) -> str | None:
    """A round figure of thousands or millions in words ("30,000" -> "thirty thousand")."""
    for base, word in sorted(_SCALE_WORDS.items(), reverse=True):
        if value >= base and value % base == 0 and (value // base) < 100:
            head = in_words(value // base)
            return f"{head} {word}" if head else None
    return None


def figure_in_words(article: Article, index: int) -> list[Change]:
    """A large figure written in words ("30,000 troops" -> "thirty thousand troops", "$2 million" -> "two million
    dollars", "12 percent" -> "twelve percent")."""
    text = article.sentences[index].text
    pattern = re.compile(
        r"(?<![\w.,])(\$?)(\d{1,3}(?:,\d{3})+|\d{1,2})( million| billion| percent)?(?![\w,.%]\d*)"
        r"(?=[ ,.])"
    )

    def make(match: re.Match[str]) -> str | None:
        currency, figure, scale = match.group(1), match.group(2), match.group(3) or ""
        if _NOT_BEFORE_CARDINAL.search(text[: match.start()]) and not currency:
            return None
        value = int(figure.replace(",", ""))
        if scale:
            words = in_words(value)
            if words is None or value < 2:
                return None
            written = f"{words}{scale}"
        else:
            if currency or value < 1000:
                return None
            counted = _COUNTED.match(text, match.end())
            if counted is None:
                return None
            written = _large_in_words(value) or ""
        if not currency:
            return written or None  # a figure that is no round number of thousands is not written in words
        # "two million dollars" reads only where the sum is not a modifier ("a $2 million budget")
        after = re.match(r"(?:[,.;]| (?:in|for|to|from|on|of|over|each|and|last|this|after)\b)", text[match.end() :])
        return f"{written} dollars" if scale.strip() in ("million", "billion") and after else None

    return _figure_sites(article, index, pattern, make)
