"""Furniture classes found on the development half of fixtures/furniture/fresh7.jsonl (issue 19), each on many
generated pages, with the claims of like form that must stay.

The classes read where a line stands more than what it says: a headline the page gives twice (what stands between
the copies belongs to the headline); a dateline below a few one-sentence lines (a caption, an audio player's notes);
the footer of short unterminated lines that closes a page; a line that is another line of the page cut off with an
ellipsis; a short prompt the page repeats ("No time to read?"). And four forms of the page speaking to its reader: a
question about "this" article, the promise of updates, a sign-in button, and a pointer to another form of the
article ("Read a summary of this article"). Templates are crossed with names, places, outlets and figures, so that
a rule reading one sentence's wording fails them.
"""

from __future__ import annotations

import pytest

import compare
from furniture_page import OTHER, assert_kept, assert_set_aside
from furniture_page import fill as _fill


def _set_aside(page: str) -> dict[str, bool]:
    """Each sentence of a page and whether the engine set it aside."""
    return {s.text: s.boilerplate for s in compare.compare(page, OTHER).sentences_a}


def _line_set_aside(page: str, line: str) -> bool:
    """Whether every sentence of one line of the page is set aside."""
    comparison = compare.compare(page, OTHER)
    start = page.index(line)
    mine = [s.boilerplate for s in comparison.sentences_a if s.start < start + len(line) and s.end > start]
    assert mine, line
    return all(mine)


HEADLINES = _fill(
    [
        "{figure} hurt as bus overturns near {city}",
        "{name} named new police chief in {city}",
        "Fire destroys {figure} homes on the edge of {city}",
    ]
)
DECKS = _fill(
    [
        "Police are appealing for witnesses to come forward.",
        "{name} said the road would stay closed until Friday.",
        "Officials in {city} said {figure} people were moved to shelters.",
    ]
)
LEDES = _fill(
    [
        "Fire crews were called to {city} just after 9 p.m. on Tuesday, officials said.",
        "{name} was sworn in at City Hall in {city} on Monday morning.",
    ]
)


@pytest.mark.parametrize(("headline", "deck", "lede"), list(zip(HEADLINES, DECKS, LEDES, strict=True)))
def test_a_line_between_two_copies_of_the_headline_is_set_aside(headline: str, deck: str, lede: str) -> None:
    page = f"{headline}\n{deck}\n{headline}\nBy Sam Field\n{lede}\nNo one else was hurt, police said.\nMore later today"
    assert _line_set_aside(page, deck)
    assert not _line_set_aside(page, lede)


@pytest.mark.parametrize(("headline", "deck", "lede"), list(zip(HEADLINES, DECKS, LEDES, strict=True)))
def test_a_lede_of_several_sentences_before_the_headline_is_repeated_stays(headline: str, deck: str, lede: str) -> None:
    # A page may print its lede, then its byline and its title again: the lede is the article.
    page = f"{headline}\nMay 7, 2025\n{lede} {deck}\nSam Field\n{headline}\nNo one else was hurt, police said."
    assert not _line_set_aside(page, f"{lede} {deck}")


@pytest.mark.parametrize(("headline", "deck"), list(zip(HEADLINES, DECKS, strict=True)))
def test_a_first_paragraph_under_a_headline_given_once_stays(headline: str, deck: str) -> None:
    page = f"{headline}\nBy Sam Field\n{deck}\nNo one else was hurt, police said.\nCopyright 2025 The Herald"
    assert not _line_set_aside(page, deck)


PLAYER_NOTES = _fill(
    [
        "New: You can now listen to articles.",
        "{name} speaking to reporters in {city} on Monday.",
        "Read a summary of this article on {outlet}.",
    ]
)


@pytest.mark.parametrize(("headline", "note"), list(zip(HEADLINES, PLAYER_NOTES, strict=True)))
def test_one_sentence_lines_above_a_dateline_further_down_are_set_aside(headline: str, note: str) -> None:
    caption = "Rescue workers search the rubble on Tuesday."
    dateline = "DENVER (AP) — Rescue crews searched the rubble of a collapsed warehouse on Tuesday, officials said."
    player = "Listen\n5 min"
    page = f"{headline}\n{caption}\n{player}\n{note}\nThe audio is an automated reading.\n{dateline}\nTwo were hurt."
    assert _line_set_aside(page, caption)
    assert _line_set_aside(page, note)
    assert not _line_set_aside(page, dateline)


