"""Counted facts by class: two reports that count the same specific thing ("About 60 firefighters were sent to the
scene" / "Around 80 firefighters tackled the flames") state one claim, whatever verb each uses, and where their
figures differ (within a factor of two: one count told two ways) that is a linked number conflict. Guards: two
counts of one story of different things, the same thing counted for acts known to differ (killed / injured,
deployed / injured), the same noun counted by two different subjects, the same noun with figures far apart
("about 300,000 patients a year" / "12 patients were moved"), and a generic noun ("members", "times") counted for
two unknown acts, are no link.

Cases are generated: short reports of one invented event (a place, a day, a few claims of their own), each holding
one count, over many counted nouns, verbs, hedges and figures.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compare

CASES = settings(
    max_examples=60, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

# A specific counted noun and several ways of telling what the counted things did, none of them a harm (killing,
# injury, arrest, evacuation) and none of them sharing a content word with another.
COUNTS = (
    ("firefighters", ("were sent to the scene", "tackled the flames", "battled the blaze overnight", "were deployed")),
    ("fire engines", ("were sent to the scene", "attended the blaze", "were deployed overnight", "raced there")),
    ("passengers", ("were on board the ferry", "crossed on the vessel", "travelled with the operator")),
    ("homes", ("were without power", "had no electricity", "remained dark overnight")),
    ("flights", ("were cancelled", "were grounded at the airport", "did not take off")),
    ("acres", ("have burned", "were scorched", "went up in smoke")),
    ("troops", ("were stationed near the border", "took part in the exercise", "joined the drills")),
    ("volunteers", ("searched the hillside", "joined the search", "combed the woods")),
    ("ambulances", ("were sent to the scene", "attended", "rushed to the site")),
    ("delegates", ("attended the summit", "gathered in the hall", "took part in the talks")),
)
PLACES = ("Brenford", "Kelham", "Ashby", "Corlake", "Dunmere", "Eastwick", "Fallowfield", "Granby", "Holt", "Ivybridge")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HEDGES = ("About", "Around", "Some", "")
# Figures far enough apart that no reading of a hedge makes them one count told roughly.
LOW = st.integers(min_value=10, max_value=60)
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _count(hedge: str, figure: int, noun: str, saying: str) -> str:
    # Four-digit figures without a comma read as years.
    text = f"{hedge} {figure:,} {noun} {saying}." if hedge else f"{figure:,} {noun} {saying}."
    return text[:1].upper() + text[1:]


def _reports(count_a: str, count_b: str, place: str, day: str) -> tuple[str, str]:
    """Two short reports of one event in other words, each with one count and a claim of its own."""
    report_a = (
        f"A large fire broke out at a warehouse in {place} on {day} evening. {count_a} "
        "Residents were told to keep their windows shut. The company said it was cooperating with investigators."
    )
    report_b = (
        f"Smoke could be seen for miles after the blaze in {place} on {day}. {count_b} "
        "A nearby road was closed overnight. Officials plan to inspect the site later this week."
    )
    return report_a, report_b


def _count_links(comparison: compare.Comparison) -> list[compare.Link]:
    return [link for link in comparison.links if (link.a, link.b) == (1, 1)]


@CASES
@given(
    st.sampled_from(COUNTS),
    st.data(),
    st.sampled_from(PLACES),
    st.sampled_from(DAYS),
    st.sampled_from(HEDGES),
    LOW,
)
def test_the_same_thing_counted_with_other_verbs_is_one_claim(
    count: tuple[str, tuple[str, ...]], data: st.DataObject, place: str, day: str, hedge: str, low: int
) -> None:
    noun, sayings = count
    saying_a, saying_b = data.draw(st.permutations(sayings))[:2]
    high = low + data.draw(st.integers(min_value=max(1, low // 4), max_value=low))
    comparison = compare.compare(
        *_reports(_count(hedge, low, noun, saying_a), _count(hedge, high, noun, saying_b), place, day)
    )
    linked = _count_links(comparison)
    assert len(linked) == 1, (saying_a, saying_b)
    assert [c.kind for c in linked[0].conflicts] == ["number"]


@CASES
@given(st.sampled_from(COUNTS), st.sampled_from(COUNTS), st.sampled_from(PLACES), st.sampled_from(DAYS), LOW)
def test_counts_of_two_things_are_two_claims(
    count: tuple[str, tuple[str, ...]], other: tuple[str, tuple[str, ...]], place: str, day: str, low: int
) -> None:
    # Two counts of one story ("60 firefighters" / "12 fire engines"): the figures are no shared evidence.
    if count[0] == other[0] or set(count[1]) & set(other[1]):
        return
    comparison = compare.compare(
        *_reports(_count("", low, count[0], count[1][0]), _count("", 2 * low + 7, other[0], other[1][-1]), place, day)
    )
    assert not _count_links(comparison)


# Acts the act table knows apart: a count of the people harmed is never a count of the people present or deployed.
HARMED = ("were injured", "were killed", "were arrested", "were evacuated", "are missing")
PRESENT = {
    "firefighters": ("tackled the flames", "were sent to the scene"),
    "passengers": ("were on board the ferry", "had boarded the vessel"),
    "troops": ("were stationed near the border", "took part in the exercise"),
    "volunteers": ("searched the hillside", "joined the search"),
    "protesters": ("marched through the centre", "gathered outside parliament"),
}


@CASES
@given(
    st.sampled_from(sorted(PRESENT)),
    st.data(),
    st.sampled_from(HARMED),
    st.sampled_from(PLACES),
    st.sampled_from(DAYS),
    LOW,
)
def test_the_same_noun_counted_for_acts_known_to_differ_is_two_claims(
    noun: str, data: st.DataObject, harmed: str, place: str, day: str, low: int
) -> None:
    present = data.draw(st.sampled_from(PRESENT[noun]))
    comparison = compare.compare(
        *_reports(_count("", 2 * low + 9, noun, present), _count("", low // 5 + 2, noun, harmed), place, day)
    )
    assert not _count_links(comparison)
    other_harm = data.draw(st.sampled_from([h for h in HARMED if h != harmed]))
    comparison = compare.compare(
        *_reports(_count("", low, noun, harmed), _count("", 2 * low + 3, noun, other_harm), place, day)
    )
    assert not _count_links(comparison)


@CASES
@given(st.sampled_from(COUNTS), st.data(), st.sampled_from(PLACES), st.sampled_from(DAYS), LOW)
def test_the_same_noun_with_figures_far_apart_is_two_claims(
    count: tuple[str, tuple[str, ...]], data: st.DataObject, place: str, day: str, low: int
) -> None:
    # Two counts of one noun an order of magnitude apart are two facts of the story ("300,000 patients a year" /
    # "12 patients were moved"), not one count told two ways.
    noun, sayings = count
    saying_a, saying_b = data.draw(st.permutations(sayings))[:2]
    high = low * data.draw(st.integers(min_value=3, max_value=50))
    comparison = compare.compare(
        *_reports(_count("", low, noun, saying_a), _count("", high, noun, saying_b), place, day)
    )
    assert not _count_links(comparison)


PEOPLE = ("Ms Alder", "Mr Brook", "Dr Cole", "Ms Dale", "Mr Ennis", "Dr Frost")


@CASES
@given(st.permutations(PEOPLE), st.sampled_from(("votes", "signatures", "endorsements")), LOW)
def test_the_same_noun_counted_by_two_subjects_is_two_claims(people: list[str], noun: str, low: int) -> None:
    one, other = people[:2]
    comparison = compare.compare(
        f"The count ended late on Sunday. {one} received {low * 100 + 17:,} {noun}. Turnout was described as low.",
        f"Counting finished before midnight. {other} collected {low * 200 + 3:,} {noun}. The result will be certified.",
    )
    assert not _count_links(comparison)


GENERIC = (("members", "resigned from the club", "attended the meeting"), ("times", "rang the bell", "knocked"))


@CASES
@given(st.sampled_from(GENERIC), st.sampled_from(sorted(WORDS)), st.sampled_from(PLACES), st.sampled_from(DAYS))
def test_a_generic_noun_counted_for_two_unknown_acts_is_two_claims(
    generic: tuple[str, str, str], word: str, place: str, day: str
) -> None:
    noun, first, second = generic
    comparison = compare.compare(
        *_reports(_count("", 14 + WORDS[word], noun, first), _count("", 3, noun, second), place, day)
    )
    assert not _count_links(comparison)


def test_the_warehouse_reports_link_their_counts_and_their_unknown_cause() -> None:
    # Issue 19's reports of one warehouse fire, written as a new user would.
    folder = Path(__file__).parent.parent / "fixtures" / "collation"
    gazette = compare.Report.from_file(folder / "warehouse-brenford-gazette.txt")
    post = compare.Report.from_file(folder / "warehouse-northern-post.txt")
    comparison = compare.compare(gazette, post)
    pairs = {
        (comparison.sentences_a[link.a].text, comparison.sentences_b[link.b].text): link for link in comparison.links
    }
    counts = [link for (a, b), link in pairs.items() if "60 firefighters" in a and "80 firefighters" in b]
    assert [[c.kind for c in link.conflicts] for link in counts] == [["number"]]
    assert any("cause of the fire" in a and "cause of the fire" in b for a, b in pairs)
    assert not any(a.startswith("Hallam & Sons employs") and "firefighters" in b for a, b in pairs)
