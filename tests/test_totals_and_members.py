"""A figure of several things is a total, and a figure of one of them is a part: "Two earthquakes in 1999 killed
20,000 people" and "a 7.2 tremor in Duzce in 1999 killed 894 people" give two facts, no conflict.

Class: a figure bound to a group of several things of one kind, counted or plural ("two earthquakes", "the three
attacks", "both plants", "all four mines", "the storms"), beside a figure bound to a single one of that kind ("a
tremor", "the Izmit earthquake", "one of the plants", "the larger plant"): the group is the subject of the verb
the figure follows, or the noun after "in" the figure's act happened in ("died in two earthquakes"). The reports are
made by code: stories of several events, places or groups of one kind, told in several sentence shapes, with the
total in one report and one member's figure in the other (either way round).

Guards, still conflicts: two figures of one group, both of several ("Two gunmen killed 12 people" / "Two gunmen
killed 14 people") or both of one ("The Izmit earthquake killed 17,000" / "... 19,000"), a group beside one
thing of another kind ("Two gunmen killed 12 people" / "The attack killed 14 people": the attack is not one of the
gunmen), and a figure that opens a clause of its own, given by a group or by one of it ("Both agencies said 20,000
people died" / "The agency said 894 people died": the figure is of the deaths, not of who reports them).
"""

from __future__ import annotations

import itertools

import pytest

from class_cases import linked_conflicts

# A kind of thing in the plural and the singular (a compound's head counts as the same kind: "earthquakes" /
# "the quake"), the verb of what it did, what the figure counts, and the act told of what was counted.
KINDS = (
    ("earthquakes", "quake", "killed", "people", "were killed in"),
    ("attacks", "attack", "wounded", "people", "were wounded in"),
    ("plants", "plant", "employed", "workers", "worked at"),
    ("storms", "storm", "destroyed", "homes", "were destroyed in"),
    ("factories", "factory", "produced", "cars", "were made at"),
    ("floods", "flood", "displaced", "families", "lost their homes in"),
    ("bombings", "bombing", "injured", "civilians", "were injured in"),
    ("hospitals", "hospital", "treated", "patients", "were treated at"),
    ("wildfires", "fire", "burned", "houses", "burned down in"),
    ("raids", "raid", "netted", "suspects", "were arrested in"),
)
# A group of several beside one thing of another kind, the act of both, and what the figure counts: "Two gunmen
# killed 12 people" / "The attack killed 14 people" tell one attack by two gunmen.
GROUP_AND_OTHER = (
    ("Two gunmen", "The attack", "killed", "people"),
    ("Three bombers", "The bombing", "wounded", "people"),
    ("Two trucks", "The collision", "injured", "passengers"),
    ("Both storms", "The disaster", "destroyed", "homes"),
    ("Two rivers", "The flooding", "displaced", "families"),
    ("Three fires", "The blaze", "burned", "houses"),
    ("Two teams", "The rescue", "saved", "miners"),
    ("Five officers", "The raid", "arrested", "suspects"),
    ("Two companies", "The merger", "cut", "jobs"),
    ("Four hospitals", "The campaign", "vaccinated", "children"),
)
# Who reports a figure of a clause of its own ("Both agencies said 20,000 people died"), several and one, and the
# shapes of the report.
SPEAKERS = (("Both agencies", "The agency"), ("Two officials", "An official"), ("The ministries", "The ministry"))
REPORTED = ("{speaker} said {count} people died in the quake.", "{speaker} said {count} homes were destroyed.")
# How a report names the group of several, and one of its members.
SEVERAL = ("Two {plural}", "The three {plural}", "Both {plural}", "All four {plural}", "The {plural}")
ONE = ("A {singular} in {place}", "The {place} {singular}", "One of the {plural}", "The larger {singular}")
PLACES = ("Duzce", "Izmit", "Ormoc", "Lakeview", "Tromso", "Valparaiso", "Galway", "Mombasa")
# (the total, one member's figure)
FIGURES = (("20,000", "894"), ("40", "12"), ("3,100", "1,250"), ("260", "85"), ("1.2 million", "400,000"))
# Each shape: one sentence with {subject} the group or its member, {verb} its act and {count} the figure.
SHAPES = (
    "{subject} {verb} {count} {noun} last year, officials said.",
    "In 1999, {subject_lower} {verb} {count} {noun}.",
    "Officials said {subject_lower} had {verb} {count} {noun} by the end of the year.",
    "{subject} \u2013 in the east of the country \u2013 {verb} {count} {noun}, the agency reported.",
)
# The act told the other way: the figure first, the group after "in" or "at" ("were killed in two earthquakes").
IN_SHAPE = "{count} {noun} {passive} {subject_lower} last year, officials said."
OPENING = ("The figures were released on Monday.", "The report came out this week.")
CLOSING = ("An inquiry has been opened.", "More details are expected.")


