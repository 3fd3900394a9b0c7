"""One quotation printed in two outlets' styles is one quotation; a word changed inside it is a misquotation.

Class: outlets print the same spoken words in their own style. A title abbreviated or written in full ("Lt. Col." /
"Lieutenant Colonel", "Gov." / "Governor"), a street, a saint, a mountain, a department ("St." / "Street" / "Saint",
"Mt." / "Mount", "Dept." / "Department"), a month ("Feb." / "February"), a suffix ("Jr." / "Junior"), a number in
figures or words ("10" / "ten", "No. 2" / "number two"; a figure of any size, "90" / "ninety", "23" /
"twenty-three", "150" / "one hundred and fifty", "2,000" / "two thousand", "1,500" / "fifteen hundred"), a
percentage ("5%" / "5 percent" / "five per cent"), a sign ("&" / "and"), a dotted, plain or spelled-out country
("U.S." / "US" / "United States"), "OK" / "okay", a British or an American spelling ("organise" / "organize",
"defence" / "defense", "labour" / "labor"), a contraction, a dash or an ellipsis: none of these is a misquotation.
The cases are made by code from templates: quotations of several shapes and lengths (with and without a lead-in or
a tail clause), several speakers and attributions (before, after, "said X, the ...", a colon), and the quotation's
sentence first, second or last in a report of three or four sentences.

Guards, still a conflict: a real word changed inside the same quotation ("Lt." / "Capt.", "Gov." / "Sen.",
"Governor" / "Senator", "Street" / "Avenue", "10" / "12", "23" / "twenty-four", "2,000" / "two million", "5%" /
"7%", "Feb." / "March", "U.S." / "U.K.", "organise" / "oppose", "defence" / "health", "don't" / "do").
"""

from __future__ import annotations

import random
import re

import pytest

import compare

# A form class: (name, bodies with {f} where the form stands, invariant pairs, changed pairs). A body fits every
# pair of its class; each pair is (form in one outlet's style, form in another's).
_Class = tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]

