"""Normalisation for matching: each sentence becomes a bag of weighted keys.

A key is what two wordings of one claim have in common once surface differences are gone: a word stem
("wounded" -> "wound"), a number ("#22"), a duration in seconds ("@3600s": "an hour" = "hour-long" = "60-minute"),
or an acronym ("^uae"). A key's weight is its rarity in English (from `wordfreq`): "the" weighs nothing,
"prisoner" a little, "Zelenskyy" a lot.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs
import Stemmer
from wordfreq import zipf_frequency

if TYPE_CHECKING:
    from nicknames import NickNamer

__all__ = [
    "COUNTED_WORDS",
    "FIGURE_KINDS",
    "MIN_COUNTED_RARITY",
    "NAME_KINDS",
    "NUMBER_RARITY",
    "UNIT_SECONDS",
    "Token",
    "fold",
    "quoted_runs",
    "quoted_spans",
    "rarity",
    "same_given_name",
    "stem",
    "tokenize",
    "unify_keys",
]

# A word whose Zipf frequency is at or above this carries no evidence ("the" 7.7, "said" 6.0); one never seen in
# the frequency list (most surnames, transliterations) weighs the cap.
_COMMON_ZIPF = 6.2
_MAX_RARITY = 4.5
# A number or a duration pins a claim down about as well as an uncommon word.
NUMBER_RARITY = 3.0

_STEMMER = Stemmer.Stemmer("english")

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)

_TOKEN = re.compile(
    r"(?P<acronym>\b(?:[A-Z]\.){2,}(?![A-Za-z]))"
    r"|(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)"
)

# Number words, shared with the quantity reader (_facts/_numbers) so that linking and conflicts read numbers alike.
UNIT_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TEN_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS = {"hundred": 100, "dozen": 12}
MULTIPLIERS = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
}
_NUMBER_WORDS = {**UNIT_WORDS, **TEN_WORDS, **SCALE_WORDS}
# Seconds in a unit of time, for durations ("an hour" = "60-minute" = "@3600s").
UNIT_SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3_600,
    "day": 86_400,
    "week": 604_800,
    "month": 2_592_000,
    "year": 31_536_000,
}
_ARTICLES = {"a": 1.0, "an": 1.0, "half": 0.5}


# Not frozen, though never changed, as Word is not: every word of every sentence of a report is a token, made again in
# each comparison with no report reused, and a frozen instance costs three times as much to make.
@attrs.define(unsafe_hash=True)
class Token:
    """One key of a sentence, with where it stands.

    Args:
        key: What the token is compared by.
        start: Offset of its first character in the sentence.
        end: Offset after its last character.
        rarity: How much sharing it says about two sentences, from 0 (function word) up.
        kind: ``"word"``, ``"name"`` (capitalised inside a sentence), ``"number"``, ``"duration"`` or ``"acronym"``.
        surface: The word as folded for matching (lower case), before stemming.
    """

    key: str
    start: int
    end: int
    rarity: float
    kind: str
    surface: str


# The kinds of token that name who or what a claim is about, as opposed to what it says of them.
NAME_KINDS = frozenset({"name", "acronym"})
# The kinds of token that are figures: two sentences sharing one share a fact.
FIGURE_KINDS = frozenset({"number", "duration", "count"})


def fold(text: str) -> str:
    """Fold quote, dash and space variants and compatibility forms, keeping every offset in place."""
    # No ASCII character is folded, and three claims in four are ASCII.
    return text if text.isascii() else text.translate(_FOLD)


@functools.lru_cache(maxsize=200_000)
def rarity(word: str) -> float:
    """How much a shared lower-case word says about two sentences: 0 for function words, up to the cap."""
    zipf = zipf_frequency(word, "en", wordlist="best")
    return max(0.0, min(_MAX_RARITY, _COMMON_ZIPF - zipf))


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of a lower-case word ("wounded" -> "wound"), as keys are made of."""
    return str(_STEMMER.stemWord(word))


def _number_value(text: str) -> float | None:
    digits = text.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def _number_key(value: float) -> str:
    return f"#{value:.15g}"


