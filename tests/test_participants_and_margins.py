"""A figure belongs to the participant whose act it measures, and a margin is not a total: "Okonjo polled 6,730,413
votes" and "Asante polled 6,214,889 votes" are two facts, and so are "Okonjo won by 515,524 votes" and "Okonjo
polled 6,730,413 votes".

Class (A), figures of two participants: a figure bound to the subject of the verb it follows (a person, a party, a
team, a company, a country), read by structure: the subject before the verb and its auxiliaries, a name set off
before it ("Peter Asante, the opposition leader, polled"), a name after a verb of saying ("She said Maria Okonjo
polled"), and the antecedent of a relative clause ("..., Peter Asante, who polled"). Two figures of two named
participants are two facts; when one sentence gives the figures of both, each is compared with the other sentence's
figure of the same participant. The reports are made by code: election results, seats, sports statistics, company
figures and losses of two sides, in several sentence shapes.

Class (B), a margin beside a total: the figure of "by" or "with" after a verb of winning or leading ("won by 515,524
votes", "led Asante by some 230,000 votes", "defeated Asante with 515,524 votes"), or of "a margin of", "a lead of",
is the difference between two participants, never one participant's total.

Guards, still conflicts: one participant's figure changed, the participant named alike or in another form ("Maria
Okonjo" / "Ms Okonjo" / "President Okonjo"), in every shape; in a sentence giving both participants' figures, the
changed figure of the participant the other sentence names (and only that one); two margins of one contest that
differ, each told in its own form ("won by 515,524 votes" / "a margin of 498,000 votes"; main missed two, margins
of points, a unit with no counted noun after it).
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from class_cases import linked_conflicts

# Two participants of one contest or one event: the first named in full and by a shorter form, the second; a
# description of each to set off after it, and the relative pronoun of the second; the verb of their figures, what
# they count, the two figures (A's participant first) and each one changed; last, whether the contest is won on
# that figure (a margin of it reads).
CONTESTS = (
    ("Maria Okonjo", "Ms Okonjo", "Peter Asante", ("the incumbent", "the opposition leader", "who"),
     "polled", "votes", ("6,730,413", "6,214,889", "6,730,430", "6,240,889"), True),
    ("Emmerson Dube", "President Dube", "Nelson Chikore", ("the incumbent", "the challenger", "who"),
     "received", "votes", ("2,460,463", "2,147,436", "2,406,463", "2,174,436"), True),
    ("the ANC", "the ANC", "the Democratic Alliance", ("the governing party", "the main opposition", "which"),
     "won", "seats", ("230", "84", "203", "48"), True),
    ("the Lakers", "the Lakers", "the Celtics", ("the home side", "the visitors", "who"),
     "scored", "points", ("112", "104", "121", "140"), True),
    ("Toyota", "Toyota", "Volkswagen", ("the market leader", "its closest rival", "which"),
     "sold", "cars", ("10.5 million", "9.3 million", "10.2 million", "9.8 million"), True),
    ("Anna Lindqvist", "Lindqvist", "Tomas Berg", ("the mayor", "her challenger", "who"),
     "won", "votes", ("48,211", "39,870", "41,211", "38,970"), True),
    ("Russia", "Russia", "Ukraine", ("the attacking side", "the defending side", "which"),
     "lost", "tanks", ("1,200", "400", "1,500", "600"), False),
    ("Northwind Airlines", "Northwind", "Bluesky Air", ("the larger carrier", "the smaller carrier", "which"),
     "carried", "passengers", ("1.2 million", "800,000", "1.4 million", "900,000"), False),
)  # fmt: skip
# A sentence giving one participant's figure: {who} the participant, {verb} its act, {count} and {noun} the figure.
ONE_FIGURE = (
    "{who} {verb} {count} {noun}, official figures showed.",
    "She said {who_lower} {verb} {count} {noun}.",
    "{who}, {role}, {verb} {count} {noun}, according to the figures released on Monday.",
    "According to the figures, {who_lower} {verb} {count} {noun}.",
)
# A sentence giving both participants' figures, the second in a relative clause or a clause of its own.
BOTH_FIGURES = (
    "{who} {verb} {count} {noun}, compared with {other_lower}, {which} {verb} {other_count} {noun}.",
    "{who} {verb} {count} {noun}, while {other_lower}, {other_role}, {verb} {other_count} {noun}.",
)
# Margins: {winner} and {loser}, {margin} the difference; each shape's verb is one of winning or leading.
MARGINS = (
    "{winner} won by {margin} {noun}, official figures showed.",
    "{winner} defeated {loser_lower} by {margin} {noun}.",
    "{winner} led {loser_lower} by some {margin} {noun} at the end.",
    "{winner} beat {loser_lower} with a margin of {margin} {noun}.",
    "Mathematically, {winner_lower} defeated {loser_lower} with {margin} {noun}.",
)
# The winner's total, told with the loser named.
TOTALS = (
    "{winner} {verb} {count} {noun} to beat {loser_lower}.",
    "{winner} {verb} {count} {noun}, well ahead of {loser_lower}.",
)
# (the margin, another margin of the same contest), for the contests won on their figure.
MARGIN_FIGURES = (
    ("515,524", "498,000"),
    ("313,027", "305,000"),
    ("146", "138"),
    ("8", "5"),
    ("1.2 million", "900,000"),
    ("8,341", "7,900"),
)
OPENING = ("The results were announced on Wednesday.", "The figures came out this week.")
CLOSING = ("Observers said the count was fair.", "More details are expected.")


def _reports(sentence_a: str, sentence_b: str) -> tuple[str, str]:
    return f"{OPENING[0]} {sentence_a} {CLOSING[0]}", f"{OPENING[1]} {sentence_b} {CLOSING[1]}"


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def _one(shape: str, who: str, role: str, verb: str, count: str, noun: str) -> str:
    return shape.format(who=_capitalised(who), who_lower=who, role=role, verb=verb, count=count, noun=noun)


def _both(shape: str, contest: tuple[Any, ...], figures: tuple[str, str]) -> str:
    one, _, other, (_, other_role, which), verb, noun, _, _ = contest
    count, other_count = figures
    return shape.format(
        who=_capitalised(one),
        other_lower=other,
        other_role=other_role,
        which=which,
        verb=verb,
        count=count,
        other_count=other_count,
        noun=noun,
    )


def _margin(shape: str, winner: str, loser: str, margin: str, noun: str) -> str:
    return shape.format(winner=_capitalised(winner), winner_lower=winner, loser_lower=loser, margin=margin, noun=noun)


def _total(shape: str, winner: str, loser: str, verb: str, count: str, noun: str) -> str:
    return shape.format(winner=_capitalised(winner), loser_lower=loser, verb=verb, count=count, noun=noun)


def _two_participants() -> list[tuple[str, str]]:
    """One participant's figure in A, the other participant's in B, each in its own shape."""
    cases = []
    for n, (contest, shape_b) in enumerate(itertools.product(CONTESTS, ONE_FIGURE)):
        one, _, other, (role, other_role, _), verb, noun, (count, other_count, _, _), _ = contest
        shape_a = ONE_FIGURE[(n // len(ONE_FIGURE)) % len(ONE_FIGURE)]
        pair = (
            _one(shape_a, one, role, verb, count, noun),
            _one(shape_b, other, other_role, verb, other_count, noun),
        )
        cases.append(pair if n % 2 == 0 else (pair[1], pair[0]))
    return cases


def _both_beside_one() -> list[tuple[str, str]]:
    """A gives both participants' figures; B gives the second participant's, the same: nothing conflicts."""
    cases = []
    for n, (contest, shape) in enumerate(itertools.product(CONTESTS, BOTH_FIGURES)):
        _, _, other, (_, other_role, _), verb, noun, (count, other_count, _, _), _ = contest
        both = _both(shape, contest, (count, other_count))
        single = _one(ONE_FIGURE[n % len(ONE_FIGURE)], other, other_role, verb, other_count, noun)
        cases.append((both, single) if n % 2 == 0 else (single, both))
    return cases


WON_ON_THEIR_FIGURE = list(zip([contest for contest in CONTESTS if contest[-1]], MARGIN_FIGURES, strict=True))


def _margins_and_totals() -> list[tuple[str, str]]:
    cases = []
    for n, ((contest, (margin, _)), shape) in enumerate(itertools.product(WON_ON_THEIR_FIGURE, MARGINS)):
        one, _, other, _, verb, noun, (count, _, _, _), _ = contest
        for m, total_shape in enumerate(TOTALS):
            pair = (_margin(shape, one, other, margin, noun), _total(total_shape, one, other, verb, count, noun))
            cases.append(pair if (n + m) % 2 == 0 else (pair[1], pair[0]))
    return cases


CASES_PARTICIPANTS = _two_participants() + _both_beside_one()
CASES_MARGINS = _margins_and_totals()


def _same_participant_changed() -> list[tuple[str, str]]:
    """One participant's figure changed, named in full in A and in a shorter form in B, in every shape."""
    cases = []
    for n, (contest, shape_b) in enumerate(itertools.product(CONTESTS, ONE_FIGURE)):
        one, short, _, (role, _, _), verb, noun, (count, _, changed, _), _ = contest
        shape_a = ONE_FIGURE[(n + 1) % len(ONE_FIGURE)]
        cases.append((_one(shape_a, one, role, verb, count, noun), _one(shape_b, short, role, verb, changed, noun)))
    return cases


