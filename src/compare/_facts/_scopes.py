"""Scopes: the part of an event a count is told of, a place within it ("190 people died in Rieti province").

Class: A COUNT OF A PART BESIDE THE COUNT OF ITS WHOLE. Reports of one disaster give its total ("The quake has
killed at least 247 people") and its counts place by place ("190 people died in Rieti province and 57 in Ascoli
Piceno", "In Ardena, 40 were injured", "Police arrested 12 people in Corvale", "105 were evacuated from Ashby"). A
count bound to a place is the count of that place, another thing than a count told of no place or of another place:
two facts, never a conflict (compare._facts._numbers._two_scopes). Parts whose sum is the total agree with it; parts
whose sum differs are left unread too, as nothing says the two reports count one scope.

The place is bound to its count through the sentence: a phrase of place ("in", "at", "from" and a name) after the
count in its own clause or conjunct, over the noun it counts, its verb group and other phrases ("57 in Ascoli
Piceno", "190 people died in the quake in Rieti", "12 of them in Kelham"), up to a conjunction, a clause's
punctuation or the next figure; or a phrase of place set before the clause, opening the sentence ("In Rieti
province, 190 people died"). A place is a name ("Corvale", "St Mary's Hospital"), with a noun of place after it
("Rieti province", "the Holt Road school") or before it ("the town of Sarnico"). A name that qualifies another noun
("in Taliban attacks", "in Monday's quake"), a day or a month, or a phrase with no name ("in the crash", "in
hospital") is no place; nor is a country's name ("killed 247 people in Italy"), which names the whole of an event
far more often than a part of it. Nor is a sole place its report names elsewhere too, in another claim or outside
the count's phrase ("The storm hit Kelham hardest. ... 70 people died in Kelham"): the event's own place, its count
the whole's (see ``parts``); a sentence that gives counts of two places gives parts whatever its report names.

Groups are parts read elsewhere: a narrower noun of people ("12 children") counts another thing by its noun, and a
part after its total ("including 12 children", "12 of them children") by what it counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ._dates import MONTHS, WEEKDAYS
from ._places import a_country

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from .._text._words import Word
    from ._numbers import Quantity

__all__ = ["Place", "named_outside", "parts", "scopes"]

# Prepositions of a place after a count ("died in Rieti", "treated at St Mary's Hospital", "evacuated from Ashby"),
# and those that open a sentence with one ("In Rieti province, ...").
_AFTER = frozenset({"in", "at", "from"})
_OPENING = frozenset({"in", "at"})
# Nouns of a place, after a name ("Rieti province") or before "of" and one ("the province of Ardena").
_PLACE_NOUNS = frozenset(
    {"province", "provinces", "region", "regions", "county", "counties", "district", "districts", "state", "city"}
    | {"town", "village", "villages", "area", "areas", "hospital", "hospitals", "school", "camp", "prefecture"}
    | {"municipality", "neighbourhood", "neighborhood", "island", "valley", "parish", "department", "governorate"}
)
# Words that end a count's clause or conjunct: what follows them is told of another subject or act.
_CLAUSE_ENDS = frozenset(
    {"and", "but", "or", "while", "whereas", "when", "after", "before", "as", "because", "since", "who", "which"}
    | {"that", "where", "including", "among", "until", "though", "although", "if"}
)
_BREAKS = ",;:()"
# How many words after a count its place may stand ("190 people were killed on Monday in Rieti").
_REACH = 8
_DETERMINERS = frozenset({"the"})
_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)


class Place(NamedTuple):
    """The place a count is told of: the keys of its name, and the offsets of the name in the sentence."""

    keys: frozenset[str]
    start: int
    end: int


def scopes(text: str, words: Sequence[Word], quantities: Sequence[Quantity]) -> Mapping[Quantity, Place]:
    """The place each plain count of a sentence is bound to, for the counts bound to one.

    Args:
        text: The sentence.
        words: Its words.
        quantities: Its quantities.
    """
    if not any(word.lower in _AFTER for word in words):
        return {}
    starts = {q.start for q in quantities}
    opening = _opening_place(text, words)
    found: dict[Quantity, Place] = {}
    for quantity in quantities:
        if quantity.unit:
            continue
        place = _place_after(text, words, quantity, starts) or (opening if quantity.start > 0 else None)
        if place is not None:
            found[quantity] = place
    return found


def parts(
    words: Sequence[Word], scoped: Mapping[Quantity, Place], claims: Mapping[str, int]
) -> Mapping[Quantity, frozenset[str]]:
    """The keys of the places of a sentence's counts (``scoped``, see ``scopes``) that are parts of the event, not
    its own place.

    A sentence that gives counts of two places or more gives parts ("190 people died in Rieti province and 57 in
    Ascoli Piceno"). A sole place is the event's own where its report names it elsewhere too, in another claim or
    in the sentence outside the count's phrase ("Rescue teams worked through the night in Kelham. The storm killed
    70 people in Kelham", "KELHAM - The storm killed 70 people in Kelham": the storm's place, one scope with the
    other report's "85 deaths"), and a part where it is named only beside its count.

    Args:
        words: The sentence's words.
        scoped: The places of its counts.
        claims: How many of its report's claims give each name's key.
    """
    if len({place.keys for place in scoped.values()}) > 1:
        return {q: place.keys for q, place in scoped.items()}
    outside = named_outside(words, scoped.values())
    return {
        q: place.keys
        for q, place in scoped.items()
        if not place.keys & outside and all(claims.get(key, 0) <= 1 for key in place.keys)
    }


def named_outside(words: Sequence[Word], places: Iterable[Place]) -> frozenset[str]:
    """The keys of the names a sentence gives outside the places of its counts (``places``, see ``scopes``): "Rieti"
    of "The quake in Rieti killed 247 people", the place it tells the event of."""
    spans = [(place.start, place.end) for place in places]
    return frozenset(
        w.key
        for w in words[1:]
        if w.capitalised and w.weight > 0 and not any(start <= w.start < end for start, end in spans)
    )


def _place_after(text: str, words: Sequence[Word], quantity: Quantity, starts: set[int]) -> Place | None:
    """The place after a count in its clause, or None."""
    first = next((n for n, w in enumerate(words) if w.start >= quantity.end), len(words))
    for index in range(first, min(len(words), first + _REACH)):
        word = words[index]
        if _broken(text, words, index) or word.start in starts or word.lower in _CLAUSE_ENDS:
            break
        if word.lower in _AFTER:
            place = _place_at(text, words, index + 1)
            if place is not None:
                return place
    return None


def _opening_place(text: str, words: Sequence[Word]) -> Place | None:
    """The place of a phrase that opens the sentence and is set off by a comma ("In Rieti province, 190 ...")."""
    if len(words) < 3 or words[0].lower not in _OPENING:
        return None
    place = _place_at(text, words, 1)
    # The phrase must end at the comma: "In Rieti province," not "In Rieti the quake killed 190".
    end = next((n for n in range(2, len(words)) if _broken(text, words, n)), None)
    if place is None or end is None or not all(_of_a_place_phrase(word) for word in words[1:end]):
        return None
    return place


def _of_a_place_phrase(word: Word) -> bool:
    return word.capitalised or word.lower in _PLACE_NOUNS or word.lower in _DETERMINERS or word.lower == "of"


def _place_at(text: str, words: Sequence[Word], index: int) -> Place | None:
    """The name of a place whose phrase starts at words[index] ("Rieti province", "the town of Sarnico", "St Mary's
    Hospital"), or None when no place starts there."""
    if index < len(words) and words[index].lower in _DETERMINERS:
        index += 1
    if index + 2 < len(words) and words[index].lower in _PLACE_NOUNS and words[index + 1].lower == "of":
        # "the province of Ardena", "the town of Sarnico".
        index += 2
    names: list[Word] = []
    while index < len(words) and words[index].capitalised and not words[index].is_digits:
        if names and _broken(text, words, index):
            break
        names.append(words[index])
        index += 1
    if not names or any(w.lower.removesuffix("'s") in _DATE_WORDS for w in names):
        return None
    after = words[index] if index < len(words) and not _broken(text, words, index) else None
    if after is not None and after.weight > 0 and after.lower not in _PLACE_NOUNS:
        # A name that qualifies another noun: "in Taliban attacks", "in Israeli strikes".
        return None
    start, end = names[0].start, names[-1].end
    if a_country(text[start:end]):
        return None
    keys = frozenset(w.key for w in names if w.weight > 0)
    return Place(keys, start, end) if keys else None


def _broken(text: str, words: Sequence[Word], index: int) -> bool:
    return index > 0 and any(mark in text[words[index - 1].end : words[index].start] for mark in _BREAKS)
