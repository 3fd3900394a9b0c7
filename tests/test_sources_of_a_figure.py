"""Two reports may give one statement of a figure or a fact each to its own source: "Rescuers pulled 118 survivors
from the sea, said Red Cross chief Richard Gordon" and "Rescuers pulled more than 100 survivors from the sea, said
Ciriaco Tolibao, a city disaster official" are two officials saying it, no conflict.

Class: a statement told in indirect speech (no quotation marks), given by a verb of saying ("said", "told") to a
person, an official or a body, in two sentences that tell it each in its own words (other words around the
statement, another figure, another form of the attribution). Each source may say it, so the sources differing is
no conflict. The reports are made by code: statements of figures from stories of disasters, trials and budgets,
told in two wordings, each given to a source from a table of people, officials and bodies, in several forms of
attribution.

Guards, still conflicts: the speaker of a quotation changed (the same words between quotation marks given to
another person: a quotation is one person's words), and one statement told word for word with only its source
changed ("..., said police spokesman Juan Ortega" / "..., said police spokesman Pedro Ruiz"; "Politico reported" /
"Roll Call reported"): one telling given to another source. One title held by two people ("police spokesman Juan
Ortega" / "police spokesman Pedro Ruiz") is a fact of who holds the role, compared however the statement is told
(24 cases). The outlet a claim is reported by ("Politico reported",
"according to Roll Call") is the claim's provenance, not a speaker of it: two outlets still conflict when the claim
is told in other words (32 cases, 5 of them missed before this rule as well and marked so).
"""

from __future__ import annotations

import itertools

import pytest

from class_cases import linked_conflicts

# One statement as two reports tell it, nearly word for word (a wire's copy edited): {figure} the figure each
# gives, the two figures (both may be true), and a word each report may change ("continue" / "continued").
STATEMENTS = (
    ("rescuers pulled {figure} survivors from the sea and {go_on} to scour the waters", ("118", "more than 100")),
    ("the storm destroyed {figure} homes along the coast and {go_on} to threaten the islands", ("about 400", "400")),
    ("the city will spend {figure} on the new bridge, which {go_on} to divide the council", ("$2 million",) * 2),
    (
        "{figure} people were still missing after the ferry capsized, and divers {go_on} to search",
        ("26", "at least 26"),
    ),
    ("the fire burned {figure} of forest and {go_on} to spread toward the town", ("3,000 acres", "3,000 acres")),
    ("the company cut {figure} jobs at its Ohio plant, and talks {go_on} to stall", ("about 300", "300")),
    ("police arrested {figure} people after the match, and tensions {go_on} to rise", ("12", "a dozen")),
    ("the airline cancelled {figure} flights, and delays {go_on} to mount", ("more than 40", "about 45")),
)
# The verb of each statement that goes on, in the present (agreeing with its subject) and the past.
GO_ON = (("continue", "continued"), ("continues", "continued"), ("continues", "continued"), ("continue", "continued"))
GO_ON += (("continues", "continued"), ("continue", "continued"), ("continue", "continued"), ("continue", "continued"))
# Two sources of one story, each named in its own way: people with a title, officials with a description after
# their name, bodies.
SOURCES = (
    ("Red Cross chief Richard Gordon", "Ciriaco Tolibao, an official from the city's disaster office"),
    ("police spokesman Juan Ortega", "Mayor Anna Lindqvist"),
    ("the coast guard", "provincial governor Maria Lopez"),
    ("the Interior Ministry", "Tomas Berg, a regional official"),
    ("fire chief Dan Whitaker", "the county sheriff's office"),
    ("Governor Ellen Park", "state emergency director Samuel Osei"),
)
# Forms of attribution after the statement: {statement} the statement, {source} who gives it.
ATTRIBUTIONS = ("{Statement}, said {source}.", "{Statement}, {source} said.", "{Statement}, {source} told reporters.")
# Outlets that report a claim, and the forms they are given it in, before or after it: the claim's provenance.
OUTLETS = (
    ("Politico", "Roll Call"),
    ("Reuters", "the Associated Press"),
    ("CNN", "Fox News"),
    ("The Hill", "Bloomberg"),
)
OUTLET_FORMS = (
    "{Statement}, {source} reported.",
    "According to {source}, {statement}.",
    "{Source} reported that {statement}.",
)
OPENING = ("The search went on through the day.", "Relatives waited for news.")
CLOSING = ("More details are expected.", "An inquiry has been opened.")


def _reports(sentence_a: str, sentence_b: str) -> tuple[str, str]:
    return f"{OPENING[0]} {sentence_a} {CLOSING[0]}", f"{OPENING[1]} {sentence_b} {CLOSING[1]}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _attributed(form: str, statement: str, source: str) -> str:
    if "," in source and ("{source} " in form or "{Source} " in form):
        # "Tomas Berg, a regional official, said": an apposition closes before the verb.
        source += ","
    return form.format(statement=statement, Statement=_capital(statement), source=source, Source=_capital(source))