# What a report may put in brackets after each first participant: a party, a place, a ticker.
BRACKETED = (
    "(NPP)",
    "(ZANU-PF)",
    "(South Africa)",
    "(Los Angeles)",
    "<7203.T>",
    "(Social Democrats)",
    "(RU)",
    "<NWA.N>",
)


def _coded_participant_changed() -> list[tuple[str, str]]:
    """One participant's figure changed, B's subject cut by brackets ("Toyota <7203.T> sold", "Maria Okonjo (NPP)
    polled"): a part of a subject names no other participant."""
    cases = []
    for n, (contest, bracketed) in enumerate(zip(CONTESTS, BRACKETED, strict=True)):
        one, _, _, (role, _, _), verb, noun, (count, _, changed, _), _ = contest
        coded = f"{_capitalised(one)} {bracketed} {verb} {changed} {noun}, official figures showed."
        cases.append((_one(ONE_FIGURE[n % len(ONE_FIGURE)], one, role, verb, count, noun), coded))
    return cases


def _both_beside_one_changed() -> list[tuple[str, str, tuple[str, str]]]:
    """A gives both figures, B one participant's changed (the first's, or the second's): exactly that pair
    conflicts, never the figure of the participant B does not name."""
    cases = []
    for n, (contest, shape) in enumerate(itertools.product(CONTESTS, BOTH_FIGURES)):
        _, short, other, (role, other_role, _), verb, noun, (count, other_count, changed, other_changed), _ = contest
        both = _both(shape, contest, (count, other_count))
        shape_b = ONE_FIGURE[n % len(ONE_FIGURE)]
        cases.append((both, _one(shape_b, short, role, verb, changed, noun), (count, changed)))
        cases.append((both, _one(shape_b, other, other_role, verb, other_changed, noun), (other_count, other_changed)))
    return cases


