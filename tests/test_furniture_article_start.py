"""Claims at the article's start stay claims (issue 19): generated claim sentences placed where the page's furniture
stands, and the furniture of those places still set aside.

A claim is made from slots (a subject, a verb of an act in the past, its object, a time, a place) in short and long
forms: with and without a figure, a quotation, a name in capitals, a colon, a dash, or its full stop lost (long
forms only: a line of a headline's length with no full stop is a headline by its form). Each is placed as the page's
first line, as the line directly above the dateline paragraph (alone, below a headline, below a byline), and as the
line after a headline-like line (alone, below a byline and a timestamp, below a section label). The guards put real
furniture in those places (bylines, datelines, timestamps, "Updated 3:45 p.m.", picture credits, section labels,
share lines, a caption in the present tense of captions or a deck in the present above the dateline, a deck in the
past between two copies of the headline) and must still be set aside, the dateline still read. The article's own
copy of a deck the page previews above it (longer than a headline) is a claim; a caption given again is not.
"""

from __future__ import annotations

from typing import Any

import pytest

import compare
from furniture_page import OTHER

NAMES = ["Jane Roe", "Ahmed Khan", "Maria Lopez", "Tom O'Neill", "Priya Raman", "Kwame Mensah"]
CITIES = ["Kyiv", "Lagos", "Manila", "Denver", "Cork", "Leeds"]
FIGURES = ["12", "three", "40", "200", "seven", "1,500"]
# Acts with their doers: a subject, a verb of an act in the past (regular and irregular), its object.
ACTS = [
    ("Firefighters", "rescued", "{figure} people from the flooded flats"),
    ("Police in {city}", "arrested", "{figure} men after the robbery"),
    ("The city council", "approved", "{figure} new police body cameras"),
    ("Mayor {name}", "closed", "the bridge over the river"),
    ("Rescue teams", "evacuated", "{figure} homes near the chemical plant"),
    ("Prosecutors in {city}", "charged", "a 34-year-old man with arson"),
    ("An earthquake", "struck", "{figure} villages in the hills"),
    ("The government", "sent", "{figure} soldiers to the border"),
    ("Divers", "found", "the wreck of the ferry"),
    ("{name}", "won", "the seat by {figure} votes"),
    ("Hundreds of residents", "fled", "their homes"),
    ("A gunman", "took", "{figure} hostages at a bank"),
]
# Doers named in capitals, with acts of their own.
CAPITALS = [
    ("FEMA", "sent", "{figure} trucks of water to the town"),
    ("The FBI", "arrested", "{figure} suspects"),
    ("UNICEF", "delivered", "{figure} tonnes of food"),
    ("NATO", "deployed", "{figure} jets"),
    ("The RNLI", "rescued", "{figure} sailors"),
    ("NASA", "launched", "{figure} satellites"),
]
TIMES = ["on Tuesday", "early Thursday", "late on Friday night", "this week", "on March 3", "overnight"]
PLACES = ["in {city}", "near the town of Otley", "at the port of {city}", "outside {city}"]
TAILS = ["officials said", "the fire service said in a statement", "hours after the storm reached the coast"]

FORMS = {
    "short": "{subject} {verb} {object}.",
    "long": "{subject} {verb} {object} {place} {time}, {tail}.",
    "figure": "{subject} {verb} {object} {time}, and {figure} more were expected to follow.",
    "quotation": '{subject} {verb} {object} {place} {time}, calling it "the worst night in {figure} years."',
    "quoted-speaker": '"We had no warning at all," {name} said after {lower_subject} {verb} {object} {place}.',
    "capitals": "{capital} {capital_verb} {capital_object} {place} {time}.",
    "colon": "{subject} {verb} {object} {place} {time}: {figure} of them were children.",
    "dash": "{subject} {verb} {object} \u2014 {figure} in all \u2014 {place} {time}.",
    "no-full-stop": "{subject} {verb} {object} {place} {time}, {tail}, and more arrests are expected in coming days",
}
CASES_PER_FORM = 12


def _claims(form: str) -> list[str]:
    """CASES_PER_FORM claims of one form, each slot taken at its own stride so that the slots are crossed."""
    claims = []
    for i in range(CASES_PER_FORM):
        subject, verb, obj = ACTS[i % len(ACTS)]
        fill = {
            "name": NAMES[i % len(NAMES)],
            "city": CITIES[(i * 5 + 1) % len(CITIES)],
            "figure": FIGURES[(i * 7 + 2) % len(FIGURES)],
        }
        proper = subject.startswith(("{name}", "Mayor"))
        subject = subject.format(**fill)
        capital, capital_verb, capital_object = CAPITALS[(i * 5 + 3) % len(CAPITALS)]
        claims.append(
            FORMS[form].format(
                subject=subject,
                lower_subject=subject if proper else subject[0].lower() + subject[1:],
                verb=verb,
                object=obj.format(**fill),
                time=TIMES[(i * 5) % len(TIMES)],
                place=PLACES[(i * 3 + 1) % len(PLACES)].format(**fill),
                tail=TAILS[i % len(TAILS)],
                capital=capital,
                capital_verb=capital_verb,
                capital_object=capital_object.format(**fill),
                **fill,
            )
        )
    return claims


