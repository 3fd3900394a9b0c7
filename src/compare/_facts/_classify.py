"""Classification: the details on which two linked sentences conflict, typed and explained.

Each kind of fact is compared only with facts of the same kind that speak of the same thing, in its own module:

- number: two quantities that count the same thing (a shared counted word, the same unit, both totals or both
  shares) and whose intervals cannot overlap. "about 300" and "300" agree; "more than 23" and "22" conflict;
  "372 prisoners" and "175 each" (or "the other two") are a whole and a part, never a plain contradiction. A
  figure the other sentence states too is not in conflict.
- date: two dates neither of which the other sentence states, that cannot be the same day and are the dates of
  the same thing (the same word before them, or the only date of each sentence).
- name: a different person with the same title ("Secretary of State Marco Rubio" / "... John Smith"), or a
  different place or organisation after the same words ("talks in Saudi Arabia" / "talks in Qatar"), neither
  named anywhere in the other sentence. Aliases never conflict; a place and the place it lies in ("Jerusalem" /
  "Israel") differ without conflict.
- polarity: one sentence affirms what the other denies ("did not respond" / "responded", "rejected the
  proposal" / "accepted the proposal").
- quote: the same quotation with words changed, or given to a different speaker.

The comparison is made in one canonical order of the two sentences and swapped back, so comparing B with A gives
exactly the mirror of comparing A with B.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

import attrs

from .._model import Conflict
from ._dates import acts_of_other_subjects, date_findings
from ._facts import Facts, ReportFacts
from ._finding import DIFFERS, Finding, overlap, within
from ._names import capitalised_for_its_place, name_findings, replaced_names
from ._numbers import (
    Quantity,
    agree,
    figure,
    figures_of_other_participants,
    number_finding,
    number_findings,
    subjects_of_two_timed_acts,
)
from ._places import nested_places
from ._polarity import dropped_negations, polarity_findings, sole_negation
from ._quotes import as_misquotations, quote_findings, speaker_of_paired_quote

__all__ = ["find_conflicts", "find_contradictions", "find_elsewhere"]

# Which kinds win when two findings point at the same words: a changed figure inside a quote is a number.
_KINDS = ("number", "date", "name", "polarity", "quote")
# Two sentences of one report speak of the same count when they count it in the same words and share a rare word.
_SELF_MIN_COUNTED_WEIGHT = 2.0
_SELF_MIN_SHARED_WEIGHT = 2.0
# A figure given elsewhere is sought only for counts of two or more, in sentences sharing a word this rare.
_MIN_ELSEWHERE_FIGURE = 2.0
_ELSEWHERE_RARITY = 1.0


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
    conflicts = [_written(finding, facts_a.text, facts_b.text) for finding in findings]
    return tuple(sorted(conflicts, key=lambda c: (c.a_span or (0, 0), c.b_span or (0, 0), c.kind)))


def _written(finding: Finding, text_a: str, text_b: str) -> Conflict:
    return Conflict(
        kind=finding.kind,
        a_value=text_a[slice(*finding.a_span)],
        b_value=text_b[slice(*finding.b_span)],
        explanation=finding.template.format(
            a=_in_running_text(finding.a_phrase, text_a, finding.a_span, text_b),
            b=_in_running_text(finding.b_phrase, text_b, finding.b_span, text_a),
        ),
        a_span=finding.a_span,
        b_span=finding.b_span,
        confidence=round(finding.confidence, 2),
        severity=finding.severity,
    )


def _in_running_text(phrase: str, sentence: str, value: tuple[int, int], other: str) -> str:
    """The phrase as an explanation quotes it mid-sentence ("A says about 60 firefighters"): the capital of a
    sentence's first word is lowered when the word has it only for its place, never a name's."""
    start = len(sentence) - len(sentence.lstrip())
    if not phrase[:1].isupper() or not sentence.startswith(phrase[:1], start):
        return phrase
    if sentence[value[1] : value[1] + 1] == "-":
        # "Munich-based Veridian": the first part of a compound the reader took as a name keeps its capital.
        return phrase
    if sentence.find(phrase) != start or not capitalised_for_its_place(sentence, value, (other,)):
        return phrase
    return phrase[0].lower() + phrase[1:]


def _order(facts: Facts) -> tuple[str, str, str, str]:
    # What the findings depend on besides the text: the publication day, the anchor of relative dates, and the
    # people a quotation's speaker is read among (the person a pronoun stands for, the names just before).
    return facts.text, str(facts.published), repr(facts.anchor), repr((facts.antecedent, facts.recent))


def _findings(a: Facts, b: Facts, aliases: Mapping[str, str], close: bool) -> list[Finding]:
    said_otherwise = as_misquotations(
        a,
        b,
        [
            *_names_of_one_act(a, b, aliases, close),
            *polarity_findings(a, b),
            *(dropped_negations(a, b) or sole_negation(a, b) if close else ()),
        ],
    )
    found = [*number_findings(a, b, close, aliases), *date_findings(a, b, close), *said_otherwise]
    found += quote_findings(a, b, aliases)
    return _without_overlaps(sorted(found, key=lambda f: _KINDS.index(f.kind)))


def _names_of_one_act(a: Facts, b: Facts, aliases: Mapping[str, str], close: bool) -> list[Finding]:
    """Names given in place of others, save the speaker of one quotation (a "quote" finding) and the subjects of two
    acts on two days or at two relative times (two bodies of one story, not one body named otherwise)."""
    found = name_findings(a, b, aliases)
    if close:
        # Another speaker of the same quotation is a finding of its own kind ("quote").
        replaced = replaced_names(a, b, aliases)
        found += [f for f in replaced if not speaker_of_paired_quote(a, b, f.a_span[0], f.b_span[0])]
    subjects = (
        [
            *acts_of_other_subjects(a, b),
            *figures_of_other_participants(a, b, aliases),
            *subjects_of_two_timed_acts(a, b),
        ]
        if found
        else []
    )
    return [
        _as_one_place_told_otherwise(f)
        for f in found
        if not any(within(f.a_span, sa) and within(f.b_span, sb) for sa, sb in subjects)
    ]


def _as_one_place_told_otherwise(finding: Finding) -> Finding:
    """A place and the place it lies in ("in Jerusalem" / "in Israel"): both can be true, one is more precise."""
    if nested_places(finding.a_phrase, finding.b_phrase):
        return attrs.evolve(finding, severity="differs", template=DIFFERS)
    return finding


def _without_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    for finding in findings:
        if not any(overlap(finding.a_span, k.a_span) or overlap(finding.b_span, k.b_span) for k in kept):
            kept.append(finding)
    return kept


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
    if quantity is None or figure(quantity) < _MIN_ELSEWHERE_FIGURE:
        return None
    rare = frozenset(w.key for w in facts.words if w.weight >= _ELSEWHERE_RARITY and not w.is_digits)
    unit, value = quantity.unit, figure(quantity)

    def gives_figure(other: Facts) -> bool:
        return (
            other.may_count
            and bool(rare & other.keys)
            and any(q.unit == unit and figure(q) == value for q in other.quantities)
        )

    # The first two, so that one is left when the first is the linked claim itself.
    first_two = others.first_where(("elsewhere", rare, unit, value), gives_figure, count=2)
    return next((position for position in first_two if position != skip), None)


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
                if not _same_count(earlier, later) or agree(earlier, later):
                    continue
                if _contradict(facts[first], earlier, facts[second], later) and same_claim(first, second):
                    finding = attrs.evolve(
                        number_finding(facts[first], earlier, facts[second], later),
                        template="The report says {a} here and {b} later.",
                        confidence=0.6,
                    )
                    found.append((first, second, _written(finding, facts[first].text, facts[second].text)))
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
    if any(agree(earlier, q) for q in other.quantities):
        return False
    weights = {w.key: w.weight for w in one.words}
    if sum(weights.get(key, 0.0) for key in earlier.counted) < _SELF_MIN_COUNTED_WEIGHT:
        return False
    rare = {w.key for w in one.words if w.weight >= _SELF_MIN_SHARED_WEIGHT}
    rare &= {w.key for w in other.words if w.weight >= _SELF_MIN_SHARED_WEIGHT}
    if not rare - earlier.counted:
        return False
    # A different date or name beside the figure means another event, not a contradiction.
    return not date_findings(one, other, close=False) and not name_findings(one, other, {})
