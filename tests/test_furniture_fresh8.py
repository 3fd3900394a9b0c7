"""Furniture classes found on the development half of fixtures/furniture/fresh8.jsonl (issue 19), each on many
generated pages, with the claims of like form that must stay.

Four classes read what a line says of the page: the state of its comment section ("Both comments and trackbacks are
currently closed."), where its piece was first carried ("This segment originally aired ... on ..."), a pointer to
what it embeds above or below ("You will find the entire contract below."), and a contributor line whose newsroom
role carries a rank ("SFGATE managing editor Jane Roe contributed to this report."). Five read where a line stands:
a warning in capitals at the head of a paragraph going on in prose stays; a headline given twice below the menu a
page opens with; a few words in lower case that finish a menu's or notice's line ("family."); a caption given twice
above its picture's credit; another story's card below a link's label (its title, its paragraph cut off).
Templates are crossed with names, places, outlets and figures, so that a rule reading one sentence's wording fails.
"""

from __future__ import annotations

import itertools

import pytest

import compare
from furniture_page import OTHER, assert_kept, assert_set_aside
from furniture_page import fill as _fill


def _each_line(page: str) -> list[tuple[str, bool]]:
    """Each line of a page, in order, and whether the engine set every sentence of it aside."""
    comparison = compare.compare(page, OTHER)
    out = []
    offset = 0
    for line in page.split("\n"):
        end = offset + len(line)
        mine = [s.boilerplate for s in comparison.sentences_a if s.start < end and s.end > offset]
        offset = end + 1
        if mine:
            out.append((line, all(mine)))
    return out


def _roles(page: str) -> dict[str, bool]:
    """Each line of a page and whether the engine set every sentence of it aside (a line given twice: every copy)."""
    out: dict[str, bool] = {}
    for line, set_aside in _each_line(page):
        out[line] = out.get(line, True) and set_aside
    return out


def _lost(page: str) -> list[str]:
    """The lines of a page any sentence of which is set aside."""
    comparison = compare.compare(page, OTHER)
    lost = []
    offset = 0
    for line in page.split("\n"):
        end = offset + len(line)
        if any(s.boilerplate for s in comparison.sentences_a if s.start < end and s.end > offset):
            lost.append(line)
        offset = end + 1
    return lost


COMMENT_STATES = _fill(
    [
        "Both comments and trackbacks are currently closed.",
        "Comments and pingbacks are disabled.",
        "Trackbacks have been turned off.",
        "Comments are now closed.",
        "Replies are temporarily disabled.",
        "Comments and pings are currently closed.",
    ]
)
COMMENT_STATE_LOOKALIKES = _fill(
    [
        "Comments on the {city} plan are closed until May, the council said.",
        "{name} said replies to the survey had been closed after {figure} days.",
        "The comments section of {outlet} was closed after abuse, its editor said.",
        "Public comments on the pipeline are closed, and {figure} were received.",
    ]
)


@pytest.mark.parametrize("line", COMMENT_STATES)
def test_the_state_of_the_pages_comment_section_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", COMMENT_STATE_LOOKALIKES)
def test_comments_closed_in_the_story_stay(line: str) -> None:
    assert_kept(line)


PROVENANCE = _fill(
    [
        "This segment originally aired Nov. {figure}, 2016, on {outlet} Tonight.",
        "This article first appeared in {outlet}.",
        "This story was originally published by {outlet} in {city}.",
        "This interview first aired on {outlet}.",
        "This piece originally ran in {outlet}.",
        "This episode was first broadcast on {outlet} in March.",
        "This column has originally been published by {outlet}.",
    ]
)
PROVENANCE_LOOKALIKES = _fill(
    [
        "This bridge originally opened in {city} in 1932.",
        "The story first appeared in a tabloid, {name}'s lawyer said.",
        "The segment aired on {outlet} on Tuesday and drew {figure} complaints.",
        "{name} said the video was first posted by a resident of {city}.",
    ]
)


@pytest.mark.parametrize("line", PROVENANCE)
def test_where_the_pages_piece_first_ran_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", PROVENANCE_LOOKALIKES)
def test_where_something_in_the_story_first_appeared_stays(line: str) -> None:
    assert_kept(line)


POINTERS_TO_EMBEDS = _fill(
    [
        "You will find the entire, redacted contract below.",
        "Watch the briefing from {city} above.",
        "You can read the statement from {outlet} below.",
        "See the full list of {figure} candidates below.",
        "Listen to the interview with {name} below.",
        "You may view the court filing below.",
        "Find the document {outlet} obtained below.",
    ]
)
POINTER_LOOKALIKES = _fill(
    [
        "Temperatures in {city} fell below freezing on Tuesday.",
        "Residents could see the smoke from above, {name} said.",
        "Rescuers found {figure} people in the flat below.",
        "\u201cYou will find the bodies below,\u201d the suspect told officers in {city}.",
        "{name} watched the flames from the floor above.",
    ]
)