HEADLINE = "Floods force hundreds from homes in river town"
BYLINE = "By Sam Field"
UPDATED = "Updated 3:45 p.m."
DATELINE = (
    "LEEDS, England (AP) \u2014 Floodwaters swept through the town of Otley on Tuesday, forcing 300 people from their "
    "homes, officials said."
)
BODY = [
    "The River Wharfe rose two metres overnight, the fire service said.",
    "No deaths were reported.",
    "Rescue crews will stay in the town until Friday.",
]
SHARE = "Share this article"

# Where the line goes: the page's lines with {line} in its place.
PLACES_ON_PAGE = {
    "first": ["{line}", *BODY, SHARE],
    "first-above-timestamp": ["{line}", UPDATED, *BODY, SHARE],
    "first-above-dateline": ["{line}", DATELINE, *BODY, SHARE],
    "above-dateline": [HEADLINE, "{line}", DATELINE, *BODY],
    "above-dateline-below-byline": [HEADLINE, BYLINE, "{line}", DATELINE, *BODY],
    "above-dateline-below-label": ["NEWS", HEADLINE, UPDATED, "{line}", DATELINE, *BODY],
    "after-headline": [HEADLINE, "{line}", *BODY],
    "after-headline-byline-timestamp": [HEADLINE, BYLINE, UPDATED, "{line}", *BODY],
    "after-label-and-headline": ["WORLD NEWS", HEADLINE, "{line}", *BODY, SHARE],
}


def _roles(lines: list[str], line: str) -> tuple[list[bool], list[bool]]:
    """Whether each sentence of ``line`` on the page is set aside, and whether each sentence of the body is."""
    text = "\n".join(lines).replace("{line}", line)
    comparison = compare.compare(text, OTHER)
    start = text.index(line)
    end = start + len(line)
    mine = [s.boilerplate for s in comparison.sentences_a if s.start < end and s.end > start]
    body = [
        s.boilerplate
        for s in comparison.sentences_a
        if s.start >= end and any(s.text in claim for claim in (DATELINE, *BODY))
    ]
    return mine, body


def _dateline_found(lines: list[str], line: str) -> bool:
    """Whether the dateline paragraph of the page, if it has one, still opens with a dateline."""
    text = "\n".join(lines).replace("{line}", line)
    if DATELINE not in lines:
        return True
    start = text.index(DATELINE)
    first = next(s for s in compare.compare(text, OTHER).sentences_a if s.start >= start)
    return first.dateline is not None


CLAIM_CASES = [
    pytest.param(
        place,
        claim,
        id=f"{place}-{form}-{index}",
    )
    for place in PLACES_ON_PAGE
    for form in FORMS
    for index, claim in enumerate(_claims(form))
]


@pytest.mark.parametrize(("place", "claim"), CLAIM_CASES)
def test_a_claim_at_the_start_is_kept(place: str, claim: str) -> None:
    mine, body = _roles(PLACES_ON_PAGE[place], claim)
    assert mine, claim
    assert not any(mine), claim
    assert not any(body), claim
    assert _dateline_found(PLACES_ON_PAGE[place], claim), claim


# The furniture of those places: a byline, a timestamp, a picture's credit, a section's label, a share line.
FURNITURE_LINES = {
    "byline": ["By {name}", "By {name} and Sam Field", "BY {upper_name}, Associated Press"],
    "timestamp": ["Updated 3:45 p.m.", "Posted on March 3, 2024 at 9:12 am", "Published 10:02 AM EST Jun 4, 2024"],
    "credit": ["{name}/The Herald", "Photo: {name}/AP", "Image credit: {name}"],
    "label": ["NEWS", "World News", "Local"],
    "share": ["Share this article", "Share on Facebook", "Follow us on Twitter"],
}
# Lines above a dateline that are the picture's or the headline's: a caption in the present tense of captions, a
# deck in the present.
ABOVE_DATELINE = [
    "Firefighters battle a blaze in {city} on Tuesday, June 4, 2024.",
    "Residents watch as rescue teams search the river near {city}.",
    "Mayor {name} speaking to reporters in {city} on Monday.",
    "Officials are urging residents of {city} to avoid the area.",
]


def _furniture(templates: list[str]) -> list[str]:
    return [
        template.format(name=name, upper_name=name.upper(), city=city)
        for template, (name, city) in zip(templates, zip(NAMES, CITIES, strict=True), strict=False)
    ]