_CLASSES: tuple[_Class, ...] = (
    (
        "title",
        (
            "I trust {f} Alvarez to bring every one of our soldiers home",
            "{f} Alvarez gave the order to pull back before dawn",
            "We will ask {f} Alvarez to testify before the committee",
            "Nobody told {f} Alvarez about the missing money until June",
        ),
        (
            ("Lt. Col.", "Lieutenant Colonel"),
            ("Gov.", "Governor"),
            ("Sen.", "Senator"),
            ("Rep.", "Representative"),
            ("Gen.", "General"),
            ("Capt.", "Captain"),
            ("Sgt.", "Sergeant"),
            ("Lt.", "Lieutenant"),
            ("Col.", "Colonel"),
            ("Prof.", "Professor"),
            ("Rev.", "Reverend"),
            ("Supt.", "Superintendent"),
        ),
        (
            ("Lt.", "Capt."),
            ("Gov.", "Sen."),
            ("Sen.", "Rep."),
            ("Governor", "Senator"),
            ("Captain", "Sergeant"),
            ("Gen.", "Col."),
            ("Lt. Col.", "Lieutenant General"),
            ("Gov.", "Senator"),
        ),
    ),
    (
        "street",
        (
            "The first shots were fired on Elm {f} just after midnight",
            "We found the car parked on Elm {f} with its lights still on",
            "Every shop on Elm {f} has been closed for a week",
        ),
        (("St.", "Street"), ("Ave.", "Avenue"), ("Blvd.", "Boulevard"), ("Rd.", "Road")),
        (("St.", "Avenue"), ("Street", "Road"), ("Ave.", "Street"), ("Blvd.", "Road")),
    ),
    (
        "place before a name",
        (
            "The water in {f} is not safe to drink",
            "We moved the families from {f} to the school gym",
            "Nobody in {f} has had power since Sunday",
        ),
        (
            ("St. Louis", "Saint Louis"),
            ("Mt. Vernon", "Mount Vernon"),
            ("Ft. Worth", "Fort Worth"),
            ("St. Paul", "Saint Paul"),
            ("Mt. Pleasant", "Mount Pleasant"),
        ),
        (("Mt. Vernon", "Ft. Vernon"), ("Mount Pleasant", "Fort Pleasant")),
    ),
    (
        "department",
        (
            "The {f} of Labor will review every contract we signed",
            "I asked the {f} of Labor for help three times",
        ),
        (("Dept.", "Department"),),
        (("Dept.", "Division"), ("Department", "Office")),
    ),
    (
        "month",
        (
            "We met on {f} 3 at the old city hall",
            "The plant will close on {f} 15 unless a buyer steps in",
            "By {f} 1 the money will be gone and the schools will suffer",
        ),
        (
            ("Feb.", "February"),
            ("Aug.", "August"),
            ("Sept.", "September"),
            ("Oct.", "October"),
            ("Dec.", "December"),
            ("Jan.", "January"),
            ("Nov.", "November"),
        ),
        (("Feb.", "March"), ("Oct.", "Nov."), ("August", "April"), ("Jan.", "June")),
    ),
    (
        "suffix",
        (
            "We honor Martin Luther King {f} every year in this city",
            "Robert Hale {f} built this company with his own hands",
        ),
        (("Jr.", "Junior"), ("Sr.", "Senior")),
        (("Jr.", "Sr."), ("Junior", "Senior")),
    ),
    (
        "count",
        (
            "We have {f} days to fix the levee before the rains come",
            "They sent {f} inspectors and not one of them found a problem",
            "I spent {f} years fighting for this bridge",
        ),
        (("10", "ten"), ("3", "three"), ("7", "seven"), ("2", "two"), ("12", "twelve")),
        (("10", "12"), ("three", "four"), ("7", "9"), ("ten", "eleven")),
    ),
    (
        "rank",
        (
            "He was the {f} official at the agency for a decade",
            "She is the {f} pick in the draft and she knows it",
        ),
        (("No. 2", "number two"), ("No. 1", "number one"), ("No. 3", "number three")),
        (("No. 2", "No. 3"), ("number two", "number four")),
    ),
    (
        "percent",
        (
            "Prices went up {f} in a single month",
            "Only {f} of our members voted for the deal",
            "We cut the budget by {f} and nobody noticed",
        ),
        (
            ("5%", "5 percent"),
            ("5%", "five per cent"),
            ("12 percent", "12%"),
            ("20 per cent", "20%"),
            ("five percent", "5%"),
            ("8 per cent", "8 percent"),
        ),
        (("5%", "7%"), ("12 percent", "15%"), ("five per cent", "six per cent"), ("20%", "30 percent")),
    ),
    (
        "sign",
        (
            "Our research {f} development budget doubled this year",
            "The roads {f} bridges in this county are falling apart",
        ),
        (("&", "and"),),
        (),
    ),
    (
        "country",
        (
            "The {f} will not back down from this fight",
            "We expect the {f} to pay its fair share of the cost",
            "Nobody in the {f} wanted this war",
        ),
        (
            ("U.S.", "US"),
            ("U.S.", "United States"),
            ("US", "United States"),
            ("U.N.", "United Nations"),
            ("U.K.", "UK"),
            ("U.N.", "UN"),
        ),
        (("U.S.", "U.K."), ("United States", "United Kingdom"), ("UN", "EU"), ("U.S.", "E.U.")),
    ),
    (
        "okay",
        ("It is {f} to be angry about this vote", "Everything is going to be {f} for the families here"),
        (("OK", "okay"), ("O.K.", "okay"), ("OK", "O.K.")),
        (("okay", "wrong"), ("OK", "hard")),
    ),
    (
        "contraction",
        ("{f} going to give up on this town", "I think {f} going to win the vote next week"),
        (("we're", "we are"), ("they're", "they are"), ("I'm", "I am")),
        (),
    ),
    (
        "negated contraction",
        ("We {f} want a strike this winter", "The families {f} trust the water company anymore"),
        (("don't", "do not"),),
        (("don't", "do"),),
    ),
    (
        "dash",
        ("We will not give up{f}we will keep fighting for this town", "I was angry{f}and I am still angry today"),
        ((", ", " -- "), (", ", " \u2014 "), (" -- ", " ... "), (", ", "... ")),
        (),
    ),
)

# British and American spellings, each with a word of its own that may stand in its place, and a body for them.
_SPELLINGS = (
    ("organise", "organize", "oppose", "We will {f} a vote on the budget before the summer"),
    ("recognise", "recognize", "reject", "We have to {f} the new government in Kabul"),
    ("criticise", "criticize", "praise", "I will not {f} the officers who were on duty that night"),
    ("apologise", "apologize", "answer", "The company must {f} to every family in this town"),
    ("analyse", "analyze", "publish", "We will {f} the data before we make any decision"),
    ("defence", "defense", "health", "Our {f} budget cannot grow any further this year"),
    ("labour", "labor", "housing", "The {f} market is stronger than it has been in years"),
    ("honour", "honor", "duty", "It was my {f} to serve the people of this state"),
    ("neighbour", "neighbor", "friend", "He was a good {f} to everyone on this street"),
    ("centre", "center", "heart", "This is the {f} of the city and it must be protected"),
    ("theatre", "theater", "museum", "The old {f} will open again in the spring"),
    ("colour", "color", "smell", "The {f} of the water changed overnight"),
    ("travelled", "traveled", "walked", "We {f} to every county in the state last year"),
    ("offence", "offense", "threat", "This is a serious {f} and we will treat it as one"),
    ("mobilise", "mobilize", "punish", "We will {f} every volunteer we have"),
    ("favour", "favor", "need", "We are in {f} of a new contract for the nurses"),
)

