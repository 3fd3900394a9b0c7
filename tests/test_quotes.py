"""Two reports quoting the same words make the same claim, however common the words and however the quotation is
split into sentences."""

from __future__ import annotations

import pytest

import compare
from compare.testing import key_facts


def _linked(a: str, b: str) -> set[tuple[str, str]]:
    result = compare.compare(a, b)
    return {(result.sentences_a[link.a].text, result.sentences_b[link.b].text) for link in result.links}


def test_the_same_quotation_of_common_words_links() -> None:
    a = 'Mr. Trump spoke for an hour on the show. "I wish I didn\'t have to do it," he said.'
    b = 'The host pressed him on the matter. "It is sad. I wish I didn\'t have to do it."'
    assert ('"I wish I didn\'t have to do it," he said.', "I wish I didn't have to do it.\"") in _linked(a, b)


def test_a_quotation_of_several_sentences_links_sentence_by_sentence() -> None:
    a = "“I have not done anything wrong. I have not broken any laws,” Ms. Lerner told the committee."
    b = 'Lerner then read a statement. "I have not done anything wrong," she said.'
    assert ("“I have not done anything wrong.", '"I have not done anything wrong," she said.') in _linked(a, b)


def test_a_turn_of_phrase_quoted_in_two_remarks_does_not_link_them() -> None:
    a = 'The coach spoke after the loss. "At the end of the day, we lost the game," he said.'
    b = 'The mayor defended the budget. "At the end of the year, the city will save money," she said.'
    assert not any("At the end" in x and "At the end" in y for x, y in _linked(a, b))


@pytest.mark.parametrize("short", ["1 in 3", "no", "yes, sir", "a big win", "never"])
@pytest.mark.parametrize("show", ["America's Newsroom", "Meet the Press today", "Face the Nation with Margaret"])
def test_a_short_quotation_does_not_make_the_words_after_it_a_quotation(short: str, show: str) -> None:
    sentence = (
        f'Boehner admitted there was a "{short}" chance that Republicans would lose the House in an interview '
        f'on Tuesday on Fox News\' "{show}."'
    )
    quotes = [value for kind, value in key_facts(sentence) if kind == "quote"]
    assert not any("interview" in quote for quote in quotes)
    assert len(show.split()) < 4 or any(show in quote for quote in quotes)