def _above_a_dateline(templates: list[str]) -> list[Any]:
    """Each line made from the templates, in each place of the page that has a dateline."""
    return [
        pytest.param(place, line, id=f"{place}-{index}")
        for place in PLACES_ON_PAGE
        if "dateline" in place
        for index, line in enumerate(_furniture(templates))
    ]


FURNITURE_CASES = [
    pytest.param(
        place,
        line,
        id=f"{place}-{kind}-{index}",
    )
    for place in PLACES_ON_PAGE
    for kind, templates in FURNITURE_LINES.items()
    for index, line in enumerate(_furniture(templates))
]


@pytest.mark.parametrize(("place", "line"), FURNITURE_CASES)
def test_furniture_at_the_start_is_set_aside(place: str, line: str) -> None:
    mine, body = _roles(PLACES_ON_PAGE[place], line)
    assert mine, line
    assert all(mine), line
    assert not any(body), line
    assert _dateline_found(PLACES_ON_PAGE[place], line), line


@pytest.mark.parametrize(("place", "line"), _above_a_dateline(ABOVE_DATELINE))
def test_a_caption_or_deck_above_the_dateline_is_set_aside(place: str, line: str) -> None:
    mine, body = _roles(PLACES_ON_PAGE[place], line)
    assert mine, line
    assert all(mine), line
    assert not any(body), line
    assert _dateline_found(PLACES_ON_PAGE[place], line), line


@pytest.mark.parametrize("form", list(FORMS))
def test_a_deck_between_two_copies_of_the_headline_is_set_aside(form: str) -> None:
    # What stands between two copies of the headline is the headline's deck, whatever its verb.
    for claim in _claims(form)[:3]:
        page = [HEADLINE, "{line}", HEADLINE, BYLINE, DATELINE, *BODY]
        mine, body = _roles(page, claim)
        assert mine, claim
        assert all(mine), claim
        assert not any(body), claim


# A deck or summary above the article that the article gives again as one of its paragraphs: longer than any
# headline, in sentence case. The copy above is the page's preview and is set aside; the article's own copy is a claim.
DECK = "{subject} {verb} {object} {place} {time}, {tail}, and {figure} more were expected to follow in the coming days."


def _decks() -> list[str]:
    return [
        DECK.format(
            subject=subject.format(name=name, city=city),
            verb=verb,
            object=obj.format(figure=figure),
            place=PLACES[index % len(PLACES)].format(city=city),
            time=TIMES[index % len(TIMES)],
            tail=TAILS[index % len(TAILS)],
            figure=figure,
        )
        for index, ((subject, verb, obj), name, city, figure) in enumerate(
            zip(ACTS, NAMES * 2, CITIES * 2, FIGURES * 2, strict=False)
        )
    ]


@pytest.mark.parametrize("deck", _decks())
def test_the_articles_copy_of_its_deck_is_kept(deck: str) -> None:
    lines = [HEADLINE, deck, DATELINE, BODY[0], deck, *BODY[1:], SHARE]
    text = "\n".join(lines)
    sentences = compare.compare(text, OTHER).sentences_a
    first = text.index(deck)
    second = text.index(deck, first + 1)
    assert all(s.boilerplate for s in sentences if first <= s.start < first + len(deck)), deck
    assert not any(s.boilerplate for s in sentences if second <= s.start < second + len(deck)), deck


@pytest.mark.parametrize("caption", _furniture(ABOVE_DATELINE))
def test_a_caption_given_again_in_the_article_is_set_aside(caption: str) -> None:
    # A picture's caption above the article and again beside its picture lower down: neither copy is a claim.
    lines = [HEADLINE, caption, DATELINE, BODY[0], caption, *BODY[1:], SHARE]
    text = "\n".join(lines)
    sentences = compare.compare(text, OTHER).sentences_a
    second = text.index(caption, text.index(caption) + 1)
    assert all(s.boilerplate for s in sentences if second <= s.start < second + len(caption)), caption


# Captions whose subject is counted with a number word in "-ed" ("Two hundred residents gather ..."): the number
# word is no verb in the past, so the caption's present tense still marks it a caption (found in review).
COUNTED_CAPTIONS = [
    "Two hundred residents gather outside the town hall in {city}.",
    "Several hundred protesters march through {city} on Monday.",
    "A hundred volunteers clear debris from a street near {city}.",
    "Five hundred runners set off from the harbour in {city}.",
    "Three hundred pilgrims pray at the shrine in {city} on Sunday.",
    "Nine hundred workers wait for buses outside the factory in {city}.",
]


@pytest.mark.parametrize(("place", "line"), _above_a_dateline(COUNTED_CAPTIONS))
def test_a_caption_counted_in_hundreds_above_the_dateline_is_set_aside(place: str, line: str) -> None:
    mine, body = _roles(PLACES_ON_PAGE[place], line)
    assert mine, line
    assert all(mine), line
    assert not any(body), line