_SPEAKERS = (
    ("Maria Alvarez", "the county's emergency manager"),
    ("Tom Walsh", "a union organizer"),
    ("Dana Okafor", "the city council president"),
    ("Raj Patel", "the company's chief executive"),
    ("Helen Brooks", "a spokeswoman for the mayor"),
)
# How a sentence gives its quotation ({q} is the quotation as it opens a sentence, {s} and {r} speaker and role).
_SHAPES = (
    '"{q}," {s} said.',
    '"{q}," said {s}, {r}.',
    '{s} said: "{q}."',
    '"{q}," {s} told reporters after the hearing on Tuesday.',
    'In a statement on Monday, {s}, {r}, wrote: "{q}."',
    '"{q}," she said.',
)
_LEADS = ("", "Frankly, ", "As I told the council last week, ", "Let me say this plainly: ")
_TAILS = ("", ", and nobody in this room should doubt it", ", whatever the critics say about us")
# The sentences around the quotation tell one event (names, places, sums), as a report does: two reports whose
# other sentences are stock phrases may be of two events of one kind, and their one differing sentence no link.
_BEFORE = (
    "The Marlow County council met for four hours on Tuesday to debate the $42 million Elm Creek levee plan.",
    "Residents packed the gym of Jefferson High School, and dozens were turned away at the door.",
)
_AFTER = (
    "A final vote on the Elm Creek plan is expected when the council meets again on June 12.",
    "Councilwoman Priya Nair said she would ask the state auditor to review the contracts.",
)

# (class, form in A, form in B, report A, report B, the quotation's sentence in A)
_Case = tuple[str, str, str, str, str, int]


def _pairs(changed: bool, classes: tuple[_Class, ...] = _CLASSES) -> list[tuple[str, str, str, str]]:
    """Every (class, form, other form, body) the cases draw from (the spellings with the classes of the module)."""
    pairs = []
    for name, bodies, same, other in classes:
        for index, (one, two) in enumerate(other if changed else same):
            pairs.append((name, one, two, bodies[index % len(bodies)]))
    if classes is _CLASSES:
        for british, american, word, body in _SPELLINGS:
            pairs.append(("spelling", british, word if changed else american, body))
    return pairs


def _cases(seed: int, changed: bool, rounds: int, classes: tuple[_Class, ...] = _CLASSES) -> list[_Case]:
    rng = random.Random(seed)
    cases: list[_Case] = []
    for round_ in range(rounds):
        for index, (name, one, two, body) in enumerate(_pairs(changed, classes)):
            if rng.random() < 0.5:
                one, two = two, one
            shape = _SHAPES[(index + round_) % len(_SHAPES)]
            speaker, role = rng.choice(_SPEAKERS)
            lead, tail = rng.choice(_LEADS), rng.choice(_TAILS)
            quotes = []
            for form in (one, two):
                quotes.append(_capital(lead + _lower_first(body.replace("{f}", form), lead) + tail))
            before = list(_BEFORE[: rng.randrange(3)])
            after = list(_AFTER[: 1 + rng.randrange(2)]) if len(before) < 2 else []
            position = len(before)
            reports = [" ".join([*before, shape.format(q=quote, s=speaker, r=role), *after]) for quote in quotes]
            cases.append((name, one, two, reports[0], reports[1], position))
    return cases


def _lower_first(text: str, lead: str) -> str:
    """After a lead-in the quotation's first word is no longer first: lower case unless it is a name or "I"."""
    first = text.split()[0] if text.split() else ""
    keep = first in {"I", "I'm"} or first.rstrip(".,") in _NAMES_FIRST or first[:1].isdigit() or first.isupper()
    return text if not lead or keep else text[:1].lower() + text[1:]


# First words of bodies that stay capitalised anywhere (names, titles, places).
_NAMES_FIRST = frozenset(
    {"Martin", "Robert", "Elm", "Lt", "Gov", "Sen", "Rep", "Gen", "Capt", "Sgt", "Col", "Prof", "Rev", "Supt"}
    | {"Lieutenant", "Governor", "Senator", "Representative", "General", "Captain", "Sergeant", "Colonel"}
    | {"Professor", "Reverend", "Superintendent", "U.S", "U.K", "U.N", "United"}
)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _conflicts(a: str, b: str) -> list[compare.Conflict]:
    return [conflict for link in compare.compare(a, b).links for conflict in link.conflicts]


