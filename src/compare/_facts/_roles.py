"""Event words in other roles: two sentences of one story that share the story's event word and say other things.

Class: the event noun or verb both reports use throughout (the crash, the fire, the derailment) is the topic of the
story, and two sentences that share it, besides names, may tell two acts of it: "The NTSB has dispatched a go team
to the site where the crash of a Q400 killed 50 people" / "The Q400 took off from Newark ... when it crashed";
"Modi tweeted: Anguished ... by the derailing of the express" / "97 people were killed when 14 coaches of the
express derailed"; "Seventeen people have died after a huge fire destroyed a tower block" / "London fire crews are
continuing to dampen the deadly fire". The event word plays another role in each (an act's subject, an object or a
phrase after a preposition, the predicate itself), and what each sentence asserts, its predicates, are other acts
that the act table does not make kin ("dispatched" / "took off", "crashed"; "tweeted" / "were killed", "derailed";
"died", "destroyed" / "are continuing"). Such a pair shares nothing but the story's context: two claims.

Not this class: the same act told in other words, whose predicates are one verb or kin ("The crash killed 50" / "50
people were killed in the crash", "The fire destroyed the tower" / "The fire gutted the tower", where the event word
is the subject of both, as it is of an active verb and the agent of a passive one: "The fire has destroyed the
store" / "the store has been damaged by fire"); the event told by what is done to it ("His dissent was joined by
Thomas" / "Thomas dissented") or by a verb that says only that it happened ("The crash occurred near Buffalo");
the event word where the reader cannot tell it is a noun, with no determiner before it ("accused of shooting",
"after hiring", "Reid's representative confirms"); a pair that shares a figure, a day or a content word other than
the event word, which is a fact or a thing of its own in common.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import Protocol

import attrs

from .._text._normalize import FIGURE_KINDS, NAME_KINDS, Token
from .._text._segment import clause_spans
from .._text._words import Word
from ._actions import BE_FORMS, a_verb_form, acting_verbs, acts_of, known_acts, names_an_act
from ._dates import CALENDAR_KEYS
from ._facts import Facts
from ._wording import CONTENT_WEIGHT

__all__ = ["Sentences", "role_verdicts"]

# A key standing in more sentences of a report than this is read for no pair: the pairs sharing it number its
# holders squared, and a report this long tells the event word in sentences of every kind.
_MAX_HOLDERS = 40
# Words that may stand between a form of "to be" and its "-ing" form.
_BETWEEN = frozenset({"still", "now", "not", "also", "already", "currently", "reportedly", "again"})
# Verbs that tell that an act happened, or where it stands, and no act of their own: the act is their subject ("the
# crash occurred", "the search had not been completed") or the verb after them ("are continuing to dampen").
_HAPPENING = frozenset(
    {"happened", "happening", "occurred", "occurring", "unfolded", "ensued", "completed", "finished", "resumed"}
    | {"continued", "continuing", "began", "begun", "started", "starting", "ended", "underway"}
)
# Words that open a clause or a verb group: a subject is read after the first and before the second.
_OPENERS = frozenset({"that", "which", "who", "where", "when", "after", "before", "while", "as", "and", "but", "if"})
# Prepositions that end a subject's head noun phrase ("the explosion near Branson", "a full search of the building").
_PREPOSITIONS = frozenset(
    {"of", "in", "near", "at", "on", "from", "for", "with", "by", "to", "into", "outside", "over", "off", "after"}
)
# Prepositions and adverbs that place an act, which English weighs as content words but which say nothing of
# their own: "near Branson" shares the place, a name.
_PLACING = frozenset(
    {"near", "nearbi", "outsid", "insid", "across", "along", "behind", "beyond", "toward", "against", "amid"}
    | {"despit", "within", "without", "north", "south", "east", "west", "northeast", "northwest", "southeast"}
    | {"southwest"}
)
# Words that mark the next word, or the noun a few qualifying words on, as a noun.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our"})
# Auxiliaries and modals of a verb group, which end a subject before its verb ("the crash had been", "it would").
_GROUP = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "not"})
# The keys of a clock time's mark ("10:15 p.m."), which the normaliser reads as a word and as what the figure
# counts: two times of day share it, and are two facts unless their figures are the same.
_CLOCK_MARKS = frozenset({"a", "p", "m", "count:a", "count:p"})
_SUBJECT, _PREDICATE, _OTHER = "subject", "predicate", "other"


class Sentences(Protocol):
    """A report's sentences as the judges of compare._facts._alike read them."""

    sentences: Sequence[str]
    tokens: Sequence[Sequence[Token]]

    def facts(self, index: int) -> Facts: ...

    def act_words(self, index: int) -> tuple[Word, ...]: ...

    def content(self, index: int) -> frozenset[str]: ...


