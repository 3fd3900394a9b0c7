"""The furniture classes of issue 19, each on many generated pages, with the claims of like form that must stay.

Every case is a page (a headline, a byline, a dateline paragraph and claims) with one line of the class added, read
through the public API. Templates are crossed with names, outlets, handles, clock times and programmes, so that a
rule reading one sentence's wording fails them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import compare
from furniture_page import OTHER, PAGE, assert_kept, assert_set_aside, roles_of

NAMES = ["Jane Roe", "Ahmed Khan", "Maria Lopez-Garcia", "Tom O'Neill", "Priya Raman", "Li Wei", "Kwame Mensah"]
OUTLETS = ["The Herald", "Reuters", "The Associated Press", "the Tampa Bay Times", "BBC News", "The Straits Times"]
ROLES = ["reporter", "staff writer", "senior correspondent", "political editor", "freelance journalist"]
HANDLES = ["@janeroe", "@ahmed_k", "@mlopez", "@pri_raman"]
NETWORKS = ["Twitter", "X", "Instagram", "Bluesky", "Facebook"]
CITIES = ["Kyiv", "Lagos", "Manila", "Denver", "Leeds"]
TIMES = ["8 p.m. ET", "9 a.m. ET", "10:30 a.m. ET", "7pm ET", "2 p.m. EST"]
PROGRAMMES = ['"Face the Nation"', '"Meet the Press"', '"Fox News Sunday"', '"This Week"', "Newsnight"]
# Cases drawn from each class's crossing: enough to cover every template with several fillers.
CASES_PER_CLASS = 40


def _spread(cases: Iterator[str]) -> list[str]:
    """Every few cases of a crossing, so that each template meets several fillers."""
    everything = list(cases)
    step = max(1, len(everything) // CASES_PER_CLASS)
    return everything[::step][:CASES_PER_CLASS]


def _fill(templates: list[str]) -> list[str]:
    fillers = itertools.product(NAMES, OUTLETS, ROLES, HANDLES, NETWORKS, CITIES, TIMES, PROGRAMMES)
    return _spread(
        template.format(
            name=name, outlet=outlet, role=role, handle=handle, network=network, city=city, time=time, show=show
        )
        for (name, outlet, role, handle, network, city, time, show), template in zip(
            fillers, itertools.cycle(templates), strict=False
        )
    )


SURNAME_ELSEWHERE = PAGE.replace("No deaths were reported.", "No deaths were reported, {surname} said.")

AUTHOR_LINES = _fill(
    [
        "{name} is a {role} for {outlet}.",
        "{name} is a {role} at {outlet} based in {city}.",
        "{name} covers the environment for {outlet}.",
        "{name} writes for {outlet}.",
        "{name} is a {role} for {outlet}. Follow her on {network} at {handle}.",
        "{name} is a {role} with {outlet}. Reach her at jroe@example.com.",
    ]
)
AUTHOR_LOOKALIKES = _fill(
    [
        "{name} is a former {role} for {outlet} who was arrested on Tuesday.",
        "{name}, a {role} for {outlet}, was detained at the border in {city} on Monday.",
        "{name} said she is a {role} for {outlet}.",
        "{name} is a {role} for {outlet} and was among those rescued from the roof.",
    ]
)


@pytest.mark.parametrize("line", AUTHOR_LINES)
def test_an_author_line_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", AUTHOR_LOOKALIKES)
def test_a_claim_about_a_journalist_is_kept(line: str) -> None:
    assert_kept(line)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(ROLES), st.sampled_from(OUTLETS))
def test_a_self_description_is_a_claim_when_the_page_names_its_person_again(name: str, role: str, outlet: str) -> None:
    # An article about a journalist says what the journalist does, and names the journalist again.
    line = f"{name} is a {role} for {outlet}."
    assert_kept(line, SURNAME_ELSEWHERE.replace("{surname}", name.split()[-1]))
    assert_set_aside(line)


def test_a_live_page_presenter_introduction_is_set_aside() -> None:
    for name in NAMES:
        assert_set_aside(f"I'm {name} and I'll be bringing you the latest updates on the floods over the next hours.")


FOLLOW_LINES = _fill(
    [
        "Follow her on {network} at {handle}.",
        "Follow {name} on {network}.",
        "Follow us for live updates on the floods.",
        "You can reach {name} at jroe@example.com.",
        "{name} can be reached at jroe@example.com.",
        "{name} is on {network} at {handle}.",
        "For more information on the floods, visit the council website, follow them on {network} or use its app",
    ]
)
FOLLOW_LOOKALIKES = _fill(
    [
        '"Follow me on {network}," {name} told supporters in {city}.',
        "{name} urged residents to follow the council on {network} for updates.",
        "Follow the money, the prosecutor in {city} told jurors.",
        "Police followed {name} on foot to the station in {city}.",
    ]
)


@pytest.mark.parametrize("line", FOLLOW_LINES)
def test_a_follow_line_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", FOLLOW_LOOKALIKES)
def test_a_claim_about_following_is_kept(line: str) -> None:
    assert_kept(line)


CONTRIBUTOR_LINES = _fill(
    [
        "{outlet} contributed to this report.",
        "{name} in {city} contributed reporting.",
        "Associated Press writers {name} in {city} and Sam Field in Leeds contributed to this report.",
        "Additional reporting by {name} in {city}.",
        "{name}, a {role} for {outlet}, contributed to this story.",
        "{name} and Sam Field contributed reporting from {city}.",
    ]
)
CONTRIBUTOR_LOOKALIKES = _fill(
    [
        "Heavy rain in {city} contributed to this year's flooding.",
        "The agency said three analysts in {city} contributed to this report.",
        "Reporting from {city}, {name} found that the levee had failed.",
        "{name} contributed $5,000 to the relief fund in {city}.",
    ]
)


@pytest.mark.parametrize("line", CONTRIBUTOR_LINES)
def test_a_contributor_line_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", CONTRIBUTOR_LOOKALIKES)
def test_a_claim_about_contributions_is_kept(line: str) -> None:
    assert_kept(line)


def test_a_contributor_sentence_closing_a_claim_is_set_aside_alone() -> None:
    line = "The levee failed at 3 a.m., the council said. The Associated Press contributed to this report."
    text = PAGE.format(line=line)
    roles = {s.text: s.boilerplate for s in compare.compare(text, OTHER).sentences_a}
    assert roles["The Associated Press contributed to this report."]
    assert not roles["The levee failed at 3 a.m., the council said."]


PROMOTION_LINES = _fill(
    [
        "{name} will appear on {show} at {time}.",
        "Watch the full interview on {show} Sunday at {time}.",
        "Join us Sunday on {show} for more on the floods.",
        "{name} will join the broadcast to discuss the floods.",
        "{name} will be on our program Sunday to discuss the floods.",
        "The full interview airs Sunday at {time}.",
        "You can keep up with the floods by listening to our local radio station.",
    ]
)
PROMOTION_LOOKALIKES = _fill(
    [
        "{name} will speak at a rally in {city} at {time}.",
        "CBS will air the final on Sunday, with kickoff scheduled for {time}.",
        "A news conference is scheduled for {time} in {city}.",
        "{name} appeared on {show} on Sunday and blamed the council.",
        "Part of the interview will air Sunday morning, while the rest will be shown at {time}.",
        "{name} said she would appear on {show} at {time}.",
    ]
)


@pytest.mark.parametrize("line", PROMOTION_LINES)
def test_a_broadcast_promotion_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", PROMOTION_LOOKALIKES)
def test_a_claim_about_broadcasts_is_kept(line: str) -> None:
    assert_kept(line)


VIDEO_CAPTIONS = _fill(
    [
        "{name} on how the floods destroyed her farm",
        "{name} on why the levee in {city} failed.",
        "Residents of {city} react to the floods. {name} reports.",
        "{name} says the river will rise again; warns of more storms in {city}",
        "{name} reports from {city}.",
    ]
)
VIDEO_LOOKALIKES = _fill(
    [
        "{name} on Tuesday said the levee in {city} had failed.",
        "{name} reported that 300 people had fled {city}.",
        "{name} reports that the river rose two metres overnight.",
        "{name} said the river would rise again and warned of more storms in {city}.",
    ]
)


@pytest.mark.parametrize("line", VIDEO_CAPTIONS)
def test_a_video_caption_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", VIDEO_LOOKALIKES)
def test_a_claim_like_a_video_caption_is_kept(line: str) -> None:
    assert_kept(line)


TRANSITIONS = [
    "Here are some of the reactions.",
    "Here's how the world reacted:",
    "Here is what we know so far:",
    "Here are the facts the court found:",
    "Below are some of the photos shared on social media.",
    "The full statement is below.",
    "See the video below.",
    "The following is a list of the streets that were flooded:",
    "Her post is below.",
    "Take a look at the pictures below.",
]
TRANSITION_LOOKALIKES = [
    "Here in Otley, residents are angry.",
    "Here are the facts: the levee failed at 3 a.m. and nobody was warned.",
    "The temperature fell below zero.",
    '"Here is the truth," the mayor said.',
    "Here is a town where nobody locks the door, the mayor said.",
    "The water stayed below the windows, residents said.",
]


@pytest.mark.parametrize("line", TRANSITIONS)
def test_a_transition_that_presents_what_follows_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", TRANSITION_LOOKALIKES)
def test_a_claim_like_a_transition_is_kept(line: str) -> None:
    assert_kept(line)


def test_the_claims_a_transition_presents_are_kept() -> None:
    listed = "The levee failed at 3 a.m.\nNobody was warned before the water came.\n300 people left their homes."
    text = PAGE.format(line="Here are the facts the court found:\n" + listed)
    roles = {s.text: s.boilerplate for s in compare.compare(text, OTHER).sentences_a}
    assert roles["Here are the facts the court found:"]
    assert not any(roles[claim] for claim in listed.splitlines())


def test_a_transition_closing_a_claim_paragraph_stays_with_the_claim() -> None:
    line = "Mike Huckabee has been outspoken on a range of matters. Here are his stances on important issues."
    mine, claims = roles_of(line)
    assert not any(mine)
    assert not any(claims)


def test_a_request_for_the_readers_view_is_set_aside() -> None:
    assert_set_aside("See the cover below, and tell us whether you think it crosses a line.")
    assert_set_aside("Let us know in the comments.")
    assert_kept("Police asked anyone with information to tell us, the chief said.")


PICTURE_CAPTIONS = _fill(
    [
        "Residents of {city} wade through the water on Tuesday - Getty Images",
        "Sandbags line a street in {city}. Nobody knows when residents can return - PA Pictures",
        "A rescuer carries a child to safety in {city} \u2013 Reuters Photos",
        "The river burst its banks near {city} \u2014 File Photo",
    ]
)
PICTURE_LOOKALIKES = _fill(
    [
        "{name} said the pictures from {city} showed the damage - and more was to come.",
        "Agencies sold images of the flood in {city} to newspapers - Getty among them - the agency said.",
        "The council in {city} published photos of the damage on Tuesday.",
    ]
)


@pytest.mark.parametrize("line", PICTURE_CAPTIONS)
def test_a_caption_closed_by_a_picture_credit_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", PICTURE_LOOKALIKES)
def test_a_claim_about_pictures_is_kept(line: str) -> None:
    assert_kept(line)


@pytest.mark.parametrize(
    "line",
    [
        "mumbai news today, mumbai traffic today, latest news mumbai, mumbai weather",
        "floods, otley, river wharfe, leeds, weather warnings",
        "storm, rescue crews, evacuation, flood defences",
    ],
)
def test_a_list_of_tags_is_set_aside(line: str) -> None:
    assert_set_aside(line)


def test_a_claim_in_a_script_without_capitals_is_not_a_list_of_tags() -> None:
    # Scripts without capital letters (Devanagari here) are never read as tags, whatever their commas.
    words = ["\u092c\u093e\u0922\u093c", "\u092c\u093e\u0930\u093f\u0936", "\u0928\u0926\u0940", "\u0936\u0939\u0930"]
    # Longer than a subheading, so that only a rule about tags could set it aside.
    assert_kept(", ".join(" ".join(words) for _ in range(4)))
