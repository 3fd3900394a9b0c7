"""Classification: the details on which two linked sentences conflict, typed and explained.

Each kind of fact is compared only with facts of the same kind that speak of the same thing:

- number: two quantities that count the same thing (a shared counted word, the same unit, both totals or both
  shares) and whose intervals cannot overlap. "about 300" and "300" agree; "more than 23" and "22" conflict;
  "372 prisoners" and "175 each" (or "the other two") are a whole and a part, never a plain contradiction. A
  figure the other sentence states too is not in conflict.
- date: two dates neither of which the other sentence states, that cannot be the same day and are the dates of
  the same thing (the same word before them, or the only date of each sentence).
- name: a different person with the same title ("Secretary of State Marco Rubio" / "... John Smith"), or a
  different place or organisation after the same words ("talks in Saudi Arabia" / "talks in Qatar"), neither
  named anywhere in the other sentence. Aliases never conflict.
- polarity: one sentence affirms what the other denies ("did not respond" / "responded", "rejected the
  proposal" / "accepted the proposal").
- quote: the same quotation with words changed, or given to a different speaker.

The comparison is made in one canonical order of the two sentences and swapped back, so comparing B with A gives
exactly the mirror of comparing A with B.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

import attrs
from rapidfuzz import fuzz

from .._model import Conflict
from .._text._normalize import UNIT_WORDS, stem
from .._text._segment import clause_spans
from .._text._words import Word
from ._actions import actions_near, same_action, same_verb, word_after
from ._dates import DATE_WORDS, DateFact, compare_dates
from ._facts import Facts, ReportFacts
from ._mentions import NameFact, Predicate, QuoteFact, capitalised_for_its_place, name_key, same_entity
from ._quantities import Quantity

__all__ = ["find_conflicts", "find_contradictions", "find_elsewhere"]

_T = TypeVar("_T")

# Which kinds win when two findings point at the same words: a changed figure inside a quote is a number.
_KINDS = ("number", "date", "name", "polarity", "quote")
_QUOTE_MIN_SHARED = 4
_QUOTE_MIN_SHARE = 0.6
# Quotations with more of their words changed than this share of the shorter are renderings, not one quotation.
_QUOTE_MAX_REWORDED = 0.35
_QUOTE_MAX_CHANGE = 4
_NEGATION_WORDS = frozenset({"not", "never", "no"})
# Changed words this alike are a spelling ("honor" / "honour"), not a misquotation; a change of function words
# only ("our" / "its", "to" / "toward") neither: a misquotation worth an editor's time changes a content word.
_SPELLING_RATIO = 80.0
_NAME_SPELLING_RATIO = 60.0
_NAME_JOINERS = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "de", "la", "van", "von", "der", "da", "di"})
# A changed content word: as rare as "water" or "hope" in English; the prepositions and conjunctions below are as
# rare but change no claim.
_QUOTE_MIN_WEIGHT = 0.6
_FUNCTION_WORDS = frozenset(
    {"toward", "towards", "upon", "onto", "within", "without", "among", "amid", "amidst", "despite", "although"}
    | {"though", "whereas", "whether", "unless", "until", "because", "whilst", "while", "thus", "hence", "per"}
    | {"whoever", "whatever", "whichever", "whom", "whose", "which", "who", "what"}
)
# Light words that change what a quotation says when one stands in place of another: connectives, quantifiers and
# modals ("and" / "or", "all" / "some", "can" / "must").
_MEANING_WORDS = frozenset(
    {"and", "or", "nor", "but", "before", "after", "all", "some", "any", "every", "each", "none", "no", "only"}
    | {"more", "less", "fewer", "most", "least", "always", "never", "sometimes", "often", "rarely"}
    | {"can", "cannot", "could", "may", "might", "must", "should", "shall", "able", "not"}
)
# A changed word or two at the very start or end of both quotations is still a change inside the quotation.
_EDGE_CHANGE = 2
_MIN_SHARED_START = 4
# Auxiliaries are left out when comparing changed words, so that "has chosen" / "chose" is a change of tense.
_AUX = frozenset({"has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would"})
# Number words a quotation may write in figures ("two" = "2").
_DIGITS = {word: str(value) for word, value in UNIT_WORDS.items() if value <= 12}
_CONTRACTIONS = {"won't": "willnot", "can't": "cannot", "shan't": "shallnot"}
_CONTRACTION_ENDINGS = (("n't", "not"), ("'re", "are"), ("'ll", "will"), ("'ve", "have"), ("'m", "am"), ("'d", "would"))
# Two sentences of one report speak of the same count when they count it in the same words and share a rare word.
_SELF_MIN_COUNTED_WEIGHT = 2.0
_SELF_MIN_SHARED_WEIGHT = 2.0
_EPSILON = 1e-9
# Two clauses state one proposition when this share of the shorter one's content words stands in the other.
_PROPOSITION_SHARE = 0.6
# A figure given elsewhere is sought only for counts of two or more, in sentences sharing a word this rare.
_MIN_ELSEWHERE_FIGURE = 2.0
_ELSEWHERE_RARITY = 1.0
_AGENT_REACH = 4
_CONTENT_WEIGHT = 0.5
# Keys of titles that many hold at once: not a role that only one person fills.
# A name is at most this many words ("Town Hall Square", "Eduardo Reyes").
_MAX_NAME_WORDS = 4
# Capitalised words that name a scale, not a person or a place: "40 degrees Celsius" / "104 degrees Fahrenheit".
_CAPITALISED_UNITS = frozenset({"celsius", "fahrenheit", "centigrade", "kelvin"})
# A negation added or dropped changes at most this many words on either side ("would not" / "were ready to").
_MAX_NEGATED_CHANGE = 3
_DENIAL_REACH = 3
_OPEN_QUESTION = frozenset({"whether", "if", "unless", "could", "might", "may"})
# Words that deny as "not" does: "failed to strike" is "had not struck", "without a deal" is "with no deal".
_DENYING_WORDS = _NEGATION_WORDS | frozenset(
    {"without", "fail", "failed", "fails", "refused", "refuses", "declined", "declines", "denied", "denies"}
    | {"none", "nothing", "nobody", "neither", "nor", "lack", "lacked", "lacks", "cannot"}
)
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ian")
_SHARED_TITLES = frozenset(
    stem(title)
    for title in (
        *("sen", "senator", "rep", "representative", "gov", "governor", "judge", "justice", "gen", "general"),
        *("sgt", "sergeant", "lt", "lieutenant", "col", "colonel", "capt", "captain", "agent", "detective"),
        *("officer", "mr", "mrs", "ms", "dr", "u.s", "us", "state", "former"),
    )
)
# An estimate ("about 300") and a figure at most this many times it apart ("372") differ in precision only.
_ESTIMATE_REACH = 1.5
_DIFFERS = "A says {a}; B says {b}: both can be true, one is more precise."


@attrs.frozen
class _Finding:
    """A conflict before it is written out, so that it can be swapped to the other order."""

    kind: str
    a_span: tuple[int, int]
    b_span: tuple[int, int]
    a_phrase: str
    b_phrase: str
    confidence: float
    # "{a}" and "{b}" stand for the phrases; "A" and "B" for the reports, whichever order they come in.
    template: str = "A says {a}; B says {b}."
    severity: str = "conflict"

    def swapped(self) -> _Finding:
        return attrs.evolve(
            self, a_span=self.b_span, b_span=self.a_span, a_phrase=self.b_phrase, b_phrase=self.a_phrase
        )

    def conflict(self, text_a: str, text_b: str) -> Conflict:
        return Conflict(
            kind=self.kind,
            a_value=text_a[slice(*self.a_span)],
            b_value=text_b[slice(*self.b_span)],
            explanation=self.template.format(
                a=_in_running_text(self.a_phrase, text_a, self.a_span, text_b),
                b=_in_running_text(self.b_phrase, text_b, self.b_span, text_a),
            ),
            a_span=self.a_span,
            b_span=self.b_span,
            confidence=round(self.confidence, 2),
            severity=self.severity,
        )


def _in_running_text(phrase: str, sentence: str, value: tuple[int, int], other: str) -> str:
    """The phrase as an explanation quotes it mid-sentence ("A says about 60 firefighters"): the capital of a
    sentence's first word is lowered when the word has it only for its place, never a name's."""
    start = len(sentence) - len(sentence.lstrip())
    if not phrase[:1].isupper() or not sentence.startswith(phrase[:1], start):
        return phrase
    if sentence.find(phrase) != start or not capitalised_for_its_place(sentence, value, (other,)):
        return phrase
    return phrase[0].lower() + phrase[1:]


def find_conflicts(
    facts_a: Facts, facts_b: Facts, aliases: Mapping[str, str] | None = None, *, close: bool = False
) -> tuple[Conflict, ...]:
    """The details on which two linked sentences conflict.

    Args:
        facts_a: The facts of A's sentence.
        facts_b: The facts of B's sentence.
        aliases: User-supplied aliases: a name's keys joined by spaces -> its canonical form.
        close: Whether the sentences tell one claim nearly word for word, so that the one figure or date each
            gives, where the words around them differ, is still the value of the same fact.

    Returns:
        The conflicts, in the order they stand in A's sentence.
    """
    aliases = aliases or {}
    if _order(facts_b) < _order(facts_a):
        findings = [finding.swapped() for finding in _findings(facts_b, facts_a, aliases, close)]
    else:
        findings = _findings(facts_a, facts_b, aliases, close)
    conflicts = [finding.conflict(facts_a.text, facts_b.text) for finding in findings]
    return tuple(sorted(conflicts, key=lambda c: (c.a_span or (0, 0), c.b_span or (0, 0), c.kind)))


def _order(facts: Facts) -> tuple[str, str, str]:
    # What the findings depend on besides the text: the publication day and the anchor of relative dates.
    return facts.text, str(facts.published), repr(facts.anchor)


def _findings(a: Facts, b: Facts, aliases: Mapping[str, str], close: bool) -> list[_Finding]:
    found = [
        *_number_findings(a, b, close),
        *_date_findings(a, b, close),
        *_name_findings(a, b, aliases),
        *(_replaced_names(a, b, aliases) if close else ()),
        *_polarity_findings(a, b),
        *(_dropped_negations(a, b) or _sole_negation(a, b) if close else ()),
        *_quote_findings(a, b, aliases),
    ]
    return _without_overlaps(sorted(found, key=lambda f: _KINDS.index(f.kind)))


def _without_overlaps(findings: Iterable[_Finding]) -> list[_Finding]:
    kept: list[_Finding] = []
    for finding in findings:
        if not any(_overlap(finding.a_span, k.a_span) or _overlap(finding.b_span, k.b_span) for k in kept):
            kept.append(finding)
    return kept


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


# Numbers


def _number_findings(a: Facts, b: Facts, close: bool) -> list[_Finding]:
    if not (a.may_count and b.may_count):
        return []
    unmatched_a = [q for q in a.quantities if not any(_supports(other, q) for other in b.quantities)]
    unmatched_b = [q for q in b.quantities if not any(_supports(other, q) for other in a.quantities)]
    candidates = []
    for qa in unmatched_a:
        for qb in unmatched_b:
            shared = _same_thing(qa, qb)
            if shared:
                candidates.append((-shared, qa.start, qb.start, (qa, qb)))
    found = [_number_finding(a, qa, b, qb) for qa, qb in _one_to_one(candidates)]
    if close and not found and len(unmatched_a) == len(unmatched_b) == 1:
        qa, qb = unmatched_a[0], unmatched_b[0]
        if _one_figure_told_twice(qa, qb):
            # "Turnout was 41.2 percent" / "Turnout rose to 43.2 percent": the one figure of one claim told twice.
            found = [attrs.evolve(_number_finding(a, qa, b, qb), confidence=0.6)]
    return found + _compatible_differences(a, b, found)


def _one_figure_told_twice(qa: Quantity, qb: Quantity) -> bool:
    """Whether the only figures of two nearly identical sentences are one figure, though the words after them differ.

    A share or an amount may be of a thing named otherwise ("a 7 percent wage increase" / "an 8 percent pay rise");
    a plain count must count the same thing or say nothing of it ("22 wounded soldiers" / "23 civilians" are two).
    """
    if (qa.unit, qa.part, qa.modifier) != (qb.unit, qb.part, qb.modifier) or _agree(qa, qb):
        return False
    return bool(qa.unit) or not (qa.counted and qb.counted) or bool(qa.counted & qb.counted)


def _compatible_differences(a: Facts, b: Facts, conflicts: Sequence[_Finding]) -> list[_Finding]:
    """Figures of one thing that can both be true but are written differently: "at least 12" / "14".

    Only where neither sentence gives the other's figure as written: "at least 12 ... 14 in all" / "14" says it.
    """
    taken_a = {f.a_span for f in conflicts}
    taken_b = {f.b_span for f in conflicts}
    candidates = []
    for qa in a.quantities:
        for qb in b.quantities:
            if (qa.start, qa.end) in taken_a or (qb.start, qb.end) in taken_b:
                continue
            if (qa.exact and qb.exact) or _figure(qa) == _figure(qb) or not _agree(qa, qb):
                # Two plain figures that agree are one figure rounded; "about 300" and "300" one figure hedged.
                continue
            if _written_alike(qa, b.quantities) or _written_alike(qb, a.quantities):
                continue
            shared = _same_thing(qa, qb)
            if shared:
                candidates.append((-shared, qa.start, qb.start, (qa, qb)))
    return [_difference(a, qa, b, qb) for qa, qb in _one_to_one(candidates)]


def _difference(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> _Finding:
    """Two hedged figures that overlap: a difference of precision, unless both are hedged alike.

    "at least 12" / "14" can both be true; "at least 120" / "at least 210", or "about 2.1 million" / "about 2.4
    million", are two reports giving another figure for the same estimate.
    """
    finding = _number_finding(a, qa, b, qb)
    if _hedged_alike(qa, qb):
        return attrs.evolve(finding, severity="conflict", template="A says {a}; B says {b}.")
    return attrs.evolve(finding, severity="differs", template=_DIFFERS)


def _hedged_alike(one: Quantity, other: Quantity) -> bool:
    return (
        not one.exact
        and not other.exact
        and one.approximate == other.approximate
        and math.isinf(one.high) == math.isinf(other.high)
        and (one.low == 0) == (other.low == 0)
    )


def _figure(quantity: Quantity) -> float:
    """The figure as written: 300 for "about 300" (whose interval runs from 270 to 330)."""
    return quantity.value if math.isnan(quantity.estimate) else quantity.estimate


def _written_alike(quantity: Quantity, others: Sequence[Quantity]) -> bool:
    return any((other.low, other.high, other.unit) == (quantity.low, quantity.high, quantity.unit) for other in others)


def _one_to_one(candidates: Sequence[tuple[float, int, int, _T]]) -> list[_T]:
    """The candidates taken greedily, best first, each of A's and B's items in at most one.

    Args:
        candidates: (rank, A's item, B's item, payload); a lower rank is better, ties go to the earlier items.

    Returns:
        The payloads of the pairs taken.
    """
    used_a: set[int] = set()
    used_b: set[int] = set()
    taken = []
    for _, item_a, item_b, payload in sorted(candidates, key=lambda candidate: candidate[:3]):
        if item_a not in used_a and item_b not in used_b:
            used_a.add(item_a)
            used_b.add(item_b)
            taken.append(payload)
    return taken


def _supports(other: Quantity, quantity: Quantity) -> bool:
    """Whether the other sentence's figure bears a figure out, so that it conflicts with nothing.

    An equal figure does, whatever it counts ("22" and "22 defenders": the same 22 told differently). A hedged
    one only for the same thing: "over 4,600 injured" says nothing about "at least 770 dead".
    """
    if not _agree(quantity, other):
        return False
    return (
        (quantity.exact and other.exact)
        or (quantity.low, quantity.high) == (other.low, other.high)
        or not (quantity.counted and other.counted)
        or bool(_same_thing(quantity, other))
    )


def _agree(one: Quantity, other: Quantity) -> bool:
    """Whether two figures can both be true: equal to the precision both are written at, or overlapping."""
    if one.unit != other.unit:
        return False
    if one.exact and other.exact:
        # A duration's step is its unit ("two-hour": an hour), so "two hours" would round "90 minutes" away; within
        # one unit, the coarser figure is the finer one rounded.
        step = min(one.quantum, other.quantum) if one.unit == "s" else max(one.quantum, other.quantum)
        x, y = one.low / step, other.low / step
        # "17.3" and "17", "0.95" and "0.9": the coarser figure may be the finer one rounded or cut.
        return round(x) == round(y) or math.floor(x + _EPSILON) == math.floor(y + _EPSILON)
    return _intervals_overlap(one, other)


def _intervals_overlap(one: Quantity, other: Quantity) -> bool:
    low = max(one.low, other.low)
    high = min(one.high, other.high)
    tolerance = _EPSILON * max(1.0, abs(low))
    if low < high - tolerance:
        return True
    if abs(low - high) > tolerance:
        return False
    low_open = one.low_open if one.low >= other.low else other.low_open
    high_open = one.high_open if one.high <= other.high else other.high_open
    return not (low_open or high_open)


def _same_thing(one: Quantity, other: Quantity) -> int:
    """How surely two quantities measure the same thing: 0 when they do not."""
    if one.unit != other.unit or one.part != other.part or one.modifier != other.modifier:
        return 0
    if one.lead and other.lead and one.lead != other.lead:
        return 0
    if one.counted and other.counted:
        return 2 * len(one.counted & other.counted)
    if not one.counted and not other.counted and one.unit:
        # "$180 billion" and "$160 billion" with nothing after them: the same change ("rose"), or the same word
        # before them ("agreed to pay").
        return int(bool(one.lead and one.lead == other.lead) or bool(one.before and one.before == other.before))
    return 0


def _number_finding(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> _Finding:
    surely = len(qa.counted & qb.counted) >= 2 or qa.unit == "s"
    confidence = (0.9 if surely else 0.8) if qa.exact and qb.exact else 0.7
    if not qa.counted:
        confidence = 0.6
    estimate = (qa.approximate != qb.approximate) and _near(qa, qb)
    return _Finding(
        "number",
        (qa.start, qa.end),
        (qb.start, qb.end),
        a.text[qa.start : qa.phrase_end],
        b.text[qb.start : qb.phrase_end],
        confidence,
        _DIFFERS if estimate else "A says {a}; B says {b}.",
        "differs" if estimate else "conflict",
    )


def _near(one: Quantity, other: Quantity) -> bool:
    """Whether an estimate and another figure are near enough to be one count told roughly ("about 300" / "372")."""
    low, high = sorted((_figure(one), _figure(other)))
    return low > 0 and high / low <= _ESTIMATE_REACH


# Dates


def _date_findings(a: Facts, b: Facts, close: bool) -> list[_Finding]:
    if not (a.may_date and b.may_date):
        return []
    unmatched_a = [d for d in a.dates if not any(compare_dates(d, other) for other in b.dates)]
    unmatched_b = [d for d in b.dates if not any(compare_dates(d, other) for other in a.dates)]
    for da in unmatched_a:
        for db in unmatched_b:
            if _written_alike_date(a, da, b, db) or not _same_precision(da, db):
                continue
            if compare_dates(da, db) is False and _dates_of_one_act(a, da, b, db):
                finding = _date_finding(a, da, b, db, 0.7 if da.context & db.context else 0.6)
                if _a_period(da) or _a_period(db):
                    # "last week" / "Thursday": each resolved against its own report's day, which may differ.
                    return [attrs.evolve(finding, severity="differs", template=_DIFFERS)]
                return [finding]
    if close and len(a.dates) == len(b.dates) == 1 and unmatched_a and unmatched_b:
        da, db = unmatched_a[0], unmatched_b[0]
        if _same_precision(da, db) and not _a_period(da) and not _a_period(db) and compare_dates(da, db) is False:
            # One claim told nearly word for word, with its one date changed ("until at least Sunday" / "Saturday").
            return [_date_finding(a, da, b, db, 0.5)]
    return _vaguer_date(a, b)


def _vaguer_date(a: Facts, b: Facts) -> list[_Finding]:
    """A period against a day inside it, for the same act ("over the weekend" / "on Sunday"): both can be true, and
    an editor still wants to see which report is vaguer."""
    for da in a.dates:
        for db in b.dates:
            if (
                _a_period(da) != _a_period(db)
                and compare_dates(da, db)
                and _same_precision(da, db)
                and not _written_alike_date(a, da, b, db)
                and _dates_of_one_act(a, da, b, db)
            ):
                return [attrs.evolve(_date_finding(a, da, b, db, 0.5), severity="differs", template=_DIFFERS)]
    return []


def _written_alike_date(a: Facts, da: DateFact, b: Facts, db: DateFact) -> bool:
    """Two reports that both say "Friday" mean the same Friday, whatever day each was published."""
    return a.text[da.start : da.end].lower().removesuffix("'s") == b.text[db.start : db.end].lower().removesuffix("'s")


def _a_period(date: DateFact) -> bool:
    return date.first is not None and date.last is not None and date.first != date.last


def _same_precision(one: DateFact, other: DateFact) -> bool:
    """A year against a day says nothing: "running for president in 2016" is not the day he declared."""
    return one.year_only == other.year_only


def _dates_of_one_act(a: Facts, da: DateFact, b: Facts, db: DateFact) -> bool:
    """Whether two dates are the dates of the same act: the acts beside them are the same or kin."""
    acts_a = actions_near(a.text, a.words, da.start, da.end)
    acts_b = actions_near(b.text, b.words, db.start, db.end)
    return same_action(acts_a, acts_b) or _same_word_after(a, da.end, b, db.end)


def _same_word_after(a: Facts, end_a: int, b: Facts, end_b: int) -> bool:
    after = word_after(a.text, a.words, end_a)
    return bool(after) and after == word_after(b.text, b.words, end_b)


def _date_finding(a: Facts, da: DateFact, b: Facts, db: DateFact, confidence: float) -> _Finding:
    return _Finding(
        "date",
        (da.start, da.end),
        (db.start, db.end),
        _date_phrase(a.text, da),
        _date_phrase(b.text, db),
        confidence,
    )


def _date_phrase(text: str, date: DateFact) -> str:
    written = text[date.start : date.end]
    day = date.day
    if day is None:
        return written
    if written.lower() == f"{day:%A}".lower():
        return f"{written} ({day.day} {day:%B %Y})"
    return f"{written} ({day:%A} {day.day} {day:%B %Y})"


# Names


def _name_findings(a: Facts, b: Facts, aliases: Mapping[str, str]) -> list[_Finding]:
    if not (_unshared_capitals(a, b) and _unshared_capitals(b, a)):
        # Each sentence must name something the other does not name at all.
        return []
    found = []
    for na in a.names:
        for nb in b.names:
            same_role = na.role and na.role == nb.role
            same_slot = not na.role and not nb.role and na.slot and na.slot == nb.slot
            if not (same_role or same_slot) or same_entity(na, nb, aliases):
                continue
            if _named_in(na, b, aliases) or _named_in(nb, a, aliases):
                continue
            if not _names_of_one_act(a, na, b, nb) or not (_a_proper_name(na, a) and _a_proper_name(nb, b)):
                continue
            words_a = [w for w in a.words if na.start <= w.start < na.end]
            words_b = [w for w in b.words if nb.start <= w.start < nb.end]
            if _abbreviates(words_a, words_b) or _abbreviates(words_b, words_a):
                continue
            found.append(_name_finding(a, na, b, nb, 0.7 if same_role else 0.5))
    return found


def _replaced_names(a: Facts, b: Facts, aliases: Mapping[str, str]) -> list[_Finding]:
    """Names put in place of other names in one claim told nearly word for word: "Ciobanu's lawyer, Victor Rusu, said"
    / "Her lawyer, Victor Lupu, said", "the town of Palanan" / "the town of Divilacan".

    The two sentences' words are aligned; a stretch of capitalised words that the other sentence replaces with other
    capitalised words, neither named anywhere in the other sentence nor a spelling or alias of the other, is a name
    changed in the same place of the claim.
    """
    matcher = difflib.SequenceMatcher(None, [w.key for w in a.words], [w.key for w in b.words], autojunk=False)
    found = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        # The changed stretch may run on past the name ("Victor Rusu, said" / "Victor Lupu, called"): the names
        # are the capitalised words at its start.
        words_a = _leading_name(a.words[i1:i2])
        words_b = _leading_name(b.words[j1:j2])
        if not words_a or not words_b or {w.key for w in words_a} & b.keys or {w.key for w in words_b} & a.keys:
            continue
        text_a = a.text[words_a[0].start : words_a[-1].end]
        text_b = b.text[words_b[0].start : words_b[-1].end]
        if not _a_real_change(words_a, words_b) or _aliased(text_a, text_b, aliases):
            continue
        if _abbreviates(words_a, words_b) or _abbreviates(words_b, words_a) or _spelled_alike(words_a, words_b):
            continue
        if _speaker_of_paired_quote(a, b, words_a[0].start, words_b[0].start):
            # Another speaker of the same quotation is a finding of its own kind ("quote").
            continue
        found.append(
            _Finding(
                "name", (words_a[0].start, words_a[-1].end), (words_b[0].start, words_b[-1].end), text_a, text_b, 0.5
            )
        )
    return found


def _spelled_alike(one: Sequence[Word], other: Sequence[Word]) -> bool:
    """Whether a word of one name is another's spelled otherwise ("Muammar" / "Moammar")."""
    return any(fuzz.ratio(x.lower, y.lower) >= _SPELLING_RATIO for x in one for y in other)