@attrs.frozen
class _Predicates:
    """What a sentence asserts: its predicates' acts (a kin group's name or a stem), and the roles of its words.

    Args:
        acts: The acts its predicates tell.
        verbs: Keys of its predicates' words.
        subjects: Keys of the heads of its predicates' subjects ("fire" of "a huge fire destroyed").
        undergoing: Keys of the heads of its passive predicates' subjects ("dissent" of "his dissent was joined by").
        words: Its words, for reading on demand which a determiner marks as nouns (see is_noun).
    """

    acts: frozenset[str]
    verbs: frozenset[str]
    subjects: frozenset[str]
    undergoing: frozenset[str]
    words: tuple[Word, ...]

    def role(self, key: str) -> str:
        """The role a word of the sentence plays: its predicate, its predicate's subject, or another."""
        if key in self.verbs:
            return _PREDICATE
        return _SUBJECT if key in self.subjects else _OTHER

    def is_noun(self, key: str) -> bool:
        """Whether a determiner marks a word of this key as a noun ("the crash", "a full search", "the deadly
        fire"); read for the few keys a pair asks about."""
        return any(word.key == key and _noun_marked(self.words, at) for at, word in enumerate(self.words))


def role_verdicts(report_a: Sentences, report_b: Sentences) -> Iterator[tuple[tuple[int, int], bool]]:
    """The pairs that share the story's event word in other roles and assert other acts (always False: two claims).

    Read only for pairs sharing a content word that names an act (see names_an_act), held by at most _MAX_HOLDERS
    sentences of each report; the cheap tests first (what the two share, their figures), the predicates last.
    """
    names = _name_keys(report_a.tokens) | _name_keys(report_b.tokens)
    events = _events(report_a, names) | _events(report_b, names)
    side_a, side_b = _Side(report_a, names | _CLOCK_MARKS | _PLACING), _Side(report_b, names | _CLOCK_MARKS | _PLACING)
    holders_a, holders_b = _holders(report_a, events), _holders(report_b, events)
    pairs = sorted(
        {
            (i, j)
            for key in holders_a.keys() & holders_b.keys()
            if len(holders_a[key]) <= _MAX_HOLDERS and len(holders_b[key]) <= _MAX_HOLDERS
            for i in holders_a[key]
            for j in holders_b[key]
        }
    )
    for i, j in pairs:
        shared = side_a.content(i) & side_b.content(j)
        if not shared <= events or side_a.figures(i) & side_b.figures(j):
            continue
        named = _event_keys(report_a.act_words(i), shared) | _event_keys(report_b.act_words(j), shared)
        if shared <= named and _other_roles(shared, side_a, i, side_b, j):
            yield (i, j), False


class _Side:
    """One report's sentences as this reader reads them, each read once for all pairs."""

    def __init__(self, report: Sentences, context: frozenset[str]) -> None:
        self.report = report
        # Names, clock marks and words of place: what two sentences may share and still tell two acts.
        self.context = context
        self._content: dict[int, frozenset[str]] = {}
        self._figures: dict[int, frozenset[str]] = {}
        self._predicates: dict[int, _Predicates] = {}

    def content(self, index: int) -> frozenset[str]:
        """The sentence's content words but its context."""
        if index not in self._content:
            self._content[index] = self.report.content(index) - self.context
        return self._content[index]

    def figures(self, index: int) -> frozenset[str]:
        """The sentence's figures, what they count and its days: a fact shared is one in common. The digits of a name
        ("Q400", "F-16") are part of the name."""
        if index not in self._figures:
            sentence = self.report.sentences[index]
            self._figures[index] = frozenset(
                t.key
                for t in self.report.tokens[index]
                if (t.kind in FIGURE_KINDS or t.key in CALENDAR_KEYS)
                and t.key not in _CLOCK_MARKS
                and not _in_a_name(sentence, t)
            )
        return self._figures[index]

    def predicates(self, index: int) -> _Predicates:
        if index not in self._predicates:
            self._predicates[index] = _predicates(self.report.facts(index), self.report.act_words(index))
        return self._predicates[index]


def _other_roles(shared: frozenset[str], side_a: _Side, i: int, side_b: _Side, j: int) -> bool:
    """Whether two sentences that share only event words (besides their context) play them in other roles and
    assert other acts."""
    predicates_a, predicates_b = side_a.predicates(i), side_b.predicates(j)
    if not predicates_a.acts or not predicates_b.acts or predicates_a.acts & predicates_b.acts:
        return False
    # What is done to the event tells the event itself ("his dissent was joined by" / "dissented", "the awards are
    # being announced" / "will be awarded"): the event word as a passive's subject plays the predicate's part.
    if predicates_a.undergoing & side_b.report.content(j) or predicates_b.undergoing & side_a.report.content(i):
        return False
    return all(_other_role(key, predicates_a, predicates_b) for key in shared)


