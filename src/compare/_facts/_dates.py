"""Dates: weekdays, "March 18", "yesterday", "the previous day", "last week", years; resolved when they can be.

A date is resolved against the report's publication day when the report has one ("Wednesday" in a report of
Thursday 20 March 2025 is 19 March), and a relative date ("the previous day") against the last day the report
named before it. Without a publication day, weekdays are still compared by name, and "the previous day" after
"Wednesday" is a Tuesday. Two dates are compared at the granularity both share: a day against a week asks
whether the day falls in the week.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from .._text._normalize import stem
from .._text._words import Word, lower_at, lowers
from ._actions import (
    a_verb_form,
    act_words_near,
    actions_near,
    acts_of,
    other_subjects,
    passive_subject,
    same_action,
    subject_of_act,
    verbs_near,
    word_after,
)
from ._finding import DIFFERS, Finding

if TYPE_CHECKING:
    from ._facts import Facts

__all__ = [
    "CALENDAR_KEYS",
    "DATE_WORDS",
    "DAY_OFFSETS",
    "MONTHS",
    "MONTH_KEYS",
    "WEEKDAYS",
    "DateFact",
    "acts_of_other_subjects",
    "bound_keys",
    "compare_dates",
    "date_findings",
    "find_dates",
    "is_year",
    "last_day",
    "one_dated_fact",
    "span_start",
]

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# Abbreviations are months only with their full stop ("Mar." but not "mar"); "May" only before a day or a year.
_AMBIGUOUS_MONTHS = frozenset({"may", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr"})
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}
# Days counted from the last day a report named, in its own words.
DAY_OFFSETS: dict[tuple[str, ...], int] = {
    ("the", "previous", "day"): -1,
    ("the", "day", "before"): -1,
    ("a", "day", "earlier"): -1,
    ("the", "next", "day"): 1,
    ("the", "following", "day"): 1,
    ("a", "day", "later"): 1,
}
# A sentence without any of these words holds no date.
DATE_WORDS = frozenset({*WEEKDAYS, *MONTHS, *_RELATIVE_DAYS, "day", "week", "weekend", "month", "year", "ago"})
# Token keys of the months, and of the months and weekdays: names that are dates, which every report of every event
# writes.
MONTH_KEYS = frozenset(stem(month) for month in MONTHS)
CALENDAR_KEYS = MONTH_KEYS | frozenset(stem(weekday) for weekday in WEEKDAYS)
# Words before a date inside a noun phrase ("the June 25 election", "its March meeting").
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "next", "last"})
# Prepositions that open the phrase of a source or a medium ("according to a statement", "in a post").
_PREPOSITIONS = frozenset({"to", "in", "on", "by", "from", "with", "of", "via", "through"})
# Words that qualify a date without changing what it dates ("in mid May", "the early June vote").
_DATE_QUALIFIERS = frozenset({"mid", "early", "late"})
# What stands between the two years of a span: "from 2009 to 2013", "2009-2013", "between 2009 and 2013".
_SPAN_GAPS = frozenset({"to", "through", "until", "-", "\u2013", "and"})
# Nouns and verbs of a recorded or published medium, which carries a saying on a day of its own: an interview is
# taped on one day and aired on another, an op-ed written before it runs ("op-ed" is the words "op" and "ed").
# Words that also name other things ("program", "show", "released") are left out.
_MEDIA = frozenset(
    {"interview", "interviews", "podcast", "episode", "ed", "column", "editorial", "broadcast", "documentary"}
    | {"appearance", "aired", "airs", "taped"}
)
# A date bound to a medium stands this many words after it at most ("in an interview that aired Tuesday"), or
# right before it ("Tuesday's interview").
_MEDIUM_REACH = 4
_MAX_HEAD_WORDS = 3
_THING_WEIGHT = 0.5
# Words a date can start with, besides digits.
_STARTERS = frozenset(
    {*WEEKDAYS, *MONTHS, *_RELATIVE_DAYS, *(phrase[0] for phrase in DAY_OFFSETS), "last", "this", "weekend"}
)
_PERIODS = frozenset({("last", "week"), ("this", "week"), ("last", "month"), ("this", "month"), ("last", "year")})
_WEEKEND_CUES = frozenset({"the", "this", "last"})
_PERIOD_QUALIFIERS = frozenset({"earlier", "later", "early", "late"})
_FUTURE_CUES = frozenset({"will", "next", "scheduled", "planned", "expected", "due", "upcoming", "shall"})
# How many words before a weekday a future cue reaches.
_FUTURE_REACH = 8
_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
# A date's role: the content words just before it ("spoke on Wednesday", "return to Saudi Arabia on Sunday").
_CONTEXT_WORDS = 4
_MIN_CONTEXT_WEIGHT = 1.0
_YEARS = (1800, 2100)
# How far after its publication day a report's "March 18" may lie before it is taken for last year's.
_LATEST_AHEAD = datetime.timedelta(days=60)
# Words before a bare number that make it a year: "in 2001", "from 1976 to 1980".
# Words before a month named alone that make it a date ("in May"; a bare "May" may be a name or a verb).
_MONTH_CUES = frozenset({"in", "by", "since", "until", "till", "from", "through", "during", "early", "late", "mid"})
_MONTH_DETERMINERS = frozenset({"last", "next", "this"})
# "as recently as February", "as early as March", "as late as June", "as far back as May".
_AS_PHRASES = frozenset({"recently", "early", "late", "soon", "back"})
_YEAR_CUES = frozenset(
    {"in", "since", "of", "by", "until", "from", "to", "through", "and", "between", "before", "after"}
)


@attrs.frozen
class DateFact:
    """A date a sentence states.

    Args:
        text: As written ("Wednesday", "March 18", "the previous day").
        start: Its offset in the sentence.
        end: The offset after it.
        first: First day it may be, when resolved.
        last: Last day it may be, when resolved.
        weekday: Its day of the week (0 = Monday) when known, resolved or not.
        month_day: (month, day) when a calendar day is named without a year that can be fixed.
        year: The year, when only a year is named or one is written.
        context: Keys of the content words before it, which say what the date is the date of.
        month: The month, when only a month is named ("in March").
    """

    text: str
    start: int
    end: int
    first: datetime.date | None = None
    last: datetime.date | None = None
    weekday: int | None = None
    month_day: tuple[int, int] | None = None
    year: int | None = None
    context: frozenset[str] = frozenset()
    month: int | None = None

    @property
    def year_only(self) -> bool:
        """Whether only a year is named ("in 2016"), which is never compared with a day."""
        return self.year is not None and self.first is None and self.month_day is None

    @property
    def period(self) -> bool:
        """Whether it is resolved to more than one day ("last week", "over the weekend")."""
        return self.first is not None and self.last is not None and self.first != self.last

    @property
    def day(self) -> datetime.date | None:
        """The day, when it is resolved to exactly one."""
        return self.first if self.first is not None and self.first == self.last else None


def compare_dates(a: DateFact, b: DateFact) -> bool | None:
    """Whether two dates can be the same: True, False, or None when they cannot be compared."""
    if a.first is not None and b.first is not None and a.last is not None and b.last is not None:
        return a.first <= b.last and b.first <= a.last
    if a.weekday is not None and b.weekday is not None:
        return a.weekday == b.weekday
    if a.month_day is not None and b.month_day is not None:
        return a.month_day == b.month_day
    year_a, year_b = _year_of(a), _year_of(b)
    if year_a is not None and year_b is not None and (a.year_only or b.year_only):
        return year_a == year_b
    month_a, month_b = _month_of(a), _month_of(b)
    if month_a is not None and month_b is not None and (a.month is not None or b.month is not None):
        return month_a == month_b
    return None


def _month_of(fact: DateFact) -> int | None:
    if fact.month is not None:
        return fact.month
    if fact.month_day is not None:
        return fact.month_day[0]
    if (
        fact.first is not None
        and fact.last is not None
        and (fact.first.year, fact.first.month)
        == (
            fact.last.year,
            fact.last.month,
        )
    ):
        return fact.first.month
    return None


def _year_of(fact: DateFact) -> int | None:
    if fact.year is not None:
        return fact.year
    if fact.first is not None and fact.last is not None and fact.first.year == fact.last.year:
        return fact.first.year
    return None


def find_dates(
    sentence: str, words: Sequence[Word], published: datetime.date | None, anchor: DateFact | None
) -> tuple[DateFact, ...]:
    """The dates a sentence states.

    Args:
        sentence: The folded sentence.
        words: Its words.
        published: The report's publication day, if known.
        anchor: The last single day the report named before this sentence, for "the previous day".

    Returns:
        The dates, in text order.
    """
    found: list[DateFact] = []
    conversions = _conversions(sentence)
    position = 0
    while position < len(words):
        if not _may_start_a_date(words[position]):
            # Most words start no date: skip them before looking back for a future cue.
            position += 1
            continue
        future = _looks_ahead(words, position)
        fact, width = _date_at(sentence, words, position, published, future, found[-1] if found else anchor)
        if fact is not None and not any(start <= fact.start < end for start, end in conversions):
            found.append(attrs.evolve(fact, text=sentence[fact.start : fact.end], context=_context(words, position)))
        position += max(width, 1)
    return tuple(found)


# A time of day: "10:20 p.m.", "8 a.m.", "0320 GMT", "03:30"; with its zone after it, if any.
_CLOCK = r"(?:\b\d{1,2}(?::\d{2})?\s?(?i:[ap]\.?m\b\.?)|\b\d{1,2}:\d{2}\b|\b\d{4}\s?(?:GMT|UTC)\b)"
_ZONE = r"(?:\s(?:[A-Z]{2,4}\b|local time|(?:Eastern|Central|Mountain|Pacific)(?: Standard| Daylight)? Time))?"
_CONVERSION = re.compile(rf"{_CLOCK}{_ZONE},?\s?\(([^()]*{_CLOCK}[^()]*)\)")


def _conversions(sentence: str) -> list[tuple[int, int]]:
    """Spans of the parentheses that give a time of day again in another zone, with the day it falls on there.

    The class of language read: a time of day, with its zone or "local time", followed by the same moment in
    another zone in brackets ("at 10:20 p.m. EST (0320 GMT on Friday)", "8 a.m. local time (2300 GMT Sunday)"):
    one moment, so the day in the brackets is the converted time's day, never another day of the act.
    """
    return [(match.start(1), match.end(1)) for match in _CONVERSION.finditer(sentence)]


def _looks_ahead(words: Sequence[Word], position: int) -> bool:
    """Whether a future cue ("will", "scheduled") stands just before the word, so a weekday there is ahead.

    Only the few words before count: "scheduled to return on Sunday to discuss Tuesday's agreement" speaks of a
    coming Sunday and a past Tuesday.
    """
    return any(word.lower in _FUTURE_CUES for word in words[max(0, position - _FUTURE_REACH) : position])


def last_day(facts: Sequence[DateFact]) -> DateFact | None:
    """The anchor for the next sentence's relative dates: the last single day named, if any."""
    for fact in reversed(facts):
        if fact.day is not None or (fact.weekday is not None and fact.first is None):
            return fact
    return None


