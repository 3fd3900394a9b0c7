"""Three classes of claim whose sameness a word overlap misreads, read through their structure.

- A counted fact (see _counted_verdicts): two sentences that count the same specific thing ("About 60 firefighters
  were sent to the scene" / "Around 80 firefighters tackled the flames") state one claim whatever verb each uses,
  unless their acts are known to differ (killed / injured) or two subjects do the counting ("Alder received 1,017
  votes" / "Brook received 2,003 votes").
- A tally (see _tally_verdicts): two sentences that otherwise differ count the people of one outcome of an event,
  each with its own noun and verb ("Rescuers pulled 127 people from the water" / "118 passengers were rescued").
- A denied state (see _state_verdicts): two short claims that deny, in other words, that one state holds of the same
  subject phrase ("The cause of the fire is not yet known" / "The cause of the fire has not been established").
  The same subject given a value ("The cause of the fire was an electrical fault") is another claim: it says what
  the cause is, the first that no one knows.
- A valued fact (see _valued_verdicts): two sentences that state one fact in other words, anchored by a typed value
  (a calendar day, a year, a span of years, a duration) bound to the same act or thing ("win the June 25 special
  general election" / "set the date of the special general election: June 18"; "a 40-60 hour training program" /
  "a training program of 20 to 30 hours"), unless two acts or two subjects hold the values ("was arrested on June
  18" / "was charged on June 25").

- One act of two subjects (see _subject_verdicts): two sentences that tell the same act of two named subjects
  ("Akufo-Addo polled 6,730,413 votes" / "Mahama polled 6,214,889 votes"), where each report tells the act of each,
  state two facts.
- One speaker, two statements (see _speaker_verdicts): two sentences that attribute two statements to one speaker
  alike ("Sheriff Doug Rader said an off-duty deputy had been at the scene" / "..., Sheriff Doug Rader told
  reporters") and share nothing else but a common noun state two facts.
- Shared names, other acts (see _participant_verdicts): two sentences whose shared names (with their titles) are
  the object of one act and the subject of another of no kin ("the council will ask Minister Ruiz to give an
  account" / "Minister Ruiz is due to fly to Geneva"), with no word of either act and no other predicate in
  common, state two facts.
- Event words in other roles (see compare._facts._roles): two sentences that share, besides names, only the story's
  event word, each in another role, and assert other acts ("the NTSB dispatched a team to the site where the crash
  killed 50" / "the aircraft was making its approach when it crashed") state two facts.

Each class gives pairs stating one claim, which scoring raises, and pairs stating two claims that share nothing but
the counted thing or the subject phrase, which scoring turns away (compare._align._score reads them as its judge).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import attrs
import numpy as np

from .._text._normalize import FIGURE_KINDS, NAME_KINDS, Token, fold, stem
from .._text._segment import clause_spans
from .._text._words import Word, words_at, words_of
from ._actions import (
    ACT_WORD_ENDINGS,
    ACT_WORD_FORMS,
    ACT_WORD_KEYS,
    a_verb_at,
    a_verb_form,
    acting_verbs,
    actions_near,
    acts_of_a_phrase,
    known_acts,
    other_subjects,
    phrase_clause,
    predicate_acts,
    subject_before,
    subject_of_act,
    verbs_of_saying,
)
from ._dates import CALENDAR_KEYS, MONTH_KEYS, DateFact, bound_keys, one_dated_fact, span_start
from ._facts import Facts
from ._numbers import (
    OFFSET_KEYS,
    Quantity,
    figure,
    figures_of_one_kind,
    one_value_of_one_predicate,
    same_thing,
)
from ._roles import role_verdicts
from ._tallies import TALLY_KEYS, agent, event_year, tally
from ._wording import CONTENT_WEIGHT, NEGATION_WORDS

__all__ = ["facts_alike"]

# A counted thing stated in more sentences of a report than this is counted for several facts: no verdict.
_MAX_HOLDERS = 2
# A toll is told in more sentences than another counted fact (the lead, an update, whom it is attributed to): in
# more sentences of a report than this, it is counted for several facts (by province, by day). Tuned on the real
# pairs' dev half: 3 links one more toll and finds one more labelled conflict than 2, 4 no more than 3.
_MAX_TALLY_HOLDERS = 3
# Two figures of one count told two ways are at most this many times apart.
_MAX_RATIO = 2.0
# Counted nouns rarer than this are specific ("firefighters", "votes"); commoner ones ("members", "students",
# "times") say little of what was counted, and need the same act too.
_SPECIFIC_RARITY = 1.0
# How many words after what a figure counts may tell the harm it counts ("4 firefighters are still missing").
_HARM_REACH = 3
# A subject phrase names its subject with at least this many content words besides names ("the cause of the fire").
_MIN_SUBJECT_WORDS = 2
# A denied state is short: its subject phrase, its verb group and one participle, with at most this many words.
_MAX_STATE_WORDS = 14
# The verb group of a denied state: auxiliaries, negations and adverbs of time ("has not yet been").
_STATE_GROUP = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can"}
    | {"did", "does", "do", "may", "might", "not", "never", "yet", "still", "so", "far", "immediately"}
)
# Past participles in "-n" ("known", "shown", "given"), besides the "-ed" forms and irregular pasts a_verb_form reads.
_PARTICIPLE_ENDINGS = ("wn", "en")
_NOT_A_PARTICIPLE = frozenset({"been", "even", "often", "then", "when", "open", "own", "town", "down", "men", "women"})
# A sentence gives a calendar day or a year only with a month or a four-digit figure of these centuries among its
# tokens, and a duration only with a duration token: only those are read (reading every sentence's facts would
# double a comparison's cost).
_CENTURIES = frozenset({"#18", "#19", "#20"})
# A decimal digit, as str.isdecimal reads one, which every calendar day and year the date reader finds is written in.
_DIGIT = re.compile(r"\d")
_DISTINCTIVE_KINDS = NAME_KINDS | FIGURE_KINDS


def facts_alike(
    sentences_a: Sequence[str],
    tokens_a: Sequence[Sequence[Token]],
    sentences_b: Sequence[str],
    tokens_b: Sequence[Sequence[Token]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs that count the same thing, deny one state of one subject or give one valued fact, and those that
    only seem to.

    Args:
        sentences_a: A's claim sentences.
        tokens_a: Their tokens, keys made equal across the reports.
        sentences_b: B's claim sentences.
        tokens_b: Their tokens.

    Returns:
        As sorted codes (A's sentence * B's sentence count + B's sentence): the pairs that state one claim, the
        pairs that state two claims and share nothing else than what tells them apart, and of the first the pairs
        that state a valued fact, which a sentence may carry beside another claim.
    """
    same: set[tuple[int, int]] = set()
    apart: set[tuple[int, int]] = set()
    # One report object a side, so that every class reads each sentence's facts once.
    report_a, report_b = _Report(sentences_a, tokens_a), _Report(sentences_b, tokens_b)
    classes = (
        _counted_verdicts,
        _state_verdicts,
        _subject_verdicts,
        _speaker_verdicts,
        _participant_verdicts,
        role_verdicts,
    )
    for verdicts in (read(report_a, report_b) for read in classes):
        for pair, is_same in verdicts:
            (same if is_same else apart).add(pair)
    # A valued fact is a claim a sentence may carry beside another: "the winner will be favoured in the June 25
    # election" tells who is favoured and when the election is. So is a tally: "A ferry capsized ..., killing at
    # least 38 people" tells the capsizing and the toll.
    beside = set(_valued_verdicts(report_a, report_b)) | set(_tally_verdicts(report_a, report_b))
    beside |= set(_predicate_verdicts(report_a, report_b))
    width = len(sentences_b)
    return _codes(same | beside, width), _codes(apart - same - beside, width), _codes(beside, width)


def _codes(pairs: set[tuple[int, int]], width: int) -> np.ndarray:
    return np.array(sorted(i * width + j for i, j in pairs), dtype=np.int64)