def _leading_name(words: Sequence[Word]) -> Sequence[Word]:
    count = 0
    while count < min(len(words), _MAX_NAME_WORDS) and _a_name_word(words[count]):
        count += 1
    return words[:count] if count == len(words) or not _a_name_word(words[count]) else ()


def _abbreviates(short: Sequence[Word], long: Sequence[Word]) -> bool:
    """Whether a name is an acronym ("GOP", "UAE") or a cut ("Ark." / "Arkansas") that may stand for the other."""
    if len(short) != 1:
        return False
    word = short[0].text.rstrip(".")
    whole = "".join(w.lower for w in long)
    return (word.isupper() and len(word) >= 2) or (len(long) == 1 and whole.startswith(word.lower()))


def _speaker_of_paired_quote(a: Facts, b: Facts, at_a: int, at_b: int) -> bool:
    """Whether the names are the speakers of one quotation both sentences give (a "quote" finding then)."""
    for qa, qb, _ in _paired_quotes(a.quotes, b.quotes):
        for quote, at in ((qa, at_a), (qb, at_b)):
            if quote.speaker is not None and quote.speaker.start <= at < quote.speaker.end:
                return True
    return False


def _a_name_word(word: Word) -> bool:
    plain = word.lower.removesuffix("'s")
    return (
        word.capitalised
        and word.start > 0
        and word.weight > 0
        and plain.replace("-", "").isalpha()
        and plain not in DATE_WORDS
        and plain not in _CAPITALISED_UNITS
    )


