"""Conflicts by class of language (issue 18): each class is a generator of sentence pairs over varied names, places,
numbers and verbs, and every generated case must come out right, not one example sentence.

Invariance classes: two ways of writing the same fact, which must never be reported as a conflict.
Directional classes: one fact changed, which must be reported as a conflict of its kind.
"""

from __future__ import annotations

import random

import pytest

import compare
from class_cases import Case, flagged, generated, missed

_CASES_PER_CLASS = 40

_FIRST = ("Jane", "Mark", "Loretta", "Carlos", "Priya", "Thomas", "Angela", "Derek", "Maria", "Samuel", "Helen")
_LAST = ("Roe", "Webb", "Okafor", "Lindqvist", "Brennan", "Castillo", "Harmon", "Whitaker", "Nakamura", "Delgado")
_CLAUSES = (
    "the bill would raise taxes on small businesses",
    "the agency had mishandled the investigation",
    "the deal was a mistake for the country",
    "the plan would cost far more than expected",
    "the vote showed deep divisions in the party",
    "the program had failed thousands of veterans",
    "the new rules were unfair to farmers",
    "the report ignored most of the evidence",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
# (state, AP abbreviation, postal code, a city in it)
_STATES = (
    ("Kentucky", "Ky.", "KY", "Lexington"),
    ("California", "Calif.", "CA", "Fresno"),
    ("Pennsylvania", "Pa.", "PA", "Scranton"),
    ("Tennessee", "Tenn.", "TN", "Knoxville"),
    ("Michigan", "Mich.", "MI", "Flint"),
    ("Oklahoma", "Okla.", "OK", "Tulsa"),
    ("Massachusetts", "Mass.", "MA", "Worcester"),
    ("Wisconsin", "Wis.", "WI", "Madison"),
    ("Arizona", "Ariz.", "AZ", "Tucson"),
    ("North Carolina", "N.C.", "NC", "Durham"),
    ("Georgia", "Ga.", "GA", "Macon"),
    ("Colorado", "Colo.", "CO", "Boulder"),
)
# (dotted, plain, expansion)
_ACRONYMS = (
    ("F.B.I.", "FBI", "Federal Bureau of Investigation"),
    ("C.I.A.", "CIA", "Central Intelligence Agency"),
    ("E.P.A.", "EPA", "Environmental Protection Agency"),
    ("I.R.S.", "IRS", "Internal Revenue Service"),
    ("N.S.A.", "NSA", "National Security Agency"),
    ("F.D.A.", "FDA", "Food and Drug Administration"),
    ("N.R.A.", "NRA", "National Rifle Association"),
    ("F.A.A.", "FAA", "Federal Aviation Administration"),
    ("S.E.C.", "SEC", "Securities and Exchange Commission"),
    ("D.E.A.", "DEA", "Drug Enforcement Administration"),
    ("D.O.J.", "DOJ", "Department of Justice"),
    ("D.O.D.", "DOD", "Department of Defense"),
)
_THINGS = ("shooting", "data breach", "contract", "merger", "fire", "crash", "leak", "audit")


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(_FIRST), rng.choice(_LAST)


# Invariance: one fact written two ways.


def _state_abbreviation(rng: random.Random) -> Case:
    state, ap, postal, city = rng.choice(_STATES)
    first, last = _person(rng)
    one, other = rng.choice(((ap, state), (postal, state), (ap, postal)))
    template = rng.choice(
        (
            "At a rally in {city}, {st}, {first} {last} said {clause}.",
            "{first} {last}, who lives in {city}, {st}, said {clause}.",
            "The meeting in {city}, {st}, ended after {first} {last} said {clause}.",
        )
    )
    clause = rng.choice(_CLAUSES)
    fill = {"city": city, "first": first, "last": last, "clause": clause}
    return template.format(st=one, **fill), template.format(st=other, **fill)


def _party_state_tag(rng: random.Random) -> Case:
    state, ap, _, _ = rng.choice(_STATES)
    first, last = _person(rng)
    letter, party = rng.choice((("R", "Republican"), ("D", "Democrat")))
    title = rng.choice(("Sen.", "Rep."))
    clause = rng.choice(_CLAUSES)
    forms = (
        f"{title} {first} {last}, {letter}-{ap}, said {clause}.",
        f"{title} {first} {last} ({letter}-{ap}) said {clause}.",
        f"{first} {last}, {party} of {state}, said {clause}.",
        f"{title} {first} {last}, a {party} from {state}, said {clause}.",
    )
    one, other = rng.sample(forms, 2)
    return one, other


def _acronym(rng: random.Random) -> Case:
    dotted, plain, expansion = rng.choice(_ACRONYMS)
    one, other = rng.choice(((dotted, plain), (dotted, expansion), (plain, expansion)))
    first, last = _person(rng)
    thing = rng.choice(_THINGS)
    day = rng.choice(_WEEKDAYS)
    template = rng.choice(
        (
            "The {org} said on {day} that it had opened an inquiry into the {thing}.",
            "{first} {last} accused the {org} of ignoring warnings about the {thing}.",
            "Officials at the {org} declined to comment on the {thing} on {day}.",
            # Followed by "and" and another body: the letters are not a name of their own.
            "The inquiry into the {thing}, by the {org} and the United States attorney's office, began on {day}.",
        )
    )
    fill = {"first": first, "last": last, "thing": thing, "day": day}
    return template.format(org=one, **fill), template.format(org=other, **fill)


def _united_states(rng: random.Random) -> Case:
    one, other = rng.choice((("U.S.", "United States"), ("US", "United States"), ("U.S.", "US")))
    first, last = _person(rng)
    template = rng.choice(
        (
            "{first} {last} said the {us} would not pay the ransom for the hostages.",
            "The {us} imposed new sanctions on the bank, {first} {last} said on Friday.",
            "{first} {last} said the deal would cost the {us} billions of dollars.",
            # An acronym leading a longer name: "the U.S. Chamber of Commerce".
            "{first} {last} said the {us} Chamber of Commerce would oppose the bill.",
        )
    )
    return template.format(us=one, first=first, last=last), template.format(us=other, first=first, last=last)


def _title(rng: random.Random) -> Case:
    state, _, _, _ = rng.choice(_STATES)
    first, last = _person(rng)
    clause = rng.choice(_CLAUSES)
    one, other = rng.choice(
        (
            (f"Senator {first} {last}", f"{state} Sen. {first} {last}"),
            (f"Sen. {first} {last}", f"Senator {first} {last}"),
            (f"Gov. {first} {last}", f"Governor {first} {last}"),
            (f"Rep. {first} {last}", f"{state} Rep. {first} {last}"),
            (f"President {last}", f"Mr. {last}"),
            (f"Senator {last}", f"Ms. {last}"),
            (f"Mr. {last}", f"{first} {last}"),
            (f"Ms. {last}", f"{first} {last}"),
        )
    )
    if rng.random() < 0.5:
        return f"{one} said on Tuesday that {clause}.", f"{other} said on Tuesday that {clause}."
    return f"It was unclear where {one} got the figure.", f"It was unclear where {other} got the figure."


_SPOKEN = (
    ("gonna", "going to", "We're {x} fight this, and we're {x} win"),
    ("wanna", "want to", "We {x} make sure the families get answers"),
    ("gotta", "got to", "We've {x} fix the roads before winter"),
    ("'cause", "because", "They left {x} nobody would listen to them"),
    ("kinda", "kind of", "It was {x} a mess from the start"),
    ("don't", "do not", "We {x} know who ordered the strike"),
    ("won't", "will not", "We {x} accept a deal that hurts workers"),
    ("it's", "it is", "I think {x} time to move on"),
)


def _spoken_form_in_quotation(rng: random.Random) -> Case:
    short, long, quote = rng.choice(_SPOKEN)
    first, last = _person(rng)
    day = rng.choice(_WEEKDAYS)
    template = '"{quote}," {first} {last} said on {day}.'
    return (
        template.format(quote=quote.format(x=short), first=first, last=last, day=day),
        template.format(quote=quote.format(x=long), first=first, last=last, day=day),
    )


def _percent_in_quotation(rng: random.Random) -> Case:
    first, last = _person(rng)
    number = rng.choice((3, 5, 7, 12, 18, 40))
    thing = rng.choice(("Taxes", "Rents", "Prices", "Wages", "Costs"))
    template = '"{thing} rose {n}{pc} last year, and families noticed," {first} {last} said.'
    fill = {"thing": thing, "n": number, "first": first, "last": last}
    return template.format(pc=" percent", **fill), template.format(pc="%", **fill)


# Invariance: values of different acts, subjects or things in one pair of sentences.


def _two_bodies(rng: random.Random) -> Case:
    # Bodies told apart by their names. Two told apart by common words only ("the city committee" / "the state
    # committee") are out of this class: in that form "a passenger ferry" / "the Saltmarsh Star ferry" are one ferry
    # (fixtures/collation), and nothing in the words tells the two cases apart.
    one, other = rng.sample(("Senate", "House", "Assembly", "Judiciary", "Ethics", "Finance"), 2)
    body = rng.choice(("panel", "committee", "board"))
    day_one, day_other = rng.sample(_WEEKDAYS, 2)
    clause = rng.choice(_CLAUSES)
    return (
        f"The {one} {body} said {day_one} that {clause}.",
        f"The {other} {body} said on {day_other} that {clause}.",
    )


def _reaction_day(rng: random.Random) -> Case:
    first, last = _person(rng)
    body = rng.choice(("board", "commission", "council", "agency"))
    react, act = rng.sample(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"), 2)
    thing = rng.choice(("report", "audit", "study", "ruling"))
    return (
        f"{first} {last} on {react} said he welcomed the {body}'s statement disputing the {thing}.",
        f"The {body} said on {act} that the {thing} was wrong, and {first} {last} welcomed the statement.",
    )


_SEAT_VERBS = (("now holds", "lost nearly"), ("now controls", "lost"), ("now has", "picked up"), ("holds", "gained"))


def _two_figures_of_different_acts(rng: random.Random) -> Case:
    party = rng.choice(("The party", "The coalition", "The opposition", "The alliance"))
    noun = rng.choice(("seats", "districts", "votes"))
    have, change = rng.choice(_SEAT_VERBS)
    total, delta = rng.randrange(120, 260), rng.randrange(12, 70)
    place = rng.choice(("in the chamber", "in parliament", "in the assembly"))
    return (
        f"{party} {have} {total} {noun} {place}, officials said.",
        f"{party} {change} {delta} {noun} {place}, officials said.",
    )


def _polarity_of_another_subject(rng: random.Random) -> Case:
    first, last = _person(rng)
    one, other = rng.sample(("aide", "senator", "governor", "director", "officer", "mayor"), 2)
    outcome = rng.choice(("consequences", "punishment", "discipline", "charges"))
    return (
        f"Only the {one} faced {outcome} after the scandal, {first} {last} said.",
        f"The {other} suffered no {outcome} after the scandal, {first} {last} said.",
    )


# Directional: one fact changed.


def _ordinal(rng: random.Random) -> Case:
    words = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    index = rng.randrange(len(words) - 1)
    thing = rng.choice(("person charged", "officer indicted", "executive to resign", "lawmaker to resign"))
    case = rng.choice(("in the scheme", "in the case", "this year", "in the inquiry"))
    form = rng.random()
    if form < 0.35:
        one, other = words[index], words[index + 1]
    elif form < 0.6:
        tens = rng.choice(("twenty", "thirty", "forty", "fifty"))
        one, other = f"{tens}-{words[index]}", f"{tens}-{words[index + 1]}"
    else:
        number = rng.randrange(21, 60)
        suffix = {1: "st", 2: "nd", 3: "rd"}
        one = f"{number}{suffix.get(number % 10, 'th')}"
        other = f"{number + 1}{suffix.get((number + 1) % 10, 'th')}"
    first, last = _person(rng)
    template = rng.choice(
        (
            "{first} {last} was the {rank} {thing} {case}, prosecutors said.",
            # A rank of a common noun or a unit of time: "for the first time", "its ninth year".
            "{first} {last} testified {case} for the {rank} time, prosecutors said.",
            "The inquiry into {first} {last} entered its {rank} year {case}, prosecutors said.",
        )
    )
    fill = {"first": first, "last": last, "thing": thing, "case": case}
    return template.format(rank=one, **fill), template.format(rank=other, **fill)


def _hedged_figure(rng: random.Random) -> Case:
    hedges = ("about", "roughly", "around", "nearly", "some", "an estimated")
    one, other = rng.sample(hedges, 2)
    base = rng.choice((400_000, 12_000, 3_500, 80_000, 650))
    changed = int(base * rng.choice((0.7, 0.8, 1.3, 1.5)))
    what = rng.choice(("people attended the march", "residents fled the flooding", "workers joined the strike"))
    return (
        f"{one.capitalize()} {base:,} {what}, organizers said.",
        f"{other.capitalize()} {changed:,} {what}, organizers said.",
    )


def _measure(rng: random.Random) -> Case:
    unit = rng.choice(("miles", "kilometers", "acres", "tons", "gallons"))
    one, other = rng.sample(("fence", "barrier", "pipeline", "wall", "road"), 2)
    figure = rng.randrange(150, 900)
    changed = figure + rng.randrange(20, 120)
    return (
        f"Officials said the contractor built {figure} {unit} of {one} last year.",
        f"Officials said the contractor built {changed} {unit} of {other} last year.",
    )


_MODAL_NEGATIONS = (
    ("could help", "could not help"),
    ("would support", "would not support"),
    ("will attend", "will not attend"),
    ("has repeatedly denied", "has never denied"),
    ("has publicly criticized", "has never criticized"),
    ("can approve", "cannot approve"),
    ("should pay", "should not pay"),
)


def _negation_with_modal_or_adverb(rng: random.Random) -> Case:
    one, other = rng.choice(_MODAL_NEGATIONS)
    if rng.random() < 0.5:
        one, other = other, one
    first, last = _person(rng)
    what = rng.choice(("the proposal", "the new tax plan", "the settlement", "the merger"))
    return (
        f"{first} {last} {one} {what}, according to people familiar with the talks.",
        f"{first} {last} {other} {what}, according to people familiar with the talks.",
    )


# (one verb, its opposite, what it is done to): each pair in a frame where both verbs are grammatical.
_ANTONYMS = (
    ("approved", "rejected", "the measure"),
    ("approved", "rejected", "the budget"),
    ("endorsed", "opposed", "the plan"),
    ("supported", "opposed", "the request"),
    ("accepted", "rejected", "the offer"),
    ("accepted", "declined", "the invitation"),
    ("raised", "lowered", "interest rates"),
    ("increased", "reduced", "spending on roads"),
    ("expanded", "cut", "the program"),
    ("won", "lost", "the vote"),
    ("praised", "criticized", "the decision"),
    ("commended", "condemned", "the ruling"),
)
# Base forms, after "to" or a plural subject: "voted to approve", "Republicans oppose the plan".
_BASE_ANTONYMS = (("approve", "reject"), ("support", "oppose"), ("praise", "criticize"), ("accept", "reject"))


def _antonym(rng: random.Random) -> Case:
    one, other, what = rng.choice(_ANTONYMS)
    if rng.random() < 0.5:
        one, other = other, one
    body = rng.choice(("The council", "The board", "The committee", "The legislature"))
    day = rng.choice(_WEEKDAYS)
    if rng.random() < 0.2:
        # The same question asked of either pole: "asked whether the board supported" / "... opposed".
        return (
            f"Reporters asked on {day} whether {body.lower()} {one} {what}.",
            f"Reporters asked on {day} whether {body.lower()} {other} {what}.",
        )
    if rng.random() < 0.3:
        one, other = rng.choice(_BASE_ANTONYMS)
        return (
            f"{body} voted on {day} to {one} {what}, officials said.",
            f"{body} voted on {day} to {other} {what}, officials said.",
        )
    return f"{body} {one} {what} on {day}, officials said.", f"{body} {other} {what} on {day}, officials said."


def _direction_of_change(rng: random.Random) -> Case:
    pairs = (("rose", "fell"), ("climbed", "dropped"), ("increased", "decreased"), ("soared", "plunged"))
    one, other = rng.choice(pairs)
    if rng.random() < 0.5:
        one, other = other, one
    what = rng.choice(("Home prices", "Unemployment", "Enrollment", "The stock", "Crime"))
    place = rng.choice(("in the city", "in the region", "across the state"))
    return (
        f"{what} {one} sharply {place} last year, officials said.",
        f"{what} {other} sharply {place} last year, officials said.",
    )


_OUTLETS = ("Politico", "Roll Call", "Reuters", "Bloomberg", "The Hill", "Axios", "CNN", "NBC News")


def _source_swapped(rng: random.Random) -> Case:
    one, other = rng.sample(_OUTLETS, 2)
    first, last = _person(rng)
    what = rng.choice(("would resign from the committee", "had hired a lawyer", "planned to run for governor"))
    return f"{one} reported that {first} {last} {what}.", f"{other} reported that {first} {last} {what}."


def _year_of_one_act(rng: random.Random) -> Case:
    year = rng.randrange(1995, 2015)
    one, other = rng.choice((("filed", "brought"), ("filed", "filed"), ("signed", "signed"), ("opened", "launched")))
    what = rng.choice(("The lawsuit", "The complaint", "The case"))
    who = rng.choice(("a group of parents", "two former employees", "the state attorney general"))
    return f"{what} was {one} in {year} by {who}.", f"{what} was {other} in {year + 1} by {who}."


def _first_name_changed(rng: random.Random) -> Case:
    one, other = rng.sample(_FIRST, 2)
    last = rng.choice(_LAST)
    title = rng.choice(("Rep.", "Sen.", "Gov.", "Mayor"))
    clause = rng.choice(_CLAUSES)
    return f"{title} {one} {last} said {clause}.", f"{title} {other} {last} said {clause}."


_ATTRIBUTIONS = (
    '{who} said the plan "{quote}."',
    '"{Quote}," {who} said.',
    '"{Quote}," said {who}.',
    'The plan "{quote}," according to {who}.',
    'According to {who}, the plan "{quote}."',
    '{who} told reporters the plan "{quote}."',
)
_QUOTED = (
    "would cost far more than expected",
    "was doomed from the start",
    "will hurt working families the most",
    "should never have been approved",
)


def _quotation_speaker_changed(rng: random.Random) -> Case:
    (first, last), (other_first, other_last) = _person(rng), _person(rng)
    while other_last == last:
        other_first, other_last = _person(rng)
    quote = rng.choice(_QUOTED)
    one, other = rng.choice(_ATTRIBUTIONS), rng.choice(_ATTRIBUTIONS)
    fill = {"quote": quote, "Quote": "The plan " + quote}
    return (
        one.format(who=f"{first} {last}", **fill),
        other.format(who=f"{other_first} {other_last}", **fill),
    )


def _short_quotation(rng: random.Random) -> Case:
    opening = rng.choice(
        (
            "We will fight this in court",
            "We are going to appeal this ruling",
            "We will take it to the voters",
            "They will try to stop us",
        )
    )
    closing = rng.choice(
        ("we will win in court", "we are going to win this fight", "we will win the vote", "we will beat them")
    )
    joined = rng.choice(("and", "but", "and then"))
    first, last = _person(rng)
    short = f"{joined.capitalize()} {closing}" if rng.random() < 0.5 else closing[0].upper() + closing[1:]
    return f'"{opening}, {joined} {closing}," {first} {last} said.', f'"{short}," {first} {last} said.'


_NEGATION_FORMS = (
    ("would not take a position on {topic}", "would take no position on {topic}"),
    ("did not mention {topic}", "made no mention of {topic}"),
    ("refrained from mentioning {topic}", "made no mention of {topic}"),
    ("did not have a plan for {topic}", "had no plan for {topic}"),
    ("did not offer an opinion on {topic}", "offered no opinion on {topic}"),
)


def _negation_form(rng: random.Random) -> Case:
    one, other = rng.choice(_NEGATION_FORMS)
    topic = rng.choice(("trade", "the pipeline", "immigration", "the tax bill", "the strike"))
    first, last = _person(rng)
    day = rng.choice(_WEEKDAYS)
    template = "{first} {last} {form} in a speech on {day}, aides said."
    return (
        template.format(first=first, last=last, form=one.format(topic=topic), day=day),
        template.format(first=first, last=last, form=other.format(topic=topic), day=day),
    )


def _acronym_in_quotation(rng: random.Random) -> Case:
    _, plain, expansion = rng.choice(_ACRONYMS)
    first, last = _person(rng)
    thing = rng.choice(_THINGS)
    template = '"As the {org} makes clear, the {thing} was handled badly from the start," {first} {last} said.'
    return (
        template.format(org=plain, thing=thing, first=first, last=last),
        template.format(org=expansion, thing=thing, first=first, last=last),
    )


def _party_nickname(rng: random.Random) -> Case:
    chamber = rng.choice(("House", "Senate"))
    first, last = _person(rng)
    what = rng.choice(("immigration", "tax", "budget", "health care"))
    one, other = rng.choice((("GOP's", "Republican"), ("GOP", "Republican")))
    template = "{first} {last} said the {chamber} {party} {what} plan would be released next week."
    fill = {"first": first, "last": last, "chamber": chamber, "what": what}
    return template.format(party=one, **fill), template.format(party=other, **fill)


def _source_in_attribution(rng: random.Random) -> Case:
    one, other = rng.sample(_OUTLETS, 2)
    first, last = _person(rng)
    what = rng.choice(("would resign from the committee", "had hired a lawyer", "planned to run for governor"))
    template = rng.choice(
        (
            "{first} {last} {what}, according to {source}.",
            "{first} {last} {what}, as {source} reported.",
            "{first} {last} {what}, {source} reported on Monday.",
        )
    )
    fill = {"first": first, "last": last, "what": what}
    return template.format(source=one, **fill), template.format(source=other, **fill)


def _source_of_a_paraphrase(rng: random.Random) -> Case:
    one, other = rng.sample(_OUTLETS, 2)
    first, last = _person(rng)
    verb, other_verb = rng.choice((("criticized", "faulted"), ("praised", "lauded"), ("attacked", "blasted")))
    return (
        f"While serving as a senator in 2007, {first} {last} {verb} the administration for its secrecy, according "
        f"to {one}.",
        f"As a senator in 2007, {first} {last} {other_verb} the administration for its secrecy, according to {other}.",
    )


def _outlet_addressed(rng: random.Random) -> Case:
    one, other = rng.sample((*_OUTLETS, "Fox News", "MSNBC", "CBS News", "The Washington Post"), 2)
    first, last = _person(rng)
    clause = rng.choice(_CLAUSES)
    template = rng.choice(
        (
            "{first} {last} told {outlet} on Tuesday that {clause}.",
            "In an interview with {outlet}, {first} {last} said {clause}.",
            "Speaking on {outlet}, {first} {last} said {clause}.",
        )
    )
    fill = {"first": first, "last": last, "clause": clause}
    return template.format(outlet=one, **fill), template.format(outlet=other, **fill)


# Issue 18, second round: classes read from the misses of the dev halves (bench/rewrites2.py and
# bench/capabilities.py, dev half only).

_ORGANISATIONS = (
    "Federal Election Commission",
    "Treasury Department",
    "Defense Department",
    "Securities and Exchange Commission",
    "Republican National Committee",
    "Justice Department",
    "Environmental Protection Agency",
    "National Park Service",
    "Government Accountability Office",
    "Small Business Administration",
)
_DESCRIPTIONS = (
    "a former state treasurer",
    "a vocal supporter of the plan",
    "a longtime critic of the agency",
    "the former party chairman",
    "a retired Army officer",
)
_CITIES_OF_TWO_WORDS = ("New York", "Los Angeles", "San Diego", "Las Vegas", "New Orleans", "Santa Fe")
_NEWSROOMS = ("Politico", "Roll Call", "USA Today", "The Washington Post", "The Boston Globe", "Axios")


def _name_replaced_word_for_word(rng: random.Random) -> Case:
    (first, last), (other_first, other_last) = _person(rng), _person(rng)
    while other_last == last or other_first == first:
        other_first, other_last = _person(rng)
    person, other_person = f"{first} {last}", f"{other_first} {other_last}"
    org, other_org = rng.sample(_ORGANISATIONS, 2)
    outlet, other_outlet = rng.sample(_NEWSROOMS, 2)
    speaker = " ".join(_person(rng))
    frames = (
        # The subject opening the sentence.
        ("{who}, {descr}, said on {day} that {clause}.", person, other_person),
        ("{who}, {descr}, became the latest official contender for the post this weekend.", person, other_person),
        ("{who} was first to report the news of the {thing} on {day}.", outlet, other_outlet),
        # An organisation after an article, one of a list, or sharing a common word with another name.
        ("{speaker} denounced the leak of the {thing} memo to The Guardian and {who} on {day}.", outlet,
         other_outlet),
        ("{speaker}, the chairman of the {who}, said on {day} that {clause}.", org, other_org),
        ("The {who} and the Departments of Labor and Commerce opened an inquiry into the {thing} on {day}.", org,
         other_org),
        ("Officials from the Census Bureau and the {who} said on {day} that {clause}.", org, other_org),
        # A name whose first word is a common word ("New York", "Los Angeles").
        ("{speaker} wrote in the {who} Times on {day} that {clause}.", *rng.sample(_CITIES_OF_TWO_WORDS, 2)),
    )  # fmt: skip
    template, one, other = rng.choice(frames)
    fill = {"descr": rng.choice(_DESCRIPTIONS), "day": rng.choice(_WEEKDAYS), "clause": rng.choice(_CLAUSES)}
    fill |= {"thing": rng.choice(_THINGS), "speaker": speaker}
    return template.format(who=one, **fill), template.format(who=other, **fill)


def _entity_named_otherwise_in_a_paraphrase(rng: random.Random) -> Case:
    first, last = _person(rng)
    place, other_place = rng.choice((("the US", "America"), ("the UK", "Britain"), ("the Netherlands", "Holland")))
    thing = rng.choice(("air travel", "hotel bookings", "car sales"))
    one, other = rng.choice(
        (
            ("the Prime Minister", f"Mr. {last}"),
            ("the Golden Bear", f"{first} {last}"),
            ("the Iron Lady", f"Mrs. {last}"),
        )
    )
    if rng.random() < 0.5:
        return (
            f"The flu outbreak, the wars abroad, and economic uncertainty in Europe and {place} have hurt {thing}.",
            f"The outbreak of severe flu, the wars abroad and economic uncertainty in Europe and {other_place} have "
            f"depressed {thing}.",
        )
    return (
        f"Their son, the 34-year-old son of {one} who is playing on an exemption, birdied five of his first nine "
        "holes before faltering.",
        f"The 34-year-old son of {other}, who plays on a sponsor's exemption, birdied five of the first nine holes "
        "before he shot a 69 on Friday.",
    )


def _person_named_in_two_styles(rng: random.Random) -> Case:
    first, last = _person(rng)
    one, other = rng.choice(
        ((f"Mr. {last}", f"Sir {first}"), (f"Dr. {last}", f"Mrs. {last}"), (f"Ms. {last}", f"Dame {first}"))
    )
    clause = rng.choice(_CLAUSES)
    return (
        f"{one} has also told his officers that {clause}, according to the memo.",
        f"{other} has also told his officers that {clause}, according to the memo.",
    )


def _decade_and_a_year(rng: random.Random) -> Case:
    decade = rng.choice((1970, 1980, 1990))
    year = decade + rng.randrange(1, 9)
    return (
        f"He is accused of bribing judges to influence the sale of the food company in {year}.",
        f"He is accused of bribing judges to influence a takeover battle in the {decade}s involving the food company.",
    )


_OPENING_SYNONYMS = (
    ("Officials", "Authorities"),
    ("Investigators", "Detectives"),
    ("Critics", "Opponents"),
    ("Lawmakers", "Legislators"),
    ("Residents", "Locals"),
    ("Rescuers", "Rescue workers"),
    ("Analysts", "Experts"),
)


def _sentence_opened_otherwise(rng: random.Random) -> Case:
    first, last = _person(rng)
    dotted, plain, expansion = rng.choice(_ACRONYMS)
    honorific = "Ms." if first in ("Jane", "Loretta", "Priya", "Angela", "Maria", "Helen") else "Mr."
    one, other = rng.choice(
        (
            *_OPENING_SYNONYMS,
            (f"{first} {last}", last),
            (f"{first} {last}", f"{honorific} {last}"),
            (f"The {expansion}", f"The {plain}"),
            (f"The {dotted}", f"The {expansion}"),
            # Titles of many people, cut or spelled out.
            (f"Reps. {first} {last} and {rng.choice(_FIRST)} Harmon", f"Representatives {first} {last} and Harmon"),
            (f"Sens. {first} {last} and Jo Harmon", f"Senators {first} {last} and Jo Harmon"),
        )
    )
    template = rng.choice(
        (
            "{who} said on {day} that {clause}, according to a statement.",
            "{who} warned on {day} that {clause}.",
            "{who} argued again on {day} that {clause}.",
        )
    )
    fill = {"day": rng.choice(_WEEKDAYS), "clause": rng.choice(_CLAUSES)}
    return template.format(who=one, **fill), template.format(who=other, **fill)


# A quotation and the pairs of words that change what it says: a negation, the other pole of a verb, the other end
# of an adverb or quantifier, another name.
_QUOTATIONS = (
    ("I think we {w} win this fight", (("will", "won't"), ("can", "can't"), ("should", "shouldn't"))),
    ("I {w} the verdict of the voters", (("accept", "reject"), ("support", "oppose"))),
    ("We have {w} been honest with the voters about this", (("always", "never"),)),
    ("{w} in this room knows the plan is dead", (("Everyone", "Nobody"),)),
    ("This {w} about the money, and it never was", (("is", "isn't"),)),
    ("The families of {w} deserve better than this", (("Texas", "Ohio"), ("Americans", "Democrats"))),
)


def _word_changed_inside_quotation(rng: random.Random) -> Case:
    quotation, pairs = rng.choice(_QUOTATIONS)
    one, other = rng.choice(pairs)
    if rng.random() < 0.5:
        one, other = other, one
    first, last = _person(rng)
    template = rng.choice(
        (
            '"{q}," {first} {last} said on {day}.',
            '{first} {last} told reporters on {day}: "{q}."',
            '"{q}," said {first} {last}, who spoke on {day}.',
        )
    )
    fill = {"first": first, "last": last, "day": rng.choice(_WEEKDAYS)}
    return template.format(q=quotation.format(w=one), **fill), template.format(q=quotation.format(w=other), **fill)


# (one pole, the other) of an evaluation or a change in quality, in frames where both read.
_QUALITY_POLES = (
    ("better", "worse", "{who} said conditions for {group} would get {pole} next year."),
    ("better", "worse", "{who} said the outlook for {group} was {pole} than a year ago."),
    ("improved", "worsened", "{who} said conditions for {group} had {pole} since the spring."),
    ("improved", "deteriorated", "Relations with {group} have {pole} sharply, {who} said."),
    ("strengthened", "weakened", "{who} said the ruling had {pole} the case made by {group}."),
    # Only light words around the pole: the rest of the clause says it is one proposition.
    ("better", "worse", "People are losing the belief that things will get {pole}, he said."),
)


def _quality_of_two_poles(rng: random.Random) -> Case:
    one, other, template = rng.choice(_QUALITY_POLES)
    if rng.random() < 0.5:
        one, other = other, one
    who = " ".join(_person(rng))
    group = rng.choice(("farmers", "small businesses", "veterans", "the unions", "renters"))
    return template.format(who=who, group=group, pole=one), template.format(who=who, group=group, pole=other)


def _pole_beside_an_unchanged_one(rng: random.Random) -> Case:
    one, other, what = rng.choice(_ANTONYMS[:6])
    if rng.random() < 0.5:
        one, other = other, one
    first, last = _person(rng)
    body = rng.choice(("The council", "The board", "The committee"))
    template = rng.choice(
        (
            "{body} {pole} {what} on {day}, although {first} {last} had refused to sign it.",
            "{body}, backed by {first} {last}, {pole} {what} on {day}.",
            "{first} {last} said {body_lower} {pole} {what} after the mayor rejected a delay on {day}.",
        )
    )
    fill = {"body": body, "body_lower": body.lower(), "what": what, "first": first, "last": last}
    fill["day"] = rng.choice(_WEEKDAYS)
    return template.format(pole=one, **fill), template.format(pole=other, **fill)


def _month_after_a_phrase_of_time(rng: random.Random) -> Case:
    month, other = rng.sample(_MONTHS, 2)
    first, last = _person(rng)
    clause = rng.choice(_CLAUSES)
    cue = rng.choice(("as recently as", "as early as", "as late as", "as of", "last", "next"))
    if cue == "next":
        return (
            f"{first} {last} said the hearing would open next {month}, and that {clause}.",
            f"{first} {last} said the hearing would open next {other}, and that {clause}.",
        )
    template = rng.choice(
        (
            "{first} {last} opposes the measure, arguing {cue} {month} that {clause}.",
            "{first} {last} said {cue} {month} that {clause}.",
            "{Cue} {month}, {first} {last} argued that {clause}.",
        )
    )
    fill = {"first": first, "last": last, "clause": clause, "cue": cue, "Cue": cue[0].upper() + cue[1:]}
    return template.format(month=month, **fill), template.format(month=other, **fill)


def _year_of_a_role(rng: random.Random) -> Case:
    first, last = _person(rng)
    year = rng.choice((2004, 2008, 2010, 2012))
    role = rng.choice(("Republican vice presidential nominee", "Democratic nominee for governor", "party chairman"))
    clause = rng.choice(_CLAUSES)
    return (
        f"{first} {last}, the {year} {role}, said on Monday that {clause}.",
        f"{first} {last}, the {role} in {year + 4}, said on Monday that {clause}.",
    )


def _date_of_a_when_clause(rng: random.Random) -> Case:
    first, last = _person(rng)
    day, other = rng.sample(_WEEKDAYS, 2)
    what = rng.choice(("the movement", "the union", "the plan", "the senator"))
    event = rng.choice(("the resolution was proposed", "the bill was introduced", "the report was released"))
    return (
        f"{first} {last} weighed in to defend {what} on {day} when {event}.",
        f"{first} {last} came to the defense of {what} on {other}, when {event}.",
    )


def _date_of_a_when_clause_told_otherwise(rng: random.Random) -> Case:
    first, last = _person(rng)
    day, other = rng.sample(_WEEKDAYS, 2)
    what = rng.choice(("the movement", "the union", "the plan", "the senator"))
    event = rng.choice(("the resolution was proposed", "the bill was introduced", "the report was released"))
    more = rng.choice(("calling on the governor to apologize", "urging voters to ignore the critics"))
    return (
        f"{first} {last} weighed in to defend {what} on {day} when {event}.",
        f"{first} {last} came to {what}'s defense on {other}, when {event}, {more} in a television interview.",
    )


def _one_date_changed_beside_another(rng: random.Random) -> Case:
    month = rng.choice(("Feb.", "Jan.", "March", "April", "Aug."))
    day = rng.randrange(2, 20)
    year = rng.choice((2009, 2011, 2013))
    (first, last), (other_first, other_last) = _person(rng), _person(rng)
    law = rng.choice(("the Foreign Intelligence Surveillance Act of 1978", "the Clean Water Act of 1972"))
    template = (
        "On {date}, Senators {first} {last} of Ohio, the chairwoman of the panel, and {first2} {last2} of Iowa, the "
        "ranking Republican, invited every senator to a briefing on expiring provisions of {law}."
    )
    fill = {"first": first, "last": last, "first2": other_first, "last2": other_last, "law": law}
    return (
        template.format(date=f"{month} {day}, {year}", **fill),
        template.format(date=f"{month} {day + rng.randrange(2, 8)}, {year}", **fill),
    )


_MONTH_FORMS = (("Sept.", "September"), ("Jan.", "January"), ("March", "March"), ("Oct.", "October"))


def _day_written_first(rng: random.Random) -> Case:
    short, month = rng.choice(_MONTH_FORMS)
    day, year = rng.randrange(1, 29), rng.choice((2001, 2008, 2012))
    first, last = _person(rng)
    thing = rng.choice(("the plane that crashed into the Pentagon", "the ship that sank off the coast"))
    one = f"{short} {day}, {year}" if rng.random() < 0.5 else f"{month} {day}, {year}"
    other = f"{day} {month} {year}" if rng.random() < 0.5 else f"{day} {month}"
    return (
        f"{first} {last} was killed on {thing} on {one}, officials said.",
        f"{first} {last} was killed on {thing} on {other}, officials said.",
    )


def _figure_changed_beside_another(rng: random.Random) -> Case:
    first, last = _person(rng)
    x = rng.choice((2, 3, 4, 12, 40))
    y = x + rng.choice((2, 3, 5))
    p, q = rng.choice(((35.7, 28.6), (41.2, 30.5), (22.4, 18.1)))
    frames = (
        (
            f"{first} {last} said that if the city raises the limit by ${x} million, it should cut ${x} million "
            "from the budget.",
            f"{first} {last} said that if the city raises the limit by ${x} million, it should cut ${y} million "
            "from the budget.",
        ),
        (
            f"{first} {last} opposes the ${x}00 billion plan because it would raise taxes on incomes of more than "
            "$1 million a year.",
            f"{first} {last} opposes the ${y}00 billion plan because it would raise taxes on incomes of more than "
            "$1 million a year.",
        ),
        (
            f"Last year the firm paid an effective tax rate of {p} percent and gave over 10 percent of its income "
            f"to charity, {first} {last} said.",
            f"Last year the firm paid an effective tax rate of {q} percent and gave over 10 percent of its income "
            f"to charity, {first} {last} said.",
        ),
    )
    return rng.choice(frames)


def _word_changed_in_a_short_quotation(rng: random.Random) -> Case:
    first, last = _person(rng)
    said = rng.choice(("added", "said", "told reporters"))
    one, other = rng.choice((("always", "rarely"), ("often", "seldom"), ("last", "first"), ("first", "next")))
    quotation = rng.choice(
        (
            "It's {w} been bipartisan",
            "We did the same thing {w} time",
            "That was {w} the plan",
        )
    )
    if "time" not in quotation and one in ("last", "first", "next"):
        quotation = "We did the same thing {w} time"
    return (
        f'"{quotation.format(w=one)}," {first} {last} {said}.',
        f'"{quotation.format(w=other)}," {first} {last} {said}.',
    )


_PHRASES = ("a seat at the table", "a spot at the bar", "a place in the museum", "a job for the lawyers")


def _negation_outside_the_shorter_quotation(rng: random.Random) -> Case:
    phrase = rng.choice(_PHRASES)
    first, last = _person(rng)
    said = rng.choice(("wrote", "said", "argued"))
    opening = rng.choice(("Act like you deserve respect", "Fight for what you were promised", "Ask for a vote"))
    return (
        f'{first} {last} {said} on Friday that the families deserved more than "{phrase}."',
        f'{first} {last} {said} on Friday: "{opening}, not {phrase}."',
    )


# (the dated act, the other act, a verb of the first): two acts of one story, each sentence naming both.
_TWO_ACTS = (
    ("general election", "primary", "win"),
    ("final vote", "hearing", "lose"),
    ("sentencing", "trial", "attend"),
    ("signing ceremony", "debate", "skip"),
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")


def _dates_of_two_acts_both_name(rng: random.Random) -> Case:
    dated, other_act, verb = rng.choice(_TWO_ACTS)
    first, last = _person(rng)
    month, other_month = rng.sample(_MONTHS, 2)
    day = rng.randrange(2, 28)
    when, other_when = rng.choice(
        ((f"{month} {day}", f"in {other_month}"), (f"{month} {day}", f"on {other_month} {day + 1}"))
    )
    who = rng.choice(("aides said", "officials said", "according to his campaign"))
    return (
        f"{first} {last} is expected to {verb} the {when} {dated} after the {other_act}, {who}.",
        f"{first} {last} is expected to {verb} the {dated} after the {other_act} {other_when}, {who}.",
    )


INVARIANT = {
    "state abbreviation": _state_abbreviation,
    "party-state tag": _party_state_tag,
    "acronym": _acronym,
    "United States": _united_states,
    "title": _title,
    "spoken form in a quotation": _spoken_form_in_quotation,
    "percent in a quotation": _percent_in_quotation,
    "two bodies": _two_bodies,
    "reaction day": _reaction_day,
    "two figures of different acts": _two_figures_of_different_acts,
    "polarity of another subject": _polarity_of_another_subject,
    "short quotation": _short_quotation,
    "negation form": _negation_form,
    "acronym in a quotation": _acronym_in_quotation,
    "party nickname": _party_nickname,
    "sentence opened otherwise": _sentence_opened_otherwise,
    # A paraphrase names a person or place by an epithet, a title or another name: the names are not compared word
    # for word, as they are in one claim told word for word.
    "entity named otherwise in a paraphrase": _entity_named_otherwise_in_a_paraphrase,
    # "Mr. Stevens" / "Sir John": one person, each report with its own honorific.
    "person named in two styles": _person_named_in_two_styles,
    # "in 1985" / "in the 1980s": a year inside its decade.
    "decade and a year": _decade_and_a_year,
    "dates of two acts both sentences name": _dates_of_two_acts_both_name,
    # One report quotes more: a negation before the words the other quotes denies nothing the other says.
    "negation outside the shorter quotation": _negation_outside_the_shorter_quotation,
}
DIRECTIONAL = {
    "ordinal": (_ordinal, ("number",)),
    "hedged figure": (_hedged_figure, ("number",)),
    "measure": (_measure, ("number",)),
    "negation with a modal or adverb": (_negation_with_modal_or_adverb, ("polarity",)),
    "antonym": (_antonym, ("polarity",)),
    "direction of change": (_direction_of_change, ("polarity",)),
    "source swapped": (_source_swapped, ("name",)),
    "source in an attribution": (_source_in_attribution, ("name",)),
    # The source of a whole claim, whatever verbs the paraphrase tells it with.
    "source of a paraphrase": (_source_of_a_paraphrase, ("name",)),
    "outlet addressed": (_outlet_addressed, ("name",)),
    "year of one act": (_year_of_one_act, ("date",)),
    "month after a phrase of time": (_month_after_a_phrase_of_time, ("date",)),
    "year of a role": (_year_of_a_role, ("date",)),
    "date of a when-clause": (_date_of_a_when_clause, ("date",)),
    "date of a when-clause told otherwise": (_date_of_a_when_clause_told_otherwise, ("date",)),
    # One claim told word for word: its one changed date, whatever other dates it gives alike.
    "one date changed beside another": (_one_date_changed_beside_another, ("date",)),
    # A figure given alike in both ("more than $1 million") supports no other figure of the claim.
    "figure changed beside another": (_figure_changed_beside_another, ("number",)),
    # A short quotation of one claim told word for word, an adverb of frequency or order changed.
    "word changed in a short quotation": (_word_changed_in_a_short_quotation, ("quote",)),
    "first name changed": (_first_name_changed, ("name",)),
    # A quotation given to another person is a change of its speaker, which may be called either kind.
    "quotation speaker changed": (_quotation_speaker_changed, ("quote", "name")),
    "name replaced word for word": (_name_replaced_word_for_word, ("name",)),
    # A misquotation first: a negation, a pole or a name changed inside a quotation is a change of what was said.
    "word changed inside a quotation": (_word_changed_inside_quotation, ("quote",)),
    "quality of two poles": (_quality_of_two_poles, ("polarity",)),
    # Another verb of the same pair ("refused", "backed") stated alike in both sentences is no reason to look away.
    "pole beside an unchanged one": (_pole_beside_an_unchanged_one, ("polarity",)),
}


@pytest.mark.parametrize("name", sorted(INVARIANT))
def test_an_equivalent_form_or_another_act_is_no_conflict(name: str) -> None:
    wrong = flagged(generated(INVARIANT[name], sorted(INVARIANT).index(name), _CASES_PER_CLASS))
    assert not wrong, f"{len(wrong)} of {_CASES_PER_CLASS} flagged, e.g. {wrong[:3]}"


@pytest.mark.parametrize("name", sorted(DIRECTIONAL))
def test_a_changed_fact_is_a_conflict_of_its_kind(name: str) -> None:
    make, kinds = DIRECTIONAL[name]
    cases = generated(make, 100 + sorted(DIRECTIONAL).index(name), _CASES_PER_CLASS)
    wrong = missed([(a, b) for a, b in cases if a != b], kinds)
    assert not wrong, f"{len(wrong)} of {_CASES_PER_CLASS} missed, e.g. {wrong[:3]}"


def _two_dates_changed(rng: random.Random) -> Case:
    first, last = _person(rng)
    year = rng.choice((2004, 2008, 2010, 2012))
    role = rng.choice(("Republican vice presidential nominee", "Democratic nominee for governor", "party chairman"))
    day, other = rng.sample(_WEEKDAYS, 2)
    what = rng.choice(("the movement", "the union", "the plan"))
    event = rng.choice(("the resolution was proposed", "the bill was introduced", "the report was released"))
    return (
        f"{first} {last}, the {year} {role}, weighed in to defend {what} on {day} when {event}.",
        f"{first} {last}, the {role} in {year + 4}, came to the defense of {what} on {other}, when {event}.",
    )


def test_two_dates_changed_in_one_pair_of_sentences_are_two_conflicts() -> None:
    missed = []
    for a, b in generated(_two_dates_changed, 200, _CASES_PER_CLASS):
        result = compare.compare(a, b)
        dates = [c for link in result.links for c in link.conflicts if c.is_conflict and c.kind == "date"]
        if len(dates) < 2:
            missed.append((a, b, [(c.a_value, c.b_value) for c in dates]))
    assert not missed, f"{len(missed)} of {_CASES_PER_CLASS} missed, e.g. {missed[:3]}"


def test_a_day_written_before_its_month_is_the_same_day_not_a_vaguer_one() -> None:
    flagged = []
    for a, b in generated(_day_written_first, 300, _CASES_PER_CLASS):
        result = compare.compare(a, b)
        assert result.links, f"not linked: {a!r} / {b!r}"
        found = [(c.kind, c.a_value, c.b_value, c.severity) for link in result.links for c in link.conflicts]
        if found:
            flagged.append((a, b, found))
    assert not flagged, f"{len(flagged)} of {_CASES_PER_CLASS} flagged, e.g. {flagged[:3]}"
