"""One counted fact told in two sentences that otherwise differ: a tally of the people an event harmed or spared.

Class: two reports of one disaster count the people of one outcome (rescued, killed, injured, missing, evacuated)
in sentences that share little else: "Rescuers pulled 127 people from the water" / "118 passengers were rescued,
the coast guard said", "Five people may be still missing" / "Four remain unaccounted for", "The quake killed 70
people" / "Local agencies reported at least 85 deaths". The outcome is read by structure: from what the figure counts
("127 people rescued", "85 deaths", "118 survivors"), from the verb whose object it is ("killed 70 people"), or from
the predicate of which it is the subject ("Seventeen people, some of them children, were killed"); what it counts is
people, told by a general noun ("people", "passengers", "survivors") or left unsaid ("118 were plucked from the
sea"). Two tallies of one outcome are one claim, and their figures, where they cannot both be true, a number
conflict.

Guards (no link): two outcomes ("rescued" / "killed", "injured" / "killed", "missing" / "dead"), people against
other things ("people" / "homes", "bodies"), figures an order apart, and one outcome counted in two places that
each report alone names (two events). A bound and a figure it allows ("at least 12" / "14") is never a conflict.

The reports are made by code: short reports of one invented flood, landslide, ferry sinking or blast, crossing
outcomes, their kindred verbs, sentence frames, counted nouns and figures.
"""

from __future__ import annotations

import random

import compare
from class_cases import generated

_CASES = 60
Case = tuple[str, str]

# Per outcome: frames with {n} the figure and {noun} what it counts, each frame telling the outcome its own way:
# through the verb whose object the figure is, the predicate of which it is the subject, or the counted noun.
_FRAMES: dict[str, tuple[str, ...]] = {
    "rescued": (
        "Rescuers pulled {n} {noun} from the water.",
        "{N} {noun} were rescued, the coast guard said.",
        "Fishermen rescued {n} {noun} overnight.",
        "Officials said {n} {noun} had been saved.",
        "A spokesman said {n} {noun} survived.",
        "{N} {noun} were plucked from the sea by fishing boats.",
        "Boats picked up {n} survivors before dawn.",
    ),
    "killed": (
        "The disaster killed {n} {noun}, officials said.",
        "{N} {noun} were killed, police said.",
        "{N} {noun} died, according to the authorities.",
        "Officials say {n} {noun} are confirmed dead.",
        "Local agencies reported {n} deaths by the evening.",
        "{N} {noun}, some of them children, were killed.",
    ),
    "injured": (
        "{N} {noun} were injured, police said.",
        "The collapse injured {n} {noun}, the fire service said.",
        "Officials said {n} {noun} had been hurt.",
        "{N} {noun} were wounded, a hospital official said.",
    ),
    "missing": (
        "{N} {noun} are still missing, the mayor said.",
        "{N} {noun} remain unaccounted for.",
        "Officials said {n} {noun} may be still missing.",
    ),
    "evacuated": (
        "Authorities evacuated {n} {noun} from the area.",
        "{N} {noun} were evacuated overnight, officials said.",
    ),
}
# General nouns of people: any may count the people of one outcome. "" leaves it unsaid ("118 were rescued").
_NOUNS = ("people", "passengers", "persons", "")
# The guards count with the commonest noun or none: a rarer one ("passengers") shared by two sentences is an anchor
# that links them on its own (compare._align._score), whatever this class reads.
_COMMON_NOUNS = ("people", "")
# (how the report opens, what it tells beside the count): each report's other sentences share nothing.
_EVENTS = (
    ("A ferry capsized off {place} on {day}.", "Its owner has not commented."),
    ("Floods swept through {place} on {day}.", "Schools will stay closed this week."),
    ("A landslide buried part of {place} on {day}.", "Heavy rain had fallen for days."),
    ("A gas blast tore through a market in {place} on {day}.", "The cause is under investigation."),
)
_OTHER = ("Television pictures showed the scale of the damage.", "A relief fund has been opened by the council.")
_PLACES = ("Brenford", "Kelham", "Ashby", "Corlake", "Dunmere", "Eastwick", "Granby", "Holt")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_WORDS = {4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 11: "eleven", 12: "twelve"}


def _written(figure: int) -> str:
    return _WORDS[figure] if figure in _WORDS and figure % 2 else f"{figure:,}"


def _sentence(frame: str, figure: int, noun: str, hedge: str = "") -> str:
    if not noun and not frame.startswith("{N} {noun}"):
        # A figure left unsaid stands only where it is a subject ("118 were rescued"), never an object.
        noun = "people"
    written = f"{hedge} {_written(figure)}" if hedge else _written(figure)
    text = frame.format(n=written, N=written[:1].upper() + written[1:], noun=noun)
    return " ".join(text.split())


def _reports(tally_a: str, tally_b: str, rng: random.Random, places: tuple[str, str] | None = None) -> Case:
    """Two short reports of one event, the tally the second sentence of each; of two events when `places` names
    where each tally was counted."""
    opening, own = rng.choice(_EVENTS)
    place, day = rng.choice(_PLACES), rng.choice(_DAYS)
    if places is not None:
        place = places[0]
        tally_a = f"In {places[0]}, {tally_a[:1].lower()}{tally_a[1:]}"
        tally_b = f"In {places[1]}, {tally_b[:1].lower()}{tally_b[1:]}"
    return f"{opening.format(place=place, day=day)} {tally_a} {own}", f"{_OTHER[0]} {tally_b} {_OTHER[1]}"


