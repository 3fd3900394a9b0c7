"""Reports of different events of one kind (issue 19): two earthquakes, two derailments, two phone launches are
told in the kind's stock phrases ("the quake struck at a depth of 10 kilometres"), and their sentences must not link
across the events. Cases are generated: each kind's stock sentences, filled once per event with other names, places
and figures, the agency that reports every event of the kind left the same. Controls: the same event told by two
outlets in other words links sentence to sentence, and with one figure told otherwise links with a conflict."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compare

CASES = settings(
    max_examples=40, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

# Made-up names, so that no word of a case is a real event's.
PLACES = ("Carrowmore", "Delvany", "Eskerby", "Fallowmere", "Glenarth", "Harrowgate Bay", "Iskarra", "Lundale")
PEOPLE = ("Maren Holt", "Tobias Quill", "Ilse Varga", "Corin Ashby", "Dagny Rook", "Pavel Strand", "Noor Halvey")
PRODUCTS = ("Orbis X2", "Lumen 7", "Kestrel Pro", "Vanta S", "Halo Fold", "Pico Air")
STORMS = ("Hurricane Ondine", "Hurricane Bastian", "Hurricane Calla", "Hurricane Ferris", "Hurricane Greta")

# Each kind: the agency or company that reports every event of the kind, and stock sentences with slots for one
# event's place, person or product, and figures (x, y). Every stock sentence holds at least one slot, so that two
# events' sentences differ in something an editor would read as the event's own.
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "earthquake": (
        "the US Geological Survey",
        (
            "A magnitude {x}.{y} earthquake struck near {place} on Tuesday, {agency} said.",
            "The quake struck at a depth of {x}{y} kilometres, about {y}{x} kilometres from {place}.",
            "Residents of {place} said the shaking lasted about {x}{y} seconds.",
            "It was followed by {x} aftershocks, the strongest of magnitude {y}.{x}.",
        ),
    ),
    "derailment": (
        "the National Transportation Safety Board",
        (
            "A passenger train derailed near {place} on Sunday, killing {x} people and injuring {y}{x} others.",
            "{x} cars and both locomotives left the tracks, {agency} said.",
            "The train was carrying {x}{y}{y} passengers and {y}{x} crew members to {place}.",
            "A team of {y}{x} investigators arrived in {place} on Monday.",
        ),
    ),
    "hurricane": (
        "the National Hurricane Center",
        (
            "{storm} made landfall near {place} on Saturday as a category {x} hurricane.",
            "Maximum sustained winds were near {x}{y}0 mph with higher gusts, {agency} said.",
            "{storm} is moving toward the west near {y}{x} mph.",
            "A station at {place} reported a gust of {y}{x} mph.",
        ),
    ),
    "phone launch": (
        "Samsung",
        (
            "{agency} unveiled the {product} on Wednesday at an event in {place}.",
            "The {product} will go on sale on April {x}{y} and cost ${x}{y}9.",
            "The {product} has a {x}.{y}-inch screen and a {y}{x} megapixel camera.",
            "{agency} plans to offer the {product} in {x}{y} countries.",
        ),
    ),
    "arrest": (
        "police",
        (
            "{person}, {x}{y}, was arrested in {place} on Friday and charged with murder, {agency} said.",
            "{person} is due to appear in court in {place} on Monday.",
            "Bail for {person} was set at ${x}{y}0,000.",
            "The victim, a {y}{x}-year-old man, was found dead in {place}.",
        ),
    ),
    "earnings": (
        "Reuters Estimates",
        (
            "The maker of the {product} posted a {x}{y} percent rise in quarterly profit on Thursday.",
            "Revenue rose {y}{x} percent to ${x}.{y} billion, beating forecasts, according to {agency}.",
            "Shares rose {x} percent in after-hours trading in {place}.",
            "The company sold {x}.{y} million {product} phones in the quarter.",
        ),
    ),
    "wildfire": (
        "Cal Fire",
        (
            "A wildfire near {place} forced the evacuation of {x}{y}0 homes on Sunday.",
            "The fire has burned {x},{y}00 acres and was {y}{x} percent contained, {agency} said.",
            "About {x}{y}0 firefighters were battling the blaze near {place}.",
            "Winds gusting to {x}{y} miles per hour drove the flames toward {place}.",
        ),
    ),
    "rehab": (
        "a spokesman",
        (
            "{person} has entered a rehab facility in {place}, {agency} said.",
            "{person}, {x}{y}, has struggled with alcohol in the past.",
            "{person} plans to resume filming in {place} after {x} weeks of treatment.",
            "{person} won an award in 19{x}{y} for a role in a film shot in {place}.",
        ),
    ),
}


def event(rng: random.Random, taken: set[str]) -> dict[str, str]:
    """One event's slot values, none of them in `taken` (the other event's), digits x and y from 1 to 9."""
    pools = {"place": PLACES, "person": PEOPLE, "product": PRODUCTS, "storm": STORMS}
    values = {name: rng.choice([v for v in pool if v not in taken]) for name, pool in pools.items()}
    digits = [d for d in "123456789" if d not in taken]
    values["x"], values["y"] = rng.sample(digits, 2)
    return values


def report(stock: tuple[str, ...], agency: str, values: dict[str, str], order: list[int]) -> str:
    sentences = [stock[i].format(agency=agency, **values) for i in order]
    return " ".join(sentence[0].upper() + sentence[1:] for sentence in sentences)


@CASES
@given(st.sampled_from(sorted(KINDS)), st.randoms(use_true_random=False))
def test_stock_sentences_of_two_events_of_one_kind_do_not_link(kind: str, rng: random.Random) -> None:
    agency, stock = KINDS[kind]
    first = event(rng, set())
    second = event(rng, set(first.values()))
    order_a, order_b = list(range(len(stock))), list(range(len(stock)))
    rng.shuffle(order_b)
    comparison = compare.compare(report(stock, agency, first, order_a), report(stock, agency, second, order_b))
    assert not comparison.links, [
        (comparison.sentences_a[link.a].text, comparison.sentences_b[link.b].text) for link in comparison.links
    ]


# The same event told by a second outlet: each stock sentence in other words, the slots the same.
RETOLD: dict[str, tuple[tuple[str, str], ...]] = {
    "earthquake": (
        (
            "A magnitude {x}.{y} earthquake struck near {place} on Tuesday.",
            "An earthquake of magnitude {x}.{y} hit near {place} on Tuesday.",
        ),
        (
            "Residents of {place} said the shaking lasted about {x}{y} seconds.",
            "The shaking in {place} lasted about {x}{y} seconds, residents said.",
        ),
    ),
    "derailment": (
        (
            "A passenger train derailed near {place} on Sunday, killing {x} people.",
            "{x} people were killed when a passenger train derailed near {place} on Sunday.",
        ),
        (
            "A team of {y}{x} investigators arrived in {place} on Monday.",
            "{y}{x} investigators reached {place} on Monday.",
        ),
    ),
    "hurricane": (
        (
            "{storm} made landfall near {place} on Saturday as a category {x} hurricane.",
            "{storm} came ashore near {place} on Saturday as a category {x} hurricane.",
        ),
    ),
    "arrest": (
        (
            "{person}, {x}{y}, was arrested in {place} on Friday and charged with murder.",
            "Police in {place} arrested {person}, {x}{y}, on Friday and charged him with murder.",
        ),
    ),
    "wildfire": (
        (
            "A wildfire near {place} forced the evacuation of {x}{y}0 homes on Sunday.",
            "{x}{y}0 homes near {place} were evacuated on Sunday because of a wildfire.",
        ),
    ),
}


@CASES
@given(st.sampled_from(sorted(RETOLD)), st.randoms(use_true_random=False))
def test_one_event_told_by_two_outlets_links_sentence_to_sentence(kind: str, rng: random.Random) -> None:
    values = event(rng, set())
    pairs = RETOLD[kind]
    a = " ".join(first.format(**values) for first, _ in pairs)
    b = " ".join(second.format(**values) for _, second in reversed(pairs))
    comparison = compare.compare(a, b)
    last = len(pairs) - 1
    assert sorted((link.a, link.b) for link in comparison.links) == [(i, last - i) for i in range(len(pairs))]


@CASES
@given(st.sampled_from(sorted(RETOLD)), st.randoms(use_true_random=False))
def test_one_event_with_a_figure_told_otherwise_links_with_a_conflict(kind: str, rng: random.Random) -> None:
    values = event(rng, set())
    first, second = RETOLD[kind][0]
    other = dict(values, x=str(int(values["x"]) % 9 + 1))
    comparison = compare.compare(first.format(**values), second.format(**other))
    assert [(link.a, link.b) for link in comparison.links] == [(0, 0)]
    assert any(conflict.kind == "number" for conflict in comparison.links[0].conflicts)


@CASES
@given(st.sampled_from(sorted(KINDS)), st.randoms(use_true_random=False))
def test_one_stock_sentence_alone_links_with_a_conflict(kind: str, rng: random.Random) -> None:
    """Without the rest of the reports a place and a figure told otherwise are one claim told otherwise."""
    agency, stock = KINDS[kind]
    first = event(rng, set())
    second = event(rng, set(first.values()))
    comparison = compare.compare(report(stock, agency, first, [0]), report(stock, agency, second, [0]))
    assert [(link.a, link.b) for link in comparison.links] == [(0, 0)]
    assert comparison.links[0].is_conflicting


# Two events of one kind that cite the kind's source: every event of the kind is reported "according to" the same
# agency ("the National Weather Service said"), in the kind's words, with the event's own places and people. What
# the sentences share is the source and the kind's words, never a fact of the event. Each stock sentence names the
# agency in an attribution only (X said, said X, according to X, a person with X), or names the event's own place
# or person, and carries no figure.
SOURCED: dict[str, tuple[str, tuple[str, ...]]] = {
    "flood": (
        "the National Weather Service",
        (
            "Heavy rain caused flooding in {place} on Saturday and forced residents to leave their homes.",
            "More rain is expected over the weekend, {agency} said.",
            "Rescue teams in boats searched the flooded streets of {place}, {person} said.",
            "According to {agency}, rivers near {place} could rise further.",
        ),
    ),
    "tornado": (
        "the Storm Prediction Center",
        (
            "A tornado touched down in {place} on Sunday evening, damaging homes and uprooting trees.",
            "The storm produced a weak tornado, according to {agency}.",
            "{person} said the roof of her house in {place} was torn off.",
            "Survey teams will assess the damage on Monday, said a forecaster with {agency}.",
        ),
    ),
    "bank failure": (
        "the Federal Deposit Insurance Corporation",
        (
            "Regulators closed a community bank in {place} on Friday.",
            "Customers can reach their money over the weekend with checks and debit cards, {agency} said.",
            "{person}, who kept her savings at the bank in {place}, said she was not worried.",
            "Deposits remain insured, according to {agency}.",
        ),
    ),
    "product recall": (
        "the Consumer Product Safety Commission",
        (
            "A maker of space heaters in {place} recalled its heaters on Tuesday because they can overheat.",
            "Consumers should stop using the heaters at once, {agency} said.",
            "{person} said her heater in {place} had melted.",
            "Owners can return the heaters for a full refund, according to {agency}.",
        ),
    ),
}


def sourced_report(kind: str, values: dict[str, str], order: list[int]) -> str:
    agency, stock = SOURCED[kind]
    return report(stock, agency, values, order)


@CASES
@given(st.sampled_from(sorted(SOURCED)), st.randoms(use_true_random=False))
def test_two_events_that_share_only_their_source_do_not_link(kind: str, rng: random.Random) -> None:
    first = event(rng, set())
    second = event(rng, set(first.values()))
    order_b = list(range(len(SOURCED[kind][1])))
    rng.shuffle(order_b)
    comparison = compare.compare(sourced_report(kind, first, [0, 1, 2, 3]), sourced_report(kind, second, order_b))
    assert not comparison.links, [
        (comparison.sentences_a[link.a].text, comparison.sentences_b[link.b].text) for link in comparison.links
    ]


@CASES
@given(st.sampled_from(sorted(SOURCED)), st.randoms(use_true_random=False))
def test_one_event_citing_one_source_links_sentence_to_sentence(kind: str, rng: random.Random) -> None:
    """The same event told twice, the source cited the same: the place and the person are shared, so the links stay."""
    values = event(rng, set())
    order_b = list(range(len(SOURCED[kind][1])))
    rng.shuffle(order_b)
    comparison = compare.compare(sourced_report(kind, values, [0, 1, 2, 3]), sourced_report(kind, values, order_b))
    expected = [(i, order_b.index(i)) for i in range(len(order_b))]
    assert sorted((link.a, link.b) for link in comparison.links) == expected


@CASES
@given(st.sampled_from(sorted(SOURCED)), st.randoms(use_true_random=False))
def test_one_sourced_sentence_alone_still_links(kind: str, rng: random.Random) -> None:
    """One sentence each has no context: "more rain is expected, the weather service said" in both is one claim."""
    first = event(rng, set())
    second = event(rng, set(first.values()))
    comparison = compare.compare(sourced_report(kind, first, [1]), sourced_report(kind, second, [1]))
    assert [(link.a, link.b) for link in comparison.links] == [(0, 0)]


# One event told by two outlets that quote one spokesman: the sentences they share name only the spokesman, a
# source, but both reports name the event's protagonist, so they report one event and the links stay.
SPOKESMAN_A = (
    "{person} has checked into a treatment center near {place}.",
    "The family asked the press to respect their privacy, {rep} said.",
    "{person} had been seen at parties in {place} for months.",
    "She decided to get help on her own, according to {rep}.",
)
SPOKESMAN_B = (
    "{person} entered a clinic this week.",
    "{rep} said the family asked the press to respect their privacy.",
    "Friends of {person} told the Morning Ledger she had been drinking heavily.",
    "According to {rep}, she decided to get help on her own.",
)


@CASES
@given(st.randoms(use_true_random=False))
def test_one_event_whose_links_share_only_a_spokesman_keeps_them(rng: random.Random) -> None:
    values = event(rng, set())
    values["rep"] = rng.choice([p for p in PEOPLE if p != values["person"]])
    a = " ".join(s.format(**values) for s in SPOKESMAN_A)
    b = " ".join(s.format(**values) for s in SPOKESMAN_B)
    links = {(link.a, link.b) for link in compare.compare(a, b).links}
    assert {(1, 1), (3, 3)} <= links, links


# Two events of one kind, each report naming its own protagonists (a bank, a storm, a product, a place) in two
# sentences or more, and sharing the kind's general statements ("loan customers should continue to make their
# payments as usual"): the same sentence in every report of the kind, which says nothing of which event it is.
GENERAL: dict[str, tuple[str, ...]] = {
    "bank failure": (
        "Regulators closed {place} Community Bank on Friday.",
        "Loan customers should continue to make their payments as usual.",
        "Checks drawn on the bank will continue to be processed.",
        "Depositors of {place} Community Bank can reach their money over the weekend.",
    ),
    "tornado": (
        "A tornado touched down near {place} on Sunday evening.",
        "Survey teams confirmed that the damage was caused by a weak tornado.",
        "{person} said the storm tore the roof off her barn.",
        "{person} said she heard a loud roar before the power went out in {place}.",
    ),
    "hurricane": (
        "{storm} made landfall on Saturday.",
        "Forecasters warned of a dangerous storm surge along the coast.",
        "{storm} weakened as it moved inland.",
        "Residents were urged to stay indoors until the winds eased.",
    ),
    "phone launch": (
        "The company unveiled the {product} on Wednesday.",
        "The new phone has a larger screen and a faster processor.",
        "The {product} will go on sale next month.",
        "Analysts said the phone could help the company win back market share.",
    ),
}


def general_report(kind: str, values: dict[str, str], order: list[int]) -> str:
    return report(GENERAL[kind], "", values, order)


@CASES
@given(st.sampled_from(sorted(GENERAL)), st.randoms(use_true_random=False))
def test_two_events_with_protagonists_of_their_own_do_not_link(kind: str, rng: random.Random) -> None:
    first = event(rng, set())
    second = event(rng, set(first.values()))
    order_b = list(range(len(GENERAL[kind])))
    rng.shuffle(order_b)
    comparison = compare.compare(general_report(kind, first, [0, 1, 2, 3]), general_report(kind, second, order_b))
    assert not comparison.links, [
        (comparison.sentences_a[link.a].text, comparison.sentences_b[link.b].text) for link in comparison.links
    ]


@CASES
@given(st.sampled_from(sorted(GENERAL)), st.randoms(use_true_random=False))
def test_one_event_told_in_the_kinds_general_statements_links(kind: str, rng: random.Random) -> None:
    """The same protagonists in both: one event, whose general statements are shared claims."""
    values = event(rng, set())
    order_b = list(range(len(GENERAL[kind])))
    rng.shuffle(order_b)
    comparison = compare.compare(general_report(kind, values, [0, 1, 2, 3]), general_report(kind, values, order_b))
    links = {(link.a, link.b) for link in comparison.links}
    assert {(i, order_b.index(i)) for i in range(len(order_b))} <= links, links


@CASES
@given(st.sampled_from(sorted(GENERAL)), st.randoms(use_true_random=False))
def test_one_event_where_one_outlet_quotes_someone_else_links(kind: str, rng: random.Random) -> None:
    """B names a witness of its own twice, whom A never names; A's protagonists are B's too: one event."""
    values = event(rng, set())
    witness = rng.choice([p for p in PEOPLE if p != values["person"]])
    b = general_report(kind, values, [0, 1, 2, 3]) + (
        f" {witness} said the news came as a surprise. {witness} has lived in the area for years."
    )
    comparison = compare.compare(general_report(kind, values, [0, 1, 2, 3]), b)
    assert {(i, i) for i in range(4)} <= {(link.a, link.b) for link in comparison.links}


# Reports linked once, on one of the kind's general statements, each naming its own protagonist in two sentences:
# the reports as wholes say which event each tells, however few their links.
PROTAGONIST = {"bank failure": "{place} Community Bank", "tornado": "{person}", "hurricane": "{storm}"}
PROTAGONIST["phone launch"] = "the {product}"
OWN_SENTENCES = ("{who} was in the news again on Thursday.", "Little else is known about {who} so far.")


@CASES
@given(st.sampled_from(sorted(GENERAL)), st.randoms(use_true_random=False))
def test_two_events_linked_once_with_protagonists_of_their_own_do_not_link(kind: str, rng: random.Random) -> None:
    first = event(rng, set())
    second = event(rng, set(first.values()))
    general = rng.choice([sentence for sentence in GENERAL[kind] if "{" not in sentence])
    who = PROTAGONIST[kind].format(**second)
    b = " ".join([general] + [sentence.format(who=who) for sentence in OWN_SENTENCES])
    comparison = compare.compare(general_report(kind, first, [0, 1, 2, 3]), b[0].upper() + b[1:])
    assert not comparison.links, [
        (comparison.sentences_a[link.a].text, comparison.sentences_b[link.b].text) for link in comparison.links
    ]
