"""Furniture classes found on fixtures/furniture/fresh4-dev.jsonl (issue 19), each on many generated pages, with the
claims of like form that must stay.

The classes: a caption standing above its picture's credit line, the wire agencies' caption formula ("This undated
photo provided by ... shows ..."), a paragraph closed by a picture's credit in brackets, a "courtesy of" credit, a web
page's forms and widgets (comment form, sign-up answer, "Loading…"), a link's text alone ("WaPo story here."), a blog
excerpt closed by "[…]", the page's promise of updates, a presenting "The following ...:" line, and a section's name
before a colon, which is no dateline. Templates are crossed with names, outlets, places and dates, so that a rule
reading one sentence's wording fails them.
"""

from __future__ import annotations

import itertools

import pytest

import compare
from furniture_page import OTHER, PAGE, assert_kept, assert_set_aside, roles_of

NAMES = ["Jane Roe", "Ahmed Khan", "Maria Lopez-Garcia", "Tom O'Neill", "Priya Raman", "Kwame Mensah"]
OUTLETS = ["The Herald", "Reuters", "The Associated Press", "the Tampa Bay Times", "BBC News", "The Straits Times"]
AGENCIES = ["The Associated Press", "Reuters", "AFP", "Getty Images", "The Canadian Press"]
CITIES = ["Kyiv", "Lagos", "Manila", "Denver", "Leeds"]
DATES = ["Wednesday, May 14, 1997", "Feb. 4, 2015", "Saturday, July 8, 2017", "Sept. 11, 2020", "March 3"]
CASES_PER_CLASS = 30


