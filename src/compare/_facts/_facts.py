"""The facts of a claim sentence: quantities, dates, names, quotes and predicates, each with its span.

Facts are read on first use: conflicts are looked for only between linked sentences, a long report has many
sentences that link to nothing, and most linked pairs hold no figure, date, quotation or negation on one side or
the other. A cheap look at the text (a digit, a month, a quotation mark, a "not") decides whether a kind of fact
is worth reading. A relative date ("the previous day") is resolved against the last day the report named before
it, found by reading back only as far as needed.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence

import attrs

from .._text._normalize import NAME_KINDS, Token
from .._text._words import Word, words_of
from ._dates import DATE_WORDS, DAY_OFFSETS, DateFact, find_dates, last_day
from ._names import NameFact, find_names
from ._numbers import ORDINAL_WORDS, Predicated, Quantity, find_quantities, predicated
from ._polarity import DENYING_POLES, Predicate, find_predicates
from ._quotes import QuoteFact, find_quotes, quotation_spans
from ._scopes import Place, named_outside, parts, scopes
from ._speakers import SENTENCES_BACK, Antecedent, antecedent, may_give_to_a_pronoun
from ._tallies import TALLY_KEYS, tally

__all__ = ["Facts", "ReportFacts"]

# A sentence without a digit or any of these words states no quantity ("hour-long" is one).
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen"}
    | {"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty"}
    | {"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion"}
    | {"second", "minute", "hour", "day", "week", "month", "year", "decade", "seconds", "minutes", "hours"}
    | {"days", "weeks", "months", "years", "decades", *ORDINAL_WORDS}
    # A distance with no figure: "a mile from the airport", "half a kilometre off the coast".
    | {"mile", "kilometre", "kilometer", "metre", "meter"}
)
# A sentence without any of these words (negations, and the denying poles of _polarity's verbs) affirms everything
# it says.
_DENIAL_WORDS = frozenset(
    {"not", "never", "cannot", "longer", "dont", "doesnt", "didnt", "isnt", "wasnt", "werent", "arent", "havent"}
    | {"hasnt", "hadnt", "cant", "couldnt", "wouldnt", "shouldnt", "wont"}
    | DENYING_POLES
)
_DENIAL_STARTS = ("refus", "declin", "fail", "reject", "deni")
# A sentence without one of these phrases counts no day from an earlier one.
_RELATIVE_DAY = re.compile("|".join(r"\s+".join(phrase) for phrase in DAY_OFFSETS), re.IGNORECASE)


class ReportNames:
    """The names a report's claims give, each with how many claims give it; counted when first asked for.

    A plain class: a cache shared by the facts of one report's sentences for one comparison, never a result.
    """

    def __init__(self, tokens: Sequence[Sequence[Token]]) -> None:
        self._tokens = tokens

    @functools.cached_property
    def claims(self) -> Mapping[str, int]:
        """How many claims give each name's key."""
        return Counter(key for claim in self._tokens for key in {t.key for t in claim if t.kind in NAME_KINDS})


@attrs.frozen
class Facts:
    """What one sentence states; each kind of fact is read when first asked for.

    Args:
        text: The sentence as written (spans index it).
        folded: The sentence folded (same offsets).
        words: Its words.
        published: The report's publication day, if known.
        anchor: The last day the report named before the sentence, when the sentence counts back from it.
        antecedent: The person the report last named before the sentence, when it gives a quotation to "he" or
            "she" (see ``_speakers``).
        recent: The names the report gives in the few sentences before, when the sentence holds a quotation.
        report_names: The names its report gives, when it is read as a report's sentence.
    """

    text: str
    folded: str
    words: tuple[Word, ...]
    published: datetime.date | None = None
    anchor: DateFact | None = None
    antecedent: Antecedent | None = None
    recent: tuple[NameFact, ...] = ()
    report_names: ReportNames | None = attrs.field(default=None, eq=False, repr=False)

    @functools.cached_property
    def keys(self) -> frozenset[str]:
        """The keys of all its words."""
        return frozenset(word.key for word in self.words)

    @functools.cached_property
    def may_count(self) -> bool:
        """Whether it may state a quantity (a digit, a number word, a unit of time)."""
        return any(word.is_digits or word.lower in _NUMBER_WORDS for word in self.words)

    @functools.cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        """Numbers and durations, with what they count."""
        return find_quantities(self.folded, self.words) if self.may_count else ()

    @functools.cached_property
    def outcomes(self) -> Mapping[Quantity, str]:
        """The outcome whose people each of its figures that is a tally counts ("dead", "injured", ...; see
        compare._facts._tallies); only a sentence with a word of an outcome or a toll has any."""
        if self.keys.isdisjoint(TALLY_KEYS):
            return {}
        return {q: outcome for q in self.quantities if (outcome := tally(self, q)) is not None}

    @functools.cached_property
    def valued_predicates(self) -> Mapping[Quantity, Predicated]:
        """The predicate of level or of asking each of its figures is the value of, read once for every pair the
        sentence is compared in (see compare._facts._numbers.predicated)."""
        return {q: read for q in self.quantities if (read := predicated(self, q)) is not None}

    @functools.cached_property
    def scopes(self) -> Mapping[Quantity, Place]:
        """The place each of its plain counts that is bound to one is told of ("190 people died in
        Rieti province"; see compare._facts._scopes)."""
        return scopes(self.text, self.words, self.quantities)

    @functools.cached_property
    def parts(self) -> Mapping[Quantity, frozenset[str]]:
        """The scopes of its counts that are parts of the event, not its own place (see compare._facts._scopes)."""
        return parts(self.words, self.scopes, self.report_names.claims if self.report_names is not None else {})

    @functools.cached_property
    def named_outside_parts(self) -> frozenset[str]:
        """The keys of the names it gives outside the places of its counts that are parts: the places it tells the
        event of."""
        return named_outside(self.words, [place for q, place in self.scopes.items() if q in self.parts])

    @functools.cached_property
    def may_date(self) -> bool:
        """Whether it may state a date."""
        return any(word.lower.rstrip("'s") in DATE_WORDS or word.is_digits for word in self.words)

    @functools.cached_property
    def dates(self) -> tuple[DateFact, ...]:
        """Dates, resolved when they can be."""
        return find_dates(self.folded, self.words, self.published, self.anchor) if self.may_date else ()

    @functools.cached_property
    def names(self) -> tuple[NameFact, ...]:
        """Names of people, places and organisations, with their roles."""
        return find_names(self.folded, self.words)

    @functools.cached_property
    def quotes(self) -> tuple[QuoteFact, ...]:
        """Quotations and their speakers."""
        return find_quotes(self.folded, self.words, self.names) if '"' in self.folded else ()

    @functools.cached_property
    def quoted(self) -> tuple[tuple[int, int], ...]:
        """Where its quotations start and end, their speakers unread (which costs more, reading its names)."""
        return quotation_spans(self.folded, self.words) if '"' in self.folded else ()

    @functools.cached_property
    def may_deny(self) -> bool:
        """Whether it holds a word that negates or denies, without which it affirms everything it says."""
        return any(
            word.lower in _DENIAL_WORDS or word.lower.endswith("n't") or word.lower.startswith(_DENIAL_STARTS)
            for word in self.words
        )

    @functools.cached_property
    def predicates(self) -> tuple[Predicate, ...]:
        """What it affirms and denies."""
        return find_predicates(self.folded, self.words)