def _aliased(one: str, other: str, aliases: Mapping[str, str]) -> bool:
    key_one, key_other = name_key(one), name_key(other)
    return aliases.get(key_one, key_one) == aliases.get(key_other, key_other)


def _a_proper_name(name: NameFact, facts: Facts) -> bool:
    """Not a letter of an abbreviation ("U" of "U.S.") nor a people's adjective ("American presidents"; a place
    such as "the village of Kapandriti" is followed by no noun it describes)."""
    letters = "".join(letter for letter in name.text if letter.isalpha())
    if len(letters) <= 2:
        return False
    following = next((w for w in facts.words if w.start >= name.end), None)
    describes = following is not None and following.lower.isalpha() and not following.capitalised
    adjective = len(name.keys) == 1 and name.text.lower().endswith(_DEMONYM_ENDINGS) and describes
    return not adjective


def _names_of_one_act(a: Facts, na: NameFact, b: Facts, nb: NameFact) -> bool:
    """Whether two names in one role are in the same place of the claim.

    A title many people hold ("Sen.", "Gen.") is no role: "Sen. John Kerry" the nominee and "Sen. James Risch" a
    questioner are different people doing different things, so such names must do the same act.
    """
    if not set(na.role) <= _SHARED_TITLES:
        return True
    acts_a = actions_near(a.text, a.words, na.start, na.end)
    acts_b = actions_near(b.text, b.words, nb.start, nb.end)
    return same_action(acts_a, acts_b)