def _other_role(key: str, predicates_a: _Predicates, predicates_b: _Predicates) -> bool:
    """Whether an event word plays another role in each sentence, and is a noun wherever it is no predicate."""
    role_a, role_b = predicates_a.role(key), predicates_b.role(key)
    nouns_where_no_predicate = all(
        role == _PREDICATE or predicates.is_noun(key)
        for role, predicates in ((role_a, predicates_a), (role_b, predicates_b))
    )
    return role_a != role_b and nouns_where_no_predicate


def _in_a_name(sentence: str, token: Token) -> bool:
    """Whether a figure is written onto a letter or a hyphen after one ("Q400", "F-16")."""
    before = sentence[max(0, token.start - 2) : token.start]
    return bool(before) and (before[-1].isalpha() or (before[-1] == "-" and before[:1].isalpha()))


def _predicates(facts: Facts, act_words: Sequence[Word]) -> _Predicates:
    """The sentence's predicates, with their acts and the heads of their subjects; `act_words` are those of its words
    that may be verb forms (see ACT_WORD_FORMS), among which its acting verbs are found at less cost than among all.

    A predicate is an acting verb (see acting_verbs), an "-ing" form after "to be" ("are continuing") or opening a
    clause (", killing one"), or a harm said of someone ("38 dead", "people still missing"; not "the deadly fire").
    A verb that tells only that an act happened or where it stands ("the crash occurred", "the search had not been
    completed") makes its subject the predicate, and one followed by "to" the verb after it ("are continuing to
    dampen").
    """
    text, words = facts.text, facts.words
    verbs: dict[int, Word] = {}
    subjects: set[str] = set()
    undergoing: set[str] = set()
    # Where the acting verbs start, which tells them as well as the words themselves and is cheaper to look up.
    acting = frozenset(word.start for word in acting_verbs(act_words))
    harms = frozenset(key for key in {word.key for word in words} if _a_harm(key))
    for at, word in enumerate(words):
        maybe = word.start in acting or word.key in harms or word.lower in _HAPPENING or word.lower.endswith("ing")
        if not maybe or not _a_predicate(text, words, at, acting, harms):
            continue
        head = _subject_head(text, words, at)
        if word.lower not in _HAPPENING:
            verbs[at] = word
            passive = _after_be(words, at) and a_verb_form(word)
            if head is not None:
                (undergoing if passive else subjects).add(head.key)
            agent = _agent(text, words, at) if passive else None
            if agent is not None:
                subjects.add(agent.key)
        elif at + 2 < len(words) and words[at + 1].lower == "to" and words[at + 2].lower.isalpha():
            verbs[at + 2] = words[at + 2]
        elif head is not None:
            verbs[at] = head
    acts = {next(iter(acts_of([verb])), verb.key) for verb in verbs.values()}
    return _Predicates(
        frozenset(acts), frozenset(w.key for w in verbs.values()), frozenset(subjects), frozenset(undergoing), words
    )


def _a_predicate(text: str, words: Sequence[Word], at: int, acting: frozenset[int], harms: frozenset[str]) -> bool:
    """Whether the word at a position is a predicate (see _predicates), given where the sentence's acting verbs
    start and the keys of its words of harm."""
    word = words[at]
    if word.capitalised:
        return False
    candidate = (
        word.lower in _HAPPENING
        or word.start in acting
        or (word.key in harms and not _before_a_noun(text, words, at))
        or (
            word.lower.endswith("ing")
            and word.lower not in BE_FORMS
            and (_after_be(words, at) or (at > 0 and "," in text[words[at - 1].end : word.start]))
        )
    )
    return candidate and not _noun_marked(words, at)


@functools.lru_cache(maxsize=8192)
def _a_harm(key: str) -> bool:
    """Whether a word's key tells a harm ("dead", "missing", "injured"; see known_acts), asked of every word read."""
    return bool(known_acts([key]).harms)


def _after_be(words: Sequence[Word], at: int) -> bool:
    """Whether a form of "to be" governs the word at a position ("are continuing", "is still smouldering")."""
    before = at - 1
    while before >= 0 and words[before].lower in _BETWEEN:
        before -= 1
    return before >= 0 and words[before].lower in BE_FORMS


