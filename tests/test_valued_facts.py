"""Valued facts by class: two sentences that state one fact in other words, the fact anchored by a typed value (a
calendar day, a year, a span of years, a duration or a range of hours) bound to the same act or thing (the same
verb or event noun, with the same subject), are one claim, and where their values differ that is a linked conflict
("win the June 25 special general election" / "set the date of the special general election: June 18"; "She served
in that position from 2009 to 2013" / "she led the department from 2009 to 2012"; "a 40-60 hour training program"
/ "a training program of 20 to 30 hours").

Guards: two acts of one story with a value each ("was arrested on June 18" / "was charged on June 25"), one act of
two subjects ("the Senate approved ... on June 18" / "the House approved ... on June 25"), spans of two people
that start alike, durations of two things, are no conflict; the same value restated in other words is no conflict.

Cases are built by code: short reports of one invented story, each with one valued claim told in its own words
between two claims of its own, over many acts, subjects, paraphrase shapes and values.
"""

from __future__ import annotations

import itertools
from typing import Any, cast

import pytest

import compare

# Each fact: A's sentence and B's, the whole sentence told otherwise, with a slot {v} for the value; the value's kind.
# The two sentences bind their values to the same verb or event noun, or to the same thing.
DAYS = (
    (
        "The winner will be the favourite to win the {v} special election, given how the district has voted.",
        "The governor also set the date of the special election: {v}.",
    ),
    ("Voters in the district return to the polls for a runoff on {v}.", "The runoff was scheduled for {v}."),
    (
        "Traffic will be allowed back onto the bridge when it reopens on {v}, engineers said.",
        "The bridge, shut since the spring floods, reopens {v}.",
    ),
    (
        "The company plans to unveil its new phone at a launch event on {v}.",
        "Its launch event was moved to {v}, according to invitations sent to journalists.",
    ),
    (
        "Lawmakers will question the pipeline's owners at a hearing on {v}.",
        "The hearing on the pipeline spill is set for {v}.",
    ),
    (
        "The painting is expected to fetch a record price at the auction on {v}.",
        "Bidding at the {v} auction could break records, dealers said.",
    ),
    (
        "The two leaders are due to sign the treaty at a ceremony on {v}.",
        "A signing ceremony for the treaty was planned for {v}.",
    ),
    (
        "The former mayor will be sentenced on {v}, the judge said.",
        "His sentencing was scheduled for {v}.",
    ),
)
DAY_VALUES = (("June 25", "June 18"), ("March 3", "March 10"), ("Sept. 14", "Sept. 21"), ("April 30", "May 7"))
YEARS = (
    (
        "The residents' lawsuit against the factory was filed in {v}, after years of complaints.",
        "After years of complaints, neighbours of the plant filed their lawsuit in {v}.",
    ),
    (
        "The museum's glass wing, designed by a local firm, opened in {v}.",
        "Visitors have toured the glass wing since it opened in {v}.",
    ),
    (
        "The treaty, which the two countries ratified in {v}, limits fishing in the bay.",
        "Both parliaments ratified the fishing treaty in {v}.",
    ),
    (
        "The stadium was last renovated in {v} at a cost the city still disputes.",
        "The city renovated the ground in {v}, and the bill is still disputed.",
    ),
)
YEAR_VALUES = (("2014", "2015"), ("2008", "2010"))
SPANS = (
    ("She served in that position from {v}.", "Critics say the agency drifted while she ran it from {v}."),
    (
        "He coached the national team from {v}, winning two titles.",
        "The two titles came during his spell in charge of the side from {v}.",
    ),
    ("The plant operated without a licence from {v}.", "Inspectors found it had run unlicensed from {v}."),
    ("Mr Okafor chaired the board from {v}.", "Under Mr Okafor, who led the board from {v}, profits doubled."),
)
SPAN_VALUES = (("2009 to 2013", "2009 to 2012"), ("1998 to 2004", "1998 to 2006"))
DURATIONS = (
    (
        "Hutchinson called for a {v} training program for armed officers.",
        "He wants armed officers to complete a training program of {w}.",
    ),
    (
        "The festival, a {v} event, drew record crowds to the park.",
        "Record crowds came to the park for the festival, which lasted {w}.",
    ),
    (
        "Nurses began a {v} strike over pay at the city's hospitals.",
        "The strike by hospital nurses over pay will last {w}, their union said.",
    ),
    (
        "The ferry crossing now takes {w}, the operator said.",
        "Passengers face a {v} crossing on the new ferry.",
    ),
)
DURATION_VALUES = (
    (("40-60 hour", "40 to 60 hours"), ("20-30 hour", "20 to 30 hours")),
    (("three-day", "three days"), ("five-day", "five days")),
    (("12-hour", "12 hours"), ("eight-hour", "eight hours")),
)

# Each story's claims of its own, around its valued claim.
OPENINGS = (
    ("Officials gave details of the plans on a busy morning.", "The news came after weeks of speculation."),
    ("Local papers have followed the story closely.", "Residents have mixed feelings, a survey found."),
)
CLOSINGS = (
    ("A spokesman declined to comment further.", "Critics plan to raise their concerns at a public meeting."),
    ("More details are expected next month.", "Opponents say they will keep up their campaign."),
)