def _unshared_capitals(facts: Facts, other: Facts) -> bool:
    return any(word.capitalised and word.key not in other.keys for word in facts.words[1:])


def _named_in(name: NameFact, facts: Facts, aliases: Mapping[str, str]) -> bool:
    """Whether a sentence names the entity anywhere, under any of its aliases."""
    if any(same_entity(name, other, aliases) for other in facts.names):
        return True
    return bool(set(name.keys) & facts.keys)


def _name_finding(a: Facts, na: NameFact, b: Facts, nb: NameFact, confidence: float) -> _Finding:
    role = a.text[_role_start(a, na) : na.start].strip() if na.role else ""
    template = f"A says the {role} is {{a}}; B says {{b}}." if role else "A says {a}; B says {b}."
    return _Finding("name", (na.start, na.end), (nb.start, nb.end), na.text, nb.text, confidence, template)


def _role_start(facts: Facts, name: NameFact) -> int:
    """Where the title before a name starts: as many words back as the role has keys."""
    before = [w for w in facts.words if w.end <= name.start]
    count = len(name.role)
    return before[-count].start if count <= len(before) else name.start


# Polarity


def _polarity_findings(a: Facts, b: Facts) -> list[_Finding]:
    if not (a.may_deny or b.may_deny):
        return []
    keys = {p.key for p in a.predicates} & {p.key for p in b.predicates}
    found = []
    for key in sorted(keys):
        in_a = [p for p in a.predicates if p.key == key]
        in_b = [p for p in b.predicates if p.key == key]
        polarity_a, polarity_b = {p.affirmed for p in in_a}, {p.affirmed for p in in_b}
        if len(polarity_a) != 1 or len(polarity_b) != 1 or polarity_a == polarity_b:
            continue
        pa, pb = in_a[0], in_b[0]
        if not (pa.verb and pb.verb):
            continue
        if (pa.concept or pb.concept) and not pa.context & pb.context:
            continue
        if not _same_proposition(a, pa, b, pb):
            continue
        found.append(
            _Finding(
                "polarity",
                (pa.start, pa.end),
                (pb.start, pb.end),
                f'"{a.text[pa.start : pa.end]}"',
                f'"{b.text[pb.start : pb.end]}"',
                0.6,
                "A says {a}; B says {b}: one affirms what the other denies.",
            )
        )
    return found


