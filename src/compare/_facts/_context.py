"""How a sentence names whom it speaks of, set apart from what it says of them: each name's noun phrase.

Two sentences of one story describe the same vessel, aircraft, speaker or place in the same words, whatever each
says of it: "The 33-tonne, wooden-hulled Kim Nirvana tipped over ..." / "survivors who clung to the overturned
wooden hull of the 33-ton MB Kim Nirvana"; "Ciriaco Tolibao, an official from the city's disaster risk reduction and
management office, told AFP" / "... said Ciriaco Tolibao, an official from the city's disaster risk reduction and
management office"; "In the district of Celebibag, near Ercis, many people are under the rubble" / "The quake
destroyed buildings in the district of Celebibag, near Ercis". What such words share is who or what the claim is
about, as a shared name is (see compare._align._score._names_alone); the claim is the predicate, a verb or an event
noun with its arguments.

A name's noun phrase is read from the words around it, without a tagger: the words joined to it without a break
before it (its title and modifiers: "Stone County Sheriff", "the 74-seat", "wooden-hulled") and after it (its head
noun: "Q400 Bombardier aircraft"), a head noun it is "of" ("the district of", "the hull of the"), and an appositive
that a determiner opens between commas after it (", an official from the city's ... office,"). A word that names an
act (a verb form, an event noun, a verb of a kin group: "crash of a Colgan Air Q400", "derailing of the Patna-Indore
express") ends the phrase, since it is a predicate; so does a lower-case word in "-s" after the name, as often a
verb ("Colgan Air flies", "Hallam & Sons employs") as a plural, and a word before the object of a verb
("Republicans take the Senate"). A noun phrase after a copula is the predicate ("Indonesia is the largest recipient
of Japanese aid"), and a date names no entity: neither is read as a description. The verbs of attribution ("said",
"told") and whom a claim was told ("told reporters") are context too: "X said" is who speaks, not what is said.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from .._text._normalize import NAME_KINDS, Token
from .._text._words import Word, words_of
from ._actions import a_verb_form, names_an_act, verb_kins
from ._dates import CALENDAR_KEYS

__all__ = ["context_keys"]

# The least rarity of a content word, as the act readers take it: lighter words are function words.
_CONTENT_RARITY = 0.5
# Verbs that attribute a claim to its speaker, and those of them whose object is the listener ("told reporters").
_ATTRIBUTION = frozenset({"say", "said", "says", "saying", "tell", "told", "tells", "telling"})
_TO_A_LISTENER = frozenset({"tell", "told", "tells", "telling"})
_DETERMINERS = frozenset({"a", "an", "the"})
# Words that open the object of a verb: a word they follow is no head noun but the verb ("Republicans take the").
_OBJECT_OPENERS = _DETERMINERS | frozenset(
    {"his", "her", "its", "their", "our", "this", "these", "those", "him", "them"}
)
# Forms of the copula, after which a noun phrase is the predicate ("Indonesia is the largest recipient of ...").
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "become", "became", "becomes", "remains"})
# Prepositions that place what a name names ("near Ercis", "off Ormoc"): part of the place's phrase.
_PLACE_PREPOSITIONS = frozenset({"near", "outside", "off", "inside", "beside", "behind", "beyond", "across", "along"})
# Words that open a relative clause, which makes a predicate of what follows them.
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
# Marks that join the words of one name or one modifier: "Hallam & Sons", "Flight #3407", "wooden-hulled".
_JOINERS = frozenset({"", "-", "&", "#", "'", "/"})
# Endings in "-s" of words that are not a verb's third person or a plural ("business", "news", "status", "basis").
_NOT_INFLECTED = ("ss", "ws", "us", "is")
# The longest appositive read, in words.
_APPOSITIVE_WORDS = 14


def context_keys(
    sentence: str, tokens: Sequence[Token], names: AbstractSet[str]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The keys of a sentence that tell whom it speaks of rather than what it says of them, and those of its names.

    Class: a name with the words that describe it (its title, modifiers, head noun, what it is part of, an
    appositive), the verbs that attribute a claim to a speaker and whom it was told. Two sentences that share
    nothing else share no claim.

    Args:
        sentence: The sentence as written.
        tokens: Its tokens, keys made equal across the reports.
        names: The keys that either report writes as a name somewhere.

    Returns:
        The keys of its names, of the words of their noun phrases (numbers, and counts and durations written
        inside them, included), of its verbs of attribution and of their listeners; and the keys of its names:
        those either report writes as a name, and a capitalised word a name's phrase joins to it, as a sentence's
        first word ("Stone" of "Stone County Sheriff", "Prime" of "Prime Minister Junichiro Koizumi").
    """
    folded, words = words_of(sentence, tokens)
    name_starts = {t.start for t in tokens if t.kind in NAME_KINDS or (t.key in names and folded[t.start].isupper())}
    spans = _phrase_spans(folded, words, name_starts)
    named = {t.key for t in tokens if t.key in names or t.kind in NAME_KINDS}
    inside = [t for t in tokens if any(start <= t.start and t.end <= end for start, end in spans)]
    named.update(t.key for t in inside if t.kind == "word" and folded[t.start].isupper())
    keys = named | {t.key for t in inside}
    keys.update(t.key for t in tokens if t.kind == "word" and t.surface in _ATTRIBUTION)
    return frozenset(keys), frozenset(named), verb_kins([w for w in words if w.key not in keys])