@pytest.mark.parametrize(("headline", "lede"), list(zip(HEADLINES, LEDES, strict=True)))
def test_short_paragraphs_above_the_next_articles_headline_and_dateline_stay(headline: str, lede: str) -> None:
    # A page of several wire stories: the first has no dateline, the second has one under its own headline.
    page = (
        f"{headline}\nBy Sam Field\n{lede}\nThe road was closed for hours.\nTwo people were taken to hospital.\n"
        "Council approves money for body cameras\nFrom the Associated Press\n"
        "PORTLAND, Ore. (AP) — The City Council in Portland approved $2.6 million for body cameras on Wednesday."
    )
    assert not _line_set_aside(page, lede)
    assert not _line_set_aside(page, "Two people were taken to hospital.")


FOOTER_LINKS = _fill(
    [
        "{name} guilty of assault after brawl at party in {city}",
        "Judge emphasises role of media after reporting ban in {city} {city}",
        "{figure} new homes approved for {city} despite objections",
    ]
)


@pytest.mark.parametrize("link", FOOTER_LINKS)
def test_a_footer_of_links_and_labels_closing_the_page_is_set_aside(link: str) -> None:
    page = (
        "Driver killed in crash near town\nBy Sam Field\n"
        "A man in his 20s died in a road traffic collision on Friday, police said.\n"
        "Anyone with information is asked to contact the police.\n"
        f"More in this section\n{link}\nSponsored Content\nContact Us Cookie Policy Privacy Policy\n"
        "\u00a9 Examiner Group Limited\nAdd the site to your home screen - easy access to news, views and sport"
    )
    assert _line_set_aside(page, link)
    assert _line_set_aside(page, "Add the site to your home screen - easy access to news, views and sport")
    assert not _line_set_aside(page, "Anyone with information is asked to contact the police.")


@pytest.mark.parametrize("entry", FOOTER_LINKS)
def test_a_closing_list_of_unterminated_claims_without_furniture_stays(entry: str) -> None:
    # Key facts closing a page, their full stops left off: no label, no copyright, no sponsored slot among them.
    page = (
        "Driver killed in crash near town\nBy Sam Field\n"
        "A man in his 20s died in a road traffic collision on Friday, police said.\n"
        f"Key facts\n{entry}\nThe road reopened at 9 p.m. on Friday after an inquiry by the police\n"
        "Police in the county have recorded 14 deaths on the roads this year so far"
    )
    assert not _line_set_aside(page, "The road reopened at 9 p.m. on Friday after an inquiry by the police")


CUT_COPIES = _fill(
    [
        "Evacuation orders were lifted in {city} but others were ordered on Saturday. Photo courte",
        "{name} speaks to reporters outside the court in {city} on Tue",
        "Firefighters battled the blaze for {figure} hours before it was under contr",
    ]
)


@pytest.mark.parametrize("cut", CUT_COPIES)
def test_a_line_cut_off_where_another_line_goes_on_is_set_aside(cut: str) -> None:
    whole = cut + "ol, the fire service said."
    page = f"{cut}...\n{whole}\nBy Sam Field\nAuthorities lifted some orders in the county on Tuesday, officials said."
    assert _line_set_aside(page, cut + "...")


@pytest.mark.parametrize("cut", CUT_COPIES)
def test_a_claim_trailing_off_that_no_other_line_continues_stays(cut: str) -> None:
    line = cut.rsplit(" ", 1)[0] + " and then..."
    assert_kept(line)


PAGE_QUESTIONS = _fill(
    [
        "How informative is this news?",
        "Was this article helpful?",
        "Did you find this story useful, {name}?",
        "How would you rate this article?",
        "Is this information accurate?",
    ]
)
PAGE_QUESTION_LOOKALIKES = _fill(
    [
        "How accurate is this report, asked {name}, who chairs the committee in {city}?",
        "\u201cWas this story made up?\u201d {name} asked the reporter.",
        "How did the town of {city} pay for {figure} new homes this year?",
    ]
)