# A report is compared with several others (a collation, a batch against one wire copy), and every comparison
# reads its sentences again: tokens are immutable, so each sentence is read once.
@functools.lru_cache(maxsize=8192)
def tokenize(sentence: str) -> tuple[Token, ...]:
    """Split a sentence into tokens with keys for matching.

    Args:
        sentence: The sentence as written.

    Returns:
        The tokens in text order, then the durations, counts and quoted clauses made of them.
    """
    folded = fold(sentence)
    acronyms_allowed = not _is_shouting(folded)
    raw: list[Token] = []
    # Names bound once: every token of every claim passes here.
    read, append = _read_token, raw.append
    for match in _TOKEN.finditer(folded):
        key, weight, kind, surface = read(match.group(), match.lastgroup, acronyms_allowed)
        start, end = match.span()
        append(Token(key, start, end, weight, kind, surface))
    if raw and raw[0].kind == "name":
        # Every sentence starts with a capital: the first word is a name only if it is one anywhere.
        raw[0] = Token(raw[0].key, raw[0].start, raw[0].end, raw[0].rarity, "word", raw[0].surface)
    tokens = _merge_multipliers(raw)
    durations = _durations(tokens, folded)
    return tuple(tokens) + durations + _counts(tokens, durations, folded) + _quotes(folded)


# Every token of every sentence is read with no report reused, and words recur: each is read once.
@functools.lru_cache(maxsize=200_000)
def _read_token(text: str, group: str | None, acronyms_allowed: bool) -> tuple[str, float, str, str]:
    """The key, rarity, kind and surface of a token as written, by the group of _TOKEN it matched."""
    if group == "acronym":
        letters = text.replace(".", "").lower()
        return "^" + letters, min(_MAX_RARITY, rarity(letters) + 1.0), "acronym", letters
    if group == "number":
        value = _number_value(text)
        return _number_key(value) if value is not None else text, NUMBER_RARITY, "number", text
    return _analyse_word(text, acronyms_allowed)


def _analyse_word(text: str, acronyms_allowed: bool) -> tuple[str, float, str, str]:
    lower = text.lower()
    if lower.endswith("'s"):
        lower = lower[:-2]
    if lower in _NUMBER_WORDS:
        return _number_key(_NUMBER_WORDS[lower]), NUMBER_RARITY, "number", lower
    if acronyms_allowed and 2 <= len(text) <= 6 and text.isupper():
        return "^" + lower, min(_MAX_RARITY, rarity(lower) + 1.0), "acronym", lower
    kind = "name" if text[0].isupper() else "word"
    return stem(lower), rarity(lower), kind, lower


# Every byte but those of A-Z, and every byte but those of a-z: a sentence's ASCII capitals and small letters are
# counted among its UTF-8 bytes, where a character beyond ASCII is only bytes from 0x80 up.
_NOT_UPPER = bytes(byte for byte in range(256) if not ord("A") <= byte <= ord("Z"))
_NOT_LOWER = bytes(byte for byte in range(256) if not ord("a") <= byte <= ord("z"))


def _is_shouting(sentence: str) -> bool:
    # Headlines and labels in capitals are not acronyms word by word.
    data = sentence.encode("utf-8", "surrogatepass")
    upper = len(data.translate(None, _NOT_UPPER))
    lower = len(data.translate(None, _NOT_LOWER))
    return upper + lower > 12 and upper > 1.5 * lower


def _merge_multipliers(tokens: list[Token]) -> list[Token]:
    """Fold "1.2 million" into one number token, so it matches "1,200,000"."""
    merged: list[Token] = []
    for token in tokens:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == "number"
            and token.surface in MULTIPLIERS
            and previous.key.startswith("#")
        ):
            value = float(previous.key[1:]) * MULTIPLIERS[token.surface]
            merged[-1] = attrs.evolve(previous, key=_number_key(value), end=token.end)
        else:
            merged.append(token)
    return merged