def _fill(templates: list[str]) -> list[str]:
    fillers = itertools.product(NAMES, OUTLETS, AGENCIES, CITIES, DATES)
    cases = [
        template.format(name=name, outlet=outlet, agency=agency, city=city, date=date)
        for (name, outlet, agency, city, date), template in zip(fillers, itertools.cycle(templates), strict=False)
    ]
    step = max(1, len(cases) // CASES_PER_CLASS)
    return cases[::step][:CASES_PER_CLASS]


CREDITED_CAPTIONS = _fill(
    [
        "Residents of {city} wade through the water on {date}.\n{name}\nAP Photo",
        "A rescuer carries a child to safety in {city}. The river rose overnight.\n{name}/{agency}",
        "Firefighters battle the flames near {city}, fire officials said {date}.\n{agency} via AP\n{name}",
        "Sandbags line a street in {city}.\n{name}/Getty Images",
        "A man walks past a flooded home in {city}.\nPhoto: {name}",
        "A crowd gathers on the river bank in {city}. Nobody was hurt.\nImage credit: {name}",
    ]
)
CREDITED_LOOKALIKES = _fill(
    [
        "Heavy rain in {city} added to the flooding, {name} said.\nReuters",
        "The council in {city} said the levee would be repaired.\n(Reporting by {name}; Editing by Sam Field)",
        "Rescue crews in {city} worked through the night.\nCopyright 2016 {outlet}.",
        "The river in {city} peaked at noon on {date}.\nRescue operation",
    ]
)


@pytest.mark.parametrize("line", CREDITED_CAPTIONS)
def test_a_caption_above_its_picture_credit_line_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", CREDITED_LOOKALIKES)
def test_a_claim_above_a_wire_credit_or_a_subheading_is_kept(line: str) -> None:
    # A wire's credit, a copyright line or a subheading below a paragraph credits no picture: the claim stays (the
    # credit line itself may be set aside).
    text = PAGE.format(line=line)
    claim = line.splitlines()[0]
    roles = [s.boilerplate for s in compare.compare(text, OTHER).sentences_a if s.text in claim]
    assert roles, line
    assert not any(roles), line


def test_the_dateline_paragraph_above_a_picture_credit_is_kept() -> None:
    for agency, city in zip(AGENCIES, CITIES, strict=False):
        text = (
            "Floods force hundreds from homes in river town\nBy Sam Field\n"
            f"{city.upper()} (AP) \u2014 The levee failed at 3 a.m., the council said.\nSam Field/{agency}\n"
            "The River Wharfe rose two metres overnight, the fire service said.\nNo deaths were reported."
        )
        sentences = compare.compare(text, OTHER).sentences_a
        assert not any(s.boilerplate for s in sentences if "levee" in s.text or "metres" in s.text)


WIRE_CAPTIONS = _fill(
    [
        "This undated photo provided by {outlet} shows {name}.",
        "In this {date} file photo, {name} speaks to reporters in {city}.",
        "FILE - In this {date} photo, {name} arrives at a court in {city}. The trial opens on Monday.",
        "This {date}, file courtroom sketch shows {name} as the verdict is read in {city}.",
        "This image released by {outlet} shows flooded streets in {city}. More rain is expected.",
        "{name}\u2014AP This {date} courtroom sketch shows {name} in {city}.",
    ]
)
WIRE_LOOKALIKES = _fill(
    [
        "This photo of {name} went viral in {city} on {date}.",
        "In this case, the photo was taken by {name} in {city}.",
        "This is the picture that shows how bad it got in {city}, {name} said.",
        "In this town, {name} said, nobody locks the door.",
        "This shows the council in {city} failed its residents.",
    ]
)


@pytest.mark.parametrize("line", WIRE_CAPTIONS)
def test_the_wire_caption_formula_is_set_aside_with_its_paragraph(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", WIRE_LOOKALIKES)
def test_a_claim_about_a_picture_is_kept(line: str) -> None:
    assert_kept(line)


BRACKET_CREDITED = _fill(
    [
        "Flames consume a car near {city} on {date}. Evening winds drove the fire through several streets. "
        "(AP Photo/{name})",
        "{name} is led to the courthouse in {city}. Six people are charged. ({outlet} via AP)",
        "Residents of {city} wade through the water. (Photo by {name}/Getty Images)",
    ]
)
BRACKET_LOOKALIKES = _fill(
    [
        "The levee in {city} failed at 3 a.m., the council said (see map).",
        "Residents of {city} were told to boil water and/or buy it (and/or use tablets).",
        "{name} posted the figures on {date} (via Twitter).",
    ]
)


@pytest.mark.parametrize("line", BRACKET_CREDITED)
def test_a_paragraph_closed_by_a_bracketed_picture_credit_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", BRACKET_LOOKALIKES)
def test_a_claim_closed_by_other_brackets_is_kept(line: str) -> None:
    assert_kept(line)


@pytest.mark.parametrize(
    "line",
    _fill(
        [
            "Photos courtesy of the {city} Volunteer Fire Department.",
            "Courtesy of {name}",
            "Video courtesy of {outlet}.",
            "Photo courtesy {name}/{agency}",
        ]
    ),
)
def test_a_courtesy_credit_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize(
    "line",
    _fill(
        [
            "Courtesy calls were made to 300 residents of {city} by the council on Tuesday.",
            "The photos, courtesy of {name}, show the levee in {city} failing at 3 a.m. on Tuesday as water poured in.",
            "{name} thanked {outlet} for the courtesy of an early warning.",
        ]
    ),
)
def test_a_claim_with_courtesy_is_kept(line: str) -> None:
    assert_kept(line)


FORM_LINES = [
    "Please enter your comment!",
    "Please enter your name here",
    "Please enter a valid email address.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "This website uses cookies to improve your experience.",
    "Your comment is awaiting moderation.",
    "Processing\u2026",
    "Loading...",
    "Success! You're on the list.",
    "Thanks for signing up!",
]
FORM_LOOKALIKES = _fill(
    [
        "Please enter your building only when the fire service in {city} says it is safe.",
        "Your comment about the levee was unfair, {name} told the mayor of {city}.",
        "This site uses groundwater from the river, the company in {city} said.",
        "He paused, then left {city} without a word.",
    ]
)


@pytest.mark.parametrize("line", FORM_LINES)
def test_the_text_of_a_page_form_or_widget_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", FORM_LOOKALIKES)
def test_a_claim_like_a_form_is_kept(line: str) -> None:
    assert_kept(line)


@pytest.mark.parametrize(
    "line",
    ["WaPo story here.", "NYT article here.", "Full interview here.", "Transcript here.", "The BBC report here."],
)
def test_a_link_text_alone_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize(
    "line",
    ["Winter is here.", "Help is here, the mayor said.", "The story here is the levee, the mayor said."],
)
def test_a_claim_ending_in_here_is_kept(line: str) -> None:
    assert_kept(line)


@pytest.mark.parametrize(
    "line",
    _fill(
        [
            "By {name}, {outlet} staff writer | In a city confronting floods, the council in {city} voted today to "
            "approve a budget that looks [\u2026]",
            "The council in {city} voted on {date} to spend more on flood defences than in any year since [...]",
        ]
    ),
)
def test_a_blog_excerpt_closed_by_a_bracketed_ellipsis_is_set_aside(line: str) -> None:
    assert_set_aside(line)


def test_a_quotation_with_an_elision_is_kept() -> None:
    assert_kept('"We will rebuild [...] and we will not leave," the mayor of Otley said of the flooded town [...]')


@pytest.mark.parametrize(
    "line",
    [
        "Updates will be provided as they become available.",
        "More details will be released as they become available.",
        "Information will be posted when it is confirmed.",
        "This story will be updated.",
    ],
)
def test_the_page_promise_of_updates_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize(
    "line",
    _fill(
        [
            "{name} said updates would be given to families in {city} every morning.",
            "The council said the flood map of {city} will be updated on Friday.",
        ]
    ),
)
def test_a_claim_about_updates_is_kept(line: str) -> None:
    assert_kept(line)


def test_a_presenting_line_that_opens_with_the_following_is_set_aside() -> None:
    for what in ("excerpt from a police report describes what happened next", "statement was issued by the council"):
        assert_set_aside(f"The following {what}:")
    for name, city in zip(NAMES, CITIES, strict=False):
        assert_kept(f"The following day, police arrested {name} in {city}.")


def test_like_as_a_comparison_is_no_appeal() -> None:
    for outlet in OUTLETS:
        assert_kept(f"Like {outlet}, our volunteers in Otley worked through the night, the charity's report says.")
    assert_set_aside("Like us on Facebook.")


def test_a_long_sentence_opening_with_images_of_is_a_claim() -> None:
    for city in CITIES:
        assert_kept(f"Images of the rescue in {city} went around the world on Tuesday, and donations poured in.")
        assert_set_aside(f"Photo of the suspect released by police in {city}.")


SECTION_PAGE = "Floods force hundreds from homes\nBy Sam Field\n{line}\nNo deaths were reported in Otley."


@pytest.mark.parametrize("section", ["Policy", "Politics", "Analysis", "Exclusive", "World", "Climate"])
def test_a_section_name_before_a_colon_is_no_dateline(section: str) -> None:
    text = SECTION_PAGE.format(line=f"{section}: The Prime Minister announced the election date on Wednesday.")
    first = compare.compare(text, OTHER).sentences_a[2]
    assert not first.boilerplate
    assert first.dateline is None


@pytest.mark.parametrize("place", ["Mumbai", "Chennai", "New Delhi", "Thiruvananthapuram"])
def test_a_place_before_a_colon_stays_a_dateline(place: str) -> None:
    text = SECTION_PAGE.format(line=f"{place}: The state government announced the election date on Wednesday.")
    first = compare.compare(text, OTHER).sentences_a[2]
    assert first.dateline is not None
    assert first.text[slice(*first.dateline)].startswith(place)


CHROME = [
    "The news is by your side.",
    "Sign up today for free and stay informed.",
    "Success! You're on the list.",
    "Your weekend starts here.",
    "News you can trust.",
]


@pytest.mark.parametrize(("chrome", "city"), list(zip(CHROME, CITIES, strict=True)))
def test_the_page_words_to_its_reader_above_the_headline_are_set_aside(chrome: str, city: str) -> None:
    text = (
        f"{chrome}\nFloods force hundreds from homes in {city}\nBy Sam Field\n"
        f"The river in {city} rose two metres overnight, the fire service said.\nNo deaths were reported."
    )
    sentences = compare.compare(text, OTHER).sentences_a
    assert all(s.boilerplate for s in sentences if s.text in chrome)
    assert not any(s.boilerplate for s in sentences if "metres" in s.text or "deaths" in s.text)


@pytest.mark.parametrize("lede", ["Ten people died.", "The levee in Otley failed at 3 a.m."])
def test_a_short_first_claim_above_an_unterminated_line_is_kept(lede: str) -> None:
    # A short claim above an unterminated line is the article's first paragraph above a subheading (or a headline
    # that lost its place): only words to the reader are the page's chrome.
    for city in CITIES:
        text = f"{lede}\nRescue crews searched {city} through the night\nThe river rose two metres overnight."
        sentences = compare.compare(text, OTHER).sentences_a
        assert not any(s.boilerplate for s in sentences if s.text in (lede, "The river rose two metres overnight."))


BAR_CREDITED = _fill(
    [
        "Police are appealing for witnesses after a crash near {city} left two people injured | Google Maps",
        "Rescuers search the rubble in {city} on {date}. | {agency}",
        "Sandbags line a street in {city} | PA",
    ]
)
BAR_LOOKALIKES = _fill(
    [
        "The league table reads Leeds | Otley | {city}, the club said.",
        "{name} said the scores were 2 | 1 in {city} on {date}.",
    ]
)


@pytest.mark.parametrize("line", BAR_CREDITED)
def test_a_line_closed_by_a_credit_after_a_bar_is_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize("line", BAR_LOOKALIKES)
def test_a_claim_holding_bars_is_kept(line: str) -> None:
    assert_kept(line)


TEASERS_ABOVE_LINKS = _fill(
    [
        "The council in {city} met on {date} to discuss the levee. At the meeting, the vote...\nRead More",
        "It was shocking to read that patrols in {city} have been cut while residents are too scared to walk...\n"
        "Continue reading",
        "{name} writes that the river in {city} has risen every spring since the dam was built and that the...\n"
        "\u2026read more",
    ]
)


# A page whose last paragraph holds two sentences: a link's bare text above it labels no list of links.
LINKED_PAGE = PAGE.replace(
    "until Friday.", "until Friday. The council will meet on Monday to discuss the damage to the river wall."
)


@pytest.mark.parametrize("line", TEASERS_ABOVE_LINKS)
def test_a_teaser_cut_off_above_its_link_is_set_aside(line: str) -> None:
    assert_set_aside(line, LINKED_PAGE)


@pytest.mark.parametrize("city", CITIES)
def test_a_whole_paragraph_above_a_link_and_a_trailing_off_are_kept(city: str) -> None:
    # A paragraph ending as a sentence does above "Read more" is the article's own; three full stops with no link
    # below are a writer trailing off.
    page = LINKED_PAGE.replace("{line}\nRescue crews", "{line}\nRead more\nRescue crews")
    mine, claims = roles_of(f"The levee in {city} failed at 3 a.m., the council said.", page)
    assert not any(mine)
    assert not any(claims)
    assert_kept(f"Residents of {city} waited, and waited, and waited...")


@pytest.mark.parametrize(
    "line",
    [
        "Welcome to the discussion.",
        "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
        "Please refrain from personal attacks.",
    ],
)
def test_a_comment_section_welcome_and_rules_are_set_aside(line: str) -> None:
    assert_set_aside(line)


@pytest.mark.parametrize(
    "line",
    _fill(
        [
            "Please avoid the area around {city}, police said.",
            "Fans in {city} were asked to avoid offensive chants at the match on {date}.",
            "{name} welcomed the discussion of flood defences in {city}.",
        ]
    ),
)
def test_a_claim_like_comment_rules_is_kept(line: str) -> None:
    assert_kept(line)
