"""Quotations with their speakers, and a quotation two sentences give with words changed or another speaker.

A quotation is the words between quotation marks (any style: they are folded to '"'), with the speaker the sentence
gives them ("..., Trump said", "Trump said: ..."). Two quotations are one when most of their words align; a word
changed inside the stretch both quote is a misquotation unless it is a spelling, a contraction, a function word, or
the same word printed in another outlet's style (``_written_forms``: "Gov." / "Governor", "5%" / "five per cent").
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from .._text._normalize import fold, quoted_spans
from .._text._words import Word
from ._finding import Finding, one_to_one, overlap, within
from ._names import NameFact, same_entity
from ._wording import NEGATION_WORDS, a_changed_connective, a_real_change, a_swapped_word, spelled
from ._written_forms import same_printed_words

if TYPE_CHECKING:
    from ._facts import Facts

__all__ = [
    "PERSONAL_PRONOUNS",
    "QuoteFact",
    "as_misquotations",
    "find_quotes",
    "paired_quotes",
    "quotation_spans",
    "quote_findings",
    "speaker_of_paired_quote",
]

# A verb of saying at most this many words before a quotation gives it its speaker ("Trump told reporters the plan").
_SAY_REACH = 4
_SAY = frozenset(
    {"said", "says", "say", "added", "adds", "stated", "states", "told", "wrote", "writes", "asked", "insisted"}
    | {"declared", "explained", "argued", "tweeted", "posted", "warned", "announced", "noted", "claimed"}
)
# The capitalised words of a title before a name, "of" among them ("Secretary of State ").
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.]*\s+|of\s+){1,4}")
# The pronouns that stand for one person named before them.
PERSONAL_PRONOUNS = frozenset({"he", "she"})
_QUOTE_MIN_SHARED = 4
_SHORT_QUOTE_SHARED = 3
_QUOTE_MIN_SHARE = 0.6
# Quotations with more of their words changed than this share of the shorter are renderings, not one quotation.
_QUOTE_MAX_REWORDED = 0.35
_QUOTE_MAX_CHANGE = 4
_MISQUOTED = "A quotes {a} where B quotes {b} in the same quotation."
_OTHER_SPEAKER = "A gives the quotation to {a}; B gives it to {b}."
# A changed word or two at the very start or end of both quotations is still a change inside the quotation.
_EDGE_CHANGE = 2
# A short quoted phrase, and the words around a quotation that place it in its sentence.
_SHORT_PHRASE = (2, 3)
_FRAME_WORDS = 3


@attrs.frozen
class QuoteFact:
    """A quotation.

    Args:
        start: Offset of its first quoted character.
        end: Offset after its last quoted character.
        words: The quoted words.
        speaker: Who the sentence says spoke the words, when it names them.
        pronoun: The span of the pronoun the sentence gives the words to instead ("..., she said"), if any; the
            person it stands for is the sentence's ``Facts.antecedent``.
        frame: The sentence's words around it, lower case: up to three before its opening mark, a '"', and up to
            three after its closing mark.
    """

    start: int
    end: int
    words: tuple[Word, ...]
    speaker: NameFact | None = None
    pronoun: tuple[int, int] | None = None
    frame: tuple[str, ...] = ()


def find_quotes(sentence: str, words: Sequence[Word], names: Sequence[NameFact]) -> tuple[QuoteFact, ...]:
    """The quotations of a sentence, with their speakers when the sentence names them."""
    found = []
    for quote, first_end in _quotations(sentence, words):
        # A quotation broken by its attribution is given to the speaker of its first part.
        speaker = _speaker(sentence, words, names, quote.start, first_end + 1)
        pronoun = None if speaker is not None else _pronoun(words, quote.start, first_end + 1)
        found.append(QuoteFact(quote.start, quote.end, quote.words, speaker, pronoun, _frame(words, quote)))
    return tuple(found)


def _frame(words: Sequence[Word], quote: QuoteFact) -> tuple[str, ...]:
    before = [w.lower for w in words if w.end < quote.start][-_FRAME_WORDS:]
    after = [w.lower for w in words if w.start > quote.end][:_FRAME_WORDS]
    return (*before, '"', *after)


def quotation_spans(sentence: str, words: Sequence[Word]) -> tuple[tuple[int, int], ...]:
    """Where the quotations of a sentence (see find_quotes) start and end, their speakers unread."""
    return tuple((quote.start, quote.end) for quote, _ in _quotations(sentence, words))


def _quotations(sentence: str, words: Sequence[Word]) -> list[tuple[QuoteFact, int]]:
    """The quotations of a sentence without speakers, each with where its first part ends (a quotation broken by its
    attribution is one)."""
    found: list[tuple[QuoteFact, int]] = []
    for start, end in quoted_spans(sentence):
        inner = tuple(w for w in words if start <= w.start and w.end <= end)
        if not inner:
            continue
        if found and _broken_by_attribution(sentence, words, found[-1][0], start):
            first, first_end = found.pop()
            found.append((attrs.evolve(first, end=end, words=first.words + inner), first_end))
            continue
        found.append((QuoteFact(start, end, inner), end))
    return found


# The words of an attribution that breaks a quotation: '"I think," Maria de la Cruz said, "it was ..."'.
_BREAK_MAX_WORDS = 6


def _broken_by_attribution(sentence: str, words: Sequence[Word], before: QuoteFact, start: int) -> bool:
    """Whether a quotation goes on from the one before it, past the attribution that breaks it in two.

    The class of language read: one remark quoted in two parts around its speaker and verb of saying ('"Big
    changes," Lopez said, "are coming to this department."'): the first part closes on a comma, and only the
    attribution and a comma stand before the second. Two remarks joined by other words ('"...," she said, adding
    that "..."') stay two quotations.
    """
    between = [w for w in words if before.end < w.start and w.end < start]
    closes_on_comma = sentence[: before.end].rstrip().endswith(",")
    opens_after_comma = sentence[before.end + 1 : start - 1].rstrip().endswith(",")
    saying = any(w.lower in _SAY for w in between)
    return closes_on_comma and opens_after_comma and saying and len(between) <= _BREAK_MAX_WORDS


def _pronoun(words: Sequence[Word], start: int, end: int) -> tuple[int, int] | None:
    """The pronoun a quotation is given to, in the forms of ``_speaker`` with "he" or "she" for the name ("...,"
    she said", "..., said he", "She told reporters: ..."). A plural pronoun speaks for a group, never for one
    person another report may name, so "they said" is left alone."""
    after = [w for w in words if w.start >= end][:2]
    if len(after) == 2:
        if after[0].lower in PERSONAL_PRONOUNS and after[1].lower in _SAY:
            return after[0].start, after[0].end
        if after[0].lower in _SAY and after[1].lower in PERSONAL_PRONOUNS:
            return after[1].start, after[1].end
    before = _before_saying([w for w in words if w.end < start])
    return (before.start, before.end) if before is not None and before.lower in PERSONAL_PRONOUNS else None


# The words of a speaker's name between a quotation and its verb of saying: "...," Maria de la Cruz told reporters.
_NAME_BEFORE_SAYING = 4
# A verb of saying this near after a quotation gives it to the name just before it, whatever words come first
# ("...," the senator Jane Roe said); farther, only to a name that fills the gap.
_NEAR_SAYING = 3


def _before_saying(earlier: Sequence[Word]) -> Word | None:
    """The word before the nearest verb of saying among the last few words before a quotation: the speaker's
    ("Trump told reporters: ...")."""
    for index in range(len(earlier) - 1, max(0, len(earlier) - _SAY_REACH) - 1, -1):
        if earlier[index].lower in _SAY and index > 0:
            return earlier[index - 1]
    return None


def _speaker(sentence: str, words: Sequence[Word], names: Sequence[NameFact], start: int, end: int) -> NameFact | None:
    """Who the sentence gives a quotation to, in the forms news attributes quotations in: "..., Trump said",
    "..., said Trump", "Trump said: ...", "Trump told reporters ...", "..., according to Trump", "According to
    Trump, ..."; None for "he said" or "the senator said"."""
    after = [w for w in words if w.start >= end][: _NAME_BEFORE_SAYING + 1]
    if [w.lower for w in after[:2]] == ["according", "to"] and len(after) > 2:
        return _name_at(names, after[2].start)
    if after and after[0].lower in _SAY:
        return _name_from(sentence, names, after[1].start) if len(after) > 1 else None
    for index, word in enumerate(after):
        if word.lower in _SAY and index > 0:
            name = _name_ending_at(names, after[index - 1].end)
            # Farther from the quotation, the words before the verb must all be the name: "the Connecticut
            # Democrat told" describes a speaker the other report may name.
            near = index < _NEAR_SAYING or (name is not None and name.start <= after[0].start)
            return name if near else None
    earlier = [w for w in words if w.end < start]
    before = _before_saying(earlier)
    if before is not None:
        return _name_ending_at(names, before.end)
    for index, word in enumerate(earlier[:-2]):
        if word.lower == "according" and earlier[index + 1].lower == "to":
            return _name_at(names, earlier[index + 2].start)
    return None


def _name_at(names: Sequence[NameFact], start: int) -> NameFact | None:
    return next((name for name in names if name.start <= start < name.end or name.start == start), None)


def _name_from(sentence: str, names: Sequence[NameFact], start: int) -> NameFact | None:
    """The name at an offset, or the first after it when only its title stands between ("said Gov. Jane Roe", "said
    Secretary of State John Kerry": the title is no part of the name)."""
    name = next((name for name in names if name.end > start), None)
    if name is None or not (name.start <= start or _TITLE_WORDS.fullmatch(sentence[start : name.start])):
        return None
    return name


def _name_ending_at(names: Sequence[NameFact], end: int) -> NameFact | None:
    return next((name for name in names if name.end == end and not name.affix), None)


# Comparison


def quote_findings(a: Facts, b: Facts, aliases: Mapping[str, str]) -> list[Finding]:
    if not (a.quotes and b.quotes):
        return []
    found = []
    for qa, qb, matcher in paired_quotes(a.quotes, b.quotes):
        found.extend(_changed_words(a, qa, b, qb, matcher))
        speaker = _other_speaker(a, qa, b, qb, aliases)
        if speaker is not None:
            found.append(speaker)
    return found


@attrs.frozen
class _Attribution:
    """Whom a sentence gives a quotation to: the person, where the sentence says so (their name, or the pronoun
    standing for them), as the explanation names them, and who else the report named since (for a pronoun)."""

    person: NameFact
    span: tuple[int, int]
    phrase: str
    since: tuple[NameFact, ...] = ()


def _attribution(facts: Facts, quote: QuoteFact) -> _Attribution | None:
    if quote.speaker is not None:
        return _Attribution(quote.speaker, (quote.speaker.start, quote.speaker.end), quote.speaker.text)
    if quote.pronoun is None or facts.antecedent is None:
        return None
    pronoun = facts.text[slice(*quote.pronoun)]
    person = facts.antecedent.person
    return _Attribution(person, quote.pronoun, f'{person.text} ("{pronoun}")', facts.antecedent.since)


def _other_speaker(a: Facts, qa: QuoteFact, b: Facts, qb: QuoteFact, aliases: Mapping[str, str]) -> Finding | None:
    """Another speaker of one quotation: two names, or a name and the person the other report's pronoun stands
    for (two pronouns are not weighed against each other)."""
    one, other = _attribution(a, qa), _attribution(b, qb)
    if one is None or other is None or (qa.speaker is None and qb.speaker is None):
        return None
    if (qa.speaker is None and not _tells_of(b, one.person, aliases)) or (
        qb.speaker is None and not _tells_of(a, other.person, aliases)
    ):
        # A pronoun is weighed against a name only when the named report tells of the pronoun's person just
        # before (or in) its quotation: both then tell the same moment, and it names someone else as the speaker.
        return None
    if same_entity(one.person, other.person, aliases) or _names(b, one.person) or _names(a, other.person):
        return None
    if any(same_entity(other.person, name, aliases) for name in one.since) or any(
        same_entity(one.person, name, aliases) for name in other.since
    ):
        # The pronoun may stand for the other report's speaker, named since its person.
        return None
    resolved = qa.speaker is None or qb.speaker is None
    return Finding("quote", one.span, other.span, one.phrase, other.phrase, 0.6 if resolved else 0.7, _OTHER_SPEAKER)


def _tells_of(facts: Facts, person: NameFact, aliases: Mapping[str, str]) -> bool:
    return any(same_entity(person, name, aliases) for name in (*facts.recent, *facts.names))


def _names(facts: Facts, speaker: NameFact) -> bool:
    """Whether the sentence names the speaker anywhere: "said UNIFI official Rob O'Neill" / "Unifi official Rob
    O'Neill said" name one speaker, whichever of the names the quotation is read as given to."""
    surname = fold(speaker.text).split()[-1].removesuffix("'s").casefold()
    # Words of the sentence, not letters inside one: "Ross" is not named by "crossings"; "Smith-Jones" is two words.
    words = {word.lower.removesuffix("'s") for word in facts.words}
    return all(part in words for part in surname.replace("-", " ").split())


def paired_quotes(
    quotes_a: Sequence[QuoteFact], quotes_b: Sequence[QuoteFact]
) -> list[tuple[QuoteFact, QuoteFact, difflib.SequenceMatcher[str]]]:
    """Each quotation with its closest counterpart (see ``_paired_quotes``), kept for the few readers of one link."""
    return _paired_quotes(tuple(quotes_a), tuple(quotes_b))


@functools.lru_cache(maxsize=32)
def _paired_quotes(
    quotes_a: tuple[QuoteFact, ...], quotes_b: tuple[QuoteFact, ...]
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
    return one_to_one(candidates)


def as_misquotations(a: Facts, b: Facts, findings: Sequence[Finding]) -> list[Finding]:
    """Findings inside one quotation both sentences give, told as changes of what was said.

    The class of language read: a quotation is the speaker's words, so a negation added inside it ("I think we
    will win" / "we won't win"), the other pole of a verb ("I accept the verdict" / "I reject the verdict") or
    another name ("the families of Texas" / "of Ohio") misquotes the speaker before it denies or renames anything;
    an editor checks the quotation. Values with a kind of their own keep it, as it says what changed more exactly:
    figures, dates, and a person in a role ("I will ask Secretary of State Marco Rubio" / "... John Kerry"), who
    holds the post whatever words the speaker used.
    """
    if not (a.quotes and b.quotes) or not findings:
        return list(findings)
    pairs = paired_quotes(a.quotes, b.quotes)
    kept = []
    for finding in findings:
        pair = next((p for p in pairs if _touches(finding, p[0], p[1])), None)
        if pair is None or _holds_a_role(a, finding.a_span):
            kept.append(finding)
            continue
        stretch_a, stretch_b = _shared_stretch(*pair)
        if _quoted_beyond(finding.a_span, pair[0], stretch_a) or _quoted_beyond(finding.b_span, pair[1], stretch_b):
            # The finding stands on words one report quotes and the other does not quote at all ("a spot at the
            # bar" / "not a spot at a bar"): one quotes more, and what it adds is neither denied nor misquoted.
            continue
        inside = within(finding.a_span, stretch_a) and within(finding.b_span, stretch_b)
        if inside and _printed_alike(a, finding.a_span, b, finding.b_span):
            # A name or a rank read in one quotation printed in two styles ("Supt. Alvarez" / "Superintendent
            # Alvarez", "the No. 2 official" / "the number two official"): the same spoken words.
            continue
        kept.append(_misquoted(a, b, finding) if inside else finding)
    return kept


def _printed_alike(a: Facts, span_a: tuple[int, int], b: Facts, span_b: tuple[int, int]) -> bool:
    words_a = [w for w in a.words if within((w.start, w.end), span_a)]
    words_b = [w for w in b.words if within((w.start, w.end), span_b)]
    return same_printed_words(a.folded, words_a, b.folded, words_b)


def _holds_a_role(facts: Facts, span: tuple[int, int]) -> bool:
    return any(name.role and (name.start, name.end) == span for name in facts.names)


def _touches(finding: Finding, qa: QuoteFact, qb: QuoteFact) -> bool:
    return overlap(finding.a_span, (qa.start, qa.end)) or overlap(finding.b_span, (qb.start, qb.end))


def _quoted_beyond(span: tuple[int, int], quote: QuoteFact, stretch: tuple[int, int]) -> bool:
    """Whether part of a span is quoted words outside the stretch both quotations share."""
    inside = (max(span[0], quote.start), min(span[1], quote.end))
    return inside[0] < inside[1] and not within(inside, stretch)


def _shared_stretch(
    qa: QuoteFact, qb: QuoteFact, matcher: difflib.SequenceMatcher[str]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The offsets, in each sentence, from the first to the last word both quotations quote."""
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    first, last = blocks[0], blocks[-1]
    return (
        (qa.words[first.a].start, qa.words[last.a + last.size - 1].end),
        (qb.words[first.b].start, qb.words[last.b + last.size - 1].end),
    )


def _misquoted(a: Facts, b: Facts, finding: Finding) -> Finding:
    return attrs.evolve(
        finding,
        kind="quote",
        a_phrase=f'"{a.text[slice(*finding.a_span)]}"',
        b_phrase=f'"{b.text[slice(*finding.b_span)]}"',
        confidence=0.6,
        template=_MISQUOTED,
    )


def speaker_of_paired_quote(a: Facts, b: Facts, at_a: int, at_b: int) -> bool:
    """Whether the names are the speakers of one quotation both sentences give (a "quote" finding then, if any).
    A given name changed under one surname ("said Sen. Steve Gallardo" / "said Sen. Jeff Gallardo") is the name's
    own finding."""
    for qa, qb, _ in paired_quotes(a.quotes, b.quotes):
        for quote, at in ((qa, at_a), (qb, at_b)):
            speaks = quote.speaker is not None and quote.speaker.start <= at < quote.speaker.end
            if speaks and not _given_name_changed(qa.speaker, qb.speaker):
                return True
    return False


def _given_name_changed(one: NameFact | None, other: NameFact | None) -> bool:
    """Whether two speakers share a surname under different given names ("Steve Gallardo" / "Jeff Gallardo")."""
    if one is None or other is None or one.keys[-1] != other.keys[-1]:
        return False
    return not (set(one.keys) <= set(other.keys) or set(other.keys) <= set(one.keys))


def _quote_matcher(qa: QuoteFact, qb: QuoteFact) -> difflib.SequenceMatcher[str] | None:
    """A word alignment of two quotations when they are one quotation, else None."""
    words_a = [w.lower for w in qa.words]
    words_b = [w.lower for w in qb.words]
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    # A short quotation with one word changed is still one quotation ("It's always been bipartisan" / "It's
    # rarely been bipartisan"), however few words it has.
    one_word_changed = len(words_a) == len(words_b) == shared + 1 and shared >= _SHORT_QUOTE_SHARED
    if one_word_changed or (len(words_a) == len(words_b) == shared + 1 and _in_one_place(qa, qb)):
        return matcher
    if shared < _QUOTE_MIN_SHARED or shared < _QUOTE_MIN_SHARE * min(len(words_a), len(words_b)):
        return None
    return matcher


def _in_one_place(qa: QuoteFact, qb: QuoteFact) -> bool:
    """Whether two short quotations stand in one place of one sentence: the class of language read is a phrase of
    two or three words quoted inside the reporter's own sentence, a scare quote or a short excerpt (what the pastor
    called the "undeserved negative attention" from her campaign). Two shared words are too few to pair quotations
    anywhere, but with the same words around them (three or more, before the opening mark and after the closing
    one) they are one phrase of one sentence, and a word changed in it is a misquotation."""
    return (
        _SHORT_PHRASE[0] <= len(qa.words) <= _SHORT_PHRASE[1] and qa.frame == qb.frame and len(qa.frame) > _FRAME_WORDS
    )


def _changed_words(
    a: Facts, qa: QuoteFact, b: Facts, qb: QuoteFact, matcher: difflib.SequenceMatcher[str]
) -> list[Finding]:
    """Words one quotation has where the other has different ones, inside the stretch both quote."""
    if _reworded(matcher) > _QUOTE_MAX_REWORDED * min(len(qa.words), len(qb.words)):
        # "those remarks are well over the line" / "you make comments that are well over the line": two renderings
        # of a remark that share a phrase, each worded its own way; which words changed is no longer clear.
        return []
    found = []
    # Only an excerpt quoted word for word elsewhere is read for a change at its edge: one reworded inside
    # ("Chairman Ryan's budget reflects" / "Your budget appears to reflect") is another rendering of the remark.
    verbatim = _reworded(matcher) == 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        at_edge = (i1 == 0 and j1 == 0) or i2 == len(qa.words) or j2 == len(qb.words)
        excerpt = _excerpt_edge(a, qa, b, qb, (i1, i2, j1, j2)) if at_edge and tag == "replace" and verbatim else None
        if excerpt is not None:
            i1, i2, j1, j2 = excerpt
        elif tag == "equal" or (at_edge and not _changed_edge(tag, qa, qb, (i1, i2, j1, j2))):
            # Before the first or after the last shared word one report just quotes more.
            continue
        elif at_edge and not _marked_edge(a, qa, b, qb, at_start=i1 == 0 and j1 == 0):
            # A quotation begun or ended in a neighbouring sentence: its edge here is the sentence's, not its own.
            continue
        elif at_edge and (_elided(a, qa, i1, i2) or _elided(b, qb, j1, j2)):
            # '"Second . . . we will rebuild"' / '"In short, we will rebuild"': words left out, none changed.
            continue
        if tag != "replace":
            inserted = {w.lower for w in (*qa.words[i1:i2], *qb.words[j1:j2])}
            if not inserted & NEGATION_WORDS and not any(w.endswith("n't") for w in inserted):
                continue
            i1, j1 = i1 - 1, j1 - 1
        if i2 - i1 > _QUOTE_MAX_CHANGE or j2 - j1 > _QUOTE_MAX_CHANGE:
            continue
        changed_a, changed_b = qa.words[i1:i2], qb.words[j1:j2]
        if same_printed_words(a.folded, changed_a, b.folded, changed_b):
            # "Lt. Col." / "Lieutenant Colonel", "organise" / "organize": one word printed in two outlets' styles.
            continue
        if not (
            a_real_change(changed_a, changed_b)
            or a_changed_connective(changed_a, changed_b)
            or a_swapped_word(changed_a, changed_b)
        ):
            continue
        span_a = (qa.words[i1].start, qa.words[i2 - 1].end)
        span_b = (qb.words[j1].start, qb.words[j2 - 1].end)
        if _bracketed(a.folded, span_a[0]) or _bracketed(b.folded, span_b[0]):
            # "[his] innocence" / "Steve's innocence": words an editor put inside the quotation, not the speaker's.
            continue
        found.append(
            Finding(
                "quote",
                span_a,
                span_b,
                f'"{a.text[slice(*span_a)]}"',
                f'"{b.text[slice(*span_b)]}"',
                0.6,
                _MISQUOTED,
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


def _marked_edge(a: Facts, qa: QuoteFact, b: Facts, qb: QuoteFact, *, at_start: bool) -> bool:
    """Whether both quotations have their own marks at the edge a change stands at, or both sentences open inside
    a quotation begun before them ('He said: "We knew it. Accept the plan."' / '... Reject the plan."'): their
    first words then stand at one place of it."""
    if at_start:
        both_open_inside = qa.start == 0 and qb.start == 0
        return both_open_inside or (
            a.folded[qa.start - 1 : qa.start] == '"' and b.folded[qb.start - 1 : qb.start] == '"'
        )
    return a.folded[qa.end : qa.end + 1] == '"' and b.folded[qb.end : qb.end + 1] == '"'


def _bracketed(text: str, start: int) -> bool:
    return text[start - 1 : start] in ("[", "(")


def _changed_edge(tag: str, qa: QuoteFact, qb: QuoteFact, span: tuple[int, int, int, int]) -> bool:
    """Whether a change at an edge of the quotations replaces a word or two at the same edge of both."""
    i1, i2, j1, j2 = span
    short = i2 - i1 <= _EDGE_CHANGE and j2 - j1 <= _EDGE_CHANGE
    return tag == "replace" and short and _ends_together(qa, i2, qb, j2)


def _excerpt_edge(
    a: Facts, qa: QuoteFact, b: Facts, qb: QuoteFact, span: tuple[int, int, int, int]
) -> tuple[int, int, int, int] | None:
    """The word a shorter excerpt changes at its own edge, as a replacement of the word of the longer quotation
    next to the stretch both quote, or None.

    The class of language read: a report that quotes only part of a remark, beginning or ending on a word it
    changes ('said "small changes are coming"' / '"..., big changes are coming to this department, ..."'). The
    excerpt's marks say where it begins or ends; the longer quotation's words next to the shared stretch are the
    ones the excerpt's edge stands for.
    """
    i1, i2, j1, j2 = span
    count_a, count_b = i2 - i1, j2 - j1
    if count_a == count_b or min(count_a, count_b) != 1 or _given_to_two_people(qa, qb):
        # "I think we should hesitate" (Snowe) / "I think we should leave them as they are" (Lott): two remarks.
        return None
    at_start = i1 == 0 and j1 == 0 and not (i2 == len(qa.words) and j2 == len(qb.words))
    at_end = i2 == len(qa.words) and j2 == len(qb.words) and not (i1 == 0 and j1 == 0)
    excerpt_a = count_a < count_b
    if not (at_start or at_end) or not _joined_edge(*((a, qa) if excerpt_a else (b, qb)), at_start=at_start):
        return None
    excerpt_words, longer_words = (
        (qa.words[i1:i2], qb.words[j1:j2]) if excerpt_a else (qb.words[j1:j2], qa.words[i1:i2])
    )
    shorter, longer = spelled(excerpt_words), spelled(longer_words)
    if shorter and (longer.endswith(shorter) if at_start else longer.startswith(shorter)):
        # The same words in another form ("I'm" / "I am"), not an excerpt that begins or ends on a changed word.
        return None
    if at_start:
        trimmed = (i1, i2, j2 - 1, j2) if excerpt_a else (i2 - 1, i2, j1, j2)
    else:
        trimmed = (i1, i2, j1, j1 + 1) if excerpt_a else (i1, i1 + 1, j1, j2)
    one, other = qa.words[trimmed[0] : trimmed[1]], qb.words[trimmed[2] : trimmed[3]]
    # Only a content word: an excerpt that opens on a light word ("not putting people back to work" / "help
    # ourselves by putting people back to work") may frame words of another sentence of the remark.
    return trimmed if a_real_change(one, other) or a_swapped_word(one, other) else None


# The words an excerpt shares with the longer quotation besides its edge word: a run of five, as quoted_runs reads.
_EXCERPT_MIN_SHARED = 5


def _elided(facts: Facts, quote: QuoteFact, start: int, end: int) -> bool:
    """Whether an ellipsis stands between a quotation's changed words at its edge and the rest of it."""
    if start >= end:
        return False
    gaps = []
    if start > 0:
        gaps.append(facts.folded[quote.words[start - 1].end : quote.words[start].start])
    if end < len(quote.words):
        gaps.append(facts.folded[quote.words[end - 1].end : quote.words[end].start])
    return any(_ELLIPSIS.search(gap) for gap in gaps)


_ELLIPSIS = re.compile(r"\.\s*\.\s*\.|\u2026")


def _given_to_two_people(qa: QuoteFact, qb: QuoteFact) -> bool:
    return qa.speaker is not None and qb.speaker is not None and qa.speaker.keys[-1] != qb.speaker.keys[-1]


def _joined_edge(facts: Facts, excerpt: QuoteFact, *, at_start: bool) -> bool:
    """Whether an excerpt has its own mark at the edge, five words besides its edge word, and its edge word runs
    straight on into the next word: no ellipsis or stop between ('"Third . . . we are not allowed"' leaves words
    out after its first)."""
    marked = (
        facts.folded[excerpt.start - 1 : excerpt.start] if at_start else facts.folded[excerpt.end : excerpt.end + 1]
    )
    if marked != '"' or len(excerpt.words) <= _EXCERPT_MIN_SHARED:
        # Fewer shared words are a turn of phrase two remarks may open with ("I think we should hesitate" / "I
        # think we should leave them as they are").
        return False
    edge, neighbour = (excerpt.words[0], excerpt.words[1]) if at_start else (excerpt.words[-2], excerpt.words[-1])
    return not facts.folded[edge.end : neighbour.start].strip()


def _ends_together(qa: QuoteFact, i2: int, qb: QuoteFact, j2: int) -> bool:
    """Whether a change at an edge of the quotations is at the same edge of both (a changed last word, not one report
    quoting on)."""
    return (i2 == len(qa.words)) == (j2 == len(qb.words))