def _margins_changed() -> list[tuple[str, str]]:
    cases = []
    # Plain margins only: a hedged one ("some 305,000") near the other is a difference of precision.
    plain = (*MARGINS[:2], *MARGINS[3:])
    for n, (shape_a, shape_b) in enumerate(itertools.permutations(plain, 2)):
        contest, (margin, changed) = WON_ON_THEIR_FIGURE[n % len(WON_ON_THEIR_FIGURE)]
        one, _, other, _, _, noun, _, _ = contest
        cases.append((_margin(shape_a, one, other, margin, noun), _margin(shape_b, one, other, changed, noun)))
    return cases


# One participant's two amounts, of two acts, neither saying what it counts: "the Clintons earned $139 million" /
# "the Clintons have paid $43 million" (a BASIL pair, found while measuring) are two facts, as they were before
# participants were read; the verbs tell them apart.
TWO_ACTS = (("earned", "paid"), ("raised", "spent"), ("received", "gave away"), ("borrowed", "repaid"))
AMOUNT_SHAPES = (
    (
        "{who} {verb} ${count} million over the eight years, the filings show.",
        "The filings show {who} {verb} ${count} million.",
    ),
    ("According to the filings, {who} {verb} ${count} million.", "{who} {verb} ${count} million, the filings show."),
)