def _may_start_a_date(word: Word) -> bool:
    """Whether a date may start at the word: a word that starts one (a month, a weekday, "last") or a figure."""
    bare = word.lower[:-2] if word.lower.endswith("'s") else word.lower
    return bare in _STARTERS or word.is_digits


def _date_at(
    sentence: str,
    words: Sequence[Word],
    position: int,
    published: datetime.date | None,
    future: bool,
    anchor: DateFact | None,
) -> tuple[DateFact | None, int]:
    word = words[position]
    bare = word.lower[:-2] if word.lower.endswith("'s") else word.lower
    if bare in WEEKDAYS and word.capitalised:
        return _weekday(word, WEEKDAYS[bare], published, future or lower_at(words, position - 1) == "next"), 1
    if bare in _RELATIVE_DAYS:
        if lower_at(words, position - 1) in {"from", "of"} and not word.lower.endswith("'s"):
            # "a leader from yesterday", "the problems of today": an age, not a day.
            return None, 1
        return _relative_day(word, word, _RELATIVE_DAYS[bare], published, None), 1
    if word.lower in MONTHS and word.capitalised:
        return _calendar(sentence, words, position, published)
    if _a_day_before_its_month(words, position):
        return _day_first(sentence, words, position, published)
    offset = DAY_OFFSETS.get(lowers(words, position, 3))
    if offset is not None and anchor is not None:
        return _relative_day(word, words[position + 2], offset, None, anchor), 3
    if lowers(words, position, 2) in _PERIODS and not words[position + 1].capitalised:
        # Not ABC's "This Week", a title. "earlier this month" is written whole, though it resolves as "this month".
        fact = _period(word, words[position + 1], published)
        if fact is not None and lower_at(words, position - 1) in _PERIOD_QUALIFIERS:
            fact = attrs.evolve(fact, start=words[position - 1].start)
        return fact, 2
    if bare == "weekend" and lower_at(words, position - 1) in _WEEKEND_CUES:
        return _weekend(words[position - 1], word, published), 1
    if word.is_digits and lower_at(words, position + 2) == "ago" and lower_at(words, position + 1) in _UNIT_DAYS:
        return _ago(
            word, words[position + 2], int(float(word.text.replace(",", ""))), words[position + 1], published
        ), 3
    if is_year(word) and (lower_at(words, position - 1) in _YEAR_CUES or _year_of_a_noun(words, position)):
        year = int(word.text)
        return DateFact(word.text, word.start, word.end, year=year), 1
    return None, 1