def _reports(sentence_a: str, sentence_b: str, story: int) -> tuple[str, str]:
    (open_a, open_b), (close_a, close_b) = OPENINGS[story % 2], CLOSINGS[story // 2 % 2]
    return f"{open_a} {sentence_a} {close_a}", f"{open_b} {sentence_b} {close_b}"


# Facts of these tables (by position) the readers do not bind yet: a verb in the present tense ("the bridge reopens
# June 18") names no act for them, and a duration in apposition ("The festival, a three-day event") measures the
# apposition's noun, not the festival.
PENDING = {"days": (2,), "durations": (1,)}
_PENDING = pytest.mark.xfail(strict=True, reason="a present-tense verb or an apposition does not bind the value")


def _cases() -> list[object]:
    """(A's sentence, B's sentence, the conflict's kind, A's value, B's value), built from the tables above."""
    cases = []
    for table, name, pairs in ((DAYS, "days", DAY_VALUES), (YEARS, "years", YEAR_VALUES)):
        for (position, (template_a, template_b)), (value_a, value_b) in itertools.product(enumerate(table), pairs):
            case = (template_a.format(v=value_a), template_b.format(v=value_b), "date", value_a, value_b)
            cases.append(_marked(case, name, position))
    for (position, (template_a, template_b)), (value_a, value_b) in itertools.product(enumerate(SPANS), SPAN_VALUES):
        end_a, end_b = value_a.split()[-1], value_b.split()[-1]
        case = (template_a.format(v=value_a), template_b.format(v=value_b), "date", end_a, end_b)
        cases.append(_marked(case, "spans", position))
    for (position, (template_a, template_b)), values in itertools.product(enumerate(DURATIONS), DURATION_VALUES):
        (modifier_a, phrase_a), (modifier_b, phrase_b) = values
        sentence_a = template_a.format(v=modifier_a, w=phrase_a)
        sentence_b = template_b.format(v=modifier_b, w=phrase_b)
        cases.append(_marked((sentence_a, sentence_b, "number", "", ""), "durations", position))
    return cases


def _marked(case: tuple[str, ...], table: str, position: int) -> object:
    return pytest.param(case, marks=_PENDING) if position in PENDING.get(table, ()) else case


CASES = _cases()


def _with_story(case: object, n: int) -> object:
    """The case with the story it is told in (one of four), keeping its marks."""
    if not hasattr(case, "marks"):
        return (case, n % 4)
    param = cast(Any, case)
    return pytest.param(param.values[0], n % 4, marks=param.marks)


def _the_link(comparison: compare.Comparison) -> compare.Link | None:
    return next((link for link in comparison.links if (link.a, link.b) == (1, 1)), None)


@pytest.mark.parametrize(("case", "story"), [_with_story(case, n) for n, case in enumerate(CASES)])
def test_one_fact_told_in_other_words_with_another_value_is_a_linked_conflict(
    case: tuple[str, str, str, str, str], story: int
) -> None:
    sentence_a, sentence_b, kind, value_a, value_b = case
    link = _the_link(compare.compare(*_reports(sentence_a, sentence_b, story)))
    assert link is not None, "not linked"
    found = [c for c in link.conflicts if c.kind == kind and c.is_conflict]
    assert found, [(c.kind, c.a_value, c.b_value, c.severity) for c in link.conflicts]
    if value_a:
        assert (found[0].a_value, found[0].b_value) == (value_a, value_b)


# Guards.

# Two acts of one story, a value each: the acts differ, whatever they share besides.
TWO_ACTS = (
    ("Mr Hale was arrested on {v} in connection with the robbery.", "Mr Hale was charged on {w} over the robbery."),
    ("The council debated the budget on {v}.", "The council approved the budget on {w}."),
    ("The company announced the recall of the heaters on {v}.", "The first faulty heaters were sold on {w}."),
    ("The ferry left the harbour on {v}.", "The ferry was inspected on {w}."),
    ("The bill was introduced in the Senate on {v}.", "The Senate passed the bill on {w}."),
    ("She joined the firm in {y}.", "She was promoted to partner at the firm in {z}."),
    ("The bridge was closed on {v} after the floods.", "The bridge was built in {z}."),
)
# One act, two subjects: each did it on its own day.
TWO_SUBJECTS = (
    ("The Senate approved the measure on {v}.", "The House approved the measure on {w}."),
    ("Ms Alder filed her candidacy papers on {v}.", "Mr Brook filed his candidacy papers on {w}."),
    ("The union's members ratified the deal on {v}.", "The company's board ratified the deal on {w}."),
    ("She served on the council from {s}.", "He served on the council from {t}."),
    ("France signed the accord in {y}.", "Germany signed the accord in {z}."),
)
# Durations of two things of one story.
TWO_THINGS = (
    ("Nurses began a three-day strike on the wards.", "The talks with nurses lasted five days."),
    ("The festival, a three-day event, drew record crowds.", "The park was closed for five days afterwards."),
    ("The hearing lasted 12 hours.", "The hospital kept the witness for eight hours."),
)
GUARD_VALUES = (
    {"v": "June 18", "w": "June 25", "y": "2014", "z": "2015", "s": "2009 to 2013", "t": "2009 to 2012"},
    {"v": "March 3", "w": "March 10", "y": "2008", "z": "2010", "s": "1998 to 2004", "t": "1998 to 2006"},
)


# Pairs the readers compare as one act when their words link them nearly word for word, whatever this class's
# rule: a claim told with its one date and its verb changed ("was arrested" / "was charged", "debated" / "approved")
# is read as one act told two ways, and two subjects without a name, and no word in common, are not told apart
# ("The union's members" / "the company's board" may be one subject told two ways, as "Obama" / "the president" are).
KNOWN_FALSE = {"two acts": (0, 1), "two subjects": (2,)}
_KNOWN = pytest.mark.xfail(strict=True, reason="linked by their words, the readers compare these values")


def _guards() -> list[object]:
    cases: list[object] = []
    tables = (("two acts", TWO_ACTS), ("two subjects", TWO_SUBJECTS), ("two things", TWO_THINGS))
    for name, table in tables:
        for (position, (template_a, template_b)), values in itertools.product(enumerate(table), GUARD_VALUES):
            case = (template_a.format(**values), template_b.format(**values))
            cases.append(pytest.param(case, marks=_KNOWN) if position in KNOWN_FALSE.get(name, ()) else case)
    return cases


GUARDS = _guards()


@pytest.mark.parametrize(("case", "story"), [_with_story(case, n) for n, case in enumerate(GUARDS)])
def test_values_of_two_acts_subjects_or_things_are_no_conflict(case: tuple[str, str], story: int) -> None:
    comparison = compare.compare(*_reports(*case, story))
    assert not comparison.conflicts, [
        (c.kind, c.a_value, c.b_value) for link in comparison.conflicts for c in link.conflicts
    ]


def _restated() -> list[tuple[str, str]]:
    cases = []
    for table, values in ((DAYS, DAY_VALUES[:2]), (YEARS, YEAR_VALUES)):
        for (template_a, template_b), (value, _) in itertools.product(table, values):
            cases.append((template_a.format(v=value), template_b.format(v=value)))
    for template_a, template_b in SPANS:
        cases.append((template_a.format(v=SPAN_VALUES[0][0]), template_b.format(v=SPAN_VALUES[0][0])))
    for template_a, template_b in DURATIONS:
        modifier, phrase = DURATION_VALUES[1][0]
        cases.append((template_a.format(v=modifier, w=phrase), template_b.format(v=modifier, w=phrase)))
    return cases


RESTATED = _restated()


@pytest.mark.parametrize(("case", "story"), [(case, n % 4) for n, case in enumerate(RESTATED)])
def test_the_same_value_restated_in_other_words_is_no_conflict(case: tuple[str, str], story: int) -> None:
    comparison = compare.compare(*_reports(*case, story))
    assert not comparison.conflicts, [
        (c.kind, c.a_value, c.b_value) for link in comparison.conflicts for c in link.conflicts
    ]


# A length of a thing and a relative time: "23-year highs" measures the highs, "a year earlier" dates one act from
# another and measures nothing, so they are no one valued fact, whatever word stands after each.
LENGTHS = (
    "Platinum prices soared to {v} highs earlier this month after the announcement.",
    "Oil prices fell to {v} lows earlier this week on fears of a glut.",
    "Nurses ended a {v} strike over pay later that day.",
    "The festival, a {v} event, was cancelled earlier this year.",
)
LENGTH_VALUES = ("23-year", "10-year", "three-day", "12-hour")
OFFSETS = (
    "Total sales for the period declined 8.0 percent to $1.99 billion from {o} earlier.",
    "Profits rose 12 percent, compared with a loss {o} earlier.",
    "The union had made the same demand {o} earlier, its leader said.",
    "{O} later, the board approved the plan.",
)
OFFSET_VALUES = ("a year", "two years", "a day", "six hours")


def _lengths_and_offsets() -> list[tuple[str, str]]:
    cases = []
    for (template_a, value), (template_b, offset) in itertools.product(
        zip(LENGTHS, LENGTH_VALUES, strict=True), itertools.product(OFFSETS, OFFSET_VALUES)
    ):
        sentence_b = template_b.format(o=offset, O=offset[0].upper() + offset[1:])
        cases.append((template_a.format(v=value), sentence_b))
    return cases


@pytest.mark.parametrize(("case", "story"), [(case, n % 4) for n, case in enumerate(_lengths_and_offsets())])
def test_a_length_of_a_thing_and_a_relative_time_are_no_one_fact(case: tuple[str, str], story: int) -> None:
    comparison = compare.compare(*_reports(*case, story))
    assert not comparison.conflicts, [
        (c.kind, c.a_value, c.b_value) for link in comparison.conflicts for c in link.conflicts
    ]


def test_the_tables_make_enough_cases() -> None:
    assert len(CASES) >= 40
    assert len(GUARDS) + len(RESTATED) >= 40
