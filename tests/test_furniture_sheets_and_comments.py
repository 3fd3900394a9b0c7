"""Furniture classes found on fixtures/furniture/fresh6-dev.jsonl (issue 19), each on many generated pages, with the
claims of like form that must stay.

The classes: a fact sheet's entry ("Tax levy increase: $122,006") and a list that finishes the sentence of its lead-in
("In other business, the board:" then "Approved ...") stay claims; a fact sheet's run-in labels ("What happened:") and
a question word before a colon ("When:") are no datelines; a comment section closes a page; the page speaking of
itself ("... was the previous entry in this blog."); a headline asking a question in title case; a headline's passive
without its auxiliary ("Jane Roe sentenced to ..."); an appeal on a page whose lines all end as sentences do. Templates
are crossed with names, places, amounts and labels, so that a rule reading one sentence's wording fails them.
"""

from __future__ import annotations

import itertools

import pytest

import compare
from furniture_page import OTHER, PAGE, assert_kept, assert_set_aside, roles_of

NAMES = ["Jane Roe", "Ahmed Khan", "Maria Lopez-Garcia", "Tom O'Neill", "Priya Raman", "Kwame Mensah"]
CITIES = ["Kyiv", "Lagos", "Manila", "Denver", "Leeds"]
AMOUNTS = ["$122,006", "$13.77 million", "4.5%", "12 percent", "\u00a32.1 billion"]
LABELS = ["Tax levy increase", "2023-2024 budget (proposed)", "Total cost", "Turnout", "Road repairs"]
CASES_PER_CLASS = 30