def _year_of_a_noun(words: Sequence[Word], position: int) -> bool:
    """A year written inside a noun phrase, before the noun it dates: "the 2008 Republican nominee", "its 2012
    report" (a year, not a count: a count of 2008 things is written "2,008")."""
    before, after = lower_at(words, position - 1), lower_at(words, position + 1)
    # "the 1980s" is a decade, its "s" written onto the year.
    decade = position + 1 < len(words) and words[position + 1].start == words[position].end
    return before in _DETERMINERS - {"next", "last"} and after.isalpha() and not decade


def is_year(word: Word) -> bool:
    """Whether a word is a year written in four digits, of the years news tells of."""
    return len(word.text) == 4 and word.text.isdecimal() and _YEARS[0] <= int(word.text) <= _YEARS[1]


def _weekday(word: Word, weekday: int, published: datetime.date | None, future: bool) -> DateFact:
    end = word.start + len(_plain(word.text))
    if published is None:
        return DateFact("", word.start, end, weekday=weekday)
    # News says "on Wednesday" for the last Wednesday up to the day of publication, "will ... on Sunday" for
    # the next Sunday from it.
    offset = (weekday - published.weekday()) % 7 if future else -((published.weekday() - weekday) % 7)
    day = published + datetime.timedelta(days=offset)
    return DateFact("", word.start, end, day, day, weekday)


