"""Conflicts that need more than the words of one slot (issue 18), by class of language: each class is a generator of
report pairs over varied names, places, outlets and wordings, and every generated case must come out right.

- A quotation given to a pronoun ("she said") in one report and to a named person in the other: the pronoun is the
  person the report last names as a subject before it.
- A name swapped inside a list ("The New York Times and Reuters" / "The New York Times and The Associated Press"):
  every name of the list stands in the list's slot.
- The place of one act told in two wordings ("approved the measure Tuesday in Kansas City" / "was approved at the
  convention in Chicago on Tuesday").

Each directional class has invariance classes beside it: the same person named otherwise, a pronoun with no person
before it, a list told in another order or with a name's acronym, a place written otherwise or the place of another
act.
"""

from __future__ import annotations

import random

import pytest

from class_cases import Case, flagged, generated, missed

_CASES_PER_CLASS = 40

_WOMEN = ("Jane", "Loretta", "Priya", "Angela", "Maria", "Helen", "Susan", "Denise")
_MEN = ("Mark", "Carlos", "Thomas", "Derek", "Samuel", "Robert", "Gregory", "Victor")
_LAST = ("Roe", "Webb", "Okafor", "Lindqvist", "Brennan", "Castillo", "Harmon", "Whitaker", "Nakamura", "Delgado")
_TITLES = ("Sen.", "Rep.", "Gov.", "Mayor")
_QUOTED = (
    "No one would fight harder for the families of this state than I would",
    "We will keep pushing until every one of these schools gets the money it was promised",
    "This agreement is the best chance we have had in a decade to fix the problem",
    "I have never seen a budget that asked so much of the people who have so little",
    "The committee owes the public a full account of what went wrong that night",
    "We are not going to let a handful of lobbyists decide the future of this city",
)
# What a person did, told in a sentence of its own before the quotation: the person is its subject.
_ACTS = (
    "{who} spoke to supporters at a rally on {day}.",
    "However, {who} appeared to suggest that the plan could still change.",
    "{who} criticised the budget in a speech to the chamber on {day}.",
    "On {day}, {who} defended the proposal against its critics.",
    "{who}, who has led the effort for two years, pressed for a vote.",
)
# Sentences that name no person, between the act and the quotation.
_FILLERS = (
    "The vote is expected next week.",
    "The measure faces a difficult path in the legislature.",
    "Critics have called the plan too expensive.",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _someone(rng: random.Random) -> tuple[str, str, str]:
    """A first name, a surname and the pronoun of the person."""
    if rng.random() < 0.5:
        return rng.choice(_WOMEN), rng.choice(_LAST), "she"
    return rng.choice(_MEN), rng.choice(_LAST), "he"


def _someone_else(rng: random.Random, surname: str, pronoun: str = "") -> tuple[str, str]:
    """Another person (of the pronoun given, when one is)."""
    first, last, theirs = _someone(rng)
    while last == surname or pronoun not in ("", theirs):
        first, last, theirs = _someone(rng)
    return first, last


def _pronoun_attribution(rng: random.Random, quote: str, pronoun: str) -> str:
    form = rng.choice(('"{q}," {p} said.', '"{q}," {p} added.', '"{q}," {p} told reporters.', '{P} said: "{q}."'))
    return form.format(q=quote, p=pronoun, P=pronoun.capitalize())


def _named_attribution(rng: random.Random, quote: str, who: str) -> str:
    form = rng.choice(('"{q}," {w} said.', '"{q}," said {w}.', '{w} said: "{q}."', '"{q}," {w} added.'))
    return form.format(q=quote, w=who)


def _context(rng: random.Random, who: str) -> list[str]:
    """The sentences before the quotation: the person's act, then up to one sentence naming no one."""
    act = rng.choice(_ACTS).format(who=who, day=rng.choice(_WEEKDAYS))
    return [act, *rng.sample(_FILLERS, rng.choice((0, 0, 1)))]


def _report(sentences: list[str], rng: random.Random) -> str:
    """The sentences as a report: one paragraph, or the quotation in a paragraph of its own."""
    if rng.random() < 0.5:
        return " ".join(sentences)
    return " ".join(sentences[:-1]) + "\n" + sentences[-1]


def _mention(rng: random.Random, first: str, last: str) -> str:
    return rng.choice((f"{first} {last}", f"{rng.choice(_TITLES)} {first} {last}"))


def _later_mention(rng: random.Random, first: str, last: str) -> str:
    """How a report names a person it has named before: the surname, the whole name, or a title and the surname."""
    return rng.choice((last, f"{first} {last}", f"{rng.choice(_TITLES)} {last}"))


# A quotation's speaker: a pronoun resolved to the person named before it.


def _pronoun_speaker_changed(rng: random.Random) -> Case:
    first, last, pronoun = _someone(rng)
    other_first, other_last = _someone_else(rng, last)
    quote = rng.choice(_QUOTED)
    context = _context(rng, _mention(rng, first, last))
    a = _report([*context, _pronoun_attribution(rng, quote, pronoun)], rng)
    b = _report([*context, _named_attribution(rng, quote, _later_mention(rng, other_first, other_last))], rng)
    return (a, b) if rng.random() < 0.5 else (b, a)


def _pronoun_of_the_same_speaker(rng: random.Random) -> Case:
    first, last, pronoun = _someone(rng)
    quote = rng.choice(_QUOTED)
    context = _context(rng, _mention(rng, first, last))
    a = _report([*context, _pronoun_attribution(rng, quote, pronoun)], rng)
    b = _report([*context, _named_attribution(rng, quote, _later_mention(rng, first, last))], rng)
    return (a, b) if rng.random() < 0.5 else (b, a)


def _pronoun_with_no_person_before(rng: random.Random) -> Case:
    _, last, pronoun = _someone(rng)
    other_first, other_last = _someone_else(rng, last)
    quote = rng.choice(_QUOTED)
    context = rng.sample(_FILLERS, 2)
    a = _report([*context, _pronoun_attribution(rng, quote, pronoun)], rng)
    b = _report([*context, _named_attribution(rng, quote, f"{other_first} {other_last}")], rng)
    return a, b


def _pronoun_after_both_people(rng: random.Random) -> Case:
    """Both people named before the pronoun ("Roe met Webb on Tuesday. '...,' she said"): the pronoun may be
    either, so the other report's speaker is no other person."""
    first, last, pronoun = _someone(rng)
    other_first, other_last = _someone_else(rng, last, pronoun)
    quote = rng.choice(_QUOTED)
    day = rng.choice(_WEEKDAYS)
    meeting = rng.choice(
        (
            f"{first} {last} met {other_first} {other_last} on {day}.",
            f"{first} {last} spoke with {other_first} {other_last} on {day}.",
            f"On {day}, {first} {last} and {other_first} {other_last} toured the school.",
        )
    )
    a = _report([meeting, _pronoun_attribution(rng, quote, pronoun)], rng)
    b = _report([meeting, _named_attribution(rng, quote, _later_mention(rng, other_first, other_last))], rng)
    return a, b


def _pronoun_against_a_report_silent_on_its_person(rng: random.Random) -> Case:
    """The named report tells nothing of the pronoun's person before the quotation: the two may place it in other
    moments (sentences shuffled, a quotation moved), so a name there is no other speaker of the pronoun's person."""
    first, last, pronoun = _someone(rng)
    other_first, other_last = _someone_else(rng, last)
    quote = rng.choice(_QUOTED)
    a = _report([*_context(rng, _mention(rng, first, last)), _pronoun_attribution(rng, quote, pronoun)], rng)
    b = _report([*rng.sample(_FILLERS, 2), _named_attribution(rng, quote, f"{other_first} {other_last}")], rng)
    return (a, b) if rng.random() < 0.5 else (b, a)


# A name swapped inside a list.

_OUTLETS = (
    "The New York Times",
    "The Associated Press",
    "Reuters",
    "The Washington Post",
    "NBC News",
    "The Wall Street Journal",
    "Bloomberg News",
    "CBS News",
    "The Boston Globe",
    "Agence France-Presse",
)
# Each claim told in two wordings around a list of outlets in one slot ({names}).
_LIST_CLAIMS = (
    (
        "Reporters from {names} who were on the ground after the attack said the crowd cited the video.",
        "Reporters from {names} who reached the scene right after the attack said people in the crowd named the video.",
    ),
    (
        "The documents, which were obtained by {names}, show the agency knew of the flaw in 2012.",
        "According to documents obtained by {names}, the agency was aware of the flaw as early as 2012.",
    ),
    (
        "A poll conducted by {names} found that most voters opposed the deal.",
        "Most voters are against the deal, a survey conducted by {names} found.",
    ),
    (
        "The memo was first reported by {names} late on Thursday.",
        "Late Thursday the memo was first disclosed by {names}.",
    ),
)


def _listed(names: list[str], *, at_start: bool, capital_article: bool) -> str:
    """Names joined as a list ("A and B", "A, B and C"), an article inside the sentence lowered or kept capitalised
    as some outlets write it ("Reporters from The New York Times")."""
    shown = [
        n if (at_start and i == 0) or capital_article else n.replace("The ", "the ", 1) for i, n in enumerate(names)
    ]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _list_claim(rng: random.Random, names_a: list[str], names_b: list[str]) -> Case:
    one, other = rng.choice(_LIST_CLAIMS)
    capital = rng.random() < 0.5
    a = one.format(names=_listed(names_a, at_start=one.startswith("{"), capital_article=capital))
    b = other.format(names=_listed(names_b, at_start=other.startswith("{"), capital_article=capital))
    return (a, b) if rng.random() < 0.5 else (b, a)


def _name_swapped_in_a_list(rng: random.Random) -> Case:
    size = rng.choice((2, 2, 3))
    chosen = rng.sample(_OUTLETS, size + 1)
    names, replacement = chosen[:size], chosen[size]
    swapped = list(names)
    swapped[rng.randrange(size)] = replacement
    return _list_claim(rng, names, swapped)


_ACRONYMS = (
    ("The Associated Press", "the AP"),
    ("the National Rifle Association", "the NRA"),
    ("the American Civil Liberties Union", "the ACLU"),
    ("the Federal Bureau of Investigation", "the FBI"),
)


def _list_told_otherwise(rng: random.Random) -> Case:
    """The same list in another order, or with a name's acronym."""
    size = rng.choice((2, 3))
    names = rng.sample(_OUTLETS, size)
    if rng.random() < 0.5:
        return _list_claim(rng, names, list(reversed(names)))
    full, short = rng.choice(_ACRONYMS)
    at = rng.randrange(size)
    with_full, with_short = list(names), list(names)
    with_full[at], with_short[at] = full, short
    return _list_claim(rng, with_full, with_short)


# The place of one act.

_CITIES = ("Kansas City", "Chicago", "Denver", "Atlanta", "San Antonio", "Cleveland", "Baltimore", "Salt Lake City")
_CITY_STATES = {
    "Kansas City": ("Missouri", "Mo."),
    "Chicago": ("Illinois", "Ill."),
    "Denver": ("Colorado", "Colo."),
    "Atlanta": ("Georgia", "Ga."),
    "San Antonio": ("Texas", "Texas"),
    "Cleveland": ("Ohio", "Ohio"),
    "Baltimore": ("Maryland", "Md."),
    "Salt Lake City": ("Utah", "Utah"),
}
_BODIES = ("the union", "the association", "the church", "the party", "the coalition", "the league")
# One act told in two wordings, its place at different points of each ({place}).
_PLACED_ACTS = (
    (
        "Delegates at the annual convention of {body} approved the measure {day} in {place}.",
        "The measure was approved by delegates to {body}'s annual convention in {place} on {day}.",
    ),
    (
        "{Body} held its first national meeting in {place} on {day}.",
        "On {day}, {body} held a national meeting, its first, in {place}.",
    ),
    (
        "Members of {body} voted {day} in {place} to end the strike.",
        "The vote to end the strike was taken by members of {body} in {place} on {day}.",
    ),
    (
        "The leaders of {body} signed the agreement in {place} on {day} after months of talks.",
        "After months of talks, the agreement was signed {day} in {place} by the leaders of {body}.",
    ),
)


def _placed(rng: random.Random, place_a: str, place_b: str, *, with_state: bool = False) -> Case:
    one, other = rng.choice(_PLACED_ACTS)
    body, day = rng.choice(_BODIES), rng.choice(_WEEKDAYS)
    if with_state:
        state, short = _CITY_STATES[place_b]
        place_b = f"{place_b}, {rng.choice((state, short))},"
    a = one.format(body=body, Body=body.capitalize(), day=day, place=place_a)
    b = other.format(body=body, Body=body.capitalize(), day=day, place=place_b).replace(",, ", ", ").replace(",.", ".")
    return (a, b) if rng.random() < 0.5 else (b, a)


def _place_of_an_act_changed(rng: random.Random) -> Case:
    place, other = rng.sample(_CITIES, 2)
    return _placed(rng, place, other)


def _place_written_with_its_state(rng: random.Random) -> Case:
    place = rng.choice(_CITIES)
    return _placed(rng, place, place, with_state=True)


def _place_of_another_act(rng: random.Random) -> Case:
    """A place one report gives to an earlier act and the other to nothing: "after a rally in Denver, approved the
    measure" / "approved the measure on Tuesday in Chicago" do not say where the rally was and the vote was twice."""
    place, other = rng.sample(_CITIES, 2)
    body, day = rng.choice(_BODIES), rng.choice(_WEEKDAYS)
    a = f"Delegates of {body} approved the measure on {day} in {place}."
    b = f"Delegates of {body}, who had gathered for a prayer breakfast in {other}, approved the measure on {day}."
    return (a, b) if rng.random() < 0.5 else (b, a)


# (plain, dotted) acronyms, and the capitalised words news puts before one ("Beltway GOP politics").
_DOTTED = (("GOP", "G.O.P."), ("FBI", "F.B.I."), ("CIA", "C.I.A."), ("NAACP", "N.A.A.C.P."), ("EPA", "E.P.A."))
_BEFORE_ACRONYMS = ("Beltway", "Washington", "Capitol Hill", "Boston", "Fox News")


def _acronym_dotted_after_a_name(rng: random.Random) -> Case:
    """An acronym written with or without its dots after a capitalised word: the name read up to the first dot
    ("Beltway G" of "Beltway G.O.P.") is not another name."""
    plain, dotted = rng.choice(_DOTTED)
    before = rng.choice(_BEFORE_ACRONYMS)
    first, last, _ = _someone(rng)
    template = rng.choice(
        (
            "{who} cast the congressman as someone who embraces the status quo of {before} {acronym} politics.",
            "{who} said the {before} {acronym} office had ignored the warnings for months.",
            "According to {who}, {before} {acronym} officials were told of the plan on {day}.",
        )
    )
    fill = {"who": f"{first} {last}", "before": before, "day": rng.choice(_WEEKDAYS)}
    return template.format(acronym=plain, **fill), template.format(acronym=dotted, **fill)


INVARIANT = {
    "pronoun of the same speaker": _pronoun_of_the_same_speaker,
    "pronoun with no person before": _pronoun_with_no_person_before,
    "pronoun after both people": _pronoun_after_both_people,
    "pronoun against a report silent on its person": _pronoun_against_a_report_silent_on_its_person,
    "list told otherwise": _list_told_otherwise,
    "acronym dotted after a name": _acronym_dotted_after_a_name,
    "place written with its state": _place_written_with_its_state,
    "place of another act": _place_of_another_act,
}
DIRECTIONAL = {
    # A quotation given to another speaker may be called either kind.
    "pronoun speaker changed": (_pronoun_speaker_changed, ("quote", "name")),
    "name swapped in a list": (_name_swapped_in_a_list, ("name",)),
    "place of an act changed": (_place_of_an_act_changed, ("name",)),
}


@pytest.mark.parametrize("name", sorted(INVARIANT))
def test_the_same_fact_or_another_act_is_no_conflict(name: str) -> None:
    wrong = flagged(generated(INVARIANT[name], sorted(INVARIANT).index(name), _CASES_PER_CLASS))
    assert not wrong, f"{len(wrong)} of {_CASES_PER_CLASS} flagged, e.g. {wrong[:3]}"


@pytest.mark.parametrize("name", sorted(DIRECTIONAL))
def test_a_changed_speaker_name_or_place_is_a_conflict(name: str) -> None:
    make, kinds = DIRECTIONAL[name]
    wrong = missed(generated(make, 100 + sorted(DIRECTIONAL).index(name), _CASES_PER_CLASS), kinds)
    assert not wrong, f"{len(wrong)} of {_CASES_PER_CLASS} missed, e.g. {wrong[:3]}"
