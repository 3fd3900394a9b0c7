"""Quantities: numbers in digits or words, with their hedges, ranges, units and what they count, as intervals.

"more than 23" is the open interval (23, inf), "about 300" is 270-330, "140-150" is 140-150, "a dozen" is 12,
"an hour and a half" is 5,400 seconds. Two quantities contradict each other only when their intervals do not
overlap, so hedged figures that can both be true never conflict. A rank ("the third person charged", "the 44th
president") is a quantity of unit "rank", the number of a numbered thing ("the No. 188 train", "ranked No. 5") one
of unit DESIGNATION. Numbers that are not quantities are set aside: years ("in 2001"), times
of day ("9:30 a.m."), and numbers inside names ("Russell 2000").

Two quantities are compared only when they count the same thing; see ``number_findings``.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from .._text._normalize import COUNTED_WORDS, MIN_COUNTED_RARITY, UNIT_SECONDS, stem
from .._text._normalize import MULTIPLIERS as _MULTIPLIERS
from .._text._normalize import SCALE_WORDS as _SCALES
from .._text._normalize import TEN_WORDS as _TENS
from .._text._normalize import UNIT_WORDS as _UNITS
from .._text._segment import clause_spans
from .._text._words import Word, gap, lower_at, lowers
from ._actions import a_verb_form, a_verb_of_saying, acts_of, other_subjects, same_verb, subject_before, verb_stem
from ._dates import MONTHS, WEEKDAYS, is_year
from ._finding import DIFFERS, Finding, one_to_one
from ._names import NameFact, opening_name, same_entity
from ._tallies import event_year

if TYPE_CHECKING:
    from ._facts import Facts

__all__ = [
    "DOWN_VERBS",
    "HEDGE_WORDS",
    "OFFSET_KEYS",
    "ORDINAL_WORDS",
    "UP_VERBS",
    "Predicated",
    "Quantity",
    "agree",
    "figure",
    "figures_of_one_kind",
    "figures_of_other_participants",
    "find_quantities",
    "number_finding",
    "number_findings",
    "one_value_of_one_predicate",
    "predicated",
    "same_thing",
    "subjects_of_two_timed_acts",
    "value_of_a_figure",
]

# Conflicts read two units more than linking, which keys them with the rest.
_SECONDS = {**UNIT_SECONDS, "fortnight": 1_209_600, "decade": 315_360_000}
_CURRENCY_SIGNS = {"$": "$", "£": "£", "€": "€", "¥": "¥"}
# The unit of a designation: a figure after "No." or "#" numbers a thing ("the No. 188 train", "Highway No. 7",
# "world No. 1", "ranked No. 5", "Gate No. 12", "the #3 seed") and counts nothing. Two designations of one thing
# ("the No. 188 train" / "the No. 118 train", "ranked No. 5" / "ranked No. 7") conflict as two counts of one thing
# do, kind "number"; a designation never compares with a count ("the No. 12 bus" / "three buses") nor a rank.
DESIGNATION = "No."
# "A$12.34", "C$1.3252", "US$100": the letters before the sign name the dollar.
_DOLLAR_PREFIXES = frozenset({"us", "a", "c", "nz", "hk", "s"})
# Lengths and weights in one unit each (metres, kilograms), so that "2 kilometers" and "2,000 meters" agree.
_MEASURES = {
    **dict.fromkeys(("meter", "metre", "meters", "metres", "m"), ("m", 1.0)),
    **dict.fromkeys(("millimeter", "millimetre", "millimeters", "millimetres", "mm"), ("m", 0.001)),
    **dict.fromkeys(("centimeter", "centimetre", "centimeters", "centimetres", "cm"), ("m", 0.01)),
    **dict.fromkeys(("kilometer", "kilometre", "km", "kilometers", "kilometres", "kms"), ("m", 1000.0)),
    **dict.fromkeys(("mile", "miles"), ("m", 1609.344)),
    **dict.fromkeys(("foot", "feet", "ft"), ("m", 0.3048)),
    **dict.fromkeys(("kilogram", "kilograms", "kg", "kilo", "kilos"), ("kg", 1.0)),
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons"), ("kg", 1000.0)),
}
_TEMPERATURE_SCALES = {"celsius": 1.0, "centigrade": 1.0, "c": 1.0, "fahrenheit": 5 / 9, "f": 5 / 9}
_FAHRENHEIT_ZERO = 32.0
_CURRENCY_WORDS = {"dollar": "$", "dollars": "$", "euro": "€", "euros": "€", "yen": "¥", "pence": "p", "penny": "p"}
_UNIT_WORDS = {"percent": "%", "pct": "%", "cent": "cent", "cents": "cent", "point": "point", "points": "point"}

# Hedges before a number, longest first, and the interval each makes of the value v.
_HEDGES_BEFORE: tuple[tuple[tuple[str, ...], str], ...] = (
    (("no", "more", "than"), "at_most"),
    (("not", "more", "than"), "at_most"),
    (("as", "many", "as"), "at_most"),
    (("as", "much", "as"), "at_most"),
    (("in", "excess", "of"), "above"),
    (("more", "than"), "above"),
    (("greater", "than"), "above"),
    (("upwards", "of"), "above"),
    (("well", "over"), "above"),
    (("just", "over"), "just_above"),
    (("just", "under"), "nearly"),
    (("at", "least"), "at_least"),
    (("at", "most"), "at_most"),
    (("up", "to"), "at_most"),
    (("less", "than"), "below"),
    (("fewer", "than"), "below"),
    (("close", "to"), "nearly"),
    (("an", "estimated"), "about"),
    (("over",), "above"),
    (("above",), "above"),
    (("under",), "below"),
    (("below",), "below"),
    (("nearly",), "nearly"),
    (("almost",), "nearly"),
    (("about",), "about"),
    (("around",), "about"),
    (("approximately",), "about"),
    (("approx",), "about"),
    (("roughly",), "about"),
    (("some",), "about"),
    (("estimated",), "about"),
)
# The last words of the hedges, to see at a glance that a figure has none.
_HEDGE_ENDINGS = frozenset(phrase[-1] for phrase, _ in _HEDGES_BEFORE)
_HEDGES_AFTER: tuple[tuple[tuple[str, ...], str], ...] = (
    (("or", "more"), "at_least"),
    (("or", "so"), "about"),
    (("or", "fewer"), "at_most"),
    (("or", "less"), "at_most"),
    (("plus",), "at_least"),
)
# Every word of a hedge: how precise a figure is, which a conflict reports when two figures' ranges disagree.
HEDGE_WORDS = frozenset(word for phrase, _ in (*_HEDGES_BEFORE, *_HEDGES_AFTER) for word in phrase)
# How far "about" and "nearly" reach: a reporter's "about 300" covers 270-330.
_ABOUT = 0.1
# A duration written without digits ("hour-long", "an hour") is a round figure, not a measurement.
_ROUND_DURATION = 0.25

# Words before a number that say it is a change ("rose 4 percent") or a level ("to $21.40").
# Verbs of a rise or a fall: what a figure after them is the size of ("rose 4 percent"), and in _polarity the two
# directions one report may give where the other gives the opposite ("rose" / "fell").
UP_VERBS = frozenset({"rose", "rise", "rises", "gained", "gains", "climbed", "climbs", "jumped", "increased"})
UP_VERBS |= frozenset({"increases", "advanced", "grew", "grows", "surged", "soared", "rallied", "raised", "raises"})
UP_VERBS |= frozenset({"expanded", "expands", "boosted", "lifted"})
DOWN_VERBS = frozenset({"fell", "falls", "fall", "dropped", "drops", "slipped", "shed", "eased", "declined"})
DOWN_VERBS |= frozenset({"decreased", "decreases", "slid", "sank", "tumbled", "plunged", "cut", "cuts", "lowered"})
DOWN_VERBS |= frozenset({"lowers", "reduced", "reduces", "shrank", "shrinks"})
_UP = UP_VERBS | {"up", "higher", "added", "adds", "gain"}
_DOWN = DOWN_VERBS | {"down", "off", "lower", "lost", "loses"}
_LEVEL = frozenset({"to", "at"})
# A change named by a noun: "a 30 percent rise", "an increase of 12 percent", "a loss of 60 seats".
_CHANGE_KEYS = frozenset(stem(word) for word in (*_UP, *_DOWN, "increase", "decrease", "decline", "loss", "growth"))
_CHANGE_KEYS |= frozenset(stem(word) for word in ("hike", "reduction", "jump", "surge", "gain", "drop", "rise"))
# The changes of each direction named by a noun: "a 7 percent wage increase" and "an 8 percent pay rise" are rises.
_RISE_KEYS = frozenset(stem(word) for word in (*_UP, "increase", "hike", "jump", "surge", "gain", "rise", "raise"))
_FALL_KEYS = frozenset(stem(word) for word in (*_DOWN, "decrease", "decline", "loss", "reduction", "drop", "cut"))
_SKIP_BEFORE = frozenset({"by", "a", "an", "the", "just", "only", "another", "further", "some"})

_DISTRIBUTIVE = frozenset({"each", "apiece"})
_COPULAS = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "be"})
# Words news uses for one count: "22 wounded" and "23 injured" count the same people, as do "14 killed" and "14 dead".
_COUNT_KIN = {
    key: group[0]
    for group in (
        ("injur", "wound", "hurt"),
        ("dead", "kill", "die", "death", "fatal", "slain"),
        ("miss", "unaccount"),
        ("arrest", "detain"),
        ("evacu", "displac"),
    )
    for key in group
}
_PART_BEFORE = frozenset({"other", "another", "remaining", "additional", "further", "extra", "last", "first"})
_PART_AFTER = frozenset({"more", "other", "others", "additional", "further"})
# Words before "an hour" that make it a length of time.
_DURATION_CUES = frozenset({"for", "lasted", "lasting", "took", "takes", "spent", "within", "after", "than", "in"})
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# Every ordinal word English writes a rank below a hundred with, alone or after a tens word ("forty-fourth"), and the
# round ranks above ("hundredth", "thousandth").
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000,
}  # fmt: skip
_RANKED_TIMES = frozenset({"time", "times", "day", "year", "week", "month"})
# Words a rank follows: "the third", "its fourth", "a second term".
_RANK_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that"})
_TIME_SUFFIXES = frozenset({"a", "p", "am", "pm", "gmt", "edt", "est", "bst", "cet", "et", "utc", "pst", "pdt", "cdt"})
_PHRASE_BREAKS = frozenset(",;:.()?!")
_CUMULATIVE = re.compile(
    r"\b(?:so far|thus far|to date|a total of|in total|in all|altogether|cumulative|overall|since the start)\b",
    re.IGNORECASE,
)
_MIN_BEFORE_WEIGHT = 1.0
# Nouns too common to weigh anything as evidence, yet what news most often counts.
_COMMON_COUNTED = frozenset({"people", "men", "women", "children", "others", "times", "years", "members", "things"})
_EPSILON = 1e-9
# An estimate ("about 300") and a figure at most this many times it apart ("372") differ in precision only.
_ESTIMATE_REACH = 1.5


@attrs.frozen
class Quantity:
    """A number as a sentence states it.

    Args:
        text: The figure with its hedge and unit, as folded ("more than 23", "$1.2 million", "75%"); the
            sentence's own text is ``sentence[start:end]``.
        start: Its offset in the sentence.
        end: The offset after it.
        phrase_end: The end of the phrase saying what it counts ("22 wounded Ukrainian soldiers").
        low: Least value it allows.
        high: Greatest value it allows (``math.inf`` for "more than").
        low_open: Whether ``low`` itself is excluded ("more than 23").
        high_open: Whether ``high`` itself is excluded ("fewer than 10").
        exact: Written as a plain figure, so only rounding separates it from an equal one.
        quantum: The step of its last written digit (1 for "22", 0.1 for "1.4", 100,000 for "1.2 million").
        unit: "%", a currency sign, "cent", "point", "s" for durations (in seconds), "rank", DESIGNATION ("No.")
            for the number of a numbered thing, or "" for a plain count.
        counted: Keys of the words that say what it counts ("wound", "soldier").
        lead: How it is introduced: "up", "down" (a change), "level" ("to $21"), or "".
        before: Key of the content word before it ("pay" in "agreed to pay $180 billion"), or "".
        part: A share or a part of the whole ("175 prisoners each", "the other two unions"), not the total.
        cumulative: Stated as a running total ("so far", "a total of", "to date"), not the count of one event.
        approximate: Hedged as an estimate ("about 300", "nearly 20"): another figure near it is a difference of
            precision, not a contradiction.
        modifier: Joined by a hyphen to what it counts, as a description of something else ("a 12-nation deal").
        estimate: The figure a hedged or round figure names (300 for "about 300", an hour for "hour-long"); NaN
            for other figures.
        combined: A count of a coordination ("189 passengers and crew"), whose ``counted`` holds every member: the
            sum of the members' counts, never the count of one of them.
        reference: Key of the head noun of the point a length is measured from ("airport" in "six miles northeast
            of Buffalo Niagara International Airport"), or "".
        holders: The things the figure is a figure of, each (whether several of them, the head noun in the
            singular): the subject of the verb it follows ("two earthquakes" of "Two earthquakes killed 20,000
            people": (True, "earthquake")) and the noun its act happened in ("were killed in a quake": (False,
            "quake")); see ``_holders``.
        participant: The offsets (start, end) in the sentence of the words that name whose figure it is, the
            subject of its verb or the antecedent of its relative clause ("Maria Okonjo" of "Maria Okonjo polled
            6.7 million votes", "Peter Asante" of "..., Peter Asante, who polled 6.2 million"); (0, 0) when none is
            read. See ``_participant``.
        margin: The difference between two participants ("won by 515,524 votes", "a margin of 3 points"), never one
            participant's total; see ``_a_margin``.
        ranked: For a rank, key of the head noun it ranks ("titl" of "her first Wimbledon title"), or "" when not
            read; see ``_series``.
        series: For a rank, keys of that noun's modifiers, run words aside ("wimbledon"; "mayor" of "his second
            term as mayor"): with ``ranked``, the series it is a place in.
    """

    text: str
    start: int
    end: int
    phrase_end: int
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    exact: bool = True
    quantum: float = 1.0
    unit: str = ""
    counted: frozenset[str] = frozenset()
    lead: str = ""
    part: bool = False
    before: str = ""
    cumulative: bool = False
    approximate: bool = False
    estimate: float = math.nan
    modifier: bool = False
    combined: bool = False
    reference: str = ""
    holders: tuple[tuple[bool, str], ...] = ()
    participant: tuple[int, int] = (0, 0)
    margin: bool = False
    ranked: str = ""
    series: frozenset[str] = frozenset()

    @property
    def value(self) -> float:
        """A representative value: the figure as written."""
        return (
            self.low if math.isfinite(self.low) and self.exact else (self.low if self.high == math.inf else self.high)
        )


@attrs.frozen
class _Figure:
    """A number read from words [first, last) of a sentence, before hedges and units."""

    first: int
    last: int
    value: float
    quantum: float


def find_quantities(sentence: str, words: Sequence[Word]) -> tuple[Quantity, ...]:
    """The quantities a sentence states.

    Args:
        sentence: The folded sentence.
        words: Its words.

    Returns:
        The quantities in text order, durations among them (unit "s").
    """
    found: list[Quantity] = []
    cumulative = _CUMULATIVE.search(sentence) is not None
    position = 0
    while position < len(words):
        rank = _ordinal(sentence, words, position)
        if rank is not None:
            found.append(rank)
            position = next((i for i in range(position, len(words)) if words[i].start >= rank.end), len(words))
            continue
        figure = _read_figure(sentence, words, position)
        if figure is None:
            unit_only = _unit_only_duration(sentence, words, position) or _unit_only_distance(sentence, words, position)
            if unit_only is not None:
                found.append(unit_only)
            position += 1
            continue
        quantity = _quantity(sentence, words, figure)
        if found and found[-1].margin and _a_split_group(sentence, found[-1], quantity):
            quantity = attrs.evolve(quantity, margin=True)
        if found and not quantity.lead and _restates(sentence, found[-1], quantity):
            # "fell 8 cents, or 4.19 percent": the second figure restates the first change.
            quantity = attrs.evolve(quantity, lead=found[-1].lead)
        found.append(attrs.evolve(quantity, cumulative=cumulative) if cumulative else quantity)
        position = max(figure.last, position + 1)
        # A range's upper end, a unit, a hedge after it: all read already.
        while position < len(words) and words[position].start < quantity.end:
            position += 1
    return tuple(found)


def _a_split_group(sentence: str, previous: Quantity, quantity: Quantity) -> bool:
    """Whether a figure is the last thousands group of the figure before it, split off by a stray space after the
    comma ("defeated Mahama with 515, 541 votes"): three digits right after the other figure and ", "."""
    digits = sentence[quantity.start : quantity.end].split(" ")[0]
    return sentence[previous.end : quantity.start] == ", " and len(digits) == 3 and digits.isdigit()


def _ordinal(sentence: str, words: Sequence[Word], position: int) -> Quantity | None:
    """A rank: "the third person charged", "its fourth reduction this year", "the 44th president", "the forty-fourth
    president" (unit "rank").

    The class of language read: an ordinal, in words or in digits with their suffix, after a determiner or a
    possessive and before the noun it ranks; "the third" alone, "May 21st" (a date) and "a second" (a unit of time,
    with no noun after it) are no ranks. A rank counts what the noun after it names, as a count does, and is read
    with its series and its owner (see ``_ranks_of_two_facts``). A bare ordinal
    after a verb of placing ("finished third", "came in second") is the subject's place (see ``_a_placing``).
    """
    word = words[position]
    following = words[position + 1] if position + 1 < len(words) else None
    if word.is_digits and following is not None and following.start == word.end:
        rank, last = (float(word.text), position + 2) if following.lower in _ORDINAL_SUFFIXES else (math.nan, 0)
    elif word.lower in _TENS and following is not None and gap(sentence, words, position, position + 1) == "-":
        # "forty-fourth": the tens and the ordinal of the units.
        units = ORDINAL_WORDS.get(following.lower, 10)
        rank, last = (float(_TENS[word.lower] + units), position + 2) if units < 10 else (math.nan, 0)
    else:
        rank, last = float(ORDINAL_WORDS.get(word.lower, math.nan)), position + 1
    if math.isnan(rank) or position == 0:
        return None
    end = words[last - 1].end
    if _a_placing(sentence, words, position, last):
        # "Lee finished third": the place of the subject of the verb of placing.
        placing = Quantity(sentence[word.start : end], word.start, end, end, rank, rank, unit="rank", counted=_PLACE)
        return attrs.evolve(placing, ranked=_PLACE_KEY, participant=_participant(sentence, words, position))
    before = words[position - 1].lower
    if before not in _RANK_DETERMINERS and not before.endswith("'s"):
        return None
    counted, phrase_end = _counted(sentence, words, last, "rank")
    if not counted and last < len(words) and _a_rankable(words[last]):
        # A rank of a common noun or a unit of time ("for the first time", "its ninth year") ranks it all the same.
        counted, phrase_end = frozenset({words[last].key}), last + 1
    if not counted or phrase_end <= last:
        return None
    ranked, series = _series(sentence, words, last)
    return Quantity(
        sentence[word.start : end],
        word.start,
        end,
        words[phrase_end - 1].end,
        rank,
        rank,
        unit="rank",
        counted=counted,
        ranked=ranked,
        series=series,
        participant=_owner(sentence, words, position - 1),
    )


# Verbs whose bare ordinal is the subject's place in a contest ("finished third", "came in second").
_PLACING_VERBS = frozenset({"finished", "finishes", "finish", "finishing", "placed", "places", "came", "comes"})
_PLACING_VERBS |= frozenset({"ended", "ranked", "ranks"})
_PLACE_KEY = stem("place")
_PLACE = frozenset({_PLACE_KEY})
# Words after a placing that leave it bare: "finished third overall", "came second behind Lee", "in third place".
_AFTER_PLACING = frozenset({"place", "overall", "behind"})


def _a_placing(sentence: str, words: Sequence[Word], position: int, last: int) -> bool:
    """Whether an ordinal is the subject's place in a contest: the complement of a verb of placing, with no noun of
    its own ("Lee finished third in the race", "came in second", "placed fourth overall")."""
    verb = position - 1
    if words[verb].lower == "in" and verb > 0:
        verb -= 1
    if words[verb].lower not in _PLACING_VERBS or _set_off(sentence, words, verb + 1):
        return False
    if last >= len(words) or _broken(sentence, words, last):
        return True
    following = words[last]
    return gap(sentence, words, last - 1, last) != "-" and (following.weight == 0 or following.lower in _AFTER_PLACING)


# Words of a run, which say how a rank is counted, not what series it is of ("the third straight loss" / "the fourth
# loss"), and make the rank the subject's count of its run ("won the third straight game").
_RUN_WORDS = frozenset({"straight", "consecutive", "successive", "running", "annual"})
# Words after a rank's noun that go on naming its series: "his second term as mayor".
_SERIES_ROLE = "as"


def _series(sentence: str, words: Sequence[Word], last: int) -> tuple[str, frozenset[str]]:
    """The head noun a rank ranks and the keys of its modifiers, run words aside: the series it is a place in.

    The class of language read: the noun phrase after an ordinal, up to its end (a function word, punctuation, a
    figure, a day or month, a verb form after the noun), and a role after "as": "her first Wimbledon title" ranks
    titles ("titl") of Wimbledon, "her third major title" major ones, "his second term as mayor" terms as mayor,
    "the third straight loss" losses. Its head is its last word; a phrase longer than ``_SERIES_WORDS`` words has
    no head read ("", and no series), as its end is unknown. See ``_two_series``.
    """
    index = last
    while index < len(words) and index - last < _SERIES_WORDS and not _ends_a_series(sentence, words, last, index):
        index += 1
    phrase = [word for word in words[last:index] if word.lower not in _RUN_WORDS]
    if not phrase or (index < len(words) and not _ends_a_series(sentence, words, last, index)):
        return "", frozenset()
    modifiers = {word.key for word in phrase[:-1]}
    if lower_at(words, index) == _SERIES_ROLE and not _broken(sentence, words, index):
        role = index + 1
        while (
            role < len(words) and role - index <= _ROLE_WORDS and not _ends_a_series(sentence, words, index + 1, role)
        ):
            modifiers.add(words[role].key)
            role += 1
    return phrase[-1].key, frozenset(modifiers)


# How many words of a noun phrase after a rank may name its series ("her first Grand Slam singles title"), and of a
# role after "as" ("as prime minister").
_SERIES_WORDS = 4
_ROLE_WORDS = 2


def _ends_a_series(sentence: str, words: Sequence[Word], start: int, index: int) -> bool:
    word = words[index]
    if _broken(sentence, words, index) or word.is_digits or word.lower in WEEKDAYS or word.lower in MONTHS:
        return True
    if (word.weight == 0 and word.lower not in _RANKED_TIMES) or word.lower in _PHRASE_STOPS:
        return True
    return index > start and a_verb_form(word)


# Prepositions and conjunctions, which end a noun phrase though English weighs some as content words ("since").
_PHRASE_STOPS = frozenset({"of", "in", "on", "at", "for", "to", "by", "from", "with", "as", "into", "over", "under"})
_PHRASE_STOPS |= frozenset({"since", "after", "before", "during", "until", "against", "than", "while", "because"})
_PHRASE_STOPS |= frozenset({"and", "or", "but", "that", "which", "who", "whose", "when", "where", "about"})


def _two_series(one: Quantity, other: Quantity) -> bool:
    """Whether two ranks are places in two series: one head noun told with other modifiers ("her first Wimbledon
    title" / "her third major title", "her ninth Champions League goal" / "her 12th league goal"). A bare noun
    ("her second title") may be any series of that noun told shorter, so it is one series with each of them: "his
    second term" / "his third term as mayor" compare. Two heads, or a head not read, leave the ranks to what they
    count (``_same_thing``)."""
    if not one.ranked or one.ranked != other.ranked:
        return False
    return bool(one.series) and bool(other.series) and one.series != other.series


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _owner(sentence: str, words: Sequence[Word], determiner: int) -> tuple[int, int]:
    """The offsets of the words naming whose rank a rank is, or (0, 0); see ``_two_participants``.

    The class of language read: a possessive name ("Williams's eighth title", "Serena Williams's"); a possessive
    pronoun bound to its clause's subject ("Muguruza won her second title") or, where no verb stands before it, to
    the name that opens the sentence ("Williams, seeking her eighth title, lost"). The subject of a predicate
    nominal or an apposition ("Obama was the 44th president", "Obama, the 44th president") is the thing ranked,
    not its owner, and "the" names no owner.
    """
    word = words[determiner]
    if word.lower.endswith("'s"):
        start = determiner
        while start > 0 and words[start - 1].capitalised and not _set_off(sentence, words, start):
            start -= 1
        return (words[start].start, word.end) if word.capitalised else (0, 0)
    if word.lower not in _POSSESSIVE_PRONOUNS:
        return (0, 0)
    found = _participant(sentence, words, determiner)
    if found != (0, 0):
        return found
    # The capitalised words that open the sentence; only the names read among them name an owner (``_named_in``).
    end = 0
    while end < determiner and words[end].capitalised and not (end > 0 and _set_off(sentence, words, end)):
        end += 1
    return (words[0].start, words[end - 1].end) if end else (0, 0)


def _a_rankable(word: Word) -> bool:
    """A noun a rank may rank however common: a content word, "time" or a unit of time (which weigh nothing)."""
    lower = word.lower
    return lower.isalpha() and (word.weight > 0 or lower in _RANKED_TIMES or lower.rstrip("s") in _SECONDS)


def _restates(sentence: str, previous: Quantity, quantity: Quantity) -> bool:
    between = sentence[previous.phrase_end : quantity.start].strip(" ,")
    return between == "or"


def _read_figure(sentence: str, words: Sequence[Word], position: int) -> _Figure | None:
    word = words[position]
    if word.is_digits:
        if _is_not_a_count(sentence, words, position):
            return None
        figure = _digits(sentence, words, position)
    elif _starts_number_words(words, position):
        figure = _number_words(sentence, words, position)
    else:
        return None
    if figure is None:
        return None
    return _multiplied(sentence, words, figure)


def value_of_a_figure(sentence: str, words: Sequence[Word]) -> float | None:
    """The value of a run of words that is one figure and nothing else, in digits or in number words ("23",
    "twenty-three", "one hundred and fifty", "fifteen hundred", "2,000", "two thousand"), else None. A count word
    or an article ("a dozen", "a hundred") is left out: a figure in digits prints neither."""
    if not words or any(word.lower in {"a", "an", "dozen"} for word in words):
        return None
    if words[0].is_digits:
        figure = _digits(sentence, words, 0)
    elif _starts_number_words(words, 0):
        figure = _number_words(sentence, words, 0)
    else:
        return None
    if figure is None:
        return None
    figure = _multiplied(sentence, words, figure)
    return figure.value if figure.last == len(words) else None


def _starts_number_words(words: Sequence[Word], position: int) -> bool:
    lower = words[position].lower
    if lower in {"a", "an"}:
        return lower_at(words, position + 1) in {"dozen", "hundred", "thousand", "million"}
    return lower in _UNITS or lower in _TENS or lower in _SCALES


def _is_not_a_count(sentence: str, words: Sequence[Word], position: int) -> bool:
    """Years, times of day, ordinals and numbers in names ("Russell 2000", "F-16")."""
    word = words[position]
    after = sentence[word.end : word.end + 1]
    following = words[position + 1] if position + 1 < len(words) else None
    touching = following is not None and following.start == word.end
    if after in {":", "/"} or (word.start > 0 and sentence[word.start - 1] == "/"):
        # "9:30", fractions "5/8", bid/ask quotes "$4.81/83".
        return True
    if touching and following is not None and following.lower in _ORDINAL_SUFFIXES:
        return True
    if (
        following is not None
        and following.lower in _TIME_SUFFIXES
        and gap(sentence, words, position, position + 1)
        in {
            "",
            " ",
        }
    ):
        return following.lower not in {"a"} or sentence[following.end : following.end + 1] == "."
    if _a_year(word, sentence):
        return True
    if position == 0:
        return False
    before = words[position - 1]
    between = sentence[before.end : word.start]
    if before.lower in MONTHS:
        return True
    if between == "-" and before.text.isalpha():
        return True
    # "Russell 2000", "Boeing 747": a number right after a name is part of it, unless the name is a possessive.
    named = before.capitalised and not before.lower.endswith("'s") and before.lower not in _SKIP_BEFORE
    return named and between == " " and position > 1


def _a_year(word: Word, sentence: str) -> bool:
    """A year ("in 2015"), not a sum of money ("$2015")."""
    return is_year(word) and sentence[max(0, word.start - 1) : word.start] not in _CURRENCY_SIGNS


def _digits(sentence: str, words: Sequence[Word], position: int) -> _Figure | None:
    text = words[position].text
    following = lower_at(words, position + 1)
    # "1,2 million": a decimal comma, which only a multiplier after it makes sure of.
    if "," in text and following in _MULTIPLIERS and len(text.rsplit(",", 1)[1]) != 3 and "." not in text:
        text = text.replace(",", ".")
    digits = text.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    return _Figure(position, position + 1, value, _step(digits, decimals))


def _step(digits: str, decimals: int) -> float:
    """The step of the last digit a figure is exact to.

    "1.4" is exact to 0.1. A round figure of hundreds or more is a rounding: "300 people" may be 296, "$42,400"
    may be $42,409, so its step is a tenth of its last non-zero place; "12,400" still differs from "11,400".
    """
    if decimals:
        return 10.0**-decimals
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10.0 ** (zeros - 1) if zeros >= 2 and digits.rstrip("0") else 1.0


def _number_words(sentence: str, words: Sequence[Word], position: int) -> _Figure | None:
    """Read "twenty-two", "one hundred and five", "a dozen", "two dozen", "three thousand"."""
    total = current = 0.0
    last_kind = ""
    end = position
    for index in range(position, len(words)):
        word = words[index].lower
        if index > position and gap(sentence, words, index - 1, index) not in {" ", "-"}:
            break
        kind = _number_word_kind(word, last_kind, words, index)
        if not kind:
            break
        if kind == "article":
            current = 1.0
        elif kind in {"unit", "tens"}:
            current += _UNITS.get(word, 0) + _TENS.get(word, 0)
        elif kind == "scale":
            current = max(current, 1.0) * _SCALES[word]
        elif kind == "multiplier":
            total += max(current, 1.0) * _MULTIPLIERS[word]
            current = 0.0
        last_kind = kind if kind != "and" else last_kind
        if kind != "and":
            end = index + 1
    if end == position or last_kind == "article":
        return None
    return _Figure(position, end, total + current, 1.0)


def _number_word_kind(word: str, last_kind: str, words: Sequence[Word], index: int) -> str:
    if word in {"a", "an"}:
        return "article" if not last_kind else ""
    if word in _TENS:
        return "tens" if last_kind in {"", "scale", "multiplier"} else ""
    if word in _UNITS:
        # "twenty two" and "one hundred five" go on; "eight nine" is two numbers.
        return "unit" if last_kind in {"", "scale", "multiplier"} or (last_kind == "tens" and _UNITS[word] < 10) else ""
    if word in _SCALES:
        return "scale" if last_kind in {"unit", "article", "tens"} else ""
    if word in _MULTIPLIERS and word not in {"mln", "bn"}:
        return "multiplier" if last_kind else ""
    if word == "and" and last_kind in {"scale", "multiplier"} and index + 1 < len(words):
        return "and" if words[index + 1].lower in _UNITS or words[index + 1].lower in _TENS else ""
    return ""


def _multiplied(sentence: str, words: Sequence[Word], figure: _Figure) -> _Figure:
    """ "1.2 million", "$180bn": the multiplier scales the value and the step of the last digit."""
    if figure.last >= len(words):
        return figure
    following = words[figure.last]
    if following.lower not in _MULTIPLIERS or gap(sentence, words, figure.last - 1, figure.last) not in {"", " ", "-"}:
        return figure
    factor = _MULTIPLIERS[following.lower]
    return attrs.evolve(figure, last=figure.last + 1, value=figure.value * factor, quantum=figure.quantum * factor)


# Verbs that say how long a thing lasts, and the words of their verb group.
_LASTING = frozenset({"last", "lasts", "lasted", "lasting", "take", "takes", "took", "run", "runs", "ran", "span"})
_LASTING_GROUP = frozenset({"will", "would", "could", "may", "might", "can", "should", "now", "only", "just", "to"})
_LASTING_GROUP |= frozenset({"has", "have", "had", "is", "was", "are", "were", "be", "been", "usually", "still"})


def _quantity(sentence: str, words: Sequence[Word], figure: _Figure) -> Quantity:
    first, last = figure.first, figure.last
    low = high = figure.value
    quantum = figure.quantum
    unit, first = _currency_before(sentence, words, first)
    if not unit:
        unit, first = _designation_before(sentence, words, first)
    last, unit_after, scale, is_duration = _unit_after(sentence, words, last)
    unit = unit or unit_after
    if is_duration:
        low, high, quantum, last = _duration_value(sentence, words, figure, last, scale)
    elif unit == "°C" and scale != 1.0:
        # Fahrenheit, written as Celsius so that "46 degrees Celsius" and "114.8 degrees Fahrenheit" are one heat.
        low = high = (figure.value - _FAHRENHEIT_ZERO) * scale
        quantum = figure.quantum * scale
    elif scale != 1.0:
        low, high, quantum = figure.value * scale, figure.value * scale, figure.quantum * scale
    hedge, first = _hedge_before(sentence, words, first)
    range_end = _range_end(sentence, words, figure, last, unit)
    if range_end is not None:
        high_figure, last = range_end
        end, _, seconds, of_time = _unit_after(sentence, words, last)
        if not unit and of_time:
            # "a 40-60 hour program", "20 to 30 hours": a range of durations with its unit written once, at the end.
            last, scale, is_duration = end, seconds, True
            low, quantum = figure.value * scale, figure.quantum * scale
        high = high_figure * (scale if is_duration else 1.0)
        hedge = hedge or "range"
    after_hedge, last = _hedge_after(sentence, words, last)
    hedge = hedge or after_hedge
    counted, phrase_last = _counted(sentence, words, last, unit)
    members: frozenset[str] = frozenset()
    if counted and not unit and not is_duration:
        members, phrase_last = _coordinated_members(sentence, words, phrase_last)
    if is_duration and not counted:
        counted = _measured_before(sentence, words, first)
    quantity = _spanning(
        sentence,
        words,
        (first, last, phrase_last),
        (low, high, quantum),
        "s" if is_duration else unit,
        counted,
        before=_content_before(sentence, words, first),
        part=_is_distributive(sentence, words, phrase_last) or _is_part(words, first, last),
    )
    if members:
        quantity = attrs.evolve(quantity, counted=counted | members, combined=True)
    if unit == "m":
        quantity = attrs.evolve(quantity, reference=_reference_point(sentence, words, last))
    holders = _holders(sentence, words, first, phrase_last)
    if holders:
        quantity = attrs.evolve(quantity, holders=holders)
    if not _opens_a_clause(sentence, words, first, phrase_last):
        quantity = attrs.evolve(quantity, participant=_participant(sentence, words, first))
    if _a_margin(sentence, words, first):
        quantity = attrs.evolve(quantity, margin=True)
    if not is_duration and last < len(words) and gap(sentence, words, last - 1, last) == "-":
        # "a 12-nation trade deal": the figure describes the deal, which another figure of nations need not count.
        quantity = attrs.evolve(quantity, modifier=True)
    return _hedged(quantity, hedge)


def _spanning(
    sentence: str,
    words: Sequence[Word],
    bounds: tuple[int, int, int],
    value: tuple[float, float, float],
    unit: str,
    counted: frozenset[str],
    *,
    before: str = "",
    part: bool = False,
) -> Quantity:
    """A quantity written by words[first:last], the phrase of what it counts ending at words[phrase_last - 1].

    Args:
        sentence: The sentence.
        words: Its words.
        bounds: (first, last, phrase_last) word positions.
        value: (low, high, quantum).
        unit: Its unit (see Quantity).
        counted: Keys of what it counts.
        before: Key of the content word before it.
        part: Whether it is a part of the whole.
    """
    first, last, phrase_last = bounds
    low, high, quantum = value
    return Quantity(
        text=sentence[words[first].start : words[last - 1].end],
        start=words[first].start,
        end=words[last - 1].end,
        phrase_end=words[phrase_last - 1].end,
        low=low,
        high=high,
        quantum=quantum,
        unit=unit,
        counted=counted,
        lead=_lead(sentence, words, first),
        before=before,
        part=part,
    )


def _measured_before(sentence: str, words: Sequence[Word], first: int) -> frozenset[str]:
    """Keys of the thing a duration written after it measures: "a training program of 20 to 30 hours" (the noun
    phrase before "of"), "the strike will last five days", "the crossing now takes 12 hours", "the festival, which
    lasted five days" (the subject of a verb of lasting). Empty for other durations ("for five days", "in 12 hours").
    """
    position = first - 1
    if position < 0:
        return frozenset()
    if words[position].lower == "of":
        return _noun_phrase_before(sentence, words, position)
    if words[position].lower not in _LASTING:
        return frozenset()
    while position > 0 and words[position - 1].lower in _LASTING_GROUP:
        position -= 1
    if position > 0 and words[position - 1].lower in {"which", "that"}:
        # "the festival, which lasted five days": what the relative pronoun stands for.
        position -= 1
    return _noun_phrase_before(sentence, words, position)


# Determiners, which open a noun phrase: read back from its end, the phrase stops at one.
_PHRASE_OPENERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})


def _noun_phrase_before(sentence: str, words: Sequence[Word], position: int) -> frozenset[str]:
    """Keys of the common words of the noun phrase that ends before words[position], back to a break or a verb."""
    found: list[str] = []
    for index in range(position - 1, -1, -1):
        word = words[index]
        if found and _broken(sentence, words, index + 1):
            break
        if word.is_digits or not word.lower.isalpha() or word.capitalised or word.lower in _LASTING_GROUP:
            break
        if word.weight >= MIN_COUNTED_RARITY:
            found.append(word.key)
        elif word.lower in _PHRASE_OPENERS:
            break
    return frozenset(found)


def _currency_before(sentence: str, words: Sequence[Word], first: int) -> tuple[str, int]:
    if first == 0 or words[first - 1].text not in _CURRENCY_SIGNS or words[first - 1].end != words[first].start:
        return "", first
    sign = words[first - 1].text
    first -= 1
    if first > 0 and words[first - 1].lower in _DOLLAR_PREFIXES and words[first - 1].end == words[first].start:
        first -= 1
        sign = ("" if words[first].lower == "us" else words[first].lower) + sign
    return sign, first


def _designation_before(sentence: str, words: Sequence[Word], first: int) -> tuple[str, int]:
    """The unit DESIGNATION and the sign's position when a figure in digits follows "No." or "Nos." ("the No. 188
    train", "Highway No. 7", "ranked No. 5", "Nos. 3 and 4") or "#" ("the #3 seed"); ("", first) otherwise."""
    if not words[first].is_digits:
        return "", first
    if first > 0 and words[first - 1].abbreviates_number:
        return DESIGNATION, first - 1
    if sentence[words[first].start - 1 : words[first].start] == "#":
        return DESIGNATION, first
    return "", first


def _unit_after(sentence: str, words: Sequence[Word], last: int) -> tuple[int, str, float, bool]:
    """The unit after a figure: (end, unit, seconds per unit, whether it is a duration)."""
    if last >= len(words):
        return last, "", 1.0, False
    following = words[last]
    joined = gap(sentence, words, last - 1, last)
    if following.text == "%" and joined in {"", " "}:
        return last + 1, "%", 1.0, False
    if joined == "" and _a_distance_written_close(sentence, words, last):
        return last + 1, "m", _MEASURES[following.lower][1], False
    if joined not in {" ", "-"}:
        return last, "", 1.0, False
    if following.lower == "per" and lower_at(words, last + 1) == "cent":
        return last + 2, "%", 1.0, False
    if following.lower in _UNIT_WORDS:
        return last + 1, _UNIT_WORDS[following.lower], 1.0, False
    if following.lower in _CURRENCY_WORDS:
        return last + 1, _CURRENCY_WORDS[following.lower], 1.0, False
    singular = following.lower[:-1] if following.lower.endswith("s") else following.lower
    if singular in _SECONDS:
        return last + 1, "s", float(_SECONDS[singular]), True
    measure = _MEASURES.get(following.lower) or _MEASURES.get(singular)
    if measure is not None:
        return last + 1, measure[0], measure[1], False
    if following.lower in {"degree", "degrees"}:
        scale = _TEMPERATURE_SCALES.get(lower_at(words, last + 1))
        if scale is not None:
            return last + 2, "°C", scale, False
    return last, "", 1.0, False


def _a_distance_written_close(sentence: str, words: Sequence[Word], unit: int) -> bool:
    """Whether a unit written against its figure ("200m", "5km") is a distance from a place ("about 200m from the
    shore"): "m" alone may be millions ("5m"), so it is a length only where a reference point follows."""
    measure = _MEASURES.get(words[unit].lower)
    return measure is not None and measure[0] == "m" and bool(_reference_point(sentence, words, unit + 1))


def _duration_value(
    sentence: str, words: Sequence[Word], figure: _Figure, last: int, scale: float
) -> tuple[float, float, float, int]:
    """Seconds of "90-minute", "1.5 hours", "an hour and a half", "hour-long" (the "-long" is taken in)."""
    value = figure.value
    if lowers(words, last, 3) == ("and", "a", "half"):
        value += 0.5
        last += 3
    if lowers(words, last, 1) == ("long",) and gap(sentence, words, last - 1, last) == "-":
        last += 1
    seconds = value * scale
    return seconds, seconds, figure.quantum * scale, last


def _unit_only_duration(sentence: str, words: Sequence[Word], position: int) -> Quantity | None:
    """ "hour-long", "half-hour", "an hour" after a hedge: durations with no figure."""
    word = words[position]
    if word.lower not in _SECONDS:
        return None
    seconds = float(_SECONDS[word.lower])
    first, last = position, position + 1
    if lowers(words, last, 1) == ("long",) and gap(sentence, words, position, last) == "-":
        last += 1
    elif position > 0 and words[position - 1].lower in {"a", "an"} and _is_a_duration(sentence, words, position):
        first = position - 1
        if lowers(words, last, 3) == ("and", "a", "half"):
            seconds *= 1.5
            last += 3
    elif position > 0 and words[position - 1].lower == "half" and gap(sentence, words, position - 1, position) == "-":
        first, seconds = position - 1, seconds / 2
    else:
        return None
    hedge, first = _hedge_before(sentence, words, first)
    counted, phrase_last = _counted(sentence, words, last, "s")
    quantity = _spanning(sentence, words, (first, last, phrase_last), (seconds, seconds, seconds), "s", counted)
    return _hedged(quantity, hedge or "round")


def _unit_only_distance(sentence: str, words: Sequence[Word], position: int) -> Quantity | None:
    """A distance from a place written with no figure: "a mile from the airport", "about a kilometre from the port",
    "(a) half a mile from the coast". Read only when bound to a reference point (see ``_reference_point``), so that
    "a mile of fence" or "a mile-long road" stays a length of no place; a round figure, as a reporter gives it."""
    word = words[position]
    measure = _MEASURES.get(word.lower)
    if measure is None or measure[0] != "m" or word.lower.endswith("s") or lower_at(words, position - 1) not in _ONE:
        return None
    reference = _reference_point(sentence, words, position + 1)
    if not reference:
        return None
    first, metres = position - 1, measure[1]
    if lower_at(words, first - 1) == "half":
        first, metres = first - 1, metres / 2
        if lower_at(words, first - 1) in {"a", "an"}:
            first -= 1
    hedge, first = _hedge_before(sentence, words, first)
    quantity = _spanning(
        sentence, words, (first, position + 1, position + 1), (metres, metres, metres), "m", frozenset()
    )
    return _hedged(attrs.evolve(quantity, reference=reference), hedge or "round")


def _is_a_duration(sentence: str, words: Sequence[Word], position: int) -> bool:
    """Whether "an hour" is a length of time ("lasted an hour", "about an hour", "an hour later") and not a rate
    ("twice a day")."""
    if lowers(words, position + 1, 3) == ("and", "a", "half") or lower_at(words, position + 1) in _OFFSET_WORDS:
        return True
    cue = words[position - 2].lower if position >= 2 else ""
    return cue in _DURATION_CUES or bool(_hedge_before(sentence, words, position - 1)[0])


def _hedge_before(sentence: str, words: Sequence[Word], first: int) -> tuple[str, int]:
    if first == 0 or words[first - 1].lower not in _HEDGE_ENDINGS:
        return "", first
    for phrase, hedge in _HEDGES_BEFORE:
        start = first - len(phrase)
        if start >= 0 and lowers(words, start, len(phrase)) == phrase and _spaced(sentence, words, start, first):
            return hedge, start
    return "", first


def _hedge_after(sentence: str, words: Sequence[Word], last: int) -> tuple[str, int]:
    for phrase, hedge in _HEDGES_AFTER:
        if lowers(words, last, len(phrase)) == phrase and _spaced(sentence, words, last - 1, last + len(phrase) - 1):
            # "89 cents or more than 27 percent": "or more" begins the next figure's hedge.
            if lower_at(words, last + len(phrase)) in {"than", "of"}:
                return "", last
            return hedge, last + len(phrase)
    return "", last


def _spaced(sentence: str, words: Sequence[Word], first: int, last: int) -> bool:
    """Whether words first..last stand in one phrase: separated by spaces or hyphens only."""
    return all(gap(sentence, words, index, index + 1) in {" ", "-", ""} for index in range(first, last))


def _range_end(sentence: str, words: Sequence[Word], figure: _Figure, last: int, unit: str) -> tuple[float, int] | None:
    """The upper end of "140-150", "140 to 150", "between 140 and 150", "eight or nine"."""
    if last >= len(words):
        return None
    joiner = words[last]
    joined = gap(sentence, words, last - 1, last)
    if joined == "-" and joiner.is_digits:
        upper = _digits(sentence, words, last)
        return (upper.value, last + 1) if upper is not None and upper.value > figure.value else None
    if joiner.lower not in {"to", "and", "or"} or joined != " " or last + 1 >= len(words):
        return None
    upper_at = last + 1
    if words[upper_at].text in _CURRENCY_SIGNS and upper_at + 1 < len(words):
        upper_at += 1  # "$4 and $11"
    upper = _read_figure(sentence, words, upper_at)
    if upper is None:
        return None
    before = figure.first - 1
    if before >= 0 and words[before].text in _CURRENCY_SIGNS:
        before -= 1  # "between $4 and $11"
    between = before >= 0 and words[before].lower in {"between", "from"}
    plausible = {
        "and": between,
        "or": figure.value < upper.value <= figure.value * 1.5 + 1,
        "to": upper.value > figure.value and not _lead(sentence, words, before if between else figure.first),
    }
    if not plausible[joiner.lower]:
        return None
    # "1 percent to 3 percent": the unit may be repeated after the upper end, and must be the same.
    end, repeated, _, is_duration = _unit_after(sentence, words, upper.last)
    if is_duration and not unit:
        # "20 to 30 hours": the caller reads the unit of both ends after the upper one.
        return upper.value, upper.last
    if is_duration or (repeated and repeated != unit):
        return None
    return upper.value, end


def _hedged(quantity: Quantity, hedge: str) -> Quantity:
    low, high = quantity.low, quantity.high
    if hedge == "above":
        return attrs.evolve(quantity, low=low, high=math.inf, low_open=True, exact=False)
    if hedge == "just_above":
        return attrs.evolve(quantity, high=low * (1 + _ABOUT), low_open=True, exact=False)
    if hedge == "at_least":
        return attrs.evolve(quantity, high=math.inf, exact=False)
    if hedge == "below":
        return attrs.evolve(quantity, low=0.0, high=high, high_open=True, exact=False)
    if hedge == "at_most":
        return attrs.evolve(quantity, low=0.0, exact=False)
    if hedge == "nearly":
        return attrs.evolve(quantity, low=high * (1 - _ABOUT), exact=False, approximate=True, estimate=high)
    if hedge == "about":
        return attrs.evolve(
            quantity, low=low * (1 - _ABOUT), high=high * (1 + _ABOUT), exact=False, approximate=True, estimate=low
        )
    if hedge == "round":
        return attrs.evolve(
            quantity, low=low * (1 - _ROUND_DURATION), high=high * (1 + _ROUND_DURATION), exact=False, estimate=low
        )
    if hedge == "range":
        return attrs.evolve(quantity, exact=False)
    return quantity


def _counted(sentence: str, words: Sequence[Word], last: int, unit: str) -> tuple[frozenset[str], int]:
    """Keys of the words after a quantity that say what it counts, and where that phrase ends.

    Up to three words, stopping at punctuation, a number or a function word: "22 wounded Ukrainian soldiers".
    After a percentage, "of" leads to what it is a share of ("75 percent of drug costs").
    """
    position = last
    if unit == "%" and lowers(words, position, 1) == ("of",):
        position += 1
        if lowers(words, position, 1) == ("the",):
            position += 1
    elif lowers(words, position, 1) == ("of",) and position + 1 < len(words) and words[position + 1].is_digits:
        # "23 of 40 projects": what is counted follows the whole.
        position += 2
    while position < len(words) and words[position].lower in _COPULAS:
        # "23 were injured", "14 have been killed": the participle says what is counted.
        position += 1
    counted: list[str] = []
    end = last
    for index in range(position, min(len(words), position + COUNTED_WORDS)):
        word = words[index]
        if _broken(sentence, words, index) or word.is_digits:
            break
        if word.lower in _UNITS or word.lower in _TENS or word.lower in _DISTRIBUTIVE:
            break
        if word.weight < MIN_COUNTED_RARITY and not (index == position and word.lower in _COMMON_COUNTED):
            break
        counted.append(_COUNT_KIN.get(word.key, word.key))
        end = index + 1
    return frozenset(counted), end


# Endings of verb forms, which after "and" open a second clause ("killed 20 people and injured dozens").
_VERB_ENDINGS = ("ed", "ing")


def _coordinated_members(sentence: str, words: Sequence[Word], phrase_last: int) -> tuple[frozenset[str], int]:
    """Keys of the other members of a coordination a count counts, and where its phrase ends.

    The class of language read: a figure whose counted noun phrase goes on with "and" and another noun phrase of no
    figure of its own ("189 passengers and crew", "52 students and teachers", "40 miners and rescue workers") counts
    the members together, so it is the sum of each member's count ("173 passengers and 16 crew"), not a count of
    the first member. "and" before a figure ("173 passengers and 16 crew") or a verb ("20 people and injured 30")
    coordinates something else. A member is one word ("crew") or a word and plural nouns ("crew members"): the
    sentence's verb may follow it ("crew sank"). Empty, and ``phrase_last`` unchanged, when no member follows.
    """
    if lower_at(words, phrase_last) != "and" or _broken(sentence, words, phrase_last):
        return frozenset(), phrase_last
    members: list[str] = []
    end = phrase_last
    for index in range(phrase_last + 1, min(len(words), phrase_last + 1 + COUNTED_WORDS)):
        word = words[index]
        if _broken(sentence, words, index) or word.is_digits or word.lower in _UNITS or word.lower in _TENS:
            break
        if word.weight < MIN_COUNTED_RARITY and not (index == phrase_last + 1 and word.lower in _COMMON_COUNTED):
            break
        if not members and word.lower.endswith(_VERB_ENDINGS):
            return frozenset(), phrase_last
        if members and not _a_plural(word):
            # "crew members", "rescue workers"; not "crew capsized", "crew sank": the phrase's verb.
            break
        members.append(_COUNT_KIN.get(word.key, word.key))
        end = index + 1
    if not members or (end < len(words) and _read_figure(sentence, words, end) is not None):
        # "and left 30 injured": a verb and its own figure, not a member.
        return frozenset(), phrase_last
    return frozenset(members), end


# Words that end a noun phrase read after a preposition: "15 miles northeast of the city late on Thursday".
_PHRASE_ENDS = frozenset({"late", "early", "yesterday", "today", "tonight", "overnight", "last", "this", "next"})


def _reference_point(sentence: str, words: Sequence[Word], last: int) -> str:
    """Key of the head noun of the point a length after words[last - 1] is measured from, or "".

    The class of language read: a length bound to a reference point by "from", "away from", "off", or a direction
    and "of" ("six miles northeast of Buffalo Niagara International Airport", "15 miles from the city centre",
    "2 km south-west of the capital", "200 metres off the coast"). The head is the last word of the point's noun
    phrase: its last name word when it is a bare name ("Buffalo"), its noun otherwise ("the Buffalo airport").
    "234 miles of fence" measures the fence, which is what it counts, not a point.
    """
    position = last
    if lower_at(words, position) == "away":
        position += 1
    if lower_at(words, position) in {"from", "off"}:
        return _head_of(sentence, words, position + 1)
    for index in range(position, min(len(words), position + 3)):
        if words[index].lower == "of":
            bound = index > last and _spaced(sentence, words, last, index)
            return _head_of(sentence, words, index + 1) if bound else ""
        if not words[index].lower.isalpha() or words[index].weight < MIN_COUNTED_RARITY:
            return ""
    return ""


# Common nouns of one reference point, each to one key: a distance "from the shore" and one "off the coast" are
# measured from the same line, one "from the port" and one "from the harbour" from the same place.
_REFERENCE_KIN = {
    **{stem(word): "coast" for word in ("coast", "coastline", "shore", "shoreline")},
    **{stem(word): "port" for word in ("port", "harbour", "harbor")},
}


def _head_of(sentence: str, words: Sequence[Word], first: int) -> str:
    """Key of the head of the noun phrase from words[first]: a name's last word, or a determiner's noun."""
    determined = lower_at(words, first) in _PHRASE_OPENERS
    position = first + 1 if determined else first
    head = ""
    while position < len(words) and not (position > first and _broken(sentence, words, position)):
        word = words[position]
        if not word.lower.isalpha() or word.lower in _PHRASE_ENDS or (not determined and not word.capitalised):
            break
        if word.weight < MIN_COUNTED_RARITY and not word.capitalised:
            break
        head = word.key
        position += 1
    return _REFERENCE_KIN.get(head, head)


# The group a figure belongs to


# Prepositions after a figure's act that name what the act happened in or was done by ("were killed in two
# earthquakes", "were treated at the three hospitals", "burned across both states").
_HOLDER_PREPOSITIONS = frozenset({"in", "at", "across", "by", "during", "throughout"})
# Words between a counted phrase and that preposition: the verb group of a passive or of a verb with its object
# ("were killed in", "lost their homes in") is at most this long.
_HOLDER_REACH = 4
# Auxiliaries between a subject and its verb ("had killed", "have employed").
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "may", "might"})
# Determiners that make one thing of a singular noun, and several of a plural one ("the quake" / "the quakes").
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
# Determiners of one thing ("a tremor", "one plant").
_ONE = frozenset({"a", "an", "one"})
# Quantifiers of a group of several ("both plants", "all four mines", "several attacks").
_SEVERAL = frozenset({"both", "all", "several", "many"})
# Words that follow a noun phrase's head: prepositions and relative pronouns ("the last quake of that magnitude").
_AFTER_HEAD = frozenset({"of", "from", "on", "near", "with", "for", "to", "that", "which", "who"})
# The shorter of two nouns of one kind, one a compound of the other ("earthquake" / "quake"), has this many letters.
_MIN_KIND_LETTERS = 4
# Verbs of having and getting, which take a figure as their object like any past form ("Chamisa had 1.9 million
# votes", "Mahama got 6.2 million votes").
_HAVING = frozenset({"had", "has", "have", "got", "gets"})
# Verbs of reporting a figure, whose subject is its source ("Reuters reported 20 deaths", "police counted 12").
_REPORTING = frozenset(
    {"said", "says", "told", "reported", "reports", "estimated", "estimates", "counted", "confirmed", "recorded"}
    | {"cited", "announced", "gave", "put", "listed", "tallied"}
)
# Relative pronouns, whose clause's figure is the figure of their antecedent.
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# The antecedent of a relative pronoun is at most this many words long (a name, its title and an apposition).
_ANTECEDENT_REACH = 16