def _dropped_negations(a: Facts, b: Facts) -> list[_Finding]:
    """A negation one of two nearly identical sentences has where the other has none: "there was no evidence that
    the fire was set" / "there was evidence that the fire was set", "would not return to the table" / "were ready to
    return to the table".

    The words are aligned; a short changed stretch with a negation on one side only, in sentences that do not hold
    the same number of negations, is one affirming what the other denies.
    """
    if _negations(a.words) == _negations(b.words):
        return []
    matcher = difflib.SequenceMatcher(None, [w.key for w in a.words], [w.key for w in b.words], autojunk=False)
    codes = matcher.get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(codes):
        if tag == "equal" or i2 - i1 > _MAX_NEGATED_CHANGE or j2 - j1 > _MAX_NEGATED_CHANGE:
            continue
        if not (0 < index < len(codes) - 1):
            # A clause one sentence adds at its end ("..., has denied wrongdoing") negates nothing the other says.
            continue
        if bool(_negations(a.words[i1:i2])) == bool(_negations(b.words[j1:j2])):
            continue
        if _possibility(a.words[max(0, i1 - 1) : i2]) or _possibility(b.words[max(0, j1 - 1) : j2]):
            # "could allow" / "does not allow": a possibility is not what the denial contradicts.
            continue
        if _named_elsewhere(_agent_before(a.words, i1), b) or _named_elsewhere(_agent_before(b.words, j1), a):
            continue
        span_a = _negated_span(a, i1, i2)
        span_b = _negated_span(b, j1, j2)
        return [
            _Finding(
                "polarity",
                span_a,
                span_b,
                f'"{a.text[slice(*span_a)]}"',
                f'"{b.text[slice(*span_b)]}"',
                0.6,
                "A says {a}; B says {b}: one affirms what the other denies.",
            )
        ]
    return []


