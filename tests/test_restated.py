"""compare.testing on faithful rewrites that state a fact in another form (_facts/_restated), on generated cases of
each class, and on the same cases with the fact changed, which must still fail."""

from __future__ import annotations

import random

import pytest
import us

from compare.testing import assert_covers, assert_supported

STATES = [(str(s.name), str(s.ap_abbr), str(s.abbr)) for s in us.states.STATES]
PARTIES = [("R", "Republican"), ("D", "Democratic"), ("R", "GOP")]
SURNAMES = ["Hollis", "Okafor", "Brandt", "Whitlock", "Moreno", "Lindqvist"]


def _passes(candidate: str, source: str) -> None:
    assert_covers(candidate, source)
    assert_supported(candidate, source)


def _fails(check: object, candidate: str, source: str) -> str:
    with pytest.raises(AssertionError) as caught:
        check(candidate, source)  # type: ignore[operator]
    return str(caught.value)


def _tag_case(index: int) -> tuple[str, str, str, str]:
    """A senator's party-state tag in AP or postal form, the same said in words, and another state's name."""
    name, ap, postal = STATES[index]
    letter, party = PARTIES[index % len(PARTIES)]
    other = STATES[(index + 7) % len(STATES)][0]
    surname = SURNAMES[index % len(SURNAMES)]
    form = ap if index % 2 else postal
    source = (
        f"On Tuesday, Sen. Mary {surname} ({letter}-{form}) said the budget bill would pass the chamber next week. "
        f"{surname} voted against the bill last year."
    )
    rewrite = (
        f"Mary {surname}, a {party} senator from {name}, said on Tuesday that the budget bill would pass the "
        f"chamber next week. {surname} voted against the bill last year."
    )
    changed = rewrite.replace(f"from {name}", f"from {other}")
    return source, rewrite, changed, name


@pytest.mark.parametrize("index", range(len(STATES)))
def test_a_party_state_tag_written_in_words_is_stated(index: int) -> None:
    source, rewrite, _, _ = _tag_case(index)
    _passes(rewrite, source)
    _passes(source, rewrite)


@pytest.mark.parametrize("index", range(len(STATES)))
def test_another_state_in_words_is_still_named(index: int) -> None:
    source, _, changed, name = _tag_case(index)
    assert name not in changed
    _fails(assert_covers, changed, source)
    _fails(assert_supported, changed, source)


@pytest.mark.parametrize(("letter", "party"), [("R", "Republican"), ("D", "Democrat")])
def test_a_party_letter_in_brackets_is_the_party(letter: str, party: str) -> None:
    source = f'"The law will not be used to discriminate," state Senate leader David Long ({letter}) said on Monday.'
    rewrite = (
        f'"The law will not be used to discriminate," said David Long, the {party} state Senate leader, on Monday.'
    )
    _passes(rewrite, source)
    other = "Democrat" if party == "Republican" else "Republican"
    _fails(assert_supported, rewrite.replace(party, other), source)


TITLES = [
    ("Rep.", "congressman"),
    ("Rep.", "representative"),
    ("Sen.", "senator"),
    ("Gov.", "governor"),
    ("Gen.", "general"),
    ("Col.", "colonel"),
    ("Capt.", "captain"),
    ("Sgt.", "sergeant"),
    ("Adm.", "admiral"),
    ("Supt.", "superintendent"),
    ("Det.", "detective"),
    ("Prof.", "professor"),
]


@pytest.mark.parametrize(("abbreviation", "title"), TITLES)
@pytest.mark.parametrize("surname", SURNAMES[:3])
def test_a_title_abbreviated_or_in_full_is_one_fact(abbreviation: str, title: str, surname: str) -> None:
    source = f"On Monday, former {abbreviation} Dana {surname} said the inquiry would report its findings in June."
    rewrite = f"Dana {surname}, a former {title}, said on Monday that the inquiry would report its findings in June."
    _passes(rewrite, source)
    _passes(source, rewrite)


@pytest.mark.parametrize(("abbreviation", "title"), TITLES)
def test_another_title_is_still_missing(abbreviation: str, title: str) -> None:
    other = next(full for abbr, full in TITLES if abbr != abbreviation)
    source = f"On Monday, former {abbreviation} Dana Hollis said the inquiry would report its findings in June."
    rewrite = f"Dana Hollis, a former {other}, said on Monday that the inquiry would report its findings in June."
    assert title not in rewrite
    _fails(assert_covers, rewrite, source)


@pytest.mark.parametrize("courtesy", ["Mr.", "Mrs.", "Ms."])
def test_a_courtesy_title_is_no_fact(courtesy: str) -> None:
    source = f"The bridge will reopen in May, {courtesy} Hollis told reporters on Friday."
    rewrite = "Hollis told reporters on Friday that the bridge will reopen in May."
    _passes(rewrite, source)
    _passes(source, rewrite)


SAYING = ["posited", "added", "told reporters", "wrote", "argued", "asserted", "explained", "noted", "stressed"]


@pytest.mark.parametrize("verb", SAYING)
@pytest.mark.parametrize("speaker", ["The mayor", "Hollis", "The harbour master"])
def test_a_verb_of_saying_is_the_writer_s_choice(verb: str, speaker: str) -> None:
    source = f"{speaker} said the bridge over the Vessel canal would reopen in May, after repairs to its deck."
    rewrite = f"{speaker} {verb} that the bridge over the Vessel canal would reopen in May, after repairs to its deck."
    _passes(rewrite, source)