_T = TypeVar("_T")


def _kept(method: Callable[[_Report, int], _T]) -> Callable[[_Report, int], _T]:
    """The method with what it reads of each sentence kept by its object for all pairs.

    Kept in the object, not by functools.cache, whose one table for the method would hold every report object of
    the process, and all its sentences' tokens and facts, for good.
    """
    name = method.__name__

    @functools.wraps(method)
    def kept(self: _Report, index: int) -> _T:
        readings: dict[int, _T] = self.kept[name]
        if index not in readings:
            readings[index] = method(self, index)
        return readings[index]

    return kept


class _Report:
    """A report's sentences with their facts, read on first use."""

    def __init__(self, sentences: Sequence[str], tokens: Sequence[Sequence[Token]]) -> None:
        self.sentences = sentences
        self.tokens = tokens
        # What _kept methods have read, by method and sentence (a table made for a method on its first call, not an
        # empty one at every call as setdefault would).
        self.kept: defaultdict[str, dict[int, Any]] = defaultdict(dict)
        # The name phrases read with their acts (see participants), by sentence and first word.
        self._participants: dict[tuple[int, int], _Participants] = {}
        # Each sentence's keys, read once: pairs ask which sentences hold a subject phrase.
        self.sentence_keys = [frozenset(t.key for t in sentence_tokens) for sentence_tokens in tokens]
        self.keys = frozenset[str]().union(*self.sentence_keys)

    def own_names(self, index: int, other: _Report) -> bool:
        """Whether the sentence names someone or something (not a day or a month) the other report never writes."""
        return any(
            t.kind == "name" and t.key not in CALENDAR_KEYS and t.key not in other.keys for t in self.tokens[index]
        )

    def own_names_told(self, index: int, other: _Report) -> bool:
        """Whether the sentence names someone or something the other report never writes in what it tells, not in
        whom it attributes it to (see _provenance): "Rader said", "according to the AP", "NBC New York reports"."""
        spans = _provenance(self.facts(index))
        return any(
            t.kind == "name"
            and t.key not in CALENDAR_KEYS
            and t.key not in other.keys
            and not any(s <= t.start < e for s, e in spans)
            for t in self.tokens[index]
        )

    @_kept
    def facts(self, index: int) -> Facts:
        folded, words = words_of(self.sentences[index], self.tokens[index])
        return Facts(self.sentences[index], folded, words)

    @_kept
    def act_words(self, index: int) -> tuple[Word, ...]:
        """The sentence's words that may be verb forms, verbs of saying or words of acts (see ACT_WORD_FORMS), made
        alone for the readers that ask every sentence for them: most sentences they find nothing in are read no
        further, and making all their words would cost more."""
        return words_at(self.sentences[index], self.tokens[index], ACT_WORD_ENDINGS, ACT_WORD_FORMS, ACT_WORD_KEYS)

    @_kept
    def tallies(self, index: int) -> tuple[tuple[Quantity, str], ...]:
        """The sentence's figures that count the people of an outcome, with the outcome (see compare._facts._tallies);
        only sentences with a figure and a word of an outcome are read."""
        tokens = self.tokens[index]
        if self.sentence_keys[index].isdisjoint(TALLY_KEYS) or not any(t.kind == "number" for t in tokens):
            return ()
        facts = self.facts(index)
        return tuple((q, outcome) for q in facts.quantities if (outcome := tally(facts, q)) is not None)

    @_kept
    def predicated(self, index: int) -> tuple[tuple[Quantity, tuple[str, str]], ...]:
        """The sentence's figures that are the value of a predicate of level or of asking, each with its unit and the
        key of its subject's head (see compare._facts._numbers.predicated); only sentences with a figure are read."""
        if not any(t.kind == "number" for t in self.tokens[index]):
            return ()
        facts = self.facts(index)
        return tuple((q, (q.unit, read.head)) for q, read in facts.valued_predicates.items())

    @_kept
    def state(self, index: int) -> _State | None:
        """The sentence read as a subject phrase and what it says of it (see _state), read once for all pairs."""
        return _state(self.facts(index))

    def values(self, *, dates: bool, durations: bool) -> list[tuple[_Valued, ...]]:
        """Each sentence's typed values with what each is bound to (see _valued), by position: its calendar days and
        years only if `dates`, its durations only if `durations`."""
        found = []
        for index, (dated, timed) in enumerate(zip(self.dated, self.timed, strict=True)):
            dated, timed = dated and dates, timed and durations
            found.append(_valued(self.facts(index), dated=dated, timed=timed) if dated or timed else ())
        return found

    @functools.cached_property
    def dated(self) -> list[bool]:
        """Whether each sentence may give a calendar day or a year."""
        # A calendar day or a year is written in digits ("June 25", "2009"): a month alone ("in May", "may") is none.
        return [
            not keys.isdisjoint(self._date_keys) and _DIGIT.search(fold(sentence)) is not None
            for sentence, keys in zip(self.sentences, self.sentence_keys, strict=True)
        ]

    @functools.cached_property
    def timed(self) -> list[bool]:
        """Whether each sentence may give a duration or a distance (read as durations are, see _valued)."""
        return [
            not keys.isdisjoint(self._duration_keys) or not keys.isdisjoint(_LENGTH_KEYS) for keys in self.sentence_keys
        ]

    @functools.cached_property
    def verbs(self) -> dict[str, list[tuple[int, Word]]]:
        """The verb forms of acts in the report's sentences, by the verb's key: (sentence, verb), subjects unread."""
        found: dict[str, list[tuple[int, Word]]] = {}
        for index in range(len(self.sentences)):
            for verb in acting_verbs(self.act_words(index)):
                found.setdefault(verb.key, []).append((index, verb))
        return found

    def acts(self, keys: Iterable[str]) -> dict[str, list[_Act]]:
        """The active acts of the report's sentences told by verbs of these keys, with their named subjects (see
        _Act): reading a subject costs more than finding a verb, so only the verbs a pair can use are read."""
        found: dict[str, list[_Act]] = {}
        for key in keys:
            for index, verb in self.verbs.get(key, ()):
                facts = self.facts(index)
                subject = subject_before(facts.text, facts.words, verb.start)
                names = frozenset(w.key for w in subject if w.capitalised)
                if names:
                    found.setdefault(key, []).append(_Act(index, verb.start, names))
        return found

    @functools.cached_property
    def _date_keys(self) -> frozenset[str]:
        """The report's keys of months and of years."""
        return MONTH_KEYS | frozenset(
            key for key in self.keys if key[:3] in _CENTURIES and len(key) == 5 and key[1:].isdigit()
        )

    @functools.cached_property
    def _duration_keys(self) -> frozenset[str]:
        """The report's keys of durations ("five days", "20 hours")."""
        return frozenset(t.key for tokens in self.tokens for t in tokens if t.kind == "duration")

    def holding(self, keys: frozenset[str]) -> list[int]:
        """The sentences holding all of `keys`."""
        return [index for index, held in enumerate(self.sentence_keys) if keys <= held]

    def distinctive(self, index: int) -> frozenset[str]:
        """Keys of the sentence's content words, names and figures: what sharing says something."""
        return frozenset(
            t.key for t in self.tokens[index] if t.rarity >= CONTENT_WEIGHT or t.kind in _DISTINCTIVE_KINDS
        )

    def keys_from(self, index: int, start: int) -> frozenset[str]:
        """Keys of the sentence's tokens from an offset on."""
        return frozenset(t.key for t in self.tokens[index] if t.start >= start)

    @functools.cached_property
    def may_say(self) -> dict[int, frozenset[str]]:
        """The sentences with a verb of saying, by position, each with the keys its speaker's name may have: its
        distinctive capitalised words (a _Said's names are among them)."""
        found = {}
        for index in range(len(self.sentences)):
            if verbs_of_saying(self.act_words(index)):
                facts = self.facts(index)
                distinctive = self.distinctive(index)
                found[index] = frozenset(w.key for w in facts.words if w.key in distinctive and w.capitalised)
        return found

    def said(self, named: frozenset[str]) -> dict[int, _Said]:
        """The sentences that attribute a statement to a named speaker sharing a key with `named`, by position (see
        _said): reading an attribution costs more than finding a verb of saying, so only those that may pair are
        read."""
        found = {}
        for index, may_be_named in self.may_say.items():
            if not may_be_named.isdisjoint(named):
                said = self._said(index)
                if said is not None and not said.names.isdisjoint(named):
                    found[index] = said
        return found

    @_kept
    def names(self, index: int) -> frozenset[str]:
        """Keys of the names the sentence writes (not days or months), capitalised wherever they stand."""
        return frozenset(t.key for t in self.tokens[index] if t.kind in NAME_KINDS and t.key not in CALENDAR_KEYS)

    @_kept
    def quoted(self, index: int) -> frozenset[str]:
        """Keys of the content words the sentence quotes."""
        if '"' not in fold(self.sentences[index]):
            # Nothing quoted, which is read without making the sentence's words (see Facts.quoted).
            return frozenset()
        spans = self.facts(index).quoted
        return frozenset(
            t.key for t in self.tokens[index] if t.rarity >= CONTENT_WEIGHT and any(s <= t.start < e for s, e in spans)
        )

    def participants(self, index: int, names: frozenset[str]) -> list[_Participants]:
        """The sentence's name phrases that write a name of `names`, with their acts (see _participant): reading an
        act costs more than finding a phrase, so only the phrases a pair shares are read, each once for all pairs."""
        found = []
        for first, last, phrase in self.name_phrases(index):
            if phrase & names:
                read = self._participants.get((index, first))
                if read is None:
                    read = self._participants[index, first] = _participant(self.facts(index), first, last, phrase)
                found.append(read)
        return found

    @_kept
    def name_phrases(self, index: int) -> list[tuple[int, int, frozenset[str]]]:
        """The first and last positions of the sentence's runs of capitalised words (see _name_runs) that write a
        name, with the keys of their capitalised words."""
        words = self.facts(index).words
        names = self.names(index)
        found = []
        for first, last in _name_runs(self.facts(index).text, words):
            phrase = frozenset(w.key for w in words[first : last + 1] if w.capitalised)
            if phrase & names:
                found.append((first, last, phrase))
        return found

    @_kept
    def predicates(self, index: int) -> tuple[_Predicate, ...]:
        """The sentence's verbs of an act of their own with their clauses' content words (see _predicates)."""
        return _predicates(self.facts(index), self.content(index))

    @_kept
    def _said(self, index: int) -> _Said | None:
        return _said(self.facts(index), self.tokens[index], self.distinctive(index))

    @_kept
    def content(self, index: int) -> frozenset[str]:
        """Keys of the sentence's content words and what they stand for, names and figures aside."""
        return frozenset(
            t.key
            for t in self.tokens[index]
            if t.rarity >= CONTENT_WEIGHT and t.kind not in NAME_KINDS and t.kind not in FIGURE_KINDS
        )