def _one_participants_two_acts() -> list[tuple[str, str]]:
    cases = []
    people = [contest[0] for contest in CONTESTS if contest[0][:1].isupper()]
    for n, (who, (verb, other_verb), (shape_a, shape_b)) in enumerate(
        itertools.product(people, TWO_ACTS, AMOUNT_SHAPES)
    ):
        if n % 3:
            continue
        cases.append(
            (shape_a.format(who=who, verb=verb, count="139"), shape_b.format(who=who, verb=other_verb, count="43"))
        )
    return cases


GUARDS_TWO_ACTS = _one_participants_two_acts()
GUARDS_PARTICIPANT = _same_participant_changed() + _coded_participant_changed()
GUARDS_BOTH = _both_beside_one_changed()
GUARDS_MARGINS = _margins_changed()


@pytest.mark.parametrize("case", CASES_PARTICIPANTS)
def test_figures_of_two_participants_are_no_conflict(case: tuple[str, str]) -> None:
    assert not linked_conflicts(*_reports(*case))


@pytest.mark.parametrize("case", CASES_MARGINS)
def test_a_margin_beside_a_total_is_no_conflict(case: tuple[str, str]) -> None:
    assert not linked_conflicts(*_reports(*case))


@pytest.mark.parametrize("case", GUARDS_PARTICIPANT)
def test_one_participants_changed_figure_conflicts(case: tuple[str, str]) -> None:
    assert [kind for kind, _, _ in linked_conflicts(*_reports(*case))] == ["number"]


@pytest.mark.parametrize("case", GUARDS_BOTH)
def test_the_changed_figure_is_paired_with_its_own_participants(case: tuple[str, str, tuple[str, str]]) -> None:
    both, single, (count, changed) = case
    found = linked_conflicts(*_reports(both, single))
    assert [kind for kind, _, _ in found] == ["number"]
    assert found[0][1].startswith(count)
    assert found[0][2].startswith(changed)


@pytest.mark.parametrize("case", GUARDS_MARGINS)
def test_two_margins_of_one_contest_conflict(case: tuple[str, str]) -> None:
    assert [kind for kind, _, _ in linked_conflicts(*_reports(*case))] == ["number"]


# Nearly identical sentences with one figure each compare it whatever its verb (``_one_figure_told_twice``), here as
# on main: another class, left as it is.
_TOLD_TWICE = pytest.mark.xfail(strict=True, reason="two near-identical sentences' only amounts compare on main too")


@pytest.mark.parametrize(
    "case",
    [pytest.param(case, marks=_TOLD_TWICE) if n in {3, 13, 15} else case for n, case in enumerate(GUARDS_TWO_ACTS)],
)
def test_one_participants_amounts_of_two_acts_are_no_conflict(case: tuple[str, str]) -> None:
    assert not linked_conflicts(*_reports(*case))


def test_the_tables_make_enough_cases() -> None:
    assert len(CASES_PARTICIPANTS) >= 40
    assert len(CASES_MARGINS) >= 40
    assert len(GUARDS_PARTICIPANT) + len(GUARDS_BOTH) >= 40
    assert len(GUARDS_MARGINS) >= 12