class ReportFacts:
    """The facts of a report's claim sentences, each sentence read when first asked for and kept.

    A plain class rather than a frozen one: it is a cache that lives for one comparison, never a result.

    Args:
        sentences: The claim sentences, in report order.
        tokens: Their tokens, aliases resolved.
        published: The report's publication day, if known.
    """

    def __init__(
        self, sentences: Sequence[str], tokens: Sequence[Sequence[Token]], published: datetime.date | None
    ) -> None:
        self._sentences = sentences
        self._tokens = tokens
        self._published = published
        self._facts: dict[int, Facts] = {}
        # Earlier sentences read without looking back, kept: consecutive quotations and relative days read the
        # same earlier sentences again.
        self._plain: dict[int, Facts] = {}
        self._first: dict[Hashable, tuple[int, ...]] = {}
        self._names = ReportNames(tokens)

    def __len__(self) -> int:
        return len(self._sentences)

    def __getitem__(self, position: int) -> Facts:
        found = self._facts.get(position)
        if found is None:
            found = self._read(position, with_anchor=True)
            self._facts[position] = found
        return found

    def first_where(self, question: Hashable, test: Callable[[Facts], bool], count: int = 2) -> tuple[int, ...]:
        """The first ``count`` positions, in order, of the claims for which ``test`` holds.

        The answer is kept under ``question`` (which must name the test and everything it reads) for the rest of
        the comparison: many links ask the same question of the same report (a sentence repeated thousands of
        times, each copy in a conflict), and each asking would otherwise read the whole report again.
        """
        # The count is part of the key: an answer cut at two positions does not answer a question of three.
        key = (question, count)
        found = self._first.get(key)
        if found is None:
            positions: list[int] = []
            for position in range(len(self)):
                if test(self[position]):
                    positions.append(position)
                    if len(positions) == count:
                        break
            found = self._first[key] = tuple(positions)
        return found

    def _read(self, position: int, *, with_anchor: bool) -> Facts:
        sentence = self._sentences[position]
        folded, words = words_of(sentence, self._tokens[position])
        anchor = self._anchor(position) if with_anchor and _RELATIVE_DAY.search(sentence) else None
        facts = Facts(sentence, folded, words, self._published, anchor, report_names=self._names)
        if with_anchor and '"' in folded:
            before = [self._earlier(e) for e in range(position - 1, max(-1, position - 1 - SENTENCES_BACK), -1)]
            person = antecedent(facts, before) if may_give_to_a_pronoun(facts) else None
            recent = tuple(name for earlier in reversed(before) for name in earlier.names)
            facts = attrs.evolve(facts, antecedent=person, recent=recent)
        return facts

    def _earlier(self, position: int) -> Facts:
        """An earlier sentence's facts, read without looking back from it in turn."""
        found = self._facts.get(position) or self._plain.get(position)
        if found is None:
            found = self._plain[position] = self._read(position, with_anchor=False)
        return found

    def _anchor(self, position: int) -> DateFact | None:
        """The last single day named before a sentence: what "the previous day" counts back from.

        Earlier sentences are read for their explicit dates only, so that no chain of relative dates is followed.
        """
        for earlier in range(position - 1, -1, -1):
            facts = self._earlier(earlier)
            day = last_day(facts.dates)
            if day is not None:
                return day
        return None