def _holders(sentence: str, words: Sequence[Word], first: int, phrase_last: int) -> tuple[tuple[bool, str], ...]:
    """The groups or single things a figure is the figure of, each (several, head): see ``_a_total_and_a_member``.

    The class of language read: the subject of the verb right before the figure (a past form or a verb of change,
    past its auxiliaries and an apposition set off by dashes or commas: "Two earthquakes in 1999 killed 20,000
    people", "The last quake of that magnitude - a 7.2 tremor in Duzce - killed 894 people"), and the noun phrase
    after a preposition of place or agency that follows the figure's verb group ("1,250 workers worked at the three
    plants", "894 people were killed in a quake"). Only a noun phrase that opens on a determiner or a quantifier
    says whether it is one thing or several; a bare noun ("Rescuers pulled 118 survivors") or a name ("in Duzce")
    says neither, and a figure that opens a clause of its own ("The agency said 894 people died") is not the
    object of the verb before it.
    """
    found = [_after_act(sentence, words, phrase_last)]
    if not _opens_a_clause(sentence, words, first, phrase_last):
        found.append(_subject_of_figure(sentence, words, first))
    return tuple(holder for holder in found if holder is not None)


def _opens_a_clause(sentence: str, words: Sequence[Word], first: int, phrase_last: int) -> bool:
    """Whether a figure is the subject of a verb in or after its counted phrase ("said 894 people died", "said 20
    were hurt"): then the verb before it is the verb of another clause, whose subject the figure does not belong to.
    A plural right after the figure is its noun, though it may be a verb's form too ("polled 6.7 million votes"),
    and a verb after a comma is another clause's ("won 230 seats, compared with")."""
    for index in range(first + 1, min(len(words), phrase_last + 1)):
        word = words[index]
        if _set_off(sentence, words, index):
            return False
        if word.lower in _AUXILIARIES or (a_verb_form(word) and not (index == first + 1 and _a_plural(word))):
            return True
    return False