@pytest.mark.parametrize("verb", SAYING)
def test_a_clause_added_beside_a_verb_of_saying_is_still_named(verb: str) -> None:
    source = "The mayor said the bridge over the Vessel canal would reopen."
    rewrite = (
        f"The mayor {verb}, citing an engineers' survey, that the bridge over the Vessel canal would reopen in May."
    )
    assert "engineers' survey" in _fails(assert_supported, rewrite, source)


_WORD_LIST = """
archive budget cargo dairy energy fishing granite harbour insurance justice kitchen leather marine nursing orchard
pension quarry railway salmon textile uranium vintage welfare yacht zinc
"""
WORDS = _WORD_LIST.split()


def _expansion_case(seed: int) -> tuple[str, str, str]:
    rng = random.Random(seed)
    words = rng.sample(WORDS, rng.randint(3, 5))
    spelled = ", ".join(words[:-1]) + " and " + words[-1] if seed % 2 else " ".join(words)
    acronym = "".join(word[0] for word in words).upper()
    changed = acronym[:-1] + next(letter for letter in "QXJZ" if letter != acronym[-1])
    return spelled, acronym, changed


@pytest.mark.parametrize("seed", range(20))
def test_an_acronym_and_the_words_it_abbreviates_are_one_fact(seed: int) -> None:
    spelled, acronym, _ = _expansion_case(seed)
    source = f"The nation's largest {spelled} alliance has run ads in Ohio aimed at members of Congress."
    rewrite = f"The country's largest {acronym} alliance has run ads in Ohio aimed at members of Congress."
    _passes(rewrite, source)
    _passes(source, rewrite)


@pytest.mark.parametrize("seed", range(20))
def test_an_acronym_of_other_words_is_still_named(seed: int) -> None:
    spelled, _, changed = _expansion_case(seed)
    source = f"The nation's largest {spelled} alliance has run ads in Ohio aimed at members of Congress."
    rewrite = f"The country's largest {changed} alliance has run ads in Ohio aimed at members of Congress."
    assert changed in _fails(assert_supported, rewrite, source)


@pytest.mark.parametrize("unit", ["hours", "days", "weeks", "months", "years"])
def test_a_span_without_a_figure_is_stated_by_its_unit(unit: str) -> None:
    source = f"The report capped a {unit}-long review of the agency's safety record, the minister said."
    rewrite = f"The report ended a review of several {unit} into the agency's safety record, the minister said."
    assert_covers(rewrite, source)
    other = "months" if unit != "months" else "years"
    _fails(assert_covers, rewrite.replace(f"several {unit}", f"several {other}"), source)


@pytest.mark.parametrize("start", ["", "Police said: ", "In a statement, "])
def test_a_quotation_cut_at_another_place_is_stated(start: str) -> None:
    source = f'{start}"If the levee fails again, we will move the whole village to higher ground.'
    rewrite = '"If the levee fails again, we will move the whole village to higher ground," the mayor wrote.'
    assert_supported(rewrite, source)
    changed = rewrite.replace("whole village", "whole district")
    assert "district" in _fails(assert_supported, changed, source)


@pytest.mark.parametrize("determiner", ["the Democratic", "this", "the new", "each"])
def test_one_standing_for_a_noun_is_no_figure(determiner: str) -> None:
    source = "Both parties will hold primaries in May, and the winner of the Democratic primary will be favored."
    rewrite = f"Both parties will hold primaries in May, and the winner of {determiner} one will be favored."
    if determiner == "the Democratic":
        assert_supported(rewrite, source)
    else:
        assert "number 'one'" not in _message_of(rewrite, source)


def _message_of(candidate: str, source: str) -> str:
    try:
        assert_supported(candidate, source)
    except AssertionError as failure:
        return str(failure)
    return ""


def test_one_before_a_noun_is_still_a_figure() -> None:
    source = "The storm flattened a barn and a shed near the river, the fire service said on Sunday."
    rewrite = "The storm flattened a barn and a shed near the river, and one man was hurt, the fire service said."
    assert "one" in _fails(assert_supported, rewrite, source)


SLIPS = [("Cowan", "Cowen"), ("Hollis", "Hallis"), ("Okafor", "Okafur"), ("Brandt", "Brendt"), ("Moreno", "Morena")]


@pytest.mark.parametrize(("spelling", "slip"), SLIPS)
def test_a_name_the_source_spells_two_ways_is_stated_by_either(spelling: str, slip: str) -> None:
    source = (
        f"The governor picked William {spelling} for the vacant seat on Wednesday. "
        f"{spelling} served as the governor's chief legal counsel until January. "
        f'"I can do the job," said {slip}, who will hold the seat until a special election.'
    )
    rewrite = (
        f"The governor chose William {spelling} for the vacant seat on Wednesday. "
        f"{spelling} was the governor's chief legal counsel until January. "
        f'"I can do the job," said {spelling}, who will hold the seat until a special election.'
    )
    _passes(rewrite, source)


@pytest.mark.parametrize(("spelling", "slip"), SLIPS)
def test_a_name_spelled_otherwise_only_by_the_rewrite_is_still_named(spelling: str, slip: str) -> None:
    source = (
        f"The governor picked William {spelling} for the vacant seat on Wednesday. "
        f'"I can do the job," said {spelling}, who will hold the seat until a special election.'
    )
    rewrite = source.replace(f"said {spelling}", f"said {slip}")
    assert slip in _fails(assert_supported, rewrite, source)
