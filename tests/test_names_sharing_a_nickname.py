"""Two given names that share a nickname are two names: "William Stevens" / "Robert Stevens" are two people.

Class: the nickname table (the `nicknames` package) lists the short forms of each given name, and some short forms
stand for several ("Bill" for William and for Robert, "Sandy" for Alexander and for Sandra). A nickname and its full
name are one person ("Bill" / "William"); two full names reached only through a nickname they share are not. The
pairs are found by code: every two common given names of one list that the table relates only through a shared
short form, each put into sentences of several shapes under one surname.
"""

from __future__ import annotations

import itertools
import random

import pytest
from nicknames import NickNamer

import compare

# Common given names of US news (the Social Security Administration's most frequent, in no order that matters).
_GIVEN = " ".join(
    (
        "John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew "
        "Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason "
        "Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel "
        "Gregory Alexander Frank Patrick Raymond Dennis Jerry Tyler Aaron Adam Nathan Henry Douglas Zachary "
        "Peter Kyle Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Margaret "
        "Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca "
        "Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha "
        "Katherine Christine Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce "
        "Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline "
        "Martha Gloria Teresa Ann Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace "
        "Theodore Edmund Edgar Edwin Harold Walter Arthur Albert Frederick Alfred Lawrence Leonard Louis "
        "Ralph Eugene Howard Carl Francis Bernard Roger Gerald Wayne Roy Victor Martin Vincent Philip Russell "
        "Stanley Bruce Alan Eleanor Ellen Helena Louise Lucy Marjorie Rose Irene Roberta Wilma Frederica "
        "Henrietta Josephine Antonia Alexis",
    )
).split()
_TEMPLATES = (
    "{n} was charged on Monday with fraud, prosecutors said.",
    "Police arrested {n} at his home on Tuesday.",
    "The board named {n} chief executive on Wednesday.",
    "Sen. {n} voted against the bill on Thursday.",
    '"We will appeal," {n} told reporters after the hearing.',
    "{n}, 52, won the race by 300 votes.",
)
_SURNAMES = ("Stevens", "Okafor", "Kowalski", "Brennan", "Tanaka", "Hughes")


def _sharing_only_a_nickname() -> list[tuple[str, str]]:
    table = NickNamer()

    def related(one: str, other: str) -> bool:
        return other.lower() in table.canonicals_of(one.lower()) or one.lower() in table.canonicals_of(other.lower())

    return [
        (one, other)
        for one, other in itertools.combinations(_GIVEN, 2)
        if not related(one, other) and table.canonicals_of(one.lower()) & table.canonicals_of(other.lower())
    ]


def _cases() -> list[tuple[str, str, str, str]]:
    rng = random.Random(27)
    cases = []
    for index, (one, other) in enumerate(_sharing_only_a_nickname()):
        template = _TEMPLATES[index % len(_TEMPLATES)]
        surname = rng.choice(_SURNAMES)
        cases.append((one, other, template.format(n=f"{one} {surname}"), template.format(n=f"{other} {surname}")))
    return cases


_CASES = _cases()


def test_the_class_has_enough_cases() -> None:
    assert len(_CASES) >= 10


@pytest.mark.parametrize("case", _CASES, ids=lambda case: f"{case[0]}>{case[1]}")
def test_two_given_names_sharing_a_nickname_are_two_names(case: tuple[str, str, str, str]) -> None:
    one, other, report_a, report_b = case
    comparison = compare.compare(report_a, report_b)
    found = [c for link in comparison.links for c in link.conflicts if c.kind in {"name", "quote"}]
    assert any(one in c.a_value and other in c.b_value for c in found), found