def _after_act(sentence: str, words: Sequence[Word], phrase_last: int) -> tuple[bool, str] | None:
    for index in range(phrase_last, min(len(words), phrase_last + _HOLDER_REACH)):
        if _set_off(sentence, words, index) or words[index].is_digits:
            return None
        if words[index].lower in _HOLDER_PREPOSITIONS:
            return _one_or_several(sentence, words, index + 1)
    return None


def _subject_of_figure(sentence: str, words: Sequence[Word], first: int) -> tuple[bool, str] | None:
    bounds = _subject_bounds(sentence, words, first)
    if bounds is None:
        return None
    start, end, _ = bounds
    # The subject's noun phrase opens at its first determiner or quantifier ("Officials said two earthquakes").
    opener = next((i for i in range(max(start, 0), end) if _opens_a_group(words, i)), None)
    return None if opener is None else _one_or_several(sentence, words, opener, end)


def _subject_bounds(sentence: str, words: Sequence[Word], first: int) -> tuple[int, int, int] | None:
    """Where the subject of the verb right before a figure starts and ends, and where that verb's group starts
    (words[end:group] is an apposition or a relative clause set off between them), or None when no verb stands
    right before the figure."""
    verb = first - 1
    if verb < 1 or not (a_verb_form(words[verb]) or words[verb].lower in _UP | _DOWN | _HAVING):
        return None
    if words[verb].lower in _REPORTING:
        # "Reuters reported 20 deaths": the figure is of what is reported, not of who reports it.
        return None
    if _set_off(sentence, words, verb + 1):
        return None
    group = verb
    while group > 0 and words[group - 1].lower in _AUXILIARIES and not _set_off(sentence, words, group):
        group -= 1
    end = _before_apposition(sentence, words, group)
    start = end - 1
    while start > 0 and not _set_off(sentence, words, start) and not a_verb_form(words[start - 1]):
        start -= 1
    return max(start, 0), end, group