def _durations(tokens: list[Token], sentence: str) -> tuple[Token, ...]:
    """Durations written as "an hour", "90-minute", "1.5 hours", "hour-long", "30 days"."""
    found: list[Token] = []
    for position, token in enumerate(tokens):
        unit = _UNIT_OF_SURFACE.get(token.surface)
        if unit is None:
            continue
        if _an_age(tokens, position, sentence):
            # "a 46-year-old pediatrician" gives her age, as "aged 46" or "46," does: the number is the fact.
            continue
        amount, start = _duration_amount(tokens, position, sentence)
        if amount is None:
            continue
        end = token.end
        if _surfaces(tokens, position + 1, position + 4) == ["and", "a", "half"]:
            # "an hour and a half", "an hour-and-a-half call"
            amount, end = amount + 0.5, tokens[position + 3].end
        seconds = amount * UNIT_SECONDS[unit]
        found.append(Token(f"@{seconds:.15g}s", start, end, NUMBER_RARITY, "duration", sentence[start:end]))
    return tuple(found)


# How many words after a number still describe what it counts ("22 wounded Ukrainian soldiers").
COUNTED_WORDS = 3
# Words too common to say what is counted ("22 of the", "23 more").
MIN_COUNTED_RARITY = 0.5
_PHRASE_BREAKS = frozenset(",;:.()")
_COUNT = "count:"


def _counted_words(sentence: str, tokens: Sequence[Token], position: int) -> tuple[Token, ...]:
    """The words after the number at ``tokens[position]`` that say what it counts.

    Args:
        sentence: The sentence, folded.
        tokens: Its word and number tokens in text order.
        position: Where the number stands among them.

    Returns:
        Up to three tokens; none when punctuation, another number or a function word follows at once.
    """
    counted: list[Token] = []
    previous_end = tokens[position].end
    for token in tokens[position + 1 : position + 1 + COUNTED_WORDS]:
        gap = sentence[previous_end : token.start]
        if any(mark in gap for mark in _PHRASE_BREAKS) or token.kind == "number" or token.rarity < MIN_COUNTED_RARITY:
            break
        counted.append(token)
        previous_end = token.end
    return tuple(counted)


def _counts(tokens: list[Token], durations: tuple[Token, ...], sentence: str) -> tuple[Token, ...]:
    """A key per thing a number counts, whatever the number: "22 wounded" and "23 wounded" both count "wound".

    Two sentences that count the same thing speak of the same claim even when their numbers differ; that is
    what makes a conflict a conflict rather than two unrelated claims.
    """
    found: list[Token] = []
    for position, token in enumerate(tokens):
        if token.kind != "number" or any(d.start <= token.start < d.end for d in durations):
            continue
        for word in _counted_words(sentence, tokens, position):
            found.append(Token(_COUNT + word.key, token.start, word.end, word.rarity, "count", word.surface))
    return tuple(found)


# Each unit of time as written, singular or plural ("hour", "hours"), looked up once per word of every sentence.
_UNIT_OF_SURFACE = {form: unit for unit in UNIT_SECONDS for form in (unit, unit + "s")}


def _duration_amount(tokens: list[Token], position: int, sentence: str) -> tuple[float | None, int]:
    unit = tokens[position]
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is not None and following.surface == "long" and _hyphenated(sentence, unit, following):
        # "hour-long": one unit
        return 1.0, unit.start
    if position == 0:
        return None, unit.start
    before = tokens[position - 1]
    if before.kind == "number" and before.key.startswith("#"):
        return float(before.key[1:]), before.start
    if before.surface == "half" and _surfaces(tokens, position - 4, position - 1)[1:] == ["and", "a"]:
        # "one and a half hours"
        whole = tokens[position - 4]
        if whole.kind == "number" and whole.key.startswith("#"):
            return float(whole.key[1:]) + 0.5, whole.start
    if before.surface in _ARTICLES:
        fraction, start = _fraction_before(tokens, position - 1)
        return fraction * _ARTICLES[before.surface], start
    return None, unit.start


def _fraction_before(tokens: list[Token], article: int) -> tuple[float, int]:
    """The share of the unit written before its article: "half an hour", "three-quarters of an hour"."""
    words = _surfaces(tokens, article - 3, article)
    if words[-1:] == ["half"]:
        return 0.5, tokens[article - 1].start
    if words[-2:] in (["quarter", "of"], ["quarters", "of"]):
        count = tokens[article - 3] if article >= 3 else None
        if count is not None and count.kind == "number" and count.key.startswith("#"):
            return float(count.key[1:]) * 0.25, count.start
        return 0.25, tokens[article - 2].start
    return 1.0, tokens[article].start