def _plain(text: str) -> str:
    return text[:-2] if text.lower().endswith("'s") else text


def _relative_day(
    first: Word, last: Word, offset: int, published: datetime.date | None, anchor: DateFact | None
) -> DateFact | None:
    text_end = last.end
    base = published if anchor is None else anchor.day
    if base is not None:
        day = base + datetime.timedelta(days=offset)
        return DateFact("", first.start, text_end, day, day, day.weekday())
    if anchor is not None and anchor.weekday is not None:
        return DateFact("", first.start, text_end, weekday=(anchor.weekday + offset) % 7)
    return None


def _month_cue(words: Sequence[Word], position: int) -> bool:
    """Whether the words before a month make it a date: a preposition of time ("in", "until"), a phrase of time
    ("as recently as", "as early as", "as of") or a determiner of time ("last March", "next May")."""
    before, earlier = lower_at(words, position - 1), lower_at(words, position - 2)
    if before in _MONTH_CUES or before in _MONTH_DETERMINERS:
        return True
    return (before == "as" and earlier in _AS_PHRASES) or (before == "of" and earlier == "as")


def _calendar(
    sentence: str, words: Sequence[Word], position: int, published: datetime.date | None
) -> tuple[DateFact | None, int]:
    """ "March 18", "Oct. 2, 1999", "March 2003"."""
    month_word = words[position]
    dotted = sentence[month_word.end : month_word.end + 1] == "."
    after_cue = _month_cue(words, position)
    if month_word.lower in _AMBIGUOUS_MONTHS and not (
        dotted or after_cue or lower_at(words, position + 1)[:1].isdigit()
    ):
        return None, 1
    month = MONTHS[month_word.lower]
    following = words[position + 1] if position + 1 < len(words) else None
    if following is None or not following.text.isdecimal():
        if after_cue:
            # "in March", "until February", "as recently as April", "last March": a month, not a person or a march.
            return DateFact(month_word.text, month_word.start, month_word.end, month=month), 1
        return None, 1
    if is_year(following):
        first = datetime.date(int(following.text), month, 1)
        last = _month_end(first)
        return DateFact(sentence[month_word.start : following.end], month_word.start, following.end, first, last), 2
    day = int(following.text)
    if not 1 <= day <= 31:
        return None, 1
    end, width = following, 2
    year_word = words[position + 2] if position + 2 < len(words) else None
    year = None
    if year_word is not None and is_year(year_word) and sentence[following.end : year_word.start] == ", ":
        year, end, width = int(year_word.text), year_word, 3
    text = sentence[month_word.start : end.end]
    return _calendar_day(text, month_word.start, end.end, month, day, year, published), width


def _a_day_before_its_month(words: Sequence[Word], position: int) -> bool:
    word, month = words[position], words[position + 1] if position + 1 < len(words) else None
    return (
        month is not None
        # Decimal digits only: superscripts ("¹") pass str.isdigit() but not int().
        and word.text.isdecimal()
        and 1 <= int(word.text) <= 31
        and len(word.text) <= 2
        and month.capitalised
        and month.lower in MONTHS
    )


def _day_first(
    sentence: str, words: Sequence[Word], position: int, published: datetime.date | None
) -> tuple[DateFact | None, int]:
    """ "11 September 2001", "12 March": a calendar day written day first, as much of the world writes it."""
    day_word, month_word = words[position], words[position + 1]
    end, width, year = month_word, 2, None
    year_word = words[position + 2] if position + 2 < len(words) else None
    if year_word is not None and is_year(year_word) and sentence[month_word.end : year_word.start].strip(" .") == "":
        year, end, width = int(year_word.text), year_word, 3
    text = sentence[day_word.start : end.end]
    month, day = MONTHS[month_word.lower], int(day_word.text)
    return _calendar_day(text, day_word.start, end.end, month, day, year, published), width


def _calendar_day(
    text: str, start: int, end: int, month: int, day: int, year: int | None, published: datetime.date | None
) -> DateFact | None:
    if year is None and published is not None:
        year = published.year
        this_year = _safe_date(year, month, day)
        # "December 30" in a report of 2 January is last year's.
        if this_year is not None and this_year > published + _LATEST_AHEAD:
            year -= 1
    if year is None:
        return DateFact(text, start, end, month_day=(month, day))
    resolved = _safe_date(year, month, day)
    if resolved is None:
        return None
    return DateFact(text, start, end, resolved, resolved, resolved.weekday(), (month, day), year)


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _month_end(first: datetime.date) -> datetime.date:
    following = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return following - datetime.timedelta(days=1)