def _participant(sentence: str, words: Sequence[Word], first: int) -> tuple[int, int]:
    """The offsets of the words that name whose figure a figure is, or (0, 0); see ``_two_participants``.

    The class of language read: the subject of the verb right before the figure (see ``_subject_bounds``), with an
    apposition of no verb of its own set off before the verb ("Peter Asante, the opposition leader, polled",
    "According to her, John Mahama of the NDC, won"); for a relative clause ("..., Peter Asante, who polled 6.2
    million"), its antecedent: the words before the relative pronoun back to the verb, figure or start before them
    ("to beat his closest contender, former President John Dramani Mahama, the NDC's candidate, who polled").
    """
    bounds = _subject_bounds(sentence, words, first)
    if bounds is None:
        return (0, 0)
    start, end, group = bounds
    if end - start == 1 and words[start].lower in _RELATIVE_PRONOUNS:
        start, end = _antecedent(words, start), start
    elif start > 0 and gap(sentence, words, start - 1, start).strip() not in {"", ","}:
        # "The Standard & Poor's 500 Index <.SPX> lost 6 points": punctuation other than a clause's comma cuts a
        # subject short; a part of it names no participant.
        return (0, 0)
    elif not any(a_verb_form(word) or word.lower in _RELATIVE_PRONOUNS for word in words[end:group]):
        end = group
    return (words[start].start, words[end - 1].end) if start < end else (0, 0)