def _surfaces(tokens: list[Token], start: int, end: int) -> list[str]:
    return [t.surface for t in tokens[max(start, 0) : max(end, 0)]]


def _an_age(tokens: list[Token], position: int, sentence: str) -> bool:
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    return following is not None and following.surface == "old" and _hyphenated(sentence, tokens[position], following)


def _hyphenated(sentence: str, first: Token, second: Token) -> bool:
    return sentence[first.end : second.start] == "-"


# Marks paired in order: a short quotation ("1 in 3") is a pair too, or the words after it up to the next quotation
# would be read as one. Quotations of fewer than four words give no key (_QUOTE_MIN_WORDS).
_QUOTE = re.compile(r'"([^"]+?)"')
_QUOTE_BREAK = re.compile(r"[,;:.!?]+")
_QUOTE_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_QUOTE_MIN_WORDS = 4


def _quotes(folded: str) -> tuple[Token, ...]:
    """Keys for the words inside quotation marks, one per clause of the quote.

    A quote is the one part of two reports that should agree word for word, however common its words are:
    "We are very much on track" is made of function words, yet two reports quoting it make the same claim.

    Args:
        folded: The sentence, folded.

    Returns:
        One token per quoted clause of at least four words.
    """
    found: list[Token] = []
    for quote in _QUOTE.finditer(folded):
        offset = quote.start(1)
        for fragment in _QUOTE_BREAK.split(quote.group(1)):
            words = _QUOTE_WORD.findall(fragment.lower())
            if len(words) < _QUOTE_MIN_WORDS:
                offset += len(fragment) + 1
                continue
            start = folded.index(fragment, offset)
            key = "q:" + " ".join(stem(word) for word in words)
            rarity_ = NUMBER_RARITY + 0.25 * len(words)
            found.append(Token(key, start, start + len(fragment), rarity_, "quote", fragment.strip()))
            offset = start + len(fragment)
    return tuple(found)


_QUOTE_RUN_WORDS = 5
# Five words this common are a turn of phrase many remarks share ("at the end of the", "are well over the line",
# "thank you very much for"), not one remark: "I wish I didn't have" weighs 1.5, "at the end of the" 0.5.
_QUOTE_RUN_MIN_RARITY = 1.2


def quoted_runs(sentence: str) -> frozenset[str]:
    """Keys for every run of five words the sentence quotes, also of a quotation begun or ended in a neighbour.

    Two reports that quote the same five words in a row quote the same remark, whatever else their sentences say
    and however common the words are ("I wish I didn't have to do it"). A sentence inside a quotation of several
    sentences has only its closing mark ('I wish I didn't have to do it."') or its opening one.

    Args:
        sentence: The sentence as written.

    Returns:
        One key per run of five quoted words, stemmed.
    """
    folded = fold(sentence)
    if '"' not in folded:
        return frozenset()
    runs: set[str] = set()
    for start, end in quoted_spans(folded):
        words = _QUOTE_WORD.findall(folded[start:end].lower())
        _add_runs(runs, [stem(word) for word in words], [rarity(word) for word in words])
    return frozenset(runs)


# A quotation of one remark with one word changed ("It was a great experience" / "It was a terrible experience")
# shares no five words in a row when it is short or the word stands in its middle. Its runs of five with a word
# inside them left out are keys too, and a whole quotation of five words with any one left out (marked as whole,
# so that it meets only another whole quotation), when the other words are not a mere turn of phrase ("it
# was a * experience" weighs 0.9, "we will * give up" 0.5). A run's edge word is not left out: four words in a row
# that a remark shares with another ("* putting people back to work") are no sign of one remark.
_CHANGED_RUN_MIN_RARITY = 0.8


