"""One name written in two forms, which two reports use for the same entity and which are never a conflict.

Three classes of form, each read from the sentence at the place a name starts:

- a US state as its name, its AP abbreviation or its postal code ("Kentucky" / "Ky." / "KY"); the table is the
  `us` package's (all states, DC and the territories), not a hand list;
- a party-state tag and its spelled-out form ("R-Ohio", "(R., Ohio)" / "Republican of Ohio", "a Democrat from
  Ohio"): the same party, and the same state when both give one;
- an acronym, dotted or plain, and the name whose words' initials it is ("the F.B.I." / "the FBI" / "the Federal
  Bureau of Investigation", "U.S." / "United States"); joiners ("of", "and", "the", "for") have no initial.
"""

from __future__ import annotations

import functools
import re

from ._restated import PARTY_WORDS, us_states

__all__ = ["acronym_of", "written_otherwise"]

# A run of capitalised words with the joiners between them, or a dotted or plain acronym.
_RUN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]{2,}\b|[A-Z][\w'\u2019.]*(?:-[A-Z][\w.]*)?(?:\s+(?:(?:of|and|the|for|on|&)\s+)*[A-Z][\w'\u2019.]*)*"
)
# "U.S." or "U.S" (a name's span ends before the sentence's full stop), "FBI".
_ACRONYM = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?|[A-Z]{2,}")
_JOINERS = frozenset({"of", "and", "the", "for", "on", "&"})
# "R-Ohio", "D-N.Y.", "(R., Ohio)", "I-Vt."
_TAG = re.compile(r"([RDI])\.?(?:-|,\s+)((?:[A-Z][a-z]*\.?\s?){1,3})")
# "Republican of Ohio", "a Democrat from Ohio"
_SPELLED_TAG = re.compile(
    r"(Republican|GOP|Democrat|Democratic|Independent)(?:,?\s+(?:of|from)\s+([A-Z][\w.]*(?:\s[A-Z]\w*)?))?"
)


def written_otherwise(text_a: str, start_a: int, text_b: str, start_b: int) -> bool:
    """Whether the names starting at these offsets of two sentences are one entity written in two forms.

    Args:
        text_a: A's sentence.
        start_a: Where a name starts in it.
        text_b: B's sentence.
        start_b: Where the name B gives in its place starts.
    """
    run_a, run_b = _run(text_a, start_a), _run(text_b, start_b)
    if not run_a or not run_b:
        return False
    state_a, state_b = _state(run_a), _state(run_b)
    if state_a is not None and state_a == state_b:
        return True
    party_a, party_b = _party(text_a, start_a), _party(text_b, start_b)
    if party_a is not None and party_b is not None and party_a[0] == party_b[0]:
        return party_a[1] is None or party_b[1] is None or party_a[1] == party_b[1]
    return acronym_of(run_a, run_b) or acronym_of(run_b, run_a)


def _run(text: str, start: int) -> str:
    # A name's start may sit after the hyphen of a tag ("R-Ohio") or the dot of an acronym ("U.S."): read from the
    # start of the word it is part of.
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in ".-") and text[start - 1] != " ":
        start -= 1
    match = _RUN.match(text, start)
    return match.group(0).rstrip(",") if match else ""


@functools.cache
def _states() -> dict[str, str]:
    """Every form of every state and territory, letters only -> the state's name."""
    return {_plain(form): name for code, name, ap in us_states() for form in (name, ap, code) if form}


def _plain(text: str) -> str:
    return "".join(letter for letter in text.lower() if letter.isalpha())


def _state(run: str) -> str | None:
    return _states().get(_plain(run))


def _party(text: str, start: int) -> tuple[str, str | None] | None:
    """The party and the state of a party-state tag or its spelled-out form read at a name's start, if one is."""
    begin = start
    while begin > 0 and text[begin - 1] not in " (":
        begin -= 1
    tag = _TAG.match(text, begin)
    if tag is not None:
        return tag.group(1).lower(), _state(tag.group(2))
    spelled = _SPELLED_TAG.match(text, begin)
    if spelled is not None:
        state = _state(spelled.group(2)) if spelled.group(2) else None
        return PARTY_WORDS[spelled.group(1).lower()].lower(), state
    return None


def acronym_of(short: str, long: str) -> bool:
    """Whether a dotted or plain acronym is the initials of the other name's words, its joiners' with them or not
    ("FBI", "DOJ" for "Department of Justice")."""
    if not _ACRONYM.fullmatch(short):
        return False
    words = [word for word in re.split(r"[\s,]+", long) if word]
    if len([word for word in words if word.lower() not in _JOINERS]) < 2:
        return False
    letters = _plain(short)
    with_joiners = "".join(word[0].lower() for word in words)
    without = "".join(word[0].lower() for word in words if word.lower() not in _JOINERS)
    return letters in (with_joiners, without)