def _period(first: Word, last: Word, published: datetime.date | None) -> DateFact | None:
    """ "last week" (Monday to Sunday), "this week", "last month", "last year"."""
    if published is None:
        return None
    text_start, text_end = first.start, last.end
    if last.lower == "week":
        monday = published - datetime.timedelta(days=published.weekday() + (7 if first.lower == "last" else 0))
        return DateFact("", text_start, text_end, monday, monday + datetime.timedelta(days=6))
    if last.lower == "month" and first.lower == "this":
        return DateFact("", text_start, text_end, published.replace(day=1), published)
    if last.lower == "month":
        end = published.replace(day=1) - datetime.timedelta(days=1)
        return DateFact("", text_start, text_end, end.replace(day=1), end)
    year = published.year - 1
    return DateFact("", text_start, text_end, datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def _weekend(first: Word, last: Word, published: datetime.date | None) -> DateFact | None:
    """ "over the weekend", "last weekend": the Saturday and Sunday last begun by the report's day."""
    if published is None:
        return None
    saturday = published - datetime.timedelta(days=(published.weekday() - 5) % 7)
    return DateFact("", first.start, last.end, saturday, saturday + datetime.timedelta(days=1))


def _ago(first: Word, last: Word, count: int, unit: Word, published: datetime.date | None) -> DateFact | None:
    """ "three days ago" is a day; "two weeks ago" is that day give or take half a week."""
    if published is None:
        return None
    days = count * _UNIT_DAYS[unit.lower]
    centre = published - datetime.timedelta(days=days)
    slack = datetime.timedelta(days=3 if unit.lower.startswith("week") else 0)
    return DateFact("", first.start, last.end, centre - slack, centre + slack)


def _context(words: Sequence[Word], position: int) -> frozenset[str]:
    before = words[max(0, position - _CONTEXT_WORDS) : position]
    return frozenset(word.key for word in before if word.weight >= _MIN_CONTEXT_WEIGHT and not word.is_digits)


# Comparison


def date_findings(a: Facts, b: Facts, close: bool) -> list[Finding]:
    if not (a.may_date and b.may_date):
        return []
    unmatched_a = [d for d in a.dates if not any(compare_dates(d, other) for other in b.dates)]
    unmatched_b = [d for d in b.dates if not any(compare_dates(d, other) for other in a.dates)]
    # Each date is paired at most once, in text order: a claim may date two acts ("the 2008 nominee ... on Monday"),
    # and each changed date is a finding of its own.
    found, used_b = [], set()
    # Each date read in its sentence once, however many dates of the other report it is compared with.
    dated_b = [_Dated(b, db) for db in unmatched_b]
    for da in unmatched_a:
        dated_a = _Dated(a, da)
        for index, other in enumerate(dated_b):
            db = other.date
            if index in used_b:
                continue
            if _written_alike_date(a, da, b, db) or not _same_precision(da, db) or _of_two_things(dated_a, other):
                continue
            if compare_dates(da, db) is False and _dates_of_one_act(dated_a, other):
                finding = _date_finding(a, da, b, db, 0.7 if da.context & db.context else 0.6)
                if da.period or db.period:
                    # "last week" / "Thursday": each resolved against its own report's day, which may differ.
                    finding = attrs.evolve(finding, severity="differs", template=DIFFERS)
                found.append(_as_occasions(finding, a, da, b, db))
                used_b.add(index)
                break
    if found:
        return found
    if close and len(unmatched_a) == len(unmatched_b) == 1:
        # One claim told nearly word for word, with its one date changed ("until at least Sunday" / "Saturday"),
        # whatever dates it gives alike besides ("On Feb. 8, 2011, ... the Act of 1978").
        da, db = unmatched_a[0], unmatched_b[0]
        if (
            _same_precision(da, db)
            and not _written_alike_date(a, da, b, db)
            and not da.period
            and not db.period
            and compare_dates(da, db) is False
            and not _of_other_subjects(a, da, b, db)
            and not _of_two_things(_Dated(a, da), _Dated(b, db))
            and not _of_an_untold_act(_Dated(a, da), b)
            and not _of_an_untold_act(_Dated(b, db), a)
        ):
            return [_as_occasions(_date_finding(a, da, b, db, 0.5), a, da, b, db)]
    return _vaguer_date(a, b)


_OTHER_OCCASIONS = "A says {a}; B says {b}: both can be true, as days of two occasions (said, aired, repeated)."


def _as_occasions(finding: Finding, a: Facts, da: DateFact, b: Facts, db: DateFact) -> Finding:
    """The finding told as a difference when its two days may be two occasions (see the two readers below)."""
    if _other_occasions(a, da, b, db) or _a_medium_against_its_saying(a, da, b, db):
        return attrs.evolve(finding, severity="differs", template=_OTHER_OCCASIONS)
    return finding


def _other_occasions(a: Facts, da: DateFact, b: Facts, db: DateFact) -> bool:
    """Whether two past days of one act must be two occasions of it, as one falls after the other report was
    published.

    The class of language read: reports of different days each date a past act by its weekday or calendar day,
    resolved against their own publication day ("said on Tuesday" in a report of Tuesday 17 April, "said on Monday"
    in one of Tuesday 24 April). A report cannot tell of what happened after it was published, so a speaker who
    repeats a line, or a board that meets again, is not a conflict of days. Acts still to come are not read so: an
    announcement dates its act after the report that announces it.
    """
    return _past_after_the_other(a, da, b, db) or _past_after_the_other(b, db, a, da)


def _past_after_the_other(own: Facts, date: DateFact, other: Facts, other_date: DateFact) -> bool:
    day, other_day = date.day, other_date.day
    if day is None or other_day is None or own.published is None or other.published is None:
        return False
    return day <= own.published and other_day <= other.published and day > other.published


def _a_medium_against_its_saying(a: Facts, da: DateFact, b: Facts, db: DateFact) -> bool:
    """Whether one date is the day of a medium that carried a saying and the other the day of the saying itself.

    The class of language read: a date bound to a recorded or published medium ("in an interview Tuesday on Fox
    News", "in an op-ed published Sunday", "Tuesday's broadcast") against a date bound to the act of saying alone
    ("said on Monday"). A medium carries a saying on a day of its own (taped on Monday, aired on Tuesday), so the
    two days can both be true. Two days of one medium still conflict.
    """
    if not (_a_day(da) and _a_day(db)):
        return False
    return _bound_to_a_medium(a, da) != _bound_to_a_medium(b, db)


def _a_day(date: DateFact) -> bool:
    return date.weekday is not None or date.month_day is not None or date.day is not None


def _bound_to_a_medium(facts: Facts, date: DateFact) -> bool:
    before = [w for w in facts.words if w.end <= date.start][-_MEDIUM_REACH:]
    after = [w for w in facts.words if w.start >= date.end][:1]
    return any(word.lower in _MEDIA for word in (*before, *after))


def _vaguer_date(a: Facts, b: Facts) -> list[Finding]:
    """A period against a day inside it, for the same act ("over the weekend" / "on Sunday"): both can be true, and
    an editor still wants to see which report is vaguer."""
    for da in a.dates:
        for db in b.dates:
            if (
                da.period != db.period
                and compare_dates(da, db)
                and _same_precision(da, db)
                and not _written_alike_date(a, da, b, db)
                and _dates_of_one_act(_Dated(a, da), _Dated(b, db))
            ):
                return [attrs.evolve(_date_finding(a, da, b, db, 0.5), severity="differs", template=DIFFERS)]
    return []


def _written_alike_date(a: Facts, da: DateFact, b: Facts, db: DateFact) -> bool:
    """Two reports that both say "Friday" mean the same Friday, whatever day each was published."""
    return a.text[da.start : da.end].lower().removesuffix("'s") == b.text[db.start : db.end].lower().removesuffix("'s")


def _same_precision(one: DateFact, other: DateFact) -> bool:
    """A year against a day says nothing: "running for president in 2016" is not the day he declared."""
    return one.year_only == other.year_only


@attrs.frozen
class _Dated:
    """A date read in its sentence: what it is the date of is worked out once, however many dates it is compared
    with."""

    facts: Facts
    date: DateFact

    @functools.cached_property
    def thing(self) -> frozenset[str]:
        """The keys of the noun phrase it dates (see _dated_thing)."""
        return _dated_thing(self.facts, self.date)

    @functools.cached_property
    def bound(self) -> frozenset[str]:
        """The keys of the act or thing it is the date of (see bound_keys)."""
        facts, date = self.facts, self.date
        acts = act_words_near(facts.text, facts.words, date.start, date.end)
        return acts | self.thing | passive_subject(facts.text, facts.words, date.start)

    @functools.cached_property
    def acts(self) -> frozenset[str]:
        """The acts near it, by kin (see actions_near)."""
        return actions_near(self.facts.text, self.facts.words, self.date.start, self.date.end)

    @functools.cached_property
    def start_of_span(self) -> DateFact | None:
        """The year its span starts with, when it ends one (see span_start)."""
        return span_start(self.facts, self.date)

    @functools.cached_property
    def verbs(self) -> frozenset[str]:
        """The acts its clause tells by a verb form (see verbs_near)."""
        return verbs_near(self.facts.text, self.facts.words, self.date.start, self.date.end)


def _dates_of_one_act(one: _Dated, other: _Dated) -> bool:
    """Whether two dates are the dates of the same act: the acts beside them are the same or kin, or the dates are
    bound to the same act or thing by its own words (see bound_keys), or they end spans that start alike; unless
    two subjects do the acts, or each date is bound to a verb and the verbs are two acts."""
    a, da, b, db = one.facts, one.date, other.facts, other.date
    if _of_other_subjects(a, da, b, db):
        return False
    start_a, start_b = one.start_of_span, other.start_of_span
    if start_a is not None and start_b is not None:
        # One span told with another end: where a span starts names it ("She served from 2009 to 2013" / "she led
        # the department from 2009 to 2012"). Spans that start apart are two periods.
        return compare_dates(start_a, start_b) is True
    if same_action(one.acts, other.acts) or _same_word_after(a, da.end, b, db.end):
        return True
    # The date of one thing written inside its noun phrase or after it: "the 2008 nominee" / "the nominee in 2012".
    if one.thing & other.thing:
        return True
    # Or of one act or thing named by its own words, a verb on one side and its noun on the other ("will be
    # sentenced on June 25" / "his sentencing was scheduled for June 18"), unless each is bound to its own verb
    # ("the bill was introduced on June 18" / "the Senate passed the bill on June 25").
    return bool(one.bound & other.bound) and not _two_acts(one, other)


def _of_an_untold_act(dated: _Dated, other: Facts) -> bool:
    """Whether a date is the date of a thing's own act, told by a participle after the thing's noun, which the other
    sentence does not tell at all.

    The class of language read: one claim told nearly word for word by two sentences, one of which dates a thing
    beside it by the act that made it ("..., according to a statement released Monday morning", "..., the department
    said in a news release issued Tuesday", "in a post shared Monday"), while the other dates the claim ("... around
    8:30 p.m. Sunday"). The day is the statement's, not the claim's. A date bound to the claim's own verb, told with
    another verb in the other sentence ("ripped the roof off a hotel Saturday" / "On Friday ... tore the roof off"),
    is the claim's.
    """
    act = _participle_of_a_noun(dated.facts, dated.date)
    return act is not None and not {act} & acts_of(other.words)


def _participle_of_a_noun(facts: Facts, date: DateFact) -> str | None:
    """The act of a participle that follows the noun phrase of a preposition and comes right before a date
    ("according to a statement released Monday", "in a news release issued Tuesday"), or None. Inside a
    prepositional phrase the verb cannot be the noun's finite verb: "the department said Monday" is the saying's day.
    """
    before = [w for w in facts.words if w.end <= date.start]
    if len(before) < 3 or not a_verb_form(before[-1]):
        return None
    acts = acts_of(before[-1:])
    if not acts:
        return None
    # One or two nouns after a determiner: "a statement", "a news release".
    for size in (1, 2):
        if (
            len(before) > size + 2
            and before[-size - 2].lower in _DETERMINERS - {"next", "last", "that"}
            and before[-size - 3].lower in _PREPOSITIONS
        ):
            nouns = before[-size - 1 : -1]
            if all(w.lower.isalpha() and not a_verb_form(w) and w.weight > 0 for w in nouns):
                return next(iter(acts))
    return None


def _two_acts(one: _Dated, other: _Dated) -> bool:
    """Whether each date is bound to a verb and the two verbs are not kin ("introduced" / "passed", "was arrested"
    / "was charged")."""
    return bool(one.verbs) and bool(other.verbs) and not one.verbs & other.verbs


def bound_keys(facts: Facts, date: DateFact) -> frozenset[str]:
    """Keys of the act or thing a date is the date of: the words of the acts near it (act_words_near: "reopens",
    "the hearing on"), the noun phrase it dates ("the June 25 special election") and what a passive verb it is bound
    to acts on ("the runoff was scheduled for June 18")."""
    return _Dated(facts, date).bound


def span_start(facts: Facts, date: DateFact) -> DateFact | None:
    """The year a span of years starts with, when `date` is the year it ends with: "from 2009 to 2013", "2009-2013",
    "between 2009 and 2013"; None otherwise."""
    if not date.year_only:
        return None
    start = next((d for d in reversed(facts.dates) if d.end <= date.start), None)
    if start is None or not start.year_only:
        return None
    gap = facts.text[start.end : date.start].strip().lower()
    if gap not in _SPAN_GAPS:
        return None
    if gap == "and" and not facts.text[: start.start].lower().rstrip().endswith("between"):
        return None
    return start


def one_dated_fact(a: Facts, da: DateFact, b: Facts, db: DateFact) -> bool:
    """Whether two dates, of the same precision, are the dates of one act of one subject (see _dates_of_one_act),
    not of two things each sentence names (see _of_two_things), nor bound each to a verb of its own ("She joined
    the firm in 2014" / "She was promoted at the firm in 2015"): what a pair needs to be linked by its dates
    alone, where a pair linked by its words needs only the first."""
    if not _same_precision(da, db):
        return False
    one, other = _Dated(a, da), _Dated(b, db)
    return not _of_two_things(one, other) and _dates_of_one_act(one, other) and not _two_acts(one, other)


def acts_of_other_subjects(a: Facts, b: Facts) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The subjects (A's span, B's span) of acts on different days done by different subjects: "the Senate panel
    said Tuesday" / "the House panel said on Wednesday" tell two acts, so the names of their subjects are no more a
    conflict than their days."""
    if not (a.may_date and b.may_date):
        return []
    found = []
    for da in a.dates:
        for db in b.dates:
            if compare_dates(da, db) is not False:
                continue
            subject_a, subject_b = _subject(a, da), _subject(b, db)
            if other_subjects(subject_a, subject_b, a.keys, b.keys):
                found.append(((subject_a[0].start, subject_a[-1].end), (subject_b[0].start, subject_b[-1].end)))
    return found


def _of_other_subjects(a: Facts, da: DateFact, b: Facts, db: DateFact) -> bool:
    """Whether the acts two dates are bound to are done by two different subjects ("the Senate panel said Tuesday" /
    "the House panel said on Wednesday"): two acts, whose days never compare."""
    return other_subjects(_subject(a, da), _subject(b, db), a.keys, b.keys)


def _subject(facts: Facts, date: DateFact) -> tuple[Word, ...]:
    """The subject of the act a date is bound to, the sentence's other dates read as no subject."""
    return subject_of_act(facts.text, facts.words, date.start, date.end, [(d.start, d.end) for d in facts.dates])


def _of_two_things(one: _Dated, other: _Dated) -> bool:
    """Whether two dates are the dates of two things of one story, each sentence naming both.

    The class of language read: a date written inside a noun phrase is the date of its head ("the June 25 special
    general election", "Tuesday's final vote"), and a date after a noun and "on" or "in" the date of that noun ("the
    primaries in May", "the hearing on June 22"). "the June 25 general election ... the primary" / "the primaries in
    May ... the general election" date the election and the primaries: each sentence names the other's dated thing
    undated, so the two dates say nothing against each other.
    """
    thing_a, thing_b = one.thing, other.thing
    if not thing_a or not thing_b or thing_a & thing_b:
        return False
    return bool(thing_a & other.facts.keys) and bool(thing_b & one.facts.keys)


def _dated_thing(facts: Facts, date: DateFact) -> frozenset[str]:
    """The keys of the noun phrase a date is the date of, when the date is written inside it or right after it."""
    words = facts.words
    first = next((i for i, w in enumerate(words) if w.start >= date.start), len(words))
    after = next((i for i, w in enumerate(words) if w.start >= date.end), len(words))
    before = first - 1
    while before >= 0 and words[before].lower in _DATE_QUALIFIERS:
        before -= 1
    if before >= 0 and (words[before].lower in _DETERMINERS or words[before].lower.endswith("'s")):
        head: list[Word] = []
        previous = words[first:after][-1] if words[first:after] else None
        for word in words[after : after + _MAX_HEAD_WORDS + 1]:
            joined = previous is None or not facts.text[previous.end : word.start].strip()
            # A name before the head describes it ("the 2008 Republican nominee"): stepped over, not the head.
            if not joined or not (_a_common_word(word) or (word.capitalised and word.lower.isalpha())):
                break
            if _a_common_word(word):
                head.append(word)
            previous = word
        return frozenset(w.key for w in head)
    if before >= 1 and words[before].lower in {"on", "in"}:
        # "the hearing on June 22", "the nominee for governor in 2012": the noun before, and the nouns it is joined
        # to by "of" or "for".
        thing: set[str] = set()
        index = before - 1
        while index >= 0 and _a_common_word(words[index]) and not a_verb_form(words[index]):
            thing.add(words[index].key)
            if lower_at(words, index - 1) not in {"of", "for"}:
                break
            index -= 2
        return frozenset(thing)
    return frozenset()


def _a_common_word(word: Word) -> bool:
    return word.lower.isalpha() and not word.capitalised and word.weight >= _THING_WEIGHT


def _same_word_after(a: Facts, end_a: int, b: Facts, end_b: int) -> bool:
    after = word_after(a.text, a.words, end_a)
    return bool(after) and after == word_after(b.text, b.words, end_b)


def _date_finding(a: Facts, da: DateFact, b: Facts, db: DateFact, confidence: float) -> Finding:
    return Finding(
        "date",
        (da.start, da.end),
        (db.start, db.end),
        _date_phrase(a.text, da),
        _date_phrase(b.text, db),
        confidence,
    )


def _date_phrase(text: str, date: DateFact) -> str:
    written = text[date.start : date.end]
    day = date.day
    if day is None:
        return written
    if written.lower() == f"{day:%A}".lower():
        return f"{written} ({day.day} {day:%B %Y})"
    return f"{written} ({day:%A} {day.day} {day:%B %Y})"
