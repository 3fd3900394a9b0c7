"""A toll told in other words: one count of the people of one outcome, each report giving it in another form.

Class: two reports of one disaster count the people of one outcome (dead, injured, missing, rescued, evacuated,
arrested, made homeless) in sentences that share little else (one adds where, the other when or who said it), each
in another of these forms:

- a verb with the count as its object: "killing at least 100 people", "The quake injured 40 people";
- a resultative: "leaving 73 people dead", "left 40 injured", "leaving 300 homeless";
- a toll noun: "The death toll has risen to 278", "The toll stands at 40", "The number of dead increased to 268",
  "The number of injured climbed to 300", "The death toll from the quake reached 247";
- a predicate: "100 people died", "40 were confirmed dead", "The dead numbered 200";
- a counted noun: "278 deaths", "40 fatalities", "more than 200 injuries".

The two are one claim (linked), and their figures, where they cannot both be true, a number conflict; a bound and a
figure it allows ("more than 100" / "117") a compatible difference, and so are two lower bounds ("at least 100" /
"at least 73": a toll rises as it is told); equal figures nothing.

Guards: counts of two outcomes (dead / injured; casualties, which are the dead and the injured together, / dead) in
such forms neither link on the count alone nor conflict; the toll of another event (a year or another quake named:
"The 2009 quake killed 300 people" / "This quake killed 40") never conflicts with this one's.

The reports are made by code: short reports of one invented earthquake, flood, blast or storm.
"""

from __future__ import annotations

import random

import compare
from class_cases import generated

Case = tuple[str, str]
_CASES = 60

# Per outcome and form: frames with {n} the figure (with its hedge, if any). Each frame tells the outcome its own way.
_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "dead": {
        "verb": (
            "The {event} struck {place} on {day}, killing {n} people.",
            "The {event} killed {n} people in {place}, officials said.",
        ),
        "resultative": (
            "The {event} hit {place} on {day}, leaving {n} people dead.",
            "It left {n} dead across {place}, the Red Cross said.",
        ),
        "toll": (
            "The death toll has risen to {n}, the interior minister said.",
            "The number of dead increased to {n} by {day} night.",
            "The death toll from the {event} reached {n} on {day}.",
            "The toll stands at {n}, according to state media.",
        ),
        "predicate": (
            "{N} people died in {place}, the civil protection agency said.",
            "Officials said {n} were confirmed dead by {day} night.",
            "The dead numbered {n}, state television reported.",
        ),
        "noun": (
            "Hospitals in {place} reported {n} deaths by {day}.",
            "Officials have recorded {n} fatalities so far.",
        ),
    },
    "injured": {
        "verb": ("The {event} struck {place} on {day}, injuring {n} people.",),
        "resultative": ("The {event} hit {place} on {day}, leaving {n} people injured.",),
        "toll": (
            "The number of injured climbed to {n}, the health ministry said.",
            "The number of injured rose to {n} by {day} night.",
        ),
        "predicate": ("{N} people were hurt in {place}, the civil protection agency said.",),
        "noun": ("Hospitals in {place} treated {n} injuries by {day}.",),
    },
    "missing": {
        "toll": ("The number of missing stands at {n}, the mayor said.",),
        "predicate": ("{N} people remain missing in {place}, officials said.",),
        "resultative": ("The {event} hit {place} on {day}, leaving {n} people missing.",),
    },
    "homeless": {
        "resultative": ("The {event} hit {place} on {day}, leaving {n} people homeless.",),
        "predicate": ("{N} people were made homeless in {place}, the Red Cross said.",),
        "toll": ("The number of homeless rose to {n} by {day} night.",),
    },
    "arrested": {
        "verb": ("Police in {place} arrested {n} people on {day}.",),
        "toll": ("The number of people arrested rose to {n}, a police spokesman said.",),
        "predicate": ("{N} people were detained by {day} night, officials said.",),
    },
    "rescued": {
        "verb": ("Rescuers in {place} pulled {n} people from the rubble on {day}.",),
        "toll": ("The number of people rescued rose to {n}, the fire service said.",),
        "predicate": ("{N} people were rescued by {day} night, officials said.",),
    },
}
_CASUALTIES = (
    "The {event} hit {place} on {day}, causing {n} casualties.",
    "Officials put the number of casualties at {n}.",
)
_EVENTS = ("earthquake", "flood", "blast", "storm")
_PLACES = ("Brenford", "Kelham", "Ashby", "Corlake", "Dunmere", "Eastwick")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
# Each report's other sentences: they share the story's place, and nothing of the count.
_OPENINGS = (
    "Rescue teams worked through the night in {place}.",
    "Residents of {place} slept outdoors for fear of aftershocks.",
)
_CLOSINGS = ("Schools will stay closed this week.", "A relief fund has been opened by the council.")