@attrs.frozen
class _Act:
    """An act a sentence tells with a named subject.

    Args:
        index: The sentence's position.
        verb: Where its verb starts.
        names: Keys of the capitalised words of its subject ("presid", "akufo", "addo" of "President Akufo-Addo").
    """

    index: int
    verb: int
    names: frozenset[str]


# Counted facts


def _counted_verdicts(report_a: _Report, report_b: _Report) -> Iterator[tuple[tuple[int, int], bool]]:
    """Whether each pair counting the same thing states one fact (True) or two facts sharing only that (False).

    Class: the same thing counted in two reports of one event, told with other verbs ("60 firefighters were sent" /
    "80 firefighters tackled the flames"). A counted thing stated in at most two sentences of each report
    (a fact stated once, as anchors are) is the same fact in both unless the acts it is counted for are known to
    differ (see _acts_differ) or two different subjects count it ("Alder received 1,017 votes" / "Brook collected
    2,003 votes"), and neither sentence names what the other report never names (two wildfires' acreage, "had
    burned 10,116 acres, said Natrona County Fire Marshal Bob Fawcett" / "swelling to 11,200 acres", are two
    events' counts). The counted phrases must be the same ("fire engines", not "engines" / "fire engines"; "state
    senators", not "senators"; "military deferments", not "military families"), neither a part ("the other two"),
    and the figures of one order (see _one_order). A common counted noun ("members", "times") needs the same act as
    well; a figure with a unit ("56 percent of the vote", "$5 million") is no count.
    """
    holders_a, holders_b = _count_holders(report_a.tokens), _count_holders(report_b.tokens)
    rarity = {t.key: t.rarity for tokens in (*report_a.tokens, *report_b.tokens) for t in tokens if t.kind == "count"}
    verdicts: dict[tuple[int, int], bool] = {}
    for key in sorted(holders_a.keys() & holders_b.keys()):
        if len(holders_a[key]) > _MAX_HOLDERS or len(holders_b[key]) > _MAX_HOLDERS:
            continue
        for i in holders_a[key]:
            for j in holders_b[key]:
                verdict = _one_count(report_a, i, report_b, j, key, rarity[key])
                if verdict and (report_a.own_names(i, report_b) or report_b.own_names(j, report_a)):
                    # Counted in a context one report alone names (a fire marshal, a county): maybe another event.
                    verdict = None
                if verdict is not None:
                    verdicts[i, j] = verdicts.get((i, j), False) or verdict
    for (i, j), verdict in sorted(verdicts.items()):
        # Two subjects counting one thing ("Ms Alder received" / "Ms Dale received") share the words of neither.
        told_apart = _counted_phrases(report_a, i) | _subjects(report_a, i) | _subjects(report_b, j)
        if verdict or _predicates_apart(report_a, i, report_b, j, told_apart):
            yield (i, j), verdict