def _antecedent(words: Sequence[Word], pronoun: int) -> int:
    """Where the words a relative pronoun stands for start: after the verb or the figure before it, at most
    ``_ANTECEDENT_REACH`` words back."""
    start = pronoun
    while start > max(0, pronoun - _ANTECEDENT_REACH) and not (
        a_verb_form(words[start - 1]) or words[start - 1].is_digits
    ):
        start -= 1
    return start


def _before_apposition(sentence: str, words: Sequence[Word], end: int) -> int:
    """Where a subject ends when an apposition or a relative clause set off by dashes or commas stands between it
    and its verb ("The last quake - a 7.2 tremor in Duzce - killed"), or ``end`` when none does."""
    if end < 1 or not _set_off(sentence, words, end):
        return end
    mark = sentence[words[end - 1].end : words[end].start].strip()
    for index in range(end - 1, 0, -1):
        if _set_off(sentence, words, index):
            opening = sentence[words[index - 1].end : words[index].start].strip()
            return index if opening == mark else end
    return end


def _opens_a_group(words: Sequence[Word], index: int) -> bool:
    """Whether a word opens a noun phrase that says how many it names: a determiner or a quantifier."""
    return words[index].lower in _ONE | _DEFINITE or _a_quantifier(words[index])


def _a_quantifier(word: Word) -> bool:
    """ "both", "all", "several", a number word or a figure ("4 plants"), but not a year ("in 1999")."""
    lower = word.lower
    return lower in _SEVERAL or lower in _UNITS or lower in _TENS or (word.is_digits and not is_year(word))


def _one_or_several(sentence: str, words: Sequence[Word], opener: int, end: int = -1) -> tuple[bool, str] | None:
    """(several, head) of a noun phrase that opens on a determiner or a quantifier at ``opener``, or None.

    "two earthquakes", "both plants", "all four mines", "the storms": several; "a tremor", "the Izmit quake", "the
    larger plant", "one of the plants": one. The head is the last common noun before a preposition, a break or
    ``end`` ("quake" of "the last quake of that magnitude"), written in the singular.
    """
    end = len(words) if end < 0 else end
    if opener >= end or opener >= len(words):
        return None
    lower = words[opener].lower
    position = opener + 1
    if lower == "one" and lowers(words, position, 2) == ("of", "the"):
        # "one of the plants": one member of the group the plural names.
        head = _head_noun(sentence, words, position + 2, end)
        return None if head is None else (False, _singular(head.lower))
    if not _opens_a_group(words, opener):
        return None
    head = _head_noun(sentence, words, position, end)
    if head is None:
        return None
    several = _a_plural(head) or (_a_quantifier(words[opener]) and lower != "one")
    # "a dozen plants", "one hundred mines": an article or "one" before a plural is a figure, read elsewhere.
    return None if lower in _ONE and several else (several, _singular(head.lower))


def _head_noun(sentence: str, words: Sequence[Word], position: int, end: int) -> Word | None:
    """The last word of a noun phrase's run of modifiers and nouns from ``position``: a common noun, or None."""
    head = None
    for index in range(position, min(end, len(words))):
        word = words[index]
        if index > position and _set_off(sentence, words, index):
            break
        if word.lower in _HOLDER_PREPOSITIONS or word.lower in _AFTER_HEAD or (head and word.lower in _PHRASE_ENDS):
            break
        if word.is_digits or word.lower in _UNITS or word.lower in _TENS or word.capitalised:
            # A figure or a name before the head ("a 7.2 tremor", "the Izmit quake", "all four mines").
            continue
        if not word.lower.isalpha() or a_verb_form(word):
            break
        head = word
    return head if head is not None and head.weight > 0 else None


def _set_off(sentence: str, words: Sequence[Word], index: int) -> bool:
    """Whether punctuation or a dash between spaces ("a tremor - the second - killed") stands before words[index]."""
    return _broken(sentence, words, index) or (
        index > 0 and sentence[words[index - 1].end : words[index].start] == " - "
    )


def _singular(lower: str) -> str:
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    return lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower


def _of_one_kind(one: str, other: str) -> bool:
    """Whether two nouns name one kind of thing: the same noun, or one a compound ending on the other
    ("earthquake" / "quake", "wildfire" / "fire")."""
    shorter, longer = sorted((one, other), key=len)
    return shorter == longer or (len(shorter) >= _MIN_KIND_LETTERS and longer.endswith(shorter))


def _a_total_and_a_member(one: Quantity, other: Quantity) -> bool:
    """Whether one figure is of a group of several and the other of a single thing of that group's kind.

    The class of language read: "Two earthquakes in 1999 killed 20,000 people" / "a 7.2 quake in Duzce killed 894
    people", "the three plants employed 3,100 workers" / "the larger plant employed 1,250", "1.2 million cars were
    made at all four factories" / "at one of the factories": a total over several events, places or groups and the
    figure of one of them are two facts. Two figures of one group ("Two gunmen killed 12" / "Two gunmen killed 14")
    or of one thing ("the quake killed 894" / "the quake killed 900") still compare, and so does a group beside a
    thing of another kind ("Two gunmen killed 12" / "The attack killed 14": the attack is no gunman).
    """
    return any(
        several != other_several and _of_one_kind(head, other_head)
        for several, head in one.holders
        for other_several, other_head in other.holders
    )


def _a_plural(word: Word) -> bool:
    return word.lower.endswith("s") and not word.lower.endswith("ss")


def _broken(sentence: str, words: Sequence[Word], index: int) -> bool:
    """Whether punctuation stands between words[index - 1] and words[index]."""
    return index > 0 and any(mark in sentence[words[index - 1].end : words[index].start] for mark in _PHRASE_BREAKS)


def _lead(sentence: str, words: Sequence[Word], first: int) -> str:
    """Whether the figure is a change ("rose 4 percent", "down 8 cents") or a level ("to $21.40").

    A verb governs a figure of its own clause only: "After the ferry sank, 250 passengers were missing" counts
    passengers, no fall of 250.
    """
    for index in range(first - 1, max(-1, first - 4), -1):
        if _broken(sentence, words, index + 1):
            return ""
        word = words[index].lower
        if word in _UP:
            return "up"
        if word in _DOWN:
            return "down"
        if word in _LEVEL:
            return "level"
        if word not in _SKIP_BEFORE:
            return ""
    return ""


def _content_before(sentence: str, words: Sequence[Word], first: int) -> str:
    """The content word just before a figure, inside its clause (see _lead)."""
    for index in range(first - 1, max(-1, first - 4), -1):
        if _broken(sentence, words, index + 1):
            return ""
        word = words[index]
        if word.weight >= _MIN_BEFORE_WEIGHT and not word.is_digits:
            return word.key
    return ""


def _is_part(words: Sequence[Word], first: int, last: int) -> bool:
    """ "the other two", "two more", "another 30": a part beside some other part, not the whole."""
    before = words[first - 1].lower if first > 0 else ""
    after = lower_at(words, last)
    if before in _LASTING and first > 1 and words[first - 2].lower in _LASTING_GROUP:
        # "will last 20 hours": the verb, not "the last two".
        return after in _PART_AFTER
    return before in _PART_BEFORE or after in _PART_AFTER


def _is_distributive(sentence: str, words: Sequence[Word], last: int) -> bool:
    """ "175 prisoners each", "$5 a share", "per person": a figure for each one, not the total."""
    if last >= len(words):
        return False
    following = words[last].lower
    if following in _DISTRIBUTIVE:
        return True
    return following in {"a", "per"} and lower_at(words, last + 1) in {"piece", "person", "head", "share"}


# Margins