def _sole_negation(a: Facts, b: Facts) -> list[_Finding]:
    """In one claim told nearly word for word but reordered, a sentence that denies what the other, with no denial
    at all, states: "no ransom had been paid" / "were paid a ransom", "would not return" / "were ready to return"."""
    for one, other, swap in ((a, b, False), (b, a, True)):
        if _negations(one.words) != 1 or _negations(other.words):
            continue
        position = next(i for i, w in enumerate(one.words) if w.lower in _DENYING_WORDS or w.lower.endswith("n't"))
        target = _denied_word(one.words, position)
        match = next((w for w in other.words if target is not None and w.key == target.key), None)
        if target is None or match is None or _left_open(other.words, match):
            continue
        if _named_elsewhere(_agent_before(one.words, position), other):
            continue
        span_one = (one.words[position].start, target.end)
        finding = _Finding(
            "polarity",
            span_one,
            (match.start, match.end),
            f'"{one.text[slice(*span_one)]}"',
            f'"{other.text[match.start : match.end]}"',
            0.5,
            "A says {a}; B says {b}: one affirms what the other denies.",
        )
        return [finding.swapped() if swap else finding]
    return []


def _possibility(words: Sequence[Word]) -> bool:
    return any(w.lower in _OPEN_QUESTION for w in words)


def _left_open(words: Sequence[Word], word: Word) -> bool:
    """Whether a question or a possibility stands before the word: "announces whether he will seek a second term"
    leaves open what the other sentence denies."""
    return any(w.lower in _OPEN_QUESTION for w in words if w.end <= word.start)


def _denied_word(words: Sequence[Word], position: int) -> Word | None:
    """The content word a negation denies: the first after it, auxiliaries and articles skipped ("no ransom had
    been paid" denies the ransom, "would not return" the return)."""
    for word in words[position + 1 : position + 1 + _DENIAL_REACH]:
        if word.weight >= _CONTENT_WEIGHT and word.lower not in _AUX and word.lower.isalpha():
            return word
    return None


def _negations(words: Sequence[Word]) -> int:
    return sum(1 for w in words if w.lower in _DENYING_WORDS or w.lower.endswith("n't"))


def _negated_span(facts: Facts, first: int, last: int) -> tuple[int, int]:
    """The changed words and the word after them ("no evidence", "not at risk"); the word at the change when
    nothing changed on this side."""
    words = facts.words
    end = min(last + 1, len(words))
    start = min(first, end - 1)
    return words[start].start, words[end - 1].end


def _same_proposition(a: Facts, pa: Predicate, b: Facts, pb: Predicate) -> bool:
    """Whether two predicates, one affirmed and one denied, say the same thing of the same things.

    Their clauses must share most of their content words: "Sestak was offered positions on advisory boards" and
    "did not offer Mr. Sestak a full-time paid position because ..." share a verb and a name, not a proposition;
    "responded to the request" and "did not respond to an email" have different subjects.
    """
    if _named_elsewhere(_agent(a, pa), b) or _named_elsewhere(_agent(b, pb), a):
        return False
    keys_a = _clause_keys(a, pa.start)
    keys_b = _clause_keys(b, pb.start)
    smaller = min(len(keys_a), len(keys_b))
    return smaller > 0 and len(keys_a & keys_b) >= _PROPOSITION_SHARE * smaller


def _agent(facts: Facts, predicate: Predicate) -> Word | None:
    """The content word just before a predicate, auxiliaries and negations skipped: who acts ("Clinton's team
    responded", "Mr. Merrill, did not respond"), or None when none stands within a few words."""
    return _agent_before(facts.words, sum(1 for w in facts.words if w.end <= predicate.start))


def _agent_before(words: Sequence[Word], position: int) -> Word | None:
    """The agent of what stands at words[position]: the nearest content word before it (see _agent)."""
    before = words[max(0, position - _AGENT_REACH) : position]
    for word in reversed(before):
        if word.lower in _NEGATION_WORDS or word.weight < _CONTENT_WEIGHT or word.lower in _AUX:
            continue
        return word
    return None


def _named_elsewhere(agent: Word | None, other: Facts) -> bool:
    """Whether a predicate's agent is a name the other sentence does not give: someone else acts there ("Mr.
    Merrill did not respond" against "Clinton's team responded"). A common noun may be paraphrased ("the plant" /
    "the facility"), so only names count."""
    return agent is not None and agent.capitalised and agent.start > 0 and agent.key not in other.keys


def _clause_keys(facts: Facts, at: int) -> frozenset[str]:
    start, end = next(((s, e) for s, e in clause_spans(facts.text) if s <= at < e), (0, len(facts.text)))
    return frozenset(
        w.key
        for w in facts.words
        if start <= w.start and w.end <= end and w.weight >= _CONTENT_WEIGHT and w.lower not in _NEGATION_WORDS
    )


# Quotes


def _quote_findings(a: Facts, b: Facts, aliases: Mapping[str, str]) -> list[_Finding]:
    if not (a.quotes and b.quotes):
        return []
    found = []
    for qa, qb, matcher in _paired_quotes(a.quotes, b.quotes):
        found.extend(_changed_words(a, qa, b, qb, matcher))
        if (
            qa.speaker is not None
            and qb.speaker is not None
            and not same_entity(qa.speaker, qb.speaker, aliases)
            and not _names(b, qa.speaker)
            and not _names(a, qb.speaker)
        ):
            found.append(_speaker_finding(qa.speaker, qb.speaker))
    return found