@pytest.mark.parametrize("line", POINTERS_TO_EMBEDS)
def test_a_pointer_to_what_the_page_embeds_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", POINTER_LOOKALIKES)
def test_what_lies_above_or_below_in_the_story_stays(line: str) -> None:
    assert_kept(line)


RANKED_CONTRIBUTORS = _fill(
    [
        "SFGATE managing editor {name} contributed to this report.",
        "{outlet} senior reporter {name} contributed to this report.",
        "Associate editor {name} in {city} contributed reporting.",
        "{outlet} deputy political editor {name} contributed to this story.",
        "Chief investigative reporter {name} contributed additional reporting.",
    ]
)
CONTRIBUTOR_LOOKALIKES = _fill(
    [
        "The managing editor contributed ${figure} to the campaign in {city}.",
        "{name}, a senior reporter, contributed to the decline of the paper, the board said.",
        "Deputy chief {name} contributed {figure} officers to the search.",
    ]
)


@pytest.mark.parametrize("line", RANKED_CONTRIBUTORS)
def test_a_contributor_line_with_a_rank_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", CONTRIBUTOR_LOOKALIKES)
def test_a_contribution_in_the_story_stays(line: str) -> None:
    assert_kept(line)


SHOUTED_WARNINGS = _fill(
    [
        "DO NOT DRIVE IN FLOODED ROADS! If you can't see the lines on the road in {city}, the water is too deep.",
        "STAY INDOORS. Officers in {city} say {figure} streets remain closed.",
        "DO NOT APPROACH HIM! {name} is considered dangerous, police said.",
        "BOIL YOUR WATER. The {city} utility said {figure} homes were affected.",
    ]
)
SHOUTED_BUTTONS = _fill(
    [
        "LIKE US ON FACEBOOK. FOLLOW US ON TWITTER.",
        "LISTEN LIVE. SUBSCRIBE TO OUR NEWSLETTER.",
        "WATCH NOW. SHARE THIS STORY.",
    ]
)


@pytest.mark.parametrize("line", SHOUTED_WARNINGS)
def test_a_warning_in_capitals_opening_a_paragraph_in_prose_stays(line: str) -> None:
    assert_kept(line)


@pytest.mark.parametrize("line", SHOUTED_BUTTONS)
def test_buttons_in_capitals_stay_furniture(line: str) -> None:
    assert_set_aside(line)


MENU = ["NEWS", "LIFESTYLE", "FUNNY", "ANIMALS", "About Us Contact Us Privacy Policy"]
HEADLINES = _fill(
    [
        "Rescue team spots hiker buried up to neck near {city}",
        "{figure} hurt as bus overturns on road to {city}",
        "{name} named new police chief in {city}",
    ]
)
DECKS = _fill(
    [
        "The footage of the rescue was posted by {outlet} on Facebook.",
        "Officials in {city} said the road would reopen on Friday.",
        "{name} takes over after {figure} years at the force.",
    ]
)


def _menu_page(headline: str, deck: str, *, menu: list[str]) -> str:
    lede = f"Police in {headline.split()[-1]} said on Monday that the search had ended after six hours."
    return "\n".join(
        [
            *menu,
            "GOOD Worldwide Inc. publishing",
            "family.",
            "\u00a9 GOOD Worldwide Inc. All Rights Reserved.",
            headline,
            deck,
            headline,
            lede,
            "The man was taken to hospital with hypothermia.",
        ]
    )


@pytest.mark.parametrize(("headline", "deck"), list(zip(HEADLINES, DECKS, strict=True)))
def test_a_headline_given_twice_below_the_menu_a_page_opens_with_takes_its_deck(headline: str, deck: str) -> None:
    roles = _roles(_menu_page(headline, deck, menu=MENU))
    assert roles[headline], roles
    assert roles[deck], roles
    assert roles["family."], roles
    assert not any(roles[line] for line in roles if "hospital" in line or "search had ended" in line), roles


@pytest.mark.parametrize(("headline", "deck"), list(zip(HEADLINES, DECKS, strict=True)))
def test_a_first_paragraph_under_a_headline_given_once_below_a_short_top_stays(headline: str, deck: str) -> None:
    # No menu opens this page: its first headline-like line is its headline, and the paragraph under it is the
    # article's, even when a line further down is given twice.
    repeated = "Related coverage from the scene"
    page = "\n".join([headline, "By Sam Field", deck, repeated, repeated, "The man was taken to hospital."])
    assert deck not in _lost(page)


BROKEN_SENTENCES = _fill(
    [
        "Asked about the cost in {city}, {name} said",
        "Of the {figure} people arrested, police said",
        "{outlet} asked the council whether",
    ]
)