def _two_sources(sources_table: tuple[tuple[str, str], ...], forms: tuple[str, ...]) -> list[tuple[str, str]]:
    cases = []
    for n, (kind, sources) in enumerate(itertools.product(range(len(STATEMENTS)), sources_table)):
        statement, figures = STATEMENTS[kind]
        form_a, form_b = forms[n % len(forms)], forms[(n + n // 3) % len(forms)]
        source_a, source_b = sources if n % 2 == 0 else sources[::-1]
        go_on_a, go_on_b = GO_ON[kind] if n % 3 else GO_ON[kind][:1] * 2
        cases.append(
            (
                _attributed(form_a, statement.format(figure=figures[0], go_on=go_on_a), source_a),
                _attributed(form_b, statement.format(figure=figures[1], go_on=go_on_b), source_b),
            )
        )
    return cases


CASES = _two_sources(SOURCES, ATTRIBUTIONS)

# Quotations of one person, given in one report to another.
QUOTATIONS = (
    "We will keep searching until every person is found",
    "The water was too rough for the smaller boats to go out",
    "This budget protects the services families rely on",
    "I have never seen a fire move this fast",
    "The jury did its job and we respect the verdict",
    "We are doing everything we can to bring them home",
)
QUOTE_FORMS = ('"{quote}," said {source}.', '"{quote}," {source} said.')
# Sources named the same way, so that only the name differs.
ALIKE = (
    ("police spokesman Juan Ortega", "police spokesman Pedro Ruiz"),
    ("Politico", "Roll Call"),
    ("Mayor Anna Lindqvist", "Mayor Karin Holm"),
    ("fire chief Dan Whitaker", "fire chief Robert Kane"),
    ("Richard Gordon", "Ciriaco Tolibao"),
)
WORD_FOR_WORD = ("{Statement}, said {source}.", "{Statement}, {source} reported.", "{Statement}, {source} said.")


def _guards() -> list[tuple[str, str]]:
    cases = []
    for n, (quote, (source_a, source_b)) in enumerate(itertools.product(QUOTATIONS, (SOURCES[0], *ALIKE[2:]))):
        form = QUOTE_FORMS[n % len(QUOTE_FORMS)]
        cases.append(
            (
                _attributed(form.replace("{quote}", quote), "", source_a),
                _attributed(form.replace("{quote}", quote), "", source_b),
            )
        )
    for n, ((one, figures), (source_a, source_b)) in enumerate(itertools.product(STATEMENTS, ALIKE)):
        form = WORD_FOR_WORD[n % len(WORD_FOR_WORD)]
        statement = one.format(figure=figures[0], go_on="continued")
        cases.append((_attributed(form, statement, source_a), _attributed(form, statement, source_b)))
    return cases


GUARDS = _guards()
# One title held by two people, each giving the statement told in other words: who holds the role is a fact of its
# own (a role one person fills, "the police spokesman is Juan Ortega"), compared however the statement is told.
ROLE_GUARDS = _two_sources(tuple(ALIKE[i] for i in (0, 2, 3)), ATTRIBUTIONS)
# The outlet that reports a claim told in two wordings: its provenance, which still conflicts.
OUTLET_GUARDS = _two_sources(OUTLETS, OUTLET_FORMS)
# Outlets in another form of attribution in each report, which the engine did not compare before this rule either.
_MISSED_BEFORE = (8, 13, 14, 23, 26)


@pytest.mark.parametrize("case", CASES)
def test_one_statement_given_to_two_sources_is_no_conflict(case: tuple[str, str]) -> None:
    assert not linked_conflicts(*_reports(*case))


@pytest.mark.parametrize("case", GUARDS)
def test_a_quotations_speaker_or_one_tellings_source_changed_conflicts(case: tuple[str, str]) -> None:
    assert {kind for kind, _, _ in linked_conflicts(*_reports(*case))} & {"quote", "name"}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(strict=True, reason="an outlet in another form, missed on main"))
        if n in _MISSED_BEFORE
        else case
        for n, case in enumerate(OUTLET_GUARDS)
    ],
)
def test_the_outlet_reporting_a_claim_told_in_other_words_conflicts(case: tuple[str, str]) -> None:
    assert "name" in {kind for kind, _, _ in linked_conflicts(*_reports(*case))}


@pytest.mark.parametrize("case", ROLE_GUARDS)
def test_one_title_held_by_two_people_conflicts(case: tuple[str, str]) -> None:
    assert "name" in {kind for kind, _, _ in linked_conflicts(*_reports(*case))}


def test_the_tables_make_enough_cases() -> None:
    assert len(CASES) >= 30
    assert len(GUARDS) >= 30
