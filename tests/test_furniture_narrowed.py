"""Furniture rules narrowed by structure so that claims of like form stay (issue 19): each rule's furniture is still
set aside, on generated pages crossed with names, places and figures, and the claims that only share its words or
its place are kept.

- a picture's caption naming what it is of ("Photo of the suspect released by police.") has no finite verb of its
  own; "A photo of the mayor was shared widely online." states an event;
- an earlier version of the page's own story, article or report; "a previous version of this bill" is the event's;
- a teaser cut off by the page stands among links, titles and labels; a paragraph trailing off with prose of the
  article directly above or below it is a claim;
- another story's card has a headline for its title; a timestamp or a button above a paragraph cut off is no title;
- the article starts at its first paragraph of several sentences of prose when that stands above the dateline;
- a pointer to other material ("Read the statement in its entirety.", "Video of the meeting is available here.")
  speaks to the reader; a sentence that reports speech or narrates in the past ("The council published the report
  in its entirety.") is a claim.
"""

from __future__ import annotations

import itertools

import pytest

import compare
from furniture_page import OTHER, assert_kept, assert_set_aside

NAMES = ["Jane Roe", "Ahmed Khan", "Maria Lopez", "Tom O'Neill", "Priya Raman"]
CITIES = ["Kyiv", "Lagos", "Manila", "Denver", "Cork"]
FIGURES = ["12", "40", "200", "seven"]


def _cross(templates: list[str], count: int = 12) -> list[str]:
    fillers = itertools.product(NAMES, CITIES, FIGURES)
    return [
        template.format(name=name, city=city, figure=figure)
        for (name, city, figure), template in zip(fillers, itertools.cycle(templates), strict=False)
    ][:count]


def _set_aside(page: str, line: str) -> bool:
    """Whether every sentence of a line of the page is set aside."""
    comparison = compare.compare(page, OTHER)
    start = page.index(line)
    end = start + len(line)
    mine = [s.boilerplate for s in comparison.sentences_a if s.start < end and s.end > start]
    assert mine, line
    return all(mine)


@pytest.mark.parametrize(
    "line", _cross(["Photo of {name} released by police.", "Image of the bridge in {city} after the storm."])
)
def test_a_caption_naming_its_picture_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize(
    "line",
    _cross(
        [
            "A photo of {name} was shared widely online.",
            "Photos of the {city} flood have drawn {figure} comments.",
            "Images of {name} could be used in court.",
        ]
    ),
)
def test_a_picture_with_a_finite_verb_of_its_own_is_a_claim(line: str) -> None:
    assert_kept(line)


@pytest.mark.parametrize(
    "line",
    _cross(
        [
            "An earlier version of this story misspelled the name of {name}.",
            "A previous version of this article gave the wrong figure for {city}.",
        ]
    ),
)
def test_an_earlier_version_of_the_page_is_a_note(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize(
    "line",
    _cross(
        [
            "A previous version of this bill was rejected by {figure} votes, {name} said.",
            "An earlier version of this plan would have closed the {city} clinic.",
        ]
    ),
)
def test_an_earlier_version_of_something_else_is_a_claim(line: str) -> None:
    assert_kept(line)


_TEASERS = _cross(
    [
        "In a city confronting rising costs, the council in {city} met on Tuesday to decide on the\u2026",
        "{name} has spent {figure} years trying to find out what happened to the ship that left\u2026",
    ]
)


@pytest.mark.parametrize("teaser", _TEASERS)
def test_a_teaser_among_links_is_set_aside(teaser: str) -> None:
    page = f"Council passes budget after long night\n{teaser}\nRead more: Politics, Budget, Council\nLeave a Reply"
    assert _set_aside(page, teaser)


@pytest.mark.parametrize("teaser", _TEASERS)
def test_a_paragraph_trailing_off_in_the_article_is_a_claim(teaser: str) -> None:
    page = (
        "Council passes budget after long night\nBy Sam Field\n"
        "The council approved the budget on Tuesday after a debate that lasted nine hours.\n"
        f"{teaser}\nThe mayor said the vote showed the town could still agree on hard choices.\nShare this"
    )
    assert not _set_aside(page, teaser)


@pytest.mark.parametrize("city", CITIES)
def test_a_story_card_needs_a_headline_for_its_title(city: str) -> None:
    teaser = f"Officials in {city} said a new agreement had been reached and {city} residents would be going..."
    card = f"Storm hits {city}\nRelated\nFlood warnings issued for towns along the {city} river\n{teaser}"
    assert _set_aside(card, teaser)
    no_title = f"Storm hits {city}\nReuters\nApr 14, 2022\n{teaser}\n(Reporting by Sam Field)"
    assert not _set_aside(no_title, teaser)


@pytest.mark.parametrize(("name", "city"), list(zip(NAMES, CITIES, strict=True)))
def test_several_sentences_of_prose_above_a_dateline_start_the_article(name: str, city: str) -> None:
    lede = f"The explosion in {city} happened just after 6 a.m., said fire chief {name}. Crews were there in minutes."
    caption = f"Firefighters at the scene in {city} on Thursday."
    page = (
        f"House explodes in {city}, killing one\n{lede}\n{caption}\n"
        "PORTLAND, Ore. (AP) \u2014 The City Council in Portland approved $2.6 million for police body cameras.\n"
        "All officers will have cameras by the summer."
    )
    assert not _set_aside(page, lede)
    above = (
        f"House explodes in {city}, killing one\n{caption}\nPORTLAND, Ore. (AP) \u2014 {lede}\nNo one else was hurt."
    )
    assert _set_aside(above, caption)


@pytest.mark.parametrize(
    "line",
    _cross(
        [
            "Read the statement from {name} in its entirety.",
            "The {city} story here.",
            "Video of the {city} meeting is available here.",
            "You will find the entire report on {city} below.",
        ]
    ),
)
def test_a_pointer_speaking_to_the_reader_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize(
    "line",
    _cross(
        [
            "The council in {city} published the report in its entirety.",
            "The full statement is available here, {name} said.",
            "Residents of {city} who click here are sent to a fake bank site, police said.",
            "{name} said officers had read the {figure}-page letter in its entirety.",
        ]
    ),
)
def test_a_pointer_with_a_clause_of_its_own_is_a_claim(line: str) -> None:
    assert_kept(line)