def _names(facts: Facts, speaker: NameFact) -> bool:
    """Whether the sentence names the speaker anywhere: "said UNIFI official Rob O'Neill" / "Unifi official Rob
    O'Neill said" name one speaker, whichever of the names the quotation is read as given to."""
    surname = speaker.text.split()[-1].removesuffix("'s").casefold()
    return surname in facts.folded.casefold()


def _paired_quotes(
    quotes_a: Sequence[QuoteFact], quotes_b: Sequence[QuoteFact]
) -> list[tuple[QuoteFact, QuoteFact, difflib.SequenceMatcher[str]]]:
    """Each quotation with its closest counterpart, one to one, closest pairs first.

    A sentence that quotes twice must not have its first quotation held against the other report's second: a
    quotation the other report gives word for word is settled before any near match is considered.
    """
    candidates = []
    for index_a, qa in enumerate(quotes_a):
        for index_b, qb in enumerate(quotes_b):
            matcher = _quote_matcher(qa, qb)
            if matcher is not None:
                candidates.append((-matcher.ratio(), index_a, index_b, (qa, qb, matcher)))
    return _one_to_one(candidates)


def _quote_matcher(qa: QuoteFact, qb: QuoteFact) -> difflib.SequenceMatcher[str] | None:
    """A word alignment of two quotations when they are one quotation, else None."""
    words_a = [w.lower for w in qa.words]
    words_b = [w.lower for w in qb.words]
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    if shared < _QUOTE_MIN_SHARED or shared < _QUOTE_MIN_SHARE * min(len(words_a), len(words_b)):
        return None
    return matcher


def _changed_words(
    a: Facts, qa: QuoteFact, b: Facts, qb: QuoteFact, matcher: difflib.SequenceMatcher[str]
) -> list[_Finding]:
    """Words one quotation has where the other has different ones, inside the stretch both quote."""
    if _reworded(matcher) > _QUOTE_MAX_REWORDED * min(len(qa.words), len(qb.words)):
        # "those remarks are well over the line" / "you make comments that are well over the line": two renderings
        # of a remark that share a phrase, each worded its own way; which words changed is no longer clear.
        return []
    found = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        at_edge = (i1 == 0 and j1 == 0) or i2 == len(qa.words) or j2 == len(qb.words)
        short = i2 - i1 <= _EDGE_CHANGE and j2 - j1 <= _EDGE_CHANGE
        if tag == "equal" or (at_edge and not (tag == "replace" and short and _ends_together(qa, i2, qb, j2))):
            # Before the first or after the last shared word one report just quotes more.
            continue
        if at_edge and not _marked_edge(a, qa, b, qb, at_start=i1 == 0 and j1 == 0):
            # A quotation begun or ended in a neighbouring sentence: its edge here is the sentence's, not its own.
            continue
        if tag != "replace":
            inserted = {w.lower for w in (*qa.words[i1:i2], *qb.words[j1:j2])}
            if not inserted & _NEGATION_WORDS and not any(w.endswith("n't") for w in inserted):
                continue
            i1, j1 = i1 - 1, j1 - 1
        if i2 - i1 > _QUOTE_MAX_CHANGE or j2 - j1 > _QUOTE_MAX_CHANGE:
            continue
        if not (
            _a_real_change(qa.words[i1:i2], qb.words[j1:j2]) or _a_changed_connective(qa.words[i1:i2], qb.words[j1:j2])
        ):
            continue
        span_a = (qa.words[i1].start, qa.words[i2 - 1].end)
        span_b = (qb.words[j1].start, qb.words[j2 - 1].end)
        if _bracketed(a.folded, span_a[0]) or _bracketed(b.folded, span_b[0]):
            # "[his] innocence" / "Steve's innocence": words an editor put inside the quotation, not the speaker's.
            continue
        found.append(
            _Finding(
                "quote",
                span_a,
                span_b,
                f'"{a.text[slice(*span_a)]}"',
                f'"{b.text[slice(*span_b)]}"',
                0.6,
                "A quotes {a} where B quotes {b} in the same quotation.",
            )
        )
    return found


def _reworded(matcher: difflib.SequenceMatcher[str]) -> int:
    """How many words differ inside the stretch both quotations quote (between their first and last shared word)."""
    opcodes = matcher.get_opcodes()
    equal = [index for index, (tag, *_) in enumerate(opcodes) if tag == "equal"]
    if not equal:
        return 0
    inside = opcodes[equal[0] + 1 : equal[-1]]
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in inside if tag != "equal")


def _a_real_change(one: Sequence[Word], other: Sequence[Word]) -> bool:
    """Whether changed words inside a quotation change what was said.

    Not a change: the same stems, a contraction and its expansion ("don't" / "do not"), spelling and hyphenation
    ("honor" / "honour", "multi-party" / "multiparty"), or function words only ("our" / "its").
    """
    if [w.key for w in one] == [w.key for w in other]:
        return False
    if len(one) == len(other) == 1 and same_verb(one[0].lower, other[0].lower):
        # "he saying that" / "he said that": another tense of the same verb.
        return False
    keys_one, keys_other = {w.key for w in one}, {w.key for w in other}
    if keys_one < keys_other or keys_other < keys_one:
        # "reflects" / "appears to reflect": a qualifier added around the same word (a negation is found apart).
        return False
    spelled_one, spelled_other = _spelled(one), _spelled(other)
    names = all(w.lower in _NAME_JOINERS or any(letter.isupper() for letter in w.text) for w in (*one, *other))
    alike = _NAME_SPELLING_RATIO if names else _SPELLING_RATIO
    if spelled_one == spelled_other or fuzz.ratio(spelled_one, spelled_other) >= alike:
        # "Muammar al-Qaddafi" / "Moammar Gadhafi": one name transliterated otherwise.
        return False
    shorter, longer = sorted((spelled_one, spelled_other), key=len)
    if len(shorter) >= _MIN_SHARED_START and longer.startswith(shorter[:_MIN_SHARED_START]):
        # "Sept" / "September", "chose" / "has chosen" once spelled out: an abbreviation or another tense.
        return False
    return any(w.weight >= _QUOTE_MIN_WEIGHT and w.lower not in _FUNCTION_WORDS for w in (*one, *other))