def _two_frames(rng: random.Random, outcome: str) -> tuple[str, str]:
    one, other = rng.sample(_FRAMES[outcome], 2)
    return one, other


def _figures(rng: random.Random) -> tuple[int, int]:
    """Two figures of one count told two ways: different, within a factor of 1.5."""
    low = rng.randint(4, 120)
    return low, low + rng.randint(1, max(1, low // 2))


def _one_tally(rng: random.Random) -> Case:
    outcome = rng.choice(sorted(_FRAMES))
    frame_a, frame_b = _two_frames(rng, outcome)
    low, high = _figures(rng)
    if rng.random() < 0.5:
        low, high = high, low
    return _reports(_sentence(frame_a, low, rng.choice(_NOUNS)), _sentence(frame_b, high, rng.choice(_NOUNS)), rng)


def _two_outcomes(rng: random.Random) -> Case:
    one, other = rng.sample(sorted(_FRAMES), 2)
    low, high = _figures(rng)
    return _reports(
        _sentence(rng.choice(_FRAMES[one]), low, rng.choice(_COMMON_NOUNS)),
        _sentence(rng.choice(_FRAMES[other]), high, rng.choice(_COMMON_NOUNS)),
        rng,
    )


# People against other things one verb may count: "evacuated 40 people" / "evacuated 60 homes".
_THINGS = ("homes", "buildings", "bodies", "vehicles", "schools")


def _people_and_things(rng: random.Random) -> Case:
    outcome = rng.choice(("rescued", "evacuated", "missing"))
    frame_a, frame_b = _two_frames(rng, outcome)
    frame_a, frame_b = (frame_a, frame_b) if "{noun}" in frame_b else (frame_b, frame_a)
    low, high = _figures(rng)
    return _reports(_sentence(frame_a, low, "people"), _sentence(frame_b, high, rng.choice(_THINGS)), rng)


def _far_apart(rng: random.Random) -> Case:
    outcome = rng.choice(sorted(_FRAMES))
    frame_a, frame_b = _two_frames(rng, outcome)
    low = rng.randint(4, 30)
    return _reports(
        _sentence(frame_a, low, rng.choice(_NOUNS)), _sentence(frame_b, low * rng.randint(5, 40), "people"), rng
    )


def _two_events(rng: random.Random) -> Case:
    outcome = rng.choice(sorted(_FRAMES))
    frame_a, frame_b = _two_frames(rng, outcome)
    low, high = _figures(rng)
    place_a, place_b = rng.sample(_PLACES, 2)
    tally_a, tally_b = (
        _sentence(frame_a, low, rng.choice(_COMMON_NOUNS)),
        _sentence(frame_b, high, rng.choice(_COMMON_NOUNS)),
    )
    return _reports(tally_a, tally_b, rng, (place_a, place_b))


def _a_bound_and_a_figure(rng: random.Random) -> Case:
    """ "At least 12 people were rescued" / "14 passengers were rescued": the bound allows the figure."""
    outcome = rng.choice(sorted(_FRAMES))
    frame_a, frame_b = _two_frames(rng, outcome)
    low, high = _figures(rng)
    hedge = rng.choice(("at least", "more than")) if high > low + 1 else "at least"
    return _reports(
        _sentence(frame_a, low, rng.choice(_NOUNS), hedge), _sentence(frame_b, high, rng.choice(_NOUNS)), rng
    )


def _tally_link(a: str, b: str) -> compare.Link | None:
    """The link between the two reports' tallies (each report's second sentence), if any."""
    comparison = compare.compare(a, b)
    return next((link for link in comparison.links if (link.a, link.b) == (1, 1)), None)


def _wrong_links(cases: list[Case]) -> list[Case]:
    return [case for case in cases if _tally_link(*case) is not None]


def test_one_tally_in_two_sentences_is_a_linked_number_conflict() -> None:
    wrong = []
    for a, b in generated(_one_tally, 18, _CASES):
        link = _tally_link(a, b)
        kinds = [c.kind for c in link.conflicts if c.is_conflict] if link is not None else None
        if kinds != ["number"]:
            wrong.append((a, b, kinds))
    assert not wrong, wrong


def test_two_outcomes_are_two_claims() -> None:
    assert not _wrong_links(generated(_two_outcomes, 19, _CASES))


def test_people_and_other_things_are_two_claims() -> None:
    assert not _wrong_links(generated(_people_and_things, 20, _CASES // 2))


def test_one_outcome_with_figures_far_apart_is_two_claims() -> None:
    assert not _wrong_links(generated(_far_apart, 21, _CASES // 2))


def test_one_outcome_counted_in_two_places_is_two_claims() -> None:
    assert not _wrong_links(generated(_two_events, 22, _CASES // 2))


def test_a_bound_and_a_figure_it_allows_are_no_conflict() -> None:
    wrong = []
    for a, b in generated(_a_bound_and_a_figure, 23, _CASES // 2):
        link = _tally_link(a, b)
        if link is not None and any(c.is_conflict for c in link.conflicts):
            wrong.append((a, b))
    assert not wrong, wrong


def test_a_bound_and_a_figure_it_allows_are_a_linked_difference() -> None:
    wrong = []
    for a, b in generated(_a_bound_and_a_figure, 23, _CASES // 2):
        link = _tally_link(a, b)
        severities = [(c.kind, c.severity) for c in link.conflicts] if link is not None else None
        if severities != [("number", "differs")]:
            wrong.append((a, b, severities))
    assert not wrong, wrong