def _fill(templates: list[str]) -> list[str]:
    fillers = itertools.product(NAMES, CITIES, AMOUNTS, LABELS)
    cases = [
        template.format(name=name, city=city, amount=amount, label=label)
        for (name, city, amount, label), template in zip(fillers, itertools.cycle(templates), strict=False)
    ]
    step = max(1, len(cases) // CASES_PER_CLASS)
    return cases[::step][:CASES_PER_CLASS]


FIGURE_ENTRIES = _fill(
    [
        "{label}: {amount}",
        "- {label}: {amount}",
        "Absent: {name} \u2013 1",
        "- School board: {name} is running uncontested",
        "{label} in {city}: {amount}",
    ]
)
# Headings and counters that name a part or a widget and state no figure of the event.
FIGURE_LOOKALIKES = _fill(
    [
        "{label}: what comes next",
        "Morning briefing: top stories from {city} on May 11, 2024",
        "Views: 1688 | Downloads: 0",
        "{label}",
    ]
)


@pytest.mark.parametrize("line", FIGURE_ENTRIES)
def test_a_fact_sheet_entry_stating_a_figure_is_a_claim(line: str) -> None:
    assert_kept(line)


@pytest.mark.parametrize("line", FIGURE_LOOKALIKES)
def test_a_heading_or_counter_without_a_figure_of_the_event_is_set_aside(line: str) -> None:
    assert_set_aside(line)


LIST_PAGE = PAGE.replace("{line}", "{line}\n{entry}")
LEAD_INS = _fill(["In other business, the board:", "At its meeting in {city}, the council:", "The commission also:"])
ENTRIES = ["Approved adding two coaching positions at a cost of {amount}.", "Voted to repair roads in {city}."]


@pytest.mark.parametrize(("lead_in", "entry"), list(zip(LEAD_INS, itertools.cycle(ENTRIES), strict=False)))
def test_a_lead_in_that_its_list_finishes_is_a_claim(lead_in: str, entry: str) -> None:
    entry = entry.format(amount="$1,707", city="Leeds")
    assert_kept(lead_in, LIST_PAGE.replace("{entry}", entry))


@pytest.mark.parametrize("label", ["Also on the agenda:", "Other business:", "Meanwhile in {city}:", "Key dates:"])
def test_a_label_above_entries_with_their_own_subject_is_set_aside(label: str) -> None:
    assert_set_aside(label.format(city="Leeds"), LIST_PAGE.replace("{entry}", "Rescue crews cleared the roads."))


def _datelines(text: str) -> list[tuple[int, int] | None]:
    return [sentence.dateline for sentence in compare.compare(text, OTHER).sentences_a if sentence.role == "claim"]


RUN_IN_PAGES = _fill(
    [
        "Council approves budget for {city}\nWhen: The council meeting in {city}, May 11.\n"
        "What happened: The council voted 9-0 to approve the budget of {amount}.\n"
        "Overview: The budget is smaller than last year's.\nPSBA: The board renewed its membership.",
        "Board meets in {city}\nWhere: The town hall of {city}.\nWho attended: {name} and four others.\n"
        "Next steps: The board will vote again on June 15.",
    ]
)


@pytest.mark.parametrize("page", RUN_IN_PAGES)
def test_run_in_labels_of_a_fact_sheet_are_no_datelines(page: str) -> None:
    datelines = _datelines(page)
    assert datelines
    assert not any(datelines)


QUESTION_OPENINGS = _fill(["{label} approved\nWhen: The meeting in {city} on May 11.\nThe vote was 9-0."])


@pytest.mark.parametrize("page", QUESTION_OPENINGS)
def test_a_question_word_before_a_colon_is_no_dateline(page: str) -> None:
    assert not any(_datelines(page))


ROUNDUPS = _fill(
    [
        "Storms across Europe\nLONDON: Heavy rain closed roads on Tuesday, officials said.\n"
        "PARIS: Flights were cancelled at two airports.\nBERLIN: Trains ran late across the north.",
        "Floods in {city} and beyond\nMumbai: Rain flooded streets on Tuesday, officials said.\n"
        "The river rose by two metres.",
    ]
)


@pytest.mark.parametrize("page", ROUNDUPS)
def test_places_before_a_colon_keep_their_datelines(page: str) -> None:
    assert _datelines(page)[0] is not None


COMMENT_SECTIONS = _fill(
    [
        "Leave a Reply\nYour email address will not be published. Required fields are marked *",
        "(0) comments\nWelcome to the discussion.\nDon't Threaten. Threats of harming another person will not be "
        "tolerated.\nBe Truthful. Don't knowingly lie about anyone or anything.\nPost a comment",
        "Leave a comment\nAbout this Entry\nFloods in {city} was the previous entry in this blog.",
        "0 replies\nLeave a Reply\nWant to join the discussion?\nFeel free to contribute!",
        "Comments: 1 - Login to add and view comments\nBe the first one to comment on this story!",
        "Leave a comment\nBe Truthful. Don't knowingly lie about {name}.\nStop watching this discussion.",
        "Post a comment\nShare with Us. We'd love to hear eyewitness accounts from {city}.",
    ]
)
COMMENT_PAGE = PAGE.replace("\nRescue crews will stay in the town until Friday.", "")


@pytest.mark.parametrize("section", COMMENT_SECTIONS)
def test_a_comment_section_closing_the_page_is_set_aside(section: str) -> None:
    # The claim line the page ends with is gone: every line below the section's heading is the section's.
    mine, claims = roles_of(section, COMMENT_PAGE)
    assert mine, section
    assert all(mine), section
    assert not any(claims), section


ARTICLE_BELOW_COMMENT_LINK = _fill(
    [
        "Floods force hundreds from homes in {city}\nBy {name} | Leave a comment\nLeave a comment\n"
        "Floodwaters swept through {city} on Tuesday, forcing 300 people from their homes, officials said.\n"
        "Rescue crews will stay in the town until Friday, the fire service said on Wednesday evening.",
    ]
)


@pytest.mark.parametrize(
    "line", ["No comments were made at the hearing, the clerk said.", "Comments: 3 people were hurt, police said."]
)
def test_a_sentence_opening_like_a_comment_section_opens_none(line: str) -> None:
    assert_kept(line)


@pytest.mark.parametrize("page", ARTICLE_BELOW_COMMENT_LINK)
def test_the_article_below_a_comment_link_at_the_top_stays(page: str) -> None:
    sentences = compare.compare(page, OTHER).sentences_a
    assert not any(s.boilerplate for s in sentences if "Floodwaters" in s.text or "Rescue crews" in s.text)


PAGE_ITSELF = _fill(
    [
        "This page contains a single entry by {name} published on October 23, 2012 11:57 PM.",
        "Floods in {city} was the previous entry in this blog.",
        "Written content on this site is not created by the editorial department of AP, unless otherwise noted.",
        "Find recent content on the main index or look in the archives to find all content.",
    ]
)
PAGE_ITSELF_LOOKALIKES = _fill(
    [
        "The agency's website listed {amount} in donations for {city}.",
        "{name} posted the entry on the council's blog on Tuesday.",
        "\u201cThe content on this site is ours,\u201d {name} said.",
        "Police in {city} found the site of the blast on Tuesday.",
    ]
)


@pytest.mark.parametrize("line", PAGE_ITSELF)
def test_the_page_speaking_of_itself_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", PAGE_ITSELF_LOOKALIKES)
def test_claims_about_web_pages_and_sites_stay(line: str) -> None:
    assert_kept(line)


QUESTION_HEADLINES = _fill(
    [
        "When Everything Falls Apart, Can Communities Come Together?",
        "Can {city} Rebuild Before The Next Flood?",
        "Who Pays For The Road Repairs In {city}?",
    ]
)
QUESTION_PAGE = (
    "Skip to content\nStories\n{line}\nPeople in this story\nFloodwaters swept through the town of Otley on Tuesday, "
    "forcing 300 people from their homes, officials said.\nThe River Wharfe rose two metres overnight, the fire "
    "service said.\nRescue crews will stay in the town until Friday."
)


@pytest.mark.parametrize("line", QUESTION_HEADLINES)
def test_a_headline_asking_a_question_in_title_case_is_no_claim(line: str) -> None:
    assert_set_aside(line, QUESTION_PAGE)


@pytest.mark.parametrize("line", _fill(["Where is the county today?", "How did {city} get here?"]))
def test_a_question_in_prose_above_the_article_is_not_its_headline(line: str) -> None:
    text = QUESTION_PAGE.format(line=line)
    roles = [s.role for s in compare.compare(text, OTHER).sentences_a if s.text == line]
    assert roles
    assert roles[0] != "headline"


HEADLINE_PASSIVES = _fill(
    [
        "{name} sentenced to 30 years in prison for fraud and racketeering in {city}",
        "{name} charged with murder after a shooting near the river in {city} last week",
        "Mayor {name} arrested over missing funds worth {amount} at the city hall",
    ]
)
PROSE_PASSIVES = _fill(
    [
        "{name} was sentenced to 30 years in prison for fraud and racketeering in {city}",
        "{name} has been charged with murder after a shooting near the river in {city} last week",
    ]
)


@pytest.mark.parametrize("line", HEADLINE_PASSIVES)
def test_a_headline_passive_without_its_auxiliary_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", PROSE_PASSIVES)
def test_a_passive_with_its_auxiliary_that_lost_its_full_stop_stays(line: str) -> None:
    assert_kept(line)


TERMINATED_PAGE = "Floodwaters swept through {city} on Tuesday, officials said.\n{line}\nNo deaths were reported."
APPEALS = _fill(
    [
        "Support Independent Journalism. Donate Today!",
        "Local news matters. Subscribe today to support our reporters.",
        "Keep {city} informed. Donate now.",
    ]
)


@pytest.mark.parametrize("line", APPEALS)
def test_an_appeal_takes_its_line_on_a_page_of_sentences(line: str) -> None:
    text = TERMINATED_PAGE.format(city="Leeds", line=line)
    sentences = compare.compare(text, OTHER).sentences_a
    assert all(s.boilerplate for s in sentences if s.text in line)
    assert not any(s.boilerplate for s in sentences if s.text not in line)


@pytest.mark.parametrize("line", _fill(["Support for the plan grew. {name} said donations reached {amount}."]))
def test_a_line_of_claims_about_support_and_donations_stays_on_a_page_of_sentences(line: str) -> None:
    text = TERMINATED_PAGE.format(city="Leeds", line=line)
    assert not any(s.boilerplate for s in compare.compare(text, OTHER).sentences_a)