def _case_id(case: _Case) -> str:
    return f"{case[0]}:{case[1]}|{case[2]}"


# A figure of any size in digits or in words (tens, a tens-and-units compound, hundreds with or without "and",
# thousands, hundreds of a thousand, a multiplier), at the start of the quotation or inside it; the guards change its
# value, by one unit, by a digit's place or by the multiplier.
_FIGURES: tuple[_Class, ...] = (
    (
        "figure",
        (
            "We have {f} days to fix the levee before the rains come",
            "{f} families lost their homes in the flood this spring",
            "They sent {f} inspectors and not one of them found a problem",
            "I spent {f} years fighting for this bridge",
            "The storm destroyed {f} homes in this county alone",
        ),
        (
            ("90", "ninety"),
            ("23", "twenty-three"),
            ("45", "forty-five"),
            ("99", "ninety-nine"),
            ("20", "twenty"),
            ("150", "one hundred fifty"),
            ("150", "one hundred and fifty"),
            ("300", "three hundred"),
            ("2,000", "two thousand"),
            ("12,000", "twelve thousand"),
            ("1,500", "fifteen hundred"),
            ("3 million", "three million"),
            ("61", "sixty-one"),
            ("4,500", "four thousand five hundred"),
        ),
        (
            ("90", "nineteen"),
            ("23", "twenty-four"),
            ("45", "fifty-four"),
            ("2,000", "two million"),
            ("150", "fifty"),
            ("300", "three thousand"),
            ("twenty", "30"),
            ("ninety-nine", "98"),
        ),
    ),
)

_SAME = _cases(18, changed=False, rounds=2)
_CHANGED = _cases(81, changed=True, rounds=2)
_FIGURES_SAME = _cases(27, changed=False, rounds=3, classes=_FIGURES)
_FIGURES_CHANGED = _cases(72, changed=True, rounds=3, classes=_FIGURES)

# Changes the engine misses, not this class's work, marked by pair of forms (never by generated text): two dotted
# acronyms that share a letter ("E.U." / "U.S.") align on it. ("Junior" / "Senior" is read since branch quoteword,
# as one common word in place of another: _wording.a_swapped_word.)
_FAILS_CHANGED: frozenset[tuple[str, ...]] = frozenset({("E.U.", "U.S.")})


def _marked(cases: list[_Case], fails: frozenset[tuple[str, ...]], reason: str) -> list[object]:
    marked: list[object] = []
    for case in cases:
        key = tuple(sorted((case[1], case[2])))
        failing = key in fails
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if failing else []
        marked.append(pytest.param(case, id=_case_id(case), marks=marks))
    return marked


@pytest.mark.parametrize("case", _SAME, ids=_case_id)
def test_one_quotation_in_two_styles_is_no_conflict(case: _Case) -> None:
    _, _, _, report_a, report_b, sentence = case
    comparison = compare.compare(report_a, report_b)
    assert [c for link in comparison.links for c in link.conflicts] == []
    assert any(link.a == sentence for link in comparison.links)


def _names_the_change(conflict: compare.Conflict, one: str, two: str) -> bool:
    """Whether the conflict is on the changed words: a word of either form where the two differ, on its side
    ("want" / "don't want" names the change by its "don't")."""
    words_one, words_two = re.findall(r"[\w%]+", one), re.findall(r"[\w%]+", two)
    changed_one = [word for word in words_one if word not in words_two]
    changed_two = [word for word in words_two if word not in words_one]
    return any(word in conflict.a_value for word in changed_one) or any(
        word in conflict.b_value for word in changed_two
    )


@pytest.mark.parametrize("case", _marked(_CHANGED, _FAILS_CHANGED, "a change the engine misses"))
def test_a_word_changed_inside_the_quotation_is_a_conflict(case: _Case) -> None:
    _, one, two, report_a, report_b, _ = case
    found = _conflicts(report_a, report_b)
    assert any(_names_the_change(conflict, one, two) for conflict in found), found


@pytest.mark.parametrize("case", _FIGURES_SAME, ids=_case_id)
def test_one_figure_in_digits_or_in_words_is_one_quotation(case: _Case) -> None:
    test_one_quotation_in_two_styles_is_no_conflict(case)


@pytest.mark.parametrize("case", _FIGURES_CHANGED, ids=_case_id)
def test_another_figure_inside_the_quotation_is_a_conflict(case: _Case) -> None:
    test_a_word_changed_inside_the_quotation_is_a_conflict(case)