def _add_runs(runs: set[str], stems: Sequence[str], weights: Sequence[float]) -> None:
    """Add to `runs` the key of each run of five quoted words that weighs enough, of each run of five with a word
    inside it left out, and of a whole quotation of five words with any one left out."""
    size = _QUOTE_RUN_WORDS
    for first in range(len(stems) - size + 1):
        window = stems[first : first + size]
        window_weights = weights[first : first + size]
        # One exact sum for the run and for each of its words left out: every quoting claim of a report is read
        # in every comparison, and a long quotation has many runs.
        total = math.fsum(window_weights)
        if total >= _QUOTE_RUN_MIN_RARITY:
            runs.add(" ".join(window))
        for left_out in range(1, size - 1):
            if total - window_weights[left_out] >= _CHANGED_RUN_MIN_RARITY:
                runs.add(f"{' '.join(window[:left_out])} * {' '.join(window[left_out + 1 :])}")
    if len(stems) == size:
        total = math.fsum(weights)
        for left_out in range(size):
            if total - weights[left_out] >= _CHANGED_RUN_MIN_RARITY:
                runs.add("=" + " ".join([*stems[:left_out], "*", *stems[left_out + 1 :]]))


def quoted_spans(folded: str) -> list[tuple[int, int]]:
    """Where the folded sentence quotes: inside pairs of quotation marks, told opening from closing by the spaces
    around them, and from the start to a closing mark or from an opening mark to the end, where a quotation of
    several sentences begins or ends in a neighbour. Marks whose spaces contradict themselves pair in their order
    (``_paired_in_order``)."""
    marks = [mark.start() for mark in re.finditer('"', folded)]
    spans = []
    opened: int | None = 0
    for at in marks:
        opens = _opens(folded, at)
        # A mark opening while a mark of this sentence has opened a quotation, or closing while none is open.
        contradicted = (opened is not None and opened > 0) if opens else opened is None
        if contradicted and (in_order := _paired_in_order(folded, marks)) is not None:
            return in_order
        if opens:
            opened = at + 1
        elif opened is not None:
            spans.append((opened, at))
            opened = None
    if opened is not None and opened > 0:
        spans.append((opened, len(folded)))
    return spans


def _opens(folded: str, at: int) -> bool:
    """Whether a mark is spaced as an opening one: after a space, a bracket or a dash, before a word."""
    return (at == 0 or folded[at - 1] in _BEFORE_OPENING) and folded[at + 1 : at + 2] not in ("", " ")


def _paired_in_order(folded: str, marks: list[int]) -> list[tuple[int, int]] | None:
    """The quotations of a sentence whose marks are spaced against their words, the marks paired in their order.

    The class of language read: pages copied from the web lose or move the space beside a straight mark, so that a
    closing mark stands as an opening one ('a Christmas party, "police said') or a mark is glued to the words on
    both sides ('of beauty,"and enthused that she"captured the imagination'). The spaces then contradict themselves
    (a mark that opens while a quotation is open, one that closes while none is), and a reader pairs the marks in
    their order instead. Only when that order is certain: an even number of marks, or an odd number whose first
    opens the sentence's first quotation (the last then runs on into the next sentence); else None.
    """
    if len(marks) % 2 and not _opens(folded, marks[0]):
        return None
    spans = [(opening + 1, closing) for opening, closing in zip(marks[::2], marks[1::2], strict=False)]
    if len(marks) % 2:
        spans.append((marks[-1] + 1, len(folded)))
    return spans


_BEFORE_OPENING = frozenset(" ([-:\u2014\u2013")


# Words that may stand inside a name without starting with a capital: "United States of America", "Bank of England".
_NAME_JOINERS = frozenset({"of", "and", "the", "for", "de", "al", "bin", "von", "van", "du"})
_TRANSLITERATION_RATIO = 90.0
_TRANSLITERATION_MIN_LENGTH = 6