def _reports(sentence_a: str, sentence_b: str) -> tuple[str, str]:
    return f"{OPENING[0]} {sentence_a} {CLOSING[0]}", f"{OPENING[1]} {sentence_b} {CLOSING[1]}"


def _subject(form: str, n: int) -> str:
    plural, singular, _, _, _ = KINDS[n % len(KINDS)]
    named = form.format(plural=plural, singular=singular, place=PLACES[n % len(PLACES)])
    return f"An {named[2:]}" if named.startswith("A ") and singular[0] in "aeiou" else named


def _lowered(subject: str) -> str:
    """The subject inside a sentence: its first word lowered unless it is a name."""
    first, _, rest = subject.partition(" ")
    return f"{first.lower()} {rest}" if first not in PLACES else subject


def _sentence(shape: str, subject: str, n: int, count: str) -> str:
    _, _, verb, noun, passive = KINDS[n % len(KINDS)]
    return _told(shape, subject, verb, count, noun, passive)


def _told(shape: str, subject: str, verb: str, count: str, noun: str, passive: str = "") -> str:
    return shape.format(
        subject=subject, subject_lower=_lowered(subject), verb=verb, count=count, noun=noun, passive=passive
    )


def _totals_and_members() -> list[tuple[str, str]]:
    cases = []
    shapes = (*SHAPES, IN_SHAPE)
    for n, (several, one) in enumerate(itertools.product(SEVERAL, ONE)):
        total, part = FIGURES[n % len(FIGURES)]
        shape = shapes[n % len(shapes)]
        pair = (_sentence(shape, _subject(several, n), n, total), _sentence(shape, _subject(one, n), n, part))
        cases.append(pair if n % 2 == 0 else (pair[1], pair[0]))
    # Each sentence in a shape of its own: two reports telling the two facts in their own words.
    for n, (several, one) in enumerate(itertools.product(SEVERAL[:4], ONE[:3])):
        total, part = FIGURES[n % len(FIGURES)]
        # The plain shape beside each other shape that tells the act with its time or source.
        shape_a, shape_b = SHAPES[0], SHAPES[1 + n % 2]
        shape_a, shape_b = (shape_a, shape_b) if n % 4 < 2 else (shape_b, shape_a)
        # Kinds whose two forms share their word ("plants" / "plant"): "earthquakes" / "quake" link only when the
        # rest of the sentence is told alike.
        kind = 3 + n % 7
        several_told = _sentence(shape_a, _subject(several, kind), kind, total)
        cases.append((several_told, _sentence(shape_b, _subject(one, kind), kind, part)))
    return cases


CASES = _totals_and_members()


def _guards() -> list[tuple[str, str]]:
    cases = []
    for n, shape in enumerate(itertools.islice(itertools.cycle((*SHAPES, IN_SHAPE)), 20)):
        total, part = FIGURES[n % len(FIGURES)]
        kind = n + n // len(KINDS)
        several = _subject(SEVERAL[kind % len(SEVERAL)], kind)
        # One member named alike in both ("the Izmit quake", "the larger quake"), never "one of the quakes", which
        # may be another one in each report.
        one = _subject(ONE[1 + 2 * (kind % 2)], kind)
        subject = several if n % 2 == 0 else one
        cases.append((_sentence(shape, subject, kind, total), _sentence(shape, subject, kind, part)))
    for n, ((several, one), shape) in enumerate(itertools.product(SPEAKERS, REPORTED)):
        # A figure that opens a reported clause is no figure of the group that reports it.
        total, part = FIGURES[n % len(FIGURES)]
        cases.append((shape.format(speaker=several, count=total), shape.format(speaker=one, count=part)))
    for n, (several, other, verb, noun) in enumerate(GROUP_AND_OTHER):
        total, part = FIGURES[n % len(FIGURES)]
        shape = SHAPES[n % len(SHAPES)]
        cases.append((_told(shape, several, verb, total, noun), _told(shape, other, verb, part, noun)))
    return cases


GUARDS = _guards()


@pytest.mark.parametrize("case", CASES)
def test_a_total_of_several_beside_one_members_figure_is_no_conflict(case: tuple[str, str]) -> None:
    assert not linked_conflicts(*_reports(*case))


@pytest.mark.parametrize("case", GUARDS)
def test_two_figures_of_one_group_or_of_one_member_conflict(case: tuple[str, str]) -> None:
    assert [kind for kind, _, _ in linked_conflicts(*_reports(*case))] == ["number"]


def test_the_tables_make_enough_cases() -> None:
    assert len(CASES) >= 30
    assert len(GUARDS) >= 30