def _phrase_spans(folded: str, words: Sequence[Word], name_starts: AbstractSet[int]) -> list[tuple[int, int]]:
    """The character spans of the noun phrases of the sentence's names."""
    is_name = [w.start in name_starts for w in words]
    spans: list[tuple[int, int]] = []
    position = 0
    while position < len(words):
        if not is_name[position]:
            position += 1
            continue
        last = position
        while last + 1 < len(words) and is_name[last + 1] and _joined(folded, words, last, last + 1):
            last += 1
        if all(w.key in CALENDAR_KEYS for w in words[position : last + 1]):
            # A date dates the claim: "on his radio show Tuesday" is no show named Tuesday.
            position = last + 1
            continue
        first = _left_edge(folded, words, is_name, position)
        end = _right_edge(folded, words, is_name, last)
        spans.append((words[first].start, words[end].end))
        if (appositive := _appositive(folded, words, end)) is not None:
            spans.append(appositive)
        position = last + 1
    spans.extend(_listeners(folded, words, is_name))
    return spans


def _gap(folded: str, words: Sequence[Word], left: int, right: int) -> str:
    return folded[words[left].end : words[right].start]


def _joined(folded: str, words: Sequence[Word], left: int, right: int) -> bool:
    """Whether nothing but a space or a joining mark stands between two neighbouring words, or an abbreviation's
    period ("Gov. Chris Christie")."""
    gap = _gap(folded, words, left, right).strip()
    return gap in _JOINERS or (gap == "." and words[left].capitalised and len(words[left].text) <= 4)


def _hyphenated(folded: str, words: Sequence[Word], position: int) -> bool:
    """Whether a word is the second part of a compound ("wooden-hulled", "Memphis-based", "74-seat")."""
    return position > 0 and _gap(folded, words, position - 1, position) == "-"


def _describes(folded: str, words: Sequence[Word], is_name: Sequence[bool], position: int) -> bool:
    """Whether a word may describe a name: a name, a figure, or a content word that names no act and does not end
    in "-s" (as often a verb, "Colgan Air flies", "his party takes control", as a plural)."""
    word = words[position]
    if is_name[position] or word.is_digits or _hyphenated(folded, words, position):
        return True
    return (
        word.weight >= _CONTENT_RARITY
        and word.lower.isalpha()
        and not names_an_act(word)
        and not (word.lower.endswith("s") and not word.lower.endswith(_NOT_INFLECTED))
    )


def _left_edge(folded: str, words: Sequence[Word], is_name: Sequence[bool], position: int) -> int:
    """The first word of the phrase whose name starts at `position`: its title and modifiers, and the head noun it
    is "of" ("the district of Celebibag", "the hull of the 33-ton MB Kim Nirvana")."""
    first = position
    # Before a name, only what writes it as one (a figure, a compound: "the 33-tonne, wooden-hulled Kim Nirvana");
    # a head noun it is "of" takes its own modifiers ("the overturned wooden hull of").
    in_head = False
    while first > 0:
        before = first - 1
        modifier = _compound_or_figure(folded, words, is_name, before) or (
            in_head and _describes(folded, words, is_name, before)
        )
        if (_joined(folded, words, before, first) and modifier) or _listed_modifier(
            folded, words, is_name, before, first
        ):
            first = before
        elif (head := _head_of(folded, words, is_name, first)) is not None:
            first, in_head = head, True
        else:
            break
    return position if first < position and _after_a_copula(words, first) else first