def _count_holders(tokens: Sequence[Sequence[Token]]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for index, sentence_tokens in enumerate(tokens):
        for key in sorted({t.key for t in sentence_tokens if t.kind == "count"}):
            found.setdefault(key, []).append(index)
    return found


def _counted_phrases(report: _Report, index: int) -> set[str]:
    """Keys of what the sentence's figures count."""
    return {key for q in report.facts(index).quantities for key in _counted(report, index, q)}


def _subjects(report: _Report, index: int) -> set[str]:
    """Keys of the subjects of the acts the sentence's figures are counted for."""
    facts = report.facts(index)
    return {w.key for q in facts.quantities for w in subject_of_act(facts.text, facts.words, q.start, q.end)}


def _one_count(report_a: _Report, i: int, report_b: _Report, j: int, key: str, rarity: float) -> bool | None:
    """Whether the counts of `key` in the two sentences are one fact, two facts, or None when no figure of either
    sentence reads as a count of it."""
    found: bool | None = None
    for qa in _quantities_counting(report_a, i, key):
        for qb in _quantities_counting(report_b, j, key):
            if qa.unit or qb.unit or not same_thing(qa, qb) or _counted(report_a, i, qa) != _counted(report_b, j, qb):
                continue
            specific = rarity >= _SPECIFIC_RARITY
            one = _one_fact(report_a.facts(i), qa, report_b.facts(j), qb, specific=specific)
            found = bool(found) or one
    return found


def _counted(report: _Report, index: int, quantity: Quantity) -> frozenset[str]:
    """Keys of the phrase saying what a figure counts, but a verb right after it: "firefighters" of "80 firefighters
    tackled the flames", "military deferments" of "five military deferments"."""
    phrase = [w for w in report.facts(index).words if quantity.end <= w.start < quantity.phrase_end]
    # The first word is what is counted whatever its form ("22 wounded soldiers", "1,017 votes").
    verb = next((position for position, w in enumerate(phrase) if position and a_verb_form(w)), len(phrase))
    return frozenset(w.key for w in phrase[:verb])


def _quantities_counting(report: _Report, index: int, key: str) -> list[Quantity]:
    starts = [t.start for t in report.tokens[index] if t.key == key]
    return [q for q in report.facts(index).quantities if any(q.start <= start < q.end for start in starts)]


def _one_fact(a: Facts, qa: Quantity, b: Facts, qb: Quantity, *, specific: bool) -> bool:
    if not _one_order(qa, qb) or qa.part or qb.part:
        return False
    acts_a = actions_near(a.text, a.words, qa.start, qa.end)
    acts_b = actions_near(b.text, b.words, qb.start, qb.end)
    if _acts_differ(acts_a | qa.counted | _words_after(a, qa), acts_b | qb.counted | _words_after(b, qb)):
        return False
    if not specific and not acts_a & acts_b:
        return False
    subject_a = subject_of_act(a.text, a.words, qa.start, qa.end)
    subject_b = subject_of_act(b.text, b.words, qb.start, qb.end)
    return not other_subjects(subject_a, subject_b, a.keys, b.keys)


def _words_after(facts: Facts, quantity: Quantity) -> frozenset[str]:
    """Keys of the few words after what a figure counts, which may tell a harm no act marks ("are missing")."""
    after = [w for w in facts.words if w.start >= quantity.phrase_end]
    return frozenset(w.key for w in after[:_HARM_REACH])


def _one_order(one: Quantity, other: Quantity) -> bool:
    """Whether two figures are near enough to be one count told two ways (60 / 80, 1.5 million / 1.6 million).

    Two counts of one noun far apart are two facts of the story ("about 300,000 patients a year" / "12 patients
    in intensive care"; "25,000 pages of documents" / "the 100 pages of e-mails").
    """
    low, high = sorted((figure(one), figure(other)))
    return low > 0 and high <= _MAX_RATIO * low


def _acts_differ(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two counts are counted for acts the act table knows apart.

    A harm (killed, injured, missing, arrested, evacuated) is counted for its own fact: a count of the people
    harmed is never a count of the people present or sent, whatever verb tells the latter. Other acts differ when
    the table knows both and they share none ("voted" / "signed"); an act it does not know ("tackled", "sent") may
    be any act.
    """
    known_one, known_other = known_acts(one), known_acts(other)
    if known_one.harms != known_other.harms:
        return True
    return bool(known_one.acts) and bool(known_other.acts) and not known_one.acts & known_other.acts


def _shares_only(report_a: _Report, i: int, report_b: _Report, j: int, words: set[str]) -> bool:
    """Whether all the two sentences share besides names, figures and what figures count (count keys) is `words`."""
    return report_a.content(i) & report_b.content(j) <= frozenset(words)


def _predicates_apart(report_a: _Report, i: int, report_b: _Report, j: int, counted: set[str]) -> bool:
    """Whether the two sentences share only what they count (and who counts it), each saying something else of it:
    "10 fire engines were sent to the scene" / "30 fire engines attended the blaze", not "Three workers remain
    missing" / "Seven workers remain missing", whose predicate is read as part of what is counted."""
    return (
        _shares_only(report_a, i, report_b, j, counted)
        and bool(report_a.content(i) - counted)
        and bool(report_b.content(j) - counted)
    )


# Tallies


def _tally_verdicts(report_a: _Report, report_b: _Report) -> Iterator[tuple[int, int]]:
    """The pairs that count the people of one outcome of the event: one claim, which a sentence may carry beside
    another.

    Class: one counted fact told in two sentences that otherwise differ ("Rescuers pulled 127 people from the
    water" / "118 passengers were rescued, the coast guard said"; "Five people may be still missing" / "Four of the
    17 had been missing"): a figure bound to one outcome (see compare._facts._tallies) in a sentence of each report,
    the outcome told in at most three sentences of each (a toll is restated, but not told part by part), the figures
    of one order (see _one_order). Two outcomes ("rescued" / "killed") are two facts; so are the tallies of two
    subjects, the tallies of events of two years ("the 1999 quake killed 894 people" / "the quake killed 70": see
    event_year), and a pair both of whose sentences name someone or somewhere the other report never names (two
    places, perhaps two events: "In Brenford, 3 people were rescued" / "In Kelham, 5 were rescued"). One report
    naming a place the other leaves out ("killing 70 people in the eastern city of Van" / "reporting at least 85
    deaths") tells one toll.
    """
    holders_a, holders_b = _tally_holders(report_a, report_b), _tally_holders(report_b, report_a)
    pairs: set[tuple[int, int]] = set()
    for toll in sorted(holders_a.keys() & holders_b.keys()):
        if len(holders_a[toll]) > _MAX_TALLY_HOLDERS or len(holders_b[toll]) > _MAX_TALLY_HOLDERS:
            continue
        pairs.update((i, j) for i, own_a in holders_a[toll] for j, own_b in holders_b[toll] if not (own_a and own_b))
    for i, j in sorted(pairs):
        if _one_tally(report_a, i, report_b, j):
            yield i, j


def _tally_holders(report: _Report, other: _Report) -> dict[tuple[str, str], list[tuple[int, bool]]]:
    """The sentences telling a tally of each outcome and event year (see event_year: "" for the event told
    undated), each with whether it names someone or somewhere the other report never names in what it tells."""
    found: dict[tuple[str, str], list[tuple[int, bool]]] = {}
    for index in range(len(report.tokens)):
        tallies = report.tallies(index)
        if not tallies:
            continue
        own = report.own_names_told(index, other)
        facts = report.facts(index)
        for toll in sorted({(outcome, event_year(facts, q)) for q, outcome in tallies}):
            found.setdefault(toll, []).append((index, own))
    return found


def _one_tally(report_a: _Report, i: int, report_b: _Report, j: int) -> bool:
    """Whether two sentences tally one outcome with figures of one order, not the objects of two agents' acts
    ("Police arrested 12 people" / "Troops detained 15 people")."""
    a, b = report_a.facts(i), report_b.facts(j)
    for qa, outcome_a in report_a.tallies(i):
        for qb, outcome_b in report_b.tallies(j):
            if outcome_a != outcome_b or not _one_order(qa, qb) or not figures_of_one_kind(qa, qb):
                continue
            if not other_subjects(agent(a, qa), agent(b, qb), a.keys, b.keys):
                return True
    return False


# Values of one predicate


def _predicate_verdicts(report_a: _Report, report_b: _Report) -> Iterator[tuple[int, int]]:
    """The pairs that give one figure as the value of one predicate of one subject: one claim, which a sentence may
    carry beside another.

    Class: one amount, share or measure told in two sentences that otherwise differ, as the value of a verb of level
    or of asking whose subjects agree ("Trade between Japan and Indonesia reached $42 billion last year, according
    to Japanese government data" / "Japanese government data show trade between the two countries totaled $44
    billion last year"; see one_value_of_one_predicate). The subject's head must be specific (rarer than "said" or
    "set") and bound to a figure of the unit in at most two sentences of each report, as a fact stated once is, and
    the figures of one order (see _one_order); a pair one of whose sentences names someone the other report never
    names is none (perhaps another event).
    """
    holders_a, holders_b = _predicate_holders(report_a), _predicate_holders(report_b)
    bound_in_both = sorted(holders_a.keys() & holders_b.keys())
    if not bound_in_both:
        return
    heads = {head for _, head in bound_in_both}
    rarity = {t.key: t.rarity for tokens in (*report_a.tokens, *report_b.tokens) for t in tokens if t.key in heads}
    pairs: set[tuple[int, int]] = set()
    for key in bound_in_both:
        held_a, held_b = holders_a[key], holders_b[key]
        if len(held_a) <= _MAX_HOLDERS and len(held_b) <= _MAX_HOLDERS and _specific(key[1], rarity):
            pairs.update((i, j) for i in held_a for j in held_b)
    for i, j in sorted(pairs):
        if report_a.own_names(i, report_b) or report_b.own_names(j, report_a):
            continue
        a, b = report_a.facts(i), report_b.facts(j)
        if any(
            key_a == key_b and _one_order(qa, qb) and one_value_of_one_predicate(a, qa, b, qb)
            for qa, key_a in report_a.predicated(i)
            for qb, key_b in report_b.predicated(j)
        ):
            yield i, j


def _predicate_holders(report: _Report) -> dict[tuple[str, str], list[int]]:
    """The sentences binding a figure of each unit to each subject's head, by (unit, head)."""
    found: dict[tuple[str, str], list[int]] = {}
    for index in range(len(report.tokens)):
        for key in sorted({key for _, key in report.predicated(index)}):
            found.setdefault(key, []).append(index)
    return found


# One act of two subjects


def _subject_verdicts(report_a: _Report, report_b: _Report) -> Iterator[tuple[tuple[int, int], bool]]:
    """The pairs that tell one act of two named subjects, each its own fact (always False: two claims).

    Class: one predicate, two subjects. Two sentences tell the same act, by the same verb with its object, of two
    different named subjects ("Akufo-Addo polled 6,730,413 votes" / "Mahama polled 6,214,889 votes"; "The Senate
    approved the bill" / "The House approved the bill"): each subject is named (capitalised words before the active
    verb: acting_verbs, subject_before) only in its own sentence, and all the two sentences share besides lies in the
    predicate, from the verb on. They state two facts when a report tells the act of both subjects: the other
    report tells the same act of this sentence's subject in another sentence, so each sentence has its own partner.
    Without that, the pair is one fact with its subject changed, which the comparison reports as a conflict of names.
    One subject named otherwise (a surname, a title, a pronoun) shares a name or names none, and is not read.
    """
    # A pair needs its verb in both reports, and in two sentences of one of them (the other act of its subject).
    verbs_a, verbs_b = report_a.verbs, report_b.verbs
    keys = sorted(
        key
        for key in verbs_a.keys() & verbs_b.keys()
        if _in_two_sentences(verbs_a[key]) or _in_two_sentences(verbs_b[key])
    )
    acts_a, acts_b = report_a.acts(keys), report_b.acts(keys)
    found: set[tuple[int, int]] = set()
    for key in sorted(acts_a.keys() & acts_b.keys()):
        for one in acts_a[key]:
            for other in acts_b[key]:
                if (one.index, other.index) in found or not _two_subjects(report_a, one, report_b, other):
                    continue
                if _told_of(one.names, acts_b[key], other.index) or _told_of(other.names, acts_a[key], one.index):
                    found.add((one.index, other.index))
    for pair in sorted(found):
        yield pair, False


def _in_two_sentences(verbs: Sequence[tuple[int, Word]]) -> bool:
    return len({index for index, _ in verbs}) > 1


def _two_subjects(report_a: _Report, one: _Act, report_b: _Report, other: _Act) -> bool:
    """Whether two acts' subjects are each named only in their own sentence, and the sentences share nothing
    distinctive outside their predicates."""
    if not one.names.isdisjoint(report_b.sentence_keys[other.index]):
        return False
    if not other.names.isdisjoint(report_a.sentence_keys[one.index]):
        return False
    shared = report_a.distinctive(one.index) & report_b.distinctive(other.index)
    return shared <= report_a.keys_from(one.index, one.verb) & report_b.keys_from(other.index, other.verb)


def _told_of(names: frozenset[str], acts: Sequence[_Act], besides: int) -> bool:
    """Whether a sentence other than `besides` tells the act of a subject sharing a name with `names`."""
    return any(act.index != besides and not act.names.isdisjoint(names) for act in acts)


# One speaker, two statements

# A statement says something of its own with at least this many distinctive keys the other sentence lacks.
_OWN_STATEMENT_KEYS = 3
# Words that open an appositive after a speaker's name ("Ciriaco Tolibao, an official from the city's office,").
_APPOSITIVE_OPENERS = frozenset({"a", "an", "the"})


def _speaker_verdicts(report_a: _Report, report_b: _Report) -> Iterator[tuple[tuple[int, int], bool]]:
    """The pairs that attribute two statements to one speaker (always False: two claims).

    Class: one speaker, two statements. Two sentences each attribute a statement to a named speaker by a verb of
    saying, the speaker before the statement or after it, or after a quotation (see _attributions); the speakers
    share a name ("Stone County Sheriff Doug Rader said an off-duty deputy had been at the scene when the boat went
    under" / "..., Stone County Sheriff Doug Rader told reporters late Thursday night"); and outside the two
    attributions the sentences share at most one common noun ("boat"), each statement saying at least
    _OWN_STATEMENT_KEYS distinctive things of its own. A speaker is often quoted several times in one story: his
    name and title tie no two of his statements. One statement in other frames shares its content words and is
    not read.
    """
    # A pair needs one name in both speakers: each side reads only the speakers who may share one with the other's.
    said_a = report_a.said(frozenset[str]().union(*report_b.may_say.values()))
    said_b = report_b.said(frozenset[str]().union(*(said.names for said in said_a.values())))
    by_name_b: dict[str, list[int]] = {}
    for j, said in said_b.items():
        for key in said.names:
            by_name_b.setdefault(key, []).append(j)
    pairs = {(i, j) for i, said in said_a.items() for key in said.names for j in by_name_b.get(key, ())}
    for i, j in sorted(pairs):
        if _two_statements(said_a[i], report_a.content(i), said_b[j]):
            yield (i, j), False


@attrs.frozen
class _Said:
    """A sentence read as attributions and a statement.

    Args:
        names: Keys of the capitalised words of its attributions: the speaker's name and title.
        attribution: Distinctive keys inside its attributions.
        statement: Distinctive keys outside them.
    """

    names: frozenset[str]
    attribution: frozenset[str]
    statement: frozenset[str]


def _said(facts: Facts, tokens: Sequence[Token], distinctive: frozenset[str]) -> _Said | None:
    """The sentence read as attributions and a statement, or None when no verb of saying attributes a statement
    to a named speaker."""
    spans = _attributions(facts)
    inside: set[str] = set()
    outside: set[str] = set()
    for t in tokens:
        if t.key in distinctive:
            (inside if any(s <= t.start < e for s, e in spans) else outside).add(t.key)
    names = frozenset(w.key for w in facts.words if w.key in inside and w.capitalised)
    return _Said(names, frozenset(inside), frozenset(outside - inside)) if names else None


def _two_statements(one: _Said, content: frozenset[str], other: _Said) -> bool:
    """Whether two attributed sentences share nothing but their attributions and at most one of `content` (the
    first sentence's content words), each statement saying enough of its own."""
    shared = (one.attribution | one.statement) & (other.attribution | other.statement)
    beyond = shared - (one.attribution & other.attribution)
    if len(beyond) > 1 or not beyond <= content:
        return False
    return len(one.statement - shared) >= _OWN_STATEMENT_KEYS and len(other.statement - shared) >= _OWN_STATEMENT_KEYS


def _attributions(facts: Facts) -> tuple[tuple[int, int], ...]:
    """The spans that attribute a statement: a verb of saying outside quotation marks with its speaker.

    "Stone County Sheriff Doug Rader said ...": the speaker before the verb in its clause. "..., Joe Brandt, an
    official from the city's office, said.": the speaker in the clauses before, a name and an appositive. "...,
    said Ciriaco Tolibao, an official from the city's office.": the verb opening its clause, the speaker after it
    with its appositive. '"...," Ciriaco Tolibao, an official ..., told AFP.': everything from the quotation's end
    to the verb's clause's end.
    """
    text, words = facts.text, facts.words
    quoted = facts.quoted
    clauses = clause_spans(text)
    spans = []
    for word in verbs_of_saying(words):
        if any(s <= word.start < e for s, e in quoted):
            continue
        at = next((n for n, (s, e) in enumerate(clauses) if s <= word.start < e), None)
        if at is None:
            continue
        start, end = clauses[at]
        # A quotation that closes in the verb's clause or just before it is the statement.
        closing = [e for s, e in quoted if e <= word.start and not any(c.isalnum() for c in text[e:start])]
        if closing:
            spans.append((closing[-1], end))
            continue
        if any(w.weight > 0 for w in _words_in(words, start, word.start)):
            spans.append((start, word.end))
            continue
        speaker_start = _speaker_before(words, clauses, at)
        if speaker_start is not None:
            spans.append((speaker_start, word.end))
        else:
            spans.append((start, _appositives_after(words, clauses, at)))
    return tuple(spans)


# Verbs that close a clause giving a claim its provenance: "..., NBC New York reports.", "..., Rader said."
_PROVENANCE_VERBS = frozenset({"said", "says", "told", "tells", "reported", "reports", "added", "adds"})


def _provenance(facts: Facts) -> tuple[tuple[int, int], ...]:
    """The spans that say whom a claim comes from: its attributions (see _attributions), a clause opening with
    "according to" ("..., according to the AP"), and a clause a verb of saying or reporting closes ("..., NBC New
    York reports")."""
    spans = list(_attributions(facts))
    for start, end in clause_spans(facts.text):
        inside = _words_in(facts.words, start, end)
        if len(inside) >= 2 and (
            [w.lower for w in inside[:2]] == ["according", "to"] or inside[-1].lower in _PROVENANCE_VERBS
        ):
            spans.append((start, end))
    return tuple(spans)


def _words_in(words: Sequence[Word], start: int, end: int) -> list[Word]:
    return [w for w in words if start <= w.start < end]


def _a_name_clause(words: Sequence[Word]) -> bool:
    """Whether a clause is a name: its content words all capitalised ("Stone County Sheriff Joe Brandt")."""
    content = [w for w in words if w.weight > 0]
    return bool(content) and all(w.capitalised for w in content)


def _an_appositive(words: Sequence[Word]) -> bool:
    """Whether a clause is an appositive: a noun phrase a determiner opens, with no verb ("an official from ...")."""
    return bool(words) and words[0].lower in _APPOSITIVE_OPENERS and not any(a_verb_form(w) for w in words)


def _speaker_before(words: Sequence[Word], clauses: Sequence[tuple[int, int]], at: int) -> int | None:
    """Where the speaker written in the clauses before clause `at` starts: a name, or a name and an appositive;
    None when they are no speaker."""
    before = [_words_in(words, *clauses[n]) for n in range(max(0, at - 2), at)]
    if before and _a_name_clause(before[-1]):
        return clauses[at - 1][0]
    if len(before) == 2 and _an_appositive(before[1]) and _a_name_clause(before[0]):
        return clauses[at - 2][0]
    return None


def _appositives_after(words: Sequence[Word], clauses: Sequence[tuple[int, int]], at: int) -> int:
    """The end of clause `at` and of the appositives after it ("said Ciriaco Tolibao, an official from ...")."""
    end = clauses[at][1]
    for start, stop in clauses[at + 1 :]:
        if not _an_appositive(_words_in(words, start, stop)):
            break
        end = stop
    return end


# Shared names, other acts

# A name written in more sentences of a report than this (the story's protagonists) pairs no sentences by itself
# here: such names already weigh little in scoring, and their pairs would grow with the square of the report.
_MAX_NAME_HOLDERS = 4
# Words that join the names of one phrase ("Foreign Minister Ana Ruiz and Minister of Trade Omar Haddad").
_NAME_JOINERS = frozenset({"of", "and", "&", "de", "al", "bin", "van", "von", "der", "la", "le", "du"})
# What two sentences share is names when they share at most one in this many of the content words of the sentence
# with fewer ("promising further details" / "to further discuss the details": 3 of 11).
_MOST_SHARED = 3
# A sentence that writes this many phrases of shared names lists them: the list is the claim ("sawmills in Grande
# Cache, Alta., Carrot River, Sask., Chapleau, Ont., and Aberdeen, Wash.").
_NAMES_OF_A_LIST = 3
# How many content words on each side of a name phrase, in its clause, hold the rest of its act ("to give an
# accurate description of the points").
_ACT_WINDOW = 4


@attrs.frozen
class _Participants:
    """A name phrase of a sentence: who takes part in an act, and the act.

    Args:
        names: Keys of its capitalised words.
        acts: The acts of the verbs that govern it (see acts_of_a_phrase).
        around: Keys of the content words a few words on each side of it in its clause, where its act's object and
            complements stand.
        as_object: Whether a verb before it governs it, as its object ("will ask Minister Ruiz"); else it is the
            subject of the verbs after it.
    """

    names: frozenset[str]
    acts: frozenset[str]
    around: frozenset[str]
    as_object: bool


@attrs.frozen
class _Predicate:
    """A verb that tells an act of its own, with the content words of its clause.

    Args:
        act: Its stem and kin (see predicate_acts).
        clause: Keys of its clause's content words, names and figures aside.
    """

    act: frozenset[str]
    clause: frozenset[str]


def _participant_verdicts(report_a: _Report, report_b: _Report) -> Iterator[tuple[tuple[int, int], bool]]:
    """The pairs that tell different acts of the same named participants (always False: two claims).

    Class: shared names, other acts. Two sentences share names (people, bodies, places, with their titles); a
    shared name is the object of an act in one ("The council will ask Foreign Minister Ana Ruiz and Trade
    Minister Omar Haddad to give an account of the talks") and the subject of an act in the other ("with Foreign
    Minister Ana Ruiz and Trade Minister Omar Haddad due to fly to Geneva on Sunday"); the verbs
    that govern the names are of no stem or kin in common, and neither sentence tells the other's act anywhere; no
    content word but a verb stands within _ACT_WINDOW content words of the names in both (the object or complement
    of one act); and no other verb of one stem or kin in both has a content word of its clause in common (a
    predicate each carries beside the names: "the talks ended without a deal"). Common words shared elsewhere
    ("promising further details" / "to further discuss the details") are no predicate of the names. Not read:
    pairs that share much besides names (a third of the shorter sentence's content words), figures, a quoted word,
    or a list of shared names. A quotation or a counted fact the pair shares makes it a link whatever this reads
    (see compare._align._score). The same act told by one verb, a verb of its kin in the act table or in the
    passive shares an act, and is not read.
    """
    holders_a, holders_b = _name_holders(report_a), _name_holders(report_b)
    pairs = {
        (i, j)
        for key in holders_a.keys() & holders_b.keys()
        if len(holders_a[key]) <= _MAX_NAME_HOLDERS and len(holders_b[key]) <= _MAX_NAME_HOLDERS
        for i in holders_a[key]
        for j in holders_b[key]
    }
    for i, j in sorted(pairs):
        if _other_acts(report_a, i, report_b, j):
            yield (i, j), False


def _name_holders(report: _Report) -> dict[str, list[int]]:
    """The sentences writing each name key, in order."""
    found: dict[str, list[int]] = {}
    for index in range(len(report.sentences)):
        for key in sorted(report.names(index)):
            found.setdefault(key, []).append(index)
    return found


def _other_acts(report_a: _Report, i: int, report_b: _Report, j: int) -> bool:
    """Whether two sentences sharing names tell other acts of them and share no other claim (see
    _participant_verdicts)."""
    if _figures(report_a, i) and _figures(report_b, j):
        # Figures of one claim told with other values are slots, which scoring reads.
        return False
    common = report_a.content(i) & report_b.content(j)
    if len(common) * _MOST_SHARED > min(len(report_a.content(i)), len(report_b.content(j))):
        # Much besides the names in common: the sentences say one thing in words this reader does not parse.
        return False
    if report_a.quoted(i) & report_b.quoted(j):
        return False
    shared = report_a.names(i) & report_b.names(j)
    one = report_a.participants(i, shared)
    other = report_b.participants(j, shared)
    if len(one) >= _NAMES_OF_A_LIST or len(other) >= _NAMES_OF_A_LIST:
        # A list of shared names is the claim itself (who took part, where it happened).
        return False
    if not _in_other_roles(one, other):
        return False
    acts_one = frozenset[str]().union(*(p.acts for p in one))
    acts_other = frozenset[str]().union(*(p.acts for p in other))
    if not acts_one or not acts_other or acts_one & acts_other:
        return False
    told_one = frozenset[str]().union(*(p.act for p in report_a.predicates(i)))
    told_other = frozenset[str]().union(*(p.act for p in report_b.predicates(j)))
    if acts_one & told_other or acts_other & told_one:
        # The names' act told elsewhere in the other sentence, maybe of them by a pronoun ("Atlantic Coast will
        # continue its operations" / "It will continue its regional service ..., Atlantic Coast said").
        return False
    around_one = frozenset[str]().union(*(p.around for p in one))
    around_other = frozenset[str]().union(*(p.around for p in other))
    if common & around_one & around_other:
        return False
    return not _a_predicate_in_common(
        [p for p in report_a.predicates(i) if not p.act & acts_one],
        [p for p in report_b.predicates(j) if not p.act & acts_other],
    )


def _in_other_roles(one: Sequence[_Participants], other: Sequence[_Participants]) -> bool:
    """Whether a name both sentences write is the object of an act in one and the subject of an act in the other
    ("will ask Minister Ruiz to give" / "Minister Ruiz is due to fly"). The same name the subject
    of both may be one act told by two verbs the act table does not know as kin ("applied for permission" / "filed
    applications"), which only a reader of meaning could tell apart."""
    roles_one = {key: p.as_object for p in one for key in p.names}
    return any(roles_one.get(key, p.as_object) != p.as_object for p in other for key in p.names)


def _figures(report: _Report, index: int) -> bool:
    return any(t.kind in FIGURE_KINDS for t in report.tokens[index])


def _a_predicate_in_common(one: Sequence[_Predicate], other: Sequence[_Predicate]) -> bool:
    """Whether a verb of one act in both sentences has a content word of its clause, besides itself, in both."""
    return any(p.act & q.act and bool((p.clause & q.clause) - p.act - q.act) for p in one for q in other)


def _participant(facts: Facts, first: int, last: int, phrase: frozenset[str]) -> _Participants:
    """A name phrase of the sentence (its first and last positions, the keys of its capitalised words) with its act
    and the words around it."""
    words = facts.words
    start, end = words[first].start, words[last].end
    clause = phrase_clause(facts.text, words, start, end)
    before = [n for n in range(first) if words[n].start >= clause[0] and _a_content_word(words[n])]
    after = [n for n in range(last + 1, len(words)) if words[n].end <= clause[1] and _a_content_word(words[n])]
    # The act's arguments, not its verbs: a verb in common is the same act, which the acts read.
    around = frozenset(words[n].key for n in (*before[-_ACT_WINDOW:], *after[:_ACT_WINDOW]) if not a_verb_at(words, n))
    acts = acts_of_a_phrase(words, clause, start, end)
    return _Participants(phrase, acts.acts, around, bool(acts.before))


def _a_content_word(word: Word) -> bool:
    return not word.capitalised and word.weight >= CONTENT_WEIGHT


def _name_runs(text: str, words: Sequence[Word]) -> list[tuple[int, int]]:
    """The first and last positions of each run of capitalised words, joined by "of", "and" and the particles of
    names ("Foreign Minister Ana Ruiz and Minister of Trade Omar Haddad"); a comma or any other mark
    between two words ends a run ("Grande Cache, Alta., Carrot River" are three)."""
    runs: list[tuple[int, int]] = []
    for n, word in enumerate(words):
        if not word.capitalised or word.weight == 0:
            continue
        if runs and _joined(text, words[runs[-1][1] : n + 1]):
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _joined(text: str, words: Sequence[Word]) -> bool:
    """Whether words stand in one name: only spaces between them, and only joiners between the first and last."""
    spaced = all(not text[one.end : other.start].strip() for one, other in itertools.pairwise(words))
    return spaced and all(w.lower in _NAME_JOINERS for w in words[1:-1])


def _predicates(facts: Facts, content: frozenset[str]) -> tuple[_Predicate, ...]:
    """The sentence's verbs of an act of their own, each with the content words of its clause."""
    spans = clause_spans(facts.text)
    found = []
    for word, act in predicate_acts(facts.words):
        start, end = next(((s, e) for s, e in spans if s <= word.start < e), (0, len(facts.text)))
        clause = frozenset(w.key for w in facts.words if start <= w.start < end and w.key in content)
        found.append(_Predicate(act, clause))
    return tuple(found)


# Denied states


@attrs.frozen
class _State:
    """A short claim read as a subject phrase and what is said of it.

    Args:
        subject: Keys of the subject phrase's content words.
        denied: Whether what is said is a state denied ("is not yet known"), not a value given or denied.
    """

    subject: frozenset[str]
    denied: bool


def _state_verdicts(report_a: _Report, report_b: _Report) -> Iterator[tuple[tuple[int, int], bool]]:
    """Whether each pair of short claims of one subject phrase denies one state (True), or one denies a state and
    the other says something else of the subject and they share nothing but it (False).

    Class: one state denied of one subject in other words ("The cause of the fire is not yet known" / "... has not
    been established", "The name of the victim has not been released" / "... was not immediately disclosed"). Both
    deny; each says no more than its subject, a verb group with its negation, and one participle. A subject phrase
    of at least two content words besides names, the same in both, makes them one claim; a value given of the same
    subject ("was an electrical fault") or denied ("was not arson") is another claim.
    """
    # Per pair: whether both deny the state, and the subject phrase they share.
    pairs: dict[tuple[int, int], tuple[bool, frozenset[str]]] = {}
    for i, state in _denied_states(report_a).items():
        for j, other in _of_one_subject(state, report_b):
            pairs[i, j] = other.denied, state.subject
    for j, state in _denied_states(report_b).items():
        for i, other in _of_one_subject(state, report_a):
            pairs[i, j] = other.denied, state.subject
    for (i, j), (both, subject) in sorted(pairs.items()):
        if both:
            yield (i, j), True
        elif _shares_only(report_a, i, report_b, j, set(subject)):
            yield (i, j), False


def _of_one_subject(state: _State, report: _Report) -> Iterator[tuple[int, _State]]:
    """The other report's sentences read as a claim of the same subject phrase, with what each says of it."""
    for index in report.holding(state.subject):
        other = report.state(index)
        if other is not None and other.subject == state.subject:
            yield index, other


def _denied_states(report: _Report) -> dict[int, _State]:
    """The report's short claims that deny a state, by position; only short sentences with a negation are read."""
    found = {}
    for index, tokens in enumerate(report.tokens):
        if len(tokens) > _MAX_STATE_WORDS or not any(t.surface.lower() in NEGATION_WORDS for t in tokens):
            continue
        state = report.state(index)
        if state is not None and state.denied:
            found[index] = state
    return found


def _state(facts: Facts) -> _State | None:
    """The sentence read as a subject phrase and what it says of it, or None when it opens with no subject phrase
    of several content words. Only a short single clause is read as a denied state."""
    words = facts.words
    verb = next((index for index, word in enumerate(words) if word.lower in _STATE_GROUP), None)
    if verb is None:
        return None
    subject = [w for w in words[:verb] if w.weight >= CONTENT_WEIGHT]
    if any(w.capitalised for w in words[1:verb]) or len(subject) < _MIN_SUBJECT_WORDS:
        return None
    short = len(words) <= _MAX_STATE_WORDS and len(clause_spans(facts.text)) == 1
    return _State(frozenset(w.key for w in subject), short and _a_denied_state(words[verb:]))


def _a_denied_state(predicate: Sequence[Word]) -> bool:
    """Whether a predicate denies a state: a verb group with a negation, then one participle ("not yet known")."""
    group = 0
    while group < len(predicate) and predicate[group].lower in _STATE_GROUP:
        group += 1
    rest = [w for w in predicate[group:] if not w.lower.endswith("ly")]
    negated = any(w.lower in NEGATION_WORDS for w in predicate[:group])
    return negated and len(rest) == 1 and _a_participle(rest[0])


def _a_participle(word: Word) -> bool:
    lower = word.lower
    return a_verb_form(word) or (lower.endswith(_PARTICIPLE_ENDINGS) and lower not in _NOT_A_PARTICIPLE)


# Valued facts


@attrs.frozen
class _Valued:
    """A typed value of a sentence and the act or thing it is the value of.

    Args:
        kind: "day" (a calendar day), "year", "span" (the end of a span of years), "duration" or "distance" (a
            distance from a place).
        value: The date, or the duration's or the distance's quantity.
        bound: Keys of what it is bound to: the words of its act and of the thing it dates (bound_keys), the year a
            span starts with, what a duration measures, or the place a distance is measured from.
    """

    kind: str
    value: DateFact | Quantity
    bound: frozenset[str]


# Keys of the units a distance from a place is written in ("200 metres", "half a mile", "5 km"): a sentence with
# none of them gives no distance, and is not read for one.
_LENGTH_KEYS = frozenset(
    stem(unit)
    for unit in (
        *("mile", "miles", "metre", "metres", "meter", "meters", "km", "m"),
        *("kilometre", "kilometres", "kilometer", "kilometers"),
    )
)
# The sentences of a report binding a value of a kind to a key, by (kind, key).
_Holders = dict[tuple[str, str], list[int]]


def _valued_verdicts(report_a: _Report, report_b: _Report) -> Iterator[tuple[int, int]]:
    """The pairs that state one fact anchored by a typed value bound to the same act or thing.

    Class: one fact told in two reports in other words, whole sentences paraphrased, whose anchor is a typed value:
    a calendar day or a year bound to the same verb or event noun, or dating the same thing ("the winner will be
    the favourite in the June 25 special election" / "Patrick set the date of the special election: June 18"); a
    span of years that starts alike ("She served in that position from 2009 to 2013" / "she led the State
    Department from 2009 to 2012": where a span starts names it); a duration of the same thing ("a 40-60 hour
    training program" / "a training program of 20 to 30 hours"); a distance from one place ("a mere 200 metres from
    the shore" / "about a half a mile from the coast", bound to the place, kin nouns as one). The word that binds
    them must be specific (rarer than "said" or "set"; a place a distance is measured from is specific enough) and
    stand in at most two sentences of each report, as a fact stated once does. The
    readers of the values must read them as one act's (one_dated_fact, same_thing): two acts ("was arrested on
    June 18" / "was charged on June 25", "debated the budget" / "approved the budget"), two subjects ("the Senate
    approved" / "the House approved"), a day against a year, two things each sentence names, are no verdict; nor
    is a pair one of whose sentences names someone the other report never names (perhaps another event).
    """
    # A value is one fact only with a value of its kind in the other report: a kind one report never gives is not
    # read in the other (most pairs of reports give no duration, a third no day or year, in both).
    dates, durations = any(report_a.dated) and any(report_b.dated), any(report_a.timed) and any(report_b.timed)
    values_a = report_a.values(dates=dates, durations=durations)
    values_b = report_b.values(dates=dates, durations=durations)
    holders_a, holders_b = _value_holders(values_a), _value_holders(values_b)
    bound_in_both = sorted(holders_a.keys() & holders_b.keys())
    if not bound_in_both:
        return
    # Only the keys both reports bind a value of one kind to are ever weighed: most reports share none.
    weighed = {key for _, key in bound_in_both}
    rarity = {t.key: t.rarity for tokens in (*report_a.tokens, *report_b.tokens) for t in tokens if t.key in weighed}
    for i, j in _binding_one_key(holders_a, holders_b, bound_in_both, rarity):
        if report_a.own_names(i, report_b) or report_b.own_names(j, report_a):
            continue
        if _one_valued_fact((report_a.facts(i), values_a[i]), (report_b.facts(j), values_b[j]), rarity):
            yield i, j


def _binding_one_key(
    holders_a: _Holders, holders_b: _Holders, bound_in_both: list[tuple[str, str]], rarity: dict[str, float]
) -> list[tuple[int, int]]:
    """The pairs, sorted, that bind a value of one kind to one specific key (any year a span starts with), held by
    at most two sentences of each report."""
    pairs: set[tuple[int, int]] = set()
    for kind, key in bound_in_both:
        held_a, held_b = holders_a[kind, key], holders_b[kind, key]
        if len(held_a) > _MAX_HOLDERS or len(held_b) > _MAX_HOLDERS:
            continue
        if kind not in ("span", "distance") and not _specific(key, rarity):
            continue
        pairs.update((i, j) for i in held_a for j in held_b)
    return sorted(pairs)


def _specific(key: str, rarity: dict[str, float]) -> bool:
    """Whether a word is rare enough to bind two values to one act ("sentenced", "election"; not "said", "set")."""
    return rarity.get(key, 0.0) >= _SPECIFIC_RARITY


def _value_holders(values: Sequence[tuple[_Valued, ...]]) -> _Holders:
    """The sentences binding a value of each kind to each key, from each sentence's values."""
    found: dict[tuple[str, str], list[int]] = {}
    for index, valued in enumerate(values):
        for kind, key in sorted({(v.kind, key) for v in valued for key in v.bound}):
            found.setdefault((kind, key), []).append(index)
    return found


def _one_valued_fact(
    one: tuple[Facts, tuple[_Valued, ...]], other: tuple[Facts, tuple[_Valued, ...]], rarity: dict[str, float]
) -> bool:
    """Whether two sentences (each its facts and its values) give values of one kind bound to one specific key (or a
    span's first year) that the values' readers take for one act's."""
    (a, values_a), (b, values_b) = one, other
    for va in values_a:
        for vb in values_b:
            if va.kind != vb.kind:
                continue
            bound_alike = any(key.startswith("#") or _specific(key, rarity) for key in va.bound & vb.bound)
            if bound_alike and _one_value_read(a, va, b, vb):
                return True
    return False


def _one_value_read(a: Facts, va: _Valued, b: Facts, vb: _Valued) -> bool:
    """Whether the readers that compare the two values read them as the values of one act or thing."""
    if isinstance(va.value, DateFact) and isinstance(vb.value, DateFact):
        return one_dated_fact(a, va.value, b, vb.value)
    if isinstance(va.value, Quantity) and isinstance(vb.value, Quantity):
        subject_a = subject_of_act(a.text, a.words, va.value.start, va.value.end)
        subject_b = subject_of_act(b.text, b.words, vb.value.start, vb.value.end)
        return same_thing(va.value, vb.value) and not other_subjects(subject_a, subject_b, a.keys, b.keys)
    return False


def _valued(facts: Facts, *, dated: bool, timed: bool) -> tuple[_Valued, ...]:
    """The sentence's calendar days, years, ends of spans of years and durations, with what each is bound to.

    A weekday alone ("said on Tuesday") is left out: every act of a story's week has one. A span's first year is
    read with its end. Dates are read only when the sentence is `dated` (it writes a month or a year), durations
    only when it is `timed`.
    """
    found = []
    starts = set()
    dates = facts.dates if dated else ()
    for date in dates:
        start = span_start(facts, date)
        if start is not None:
            starts.add((start.start, start.end))
            found.append(_Valued("span", date, frozenset({f"#{start.year}"})))
    for date in dates:
        one_day_or_year = (date.year_only or date.month_day is not None) and not date.period
        if one_day_or_year and (date.start, date.end) not in starts:
            found.append(_Valued("year" if date.year_only else "day", date, bound_keys(facts, date)))
    for quantity in facts.quantities if timed else ():
        # "a year earlier" dates an act from another; it is the length of no thing, and binds none.
        measured = quantity.counted - OFFSET_KEYS
        if quantity.unit == "s" and measured:
            found.append(_Valued("duration", quantity, measured))
        elif quantity.reference:
            # A distance from a place is a value of the act it locates; the place is what binds two sentences.
            found.append(_Valued("distance", quantity, frozenset({f"#{quantity.reference}"})))
    return tuple(found)