@pytest.mark.parametrize("line", PAGE_QUESTIONS)
def test_a_question_about_this_article_to_its_reader_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", PAGE_QUESTION_LOOKALIKES)
def test_questions_asked_by_people_or_of_the_event_stay(line: str) -> None:
    assert_kept(line)


PROMISES = _fill(
    [
        "{outlet} will keep you updated both on air and online.",
        "We'll keep you posted as more details emerge.",
        "{outlet} will continue to keep our viewers informed.",
        "Stay tuned for updates from {city}.",
    ]
)
PROMISE_LOOKALIKES = _fill(
    [
        "\u201cWe will keep you updated,\u201d the sheriff told residents of {city}.",
        "The council will keep residents of {city} updated on the repairs.",
        "{name} said the agency would keep families informed.",
    ]
)


@pytest.mark.parametrize("line", PROMISES)
def test_the_pages_promise_of_updates_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", PROMISE_LOOKALIKES)
def test_a_promise_made_by_someone_in_the_story_stays(line: str) -> None:
    assert_kept(line)


SIGN_INS = _fill(
    [
        "Sign in with Facebook, Twitter or Email.",
        "Log in using your {outlet} account.",
        "Sign up with Google to comment.",
        "Log on via {outlet} to continue.",
    ]
)
SIGN_IN_LOOKALIKES = _fill(
    [
        "Voters in {city} can sign in with their ID cards at {figure} polling stations.",
        "{name} signed in with a false name, police said.",
        "Visitors must log in with a code sent by text, the hospital said.",
    ]
)


@pytest.mark.parametrize("line", SIGN_INS)
def test_a_sign_in_button_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", SIGN_IN_LOOKALIKES)
def test_claims_about_signing_in_stay(line: str) -> None:
    assert_kept(line)


OTHER_FORMS = _fill(
    [
        "Read a summary of this article on {outlet}.",
        "Listen to this story.",
        "Hear this article read aloud by {name}.",
        "This audio is generated by an AI tool.",
        "This summary was produced by {outlet}.",
    ]
)
OTHER_FORM_LOOKALIKES = _fill(
    [
        "\u201cRead this article carefully,\u201d the judge in {city} told jurors.",
        "The images of {city} were generated by an AI tool, police said.",
        "Readers of this story in {city} wrote {figure} letters.",
    ]
)


@pytest.mark.parametrize("line", OTHER_FORMS)
def test_a_pointer_to_another_form_of_this_article_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", OTHER_FORM_LOOKALIKES)
def test_claims_about_reading_and_generated_images_stay(line: str) -> None:
    assert_kept(line)


PROMPTS = _fill(["No time to read?", "In a hurry?", "Prefer to listen?", "Short on time?", "Need a recap?", "Sign up!"])


@pytest.mark.parametrize("prompt", PROMPTS)
def test_a_short_prompt_the_page_repeats_is_set_aside(prompt: str) -> None:
    page = (
        "Fire destroys homes on the edge of town\nBy Sam Field\n"
        f"{prompt}\nLEEDS, England (AP) — Fire destroyed 12 homes on Tuesday, officials said.\n"
        f"The cause is not known.\n{prompt}\nCrews will stay until Friday, the fire service said."
    )
    roles = _set_aside(page)
    assert all(roles[sentence] for sentence in roles if sentence.startswith(prompt.split()[0]))
    assert not roles["The cause is not known."]


@pytest.mark.parametrize("claim", _fill(["No one was hurt.", "{figure} died.", "{name} resigned.", "Police said."]))
def test_a_short_claim_a_page_of_two_stories_gives_twice_stays(claim: str) -> None:
    page = (
        "Fire destroys homes on the edge of town\nBy Sam Field\n"
        f"LEEDS, England (AP) — Fire destroyed 12 homes on Tuesday, officials said.\n{claim}\n"
        f"Bus overturns near city\nLAGOS, Nigeria (AP) — A bus overturned on a bridge on Monday, police said.\n{claim}"
    )
    assert not _line_set_aside(page, claim)