def unify_keys(
    tokens_a: list[tuple[Token, ...]], tokens_b: list[tuple[Token, ...]], extra: Mapping[str, str] | None = None
) -> tuple[list[tuple[Token, ...]], list[tuple[Token, ...]]]:
    """Give one key to the forms of a name that two reports write differently.

    Resolves transliterations ("Zelenskyy", "Zelensky"), nicknames before a shared surname ("Michael Waltz",
    "Mike Waltz"), and acronyms of names either report writes in full ("UAE", "United Arab Emirates"). The choice
    of key does not depend on which report is A, so comparing B with A gives the mirror of comparing A with B.

    Args:
        tokens_a: A's tokens, sentence by sentence.
        tokens_b: B's tokens, sentence by sentence.
        extra: User-supplied aliases of one-word names: key -> the key to give it (``Settings.aliases``).

    Returns:
        Both reports' tokens with keys unified and acronym keys added beside the names they abbreviate.
    """
    everything = [*tokens_a, *tokens_b]
    aliases = _transliterations(everything)
    aliases.update(_nicknames(everything, aliases))
    aliases.update(extra or {})
    acronyms = {t.key for tokens in everything for t in tokens if t.kind == "acronym"}
    unified = [_apply(tokens, aliases, acronyms) for tokens in everything]
    return unified[: len(tokens_a)], unified[len(tokens_a) :]


def _apply(tokens: tuple[Token, ...], aliases: dict[str, str], acronyms: set[str]) -> tuple[Token, ...]:
    # Most pairs of reports spell every name alike: their tokens stay as they are.
    renamed = tuple(_renamed(t, aliases) for t in tokens) if aliases else tokens
    if not acronyms:
        return renamed
    return renamed + _expanded_acronyms(renamed, acronyms)


def _renamed(token: Token, aliases: dict[str, str]) -> Token:
    if token.key in aliases:
        return attrs.evolve(token, key=aliases[token.key])
    # What a number counts is a name too: "12 Zelensky aides" and "12 Zelenskyy aides" count the same people.
    if token.kind == "count" and token.key[len(_COUNT) :] in aliases:
        return attrs.evolve(token, key=_COUNT + aliases[token.key[len(_COUNT) :]])
    return token


def _transliterations(everything: list[tuple[Token, ...]]) -> dict[str, str]:
    # Each name key with the shortest way it is written: stemming can hide a likeness the spelling shows
    # ("Zelenskyy" and "Zelensky" stem to "zelenskyy" and "zelenski").
    written: dict[str, str] = {}
    for tokens in everything:
        for t in tokens:
            if t.kind == "name" and len(t.key) >= _TRANSLITERATION_MIN_LENGTH:
                written[t.key] = min(written.get(t.key, t.surface), t.surface, key=lambda w: (len(w), w))
    by_initial: dict[str, list[str]] = {}
    for name in sorted(written):
        by_initial.setdefault(name[0], []).append(name)
    aliases: dict[str, str] = {}
    for group in by_initial.values():
        aliases.update(_similar_names(group, [written[name] for name in group]))
    return aliases


def _similar_names(names: list[str], spellings: list[str]) -> dict[str, str]:
    """Map each name to the smallest similar name of its group (names share their first letter, sorted).

    Two names are similar when their keys or their spellings are.
    """
    if len(names) < 2:
        return {}
    import numpy as np
    from rapidfuzz import fuzz, process

    # Names of one initial only: transliterations keep the first letter, and one table per initial keeps the
    # memory of a report with tens of thousands of names small.
    similar = np.maximum(
        *(
            process.cdist(
                forms, forms, scorer=fuzz.ratio, score_cutoff=_TRANSLITERATION_RATIO, dtype=np.uint8, workers=1
            )
            for forms in (names, spellings)
        )
    )
    rows, columns = np.nonzero(np.tril(similar, k=-1))
    aliases: dict[str, str] = {}
    # Sorted names: a row's first similar column is the smallest, the same representative from either report.
    for row, column in zip(rows.tolist(), columns.tolist(), strict=True):
        name = names[row]
        if name not in aliases:
            aliases[name] = aliases.get(names[column], names[column])
    return aliases


