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
- else the toll it is the level of (see _toll_outcome): a toll noun of the outcome ("the death toll", "the toll",
  "the number of dead", "the number of people arrested", "the dead", "casualties") whose verb of level the figure
  completes ("has risen to 278", "increased to 268", "reached 247", "stands at 40", "numbered 200"), a phrase of
  place or cause between them ("the death toll from the quake reached 247"), or the toll an act puts at the figure
  ("put the number of casualties at 123");
- else, where the figure opens a clause (a sentence, a clause after a comma or a conjunction, a statement after a
  verb of saying), the predicate of which it is the subject, over its verb group, hedging verbs ("are confirmed
  dead", "may be still missing", "remain unaccounted for"), an appositive ("Seventeen people, some of them children,
  were killed") and the whole it is part of ("Four of the 17 had been missing").

So one toll told with other verbs, as a resultative or as a toll ("killing at least 100 people" / "leaving at least
73 people dead" / "the number of dead increased to 268" / "278 deaths") is one outcome's tally. Casualties are the
dead and the injured together, an outcome of their own, never the count of either.

A figure with a unit, a share, a change, a sum of members, or a count of other things than people ("80 buildings",
"36 bodies", "14 coaches", "faces 12 charges") is no tally; nor is the whole of a part (the 17 of "Four of the 17").

Each count of a coordination is read in its own conjunct, so that two counts of one sentence are bound to two
outcomes though the second has no auxiliary or no verb (gapping): "At least 119 people were killed and more than 150
injured", "left 12 dead and 40 missing", "killing at least 115 and injuring about 150", "three were arrested and two
charged". Tallies of two outcomes are two facts (compare._facts._numbers._two_tallies).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._text._normalize import stem
from ._actions import a_verb_form, a_verb_of_saying, subject_of_act
from ._dates import is_year

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .._text._words import Word
    from ._facts import Facts
    from ._numbers import Quantity

__all__ = ["TALLY_KEYS", "agent", "event_year", "tally"]

# The outcomes people of an event are counted for, each told by these words (their stems are read, so "killing",
# "kills" and "killed" are one): the act table's harms (compare._facts._actions) and rescue.
_OUTCOME_WORDS = {
    "dead": ("killed", "dead", "died", "deaths", "fatalities", "slain", "perished", "drowned"),
    "injured": ("injured", "wounded", "hurt", "injuries"),
    "casualties": ("casualties",),
    "homeless": ("homeless",),
    "missing": ("missing", "unaccounted"),
    "rescued": ("rescued", "saved", "survived", "survivors", "plucked", "pulled"),
    "evacuated": ("evacuated", "displaced"),
    "arrested": ("arrested", "detained"),
    # Custody and the charge are two acts of one case (the act table's kin): "three were arrested and two charged".
    "charged": ("charged", "indicted"),
}
_OUTCOME_OF = {stem(word): outcome for outcome, words in _OUTCOME_WORDS.items() for word in words}
# The words of the outcomes.
_OUTCOME_KEYS = frozenset(_OUTCOME_OF)
# Nouns of an outcome's stem that count acts, not people: "faces 12 charges", "three indictments".
_ACTS_COUNTED = frozenset({"charge", "charges", "indictment", "indictments"})
# General nouns of people: what a tally counts, besides nothing written ("118 were rescued"). A narrower group
# ("children", "crew members", "residents") is a part of the people of an event, another count.
_PEOPLE = frozenset(stem(word) for word in ("people", "persons", "person", "individuals", "passengers", "survivors"))
# What the first word after a tally's figure may be: a noun of people, or the outcome of an unsaid noun.
_PEOPLE_OR_OUTCOMES = _PEOPLE | _OUTCOME_KEYS
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
# Nouns of a toll: "toll" alone is the toll of the dead, as reports use it; "tally" and "count" need the outcome
# said ("the casualty count").
_TOLL_NOUNS = frozenset({"toll", "tolls", "tally", "count"})
# Verbs that give a toll its level: those of change need a preposition of level after them ("rose to 278": "rose by
# 20" is a change), the others take the figure straight ("reached 247", "numbered 200", "is 40").
_CHANGE_VERBS = frozenset(
    {"rise", "rises", "rose", "risen", "rising", "climb", "climbs", "climbed", "climbing", "increase", "increases"}
    | {"increased", "increasing", "jump", "jumps", "jumped", "grow", "grows", "grew", "grown", "mount", "mounts"}
    | {"mounted", "soar", "soars", "soared", "stand", "stands", "stood", "standing"}
)
_LEVEL_VERBS = frozenset(
    {"reach", "reaches", "reached", "reaching", "hit", "hits", "top", "tops", "topped", "pass", "passes", "passed"}
    | {"exceed", "exceeds", "exceeded", "surpass", "surpassed", "number", "numbers", "numbered", "is", "was"}
    | {"are", "were", "be", "been", "totals", "totalled", "totaled", "total"}
)
_LEVEL_PREPOSITIONS = frozenset({"to", "at", "past", "above", "over", "beyond"})
# Words that open a phrase of place, time or cause between a toll and its verb ("the death toll from the quake").
_PREPOSITIONS = frozenset({"from", "in", "of", "on", "at", "across", "after", "since", "among", "for"})
# How many words that phrase may hold.
_PHRASE_REACH = 7
# Determiners before a year that modifies a noun ("the 2009 quake", "a 1999 earthquake", "last year's" is none).
_DETERMINERS = frozenset({"the", "a", "an", "its", "that", "this"})
# Words between "number of" and the outcome besides general nouns of people ("the number of those missing").
_OF_WORDS = frozenset({"the", "those"})
# The keys a sentence holds when it may tell a tally: the words of the outcomes, and the toll nouns ("the toll").
TALLY_KEYS = _OUTCOME_KEYS | {stem(word) for word in _TOLL_NOUNS}
# Verbs of a result between a tally's subject and its outcome ("were made homeless", "were left injured").
_RESULT_VERBS = frozenset({"made", "left", "rendered"})


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
    if phrase and (phrase[0].key not in _PEOPLE_OR_OUTCOMES or phrase[0].lower in _ACTS_COUNTED):
        return None
    outcomes = {_OUTCOME_OF[w.key] for w in phrase if w.key in _OUTCOME_OF}
    if len(outcomes) > 1 or _a_whole(facts, quantity):
        return None
    if outcomes:
        return outcomes.pop()
    toll = _toll_outcome(facts, quantity)
    if toll is not None:
        return toll
    before = _word_before(facts, quantity.start)
    if before is not None and not _opens_a_clause(before):
        # "killing 70 people": the figure is the object of a verb, whose act it is counted for.
        return _OUTCOME_OF.get(before.key) if _a_verb(before) else None
    return _predicate_outcome(facts.text, [w for w in facts.words if w.start >= quantity.phrase_end])


def agent(facts: Facts, quantity: Quantity) -> tuple[Word, ...]:
    """Who did the act a tally is the object of ("Rescuers" of "Rescuers pulled 127 people from the water"); none
    when the figure is the subject of its clause ("127 people were rescued, officials said"), or the object of a
    verb of another act than its outcome, whose subject only records or treats it ("Officials have recorded 87
    fatalities", "Hospitals treated 154 injuries")."""
    before = _word_before(facts, quantity.start)
    if before is None or _opens_a_clause(before) or not _a_verb(before) or before.key not in _OUTCOME_OF:
        return ()
    return subject_of_act(facts.text, facts.words, quantity.start, quantity.end)


def event_year(facts: Facts, quantity: Quantity) -> str:
    """The year that dates the event of a tally, or "": "the 2009 quake killed 300 people", "In 2012, the flood left
    525 people dead", "the death toll from the 1999 earthquake reached 17,000", "a train plunged into a river in
    1981, killing 800" tell the toll of an event of that year, not of the one a report tells undated ("the quake
    killed 40").

    Read by structure: a year written as a noun's modifier after a determiner ("the 2009 quake") or as the object
    of "in", in the sentence before the figure's phrase ends; a year after "since" bounds a span ("the worst since
    2009") and dates nothing.
    """
    words = [w for w in facts.words if w.start < quantity.phrase_end]
    for n, word in enumerate(words[1:], start=1):
        if not is_year(word):
            continue
        before = words[n - 1].lower
        following = words[n + 1] if n + 1 < len(words) else None
        if before == "in" or (before in _DETERMINERS and following is not None and following.lower.isalpha()):
            return word.text
    return ""


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
    """Whether the figure is the whole of a part: the 17 of "Four of the 17", or of "Of the 17 dead, nine were from
    one family", whose part follows."""
    before = [w for w in facts.words if w.end <= quantity.start][-3:]
    lowers = [w.lower for w in before]
    if lowers == ["of", "the"] or lowers == ["of"]:
        # The sentence opens with the whole.
        return True
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
        if word.lower in _GROUP or word.lower in _RESULT_VERBS or word.lower.endswith("ly"):
            continue
        return _OUTCOME_OF.get(word.key)
    return None


def _toll_outcome(facts: Facts, quantity: Quantity) -> str | None:
    """The outcome of the toll the figure is the level of ("the death toll has risen to 278", "the number of dead
    increased to 268", "the dead numbered 200", "put the number of casualties at 123"), or None.

    Read by structure, back from the figure in its clause: a preposition of level, a verb of level over its verb
    group, a phrase of place or cause, and the toll phrase, which ends just before them.
    """
    words = _clause_before(facts, quantity.start)
    preposition = words[-1].lower if words and words[-1].lower in _LEVEL_PREPOSITIONS else ""
    if preposition:
        words = words[:-1]
    if words and (words[-1].lower in _LEVEL_VERBS or (preposition and words[-1].lower in _CHANGE_VERBS)):
        words = words[:-1]
        while words and words[-1].lower in _GROUP:
            words = words[:-1]
        # The toll is the verb's subject, a phrase of place or cause perhaps between ("from the quake").
        ends = [len(words)] + [n for n in range(len(words) - 1, len(words) - _PHRASE_REACH, -1) if n > 0]
        ends = [n for n in ends if n == len(words) or words[n].lower in _PREPOSITIONS]
    elif preposition == "at":
        # A toll an act puts at the figure: "put the number of casualties at 123", "with the toll at 40".
        ends = [len(words)]
    else:
        return None
    return next((outcome for end in ends if (outcome := _toll_phrase(words[:end])) is not None), None)


def _clause_before(facts: Facts, start: int) -> list[Word]:
    """The words of the figure's clause before it: after the last comma, semicolon or colon."""
    before = [w for w in facts.words if w.end <= start]
    for n in range(len(before) - 1, 0, -1):
        if any(mark in facts.text[before[n - 1].end : before[n].start] for mark in ",;:("):
            return before[n:]
    return before


def _toll_phrase(words: Sequence[Word]) -> str | None:
    """The outcome of a toll phrase that ends the words: "the death toll", "the toll", "the number of people
    killed", "the dead", "casualties"; None when they end in none."""
    if not words:
        return None
    last = words[-1]
    if last.lower in _TOLL_NOUNS:
        modifier = words[-2] if len(words) > 1 else None
        if modifier is not None and modifier.key in _OUTCOME_OF:
            return _OUTCOME_OF[modifier.key]
        return "dead" if last.key == "toll" else None
    if last.key not in _OUTCOME_OF:
        return None
    # "the number of dead", "the number of people killed", "the dead", "casualties": the outcome word heads the
    # subject, or follows "number of" over general nouns of people.
    rest = list(words[:-1])
    while rest and (rest[-1].key in _PEOPLE or rest[-1].lower in _OF_WORDS):
        rest = rest[:-1]
    return _OUTCOME_OF[last.key] if not rest or [w.lower for w in rest[-2:]] == ["number", "of"] else None


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