def _a_changed_connective(one: Sequence[Word], other: Sequence[Word]) -> bool:
    """Whether a light word that changes what was said stands in place of another inside a quotation: "rules and
    regulations" / "rules or regulations", "you'll be able to make" / "you'll have to make"."""
    words_one, words_other = {w.lower for w in one}, {w.lower for w in other}
    if words_one <= words_other or words_other <= words_one or _spelled(one) == _spelled(other):
        # A word added around the same words, or a contraction spelt out ("don't" / "do not").
        return False
    return bool((words_one ^ words_other) & _MEANING_WORDS)


def _marked_edge(a: Facts, qa: QuoteFact, b: Facts, qb: QuoteFact, *, at_start: bool) -> bool:
    """Whether both quotations have their own marks at the edge a change stands at."""
    if at_start:
        return a.folded[qa.start - 1 : qa.start] == '"' and b.folded[qb.start - 1 : qb.start] == '"'
    return a.folded[qa.end : qa.end + 1] == '"' and b.folded[qb.end : qb.end + 1] == '"'


def _bracketed(text: str, start: int) -> bool:
    return text[start - 1 : start] in ("[", "(")


def _ends_together(qa: QuoteFact, i2: int, qb: QuoteFact, j2: int) -> bool:
    """Whether a change at an edge of the quotations is at the same edge of both (a changed last word, not one report
    quoting on)."""
    return (i2 == len(qa.words)) == (j2 == len(qb.words))


def _spelled(words: Sequence[Word]) -> str:
    text = "".join(_CONTRACTIONS.get(w.lower, _DIGITS.get(w.lower, w.lower)) for w in words if w.lower not in _AUX)
    for ending, expansion in _CONTRACTION_ENDINGS:
        text = text.replace(ending, expansion)
    return "".join(letter for letter in text if letter.isalpha())


def _speaker_finding(speaker_a: NameFact, speaker_b: NameFact) -> _Finding:
    return _Finding(
        "quote",
        (speaker_a.start, speaker_a.end),
        (speaker_b.start, speaker_b.end),
        speaker_a.text,
        speaker_b.text,
        0.7,
        "A gives the quotation to {a}; B gives it to {b}.",
    )


# The other report, elsewhere


def find_elsewhere(facts: Facts, span: tuple[int, int], others: ReportFacts, skip: int) -> int | None:
    """Another claim of the other report that gives a conflicting figure as this sentence gives it.

    Report B says "23 seriously wounded Ukrainians" where A says "22 wounded Ukrainian soldiers", and later
    "Zelenskyy confirmed the release of 175 soldiers and 22 defenders": an editor weighs the conflict knowing that B
    also gives 22. The figure must be equal at its written precision, in the same unit, in a sentence that shares a
    rare word with this one besides it.

    Args:
        facts: The facts of the sentence whose figure is looked for.
        span: The figure's span in that sentence.
        others: The other report's claims.
        skip: The position of the claim linked to this one (its figure is the conflicting one).

    Returns:
        The position among the other report's claims, or None.
    """
    quantity = next((q for q in facts.quantities if (q.start, q.end) == span), None)
    if quantity is None or _figure(quantity) < _MIN_ELSEWHERE_FIGURE:
        return None
    rare = frozenset(w.key for w in facts.words if w.weight >= _ELSEWHERE_RARITY and not w.is_digits)
    unit, figure = quantity.unit, _figure(quantity)

    def gives_figure(other: Facts) -> bool:
        return (
            other.may_count
            and bool(rare & other.keys)
            and any(q.unit == unit and _figure(q) == figure for q in other.quantities)
        )

    # The first two, so that one is left when the first is the linked claim itself.
    first_two = others.first_where(("elsewhere", rare, unit, figure), gives_figure, count=2)
    return next((position for position in first_two if position != skip), None)


# One report against itself


def find_contradictions(
    facts: ReportFacts, pairs: Iterable[tuple[int, int]], same_claim: Callable[[int, int], bool]
) -> list[tuple[int, int, Conflict]]:
    """Figures a report gives twice for the same thing, differently.

    Only counts written in the same words ("22 wounded soldiers" ... "23 wounded soldiers") in two sentences that
    share a rare word besides and make the same claim are compared: a long report counts many things, and
    "5 people" here and "3 people" there are usually two events.

    Args:
        facts: The facts of the report's claim sentences, in order.
        pairs: Pairs of sentences (earlier, later) that may count something twice; no other is read.
        same_claim: Whether two sentences of the report make the same claim: sports reports give "33 homers" and
            "30-homer season", "47 KO's" and "33 KO's" about different things in the same words.

    Returns:
        (earlier sentence, later sentence, conflict) with ``a_span`` in the earlier and ``b_span`` in the later.
    """
    found = []
    for first, second in sorted(pairs):
        for earlier in facts[first].quantities:
            for later in facts[second].quantities:
                if not _same_count(earlier, later) or _agree(earlier, later):
                    continue
                if _contradict(facts[first], earlier, facts[second], later) and same_claim(first, second):
                    finding = attrs.evolve(
                        _number_finding(facts[first], earlier, facts[second], later),
                        template="The report says {a} here and {b} later.",
                        confidence=0.6,
                    )
                    found.append((first, second, finding.conflict(facts[first].text, facts[second].text)))
    return sorted(found, key=lambda item: (item[0], item[1], item[2].a_span or (0, 0)))


def _same_count(one: Quantity, other: Quantity) -> bool:
    """The same thing counted in the same words, with the same unit, both wholes or both parts."""
    return bool(one.counted) and (one.unit, one.part, one.cumulative, one.counted) == (
        other.unit,
        other.part,
        other.cumulative,
        other.counted,
    )


def _contradict(one: Facts, earlier: Quantity, other: Facts, later: Quantity) -> bool:
    """Whether two figures that disagree (the caller has checked) contradict each other."""
    if any(_agree(earlier, q) for q in other.quantities):
        return False
    weights = {w.key: w.weight for w in one.words}
    if sum(weights.get(key, 0.0) for key in earlier.counted) < _SELF_MIN_COUNTED_WEIGHT:
        return False
    rare = {w.key for w in one.words if w.weight >= _SELF_MIN_SHARED_WEIGHT}
    rare &= {w.key for w in other.words if w.weight >= _SELF_MIN_SHARED_WEIGHT}
    if not rare - earlier.counted:
        return False
    # A different date or name beside the figure means another event, not a contradiction.
    return not _date_findings(one, other, close=False) and not _name_findings(one, other, {})