def _before_a_noun(text: str, words: Sequence[Word], at: int) -> bool:
    """Whether the word at a position qualifies the content word right after it ("the deadly fire")."""
    if at + 1 >= len(words):
        return False
    after = words[at + 1]
    return not text[words[at].end : after.start].strip() and after.lower.isalpha() and after.weight >= CONTENT_WEIGHT


def _subject_head(text: str, words: Sequence[Word], at: int) -> Word | None:
    """The head of the subject of the predicate at a position: the last content word of the first noun phrase
    between the clause's start (or the verb or conjunction before it) and the predicate's verb group ("search" of
    "a full search of the building had not been completed", "crews" of "London fire crews are continuing")."""
    clause_start = next((s for s, e in clause_spans(text) if s <= words[at].start < e), 0)
    first = at
    while first > 0 and words[first - 1].start >= clause_start:
        before = words[first - 1]
        if a_verb_form(before) or before.lower in _OPENERS:
            break
        first -= 1
    head = None
    for word in words[first:at]:
        if word.lower in BE_FORMS or word.lower in _GROUP:
            break
        if head is not None and word.lower in _PREPOSITIONS:
            break
        if word.lower.isalpha() and word.weight >= CONTENT_WEIGHT:
            head = word
    return head


def _agent(text: str, words: Sequence[Word], at: int) -> Word | None:
    """The head of the agent of the passive predicate at a position: the noun phrase after "by" in its clause
    ("fire" of "has been damaged by fire")."""
    clause_end = next((e for s, e in clause_spans(text) if s <= words[at].start < e), len(text))
    after = [w for w in words[at + 1 :] if w.end <= clause_end]
    if not after or after[0].lower != "by":
        return None
    head = None
    for word in after[1:]:
        if head is not None and (word.lower in _PREPOSITIONS or word.lower in _OPENERS or a_verb_form(word)):
            break
        if word.lower.isalpha() and word.weight >= CONTENT_WEIGHT:
            head = word
    return head


def _noun_marked(words: Sequence[Word], at: int) -> bool:
    """Whether a determiner or a possessive marks the content word at a position as a noun or a noun's qualifier, at
    most two qualifying words after a determiner ("the crash", "a full search", "the deadly fire"), none after a
    possessive ("Friday night's fire").

    A verb form is a noun only right after the determiner, and with no content word after it ("the cut, which",
    "the crash of"): "an escaped inmate" and "the train derailed" are no nouns of the act.
    """
    word = words[at]
    if not word.lower.isalpha() or word.weight < CONTENT_WEIGHT:
        return False
    if a_verb_form(word):
        after = words[at + 1] if at + 1 < len(words) else None
        qualifies = after is not None and after.lower.isalpha() and after.weight >= CONTENT_WEIGHT
        return at > 0 and _a_determiner(words[at - 1]) and not qualifies
    for before in range(at - 1, max(-1, at - 4), -1):
        # A possessive marks only the word right after it: "Reid's representative confirms" is no noun "confirms".
        if words[before].lower in _DETERMINERS or (before == at - 1 and words[before].lower.endswith("'s")):
            return True
        if not words[before].lower.isalpha() or words[before].weight < CONTENT_WEIGHT or a_verb_form(words[before]):
            return False
    return False


def _a_determiner(word: Word) -> bool:
    return word.lower in _DETERMINERS or word.lower.endswith("'s")


def _event_keys(words: Sequence[Word], keys: frozenset[str]) -> frozenset[str]:
    """Those of `keys` that a word of the sentence names an act by (a verb form, an event noun, an "-ing" form)."""
    return frozenset(w.key for w in words if w.key in keys and names_an_act(w))


def _events(report: Sentences, names: frozenset[str]) -> frozenset[str]:
    """The keys of the content words by which some sentence of the report names an act."""
    found: set[str] = set()
    for index in range(len(report.tokens)):
        # A key found once is an event word of the report: only the others are asked of each sentence's words.
        unread = report.content(index) - names - found
        if unread:
            found |= _event_keys(report.act_words(index), frozenset(unread))
    return frozenset(found)


def _holders(report: Sentences, keys: frozenset[str]) -> dict[str, list[int]]:
    """The sentences holding each of `keys` among their content words."""
    found: dict[str, list[int]] = {}
    for index in range(len(report.tokens)):
        for key in sorted(report.content(index) & keys):
            found.setdefault(key, []).append(index)
    return found


def _name_keys(tokens: Sequence[Sequence[Token]]) -> frozenset[str]:
    """The keys a report writes as names anywhere (a name opening a sentence is read there as a word)."""
    return frozenset(t.key for sentence in tokens for t in sentence if t.kind in NAME_KINDS)