def _compound_or_figure(folded: str, words: Sequence[Word], is_name: Sequence[bool], position: int) -> bool:
    """Whether a word is a name, a capitalised word (a sentence's first: "Stone County"), a figure, a part of a
    compound ("33-tonne", "wooden-hulled") or a preposition of place ("near Ercis")."""
    word = words[position]
    if is_name[position] or word.capitalised or word.is_digits or _hyphenated(folded, words, position):
        return True
    if word.lower in _PLACE_PREPOSITIONS:
        return True
    following = position + 1
    return following < len(words) and _hyphenated(folded, words, following) and words[position].lower.isalpha()


def _after_a_copula(words: Sequence[Word], first: int) -> bool:
    """Whether a phrase starting at `first` follows a copula, a determiner between or not: it is then what the
    sentence says of its subject, the predicate, and not how it names someone."""
    before = first - 1
    if before >= 0 and words[before].lower in _DETERMINERS:
        before -= 1
    return before >= 0 and words[before].lower in _COPULAS


def _listed_modifier(folded: str, words: Sequence[Word], is_name: Sequence[bool], before: int, first: int) -> bool:
    """Whether a compound modifier stands before another, a comma between: "The 33-tonne, wooden-hulled ..."."""
    return (
        _gap(folded, words, before, first).strip() == ","
        and _hyphenated(folded, words, before)
        and _hyphenated(folded, words, first + 1 if first + 1 < len(words) else first)
        and _describes(folded, words, is_name, before)
    )


def _head_of(folded: str, words: Sequence[Word], is_name: Sequence[bool], first: int) -> int | None:
    """The head noun before "of (the)" that a phrase starting at `first` belongs to, or None."""
    at = first - 1
    if at >= 0 and words[at].lower in _DETERMINERS and _joined(folded, words, at, first):
        at -= 1
    if at < 1 or words[at].lower != "of" or not _joined(folded, words, at, at + 1):
        return None
    head = at - 1
    if not _joined(folded, words, head, at) or is_name[head] or not _describes(folded, words, is_name, head):
        return None
    return head


def _right_edge(folded: str, words: Sequence[Word], is_name: Sequence[bool], last: int) -> int:
    """The last word of the phrase whose name ends at `last`: its head noun ("Q400 Bombardier aircraft") and the
    figures that name it ("Flight 3407", "Dash 8")."""
    end = last
    while end + 1 < len(words):
        after = end + 1
        if not _joined(folded, words, end, after) or not (is_name[after] or words[after].is_digits):
            break
        end = after
    return end


def _listeners(folded: str, words: Sequence[Word], is_name: Sequence[bool]) -> list[tuple[int, int]]:
    """The spans of the listeners a verb of attribution names ("told reporters", "told the BBC"): whom a claim was
    told is context, as its speaker is."""
    spans = []
    for position, word in enumerate(words[:-1]):
        if word.lower not in _TO_A_LISTENER:
            continue
        first = position + 1
        if words[first].lower in _DETERMINERS and first + 1 < len(words):
            first += 1
        listener = words[first]
        if _joined(folded, words, position, first) and (
            is_name[first] or (listener.weight >= _CONTENT_RARITY and not names_an_act(listener))
        ):
            spans.append((words[first].start, words[_right_edge(folded, words, is_name, first)].end))
    return spans


def _appositive(folded: str, words: Sequence[Word], end: int) -> tuple[int, int] | None:
    """The span of an appositive after a phrase ending at `end`: a noun phrase a determiner opens, between a comma
    and the next comma or the sentence's end, with no verb or relative clause in it (", an official from the city's
    ... office,", ", a spokeswoman for the regional fire service,"); an event noun may stand in it as a modifier."""
    opening = end + 1
    if opening >= len(words) or _gap(folded, words, end, opening).strip() != ",":
        return None
    if words[opening].lower not in _DETERMINERS:
        return None
    last = opening
    while last + 1 < len(words) and last + 1 - opening < _APPOSITIVE_WORDS:
        gap = _gap(folded, words, last, last + 1)
        if "," in gap or any(mark in gap for mark in ';:()"'):
            break
        last += 1
    closing = folded[words[last].end :].lstrip()
    if closing[:1] not in {",", ".", ""}:
        return None
    if any(_a_verb(folded, words, i) for i in range(opening + 1, last + 1)):
        return None
    return words[opening].start, words[last].end


def _a_verb(folded: str, words: Sequence[Word], position: int) -> bool:
    """Whether a word is a verb form or opens a relative clause; the second part of a compound is neither."""
    word = words[position]
    if _hyphenated(folded, words, position):
        return False
    return word.lower in _RELATIVES or a_verb_form(word) or (word.lower.endswith("ing") and len(word.lower) > 4)