@pytest.mark.parametrize("opening", BROKEN_SENTENCES)
def test_a_sentence_broken_in_the_article_keeps_its_lower_case_end(opening: str) -> None:
    # The line above the tail is the article's, not a menu's: the tail stays the claim it finishes.
    tail = "it was too early to say."
    page = "\n".join(
        [
            "Council meets on budget",
            "LEEDS (AP) \u2014 The council met on Monday to vote on a budget of 40 million pounds, officials said.",
            "The vote is expected to pass.",
            opening,
            tail,
            "The meeting ended at 9 p.m.",
        ]
    )
    assert tail not in _lost(page)
    assert "The vote is expected to pass." not in _lost(page)


CAPTIONS = _fill(["Highway 1.", "The {city} bridge.", "{name} in {city}.", "Flooded streets."])
CREDITS = _fill(["Westend61/Getty Images", "{name}/AP", "Reuters/{name}", "{name}/{outlet}"])


@pytest.mark.parametrize(("caption", "credit"), list(zip(CAPTIONS, CREDITS, strict=True)))
def test_a_caption_given_twice_above_its_credit_is_set_aside_both_times(caption: str, credit: str) -> None:
    # The lede lost its full stop, as pages' ledes do: the article's start is no longer told by its form.
    page = f"{caption}\n{caption}\n{credit}\nA man who died in a crash near {caption.rstrip('.')} early in April"
    page += " has been identified, KSBW Action News reported\nThe sheriff's office confirmed the name on Tuesday."
    roles = _roles(page)
    assert roles[caption], roles
    assert roles[credit], roles
    assert not roles["The sheriff's office confirmed the name on Tuesday."]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_short_claim_given_twice_without_a_credit_stays(caption: str) -> None:
    claim = "No one was hurt."
    page = f"Fire at {caption.rstrip('.')} warehouse\nCrews were called at 9 p.m.\n{claim}\n{claim}"
    page += "\nThe cause is unknown."
    assert claim not in _lost(page)


CARD_LABELS = ["Previous Story", "Next Story", "Related", "More from the site"]
CARD_TITLES = _fill(["Stoned At The Nail Salon Live", "Song of the Weekend: More {name}", "{city} council votes"])
CARD_TEASERS = _fill(
    [
        "{name} has performed the song on Late Night With Seth...",
        "Yep, after we posted that live cut from {city}, we were able to spend some of the weekend listening to his...",
        "The {city} council voted {figure} to one on a plan that\u2026",
    ]
)


@pytest.mark.parametrize(
    ("label", "title", "teaser"),
    [
        (label, title, teaser)
        for label, (title, teaser) in zip(
            itertools.cycle(CARD_LABELS), zip(CARD_TITLES, CARD_TEASERS, strict=True), strict=False
        )
    ],
)
def test_another_storys_card_below_a_links_label_is_set_aside(label: str, title: str, teaser: str) -> None:
    page = "\n".join(
        [
            "Festival cancelled on final day",
            "The festival was cancelled halfway through Sunday because of torrential rain, organisers said.",
            "Fans were told to leave the site.",
            label,
            title,
            teaser,
        ]
    )
    roles = _roles(page)
    assert roles[title], roles
    assert roles[teaser], roles
    assert not roles["Fans were told to leave the site."]


@pytest.mark.parametrize("teaser", [teaser for teaser in CARD_TEASERS if teaser.endswith("...")])
def test_a_paragraph_trailing_off_below_the_articles_subheading_stays(teaser: str) -> None:
    page = "\n".join(
        [
            "Festival cancelled on final day",
            "The festival was cancelled halfway through Sunday because of torrential rain, organisers said.",
            "Fans were told to leave the site by the evening.",
            "What the organisers said",
            teaser,
        ]
    )
    assert teaser not in _lost(page)


PROMOTION_PARAGRAPHS = _fill(
    [
        "We\u2019ll discuss the case and what it says about {city} politics. Joining {outlet} to discuss what comes"
        " next are reporter {name} and a professor of law.",
        "{name} will be on our program Sunday to discuss the investigation. {name} had tough questions last week"
        " when officials testified in {city}. We'll ask about the {figure} documents released so far.",
        "We will talk with {name} about the floods in {city}. Joining us to explain the forecast is our meteorologist.",
        "We'll hear from {figure} voters in {city} about the race. Listen to {outlet} live at noon.",
    ]
)
PROMOTION_LOOKALIKES = _fill(
    [
        "\u201cWe\u2019ll discuss the case with the families,\u201d {name} said in {city}.",
        "We will discuss the budget next week, the mayor of {city} said.",
        "Joining the protest in {city} were {figure} students and their teachers.",
        "Joining {name} on the trip to {city} is the foreign minister, officials said.",
        "{name} said the council would discuss the {figure} complaints at its next meeting.",
    ]
)


@pytest.mark.parametrize("line", PROMOTION_PARAGRAPHS)
def test_a_broadcast_promotion_takes_its_paragraph(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", PROMOTION_LOOKALIKES)
def test_plans_and_companions_in_the_story_stay(line: str) -> None:
    assert_kept(line)
