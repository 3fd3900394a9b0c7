"""Tallies: a figure that counts the people of one outcome of an event (rescued, killed, injured, missing, ...).

Class: one counted fact told in two sentences that otherwise differ. Reports of one disaster count the people it
killed, injured, left missing, or whom rescuers saved, each in its own sentence and words: "Rescuers pulled 127
people from the water" / "118 passengers were rescued, the coast guard said"; "Five people may be still missing" /
"Four of the 17 had been missing"; "killing 70 people" / "reporting at least 85 deaths". The counted noun differs
("people", "passengers", "survivors", or none: "118 were plucked from the sea"), and so does the verb, so neither the
counted key nor the words tie the two; what ties them is the outcome the figure is bound to, read by structure:

- what the figure counts, when it names the outcome ("127 people rescued", "85 deaths", "118 survivors");
- else the verb whose object the figure is ("killing 70 people", "evacuated 40 people"): another verb ("carrying
  173 passengers") makes the figure no tally;
- else, where the figure opens a clause (a sentence, a clause after a comma or a conjunction, a statement after a
  verb of saying), the predicate of which it is the subject, over its verb group, hedging verbs ("are confirmed
  dead", "may be still missing", "remain unaccounted for"), an appositive ("Seventeen people, some of them children,
  were killed") and the whole it is part of ("Four of the 17 had been missing").

A figure with a unit, a share, a change, a sum of members, or a count of other things than people ("80 buildings",
"36 bodies", "14 coaches") is no tally; nor is the whole of a part (the 17 of "Four of the 17").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._text._normalize import stem
from ._actions import a_verb_form, a_verb_of_saying, subject_of_act

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .._text._words import Word
    from ._facts import Facts
    from ._numbers import Quantity

__all__ = ["OUTCOME_KEYS", "agent", "tally"]

# The outcomes people of an event are counted for, each told by these words (their stems are read, so "killing",
# "kills" and "killed" are one): the act table's harms (compare._facts._actions) and rescue.
_OUTCOME_WORDS = {
    "dead": ("killed", "dead", "died", "deaths", "fatalities", "slain", "perished", "drowned"),
    "injured": ("injured", "wounded", "hurt"),
    "missing": ("missing", "unaccounted"),
    "rescued": ("rescued", "saved", "survived", "survivors", "plucked", "pulled"),
    "evacuated": ("evacuated", "displaced"),
    "arrested": ("arrested", "detained"),
}
_OUTCOME_OF = {stem(word): outcome for outcome, words in _OUTCOME_WORDS.items() for word in words}
# The keys a sentence holds when it may tell a tally: the words of the outcomes.
OUTCOME_KEYS = frozenset(_OUTCOME_OF)
# General nouns of people: what a tally counts, besides nothing written ("118 were rescued"). A narrower group
# ("children", "crew members", "residents") is a part of the people of an event, another count.
_PEOPLE = frozenset(stem(word) for word in ("people", "persons", "person", "individuals", "passengers", "survivors"))
# Words between a tally's subject and its outcome: the verb group, adverbs, verbs that hedge the outcome ("are
# confirmed dead", "are feared dead", "remain unaccounted for", "may be still missing").
_GROUP = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "may", "might", "could", "would"}
    | {"will", "can", "should", "must", "still", "now", "also", "all", "already", "yet", "later", "so", "far"}
    | {"remain", "remains", "remained", "confirmed", "feared", "believed", "presumed", "reported", "listed"}
    | {"thought", "known", "said", "reportedly", "officially"}
)
_NEGATIONS = frozenset({"not", "never", "no", "none", "nobody"})
# Words after which a figure opens a clause, whose subject it may be.
_OPENERS = frozenset({"that", "and", "but", "while", "whereas", "as", "when", "after", "with"})
# Verbs after which a figure opens what is stated or estimated ("estimate 20 people died", "fear 12 are dead").
_HEDGING_VERBS = frozenset(stem(word) for word in ("estimate", "believe", "fear", "think", "expect", "confirm"))
# How many words an appositive set off after a tally's subject may hold ("Seventeen people, some of them children,").
_APPOSITIVE_WORDS = 6
# How many words may stand between a tally's subject and its outcome.
_PREDICATE_REACH = 5


def tally(facts: Facts, quantity: Quantity) -> str | None:
    """The outcome whose people the figure counts ("dead", "rescued", ...), or None when it is no tally.

    Args:
        facts: The sentence.
        quantity: One of its quantities.
    """
    if quantity.unit or quantity.part or quantity.modifier or quantity.margin or quantity.combined:
        return None
    phrase = [w for w in facts.words if quantity.end <= w.start < quantity.phrase_end and w.lower not in _GROUP]
    # The first word is what is counted ("people", "survivors", "deaths"), or the outcome of an unsaid noun ("118
    # were plucked"); words after it may tell the outcome ("127 people rescued").
    if phrase and phrase[0].key not in _PEOPLE and phrase[0].key not in _OUTCOME_OF:
        return None
    outcomes = {_OUTCOME_OF[w.key] for w in phrase if w.key in _OUTCOME_OF}
    if len(outcomes) > 1 or _a_whole(facts, quantity):
        return None
    if outcomes:
        return outcomes.pop()
    before = _word_before(facts, quantity.start)
    if before is not None and not _opens_a_clause(before):
        # "killing 70 people": the figure is the object of a verb, whose act it is counted for.
        return _OUTCOME_OF.get(before.key) if _a_verb(before) else None
    return _predicate_outcome(facts.text, [w for w in facts.words if w.start >= quantity.phrase_end])


def agent(facts: Facts, quantity: Quantity) -> tuple[Word, ...]:
    """Who did the act a tally is the object of ("Rescuers" of "Rescuers pulled 127 people from the water"); none
    when the figure is the subject of its clause ("127 people were rescued, officials said")."""
    before = _word_before(facts, quantity.start)
    if before is None or _opens_a_clause(before) or not _a_verb(before):
        return ()
    return subject_of_act(facts.text, facts.words, quantity.start, quantity.end)


def _a_verb(word: Word) -> bool:
    return a_verb_form(word) or word.lower.endswith("ing") or word.key in _OUTCOME_OF


def _word_before(facts: Facts, start: int) -> Word | None:
    """The word just before an offset in its clause, or None when the offset opens the sentence or follows a break."""
    before = [w for w in facts.words if w.end <= start]
    if not before or any(mark in facts.text[before[-1].end : start] for mark in ",;:(-"):
        return None
    return before[-1]


def _opens_a_clause(word: Word) -> bool:
    """Whether a figure after the word opens a clause: a conjunction, or the statement of a verb of saying."""
    return word.lower in _OPENERS or a_verb_of_saying(word) or (a_verb_form(word) and word.key in _HEDGING_VERBS)


def _a_whole(facts: Facts, quantity: Quantity) -> bool:
    """Whether the figure is the whole of a part: the 17 of "Four of the 17"."""
    before = [w for w in facts.words if w.end <= quantity.start][-3:]
    lowers = [w.lower for w in before]
    if lowers[-2:] == ["of", "the"]:
        lowers, before = lowers[:-1], before[:-1]
    return len(before) >= 2 and lowers[-1] == "of" and any(q.end == before[-2].end for q in facts.quantities)


def _predicate_outcome(text: str, after: Sequence[Word]) -> str | None:
    """The outcome the predicate after a tally's subject tells ("may be still missing", ", some of them children,
    were killed"), or None when it tells none."""
    rest = list(after)
    if rest and "," in text[: rest[0].start][-3:]:
        # An appositive set off by commas: the predicate follows its closing comma.
        closing = next((n for n, w in enumerate(rest[:_APPOSITIVE_WORDS]) if "," in text[w.end : w.end + 1]), None)
        if closing is None:
            return None
        rest = rest[closing + 1 :]
    rest = _past_the_whole(rest)
    for word in rest[:_PREDICATE_REACH]:
        if word.lower in _NEGATIONS:
            return None
        if word.lower in _GROUP or word.lower.endswith("ly"):
            continue
        return _OUTCOME_OF.get(word.key)
    return None


def _past_the_whole(words: Sequence[Word]) -> list[Word]:
    """The words after "of the 17", "of them" or "of those" that follow a part ("Four of the 17 had been missing")."""
    lowers = [w.lower for w in words[:3]]
    if lowers[:1] != ["of"]:
        return list(words)
    if lowers[1:2] in (["them"], ["those"]):
        return list(words[2:])
    if lowers[1:2] == ["the"] and len(words) > 2 and words[2].is_digits:
        return list(words[3:])
    return list(words)