def _sentence(frame: str, figure: str, event: str, place: str, day: str) -> str:
    text = frame.format(n=figure, N=figure[:1].upper() + figure[1:], event=event, place=place, day=day)
    return " ".join(text.split())


def _reports(tally_a: str, tally_b: str, place: str, b_names_it: bool = True) -> Case:
    """Two short reports of one event, the tally the second sentence of each; the second report never names the
    place unless `b_names_it`."""
    opening_b = _OPENINGS[1].format(place=place) if b_names_it else "Residents slept outdoors for fear of aftershocks."
    return (
        f"{_OPENINGS[0].format(place=place)} {tally_a} {_CLOSINGS[0]}",
        f"{opening_b} {tally_b} {_CLOSINGS[1]}",
    )


def _two_forms(rng: random.Random, outcome: str) -> tuple[str, str]:
    """Two frames of one outcome, of two different forms."""
    form_a, form_b = rng.sample(sorted(_FORMS[outcome]), 2)
    return rng.choice(_FORMS[outcome][form_a]), rng.choice(_FORMS[outcome][form_b])


def _setting(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(_EVENTS), rng.choice(_PLACES), rng.choice(_DAYS)


def _figures(rng: random.Random) -> tuple[int, int]:
    """Two figures of one count told two ways: different, within a factor of 1.5."""
    low = rng.randint(12, 400)
    return low, low + rng.randint(1, max(1, low // 2))


def _case(rng: random.Random, figure_a: str, figure_b: str) -> Case:
    outcome = rng.choice(sorted(_FORMS))
    frame_a, frame_b = _two_forms(rng, outcome)
    event, place, day = _setting(rng)
    return _reports(
        _sentence(frame_a, figure_a, event, place, day), _sentence(frame_b, figure_b, event, place, day), place
    )


def _different(rng: random.Random) -> Case:
    low, high = _figures(rng)
    if rng.random() < 0.5:
        low, high = high, low
    return _case(rng, f"{low:,}", f"{high:,}")


def _equal(rng: random.Random) -> Case:
    figure = f"{rng.randint(12, 400):,}"
    return _case(rng, figure, figure)


def _a_bound_and_a_figure(rng: random.Random) -> Case:
    """ "more than 100" / "117": the bound allows the figure."""
    low, high = _figures(rng)
    return _case(rng, f"more than {low:,}", f"{high:,}")


def _frames(outcome: str, form: str, alone: bool) -> tuple[str, ...]:
    """The frames of one outcome and form; `alone`: only those that share nothing with another report's but the
    count, not the story's own clause ("The storm hit Kelham on Monday, ...")."""
    return tuple(f for f in _FORMS[outcome][form] if not (alone and "{event} " in f))


def _a_place_one_report_names(rng: random.Random) -> Case:
    """The first report's tally names the place, which the second report never names ("killing 70 people in the
    town of Kelham" / "reporting 85 deaths")."""
    outcome = rng.choice(sorted(_FORMS))
    frames = [f for form in _FORMS[outcome].values() for f in form]
    frame_a = rng.choice([f for f in frames if "{place}" in f])
    frame_b = rng.choice([f for f in frames if "{place}" not in f and "{event} " not in f and f != frame_a])
    event, place, day = _setting(rng)
    low, high = _figures(rng)
    return _reports(
        _sentence(frame_a, f"{low:,}", event, place, day),
        _sentence(frame_b, f"{high:,}", event, place, day),
        place,
        b_names_it=False,
    )


def _two_lower_bounds(rng: random.Random) -> Case:
    """ "killing at least 100 people" / "leaving at least 73 people dead": each report's least figure holds."""
    low, high = _figures(rng)
    return _case(rng, f"at least {high:,}", f"at least {low:,}")


def _two_outcomes(rng: random.Random, alone: bool = False) -> Case:
    """The dead in one form, the injured in another."""
    event, place, day = _setting(rng)
    forms = [(a, b) for a in _FORMS["dead"] for b in _FORMS["injured"] if a != b]
    forms = [(a, b) for a, b in forms if _frames("dead", a, alone) and _frames("injured", b, alone)]
    form_a, form_b = rng.choice(sorted(forms))
    low, high = _figures(rng)
    return _reports(
        _sentence(rng.choice(_frames("dead", form_a, alone)), f"{low:,}", event, place, day),
        _sentence(rng.choice(_frames("injured", form_b, alone)), f"{high:,}", event, place, day),
        place,
    )


def _casualties_and_dead(rng: random.Random, alone: bool = False) -> Case:
    """Casualties (the dead and the injured) against the dead."""
    event, place, day = _setting(rng)
    form = rng.choice(sorted(f for f in _FORMS["dead"] if _frames("dead", f, alone)))
    low, high = _figures(rng)
    casualties = [f for f in _CASUALTIES if not (alone and "{event} " in f)]
    return _reports(
        _sentence(rng.choice(casualties), f"{high:,}", event, place, day),
        _sentence(rng.choice(_frames("dead", form, alone)), f"{low:,}", event, place, day),
        place,
    )


# The toll of another event, named by its year or its place, beside this event's.
_PAST_TOLLS = (
    "The {year} {event} in {other} killed {n} people.",
    "In {year}, the {event} in {other} left {n} people dead.",
    "The death toll from the {year} {event} in {other} reached {n}.",
)


def _another_event(rng: random.Random) -> Case:
    event, place, day = _setting(rng)
    other = rng.choice([p for p in _PLACES if p != place])
    form = rng.choice(sorted(_FORMS["dead"]))
    low, high = _figures(rng)
    past = rng.choice(_PAST_TOLLS).format(year=rng.randint(1990, 2015), event=event, other=other, n=f"{high:,}")
    return _reports(past, _sentence(rng.choice(_FORMS["dead"][form]), f"{low:,}", event, place, day), place)


def _tally_link(a: str, b: str) -> compare.Link | None:
    """The link between the two reports' tallies (each report's second sentence), if any."""
    comparison = compare.compare(a, b)
    return next((link for link in comparison.links if (link.a, link.b) == (1, 1)), None)


def _findings(link: compare.Link | None) -> list[tuple[str, str]] | None:
    return [(c.kind, c.severity) for c in link.conflicts] if link is not None else None


def _conflicts(a: str, b: str) -> list[tuple[str, str, str]]:
    """Every conflict (not a compatible difference) between the two reports."""
    comparison = compare.compare(a, b)
    return [(c.kind, c.a_value, c.b_value) for link in comparison.links for c in link.conflicts if c.is_conflict]


def test_one_toll_in_two_forms_is_a_linked_number_conflict() -> None:
    wrong = []
    for a, b in generated(_different, 31, _CASES):
        link = _tally_link(a, b)
        kinds = [c.kind for c in link.conflicts if c.is_conflict] if link is not None else None
        if kinds != ["number"]:
            wrong.append((a, b, kinds))
    assert not wrong, wrong


def test_one_toll_in_two_forms_of_equal_figures_is_linked_without_findings() -> None:
    wrong = [(a, b, found) for a, b in generated(_equal, 32, _CASES) if (found := _findings(_tally_link(a, b))) != []]
    assert not wrong, wrong


def test_a_bound_and_a_figure_it_allows_in_two_forms_are_a_linked_difference() -> None:
    wrong = []
    for a, b in generated(_a_bound_and_a_figure, 33, _CASES):
        found = _findings(_tally_link(a, b))
        if found != [("number", "differs")]:
            wrong.append((a, b, found))
    assert not wrong, wrong


def test_one_toll_where_one_report_names_the_place_is_a_linked_number_conflict() -> None:
    wrong = []
    for a, b in generated(_a_place_one_report_names, 40, _CASES // 2):
        link = _tally_link(a, b)
        kinds = [c.kind for c in link.conflicts if c.is_conflict] if link is not None else None
        if kinds != ["number"]:
            wrong.append((a, b, kinds))
    assert not wrong, wrong


def test_two_lower_bounds_of_one_toll_in_two_forms_are_a_linked_difference() -> None:
    wrong = []
    for a, b in generated(_two_lower_bounds, 39, _CASES // 2):
        found = _findings(_tally_link(a, b))
        if found != [("number", "differs")]:
            wrong.append((a, b, found))
    assert not wrong, wrong


def test_two_outcomes_in_two_forms_never_conflict() -> None:
    wrong = [(a, b, found) for a, b in generated(_two_outcomes, 34, _CASES) if (found := _conflicts(a, b))]
    assert not wrong, wrong


def test_two_outcomes_in_two_forms_do_not_link_on_the_count_alone() -> None:
    cases = generated(lambda rng: _two_outcomes(rng, alone=True), 37, _CASES // 2)
    assert not [(a, b) for a, b in cases if _tally_link(a, b) is not None]


def test_casualties_and_the_dead_never_conflict() -> None:
    wrong = [(a, b, found) for a, b in generated(_casualties_and_dead, 35, _CASES // 2) if (found := _conflicts(a, b))]
    assert not wrong, wrong


def test_casualties_and_the_dead_do_not_link_on_the_count_alone() -> None:
    cases = generated(lambda rng: _casualties_and_dead(rng, alone=True), 38, _CASES // 2)
    assert not [(a, b) for a, b in cases if _tally_link(a, b) is not None]


def test_the_toll_of_another_event_never_conflicts() -> None:
    wrong = [(a, b, found) for a, b in generated(_another_event, 36, _CASES // 2) if (found := _conflicts(a, b))]
    assert not wrong, wrong
