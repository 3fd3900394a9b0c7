"""Who "he" or "she" is when a report gives a quotation to a pronoun: the person it last names as a subject before.

The class of language read: a report names a speaker once and then gives their words to a pronoun ("However,
Clinton appeared to suggest she would negotiate the deal herself. "No president would be a tougher negotiator," she
said."). The pronoun stands for the nearest person named before it as the subject of an act: a name right before a
verb ("Clinton appeared"), a name opening its clause before an aside ("Priya Harmon, who has led the effort,
pressed"), or the named speaker of a quotation. It is looked for in the pronoun's own sentence before the quotation,
then in the few sentences before. When the nearest subject is no single person (a body, an acronym, a plural group:
"House Democrats rejected"), the pronoun is left unresolved rather than given to someone further back.

Everyone the report names from that person on is kept beside them: when another report gives the quotation to one
of them ("Clinton met Pelosi. '...,' she said"), the pronoun may be that person, and no speaker is said to differ.
The other report must also tell of the pronoun's person in or just before its quotation (``_quotes``): only then do
both tell the same moment, one giving the words to that person and the other to someone else.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from ._actions import a_verb_form
from ._names import NameFact, organisation_named
from ._quotes import PERSONAL_PRONOUNS

if TYPE_CHECKING:
    from ._facts import Facts

__all__ = ["Antecedent", "antecedent", "may_give_to_a_pronoun"]

# How many sentences before the pronoun's own a report may have named its person in.
SENTENCES_BACK = 3
# Words after a name that make it the subject of an act: auxiliaries and verbs of saying in the present.
_AFTER_SUBJECT = frozenset(
    {"is", "was", "has", "had", "will", "would", "could", "can", "says", "said", "told", "added", "also", "did"}
    | {"does", "made", "spoke", "took", "went", "wrote", "won", "met", "gave", "came", "left", "plans", "wants"}
)
# The endings of plural group names ("Democrats", "Republicans", "Palestinians"): no one person.
_GROUP_ENDINGS = ("ans", "ats", "ists", "ites")


@attrs.frozen
class Antecedent:
    """The person a pronoun stands for.

    Args:
        person: Their name, as the report last gives it before the pronoun (its spans are in another sentence).
        since: Every name the report gives from the person's on, up to the pronoun.
    """

    person: NameFact
    since: tuple[NameFact, ...]


def may_give_to_a_pronoun(facts: Facts) -> bool:
    """Whether a sentence gives a quotation to "he" or "she" (cheap words first, the quotations only then)."""
    if '"' not in facts.folded or not any(word.lower in PERSONAL_PRONOUNS for word in facts.words):
        return False
    return any(quote.pronoun is not None for quote in facts.quotes)


def antecedent(facts: Facts, before: Sequence[Facts]) -> Antecedent | None:
    """The person the pronoun speaker of a sentence's quotation stands for.

    Args:
        facts: The sentence whose quotation is given to a pronoun.
        before: The sentences before it, nearest first (at most ``SENTENCES_BACK`` are read).
    """
    quote = next((q for q in facts.quotes if q.pronoun is not None), None)
    if quote is None or quote.pronoun is None:
        return None
    own = [name for name in facts.names if name.start < quote.pronoun[0]]
    subjects = _subjects(facts, min(quote.start, quote.pronoun[0]))
    if subjects:
        return _resolved(facts, subjects[-1], [name for name in own if name.start >= subjects[-1].start])
    since = own
    for earlier in before[:SENTENCES_BACK]:
        subjects = _subjects(earlier, len(earlier.text))
        if subjects:
            person = subjects[-1]
            return _resolved(earlier, person, [name for name in earlier.names if name.start >= person.start] + since)
        since = list(earlier.names) + since
    return None


def _resolved(facts: Facts, person: NameFact, since: list[NameFact]) -> Antecedent | None:
    return Antecedent(person, tuple(since)) if _one_person(facts, person) else None


def _subjects(facts: Facts, end: int) -> list[NameFact]:
    """The names a sentence gives, before ``end`` and outside its quotations, as the subjects of acts."""
    quoted = [(quote.start, quote.end) for quote in facts.quotes]
    speakers = {quote.speaker.start for quote in facts.quotes if quote.speaker is not None}
    found = []
    for name in facts.names:
        if name.end > end or name.affix or name.slot:
            continue
        # A speaker may stand inside a quotation broken by its attribution ('"I think," Roe said, "it was ..."').
        unquoted = not any(s <= name.start < e for s, e in quoted)
        if name.start in speakers or (unquoted and (_before_a_verb(facts, name) or _opens_its_clause(facts, name))):
            found.append(name)
    return found


def _before_a_verb(facts: Facts, name: NameFact) -> bool:
    following = next((w for w in facts.words if w.start >= name.end), None)
    if following is None or facts.folded[name.end : following.start].strip():
        return False
    return a_verb_form(following) or following.lower in _AFTER_SUBJECT


def _opens_its_clause(facts: Facts, name: NameFact) -> bool:
    """A name set off by a comma after it that opens its sentence or the clause after an opening phrase ("On
    Tuesday, Jane Roe, who...")."""
    if facts.folded[name.end : name.end + 1] != ",":
        return False
    before = [w for w in facts.words if w.end <= name.start]
    # The title or honorific before the name ("Mayor", "Sen.", "Secretary of State") is capitalised.
    while before and (before[-1].capitalised or before[-1].lower == "of"):
        before.pop()
    return not before or facts.folded[before[-1].end : name.start].strip().startswith(",")


def _one_person(facts: Facts, name: NameFact) -> bool:
    """Whether a name read as a subject names one person: not a body ("the Senate", "the agency"), an acronym, a
    possessive or a plural group ("House Democrats")."""
    last = name.text.split()[-1]
    article = facts.folded[: name.start].rstrip().lower().endswith("the")
    group = last.islower() or last.lower().endswith(_GROUP_ENDINGS)
    acronym = last.isupper() and len(last) > 1
    return not (article or group or acronym or name.text.endswith("'s") or organisation_named(name))
