"""The engine's shortcuts give what the patterns and readings they skip would give, on generated text and on real
sentences: a pattern searched only where the words every match holds stand, a count or a fold done without the
pattern, a form read only of the kinds asked about (issue 18's speed work; outputs must not change)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from compare._facts import _actions as actions
from compare._facts import _restated as restated
from compare._furniture import _appeals as appeals
from compare._furniture import _bylines as bylines
from compare._furniture import _captions as captions
from compare._furniture import _lines as lines
from compare._furniture import _links as links
from compare._furniture import _notes as notes
from compare._furniture import _repeats as repeats
from compare._text import _language as language
from compare._text import _normalize as normalize
from compare._text._words import words_at, words_of
from real_text import real_sentences

# Pieces of the patterns' words and of what stands around them, in several cases, with the letters a
# case-insensitive pattern reads as i and s (U+0130, U+0131, U+017F), quotation marks, dashes and line ends.
_PIECES = (
    *("Read more", "read", "READ ", "Top Stories", "in other news", "next ", "previous ", "source link", "here"),
    *(" HERE", "entire", "entirety", "available ", "full", "whole", "complete", "this article", "this story"),
    *("click here", "Watch the full", "Story here.", "left", "Right", ", left,", ", second from left,", "top"),
    *("bottom", "is pictured", "Photo:", "photo by", "PHOTOGRAPH by :", "Map shows", "capture", "(file)"),
    *("(Supplied)", "courtesy", "handout", ". Credit:", " | AP", " | Getty Images", "\u00a9", "(c)", "(C) "),
    *("Copyright", "all rights reserved", "ALL RIGHTS", "correspondent", "reporter", "reports from", "report from"),
    *("you", "YOUR", "please", "Readers", "yours", " - Getty Images", " \u2013 PA Pictures", "Pics", "Photo"),
    *("Win McNamee/Getty", "a/b", "WASHINGTON, DC - SEPTEMBER 12:", ":", "/", " ", "  ", "\n", "\t", ".", ","),
    *("...", "\u2026", "[\u2026]", "[...]", "]", '"', "\u201c", "\u201d", "\u2019", "\u2014", "-", "\u00a0"),
    *("\u0130", "\u0131", "\u017f", "r\u0131ght", "\u017fource link", "the", "The", "A", "a", "Z", "x", "3"),
    *("hours", "hour", "days", "years", "yearss", "minute", "seconds", "hourly", "d\u00e9j\u00e0", "\u00c9T\u00c9"),
)
TEXTS = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)

# Each case-insensitive pattern with the words one of which every match holds.
_SEARCHED = (
    (links.POINTER, links.POINTER_WORDS),
    (captions.CAPTION, captions.CAPTION_WORDS),
    (notes.COPYRIGHT, notes.COPYRIGHT_WORDS),
    (bylines.CORRESPONDENT, bylines.CORRESPONDENT_WORDS),
    (appeals.READER, appeals._READER_WORDS),
)


def _shouting_by_patterns(sentence: str) -> bool:
    upper = len(re.findall(r"[^\W\d_a-z]", sentence, re.ASCII))
    lower = len(re.findall(r"[a-z]", sentence))
    return upper + lower > 12 and upper > 1.5 * lower


def _unit_by_ending(surface: str) -> str | None:
    singular = surface[:-1] if surface.endswith("s") else surface
    return singular if singular in normalize.UNIT_SECONDS else None


def _assert_shortcuts_exact(text: str) -> None:
    lowered = lines.lowered_for_search(text)
    for pattern, words in _SEARCHED:
        assert lines.search_if_holding(pattern, text, lowered, words) == bool(pattern.search(text)), pattern.pattern
    assert captions.is_caption_credit(text) == bool(captions._CAPTION_CREDIT.search(text))
    assert captions.is_picture_credit_end(text) == bool(captions._PICTURE_CREDIT_END.search(text))
    assert lines.word_count(text) == len(re.findall(r"\S+", text))
    assert repeats.copy_key(text) == captions.TRAILING_CREDIT.sub("", text).strip()
    cut = links.CUT_COPY.match(text)
    assert text.endswith(links.ELLIPSIS_ENDS) or cut is None
    assert text.endswith(links._TRUNCATED_ENDS) or links._TRUNCATED.search(text) is None
    letters = [c for c in text if c.isalpha()]
    if lines.LOWER_ASCII.search(text):
        assert not (len(letters) >= 8 and all(c.isupper() for c in letters))
    assert normalize._is_shouting(text) == _shouting_by_patterns(text)
    assert normalize.fold(text) == text.translate(normalize._FOLD)
    for word in text.split():
        assert normalize._UNIT_OF_SURFACE.get(word.lower()) == _unit_by_ending(word.lower())


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_shortcuts_answer_as_the_patterns_on_generated_text(text: str) -> None:
    _assert_shortcuts_exact(text)


def test_shortcuts_answer_as_the_patterns_onreal_sentences() -> None:
    for sentence in real_sentences():
        _assert_shortcuts_exact(sentence)


def _initials_by_spelling(tokens: tuple[normalize.Token, ...], acronyms: set[str]) -> set[str]:
    forms = restated._forms(tokens)
    return {part for run in forms.runs for part in restated._initials(run) if part in acronyms}


# Phrases whose initials spell acronyms, capitalised or not, with joiners and the gaps that break a run.
_RUN_PHRASES = (
    *("Transport Security Lab", "transport security lab", "Red River", "red river", "Bar Association", "bar"),
    *("federal highway works", "the", "and", "of", "Sen.", "R-Ariz.", "said", "Republican", "Gov.", "FBI", "U.S."),
    *(",", " -", ";", "(", ")", "3"),
)
RUN_TEXTS = st.lists(st.sampled_from(_RUN_PHRASES), max_size=8).map(" ".join)
_ACRONYMS = ("tsl", "tl", "ts", "rr", "ba", "fhw", "fh", "rba", "tslrr", "slrrb", "r", "sl", "ab", "lrr")


@settings(max_examples=300, deadline=None)
@given(st.one_of(RUN_TEXTS, TEXTS), st.sets(st.sampled_from(_ACRONYMS), max_size=4))
def test_forms_read_by_kind_and_acronyms_looked_for_state_what_every_form_states(text: str, acronyms: set[str]) -> None:
    tokens = normalize.tokenize(text)
    forms = restated._Forms(tokens)
    by_kind = [m for kind in restated._CONCEPT_KINDS for m in forms.of_kind(kind)]
    assert by_kind == list(forms.concepts)
    assert {restated._kind_of(m.states) for m in forms.concepts} <= set(restated._CONCEPT_KINDS)
    wanted = {restated._INITIALS + letters for letters in acronyms}
    spelled = {key[len(restated._INITIALS) :] for key in restated.stated_keys([tokens], wanted) if key in wanted}
    assert spelled == _initials_by_spelling(tokens, acronyms)


# Words of acts and what stands around them: verb forms in "-ed" and irregular, verbs of saying in every case, event
# nouns, "-ing" forms, possessives, number words (one ends in "-ed"), a multiplier, acronyms with and without points,
# figures after a point, currency, curly apostrophes and quotation marks.
_ACT_PIECES = (
    *("said", "says", "Said", "SAID", "stated", "noted", "NOTED", "told", "tell", "claimed", "speech", "remarks"),
    *("killed", "killed's", "killed\u2019s", "died", "dead", "met", "meeting", "talks", "voted", "VOTE", "vote"),
    *("hit", "shot", "wounded", "bed", "red", "Ed", "ED", "E.D.", "U.S.", "killing", "King", "thing", "hundred"),
    *("two", "one hundred", "million", "2 million", "1,200", ".5", "$", "%", "Acme", "the", "The", "to", "will"),
    *(" ", " ", " ", ",", ".", "'", '"', "\u201c", "\u201d", "-", "(", ")"),
)
ACT_TEXTS = st.lists(st.sampled_from(_ACT_PIECES), max_size=20).map("".join)


def _assert_act_words_exact(text: str) -> None:
    tokens = normalize.tokenize(text)
    every = words_of(text, tokens)[1]
    few = words_at(text, tokens, actions.ACT_WORD_ENDINGS, actions.ACT_WORD_FORMS, actions.ACT_WORD_KEYS)
    assert set(few) <= set(every)
    assert actions.acting_verbs(few) == actions.acting_verbs(every)
    assert actions.verbs_of_saying(few) == actions.verbs_of_saying(every)
    assert [w for w in few if actions.names_an_act(w)] == [w for w in every if actions.names_an_act(w)]
    for word in every:
        assert word.capitalised == word.text[:1].isupper()
        assert word.is_digits == (word.text[:1].isdigit() or (word.text[:1] == "." and len(word.text) > 1))


@settings(max_examples=400, deadline=None)
@given(st.one_of(ACT_TEXTS, TEXTS))
def test_the_words_of_acts_made_alone_are_those_every_word_gives_on_generated_text(text: str) -> None:
    _assert_act_words_exact(text)


def test_the_words_of_acts_made_alone_are_those_every_word_gives_on_real_sentences() -> None:
    for sentence in real_sentences():
        _assert_act_words_exact(sentence)


def _letters_one_by_one(sample: str) -> tuple[int, int]:
    letters = [c for c in sample if c.isalpha()]
    return len(letters), sum(1 for c in letters if not c.isascii() and language._script(c) != "LATIN")


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXTS, st.text(max_size=60), st.text(st.characters(max_codepoint=0x3100), max_size=60)))
def test_letters_counted_by_bytes_are_those_counted_one_by_one(text: str) -> None:
    assert language._letters(text) == _letters_one_by_one(text)