def _nicknames(everything: list[tuple[Token, ...]], aliases: dict[str, str]) -> dict[str, str]:
    first_names_by_surname: dict[str, set[str]] = {}
    for tokens in everything:
        for first, last in itertools.pairwise(tokens):
            # Most pairs end in no name: that cheapest test first.
            if last.kind == "name" and _is_capitalised_pair(first, last) and first.surface[:1].isalpha():
                surname = aliases.get(last.key, last.key)
                first_names_by_surname.setdefault(surname, set()).add(first.surface)
    found: dict[str, str] = {}
    for first_names in first_names_by_surname.values():
        ordered = sorted(first_names)
        for position, name in enumerate(ordered):
            for other in ordered[:position]:
                if same_given_name(name, other):
                    found[stem(name)] = found.get(stem(other), stem(other))
                    break
    return found


def _is_capitalised_pair(first: Token, last: Token) -> bool:
    return first.kind in {"name", "word"} and last.kind == "name" and first.end < last.start <= first.end + 1


@functools.lru_cache(maxsize=4096)
def same_given_name(one: str, other: str) -> bool:
    """Whether two given names are one name and its nickname or short form ("Mike" / "Michael", "Bill" /
    "William"), by the `nicknames` package's table.

    Two full names that the table reaches only through a short form both have ("William" and "Robert" through
    "Bill", "Alexander" and "Sandra" through "Sandy") are two names, and so are two full names the table relates
    directly (`_two_full_names`: "Peter" / "Patrick", "John" / "Jonathan").
    """
    table = _nickname_table()
    # The table holds names in lower case: "Elizabeth" is found as "elizabeth".
    one, other = one.lower(), other.lower()
    related = other in table.canonicals_of(one) or one in table.canonicals_of(other)
    return related and not _two_full_names(table, one, other)


def _two_full_names(table: NickNamer, one: str, other: str) -> bool:
    """Whether two given names the table relates are each a full name: each has short forms of its own, ones the
    table gives neither the other name nor the other's short forms ("Peter" has "Pete" and "Patrick" has "Pat";
    "John" has "Jack" and "Jonathan" has "Nathan"). A short form has none the full name lacks ("Mike" / "Michael",
    "Pete" / "Peter", "Betty" / "Elizabeth"). Names the table lists each as the other's short form are one name,
    whatever else it gives them ("Bill" / "William", "Larry" / "Lawrence")."""
    if one in table.nicknames_of(other) and other in table.nicknames_of(one):
        return False
    return bool(_own_short_forms(table, one, other)) and bool(_own_short_forms(table, other, one))


def _own_short_forms(table: NickNamer, name: str, other: str) -> set[str]:
    """The short forms the table gives a name and not another name, nor as a form of either."""
    related = table.nicknames_of(other) | table.canonicals_of(name) | table.canonicals_of(other) | {other}
    return set(table.nicknames_of(name)) - related


@functools.lru_cache(maxsize=1)
def _nickname_table() -> NickNamer:
    from nicknames import NickNamer

    return NickNamer()


def _expanded_acronyms(tokens: tuple[Token, ...], acronyms: set[str]) -> tuple[Token, ...]:
    """Add "^uae" beside "United Arab Emirates" when some report writes "UAE"."""
    found: list[Token] = []
    position = 0
    while position < len(tokens):
        if not _capitalised(tokens[position]):
            # A name starts with a capital; most words of a sentence start none, so skip them cheaply.
            position += 1
            continue
        end = _name_run_end(tokens, position)
        if end - position >= 2:
            run = [t for t in tokens[position:end] if t.surface not in _NAME_JOINERS]
            key = "^" + "".join(t.surface[0] for t in run)
            if key in acronyms and len(run) >= 2:
                first, last = tokens[position], tokens[end - 1]
                found.append(Token(key, first.start, last.end, max(t.rarity for t in run), "acronym", key[1:]))
        position = max(end, position + 1)
    return tuple(found)


def _name_run_end(tokens: tuple[Token, ...], start: int) -> int:
    if tokens[start].kind not in {"name", "word"} or not tokens[start].surface[:1].isalpha():
        return start + 1
    end = start
    while end < len(tokens) and (_capitalised(tokens[end]) or (tokens[end].surface in _NAME_JOINERS and end > start)):
        end += 1
    while end > start and tokens[end - 1].surface in _NAME_JOINERS:
        end -= 1
    return end


def _capitalised(token: Token) -> bool:
    return token.kind == "name" or (token.kind == "word" and token.start == 0 and token.rarity > 0.0)