# Verbs of winning, losing and leading, whose figure after "by" is a margin ("won by 515,524 votes", "led Chamisa by
# some 230,000 votes", "lost by 3 points"), and words of standing ahead or behind ("ahead by 3 points").
_WINNING = frozenset(
    {"won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "led", "lead", "leads", "leading"}
    | {"trailed", "trail", "trails", "trailing", "edged", "ahead", "behind", "outpolled", "outscored"}
)
# Verbs of defeating, after whose object "with" gives the margin too ("defeated Mahama with 515,541 votes").
_DEFEATING = frozenset({"beat", "beats", "beating", "defeated", "defeat", "defeats", "defeating"})
# Nouns of a difference, whose "of" gives it ("a margin of 3 points", "a lead of 230,000 votes").
_DIFFERENCES = frozenset({"margin", "margins", "lead"})
# Words between such a verb and its "by": its object, a name and its title ("defeated former President John
# Mahama by").
_MARGIN_REACH = 6


def _a_margin(sentence: str, words: Sequence[Word], first: int) -> bool:
    """Whether a figure is a margin, the difference between two participants, rather than one participant's total.

    The class of language read: the figure of "by" after a verb of winning, losing or leading and its object ("won
    by 515,524 votes", "led Chamisa by some 230,000 votes", "lost the final by 3 points", "ahead by 5 points"), of
    "with" after a verb of defeating and its object ("defeated Mahama with 515,541 votes"), and of "of" after a
    noun of a difference ("a margin of 3 points", "a lead of 230,000 votes"). "won with 6.7 million votes" and "won
    6.7 million votes" give a total.
    """
    before = first - 1
    if before < 1 or _broken(sentence, words, first):
        return False
    preposition = words[before].lower
    if preposition == "of":
        return words[before - 1].lower in _DIFFERENCES
    if preposition not in {"by", "with"}:
        return False
    for index in range(before - 1, max(-1, before - 1 - _MARGIN_REACH), -1):
        if _broken(sentence, words, index + 1) or words[index].is_digits:
            return False
        lower = words[index].lower
        if lower in _DEFEATING:
            return True
        if lower in _WINNING:
            return preposition == "by"
    return False


# Comparison


def number_findings(a: Facts, b: Facts, close: bool, aliases: Mapping[str, str]) -> list[Finding]:
    if not (a.may_count and b.may_count):
        return []
    tallied = _of_one_tally(a, b, [(qa, qb) for qa in a.quantities for qb in b.quantities])
    unmatched_a = [q for q in _unsupported(a, b) if not any(agree(q, qb) for qa, qb in tallied if qa is q)]
    unmatched_b = [q for q in _unsupported(b, a) if not any(agree(qa, q) for qa, qb in tallied if qb is q)]
    relative = _relative_times(a, b)
    # The subjects of two values of one predicate are read by their heads (see one_value_of_one_predicate), which
    # tells "Government data show inflation in the region totaled" from the words that open the sentence.
    predicated_alike = {
        (qa, qb)
        for qa in unmatched_a
        for qb in unmatched_b
        if _same_unit(qa, qb) and one_value_of_one_predicate(a, qa, b, qb)
    }
    pairs = [
        (qa, qb)
        for qa in unmatched_a
        for qb in unmatched_b
        if not _two_facts(a, qa, b, qb, aliases, relative, participants=(qa, qb) not in predicated_alike)
    ]
    ones = {(qa, qb) for qa, qb in pairs if _one_participant(a, qa, b, qb, aliases)}
    found = [number_finding(a, qa, b, qb) for qa, qb in _of_one_thing(pairs, ones, tallied, predicated_alike)]
    if close and not found and len(unmatched_a) == len(unmatched_b) == 1:
        qa, qb = unmatched_a[0], unmatched_b[0]
        if _one_figure_told_twice(qa, qb) and not _two_facts(a, qa, b, qb, aliases, relative):
            # "Turnout was 41.2 percent" / "Turnout rose to 43.2 percent": the one figure of one claim told twice.
            found = [attrs.evolve(number_finding(a, qa, b, qb), confidence=0.6)]
    if close and not found:
        found = _changed_in_a_copy(a, b)
    return found + _compatible_differences(a, b, found, aliases, relative)


def _two_facts(
    a: Facts,
    qa: Quantity,
    b: Facts,
    qb: Quantity,
    aliases: Mapping[str, str],
    relative: _RelativeTimes,
    *,
    participants: bool = True,
) -> bool:
    """Whether two figures are figures of two facts: of two participants (unless ``participants`` is false: their
    subjects are read otherwise), distances of two acts, tallies of two outcomes or years, counts of two scopes (see
    ``_two_scopes``), relative times of two acts, or ranks that tell the subjects of two such acts apart ("the second
    blast came 10 minutes later" / "the third explosion came 20 minutes later"), and ranks of two series (see
    ``_ranks_of_two_facts``)."""
    if participants and _two_participants(a, qa, b, qb, aliases):
        return True
    if _distances_of_two_acts(a, qa, b, qb) or _two_tallies(a, qa, b, qb):
        return True
    if _two_scopes(a, qa, b, qb):
        return True
    if _ranks_of_two_facts(qa, qb) or _ranks_of_two_owners(a, qa, b, qb):
        return True
    one, other = relative.a.get(qa), relative.b.get(qb)
    if one is not None and other is not None and _two_timed_acts(one, a.keys, other, b.keys):
        return True
    return any(
        sa[0] <= qa.start and qa.end <= sa[1] and sb[0] <= qb.start and qb.end <= sb[1] for sa, sb in relative.subjects
    )


def _ranks_of_two_facts(one: Quantity, other: Quantity) -> bool:
    """Whether two ranks are places of two things, never one value told two ways.

    The class of language read: an ordinal is the value of a fact only when both sentences bind it to one series
    (see ``_two_series``: "her first Wimbledon title" / "her third major title" are two) and one owner (see
    ``_ranks_of_two_owners``). An ordinal that picks the item an act is about ("clinched the second set" /
    "clinched the first set") is still read as a value: a rewrite telling one act in other words cannot be told
    from two acts with their items changed, and the second rewrite set lost an injected error to that reading.
    """
    if one.unit != "rank" or other.unit != "rank":
        return False
    return _two_series(one, other)


def _ranks_of_two_owners(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> bool:
    """Whether two ranks are of two owners: the capitalised words naming each owner (see ``_owner``) share none
    ("Williams, seeking her eighth title" / "Muguruza won her second title", "Williams's" / "Muguruza's"); "Garbine
    Muguruza" / "Muguruza's" is one owner. A single name that opens a sentence, which the reader of names leaves
    out when it ends like a plural ("Williams"), counts here: a possessive says it is someone's."""
    if qa.unit != "rank" or qb.unit != "rank" or qa.participant == (0, 0) or qb.participant == (0, 0):
        return False
    mine, theirs = _owner_words(a, qa.participant), _owner_words(b, qb.participant)
    return bool(mine) and bool(theirs) and not mine & theirs


def _owner_words(facts: Facts, span: tuple[int, int]) -> frozenset[str]:
    start, end = span
    return frozenset(
        word.lower.removesuffix("'s")
        for word in facts.words
        if start <= word.start and word.end <= end and word.capitalised and word.weight > 0
    )


def _distances_of_two_acts(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> bool:
    """Whether two distances from a place measure two acts: two facts, never a conflict.

    The class of language read: a DISTANCE of one act or thing FROM a place ("the plane crashed 6 miles from the
    airport", "the ferry capsized about a kilometre off the coast"; see ``_reference_point``) is the distance of the
    act of its clause's verb. Two distances are of two acts when the verbs differ and so do their subjects ("the
    plane crashed 6 miles from the airport" / "the pilot radioed the tower 20 miles from the airport", "the bus
    plunged" / "the bus driver radioed"): the head of one subject is named nowhere in the other sentence. One act
    told with other verbs by one subject ("the plane crashed" / "the plane went down"), or the other way round
    ("Divers found the wreck" / "The wreck was located by divers"), stays one fact, and so does one whose subject is
    a pronoun or is not read.
    """
    if not (qa.reference and qb.reference):
        return False
    one, other = _distance_act(a, qa), _distance_act(b, qb)
    if one is None or other is None or not one.subject or not other.subject:
        return False
    if one.acts & other.acts or same_verb(one.verb, other.verb):
        return False
    heads = (one.subject[-1], other.subject[-1])
    if any(head.lower in _PRONOUN_SUBJECTS for head in heads):
        return False
    # A subject named nowhere in the other sentence does another act; one named there in another role is the same
    # act told the other way round ("Divers found the wreck" / "The wreck was located by divers").
    return heads[0].key not in b.keys or heads[1].key not in a.keys


def _distance_act(facts: Facts, quantity: Quantity) -> _TimedAct | None:
    """The act a distance measures: the verb of its clause, with its subject (no anchor: the place is the anchor)."""
    verb = _verb_of(facts, quantity, anchored=False)
    if verb is None:
        return None
    return _TimedAct(_act_keys(facts, verb, quantity), facts.words[verb].lower, _subject_of(facts, verb), frozenset())


def _two_tallies(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> bool:
    """Whether two figures count the people of two outcomes (see compare._facts._tallies), whatever noun they share
    ("leaving 351 people dead" / "injuring 423 people", "The death toll rose to 40" / "40 people were hurt"), or of
    events of two years ("the death toll from the 2015 earthquake reached 435" / "the death toll from the earthquake
    reached 380"; see event_year): two facts, which never compare nor bear each other out (``_unsupported``).

    The class of language read besides: COUNTS OF TWO OUTCOMES IN ONE COORDINATION, whose second conjunct often has
    no auxiliary or no verb at all (gapping): "At least 119 people were killed and more than 150 injured", "The
    storm left 12 dead and 40 missing", "killing at least 115 and injuring about 150", "put the toll at 38 dead and
    33 missing", "three were arrested and two charged". Each count is bound to the outcome its own conjunct tells:
    the participle, adjective or noun after it ("more than 150 injured", "40 missing"), the gerund or verb whose
    object it is ("injuring about 150"), or the predicate of which it is the subject ("12 people were killed"). A
    plain sentence of the other report ("About 150 people were injured") compares with the count of its outcome
    only, whatever noun or hedge it shares with the other count. A figure whose outcome is not read (no outcome
    word in its conjunct: "31 in the south", "40 others") is left to the other rules.
    """
    one = a.outcomes.get(qa)
    if one is None or (other := b.outcomes.get(qb)) is None:
        return False
    return one != other or event_year(a, qa) != event_year(b, qb)


def _two_scopes(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> bool:
    """Whether two counts are of two scopes: one of a place within the event, the other of another place or of the
    whole (see compare._facts._scopes): "190 people died in Rieti province" / "The quake has killed at least 247
    people", "57 in Ascoli Piceno" / "190 people died in Rieti province"; two facts, never a conflict.

    The class of language read: A COUNT OF A PART BESIDE THE COUNT OF ITS WHOLE. Two counts of one place compare
    ("190 people died in Rieti" / "In Rieti, 195 people died"), and so do a count of a place and a count of a
    sentence that names that place as the event's ("The quake in Rieti killed 250 people"): one scope.
    """
    one, other = a.parts.get(qa, frozenset()), b.parts.get(qb, frozenset())
    if one & other or not (one or other):
        return False
    if one and other:
        return True
    return not (one & b.named_outside_parts if one else other & a.named_outside_parts)


def _of_one_tally(
    a: Facts, b: Facts, pairs: Sequence[tuple[Quantity, Quantity]]
) -> frozenset[tuple[Quantity, Quantity]]:
    """The pairs of figures that count the people of one outcome, whatever noun each counts them by: "127 people
    rescued" / "118 survivors", "killing 70 people" / "at least 85 deaths" (see compare._facts._tallies). Where
    they can both be true ("at least 12" / "14") neither figure conflicts with another."""
    return frozenset(
        (qa, qb)
        for qa, qb in pairs
        if (outcome := a.outcomes.get(qa)) is not None and outcome == b.outcomes.get(qb) and figures_of_one_kind(qa, qb)
    )


def figures_of_one_kind(one: Quantity, other: Quantity) -> bool:
    """Whether two figures may be figures of one thing whatever they count: of one kind (see ``_kind``), and not a
    total of several beside one member's figure ("Two earthquakes killed 20,000 people" / "One of the earthquakes
    killed 894 people"). Whether either is a change is left to the caller: a tally is read apart from the words a
    change is read by ("picked up 139 survivors" is no rise; see compare._facts._tallies)."""
    return _kind(one) == _kind(other) and not _a_total_and_a_member(one, other)


def _two_participants(a: Facts, qa: Quantity, b: Facts, qb: Quantity, aliases: Mapping[str, str]) -> bool:
    """Whether two figures are the figures of two different named participants, so that they never compare.

    The class of language read: a figure bound to the subject of its verb or the antecedent of its relative clause
    (see ``_participant``), a person, a party, a team, a company or a country named there: "Maria Okonjo polled
    6,730,413 votes" / "Peter Asante polled 6,214,889 votes", "Toyota sold 10.5 million cars" / "Volkswagen sold
    9.3 million cars", "Russia lost 1,200 tanks" / "Ukraine lost 400 tanks" are two facts each. Participants named
    alike or in another form of one name ("Maria Okonjo" / "Ms Okonjo", "John Dramani Mahama" / "Mr Mahama": see
    ``same_entity``) compare; so does a figure with no name there ("the incumbent polled", "She said 20 people
    died"). When a sentence gives the figures of several participants, this leaves each figure to the other
    sentence's figure of the same participant.
    """
    if qa.participant == (0, 0) or qb.participant == (0, 0):
        return False
    mine, theirs = _named_in(a, qa.participant), _named_in(b, qb.participant)
    return bool(mine) and bool(theirs) and not any(same_entity(one, other, aliases) for one in mine for other in theirs)


# Words after a length of time that make it an offset from an anchor: "10 minutes later", "two days after the vote",
# "an hour into the flight"; those of them that name the anchor after them.
_OFFSET_WORDS = frozenset({"later", "earlier", "afterwards", "afterward", "after", "before", "into"})
# Their keys: what a relative time is said of is no thing that a length of time measures ("a year earlier").
OFFSET_KEYS = frozenset(stem(word) for word in _OFFSET_WORDS)
_ANCHORING = frozenset({"after", "before", "into", "of"})
# Words before a length of time that make it an offset: "after 10 minutes", "within two hours of the blast".
_OFFSET_OPENERS = frozenset({"after", "within"})
# The units of time a rank may count: "in the 21st minute", "on the third day of the trial".
_TIME_UNIT_KEYS = frozenset(stem(unit) for unit in UNIT_SECONDS)
# Prepositions that end an anchor's noun phrase ("after the opening goal during the final").
_ANCHOR_ENDS = frozenset({"in", "on", "at", "during", "for", "with", "from", "to", "near", "amid", "as", "while"})
# How many content words name an anchor.
_ANCHOR_WORDS = 3
# Light verbs, whose act is their object ("took the lead", "made a save").
_LIGHT_VERBS = frozenset({"took", "made", "gave", "got", "put", "kept", "held", "had"})
# Pronouns, which may stand for any subject a report names.
_PRONOUN_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "you"})


@attrs.frozen
class _TimedAct:
    """The act a relative time measures, from its anchor.

    Args:
        acts: Keys of the act (the verb's kin or stem, and a light verb's object): empty when no verb is read.
        verb: The verb as written, lower case, or "".
        subject: The subject of the verb (what was acted on, for a passive verb).
        anchor: Keys of the anchor's words ("open", "goal" of "after the opening goal"); empty when the anchor is
            left unsaid ("later": the moment the report told last).
    """

    acts: frozenset[str]
    verb: str
    subject: tuple[Word, ...]
    anchor: frozenset[str]


@attrs.frozen
class _RelativeTimes:
    """The relative times of two sentences, each read once, and the subjects (A's span, B's span) of the acts of
    two of them that differ, when the subjects are two (see ``subjects_of_two_timed_acts``)."""

    a: Mapping[Quantity, _TimedAct]
    b: Mapping[Quantity, _TimedAct]
    subjects: tuple[tuple[tuple[int, int], tuple[int, int]], ...]


def _relative_times(a: Facts, b: Facts) -> _RelativeTimes:
    timed_a, timed_b = _timed_acts(a), _timed_acts(b)
    subjects = tuple(
        ((one.subject[0].start, one.subject[-1].end), (other.subject[0].start, other.subject[-1].end))
        for qa, one in timed_a.items()
        for qb, other in timed_b.items()
        if one.subject and other.subject and not agree(qa, qb) and _two_subjects(one, a.keys, other, b.keys)
    )
    return _RelativeTimes(timed_a, timed_b, subjects)


def _two_timed_acts(one: _TimedAct, keys_one: frozenset[str], other: _TimedAct, keys_other: frozenset[str]) -> bool:
    """Whether two relative times measure two acts, or one act from two anchors: two facts, never a conflict.

    The class of language read: a length of time or a rank of a unit of time bound to an act, as its offset from
    an anchor ("Perisic levelled with a powerful shot 10 minutes later", "21 minutes later, France again took the
    lead", "police arrived two hours after the explosion", "an hour into the flight", "in the 69th minute"). A match
    report times each goal, an attack each of its acts, from another moment: the figures are one fact only when the
    act (its verb, by kin, with a light verb's object; and its subject, what was acted on for a passive verb) and
    the anchor are the same. Two acts are told apart when both verbs are read and differ, or both subjects are read
    and are two (see ``_two_subjects``); two anchors when both are written and share no word ("after the break" /
    "after the opening goal"). An anchor left unsaid ("later") may be any. The same act of the same subject from
    the same anchor with another offset stays a conflict ("the second blast came 10 minutes later" / "20 minutes
    later"), and so does a relative time whose act is not read.

    Args:
        one: The act of one relative time (see ``_timed_act``).
        keys_one: The keys of all words of its sentence.
        other: The act of the other.
        keys_other: The keys of all words of its sentence.
    """
    if one.acts and other.acts and not one.acts & other.acts:
        light = one.verb in _LIGHT_VERBS or other.verb in _LIGHT_VERBS
        if light or not same_verb(one.verb, other.verb):
            return True
    if one.anchor and other.anchor and not one.anchor & other.anchor:
        return True
    return _two_subjects(one, keys_one, other, keys_other)


def _two_subjects(one: _TimedAct, keys_one: frozenset[str], other: _TimedAct, keys_other: frozenset[str]) -> bool:
    """Whether the subjects of two timed acts are two: two subjects as ``other_subjects`` reads them, or two subject
    phrases with no word in common ("the car bomb" / "the suicide attack"), unless one is a pronoun, which may stand
    for either."""
    if other_subjects(one.subject, other.subject, keys_one, keys_other):
        return True
    both = (*one.subject, *other.subject)
    if not one.subject or not other.subject or any(w.lower in _PRONOUN_SUBJECTS for w in both):
        return False
    return not {w.key for w in one.subject} & {w.key for w in other.subject}


def subjects_of_two_timed_acts(a: Facts, b: Facts) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The subjects (A's span, B's span) of two acts told with two different relative times: "Perisic scored 10
    minutes later" / "Griezmann scored 21 minutes later" tell two goals, so the names of their scorers are no more a
    conflict than their minutes (see ``_two_timed_acts``)."""
    if not (a.may_count and b.may_count):
        return []
    return list(_relative_times(a, b).subjects)


def _timed_acts(facts: Facts) -> dict[Quantity, _TimedAct]:
    """The relative times of a sentence, with the acts they measure."""
    found = {}
    for quantity in facts.quantities:
        if quantity.unit in ("s", "rank"):
            act = _timed_act(facts, quantity)
            if act is not None:
                found[quantity] = act
    return found


def _timed_act(facts: Facts, quantity: Quantity) -> _TimedAct | None:
    """The act a relative time measures and its anchor, or None when the figure is no relative time."""
    words = facts.words
    first = next((i for i, w in enumerate(words) if w.start >= quantity.start), len(words))
    after = next((i for i, w in enumerate(words) if w.start >= quantity.end), len(words))
    if quantity.unit == "s":
        following, preceding = lower_at(words, after), lower_at(words, first - 1)
        if following in _OFFSET_WORDS:
            anchor = _anchor(facts, after + 1) if following in _ANCHORING else frozenset()
        elif preceding in _OFFSET_OPENERS:
            anchor = _anchor(facts, after + 1) if following == "of" else frozenset()
        else:
            return None
    elif quantity.unit == "rank" and quantity.counted & _TIME_UNIT_KEYS:
        # "in the 21st minute of the final": the anchor is what the units are counted in.
        end = next((i for i, w in enumerate(words) if w.start >= quantity.phrase_end), len(words))
        anchor = _anchor(facts, end + 1) if lower_at(words, end) == "of" else frozenset()
    else:
        return None
    verb = _verb_of(facts, quantity, anchored=bool(anchor))
    if verb is None:
        return _TimedAct(frozenset(), "", (), anchor)
    return _TimedAct(_act_keys(facts, verb, quantity), words[verb].lower, _subject_of(facts, verb), anchor)


def _anchor(facts: Facts, start: int) -> frozenset[str]:
    """Keys of the first content words of the phrase from a word on, to the end of its clause or of its phrase."""
    words = facts.words
    found: list[str] = []
    for index in range(start, len(words)):
        word = words[index]
        if index > start and _a_clause_break(facts.text, words[index - 1].end, word.start):
            break
        if word.lower in _ANCHOR_ENDS or len(found) == _ANCHOR_WORDS:
            break
        if word.weight > 0 and word.lower.isalpha():
            found.append(word.key)
    return frozenset(found)


def _a_clause_break(text: str, start: int, end: int) -> bool:
    return any(character in _PHRASE_BREAKS for character in text[start:end])


def _verb_of(facts: Facts, quantity: Quantity, *, anchored: bool) -> int | None:
    """The position of the verb a relative time is bound to: the verb of its clause before it, else after it; for a
    clause of its own, the verb of the clause it is set off from, before it ("France took the lead ..., 21 minutes
    later") or after it ("21 minutes later, France took the lead"). The first verb of a clause is its own ("levelled"
    of "levelled with a powerful shot"), a verb of saying aside ("said the gunman arrived"). A verb after an
    anchored time in its clause tells the anchor ("three days after the riots began, ...")."""
    words = facts.words
    spans = clause_spans(facts.text)
    own = next((k for k, (s, e) in enumerate(spans) if s <= quantity.start < e), 0)

    def verbs_in(span: tuple[int, int]) -> list[int]:
        return [
            i
            for i, w in enumerate(words)
            if span[0] <= w.start < span[1]
            and not quantity.start <= w.start < quantity.phrase_end
            and _a_verb_here(words, i)
        ]

    in_own = verbs_in(spans[own]) if spans else []
    before = [i for i in in_own if words[i].end <= quantity.start]
    if before:
        return _main_verb(words, before)
    if in_own and not anchored:
        return in_own[0]
    for k in (*range(own - 1, -1, -1), *range(own + 1, len(spans))):
        found = verbs_in(spans[k])
        if found:
            return _main_verb(words, found)
    return None


def _a_verb_here(words: Sequence[Word], index: int) -> bool:
    """Whether a verb form is a verb where it stands: not a participle or a noun after a determiner ("the disputed
    result", "a shot"), nor a name ("Yared")."""
    word = words[index]
    return a_verb_form(word) and not word.capitalised and lower_at(words, index - 1) not in _RANK_DETERMINERS


def _main_verb(words: Sequence[Word], verbs: Sequence[int]) -> int:
    return next((i for i in verbs if not a_verb_of_saying(words[i])), verbs[0])


def _act_keys(facts: Facts, verb: int, quantity: Quantity) -> frozenset[str]:
    """The act a verb tells: its kin or stem, with a light verb's object ("took the lead")."""
    words = facts.words
    keys = set(acts_of(words[verb : verb + 1])) or {words[verb].key}
    if words[verb].lower in _LIGHT_VERBS:
        after = (w for w in words[verb + 1 :] if not quantity.start <= w.start < quantity.phrase_end)
        obj = next((w for w in after if w.weight > 0 and w.lower.isalpha()), None)
        if obj is not None:
            keys = {f"{key} {obj.key}" for key in keys}
    return frozenset(keys)


def _subject_of(facts: Facts, verb: int) -> tuple[Word, ...]:
    return subject_before(facts.text, facts.words, facts.words[verb].start, passive=True)


def _one_participant(a: Facts, qa: Quantity, b: Facts, qb: Quantity, aliases: Mapping[str, str]) -> bool:
    """Whether two figures are both given to one named participant ("Peter Asante, who polled" / "Mr Asante got")."""
    if qa.participant == (0, 0) or qb.participant == (0, 0):
        return False
    mine, theirs = _named_in(a, qa.participant), _named_in(b, qb.participant)
    return any(same_entity(one, other, aliases) for one in mine for other in theirs)


def _named_in(facts: Facts, span: tuple[int, int]) -> list[NameFact]:
    """The names of a participant's words: the names read in them, and a name that opens the sentence there."""
    start, end = span
    names = [name for name in facts.names if start <= name.start and name.end <= end]
    opening = opening_name(facts.folded, facts.words)
    if opening is not None and start <= opening.start and opening.end <= end:
        names.append(opening)
    return names


def figures_of_other_participants(
    a: Facts, b: Facts, aliases: Mapping[str, str]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The participants (A's span, B's span) of two different figures of one kind given to two different named
    participants: "Maria Okonjo polled 6,730,413 votes" / "Peter Asante polled 6,214,889 votes" tell two facts, so
    the names of their participants are no more a conflict than their figures (see ``_two_participants``)."""
    if not (a.may_count and b.may_count):
        return []
    return [
        (qa.participant, qb.participant)
        for qa in _unsupported(a, b)
        for qb in _unsupported(b, a)
        if _same_thing(qa, qb) and _two_participants(a, qa, b, qb, aliases)
    ]


def _changed_in_a_copy(a: Facts, b: Facts) -> list[Finding]:
    """The one figure a sentence copied word for word changed, whatever it is bound to and however hedged: in "...
    $2,306.08 at Walt Disney World, over $10,000 at Best Buy, ..." / "... over $20,000 at Best Buy, ..." the rest of
    the sentence says it is one statement, and the figure the copy changed is its misquotation."""
    return [
        number_finding(a, qa, b, qb)
        for qa in a.quantities
        for qb in b.quantities
        if _one_form_other_figures(qa, qb) and _copied_but_for(a, qa, b, qb)
    ][:1]


def _one_form_other_figures(one: Quantity, other: Quantity) -> bool:
    """Whether two figures are written in one form with figures that cannot be one ("over $10,000" / "over $20,000",
    "$2,306" / "$3,406"); not a figure rounded ("45.8 percent" / "46 percent") nor a bound and a figure it allows
    ("at least 12" / "14"), which a copy may also write, nor a designation and another figure ("the No. 2 official" /
    "the second official" name one rank in two forms)."""
    if (one.unit == DESIGNATION) != (other.unit == DESIGNATION):
        return False
    if one.exact and other.exact:
        return not agree(one, other)
    return figure(one) != figure(other) and _hedged_alike(one, other)


def _unsupported(facts: Facts, other: Facts) -> list[Quantity]:
    """The figures of a sentence the other sentence gives no figure for.

    The class of language read: a figure both sentences write alike ("more than $1 million a year", "$2 trillion")
    is the same figure in both, and supports nothing else; a sentence that gives a figure twice or a hedge beside
    another figure ("raise the limit by $2 trillion ... $2 trillion in cuts", "35.7 percent ... over 10 percent")
    keeps its other figures to be compared. Figures written alike are paired one to one first; each other figure is
    supported by any of the other sentence's figures left. A figure of another outcome's tally supports nothing
    ("40 people were injured" / "40 were killed and 45 injured": see ``_two_tallies``).
    """
    written = [facts.text[q.start : q.end].lower() for q in facts.quantities]
    left = list(other.quantities)
    alike: set[int] = set()
    # Figures written alike that count the same thing pair first ("his second term ... in his second" pairs "second
    # term" with "second term"), then any written alike.
    for of_one_thing in (True, False):
        for index, text in enumerate(written):
            if index in alike:
                continue
            counted = facts.quantities[index].counted
            quantity = facts.quantities[index]
            match = next(
                (
                    q
                    for q in left
                    if other.text[q.start : q.end].lower() == text
                    and (q.counted == counted or not of_one_thing)
                    and not _two_tallies(facts, quantity, other, q)
                ),
                None,
            )
            if match is not None:
                left.remove(match)
                alike.add(index)
    return [
        q
        for index, q in enumerate(facts.quantities)
        if index not in alike and not any(_supports(o, q) and not _two_tallies(facts, q, other, o) for o in left)
    ]


def _one_figure_told_twice(qa: Quantity, qb: Quantity) -> bool:
    """Whether the only figures of two nearly identical sentences are one figure, though the words after them differ.

    A share or an amount may be of a thing named otherwise ("a 7 percent wage increase" / "an 8 percent pay rise");
    a plain count must count the same thing or say nothing of it ("22 wounded soldiers" / "23 civilians" are two).
    """
    if _kind(qa) != _kind(qb) or _a_change(qa) != _a_change(qb):
        return False
    if qa.reference and qb.reference:
        # Lengths from two points, however alike the sentences around them.
        return qa.reference == qb.reference
    if agree(qa, qb) or _a_total_and_a_member(qa, qb):
        return False
    if qa.unit == "rank":
        # A rank is bound to the noun it ranks: "the third person charged" / "the fourth officer to resign" rank two
        # things, however alike the sentences around them.
        return bool(qa.counted & qb.counted)
    if qa.unit == DESIGNATION and qa.counted and qb.counted:
        # So is a designation written before its noun: "the No. 188 train" / "the No. 2 official" number two things.
        return bool(qa.counted & qb.counted)
    return bool(qa.unit) or not (qa.counted and qb.counted) or bool(qa.counted & qb.counted)


# Figures of one predicate


# Verbs of level or amount, by stem: the figure after one is what its subject comes to ("Trade reached $42 billion",
# "the deficit stood at 4 percent", "the bill came to $3,000", "spending totalled €1.2 million", "inflation was 7.5
# percent").
_LEVEL_VERBS = frozenset({"reach", "total", "amount", "stand", "come", "hit", "be", "is", "are"})
# Verbs of asking, by stem: the figure after one is what its subject asks for ("The union is demanding a 7 percent
# raise", "wants an 8 percent pay rise", "has called for 8 percent", "is seeking 6 percent"); "sought" as written,
# since the irregular pasts' table does not give it the stem of "seek".
_ASKING_VERBS = frozenset({"demand", "want", "seek", "sought", "ask", "call", "press", "push"})
# Words between such a verb and its figure: an article, the particle of a phrasal verb ("stood at", "came to",
# "called for").
_TO_THE_VALUE = frozenset({"a", "an", "at", "to", "for"})
# Words of a verb group before its verb ("is demanding", "has called for", "had already reached").
_BEFORE_THE_VERB = _AUXILIARIES | frozenset({"be", "been", "being", "also", "already", "now", "still", "reportedly"})
# Prepositions that end the head of a subject's noun phrase ("trade between the two countries", "the deficit of the
# city", "spending on the stadium").
_AFTER_THE_HEAD = frozenset({"of", "between", "in", "on", "at", "for", "from", "to", "with", "by", "among", "across"})
# Units whose figures are amounts, shares or measures: not counts, lengths of time, ranks or designations.
_NOT_AMOUNTS = frozenset({"", "s", "rank", DESIGNATION})
# Words that open a period named by its place in time ("last year", "this month", "the previous quarter").
_PERIOD_OPENERS = frozenset({"last", "this", "next", "previous", "past"})
_PERIODS = frozenset({"year", "month", "week", "quarter"})


@attrs.frozen
class Predicated:
    """A figure read as the value of its clause's main predicate (see ``predicated``).

    Args:
        verbs: The class of its verb: "level" or "asking".
        subject: The words of the predicate's subject.
        head: Key of the subject's head ("trade" of "Trade between Japan and Indonesia").
        periods: The years, months and periods ("last year") its clause writes.
    """

    verbs: str
    subject: tuple[Word, ...]
    head: str
    periods: frozenset[str]


def predicated(facts: Facts, quantity: Quantity) -> Predicated | None:
    """The predicate a figure is the value of, when it is the one figure of its unit in its clause and stands right
    after a verb of level or of asking (see ``one_value_of_one_predicate``), with the subject written before that
    verb; None otherwise."""
    if quantity.unit in _NOT_AMOUNTS:
        return None
    clause = next(((s, e) for s, e in clause_spans(facts.text) if s <= quantity.start < e), (0, len(facts.text)))
    if sum(1 for q in facts.quantities if q.unit == quantity.unit and clause[0] <= q.start < clause[1]) != 1:
        return None
    inside = [w for w in facts.words if clause[0] <= w.start and w.end <= clause[1]]
    before = [w for w in inside if w.end <= quantity.start]
    at = len(before) - 1
    while at >= 0 and before[at].lower in _TO_THE_VALUE:
        at -= 1
    if at < 0 or before[at].capitalised or not before[at].lower.isalpha():
        return None
    base = verb_stem(before[at].lower)
    verbs = "level" if base in _LEVEL_VERBS else "asking" if base in _ASKING_VERBS else ""
    if not verbs:
        return None
    at -= 1
    while at >= 0 and before[at].lower in _BEFORE_THE_VERB:
        at -= 1
    subject = _subject_phrase(before[: at + 1])
    head = _head_key(subject)
    if not head:
        return None
    return Predicated(verbs, subject, head, _periods(inside))


def _subject_phrase(words: Sequence[Word]) -> tuple[Word, ...]:
    """The words before a verb group back to the verb, the relative pronoun or the conjunction before them."""
    start = len(words)
    while start > 0:
        word = words[start - 1]
        if (
            a_verb_form(word)
            or a_verb_of_saying(word)
            or word.lower in _RELATIVE_PRONOUNS
            or not word.text[0].isalnum()
        ):
            break
        start -= 1
    return tuple(words[start:])


def _head_key(subject: Sequence[Word]) -> str:
    """Key of the head of a subject: its last content word before its first preposition; "" for a pronoun."""
    end = next((n for n, w in enumerate(subject) if n and w.lower in _AFTER_THE_HEAD), len(subject))
    content = [w for w in subject[:end] if w.weight > 0 and w.lower.isalpha() and w.lower not in _PRONOUN_SUBJECTS]
    return content[-1].key if content else ""


def _periods(words: Sequence[Word]) -> frozenset[str]:
    found = {w.lower for w in words if is_year(w) or w.lower in MONTHS}
    found |= {
        f"{one.lower} {other.lower}"
        for one, other in itertools.pairwise(words)
        if one.lower in _PERIOD_OPENERS and other.lower in _PERIODS
    }
    return frozenset(found)


def _same_unit(one: Quantity, other: Quantity) -> bool:
    """Whether two figures are amounts, shares or measures of one unit: the figures a predicate's value may be."""
    return one.unit == other.unit and one.unit not in _NOT_AMOUNTS


def _changes_of_one_direction(one: Quantity, other: Quantity) -> bool:
    """Whether two figures count changes of one direction by their nouns ("wage increase" / "pay rise"), not a rise
    and a fall ("wage increase" / "cut in working hours")."""
    return bool(one.counted & _RISE_KEYS and other.counted & _RISE_KEYS) or bool(
        one.counted & _FALL_KEYS and other.counted & _FALL_KEYS
    )


def one_value_of_one_predicate(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> bool:
    """Whether two figures are the value of one predicate of one subject, told with other verbs or nouns.

    The class of language read: ONE FIGURE OF ONE UNIT (an amount of money, a percentage, a measure) AS THE VALUE OF
    THE MAIN PREDICATE of a clause, the one figure of its unit there, right after its verb (an article or a
    particle between), in two sentences whose verbs are of one small class: verbs of level or amount, which say
    what a total comes to ("Trade between Japan and Indonesia reached $42 billion" / "trade between the two
    countries totaled $44 billion"; "stood at", "amounted to", "came to", "hit", "was"), or verbs of asking ("The
    union is demanding a 7 percent wage increase" / "The union wants an 8 percent pay rise"; "is seeking", "has
    called for"). The subjects must agree: the head of one is a word of the other ("trade" / "trade between the two
    countries"), and no name tells them apart (see ``other_subjects``: "Trade with China" / "Trade with Brazil"
    are two). What each figure counts may be named by two words for one thing ("wage increase" / "pay rise", two
    rises), not by two wholes ("7 percent of the vote" / "9 percent of the seats") nor by a rise and a fall ("wage
    increase" / "cut in working hours"). Two periods ("in 2022" / "in 2023", "last year" / "this year"), a change
    and a level ("rose by $2 billion" / "reached $42 billion"), and a clause of two figures of the unit ("rose by $2
    billion to $44 billion") are two facts, as is a figure of another clause of another subject ("..., while
    employers have offered 4.5 percent").
    """
    if _kind(qa) != _kind(qb) or _a_change(qa) != _a_change(qb):
        return False
    if qa.counted and qb.counted and not qa.counted & qb.counted and not _changes_of_one_direction(qa, qb):
        return False
    one, other = a.valued_predicates.get(qa), b.valued_predicates.get(qb)
    if one is None or other is None or one.verbs != other.verbs:
        return False
    if one.periods and other.periods and not one.periods & other.periods:
        return False
    keys_one, keys_other = {w.key for w in one.subject}, {w.key for w in other.subject}
    if one.head not in keys_other and other.head not in keys_one:
        return False
    return not other_subjects(one.subject, other.subject, a.keys, b.keys)


def _compatible_differences(
    a: Facts, b: Facts, conflicts: Sequence[Finding], aliases: Mapping[str, str], relative: _RelativeTimes
) -> list[Finding]:
    """Figures of one thing that can both be true but are written differently: "at least 12" / "14".

    Only where neither sentence gives the other's figure as written: "at least 12 ... 14 in all" / "14" says it.
    """
    taken_a = {f.a_span for f in conflicts}
    taken_b = {f.b_span for f in conflicts}
    pairs = []
    for qa in a.quantities:
        for qb in b.quantities:
            if (qa.start, qa.end) in taken_a or (qb.start, qb.end) in taken_b:
                continue
            if (qa.exact and qb.exact) or not agree(qa, qb):
                continue
            if figure(qa) == figure(qb) and not _an_estimate_and_a_bound(qa, qb):
                continue
            if _two_facts(a, qa, b, qb, aliases, relative):
                # Two plain figures that agree are one figure rounded; "about 300" and "300" one figure hedged.
                continue
            if not (_written_alike(qa, b.quantities) or _written_alike(qb, a.quantities)):
                pairs.append((qa, qb))
    tallied = _of_one_tally(a, b, pairs)
    return [_difference(a, qa, b, qb) for qa, qb in _of_one_thing(pairs, (), tallied)]


def _an_estimate_and_a_bound(one: Quantity, other: Quantity) -> bool:
    """Whether one figure is told as an estimate by one sentence and as a bound by the other.

    The class of language read: ONE FIGURE HEDGED TWO WAYS, as an estimate ("about 150", "nearly 60", "some 40") and
    as a one-sided bound ("more than 150", "at least 40", "up to 60"). Both can be true, but the estimate allows
    either side of the figure and the bound one side only: a compatible difference. A plain figure and its estimate
    or bound ("150" / "about 150", "150" / "at least 150"), two estimates or two bounds of one figure say the same.
    """
    estimate, bound = (one, other) if one.approximate else (other, one)
    return estimate.approximate and not bound.approximate and not bound.exact and _one_sided(bound)


def _one_sided(quantity: Quantity) -> bool:
    return math.isinf(quantity.high) or quantity.low == 0


def _of_one_thing(
    pairs: Sequence[tuple[Quantity, Quantity]],
    of_one_participant: Collection[tuple[Quantity, Quantity]] = (),
    of_one_tally: Collection[tuple[Quantity, Quantity]] = (),
    of_one_predicate: Collection[tuple[Quantity, Quantity]] = (),
) -> list[tuple[Quantity, Quantity]]:
    """The pairs whose figures measure the same thing, one to one, the surest first (see ``_same_thing``).

    A pair in ``of_one_participant`` (two figures of one named participant, see ``_one_participant``) is surer than
    the rest, and two plain counts of one kind there measure one thing though one says nothing of what it counts
    ("Mahama, who polled 6,214,889," / "Mr Mahama got 6,240,889 votes"). Two amounts that both leave it unsaid are
    told apart by their verbs as anywhere ("the Clintons earned $139 million" / "have paid $43 million"). A pair in
    ``of_one_tally`` counts the people of one outcome (see ``_of_one_tally``): one thing, though its nouns differ; so
    does a pair in ``of_one_predicate``, the value of one predicate of one subject (see ``one_value_of_one_predicate``).
    """
    candidates = []
    for qa, qb in pairs:
        shared = _same_thing(qa, qb)
        if not shared and ((qa, qb) in of_one_tally or (qa, qb) in of_one_predicate):
            shared = 1
        if (qa, qb) in of_one_participant:
            unsaid = bool(qa.counted) != bool(qb.counted) and not qa.unit and _kind(qa) == _kind(qb)
            unsaid = unsaid and _a_change(qa) == _a_change(qb)
            shared = shared + 1 if shared or unsaid else 0
        if shared:
            candidates.append((-shared, qa.start, qb.start, (qa, qb)))
    return one_to_one(candidates)


def _difference(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> Finding:
    """Two hedged figures that overlap: a difference of precision, unless both are hedged alike and cannot both hold.

    "at least 12" / "14" can both be true, and so can two lower bounds of one count ("at least 26" / "at least 37"
    killed, "killing at least 38 people" / "killing at least 37"): each report knew a part. "about 2.1 million" /
    "about 2.4 million" are two reports giving another figure for the same estimate; two upper bounds ("up to 10
    years in prison" / "up to 20 years", "carrying up to 300 passengers") state a limit exactly, and so do bounds of
    an amount or a term ("incomes above $250,000"). The class is read alike whether both sentences name what they
    count or one leaves it to the verb of a toll. A bound a copy changed is found before (``_changed_in_a_copy``).
    """
    finding = number_finding(a, qa, b, qb)
    if _hedged_alike(qa, qb) and not (_a_lower_bound_of_a_count(qa) and _a_lower_bound_of_a_count(qb)):
        return attrs.evolve(finding, severity="conflict", template="A says {a}; B says {b}.")
    return attrs.evolve(finding, severity="differs", template=DIFFERS)


def _copied_but_for(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> bool:
    """Whether two sentences are one sentence copied word for word but for the two figures: one statement, whose
    figure a copy changed ("At least six top Republicans have ..." / "At least ten top Republicans have ...")."""

    def rest(facts: Facts, quantity: Quantity) -> list[str]:
        return f"{facts.text[: quantity.start]} {facts.text[quantity.end :]}".lower().split()

    return rest(a, qa) == rest(b, qb)


def _hedged_alike(one: Quantity, other: Quantity) -> bool:
    return (
        not one.exact
        and not other.exact
        and one.approximate == other.approximate
        and math.isinf(one.high) == math.isinf(other.high)
        and (one.low == 0) == (other.low == 0)
    )


def _a_lower_bound_of_a_count(quantity: Quantity) -> bool:
    """ "at least 26 people", "more than 20": a plain count with no upper end."""
    return math.isinf(quantity.high) and not quantity.unit


def figure(quantity: Quantity) -> float:
    """The figure as written: 300 for "about 300" (whose interval runs from 270 to 330)."""
    return quantity.value if math.isnan(quantity.estimate) else quantity.estimate


def _written_alike(quantity: Quantity, others: Sequence[Quantity]) -> bool:
    return any((other.low, other.high, other.unit) == (quantity.low, quantity.high, quantity.unit) for other in others)


def _supports(other: Quantity, quantity: Quantity) -> bool:
    """Whether the other sentence's figure bears a figure out, so that it conflicts with nothing.

    An equal figure does, whatever it counts ("22" and "22 defenders": the same 22 told differently). A hedged
    one only for the same thing: "over 4,600 injured" says nothing about "at least 770 dead".
    """
    if not agree(quantity, other):
        return False
    return (
        (quantity.exact and other.exact)
        or (quantity.low, quantity.high) == (other.low, other.high)
        or not (quantity.counted and other.counted)
        or bool(_same_thing(quantity, other))
    )


def agree(one: Quantity, other: Quantity) -> bool:
    """Whether two figures can both be true: equal to the precision both are written at, or overlapping."""
    if one.unit != other.unit:
        return False
    if one.exact and other.exact:
        # A duration's step is its unit ("two-hour": an hour), so "two hours" would round "90 minutes" away; within
        # one unit, the coarser figure is the finer one rounded.
        step = min(one.quantum, other.quantum) if one.unit == "s" else max(one.quantum, other.quantum)
        x, y = one.low / step, other.low / step
        # "17.3" and "17", "0.95" and "0.9": the coarser figure may be the finer one rounded or cut.
        return round(x) == round(y) or math.floor(x + _EPSILON) == math.floor(y + _EPSILON)
    return _intervals_overlap(one, other)


def _intervals_overlap(one: Quantity, other: Quantity) -> bool:
    low = max(one.low, other.low)
    high = min(one.high, other.high)
    tolerance = _EPSILON * max(1.0, abs(low))
    if low < high - tolerance:
        return True
    if abs(low - high) > tolerance:
        return False
    low_open = one.low_open if one.low >= other.low else other.low_open
    high_open = one.high_open if one.high <= other.high else other.high_open
    return not (low_open or high_open)


def same_thing(one: Quantity, other: Quantity) -> bool:
    """Whether two quantities may measure the same thing: the same unit, both parts or wholes, both changes or
    levels, and what they count in common (see ``_same_thing``)."""
    return _same_thing(one, other) > 0


def _kind(quantity: Quantity) -> tuple[str, bool, bool, bool, bool]:
    """What sort of figure a quantity is, which two figures of one thing share: its unit, whether it is a part or a
    modifier, whether it is a sum ("189 passengers and crew" / "173 passengers": a sum and one of its terms), and
    whether it is a margin ("won by 515,524 votes" / "polled 6,730,413 votes": a difference and a total)."""
    return quantity.unit, quantity.part, quantity.modifier, quantity.combined, quantity.margin


def _same_thing(one: Quantity, other: Quantity) -> int:
    """How surely two quantities measure the same thing: 0 when they do not."""
    if _kind(one) != _kind(other):
        return 0
    if one.reference and other.reference:
        # "six miles northeast of the airport" / "15 miles northeast of Buffalo": lengths from two points.
        return 2 if one.reference == other.reference else 0
    if one.lead and other.lead and one.lead != other.lead:
        return 0
    if _a_change(one) != _a_change(other) or _a_total_and_a_member(one, other):
        return 0
    if one.counted and other.counted:
        return 2 * len(one.counted & other.counted)
    if one.margin and other.margin and not one.counted and not other.counted:
        # "won by 8 points" / "defeated the Celtics by 5 points": two margins of one contest, however told.
        return 1
    if not one.counted and not other.counted and one.unit:
        # "$180 billion" and "$160 billion" with nothing after them: the same change ("rose"), or the same word
        # before them ("agreed to pay").
        return int(bool(one.lead and one.lead == other.lead) or bool(one.before and one.before == other.before))
    return 0


def _a_change(quantity: Quantity) -> bool:
    """Whether a figure is the size of a change ("lost nearly 60 seats", "rose 4 percent"), which is never the size
    of the whole it changed ("holds 194 seats", "stands at 5 percent"): a level and a change of one count are two
    figures of two things, bound to two acts, whatever noun they share."""
    if quantity.lead == "level":
        # "rose to 43.2 percent": the level a change reached.
        return False
    return quantity.lead in ("up", "down") or bool(quantity.counted & _CHANGE_KEYS) or quantity.before in _CHANGE_KEYS


def number_finding(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> Finding:
    surely = len(qa.counted & qb.counted) >= 2 or qa.unit == "s"
    confidence = (0.9 if surely else 0.8) if qa.exact and qb.exact else 0.7
    if not qa.counted:
        confidence = 0.6
    estimate = (qa.approximate != qb.approximate) and _near(qa, qb)
    return Finding(
        "number",
        (qa.start, qa.end),
        (qb.start, qb.end),
        a.text[qa.start : qa.phrase_end],
        b.text[qb.start : qb.phrase_end],
        confidence,
        DIFFERS if estimate else "A says {a}; B says {b}.",
        "differs" if estimate else "conflict",
    )


def _near(one: Quantity, other: Quantity) -> bool:
    """Whether an estimate and another figure are near enough to be one count told roughly ("about 300" / "372")."""
    low, high = sorted((figure(one), figure(other)))
    return low > 0 and high / low <= _ESTIMATE_REACH
